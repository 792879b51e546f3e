"""PDF writers of the ``blind40_layouts`` set (weasyprint).

A Dutch sector CSIRT's situation report ("situatierapportage") on a campaign exploiting a flaw in VPN gateways,
written by its analysts in Typst (a markup typesetter the CSIRT keeps its reports in, in Git) and compiled to PDF:
A4, Typst's default look — its serif book type (DejaVu Serif standing in for Libertinus Serif) at 11 points,
justified (``#set par(justify: true)``), the page's margins a ninth of its width —, the header of ``#set page``
holding the CSIRT's name at the left and "TLP:AMBER" on a black label at the right, the page number "1 / 2" centred at
the foot (``numbering: "1 / 1"``); the title centred in bold at 17 points, the CSIRT and the version line
("Versie 3 — 10 juli 2026") under it, the outline titled "Inhoudsopgave" as Typst titles it in Dutch
(``#set text(lang: "nl")``), each entry with its dot leader and page, a grey rounded ``#block`` with the TLP's terms,
then each section a numbered bold heading (``#set heading(numbering: "1.")``: "1. Samenvatting"), the summary as
paragraphs, the other points as Typst's "•" list, "Maatregel:" in bold (``*Maatregel:*``) inside a risk's point, and
under the vulnerable systems a ``#figure`` of a ``#table`` (Typst's black 1-point grid) with its caption under it,
"Tabel 1: Kwetsbare versies". "€ 3.400", "€ 1,25 mln", "1.250", "12%", "16 juli", "(vorige rapportage: 5)".

An English council's Easy Read version of its storm update, for people with a learning disability, made in Word from
the council's Easy Read template and saved as PDF: A4, Arial (Liberation Sans) at 16 points, 1.5 lines; the cover —
"Storm update", "Easy Read", "Update number 3", the day, the council and a large picture — with the box saying what an
Easy Read version is; then each section a large bold heading in the council's colour over a table without borders of a
picture (drawn shapes, no text) at the left and one point at the right, a few "hard words" in bold inside the points,
"What we are doing about it:" in bold as the second paragraph of a risk's cell; at the end "Hard words" (each word in
bold and what it means) and "Find out more" (telephone, text relay, e-mail, the council's address) under headings of
their own, and the page number at the foot from page 2. "£3,400", "£1.25 million", "16 January", "(last update: 5)".
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind40_layouts_banks_en import STORM
from blind40_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Typst PDF, Dutch sector CSIRT

TYPST_CSS = """
@page { size: A4; margin: 25mm 23mm;
  @top-left { content: "ORG"; font: 9pt "DejaVu Serif"; vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: "TLP:AMBER"; font: bold 8pt "DejaVu Sans Mono"; color: #FFC000; background: #000;
    padding: 1pt 5pt; height: 10pt; vertical-align: bottom; margin-bottom: 4mm; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 11pt "DejaVu Serif"; } }
