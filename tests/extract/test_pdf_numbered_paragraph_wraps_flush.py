"""A technical note numbers each paragraph in its first line ("1.2. O estado está …") and sets it justified, its
wrapped lines running back to the page's margin under the number, not under the text after it. A reader takes such
a paragraph for one point, however full its first line: never for a heading over its own last words.

Layouts (reportlab's canvas): a Portuguese note numbered "1.1.", an English one numbered "2.1" in a smaller print,
and one whose section headings are numbered too ("1. SUMMARY" in bold).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from sitroom.read import parse_bytes

PT = [
    ("1. RESUMO", ["Foram notificados 19.786 casos prováveis de dengue na última semana epidemiológica em todo o "
                   "estado e nas regiões de saúde.",
                   "O estado está em situação de emergência em saúde pública por dengue desde 13 de janeiro."]),
    ("2. RISCOS", ["O risco de esgotamento dos leitos de UTI pediátrica está sob monitoramento em todas as "
                   "regiões do estado."]),
]  # fmt: skip
EN = [
    ("1. SUMMARY", ["The state has been under a public health emergency for dengue since 13 January and the "
                    "response is led by the operations centre.",
                    "Field hospitals are open in the three most affected regions of the state."]),
    ("2. NEXT STEPS", ["The operations centre will review the hydration tents and the field hospitals on "
                       "Friday with the regional teams."]),
]  # fmt: skip


def _note(sections: list, size: float, bold_headings: bool) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    left, right = 70.0, 525.0
    y = 760.0
    for n, (heading, points) in enumerate(sections, 1):
        c.setFont("Helvetica-Bold" if bold_headings else "Helvetica", size)
        c.drawString(left, y, heading)
        y -= 1.6 * size
        for k, point in enumerate(points, 1):
            number = f"{n}.{k}."
            c.setFont("Helvetica", size)
            c.drawString(left, y, number)
            x = left + c.stringWidth(number + "  ", "Helvetica", size)
            lines, line = [], ""
            for word in point.split():
                width = right - (x if not lines else left)
                if line and c.stringWidth(f"{line} {word}", "Helvetica", size) > width:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
            for m, text in enumerate(lines):
                start = x if m == 0 else left
                words = text.split()
                if m < len(lines) - 1 and len(words) > 1:  # justified: the words spread to the right margin
                    gap = (right - start - sum(c.stringWidth(w, "Helvetica", size) for w in words)) / (len(words) - 1)
                    pos = start
                    for w in words:
                        c.drawString(pos, y, w)
                        pos += c.stringWidth(w, "Helvetica", size) + gap
                else:
                    c.drawString(start, y, text)
                y -= 1.25 * size
            y -= 0.4 * size
        y -= size
    c.showPage()
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "portuguese": (lambda: _note(PT, 11, True), PT),
    "english small print": (lambda: _note(EN, 9, True), EN),
    "plain headings": (lambda: _note(EN, 11, False), EN),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_numbered_justified_paragraph_is_one_point(layout: str) -> None:
    build, sections = LAYOUTS[layout]
    report = parse_bytes(build(), "note.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == sections
