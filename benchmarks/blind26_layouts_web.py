"""Web writers of the ``blind26_layouts`` set.

A US county office of emergency management's situation report kept on its WebEOC status board and saved from the
browser ("Webpage, Complete"): the "saved from url" comment, WebEOC's bar with the incident, position and user and
its menu, the board's toolbar (Print / Export / Back to List), the board title and the county's office, a grid of the
record's fields (report number, operational period "09/16/2025 0700 – 09/17/2025 0700", activation level, prepared
by), then each section a table of its own whose first row is the label in capitals on a dark band and whose second
row is the text area as typed — lines led by "- " (or "• " at two counties) joined by ``<br>``, "Actions:" plain
inside a concern's line —, the record's history line, hidden fields and "Powered by WebEOC".

A New Zealand community-led welfare hub's situation sheet kept in Google Sheets and published to the web ("File >
Share > Publish to web", the page as the hub's Facebook post links to it): the document's name in the top bar, the
sheet tabs (Sitrep, Contacts, Roster), the grid as Sheets writes it — ``<table class="waffle">`` with the column
letters in a head row and the row numbers in ``<th>`` cells, ``s0``… classes —, the title and "Last updated" rows, a
header row Area / Update / Lead / Updated, each section a shaded row merged across the sheet, each point a row of its
own (the update in column B, the team that leads it and the day it was last changed beside it), the risks under a
header row of their own Risk / Mitigation / Owner with the mitigation in its own cell, and the footer "Published by
Google Sheets – Report Abuse – Updated automatically every 5 minutes".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind26_layouts_content import parts, us_day
from council_layouts_gold import Doc

# ---------------------------------------------------------------- WebEOC board

EOC_STAFF = {"Pamlico": ("Dana Whitfield", "dwhitfield", "- "), "Brunswick Shoals": ("Marcus Bell", "mbell", "• "),
             "Carteret Sound": ("Tonya Ruiz", "truiz", "• "),
             "Onslow Bay": ("Kevin O'Neal", "koneal", "- ")}  # fmt: skip
EOC_CSS = (".hdr{background:#1b3a5c;color:#fff;font:12px Arial;padding:4px}.hdr a{color:#fff;margin-right:12px}"
           "table.fields td{font:12px Arial;padding:3px 6px;border:1px solid #bbb}td.label{background:#e8eef4;"
           "font-weight:bold;width:160px}table.section{width:100%;border:1px solid #7a8ca0;margin-top:8px;"
           "border-collapse:collapse}td.sectionheader{background:#3c5a78;color:#fff;font:bold 12px Arial;"
           "padding:3px 6px}td.sectiontext{font:12px Arial;padding:6px;vertical-align:top}"
           ".history{font:10px Arial;color:#666;margin-top:10px}")  # fmt: skip


def html_webeoc_board_us(doc: Doc) -> bytes:
    """The situation report record as the county's WebEOC display view shows it, saved from the browser."""
    when = report_day(doc)
    county = doc.organisation.removesuffix(" County")
    name, user, mark = EOC_STAFF[county]
    host = county.lower().replace(" ", "")
    period = f"{us_day(when)} 0700 – {us_day(when + timedelta(days=1))} 0700"
    record = 1100 + zlib.crc32(doc.organisation.encode()) % 800 + doc.number
    out = [f"<!DOCTYPE html>\n<!-- saved from url=(0083)https://webeoc.{host}county.gov/eoc7/boards/board.aspx?"
           f"tab=3&boardid=42&dataid={record} -->",
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
           "<title>WebEOC - Situation Report</title>",
           f'<link rel="stylesheet" href="./WebEOC - Situation Report_files/board.css"><style>{EOC_CSS}</style>',
           '<script src="./WebEOC - Situation Report_files/jquery.min.js"></script></head><body>',
           '<div class="hdr"><img src="./WebEOC - Situation Report_files/webeoc_logo.png" alt="WebEOC" height="20"> '
           f"<span>Incident: 2025 Hurricane Imelda – {escape(doc.organisation)}</span> | <span>Position: Planning "
           f"Section Chief</span> | <span>User: {user}</span><br><a href=\"#\">Control Panel</a><a href=\"#\">"
           'Boards</a><a href="#">Chat</a><a href="#">Plugins</a><a href="#">Help</a><a href="#">Logout</a></div>',
           '<div class="toolbar"><input type="button" value="Print"> <input type="button" value="Export"> '
           '<input type="button" value="Back to List"></div>',
           f'<table width="100%"><tr><td style="font:bold 18px Arial">SITUATION REPORT</td><td align="right" '
           f'style="font:12px Arial">{escape(doc.organisation)} Office of Emergency Management</td></tr></table>',
           '<table class="fields">',
           f'<tr><td class="label">Report #:</td><td>{doc.number}</td><td class="label">Operational Period:</td>'
           f"<td>{period}</td></tr>",
           '<tr><td class="label">EOC Activation Level:</td><td>Level 2 – Partial Activation</td>'
           f'<td class="label">Prepared By:</td><td>{escape(name)}, Planning Section Chief</td></tr>',
           "</table>"]  # fmt: skip
    for s in doc.sections:
        lines = []
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            lines.append(escape(f"{mark}{risk} {lead} {rest}" if lead else f"{mark}{it.text}"))
        out.append(f'<table class="section"><tr><td class="sectionheader">{escape(s.heading)}</td></tr>'
                   f'<tr><td class="sectiontext">{"<br>".join(lines)}<br></td></tr></table>')  # fmt: skip
    out += [f'<div class="history">Record created {us_day(when - timedelta(days=doc.number - 1))} 05:48 by {user} '
            f"(Planning Section Chief) | Last updated {us_day(when)} 06:{10 + doc.number * 7 % 50:02d} by {user}</div>",
            f'<input type="hidden" name="dataid" value="{record}"><input type="hidden" name="boardid" value="42">',
            '<div class="history">Powered by WebEOC® | © Juvare, LLC</div></body></html>']  # fmt: skip
    return "\n".join(out).encode()


