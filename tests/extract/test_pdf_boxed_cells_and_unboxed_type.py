"""A sheet printed to PDF that draws each cell as a box of its own, and Chinese or Japanese type the reader
supplies (a font not embedded, whose glyphs have no height).

- A table of figures whose cells are outlined boxes (no strokes of their own) is a table however few its rows:
  its cells go to ``tables``, not items, in Latin type and in Japanese type.
- Lines of type with no height that pdfium gives no rectangle of their own are read from their characters: a
  table's header under a point is never glued onto the point. A line of such type with figures in it keeps its
  type's size, though only the figures gave it height: it is no small print on a later page.
- The issue's number boxed over the title ("第2報", "No. 5") numbers the report; the line under it names it.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))

LATIN = {
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "mark": "No. 5",
    "title": "Flood situation report",
    "heading": "Damage",
    "points": ["312 homes were flooded above floor level.", "1,054 homes were flooded below floor level."],
    "groups": [("People", ["Dead", "Missing", "Injured"]), ("Homes", ["Destroyed", "Flooded", "Damaged"])],
    "next": "Response",
    "after": ["Pumps are draining the flooded streets."],
}
JAPANESE = {
    "font": "HeiseiMin-W3",
    "bold": "HeiseiKakuGo-W5",
    "mark": "第5報",
    "title": "令和7年7月大雨に係る被害状況等について（第5報）",
    "heading": "■ 被害の状況",
    "points": ["床上浸水312棟。", "床下浸水1,054棟。"],
    "groups": [("人的被害（人）", ["死者", "行方不明", "重傷"]), ("住家被害（棟）", ["全壊", "半壊", "一部損壊"])],
    "next": "■ 市の対応状況",
    "after": ["排水ポンプ車により浸水地区の排水作業を実施中である。"],
}


def _bold(c: canvas.Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Bold as a sheet prints a font that has no bold: the letters stroked as well as filled."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setTextRenderMode(2)
    t.textOut(text)
    t.setTextRenderMode(0)
    c.drawText(t)


def _sheet(lang: dict) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setLineWidth(0.6)
    c.rect(440, 780, 90, 30)
    c.setFont(lang["bold"], 16)
    c.drawString(452, 789, lang["mark"])
    c.setFont(lang["bold"], 14)
    c.drawString(70, 740, lang["title"])
    y = 690
    _bold(c, 60, y, lang["heading"], lang["bold"], 11)
    c.setFont(lang["font"], 11)
    for p in lang["points"]:
        y -= 18
        c.drawString(75, y, "・" if lang is JAPANESE else "•")
        c.drawString(90, y, p)
    y -= 34
    x, w, h = 60.0, 45.0, 17.0
    # two header rows (a group over its columns), then the row of figures, each cell its own box
    for group, cols in lang["groups"]:
        c.rect(x, y, w * len(cols), h)
        c.setFont(lang["bold"], 9)
        c.drawString(x + 8, y + 5, group)
        for k, col in enumerate(cols):
            c.rect(x + k * w, y - h, w, h)
            c.setFont(lang["bold"], 8)
            c.drawString(x + k * w + 8, y - h + 5, col)
            c.rect(x + k * w, y - 2 * h, w, h)
            c.setFont(lang["font"], 9.5)
            c.drawRightString(x + (k + 1) * w - 4, y - 2 * h + 5, str((k * 7 + 3) % 10) if k else "0")
        x += w * len(cols)
    y -= 2 * h + 40
    _bold(c, 60, y, lang["next"], lang["bold"], 11)
    c.setFont(lang["font"], 11)
    for p in lang["after"]:
        y -= 18
        c.drawString(75, y, "・" if lang is JAPANESE else "•")
        c.drawString(90, y, p)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", [LATIN, JAPANESE], ids=["latin", "japanese"])
def test_a_table_of_boxed_cells_is_a_table_and_no_point(lang) -> None:
    report = parse_bytes(_sheet(lang), "sheet.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    # the points stand as printed, the header under them glued to none, and no cell is a point
    assert all(p in items for p in [*lang["points"], *lang["after"]]), items
    cells = {g for g, _ in lang["groups"]} | {c for _, cols in lang["groups"] for c in cols}
    assert not [t for t in items if any(c in t for c in cells) or t.replace(" ", "").isdigit()], items
    assert report.tables and any("data table cells" in w for w in report.warnings)


@pytest.mark.parametrize("lang", [LATIN, JAPANESE], ids=["latin", "japanese"])
def test_the_boxed_issue_number_numbers_the_report_and_the_line_under_it_names_it(lang) -> None:
    report = parse_bytes(_sheet(lang), "sheet.pdf")[0]
    assert (report.title, report.number) == (lang["title"], 5)


def test_a_cell_drawn_as_an_outlined_box_gives_its_sides_as_borders() -> None:
    import pypdfium2 as pdfium

    from sitroom.extract.pdf.chars import read_runs
    from sitroom.extract.pdf.reader import cell_borders, page_objects

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(60, 500, 45, 17)  # a cell outlined, its figure in it
    c.setFont("Helvetica", 9)
    c.drawRightString(101, 505, "1,054")
    c.rect(60, 400, 45, 17)  # a chart's bar outlined, nothing written in it
    c.rect(60, 300, 45, 17, stroke=0, fill=1)  # a filled swatch, no border
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    tp = page.get_textpage()
    *_, rules, _, _, hsegs, vsegs, outlined, _, _, paint = page_objects(page, True)
    cell_borders(outlined, read_runs(tp), rules, hsegs, vsegs, paint)
    tp.close()
    page.close()
    pdf.close()
    assert len(outlined) == 2
    # the box's bounds take in half its stroke
    assert [y for *_, y in sorted(hsegs, key=lambda s: s[2])] == pytest.approx([500, 517], abs=1)
    assert [x for x, *_ in sorted(vsegs)] == pytest.approx([60, 105], abs=1)
    assert sorted(rules) == pytest.approx([500, 517], abs=1)  # its top and bottom rule the row it holds


def test_a_line_of_unboxed_type_with_figures_keeps_its_size_and_stays_on_a_later_page() -> None:
    # only the figures give such a line its height: its size is still its type's, so no later page's point is
    # taken for small print
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    pages = [("■ 被害の状況", "床上浸水312棟。"), ("● 災害対応経費", "災害対応に要した経費807,000千円。")]
    for heading, point in pages:
        _bold(c, 60, 780, heading, "HeiseiKakuGo-W5", 11)
        c.setFont("HeiseiMin-W3", 11)
        c.drawString(90, 760, point)
        c.drawString(90, 740, "予備費の充用について財政課と協議中である。")
        c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "sheet.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert "災害対応に要した経費807,000千円。" in items, items
