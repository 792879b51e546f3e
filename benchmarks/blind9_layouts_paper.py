"""More PDF writers of the ``blind9_layouts`` set: a scientific and technical advice cell's summary advice to the
strategic group (reportlab platypus: "OFFICIAL-SENSITIVE" at the head and foot of each page, the forum and the
cell's name over a details table, the key messages in a shaded box, then bold headings over paragraphs that
are numbered "1." to the end of the paper, across the headings, with a hanging indent, "Recommended action:"
inside a risk's paragraph, the organisations represented as bullets, "Page x of y") and a county council's
"latest updates" web page on flooding as a reader prints it from the browser (weasyprint: the browser's
date and time and the page title at the head of each sheet, the address and "1/3" at the foot, and the whole
page printed — skip link, site header, menu, breadcrumbs, the "Last updated" line, an emergency notice, the
"On this page" links, the sections, "Was this page helpful?", share links and the site's footer).
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

# ---------------------------------------------------------------- STAC summary advice

BOXED = "Key messages"
BULLETED = ("Organisations represented",)
INCIDENT = "Ferrybank waste site fire"


def pdf_stac(doc: Doc) -> bytes:
    """A4 portrait, as the cell's secretariat types it in Word and saves it as PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    pw, ph = A4
    margin = 56.0
    width = pw - 2 * margin
    when = report_day(doc)
    incident = INCIDENT
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=2),
        "org": ParagraphStyle("o", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4,
                            keepWithNext=1),
        "n": ParagraphStyle("n", fontName="Helvetica", fontSize=10, leading=13, leftIndent=24, bulletIndent=0,
                            spaceAfter=5),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=10, leading=13, leftIndent=14, bulletIndent=2,
                             spaceAfter=2),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=9, leading=11),
    }  # fmt: skip

    def story() -> list:
        details = [("Incident", incident), ("Meeting", f"STAC {doc.number}, {when:%A} {doc.date}, 14:00 (Teams)"),
                   ("Chair", "Consultant in Health Protection"), ("Version", f"{doc.number}.0 FINAL"),
                   ("Distribution", "Strategic Coordinating Group members; TCG chair")]  # fmt: skip
        grid = Table([[Paragraph(a, st["cellb"]), Paragraph(escape(b), st["cell"])] for a, b in details],
                     colWidths=[90, width - 90])  # fmt: skip
        grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))])  # fmt: skip
        out: list = [Paragraph(escape(doc.organisation), st["org"]),
                     Paragraph("Scientific and Technical Advice Cell (STAC)", st["title"]),
                     Paragraph("Summary advice to the Strategic Coordinating Group", st["org"]), grid]  # fmt: skip
        number = 0
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            if s.heading == BOXED:
                points = [Paragraph(escape(it.text), st["li"], bulletText="•") for it in s.items]
                box = Table([[points]], colWidths=[width])
                box.setStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E7EEF7")),
                              ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2F5597"))])  # fmt: skip
                out.append(box)
            elif s.heading in BULLETED:
                out += [Paragraph(escape(it.text), st["li"], bulletText="•") for it in s.items]
            else:
                for it in s.items:
                    number += 1  # the paper's paragraphs are numbered on across its headings
                    out.append(Paragraph(escape(it.text), st["n"], bulletText=f"{number}."))
        return [*out, Spacer(1, 12), Paragraph(f"Prepared by the STAC secretariat, {doc.organisation}", st["cell"])]

    def build(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(pw / 2, ph - 30, "OFFICIAL-SENSITIVE")
            c.drawCentredString(pw / 2, 24, "OFFICIAL-SENSITIVE")
            c.setFont("Helvetica", 7.5)
            c.drawString(margin, 38, f"STAC summary advice – {incident} – v{doc.number}.0")
            c.drawRightString(pw - margin, 38, f"Page {c.getPageNumber()} of {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=48,
                              bottomMargin=56, title=f"STAC summary advice {doc.number}", author="STAC secretariat",
                              invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    # the first pass counts the pages for "Page x of y"
    return build(build(0)[1])[0]


# ---------------------------------------------------------------- a web page printed from the browser

MENU = ("Bins and recycling", "Council tax", "Roads and travel", "Schools", "Housing", "Report it")
LEAD = "What we are doing:"
PARAGRAPHS = ("Current situation", "Areas at risk")


def pdf_browser_print(doc: Doc) -> bytes:
    """The council's page as a reader prints it from the browser with headers and footers on."""
    from weasyprint import HTML

    when = report_day(doc)
    council = doc.organisation
    host = "www." + council.split()[0].lower() + ".gov.uk"
    url = f"https://{host}/emergencies/flooding-latest-updates"
    title = f"Flooding: latest updates – {council}"
    links = "".join(f'<li><a href="#s{n}">{escape(s.heading)}</a></li>' for n, s in enumerate(doc.sections))
    body = []
    for n, s in enumerate(doc.sections):
        body.append(f'<h2 id="s{n}">{escape(s.heading)}</h2>')
        if s.heading in PARAGRAPHS:
            for it in s.items:
                text = escape(it.text, quote=False).replace(f" {LEAD} ", f" <strong>{LEAD}</strong> ")
                body.append(f"<p>{text}</p>")
        else:
            body.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
    menu = "".join(f"<li>{m}</li>" for m in MENU)
    stamp = f"{when:%d/%m/%Y}, 17:{30 + doc.number % 30:02d}"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
@page {{ size: A4; margin: 16mm 12mm 16mm 12mm;
  @top-left {{ content: "{stamp}"; font: 8pt sans-serif; }}
  @top-center {{ content: "{escape(title)}"; font: 8pt sans-serif; }}
  @bottom-left {{ content: "{url}"; font: 8pt sans-serif; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt sans-serif; }} }}
body {{ font-family: sans-serif; font-size: 11pt; color: #0b0c0c; }}
.skip {{ font-size: 9pt; }} header {{ background: #1d4f91; color: white; padding: 8px 14px; }}
header .logo {{ font-size: 18pt; font-weight: bold; }} header .search {{ float: right; font-size: 9pt; }}
nav.menu ul {{ list-style: none; padding: 0; margin: 4px 0; }} nav.menu li {{ display: inline; margin-right: 14px;
  font-size: 9.5pt; color: #1d4f91; text-decoration: underline; }}
.crumbs {{ font-size: 9pt; color: #505a5f; }} h1 {{ font-size: 22pt; margin: 8px 0 2px; }}
.updated {{ color: #505a5f; font-size: 9.5pt; }} .alert {{ border-left: 6px solid #d4351c; padding: 6px 10px;
  background: #fdf0ee; }} h2 {{ font-size: 15pt; margin: 16px 0 4px; }}
.onpage {{ font-size: 10pt; }} .feedback {{ border-top: 2px solid #1d4f91; margin-top: 18px; font-size: 10pt; }}
footer {{ background: #f3f2f1; font-size: 8.5pt; padding: 8px; margin-top: 10px; }}
</style></head><body>
<p class="skip">Skip to main content</p>
<header><span class="logo">{escape(council)}</span><span class="search">Search this site</span></header>
<nav class="menu"><ul>{menu}</ul></nav>
<p class="crumbs">Home › Emergencies › Flooding: latest updates</p>
<h1>Flooding: latest updates</h1>
<p class="updated">Last updated: {doc.date} at 16:45</p>
<div class="alert"><strong>If you are in immediate danger, call 999.</strong> To report flooding on a road, call our
out of hours line on 01632 960 999.</div>
<nav class="onpage"><strong>On this page</strong><ul>{links}</ul></nav>
{chr(10).join(body)}
<div class="feedback"><p><strong>Was this page helpful?</strong> Yes / No</p>
<p>Share this page: Facebook · X · Email</p></div>
<footer><p>Accessibility · Contact us · Cookies · Privacy notice · Jobs · Newsroom</p>
<p>© {when:%Y} {escape(council)}</p></footer>
</body></html>"""
    return HTML(string=html, base_url=f"https://{host}/").write_pdf()
