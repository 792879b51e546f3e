"""Numbered headings typed as plain text ("1. Summary" over its lines, "2. Situation" over "- " points): a short
numbered title over a sentence, however many of its words are figures ("81 of 140 systems are running again."), heads
it; and a number that follows the last numbered heading's ("10." after "9.") heads its section too, even at the foot
of a page where nothing under it tells. Drawn on a canvas over two pages and printed from plain text, in English and
German."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REPORTS = {
    "english": [
        ("1. Summary", ["81 of 140 systems run again.", "The network has been cut off since 10 July."]),
        *[(f"{n}. Topic {n}", [f"Point {n} stands here for the record."]) for n in range(2, 10)],
        ("10. Advice for residents", ["Call the helpline on weekdays from 8 to 6."]),
        ("11. Next steps", ["Meet the national centre on 15 July."]),
    ],
    "german": [
        ("1. Zusammenfassung", ["81 von 140 Fachverfahren laufen wieder.", "Das Netz ist seit dem 10. Juli getrennt."]),
        *[(f"{n}. Thema {n}", [f"Punkt {n} steht hier für das Protokoll."]) for n in range(2, 10)],
        ("10. Hinweise für Bürgerinnen und Bürger", ["Das Bürgertelefon ist werktags erreichbar."]),
        ("11. Nächste Schritte", ["Abstimmung mit dem BSI am 15. Juli."]),
    ],
}


def _lines(sections: list[tuple[str, list[str]]]) -> list[str]:
    out: list[str] = []
    for n, (heading, points) in enumerate(sections):
        out += [heading, *(points if n == 0 else [f"- {p}" for p in points]), ""]
    return out


def _canvas(sections: list[tuple[str, list[str]]]) -> bytes:
    """The tenth heading as the first page's last line, its point at the top of the next."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    lines = _lines(sections)
    cut = lines.index(sections[9][0]) + 1
    for n, page in enumerate((lines[:cut], lines[cut:])):
        c.setFont("Helvetica", 10)
        y = 100 + 14 * (len(page) - 1) if n == 0 else h - 60  # the first page filled down to its foot
        for line in page:
            c.drawString(56, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def _plain(sections: list[tuple[str, list[str]]]) -> bytes:
    from weasyprint import HTML

    text = "\n".join(_lines(sections))
    style = "@page{size:A4;margin:20mm} pre{font:10pt 'DejaVu Sans';white-space:pre-wrap}"
    return HTML(string=f"<html><head><style>{style}</style></head><body><pre>{text}</pre></body></html>").write_pdf()


@pytest.mark.parametrize("draw", [_canvas, _plain], ids=["canvas-two-pages", "plain-text"])
@pytest.mark.parametrize("language", list(REPORTS))
def test_plain_numbered_titles_head_their_sections(language: str, draw) -> None:
    sections = REPORTS[language]
    report = parse_bytes(draw(sections), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
