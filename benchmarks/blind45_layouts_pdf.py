"""PDF writers of the ``blind45_layouts`` set drawn with reportlab (the pages flowed as the tool flows them).

An Irish port company's pollution incident report after an oil spill in the harbour, as the Harbour Master's office
sets it in its report template: the company's name and "Pollution Incident" at the head of every page with a rule,
"Page 1 of 3" and the office's address at every foot, the title and the "Issued …" line, each section's name a bold
navy heading, the summary as paragraphs, the other points after "•", and the risk register as a table drawn with
ruling lines (Risk | Likelihood | Impact | Mitigation | Owner): each risk's row holds its mitigation in the
Mitigation cell, the ratings in words, the owner's post; the register follows the impacts, runs over a page break
(the day's harbour chart of the booms and the oil seen, with its figure caption, stands above it after the
incident's status) and its header row is printed again at the top of the next page. "€3,400", "€1.25m",
"16 March", "(last report: 5)".

A Friulian mountain community's windstorm newsletter, in Friulian, laid out in two columns as a newsletter is: the
masthead band across the top of the first page ("Bolletin dal fortunâl", the community, "Protezion civîl", the
number and the date), the text flowing down the first column and on into the second (over the page where it runs
longer, under a running head), the second column opening under a shaded "Il fortunâl in numars" box of four big
figures and the free number, a picture with its caption after the summary, each section's name in green bold
capitals, the summary as a bold lead paragraph, the other points as justified paragraphs after "•", "Misuris:" in
bold inside a risk's point, the operations centre's telephone and address and "pagjine 1" at the foot. "3.400 €",
"1,25 milions di €", "1.250", "12%", "16 di novembar", "(bolletin precedent: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_banks_new import FORTUNAL
from blind45_layouts_banks_other import PORTS
from blind45_layouts_content import FUR_MONTHS, count, group, parts
from council_layouts_gold import Doc

LIB = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"


def fonts() -> None:
    """Liberation Sans (Arial's metrics) as "Sans", with its bold, italic and bold italic."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Sans" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (("Sans", "Regular"), ("Sans-Bold", "Bold"), ("Sans-Italic", "Italic"),
                       ("Sans-BoldItalic", "BoldItalic")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, LIB.format(file)))
    addMapping("Sans", 0, 0, "Sans")
    addMapping("Sans", 1, 0, "Sans-Bold")
    addMapping("Sans", 0, 1, "Sans-Italic")
    addMapping("Sans", 1, 1, "Sans-BoldItalic")


def point(item, lang: str) -> str:
    """A point's text as reportlab markup, the mitigation's lead in bold."""
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- a port company's report, its register ruled

LIKELY = ("Possible", "Likely", "Likely", "Almost certain")
IMPACT = ("Moderate", "Major", "Major", "Severe")
OWNERS = ("Harbour Master", "Environment Officer", "Marine Operations Manager", "Deputy Harbour Master",
          "Port Engineer", "Commercial Manager", "Health and Safety Manager")  # fmt: skip
ADDRESSES = ("Harbour Master's Office, Custom House Quay, Cork T12 CY88", "Harbour Master's Office, Foynes Port, "
             "Co. Limerick V94 P6W2", "Harbour Master's Office, The Harbour Centre, Drogheda A92 TN8C",
             "Harbour Master's Office, New Docks, Galway H91 EYF5")  # fmt: skip


