"""Shared lexical material of figure extraction: number words, digit groups, the draft figure."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from sitroom.analyse.numbers import NUMBER, NUMBER_WORDS, value_of


def _words(spaced: str) -> list[str]:
    return spaced.split()


_WORD_VALUES = NUMBER_WORDS
_WORDS_RE = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))


# Numbers are read as the brief's faithfulness check reads them: one grammar of digit groups.
_NUM = NUMBER


@dataclass(slots=True)
class _Draft:
    value: float
    unit: str
    currency: str | None
    start: int  # of the whole span, qualifier included
    num_start: int  # of the number (or its currency sign)
    end: int
    qualifier: str | None = None
    relation: str | None = None
    earlier: bool = False
    change: str | None = None
    low: float | None = None
    high: float | None = None
    total: float | None = None
    subject: str = ""
    state: str | None = None  # "placed" in "12 placed so far": the number's own participle or state
    as_of: date | None = None


def _overlaps(blocked: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(blocked, (end, end))
    for j in range(i - 1, max(i - 4, -1), -1):
        bs, be = blocked[j]
        if bs < end and be > start:
            return bs, be
    return None


def _to_float(s: str) -> float:
    return value_of(s)


def _sentence_start(ends: list[int], pos: int) -> int:
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0
