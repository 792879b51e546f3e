"""A weekday printed with a date settles which of its figures is the month: "Fri 10/2" and "10/02/2026" read as the
2nd of October in a year where that day is a Friday and the 10th of February is not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?(?!\w)", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?(?![\d/])")


def named_weekday(lines: Iterable[str]) -> int | None:
    """The weekday (0 for Monday) the lines name in English ("Fri", "Tuesday"), or None."""
    for line in lines:
        if m := _WEEKDAY.search(line):
            return _WEEKDAYS.index(m.group(1).lower())
    return None


def agreeing(day: date, lines: Iterable[str]) -> date:
    """``day`` read from figures that could be day or month either way round, turned the other way when only that
    reading falls on the weekday the lines name; else ``day`` as it is."""
    lines = list(lines)
    named = named_weekday(lines)
    if named is None or day.weekday() == named or day.day > 12 or day.day == day.month:
        return day
    if not any({int(a), int(b)} == {day.day, day.month} for line in lines for a, b in _NUMERIC.findall(line)):
        return day  # the date was written with its month's name: nothing to turn round
    try:
        turned = date(day.year, day.day, day.month)
    except ValueError:
        return day
    return turned if turned.weekday() == named else day
