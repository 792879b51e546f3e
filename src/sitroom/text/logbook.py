"""A log of events as plain text prints it: day lines over timed entries.

An incident log writes each event on a line of its own opening with the time of day ("0712 – Night shift
handover …", "07:12  Fire service on scene", "0712hrs Police close the road", "[07:12] …"); when the text
wraps, its further lines are indented under the text. A line that is only a date with its weekday
("Monday 15 January 2024", "Mon 15/01/2024") stands over the entries of that day and heads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.text.months import MONTH_NAMES, WEEKDAY

# The time of day an entry opens with. Four bare digits ("1200 homes") and a clock time run into a word are
# a number, not a time: "0712" counts with "hrs", "h" or a zone letter after it, or a dash or colon
# between it and the text; "07:12" and "07.12" count before a dash, a colon or white space.
_HOUR = r"(?:[01]\d|2[0-3])"
_STAMP = re.compile(
    rf"^(?P<stamp>\[?(?:{_HOUR}[0-5]\d(?:\s?hrs?\b|h\b|[A-Z]\b)?(?=\s*[-–—:]\s)|{_HOUR}[0-5]\d\s?hrs?\b"
    rf"|{_HOUR}[0-5]\d[A-Z]\b|{_HOUR}[:.][0-5]\d(?::[0-5]\d)?(?:\s?hrs?\b)?)\]?)"
    r"(?P<sep>\s*[-–—:]\s+|\s+)(?=\S)"
)
_DAY_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?(?:\s+de)?\s+(?:{MONTH_NAMES})\.?(?:,?(?:\s+de)?\s+\d{{4}})?"
    rf"|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d\d-\d\d)"
)
_DAY_LINE = re.compile(rf"^[\W_]*{WEEKDAY},?\s+{_DAY_DATE}[\W_]*$", re.I)
# A log is a log when it keeps the habit: two timed lines or more.
MIN_ENTRIES = 2


def entry_stamp(text: str) -> str | None:
    """The time of day a log entry opens with ("0712", "07:12", "0712hrs", "[07:12]"), or None."""
    m = _STAMP.match(text.strip())
    return m.group("stamp") if m else None


def entry_text_column(text: str) -> int | None:
    """Where a log entry's own text begins on its line (after the time and its dash), or None: the
    column its wrapped lines are indented to."""
    m = _STAMP.match(text)
    return m.end() if m else None


def is_day_line(text: str) -> bool:
    """A line that is only a date with its weekday ("Monday 15 January 2024", "Tue 16/01/2024")."""
    t = text.strip()
    return len(t) <= 40 and _DAY_LINE.match(t) is not None


def is_log(texts: Iterable[str]) -> bool:
    """Whether a run of lines keeps a log: two lines or more open with the time of day."""
    return sum(1 for t in texts if entry_stamp(t)) >= MIN_ENTRIES
