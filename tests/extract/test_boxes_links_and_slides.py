"""What a contributor's tools add around the points, read as a reader reads it.

- A key-figures box floating beside the text in Word (a label over each figure) restates the report's numbers:
  data, not headings over figures. A text box holding a sentence is still read.
- A note-taking app's callouts sharing one title ("Risk" over each risk) are entries of a series, not
  sections: each risk stays under the section's heading, its mitigation on the callout's next line with it. A
  box of the note's particulars ("Details": who prepared it, its date) is its masthead, a wiki link reads as the
  text it shows, and a line of links to other notes is none of the report.
- A slide's words drawn one by one on baselines a little apart are one line; a closing slide of nothing but a
  site and numbers to call says whom to reach.

Each in two layouts.
"""

from __future__ import annotations

import docx
import pytest
from docx_xml import extract, raw, run, save
from pdf_sheets import BOLD, Sheet

from sitroom.read import parse_bytes

FIGURES = [("Evacuated people", "774"), ("Flooded houses", "251"), ("Firefighters deployed", "60")]


def _box(lines: list[str], vml: bool) -> str:
    body = "".join(f"<w:p>{run(t, bold=n == 0)}</w:p>" for n, t in enumerate(lines))
    box = f"<w:txbxContent>{body}</w:txbxContent>"
    if vml:
        return f"<w:p><w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r></w:p>"
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


@pytest.mark.parametrize("vml", [False, True], ids=["drawing", "vml"])
def test_a_key_figures_text_box_is_data_not_points(vml: bool) -> None:
    d = docx.Document()
    d.add_heading("Summary", level=1)
    raw(d, _box(["KEY FIGURES", "As at 15 September"] + [t for pair in FIGURES for t in pair], vml))
    d.add_paragraph("774 people were evacuated from the riverside.", style="List Bullet")
    d.add_heading("Risks", level=1)
    raw(d, _box(["The dam is inspected twice a day by the water board."], vml))
    d.add_paragraph("The river may rise again overnight.", style="List Bullet")
    data = save(d)
    report = parse_bytes(data, "report.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Summary", ["774 people were evacuated from the riverside."]),
        ("Risks", ["The dam is inspected twice a day by the water board.", "The river may rise again overnight."]),
    ]
    assert extract(data).tables


CLEARED = "the channels were cleared."


def _note(kind: str) -> bytes:
    def callout(title: str, lines: list[str]) -> str:
        if kind == "obsidian":
            return f"> [!warning] {title}\n" + "".join(f"> {t}\n" for t in lines) + "\n"
        return f'!!! warning "{title}"\n' + "".join(f"    {t}\n" for t in lines) + "\n"

    return (
        "---\ntitle: Storm situation report 1\n---\n\n# Storm situation report 1\n\n"
        + callout("Details", ["**Prepared by:** [[Maria Borg]] (Executive Secretary)", "**Date:** 10 November 2025"])
        + "## Summary\n\n- Nobody was hurt; the [[Civil Protection|civil protection]] pumped out 2 garages.\n\n"
        + "## Risks\n\n"
        + callout("Risk", ["Flooding in the valley may return.", "**Mitigation:** the channels were cleared."])
        + callout("Risk", ["Walls on the pavements collapsed.", "**Mitigation:** the area is fenced off."])
        + "---\nRelated: [[Storm November 2025]] · [[Emergency contacts]] · [[Storm report 2]]\n"
    ).encode()


@pytest.mark.parametrize("kind", ["obsidian", "mkdocs"])
def test_callouts_of_one_title_are_entries_and_the_notes_links_are_no_points(kind: str) -> None:
    report = parse_bytes(_note(kind), "storm.md")[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections]
    assert got == [
        ("Summary", [("Nobody was hurt; the civil protection pumped out 2 garages.", None)]),
        (
            "Risks",
            [
                ("Flooding in the valley may return. Mitigation: the channels were cleared.", CLEARED),
                ("Walls on the pavements collapsed. Mitigation: the area is fenced off.", "the area is fenced off."),
            ],
        ),
    ]


def _slides(shift: float) -> bytes:
    sheet = Sheet(size=22)
    sheet.line("Volcanic eruption: situation report 1", font=BOLD, size=34)
    sheet.line("Civil Protection, 10 February 2025, 10:00")
    sheet.new_page()
    sheet.line("Communications", font=BOLD, size=30)
    sheet.gap()
    sheet.text(sheet.left, sheet.y, "•")
    x = sheet.left + 20
    for n, word in enumerate(["A", "residents'", "meeting", "was", "held", "on", "9", "February."]):
        # each word drawn on its own, its baseline a little off the line's as a slide tool animates words
        x = sheet.text(x, sheet.y + (shift if n % 3 == 1 else -shift if n % 3 == 2 else 0), word) + 6
    sheet.y -= sheet.lead
    sheet.text(sheet.left, sheet.y, "•")
    sheet.line("Calls to the helpline: 28.", x=sheet.left + 20)
    sheet.new_page()
    sheet.line("Information for the public", font=BOLD, size=30)
    sheet.line("civilprotection.is · Helpline 1717 · Emergency 112")
    return sheet.pdf()


@pytest.mark.parametrize("shift", [2.5, 5.0])
def test_a_slides_words_a_little_off_their_line_are_one_point_and_the_closing_slide_no_section(shift: float) -> None:
    report = parse_bytes(_slides(shift), "deck.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Communications", ["A residents' meeting was held on 9 February.", "Calls to the helpline: 28."])
    ]
