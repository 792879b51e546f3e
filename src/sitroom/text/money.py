"""Sums of money as any locale prints them: an amount with its currency's sign or code beside it.

A reader who does not know a report's language still reads "3 570 000 DA", "15 960 000 FCFA", "Q 107,800.00",
"₦4.2 million" or "D1.96 million" as money: the sign is the currency's, wherever the writer puts it. The signs are
each territory's own, as its locales print them (CLDR's data, through Babel: ``LOCAL_SIGNS`` is checked against it
by the tests, so that loading every locale is not paid at each run), with every ISO 4217 code in capitals.

A sign made of letters is often something else too ("Le 12 juin", "25 KM", "P 3"): it names money only beside an
amount written as money is, its thousands grouped ("1,250,000", "3 570 000"), four digits or more, or a magnitude
("1.96 million"). A sign of other characters ("$", "€", "₦", "৳") names money beside any number.
"""

from __future__ import annotations

import re
from functools import cache

from babel.numbers import list_currencies

# Each territory's currency sign as its own locales print it (CLDR), less the ISO codes, the marks of direction
# and the words of other languages ("den", an article in German and Danish; "Le", in French).
LOCAL_SIGNS = frozenset((
    "$", "A$", "Afl.", "Ar", "B/.", "Br", "Bs", "Bs.S", "C$", "CA$", "CF", "CN¥", "Cg.", "D", "DA", "DT", "Db", "E",
    "FBu", "FC", "FCFA", "FCFP", "FG", "Fdj", "Ft", "F\u202fCFA", "G", "GH₵", "Gs.", "HK$", "K", "KM", "Ksh", "Kz",
    "Kč", "L", "LS", "Lekë", "MK", "MOP$", "MTn", "NT$", "Nfk", "P", "Q", "R", "R$", "RD$", "RF", "RM", "Rf",
    "Rp", "Rs", "Rs.", "S", "S/", "SR", "T$", "TSh", "UM", "US$", "USh", "VT", "WS$", "kr", "kr.", "soʻm", "zł",
    "£", "¥", "КМ", "ден.", "сом", "сўм", "֏", "؋", "أ.م.", "ج.س.", "ج.م.", "د.أ.", "د.إ.", "د.ب.", "د.ت.", "د.ج.",
    "د.ع.", "د.ك.", "د.ل.", "د.م.", "ر", "ر.س.", "ر.ع.", "ر.ق.", "ر.ي.", "ریال", "ل.س.", "ل.ل.", "ރ.", "नेरू", "৳",
    "රු.", "฿", "ብር", "៛", "₡", "₦", "₩", "₪", "₫", "€", "₭", "₮", "₱", "₲", "₴", "₸", "₹", "₺", "₼", "₽", "₾", "￥",
))  # fmt: skip

# An amount written as money is: grouped thousands, four digits or more, or a magnitude after it.
_AMOUNT = (
    r"\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d{4,}(?:[.,]\d{1,2})?(?!\d)"
    r"|\d+(?:[.,]\d+)?\s?(?:million|millions|billion|billions|milliards?|mill[oó]n|millones|bn|mn|m|k)\b"
)
_NUMBER = r"\d+(?:[.,]\d+)*"


def _alternation(signs: list[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    codes = set(list_currencies())
    lettered = {s for s in LOCAL_SIGNS if not re.search(r"[^\w.\u202f]", s)}
    # mixed case signs are printed in capitals too ("FDJ", "KSH"); ISO codes only in capitals
    lettered |= {s.upper() for s in lettered if not s.isupper()} | codes
    symbols = LOCAL_SIGNS - lettered
    letters, marks = _alternation(sorted(lettered)), _alternation(sorted(symbols))
    return re.compile(
        rf"(?<![\w])(?:{letters})\s?(?:{_AMOUNT})"
        rf"|(?<![\w.,])(?:{_AMOUNT})\s?(?:{letters})(?![\w])"
        rf"|(?:{marks})\s?\d|\d\s?(?:{marks})"
    )


def states_money(text: str) -> bool:
    """Whether ``text`` states a sum of money with its currency's sign or code (see the module doc)."""
    return _pattern().search(text) is not None
