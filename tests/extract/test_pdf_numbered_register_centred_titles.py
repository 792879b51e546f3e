"""A risk table printed to PDF as Word sets it: every border drawn, the column titles centred and shaded, a first
column numbering the rows ("Nr. | Riscul | Măsuri întreprinse | Responsabil", "No. | Risk | Measures taken |
Responsible"), the cells wrapping over lines, the table on the heading's page or the next, of one row or of rows
whose first leaves its measures empty. Each row is one risk whose measures are its mitigation; the numbers and the
owners are no points."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

LANG = {
    "english": {
        "title": "Blizzard Situation Report No. 2",
        "heading": "IV. Risks",
        "titles": ["No.", "Risk", "Measures taken", "Responsible"],
        "rows": [("The risk of ambulances being stranded on rural roads is rising.",
                  "Crews travel to isolated villages escorted by snow ploughs.", "Fleet manager"),
                 ("Staff fatigue is under watch.", "Shifts were reorganised with compulsory rest breaks.",
                  "Deputy medical director")],
    },
    "romanian": {
        "title": "NOTĂ INFORMATIVĂ nr. 2",
        "heading": "IV. Riscuri",
        "titles": ["Nr.", "Riscul", "Măsuri întreprinse", "Responsabil"],
        "rows": [("Riscul de blocare a autospecialelor pe traseu este în creștere.",
                  "Deplasarea în zonele izolate se face însoțită de tehnica de deszăpezire.", "Serviciul tehnic"),
                 ("Riscul de epuizare a personalului este sub monitorizare.",
                  "Turele au fost reorganizate, cu pauze obligatorii de odihnă.", "Medic-șef adjunct")],
    },
}  # fmt: skip


def _pdf(lang: dict, page_break: bool, rows: list[tuple[str, str, str]] | None = None) -> bytes:
    buf = io.BytesIO()
    # (a font with the Romanian letters: "ș", "ț")
    pdfmetrics.registerFont(TTFont("NoteSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("NoteSansBold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("body", fontName="NoteSans", fontSize=10.5, leading=14)
    cell = ParagraphStyle("cell", fontName="NoteSans", fontSize=9.5, leading=12)
    centred = ParagraphStyle("centred", parent=cell, fontName="NoteSansBold", alignment=1)
    head = ParagraphStyle("head", fontName="NoteSansBold", fontSize=11, leading=14, spaceBefore=8)
    flow = [Paragraph(lang["title"], ParagraphStyle("t", parent=head, fontSize=14, alignment=1)), Spacer(1, 12)]
    flow += [Paragraph("I. Summary" if lang is LANG["english"] else "I. Informație generală", head)]
    flow += [Paragraph("– Calls answered in the last 24 hours: 754.", body)]
    flow.append(Paragraph(lang["heading"], head))
    if page_break:
        flow.append(PageBreak())
    data = [[Paragraph(t, centred) for t in lang["titles"]]]
    for n, row in enumerate(rows or lang["rows"], 1):
        data.append([Paragraph(f"{n}.", cell), *(Paragraph(c, cell) for c in row)])
    table = Table(data, colWidths=[36, 180, 160, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    flow += [table, Paragraph("V. Next steps", head), Paragraph("– The next report is due at 08:00.", body)]
    SimpleDocTemplate(buf, pagesize=A4).build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("page_break", [False, True], ids=["same-page", "next-page"])
@pytest.mark.parametrize("name", sorted(LANG))
def test_each_numbered_row_is_a_risk_with_its_measures(name: str, page_break: bool) -> None:
    lang = LANG[name]
    report = parse_bytes(_pdf(lang, page_break), "note.pdf")[0]
    risks = next(s for s in report.sections if s.heading == lang["heading"])
    assert risks.key == "risks"
    assert [(i.text, i.mitigation) for i in risks.items] == [(r[0], r[1]) for r in lang["rows"]]
    items = [i.text for s in report.sections for i in s.items]
    assert not any(owner in items for _, _, owner in lang["rows"])
    assert "Nr." not in [s.heading for s in report.sections] and "No." not in [s.heading for s in report.sections]


@pytest.mark.parametrize("name", sorted(LANG))
def test_a_single_row_and_a_row_with_no_measures_are_read_as_the_table(name: str) -> None:
    lang = LANG[name]
    first, second = lang["rows"]
    for rows, want in [([second], [(second[0], second[1])]),
                       ([(first[0], "", first[2]), second], [(first[0], None), (second[0], second[1])])]:  # fmt: skip
        report = parse_bytes(_pdf(lang, False, rows), "note.pdf")[0]
        risks = next(s for s in report.sections if s.heading == lang["heading"])
        assert [(i.text, i.mitigation) for i in risks.items] == want
