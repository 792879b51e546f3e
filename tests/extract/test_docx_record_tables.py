"""A Word table of records is a list, as the PDF reader reads one: each row's sentence (the action) is an
item; its reference, owner, due date and status are its fields, neither items nor headings.

Two layouts: a Dutch operational team's agreed actions under a heading (Nr | Actie | Wie | Gereed, the
references "A2.1", bold shaded column titles); and a recovery group's action tracker (Ref | Action | Owner
| Due | Status | Latest update, the column titles repeated on each page, a merged row spanning the table
for each workstream over its rows, one update written out as a sentence).
"""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sitroom.model import Report
from sitroom.read import parse_bytes

ACTIES = [
    ("A2.1", "Persbericht over drinkwater voorbereiden met de GHOR", "Communicatieadviseur", "13-02 12:30"),
    ("A2.2", "Brandstofplan voor de aggregaten opstellen met Defensie", "Informatiemanager", "13-02 16:30"),
    ("A2.3", "Overzicht kwetsbare inwoners actualiseren met de zorgaanbieders", "Officier van dienst GHOR", "14-02"),
]

UPDATE = "The centre moved to the school hall on Monday after the leisure centre reopened for bookings."
WORKSTREAMS = [
    (
        "1. Welfare",
        [
            ("1.01", "Run the rest centre until every family has a place to stay", "Housing lead", "On track", ""),
            ("1.02", "Visit every flooded home to offer a welfare check", "Adult services", "At risk", UPDATE),
        ],
    ),
    (
        "2. Roads and bridges",
        [
            ("2.01", "Survey flood damage to 12 km of the road network", "Highways manager", "Overdue", "Started"),
            ("2.02", "Repair the footbridge at Mill Lane", "Highways manager", "Complete", ""),
        ],
    ),
]


def _parse(d: docx.document.Document) -> Report:
    buf = io.BytesIO()
    d.save(buf)
    return parse_bytes(buf.getvalue(), "generated.docx")[0]


def _bold(cell, text: str) -> None:
    cell.paragraphs[0].add_run(text).bold = True


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _acties() -> docx.document.Document:
    d = docx.Document()
    d.add_heading("Besluiten", level=1)
    d.add_paragraph("Het ROT besluit de opvang in Tiel te concentreren", style="List Bullet")
    d.add_heading("Acties", level=1)
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("Nr", "Actie", "Wie", "Gereed"), strict=True):
        _bold(cell, name)
        _shade(cell, "D9D9D9")
    for row in ACTIES:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_heading("Communicatie", level=1)
    d.add_paragraph("Er zijn 3 NL-Alerts verstuurd", style="List Bullet")
    return d


def _tracker() -> docx.document.Document:
    d = docx.Document()
    d.add_heading("Flood recovery action tracker", level=0)
    table = d.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    head = table.rows[0]
    for cell, name in zip(head.cells, ("Ref", "Action", "Owner", "Due", "Status", "Latest update"), strict=True):
        _bold(cell, name)
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for name, actions in WORKSTREAMS:
        band = table.add_row().cells
        merged = band[0].merge(band[-1])
        _bold(merged, name)
        _shade(merged, "D9D9D9")
        for ref, action, owner, status, update in actions:
            row = (ref, action, owner, "11/03/2024", status, update)
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    return d


def _texts(report: Report) -> list[str]:
    return [s.heading or "" for s in report.sections] + [i.text for s in report.sections for i in s.items]


def test_each_agreed_action_is_one_item_under_the_actions_heading() -> None:
    report = _parse(_acties())
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == [
        ("Besluiten", ["Het ROT besluit de opvang in Tiel te concentreren"]),
        ("Acties", [a for _, a, _, _ in ACTIES]),
        ("Communicatie", ["Er zijn 3 NL-Alerts verstuurd"]),
    ]


def test_the_actions_references_owners_and_dates_are_no_items_or_headings() -> None:
    texts = _texts(_parse(_acties()))
    for field in ("A2.1", "Communicatieadviseur", "Officier van dienst GHOR", "13-02 12:30", "Wie", "Gereed"):
        assert not any(t == field or t.startswith(f"{field} ") for t in texts), field


def test_each_tracked_action_is_an_item_under_its_workstream_band_and_a_written_update_its_own() -> None:
    report = _parse(_tracker())
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == [
        ("1. Welfare", [WORKSTREAMS[0][1][0][1], WORKSTREAMS[0][1][1][1], UPDATE]),
        ("2. Roads and bridges", [a for _, a, *_ in WORKSTREAMS[1][1]]),
    ]


def test_a_trackers_references_owners_dates_statuses_and_short_notes_are_no_items() -> None:
    texts = _texts(_parse(_tracker()))
    for field in ("1.01", "Housing lead", "11/03/2024", "On track", "Started", "Owner", "Latest update"):
        assert not any(t == field or t.startswith(f"{field} ") for t in texts), field
