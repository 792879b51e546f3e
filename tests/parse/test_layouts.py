"""Reports no template was tuned for, generated in several layouts: headings, keys, risk tables, signatures."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes, parse_text


def _docx(build) -> bytes:
    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _bold(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _underlined(d, text: str) -> None:
    d.add_paragraph().add_run(text).underline = True


def _parse(data: bytes, name: str = "r.docx"):
    return parse_bytes(data, name)[0]


def _keys(report) -> list[tuple[str | None, str | None]]:
    return [(s.key, s.heading) for s in report.sections]


def _styled(d) -> None:
    d.add_heading("Weekly situation report", 0)
    d.add_heading("Key issues", 1)
    d.add_paragraph("Supplier delays on protective equipment.", style="List Bullet")
    d.add_heading("Our staff", 1)
    d.add_paragraph("Absence stands at 6%.", style="List Bullet")
    d.add_heading("Costs", 1)
    d.add_paragraph("Overtime spend is £12,000 above plan.", style="List Bullet")


def _plain_bold(d) -> None:
    _bold(d, "Défis")
    d.add_paragraph("Les stocks de tests sont insuffisants dans deux districts.")
    _bold(d, "Staffing")
    d.add_paragraph("Two nurses redeployed to the vaccination centre.")
    _bold(d, "Costs")
    d.add_paragraph("Fuel costs rose by 8% this week.")


@pytest.mark.parametrize("build", [_styled, _plain_bold], ids=["heading-styles", "bold-no-styles"])
def test_headings_no_template_names_get_their_meaning(build):
    report = _parse(_docx(build))
    assert report.template is None
    keys = [k for k, h in _keys(report) if h]
    assert keys == ["risks", "workforce", "finance"]
    assert all(s.key_confidence >= 0.7 for s in report.sections if s.key)


def test_word_numbered_headings_over_bullets_are_headings():
    def build(d):
        for head, bullets in [
            ("Project members:", ["Ana Lopez", "Sam Obi"]),
            ("Accomplishments for the week", ["Parser built – Sam Obi", "Tests added – Ana Lopez"]),
            ("List of issues, problems or concerns", ["Build server out of memory."]),
        ]:
            d.add_paragraph(head, style="List Number")
            for b in bullets:
                d.add_paragraph(b, style="List Bullet 2")

    report = _parse(_docx(build))
    assert _keys(report) == [
        ("attendees", "1. Project members:"),
        ("activity", "2. Accomplishments for the week"),
        ("risks", "3. List of issues, problems or concerns"),
    ]
    assert [len(s.items) for s in report.sections] == [2, 2, 1]


def test_a_real_numbered_list_stays_a_list():
    def build(d):
        _bold(d, "Actions")
        for t in ("Open the second site", "Train the new volunteers", "Review the rota"):
            d.add_paragraph(t, style="List Number")

    report = _parse(_docx(build))
    assert [s.heading for s in report.sections] == ["Actions"]
    assert len(report.sections[0].items) == 3


def test_typed_roman_and_arabic_numbered_headings_in_text():
    text = (
        "I. POINTS SAILLANTS\n\n"
        "Trois nouveaux cas confirmés cette semaine.\n\n"
        "II. SITUATION EPIDEMIOLOGIQUE\n\n"
        "1. Situation des alertes\n\n"
        "Douze alertes reçues, toutes investiguées.\n\n"
        "2. Défis\n\n"
        "- Rupture de stock de gants.\n"
    )
    report = parse_text(text, "bulletin.txt")
    heads = [(s.heading, s.level, s.key) for s in report.sections if s.heading]
    assert heads == [
        ("I. POINTS SAILLANTS", 1, "highlights"),
        ("II. SITUATION EPIDEMIOLOGIQUE", 1, "situation"),
        ("1. Situation des alertes", 2, "situation"),
        ("2. Défis", 2, "risks"),
    ]


def test_an_underlined_line_standing_alone_is_a_heading():
    def build(d):
        _underlined(d, "Meeting 3/14")
        d.add_paragraph("Decided to ship the beta on Friday.", style="List Bullet")
        _underlined(d, "Meeting 3/21")
        d.add_paragraph("Beta shipped; two bugs reported.", style="List Bullet")

    report = _parse(_docx(build))
    assert [s.heading for s in report.sections] == ["Meeting 3/14", "Meeting 3/21"]


def test_a_risk_table_row_is_one_risk_with_its_mitigation():
    def build(d):
        d.add_heading("Risk register", 1)
        t = d.add_table(rows=3, cols=4)
        for i, h in enumerate(("Risk", "RAG", "Mitigation", "Owner")):
            t.cell(0, i).text = h
        rows = [
            ("Staff absence may exceed 10% in January", "Red", "Agency staff booked in advance", "HR lead"),
            ("Winter storms could close the depot", "Amber", "Second depot on standby", "Ops"),
        ]
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row):
                t.cell(r, c).text = v

    report = _parse(_docx(build))
    risks = report.sections[0]
    assert risks.key == "risks"
    assert [(i.text, i.mitigation) for i in risks.items] == [
        ("Staff absence may exceed 10% in January", "Agency staff booked in advance"),
        ("Winter storms could close the depot", "Second depot on standby"),
    ]


def test_a_signature_block_is_left_out_and_counted():
    def build(d):
        _bold(d, "Highlights")
        d.add_paragraph("All schools reopened on Monday.")
        d.add_paragraph("Prepared by:")
        d.add_paragraph("JANE DOE")
        d.add_paragraph("Information Officer")
        p = d.add_paragraph()
        p.add_run("Annex").bold = True
        p.runs[0].font.size = Pt(16)

    report = _parse(_docx(build))
    texts = [i.text for i in report.items()]
    assert texts == ["All schools reopened on Monday."]
    assert "3 signature block line(s) left out" in report.warnings


def test_a_generic_title_and_two_matching_headings_do_not_choose_a_template():
    text = (
        "Situation Report No. 4\n\nHIGHLIGHTS\n\n• Two new cases.\n\nSURVEILLANCE\n\n• Contact tracing at 95%.\n\n"
        "Risk register\n\n• Test kits run out in a week. Mitigation: order placed.\n"
    )
    report = parse_text(text, "sitrep.txt")
    assert report.template is None
    assert _keys(report) == [("highlights", "HIGHLIGHTS"), ("surveillance", "SURVEILLANCE"), ("risks", "Risk register")]
    assert report.sections[2].items[0].mitigation == "order placed."


def test_a_wrapped_line_ending_in_a_colon_is_not_a_heading():
    text = (
        "HIGHLIGHTS\n\n"
        "The district teams completed the second round of household visits, supported by the\n"
        "WHO AND UNICEF FIELD TEAMS as follows:\n"
        "- 1,200 households reached.\n"
    )
    report = parse_text(text, "w.txt")
    assert [s.heading for s in report.sections] == ["HIGHLIGHTS"]
    assert report.sections[0].items[0].text.endswith("supported by the WHO AND UNICEF FIELD TEAMS as follows:")
