"""Patterns for words of the Arabic script as writers and keyboards print them, for readers that match raw text
rather than folded words (a risk's mitigation lead, a report's name).

The same Persian or Arabic word comes with either yeh ("ی", "ي", the dotless "ى") and either kaf ("ک", "ك"), its
alef with or without a hamza or madda ("إجراءات", "اجراءات"), a final teh marbuta or heh ("المواجهة",
"المواجهه"), and its parts joined by a zero-width non-joiner, a space or nothing ("راه‌حل", "راه حل", "راهحل"); a
PDF's text drops the non-joiner, a writer may type a space. ``loose`` writes a word so that every such print of it
matches; the vocabulary folds these letters instead (``sitroom.parse.heading_words.UNACCENTED``).
"""

from __future__ import annotations

import re

_LETTERS = {
    "ی": "[یيى]", "ي": "[یيى]", "ى": "[یيى]", "ک": "[کك]", "ك": "[کك]", "ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]",
    "آ": "[اأإآ]", "ة": "[ةه]", "\u200c": "[\u200c ]?",
}  # fmt: skip


def loose(phrase: str) -> str:
    """A regular expression matching ``phrase`` in any of its prints (see the module); its words apart by any
    space, and a stretching tatweel allowed after any letter."""
    out = []
    for c in phrase:
        if c == " ":
            out.append(r"\s+")
        elif c in _LETTERS:
            out.append(_LETTERS[c] + ("\u0640*" if c != "\u200c" else ""))
        elif "\u0600" <= c <= "\u06ff":
            out.append(re.escape(c) + "\u0640*")
        else:
            out.append(re.escape(c))
    return "".join(out)


def any_of(phrases: tuple[str, ...] | list[str]) -> str:
    """One alternation of ``phrases`` in their loose prints, the longest first."""
    return "|".join(loose(p) for p in sorted(phrases, key=len, reverse=True))
