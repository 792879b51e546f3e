"""Items: bullet styles, wrapped lines, hyphens, items recovered when glyphs are lost."""

from __future__ import annotations

import pytest

from sitroom.read import parse_text
from sitroom.text.glyphs import join_lines, split_bullet


def items_of(text: str, template: str | None = "auto") -> list[str]:
    return [i.text for i in parse_text(text, "t.txt", template).items()]


@pytest.mark.parametrize(
    ("line", "glyph", "rest"),
    [
        ("• Visits continue", "•", "Visits continue"),
        ("◦ nested point", "◦", "nested point"),
        ("▪ square", "▪", "square"),
        ("- dash item", "-", "dash item"),
        ("* star item", "*", "star item"),
        ("\uf0b7 Symbol-font bullet", "\uf0b7", "Symbol-font bullet"),
        ("\uf0a7 Wingdings bullet", "\uf0a7", "Wingdings bullet"),
        ("1. numbered", "1.", "numbered"),
        ("12) numbered", "12)", "numbered"),
        ("a) lettered", "a)", "lettered"),
        ("(iv) roman", "(iv)", "roman"),
        ("ii. roman", "ii.", "roman"),
        ("-5% change in demand", None, "-5% change in demand"),
        ("- 7 members of staff shielding", "-", "7 members of staff shielding"),
        ("1.5 million doses", None, "1.5 million doses"),
        ("Plain sentence.", None, "Plain sentence."),
        ("A total of 40 staff", None, "A total of 40 staff"),
    ],
)
def test_split_bullet_knows_every_bullet_style(line, glyph, rest):
    assert split_bullet(line) == (glyph, rest)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["local trans-", "mission continues"], "local transmission continues"),
        (["the 2019-", "nCoV outbreak"], "the 2019-nCoV outbreak"),
        (["COVID-", "related absence"], "COVID-related absence"),
        (["a  wrapped", "   line"], "a wrapped line"),
        (["and/", "or delayed"], "and/or delayed"),
    ],
)
def test_join_lines_removes_a_hyphen_only_where_it_split_a_word(lines, joined):
    assert join_lines(lines) == joined


def test_a_hyphen_kept_when_the_document_writes_the_word_with_one():
    assert join_lines(["staff who self-", "isolate"], {"self-isolate"}) == "staff who self-isolate"


def test_bullets_with_wrapped_lines_become_one_item_each():
    text = (
        "KEY ACTIVITY HEADLINES\n\n"
        "• Face to face visits continue for the children most at risk and are being\n"
        "  recorded on the case file;\n"
        "• Residential beds opened;\n"
        "1. Conferences held virtually\n"
        "2. Families join by telephone\n"
    )
    assert items_of(text) == [
        "Face to face visits continue for the children most at risk and are being recorded on the case file;",
        "Residential beds opened;",
        "Conferences held virtually",
        "Families join by telephone",
    ]


def test_items_recovered_from_blank_lines_when_glyphs_are_lost():
    long = "x" * 60
    text = (
        "WORKFORCE UPDATE\n\n"
        f"Staff availability steady with absence around 5% {long}\n"
        "in most teams;\n\n"
        "Morale remains good.\n"
    )
    assert items_of(text) == [
        f"Staff availability steady with absence around 5% {long} in most teams;",
        "Morale remains good.",
    ]


def test_a_short_line_ending_a_sentence_ends_the_item():
    filler = "communication to all staff thanking them for their commitment in the last month and"
    text = (
        "COMMUNICATIONS\n\n"
        f"Cabinet Member – joint {filler}\n"
        "Northfield Council;\n"
        f"Chair of Committee – {filler}\n"
        "Southfield Council;\n"
        "Joint communication from Assistant Directors\n"
    )
    assert items_of(text) == [
        f"Cabinet Member – joint {filler} Northfield Council;",
        f"Chair of Committee – {filler} Southfield Council;",
        "Joint communication from Assistant Directors",
    ]


def test_a_glyph_alone_on_its_line_attaches_to_the_text_after_it():
    text = "HIGHLIGHTS\n•\nNo new countries reported cases.\n•\nA database of findings was set up.\n"
    assert items_of(text, None) == ["No new countries reported cases.", "A database of findings was set up."]
