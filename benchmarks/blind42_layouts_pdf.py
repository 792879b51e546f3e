"""PDF writers of the ``blind42_layouts`` set (weasyprint).

A local Healthwatch's weekly winter pressures briefing, written in Word from its brand template and saved as PDF
("Save As → PDF") for the council's scrutiny officers and the integrated care board: A4, no header on the first page
and on the others the briefing's name at the right, the website at the foot and the page number in the brand's pink;
the logo (a picture, drawn here as shapes), the title and the update line in the template's pink and teal, a line
saying what the briefing is with a footnote on it (Word's footnote: the superscript "1" and, at the foot of the page
under the separator rule, "1 Healthwatch … is the independent champion …"), a line offering other formats; each
section a "Heading 1" in pink, the summary as paragraphs, the other points in a bulleted list, "How we are responding:"
in bold inside a risk's point; where a point cites a source, Word's endnote reference after its full stop — a
superscript lower-case Roman numeral, as Word numbers endnotes ("i", "ii"), one a section at most — and at the end
of the section, under Word's short separator, the endnotes ("i NHS England, …"); then a section break and the back
cover with the logo, the address, telephone, e-mail, social media and the charity's registration. "£3,400", "£1.25m",
"16 December", "(previous briefing: 5)".

A forest district of the Czech state forests ("Lesy České republiky, s. p., Lesní správa …") informing the regional
authority's crisis management after a windstorm, in a letter written from the enterprise's Word letter template as the
Czech standard for office letters (ČSN 01 6910) sets it out and saved as PDF: the letterhead (the logo drawn as shapes,
the enterprise and the district), the address block at the right, the reference line ("Váš dopis zn.:", "Ze dne:",
"Naše značka:", "Vyřizuje / telefon:", "Datum:" over their values), "Věc:" in bold, "Vážený pane vedoucí," and the
opening sentence going on in lower case, each section's name in bold, the summary as paragraphs, the other points after
"–", "Opatření:" in bold inside a risk's point, "S pozdravem", the district forester's name, post and "podepsáno
elektronicky", "Příloha:" and "Na vědomí:"; the fold and punch marks at the left edge, on the other pages "Naše
značka" and "strana 2/3" at the head, and at every foot the enterprise's seat, identification numbers and register
entry in small type. "3 400 Kč", "1,25 mil. Kč", "1 250", "12 %", "16. března", "(předchozí informace: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind42_layouts_banks_eu import KALAMITA
from blind42_layouts_content import ascii_slug, parts
from council_layouts_gold import Doc

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

# ---------------------------------------------------------------- Healthwatch, Word with endnotes saved as PDF

HW_CSS = """
@page { size: A4; margin: 22mm 24mm 24mm;
  @top-right { content: "TOPLINE"; font: 8.5pt "Liberation Sans"; color: #5a5a5a; }
  @bottom-left { content: "SITE"; font: 8.5pt "Liberation Sans"; color: #004f6b; }
  @bottom-right { content: counter(page); font: bold 10pt "Liberation Sans"; color: #e73e97; }
  @footnote { border-top: 0.5pt solid #000; margin-top: 5mm; } }
@page :first { @top-right { content: none; } }
@page cover { @bottom-left { content: none; } @bottom-right { content: none; } @top-right { content: none; } }
body { font: 11pt/1.38 "Liberation Sans", sans-serif; color: #1d1d1b; margin: 0; }
.logo { position: relative; width: 42mm; height: 16mm; margin-bottom: 9mm; }
.logo i { position: absolute; display: block; border-radius: 50%; }
h1 { font: bold 26pt/1.15 "Liberation Sans"; color: #e73e97; margin: 0 0 2mm; }
.sub { font: bold 13pt "Liberation Sans"; color: #004f6b; margin: 0 0 6mm; }
p { margin: 0 0 3mm; } .fmt { font-size: 9.5pt; color: #5a5a5a; }
.fn { float: footnote; font: 9pt/1.3 "Liberation Sans"; color: #1d1d1b; }
::footnote-call { font-size: 7pt; vertical-align: super; line-height: 0; }
::footnote-marker { content: counter(footnote); font-size: 7pt; vertical-align: super; padding-right: 1mm; }
h2 { font: bold 16pt/1.2 "Liberation Sans"; color: #e73e97; margin: 7mm 0 2.5mm; page-break-after: avoid; }
ul { margin: 0 0 3mm; padding-left: 6.3mm; } li { margin: 0 0 1.6mm; padding-left: 1mm; }
sup.en { font-size: 7pt; line-height: 0; }
.sep { width: 50mm; border-top: 0.5pt solid #000; margin: 8mm 0 2mm; }
.note { font-size: 9pt; margin: 0 0 1.2mm; } .note sup { font-size: 7pt; }
.cover { page: cover; page-break-before: always; padding-top: 95mm; color: #004f6b; }
.cover .logo { margin-bottom: 12mm; } .cover p { margin: 0 0 1mm; font-size: 11pt; }
.cover .small { margin-top: 10mm; font-size: 8.5pt; color: #5a5a5a; }
"""
ADDRESSES = {"Westmarsh": ("The Old Library", "Market Street", "Westmarsh WM1 2AB"),
             "Calderbrook": ("Unit 4, Brook Mill", "Canal Road", "Calderbrook CB3 7HL"),
             "Ashby Vale": ("Vale House", "14 Church Lane", "Ashby Vale AV2 9QT"),
             "Sandling": ("The Hub, Sandling Library", "Harbour Road", "Sandling SN5 1JD")}  # fmt: skip
SOURCES = {
    "heard": "Healthwatch {place} winter survey, responses received up to {day}.",
    "urgent": "NHS England, A&E Attendances and Emergency Admissions and ambulance handover data, week ending {day}.",
    "gp": "{place} Integrated Care Board, GP appointments data, {month}.",
    "care": "{place} Council, adult social care waiting list figures shared with Healthwatch, {day}.",
    "impact": "Calls and messages to the Healthwatch {place} information and signposting line, 1 to {day}.",
    "funding": "Healthwatch {place} finance report to the board, {month}.",
}
# the sections whose points cite a source, by the first words of their heading
CITED = {"heard": "What people", "urgent": "A&E", "gp": "GP", "care": "Social care", "impact": "Impact",
         "funding": "Funding"}  # fmt: skip


def _hw_logo() -> str:
    """Healthwatch's speech-mark roundels (a picture in the template; no text in it)."""
    dots = (("#e73e97", 0, 2, 12), ("#004f6b", 9, 0, 9), ("#84bd00", 16, 7, 7))
    return (
        '<div class="logo">'
        + "".join(
            f'<i style="background:{c};left:{x}mm;top:{y}mm;width:{s}mm;height:{s}mm"></i>' for c, x, y, s in dots
        )
        + '<i style="background:#004f6b;left:26mm;top:6mm;width:16mm;height:3mm;border-radius:1.5mm"></i></div>'
    )


def pdf_word_endnotes_gb(doc: Doc) -> bytes:
    """The Healthwatch briefing as Word saves it to PDF, its sources in Word's endnotes."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    place = doc.organisation.removeprefix("Healthwatch ")
    site = f"healthwatch{ascii_slug(place).replace('-', '')}.co.uk"
    day = f"{when.day} {when:%B %Y}"
    notes: list[str] = []
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        cite = next((k for k, words in CITED.items() if s.heading.startswith(words)), None)
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        cited = (h >> len(body)) % len(s.items) if cite else -1
        for j, it in enumerate(s.items):
            risk, lead, rest = parts(it, "hw")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            if j == cited and not lead:
                notes.append(SOURCES[cite].format(place=place, day=day, month=f"{when:%B %Y}"))
                text += f'<sup class="en">{ROMAN[len(notes) - 1]}</sup>'
            lis.append(f"<li>{text}</li>")
        body.append(f"<ul>{''.join(lis)}</ul>")
    endnotes = "".join(f'<p class="note"><sup>{ROMAN[i]}</sup> {escape(n)}</p>' for i, n in enumerate(notes))
    street, road, town = ADDRESSES[place]
    handle = "HW" + place.replace(" ", "")
    cover = (
        f'<div class="cover">{_hw_logo()}<p><b>{escape(doc.organisation)}</b></p><p>{street}</p><p>{road}</p>'
        f"<p>{town}</p><p>&nbsp;</p><p>www.{site}</p><p>t: 0300 012 {3400 + h % 500}</p><p>e: enquiries@{site}</p>"
        f'<p>@{handle}</p><p>Facebook.com/{handle}</p><p class="small">{escape(doc.organisation)} is a '
        f"registered charity, number {1150000 + h % 40000}. © {escape(doc.organisation)} {when.year}</p></div>"
    )
    css = HW_CSS.replace("TOPLINE", f"Winter pressures briefing – update {doc.number}").replace("SITE", site)
    html = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Winter pressures briefing '
            f'{doc.number}</title><meta name="author" content="{escape(doc.organisation)}"><style>{css}</style>'
            f"</head><body>{_hw_logo()}<h1>Winter pressures briefing</h1><div class=\"sub\">Update {doc.number} · "
            f"{day}</div><p>Every week this winter we share what people in {escape(place)} tell us about their "
            f"health and social care services<span class=\"fn\">{escape(doc.organisation)} is the independent "
            f"champion for people who use health and social care services in {escape(place)}. We listen to what "
            "people like about services and what could be improved.</span>.</p><p class=\"fmt\">If you need this "
            "briefing in another format, please contact us.</p>"
            f'{"".join(body)}<div class="sep"></div>{endnotes}{cover}</body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- Czech state forests, a letter saved as PDF

LETTER_CSS = """
@page { size: A4; margin: 22mm 20mm 30mm 25mm;
  @top-right { content: "REF  ·  strana " counter(page) "/" counter(pages); font: 8pt "Liberation Sans";
    color: #444; }
  @bottom-center { content: element(foot); } }
@page :first { margin-top: 14mm; @top-right { content: none; } }
body { font: 10.5pt/1.4 "Liberation Sans", sans-serif; color: #111; margin: 0; }
.foot { position: running(foot); font: 6.8pt/1.35 "Liberation Sans"; color: #4a4a4a; border-top: 0.5pt solid #2f6b3a;
  padding-top: 1.5mm; text-align: center; }
.mark { position: fixed; left: -19mm; width: 5mm; border-top: 0.4pt solid #888; }
.head { display: flex; align-items: center; height: 20mm; }
.lg { position: relative; width: 16mm; height: 16mm; background: #2f6b3a; border-radius: 2mm; margin-right: 4mm; }
.lg i { position: absolute; display: block; background: #fff; }
.hn { font: bold 12pt "Liberation Sans"; color: #2f6b3a; } .hs { font-size: 9.5pt; color: #2f6b3a; }
.addr { margin: 14mm 0 0 88mm; height: 30mm; font-size: 10.5pt; line-height: 1.35; }
table.ref { width: 100%; border-collapse: collapse; margin: 6mm 0 7mm; }
table.ref td { vertical-align: top; padding: 0 3mm 0 0; font-size: 9.5pt; }
table.ref .l { font-size: 7.5pt; color: #555; }
.vec { font-weight: bold; margin: 0 0 5mm; }
p { margin: 0 0 3mm; text-align: justify; }
.h { font-weight: bold; margin: 5mm 0 1.5mm; page-break-after: avoid; text-align: left; }
.pt { padding-left: 6mm; text-indent: -6mm; margin: 0 0 1.6mm; text-align: left; }
.pt span { display: inline-block; width: 6mm; text-indent: 0; }
.sig { margin-top: 8mm; } .sig .n { margin-top: 16mm; margin-bottom: 0; }
.sig p { margin: 0; text-align: left; } .enc { margin-top: 9mm; font-size: 9.5pt; }
.enc p { margin: 0 0 1mm; text-align: left; }
"""
KRAJE = {"Lesní správa Frýdlant": ("Krajský úřad Libereckého kraje", "U Jezu 642/2a", "461 80 Liberec 2",
                                   "HZS Libereckého kraje"),
         "Lesní správa Jablunkov": ("Krajský úřad Moravskoslezského kraje", "28. října 117", "702 18 Ostrava",
                                    "HZS Moravskoslezského kraje"),
         "Lesní správa Nasavrky": ("Krajský úřad Pardubického kraje", "Komenského náměstí 125", "532 11 Pardubice",
                                   "HZS Pardubického kraje"),
         "Lesní správa Kašperské Hory": ("Krajský úřad Plzeňského kraje", "Škroupova 18", "306 13 Plzeň",
                                         "HZS Plzeňského kraje")}  # fmt: skip
FORESTERS = (
    ("Ing. Jan Dvořák", "Vážený pane vedoucí,"),
    ("Ing. Petra Kubínová", "Vážená paní vedoucí,"),
    ("Ing. Tomáš Veselý", "Vážený pane vedoucí,"),
    ("Ing. Lenka Marešová", "Vážená paní vedoucí,"),
)
CLERKS = ("Ing. Petr Novák", "Bc. Martina Horáková", "Ing. Radek Svoboda", "Ing. Jiří Procházka")


def pdf_lcr_letter_cs(doc: Doc) -> bytes:
    """The forest district's information to the regional authority as a letter saved from Word to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = KALAMITA.organisations.index(doc.organisation)
    office, street, town, hzs = KRAJE[doc.organisation]
    name, hello = FORESTERS[k]
    ref = f"LČR{310 + k * 7}/{1200 + h % 700:06d}/{when.year}"
    stamp = f"{when.day}. {when.month}. {when.year}"
    district = doc.organisation.removeprefix("Lesní správa ")
    body = []
    for s in doc.sections:
        body.append(f'<p class="h">{escape(s.heading)}</p>')
        for it in s.items:
            if s.key == "highlights":
                body.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "cs")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            body.append(f'<p class="pt"><span>–</span>{text}</p>')
    marks = "".join(f'<div class="mark" style="top:{t}mm"></div>' for t in (91, 134.5, 196))
    logo = "".join(f'<i style="left:{x}mm;top:{y}mm;width:{w}mm;height:{v}mm"></i>'
                   for x, y, w, v in ((7.3, 3, 1.4, 10), (4, 6, 8, 1.2), (5, 9, 6, 1.2)))  # fmt: skip
    cells = (
        ("Váš dopis zn.:", ""),
        ("Ze dne:", ""),
        ("Naše značka:", ref),
        ("Vyřizuje / telefon:", f"{CLERKS[k]} / 956 {310 + k * 7} {100 + h % 90}"),
        ("Datum:", stamp),
    )
    refrow = "".join(f'<td><div class="l">{a}</div>{escape(b) or "&nbsp;"}</td>' for a, b in cells)
    foot = (
        "Lesy České republiky, s. p., Přemyslova 1106/19, Nový Hradec Králové, 500 08 Hradec Králové · IČO: "
        "42196451 · DIČ: CZ42196451<br>zapsaný v obchodním rejstříku vedeném Krajským soudem v Hradci Králové, "
        "oddíl AXIV, vložka 540 · www.lesycr.cz"
    )
    css = LETTER_CSS.replace("REF", f"Naše značka: {ref}")
    html = (f'<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
            f'<style>{css}</style></head><body><div class="foot">{foot}</div>{marks}<div class="head"><div class="lg">'
            f'{logo}</div><div><div class="hn">Lesy České republiky, s. p.</div><div '
            f'class="hs">{escape(doc.organisation)}'
            f'</div></div></div><div class="addr">{office}<br>oddělení krizového řízení<br>{street}<br>{town}</div>'
            f'<table class="ref"><tr>{refrow}</tr></table><p class="vec">Věc: Informace o stavu po větrné kalamitě č. '
            f"{doc.number}</p><p>{hello}</p><p>zasíláme Vám informaci č. {doc.number} o stavu lesních porostů na území "
            f"lesní správy {escape(district)} po vichřici. Údaje jsou platné k {stamp}, 14:00 hod.</p>{''.join(body)}"
            f'<div class="sig"><p>S pozdravem</p><p class="n">{name}</p><p>lesní správce</p><p>Lesy České '
            f"republiky, s. p., {escape(doc.organisation)}</p><p><i>podepsáno elektronicky</i></p></div><div "
            f'class="enc"><p>Příloha: mapa kalamitních ploch (1×)</p><p>Na vědomí: {hzs}; obecní úřady dotčených '
            "obcí</p></div></body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
