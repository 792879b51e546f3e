"""Numbers in text with their units, currencies, ranges and ratios: the candidate figures."""

from __future__ import annotations

import re

from sitroom.analyse.figures._lex import _NUM, _WORD_VALUES, _Draft, _overlaps, _to_float, _words
from sitroom.analyse.figures.binding import STATES
from sitroom.analyse.figures.measure import _noun_after
from sitroom.analyse.figures.relation import _finish
from sitroom.analyse.figures.units import (
    DATA_SIZES,
    DURATIONS,
    MEASURE_UNIT,
    currency_after,
    currency_before,
    measure_unit,
    sign_characters,
)
from sitroom.analyse.numbers import point_grouped

_WORD_NOT_AFTER = re.compile(r"\b(?:every|each|per|one\s+or|no|of|the|these|those)\s+$", re.I)
_NUMBER = re.compile(rf"(?P<neg>[-−](?=\d))?(?P<num>{_NUM})")

# Things after a number, tried in this order at the number's end.
_RATIO = re.compile(rf"\s?(?:/|\bout\s+of\b)\s?(?P<num>{_NUM})(?![\d/])")
_RANGE = re.compile(
    rf"\s?(?P<pct>%\s?)?(?:(?P<dash>-|–|—)|\b(?:to|(?P<and>and))\b)\s?(?:[A-Z]{{0,2}}{sign_characters()}\s?)?(?P<num>{_NUM})(?![\d/])"
)
# "rose by 22 to 148", "fell 30% to 8,200", "between 5 and": a change and a level, not a range
_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|declined|grew|grown|climbed|jumped|went\s+up"
    r"|went\s+down|up|down|from)(?:\s+by)?\s*$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s*$", re.I)
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent(?:age\s+points?)?\b|pct\b)", re.I)
_MAGNITUDE = re.compile(r"\s?(?P<w>million|billion|thousand|trillion|mn|bn)\b|(?P<s>bn|[kKmMbB])(?![A-Za-z])")
_MAGNITUDES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
               "b": 1e9, "trillion": 1e12}  # fmt: skip
