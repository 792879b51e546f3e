"""Search leaves out the items of superseded returns unless asked, and then marks them."""

from __future__ import annotations

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.risks import risk_register
from sitroom.store.search import SearchFilters, search_items

REPORT = "Housing Sitrep No. {n} – as of {d} May 2020\n\nKEY ACTIVITY HEADLINES\n\n{items}\n"


def _ingest(engine, n: int, name: str, *items: str) -> int:
    text = REPORT.format(n=n, d=n, items="\n".join(f"• {i}" for i in items))
    return ingest_bytes(engine, text.encode(), name, IngestOptions(series="Housing")).report_ids[0]


def test_superseded_items_are_left_out_unless_asked_for(engine):
    old = _ingest(engine, 2, "housing-2.txt", "Hotels house 125 rough sleepers.", "Shelter roof leaking.")
    new = _ingest(engine, 2, "housing-2b.txt", "Hotels house 128 rough sleepers.", "Shelter roof repaired.")
    with session_scope(engine, write=False) as s:
        hits = search_items(s, "shelter roof")
        assert [(h["report_id"], h["status"]) for h in hits] == [(new, "submitted")]
        assert search_items(s, "leaking") == []
        assert search_items(s, "leaking", SearchFilters(series="Housing")) == []
        every = search_items(s, "shelter roof", SearchFilters(include_superseded=True))
        assert {(h["report_id"], h["status"]) for h in every} == {(new, "submitted"), (old, "superseded")}


RISKS = "Housing Sitrep No. 2 – as of 2 May 2020\n\nRISKS / CHALLENGES (AND MITIGATION)\n\n• {risk}\n"


def test_risk_register_leaves_out_superseded_risks(engine):
    for name, risk in (("r.txt", "Generator fuel runs out on Friday."), ("r2.txt", "Boiler spares are short.")):
        ingest_bytes(engine, RISKS.format(risk=risk).encode(), name, IngestOptions(series="Housing"))

    with session_scope(engine, write=False) as s:
        texts = " ".join(t.to_row()["risk"] or "" for t in risk_register(s))
    assert "Boiler" in texts and "Generator" not in texts
