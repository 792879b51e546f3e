"""An Easy Read update: each point a row of a borderless table, a picture at the left and the sentence at the right;
a risk's cell holds the risk and then a paragraph opening with a bold lead saying what is done about it. The lead
opens the point's own second paragraph — the risk's mitigation —, never a heading; so does any bold lead opening a
second paragraph in a picture's row ("Remember: …"). The cover (the title, "Easy
Read", the update's number, day and council, a picture and the boxed note on what an Easy Read version is), the
"Hard words" glossary (each word in bold beside its meaning) and "Find out more" with its contacts are furniture.
Drawn by a browser engine from HTML (weasyprint) and by a report writer's tables (reportlab platypus); and a plain
list whose risk point has the lead paragraph set under it, at its text's indent, over the glossary drawn as rows."""

from __future__ import annotations

import io

import pytest
from pdf_sheets import BOLD, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes

SECTIONS = [
    ("What has happened", ["The river burst its banks on 2 March.", "Water got into 64 homes in the town."]),
    ("Roads", ["Six roads are closed."]),
    ("Things that could go wrong", ["The river could rise again if it rains a lot this week."]),
    ("What happens next", ["We will write the next update on 6 March."]),
]
LEAD = "What we are doing about it:"
MITIGATION = "We are putting flood barriers along the river."
GLOSSARY = [
    ("flood barriers", "Walls that stop water getting into homes."),
    ("sandbags", "Bags full of sand that keep water out."),
    ("Council", "The people who run services in our area."),
]
NOTE = "This is an Easy Read version of our flood update. Some words are in bold. We explain them at the end."
CONTACTS = ["Phone: 01632 960 411", "Text relay: 18001 01632 960 411", "Email: floods@riverside.example.gov.uk"]
RISK = SECTIONS[2][1][0]
# a second paragraph of a cell under a lead naming no part of a point: the row's picture makes it the point's
ROADS = SECTIONS[1][1][0]
REMEMBER = "<b>Remember:</b> never drive through flood water."


def _check(report: Report, cells: bool = False) -> None:
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    more = {RISK: f" {LEAD} {MITIGATION}", ROADS: " Remember: never drive through flood water." if cells else ""}
    want = [(h, [p + more.get(p, "") for p in points]) for h, points in SECTIONS]
    assert got == want
    assert [i.mitigation for i in report.items() if i.mitigation] == [MITIGATION]


# ---------------------------------------------------------------- HTML printed by a browser engine (weasyprint)


def _picture() -> str:
    return (
        '<div class="pic"><span style="left:0;top:2mm;width:30mm;height:24mm;background:#5aa9e6"></span>'
        '<span style="left:14mm;top:8mm;width:15mm;height:15mm;border-radius:8mm;background:#f2b705"></span></div>'
    )


def _html() -> bytes:
    from weasyprint import HTML

    def cell(text: str) -> str:
        second = {RISK: f"<b>{LEAD}</b> {MITIGATION}", ROADS: REMEMBER}.get(text)
        return f"<p>{text}</p><p>{second}</p>" if second else f"<p>{text}</p>"

    body = "".join(
        f"<h2>{h}</h2><table>"
        + "".join(f'<tr><td class="p">{_picture()}</td><td class="t">{cell(t)}</td></tr>' for t in points)
        + "</table>"
        for h, points in SECTIONS
    )
    words = "".join(f'<tr><td class="w">{w}</td><td>{m}</td></tr>' for w, m in GLOSSARY)
    contacts = "".join(f"<p>{c}</p>" for c in CONTACTS)
    style = (
        "@page{size:A4;margin:16mm;@bottom-center{content:counter(page)}} @page:first{@bottom-center{content:none}}"
        "body{font:16pt/1.5 'Liberation Sans'} h2{font:bold 26pt 'Liberation Sans';color:#1d5e8c;margin:10mm 0 4mm}"
        ".cover{page-break-after:always} .t1{font:bold 40pt 'Liberation Sans';color:#1d5e8c;margin:20mm 0 4mm}"
        ".er{display:inline-block;background:#1d5e8c;color:#fff;font:bold 20pt 'Liberation Sans';padding:3pt 12pt}"
        ".n{font-size:22pt} .big{width:80mm;height:60mm;background:#7bc67e;margin:30mm 0 14mm}"
        ".box{border:2.5pt solid #1d5e8c;padding:8pt 12pt} table{width:100%;border-collapse:collapse}"
        "td{vertical-align:middle;padding:3mm 0} tr{page-break-inside:avoid} td.p{width:46mm} td.t{padding-left:8mm}"
        "td.t p{margin:0 0 4pt} .pic{position:relative;width:36mm;height:30mm} .pic span{position:absolute}"
        ".glos td{vertical-align:top;padding:2mm 0} .glos td.w{width:50mm;font-weight:bold}"
    )
    html = (
        f"<html><head><style>{style}</style></head><body><div class='cover'><div class='t1'>Flood update</div>"
        "<span class='er'>Easy Read</span><p class='n'>Update number 4<br>3 March 2026<br>Riverside Council</p>"
        f"<div class='big'></div><div class='box'>{NOTE}</div></div>{body}"
        f"<h2>Hard words</h2><table class='glos'>{words}</table>"
        f"<h2>Find out more</h2><table><tr><td class='p'>{_picture()}</td><td class='t'>{contacts}</td></tr></table>"
        "</body></html>"
    )
    return HTML(string=html).write_pdf()


