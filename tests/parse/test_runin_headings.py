"""Run-in headings and a message's masthead and trailer, in plain text and Word.

A label in capitals or bold ending in a colon and opening a paragraph ("1. SITUATION: …", bold
"Personale: …") heads a section, the text after it being its first item; a label repeated on every
paragraph ("Risk: … Mitigation: …"), a minuted record and a "Label: value" detail field stay items or
fields. A message's marking, date-time stamp and From / To / Subject fields are its masthead, and its
"NEXT SITREP" and "ENDS" lines are left out and counted.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

SECTIONS = [
    ("SITUATION", "The discharge team supported 79 people out of hospital this week.",
     ["Day centres remain closed and staff are making welfare calls.", "Safeguarding concerns are triaged daily."]),
    ("ISSUES AND RISKS", "Carer breakdown where day services remain closed is increasing.",
     ["Pressure on the supply of PPE for home care workers is being monitored."]),
    ("ADMIN AND LOGISTICS", "", []),
    ("FUTURE PLANS", "Market sustainability review to report to Cabinet on 24 April.",
     ["Restarting annual reviews for people whose support has changed."]),
]  # fmt: skip
HEADER = ["OFFICIAL", "SITREP 0600 06APR20", "FROM: NORTHFIELD COUNCIL TACTICAL CELL",
          "TO: STRATEGIC COORDINATING GROUP", "SUBJ: ADULT SOCIAL CARE SITREP 4"]  # fmt: skip
TRAILER = ["NEXT SITREP: 1800 06APR20", "ENDS"]


def _sitrep_text() -> bytes:
    lines = [*HEADER[:2], "", *HEADER[2:], ""]
    for n, (label, first, rest) in enumerate(SECTIONS, 1):
        lines.append(f"{n}. {label}: {first}".rstrip())
        lines += [f"    {chr(97 + k)}. {text}" for k, text in enumerate(rest)]
        lines.append("")
    lines += [TRAILER[0], "", TRAILER[1], ""]
    return "\n".join(lines).encode()


def _sitrep_docx() -> bytes:
    d = docx.Document()
    for line in HEADER:
        d.add_paragraph(line)
    for n, (label, first, rest) in enumerate(SECTIONS, 1):
        para = d.add_paragraph()
        para.add_run(f"{n}. {label}:").bold = True
        if first:
            para.add_run(f" {first}")
        for k, text in enumerate(rest):
            d.add_paragraph(f"{chr(97 + k)}. {text}")
    for line in TRAILER:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold_labels_docx() -> bytes:
    """An Italian-style return: a bold title, then sections headed by bold run-in labels."""
    d = docx.Document()
    d.add_paragraph("Rapporto di situazione n. 3 - Servizi sociali", style="Title")
    for label, first, rest in (("Attività", *SECTIONS[0][1:]), ("Rischi", *SECTIONS[1][1:]),
                               ("Ripresa", *SECTIONS[3][1:])):  # fmt: skip
        para = d.add_paragraph()
        para.add_run(f"{label}:").bold = True
        para.add_run(f" {first}")
        for text in rest:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold_labels_text() -> bytes:
    """The same return as plain text, its labels in capitals."""
    lines = ["Rapporto di situazione n. 3 - Servizi sociali", ""]
    for label, first, rest in (("ATTIVITÀ", *SECTIONS[0][1:]), ("RISCHI", *SECTIONS[1][1:])):
        lines += [f"{label}: {first}", ""]
        lines += [line for text in rest for line in (text, "")]
    return "\n".join(lines).encode()


def _sections(report: Report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections]


@pytest.mark.parametrize("make,name", [(_sitrep_text, "sitrep.txt"), (_sitrep_docx, "sitrep.docx")])
def test_numbered_capitals_labels_head_sections(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    expected = [
        (f"{n}. {label}", ([first] if first else []) + rest) for n, (label, first, rest) in enumerate(SECTIONS, 1)
    ]
    # the colon after a label is punctuation; an empty label set in bold is a heading line of its own
    assert [((h or "").rstrip(":"), items) for h, items in _sections(report)] == expected
    assert report.sections[1].key == "risks"


@pytest.mark.parametrize("make,name", [(_sitrep_text, "sitrep.txt"), (_sitrep_docx, "sitrep.docx")])
def test_message_masthead_and_trailer_are_not_sections(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    texts = [t for h, items in _sections(report) for t in [h or "", *items]]
    for line in HEADER + TRAILER:
        assert line not in texts
    assert report.title == "ADULT SOCIAL CARE SITREP 4"  # the subject names the report
    assert "2 end-of-report line(s) left out" in report.warnings


@pytest.mark.parametrize("make,name", [(_bold_labels_docx, "rapporto.docx"), (_bold_labels_text, "rapporto.txt")])
def test_bold_or_capitals_run_in_labels_head_sections(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    got = [(h, items) for h, items in _sections(report) if h]
    assert [h.upper() for h, _ in got] == ["ATTIVITÀ", "RISCHI", "RIPRESA"][: len(got)]
    assert len(got) >= 2
    assert got[0][1] == [SECTIONS[0][1], *SECTIONS[0][2]]
    assert got[1][1] == [SECTIONS[1][1], *SECTIONS[1][2]]


RISKS = [("Pressure on PPE supply for home care workers.", "The council PPE hub supplies providers."),
         ("Delays to Care Act assessments are building a backlog.", None),
         ("Sustainability of the care market is being monitored.", "Weekly calls with every provider.")]  # fmt: skip
FIELDS = [("Lead officer", "Jo Patel, Director, Adult Social Care"), ("Prepared by", "Chris Lowe, Business Support"),
          ("Date", "6 April 2020")]  # fmt: skip


def _risk(body: str, mitigation: str | None, caps: bool) -> tuple[str, str | None]:
    return ("RISK:" if caps else "Risk:"), (f"{body} {'MITIGATION' if caps else 'Mitigation'}: {mitigation}"
                                            if mitigation else body)  # fmt: skip


def _fields_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Adult Social Care weekly return 2").bold = True
    for label, value in FIELDS:
        para = d.add_paragraph()
        para.add_run(f"{label}:").bold = True
        para.add_run(f" {value}")
    d.add_paragraph().add_run("Risks").bold = True
    for body, mitigation in RISKS:
        label, text = _risk(body, mitigation, caps=False)
        para = d.add_paragraph()
        para.add_run(label).bold = True
        para.add_run(f" {text}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _fields_text() -> bytes:
    lines = ["Adult Social Care weekly return 2", ""]
    lines += [f"{label.upper()}: {value}" for label, value in FIELDS] + ["", "RISKS", ""]
    for body, mitigation in RISKS:
        label, text = _risk(body, mitigation, caps=True)
        lines += [f"{label} {text}", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("make,name", [(_fields_docx, "return.docx"), (_fields_text, "return.txt")])
def test_repeated_item_labels_and_detail_fields_are_not_headings(make, name) -> None:
    report = parse_bytes(make(), name)[0]
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == [h for h in headings if h.lower() == "risks"] and headings
    risks = next(s for s in report.sections if s.heading and s.heading.lower() == "risks")
    assert len(risks.items) == len(RISKS)
    assert [bool(i.mitigation) for i in risks.items] == [m is not None for _, m in RISKS]
    assert [i.mitigation for i in risks.items if i.mitigation] == [m for _, m in RISKS if m]
