"""PDF writers of the ``blind11_layouts`` set: a Swedish county administrative board's "Lägesbild" (the board's
name top left and "LÄGESBILD", the date, the registration number "Dnr" and the page as "1 (2)" top right, as
Swedish authorities print them; the title and "Gäller: … kl. 08.00" under it; headings in bold body type;
each item a paragraph of its own with no bullet, "Åtgärd:" in italics inside a risk's paragraph; the board's
postal address, telephone and web address in the footer) and a Polish voivodeship crisis management
centre's "Raport sytuacyjny" (the voivode and the centre centred at the top, "RAPORT SYTUACYJNY nr 3/2024",
"stan na dzień 16 września 2024 r., godz. 06:00"; sections numbered by Roman numerals "I. SYTUACJA
HYDROLOGICZNA"; items numbered "1)", "2)"; a table of river gauges under the first section, "Działania:"
inside a threat's item; "Sporządził: dyżurny WCZK" and "Strona 1 z 2"). Both are set in DejaVu Sans, the
Polish letters being outside the PDF's standard fonts.
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_content import MIESIACE
from council_layouts_gold import Doc

SE_LEAD = "Åtgärd:"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
GAUGES = ("Odra – Racibórz-Miedonia", "Odra – Opole", "Nysa Kłodzka – Skorogoszcz", "Mała Panew – Staniszcze")


def _fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # each face on its own: another caller may have registered the regular and bold faces only
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in (
        ("DejaVu", "DejaVuSans"),
        ("DejaVu-Bold", "DejaVuSans-Bold"),
        ("DejaVu-Oblique", "DejaVuSans-Oblique"),
        ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique"),
    ):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, FONT_DIR + file + ".ttf"))  # fmt: skip
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")


def _two_pass(make) -> bytes:
    """Build twice: the first pass counts the pages for "1 (2)" and "Strona 1 z 2"."""
    return make(make(0)[1])[0]


# ---------------------------------------------------------------- Swedish lägesbild


def pdf_lagesbild_se(doc: Doc) -> bytes:
    """The county board's lägesbild as its staff sends it to the municipalities and agencies."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    _fonts()
    pw, ph = A4
    margin = 62.0
    when = report_day(doc)
    dnr = f"Dnr 450-{1000 + (len(doc.organisation) * 37) % 8000}-{when.year}"
    st = {
        "title": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName="DejaVu", fontSize=10, leading=13, spaceAfter=12),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=10, spaceAfter=3,
                            keepWithNext=1),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=5),
    }  # fmt: skip

    def story() -> list:
        out = [Paragraph(escape(f"Lägesbild nr {doc.number} – {doc.service}"), st["title"]),
               Paragraph(f"Gäller: {when:%Y-%m-%d} kl. 08.00. Nästa lägesbild: se nedan.", st["sub"])]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            for it in s.items:
                text = escape(it.text, quote=False).replace(f" {SE_LEAD} ", f" <i>{SE_LEAD}</i> ")
                out.append(Paragraph(text, st["p"]))
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("DejaVu-Bold", 11)
            c.drawString(margin, ph - 50, doc.organisation)
            c.setFont("DejaVu", 9)
            c.drawString(pw / 2 + 20, ph - 50, "LÄGESBILD")
            c.drawString(pw / 2 + 20, ph - 62, f"{when:%Y-%m-%d}")
            c.drawString(pw / 2 + 120, ph - 62, dnr)
            c.drawRightString(pw - margin, ph - 50, f"{c.getPageNumber()} ({total})")
            c.setFont("DejaVu", 7.5)
            c.drawString(margin, 40, f"Postadress: {doc.organisation}, 851 86 Sundvik   Telefon: 010-224 00 00")
            c.drawString(margin, 30, "E-post: lansstyrelsen@lansstyrelsen.se   Webb: www.lansstyrelsen.se")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=96,
                              bottomMargin=60, title=f"Lägesbild {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Polish raport sytuacyjny

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def pdf_raport_pl(doc: Doc) -> bytes:
    """The duty officer's situation report of the voivodeship crisis management centre."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    pw, _ph = A4
    margin = 56.0
    when = report_day(doc)
    st = {
        "c": ParagraphStyle("c", fontName="DejaVu-Bold", fontSize=10.5, leading=14, alignment=1),
        "big": ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=14, leading=18, alignment=1, spaceBefore=8),
        "when": ParagraphStyle("w", fontName="DejaVu", fontSize=10, leading=13, alignment=1, spaceAfter=10),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4,
                            keepWithNext=1),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=10, leading=13, leftIndent=18, bulletIndent=0,
                             spaceAfter=3, alignment=4),
        "cell": ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=10.5),
    }  # fmt: skip
    voivode = doc.organisation.replace("Wojewódzkie Centrum Zarządzania Kryzysowego", "Urząd Wojewódzki")

    def story() -> list:
        out = [Paragraph(escape(voivode.upper()), st["c"]), Paragraph(escape(doc.organisation.upper()), st["c"]),
               Paragraph(f"RAPORT SYTUACYJNY nr {doc.number}/{when.year}", st["big"]),
               Paragraph(f"stan na dzień {when.day} {MIESIACE[when.month - 1]} {when.year} r., godz. 06:00",
                         st["when"])]  # fmt: skip
        for n, s in enumerate(doc.sections):
            out.append(Paragraph(escape(s.heading), st["h"]))
            out += [Paragraph(escape(it.text, quote=False), st["li"], bulletText=f"{k})")
                    for k, it in enumerate(s.items, start=1)]  # fmt: skip
            if n == 0:
                rows = [["Wodowskaz", "Stan wody [cm]", "Stan alarmowy [cm]", "Tendencja"]] + [
                    [g, str(420 + (doc.number * 31 + k * 57) % 300), str(500 + k * 40), ("↑", "→", "↓")[k % 3]]
                    for k, g in enumerate(GAUGES)]  # fmt: skip
                table = Table([[Paragraph(escape(v), st["cell"]) for v in r] for r in rows],
                              colWidths=[170, 90, 100, 70])  # fmt: skip
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))  # fmt: skip
                out += [Spacer(1, 4), table, Spacer(1, 4)]
        out += [
            Spacer(1, 18),
            Paragraph("Sporządził: dyżurny WCZK", st["cell"]),
            Paragraph("Zatwierdził: dyrektor Wydziału Bezpieczeństwa i Zarządzania Kryzysowego", st["cell"]),
        ]
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("DejaVu", 8)
            c.drawCentredString(pw / 2, 28, f"Strona {c.getPageNumber()} z {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=48,
                              bottomMargin=52, title=f"Raport sytuacyjny {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)
