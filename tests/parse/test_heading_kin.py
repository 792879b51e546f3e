"""A heading no phrase of the vocabulary names is read through its words' kin: a word spelt as a language next to one
the vocabulary holds spells it, another vowel at its end ("Sytuacjo" beside the Polish "sytuacja", "Situazioni" beside
"situazione"), means what its kin means, less surely. A short word, a word whose nearest kin are two, a word changed
otherwise ("County" is no "country") and a heading the vocabulary already names are left as they are, and a doer's
name is no kin of the deed's. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.parse.vocabulary import MIN_CONFIDENCE, classify_heading
from sitroom.read import parse_bytes

TITLE = "Flood situation report 3"
SECTIONS = [
    ("Sytuacjo w gminie", "situation", ["Woda opadła w nocy."]),
    ("Koszta", "finance", ["Gmina wydała 20 000 zł."]),
    ("Situazioni", "situation", ["La aghe e je calade vie pe gnot."]),
    ("Kommunikatione", "communications", ["Vier Meldungen gingen an die Presse."]),
    ("Harbour users", None, ["Pleasure craft stay in the marina until Friday."]),
]


@pytest.mark.parametrize(
    ("make", "name"),
    [(word_bold_lines, "r.docx"), (html_page, "r.html"), (markdown, "r.md")],
    ids=["docx", "html", "md"],
)
def test_a_headings_kin_gives_its_meaning(make, name: str) -> None:
    report = parse_bytes(make(TITLE, SECTIONS), name)[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    kin = [s for s in report.sections if s.key and s.heading != "Harbour users"]
    assert all(s.key_confidence <= MIN_CONFIDENCE for s in kin)


@pytest.mark.parametrize(
    "heading",
    [
        "Pas",
        "Situasion",
        "Operators",
        "Controllers",
        "County Council",
        "Workforse",
        "Gradski štab za vanredne situacije",
    ],
)
def test_short_words_and_words_with_two_kin_are_left_as_they_are(heading: str) -> None:
    # "situasion" stands as near "situation" as "situacion": two kin, no reading of it; a doer ("operator") is no
    # kin of the deed ("operation"); "county" and "country", "workforse" and "workforce" differ inside the word; a
    # name ending on a kin word ("… situacije", the city's emergency staff) does not lead with a meaning
    assert classify_heading(heading) == (None, 0.0)


@pytest.mark.parametrize("heading", ["Workforce", "Recovery", "Situation"])
def test_a_heading_the_vocabulary_names_keeps_its_confidence(heading: str) -> None:
    assert classify_heading(heading)[1] > MIN_CONFIDENCE
