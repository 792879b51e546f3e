"""A committee report's particulars table over its numbered sections: "Report to:", "Date:", "Reporting Officer:"
beside their values, and the template's questions answered by ticking a box ("Is the decision eligible for Call-in?"
beside "Yes ☐  No ☒"). A question with its ticked box is one more of the report's particulars: the table is left
out and dates the report, none of its labels heads a section.

Layouts: a Word table (python-docx) with "☐/☒" boxes, the same with "[ ] / [x]", and an HTML page's table.
"""

from __future__ import annotations

import io

import pytest
from docx import Document

from sitroom.read import parse_bytes

SECTIONS = [
    ("1.0 Summary", ["122 calls have been taken on the council's cold weather helpline."]),
    ("2.0 Current position", ["Waiting times for a delivery are now 4 working days.",
                              "45 households have reported having no heating."]),
    ("3.0 Next steps", ["The emergency management team meets again on 4 February."]),
]  # fmt: skip


def _rows(tick: tuple[str, str]) -> list[tuple[str, str]]:
    no, yes = tick
    return [
        ("Report to:", "Emergency Management Team"),
        ("Date:", "Monday 2 February 2026"),
        ("Reporting Officer:", "Director of Environment and Property"),
        ("Contact Officer:", "Emergency Planning Officer"),
        ("Is this report restricted for confidential business?", f"Yes {no}  No {yes}"),
        ("Is the decision eligible for Call-in?", f"Yes {no}  No {yes}"),
    ]


def _word(tick: tuple[str, str]) -> bytes:
    doc = Document()
    table = doc.add_table(rows=0, cols=2)
    for label, value in _rows(tick):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for heading, points in SECTIONS:
        doc.add_paragraph(heading).runs[0].bold = True
        for n, point in enumerate(points, 1):
            doc.add_paragraph(f"{heading.split('.')[0]}.{n}\t{point}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _page() -> bytes:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _rows(("☐", "☒")))
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in SECTIONS)
    title = "<h1>Heating oil supply disruption</h1>"
    return f"<html><body><main>{title}<table>{rows}</table>{body}</main></body></html>".encode()


LAYOUTS = {
    "word, boxes": (lambda: _word(("☐", "☒")), "report.docx"),
    "word, brackets": (lambda: _word(("[ ]", "[x]")), "report.docx"),
    "html": (_page, "report.html"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_ticked_question_is_one_of_the_particulars(layout: str) -> None:
    build, name = LAYOUTS[layout]
    report = parse_bytes(build(), name)[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
    assert str(report.date) == "2026-02-02"
