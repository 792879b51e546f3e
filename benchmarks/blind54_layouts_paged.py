"""PDF writer of the ``blind54_layouts`` set that prints HTML (WeasyPrint, in Jotform's place): a Guyanese regional
democratic council's flood situation report as a submission of the Civil Defence Commission's online form,
downloaded as the PDF Jotform makes of a submission.

A region of Guyana in a season of floods: the Regional Emergency Operations Centre's daily situation report, typed
into the Civil Defence Commission's Jotform form for regional sitreps and sent on as the submission's PDF — the
form's header with the commission's logo, the form's title and its description, "Submission Date", then the
submission as Jotform lays it out, one row per field with the question at the left and the answer at the right:
the form's heading elements ("Report details", "Situation") as shaded rows across the table, the region, report
number, reporting period, officer, position, telephone and e-mail, then one long-text field per section of the
report — the question is the section's name, the answer its text as the form's rich-text editor keeps it, the
summary as paragraphs, the other points a list, "Measures in place:" in bold —, the photographs' file names, the
drawn signature, the approval check box and the submission's number and page at the foot.
"G$340,000", "G$1.25 million", "1,250", "June 16", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind54_layouts_banks_home import FLOODS
from blind54_layouts_content import US, parts
from council_layouts_gold import Doc

REGIONS = (("Region Two (Pomeroon-Supenaam)", "Anna Regina", "Vishnu Persaud", "(592) 771-4123"),
           ("Region Five (Mahaica-Berbice)", "Fort Wellington", "Leslie Fraser", "(592) 232-0318"),
           ("Region Six (East Berbice-Corentyne)", "New Amsterdam", "Narindra Singh", "(592) 333-2750"),
           ("Region Ten (Upper Demerara-Berbice)", "Linden", "Dwayne Jacobs", "(592) 444-6210"))  # fmt: skip
SIGNATURE = """<svg width="150" height="40" viewBox="0 0 150 40"><path d="M5 30 C 20 5, 30 35, 45 18 S 70 10, 80 28 \
S 110 8, 145 20" fill="none" stroke="#1b2a6b" stroke-width="1.6"/></svg>"""


def _answer(s) -> str:
    if s.key == "highlights":
        return "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    out = []
    for it in s.items:
        risk, lead, rest = parts(it, "gy")
        out.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                   f"<li>{escape(it.text)}</li>")  # fmt: skip
    return "<ul>" + "".join(out) + "</ul>"


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_jotform_sitrep_floods_gy(doc: Doc) -> bytes:
    """The region's flood sitrep as the PDF Jotform makes of a form submission."""
    when = report_day(doc)
    region, _, officer, phone = REGIONS[FLOODS.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    sub = 6_100_000_000_000_000_000 + h * 1_000_003 % 900_000_000_000_000_000
    day = f"{US[when.month - 1]} {when.day}, {when.year}"
    prev = f"{US[when.month - 1]} {when.day - 1 or 1}, {when.year}"
    rows = [("Region", region), ("Report number", str(doc.number)),
            ("Reporting period", f"{prev} 6:00 PM to {day} 6:00 PM"), ("Prepared by", officer),
            ("Position", "Regional Executive Officer"), ("Phone Number", phone),
            ("Email", f"reo.{region.split()[1].lower()}@rdc.gov.gy")]  # fmt: skip
    details = "".join(f'<tr><td class="q">{k}</td><td class="a">{escape(v)}</td></tr>' for k, v in rows)
    report = "".join(f'<tr><td class="q">{escape(s.heading)}</td><td class="a">{_answer(s)}</td></tr>'
                     for s in doc.sections)  # fmt: skip
    photos = "".join(f"<div>IMG_{(h >> n) % 9000 + 1000}.jpg</div>" for n in (0, 5))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Regional Situation Report</title>
<style>
@page {{ size: A4; margin: 16mm 14mm 18mm 14mm;
  @bottom-left {{ content: "Submission ID: {sub}"; font: 7.5pt "Liberation Sans"; color: #8d8fa8; }}
  @bottom-right {{ content: counter(page) " / " counter(pages); font: 7.5pt "Liberation Sans"; color: #8d8fa8; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #2c3345; margin: 0; }}
.header {{ border-bottom: 1px solid #e3e5ee; padding-bottom: 8pt; margin-bottom: 10pt; }}
.logo {{ width: 46pt; height: 46pt; border-radius: 23pt; background: #0b6623; color: #f2c200; font-weight: bold;
  text-align: center; line-height: 46pt; font-size: 13pt; float: left; margin-right: 10pt; }}
h1 {{ font-size: 17pt; margin: 4pt 0 2pt; font-weight: normal; }} .desc {{ color: #6f76a7; font-size: 9pt; }}
table {{ width: 100%; border-collapse: collapse; }}
td {{ border-bottom: 1px solid #e3e5ee; vertical-align: top; padding: 6pt 8pt; }}
td.q {{ width: 34%; color: #6f76a7; font-weight: bold; font-size: 9pt; }}
td.a p {{ margin: 0 0 4pt; }} td.a ul {{ margin: 0; padding-left: 14pt; }} td.a li {{ margin: 0 0 3pt; }}
tr.head td {{ background: #f3f3fe; color: #0a1551; font-size: 11.5pt; font-weight: bold; padding: 7pt 8pt; }}
tr {{ page-break-inside: avoid; }}
</style></head><body>
<div class="header"><div class="logo">CDC</div><h1>Regional Situation Report (SITREP)</h1>
<div class="desc">Civil Defence Commission – for use by Regional Democratic Councils and Regional Emergency Operations \
Centres. Submit by 7:00 PM daily during an activation.</div><div style="clear:both"></div></div>
<table>
<tr><td class="q">Submission Date</td><td class="a">{US[when.month - 1][:3]} {when.day}, {when.year} \
{6 + h % 3}:{h % 50 + 10} PM</td></tr>
<tr class="head"><td colspan="2">Report details</td></tr>
{details}
<tr class="head"><td colspan="2">Situation</td></tr>
{report}
<tr class="head"><td colspan="2">Attachments and approval</td></tr>
<tr><td class="q">Photos</td><td class="a">{photos}</td></tr>
<tr><td class="q">Signature</td><td class="a">{SIGNATURE}</td></tr>
<tr><td class="q">This report was approved by the Regional Chairman</td><td class="a">Yes</td></tr>
</table></body></html>"""
    return _pdf(html)
