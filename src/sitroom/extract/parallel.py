"""A report set in two languages side by side: two columns whose rows pair up as translations.

A council or a national body may print its report in two languages at once, one column each (Welsh and
English, French and English, Irish and English). A reader reads it once. The columns are translations
when their rows pair up: each row's two cells hold as many paragraphs, of like length, carrying the same
figures and the same names ("4,483", "A487", "Aberporth"), in words that are otherwise not the same; and
the report says so in rows that carry figures or names, not only in short labels. One column is kept: the
one in the language of the rest of the document, else the one in English, else the first.
"""

from __future__ import annotations

import re
from collections import Counter

_NUMBER = re.compile(r"\d+(?:[.,:/]\d+|[\u202f\u00a0 ]\d{3}\b)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Capitalised words inside a sentence (not its first word): names a translation keeps ("Aberporth", "Met").
_NAME = re.compile(r"(?<=\s)[A-Z][\w’'-]*[a-z0-9][\w’'-]*|\b[A-Z]+\d+\w*")
# English's commonest little words: a column in English is full of them, one in another language has few.
_ENGLISH = frozenset(
    "the of and to in is are was were for on with at by from has have had be been will it its this that "
    "as an or not which who they their our we".split()
)
MIN_ROWS = 3  # rows of two filled cells, at the least, to call two columns translations
MIN_ANCHORED = 2  # rows whose cells share figures or names
MAX_LENGTH_RATIO = 2.5  # a translation is at most this much longer or shorter than its original
MAX_SHARED_WORDS = 0.5  # share of the words two cells have in common: more, and they are one language
# How many times better one column's words match the rest of the document, to be taken for its language.
LANGUAGE_MARGIN = 1.5
MIN_LANGUAGE_WORDS = 12


def parallel(rows: list[tuple[list[str], list[str]]]) -> bool:
    """The two columns' rows (each cell's paragraphs) pair up as translations (see the module doc)."""
    pairs = [(a, b) for a, b in rows if a and b]
    if len(pairs) < MIN_ROWS or any(not a or not b for a, b in rows if a or b):
        return False  # a cell filled on one side only: no translation of it
    anchored = 0
    shared = 0.0
    for a, b in pairs:
        left, right = " ".join(a), " ".join(b)
        if len(a) != len(b) or _numbers(left) != _numbers(right):
            return False
        if not 1 / MAX_LENGTH_RATIO <= len(left) / max(len(right), 1) <= MAX_LENGTH_RATIO:
            return False
        names = _names(left) & _names(right)
        anchored += bool(_numbers(left) or names)
        named = {n.lower() for n in names}
        words_a, words_b = _words(left) - named, _words(right) - named
        shared += len(words_a & words_b) / max(len(words_a | words_b), 1)
    return anchored >= MIN_ANCHORED and shared / len(pairs) <= MAX_SHARED_WORDS


def column_to_keep(rows: list[tuple[list[str], list[str]]], rest: str) -> int:
    """Which of two translated columns to read: the one whose words the rest of the document (``rest``)
    uses more, else the English one, else the first."""
    left = _words(" ".join(p for a, _ in rows for p in a))
    right = _words(" ".join(p for _, b in rows for p in b))
    counts = Counter(w.lower() for w in _WORD.findall(rest))
    only_left = sum(n for w, n in counts.items() if w in left and w not in right)
    only_right = sum(n for w, n in counts.items() if w in right and w not in left)
    if max(only_left, only_right) >= MIN_LANGUAGE_WORDS:
        if only_left >= LANGUAGE_MARGIN * only_right:
            return 0
        if only_right >= LANGUAGE_MARGIN * only_left:
            return 1
    english = [_english(" ".join(p for row in rows for p in row[n])) for n in (0, 1)]
    return 1 if english[1] > english[0] else 0


def _numbers(text: str) -> Counter[str]:
    # the digits alone: one language writes "4,2" and "4 483" where another writes "4.2" and "4,483"
    return Counter(re.sub(r"\D", "", n) for n in _NUMBER.findall(text))


def _names(text: str) -> set[str]:
    return set(_NAME.findall(f" {text}"))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _english(text: str) -> float:
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(1 for w in words if w in _ENGLISH) / max(len(words), 1)
