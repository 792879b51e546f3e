"""PDF writers of the ``blind18_layouts`` set: a Hungarian county disaster management directorate's daily
"Helyzetjelentés" on a Danube flood (reportlab: the ministry, the directorate general and the directorate centred
over a double rule, "Szám:", "Tárgy:" and "Melléklet:" top left and the officer in charge top right, the title
"HELYZETJELENTÉS" and "3. számú – 2025. február 26., 06:00 órai állapot", Roman-numbered headings "I. Összefoglaló"
over paragraphs justified and hyphenated in Hungarian, so that long words are split across lines with a hyphen, "–"
points in two sections, "Intézkedés:" in bold inside a risk's paragraph, a "Főbb adatok" box of key figures beside
the main column on the first page, the place and date, the director's signature block and a "Kapják:" distribution
list of "–" lines, "1. oldal, összesen: 2" in the footer; "1 250" with a no-break space, "12%", "642 millió Ft",
"február 27.") and a Greek region's civil protection update on wildfires in a heatwave as a web article printed to
PDF from the browser (weasyprint, with the browser's own margin lines: the date and time top left, the page's title
top centre, its address bottom left and "1/2" bottom right; the site's header, menu and breadcrumbs, the ``<h1>``,
the date and directorate, ``<h3>`` headings over ``<ul>`` points, "Μέτρα:" in ``<strong>`` inside a risk's point,
the tags, the related articles, the footer and a cookie bar fixed to the bottom of the window, so printed on every
page; "1.250", "12%", "3.400 €", "16 Ιουλίου").
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts, _two_pass
from blind17_layouts_content import count, group, split_mitigation
from blind18_layouts_content import HONAPOK, LEADS, MINES_GEN, NBSP
from council_layouts_gold import Doc, Item

SEATS = {"Pest": "Budapest", "Győr-Moson-Sopron": "Győr", "Komárom-Esztergom": "Tatabánya", "Baranya": "Pécs"}
DASH_KEYS = ("response", "next-steps")


def _marked(item: Item, lang: str) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <b>{escape(lead)}</b> {escape(mitigation, quote=False)}"


def _hu_day(when) -> str:
    return f"{when.year}. {HONAPOK[when.month - 1]} {when.day}."


# ---------------------------------------------------------------- Hungarian county disaster management


def pdf_helyzetjelentes_hu(doc: Doc) -> bytes:
    """The directorate's daily flood report as its duty service sends it to the county defence committee."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table

    _fonts()
    when = report_day(doc)
    county = doc.organisation.split(" Vármegyei")[0]
    seat = SEATS.get(county, "Budapest")
    navy = colors.HexColor("#1D3557")
    pw, ph = A4
    margin, side, gap = 56, 150, 16
    hyph = {"hyphenationLang": "hu_HU", "embeddedHyphenation": 1, "uriWasteReduce": 0.3}
    st = {
        "t": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=15, leading=19, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_CENTER, spaceAfter=6),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=13, textColor=navy, spaceBefore=9,
                            spaceAfter=4),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5,
                            firstLineIndent=14, **hyph),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                             leftIndent=14, bulletIndent=3, spaceAfter=3, **hyph),
        "box": ParagraphStyle("b", fontName="DejaVu", fontSize=8, leading=10.5),
        "boxh": ParagraphStyle("bh", fontName="DejaVu-Bold", fontSize=9, leading=12, textColor=colors.white),
        "sig": ParagraphStyle("sig", fontName="DejaVu", fontSize=9.2, leading=12.6, alignment=TA_CENTER),
        "small": ParagraphStyle("s", fontName="DejaVu", fontSize=8.5, leading=11),
    }  # fmt: skip
    figures = (("Vízállás (főmérce)", f"{count(doc, ('vízállása',), 812)} cm"),
               ("Védekezők", f"{group(count(doc, ('vesz részt',), 1250), NBSP)} fő"),
               ("Homokzsák", f"{group(count(doc, ('homokzsákot',), 85000), NBSP)} db"),
               ("Lezárt útszakasz", f"{count(doc, ('útszakasz',), 6)}"),
               ("Érintett település", f"{count(doc, ('településen folyik',), 12)}"))  # fmt: skip

    def story() -> list:
        out = [Paragraph("HELYZETJELENTÉS", st["t"]),
               Paragraph(f"{doc.number}. számú – {_hu_day(when)}, 06:00 órai állapot", st["sub"]),
               FrameBreak()]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            for i in s.items:
                if s.key in DASH_KEYS:
                    out.append(Paragraph(_marked(i, "hu"), st["li"], bulletText="–"))
                else:
                    out.append(Paragraph(_marked(i, "hu"), st["p"]))
        out += [Spacer(1, 14), Paragraph(f"{seat}, {_hu_day(when)}", st["small"]), Spacer(1, 16),
                Table([["", Paragraph("Dr. Szabó Gábor tű. dandártábornok<br/>igazgató", st["sig"])]],
                      colWidths=[220, 200]),
                Spacer(1, 12), Paragraph("Kapják:", st["small"])]  # fmt: skip
        for to in ("Vármegyei Védelmi Bizottság elnöke", "BM Országos Katasztrófavédelmi Főigazgatóság Központi "
                   "Főügyelet", "Vízügyi Igazgatóság", "Irattár"):  # fmt: skip
            out.append(Paragraph(to, st["small"], bulletText="–"))
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(canvas, d) -> None:
            canvas.saveState()
            if canvas.getPageNumber() == 1:
                canvas.setFont("DejaVu", 7.5)
                for k, line in enumerate(("BELÜGYMINISZTÉRIUM", "ORSZÁGOS KATASZTRÓFAVÉDELMI FŐIGAZGATÓSÁG")):
                    canvas.drawCentredString(pw / 2, ph - 42 - 10 * k, line)
                canvas.setFont("DejaVu-Bold", 10)
                canvas.drawCentredString(pw / 2, ph - 68, doc.organisation.upper())
                canvas.setFont("DejaVu", 7)
                canvas.drawCentredString(pw / 2, ph - 79, f"{seat}, Pf. 1{doc.number}{len(county)}  •  Telefon: +36 "
                                                          f"1 469 41{len(county):02d}  •  {county.lower()}.titkarsag@"
                                                          "katved.example.hu")  # fmt: skip
                canvas.setStrokeColor(navy)
                canvas.setLineWidth(1.2)
                canvas.line(margin, ph - 86, pw - margin, ph - 86)
                canvas.setLineWidth(0.4)
                canvas.line(margin, ph - 89, pw - margin, ph - 89)
                canvas.setFont("DejaVu", 8.5)
                for k, line in enumerate((f"Szám: 35{len(county):03d}/{117 * doc.number}-{doc.number}/"
                                          f"{when.year}.ált.", "Tárgy: Helyzetjelentés a dunai árvízi védekezésről",
                                          "Melléklet: –")):  # fmt: skip
                    canvas.drawString(margin, ph - 106 - 11 * k, line)
                for k, line in enumerate(("Ügyintéző: Nagy Eszter tű. őrnagy", "Telefon: +36 1 469 4100")):
                    canvas.drawRightString(pw - margin, ph - 106 - 11 * k, line)
                x, top, height = pw - margin - side, ph - 196, 150
                canvas.setFillColor(colors.HexColor("#EEF2F7"))
                canvas.rect(x, top - height, side, height, fill=1, stroke=0)
                canvas.setFillColor(navy)
                canvas.rect(x, top - 20, side, 20, fill=1, stroke=0)
                canvas.setFillColor(colors.white)
                canvas.setFont("DejaVu-Bold", 9)
                canvas.drawString(x + 8, top - 14, "Főbb adatok")
                canvas.setFillColor(colors.black)
                for k, (label, value) in enumerate(figures):
                    canvas.setFont("DejaVu", 7.5)
                    canvas.drawString(x + 8, top - 36 - 24 * k, label)
                    canvas.setFont("DejaVu-Bold", 10)
                    canvas.drawString(x + 8, top - 47 - 24 * k, value)
            canvas.setFont("DejaVu", 7.5)
            canvas.setFillGray(0.3)
            canvas.drawCentredString(pw / 2, 30, f"{canvas.getPageNumber()}. oldal, összesen: {max(total, 1)}")
            canvas.restoreState()

        title_top = ph - 146
        first = [Frame(margin, title_top - 50, pw - 2 * margin, 50, id="title"),
                 Frame(margin, 50, pw - 2 * margin - side - gap, title_top - 100, id="main1")]  # fmt: skip
        later = [Frame(margin, 50, pw - 2 * margin, ph - 100, id="main")]
        buf = io.BytesIO()
        d = BaseDocTemplate(buf, pagesize=A4, title=f"Helyzetjelentés {doc.number}", author=doc.organisation)
        d.addPageTemplates([PageTemplate("first", first, onPage=page, autoNextPageTemplate="later"),
                            PageTemplate("later", later, onPage=page)])  # fmt: skip
        d.build(story())
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Greek region, web article printed to PDF

