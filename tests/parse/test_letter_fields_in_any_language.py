"""A letter's head in words no vocabulary reads: the letterhead, a run of fields a line each ("Na: …", "Tso: …", "Nya:
…", "Ŋkeke: …" in Ewe: to, from, subject, date), the salutation on a line of its own ("Mido gbe na mi,") and the
covering paragraph right over the first section. All of it is the letter's, none of it the report's points: the
fields' shape says so in any language.

A report whose particulars stand over its sections with no salutation keeps the paragraph under them: it may be the
report's own opening.

Layouts: plain text and Word, in Ewe and in a made-up English-shaped form with labels no vocabulary holds.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

EWE = {
    "head": ["COMITÉ DE DÉVELOPPEMENT DE QUARTIER DE BÈ-KPOTA", "Tél. : +228 90 12 34 56"],
    "fields": ["Na: Golfe 1 commune ƒe Meɖa", "Tso: CDQ Bè-Kpota ƒe Nuŋlɔla", "Nya: Tsiɖɔɖɔ ƒe nyatakaka no. 1",
               "Ŋkeke: masa 15 lia 2026"],
    "greeting": "Mido gbe na mi,",
    "cover": "Míeɖo nyatakaka sia ɖe mia gbɔ be mianya alesi tsiɖɔɖɔ la le le míaƒe nutome egbe.",
    "sections": [("NYA VEVITƆWO", ["Tsi ɖɔ ɖe nutome la ƒe akpa gã aɖe me le zã me."]),
                 ("KPEKPEƉEŊU", ["Míena nuɖuɖu ƒome 120.", "Ƒome 45 le sukua me fifia."]),
                 ("GA", ["Míezã CFA 1 250 000 va se ɖe egbe."])],
}  # fmt: skip
FORM = {
    "head": ["WARD 7 RESIDENTS' COMMITTEE", "14 Harbour Road"],
    "fields": ["Toward: The Borough Emergency Cell", "Sender: Ward 7 committee clerk", "Matter: Flood update no. 1",
               "Day: 15 June 2026"],
    "greeting": "Good people of the cell,",
    "cover": "We send you this note so that you know how the water stands in our ward tonight.",
    "sections": [("Summary", ["Water entered 40 homes along the harbour front overnight."]),
                 ("Help given", ["Meals handed out: 120.", "Families in the school hall: 45."]),
                 ("Costs", ["Spent so far: £1,250."])],
}  # fmt: skip


def _lines(spec: dict, greeting: bool = True) -> list[tuple[str, str]]:
    out = [("p", line) for line in spec["head"] + spec["fields"]]
    if greeting:
        out.append(("p", spec["greeting"]))
    out.append(("p", spec["cover"]))
    for name, points in spec["sections"]:
        out += [("h", name), *(("li", p) for p in points)]
    return out


def _text(lines: list[tuple[str, str]]) -> bytes:
    out: list[str] = []
    for kind, text in lines:
        if kind == "h":
            out += ["", text.upper(), ""]
        elif kind == "li":
            out.append(f"- {text}")
        else:
            out += [text, ""] if text.endswith(".") else [text]
    return "\n".join(out).encode()


def _word(lines: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    for kind, text in lines:
        if kind == "h":
            d.add_paragraph().add_run(text.upper()).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("lang", ["ewe", "form"])
def test_the_head_is_no_section(lang: str, fmt: str) -> None:
    spec = EWE if lang == "ewe" else FORM
    lines = _lines(spec)
    report = parse_bytes(_text(lines) if fmt == "txt" else _word(lines), f"letter-{lang}.{fmt}")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        (name.upper(), points) for name, points in spec["sections"]
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_paragraph_under_particulars_with_no_salutation_stays(fmt: str) -> None:
    lines = _lines(FORM, greeting=False)
    report = parse_bytes(_text(lines) if fmt == "txt" else _word(lines), f"particulars.{fmt}")[0]
    assert FORM["cover"] in [i.text for s in report.sections for i in s.items]


def test_fields_under_a_heading_are_its_section() -> None:
    text = "\n".join(
        [
            "INCIDENT DETAILS",
            "",
            "Location: Harbour Road",
            "Status: Contained",
            "Casualties: 3",
            "",
            "ACTIONS",
            "",
            "- Sandbags placed along the harbour wall.",
        ]
    )
    report = parse_bytes(text.encode(), "details.txt")[0]
    fields = ["Location: Harbour Road", "Status: Contained", "Casualties: 3"]
    assert [i.text for i in report.sections[0].items] == fields
