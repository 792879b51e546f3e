"""Dates printed without a year ("Meeting 9/18", "Update of 5 March"), and the year a careful reader gives them.

Running notes and internal returns often print only a day and a month. The year is never invented: it is
taken from a date the document itself carries (the date the file was saved, an e-mail's date) or, failing
that, from the full dates printed elsewhere in it, and the report says how its date was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from sitroom.model import Report
from sitroom.parse.metadata import dates_in
from sitroom.text.months import DAY_SUFFIX, MONTH_NAMES_ALONE, month_number
from sitroom.text.weekdays import agreeing

# No year follows these dates, so month abbreviations that are also common words are not read here.
_WORDS = MONTH_NAMES_ALONE
_NUMERIC = re.compile(r"(?<![\d/.,:-])(\d{1,2})\s?/\s?(\d{1,2})(?![\d/]|[.,]\d|\s?(?:%|\d))")
_DAY_MONTH = re.compile(
    rf"(?<![\d.,])(\d{{1,2}}){DAY_SUFFIX}(?:\s+de)?[\s-]+({_WORDS})\b\.?(?!\s*,?\s*(?:de\s+)?\d)", re.I
)
_MONTH_DAY = re.compile(rf"\b({_WORDS})\.?\s+(\d{{1,2}}){DAY_SUFFIX}\b(?!\s*,?\s*\d|[.,:]\d)", re.I)
# A file saved (or an e-mail sent) some days before the day it names is a plan, not a record: allow a week.
_AHEAD = timedelta(days=7)


def _numeric_pairs(lines: Iterable[str]) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for line in lines for a, b in _NUMERIC.findall(line)]


def numeric_order(*texts: Iterable[str]) -> str:
    """ "md" or "dm": how the document writes day and month, judged from any pair that can be read one way
    only ("9/18" is month first), in the first of ``texts`` that has one (the headings, then the whole
    text); day first when every pair reads both ways, as in most of the world."""
    for lines in texts:
        pairs = _numeric_pairs(lines)
        day_first = any(a > 12 >= b for a, b in pairs)
        month_first = any(b > 12 >= a for a, b in pairs)
        if day_first != month_first:
            return "dm" if day_first else "md"
    return "dm"


def day_and_month(line: str, order: str = "dm") -> tuple[int, int] | None:
    """The first day and month a line prints without a year, as (month, day)."""
    found: list[tuple[int, int, int]] = []
    for m in _NUMERIC.finditer(line):
        a, b = int(m.group(1)), int(m.group(2))
        month, day = (a, b) if order == "md" else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((m.start(), month, day))
    for m in _DAY_MONTH.finditer(line):
        found.append((m.start(), month_number(m.group(2)), int(m.group(1))))
    for m in _MONTH_DAY.finditer(line):
        found.append((m.start(), month_number(m.group(1)), int(m.group(2))))
    for _, month, day in sorted(found):
        if _valid(month, day):
            return month, day
    return None


def _valid(month: int, day: int) -> bool:
    try:
        date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return False
    return True


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_before(month: int, day: int, reference: date) -> date | None:
    """The day and month in the year that puts it last on or just before ``reference`` (the date a file was
    saved or sent: what it records happened before)."""
    options = [d for y in (reference.year + 1, reference.year, reference.year - 1) if (d := _on(y, month, day))]
    return next((d for d in options if d <= reference + _AHEAD), None)


def year_nearest(month: int, day: int, others: list[date]) -> date | None:
    """The day and month in the year that puts it nearest the full dates the document prints elsewhere."""
    if not others:
        return None
    middle = sorted(others)[len(others) // 2]
    options = [d for y in (middle.year - 1, middle.year, middle.year + 1) if (d := _on(y, month, day))]
    return min(options, key=lambda d: abs((d - middle).days), default=None)


def yearless_date(lines: list[str], text: str, reference: date | None, reference_name: str) -> tuple[date, str] | None:
    """The date of a report whose masthead or opening heading prints only a day and a month, with how its
    year was found; None when no line names one or nothing gives a year. A weekday printed with it ("Fri 10/2")
    settles which figure is the month where either could be."""
    order = numeric_order(lines, text.splitlines())
    found = next(((line, dm) for line in lines if (dm := day_and_month(line, order))), None)
    if found is None:
        return None
    line, (month, day) = found
    dated = _with_year(month, day, text, reference, reference_name)
    if dated is not None and (turned := agreeing(dated[0], [line])) != dated[0]:
        return turned, dated[1]
    return dated


def _with_year(month: int, day: int, text: str, reference: date | None, reference_name: str) -> tuple[date, str] | None:
    if reference is not None and (d := year_before(month, day, reference)):
        return d, f"day and month printed, year from {reference_name} {reference.isoformat()}"
    others = [d for d, _ in dates_in(text)]
    if d := year_nearest(month, day, others):
        return d, "day and month printed, year from the other dates the document prints"
    return None


def report_day_and_month(report: Report) -> tuple[int, int] | None:
    """The day and month an undated report's title or opening headings print without a year."""
    lines = [report.title or "", *(s.heading for s in report.sections[:3] if s.heading)]
    first = report.sections[0].items[:1] if report.sections else []
    lines += [i.text for i in first if len(i.text) <= 120]
    order = numeric_order(lines, [i.text for i in report.items()])
    return next((dm for line in lines if (dm := day_and_month(line, order))), None)


def date_from_neighbours(report: Report, neighbours: list[date]) -> bool:
    """Date an undated report that prints a day and a month by the year that puts it among its series'
    reports; says so in its warnings. Returns whether it was dated."""
    if report.date is not None or not neighbours:
        return False
    found = report_day_and_month(report)
    on = year_nearest(*found, neighbours) if found else None
    if on is None:
        return False
    report.date = on
    report.date_source = "day and month printed, year from the neighbouring reports of its series"
    report.warnings.append(f"date {on.isoformat()} is low confidence: {report.date_source}")
    return True
