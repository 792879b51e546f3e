"""A section whose heading names no meaning, or one of several ("Resources"), is read by what its points
speak of, when they agree; points that speak of several things, or of nothing a word tells, leave it
without a key.

Three layouts: a service's return in Word (Heading 2 styles, bulleted points), a form printed to PDF (bold
numbered box labels, "-" points) and a status page in Markdown.
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.model import Item, Section
from sitroom.parse.itemkeys import key_from_items, speaks_of
from sitroom.read import parse_bytes

OPENING = ("Risks", ["Flooding of the depot may stop collections. Mitigation: vehicles moved to Brook Lane."])
STAFF = [
    "42 staff are off sick today, up from 35",
    "Agency staff cover 6 of the 12 vacant posts",
    "Crews are working extended shifts this weekend",
]
MONEY = ["£45,000 spent on overtime to date", "The grant claim for €1.2m was submitted on Monday", "Budget unchanged"]
AFFECTED = ["312 households missed a collection", "40 homes were flooded on Mill Street", "Fly-tipping is up"]
READING = [
    "Guidance on cleaning up after a flood (PDF, 2 pages)",
    "A template letter for schools",
    "Frequently asked questions for landlords",
]
MIXED = ["12 staff redeployed to the rest centre", "£3,000 spent on bedding", "The rest centre opened at 6pm"]


def _word(sections: list[tuple[str, list[str]]]) -> bytes:
    d = docx.Document()
    d.add_heading("Waste services – return 14", level=1)
    for heading, points in sections:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _form(sections: list[tuple[str, list[str]]]) -> bytes:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold", spaceBefore=10, spaceAfter=3)
    item = ParagraphStyle("item", parent=body, leftIndent=24, bulletIndent=13, spaceAfter=2)
    story: list = [Paragraph("Incident status summary – report 14", ParagraphStyle("t", fontSize=16, leading=20))]
    for n, (heading, points) in enumerate(sections, start=12):
        story.append(Paragraph(f"{n}. {heading}", bold))
        story += [Paragraph(p, item, bulletText="-") for p in points]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _markdown(sections: list[tuple[str, list[str]]]) -> bytes:
    lines = ["# Service status – update 14", ""]
    for heading, points in sections:
        lines += [f"## {heading}", "", *[f"- {p}" for p in points], ""]
    return "\n".join(lines).encode()


LAYOUTS = [(_word, "return.docx"), (_form, "form.pdf"), (_markdown, "status.md")]


def _section(write, name: str, heading: str, points: list[str]) -> Section:
    report = parse_bytes(write([OPENING, (heading, points)]), name)[0]
    found = [s for s in report.sections if s.heading and s.heading.endswith(heading)]
    assert found, [s.heading for s in report.sections]
    assert [i.text for i in found[0].items] == points
    return found[0]


@pytest.mark.parametrize("write,name", LAYOUTS)
@pytest.mark.parametrize(
    "heading,points,key",
    [("Roster", STAFF, "workforce"), ("Outgoings", MONEY, "finance"), ("Bins", AFFECTED, "impacts")],
)
def test_a_heading_of_the_publishers_own_is_read_by_its_points(write, name, heading, points, key) -> None:
    section = _section(write, name, heading, points)
    assert (section.key, section.key_confidence) == (key, 0.6)


@pytest.mark.parametrize("write,name", LAYOUTS)
def test_resources_are_the_staff_where_the_points_count_staff_and_the_reading_elsewhere(write, name) -> None:
    assert _section(write, name, "Resources", STAFF).key == "workforce"
    assert _section(write, name, "Resources", READING).key == "guidance"


@pytest.mark.parametrize("write,name", LAYOUTS)
def test_a_lone_point_chooses_among_the_senses_of_resources(write, name) -> None:
    # the heading has already narrowed the meaning: one point of engines and crews is the workforce
    assert _section(write, name, "Resources", ["16 engines and 3 dozers are working the fire"]).key == "workforce"
    assert _section(write, name, "Resources", READING[:1]).key == "guidance"
    assert _section(write, name, "Roster", STAFF[:1]).key is None  # a heading of the publisher's own needs two
    # a heading whose head word is "resources" lets its points choose too
    assert _section(write, name, "Cell resources", ["4 officers run the monitors in shifts", "A model runs"]).key == (
        "workforce"
    )


@pytest.mark.parametrize("write,name", LAYOUTS)
def test_points_that_do_not_agree_give_no_key(write, name) -> None:
    assert _section(write, name, "Hall 2", MIXED).key is None


def test_a_named_heading_keeps_its_own_meaning_whatever_its_points_say() -> None:
    report = parse_bytes(_word([OPENING, ("Communications", STAFF)]), "return.docx")[0]
    assert report.sections[-1].key == "communications"


def test_one_point_is_not_enough_and_half_the_points_must_agree() -> None:
    one = Section(key=None, heading="Roster", level=1, items=[Item(text=STAFF[0])])
    assert key_from_items(one) is None
    few = Section(key=None, heading="Roster", level=1, items=[Item(text=t) for t in [*STAFF[:2], *READING]])
    assert key_from_items(few) is None


def test_the_words_of_a_point_in_other_languages() -> None:
    assert speaks_of("Se han desplegado 40 efectivos y 12 voluntarios") == {speaks_of("staff").pop()}
    assert "finance" in {k.value for k in speaks_of("Kosten bisher 120.000 €")}
    assert "forecast" in {k.value for k in speaks_of("Raffiche di vento fino a 80 km/h")}


@pytest.mark.parametrize("write,name", LAYOUTS)
def test_points_carrying_their_mitigations_are_not_read_by_their_words(write, name) -> None:
    points = [
        "Staff sickness may rise over the weekend. Mitigation: agency staff booked.",
        "Crews may not reach the depot in snow. Mitigation: crews stay at the Brook Lane depot.",
    ]
    report = parse_bytes(write([OPENING, ("Watch list", points)]), name)[0]
    last = report.sections[-1]
    assert last.heading.endswith("Watch list") and last.key != "workforce"
    assert [i.mitigation for i in last.items] == ["agency staff booked.", "crews stay at the Brook Lane depot."]
