"""A message naming a file keeps its path whole on one line, however narrow the terminal: a path broken over two
lines can be neither copied nor found with grep."""

from __future__ import annotations

from typer.testing import CliRunner

from sitroom.cli import app


def test_a_long_path_in_a_message_is_never_broken(tmp_path) -> None:
    folder = tmp_path / ("returns-of-the-partner-services-for-the-strategic-coordinating-group-" * 2)
    folder.mkdir()
    note = folder / "note.txt"
    note.write_text("thanks, see you on Tuesday\n")
    db = tmp_path / "returns.db"
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "not a situation report" in line]
    assert len(lines) == 1 and str(note) in lines[0], result.output
    assert len(str(note)) > 80


def test_a_backups_summary_is_one_line(tmp_path) -> None:
    deep = tmp_path / ("backups-kept-for-the-regional-resilience-forum-" * 3)
    deep.mkdir()
    db = tmp_path / "s.db"
    runner = CliRunner(env={"COLUMNS": "80"})
    assert runner.invoke(app, ["ingest", str(deep), "--db", str(db)]).exit_code == 0
    archive = deep / "copy.zip"
    result = runner.invoke(app, ["backup", str(archive), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith(str(archive)) and "reports" in line for line in result.output.splitlines()), (
        result.output
    )
