"""Headings that name their kind in plain words take its key ("Support for bereaved families" assistance,
"Monitoring" and "Monitorização" surveillance, "Situation in the affected region" situation, "Finansijska sredstva"
finance); a date line giving the local time and another zone's ("As of 18:00 local time (16:00 Irish time), Monday 12
October 2026") is the masthead's. In HTML and plain text."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_bytes

KEYS = {
    "Support for bereaved families": "assistance",
    "Monitoring": "surveillance",
    "Monitorização": "surveillance",
    "Situation in the affected region": "situation",
    "7. Finansijska sredstva": "finance",
}
DATELINE = "As of 18:00 local time (16:00 Irish time), Monday 12 October 2026"


@pytest.mark.parametrize("heading", list(KEYS))
def test_a_plain_heading_takes_its_key(heading: str) -> None:
    html = f"<html><body><h1>Sitrep 3</h1><h2>{heading}</h2><ul><li>Point one here.</li></ul></body></html>"
    assert parse_bytes(html.encode(), "r.html")[0].sections[0].key == KEYS[heading]


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_a_dateline_with_local_time_is_the_masthead(fmt: str) -> None:
    if fmt == "html":
        doc = f"<html><body><h1>Consular sitrep 2</h1><p>{DATELINE}</p><h2>Key points</h2><ul><li>Calm.</li></ul>"
    else:
        doc = f"Consular sitrep 2\n\n{DATELINE}\n\nKEY POINTS\n- Calm.\n"
    report = parse_bytes(doc.encode(), f"r.{fmt}")[0]
    assert [i.text for i in report.items()] == ["Calm."]
    assert report.date == date(2026, 10, 12)
