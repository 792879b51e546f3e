"""A report posted as an article of a helpdesk ticket and printed with the ticket: the ticket's name and fields
("Status: open", "Queue: …"), then the article's own header ("From: …", "To: …", "Subject: …"), then the report.
The article is the newest writing of the print, not a quoted older message: the report under its header is read
whole, titled by the article's subject, and the ticket's name and fields are left out and counted. Printed to PDF
with its fields in a table, one or two a row, in German and in English; the report's numbered headings are plain
text, and the last of them may fall at the foot of the page."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

TICKETS = {
    "german": {
        "name": "Ticket#2026071010776133 – Cyberangriff Kreisverwaltung",
        "fields": [("Status", "offen"), ("Priorität", "1 sehr hoch"), ("Queue", "IT-Sicherheit::Major Incident")],
        "header": [("Von", "Jan Becker (Agent)"), ("An", "Krisenstab IuK"), ("Betreff", "Lagebericht Nr. 2")],
        "sections": [
            ("1. Zusammenfassung", ["81 von 140 Fachverfahren laufen wieder.",
                                    "Seit dem 10. Juli ist die IT der Kreisverwaltung verschlüsselt."]),
            ("2. Lage", ["282 Arbeitsplatzrechner sind neu aufgesetzt."]),
            ("3. Kosten", ["Das Land hat eine Soforthilfe von 543.000 € zugesagt."]),
            ("4. Nächste Schritte", ["Abstimmung mit dem BSI am 15. Juli."]),
        ],
    },
    "english": {
        "name": "INC0041873 – Council network outage",
        "fields": [("State", "In progress"), ("Priority", "1 - Critical"), ("Assignment group", "Major Incident")],
        "header": [("From", "Sam Okafor (Agent)"), ("To", "Incident team"), ("Subject", "Situation report 2")],
        "sections": [
            ("1. Summary", ["64 of 140 services are running again.",
                            "The council network has been down since 10 July."]),
            ("2. Situation", ["282 laptops have been rebuilt."]),
            ("3. Costs", ["The recovery has cost £543,000 so far."]),
            ("4. Next steps", ["Meet the national cyber centre on 15 July."]),
        ],
    },
}  # fmt: skip


def _pdf(ticket: dict, push: int, fields_as: str) -> bytes:
    from weasyprint import HTML

    def rows(pairs: list[tuple[str, str]]) -> str:
        if fields_as == "paired":  # two fields a row, as a ticket's print sets its attributes
            cells = [f"<th>{escape(k)}:</th><td>{escape(v)}</td>" for k, v in pairs] + [""]
            rows_ = "".join(f"<tr>{a}{b}</tr>" for a, b in zip(cells[::2], cells[1::2], strict=False))
            return f"<table>{rows_}</table>"
        return "<table>" + "".join(f"<tr><th>{escape(k)}:</th><td>{escape(v)}</td></tr>" for k, v in pairs) + "</table>"

    body = "\n\n".join(h + "\n" + "\n".join(f"- {p}" for p in pts) for h, pts in ticket["sections"])
    # the article's text as the ticket system prints it: plain text, its line breaks kept
    html = (
        "<html><head><style>body{font:10pt 'DejaVu Sans'} th{text-align:left;padding-right:30pt}"
        f" pre{{font:10pt 'DejaVu Sans';white-space:pre-wrap;margin-top:{push}pt}}</style></head><body>"
        f"<h1>{escape(ticket['name'])}</h1><h2>Ticket</h2>{rows(ticket['fields'])}"
        f"<h2>Article #16</h2>{rows(ticket['header'])}<pre>{escape(body)}</pre></body></html>"
    )
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize(
    ("push", "fields_as"), [(10, "table"), (380, "table"), (10, "paired")], ids=["table", "foot", "paired"]
)
@pytest.mark.parametrize("language", list(TICKETS))
def test_the_article_under_its_own_header_is_the_report(language: str, push: int, fields_as: str) -> None:
    ticket = TICKETS[language]
    report = parse_bytes(_pdf(ticket, push, fields_as), "ticket.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == ticket["sections"]
    assert report.title == ticket["header"][2][1]
    assert not any("quoted" in w for w in report.warnings)
