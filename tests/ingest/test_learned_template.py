"""A series no template fits learns its own from its first reports; `sitroom templates --from` writes one out."""

from __future__ import annotations

import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.read import parse_text
from sitroom.store import session_scope
from sitroom.store.learned import LEARN_FROM
from sitroom.store.queries import get_report
from sitroom.store.tables import Report, Series

REPORT = """Depot bulletin {n}

FIELD NOTES

Crews cleared {n} blocked drains on the ring road.

DEPOT STATUS

Salt stock at {s} tonnes.

{extra}
"""
# The fourth report writes its headings in sentence case, which the layout alone does not mark.
LATER = """Depot bulletin 4

Field notes

Crews cleared 4 blocked drains on the ring road.

Depot status

Salt stock at 300 tonnes.
"""


def _write(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_a_series_learns_its_template_from_its_first_reports_and_reads_later_ones_with_it(engine, tmp_path):
    options = IngestOptions(series="Depot bulletin")
    for n in range(1, LEARN_FROM + 1):
        extra = "ONE-OFF NOTICE\n\nThe car park closes on Friday." if n == 1 else ""
        path = _write(tmp_path / "in", f"b{n}.txt", REPORT.format(n=n, s=400 - n, extra=extra))
        assert ingest_paths(engine, [path], options).count(IngestStatus.INGESTED) == 1
    with session_scope(engine) as s:
        learned = yaml.safe_load(s.scalar(select(Series.learned_template)))
    assert [sec["heading"] for sec in learned["sections"]] == ["FIELD NOTES", "DEPOT STATUS"]

    assert parse_text(LATER, "b4.txt").sections[0].heading is None  # without the series' template
    later = _write(tmp_path / "in", "b4.txt", LATER)
    assert ingest_paths(engine, [later], options).count(IngestStatus.INGESTED) == 1
    with session_scope(engine) as s:
        rid = s.scalar(select(Report.id).where(Report.source == "b4.txt"))
        report = get_report(s, rid)
        assert report.template == learned["name"]
        assert [sec.heading for sec in report.sections if sec.heading] == ["Field notes", "Depot status"]


def test_templates_from_a_file_and_from_a_stored_report_write_editable_yaml(engine, db_url, tmp_path):
    text = "Weekly return\n\nKey issues\n\n- Fuel low.\n\nOur staff\n\n- Two vacancies.\n"
    path = _write(tmp_path, "return.txt", text)
    runner = CliRunner()
    from_file = runner.invoke(app, ["templates", "--from", str(path)])
    assert from_file.exit_code == 0, from_file.output
    data = yaml.safe_load(from_file.stdout)
    assert [(s["key"], s["heading"], s["kind"]) for s in data["sections"]] == [
        ("risks", "Key issues", "risks"),
        ("workforce", "Our staff", "figures"),
    ]
    ingest_paths(engine, [path], IngestOptions(series="Weekly return"))
    with session_scope(engine) as s:
        rid = s.scalar(select(Report.id))
    out = tmp_path / "weekly.yaml"
    stored = runner.invoke(app, ["templates", "--from", str(rid), "--db", db_url, "--out", str(out)])
    assert stored.exit_code == 0, stored.output
    written = yaml.safe_load(out.read_text())
    assert written["name"] == "weekly-return" and written["sections"] == data["sections"]
    # The YAML loads back as a template that parses the next return.
    report = parse_text(text, "next.txt", str(out))
    assert report.template == "weekly-return"
    assert [s.key for s in report.sections if s.heading] == ["risks", "workforce"]
