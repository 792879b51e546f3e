"""PDF writers of the ``blind9_layouts`` set: a recovery programme office's one-page weekly highlight report
(reportlab platypus: a header band with the programme, the period and the report number, the summary beside a
RAG status box of overall, schedule, budget, resources and scope, then "Achievements this period" and
"Planned next period" side by side in one ruled table, the risks and issues as an ID | Type | Description |
Mitigation | Owner | RAG table, the budget and the decisions asked of the board, a footer) and a humanitarian
coordination office's flash update (a blue title band with the crisis, "Flash Update No. 3" and "As of …";
the highlights beside a key figures panel; capitals headings in the office's blue; the cluster responses as
bold sub-headings under "HUMANITARIAN RESPONSE"; a contact block at the end and the office's tagline and
page number at the foot).
"""

from __future__ import annotations

import io
from html import escape

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from council_layouts_gold import OWNERS, RAG, Doc

RAG_FILL = {"Green": "#2E7D32", "Amber": "#F9A825", "Red": "#C62828"}


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    return {
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=8.8, leading=11, spaceAfter=3),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=8.8, leading=11, leftIndent=10, bulletIndent=1,
                             spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8, leading=10),
    }  # fmt: skip


def _bullets(items, st) -> list:
    from reportlab.platypus import Paragraph

    return [Paragraph(escape(it.text), st["li"], bulletText="•") for it in items]


# ---------------------------------------------------------------- the highlight report


