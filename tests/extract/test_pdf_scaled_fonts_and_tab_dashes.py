"""Two ways a word processor writes a PDF that must not change what a reader sees: a font set at size 1
and scaled up by a matrix (the printed size is the scale, so a last line with no descenders, "committees.",
is not small print), and a list set in two columns with dashes at tab stops (each dash opens an entry of
its own, while a dash between spaces in a sentence stays part of it)."""

from __future__ import annotations

import pytest
from pdf_sheets import HEIGHT, REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes

LINES = [
    "The review panel met on Tuesday and agreed the terms of reference for examining progress made on",
    "the implementation of recommendations from previous review",
    "committees.",
]


def _scaled(sheet: Sheet, x: float, y: float, text: str, size: float, how: str) -> None:
    """Text in a font of size 1, scaled to ``size`` by the text matrix or by the page's transform."""
    c = sheet.c
    if how == "text matrix":
        t = c.beginText()
        t.setTextTransform(size, 0, 0, size, x, y)
        t.setFont(REGULAR, 1)
        t.textOut(text)
        c.drawText(t)
    else:
        c.saveState()
        c.transform(size, 0, 0, size, x, y)
        c.setFont(REGULAR, 1)
        c.drawString(0, 0, text)
        c.restoreState()


def _items(report: Report) -> list[str]:
    return [i.text for sec in report.sections for i in sec.items]


@pytest.mark.parametrize("how", ["text matrix", "page transform"])
def test_a_font_scaled_from_size_one_is_read_at_its_printed_size(how: str) -> None:
    s = Sheet()
    s.line("Review Situation Report 4", size=18)
    s.heading("Key activity")
    s.para(["The panel is on schedule and every workstream has reported."])
    s.new_page()
    s.heading("Key weekly updates")
    y = HEIGHT - 130
    for _ in range(3):
        s.text(s.left + 14, y, "•")
        for line in LINES:
            _scaled(s, s.left + 28, y, line, 10.5, how)
            y -= 14
        y -= 10
    s.c.save()
    items = _items(parse_bytes(s.buf.getvalue(), "update.pdf")[0])
    whole = " ".join(LINES)
    assert items.count(whole) == 3


def test_dashes_at_tab_stops_open_entries_of_a_list_in_two_columns() -> None:
    s = Sheet()
    s.line("Regional Situation Report 9", size=18)
    s.heading("Updates from the regions")
    rows = [("Northern Region", "Southern Region"), ("Eastern Coastal Region", "Western Uplands Region")]
    for left, right in rows:
        s.text(s.left, s.y, "–")
        x = s.text(s.left + 14, s.y, left)
        # the tab stop leaves about a word and a half of space on each side of the dash
        s.text(x + 11, s.y, "–")
        s.text(x + 27, s.y, right)
        s.y -= s.lead
    s.gap(0.8)
    s.heading("Key activity")
    s.para(["Flood wardens in the Eastern Coastal Region – South Bay included – are on patrol."])
    s.c.save()
    report = parse_bytes(s.buf.getvalue(), "regions.pdf")[0]
    regions = next(sec for sec in report.sections if sec.heading == "Updates from the regions")
    assert sorted(i.text for i in regions.items) == sorted(r for row in rows for r in row)
    assert "Flood wardens in the Eastern Coastal Region – South Bay included – are on patrol." in _items(report)
