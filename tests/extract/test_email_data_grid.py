"""A mail whose HTML holds a table of figures is read from its HTML: the plain-text alternative a mail program
writes beside it runs the table's cells and rows together ("Trust | OPEL | Handovers … Kingsmoor | 3 | 5"),
which would come out as items. Plain text rendered with bars and with tabs; a mail with no table is still
read from its plain text."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

HEADER = ["Trust", "OPEL", "Handovers > 60 min", "G&A occupancy"]
ROWS = [
    ["Kingsmoor Hospital", "3", "5", "94%"],
    ["North Vale General", "2", "19", "96%"],
    ["St Anne's", "4", "12", "95%"],
]
SECTIONS = {
    "Headlines": ["The system is at OPEL 3 this morning.", "Two trusts declared critical incidents overnight."],
    "Acute position": ["Bed occupancy is above 94% at every trust."],
    "Risks and issues": ["Ambulance handover delays may rise further at the weekend."],
}


def _plain(sep: str, table: bool) -> str:
    lines = ["Good morning all,", "", "Please find today's system sitrep below.", ""]
    for heading, items in SECTIONS.items():
        lines += [heading, *(f"  *   {i}" for i in items), ""]
        if heading == "Acute position" and table:
            lines += [sep.join(HEADER), *(sep.join(r) for r in ROWS), ""]
    return "\n".join([*lines, "Kind regards,", "", "Sam Patel", "System Coordination Centre"])


def _html(table: bool) -> str:
    parts = ["<p>Good morning all,</p><p>Please find today's system sitrep below.</p>"]
    for heading, items in SECTIONS.items():
        parts.append(f"<p><b>{heading}</b></p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        if heading == "Acute position" and table:
            head = "".join(f"<td><b>{h}</b></td>" for h in HEADER)
            body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
            parts.append(f"<table border='1'><tr>{head}</tr>{body}</table>")
    parts.append("<p>Kind regards,</p><p>Sam Patel<br>System Coordination Centre</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _mail(sep: str, table: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam Patel <sam.patel@example.nhs.uk>"
    msg["To"] = "system-sitrep@example.nhs.uk"
    msg["Subject"] = "System sitrep – 8 January 2024"
    msg["Date"] = "Mon, 08 Jan 2024 09:12:00 +0000"
    msg.set_content(_plain(sep, table))
    msg.add_alternative(_html(table), subtype="html")
    return msg.as_bytes()


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_mails_table_of_figures_is_no_item(sep: str) -> None:
    report = parse_bytes(_mail(sep, table=True), "sitrep.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    assert report.tables


def test_a_mail_without_a_table_reads_the_same() -> None:
    report = parse_bytes(_mail(" | ", table=False), "sitrep.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
