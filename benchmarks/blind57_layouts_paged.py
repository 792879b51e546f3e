"""PDF writer of the ``blind57_layouts`` set that prints HTML (WeasyPrint, in the place of D4H's own PDF export): a
British Overseas Territory's disaster management agency's hurricane situation report written in D4H Incident
Management and printed from it.

The disaster management agency of a British Overseas Territory in the Caribbean after a hurricane: the National
Emergency Operations Centre's situation report, written section by section in the situation report module of D4H
Incident Management (the incident management software many emergency services use) and exported with its "Print /
PDF" button for the Governor's Office, the Premier, the NEOC's partners and the regional coordination centre: the
running header with the agency and the report, the agency's block ("National Emergency Operations Centre"), the
title "Situation Report #3" over the incident's name, the details table ("Incident", "Operational period",
"Activation level", "Status" with its badge, "Prepared by", "Approved by"), each section's name a heading of the
template the agency set up, the summary as paragraphs, the other points a list, the risks a table
Risk | Mitigation | Lead agency, the distribution list, and the footer on every page ("Printed from D4H Incident
Management by … on 29/09/2026 18:42" and "Page 1 of 3"). "US$340,000", "US$1.25 million", "1,250", "12%",
"16 October", "(previous sitrep: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind57_layouts_banks_home import HURRICANE
from council_layouts_gold import Doc

AGENCIES = (("Cayman Islands", "HMCI", "Danielle Coleman", "Deputy Director, Preparedness and Planning",
             "Simon Ebanks", "Director"),
            ("Turks and Caicos Islands", "DDME", "Akeisha Forbes", "Emergency Operations Officer",
             "Desiree Smith", "Director"),
            ("Anguilla", "DDM", "Kendra Richardson", "Deputy Director", "Elkin Hodge", "Director"),
            ("Virgin Islands", "DDM", "Jasen Penn", "Senior Operations Officer", "Jevon Creque",
             "Director"))  # fmt: skip
LEADS = ("Public Works Department", "Utility regulator and power company", "Public Health Department",
         "Royal Police Force", "NEOC Shelter Management")  # fmt: skip


def _section(s, n: int) -> str:
    head = f"<h2>{escape(s.heading)}</h2>"
    if s.key == "highlights":
        return head + "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    if s.risks:
        rows = "".join(f"<tr><td>{escape(it.body)}</td><td>{escape(it.mitigation or '')}</td>"
                       f"<td>{LEADS[(n + k) % len(LEADS)] if it.mitigation else 'NEOC'}</td></tr>"
                       for k, it in enumerate(s.items))  # fmt: skip
        return (head + '<table class="risks"><thead><tr><th style="width:42%">Risk</th><th style="width:38%">'
                f"Mitigation</th><th>Lead agency</th></tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip
    return head + "<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>"


def pdf_d4h_hurricane_sitrep_bot(doc: Doc) -> bytes:
    """The agency's hurricane situation report as D4H Incident Management prints it to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    territory, short, preparer, post, director, director_post = AGENCIES[
        HURRICANE.organisations.index(doc.organisation)]  # fmt: skip
    h = zlib.crc32(doc.title.encode())
    printed = f"{when:%d/%m/%Y} {17 + h % 3}:{h % 50 + 10:02d}"
    user = f"{preparer.split()[0][0]}. {preparer.split()[1]}"
    period = f"{when:%d %b %Y} 06:00 – {when:%d %b %Y} 18:00"
    status = "Approved"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Situation Report #{doc.number} – \
Hurricane Kyle – {escape(doc.organisation)}</title><style>
@page {{ size: Letter; margin: 22mm 16mm 20mm 16mm;
  @top-left {{ content: "{short} · National Emergency Operations Centre"; font: 8pt "DejaVu Sans"; color: #555; }}
  @top-right {{ content: "Situation Report #{doc.number} · Hurricane Kyle"; font: 8pt "DejaVu Sans"; color: #555; }}
  @bottom-left {{ content: "Printed from D4H Incident Management by {user} on {printed}"; font: 7.5pt \
"DejaVu Sans"; color: #777; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt "DejaVu Sans"; color: #777; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1f2933; line-height: 1.45; }}
.agency {{ border-left: 6px solid #0b5394; padding-left: 10px; margin-bottom: 12px; }}
.agency .name {{ font-size: 12pt; font-weight: bold; }} .agency .unit {{ font-size: 9pt; color: #52606d; }}
h1 {{ font-size: 17pt; margin: 4px 0 0; }} .incident {{ font-size: 11pt; color: #52606d; margin-bottom: 10px; }}
table.details {{ width: 100%; border-collapse: collapse; margin-bottom: 14px; font-size: 8.5pt; }}
table.details th, table.details td {{ border: 1px solid #cbd2d9; padding: 4px 6px; text-align: left; }}
table.details th {{ background: #f0f4f8; width: 18%; }}
.badge {{ background: #2f8132; color: #fff; border-radius: 8px; padding: 1px 7px; font-size: 7.5pt; }}
h2 {{ font-size: 11pt; color: #0b5394; border-bottom: 1px solid #cbd2d9; padding-bottom: 2px; margin: 14px 0 6px; }}
ul {{ margin: 0; padding-left: 18px; }} li {{ margin-bottom: 3px; }} p {{ margin: 0 0 5px; }}
table.risks {{ width: 100%; border-collapse: collapse; font-size: 8.5pt; }}
table.risks th {{ background: #0b5394; color: #fff; text-align: left; padding: 4px 6px; }}
table.risks td {{ border: 1px solid #cbd2d9; padding: 4px 6px; vertical-align: top; }}
.distribution {{ margin-top: 16px; font-size: 8.5pt; color: #52606d; }}
</style></head><body>
<div class="agency"><div class="name">{escape(doc.organisation)}</div><div class="unit">National Emergency \
Operations Centre · {escape(territory)}</div></div>
<h1>Situation Report #{doc.number}</h1><div class="incident">Hurricane Kyle</div>
<table class="details"><tr><th>Incident</th><td>Hurricane Kyle – {escape(territory)}</td><th>Operational period\
</th><td>{period}</td></tr><tr><th>Activation level</th><td>Level 1 – Full activation</td><th>Status</th><td>\
<span class="badge">{status}</span></td></tr><tr><th>Prepared by</th><td>{preparer}, {post}</td><th>Approved by\
</th><td>{director}, {director_post}, {short}</td></tr></table>
{"".join(_section(s, n) for n, s in enumerate(doc.sections))}
<div class="distribution"><b>Distribution:</b> Governor's Office; Premier's Office; National Emergency Operations \
Centre partners; CDEMA Regional Coordination Centre.</div>
</body></html>"""
    return HTML(string=html).write_pdf()
