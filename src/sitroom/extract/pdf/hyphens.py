"""Wrapped lines joined: a hyphen at a line end is dropped where it split a word, by the document's own words.

"trans-" + "mission" is one word when the document spells "transmission" elsewhere; "follow-" + "up" keeps
its hyphen when the document writes "follow-up". With no spelling of either form to go by, a hyphen after a
part that is no word of the document ("confor-", "trans-") split a word; one joining two words of the
document ("long-" + "term") makes a compound.

Every hyphen character counts: "-", U+2011, and the typesetter's U+2010 and soft hyphen, which layout
engines insert where they break a word, so that with no spelling to go by they split one ("can‐" + "not").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitroom.text.glyphs import LINE_HYPHENS
from sitroom.text.spacing import runs_on_unspaced

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Any hyphen a typesetter ends a line with: "-", U+2010 (inserted by hyphenating layout engines), U+2011,
# and the soft hyphen, which shows only where it breaks a word and so always goes. The part before it is
# only tried from a word's first letter (a match from inside a word would end where that one ends): else
# each word of a long text is read again from each of its letters.
_WORD_START = r"(?<![^\W\d_])"
_HEAD = re.compile(rf"{_WORD_START}([^\W\d_]+)[{LINE_HYPHENS}]$")
_LINE_END_PART = re.compile(rf"{_WORD_START}[^\W\d_]+[{LINE_HYPHENS}]$", re.M)
_SOFT = "\u00ad"
# Hyphenating layout engines break words with U+2010 (or a soft hyphen); writers type compounds with "-".
_TYPESET = ("\u2010", _SOFT)
_AS_ASCII = str.maketrans({"\u2010": "-", "\u2011": "-", _SOFT: None})
_TAIL = re.compile(r"[^\W\d_]+")


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each word (and each hyphenated compound) is written in the document, lower-cased."""
    # The part of a word before a line-end hyphen is not written as a word ("priorit-"): left out, it would
    # pass for one and keep the hyphen of every word split there.
    text = _LINE_END_PART.sub("", "\n".join(texts).lower())
    return Counter(_WORD.findall(text.translate(_AS_ASCII)))


def join_lines(lines: list[str], words: Counter[str] | None = None) -> str:
    """Join wrapped lines with one space (none inside Chinese or Japanese text); drop a line-end hyphen only
    where it split a word."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _joins(out, line, words or Counter()):
            out = out[:-1] + line
        else:
            # no space after a hyphen or slash closing a line, nor inside Chinese or Japanese text
            kept = out.endswith((*LINE_HYPHENS, "/")) and not out.endswith(tuple(f" {h}" for h in LINE_HYPHENS))
            out += line if kept or runs_on_unspaced(out, line) else " " + line
    return out


def _joins(before: str, after: str, words: Counter[str]) -> bool:
    """Whether the line ``after`` finishes a word that ``before`` broke off with a hyphen."""
    if before.endswith(_SOFT):  # shown only where it breaks a word: the word is whole without it
        return after[:1].isalpha()
    return after[:1].islower() and bool(_HEAD.search(before)) and split_word(before, after, words)


def split_word(before: str, after: str, words: Counter[str]) -> bool:
    """Whether the hyphen ending ``before`` split the word that ``after`` finishes."""
    head, tail = _HEAD.search(before), _TAIL.match(after)
    if not head or not tail:
        return False
    left, right = head.group(1), tail.group(0)
    # an abbreviation or a capitalised stem before the hyphen makes a compound ("SARS-", "Sub-Saharan")
    if any(c.isupper() for c in left[1:]) or len(left) < 2:
        return False
    joined, compound = (left + right).lower(), f"{left}-{right}".lower()
    if words[joined] != words[compound]:
        return words[joined] > words[compound]
    if before.endswith(_TYPESET):
        return True
    return not (words[left.lower()] and words[right.lower()])
