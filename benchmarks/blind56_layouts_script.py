"""Mail writer of the ``blind56_layouts`` set built by a script: a Philippine port management office's typhoon
situation report mailed from its Google Sheets tracker by Apps Script.

A port management office of the Philippine Ports Authority in a typhoon: the duty officer fills the day's rows in
the office's "Typhoon SitRep" Google Sheet and runs the sheet's "Send SitRep" menu, an Apps Script that builds the
mail from the rows and sends it with ``GmailApp.sendEmail`` to the head office's operations centre, the Coast Guard
station and the shipping lines: the plain text part the script's ``body`` argument ("This report is best viewed in
an HTML-enabled email client."), and the HTML the script concatenates — a grey header table with "PHILIPPINE PORTS
AUTHORITY", the office, "TYPHOON SITUATION REPORT No. 3", "As of 0800H, October 16, 2026" and the tropical cyclone
signal, each section's name an ``<h4>`` in navy, the summary as paragraphs, the other points ``<li>`` from the sheet's
cells with "Countermeasures:" in bold, "Prepared by:" and "Noted by:" with names and posts, and the script's footer
("This is a system-generated email from the PMO SitRep tracker. Please do not reply.") with the sheet's link.
"₱340,000", "₱1.25 million", "1,250", "12%", "October 16", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind56_layouts_banks_home import TYPHOON
from blind56_layouts_content import US, parts
from blind56_layouts_mail import message
from council_layouts_gold import Doc

PMOS = (("Batangas", "Engr. Juan Carlo Dimaano", "Atty. Liza Macalintal"),
        ("Bicol", "Engr. Ramon Bañares", "Atty. Teresita Lopez"),
        ("Eastern Leyte/Samar", "Engr. Marvin Cabahug", "Atty. Noel Tiu"),
        ("Surigao", "Engr. Ariel Plaza", "Atty. Gemma Ochoa"))  # fmt: skip


def eml_apps_script_typhoon_ports_ph(doc: Doc) -> bytes:
    """The office's typhoon sitrep as its Apps Script sends it through Gmail."""
    when = report_day(doc)
    office, preparer, noter = PMOS[TYPHOON.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    asof = f"As of 0800H, {US[when.month - 1]} {when.day}, {when.year}"
    html = ('<div style="font-family:Arial,sans-serif;font-size:13px;color:#000">'
            '<table style="border-collapse:collapse;width:100%;background:#eeeeee"><tr><td style="padding:10px">'
            '<b>PHILIPPINE PORTS AUTHORITY</b><br>Port Management Office of ' + escape(office) + "<br><br>"
            f'<b style="font-size:16px">TYPHOON SITUATION REPORT No. {doc.number}</b><br>{asof}<br>'
            "Tropical Cyclone Wind Signal: No. 2</td></tr></table>")  # fmt: skip
    for s in doc.sections:
        html += f'<h4 style="color:#1f3a68;margin:16px 0 4px">{escape(s.heading)}</h4>'
        if s.key == "highlights":
            html += "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
            continue
        html += "<ul>"
        for it in s.items:
            risk, lead, rest = parts(it, "ph")
            html += f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead else \
                f"<li>{escape(it.text)}</li>"  # fmt: skip
        html += "</ul>"
    sheet = f"https://docs.google.com/spreadsheets/d/1{h:x}Pq{h % 977}sitrep/edit"
    html += (f'<br><table style="width:100%"><tr><td style="vertical-align:top">Prepared by:<br><br><b>{preparer}</b>'
             f'<br>Port Operations Division Manager</td><td style="vertical-align:top">Noted by:<br><br><b>{noter}</b>'
             '<br>Port Manager</td></tr></table><hr><p style="font-size:11px;color:#777">This is a system-generated '
             f'email from the PMO SitRep tracker. Please do not reply.<br><a href="{sheet}">Open tracker</a></p>'
             "</div>")  # fmt: skip
    subject = f"[SITREP] PMO {office} – Typhoon Situation Report No. {doc.number} ({asof})"
    mid = f"<CA+{h:x}{doc.number}Gm{h % 9973}@mail.gmail.com>"
    return message(f"PMO {office} Operations <pmo.{office.split('/')[0].lower().replace(' ', '')}.ops@ppa.com.ph>",
                   "opcen@ppa.com.ph", subject, when, 8, 8, mid,
                   "This report is best viewed in an HTML-enabled email client.\n", html,
                   {"X-Google-Original-From": "Apps Script"})  # fmt: skip
