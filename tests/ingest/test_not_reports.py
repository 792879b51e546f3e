"""What in a folder is not a report: names left out by default, by --exclude and by .sitroomignore, and
documents with no report signal skipped unless forced."""

from __future__ import annotations

import zipfile

from sqlalchemy import func, select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Report

REPORT = "Riverside Sitrep No. {n}\n\nAs of {n} March 2021\n\nKEY ISSUES\n\n• Staffing is stable\n\n• Visits continue\n"


def _folder(tmp_path):
    folder = tmp_path / "returns"
    (folder / "drafts").mkdir(parents=True)
    for n in (1, 2):
        (folder / f"week {n}.txt").write_text(REPORT.format(n=n))
    for name in ("README.md", "SOURCE.md", "LICENSE", ".notes.txt", "~$week 3.docx", "Thumbs.db", "old-week.txt"):
        (folder / name).write_text("# About these files\n\n- collected 2 March 2021\n")
    (folder / "drafts" / "week 3.txt").write_text(REPORT.format(n=3))
    (folder / "week 4.bak").write_text(REPORT.format(n=4))
    (folder / ".sitroomignore").write_text("# not sent yet\ndrafts/\n*.bak\n")
    return folder


def _count(engine) -> int:
    with session_scope(engine, write=False) as s:
        return s.scalar(select(func.count(Report.id)))


def test_only_reports_are_ingested_from_a_folder(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/s.db")
    summary = ingest_paths(engine, [_folder(tmp_path)], IngestOptions(exclude=("old-*",)))
    assert summary.count(IngestStatus.INGESTED) == 2 and not summary.failed
    left_out = sorted(p.rsplit("/", 1)[-1] for p in summary.ignored)
    assert left_out == sorted(
        [
            "README.md",
            "SOURCE.md",
            "LICENSE",
            ".notes.txt",
            "~$week 3.docx",
            "Thumbs.db",
            "old-week.txt",
            "week 3.txt",
            "week 4.bak",
            ".sitroomignore",
        ]
    )
    assert _count(engine) == 2


def test_zip_members_follow_the_same_patterns(tmp_path):
    archive = tmp_path / "returns.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("returns/week 1.txt", REPORT.format(n=1))
        z.writestr("returns/README.txt", "About\n")
        z.writestr("returns/.hidden/week 2.txt", REPORT.format(n=2))
    engine = make_engine(f"sqlite:///{tmp_path}/s.db")
    summary = ingest_paths(engine, [archive], IngestOptions())
    assert [r.source.rsplit(":", 1)[-1] for r in summary.results] == ["returns/week 1.txt"]


def test_a_document_with_no_report_signal_is_skipped_unless_forced(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("thanks, see you on Tuesday\n")
    engine = make_engine(f"sqlite:///{tmp_path}/s.db")
    (result,) = ingest_paths(engine, [note], IngestOptions()).results
    assert result.status is IngestStatus.SKIPPED and "not a situation report" in result.reason
    assert _count(engine) == 0
    (forced,) = ingest_paths(engine, [note], IngestOptions(force=True)).results
    assert forced.status is IngestStatus.INGESTED and _count(engine) == 1


def test_the_command_counts_what_it_left_out(tmp_path):
    folder = _folder(tmp_path)
    (folder / "note.txt").write_text("thanks, see you on Tuesday\n")
    db = tmp_path / "data" / "returns.db"
    db.parent.mkdir()
    result = CliRunner(env={"COLUMNS": "250"}).invoke(
        app, ["ingest", str(folder), "--db", str(db), "--exclude", "old-*"]
    )
    assert result.exit_code == 0, result.output
    assert "not a situation report" in result.output and "note.txt" in result.output
    assert db.exists()
