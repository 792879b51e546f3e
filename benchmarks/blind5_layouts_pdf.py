"""PDF writers of the partner layouts (``blind5_layouts``): a hospital trust's landscape operational pressures
report (reportlab platypus: a RAG dashboard across the top of the first page, the narrative below in two
columns, risks in a scored table) and a water company's incident update drawn on a reportlab canvas (a
coloured header band, a key-figures strip, square bullets drawn as shapes, a footer with the
classification and "Page x of y").
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta
from html import escape

from blind5_layouts_content import day_of, figure
from council_layouts_gold import Doc, Item

NHS_BLUE = "#005EB8"
RAG_FILL = {"Red": "#DA291C", "Amber": "#FFB81C", "Green": "#009639", "n/a": "#E8EDEE"}
SCORES = ("6 (2×3)", "9 (3×3)", "12 (3×4)", "16 (4×4)")
LEADS = ("Chief Operating Officer", "Director of Nursing", "Medical Director", "Director of Finance")


def _rag(value: str, amber: float, red: float) -> str:
    """RAG of a figure against its thresholds (higher is worse)."""
    try:
        v = float(value.rstrip("%").replace(",", ""))
    except ValueError:
        return "n/a"
    return "Red" if v >= red else "Amber" if v >= amber else "Green"


def _dashboard(doc: Doc) -> list[list[str]]:
    """Indicator | Position | Status | Trend | Lead rows: the figures as the narrative states them, or as the
    trust's information system reports them when the narrative does not mention one."""
    rng = random.Random(doc.title)
    rows = [  # label, words of the item, pattern of its figure, amber and red thresholds, range when unstated
        ("OPEL level", ("OPEL",), "", 3, 4, (2, 4), ""),
        ("Emergency Department: seen within 4 hours", ("within four hours",), r"\d+%", -76, -60, (52, 78), "%"),
        ("General and acute bed occupancy", ("occupancy",), r"\d+%", 92, 95, (91, 99), "%"),
        ("Ambulance handovers over 60 minutes", ("ambulance handovers took",), "", 10, 25, (3, 41), ""),
        ("Patients with no criteria to reside", ("no criteria to reside",), "", 90, 140, (60, 180), ""),
        ("Critical care beds occupied (of 24)", ("Critical care has",), "", 19, 22, (14, 24), ""),
        ("Elective activity against 2019/20", ("Elective activity",), r"\d+%", -95, -80, (72, 104), "%"),
    ]
    out = [["Position at a glance", "", "", "", ""], ["Indicator", "Position", "Status", "Trend", "Lead"]]
    for n, (label, words, pattern, amber, red, (lo, hi), unit) in enumerate(rows):
        value, trend = figure(doc, words, pattern)
        if value == "–":
            value = f"{rng.randint(lo, hi)}{unit}"
        # where lower is worse the thresholds are negative: compare the negated figure
        status = _rag(("-" if amber < 0 else "") + value, amber, red)
        out.append([label, value, status, {"up": "Up", "down": "Down"}.get(trend, "Same"), LEADS[n % len(LEADS)]])
    return out


