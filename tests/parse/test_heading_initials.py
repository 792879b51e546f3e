"""An SBAR paper sets each heading's initial large beside it ("S" by "Situation"): the initial is no
heading of its own, in a web page and in Word. A one-letter heading over another word stays."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Situation", ["Escalation level 4 was declared across all acute sites."]),
    ("Background", ["Respiratory admissions usually peak in the first two weeks of January."]),
    ("Assessment", ["Surge beds are staffed by agency nurses new to the wards."]),
    ("Recommendation", ["The Executive Team is asked to agree the surge plan."]),
]


def _html() -> bytes:
    parts = "".join(
        f"<h2>{h[0]}</h2><h2>{h}</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS
    )
    annex = "<h2>B</h2><h2>Annex</h2><p>Bed plan.</p>"
    return f"<html><body><h1>SBAR: winter pressures</h1>{parts}{annex}</body></html>".encode()


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading("SBAR: winter pressures", level=0)
    for h, items in [*SECTIONS, ("Annex", ["Bed plan."])]:
        d.add_heading("B" if h == "Annex" else h[0], level=1)
        d.add_heading(h, level=2)
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_html, "sbar.html"), (_docx, "sbar.docx")])
def test_a_headings_initial_set_beside_it_is_no_heading(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == [h for h, _ in SECTIONS] + ["B", "Annex"]
    assert [i.text for s in report.sections if s.heading == "Situation" for i in s.items] == SECTIONS[0][1]
