"""Times of day written alone on a line."""

from __future__ import annotations

import re

# A time of day alone on its line: "07:11", "10.30 am", "14h30", "0800 hrs", "09:00 WIB", "08:00 ч." (час), "08:00 Uhr".
_CLOCK = re.compile(
    r"^(?:(?:[01]?\d|2[0-3])\s?[:.h]\s?[0-5]\d|[0-2]\d[0-5]\d\s?hrs?)"
    r"(?:\s?(?:[ap]\.?m\.?|hrs?|[A-Z]{2,4}|ч\.?|час(?:а|ов)?|uhr|óra|saat|h))?$",
    re.I,
)


def is_clock_time(text: str) -> bool:
    """A line that is only a time of day: under the title and its date, the time the page or message was
    written ("07:11" under "Selasa, 11 Nopember 2025"), no point of the report."""
    return _CLOCK.match(text.strip()) is not None


# A time of day within a line: "Feb 2, 2026, 4:03 PM EST", "10. febrúar 2025, kl. 10:00"
_TIME_IN_LINE = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def names_time_of_day(text: str) -> bool:
    """The line names a time of day somewhere in it (a stamp's, a date line's)."""
    return _TIME_IN_LINE.search(text) is not None
