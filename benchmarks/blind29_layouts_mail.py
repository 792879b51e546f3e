"""Mail and text writers of the ``blind29_layouts`` set.

A prison's daily outbreak sitrep to the prison group director and HMPPS Gold, sent by a Power Automate flow: the
departments add their entries to a SharePoint list ("Sitrep": Section, Update, Order) during the day, and at 15:30 the
flow gets the day's items, runs "Create HTML table" on them and sends the result from the prison's shared mailbox
("Send an email from a shared mailbox (V2)"): one ``text/html`` part and no plain text, in base64, Outlook's
``<style>`` in the head, the flow's greeting and the sentence saying where the entries come from, the author's CSS
for the table, then the table as the action makes it — a header row "Section | Update | Submitted by | Modified",
one row an entry with the section's name in every row, the submitter's display name and the item's raw ISO time
stamp ("2025-11-12T14:32:11Z"), the line breaks typed inside an entry left as bare newlines in the cell (a space on
screen) before "Actions in place:" —, the link to the list and the flow's do-not-reply line. "£3,400", "(yesterday:
5)".

A trunk road operating company's storm sitrep kept in an Excel workbook by the network control centre's duty
manager and saved with "Save As › Text (Tab delimited) (*.txt)" for the partner that takes text files only: the
workbook's cells as Excel writes them, in the Windows code page (cp1252) with CRLF at each row's end — the title row,
the sitrep number, issue time, author and distribution rows, an empty row, the header row "Section | Update | Owner |
RAG | Updated", then one row a point with the section's name only in its first row (the cell merged down over the
others, which Excel writes empty), every row padded with tabs to the sheet's five columns; a cell holding a comma, a
quote or a line break put in double quotes (quotes doubled), the line break typed with Alt+Enter before "Mitigation:"
a bare LF inside the quotes. "£3,400", "£1.25m", "16/01", "(5 at last sitrep)".
"""

from __future__ import annotations

import base64
import zlib
from datetime import UTC
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind29_layouts_content import parts
from council_layouts_gold import RAG, Doc

# ---------------------------------------------------------------- prison sitrep from a Power Automate flow

PRISONS = {"HMP Ashcombe": ("ashcombe", "South Central"), "HMP Kestrel Moor": ("kestrelmoor", "Yorkshire"),
           "HMP Blackwater": ("blackwater", "Kent, Surrey and Sussex"),
           "HMP Thornbury Fields": ("thornburyfields", "Avon and South Dorset")}  # fmt: skip
SUBMITTERS = ("Karen Doyle", "Mark Ellison", "Priya Nair", "Steve Rowlands", "Joanne Walsh", "Dean Fletcher")


