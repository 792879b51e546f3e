"""A table under a header row whose cells beside each row's label are numbers, or ratings under a column that
rates ("Local authority | Status | Rest centres" over "Kelbrae Council | Amber | 2"), is a board of data: its
labels are no headings and its cells no items. A header row may be ``<th>`` cells or bold cells, as Word and
Outlook write it. A table whose cells say something of their own is still read as headings and items.

Two layouts: an Outlook e-mail (Word's HTML, the header row in bold ``<td>`` cells, bold underlined headings
over ``<ol>`` lists); and a council web page (a ``<th>`` header row, ``<h2>`` headings over ``<ul>`` lists).
"""

from __future__ import annotations

from email.message import EmailMessage

from sitroom.model import Report
from sitroom.read import parse_bytes

HEADER = ["Local authority", "Status", "Rest centres"]
ROWS = [["Kelbrae Council", "Amber", "2"], ["Glenmorrow Council", "Red", "4"], ["Strathallan Council", "Green", "0"]]
SECTIONS = {
    "Situation": ["Ferry services to the islands are cancelled for the day."],
    "Care for people": ["Welfare calls made to 687 customers on the priority services register."],
    "Risks": ["Fuel running short on the islands."],
}
NOTES = [
    ["Kelbrae Council", "Amber", "Two roads closed by fallen trees near the school."],
    ["Glenmorrow Council", "Red", "Power off to 4,000 homes since the morning."],
]


def _table(bold: bool, rows: list[list[str]]) -> str:
    cell = "<td><b>{}</b></td>" if bold else "<th>{}</th>"
    head = "".join(cell.format(h) for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table border='1'><tr>{head}</tr>{body}</table>"


def _outlook(rows: list[list[str]]) -> bytes:
    parts = ["<p class=MsoNormal>Good afternoon all,</p><p class=MsoNormal>Please find the sitrep below.</p>"]
    parts.append("<p class=MsoNormal><b>Storm Eilidh – Sitrep 2</b></p>" + _table(True, rows))
    for heading, items in SECTIONS.items():
        parts.append(f"<p class=MsoNormal><b><u>{heading}</u></b></p><ol>")
        parts.append("".join(f"<li class=MsoListParagraph>{i}</li>" for i in items) + "</ol>")
    parts.append("<p class=MsoNormal>Kind regards,</p><p class=MsoNormal>Fiona Grant<br>Resilience Coordinator</p>")
    msg = EmailMessage()
    msg["From"] = "Fiona Grant <fiona.grant@example.gov.uk>"
    msg["To"] = "rrp@example.gov.uk"
    msg["Subject"] = "Storm Eilidh – Sitrep 2"
    msg["Date"] = "Tue, 23 Jan 2024 14:05:00 +0000"
    plain = [f"{h}\n" + "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1)) for h, items in SECTIONS.items()]
    msg.set_content("Good afternoon all,\n\n" + "\n\n".join(plain) + "\n\nKind regards,\nFiona Grant\n")
    msg.add_alternative("<html><body>" + "".join(parts) + "</body></html>", subtype="html")
    return msg.as_bytes()


def _page(rows: list[list[str]]) -> bytes:
    parts = ["<html><body><main><h1>Storm Eilidh update</h1>", _table(False, rows)]
    for heading, items in SECTIONS.items():
        parts.append(f"<h2>{heading}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    return ("".join(parts) + "</main></body></html>").encode()


def _check(report: Report) -> None:
    assert [s.heading for s in report.sections] == list(SECTIONS)
    assert [[i.text for i in s.items] for s in report.sections] == list(SECTIONS.values())
    assert report.tables


def test_a_board_of_ratings_in_an_outlook_mail_is_data() -> None:
    _check(parse_bytes(_outlook(ROWS), "sitrep.eml")[0])


def test_a_board_of_ratings_on_a_web_page_is_data() -> None:
    _check(parse_bytes(_page(ROWS), "update.html")[0])


def test_a_table_of_notes_beside_ratings_is_still_read() -> None:
    items = [i.text for s in parse_bytes(_page(NOTES), "update.html")[0].sections for i in s.items]
    assert NOTES[0][2] in items and NOTES[1][2] in items