def pdf_hospital_dashboard(doc: Doc) -> bytes:
    """Landscape A4: the title and a "Position at 08:00" line, a RAG dashboard (Indicator | Position | Status |
    Trend | Lead, coloured status cells) across the first page, then the narrative in two columns: blue
    headings, "•" bullets, the risks in a Ref | Risk / issue | Score | Mitigation table; a footer with the
    organisation, "OFFICIAL-SENSITIVE" and "Page N"."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        ListFlowable,
        ListItem,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    blue = colors.HexColor(NHS_BLUE)
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=blue),
        "meta": ParagraphStyle("m", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=6,
                               textColor=colors.HexColor("#425563")),
        "H1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=blue,
                             spaceBefore=7, spaceAfter=3),
        "H2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=12.5, textColor=blue,
                             spaceBefore=5, spaceAfter=2),
        "body": ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9.6),
        "head": ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=8, leading=9.6, textColor=colors.white),
    }  # fmt: skip
    w, h = landscape(A4)
    m, gap = 32, 18
    col = (w - 2 * m - gap) / 2
    top_h = 196
    when = datetime.strptime(doc.date, "%d %B %Y")

    def footer(c, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#425563"))
        c.drawString(m, 16, doc.organisation)
        c.drawCentredString(w / 2, 16, "OFFICIAL-SENSITIVE")
        c.drawRightString(w - m, 16, f"Page {d.page}")
        c.restoreState()

    first = [Frame(m, h - m - top_h, w - 2 * m, top_h, id="top"),
             Frame(m, 30, col, h - 2 * m - top_h - 6, id="l1"),
             Frame(m + col + gap, 30, col, h - 2 * m - top_h - 6, id="r1")]  # fmt: skip
    later = [Frame(m, 30, col, h - m - 30, id="l"), Frame(m + col + gap, 30, col, h - m - 30, id="r")]
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=(w, h), title=doc.title, invariant=1)
    d.addPageTemplates([PageTemplate("first", first, onPage=footer), PageTemplate("later", later, onPage=footer)])

    dash = _dashboard(doc)
    table = Table([[Paragraph(escape(v), st["head" if r < 2 else "cell"]) for v in row] for r, row in enumerate(dash)],
                  colWidths=[w * f for f in (0.3, 0.1, 0.08, 0.07, 0.2)])  # fmt: skip
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), blue),
        ("GRID", (0, 1), (-1, -1), 0.4, colors.HexColor("#AEB7BD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for r, row in enumerate(dash[2:], start=2):
        style.append(("BACKGROUND", (2, r), (2, r), colors.HexColor(RAG_FILL[row[2]])))
    table.setStyle(TableStyle(style))
    story: list = [
        NextPageTemplate("later"),
        Paragraph(escape(doc.title), st["title"]),
        Paragraph(f"Position at 08:00, {when:%A} {escape(doc.date)} · Prepared by the Site Operations Centre · "
                  "For: Executive Team, ICB System Control Centre", st["meta"]),
        table, FrameBreak(),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["H1" if s.level == 1 else "H2"]))
        if s.risks:
            story += [_risk_table(s.items, st, col), Spacer(1, 4)]
        elif s.items:
            story.append(ListFlowable(
                [ListItem(Paragraph(escape(it.text), st["body"]), leftIndent=10) for it in s.items],
                bulletType="bullet", start="•", leftIndent=10, bulletFontSize=8))  # fmt: skip
    d.build(story)
    return buf.getvalue()


def _risk_table(items: list[Item], st, width: float) -> object:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [[Paragraph(v, st["head"]) for v in ("Ref", "Risk / issue", "Score", "Mitigation")]]
    for n, it in enumerate(items, start=1):
        cells = (f"R{n:02d}", it.body, SCORES[it.level], it.mitigation or "–")
        rows.append([Paragraph(escape(v), st["cell"]) for v in cells])
    t = Table(rows, colWidths=[width * f for f in (0.08, 0.44, 0.13, 0.35)], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(NHS_BLUE)),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#AEB7BD")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    return t


# ---------------------------------------------------------------- water company incident update

TEAL = "#00677F"
PAGE = (595.28, 841.89)
MARGIN = 48
CLASSIFICATION = "OFFICIAL – SENSITIVE"


def _strip(doc: Doc) -> list[tuple[str, str]]:
    """The four key figures as the items state them, or as the incident log has them when no item does."""
    rng = random.Random(doc.title)
    when = datetime.strptime(doc.date, "%d %B %Y") + timedelta(days=rng.randint(1, 3))
    given = [
        (figure(doc, ("customers are without water supply", "customers without supply:"))[0],
         "customers without supply", f"{rng.randint(800, 9000):,}"),
        (figure(doc, ("bottled water stations",))[0], "bottled water stations", str(rng.randint(2, 9))),
        (figure(doc, ("crews are deployed",))[0], "crews deployed", str(rng.randint(8, 45))),
        (day_of(doc, ("restored to all customers",)), "expected full restoration", f"{when.day} {when:%B}"),
    ]  # fmt: skip
    return [(value if value != "–" else fallback, label) for value, label, fallback in given]


def _draw_water(doc: Doc, c, total: int) -> int:
    """Draw every page on ``c`` and return how many there were (``total`` is printed as "of y")."""
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit

    w, h = PAGE
    teal, ink = colors.HexColor(TEAL), colors.HexColor("#1D2B36")
    text_w = w - 2 * MARGIN - 14
    page = 1

    def footer() -> None:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#5A6872"))
        c.drawString(MARGIN, 24, f"{doc.organisation} · Incident update {doc.number}")
        c.drawCentredString(w / 2, 24, CLASSIFICATION)
        c.drawRightString(w - MARGIN, 24, f"Page {page} of {total}")
        c.setStrokeColor(teal)
        c.line(MARGIN, 36, w - MARGIN, 36)

    def new_page() -> float:
        nonlocal page
        footer()
        c.showPage()
        page += 1
        c.setFillColor(teal)
        c.rect(0, h - 14, w, 14, stroke=0, fill=1)
        return h - 48

    # the band, the title and the key-figures strip
    c.setFillColor(teal)
    c.rect(0, h - 86, w, 86, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 19)
    c.drawString(MARGIN, h - 46, doc.organisation)
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, h - 64, "Incident Management Team")
    c.drawRightString(w - MARGIN, h - 46, CLASSIFICATION)
    c.setFillColor(ink)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(MARGIN, h - 116, doc.title)
    c.setFont("Helvetica", 9)
    c.drawString(
        MARGIN, h - 132, f"Issued 06:00, {doc.date} · Next update 18:00 · Incident Manager: Duty Head of Networks"
    )
    box_w = (w - 2 * MARGIN - 3 * 10) / 4
    for n, (value, label) in enumerate(_strip(doc)):
        x = MARGIN + n * (box_w + 10)
        c.setFillColor(colors.HexColor("#E0F0F3"))
        c.rect(x, h - 212, box_w, 66, stroke=0, fill=1)
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 19)
        c.drawString(x + 8, h - 174, value)
        c.setFillColor(ink)
        c.setFont("Helvetica", 8)
        c.drawString(x + 8, h - 192, label)
    y = h - 244
    for s in doc.sections:
        size = 12.5 if s.level == 1 else 10.5
        if y - size - 26 < 56:
            y = new_page()
        c.setFillColor(teal if s.level == 1 else ink)
        c.setFont("Helvetica-Bold", size)
        c.drawString(MARGIN, y, s.heading)
        if s.level == 1:
            c.setStrokeColor(teal)
            c.setLineWidth(0.6)
            c.line(MARGIN, y - 4, w - MARGIN, y - 4)
        y -= size + 9
        for it in s.items:
            lines = simpleSplit(it.text, "Helvetica", 9.5, text_w)
            if y - 12.5 * len(lines) < 56:
                y = new_page()
            c.setFillColor(teal)
            c.rect(MARGIN + 2, y + 1.5, 4, 4, stroke=0, fill=1)  # the bullet is a shape, not a glyph
            c.setFillColor(ink)
            c.setFont("Helvetica", 9.5)
            for line in lines:
                c.drawString(MARGIN + 14, y, line)
                y -= 12.5
            y -= 3
        y -= 6
    footer()
    c.showPage()
    return page


def pdf_water_band(doc: Doc) -> bytes:
    """A4 portrait on a canvas: a teal band with the company and the classification, the title and an
    "Issued … · Next update …" line, a strip of four key figures (as the items state them), teal headings
    over a rule, sub-headings in dark bold, square bullets drawn as shapes; every page ends with the
    company, the classification and "Page x of y" (drawn once to count the pages, then for real)."""
    from reportlab.pdfgen.canvas import Canvas

    total = _draw_water(doc, Canvas(io.BytesIO(), pagesize=PAGE), 0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE, invariant=1)
    c.setTitle(doc.title)
    c.setAuthor(f"{doc.organisation} Incident Management Team")
    _draw_water(doc, c, total)
    c.save()
    return buf.getvalue()
