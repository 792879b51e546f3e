"""What a report says of itself is no item of it:
- a note under its title on who prepared it, what its figures cover or who may see it ("Prepared by the
  outbreak team. Figures are at 07:00 on the day of the report.", "For partners – please do not share on
  social media.");
- an invitation at its end to ask its writers, with their address or number ("Questions about this update?
  Email … or call …");
- a table's caption in Pandoc's Markdown (": Zones in force" under the table, "Table: …" over it).
In Markdown and in Word; a sentence about figures that reports them stays an item."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["Housing measures remain in force.", "Figures are rising across the county as the river peaks."],
    "Current situation": ["The latest case was confirmed on 11 November near Haddon."],
    "Next steps": ["Review the zones with the policy group on Friday."],
}
NOTES = [
    "Prepared by the outbreak team for the policy group. Figures are at 07:00 on the day of the report. OFFICIAL.",
    "For partners – please do not share on social media. Figures are for Monday to Sunday.",
]
INVITATION = "Questions about this update? Email coordinator@example.org.uk or call 01632 960 214 (Mon–Fri, 9–3)."


def _markdown(note: str, caption_over: bool) -> bytes:
    lines = ["---", 'title: "Avian influenza: situation report 1"', "date: 12 November 2024", "---", "", note, ""]
    for heading, items in SECTIONS.items():
        lines += [f"# {heading}", "", *(f"- {i}" for i in items), ""]
        if heading == "Current situation":
            table = ["| Zone | Premises |", "|:---|---:|", "| Protection zone | 13 |", "| Surveillance zone | 24 |"]
            lines += (["Table: Zones in force", "", *table] if caption_over else [*table, "", ": Zones in force"]) + [
                ""
            ]
    lines += [INVITATION, ""]
    return "\n".join(lines).encode()


def _word(note: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Avian influenza: situation report 1", style="Title")
    d.add_paragraph(note).runs[0].italic = True
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    d.add_paragraph(INVITATION)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("layout", ["markdown, caption under", "markdown, caption over", "word"])
def test_a_reports_notes_on_itself_are_no_items(note: str, layout: str) -> None:
    if layout == "word":
        data, name = _word(note), "sitrep.docx"
    else:
        data, name = _markdown(note, caption_over=layout.endswith("over")), "sitrep.md"
    report = parse_bytes(data, name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS


CLOSINGS = [
    # who to contact, under a line asking readers to: names with their addresses and numbers
    [
        "For further information, please contact:",
        "Ana Ribeiro, Head of Office, ribeiro@example.org, +44 1632 960 134",
        "Daniel Osei, Information Officer, osei@example.org",
    ],
    # who may see the report
    ["Handling: not for onward distribution outside the Gold group without the staff officer's agreement."],
]


def _closing_text(closing: list[str]) -> bytes:
    lines = ["AVIAN INFLUENZA – SITUATION REPORT 1", ""]
    for heading, items in SECTIONS.items():
        lines += [heading.upper(), *(f"- {i}" for i in items), ""]
    return "\n".join([*lines, *closing, ""]).encode()


def _closing_word(closing: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Avian influenza: situation report 1", style="Title")
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    for n, line in enumerate(closing):
        p = d.add_paragraph(line)
        p.runs[0].bold = n == 0 and len(closing) > 1
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize(("write", "name"), [(_closing_text, "sitrep.txt"), (_closing_word, "sitrep.docx")])
def test_whom_to_contact_and_who_may_see_it_close_the_report(closing, write, name) -> None:
    report = parse_bytes(write(closing), name)[0]
    got = {s.heading.title() if s.heading else None: [i.text for i in s.items] for s in report.sections if s.items}
    assert got == {h.title(): items for h, items in SECTIONS.items()}


def _update(write_word: bool) -> bytes:
    fields = ["Issued: 23/01/2024 07:30", "Next update: 18:00 today", "Classification: OFFICIAL"]
    closing = ["Regards", "Duty Emergency Planning Manager", "Carrow Power Networks | Control Centre"]
    if not write_word:
        lines = ["STORM JOCELYN - LRF UPDATE 1", "", *fields, ""]
        for heading, items in SECTIONS.items():
            lines += [heading.upper(), "", *(f"   - {i}" for i in items), ""]
        return "\n".join([*lines, closing[0], "", *closing[1:], ""]).encode()
    d = docx.Document()
    d.add_paragraph("Storm Jocelyn – LRF update 1", style="Title")
    for line in fields:
        d.add_paragraph(line)
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for i in items:
            d.add_paragraph(i, style="List Bullet")
    for line in closing:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("write_word", [False, True])
def test_issue_fields_under_the_title_and_a_letters_close_are_no_items(write_word: bool) -> None:
    report = parse_bytes(_update(write_word), "update.docx" if write_word else "update.txt")[0]
    got = {s.heading.title() if s.heading else None: [i.text for i in s.items] for s in report.sections if s.items}
    assert got == {h.title(): items for h, items in SECTIONS.items()}
