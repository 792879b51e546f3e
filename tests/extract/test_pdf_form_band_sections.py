"""A form's ruled table of sections set as bands: each section's name in bold on a shaded row across the table, its
points in numbered rows under it, wrapped in their cells, and a section of risks with its own header row and a
column of what is done about each ("# | Risk | Action taken", "# | Peligro | Ma cho'gue"). Each band heads its rows'
points, each risk carries its measure (none where the cell is empty); numbers and headers are no items. Drawn with
reportlab in English and Chamorro."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from sitroom.read import parse_bytes

CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=11.5)
BOLD = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=9.5, leading=11.5)
FORMS = {
    "english": (
        ("#", "Risk", "Action taken"),
        [
            ("1. Summary", ["The typhoon that passed on 3 October damaged many homes and trees across the village.",
                            "Families affected: 1,956."]),
            ("2. Damage", ["Homes damaged: 583."]),
            ("3. Staff and volunteers", ["Staff and volunteers at work: 19.",
                                         "The Guam National Guard helped the office clear the debris from the roads."]),
        ],
        ("4. Risks", [("Illness from unsafe water in the homes without a supply: rising.",
                       "Bottled water and chlorine tablets handed out to the families."),
                      ("Dengue from standing water around the houses: under watch.", "")]),
    ),
    "chamorro": (
        ("#", "Peligro", "Ma cho'gue"),
        [
            ("1. Mas impottånte", ["I pakyo ni malofan gi 3 Oktubre ha yulang meggai na guma' yan tronkon hayu gi "
                                   "songsong.", "Familia ni ma afekta: 1,956."]),
            ("2. Daño gi songsong", ["Guma' ni mayulang: 583."]),
            ("3. Empleao yan boluntario", ["Empleao yan boluntario ni manmacho'cho': 19.",
                                           "I Guam National Guard ha ayuda i ofisina gi gagåcha' i basula."]),
        ],
        ("4. Peligro siha", [("Peligro para chetnot ginen i hånom ni ti gasgas gi guma' siha: kumakahulo'.",
                              "Ma nå'i i taotao bottled water yan chlorine tablets."),
                             ("Peligro para dengue sa' meggai na hånom ni pa'go gi kanton guma': ma atatan.",
                              "Ma gagåcha' i goma yan i kosas ni gumuguåtdia hånom.")]),
    ),
}  # fmt: skip


def _form(language: str) -> bytes:
    header, sections, (risks, rows_of_risks) = FORMS[language]
    rows: list[list] = []
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for name, points in [*sections, (risks, None)]:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), "#d9d9d9")]
        rows.append([Paragraph(name, BOLD), "", ""])
        if points is None:
            rows.append([Paragraph(h, BOLD) for h in header])
            rows += [[str(n), Paragraph(r, CELL), Paragraph(m, CELL)] for n, (r, m) in enumerate(rows_of_risks, 1)]
            continue
        for n, point in enumerate(points, 1):
            style.append(("SPAN", (1, len(rows)), (2, len(rows))))
            rows.append([str(n), Paragraph(point, CELL), ""])
    table = Table(rows, colWidths=[25, 260, 200])
    table.setStyle(TableStyle(style))
    out = io.BytesIO()
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18)
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("VILLAGE TYPHOON SITUATION REPORT – No. 1", title), table])
    return out.getvalue()


@pytest.mark.parametrize("language", sorted(FORMS))
def test_each_band_heads_its_numbered_rows(language: str) -> None:
    _, sections, (risks, rows_of_risks) = FORMS[language]
    report = parse_bytes(_form(language), "form.pdf")[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections if s.heading]
    expected = [(name, [(p, None) for p in points]) for name, points in sections]
    assert got == [*expected, (risks, [(r, m or None) for r, m in rows_of_risks])]
