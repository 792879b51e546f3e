"""The numbers a statement states, as a reader would quote them: the faithfulness of a brief line.

A number is a run of digits, with its thousands separators removed and its decimal part kept:
"£24,000" and "24000" are the same number, "£24k" and "24,000" are not (the digits differ), and
"2.5" is not "25". Two statements say the same thing only when they state the same numbers the
same number of times; a line of the brief stands for several sources only then.
"""

from __future__ import annotations

import re
from collections import Counter

# A thousands separator is a comma (or a thin or non-breaking space) followed by exactly three digits.
_NUMBER = re.compile(r"\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?")
_SEPARATORS = re.compile(r"[,\u202f\u00a0]")


def numbers_in(text: str | None) -> Counter[str]:
    """The multiset of numbers ``text`` states, thousands separators removed."""
    if not text:
        return Counter()
    return Counter(_plain(m.group(0)) for m in _NUMBER.finditer(text))


def _plain(number: str) -> str:
    """``1,200.50`` → ``1200.5``: separators and trailing decimal zeros are how it is printed, not what it says."""
    digits = _SEPARATORS.sub("", number)
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def numbers_list(text: str | None) -> list[float]:
    """The numbers of ``text`` in reading order, as values."""
    return [float(_SEPARATORS.sub("", m.group(0))) for m in _NUMBER.finditer(text or "")]


def number_key(*texts: str | None) -> tuple[str, ...]:
    """A sortable identity of the numbers stated by ``texts`` together."""
    total: Counter[str] = Counter()
    for text in texts:
        total += numbers_in(text)
    return tuple(sorted(total.elements()))


def states_all(source_text: str, line_text: str) -> bool:
    """Whether every number of ``line_text`` is stated (as often) by ``source_text``."""
    return not (numbers_in(line_text) - numbers_in(source_text))
