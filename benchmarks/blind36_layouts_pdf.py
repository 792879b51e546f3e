"""PDF writer of the ``blind36_layouts`` set (weasyprint).

A South African local municipality's flood situation report to its municipal manager, typed in Word by the disaster
management centre, saved as PDF and sent for signature through DocuSign, the signed envelope's PDF as the municipality
circulates it: on every page of the report DocuSign's stamp "Docusign Envelope ID: …" at the top left; the
letterhead (the municipality's crest, its name in capitals, "Disaster Management Centre", the postal address,
telephone and e-mail over a rule), the report's box (to, from, date, reference, subject), each section a bold heading
numbered by Word ("1. Executive summary" …), the summary as paragraphs, the points "•" lists, the risks a table Risk |
Mitigation | Responsible (the header row shaded, an empty cell where no mitigation is printed), the signature blocks
("Recommended by" the head of disaster management and "Approved" the municipal manager, each with the "DocuSigned
by:" frame, the signature in script, the signature's short hash, the name, the post and the date) and Word's footer
"Page 1 of 3"; then DocuSign's own "Certificate Of Completion" page (the envelope id, subject, status, originator,
record tracking, the signer events with their signatures, timestamps and IP addresses, and the envelope summary
events). "R3 400", "R1,25 million", "1 250", "16 April", "(previous report: 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind36_layouts_content import slug
from council_layouts_gold import Doc

CSS = """
@page report { size: A4; margin: 22mm 20mm 20mm;
  @top-left { content: "Docusign Envelope ID: ENVELOPE"; font: 7pt "Liberation Sans"; color: #333; }
  @bottom-center { content: "Page " counter(page) " of NPAGES"; font: 8pt "Liberation Sans"; } }
@page cert { size: A4; margin: 14mm; }
body { font: 10.5pt "Liberation Sans", Arial, sans-serif; line-height: 1.3; }
.report { page: report; } .cert { page: cert; page-break-before: always; font-size: 7.5pt; }
.letterhead { display: flex; align-items: center; border-bottom: 2pt solid #1b5e20; padding-bottom: 6pt; }
.crest { width: 48pt; height: 54pt; margin-right: 12pt; } .lh-name { font-size: 15pt; font-weight: bold; }
.lh-small { font-size: 8pt; color: #333; } table.memo { margin: 10pt 0; border-collapse: collapse; width: 100%; }
table.memo td { padding: 2pt 4pt; border: 0.5pt solid #999; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt; }
p { margin: 0 0 5pt; text-align: justify; } ul { margin: 0 0 5pt; padding-left: 16pt; }
table.risk { border-collapse: collapse; width: 100%; } table.risk td, table.risk th { border: 0.5pt solid #000;
  padding: 3pt; vertical-align: top; text-align: left; } table.risk th { background: #d9e2f3; }
.signs { display: flex; justify-content: space-between; margin-top: 22pt; page-break-inside: avoid; }
.sign { width: 46%; } .ds { border: 1pt solid #1f4e9c; border-left-width: 3pt; border-radius: 4pt; padding: 2pt 6pt;
  width: 150pt; } .ds .by { font-size: 6.5pt; color: #1f4e9c; } .ds .script { font: italic 16pt "Liberation Serif";
  color: #1a237e; } .ds .hash { font-size: 6.5pt; color: #555; }
.cert h1 { font-size: 13pt; } .cert table { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
.cert td, .cert th { text-align: left; vertical-align: top; padding: 1.5pt 3pt; }
.cert th { background: #e8e8e8; }
"""
STAFF = {
    "Msinsi Valley": (("Mr S. Dlamini", "Mr T. E. Mkhize"), "Camperdown"),
    "Thukela Coast": (("Ms N. Ngcobo", "Mr B. Zulu"), "Mandeni"),
    "Amahlathi Ridge": (("Mr L. Botha", "Ms P. Mthembu"), "Stutterheim"),
    "Mlazi River": (("Ms Z. Khumalo", "Dr S. Naidoo"), "Umbumbulu"),
}
CREST = ('<svg class="crest" viewBox="0 0 48 54"><path d="M4 4 H44 V30 Q44 46 24 52 Q4 46 4 30 Z" fill="#1b5e20"/>'
         '<path d="M10 30 Q24 18 38 30" stroke="#f9a825" stroke-width="3" fill="none"/></svg>')  # fmt: skip


def _ds(name: str, envelope: str, when: str) -> str:
    short = hashlib.md5((name + envelope).encode()).hexdigest()[:15].upper()
    return (f'<div class="ds"><div class="by">DocuSigned by:</div><div class="script">{escape(name.split()[-1])}'
            f'</div><div class="hash">{short}...</div></div>')  # fmt: skip


def pdf_docusign_flood_za(doc: Doc) -> bytes:
    """The municipality's flood report as the DocuSign envelope's signed PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    place = doc.organisation.removesuffix(" Local Municipality")
    (head, manager), town = STAFF[place]
    env = hashlib.sha1(doc.title.encode()).hexdigest().upper()
    envelope = f"{env[:8]}-{env[8:12]}-{env[12:16]}-{env[16:20]}-{env[20:32]}"
    host = f"{slug(place).replace('-', '')}.gov.za.example"
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        elif s.risks:
            rows = "".join(f"<tr><td>{escape(it.body)}</td><td>{escape(it.mitigation or '')}</td><td>"
                           f"{('Head: DM', 'Ward councillors', 'Technical Services', 'SAPS')[(h + n) % 4]}</td></tr>"
                           for n, it in enumerate(s.items))  # fmt: skip
            body.append('<table class="risk"><colgroup><col style="width:45%"><col style="width:38%"><col '
                        'style="width:17%"></colgroup><tr><th>Risk</th><th>Mitigation</th><th>Responsible</th></tr>'
                        f"{rows}</table>")  # fmt: skip
        else:
            body.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
    day = f"{when.day} {when:%B %Y}"
    signed = f"{when:%Y/%m/%d}"
    memo = (f'<table class="memo"><tr><td><b>To:</b></td><td>{manager}, Municipal Manager</td></tr><tr><td><b>From:'
            f"</b></td><td>{head}, Head: Disaster Management</td></tr><tr><td><b>Date:</b></td><td>{day}</td></tr>"
            f"<tr><td><b>Ref:</b></td><td>DMC/5/2/3-{doc.number}</td></tr><tr><td><b>Subject:</b></td><td><b>FLOOD "
            f"SITUATION REPORT NO. {doc.number}</b></td></tr></table>")  # fmt: skip
    signs = (f'<div class="signs"><div class="sign"><p><b>Recommended by:</b></p>{_ds(head, envelope, signed)}<p>'
             f"{head}<br>HEAD: DISASTER MANAGEMENT<br>Date: {signed}</p></div><div class=\"sign\"><p><b>Approved:</b>"
             f"</p>{_ds(manager, envelope, signed)}<p>{manager}<br>MUNICIPAL MANAGER<br>Date: {signed}</p></div>"
             "</div>")  # fmt: skip
    ip = f"41.{h % 200 + 10}.{(h >> 8) % 250}.{(h >> 16) % 250}"
    stamps = [f"{signed} | {8 + j}:{(h >> j) % 50 + 10:02d}" for j in range(4)]
    cert = ('<div class="cert"><h1>Certificate Of Completion</h1><table><tr><td>Envelope Id: '
            f"{envelope.replace('-', '')}</td><td>Status: Completed</td></tr><tr><td>Subject: Complete with Docusign: "
            f"Flood Situation Report No {doc.number}.pdf</td><td></td></tr><tr><td>Source Envelope:</td><td></td></tr>"
            "<tr><td>Document Pages: DOCPAGES</td><td>Signatures: 2</td></tr><tr><td>Certificate Pages: 1</td><td>"
            "Initials: 0</td></tr><tr><td>AutoNav: Enabled<br>EnvelopeId Stamping: Enabled<br>Time Zone: (UTC+02:00) "
            f"Harare, Pretoria</td><td>Envelope Originator:<br>{head}<br>disaster@{host}<br>IP Address: {ip}</td></tr>"
            f"</table><table><tr><th>Record Tracking</th><th></th></tr><tr><td>Status: Original<br>{stamps[0]}</td>"
            f"<td>Holder: {head}<br>Location: DocuSign</td></tr></table><table><tr><th>Signer Events</th><th>"
            f"Signature</th><th>Timestamp</th></tr><tr><td>{head}<br>Head: Disaster Management<br>Security Level: "
            f"Email, Account Authentication (None)</td><td>{_ds(head, envelope, signed)}Signature Adoption: "
            f"Pre-selected Style<br>Using IP Address: {ip}</td><td>Sent: {stamps[0]}<br>Viewed: {stamps[1]}<br>"
            f"Signed: {stamps[1]}</td></tr><tr><td>{manager}<br>Municipal Manager</td><td>"
            f"{_ds(manager, envelope, signed)}Signed using mobile</td><td>Sent: {stamps[1]}<br>Viewed: {stamps[2]}"
            f"<br>Signed: {stamps[3]}</td></tr></table><table><tr><th>Envelope Summary Events</th><th>Status</th>"
            f"<th>Timestamps</th></tr><tr><td>Envelope Sent</td><td>Hashed/Encrypted</td><td>{stamps[0]}</td></tr>"
            f"<tr><td>Certified Delivered</td><td>Security Checked</td><td>{stamps[2]}</td></tr><tr><td>Signing "
            f"Complete</td><td>Security Checked</td><td>{stamps[3]}</td></tr><tr><td>Completed</td><td>Security "
            f"Checked</td><td>{stamps[3]}</td></tr></table></div>")  # fmt: skip
    html = ('<!DOCTYPE html><html lang="en-ZA"><head><meta charset="utf-8"><style>CSS</style></head><body>'
            f'<div class="report"><div class="letterhead">{CREST}<div><div class="lh-name">{escape(place.upper())} '
            'LOCAL MUNICIPALITY</div><div>Disaster Management Centre</div><div class="lh-small">Private Bag X'
            f"{1000 + h % 9000}, {town}, {3200 + h % 700} · Tel: 033 {h % 900 + 100} {h % 9000 + 1000} · "
            f"disaster@{host}</div></div></div>{memo}{''.join(body)}{signs}</div>{cert}</body></html>")  # fmt: skip
    css = CSS.replace("ENVELOPE", envelope)
    pages = len(HTML(string=html.replace("CSS", css.replace("NPAGES", "3"))).render().pages) - 1
    html = html.replace("DOCPAGES", str(pages))
    return HTML(string=html.replace("CSS", css.replace("NPAGES", str(pages)))).write_pdf()
