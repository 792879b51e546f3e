"""Each number gets its own measure, relation, unit and both ends of a range (generated sentences)."""

from __future__ import annotations

import pytest

from sitroom.analyse.figures import RELATIONS, UNITS, extract_figures
from sitroom.analyse.figures.series import series_key


def _measures(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.subject) for f in extract_figures(text)]


def _keys(text: str) -> list[tuple]:
    return [series_key(f.subject, f.relation, f.unit, f.currency) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Redeployment pool now holds 43 staff from closed council services, 12 placed so far.",
        "The redeployment pool holds 43 staff from closed council services; 12 have been placed.",
        "43 staff from closed council services are in the redeployment pool, 12 already placed.",
    ],
)
def test_one_subject_never_takes_two_numbers_of_different_measures(text):
    figs = extract_figures(text)
    assert [f.value for f in figs] == [43, 12]
    assert figs[0].subject.startswith("staff from closed council")
    assert figs[1].subject == "staff placed"
    assert len(set(_keys(text))) == 2


def test_a_written_number_is_bound_to_its_own_noun_and_the_next_number_is_kept():
    figs = extract_figures("Hospital discharge team working seven days a week; 35 people discharged.")
    assert [(f.value, f.unit) for f in figs] == [(7, "days"), (35, "count")]
    assert figs[1].subject == "people discharged"
    assert "people" not in figs[0].subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Total cases in care homes reached 212, of which 64 are active and 140 recovered.",
            [("total", "total cases"), ("active", "active cases"), ("recovered", "recovered cases")],
        ),
        (
            "Total cases 212, active 64, recovered 140.",
            [("total", "total cases"), ("active", "active cases"), ("recovered", "recovered cases")],
        ),
    ],
)
def test_total_active_and_recovered_are_three_series(text, expected):
    figs = extract_figures(text)
    assert [(f.relation, f.subject) for f in figs] == expected
    assert len(set(_keys(text))) == 3


def test_daily_new_and_cumulative_counts_are_not_mixed():
    text = "Daily new cases averaged 14 over the week, while cumulative cases stand at 2,310."
    figs = extract_figures(text)
    assert [(f.value, f.relation, f.subject) for f in figs] == [
        (14, "daily", "daily new cases"),
        (2310, "cumulative", "cumulative cases"),
    ]
    figs = extract_figures("18 new cases were reported, bringing the cumulative total to 230.")
    assert [f.relation for f in figs] == ["new", "cumulative"]


@pytest.mark.parametrize(
    "text", ["Case fatality ratio: 2.4% (55 deaths).", "The case fatality ratio is 2.4%, with 55 deaths recorded."]
)
def test_a_ratio_is_not_the_deaths_beside_it(text):
    figs = extract_figures(text)
    assert [(f.unit, f.subject) for f in figs] == [("percent", "case fatality ratio"), ("count", "deaths")]


@pytest.mark.parametrize(
    ("text", "measure", "relation"),
    [
        ("Income lost from day centre closures is estimated at £1.2m to date.", "income lost", "lost"),
        ("Nursery fee income lost is £32,000 a month.", "nursery fee income lost", "lost"),
        ("Overtime saved an estimated £15,000 in postage costs.", "postage costs", None),
    ],
)
def test_income_lost_is_named_as_stated(text, measure, relation):
    [f] = [f for f in extract_figures(text) if f.unit == "money"]
    assert (f.subject, f.relation) == (measure, relation)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Rainfall of 15–25 mm is forecast overnight.", 15, 25, "mm"),
        ("Between 5 and 10 more road closures expected.", 5, 10, "count"),
        ("5-10 more closures are expected if flooding continues.", 5, 10, "count"),
        ("Vaccination coverage of 90-95% in most districts.", 90, 95, "percent"),
        ("Repairs will cost £2m to £3m.", 2_000_000, 3_000_000, "money"),
    ],
)
def test_ranges_keep_both_ends_and_no_midpoint(text, low, high, unit):
    [f] = extract_figures(text)
    assert (f.low, f.high, f.value, f.unit) == (low, high, low, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("River levels at the town bridge reached 3.42 m overnight.", 3.42, "m"),
        ("Crews cleared 40 miles of drainage channels.", 40, "miles"),
        ("Snow depth of 12 cm on the high roads.", 12, "cm"),
        ("Average wait of 4 minutes at the contact centre.", 4, "minutes"),
    ],
)
def test_lengths_heights_and_durations_are_not_counts(text, value, unit):
    [f] = extract_figures(text)
    assert (f.value, f.unit) == (value, unit) and unit in UNITS


