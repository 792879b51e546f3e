"""A number bound to its own words: "12 placed so far", "64 are active", "35 people discharged".

A bare number followed by a participle or a state ("placed", "are active", "were seen") counts
the same things as its neighbour but a different measure: "43 staff …, 12 placed" gives
"staff placed", never a second value of "staff". A state word that names a kind of count
(active, recovered, new …) goes before the noun ("active cases"); any other participle after it
("staff placed", "people discharged").
"""

from __future__ import annotations

import re

# States a count is commonly broken down by; said before the noun ("recovered cases").
STATES = frozenset(
    "active recovered confirmed suspected probable new pending vacant open closed positive negative "
    "deceased cumulative daily weekly admitted isolated".split()
)
_IRREGULAR = frozenset(
    "paid made held sent spent built bought brought given taken done seen known shown met kept lost won "
    "put set cut shut read found".split()
)
_NOT_PARTICIPLES = frozenset("need bed red shed seed speed feed hundred kindred".split())
# What may follow a reduced relative ("placed so far", "discharged since Monday", "issued to households")
_AFTER_STATE = (
    r"(?=\s*(?:$|[.,;:)\]]|(?:so|since|to|in|on|at|from|by|this|last|today|yesterday|during|over|for|across"
    r"|within|and|but|with|per|a|against|under|as)\b))"
)
# Verbs that take "to" and another verb: "continued to mobilise" is no reduced relative
_CATENATIVE = frozenset(
    "continued started needed wanted planned expected required tried failed decided agreed managed appeared "
    "seemed used asked aimed intended offered refused volunteered hoped".split()
)
_STATE_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{0,40}\))?(?:\s+of\s+(?:whom|which|these|them))?\s+"
    r"(?:(?:are|were|is|was|now|have\s+been|has\s+been|had\s+been|being)\s+)?"
    r"(?P<neg>(?:could|can|were|was|have|has|had|are|is)\s*not\s+(?:been\s+|be\s+)?|not\s+(?:yet\s+)?)?"
    r"(?:(?:so\s+far|already|now|successfully|safely)\s+)?(?P<w>[a-z]+)\b" + _AFTER_STATE
)
_DUE_AFTER = re.compile(r"\s+(?:(?:are|is|now)\s+)?due\s+to\s+([a-z]+)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b" + _AFTER_STATE)
# How a number was stated, not what it counts: "cases reported" measures cases
REPORTING = frozenset("reported recorded registered noted observed documented logged notified".split())
_HEAD_STOP = re.compile(r"\s(?:of|from|in|on|at|for|to|with|under|across|among|by|into|through|since)\s")
_HEAD_DROP = STATES | {"total", "overall", "number", "all"}


def is_participle(word: str) -> bool:
    """A past participle ("placed", "discharged", "lost"), by its form."""
    if word in _CATENATIVE:
        return False
    return word in _IRREGULAR or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PARTICIPLES)


def state_after(text: str, pos: int) -> str | None:
    """The participle or state a bare number is given right after ``pos`` ("12 placed so far")."""
    if due := _DUE_AFTER.match(text, pos):
        return f"due to {due.group(1)}"  # "a further 3 due to start": the neighbour's noun, due to start
    m = _STATE_AFTER.match(text, pos)
    if m and (m.group("w") in STATES or is_participle(m.group("w"))):
        return f"not {m.group('w')}" if m.group("neg") else m.group("w")  # "1,900 could not be contacted"
    return None


_VERB_OBJECT = re.compile(
    r"\s+(?P<w>[a-z]+)\s+(?:(?:the|a|an|their|its)\s+)?(?P<obj>[a-z]+(?:[ -][a-z]+){0,2})(?=\s*(?:$|[.,;:)]))"
)


def verb_after(text: str, pos: int) -> str | None:
    """A bare number's own verb and object ("63 met the case definition" → "met case definition")."""
    m = _VERB_OBJECT.match(text, pos)
    if m and (m.group("w") in _IRREGULAR | _CATENATIVE or is_participle(m.group("w"))):
        return f"{m.group('w')} {m.group('obj')}"
    return None


def participle_after(text: str, pos: int) -> str | None:
    """A reduced relative right after a noun phrase ("35 people discharged since Monday")."""
    m = _PARTICIPLE_AFTER.match(text, pos)
    return m.group("w") if m and is_participle(m.group("w")) and m.group("w") not in REPORTING else None


def head(measure: str) -> str:
    """The counted noun of a measure: "total cases in care homes" → "cases"."""
    cut = _HEAD_STOP.search(f" {measure} ")
    words = (measure[: cut.start()] if cut else measure).split()
    while len(words) > 1 and words[0] in _HEAD_DROP:
        words = words[1:]
    while len(words) > 1 and (words[-1] in STATES or is_participle(words[-1])):
        words = words[:-1]
    return " ".join(words)


def with_state(measure: str, state: str) -> str:
    """The neighbour's counted noun given this number's state: ("cases", "active") → "active cases"."""
    noun = head(measure)
    if not noun:
        return state
    return f"{state} {noun}" if state in STATES else f"{noun} {state}"  # "not contacted" goes after