PRINT_CSS = """
@page { size: A4; margin: 12mm 10mm;
  @top-left { content: "%(stamp)s"; font: 8pt Arial, sans-serif; }
  @top-center { content: "%(title)s"; font: 8pt Arial, sans-serif; }
  @bottom-left { content: "%(url)s"; font: 8pt Arial, sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, sans-serif; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #222; margin: 0; }
.top { background: #003b71; color: #fff; padding: 10px 18px; font-weight: bold; font-size: 13pt; }
.top small { display: block; font-weight: normal; font-size: 8pt; }
nav.main ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 8px 18px; background: #e9eef4; }
nav.main a { color: #003b71; text-decoration: none; font-size: 9pt; }
.crumbs { font-size: 8pt; color: #666; padding: 8px 18px 0 18px; }
article { padding: 0 18px; }
h1 { font-size: 17pt; color: #003b71; margin: 10px 0 4px 0; }
.meta { font-size: 8.5pt; color: #666; border-bottom: 1px solid #ccc; padding-bottom: 6px; }
.share { font-size: 8pt; color: #666; margin: 6px 0; }
h3 { font-size: 11.5pt; color: #003b71; margin: 14px 0 4px 0; }
li { margin-bottom: 3px; }
.tags { font-size: 8.5pt; margin-top: 14px; }
.related { border-top: 1px solid #ccc; margin-top: 12px; font-size: 9pt; }
footer { background: #222; color: #ddd; font-size: 8pt; padding: 10px 18px; margin-top: 16px; }
.cookies { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; font-size: 8pt;
  padding: 6px 12px; }
"""


