"""A page's footer of upkeep — who keeps it and where to edit it, when it was last updated, a record's stamps of
when it was made and changed — closes the
page and is not an item of its last section: in Markdown, HTML and plain text."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Current status", ["Email and phones are working again.", "Payroll runs one day late."]),
    ("Next update", ["At 16:00 today, or sooner if the position changes."]),
]
FOOTERS = {
    "keeper": "Page owner: IT Service Desk. Edit this page in the team wiki.",
    "stamp": "Last updated: 05/03/2024 16:05",
    "stamp in Italian": "Ultimo aggiornamento: 05/03/2024 16:05",
    "a record's stamps": "Record created 05/03/2024 05:48 by truiz (Planning Section Chief) | Last updated"
    " 05/03/2024 16:05 by mbell (Planning Section Chief)",
}


def _markdown(footer: str) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {t}\n" for t in items) + "\n" for h, items in SECTIONS)
    return f"# Datacentre outage – update 2\n\n{body}---\n\n_{footer}_\n".encode()


def _html(footer: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>" for h, items in SECTIONS)
    return f"<html><body><main><h1>Datacentre outage – update 2</h1>{body}<p>{footer}</p></main></body></html>".encode()


def _text(footer: str) -> bytes:
    body = "".join(f"{h.upper()}\n" + "".join(f"- {t}\n" for t in items) + "\n" for h, items in SECTIONS)
    return f"Datacentre outage – update 2\n\n{body}{footer}\n".encode()


LAYOUTS = {"markdown": (_markdown, "p.md"), "html": (_html, "p.html"), "text": (_text, "p.txt")}


@pytest.mark.parametrize("footer", list(FOOTERS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_upkeep_footer_is_no_item(layout: str, footer: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(FOOTERS[footer]), name)[0]
    got = [(s.heading.lower() if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h.lower(), items) for h, items in SECTIONS]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_next_update_line_under_its_own_heading_is_its_item(layout: str) -> None:
    """The close a writer sets after the report ("Next update at 16:00") is that section's item when it
    stands under a heading of its own."""
    global SECTIONS
    saved = SECTIONS
    SECTIONS = [saved[0], ("Next update", ["Next update at 16:00"])]
    try:
        make, name = LAYOUTS[layout]
        report = parse_bytes(make(FOOTERS["keeper"]), name)[0]
    finally:
        SECTIONS = saved
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections][-1] == (
        "Next update" if layout != "text" else "NEXT UPDATE",
        ["Next update at 16:00"],
    )
