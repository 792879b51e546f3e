"""Three things a reader of a PDF page takes for granted: a note's raised label ("[1]", "ii", "†") is a
mark like a list number, not words of the note; the speaker named under a quotation belongs to the
quotation; and in a list entry, a line that runs to the edge without ending its sentence goes on in the
next line, even when a link's underline left a little more space under it. Each drawn in two layouts."""

from __future__ import annotations

import pytest
from pdf_sheets import REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes


def _items(report: Report) -> list[str]:
    return [i.text for sec in report.sections for i in sec.items]


def _labelled(sheet: Sheet, label: str, lines: list[str], x: float) -> None:
    """A note whose first line opens with ``label``, small and raised, then the note's text."""
    sheet.text(x, sheet.y + 0.4 * sheet.size, label, REGULAR, sheet.size * 0.65)
    for t in lines:
        sheet.text(x + 9, sheet.y, t)
        sheet.y -= sheet.lead
    sheet.gap(0.5)


@pytest.mark.parametrize("layout", ["notes section", "definitions mid-report"])
def test_a_raised_label_opens_a_note_and_is_not_its_text(layout: str) -> None:
    s = Sheet()
    s.line("Flood Situation Report 12", size=18)
    s.heading("Key activity")
    s.bullet(["Pumping continues at the three stations on the lower river."])
    s.heading("Notes" if layout == "notes section" else "Definitions used in this report")
    _labelled(s, "[1]", ["Figures for the northern wards are provisional until the survey ends."], s.left)
    _labelled(s, "ii", ["Properties are counted once, however many times they flooded."], s.left)
    _labelled(s, "†", ["Other: includes caravans and boats moored on the river."], s.left)
    if layout == "definitions mid-report":
        s.heading("Recovery")
        s.bullet(["Skips are in place on the four worst affected streets."])
    s.c.save()
    items = _items(parse_bytes(s.buf.getvalue(), "sitrep.pdf")[0])
    assert "Figures for the northern wards are provisional until the survey ends." in items
    assert "Properties are counted once, however many times they flooded." in items
    assert "Other: includes caravans and boats moored on the river." in items
    assert not any(t.startswith(("[1]", "ii ", "†")) for t in items)


def test_a_small_raised_footnote_under_the_rule_at_the_foot_stays_out() -> None:
    s = Sheet()
    s.line("Flood Situation Report 12", size=18)
    s.heading("Key activity")
    s.bullet(["Pumping continues at the three stations on the lower river."])
    s.y = 110
    s.c.rect(s.left, s.y + 14, 120, 0.6, stroke=0, fill=1)  # the short rule over the notes
    s.text(s.left, s.y + 3, "1", REGULAR, 5)
    s.text(s.left + 5, s.y, "Data from the river gauges, not checked.", REGULAR, 7.5)
    s.c.save()
    items = _items(parse_bytes(s.buf.getvalue(), "sitrep.pdf")[0])
    assert items == ["Pumping continues at the three stations on the lower river."]


@pytest.mark.parametrize("bullets", [True, False])
def test_the_speaker_under_a_quotation_belongs_to_it(bullets: bool) -> None:
    s = Sheet()
    s.line("Flood Situation Report 12", size=18)
    s.heading("Key messages")
    x = s.left + 28 if bullets else s.left
    if bullets:
        s.text(s.left + 14, s.y, "•")
    s.line("“Stay away from the river banks: the water is still rising and the current is strong", x)
    s.line("enough to carry a car away.”", x)
    s.gap(0.5)
    s.line("Chief Fire Officer, at the press briefing on Tuesday", x)
    s.gap(0.8)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    s.line("Sandbags are available at the three depots listed on the council website.", x)
    s.gap(0.8)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    s.line("“We have opened a second rest centre at the leisure centre.”", x)
    s.gap(0.5)
    s.line("Residents of the lower town should register with the reception desk there.", x)
    s.c.save()
    items = _items(parse_bytes(s.buf.getvalue(), "sitrep.pdf")[0])
    assert (
        "“Stay away from the river banks: the water is still rising and the current is strong enough to carry"
        " a car away.” Chief Fire Officer, at the press briefing on Tuesday" in items
    )
    assert "Sandbags are available at the three depots listed on the council website." in items
    # a sentence of its own after a quotation is no speaker's name
    assert "Residents of the lower town should register with the reception desk there." in items


@pytest.mark.parametrize("mark", ["•", "number"])
def test_a_line_wrapped_at_the_edge_goes_on_past_a_little_more_space(mark: str) -> None:
    s = Sheet()
    s.line("Flood Situation Report 12", size=18)
    s.heading("Key activity")
    x = s.left + 28
    for n in range(2):
        s.text(s.left + 14, s.y, mark if mark == "•" else f"{n + 1}.")
        s.line("The environment agency has published the list of all pumping stations, temporary barriers", x)
        s.line("and flood gates in the county that residents may report faults on through the online Flood", x)
        s.y -= 0.3 * s.size  # the link's underline sets the last line a little lower
        s.line("Reporting Portal." if n == 0 else "Reporting Portal, open day and night.", x)
        s.gap(1.0)
    s.c.save()
    items = _items(parse_bytes(s.buf.getvalue(), "sitrep.pdf")[0])
    assert len(items) == 2
    assert all(t.endswith(("online Flood Reporting Portal.", "Portal, open day and night.")) for t in items)