def pdf_print_perifereia_el(doc: Doc) -> bytes:
    """The region's civil protection update as its press office posts it and a partner prints it from Chrome."""
    from weasyprint import HTML

    when = report_day(doc)
    region = doc.organisation
    domain = f"www.p{zlib.crc32(region.encode()) % 97}.example.gr"
    slug = f"enimerosi-pyrkagies-kausonas-{doc.number}"
    title = f"Ενημέρωση για τις πυρκαγιές και τον καύσωνα – Νο {doc.number}"
    page_title = f"{title} | {region}"
    stamp = f"{when.day}/{when.month}/{when.year % 100}, {2 + doc.number % 3}:{17 + doc.number:02d} μ.μ."
    menu = ("Αρχική", "Η Περιφέρεια", "Ανακοινώσεις", "Πολιτική Προστασία", "Προκηρύξεις", "Επικοινωνία")
    parts = [
        f'<div class="top">{escape(region.upper())}<small>Διεύθυνση Πολιτικής Προστασίας</small></div>',
        '<nav class="main"><ul>' + "".join(f'<li><a href="/">{m}</a></li>' for m in menu) + "</ul></nav>",
        '<div class="crumbs">Αρχική › Ανακοινώσεις › Πολιτική Προστασία</div>',
        f"<article><h1>{escape(title)}</h1>",
        f'<div class="meta">{when.day} {MINES_GEN[when.month - 1]} {when.year}, 13:{10 + doc.number:02d} | '
        "Διεύθυνση Πολιτικής Προστασίας</div>",
        '<div class="share">Κοινοποίηση: Facebook · X · Email · Εκτύπωση</div>',
    ]
    for s in doc.sections:
        lis = "".join(f"<li>{_marked(i, 'el').replace('<b>', '<strong>').replace('</b>', '</strong>')}</li>"
                      for i in s.items)  # fmt: skip
        parts.append(f"<h3>{escape(s.heading)}</h3><ul>{lis}</ul>")
    nxt = when + timedelta(days=1)
    related = (f"Απαγόρευση κυκλοφορίας σε δασικές περιοχές στις {nxt.day} {MINES_GEN[nxt.month - 1]}",
               "Λειτουργία κλιματιζόμενων αιθουσών στους δήμους της Περιφέρειας",
               "Οδηγίες προστασίας από τον καύσωνα")  # fmt: skip
    parts += [
        '<div class="tags">Ετικέτες: πυρκαγιά, καύσωνας, πολιτική προστασία</div>',
        '<div class="related"><p><b>Σχετικά άρθρα</b></p><ul>' + "".join(f"<li>{r}</li>" for r in related)
        + "</ul></div></article>",
        f"<footer>{escape(region)} · Συγγρού 15–17 · Τηλ. 213 2063 500 · Πολιτική απορρήτου · Όροι χρήσης</footer>",
        '<div class="cookies">Ο ιστότοπος χρησιμοποιεί cookies για τη βελτίωση της εμπειρίας σας. '
        "Αποδοχή · Ρυθμίσεις</div>",
    ]  # fmt: skip
    css = PRINT_CSS % {"stamp": stamp, "title": page_title.replace('"', ""), "url": f"https://{domain}/{slug}/"}
    html = (f'<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>{escape(page_title)}</title>'
            f"<style>{css}</style></head><body>" + "".join(parts) + "</body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
