"""A bulletin whose first page has a sidebar down its left (the highlights, then key figures: a large number over its
label) and the main column at its right, where a table of figures stands level with the sidebar's lines. The table
is data; the sidebar's lines level with its rows are none of its cells, and neither is the heading under the table:
the highlights read whole, and the main column's sections keep their headings and points. The masthead's line of
the epidemiological week, the period and the day of publication ("Semaine épidémiologique 10 | Période du … au … |
Publié le …") is the report's date line, no point."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

W, H = A4
LANG = {
    "french": {
        "title": "RAPPORT DE SITUATION N° 3 – ÉPIDÉMIE DE CHOLÉRA",
        "dateline": "Semaine épidémiologique 12 | Période du 10 mars au 16 mars 2026 | Publié le 18/03/2026 à Goma",
        "highlights": ("Points saillants", ["Nouveaux cas suspects notifiés au cours de la semaine : 468.",
                                            "Depuis le 9 février, l'épidémie de choléra touche plusieurs zones de "
                                            "santé de la province."]),
        "figures": ("Chiffres clés", [("11", "Zones de santé ayant notifié des cas"), ("351", "Lits occupés")]),
        "main": [("Situation épidémiologique", ["Zones de santé ayant notifié des cas : 11."]),
                 ("Impact sur le système de santé", ["Lits occupés dans les centres de traitement : 351.",
                                                     "Les centres de traitement fonctionnent au-delà de leur "
                                                     "capacité."])],
        "table": [["Zone de santé", "Cas", "Décès"], ["Karisimbi", "189", "4"], ["Goma", "100", "2"],
                  ["Nyiragongo", "56", "1"], ["Rutshuru", "124", "3"]],
    },
    "english": {
        "title": "SITUATION REPORT NO. 3 – CHOLERA OUTBREAK",
        "dateline": "Epidemiological week 12 | Period from 10 March to 16 March 2026 | Published 18/03/2026",
        "highlights": ("Highlights", ["New suspected cases notified this week: 468.",
                                      "Since 9 February the cholera outbreak has reached several health zones of "
                                      "the province."]),
        "figures": ("Key figures", [("11", "Health zones reporting cases"), ("351", "Beds occupied")]),
        "main": [("Epidemiological situation", ["Health zones reporting cases: 11."]),
                 ("Impact on the health system", ["Beds occupied in the treatment centres: 351.",
                                                  "The treatment centres are working beyond their capacity."])],
        "table": [["Health zone", "Cases", "Deaths"], ["Karisimbi", "189", "4"], ["Goma", "100", "2"],
                  ["Nyiragongo", "56", "1"], ["Rutshuru", "124", "3"]],
    },
}  # fmt: skip


def _pdf(lang: dict) -> bytes:
    pdfmetrics.registerFont(TTFont("SideSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("SideSansBold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

    def page(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#e8eef7"))
        canvas.rect(30, 60, 160, H - 200, stroke=0, fill=1)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4)
    top = Frame(30, H - 130, W - 60, 90, id="top")
    side = Frame(34, 60, 152, H - 200, id="side")
    main = Frame(210, 60, W - 240, H - 200, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[top, side, main], onPage=page)])
    head = ParagraphStyle("h", fontName="SideSansBold", fontSize=10.5, leading=14, spaceBefore=8)
    body = ParagraphStyle("b", fontName="SideSans", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", fontName="SideSans", fontSize=8, leading=10)
    big = ParagraphStyle("n", fontName="SideSansBold", fontSize=16, leading=19, textColor=colors.HexColor("#c0392b"))
    flow = [Paragraph(lang["title"], ParagraphStyle("t", parent=head, fontSize=14)), Paragraph(lang["dateline"], small)]
    flow.append(FrameBreak())
    name, points = lang["highlights"]
    flow += [Paragraph(name, head), *(Paragraph(f"■ {p}", body) for p in points)]
    name, figures = lang["figures"]
    flow.append(Paragraph(name, head))
    for number, label in figures:
        flow += [Paragraph(number, big), Paragraph(label, small)]
    flow.append(FrameBreak())
    (first, first_points), (second, second_points) = lang["main"]
    flow += [Paragraph(first, head), *(Paragraph(f"• {p}", body) for p in first_points), Spacer(1, 6)]
    table = Table(lang["table"], colWidths=[130, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("FONTNAME", (0, 0), (-1, -1), "SideSans"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("ALIGN", (1, 1), (-1, -1), "CENTER")]))  # fmt: skip
    flow += [table, Paragraph(second, head), *(Paragraph(f"• {p}", body) for p in second_points)]
    doc.build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(LANG))
def test_the_sidebar_beside_a_table_of_figures_reads_whole(name: str) -> None:
    from sitroom.read import parse_bytes

    lang = LANG[name]
    report = parse_bytes(_pdf(lang), "bulletin.pdf")[0]
    sections = {s.heading: [i.text for i in s.items] for s in report.sections}
    highlights, points = lang["highlights"]
    assert sections[highlights] == points
    for heading, items in lang["main"]:
        assert sections[heading] == items
    assert not any(lang["dateline"][:20] in i.text for s in report.sections for i in s.items)
    assert report.date is not None