_MILLIONS_OF = re.compile(r"m\s+[a-z]")  # "1.2m people": a million, not metres
_NOT_A_UNIT = re.compile(r"\s?(?:years?|yrs?|seconds?|secs?)\b|-[A-Za-z]|[.:]\d|°", re.I)
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+([A-Z][\w.’'-]*)\s$")
_NOT_NAMES = frozenset(_words("Total About Around Approximately Over Some Nearly Almost Only All Additional Another"))
# One capitalised word right before a number names a thing ("Windows 10", "Ward 5", "Phase 2") unless it
# is a word a sentence of figures opens with.
_ONE_NAME_BEFORE = re.compile(r"(?:^|(?<=[^\w.’'-]))([A-Z][a-z][\w’'-]*) $")
_OPENERS = frozenset(
    _words(
        "total about around approximately over under some nearly almost only all additional another between of "
        "with and but by from since for further just more less fewer exactly roughly estimated circa up down "
        "a an the than in on at to so these those this that there here now then currently overall today "
        "yesterday tonight overnight also plus another each every per another since until after before within "
        "staff cases deaths"
    )
)
_CAPITAL_AFTER = re.compile(r" [A-Z]")
_MONTHS_DAYS = frozenset(
    _words(
        "january february march april may june july august september october november december jan feb mar apr "
        "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"
    )
)
_SIZE_COMPOUND = re.compile(r"-(?P<w>(?!(?:years?|old|fold|way|point|star|time|digit)\b)[a-z]{3,})(?= [A-Za-z])")
_COUNT_OF = re.compile(r"\b(?:total|number|sum)\s+of\s+$", re.I)  # "a total of five rings"
_STATE_AFTER = re.compile(r"\s+([a-z]+)\b")
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
    start = m.start("neg") if m.group("neg") else m.start("num")
    currency = None
    if sign := currency_before(text, start):
        currency, start = sign
    if not _left_ok(text, start):
        return None
    raw = m.group("num")
    value = _to_float(raw)
    if m.group("neg"):
        value = -value
    end = m.end("num")
    d = _Draft(value, "money" if currency else "count", currency, start, start, end)
    scaled = False
    tail = text[end : end + 40]
    r = _RATIO.match(tail)
    if r and not _overlaps(blocked, end, end + r.end()) and not _right_attached(text, end + r.end()):
        d.unit, d.total, d.end = "ratio", _to_float(r.group("num")), end + r.end()
        return _finish(text, d)
    if (r := _RANGE.match(tail)) and _is_range(text, start, end, r):
        second = _to_float(r.group("num"))
        if second > value >= 0 and not _overlaps(blocked, end, end + r.end()):
            d.low, d.high = value, second  # both ends as stated: a range has no midpoint
            end += r.end()
            tail = text[end : end + 40]
    if (u := _PERCENT.match(tail)) and not currency:
        d.unit, d.end = "percent", end + u.end()
        return _finish(text, d)
    if (u := _MAGNITUDE.match(tail)) and (u.group("w") or currency or _MILLIONS_OF.match(tail)):
        factor = _MAGNITUDES[(u.group("w") or u.group("s")).lower()]
        scaled = True
        d.value *= factor
        d.low = d.low * factor if d.low is not None else None
        d.high = d.high * factor if d.high is not None else None
        end += u.end()
        tail = text[end : end + 40]
        if d.low is None and (r := _RANGE.match(tail)) and _is_range(text, start, end, r):
            # "£2m to £3m": the second end carries its own magnitude, or shares the first's
            after = end + r.end()
            v = _MAGNITUDE.match(text, after)
            second = _to_float(r.group("num")) * (_MAGNITUDES[(v.group("w") or v.group("s")).lower()] if v else factor)
            if second > d.value >= 0 and not _overlaps(blocked, end, after):
                d.low, d.high = d.value, second
                end = v.end() if v else after
                tail = text[end : end + 40]
    if not currency and (c := currency_after(text, end)):
        d.unit, d.currency = "money", c[0]
        end = c[1]
    elif not currency and (u := MEASURE_UNIT.match(tail)) and _unit_as_printed(u.group("u")):
        d.unit = measure_unit(u.group("u"))
        end += u.end()
    elif d.unit == "count" and d.low is None and (c := _SIZE_COMPOUND.match(tail)):
        # "60-bed treatment centres", "a 10-day quarantine": the size of each, in the noun's own unit
        word = c.group("w").lower()
        if MEASURE_UNIT.fullmatch(word) and measure_unit(word) in DURATIONS:
            d.unit = measure_unit(word)
        else:
            d.subject = word if word.endswith("s") else word + "s"
        end += len(c.group("w")) + 1
    elif _NOT_A_UNIT.match(tail):
        return None
    d.end = end
    if _right_attached(text, end):
        return None
    if d.unit == "count" and d.low is None and not scaled and point_grouped(text, m.start("num"), m.end("num")):
        # A count of people or things is whole: "90.893 casos" groups its thousands with a point.
        d.value = -_to_float(raw.replace(".", "")) if m.group("neg") else _to_float(raw.replace(".", ""))
    if d.unit == "count" and d.low is None and re.fullmatch(r"(?:19|20)\d\d|2100", raw):
        return None  # a year standing alone
    name = _NAME_BEFORE.search(text, max(0, start - 60), start) if d.unit == "count" and len(raw) <= 2 else None
    if name and name.group(1) not in _NOT_NAMES:
        return None  # "Police Regional Office 1", "OCD RO 1": part of a name
    if d.unit == "count" and len(raw) <= 2 and _names_a_thing(text, start, end):
        return None
    return _finish(text, d)


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """ "Windows 10 VM", "upgrade to Windows 10": a capitalised word and a small number are one name.

    Inside a sentence a capitalised word is a name; at a sentence's start it is one only when a
    capitalised word follows the number too (a name goes on: "Windows 10 VM Created").
    """
    m = _ONE_NAME_BEFORE.search(text, max(0, start - 30), start)
    if not m or m.group(1).lower() in _OPENERS or m.group(1).lower() in _MONTHS_DAYS or m.group(1).endswith("ly"):
        return False
    before = text[: m.start(1)].rstrip()
    opens_sentence = not before or before[-1] in ".!?:;•·-–—*(\n"
    return not opens_sentence or bool(_CAPITAL_AFTER.match(text, end))


def _unit_as_printed(word: str) -> bool:
    # Unit symbols are lower case: "90M" in "140F; 90M" counts males, not metres; data sizes are capitals.
    return word in DATA_SIZES or ((len(word) > 2 or word.islower()) and word.upper() not in DATA_SIZES)


def _is_range(text: str, start: int, end: int, r: re.Match[str]) -> bool:
    """Whether "A to B" / "A–B" after a number states one range (not a change and a level)."""
    before = text[max(0, start - 20) : start]
    if _CHANGE_VERB.search(before):
        return False
    if r.group("and") and not _BETWEEN.search(before):
        return False  # "5 and 6" is two figures unless "between 5 and 6"
    # "30% to 8,200": a percentage and a count are two figures
    return not (r.group("pct") and not _PERCENT.match(text, end + r.end()))


def _word_draft(text: str, start: int, end: int) -> _Draft | None:
    word = " ".join(text[start:end].lower().split())
    d = _Draft(float(_WORD_VALUES[word]), "count", None, start, start, end)
    if not _left_ok(text, start) or re.match(r"-[A-Za-z]", text[end : end + 2]):
        return None
    counted = _COUNT_OF.search(text, max(0, start - 20), start)
    if _WORD_NOT_AFTER.search(text, max(0, start - 10), start) and not counted:
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
    elif (u := MEASURE_UNIT.match(tail)) and measure_unit(u.group("u")) in DURATIONS:
        d.unit = measure_unit(u.group("u"))
        d.end += u.end()
    elif not _noun_after(text, d.end) and not _state_in_bracket(text, start, d.end):
        return None  # "one of", "five from Mubende": too often not a quantity of anything
    return _finish(text, d)


def _state_in_bracket(text: str, start: int, end: int) -> bool:
    """ "(nine confirmed and one probable)": a number word and a state inside a bracket are a breakdown."""
    opening = text.rfind("(", max(0, start - 60), start)
    m = _STATE_AFTER.match(text, end)
    return opening >= 0 and ")" not in text[opening:start] and bool(m) and m.group(1) in STATES


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
