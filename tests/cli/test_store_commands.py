"""The database commands end to end on a real SQLite file: ingest, reports, show, search, series, reparse, watch."""

from __future__ import annotations

import json
import threading
import time

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions
from sitroom.ingest.watch import watch
from sitroom.store import make_engine, session_scope
from sitroom.store.queries import list_reports

runner = CliRunner()

SITREP = """Northfield Council – Housing Sitrep No. {n} – as of {d} May 2020

KEY ACTIVITY HEADLINES

• Rough sleepers accommodated in hotels: {k} people;

RISKS / CHALLENGES (AND MITIGATION)

• Hotel contracts end in June. Mitigation: move-on plans agreed with providers;
"""


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("SITROOM_DB", url)
    return url


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "returns"
    d.mkdir()
    for n in (1, 2):
        (d / f"housing-{n}.txt").write_text(SITREP.format(n=n, d=4 + 7 * n, k=100 + n))
    return d


def test_ingest_prints_a_summary_and_is_idempotent(db, folder):
    first = runner.invoke(app, ["ingest", str(folder)])
    assert first.exit_code == 0, first.output
    assert "ingest summary" in first.stdout
    again = runner.invoke(app, ["ingest", str(folder)])
    assert again.exit_code == 0
    row = [line for line in again.stdout.splitlines() if "│" in line][-1]
    # ingested, duplicates, not reports, left out by name, failed, reports stored
    assert [c.strip() for c in row.split("│")[1:-1]] == ["0", "2", "0", "0", "0", "0"]
    reports = json.loads(runner.invoke(app, ["reports", "--format", "json"]).stdout)
    assert [r["number"] for r in reports] == [2, 1]


def test_ingest_exit_code_is_one_when_a_file_failed(db, folder):
    (folder / "broken.docx").write_bytes(b"not a zip")
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "broken.docx" in result.stderr
    assert len(json.loads(runner.invoke(app, ["reports", "--format", "json"]).stdout)) == 2


def test_show_search_and_series(db, folder):
    runner.invoke(app, ["ingest", str(folder), "--series", "Housing"])
    reports = json.loads(runner.invoke(app, ["reports", "--series", "Housing", "-f", "json"]).stdout)
    shown = runner.invoke(app, ["show", str(reports[0]["id"])])
    assert shown.exit_code == 0
    assert "move-on plans agreed with providers" in shown.stdout
    as_json = json.loads(runner.invoke(app, ["show", str(reports[0]["id"]), "-f", "json"]).stdout)
    assert as_json["sections"][1]["items"][0]["mitigation"] == "move-on plans agreed with providers;"
    # the same risk in both reports is one hit, its newest, with its earlier report under it
    hits = json.loads(runner.invoke(app, ["search", "hotel contracts", "--section", "risks", "-f", "json"]).stdout)
    assert len(hits) == 1 and "«Hotel»" in hits[0]["snippet"] and len(hits[0]["earlier"]) == 1
    assert hits[0]["report_id"] == reports[0]["id"]
    every = ["search", "hotel contracts", "--every-report", "-f", "json"]
    assert len(json.loads(runner.invoke(app, every).stdout)) == 2
    table = runner.invoke(app, ["search", "hotel"])
    assert table.exit_code == 0 and "Housing" in table.stdout and "earlier" in table.stdout
    listing = json.loads(runner.invoke(app, ["series", "-f", "json"]).stdout)
    assert [(s["name"], s["reports"]) for s in listing] == [("Housing", 2)]
    assert runner.invoke(app, ["series", "rename", "Housing", "Housing Options"]).exit_code == 0
    assert json.loads(runner.invoke(app, ["series", "-f", "json"]).stdout)[0]["name"] == "Housing Options"


def test_show_of_a_missing_report_is_a_clear_error(db):
    import sys

    from sitroom.cli import main

    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0  # a database without that report
    argv = sys.argv
    sys.argv = ["sitroom", "show", "42"]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = argv
    assert exit_info.value.code == 1


def test_reparse_rebuilds_items_from_the_stored_original(db, folder):
    runner.invoke(app, ["ingest", str(folder)])
    result = runner.invoke(app, ["reparse", "--all"])
    assert result.exit_code == 0, result.output
    assert "2 report(s) re-parsed" in result.stdout
    assert runner.invoke(app, ["reparse"]).exit_code != 0  # neither ids nor --all


def test_db_upgrade_reports_the_revision(db):
    from importlib import resources

    versions = resources.files("sitroom") / "store" / "migrations" / "versions"
    head = max(p.name.split("_")[0] for p in versions.iterdir() if p.name[0].isdigit())
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0 and f"revision {head}" in result.stdout


def test_watched_folder_moves_files_to_done_and_failed(db, tmp_path):
    engine = make_engine(db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "early.txt").write_text(SITREP.format(n=7, d=18, k=5))  # already there when watching starts
    stop = threading.Event()
    seen = []
    t = threading.Thread(target=watch, args=(engine, inbox, IngestOptions(), seen.append, stop), daemon=True)
    t.start()
    time.sleep(0.3)
    (inbox / "late.txt").write_text(SITREP.format(n=8, d=25, k=6))
    (inbox / "empty.txt").write_bytes(b"")
    deadline = time.monotonic() + 20
    while len(seen) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    t.join(timeout=5)
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["early.txt", "late.txt"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == ["empty.txt", "empty.txt.error.txt"]
    assert "file is empty" in (inbox / "failed" / "empty.txt.error.txt").read_text()
    with session_scope(engine) as s:
        assert sorted(r["number"] for r in list_reports(s)) == [7, 8]


def test_generate_then_ingest_a_mixed_series(db, tmp_path):
    out = tmp_path / "gen"
    result = runner.invoke(
        app, ["generate", "--out", str(out), "--series", "2", "--reports", "3", "--truth", "--formats", "txt,docx"]
    )
    assert result.exit_code == 0, result.output
    assert "6 reports in 2 series written to" in result.stdout and "3 docx, 3 txt" in result.stdout
    assert len(list(out.rglob("*.truth.json"))) == 6
    ingested = runner.invoke(app, ["ingest", str(out)])
    assert ingested.exit_code == 0, ingested.output
    listing = json.loads(runner.invoke(app, ["series", "-f", "json"]).stdout)
    assert sorted(s["reports"] for s in listing) == [3, 3]


def test_generate_refuses_an_unknown_format(tmp_path):
    result = runner.invoke(app, ["generate", "--out", str(tmp_path), "--formats", "odt"])
    assert result.exit_code == 2
    assert "unknown format" in result.output
