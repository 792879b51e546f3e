"""Words around a figure: qualifier ("around"), earlier value ("up from 5%"), change ("rose by")."""

from __future__ import annotations

import re

from sitroom.analyse.figures._lex import _Draft

_QUALIFIER = re.compile(
    r"(?:(?<![\w.])(?P<w>around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|nearly|almost|some|an estimated"
    r"|estimated|just over|just under|well over|over|more than|greater than|higher than|above|in excess of"
    r"|upwards of|under|less than|lower than"
    r"|below|fewer than|at least|a minimum of|no fewer than|no less than|up to|a maximum of|no more than"
    r"|at most)|(?P<s>~|≈|>=|<=|[<>≥≤]))\s*$",
    re.I,
)
_QUALIFIER_KIND = {
    "around": "approximate", "about": "approximate", "approximately": "approximate", "approx": "approximate",
    "approx.": "approximate", "roughly": "approximate", "circa": "approximate", "ca.": "approximate",
    "c.": "approximate", "nearly": "approximate", "almost": "approximate", "some": "approximate",
    "an estimated": "approximate", "estimated": "approximate", "~": "approximate", "≈": "approximate",
    "just over": "over", "well over": "over", "over": "over", "more than": "over", "above": "over",
    "greater than": "over", "higher than": "over", "lower than": "under",
    "in excess of": "over", "upwards of": "over", ">": "over", "just under": "under", "under": "under",
    "less than": "under", "below": "under", "fewer than": "under", "<": "under", "at least": "at least",
    "a minimum of": "at least", "no fewer than": "at least", "no less than": "at least", ">=": "at least",
    "≥": "at least", "up to": "up to", "a maximum of": "up to", "no more than": "up to", "at most": "up to",
    "<=": "up to", "≤": "up to",
}  # fmt: skip
_POST_QUALIFIER = re.compile(r"\s?(?:\+(?!\d)|\s(?:or|and)\s+(?P<w>more|over|above|fewer|less|below)\b)")

_PREVIOUS_BEFORE = re.compile(
    r"\b(?:up\s+from|down\s+from|compared\s+(?:with|to)|versus|vs\.?|against|previously|(?:last|previous)"
    r"\s+(?:week|month|report|fortnight)(?:['’]s)?)\s*$",
    re.I,
)
# The kind of count a measure states, by the words that say it (first one in reading order wins:
# "cumulative total" is cumulative, "daily new cases" daily).
_RELATION_WORDS = {
    "total": "total", "overall": "total", "new": "new", "newly": "new", "active": "active",
    "recovered": "recovered", "recoveries": "recovered", "cumulative": "cumulative", "cumulatively": "cumulative",
    "daily": "daily", "weekly": "weekly", "lost": "lost", "saved": "saved", "savings": "saved",
}  # fmt: skip
STATED_RELATIONS = tuple(dict.fromkeys(_RELATION_WORDS.values()))
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_TO_AFTER = re.compile(r"\s*to\s+(?:[~£€$₱]|around|about|approximately)?\s*\d", re.I)
_PREVIOUS_AFTER = re.compile(
    r"\s*(?:(?:the\s+)?(?:last|previous|prior)\s+(?:week|month|fortnight|report|period|sitrep|time|update)"
    r"|previously|yesterday|the\s+(?:week|day)\s+before)\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?P<inc>(?:increased|increases|rose|risen|grown|grew|climbed|jumped|went\s+up|up)\s+by|up"
    r"|(?:an\s+)?(?:increase|rise|growth|jump)\s+of)"
    r"|\b(?P<dec>(?:decreased|decreases|fell|fallen|dropped|declined|reduced|cut|went\s+down|down)\s+by|down"
    r"|(?:a\s+)?(?:decrease|reduction|drop|fall|decline)\s+of))\s*$",
    re.I,
)
_PREVIOUS_KEYS = ("from", "compared", "vs", "versus", "against", "previous", "last")
_CHANGE_KEYS = ("by", "up", "down", " of")
_CHANGE_AFTER = re.compile(
    r"\s+(?:(?P<inc>increase|rise|growth|jump|more|higher|up)|(?P<dec>decrease|reduction|drop|fall|decline|fewer"
    r"|lower|down))\b",
    re.I,
)


def _finish(text: str, d: _Draft) -> _Draft:
    """Qualifier, previous-value and change words around the number."""
    before = text[max(0, d.start - 30) : d.start]
    if q := _QUALIFIER.search(before):
        key = (q.group("w") or q.group("s")).lower()
        d.qualifier = _QUALIFIER_KIND.get(" ".join(key.split()), "approximate")
        d.start -= len(before) - q.start()
        before = text[max(0, d.start - 30) : d.start]
    after = text[d.end : d.end + 40]
    if d.qualifier is None and (p := _POST_QUALIFIER.match(after)):
        w = (p.group("w") or "").lower()
        d.qualifier = "up to" if w in ("fewer", "less", "below") else "at least"
        d.end += p.end()
        after = text[d.end : d.end + 40]
    # cheap substring tests first: these end-anchored searches are the costliest per figure
    b = before.lower()
    if (
        _PREVIOUS_AFTER.match(after)
        or (any(k in b for k in _PREVIOUS_KEYS) and _PREVIOUS_BEFORE.search(before))
        or ("from" in b and _FROM_BEFORE.search(before) and _TO_AFTER.match(after))
    ):
        d.earlier = True
    elif (any(k in b for k in _CHANGE_KEYS) and (c := _CHANGE_BEFORE.search(before))) or (
        c := _CHANGE_AFTER.match(after)
    ):
        d.change = "increase" if c.group("inc") else "decrease"
    return d


def stated_relation(measure: str) -> str | None:
    """The relation a measure states ("new cases" → "new", "income lost" → "lost"), or None."""
    for word in measure.split():
        if relation := _RELATION_WORDS.get(word):
            return relation
    return None
