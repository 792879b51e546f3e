"""Which figures make one series: the same measure, as stated, with the same relation and unit.

"43 staff from closed council services" and "12 placed" are two measures; "new cases" and
"cumulative cases" two series; a percentage and a count of one thing never share a line.
"""

from __future__ import annotations

SeriesKey = tuple[str, str | None, str, str | None]


def series_key(measure: str, relation: str | None, unit: str, currency: str | None) -> SeriesKey:
    """The key figures of one report series are grouped by into one line of values over time."""
    return (" ".join(measure.lower().split()), relation, unit, currency)
