"""A weekday printed with a date settles which of its figures is the month: "Fri 10/2" and "10/02/2026" read as the
2nd of October in a year where that day is a Friday and the 10th of February is not; so do "vendredi 10/2" and
"Freitag, 10.2."."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?(?!\w)", re.I)
# the days' full names in other languages, Monday first: their short forms are too often other words ("mar.", "sam")
_NAMES = (
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
)
_INDEX = {name: n for names in _NAMES for n, name in enumerate(names)}
_NAMED = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, _INDEX), key=len, reverse=True)) + r")(?!\w)", re.I)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?(?![\d/])")


def named_weekday(lines: Iterable[str]) -> int | None:
    """The weekday (0 for Monday) the lines name: in English, in full or short ("Fri", "Tuesday"), or in full in
    French, Spanish, Portuguese, German, Italian or Dutch ("vendredi", "sexta-feira", "Freitag"); else None."""
    for line in lines:
        found = [m for m in (_WEEKDAY.search(line), _NAMED.search(line)) if m]
        if found:
            m = min(found, key=lambda m: m.start())
            word = m.group(1).lower()
            return _INDEX[word] if word in _INDEX else _WEEKDAYS.index(word)
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
