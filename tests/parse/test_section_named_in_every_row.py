"""A table right under the report's title naming its section in every row (a list exported by a flow's "Create
HTML table": Section | Update | Submitted by | Modified) gives one section per name, its rows' updates its points;
who submitted a row and when is no point (under a section's own heading, such labels tag its items: see
``test_row_labels``). A flow's closing lines ("View or add entries: …", "This email was sent by an automated
flow …") are the service's, not the report's.

Layouts: the flow's HTML mail, the same table in Word, and in Markdown."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

ROWS = [
    ("Overview", "90 prisoners have reported symptoms since the outbreak began."),
    ("Overview", "The prison has been under outbreak control measures since 6 November."),
    ("Regime", "Social visits are cancelled until 15 November."),
    ("Regime", "Education and workshops are closed on the two affected wings."),
    ("Staffing", "5 officers are off sick with symptoms."),
]
WANT = {
    "Overview": [ROWS[0][1], ROWS[1][1]],
    "Regime": [ROWS[2][1], ROWS[3][1]],
    "Staffing": [ROWS[4][1]],
}
HEADER = ("Section", "Update", "Submitted by", "Modified")


def _cells(n: int, section: str, update: str) -> tuple[str, str, str, str]:
    return section, update, ["Steve Rowlands", "Priya Nair"][n % 2], f"2025-11-10T0{n}:14:05Z"


def _mail() -> bytes:
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in _cells(n, *row)) + "</tr>" for n, row in enumerate(ROWS))
    html = (
        "<html><body><p>Hi all,</p><p>Please find the latest sitrep entries below.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        '<p>View or add entries: <a href="https://example.sharepoint.com/lists/sitrep">Sitrep list</a></p>'
        "<p>This email was sent by an automated flow. Please do not reply to this mailbox.</p></body></html>"
    )
    msg = EmailMessage()
    msg["Subject"] = "HMP Ashcombe - Outbreak sitrep 1 - 10/11/2025"
    msg["From"] = "flow@example.org"
    msg["To"] = "gold@example.org"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("HMP Ashcombe – Outbreak sitrep 1", level=1)
    table = d.add_table(rows=1, cols=4)
    for cell, h in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = h
    for n, row in enumerate(ROWS):
        for cell, text in zip(table.add_row().cells, _cells(n, *row), strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> bytes:
    lines = ["# HMP Ashcombe – Outbreak sitrep 1", "", "| " + " | ".join(HEADER) + " |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(_cells(n, *row)) + " |" for n, row in enumerate(ROWS)]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("write,name", [(_mail, "sitrep.eml"), (_word, "sitrep.docx"), (_markdown, "sitrep.md")])
def test_one_section_per_name_and_no_submitter(write, name) -> None:
    report = parse_bytes(write(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == WANT
