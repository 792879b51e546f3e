"""What the database cannot hold is dealt with before it sees it, alike on SQLite and PostgreSQL: NUL
characters are removed from the text (with a warning), a file name too long keeps its end, and a series or
organisation name too long is refused with a message before anything is stored."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from sitroom.cli import app as cli
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, IngestStatus, ingest_bytes, ingest_paths
from sitroom.store import session_scope
from sitroom.store.limits import LimitError
from sitroom.store.tables import Item, Original, Report, Series

runner = CliRunner()


def _report(seed: int = 2):
    return next(iter(next(iter(iter_series(1, 1, seed=seed, organisations=1)))))


def _long_text_with_nul() -> bytes:
    """A generated sitrep grown past 4 KB by more bullets, one of them holding NUL characters near its end."""
    lines = _report().render("txt").decode().split("\n")
    last = max(i for i, line in enumerate(lines) if line.startswith("•"))
    extra = [f"• Staff cover arranged for depot {n} while the rota is rebuilt;" for n in range(80)]
    extra.append("• Water supply restored to the\x00 east ward\x00;")
    text = "\n".join(lines[:last] + extra + lines[last:])
    data = text.encode()
    assert data.index(b"\x00") > 4096
    return data


def _count(engine, column) -> int:
    with session_scope(engine, write=False) as s:
        return s.scalar(select(func.count(column)))


def test_nul_characters_after_the_first_4kb_of_a_text_file_are_removed_with_a_warning(engine):
    result = ingest_bytes(engine, _long_text_with_nul(), "weekly.txt", IngestOptions(organisation="Eastshire"))
    assert result.status is IngestStatus.INGESTED, result.reason
    with session_scope(engine, write=False) as s:
        report = s.get(Report, result.report_ids[0])
        assert "2 NUL characters removed from the text" in report.warnings
        texts = list(s.scalars(select(Item.text).where(Item.report_id == report.id)))
    assert "Water supply restored to the east ward;" in texts
    assert not any("\x00" in t for t in texts)


def test_a_zip_member_name_too_long_for_the_database_is_shortened_keeping_its_end(engine, tmp_path):
    rep = _report(seed=5)
    member = "Weekly situation report of the county resilience forum " * 11 + "final.txt"  # 614 characters
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(member, rep.render("txt"))
    summary = ingest_paths(engine, [archive], IngestOptions(organisation=rep.organisation))
    assert [r.status for r in summary.results] == [IngestStatus.INGESTED], summary.results[0].reason
    with session_scope(engine, write=False) as s:
        source = s.scalar(select(Report.source))
        filename = s.scalar(select(Original.filename))
    assert source == filename
    assert len(source) == 500 and source.startswith("…") and member.endswith(source[1:])


def test_an_inferred_series_name_too_long_is_shortened(engine):
    rep = _report(seed=6)
    organisation = ("The Joint Emergency Planning Unit of the Northern Counties " * 4)[:200]
    service = "Children's Services and the Multi-Agency Coordination Cell of the Winter Flooding Response"
    data = rep.render("txt").decode().replace("Children's Services", service, 1).encode()
    result = ingest_bytes(engine, data, "flood.txt", IngestOptions(organisation=organisation))
    assert result.status is IngestStatus.INGESTED, result.reason
    assert len(result.series[0]) == 300 and result.series[0].startswith(organisation)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--series", "S" * 301, "the series name is 301 characters long, over the 300 allowed"),
        ("--org", "O" * 201, "the organisation name is 201 characters long, over the 200 allowed"),
    ],
)
def test_the_command_line_refuses_a_name_too_long_before_storing_anything(engine, tmp_path, option, value, message):
    (tmp_path / "w.txt").write_bytes(_report().render("txt"))
    url = engine.url.render_as_string(hide_password=False)
    r = runner.invoke(cli, ["ingest", str(tmp_path / "w.txt"), option, value, "--db", url])
    assert isinstance(r.exception, LimitError) and r.exception.exit_code == 2  # main() prints it, exits 2
    assert str(r.exception) == message
    assert _count(engine, Report.id) == 0 and _count(engine, Series.id) == 0


def test_names_at_the_limit_are_stored(engine, tmp_path):
    (tmp_path / "w.txt").write_bytes(_report().render("txt"))
    url = engine.url.render_as_string(hide_password=False)
    r = runner.invoke(cli, ["ingest", str(tmp_path / "w.txt"), "--series", "S" * 300, "--org", "O" * 200, "--db", url])
    assert r.exit_code == 0, r.output
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(Series.name)) == "S" * 300
