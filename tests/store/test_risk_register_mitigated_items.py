"""An item that states a mitigation is a risk of the register whatever its section is called: the writer's
"Mitigation:" says so. Items of the same sections without one are not risks. Word and web returns."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.risks import risk_register

ITEMS = {
    1: [
        ("Elm House", "Five residential beds are open this week."),
        ("Elm House", "Pressure on beds is rising. Mitigation: two spot-purchased beds from Monday."),
        ("Staffing", "Absence is 7% across the service."),
    ],
    2: [
        ("Elm House", "Six residential beds are open this week."),
        ("Elm House", "Pressure on beds is increasing. Mitigation: two spot-purchased beds from Monday."),
        ("Staffing", "Absence is 6% across the service."),
    ],
}


def _docx(n: int) -> bytes:
    d = docx.Document()
    d.add_heading(f"Children's Services Weekly Return {n}", 0)
    d.add_paragraph(f"{n} May 2020")
    last = None
    for heading, text in ITEMS[n]:
        if heading != last:
            d.add_heading(heading, level=1)
            last = heading
        d.add_paragraph(text, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(n: int) -> bytes:
    parts, last = [], None
    for heading, text in ITEMS[n]:
        if heading != last:
            parts.append(f"</ul><h2>{escape(heading)}</h2><ul>")
            last = heading
        parts.append(f"<li>{escape(text)}</li>")
    body = "".join(parts)[len("</ul>") :] + "</ul>"
    return f"<html><body><h1>Children's Services Weekly Return {n}</h1><p>{n} May 2020</p>{body}</body></html>".encode()


@pytest.mark.parametrize(("ext", "make"), [("docx", _docx), ("html", _html)])
def test_items_with_a_mitigation_are_risks_in_any_section(engine, ext: str, make) -> None:
    for n in ITEMS:
        ingest_bytes(engine, make(n), f"cs-{n}.{ext}", IngestOptions(series="Children"))
    with session_scope(engine, write=False) as s:
        threads = risk_register(s, "Children")
    assert [(t.text, t.mitigation, t.reports, t.trend) for t in threads] == [
        (ITEMS[2][1][1], "two spot-purchased beds from Monday.", 2, "escalating")
    ]
