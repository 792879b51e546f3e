"""--quiet for scripts: ingest prints nothing on success, reparse one line; failures still name the file."""

from __future__ import annotations

from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.generate import iter_series

runner = CliRunner()


def test_quiet_ingest_and_reparse(tmp_path):
    (reports,) = [list(s) for s in iter_series(series=1, reports=2, seed=3)]
    for r in reports:
        (tmp_path / f"{r.number}.txt").write_bytes(r.render("txt"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    db = f"sqlite:///{tmp_path / 'q.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--quiet", "--db", db])
    assert result.exit_code == 1
    assert "ingest summary" not in result.output
    assert "broken.pdf" in result.output  # the failure is still reported
    again = runner.invoke(app, ["reparse", "--all", "--quiet", "--db", db])
    assert again.exit_code == 0, again.output
    assert again.output.strip() == "2 report(s) re-parsed"
