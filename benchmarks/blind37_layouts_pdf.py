"""PDF writers of the ``blind37_layouts`` set (weasyprint).

A Punjab district animal husbandry office's weekly situation report on lumpy skin disease to the Director, drafted,
approved and dispatched in NIC's eOffice, the letter's PDF as eOffice makes it: on every page "File No. …
(Computer No. …)" at the top and "Generated from eOffice by …, … on 17/08/2026 11:42 AM" at the foot; the letterhead
(the state emblem, "Government of Punjab", the department, the office), "To" and the Director's address, "Memo No.
… Dated: …", "Subject:" and "Reference:" (the subject underlined), "Sir," and the opening sentence "… is as under:-";
each section a bold heading numbered "1." … "11." as typed, the summary as paragraphs, every other point a paragraph
numbered "(i)", "(ii)" … on a hanging indent, "Action taken:" inside a risk's point; "This is for your kind information
please.", the digital signature's box ("Signed by …", "Date: …", "Reason: Approved") over the name and post in
brackets, then the endorsement "Endst. No. …" with "A copy of the above is forwarded to the following for information
and necessary action:-", its numbered addressees and the second signature. "Rs. 34,000", "Rs. 3.40 lakh",
"1,25,000", "16.08.2026", "(previous report: 5)".

A Bavarian district office's "Lagemeldung" in a snow disaster, written in Word by its disaster management staff
(Führungsgruppe Katastrophenschutz) and faxed to the district government, as the government's fax server files it
(a PDF a page for each faxed page, the server's text layer): on every page the sending machine's line at the top
(the date and time, the sender's name, its number and "S. 02/04") and the server's receipt line at the foot; the
first page the office's "Telefax" cover sheet (letterhead, the boxes An, Fax, Von, Datum, Seiten, Betreff, the
remark, the tick boxes "Eilt", "Zur Kenntnis", "Bitte um Rückruf" and the confidentiality note); then the report —
the office and staff, "Lagemeldung Nr. 3", "Stand: …, 07:00 Uhr", each section a bold heading numbered "1." … by
Word, the summary as paragraphs, the points after "–", "Maßnahme:" inside a risk's point, "gez." and the head of the
staff, "Verteiler:" and its list. "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Januar", "(Vormeldung: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import MONATE, report_day
from blind37_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- NIC eOffice letter, Punjab

EOFFICE_CSS = """
@page { size: A4; margin: 18mm 20mm 18mm;
  @top-left { content: "FILENO"; font: 8pt "Liberation Sans"; }
  @bottom-center { content: "GENERATED"; font: 6.5pt "Liberation Sans"; color: #333; } }
body { font: 11pt "Liberation Serif", "Times New Roman", serif; line-height: 1.3; }
.lh { text-align: center; border-bottom: 1.2pt solid #000; padding-bottom: 4pt; margin-bottom: 8pt; }
.emblem { width: 34pt; height: 40pt; } .lh b { font-size: 12.5pt; } .lh div { font-size: 10.5pt; }
p { margin: 0 0 5pt; text-align: justify; } .memo { display: flex; justify-content: space-between; margin: 6pt 0; }
.subject { margin-left: 60pt; text-indent: -60pt; } h4 { font-size: 11pt; margin: 8pt 0 3pt; }
.pt { margin-left: 28pt; text-indent: -22pt; } .sign { margin: 14pt 0 10pt auto; width: 46%; text-align: center; }
.dsc { border: 0.8pt solid #2e7d32; color: #1b5e20; font: 8pt "Liberation Sans"; text-align: left; padding: 3pt 5pt;
  margin: 0 auto 4pt; width: 150pt; }
"""
EMBLEM = ('<svg class="emblem" viewBox="0 0 34 40"><circle cx="17" cy="12" r="8" fill="none" stroke="#000"/>'
          '<rect x="9" y="22" width="16" height="12" fill="none" stroke="#000"/></svg>')  # fmt: skip
OFFICERS_PB = {"Ludhiana": ("Dr. Harpreet Singh Grewal", "LDH", "0161"), "Bathinda": ("Dr. Gurcharan Singh Brar", "BTI",
               "0164"), "Hoshiarpur": ("Dr. Neelam Sharma", "HSP", "01882"), "Fazilka": ("Dr. Rajinder Kumar Kamboj",
               "FZK", "01638")}  # fmt: skip
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")


def pdf_eoffice_lumpy_in(doc: Doc) -> bytes:
    """The district office's lumpy skin disease report as the letter's PDF from eOffice."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    district = doc.organisation.rsplit(", ", 1)[1]
    officer, code, std = OFFICERS_PB[district]
    sent = when + timedelta(days=1)
    file_no = f"File No.DDAH-{code}/LSD/{40 + h % 50}/2026-Vety (Computer No. {3400000 + h % 600000})"
    stamp = f"{sent:%d/%m/%Y} {10 + h % 2}:{h % 50 + 10:02d} AM"
    generated = (f"Generated from eOffice by {officer.upper().replace('.', '')}, DDAH-{code}(DDAH), DEPUTY DIRECTOR "
                 f"ANIMAL HUSBANDRY, ANIMAL HUSBANDRY DEPARTMENT on {stamp}")  # fmt: skip
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h4>{escape(s.heading)}</h4>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        for j, it in enumerate(s.items):
            risk, lead, rest = parts(it, "in")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            body.append(f'<p class="pt">({ROMAN[j]})&nbsp;&nbsp;{text}</p>')
    memo = f"DDAH/{code}/LSD/2026/{1200 + h % 700}"
    dsc = (f'<div class="dsc">Signed by {escape(officer.removeprefix("Dr. "))}<br>Date: {sent:%d-%m-%Y} '
           f"{10 + h % 2}:{h % 50 + 10:02d}:{h % 60:02d}<br>Reason: Approved</div>")  # fmt: skip
    sign = (f'<div class="sign">{dsc}<p style="text-align:center">({escape(officer)})<br>Deputy Director Animal '
            f"Husbandry,<br>{district}.</p></div>")  # fmt: skip
    copies = (f"The Deputy Commissioner, {district}.", "The Joint Director (Disease Investigation), Animal Husbandry "
              "Department, Punjab, Jalandhar.", f"All Senior Veterinary Officers in District {district}.")  # fmt: skip
    html = ('<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><style>CSS</style></head><body>'
            f'<div class="lh">{EMBLEM}<br><b>GOVERNMENT OF PUNJAB</b><div>DEPARTMENT OF ANIMAL HUSBANDRY, FISHERIES '
            f"AND DAIRY DEVELOPMENT</div><div>Office of the Deputy Director Animal Husbandry, {district}</div><div "
            f'style="font-size:8.5pt">Email: ddah{code.lower()}@punjab.gov.in.example · Phone: {std}-2{h % 900000:06d}'
            f'</div></div><p>To</p><p style="margin-left:28pt">The Director,<br>Animal Husbandry Department, Punjab,'
            f'<br>Livestock Bhawan, Sector 68,<br>S.A.S. Nagar (Mohali).</p><div class="memo"><span>Memo No. {memo}'
            f'</span><span>Dated: {sent:%d.%m.%Y}</span></div><p class="subject"><b>Subject:</b>&nbsp;&nbsp;<u>'
            f"Weekly situation report No. {doc.number} regarding Lumpy Skin Disease in District {district}.</u></p>"
            '<p class="subject"><b>Reference:</b>&nbsp;&nbsp;Your office letter No. LSD/Epid/2026/2231 dated '
            f'{(when - timedelta(days=20)):%d.%m.%Y}.</p><p>Sir,</p><p style="text-indent:28pt">With reference to the '
            f"subject cited above, the situation report of District {district} for the week ending "
            f'{when:%d.%m.%Y} is as under:-</p>{"".join(body)}<p style="text-indent:28pt">This is for your kind '
            f'information please.</p>{sign}<div class="memo"><span>Endst. No. DDAH/{code}/LSD/2026/'
            f"{1201 + h % 700}</span><span>Dated: {sent:%d.%m.%Y}</span></div><p>A copy of the above is forwarded to "
            "the following for information and necessary action:-</p>"
            + "".join(f'<p class="pt">{j + 1}.&nbsp;&nbsp;{escape(c)}</p>' for j, c in enumerate(copies))
            + f"{sign}</body></html>")  # fmt: skip
    css = EOFFICE_CSS.replace("FILENO", file_no).replace("GENERATED", generated)
    return HTML(string=html.replace("CSS", css)).write_pdf()


# ---------------------------------------------------------------- fax of a Bavarian Lagemeldung

FAX_CSS = """
@page { size: A4; margin: 20mm 20mm 18mm 24mm;
  @top-left { content: "TTI" counter(page, decimal-leading-zero) "/NP2"; font: 8pt "Liberation Mono";
    white-space: pre; }
  @bottom-left { content: "RECEIPT" counter(page) " von NPAGES"; font: 6.5pt "Liberation Sans"; } }
body { font: 11pt "Liberation Sans", Arial, sans-serif; line-height: 1.3; color: #000; }
.cover { page-break-after: always; } .lh { display: flex; justify-content: space-between; border-bottom: 1pt solid
  #000; padding-bottom: 4pt; } .lh b { font-size: 13pt; } .telefax { font-size: 26pt; font-weight: bold;
  letter-spacing: 4pt; margin: 22pt 0 12pt; } table.box { border-collapse: collapse; width: 100%; }
table.box td { border: 0.8pt solid #000; padding: 5pt 6pt; vertical-align: top; } .note { font-size: 8pt;
  margin-top: 30pt; } h3 { font-size: 11pt; margin: 10pt 0 3pt; } p { margin: 0 0 4pt; }
.dash { margin-left: 14pt; text-indent: -12pt; } .head { font-size: 9.5pt; border-bottom: 0.6pt solid #000;
  padding-bottom: 3pt; margin-bottom: 8pt; } h2 { font-size: 14pt; margin: 4pt 0 0; }
"""
HEADS_DE = {"Miesbach": ("Regierungsdirektor Thomas Huber", "08025 704", "Regierung von Oberbayern"),
            "Garmisch-Partenkirchen": ("Oberregierungsrat Andreas Wörle", "08821 751", "Regierung von Oberbayern"),
            "Traunstein": ("Regierungsrätin Katharina Aicher", "0861 58", "Regierung von Oberbayern"),
            "Oberallgäu": ("Regierungsdirektor Michael Hörmann", "08321 612", "Regierung von Schwaben")}  # fmt: skip


def pdf_fax_lagemeldung_de(doc: Doc) -> bytes:
    """The district office's Lagemeldung as the district government's fax server files the fax."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    kreis = doc.organisation.removeprefix("Landratsamt ")
    head, phone, gov = HEADS_DE[kreis]
    t = f"07:{30 + h % 25:02d}"
    day = f"{when:%d.%m.%Y}"
    tti = f"{day}  {t}   LRA {kreis.upper()[:14]} FUEGK   +49 {phone.lstrip('0')} 4999        S. "
    receipt = (f"Fax empfangen: {day} {t}:{h % 60:02d} | Absender +49{phone.lstrip('0').replace(' ', '')}4999 | "
               f"Empfänger Fax-Server {gov} | Seite ")  # fmt: skip
    body: list[str] = []
    for s in doc.sections:
        number, name = s.heading.split(" ", 1)
        body.append(f"<h3>{number}&nbsp;&nbsp;&nbsp;{escape(name)}</h3>")
        for it in s.items:
            if s.key == "highlights":
                body.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "de")
            text = f"{escape(risk)} {escape(lead)} {escape(rest)}" if lead else escape(it.text)
            body.append(f'<p class="dash">–&nbsp;&nbsp;{text}</p>')
    stand = f"{when.day}. {MONATE[when.month - 1]} {when.year}, 07:00 Uhr"
    cover = (f'<div class="cover"><div class="lh"><div><b>Landratsamt {escape(kreis)}</b><br>Öffentliche Sicherheit '
             "und Ordnung<br>Führungsgruppe Katastrophenschutz</div><div style=\"text-align:right;font-size:9pt\">"
             f"Telefon {phone}-4900<br>Telefax {phone}-4999<br>fuegk@lra-{kreis.lower()}.example.de</div></div>"
             '<div class="telefax">TELEFAX</div><table class="box"><tr><td style="width:22%">An:</td><td>'
             f"{gov}<br>Sachgebiet 10 – Sicherheit und Ordnung, Katastrophenschutz</td></tr><tr><td>Fax:</td><td>"
             f"089 2176-2990</td></tr><tr><td>Von:</td><td>{escape(head)}, Leiter der FüGK</td></tr><tr><td>Datum:"
             f"</td><td>{day}</td></tr><tr><td>Seiten (inkl. Deckblatt):</td><td>NPAGES</td></tr><tr><td>Betreff:"
             f"</td><td>Lagemeldung Nr. {doc.number} – Schneekatastrophe</td></tr><tr><td>Bemerkung:</td><td>Bitte "
             "um Weiterleitung an das Lagezentrum des StMI.</td></tr></table><p style=\"margin-top:14pt\">☐ Eilt"
             "&nbsp;&nbsp;&nbsp;&nbsp;☒ Zur Kenntnis&nbsp;&nbsp;&nbsp;&nbsp;☐ Bitte um Rückruf</p><p class=\"note\">"
             "Diese Telefaxmitteilung ist ausschließlich für den Adressaten bestimmt. Sollten Sie dieses Telefax "
             "irrtümlich erhalten haben, benachrichtigen Sie uns bitte umgehend telefonisch. Sollte die Übertragung "
             "unvollständig sein, rufen Sie bitte unter der oben genannten Nummer an.</p></div>")  # fmt: skip
    report = (f'<div class="head">Landratsamt {escape(kreis)} · Führungsgruppe Katastrophenschutz (FüGK)</div>'
              f"<h2>Lagemeldung Nr. {doc.number}</h2><p><b>Stand: {stand}</b></p>{''.join(body)}"
              f'<p style="margin-top:16pt">gez.<br>{escape(head)}<br>Leiter der Führungsgruppe Katastrophenschutz</p>'
              "<p style=\"margin-top:10pt\"><b>Verteiler:</b></p><p class=\"dash\">–&nbsp;&nbsp;"
              f"{gov}, SG 10</p><p class=\"dash\">–&nbsp;&nbsp;Kreisbrandrat</p><p class=\"dash\">–&nbsp;&nbsp;"
              "Bürgermeister der kreisangehörigen Gemeinden</p>")  # fmt: skip
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>CSS</style></head><body>'
            f"{cover}{report}</body></html>")  # fmt: skip
    css = FAX_CSS.replace("TTI", tti).replace("RECEIPT", receipt)
    html = html.replace("CSS", css)
    pages = len(HTML(string=html.replace("NP2", "04").replace("NPAGES", "4")).render().pages)
    return HTML(string=html.replace("NP2", f"{pages:02d}").replace("NPAGES", str(pages))).write_pdf()
