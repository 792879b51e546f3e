"""An official letter's fields set with the label at the margin and the text at a tab stop ("Asia<tab>…",
"Jakelu<tab>…", "Laatija<tab>…", the Finnish standard layout) are fields, "Label: text": the subject line
("Asia", the matter) is no heading, the distribution list ("Jakelu", Finnish for distribution) and who
prepared it ("Laatija") close the report and are no items.

Two layouts: a Word report with the fields at a tab stop, and a plain-text report with the fields
written "Label: text".
"""

from __future__ import annotations

import io

import docx
from docx.shared import Cm

from sitroom.read import parse_bytes, parse_text

SUBJECT = ("Asia", "Talousveden saastuminen, tilannekatsaus 2")
CLOSING = [
    ("Jakelu", "Valmiusjohtoryhmä, pelastuslaitos, hyvinvointialueen valmiuspäällikkö"),
    ("Laatija", "valmiuspäällikkö Anna Virtanen, p. 040 123 4567"),
]
SECTIONS = [
    ("Tilannekuva", ["Keittokehotus koskee 1 250 kotitaloutta."]),
    ("Riskit", ["Vatsatautitapausten lisääntyminen."]),
    ("Jatkotoimenpiteet", ["Seuraava tilannekatsaus 14.8. kello 12."]),
]


def _word() -> bytes:
    d = docx.Document()

    def field(label: str, text: str, bold: bool) -> None:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6))
        p.add_run(label).bold = bold
        p.add_run("\t" + text)

    field(*SUBJECT, bold=True)
    for heading, items in SECTIONS:
        d.add_heading(heading, level=1)
        for item in items:
            d.add_paragraph(item, style="List Number")
    for label, text in CLOSING:
        field(label, text, bold=False)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> str:
    lines = [f"{SUBJECT[0]}: {SUBJECT[1]}", ""]
    for heading, items in SECTIONS:
        lines += [heading.upper(), *(f"1. {i}" for i in items), ""]
    lines += [f"{label}: {text}" for label, text in CLOSING]
    return "\n".join(lines) + "\n"


def test_fields_at_a_tab_stop_are_fields_not_headings_or_items() -> None:
    for report in (parse_bytes(_word(), "katsaus.docx")[0], parse_text(_text(), "katsaus.txt")):
        assert not any(s.heading and s.heading.startswith("Asia") for s in report.sections)
        got = [((s.heading or "").casefold(), [i.text for i in s.items]) for s in report.sections if s.heading]
        assert got == [(h.casefold(), items) for h, items in SECTIONS]
