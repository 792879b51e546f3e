"""PDF writers of the ``blind15_layouts`` set: the IFRC's "DREF Operation Update" of a national society's flood
response (the IFRC's red mark and "DREF Operation Update" over a grid of the appeal's details, "Operation update
#2", the event's description, a Needs table of the people in need and targeted per sector under its italic caption,
then under "Detailed Operational Plan" each sector a sub-heading in red over a grey Budget / Targeted persons strip
and an Indicator | Target | Actual table, the progress as paragraphs, the risks a Risk | Mitigation action table
under "Operational Risk Assessment", the contact information block, "Page 1 of 3" in the footer; "1,250", "CHF
3,400", "11 March") and a US state health department's weekly "Measles Outbreak Update" as a landscape dashboard (a
navy band with the department and "Updated Friday, February 21, 2025", a row of four KPI boxes of cases,
hospitalizations, deaths and counties, then the sections in three columns under navy headings with "•" points,
"Current mitigation:" in bold inside a risk's point, a Cases by county table, the data note, the web address and
"Page 1 of 1" in the footer; "1,250", "12%", "February 21").
"""

from __future__ import annotations

import io
from html import escape

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind11_layouts_pdf import _two_pass
from blind14_layouts_pdf import _count, _split
from council_layouts_gold import Doc

US_LEAD = "Current mitigation:"
IFRC_RED = "#ED1B2E"
NAVY = "#13294B"
COUNTIES = (("Gaines", 0.55), ("Terry", 0.2), ("Dawson", 0.1), ("Lubbock", 0.08), ("Yoakum", 0.07))


def _footer(text: str, pages: list[int], landscape: bool = False):
    def draw(canvas, d) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(36, 20, text)
        canvas.drawRightString(d.pagesize[0] - 36, 20, f"Page {canvas.getPageNumber()} of {max(pages[0], 1)}")
        canvas.restoreState()

    return draw


# ---------------------------------------------------------------- IFRC DREF operation update


