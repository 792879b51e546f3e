"""Numbers in text with their units, currencies, ranges and ratios: the candidate figures."""

from __future__ import annotations

import re

from sitroom.analyse.figures._lex import _NUM, _WORD_VALUES, _Draft, _overlaps, _to_float, _words
from sitroom.analyse.figures.measure import _noun_after
from sitroom.analyse.figures.relation import _FROM_BEFORE, _finish

_WORD_NOT_AFTER = re.compile(r"\b(?:every|each|per|one\s+or|no|of|the|these|those)\s+$", re.I)
_CURRENCY = {"£": "GBP", "€": "EUR", "$": "USD", "US$": "USD", "₱": "PHP", "GBP": "GBP", "EUR": "EUR",
             "USD": "USD", "PHP": "PHP", "Php": "PHP", "pounds": "GBP", "pound": "GBP", "euros": "EUR",
             "euro": "EUR", "dollars": "USD", "dollar": "USD", "pesos": "PHP", "peso": "PHP"}  # fmt: skip
_NUMBER = re.compile(rf"(?P<cur>US\$|[£€$₱]|\b(?:GBP|EUR|USD|PHP|Php)(?=\s?\d))?\s?(?P<neg>[-−](?=\d))?(?P<num>{_NUM})")

# Things after a number, tried in this order at the number's end.
_RATIO = re.compile(rf"\s?(?:/|\bout\s+of\b)\s?(?P<num>{_NUM})(?![\d/])")
_RANGE = re.compile(rf"\s?(?:%\s?)?(?:-|–|—|\bto\b)\s?(?:[£€$₱]\s?)?(?P<num>{_NUM})(?![\d/])")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent(?:age\s+points?)?\b|pct\b)", re.I)
_MAGNITUDE = re.compile(r"\s?(?P<w>million|billion|thousand|trillion|mn|bn)\b|(?P<s>bn|[kKmMbB])(?![A-Za-z])")
_MAGNITUDES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
               "b": 1e9, "trillion": 1e12}  # fmt: skip
