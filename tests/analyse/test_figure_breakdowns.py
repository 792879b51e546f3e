"""Breakdowns in brackets, sizes in compounds, counted totals and names with numbers."""

from __future__ import annotations

import pytest

from sitroom.analyse.figures import extract_figures


def _pairs(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.subject) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("So far 78 cases (51 confirmed and 27 probable) were reported.", (27.0, "count", "probable cases")),
        ("Most patients (39 confirmed and 21 probable) live in the north.", (21.0, "count", "probable patients")),
        ("The ward had 12 admissions (five confirmed and seven suspected).", (5.0, "count", "confirmed admissions")),
    ],
)
def test_each_part_of_a_bracketed_breakdown_counts_the_noun_before_the_bracket(text, wanted) -> None:
    assert wanted in _pairs(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Partners have opened two 60-bed treatment centres.", (60.0, "count", "beds")),
        ("A 10-day quarantine applies to returning staff.", (10.0, "days", "")),
    ],
)
def test_a_number_noun_compound_states_the_size_of_each(text, wanted) -> None:
    assert wanted in _pairs(text)


def test_a_counted_total_of_a_number_word_is_a_figure() -> None:
    assert (5.0, "count", "rings") in _pairs("A total of five rings have been defined around the cases.")


@pytest.mark.parametrize(
    "text",
    [
        "Windows 10 VM Created for the course",
        "All laptops were upgraded to Windows 10 last month.",
        "Visits to Ward 5 are suspended.",
    ],
)
def test_a_capitalised_word_and_a_small_number_are_a_name(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize("text", ["Yesterday 12 staff were off sick.", "Around 40 staff were redeployed."])
def test_a_sentence_opening_word_before_a_count_is_no_name(text: str) -> None:
    assert [v for v, _, _ in _pairs(text)] in ([12.0], [40.0])


def test_a_number_due_to_do_something_counts_its_neighbours_noun() -> None:
    pairs = _pairs("27 supply teachers currently in post with a further 3 due to start on 6 June.")
    assert (3.0, "count", "supply teachers due to start") in pairs


def test_two_modifiers_of_one_head_noun_are_counted_together() -> None:
    pairs = _pairs("The agency has deployed over 100 technical and logistics specialists to the region.")
    assert (100.0, "count", "technical and logistics specialists") in pairs
    # plural nouns on both sides are two things; a number after "and" starts a figure of its own
    assert (12.0, "count", "nurses") in _pairs("12 nurses and 4 doctors were redeployed.")


def test_a_state_in_a_bracket_never_borrows_the_noun_of_the_sentence_before() -> None:
    text = "Cases live in one health zone. The majority of cases (39 confirmed and 21 probable) are in the north."
    assert (39.0, "count", "confirmed cases") in _pairs(text)


def test_an_amount_after_a_bare_verb_is_what_the_verb_names() -> None:
    pairs = _pairs("Reduced travel and cancelled training are expected to save £28,000.")
    assert [(v, s) for v, _, s in pairs] == [(28000.0, "savings")]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The app memory instance was raised to 256MB.", (256.0, "MB", "app memory instance")),
        ("Logs now take 2 GB of disk.", (2.0, "GB", "disk")),
    ],
)
def test_data_sizes_are_a_unit(text, wanted) -> None:
    assert wanted in _pairs(text)


def test_greater_than_qualifies_a_figure() -> None:
    [f] = extract_figures("Analysis shows a resident set of greater than 130MB.")
    assert (f.value, f.unit, f.subject, f.qualifier) == (130.0, "MB", "resident set", "over")