def pdf_dref_ifrc(doc: Doc) -> bytes:
    """The DREF operation update as the IFRC's regional office publishes it for the national society."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    when = report_day(doc)
    country = doc.organisation.replace(" Red Cross Society", "")
    red = colors.HexColor(IFRC_RED)
    st = {
        "mark": ParagraphStyle("m", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=red),
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName="Helvetica", fontSize=12, leading=15, spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3,
                             textColor=red),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10),
        "small": ParagraphStyle("sm", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=2),
    }  # fmt: skip
    code = f"MDR{country[:2].upper()}0{19 + len(country) % 7}"

    def grid(rows, widths, head=True):
        t = Table([[Paragraph(escape(str(c)), st["cell"]) for c in r] for r in rows], colWidths=widths)
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
        t.setStyle(TableStyle(style))
        return t

    def make(pages: int):
        hh = _count(doc, ("displaced",), 2400)
        out = [Paragraph("+C IFRC &nbsp; International Federation of Red Cross and Red Crescent Societies",
                         st["mark"]), Spacer(1, 6),
               Paragraph("DREF Operation Update", st["title"]),
               Paragraph(f"{escape(country)} | {escape(doc.service)}", st["sub"]),
               grid([("Appeal:", code, "Country:", country, "Hazard:", "Flood"),
                     ("Operation update #:", str(doc.number), "Date of issue:", f"{when.day} {when:%B %Y}",
                      "Glide number:", f"FL-{when.year}-000041-{country[:3].upper()}"),
                     ("DREF allocation:", "CHF 312,456", "People targeted:", f"{hh * 5:,}",
                      "Operation end date:", f"30 June {when.year}")],
                    [70, 70, 70, 90, 80, 120], head=False)]  # fmt: skip
        plan = False
        for s in doc.sections:
            if s.level == 1 and not s.items and not s.risks:  # the parent: the plan's heading
                out.append(Paragraph(escape(s.heading), st["h1"]))
                plan = True
                continue
            out.append(Paragraph(escape(s.heading), st["h2" if s.level == 2 else "h1"]))
            if s.risks:
                rows = [("Risk", "Mitigation action")] + [(it.body, it.mitigation or "–") for it in s.items]
                out.append(grid(rows, [230, 270]))
                continue
            if s.level == 2:
                n = 600 + 37 * len(s.heading)
                out.append(grid([(f"Budget: CHF {n * 41:,}", f"Targeted persons: {n * 3:,}")], [250, 250],
                                head=False))  # fmt: skip
                out.append(grid([("Indicator", "Target", "Actual"),
                                 (f"# of people reached ({s.heading.split(',')[0].lower()})", f"{n * 3:,}",
                                  f"{n * 2:,}")], [300, 100, 100]))  # fmt: skip
                out.append(Paragraph("<b>Progress towards outcome</b>", st["small"]))
            for it in s.items:
                out.append(Paragraph(escape(it.text), st["p"]))
            if s.key == "situation" and not plan:
                out.append(Paragraph("<i>Table 1: Needs – people in need and targeted by sector</i>", st["small"]))
                out.append(grid([("Sector", "People in need", "People targeted"),
                                 ("Shelter", f"{hh * 5:,}", f"{hh * 2:,}"), ("WASH", f"{hh * 6:,}", f"{hh * 3:,}"),
                                 ("Health", f"{hh * 5:,}", f"{hh * 2:,}")], [200, 150, 150]))  # fmt: skip
        out += [Paragraph("Contact information", st["h1"]),
                Paragraph("For further information, specifically related to this operation please contact:",
                          st["small"]),
                Paragraph(f"<b>At the {escape(doc.organisation)}:</b> Secretary General, sg@redcross.example.org",
                          st["small"]),
                Paragraph("<b>At the IFRC:</b> Head of Delegation, Southern Africa Cluster, dref.ops@ifrc.example.org",
                          st["small"]),
                Paragraph("<i>Reference documents: Emergency Plan of Action (EPoA), Operation Update #1</i>",
                          st["small"])]  # fmt: skip
        count = [pages]
        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=48, rightMargin=48, topMargin=40, bottomMargin=40,
                              title=f"DREF Operation Update {code}")  # fmt: skip
        footer = _footer(f"DREF Operation Update {code} – {country} {doc.service}", count)
        d.build(out, onFirstPage=footer, onLaterPages=footer)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- US state measles outbreak dashboard


def pdf_measles_us(doc: Doc) -> bytes:
    """The state health department's weekly measles update, laid out like its web dashboard."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

    pw, ph = landscape(letter)
    when = report_day(doc)
    navy = colors.HexColor(NAVY)
    st = {
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=2,
                            textColor=navy),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=8.5, leading=10.5, leftIndent=9, bulletIndent=0,
                             spaceAfter=2.5),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=7.5, leading=9),
    }  # fmt: skip
    cases = _count(doc, ("confirmed cases",), 120)
    kpis = (("Confirmed cases", f"{cases:,}"), ("Hospitalized", figure(doc, ("hospitalized",))[0]),
            ("Deaths", "0"), ("Counties with cases", figure(doc, ("counties have",))[0]))  # fmt: skip
    top = ph - 36 - 58 - 70

    def page(canvas, d) -> None:
        canvas.saveState()
        canvas.setFillColor(navy)
        canvas.rect(0, ph - 58, pw, 58, fill=1, stroke=0)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(36, ph - 30, f"Measles Outbreak – {when.year}")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(36, ph - 46, doc.organisation)
        canvas.drawRightString(pw - 36, ph - 30, f"Updated {when:%A}, {when:%B} {when.day}, {when.year}")
        if canvas.getPageNumber() == 1:
            w = (pw - 72 - 3 * 12) / 4
            for k, (label, value) in enumerate(kpis):
                x = 36 + k * (w + 12)
                canvas.setFillColor(colors.HexColor("#E8EEF7"))
                canvas.roundRect(x, ph - 128, w, 58, 6, fill=1, stroke=0)
                canvas.setFillColor(navy)
                canvas.setFont("Helvetica-Bold", 22)
                canvas.drawCentredString(x + w / 2, ph - 102, value)
                canvas.setFont("Helvetica", 8.5)
                canvas.drawCentredString(x + w / 2, ph - 120, label)
        canvas.setFont("Helvetica", 7)
        canvas.setFillGray(0.35)
        canvas.drawString(
            36,
            18,
            "Data are provisional and subject to change. Cases are counted by the date "
            "reported to the department. | health.example.gov/measles",
        )
        canvas.drawRightString(pw - 36, 18, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    story = []
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["h"]))
        for it in s.items:
            html = escape(it.text, quote=False).replace(f" {US_LEAD} ", f" <b>{US_LEAD}</b> ")
            story.append(Paragraph(html, st["li"], bulletText="•"))
        if s.key == "situation":
            split = _split(cases, COUNTIES)
            rows = [("County", "Cases")] + [(c, f"{n:,}") for (c, _), n in zip(COUNTIES, split, strict=True)]
            rows.append(("Total", f"{cases:,}"))
            t = Table([[Paragraph(x, st["cell"]) for x in r] for r in rows], colWidths=[110, 60])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7"))]))  # fmt: skip
            story.append(t)
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=(pw, ph), leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36,
                        title=f"Measles Outbreak Update {doc.number}")  # fmt: skip
    cw = (pw - 72 - 2 * 18) / 3
    first = [Frame(36 + k * (cw + 18), 32, cw, top - 32, id=f"a{k}") for k in range(3)]
    later = [Frame(36 + k * (cw + 18), 32, cw, ph - 70 - 32, id=f"b{k}") for k in range(3)]
    d.addPageTemplates([PageTemplate("first", first, onPage=page, autoNextPageTemplate="later"),
                        PageTemplate("later", later, onPage=page)])  # fmt: skip
    d.build(story)
    return buf.getvalue()