_CUR_SUFFIX = re.compile(r"\s?(?P<c>pounds?|euros?|dollars?|pesos?|GBP|EUR|USD|PHP)\b")
_TIME_UNIT = re.compile(r"\s?(?P<u>days?|weeks?|wks?|hours?|hrs?)\b", re.I)
_NOT_A_UNIT = re.compile(r"\s?(?:months?|years?|yrs?|minutes?|mins?|seconds?|secs?)\b|-[A-Za-z]|[.:]\d|°", re.I)
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+([A-Z][\w.’'-]*)\s$")
_NOT_NAMES = frozenset(_words("Total About Around Approximately Over Some Nearly Almost Only All Additional Another"))
_PAREN_SAME = re.compile(r"\s?\((?P<num>\d+)\)")


def _find_numbers(text: str, blocked: list[tuple[int, int]], words: list[tuple[int, int]]) -> list[_Draft]:
    """Numeric and number-word candidates, with their units, qualifiers, ranges and ratios."""
    found: list[_Draft] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _NUMBER.search(text, pos)
        if not m:
            break
        hit = _overlaps(blocked, m.start("num"), m.end("num"))
        if hit:
            # a blocked identifier inside a space-grouped number ("Region 5 100%"): look again after it
            pos = max(hit[1], m.start("num") + 1)
            continue
        d = _numeric_draft(text, m, blocked)
        if d is None:
            pos = m.end()
            continue
        found.append(d)
        pos = d.end
    for ws, we in words:
        if _overlaps(blocked, ws, we) or any(f.num_start <= ws < f.end for f in found):
            continue
        d = _word_draft(text, ws, we)
        if d is not None:
            # "ten (10)" is one figure: drop the bracketed digits found on their own
            found = [f for f in found if not d.start <= f.num_start < d.end]
            found.append(d)
    found.sort(key=lambda d: d.start)
    return found


def _numeric_draft(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> _Draft | None:
    start = m.start("cur") if m.group("cur") else m.start("neg") if m.group("neg") else m.start("num")
    if not _left_ok(text, start):
        return None
    raw = m.group("num")
    value = _to_float(raw)
    if m.group("neg"):
        value = -value
    currency = _CURRENCY.get(m.group("cur")) if m.group("cur") else None
    end = m.end("num")
    unit = "money" if currency else "count"
    d = _Draft(value, unit, currency, start, start, end)
    tail = text[end : end + 40]
    r = _RATIO.match(tail)
    if r and not _overlaps(blocked, end, end + r.end()) and not _right_attached(text, end + r.end()):
        d.unit, d.total, d.end = "ratio", _to_float(r.group("num")), end + r.end()
        return _finish(text, d)
    if (r := _RANGE.match(tail)) and not _FROM_BEFORE.search(text[max(0, start - 12) : start]):
        second = _to_float(r.group("num"))
        if second > value >= 0 and not _overlaps(blocked, end, end + r.end()):
            d.low, d.high, d.value = value, second, (value + second) / 2
            end += r.end()
            tail = text[end : end + 40]
    if (u := _PERCENT.match(tail)) and not currency:
        d.unit, d.end = "percent", end + u.end()
        return _finish(text, d)
    if u := _MAGNITUDE.match(tail):
        word = u.group("w") or u.group("s")
        if u.group("w") or currency:
            factor = _MAGNITUDES[word.lower()]
            d.value *= factor
            d.low = d.low * factor if d.low is not None else None
            d.high = d.high * factor if d.high is not None else None
            end += u.end()
            tail = text[end : end + 40]
    if not currency and (u := _CUR_SUFFIX.match(tail)):
        d.unit, d.currency = "money", _CURRENCY[u.group("c").lower() if u.group("c").islower() else u.group("c")]
        end += u.end()
    elif not currency and (u := _TIME_UNIT.match(tail)):
        unit = u.group("u").lower()
        d.unit = "days" if unit.startswith("day") else "weeks" if unit.startswith("w") else "hours"
        end += u.end()
    elif _NOT_A_UNIT.match(tail):
        return None
    d.end = end
    if _right_attached(text, end):
        return None
    if d.unit == "count" and d.low is None and re.fullmatch(r"(?:19|20)\d\d|2100", raw):
        return None  # a year standing alone
    name = _NAME_BEFORE.search(text, max(0, start - 60), start) if d.unit == "count" and len(raw) <= 2 else None
    if name and name.group(1) not in _NOT_NAMES:
        return None  # "Police Regional Office 1", "OCD RO 1": part of a name
    return _finish(text, d)


def _word_draft(text: str, start: int, end: int) -> _Draft | None:
    word = " ".join(text[start:end].lower().split())
    d = _Draft(float(_WORD_VALUES[word]), "count", None, start, start, end)
    if not _left_ok(text, start) or re.match(r"-[A-Za-z]", text[end : end + 2]):
        return None
    if _WORD_NOT_AFTER.search(text, max(0, start - 10), start):
        return None
    tail = text[end : end + 30]
    if (u := _MAGNITUDE.match(tail)) and u.group("w"):
        d.value *= _MAGNITUDES[u.group("w")]
        d.end += u.end()
        tail = text[d.end : d.end + 30]
    if (p := _PAREN_SAME.match(tail)) and float(p.group("num")) == d.value:
        d.end += p.end()
        tail = text[d.end : d.end + 30]
    if u := _PERCENT.match(tail):
        d.unit, d.end = "percent", d.end + u.end()
    elif u := _TIME_UNIT.match(tail):
        unit = u.group("u").lower()
        d.unit = "days" if unit.startswith("day") else "weeks" if unit.startswith("w") else "hours"
        d.end += u.end()
    elif not _noun_after(text, d.end):
        return None  # "one of", "five from Mubende": too often not a quantity of anything
    return _finish(text, d)


def _left_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    c = text[start - 1]
    if c.isalnum() or c in "#№_/\\":
        return False
    return not (c in "-.," and start >= 2 and text[start - 2].isalnum())


def _right_attached(text: str, end: int) -> bool:
    c = text[end : end + 1]
    return bool(c) and (c.isalnum() or c == "°" or (c in "-.:/" and text[end + 1 : end + 2].isalnum()))
