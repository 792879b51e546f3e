"""Units a number is stated in: currencies (from Babel's CLDR data), lengths, depths and durations.

Currency signs and codes come from Babel, not a hand list: every ISO 4217 code ("UGX 500
million"), the English symbols ("A$", "US$", "CA$", "₱") and each English-speaking territory's
own symbol for its own currency ("KSh" in Kenya, "USh" in Uganda, "R" in South Africa). A bare
currency word after a number ("5 million pounds") names the currency whose English symbol is a
sign (pound → £ → GBP, peso → ₱ → PHP); a word that no such currency owns is left as plain money.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_territory_currencies, list_currencies

# A sign of one letter ("R", "K") is too often something else ("R 1.2" is a reproduction number):
# it counts as a currency only before a grouped amount or a magnitude ("R 120,000", "K 2 million").
SHORT_SIGN_NEEDS_AMOUNT = re.compile(
    r"\s?\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\s?\d+(?:\.\d+)?\s?(?:million|billion|thousand|bn|mn|m|k)\b"
)

# Lengths and durations a sitrep states; the value is kept in the unit as printed.
_MEASURE_UNITS = {
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm",
    "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "miles", "mile": "miles", "mi": "miles", "ft": "ft", "feet": "ft", "foot": "ft",
    "inches": "inches", "inch": "inches",
    "kg": "kg", "kilograms": "kg", "tonnes": "tonnes", "tons": "tonnes",
    "litres": "litres", "liters": "litres",
    "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "wks": "weeks", "wk": "weeks",
    "hours": "hours", "hour": "hours", "hrs": "hours", "hr": "hours",
    "minutes": "minutes", "minute": "minutes", "mins": "minutes", "min": "minutes",
    "months": "months", "month": "months",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB",
}  # fmt: skip
MEASURE_UNIT = re.compile(
    r"\s?(?P<u>" + "|".join(re.escape(u) for u in sorted(_MEASURE_UNITS, key=len, reverse=True)) + r")(?![\w'’-])",
    re.I,
)
LENGTHS = frozenset(("mm", "cm", "m", "km", "miles", "ft", "inches"))
DURATIONS = frozenset(("days", "weeks", "hours", "minutes", "months"))
DATA_SIZES = frozenset(("KB", "MB", "GB", "TB"))  # printed in capitals: "128MB", "2 GB"


def measure_unit(word: str) -> str:
    """The unit a unit word stands for ("metres" → "m", "hrs" → "hours")."""
    return _MEASURE_UNITS[word.lower()]


@cache
def currency_signs() -> dict[str, str]:
    """Sign or code as printed → ISO 4217 code, from Babel's English locales."""
    signs: dict[str, str] = {code: code for code in list_currencies()}
    for code, symbol in Locale("en").currency_symbols.items():
        signs.setdefault(symbol, code)
    for ident in sorted(locale_identifiers()):
        if not ident.startswith("en_") or ident.count("_") != 1:
            continue
        loc = Locale.parse(ident)
        if not loc.territory:
            continue
        for code in get_territory_currencies(loc.territory)[:1]:
            symbol = loc.currency_symbols.get(code)
            if symbol and symbol != code:
                signs.setdefault(symbol, code)
    signs.pop("", None)
    return signs


@cache
def _sign_pattern() -> re.Pattern[str]:
    signs = sorted(currency_signs(), key=len, reverse=True)
    return re.compile(r"(?:(?<=[^\w])|^)(?P<sign>" + "|".join(re.escape(s) for s in signs) + r")\s?$", re.I)


@cache
def _folded_signs() -> dict[str, str]:
    # Local signs are printed in several cases ("KSh", "Ksh"); ISO codes only in capitals ("ALL" is a code).
    codes = set(list_currencies())
    return {s.casefold(): c for s, c in currency_signs().items() if s not in codes}


@cache
def sign_characters() -> str:
    """A regex character class of the non-letter characters currency signs use ("£", "$", "₱" …)."""
    chars = {c for s in currency_signs() for c in s if not c.isalnum() and not c.isspace() and c != "."}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """(ISO code, start of the sign) when a currency sign or code ends right before ``start``."""
    window = text[max(0, start - 6) : start]
    m = _sign_pattern().search(window)
    if not m:
        return None
    sign = m.group("sign")
    code = currency_signs().get(sign) or (_folded_signs().get(sign.casefold()) if sign[:1].isupper() else None)
    if code is None:
        return None
    sign_start = start - len(window) + m.start("sign")
    if sign_start > 0 and text[sign_start - 1].isalnum():
        return None
    if sign.isalpha() and len(sign) == 1 and not SHORT_SIGN_NEEDS_AMOUNT.match(text, start):
        return None
    return code, sign_start


@cache
def _currency_words() -> dict[str, str]:
    """English currency names and bare words ("Ugandan shillings", "pounds") → ISO code."""
    en = Locale("en")
    names: dict[str, str] = {}
    owners: dict[str, list[str]] = {}
    for code, name in en.currencies.items():
        full = name.lower()
        names[full] = names[full + "s"] = code
        owners.setdefault(full.split()[-1], []).append(code)
    for word, codes in owners.items():
        signed = [c for c in codes if not any(ch.isalpha() for ch in en.currency_symbols.get(c, c))]
        if len(signed) == 1:
            names.setdefault(word, signed[0])
            names.setdefault(word + "s", signed[0])
    return names


@cache
def _suffix_pattern() -> re.Pattern[str]:
    words = sorted(_currency_words(), key=len, reverse=True)
    codes = "|".join(list_currencies())
    return re.compile(
        r"\s?(?:(?P<code>" + codes + r")|(?P<word>" + "|".join(re.escape(w) for w in words) + r"))(?![\w'’-])",
        re.I,
    )


def currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """(ISO code, end) when a currency code or English currency name follows ``pos``."""
    m = _suffix_pattern().match(text, pos)
    if not m:
        return None
    if m.group("code"):
        if not m.group("code").isupper():
            return None
        return m.group("code"), m.end()
    return _currency_words()[m.group("word").lower()], m.end()
