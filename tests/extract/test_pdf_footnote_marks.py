"""Footnote references set as small raised figures after a word or a full stop are not numbers of the
text ("sold directly to restaurants for food.² The current…" states no 2, "HW¹" no 1); a unit's raised power
("12 km²") and numbers on the baseline stay. Drawn in two layouts: bullets and running paragraphs."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes


def _with_mark(sheet: Sheet, x: float, before: str, mark: str, after: str) -> None:
    """``before`` on the baseline, ``mark`` small and raised, then ``after``: one line."""
    x = sheet.text(x, sheet.y, before)
    x = sheet.text(x + 0.5, sheet.y + 0.4 * sheet.size, mark, REGULAR, sheet.size * 0.6)
    sheet.text(x + 2.5, sheet.y, after)
    sheet.y -= sheet.lead


def _draw(bullets: bool) -> bytes:
    s = Sheet()
    s.line("Flood Situation Report 7", size=18)
    s.heading("Key activity")
    x = s.left + (28 if bullets else 0)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    _with_mark(s, x, "Bats are hunted and sold directly to restaurants for food.", "2", "Markets are closed.")
    s.gap(0.6)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    _with_mark(s, x, "Survey of flooded farmland in the valley", "1", "is now complete.")
    s.gap(0.6)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    _with_mark(s, x, "The flooded area covers 12 km", "2", "of farmland and 188 homes.")
    s.gap(0.6)
    if bullets:
        s.text(s.left + 14, s.y, "•")
    _with_mark(s, x, "Of 412 returns, 96 gave the patient's status as HW", "3", "(health worker).")
    s.c.save()
    return s.buf.getvalue()


def _items(report: Report) -> list[str]:
    return [i.text for sec in report.sections for i in sec.items]


@pytest.mark.parametrize("bullets", [True, False])
def test_raised_note_marks_are_left_out_and_counted_and_powers_stay(bullets: bool) -> None:
    report = parse_bytes(_draw(bullets), "sitrep.pdf")[0]
    items = _items(report)
    assert "Bats are hunted and sold directly to restaurants for food. Markets are closed." in items
    assert "Survey of flooded farmland in the valley is now complete." in items
    power = next(t for t in items if t.startswith("The flooded area"))
    assert "188 homes" in power and "km2" in power.replace(" ", "")
    # after an acronym in capitals as after a word: "HW³" states no 3
    assert "Of 412 returns, 96 gave the patient's status as HW (health worker)." in items
    assert "3 footnote mark(s) left out" in report.warnings


def _with_marks(sheet: Sheet, before: str, parts: list[str], after: str, font: str) -> None:
    """``before``, then a mark of several numbers ("1", ",", "2"), each part a small raised run of its
    own as word processors set them, then ``after`` (closing up to the mark when it is punctuation)."""
    x = sheet.text(sheet.left, sheet.y, before, font)
    for part in parts:
        x = sheet.text(x + 0.4, sheet.y + 0.4 * sheet.size, part, REGULAR, sheet.size * 0.6)
    sheet.text(x + (0.4 if after[:1] in ":." else 2.8), sheet.y, after, font)
    sheet.y -= sheet.lead


def _marked_pdf(as_heading: bool) -> bytes:
    s = Sheet()
    s.line("Flood Situation Report 8", size=18)
    s.gap()
    if as_heading:
        _with_marks(s, "CASES NOTIFIED SO FAR", ["1", ",", "2"], ":", BOLD)
        s.gap(0.4)
        s.para(["Forty-two cases were notified by the two district hospitals this week."])
    else:
        s.heading("Cases")
        _with_marks(
            s, "Forty-two cases were notified by the district hospitals", ["1", "–", "3"], "this week.", REGULAR
        )
    s.c.save()
    return s.buf.getvalue()


@pytest.mark.parametrize("as_heading", [True, False])
def test_a_mark_of_several_numbers_goes_whole_with_its_separators(as_heading: bool) -> None:
    report = parse_bytes(_marked_pdf(as_heading), "sitrep.pdf")[0]
    text = [*(s.heading or "" for s in report.sections), *_items(report)]
    if as_heading:
        assert "CASES NOTIFIED SO FAR:" in text
        assert "Forty-two cases were notified by the two district hospitals this week." in text
    else:
        assert "Forty-two cases were notified by the district hospitals this week." in text
