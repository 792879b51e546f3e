"""Numbers are read one way: the brief's faithfulness check and figure extraction agree on digit groups."""

from __future__ import annotations

import pytest

from sitroom.analyse.figures import extract_figures
from sitroom.analyse.numbers import numbers_in, numbers_list, states_all


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Se han notificado 90.893 casos en total.", "90893"),
        ("1 234 staff were redeployed.", "1234"),
        ("1\u202f234 staff were redeployed.", "1234"),
        ("1’234 Fälle wurden gemeldet.", "1234"),
        ("1.234.567 personas vacunadas.", "1234567"),
        ("Income lost is £24,000 a month.", "24000"),
    ],
)
def test_grouped_thousands_are_one_number(text: str, said: str) -> None:
    assert numbers_in(text) == {said: 1}
    # what the figures table prints is what the check reads in the source
    values = [f.value for f in extract_figures(text)]
    assert values == [float(said)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Absence is 2.125% this week.", "2.125"),
        ("A budget of £1.250m was agreed.", "1.25"),
        ("The flood barrier is 12.345 km long.", "12.345"),
        ("A dose of 0.125 mg was given to 3 patients.", "0.125"),
    ],
)
def test_a_point_before_three_digits_stays_a_decimal_where_a_count_is_not_meant(text: str, said: str) -> None:
    assert said in numbers_in(text)


def test_values_follow_the_same_reading() -> None:
    assert numbers_list("90.893 casos, 1 234 staff and 7.5% absence") == [90893.0, 1234.0, 7.5]


def test_separate_numbers_stay_separate() -> None:
    # a year then a count, and a list of small numbers, are never joined
    assert numbers_in("In 2020 150 staff moved; wards 1, 2 and 3 closed.") == {
        "2020": 1, "150": 1, "1": 1, "2": 1, "3": 1
    }  # fmt: skip


def test_a_figure_value_is_stated_in_words_or_with_a_magnitude() -> None:
    from sitroom.analyse.numbers import quantities_in

    said = quantities_in("Some 2.13 million people were reached by nine teams in one day.")
    assert {"2130000", "9", "1"} <= set(said)
    # a line quotes digits: the words and magnitudes are no number of the line's own
    assert "2130000" not in numbers_in("Some 2.13 million people were reached.")


def test_a_padded_number_is_the_number() -> None:
    assert numbers_in("09 children and 01 survivor; 0.5 km; 0 deaths") == {"9": 1, "1": 1, "0.5": 1, "0": 1}


# Digits of other scripts, and the separators that go with them: Persian and Arabic group thousands with "٬"
# and mark decimals with "٫"; a figure read across the separator as two numbers would put in the brief a
# number its source never stated.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("چادرهای توزیع‌شده: ۱٬۴۲۳.", 1423.0),
        ("الأسر المتضررة: ١٬٢٥٠ أسرة.", 1250.0),
        ("هزینه عملیات: ۳۶۷٬۰۰۰ میلیون ریال", 367000.0),
        ("Staff deployed: ४६४.", 464.0),
        ("Households affected: ১,২৫০.", 1250.0),
    ],
)
def test_a_figure_in_another_scripts_digits_is_one_number(text: str, value: float) -> None:
    assert [f.value for f in extract_figures(text)] == [value]
    assert numbers_list(text) == [value]


def test_the_arabic_decimal_separator_marks_decimals() -> None:
    assert numbers_list("ارتفاع آب: ۲٫۵ متر") == [2.5]


def test_the_same_number_in_two_scripts_is_the_same_statement() -> None:
    assert states_all("چادرهای توزیع‌شده: ۱٬۴۲۳.", "Tents handed out: 1,423")
    assert not states_all("چادرهای توزیع‌شده: ۱٬۴۲۳.", "Tents handed out: 423")