def pdf_highlight_report(doc: Doc) -> bytes:
    """A4 portrait, one page, as a programme office's template prints it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    pw, ph = A4
    margin = 30.0
    width = pw - 2 * margin
    when = report_day(doc)
    navy = colors.HexColor("#1F3864")
    by = {s.key: s for s in doc.sections}
    overall = RAG[max((it.level for s in doc.sections if s.risks for it in s.items), default=0)]

    def page(c, _d) -> None:
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, ph - 78, pw, 78, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(margin, ph - 36, doc.service)
        c.setFont("Helvetica", 10)
        c.drawString(margin, ph - 54, f"Weekly highlight report  |  {doc.organisation}")
        c.drawRightString(pw - margin, ph - 36, f"Report no. {doc.number}")
        c.drawRightString(pw - margin, ph - 54, f"Period ending {when:%A} {doc.date}")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, 18, f"{doc.service} – highlight report – OFFICIAL")
        c.drawRightString(pw - margin, 18, "Page 1 of 1")
        c.restoreState()

    areas = ("Schedule", "Budget", "Resources", "Scope")
    rag_rows = [("Overall status", overall), *((a, RAG[(doc.number + n) % 2]) for n, a in enumerate(areas))]
    rag = Table([[Paragraph(a, st["cellb"]), Paragraph(v.upper(), st["cellb"])] for a, v in rag_rows],
                colWidths=[80, 60])  # fmt: skip
    fills = [("BACKGROUND", (1, n), (1, n), colors.HexColor(RAG_FILL[v])) for n, (_, v) in enumerate(rag_rows)]
    rag.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), *fills])
    story: list = [Spacer(1, 40)]
    summary = by.get("highlights")
    left = [Paragraph(escape(summary.heading), st["h"])] + [Paragraph(escape(it.text), st["p"]) for it in summary.items]
    top = Table([[left, rag]], colWidths=[width - 150, 150])
    top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    story.append(top)
    done, plan = by["activity"], by["next-steps"]
    side = Table([[Paragraph(escape(done.heading), st["cellb"]), Paragraph(escape(plan.heading), st["cellb"])],
                  [_bullets(done.items, st), _bullets(plan.items, st)]], colWidths=[width / 2, width / 2])  # fmt: skip
    side.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))])  # fmt: skip
    story += [Spacer(1, 8), side]
    risks = by["risks"]
    rows = [[Paragraph(h, st["cellb"]) for h in ("ID", "Type", "Description", "Mitigation", "Owner", "RAG")]]
    for n, it in enumerate(risks.items):
        kind = "Issue" if it.level >= 2 else "Risk"
        rows.append([Paragraph(f"R{doc.number:02d}{n + 1}", st["cell"]), Paragraph(kind, st["cell"]),
                     Paragraph(escape(it.body), st["cell"]), Paragraph(escape(it.mitigation or "–"), st["cell"]),
                     Paragraph(OWNERS[n % len(OWNERS)], st["cell"]), Paragraph(RAG[it.level], st["cell"])])  # fmt: skip
    table = Table(rows, colWidths=[34, 36, 170, 170, 72, width - 482], repeatRows=1)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))])  # fmt: skip
    story += [Paragraph(escape(risks.heading), st["h"]), table]
    for key in ("finance", "decisions"):
        if key in by:
            story += [Paragraph(escape(by[key].heading), st["h"]), *_bullets(by[key].items, st)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=50, bottomMargin=34,
                      title=f"{doc.service} highlight report {doc.number}", invariant=1).build(
        story, onFirstPage=page, onLaterPages=page)  # fmt: skip
    return buf.getvalue()


# ---------------------------------------------------------------- the flash update

BLUE = "#026CB6"
KEY_FIGURES = ((("people are affected",), "people affected"), (("displaced",), "people displaced"),
               (("have died",), "deaths reported"), (("shelter kits",), "shelter kits distributed"),
               (("flash appeal",), "million US$ requested"))  # fmt: skip
COUNTRIES = {"Lower Tavas": "Tavas", "Marenga Delta": "Marenga", "Keshi Valley": "Keshi", "Oru Coast": "Oru"}


def pdf_flash_update(doc: Doc) -> bytes:
    """A4, as a coordination office's flash update template prints it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = _styles()
    blue = colors.HexColor(BLUE)
    st["cap"] = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=blue,
                               spaceBefore=10, spaceAfter=4)  # fmt: skip
    st["sub"] = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=5,
                               spaceAfter=2)  # fmt: skip
    pw, ph = A4
    margin = 36.0
    width = pw - 2 * margin
    place = doc.organisation.split("–")[-1].strip()
    country = COUNTRIES.get(place, place)

    def first(c, _d) -> None:
        c.saveState()
        c.setFillColor(blue)
        c.rect(0, ph - 96, pw, 96, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(margin, ph - 40, f"{country}: {doc.service}")
        c.setFont("Helvetica", 11)
        c.drawString(margin, ph - 60, f"Flash Update No. {doc.number}")
        c.drawString(margin, ph - 76, f"As of {doc.date}")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(pw - margin, ph - 40, doc.organisation.split("–")[0].strip().upper())
        foot(c)
        c.restoreState()

    def foot(c) -> None:
        c.setFont("Helvetica-Oblique", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, 22, f"Coordinating action for people in need  |  www.hco-{country.lower()}.org")
        c.drawRightString(pw - margin, 22, str(c.getPageNumber()))

    def later(c, _d) -> None:
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(blue)
        c.drawString(margin, ph - 26, f"{country}: {doc.service} – Flash Update No. {doc.number} | {doc.date}")
        foot(c)
        c.restoreState()

    highlights = doc.sections[0]
    left = [Paragraph(escape(highlights.heading), st["cap"]), *_bullets(highlights.items, st)]
    shown = [f for f in ((figure(doc, words)[0], label) for words, label in KEY_FIGURES) if f[0] != "–"][:4]
    big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor=blue)
    figs = [[Paragraph(v, big)] for v, _ in shown]
    labels = [[Paragraph(label, st["cell"])] for _, label in shown]
    pairs = [r for pair in zip(figs, labels, strict=True) for r in pair]
    panel_rows = [[Paragraph("KEY FIGURES", st["cellb"])], *pairs]
    panel = Table(panel_rows, colWidths=[140])
    panel.setStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8F1FA")), ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])  # fmt: skip
    top = Table([[left, panel]], colWidths=[width - 156, 156])
    top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    story: list = [Spacer(1, 62), top]
    for s in doc.sections[1:]:
        story.append(Paragraph(escape(s.heading), st["cap" if s.level == 1 else "sub"]))
        if s.heading in ("SITUATION OVERVIEW", "FUNDING"):
            story += [Paragraph(escape(it.text), st["p"]) for it in s.items]
        else:
            story += _bullets(s.items, st)
    story += [Spacer(1, 14), Paragraph("For further information, please contact:", st["cellb"]),
              Paragraph(f"Ana Ribeiro, Head of Office, ribeiro@hco-{country.lower()}.org, +000 555 0134",
                        st["cell"]),
              Paragraph(f"Daniel Osei, Information Officer, osei@hco-{country.lower()}.org", st["cell"])]  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=40, bottomMargin=40,
                      title=f"{country}: {doc.service} - Flash Update No. {doc.number}", invariant=1).build(
        story, onFirstPage=first, onLaterPages=later)  # fmt: skip
    return buf.getvalue()