def _chart(width: float, height: float):
    """The harbour chart of the day: the shore, the channel, the booms (red) and the oil seen (grey patches)."""
    from reportlab.graphics.shapes import Drawing, Ellipse, Polygon, PolyLine, Rect
    from reportlab.lib.colors import HexColor

    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=HexColor("#d6e9f5"), strokeColor=HexColor("#7f7f7f")))
    d.add(Polygon([0, height, 0, height * 0.55, width * 0.25, height * 0.62, width * 0.45, height * 0.8,
                   width * 0.7, height * 0.7, width, height * 0.85, width, height], fillColor=HexColor("#e8e1c9"),
                  strokeColor=HexColor("#8c7b4a")))  # fmt: skip
    d.add(Polygon([0, 0, 0, height * 0.2, width * 0.3, height * 0.15, width * 0.6, height * 0.25, width, height * 0.1,
                   width, 0], fillColor=HexColor("#e8e1c9"), strokeColor=HexColor("#8c7b4a")))  # fmt: skip
    d.add(PolyLine([width * 0.2, height * 0.6, width * 0.35, height * 0.45, width * 0.5, height * 0.72],
                   strokeColor=HexColor("#d00000"), strokeWidth=2.5))  # fmt: skip
    d.add(PolyLine([width * 0.62, height * 0.69, width * 0.75, height * 0.5, width * 0.9, height * 0.8],
                   strokeColor=HexColor("#d00000"), strokeWidth=2.5))  # fmt: skip
    for x, y, r in ((0.33, 0.55, 18), (0.42, 0.6, 12), (0.78, 0.62, 15), (0.55, 0.35, 9)):
        d.add(Ellipse(width * x, height * y, r * 1.6, r, fillColor=HexColor("#6e6e6e"), strokeColor=None))
    return d


