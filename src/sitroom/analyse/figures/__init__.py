"""Figures from prose: "around 5% off sick" → value 5, unit percent, qualifier approximate.

``extract_figures(text, as_of)`` finds the quantities a sitrep states in running text and says
what each one measures. It is rule work on the words around each number (no model, no database)
so it can run over every item of every report, in steps of one job each: ``blocks`` (spans that are
never figures: dates and date ranges, times, identifiers, reporting windows), ``numbers`` and
``units`` (values, ranges, ratios; currencies from Babel's CLDR data, lengths, durations),
``relation`` (qualifiers, earlier values, changes, the relation a measure states), ``measure`` and
``binding`` (the noun phrase each number quantifies, its own even beside another number) and
``series`` (which figures make one series). Precision matters more than recall.

Each :class:`Figure` keeps the span as printed (``text == source[start:end]``) so it can be
highlighted and cited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sitroom.analyse.figures._lex import _sentence_start
from sitroom.analyse.figures.blocks import _CLUSTER, _CLUSTER_ANY_CASE, _attach_dates, _blocked_spans
from sitroom.analyse.figures.breakdowns import _bracketed_breakdowns
from sitroom.analyse.figures.measure import (
    _SENTENCE_END,
    _apply_states,
    _inherit_subjects,
    _subject,
)
from sitroom.analyse.figures.numbers import _find_numbers
from sitroom.analyse.figures.relation import STATED_RELATIONS, stated_relation

UNITS = (
    "percent", "count", "money", "ratio", "days", "weeks", "hours", "minutes", "months",
    "mm", "cm", "m", "km", "miles", "ft", "inches", "kg", "tonnes", "litres",
)  # fmt: skip
RELATIONS = STATED_RELATIONS
QUALIFIERS = ("approximate", "over", "under", "at least", "up to")


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity stated in a text.

    ``value`` is the number as stated (money in whole currency units, "£1.2m" → 1200000). For a
    range ("90-95%") it is the low end and ``low``/``high`` hold both ends (never a midpoint). For a
    ratio ("43/130") it is the numerator and ``total`` the denominator. ``subject`` is the measure:
    the noun phrase the number counts or the quantity it is the value of, as stated ("staff placed",
    "income lost"; "" when the text does not say). ``relation`` is the kind of count the measure
    states, one of :data:`RELATIONS` ("new", "cumulative", "lost" …) or None. ``earlier`` is True
    when the text gives the figure as an earlier value ("up from 5% last week"); ``change`` is
    "increase" or "decrease" when the figure is an amount of change ("decreased by 5%") rather
    than a level. ``as_of`` is the date stated next to the figure, else the caller's date.
    """

    value: float
    unit: str
    currency: str | None
    qualifier: str | None
    subject: str
    text: str
    start: int
    end: int
    as_of: date | None = None
    relation: str | None = None
    change: str | None = None
    low: float | None = None
    high: float | None = None
    total: float | None = None
    earlier: bool = False

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out["as_of"] = self.as_of.isoformat() if self.as_of else None
        return out


def extract_figures(text: str, as_of: date | None = None) -> list[Figure]:
    """Return the figures stated in ``text``, in text order.

    ``as_of`` is the report's date: figures get it unless a date is stated next to them ("As of
    18 September, 209 experts…"), and it supplies the year of such dates when they omit it.
    Never raises on any input; every returned figure satisfies ``text[f.start:f.end] == f.text``.
    """
    if not text:
        return []
    low = text.lower()
    if len(low) != len(text):
        low = ""  # lower() changed offsets (e.g. "İ"): fall back to case-insensitive patterns
    clusters = list(_CLUSTER.finditer(low) if low else _CLUSTER_ANY_CASE.finditer(text))
    if not clusters:
        return []
    blocked, dates = _blocked_spans(text, low, clusters)
    words = [m.span("w") for m in clusters if m.group("w")]
    drafts = _find_numbers(text, blocked, words)
    if not drafts:
        return []
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for i, d in enumerate(drafts):
        lo = max(drafts[i - 1].end if i else 0, _sentence_start(sentence_ends, d.start), d.start - 160)
        hi = drafts[i + 1].start if i + 1 < len(drafts) else len(text)
        d.subject = d.subject or _subject(text, d, lo, min(hi, d.end + 120), blocked)
    _inherit_subjects(text, drafts, sentence_ends)
    _bracketed_breakdowns(text, drafts)
    _apply_states(drafts)
    _attach_dates(text, drafts, dates, sentence_ends, as_of)
    return [
        Figure(
            value=d.value,
            unit=d.unit,
            currency=d.currency,
            qualifier=d.qualifier,
            subject=d.subject,
            text=text[d.start : d.end],
            start=d.start,
            end=d.end,
            as_of=d.as_of,
            relation=stated_relation(d.subject),
            earlier=d.earlier,
            change=d.change,
            low=d.low,
            high=d.high,
            total=d.total,
        )
        for d in drafts
    ]