def test_money_takes_the_noun_it_is_the_value_of():
    figs = extract_figures("Agency spend this week was £48,500 covering 14 agency social workers.")
    assert [(f.value, f.subject) for f in figs] == [(48500, "agency spend"), (14, "agency social workers")]
    figs = extract_figures("Additional costs of PPE were £350,000 in April, against a grant of £2.4 million.")
    assert [f.subject for f in figs] == ["additional costs of ppe", "grant"]
    figs = extract_figures("Placement costs are £210,000 above budget.")
    assert [f.subject for f in figs] == ["placement costs"]


@pytest.mark.parametrize(
    "text",
    [
        "18 new cases were reported in the period covering 2 to 8 February.",
        "Figures for 2-8 Feb 2021 show 18 new cases.",
        "Between February 2-8, 18 new cases were reported.",
    ],
)
def test_date_ranges_are_not_figures(text):
    assert [f.value for f in extract_figures(text)] == [18]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The task force received UGX 500 million for contact tracing.", 500_000_000, "UGX"),
        ("A twinning grant of A$2,000 was paid.", 2000, "AUD"),
        ("Partners pledged US$25,000 for water trucking.", 25000, "USD"),
        ("Partners pledged KSh 1.5 million for water trucking.", 1_500_000, "KES"),
        ("The relief fund disbursed R 120,000 to families.", 120_000, "ZAR"),
        ("Cash assistance of ₱5,000 per household.", 5000, "PHP"),
        ("A donation of 3 million Ugandan shillings was received.", 3_000_000, "UGX"),
        ("A gift of 5,000 pounds was received.", 5000, "GBP"),
        ("The appeal received €1.8 million.", 1_800_000, "EUR"),
    ],
)
def test_currencies_come_from_cldr_signs_codes_and_names(text, value, currency):
    [f] = [f for f in extract_figures(text) if f.unit == "money"]
    assert (f.value, f.currency) == (value, currency)


def test_a_one_letter_sign_needs_an_amount():
    # "R 1.2" in a health report is a reproduction number, not rand
    assert [f.unit for f in extract_figures("The R 1.2 estimate for the region.")] != ["money"]


def test_relations_are_the_stated_kinds():
    assert {"total", "new", "active", "recovered", "cumulative", "daily", "lost", "saved"} <= set(RELATIONS)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("147 rough sleepers have been accommodated, 23 of whom moved on to settled housing.", "rough sleepers moved"),
        (
            "Around 8,000 shielded residents are listed, of which 1,900 could not be contacted.",
            "shielded residents not contacted",
        ),
        ("Volunteers registered: 3,400, with 1,200 deployed on shopping.", "volunteers deployed"),
    ],
)
def test_a_part_of_a_count_is_its_own_measure(text, second):
    figs = extract_figures(text)
    assert figs[1].subject == second
    assert figs[0].subject != figs[1].subject


def test_a_count_grouped_with_points_is_whole() -> None:
    # Spanish, Italian and German reports group thousands with a point: people are never 90.893.
    values = [f.value for f in extract_figures("Se han notificado 90.893 casos, 80.303 en China.", None)]
    assert values == [90893, 80303]
    assert [f.value for f in extract_figures("Savings of 1.234 million pounds", None)] == [1_234_000]
    assert [f.value for f in extract_figures("A rise of 12.5% in calls", None)] == [12.5]
