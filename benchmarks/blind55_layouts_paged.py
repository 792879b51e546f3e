"""PDF writer of the ``blind55_layouts`` set that prints HTML (WeasyPrint, in Zoho Writer's place): an Indian zonal
railway's monsoon situation report to the Railway Board, typed in Zoho Writer and downloaded as PDF.

An Indian zonal railway in a monsoon that breaches its tracks and floods its suburban stations: the operating
department's daily situation report to the Railway Board, written as an office letter in Zoho Writer — the office
suite that central government offices took up with their Zoho mailboxes — and sent as the PDF Writer downloads:
the letterhead typed in the first page's body ("GOVERNMENT OF INDIA", "MINISTRY OF RAILWAYS", the zone and the
office with its address), the letter's number at the left and "Date:" at the right, "To," and the addressee's
lines, "Sub:" and "Ref:" with a hanging indent, a row of asterisks, the opening sentence, each section's name as
Writer's "Heading 2" after its number ("1. Highlights"), the summary as paragraphs, the other points Writer's
bulleted list, "Action taken:" in bold, the issuing line, the signer's name in brackets with post and zone at the
right, "Copy to:" and its numbered list, the running header "SITREP No. 3 dated 16.07.2026" from the second page
and "Page 1 of 2" at the foot. "₹3.40 crore" (a pound as a hundred rupees), "₹12.50 crore", "1,250", "16 July",
"(last report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind55_layouts_banks_home import MONSOON
from blind55_layouts_content import parts
from council_layouts_gold import Doc

ZONES = (("CR", "CENTRAL RAILWAY", "Headquarters Office, Chhatrapati Shivaji Maharaj Terminus, Mumbai – 400 001",
          "R. K. Sharma"),
         ("WR", "WESTERN RAILWAY", "Headquarters Office, Churchgate, Mumbai – 400 020", "A. P. Deshmukh"),
         ("SWR", "SOUTH WESTERN RAILWAY", "Rail Soudha, Gadag Road, Hubballi – 580 020", "S. Venkatesh"),
         ("NFR", "NORTHEAST FRONTIER RAILWAY", "Headquarters Office, Maligaon, Guwahati – 781 011",
          "B. Bora"))  # fmt: skip


def _section(s) -> str:
    out = [f'<h2 class="zw-heading2">{escape(s.heading)}</h2>']
    if s.key == "highlights":
        return "".join(out + [f'<p class="zw-paragraph">{escape(it.text)}</p>' for it in s.items])
    lis = []
    for it in s.items:
        risk, lead, rest = parts(it, "in")
        lis.append(f'<li class="zw-list">{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>' if lead
                   else f'<li class="zw-list">{escape(it.text)}</li>')  # fmt: skip
    return "".join(out) + '<ul class="zw-bulleted">' + "".join(lis) + "</ul>"


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_zoho_writer_monsoon_rail_in(doc: Doc) -> bytes:
    """The zone's monsoon sitrep as the PDF Zoho Writer downloads of the office letter."""
    when = report_day(doc)
    short, zone, office, officer = ZONES[MONSOON.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    stamp = f"{when:%d.%m.%Y}"
    number = f"{short}/COM/DM/Monsoon/{when.year}/{10 + h % 20 + doc.number}"
    copies = (f"GM/{short} – for kind information.", f"PCSO/{short} and PCE/{short} – for information and "
              "necessary action.", f"All DRMs, {zone.title()} – for information and compliance.",
              "Executive Director (Safety), Railway Board – for information.")  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8">
<title>Monsoon SITREP No. {doc.number} – {escape(doc.organisation)}</title>
<meta name="author" content="{officer}"><meta name="generator" content="Zoho Writer">
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 22mm;
  @top-right {{ content: "SITREP No. {doc.number} dated {stamp}"; font: 8.5pt "Liberation Sans"; color: #555; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt "Liberation Sans"; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }}
.letterhead {{ text-align: center; font-weight: bold; line-height: 1.3; }}
.letterhead .office {{ font-weight: normal; font-size: 10pt; }}
.rule {{ border-bottom: 1.5pt solid #000; margin: 6pt 0 10pt; }}
table.ref {{ width: 100%; border-collapse: collapse; }} table.ref td {{ padding: 0; }}
.hang {{ padding-left: 34pt; text-indent: -34pt; margin: 6pt 0; }}
.stars {{ text-align: center; letter-spacing: 6pt; margin: 8pt 0; }}
h2.zw-heading2 {{ font-size: 11.5pt; font-weight: bold; margin: 12pt 0 4pt; }}
p.zw-paragraph {{ margin: 0 0 6pt; text-align: justify; }}
ul.zw-bulleted {{ margin: 0 0 6pt; padding-left: 22pt; }} li.zw-list {{ margin: 0 0 4pt; text-align: justify; }}
.sign {{ margin: 26pt 0 0 55%; line-height: 1.35; }}
ol.copy {{ margin: 4pt 0 0; padding-left: 22pt; font-size: 10pt; }}
</style></head><body><div class="zw-page">
<div class="letterhead">GOVERNMENT OF INDIA<br>MINISTRY OF RAILWAYS<br>{zone}<br>\
<span class="office">Office of the Principal Chief Operations Manager<br>{office}</span></div>
<div class="rule"></div>
<table class="ref"><tr><td>No. {number}</td><td style="text-align:right">Date: {stamp}</td></tr></table>
<p style="margin:12pt 0 0">To,<br>The Member (Operations &amp; Business Development),<br>Railway Board,<br>\
Rail Bhavan, New Delhi – 110 001.</p>
<p class="hang"><strong>Sub:</strong>&nbsp;&nbsp;Monsoon disruption on {escape(doc.organisation)} – Situation Report \
No. {doc.number} (as on {stamp}, 16:00 hrs).</p>
<p class="hang"><strong>Ref:</strong>&nbsp;&nbsp;&nbsp;Railway Board's letter No. {when.year}/Safety(DM)/6/1 dated \
10.06.{when.year}.</p>
<p class="stars">***</p>
<p class="zw-paragraph">With reference to the above, the position of train services and restoration works on \
{escape(doc.organisation)} as on {stamp} at 16:00 hrs is furnished below for kind information, please.</p>
{"".join(_section(s) for s in doc.sections)}
<p class="zw-paragraph" style="margin-top:10pt">This issues with the approval of the competent authority.</p>
<div class="sign">({officer})<br>Principal Chief Operations Manager<br>{escape(doc.organisation)}</div>
<p style="margin:18pt 0 0"><strong>Copy to:</strong></p>
<ol class="copy">{"".join(f"<li>{escape(x)}</li>" for x in copies)}</ol>
</div></body></html>"""
    return _pdf(html)