# ---------------------------------------------------------------- Google Sheets published to the web

LEADS_NZ = ("Hub manager", "Welfare team", "Kai team", "Civil Defence", "Volunteer coord.", "Marae committee")
SHEETS_CSS = ('.ritz .waffle a{color:inherit}.ritz .waffle .s0{background-color:#ffffff;text-align:left;'
              'font-weight:bold;color:#000000;font-family:"Arial";font-size:14pt;vertical-align:bottom;'
              'white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px}.ritz .waffle .s1{background-color:#ffffff;'
              'text-align:left;font-style:italic;color:#666666;font-family:"Arial";font-size:10pt}.ritz .waffle .s2'
              '{border-bottom:1px SOLID #000000;background-color:#d9d9d9;font-weight:bold;font-family:"Arial";'
              'font-size:10pt}.ritz .waffle .s3{background-color:#c9daf8;font-weight:bold;font-family:"Arial";'
              'font-size:11pt}.ritz .waffle .s4{background-color:#ffffff;text-align:left;font-family:"Arial";'
              'font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word}'
              '.ritz .waffle .s5{background-color:#ffffff;font-family:"Arial";font-size:10pt;vertical-align:top}'
              '.ritz .waffle .s6{background-color:#fce5cd;font-weight:bold;font-family:"Arial";'
              'font-size:10pt}')  # fmt: skip
WIDTHS = (150, 420, 130, 80)


def _row(n: int, cells: str, height: int = 20) -> str:
    return (f'<tr style="height: {height}px"><th id="0R{n - 1}" style="height: {height}px;" '
            f'class="row-headers-background"><div class="row-header-wrapper" style="line-height: {height}px">{n}</div>'
            f"</th>{cells}</tr>")  # fmt: skip


def _td(text: str, cls: str = "s4", span: int = 1) -> str:
    if not text:
        return f'<td class="{cls}"></td>'
    col = f' colspan="{span}"' if span > 1 else ""
    return f'<td class="{cls}" dir="ltr"{col}>{escape(text)}</td>'


def html_gsheets_published_nz(doc: Doc) -> bytes:
    """The hub's situation sheet as Google Sheets publishes it to the web."""
    when = report_day(doc)
    name = f"{doc.organisation} – Situation Sheet"
    head = "".join(f'<th id="0C{k}" style="width:{w}px;" class="column-headers-background">{"ABCD"[k]}</th>'
                   for k, w in enumerate(WIDTHS))  # fmt: skip
    rows = [_row(1, _td(doc.organisation + " – Situation Sheet", "s0", 4), 30),
            _row(2, _td(f"Last updated: {when:%d/%m/%Y} 5:30pm – sheet {doc.number}", "s1", 4)),
            _row(3, _td("") * 4),
            _row(4, "".join(_td(h, "s2") for h in ("Area", "Update", "Lead", "Updated")))]  # fmt: skip
    n = 4
    for s in doc.sections:
        n += 1
        rows.append(_row(n, _td(s.heading, "s3", 4), 24))
        if s.risks:
            n += 1
            rows.append(_row(n, _td("", "s6") + "".join(_td(h, "s6") for h in ("Risk", "Mitigation", "Owner"))))
        for it in s.items:
            n += 1
            pick = zlib.crc32(it.thread.encode())
            lead = LEADS_NZ[pick % len(LEADS_NZ)]
            changed = when if it.status in ("new", "updated") else when - timedelta(days=1 + pick % 3)
            if s.risks:
                cells = _td("") + _td(it.body) + _td(it.mitigation or "") + _td(lead, "s5")
            else:
                cells = _td("") + _td(it.text) + _td(lead, "s5") + _td(f"{changed:%d/%m}", "s5")
            rows.append(_row(n, cells, 20 + 17 * (len(it.text) // 70)))
    tabs = "".join(f'<li id="sheet-button-{k}" class="switcherItem"><a href="#">{t}</a></li>'
                   for k, t in enumerate(("Sitrep", "Contacts", "Roster")))  # fmt: skip
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f"<title>{escape(name)}</title>"
            f'<link rel="stylesheet" href="https://www.gstatic.com/docs/spreadsheets/publishing/waffle.css">'
            f'<style type="text/css">{SHEETS_CSS}</style></head><body><div id="top-bar"><div id="doc-title">'
            f'<span class="name">{escape(name)}</span></div></div><div id="sheet-menu"><ul>{tabs}</ul></div>'
            f'<div id="sheets-viewport"><div id="0" style="position:relative;" dir="ltr">'
            f'<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">'
            f'<thead><tr><th class="row-header freezebar-origin-ltr"></th>{head}</tr></thead><tbody>'
            f'{"".join(rows)}</tbody></table></div></div></div>'
            '<div id="footer" dir="ltr"><span><a href="https://docs.google.com/" target="_blank">Published by '
            'Google Sheets</a></span> – <span><a href="https://docs.google.com/abuse?id=1xQ" target="_blank">'
            "Report Abuse</a></span> – <span>Updated automatically every 5 minutes</span></div>"
            "<script>function posObj(sheet, id, row, col, x, y) {return null;}</script></body></html>")  # fmt: skip
    return page.encode()
