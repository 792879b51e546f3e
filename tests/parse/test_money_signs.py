"""Sums of money in any locale's print: the currency's own sign or code beside an amount written as money is."""

from __future__ import annotations

import pytest
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_territory_currencies, list_currencies

from sitroom.text.money import LOCAL_SIGNS, states_money


@pytest.mark.parametrize(
    "text",
    [
        "Agraw yessuter 3 570 000 DA seg APC",  # Algerian dinars after the amount, grouped by spaces
        "Nginza so a sâra kusala: 15 960 000 FCFA.",
        "Dépenses engagées : 3 825 000 FDJ.",  # Djibouti's "Fdj" in capitals
        "Xaalis bi ñu jëfandikoo: D1.96 million.",  # the Gambian dalasi's one letter before a magnitude
        "Gasto municipal acumulado: Q 107,800.00.",
        "Lajan nou ja dépansé: EC$146,200.",
        "Ego ụlọ ọrụ: ₦4.2 million",
        "Rs. 45,000 released",
        "Kostnad 12 500 kr",
    ],
)
def test_money_is_read_by_its_sign_in_any_language(text: str) -> None:
    assert states_money(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 12 juin, la pluie a cessé.",  # an article, not Sierra Leone's leones
        "25 KM of road closed",  # kilometres in capitals, not convertible marks
        "P 3 closed",
        "Q3 2026 figures",
        "a 3 DA",  # a letter sign beside a small bare number is not yet money
        "ALL 3 SHELTERS OPEN",
        "room 12 B",
        "within 1,500 m of the river",
    ],
)
def test_letters_beside_a_number_are_not_money_unless_the_amount_is(text: str) -> None:
    assert not states_money(text)


def test_the_local_signs_are_cldrs() -> None:
    """Every territory's sign as its own locales print it, as the module keeps it (less the words it drops)."""
    codes = set(list_currencies())
    signs = set()
    for ident in locale_identifiers():
        loc = Locale.parse(ident)
        if not loc.territory:
            continue
        for code in get_territory_currencies(loc.territory)[:1]:
            sign = (loc.currency_symbols.get(code) or "").replace("\u200f", "").replace("\u200b", "").strip()
            if sign and sign not in codes:
                signs.add(sign)
    assert signs - {"den", "Le"} == LOCAL_SIGNS
