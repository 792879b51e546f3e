"""Breakdowns in brackets: "78 cases (51 confirmed and 27 probable)" — each part a state of one noun."""

from __future__ import annotations

import re

from sitroom.analyse.figures._lex import _Draft
from sitroom.analyse.figures.binding import STATES
from sitroom.analyse.figures.measure import _LINK_WORDS, _STOP, _is_participle_or_adverb


def _bracketed_breakdowns(text: str, drafts: list[_Draft]) -> None:
    """ "78 cases (51 confirmed and 27 probable)": each part is its state of the noun before the bracket.

    A part whose measure is a bare state ("probable") takes the figure's measure before the bracket
    ("confirmed EVD cases" → "probable EVD cases"), or the noun the bracket follows ("cases (39
    confirmed …)"), its own leading states and participles replaced by the part's state.
    """
    for d in drafts:
        state = d.subject if d.subject in STATES else d.state if not d.subject and d.state in STATES else None
        if d.unit != "count" or state is None:
            continue
        opening = text.rfind("(", max(0, d.start - 80), d.start)
        if opening < 0 or ")" in text[opening : d.start]:
            continue
        parent = next(
            (o for o in reversed(drafts) if o.end <= opening and not re.search(r"[.;:,()]", text[o.end : opening])),
            None,
        )
        if parent is not None and parent.subject:
            words = parent.subject.split()
        else:
            words = re.findall(r"[a-z][a-z'’\-]*", text[max(0, opening - 40) : opening].lower())[-1:]
            words = [w for w in words if w not in _STOP and w not in _LINK_WORDS]
        while len(words) > 1 and (words[0] in STATES or _is_participle_or_adverb(words[0])):
            words = words[1:]
        if words:
            d.subject, d.state = " ".join([state, *words]), None
