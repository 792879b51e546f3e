"""A list's bullet set smaller than its text a word space before it (Word's "►" or "■" printed at 8 points beside
10.5-point text, drawn from a symbol font) starts its own line: each point is an item under its heading, none of
them runs on from the heading or the point above. Drawn with reportlab's platypus in three bullets and two sizes."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

SECTIONS = [
    ("Sitiyasyon lapli-a", ["Lapli nou mézi pou jou-a (mm): 82.", "Met Services di lapli-a kay kontinyé."]),
    ("Domaj", ["Kay ki domajé: 32.", "Chimen ki bloké: 17.", "Moun ki an abri: 166."]),
    ("Danjé", ["Danjé pou plis glisman tè: i ka monté.", "Pwochen wapò-a kay vini 4 Novanm."]),
]


def _pdf(bullet: str, text_size: float, bullet_size: float) -> bytes:
    body = ParagraphStyle(
        "b", fontName="Helvetica", fontSize=text_size, leading=text_size * 1.35, leftIndent=14, bulletIndent=2,
        bulletFontSize=bullet_size, spaceAfter=3,
    )  # fmt: skip
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=9)
    story = [Paragraph("Wapò Sitiyasyon No. 1", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17))]
    for heading, points in SECTIONS:
        story += [Paragraph(heading, head), HRFlowable(width="100%", thickness=0.5, spaceAfter=4)]
        story += [Paragraph(p, body, bulletText=bullet) for p in points]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


@pytest.mark.parametrize("bullet", ["►", "■", "•"])
@pytest.mark.parametrize("text_size,bullet_size", [(10.5, 8), (11, 7)])
def test_a_small_bullet_starts_its_own_point(bullet: str, text_size: float, bullet_size: float) -> None:
    report = parse_bytes(_pdf(bullet, text_size, bullet_size), "wapo.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
