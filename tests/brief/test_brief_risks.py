"""Risks in the brief as coordinators mean them: new and escalating first, quiet ones chased, never
silently closed, resolved only when a report says so; "Risk Communication" is no risk register."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.brief.compose import compose_brief
from sitroom.brief.markdown import render_markdown
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope

REPORT = """Housing Sitrep No. {n} – as of {d} May 2020

KEY ACTIVITY HEADLINES

• Hotels house {hotel} rough sleepers.

RISK COMMUNICATION

• Leaflets on scams delivered to {leaflets} homes this week.

RISKS / CHALLENGES (AND MITIGATION)

{risks}
"""
ARREARS = "Rent arrears are expected to go up over the summer."
HOTELS = "The risk of hotel capacity running out is increasing."
SHELTER = "Night shelter staffing is short at weekends."
BARRIER = "Flood barrier at the river is a risk to the lower town."
BARRIER_DONE = (
    "Flood barrier at the river is a risk to the lower town: resolved and will be removed from the next report."
)
SANDBAGS = "Shortage of sandbags for 40 homes on the river side."


@pytest.fixture
def store(engine):
    weeks = [
        (4, [ARREARS, HOTELS, SHELTER, BARRIER]),
        (11, [ARREARS, HOTELS, SHELTER, BARRIER]),
        (18, [ARREARS, HOTELS, BARRIER_DONE, SANDBAGS]),
    ]
    for n, (day, risks) in enumerate(weeks, start=1):
        text = REPORT.format(n=n, d=day, hotel=100 + n, leaflets=300 + n, risks="\n".join(f"• {r}" for r in risks))
        options = IngestOptions(series="Housing", period_date=date(2020, 5, day))
        ingest_bytes(engine, text.encode(), f"housing-{n}.txt", options)
    return engine


def test_risks_new_and_escalating_first_quiet_ones_chased_resolved_when_said(store):
    with session_scope(store, write=False) as session:
        brief = compose_brief(session)
    c = brief.changes
    assert [r.text for r in c.new_risks] == [SANDBAGS]
    assert [r.text for r in c.escalating_risks] == [HOTELS]
    # Gone from the latest report without a word: chased, not closed.
    assert [r.text for r in c.unreported_risks] == [SHELTER]
    assert c.unreported_risks[0].label == "not reported since 11 May 2020"
    assert [r.text for r in c.closed_risks] == [BARRIER_DONE]
    register = [r.text for r in brief.risks]
    assert register[:2] == [SANDBAGS, HOTELS]
    assert register[-1] == SHELTER  # still in the register, last, flagged
    assert BARRIER_DONE not in register
    # The Risk Communication pillar lists activities, not risks.
    assert not any("Leaflets" in r.text for r in brief.risks)
    md = render_markdown(brief)
    summary = md.split("## Summary", 1)[1].split("## ", 1)[0]
    assert "1 new risk; 1 escalating risk; 1 resolved risk; 1 risk no longer reported" in summary
    top = [line for line in summary.splitlines() if line.startswith("- ")]
    assert SANDBAGS in top[0] and HOTELS in top[1]
    assert "### Risks no longer reported (to chase)" in md and "### Risks resolved" in md


def test_a_risk_quiet_since_an_earlier_cycle_is_still_counted_in_the_summary(store):
    text = REPORT.format(n=4, d=25, hotel=105, leaflets=305, risks=f"• {ARREARS}\n• {HOTELS}\n• {SANDBAGS}")
    ingest_bytes(store, text.encode(), "housing-4.txt", IngestOptions(series="Housing", period_date=date(2020, 5, 25)))
    with session_scope(store, write=False) as session:
        brief = compose_brief(session)
    assert brief.changes.unreported_risks == []  # it went quiet in the cycle before
    [shelter] = [r for r in brief.risks if r.text == SHELTER]
    assert shelter.label == "not reported since 11 May 2020"
    summary = render_markdown(brief).split("## Summary", 1)[1].split("## ", 1)[0]
    assert "1 risk still not reported" in summary
