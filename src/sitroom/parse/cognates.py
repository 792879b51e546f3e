"""A heading's words read through their kin in the vocabulary: a language next to one the vocabulary holds spells
the same word with another ending ("sytuacjo" beside the Polish "sytuacja", "situazion" beside "situazione",
"koszta" beside "koszty"). A careful reader of either language takes the one for the other; so does sitroom, for a
heading no phrase of the vocabulary names.

A word's kin shares all its letters but its last vowels (a word changed otherwise, "county" beside "country", is
another word), and names a doer only where the word does ("Operators" are no "operations"); a word with two kin of equal
likeness, or none, stays as it is.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

# words shorter than this are too alike by chance ("pas", "par")
MIN_LETTERS = 5
# the letters kin share at their start
SHARED_START = 3
# how alike a word and its kin are, in 0..1
LIKENESS = 0.8


def kin_words(words: tuple[str, ...], vocabulary: frozenset[str]) -> tuple[str, ...] | None:
    """``words`` with each word the vocabulary lacks replaced by its kin, or None when no word has one."""
    index = _by_start(vocabulary)
    out, found = [], False
    for w in words:
        kin = None if w in vocabulary or len(w) < MIN_LETTERS else _kin(w, index.get(w[:SHARED_START], ()))
        out.append(kin or w)
        found = found or kin is not None
    return tuple(out) if found else None


def _kin(word: str, candidates: tuple[str, ...]) -> str | None:
    scored = sorted(
        (
            (SequenceMatcher(None, word, c).ratio(), c)
            for c in candidates
            if abs(len(c) - len(word)) <= 3 and _same_but_ending(word, c) and not _agent_of(word, c)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < LIKENESS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


# kin differ in their last letters only ("sytuacjo", "sytuacja"), not inside the word ("county", "country")
ENDING_LETTERS = 3
_VOWELS = frozenset("aeiouy")


def _same_but_ending(word: str, kin: str) -> bool:
    shared = next((n for n, (a, b) in enumerate(zip(word, kin, strict=False)) if a != b), min(len(word), len(kin)))
    if shared < min(len(word), len(kin)) - 1 or max(len(word), len(kin)) - shared > ENDING_LETTERS:
        return False
    # an ending of vowels, as inflections change it ("-a", "-o", "-e"): a consonant added makes another word
    return all(c in _VOWELS for c in word[shared:] + kin[shared:])


# the endings of a doer's name ("operator", "responder"): the doer is no kin of the deed ("operation", "response")
_AGENT_ENDINGS = ("er", "or")


def _agent_of(word: str, kin: str) -> bool:
    return word.endswith(_AGENT_ENDINGS) != kin.endswith(_AGENT_ENDINGS)


@lru_cache(maxsize=4)
def _by_start(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for w in vocabulary:
        if len(w) >= MIN_LETTERS:
            index.setdefault(w[:SHARED_START], []).append(w)
    return {start: tuple(ws) for start, ws in index.items()}
