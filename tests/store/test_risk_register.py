"""The risk register read from the store, and `sitroom risks`."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.risks import risk_register

REPORT = "Housing Sitrep No. {n} – as of {d} May 2020\n\nRISKS / CHALLENGES (AND MITIGATION)\n\n{items}\n"


def _ingest(engine, n, *items):
    text = REPORT.format(n=n, d=n, items="\n".join(f"• {i}" for i in items))
    ingest_bytes(engine, text.encode(), f"h-{n}.txt", IngestOptions(series="Housing"))


def test_register_follows_risks_across_reports(engine):
    _ingest(engine, 1, "Hotel contracts end in June. Mitigation: move-on plans.", "=HYPERLINK(1) supply is low.")
    _ingest(engine, 2, "Hotel contracts end in June and the risk is increasing. Mitigation: move-on plans.")
    _ingest(engine, 3, "Hotel contracts end in June and the risk is now critical. Mitigation: extensions sought.")
    with session_scope(engine, write=False) as s:
        threads = {t.thread_id: t for t in risk_register(s, "Housing")}
        open_only = risk_register(s, only_open=True)
    hotel = next(t for t in threads.values() if "Hotel" in t.text)
    assert (hotel.reports, hotel.status, hotel.trend) == (3, "open", "escalating")
    assert hotel.mitigation == "extensions sought."
    # not reported since report 1: to chase, still open, never closed for being quiet
    [supply] = [t for t in threads.values() if "supply" in t.text]
    assert (supply.status, supply.label) == ("unreported", "not reported since 1 May 2020")
    assert [t.thread_id for t in open_only] == [hotel.thread_id, supply.thread_id]


def test_the_register_and_the_risks_command_use_the_brief_statuses(db_url, engine):
    _ingest(engine, 1, "Gaps in learning for disadvantaged pupils.", "Hotel contracts end in June.", "Beds short.")
    _ingest(engine, 2, "Gaps in learning for disadvantaged pupils are widening.", "Hotel contracts issue resolved.")
    with session_scope(engine, write=False) as s:
        labels = {t.text: t.label for t in risk_register(s, "Housing")}
    assert labels["Gaps in learning for disadvantaged pupils are widening."] == "escalating"
    assert labels["Beds short."] == "not reported since 1 May 2020"
    assert labels["Hotel contracts issue resolved."] == "resolved"
    assert "closed" not in labels.values()
    result = CliRunner().invoke(app, ["risks", "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["risk"]: r for r in json.loads(result.stdout)}
    assert rows["Beds short."]["status"] == "unreported"
    assert rows["Beds short."]["label"] == "not reported since 1 May 2020"
    assert rows["Gaps in learning for disadvantaged pupils are widening."]["label"] == "escalating"
    assert CliRunner().invoke(app, ["risks", "--db", db_url, "--close-after", "1"]).exit_code != 0


def test_risks_command_writes_csv_with_formulas_neutralised(db_url, engine):
    _ingest(engine, 1, "=HYPERLINK(1) supply is low.")
    result = CliRunner().invoke(app, ["risks", "--db", db_url, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["risk"].startswith("'=HYPERLINK")
