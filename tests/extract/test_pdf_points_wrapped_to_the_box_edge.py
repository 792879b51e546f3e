"""Points typed "- " into a text box (a case system's multi-line field printed from the browser, a form's box) wrap
back to the box's edge, left of the point's text: the wrapped line goes on with its point, even where the line
before stopped short of the edge because the next word would not fit on it.

Layouts: a record's field beside its label, a form's box alone on the page, and a narrower box in larger print."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

POINTS = [
    "Residents leaving temporary accommodation before the block is safe is being monitored.",
    "Damp spreading in flats below the fire is being monitored. Mitigation in place: Drying equipment is in place "
    "and moisture readings are taken every two days.",
    "Scaffolding on the east side is being inspected weekly.",
]


def _lines(text: str, width: float, size: float) -> list[str]:
    """The point typed in the box: "- " first, then wrapped word by word back to the box's edge."""
    words, lines, line = ("- " + text).split(" "), [], ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, "Helvetica", size) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def _record(label: bool, x: float, width: float, size: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Linden Court fire – block evacuation (INC-12718)")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 760, "Risks")
    y = 740.0
    if label:
        c.setFont("Helvetica", size - 1)
        c.drawString(40, y, "Update")
    c.setFont("Helvetica", size)
    for point in POINTS:
        for line in _lines(point, width, size):
            if line.startswith("- "):  # a browser sets the typed mark and the words after it as runs of their own
                c.drawString(x, y, "-")
                c.drawString(x + stringWidth("- ", "Helvetica", size), y, line[2:])
            else:
                c.drawString(x, y, line)
            y -= size * 1.3
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("label", "x", "width", "size"), [(True, 150, 360, 9.5), (False, 60, 410, 10), (False, 90, 240, 12)]
)
def test_a_point_wrapped_back_to_the_box_edge_is_one_point(label: bool, x: float, width: float, size: float) -> None:
    report = parse_bytes(_record(label, x, width, size), "record.pdf")[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS


def test_a_sentence_wrapped_back_under_the_typed_mark_goes_on_with_its_point() -> None:
    # the box broke the point where its first sentence ended: the mitigation under the mark is still the point's
    lines = [
        "- Residents leaving temporary accommodation before the block is safe is being monitored.",
        "Mitigation in place: Housing officers phone every household each day.",
        "- Scaffolding on the east side is being inspected weekly.",
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 760, "Risks")
    y = 740.0
    for line in lines:
        c.setFont("Helvetica", 9.5)
        if line.startswith("- "):
            c.drawString(150, y, "-")
            c.drawString(150 + stringWidth("- ", "Helvetica", 9.5), y, line[2:])
        else:
            c.drawString(150, y, line)
        y -= 12.4
    c.save()
    report = parse_bytes(buf.getvalue(), "record.pdf")[0]
    items = [i for s in report.sections for i in s.items]
    assert [i.text for i in items] == [f"{lines[0][2:]} {lines[1]}", lines[2][2:]]
    assert items[0].mitigation.endswith("Housing officers phone every household each day.")
