"""Capitals in scripts with and without case.

A heading or a label opens with a capital in Latin, Greek, Cyrillic and Armenian; Arabic, Hebrew, Georgian
(as everyday text is written), the Indic scripts and Chinese have no capitals, so in them any letter may open
a heading: the rules that ask for a capital must not turn every line of such a text into running text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# scripts whose letters come in two cases, as their names in Unicode begin
_CASED = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "COPTIC", "GLAGOLITIC", "CHEROKEE", "DESERET", "ADLAM")


@lru_cache(maxsize=4096)
def caseless(ch: str) -> bool:
    """The character is a letter of a script without capitals (Georgian's everyday letters among them)."""
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return not name.startswith(_CASED)


def ends_with_letter(text: str) -> bool:
    """The text ends with a letter or a figure, or with a mark that belongs to its last letter: the marks that write
    a vowel or stop one in the Indic and South-East Asian scripts ("পৰিস্থিতি", "நிலவரம்") are letters of the word to
    a reader, yet str.isalnum does not count them."""
    last = text[-1:]
    return last.isalnum() or (last != "" and unicodedata.category(last).startswith("M"))


def opens_with_capital(text: str) -> bool:
    """The text opens with a capital, or with a letter of a script that has none."""
    first = text[:1]
    return first.isupper() or caseless(first)