def test_an_easy_read_update_printed_from_html() -> None:
    pytest.importorskip("weasyprint")
    _check(parse_bytes(_html(), "easy-read.pdf")[0], cells=True)


# ---------------------------------------------------------------- a report writer's tables (reportlab platypus)


def _round_box() -> type:
    """A paragraph in the template's box with round corners, its outline one path."""
    from reportlab.platypus import Flowable

    class RoundBox(Flowable):
        def __init__(self, inner: Flowable, width: float) -> None:
            super().__init__()
            self.inner, self.width = inner, width

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            _w, h = self.inner.wrap(self.width - 24, avail_height)
            self.height = h + 16
            return self.width, self.height

        def draw(self) -> None:
            self.canv.setLineWidth(2.5)
            self.canv.roundRect(0, 0, self.width, self.height, 8, stroke=1, fill=0)
            self.inner.drawOn(self.canv, 12, 8)

    return RoundBox


def _platypus() -> bytes:
    from reportlab.graphics.shapes import Circle, Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    round_box = _round_box()
    text = ParagraphStyle("t", fontName="Helvetica", fontSize=16, leading=24, spaceAfter=4)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceBefore=24, spaceAfter=10)
    title = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=40, leading=48, spaceAfter=12)
    badge = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=20, leading=26, textColor=colors.white)
    issue = ParagraphStyle("n", fontName="Helvetica", fontSize=22, leading=30)

    def picture(big: float = 1.0) -> Drawing:
        d = Drawing(36 * mm * big, 30 * mm * big)
        d.add(Rect(0, 4 * mm * big, 30 * mm * big, 24 * mm * big, fillColor=colors.HexColor("#5aa9e6"), strokeWidth=0))
        d.add(Circle(22 * mm * big, 12 * mm * big, 8 * mm * big, fillColor=colors.HexColor("#f2b705")))
        return d

    def row_table(rows: list[list[object]], widths: tuple[float, float]) -> Table:
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        return t

    story: list[object] = [Spacer(1, 40), Paragraph("Flood update", title)]
    tag = Table([[Paragraph("Easy Read", badge)]], colWidths=[46 * mm])
    tag.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1d5e8c"))]))
    story += [tag, Spacer(1, 16), Paragraph("Update number 4<br/>3 March 2026<br/>Riverside Council", issue)]
    story += [Spacer(1, 80), picture(2.0), Spacer(1, 30)]
    box = round_box(Paragraph(NOTE, text), 170 * mm)
    story += [box, PageBreak()]
    for h, points in SECTIONS:
        rows: list[list[object]] = []
        for p in points:
            cell = [Paragraph(p, text)]
            if p == RISK:
                cell.append(Paragraph(f"<b>{LEAD}</b> {MITIGATION}", text))
            if p == ROADS:
                cell.append(Paragraph(REMEMBER, text))
            rows.append([picture(), cell])
        story += [Paragraph(h, head), row_table(rows, (46 * mm, 124 * mm))]
    contacts = Paragraph("<br/>".join(CONTACTS), text)
    story += [Paragraph("Find out more", head), row_table([[picture(), contacts]], (46 * mm, 124 * mm))]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm).build(story)
    return out.getvalue()


def test_an_easy_read_update_laid_out_in_a_report_writer_s_tables() -> None:
    _check(parse_bytes(_platypus(), "easy-read.pdf")[0], cells=True)


# ---------------------------------------------------------------- a plain list, the lead's paragraph under the point


def test_a_bold_lead_set_under_a_risk_point_at_its_text_s_indent_opens_its_mitigation() -> None:
    s = Sheet(size=11)
    s.line("Flood update 4, Riverside Council", font=BOLD, size=18)
    s.gap()
    for h, points in SECTIONS:
        s.heading(h)
        for p in points:
            s.text(s.left, s.y, "•")
            s.line(p, x=s.left + 18)
            if p == RISK:
                s.y -= 6  # the space after the point's paragraph
                x = s.text(s.left + 18, s.y, LEAD, BOLD)
                s.text(x + 3, s.y, MITIGATION)
                s.y -= s.lead
    # the glossary as a table without borders: each word in bold, what it means level with it at the right
    s.heading("Hard words")
    for word, meaning in GLOSSARY:
        s.text(s.left, s.y, word, BOLD)
        s.line(meaning, x=s.left + 110)
        s.gap(0.4)
    s.heading("Find out more")
    for contact in CONTACTS:
        s.line(contact, x=s.left + 110)
    _check(parse_bytes(s.pdf(), "update.pdf")[0])


def test_a_run_in_lead_naming_a_topic_still_heads_its_paragraph_under_a_point() -> None:
    s = Sheet(size=11)
    s.line("Flood update 4, Riverside Council", font=BOLD, size=18)
    s.gap()
    s.heading("Response")
    s.line("Crews pumped water out of 12 homes on Tuesday.")
    x = s.text(s.left, s.y, "Shelter:", BOLD)
    s.text(x + 3, s.y, "the leisure centre housed 40 people overnight.")
    s.y -= s.lead
    report = parse_bytes(s.pdf(), "update.pdf")[0]
    assert [s.heading for s in report.sections] == ["Response", "Shelter"]
