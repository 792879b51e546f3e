"""PDF writer of the ``blind51_layouts`` set that prints HTML (WeasyPrint, in the meeting system's place): an Ontario
municipality's staff report on a ransomware attack, in the council agenda that eSCRIBE publishes as a PDF.

An Ontario municipality after a ransomware attack: the chief administrative officer's update to council, written on
the corporation's staff report template in eSCRIBE, the meeting management system many Ontario municipalities use,
and published in the agenda package as a PDF — eSCRIBE's stamp "Page 47 of 212" (the page of the whole package) at
the top right of every page, the municipality's logo and "Staff Report", the table of particulars ("To", "From",
"Report Number", "Meeting Date", "Subject"), the template's "Recommendation" with its motion that the report be
received for information, then each section's name in bold, the summary as paragraphs, the other points bulleted,
"Mitigation:" in bold, and the template's closing: "Strategic Plan Linkage", "Attachments" and the "Prepared by" and
"Approved by" blocks; the report's number and "Page 1 of 3" at the foot. "$3,400", "$1.25 million", "1,250",
"March 16", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind51_layouts_banks_home import RANSOM
from blind51_layouts_content import parts
from council_layouts_gold import Doc

MUNICIPALITIES = (
    ("#00558C", "BRANTFORD", "Corporate Services Commission", "CSC", "Paul Moore",
     "General Manager, Corporate Services", "Daniel Okafor", "Chief Information Officer",
     "Council Priority: Modern, Efficient and Effective Government"),
    ("#00843D", "WHITBY", "Office of the CAO", "CAO", "Karen Sharpe", "Chief Administrative Officer",
     "Michael Tran", "Director, Technology and Innovation Services", "Strategic Pillar: Great Governance"),
    ("#1F4E8C", "SAULT STE. MARIE", "Corporate Services", "CS", "Tom Vair", "Deputy CAO, Corporate Services",
     "Angela Rossi", "Manager of Information Technology", "Focus Area: Service Delivery"),
    ("#C8102E", "CHATHAM-KENT", "Corporate Services", "CS", "Catherine Fitzgerald", "Chief Financial Officer",
     "Brent Gough", "Director, Information Technology", "CK Plan 2035: Responsible Government"),
)  # fmt: skip


def _point(it) -> str:
    risk, lead, rest = parts(it, "on")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_escribe_staff_report_cyber_on(doc: Doc) -> bytes:
    """The staff report on the ransomware attack as it prints in the eSCRIBE agenda package."""
    when = report_day(doc)
    k = RANSOM.organisations.index(doc.organisation)
    colour, mark, unit, code, author, post, approver, approver_post, plan = MUNICIPALITIES[k]
    h = zlib.crc32(doc.title.encode())
    number = f"{code}-{when.year}-{h % 180 + 20:03d}"
    first, total = 20 + h % 60, 140 + h % 120
    day = f"{when:%B} {when.day}, {when.year}"
    subject = f"Cybersecurity Incident – Update {doc.number}"
    text = []
    for s in doc.sections:
        text.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            text += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            text.append("<ul>" + "".join(f"<li>{_point(it)}</li>" for it in s.items) + "</ul>")
    html = f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8">
<title>{escape(subject)}</title>
<style>
@page {{ size: letter; margin: 22mm 22mm 22mm 25mm; counter-increment: agenda;
  @top-right {{ content: "Page " counter(agenda) " of {total}"; font: 9pt "Liberation Sans"; color: #333; }}
  @bottom-left {{ content: "Report No. {number}"; font: 8.5pt "Liberation Sans"; color: #444; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt "Liberation Sans";
    color: #444; }} }}
@page :first {{ counter-reset: agenda {first}; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; }}
.masthead {{ display: flex; justify-content: space-between; align-items: center; border-bottom: 2pt solid {colour};
  padding-bottom: 3mm; margin-bottom: 5mm; }}
.logo {{ width: 46mm; height: 14mm; background: {colour}; color: #fff; font: bold 11pt "Liberation Sans";
  line-height: 14mm; text-align: center; letter-spacing: 1pt; }}
.kind {{ font: bold 20pt "Liberation Sans"; color: {colour}; }}
table.details {{ border-collapse: collapse; width: 100%; margin-bottom: 5mm; }}
table.details td {{ padding: 1.2mm 2mm; vertical-align: top; }}
table.details td.label {{ width: 34mm; font-weight: bold; }}
h2 {{ font-size: 12pt; font-weight: bold; margin: 5mm 0 2mm; }}
p {{ margin: 0 0 2.5mm; }}
ul {{ margin: 0 0 2.5mm; padding-left: 7mm; }}
li {{ margin-bottom: 1.5mm; }}
.sign td {{ padding: 1mm 6mm 1mm 0; vertical-align: top; }}
</style></head><body>
<div class="masthead"><div class="logo">{escape(mark)}</div><div class="kind">Staff Report</div></div>
<table class="details">
<tr><td class="label">To:</td><td>Mayor and Members of Council</td></tr>
<tr><td class="label">From:</td><td>{escape(author)}, {escape(post)}</td></tr>
<tr><td class="label">Department:</td><td>{escape(unit)}</td></tr>
<tr><td class="label">Report Number:</td><td>{number}</td></tr>
<tr><td class="label">Meeting Date:</td><td>{day}</td></tr>
<tr><td class="label">Subject:</td><td>{escape(subject)}</td></tr>
</table>
<h2>Recommendation</h2>
<p>That Report {number}, {escape(subject)}, BE RECEIVED for information.</p>
{chr(10).join(text)}
<h2>Strategic Plan Linkage</h2>
<p>{escape(plan)}</p>
<h2>Attachments</h2>
<p>None</p>
<table class="sign">
<tr><td><b>Prepared by:</b></td><td><b>Approved by:</b></td></tr>
<tr><td>{escape(approver)}<br>{escape(approver_post)}</td><td>{escape(author)}<br>{escape(post)}</td></tr>
</table>
</body></html>"""
    return _pdf(html)
