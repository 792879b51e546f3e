"""Text and message writers of the ``blind6_layouts`` set: a resilience forum information cell's situation
report as the plain text its incident log system exports (a boxed header, the log of the period under day
lines with "0715 – …" entries wrapped under their text, then capitals headings over "-" items) and a care
home's answers to its council's online heatwave return, as the form service e-mails them (plain text and
HTML, the questions as labels beside the answers, one answer line per point).
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind6_layouts_content import report_day
from council_layouts_gold import Doc

WIDTH = 76
RULE = "=" * WIDTH


def text_incident_log(doc: Doc) -> bytes:
    """The export: a rule, the forum and cell, the title, the period covered, issue time and classification, a
    rule; the log heading and under it each day's date on a line of its own, its entries "HHMM – text" with
    wrapped lines indented under the text; then each summary section as a capitals heading over "- " items
    wrapped with a two-space indent; "END OF REPORT" and the next report's time last. CRLF line ends."""
    when = report_day(doc)
    before = when - timedelta(days=1)
    lines = [
        RULE,
        doc.organisation.upper(),
        "Multi-Agency Information Cell (MAIC)",
        doc.title.upper(),
        f"Period covered: 0700 {before:%a %d %b %Y} to 0700 {when:%a %d %b %Y}",
        f"Issued: 0745 {when:%a %d %b %Y}".ljust(44) + "Classification: OFFICIAL",
        RULE,
        "",
    ]
    for s in doc.sections:
        if s.level == 2:  # a day of the log
            lines.append(s.heading)
            for it in s.items:
                stamp, _, text = it.text.partition(" – ")
                lines += textwrap.wrap(text, WIDTH, initial_indent=f"{stamp} – ", subsequent_indent=" " * 7)
            lines.append("")
            continue
        lines += [s.heading, ""]
        for it in s.items:
            lines += textwrap.wrap(it.text, WIDTH, initial_indent="- ", subsequent_indent="  ")
        if s.items:
            lines.append("")
    lines += [RULE, f"END OF REPORT – next report 0745 {when + timedelta(days=1):%a %d %b %Y}", RULE]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- online form notification

FORM = "Care provider heatwave return"


def _answers(doc: Doc) -> list[tuple[str, list[str]]]:
    """(question, answer lines) of the long-answer questions: one line per point, typed without a mark."""
    return [(s.heading, [it.text for it in s.items]) for s in doc.sections]


def email_form_response(doc: Doc) -> bytes:
    """The form service's notification to the council's sitrep mailbox: a "New response" subject, a line on
    the form and when it was submitted, the short fields (name of home, CQC location ID, completed by, date
    and return number), then each question beside its answer — the HTML a two-column table with the question
    in a grey label cell and the answer lines split by ``<br>``, the plain text the question over its answer —
    and the service's "do not reply" footer and link."""
    when = report_day(doc).replace(hour=10, minute=20 + doc.number % 30, tzinfo=UTC)
    short = [("Name of home", doc.organisation), ("CQC location ID", f"1-{zlib.crc32(doc.organisation.encode())}"),
             ("Completed by", "Registered manager"), ("Date of return", f"{when:%d/%m/%Y}"),
             ("Return number", str(doc.number))]  # fmt: skip
    answers = _answers(doc)
    intro = f'A new response has been submitted to the form "{FORM}".'
    stamp = f"Submitted: {when:%d/%m/%Y %H:%M}"
    text = [intro, stamp, ""]
    for label, value in short:
        text.append(f"{label}: {value}")
    text.append("")
    for question, lines in answers:
        text += [question, *lines, ""]
    text += ["---", "This is an automated message from Ashcombe Council online forms. Please do not reply.",
             "View this response: https://forms.ashcombe.gov.uk/responses/heatwave-return"]  # fmt: skip
    cell = 'style="border:1px solid #d0d7de;padding:8px;vertical-align:top;font-family:Arial,sans-serif;font-size:14px"'
    label = cell.replace('style="', 'style="background:#f3f4f6;font-weight:bold;width:38%;')
    rows = "".join(f"<tr><td {label}>{escape(k)}</td><td {cell}>{escape(v)}</td></tr>" for k, v in short)
    rows += "".join(
        f"<tr><td {label}>{escape(q)}</td><td {cell}>{'<br>'.join(escape(x) for x in lines)}</td></tr>"
        for q, lines in answers
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff">
<div style="max-width:680px;margin:0 auto;padding:16px;font-family:Arial,sans-serif;font-size:14px;color:#1f2328">
<div style="background:#00703c;color:#ffffff;padding:12px 16px;font-size:18px;font-weight:bold">
Ashcombe Council online forms</div>
<p>{escape(intro)}<br>{escape(stamp)}</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">{rows}</table>
<p style="font-size:12px;color:#57606a">
This is an automated message from Ashcombe Council online forms. Please do not reply.<br>
<a href="https://forms.ashcombe.gov.uk/responses/heatwave-return">View this response</a></p>
</div></body></html>"""  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Ashcombe Council online forms <noreply@forms.ashcombe.gov.uk>"
    msg["To"] = "asc.sitreps@ashcombe.gov.uk"
    msg["Subject"] = f"New response: {FORM} – {doc.organisation}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{zlib.crc32(doc.title.encode())}.{doc.number}@forms.ashcombe.gov.uk>"
    msg.set_content("\n".join(text))
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()