def pdf_ruled_register_ie(doc: Doc) -> bytes:
    """The Harbour Master's report with its risk register a ruled table across a page break."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts()
    navy = HexColor("#0b3a5d")
    when = report_day(doc)
    k = PORTS.organisations.index(doc.organisation)
    base = ParagraphStyle("b", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=5)
    bullet = ParagraphStyle("u", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3)
    head = ParagraphStyle("h", parent=base, fontName="Sans-Bold", fontSize=12, leading=15, spaceBefore=10,
                          spaceAfter=5, textColor=navy, keepWithNext=True)  # fmt: skip
    loose = ParagraphStyle("hr", parent=head, keepWithNext=False)
    title = ParagraphStyle("t", parent=base, fontName="Sans-Bold", fontSize=16, leading=20, textColor=navy)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    caption = ParagraphStyle("f", parent=base, fontName="Sans-Italic", fontSize=8.5, leading=11, spaceBefore=3)
    th = ParagraphStyle("th", parent=cell, fontName="Sans-Bold", textColor=HexColor("#ffffff"))

    def story() -> list:
        flows: list = [
            Paragraph(f"Pollution Incident Situation Report No. {doc.number}", title),
            Paragraph(f"Issued {when.day} {when:%B %Y} at 18:00 by the Harbour Master", base),
            Spacer(1, 4),
        ]
        for s in doc.sections:
            # the register's heading is not kept with the table, which would move the table whole to the next page
            flows.append(Paragraph(escape(s.heading), loose if s.risks else head))
            if s.risks:
                rows = [[Paragraph(x, th) for x in ("Risk", "Likelihood", "Impact", "Mitigation", "Owner")]]
                for i, it in enumerate(s.items):
                    rows.append([Paragraph(escape(it.body), cell), Paragraph(LIKELY[it.level], cell),
                                 Paragraph(IMPACT[it.level], cell), Paragraph(escape(it.mitigation or "–"), cell),
                                 Paragraph(OWNERS[(i + k) % len(OWNERS)], cell)])  # fmt: skip
                t = Table(rows, colWidths=[56 * mm, 21 * mm, 18 * mm, 55 * mm, 24 * mm], repeatRows=1)
                t.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.6, HexColor("#4d4d4d")),
                            ("BACKGROUND", (0, 0), (-1, 0), navy),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                        ]
                    )
                )
                flows.append(t)
                continue
            for it in s.items:
                if s.key == "highlights":
                    flows.append(Paragraph(escape(it.text), base))
                else:
                    flows.append(Paragraph(point(it, "ie"), bullet, bulletText="•"))
            if s.key == "situation":
                flows += [
                    Spacer(1, 4),
                    _chart(174 * mm, 84 * mm),
                    Paragraph(f"Figure 1: Booms and oil sightings, {when.day} {when:%B} at 16:00", caption),
                ]
        return flows

    pages = [0]

    def furniture(c, d) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 9)
        c.setFillColor(navy)
        c.drawString(18 * mm, A4[1] - 13 * mm, doc.organisation)
        c.setFont("Sans", 9)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 13 * mm, "Pollution Incident")
        c.setStrokeColor(navy)
        c.line(18 * mm, A4[1] - 15 * mm, A4[0] - 18 * mm, A4[1] - 15 * mm)
        c.setFont("Sans", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawString(18 * mm, 10 * mm, ADDRESSES[k])
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {d.page} of {pages[0] or d.page}")
        c.restoreState()

    for _ in range(2):  # the second pass knows how many pages there are
        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
                              bottomMargin=18 * mm, title=doc.title, author="Harbour Master",
                              creator="Microsoft® Word for Microsoft 365")  # fmt: skip
        d.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = d.page
    return buf.getvalue()


# ---------------------------------------------------------------- a mountain community's newsletter, two columns

GREEN = "#2e6b30"
SITES = ("cjargne", "friulcentrale", "glemonas", "nadison")


def _box(doc: Doc, width: float, height: float):
    """The shaded "Il fortunâl in numars" box: four big figures with their words, and the free number."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    figures = (
        (count(doc, ("cuviert",), 12), "cjasis cul cuviert ruvinât"),
        (count(doc, ("ettars",), 340), "ettars di bosc butâts jù"),
        (count(doc, ("volontaris de",), 85), "volontaris in servizi"),
        (count(doc, ("cence lûs",), 120), "fameis cence lûs"),
    )

    class Box(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            c = self.canv
            c.setFillColor(HexColor("#e6efe0"))
            c.setStrokeColor(HexColor(GREEN))
            c.rect(0, 0, width, height, fill=1, stroke=1)
            c.setFillColor(HexColor(GREEN))
            c.setFont("Sans-Bold", 10.5)
            c.drawString(8, height - 16, "IL FORTUNÂL IN NUMARS")
            for i, (n, words) in enumerate(figures):
                y = height - 46 - i * 36
                c.setFont("Sans-Bold", 20)
                c.drawString(8, y, group(n, "."))
                c.setFont("Sans", 8.5)
                c.setFillColor(HexColor("#333333"))
                c.drawString(8, y - 11, words)
                c.setFillColor(HexColor(GREEN))
            c.setFont("Sans-Bold", 8.5)
            c.drawString(8, 10, "Numar verd: 800 500 300")

    return Box()


def _picture(width: float, caption: str, style):
    """A photograph's place (grey, with the outline of hills and felled trunks) and its caption in italics."""
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    d = Drawing(width, 92)
    d.add(Rect(0, 0, width, 92, fillColor=HexColor("#9aa79a"), strokeColor=None))
    d.add(Polygon([0, 30, width * 0.3, 78, width * 0.6, 40, width, 70, width, 0, 0, 0], fillColor=HexColor("#56704f"),
                  strokeColor=None))  # fmt: skip
    for i in range(9):
        x = 8 + i * (width - 44) / 8
        d.add(Line(x, 12 + i % 3 * 4, x + 28, 20 + i % 4 * 3, strokeColor=HexColor("#3b2f24"), strokeWidth=3))
    return [d, Paragraph(caption, style)]


def pdf_newsletter_columns_fur(doc: Doc) -> bytes:
    """The community's newsletter in two columns, the numbers box at the head of the first page's second column."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

    fonts()
    when = report_day(doc)
    k = FORTUNAL.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} di {FUR_MONTHS[when.month - 1]} {when.year}"
    pw, ph = A4
    margin, gap = 15 * mm, 7 * mm
    col = (pw - 2 * margin - gap) / 2
    band = 42 * mm
    boxh = 190
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=5, alignment=TA_JUSTIFY)
    lead = ParagraphStyle("l", parent=body, fontName="Sans-Bold", fontSize=10, leading=13)
    bullet = ParagraphStyle("u", parent=body, leftIndent=9, bulletIndent=0, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName="Sans-Bold", fontSize=10.5, leading=13, spaceBefore=8,
                          spaceAfter=4, textColor=HexColor(GREEN), keepWithNext=True, alignment=0)  # fmt: skip
    caption = ParagraphStyle("c", parent=body, fontName="Sans-Italic", fontSize=7.5, leading=9, spaceBefore=2,
                             textColor=HexColor("#555555"), alignment=0)  # fmt: skip
    flows: list = []
    for n, s in enumerate(doc.sections):
        flows.append(Paragraph(escape(s.heading), head))
        for it in s.items:
            if s.key == "highlights":
                flows.append(Paragraph(escape(it.text), lead))
            else:
                flows.append(Paragraph(point(it, "fur"), bullet, bulletText="•"))
        if n == 0:
            flows += _picture(col, f"I arbui butâts jù dal vint parsore {doc.organisation.split()[-1]} "
                                   "(Foto: Protezion civîl)", caption)  # fmt: skip
            flows.append(Spacer(1, 6))

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor(HexColor(GREEN))
        c.rect(0, ph - band, pw, band, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Sans-Bold", 26)
        c.drawString(margin, ph - 20 * mm, "Bolletin dal fortunâl")
        c.setFont("Sans", 10.5)
        c.drawString(margin, ph - 28 * mm, f"{doc.organisation} · Protezion civîl")
        c.drawString(margin, ph - 34 * mm, f"N. {doc.number} · {day}")
        c.setFont("Sans", 8)
        c.drawRightString(pw - margin, ph - 34 * mm, f"www.{SITES[k]}.comunitats.fvg.it")
        c.restoreState()
        foot(c, d)

    def later(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.setFillColor(HexColor(GREEN))
        c.drawString(margin, ph - 11 * mm, f"Bolletin dal fortunâl · N. {doc.number} · {day}")
        c.setStrokeColor(HexColor(GREEN))
        c.line(margin, ph - 13 * mm, pw - margin, ph - 13 * mm)
        c.restoreState()
        foot(c, d)

    def foot(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(HexColor("#666666"))
        c.drawString(margin, 9 * mm, f"Centri operatîf: 0433 {h % 90000 + 10000} · protezion@{SITES[k]}.fvg.it")
        c.drawRightString(pw - margin, 9 * mm, f"pagjine {d.page}")
        c.restoreState()

    top = ph - band - 6 * mm
    bottom = 15 * mm
    frames1 = [Frame(margin, bottom, col, top - bottom, id="c1", leftPadding=0, rightPadding=0),
               Frame(margin + col + gap, bottom, col, top - bottom - boxh - 8, id="c2", leftPadding=0,
                     rightPadding=0)]  # fmt: skip
    frames2 = [Frame(margin + i * (col + gap), bottom, col, ph - 17 * mm - bottom, id=f"d{i}", leftPadding=0,
                     rightPadding=0) for i in range(2)]  # fmt: skip
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=A4, title=doc.title, author="Protezion civîl", creator="Scribus 1.6.1")

    def box_on_first(c, dd) -> None:
        first(c, dd)
        bx = _box(doc, col, boxh)
        bx.wrapOn(c, col, boxh)
        bx.drawOn(c, margin + col + gap, top - boxh)

    d.addPageTemplates([PageTemplate("first", frames1, onPage=box_on_first, autoNextPageTemplate="later"),
                        PageTemplate("later", frames2, onPage=later)])  # fmt: skip
    d.build(flows)
    return buf.getvalue()
