"""A report printed from a case system's records: each part a record of the same form, its fields labelled down
the left ("Update", "Modified by", "Modified on"). The labels repeat under every part: the text field's points are
the part's own, the fields saying who changed the record and when are left out and counted. A report whose parts
have sub-sections of their own ("Situation" and "Actions" under each area), or repeats one under each area with
no record upkeep fields, keeps them.

Layouts: a record printed to PDF (labels in a column beside their values), the same as Markdown with the labels as
sub-headings; and a report by area with two real sub-sections each.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

PARTS = {
    "Residents": ["27 hardship payments have been made to residents.", "19 households have returned home."],
    "Building safety": ["A waking watch is in place around the clock until 19 September."],
    "Costs": ["The insurer has agreed an interim payment of £174,000."],
    "Communications": ["A residents' meeting was held at the community centre with 76 people."],
}


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 800, "Linden Court fire – block evacuation (INC-58047)")
    y = 760.0
    for part, points in PARTS.items():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, part)
        y -= 18
        c.setFont("Helvetica", 9)
        c.drawString(50, y, "Update")
        for point in points:
            c.drawString(200, y, f"- {point}")
            y -= 13
        for label, value in (("Modified by", "Olu Adebayo"), ("Modified on", "15/09/2025 16:10")):
            y -= 6  # a form's fields stand apart
            c.drawString(50, y, label)
            c.drawString(200, y, value)
            y -= 13
        y -= 14
    c.save()
    return buf.getvalue()


def _markdown() -> bytes:
    out = ["# Linden Court fire – block evacuation (INC-58047)", ""]
    for part, points in PARTS.items():
        out += [f"## {part}", "", "### Update", "", *(f"- {p}" for p in points), ""]
        out += ["### Modified by", "", "Olu Adebayo", "", "### Modified on", "", "15/09/2025 16:10", ""]
    return "\n".join(out).encode()


@pytest.mark.parametrize(("make", "name"), [(_pdf, "record.pdf"), (_markdown, "record.md")])
def test_the_form_labels_fold_into_their_parts(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == PARTS
    assert any("record form" in w for w in report.warnings), report.warnings


def test_real_sub_sections_under_each_part_stay() -> None:
    areas = ["North", "South", "East"]
    md = "# Flood update 3\n\n" + "".join(
        f"## {a}\n\n### Situation\n\n- Rivers are falling in the {a.lower()}.\n\n### Actions\n\n- Sandbags issued.\n\n"
        for a in areas
    )
    report = parse_bytes(md.encode(), "update.md")[0]
    assert [s.heading for s in report.sections if s.heading] == [h for a in areas for h in (a, "Situation", "Actions")]


def test_one_sub_section_repeated_under_each_area_without_upkeep_fields_stays() -> None:
    areas = ["North", "South", "East"]
    md = "# Flood update 3\n\n" + "".join(
        f"## {a}\n\n### Actions\n\n- Sandbags issued in the {a.lower()}.\n\n" for a in areas
    )
    report = parse_bytes(md.encode(), "update.md")[0]
    assert [s.heading for s in report.sections if s.heading][-6:] == [h for a in areas for h in (a, "Actions")]


def test_upkeep_fields_a_page_break_left_among_a_parts_points_go_too() -> None:
    out = ["# Linden Court fire – block evacuation (INC-58047)", ""]
    for n, (part, points) in enumerate(PARTS.items()):
        out += [f"## {part}", "", "### Update", "", *(f"- {p}" for p in points), ""]
        if n < len(PARTS) - 1:
            out += ["### Modified by", "", "Olu Adebayo", "", "### Modified on", "", "15/09/2025 16:10", ""]
        else:  # the last record runs over a page: its labels printed as lines among its points, each by its value
            out += ["Olu Adebayo", "", "Modified by", "", "15/09/2025 16:10", "", "Modified on", ""]
    report = parse_bytes("\n".join(out).encode(), "record.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == PARTS


def _pdf_over_two_pages() -> bytes:
    """The record printed from the browser, its last part alone on the second page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 800, "Linden Court fire – block evacuation (INC-58047)")
    y = 760.0
    for n, (part, points) in enumerate(PARTS.items()):
        if n == len(PARTS) - 1:
            c.showPage()
            y = 780.0
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, part)
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, "Update")
        c.setFont("Helvetica", 9.5)
        for point in points:
            c.drawString(150, y + 0.7, f"- {point}")
            y -= 13
        for label, value in (("Modified by", "Olu Adebayo"), ("Modified on", "15/09/2025 16:10")):
            y -= 6
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, label)
            c.setFont("Helvetica", 9.5)
            c.drawString(150, y + 0.7, value)
            y -= 13
        y -= 14
    c.save()
    return buf.getvalue()


def test_the_fields_of_a_part_alone_on_its_page_go_too() -> None:
    # alone on its page, the last part's labels and values stand as lines of their own, read down each column
    report = parse_bytes(_pdf_over_two_pages(), "record.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == PARTS


def test_the_text_fields_label_alone_among_the_last_parts_points_goes_too() -> None:
    out = ["# Linden Court fire – block evacuation (INC-58047)", ""]
    for n, (part, points) in enumerate(PARTS.items()):
        out += [f"## {part}", ""]
        if n < len(PARTS) - 1:
            out += ["### Update", "", *(f"- {p}" for p in points), ""]
            out += ["### Modified by", "", "Olu Adebayo", "", "### Modified on", "", "15/09/2025 16:10", ""]
        else:
            out += [*(f"- {p}" for p in points), "", "Update", "", "Olu Adebayo", "", "Modified by", ""]
            out += ["15/09/2025 16:10", "", "Modified on", ""]
    report = parse_bytes("\n".join(out).encode(), "record.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == PARTS