def eml_power_automate_prison_gb(doc: Doc) -> bytes:
    """The sitrep e-mail as the prison's flow sends it."""
    when = report_day(doc).replace(hour=15, minute=30, tzinfo=UTC)
    short, group = PRISONS[doc.organisation]
    rows = []
    for n, s in enumerate(doc.sections):
        for k, it in enumerate(s.items):
            risk, lead, rest = parts(it, "prison")
            text = f"{risk}\n{lead} {rest}" if lead else it.text
            who = SUBMITTERS[(n + zlib.crc32(s.heading.encode())) % len(SUBMITTERS)]
            second = zlib.crc32(it.id.encode()) % 60
            stamp = f"{when:%Y-%m-%d}T{9 + n % 5:02d}:{(7 * k + 11 * n) % 60:02d}:{second:02d}Z"
            cells = (escape(s.heading, False), escape(text, False), who, stamp)
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    html = ["<html><head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>',
            '</head><body dir="ltr">', "<p>Good afternoon,</p>",
            f"<p>Below is today's outbreak sitrep for {escape(doc.organisation)} ({when:%d/%m/%Y}), compiled from the "
            "entries departments made in the Sitrep list by 15:00.</p>",
            "<style>table{border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt} th,td{border:1px "
            "solid #999;padding:4px;text-align:left;vertical-align:top}</style>",
            "<table><thead><tr><th>Section</th><th>Update</th><th>Submitted by</th><th>Modified</th></tr></thead>"
            "<tbody>", *rows, "</tbody></table>",
            f'<p>View or add entries: <a href="https://justiceuk.sharepoint.com/sites/HMP{short.title()}/Lists/'
            'Sitrep/AllItems.aspx">Sitrep list</a></p>',
            "<p>This email was sent by an automated flow. Please do not reply to this mailbox.</p>",
            "</body></html>"]  # fmt: skip
    body = base64.encodebytes("\n".join(html).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    domain = "justice.gov.uk"
    box = f"LO{2 + doc.number % 4}P265MB{zlib.crc32(short.encode()) % 9000 + 1000}"
    head = [f"From: {doc.organisation} Sitrep <{short}.sitrep@{domain}>",
            f"To: Prison Group Director {group} <pgd.{''.join(ch for ch in group.lower() if ch.isalpha())}@{domain}>",
            f"Cc: HMPPS Gold Command <hmpps.gold@{domain}>",
            f"Subject: {doc.organisation} - Outbreak sitrep {doc.number} - {when:%d/%m/%Y}",
            f"Date: {format_datetime(when)}",
            f"Message-ID: <{box}{zlib.crc32(doc.title.encode()):08X}@{box}.GBRP265.PROD.OUTLOOK.COM>",
            "Content-Language: en-GB", "X-MS-Has-Attach:", "MIME-Version: 1.0",
            'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64", "", body]  # fmt: skip
    return "\r\n".join(head).encode("ascii")


# ---------------------------------------------------------------- trunk roads sitrep saved as tab-delimited text

OWNERS = ("Duty Manager", "Network Manager", "Winter Service Manager", "Operations Manager", "Incident Support",
          "Commercial Manager", "Duty Manager", "Comms Officer", "Duty Manager")  # fmt: skip
CENTRES = {"Highland": "NWCC", "Grampian": "NECC", "Galloway": "SWCC", "Forth": "SECC"}


def _cell(text: str) -> str:
    """A cell as Excel writes it to tab-delimited text: quoted where it holds a comma, a quote or a line break."""
    if any(ch in text for ch in ',"\n\t'):
        return '"' + text.replace('"', '""') + '"'
    return text


def txt_excel_tabbed_roads_gb(doc: Doc) -> bytes:
    """The storm sitrep log as Excel saves it as tab-delimited text."""
    when = report_day(doc)
    centre = next(v for k, v in CENTRES.items() if doc.organisation.startswith(k))
    rows = [[f"{doc.organisation} – Storm Halla sitrep log", "", "", "", ""],
            ["Sitrep no.", str(doc.number), "", "Issued", f"{when:%d/%m/%Y} 06:00"],
            ["Prepared by", f"{centre} Duty Manager", "", "Distribution",
             "Traffic Scotland, Police Scotland, local authorities"],
            ["", "", "", "", ""], ["Section", "Update", "Owner", "RAG", "Updated"]]  # fmt: skip
    for n, s in enumerate(doc.sections):
        for k, it in enumerate(s.items):
            risk, lead, rest = parts(it, "roads")
            text = f"{risk}\n{lead} {rest}" if lead else it.text
            rag = RAG[it.level][0] if s.risks else "AGGR"[zlib.crc32(it.thread.encode()) % 4]
            minute = zlib.crc32(it.id.encode()) % 50
            rows.append([s.heading if k == 0 else "", text, OWNERS[n % len(OWNERS)], rag,
                         f"{when:%d/%m/%Y} 05:{minute + 5:02d}"])  # fmt: skip
    text = "".join("\t".join(_cell(c) for c in row) + "\r\n" for row in rows)
    return text.encode("cp1252", errors="replace")