body { font: 11pt/1.32 "DejaVu Serif"; color: #000; text-align: justify; hyphens: auto; hyphenate-character: "-"; }
.title { text-align: center; font: bold 17pt/1.2 "DejaVu Serif"; margin: 0 0 8pt; }
.au { text-align: center; margin: 0 0 2pt; } .ol { margin: 14pt 0 12pt; }
.ol .t { font: bold 15.4pt "DejaVu Serif"; margin-bottom: 8pt; }
.ol p { margin: 0 0 4pt; display: flex; text-align: left; } .ol a { color: #000; text-decoration: none; }
.ol a.pg::after { content: target-counter(attr(href), page); }
.ol .d { flex: 1; border-bottom: 1.2pt dotted #000; margin: 0 4pt 4pt; }
.box { background: #e6e6e6; border-radius: 4pt; padding: 8pt; margin: 0 0 12pt; }
h2 { font: bold 15.4pt/1.2 "DejaVu Serif"; margin: 16pt 0 9pt; page-break-after: avoid; }
p { margin: 0 0 8pt; } ul { margin: 0 0 8pt; padding-left: 0; list-style: none; }
li { margin: 0 0 4pt; padding-left: 1.1em; text-indent: -1.1em; } li::before { content: "•"; display: inline-block;
  width: 1.1em; text-indent: 0; }
.fig { page-break-inside: avoid; margin: 8pt 0 12pt; } table { border-collapse: collapse; margin: 0 auto; }
td, th { border: 1pt solid #000; padding: 5pt; text-align: left; font-weight: normal; }
.cap { text-align: center; margin: 6pt 0 0; }
"""
CSIRT = {"CSIRT Gemeenten": "csirt-gemeenten", "CSIRT Waterschappen": "waterschappen-csirt",
         "CSIRT Zorg Noord": "zorgnoord-csirt", "CSIRT Onderwijs": "csirt-onderwijs"}  # fmt: skip
NL_LONG = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")  # fmt: skip
VERSIONS = (("22.7R2.1", "kwetsbaar", "22.7R2.5"), ("22.7R2.3", "kwetsbaar", "22.7R2.5"),
            ("22.6R2.2", "kwetsbaar, einde ondersteuning", "–"), ("22.7R2.5", "niet kwetsbaar", "–"))  # fmt: skip


def pdf_typst_csirt_nl(doc: Doc) -> bytes:
    """The CSIRT's situation report as Typst compiles its source to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    toc, body = [], []
    for s in doc.sections:
        anchor = f"_{slug(s.heading)}"
        toc.append(f'<p><a href="#{anchor}">{escape(s.heading)}</a><span class="d"></span><a class="pg" '
                   f'href="#{anchor}"></a></p>')  # fmt: skip
        body.append(f'<h2 id="{anchor}">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "nl")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                       f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f"<ul>{''.join(lis)}</ul>")
        if s.heading.endswith("Kwetsbare systemen"):
            rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in VERSIONS)
            body.append('<div class="fig"><table><tr><th>Versie</th><th>Status</th><th>Opgelost in</th></tr>'
                        f'{rows}</table><p class="cap">Tabel 1: Kwetsbare versies</p></div>')  # fmt: skip
    day = f"{when.day} {NL_LONG[when.month - 1]} {when.year}"
    mail = f"cert@{CSIRT[doc.organisation]}.example.nl"
    html = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
            f'<meta name="generator" content="Typst 0.12.0"><style>'
            f'{TYPST_CSS.replace("ORG", doc.organisation)}</style></head><body><p class="title">'
            f'{escape(doc.title)}</p><p class="au">{escape(doc.organisation)} · {mail}</p><p class="au">Versie '
            f'{doc.number} — {day}</p><div class="ol"><div class="t">Inhoudsopgave</div>{"".join(toc)}</div>'
            '<div class="box">Deze rapportage valt onder TLP:AMBER. Deel de inhoud alleen binnen uw eigen organisatie '
            "en met leveranciers die de informatie nodig hebben om te handelen.</div>"
            f'{"".join(body)}</body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- Easy Read, English council

EASY_CSS = """
@page { size: A4; margin: 16mm 16mm 20mm; @bottom-center { content: counter(page); font: 14pt "Liberation Sans"; } }
@page :first { @bottom-center { content: none; } }
body { font: 16pt/1.5 "Liberation Sans", Arial, sans-serif; color: #000; }
.cover { page-break-after: always; text-align: left; } .cover .t { font: bold 40pt/1.2 "Liberation Sans";
  color: COLOUR; margin: 20mm 0 4mm; } .cover .er { display: inline-block; background: COLOUR; color: #fff;
  font: bold 20pt "Liberation Sans"; padding: 3pt 12pt; border-radius: 6pt; } .cover .n { font-size: 22pt;
  margin: 8mm 0 0; } .cover .big { width: 90mm; height: 70mm; margin: 14mm 0; position: relative; }
.cover .box { border: 2.5pt solid COLOUR; border-radius: 8pt; padding: 8pt 12pt; }
h2 { font: bold 26pt/1.2 "Liberation Sans"; color: COLOUR; margin: 10mm 0 4mm; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; } td { vertical-align: middle; padding: 3mm 0; }
tr { page-break-inside: avoid; } td.pic { width: 46mm; } td.txt { padding-left: 8mm; } td.txt p { margin: 0 0 4pt; }
.pic div { position: relative; width: 38mm; height: 32mm; }
.big div { transform: scale(2.2); transform-origin: 0 0; }
.s { position: absolute; } .glos td { vertical-align: top; padding: 2mm 0; }
.glos td.w { width: 50mm; font-weight: bold; }
"""
COLOURS = {"Northmoor Council": "#1d5e8c", "Allen Vale Council": "#6b2c7a", "Coquet Valley Council": "#00704a",
           "Wansbeck and Tyne Council": "#b03a10"}  # fmt: skip
HARD = {
    "electricity": "The power that makes lights, heaters and cookers work.",
    "generators": "Machines that make electricity when the power is off.",
    "warm places": "Buildings where you can go to keep warm for free.",
    "volunteers": "People who help without being paid.",
    "risk": "Something bad that might happen.",
    "Government": "The people who run the country.",
}
PICS = ("#f2b705", "#5aa9e6", "#7bc67e", "#e86a5b", "#9b8ec4", "#f28c28")


def _picture(n: int) -> str:
    """A picture of the template's bank drawn as shapes: a card, a disc and a bar in colours of their own."""
    a, b, c = PICS[n % 6], PICS[(n + 2) % 6], PICS[(n + 4) % 6]
    return (f'<div><span class="s" style="left:0;top:2mm;width:30mm;height:26mm;background:{a};border-radius:4mm">'
            f'</span><span class="s" style="left:{14 + n % 3 * 3}mm;top:{6 + n % 2 * 6}mm;width:16mm;height:16mm;'
            f'background:{b};border-radius:8mm;border:1.5pt solid #333"></span><span class="s" style="left:4mm;'
            f'top:24mm;width:{12 + n % 4 * 4}mm;height:4mm;background:{c}"></span></div>')  # fmt: skip


def _bold_hard(text: str) -> str:
    """The point with the first "hard word" it holds in bold, as the template asks."""
    out = escape(text)
    for word in HARD:
        m = re.search(rf"\b{re.escape(word)}\b", out)
        if m:
            return out[: m.start()] + f"<b>{word}</b>" + out[m.end() :]
    return out


def pdf_easy_read_gb(doc: Doc) -> bytes:
    """The council's Easy Read storm update as Word saves the Easy Read template to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = STORM.organisations.index(doc.organisation)
    colour = COLOURS[doc.organisation]
    body, n = [], k
    for s in doc.sections:
        rows = []
        for it in s.items:
            n += 1
            risk, lead, rest = parts(it, "gb")
            cell = (f"<p>{_bold_hard(risk)}</p><p><b>{escape(lead)}</b> {escape(rest)}</p>" if lead else
                    f"<p>{_bold_hard(it.text)}</p>")  # fmt: skip
            rows.append(f'<tr><td class="pic">{_picture(n)}</td><td class="txt">{cell}</td></tr>')
        body.append(f"<h2>{escape(s.heading)}</h2><table>{''.join(rows)}</table>")
    glossary = "".join(f'<tr><td class="w">{w}</td><td>{escape(t)}</td></tr>' for w, t in HARD.items())
    tel = f"0{1600 + k * 37} {h % 900000 + 100000}"
    town = ("Morpeth", "Hexham", "Alnwick", "Ashington")[k]
    mailbox = slug(doc.organisation).replace("-", "")
    html = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
            f'<meta name="generator" content="Microsoft Word for Microsoft 365"><style>'
            f'{EASY_CSS.replace("COLOUR", colour)}</style></head><body><div class="cover"><div class="t">Storm update'
            f'</div><span class="er">Easy Read</span><p class="n">Update number {doc.number}<br>{when.day} '
            f'{when:%B %Y}<br>{escape(doc.organisation)}</p><div class="big">{_picture(k + 7)}</div><div class="box">'
            "This is an Easy Read version of our storm update. Some words are in <b>bold</b>. We say what they mean "
            f'in the list of hard words at the end.</div></div>{"".join(body)}<h2>Hard words</h2><table class="glos">'
            f"{glossary}</table><h2>Find out more</h2><table><tr><td class=\"pic\">{_picture(k + 3)}</td><td "
            f'class="txt"><p>Phone: {tel}</p><p>Text relay: 18001 {tel}</p><p>Email: storm@{mailbox}.example.gov.uk'
            f"</p><p>Write to: {escape(doc.organisation)}, County Hall, {town}</p></td></tr></table>"
            "</body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
