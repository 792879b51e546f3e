"""The risk register read from the store, and `sitroom risks`."""

from __future__ import annotations

import csv
import io

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
    assert [t.status for t in threads.values() if "supply" in t.text] == ["closed"]
    assert [t.thread_id for t in open_only] == [hotel.thread_id]


def test_risks_command_writes_csv_with_formulas_neutralised(db_url, engine):
    _ingest(engine, 1, "=HYPERLINK(1) supply is low.")
    result = CliRunner().invoke(app, ["risks", "--db", db_url, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["risk"].startswith("'=HYPERLINK")
