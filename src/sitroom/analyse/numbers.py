"""The numbers a statement states, as a reader would quote them: the faithfulness of a brief line.

A number is a run of digits (of any script: "۱۲۵۰", "१२५०"), with its thousands separators removed and its
decimal part kept:
"£24,000" and "24000" are the same number, "£24k" and "24,000" are not (the digits differ), and
"2.5" is not "25". Thousands are grouped the way figure extraction reads them (``NUMBER``): with a
comma, a space of any width or an apostrophe ("1 234", "1’234"), or with points ("1.234.567";
"90.893 casos" when a single point-grouped number is a count, see ``point_grouped``). Two
statements say the same thing only when they state the same numbers the same number of times; a
line of the brief stands for several sources only then.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# A thousands separator is a comma, a space (ordinary, non-breaking, thin, narrow) or an apostrophe
# followed by exactly three digits; two or more point groups are thousands too ("1.234.567").
# ... and in Arabic script the Arabic thousands separator "٬" ("۱٬۴۲۳"), in East Asian text the full-width comma
# ("１，２５０"); a decimal point is "." or the Arabic decimal separator "٫" ("۲٫۵").
SEPARATOR = r"[,’'\u00a0\u202f\u2009 \u066c\uff0c]"
DECIMAL = r"[.\u066b]"
NUMBER = (
    rf"\d{{1,3}}(?:{SEPARATOR}\d{{3}})+(?:{DECIMAL}\d+)?(?!\d)"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.])"
    rf"|\d+(?:{DECIMAL}\d+)?"
)
_NUMBER = re.compile(NUMBER)
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_MAGNITUDE = re.compile(r"\s?(million|billion|thousand|trillion|mn|bn|[kmb])\b", re.I)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12}  # fmt: skip
_WORDS = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)
_SEPARATORS = re.compile(SEPARATOR)
_ONE_POINT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# What makes "1.250" a decimal: a percentage, a magnitude, a unit of measure, a currency sign before.
_DECIMAL_AFTER = re.compile(
    r"\s?(?:%|per\s?cent|percent|pct|million|billion|thousand|trillion|bn|mn|[kKmMbB](?![A-Za-z])"
    r"|(?:mm|cm|km|kg|m|miles?|ft|feet|inches|tonnes|litres|liters)(?![\w'’-]))",
    re.I,
)
_SIGN_BEFORE = re.compile(r"(?:[£$€¥₱₹₦]|\b[A-Z]{1,3}\$?)\s?$")


def value_of(raw: str) -> float:
    """A number as printed (``NUMBER``) → its value: separators dropped, several point groups are thousands."""
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    return float(_SEPARATORS.sub("", raw).replace("\u066b", "."))


def point_grouped(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is thousands grouped with one point ("90.893 casos").

    A point followed by exactly three digits groups thousands when the number is a count: not a
    percentage, a magnitude, a measurement or an amount after a currency sign ("£1.250m", "1.250 km"
    and "2.125%" keep their decimals). "0.125" is always a decimal.
    """
    if not _ONE_POINT_GROUP.fullmatch(text, start, end):
        return False
    if end < len(text) and (text[end].isalnum() or (text[end] == "." and text[end + 1 : end + 2].isdigit())):
        return False
    if _DECIMAL_AFTER.match(text, end):
        return False
    return not _SIGN_BEFORE.search(text, max(0, start - 4), start)


def _read(text: str) -> list[tuple[str, float]]:
    """(number as said, value) of each number of ``text`` in reading order."""
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        if point_grouped(text, m.start(), m.end()):
            raw = raw.replace(".", "")
        out.append((_plain(raw), value_of(raw)))
    return out


def numbers_in(text: str | None) -> Counter[str]:
    """The multiset of numbers ``text`` states, thousands separators removed."""
    if not text:
        return Counter()
    return Counter(said for said, _ in _read(text))


def _plain(number: str) -> str:
    """``1,200.50`` → ``1200.5``, ``09`` → ``9``, ``۱٬۴۲۳`` → ``1423``: separators, padding zeros and the
    script of the digits are print, not meaning."""
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in _SEPARATORS.sub("", number))
    digits = digits.replace("\u066b", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    # "09 children" are 9 children: a leading zero pads the digits, it says nothing
    whole, point, decimals = digits.partition(".")
    digits = (whole.lstrip("0") or "0") + point + decimals
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def quantities_in(text: str | None) -> Counter[str]:
    """The numbers ``text`` states as values: its digits, each with its magnitude applied ("2.13 million"
    → 2130000), and its number words ("nine" → 9). What a figure read from ``text`` may print."""
    if not text:
        return Counter()
    found = numbers_in(text)
    for m in _NUMBER.finditer(text):
        if scale := _MAGNITUDE.match(text, m.end()):
            found[_plain(f"{value_of(m.group(0)) * _SCALE[scale.group(1).lower()]:.6f}")] += 1
    for m in _WORDS.finditer(text):
        value = NUMBER_WORDS[" ".join(m.group(1).lower().split())]
        found[str(value)] += 1
        if scale := _MAGNITUDE.match(text, m.end()):
            found[_plain(f"{value * _SCALE[scale.group(1).lower()]:.6f}")] += 1
    return found


def numbers_list(text: str | None) -> list[float]:
    """The numbers of ``text`` in reading order, as values."""
    return [value for _, value in _read(text or "")]


def number_key(*texts: str | None) -> tuple[str, ...]:
    """A sortable identity of the numbers stated by ``texts`` together."""
    total: Counter[str] = Counter()
    for text in texts:
        total += numbers_in(text)
    return tuple(sorted(total.elements()))


def states_all(source_text: str, line_text: str) -> bool:
    """Whether every number of ``line_text`` is stated (as often) by ``source_text``."""
    return not (numbers_in(line_text) - numbers_in(source_text))
