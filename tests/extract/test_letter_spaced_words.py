"""Type set letter-spaced ("T E L E F A X", a cover's or a masthead's name) is read as the word it spells, in PDF
lines as pdfium gives them; other lines of single letters or figures stay as they are."""

from __future__ import annotations

import pytest

from sitroom.text.spacing import close_letter_spacing


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("T E L E F A X", "TELEFAX"),
        ("S I T U A T I O N  R E P O R T", "SITUATION REPORT"),
        ("F A X", "F A X"),  # three letters: too few to tell from initials
        ("1 2 3 4 5", "1 2 3 4 5"),
        ("A b c d", "A b c d"),
        ("Plan A B C D", "Plan A B C D"),
    ],
)
def test_letter_spaced_capitals_read_as_their_word(line: str, read: str) -> None:
    assert close_letter_spacing(line) == read
