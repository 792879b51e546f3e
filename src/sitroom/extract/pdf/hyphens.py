"""Wrapped lines joined: a hyphen at a line end is dropped where it split a word, by the document's own words.

"trans-" + "mission" is one word when the document spells "transmission" elsewhere; "follow-" + "up" keeps
its hyphen when the document writes "follow-up". With no spelling of either form to go by, a hyphen after a
part that is no word of the document ("confor-", "trans-") split a word; one joining two words of the
document ("long-" + "term") makes a compound.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HEAD = re.compile(r"([^\W\d_]+)-$")
_TAIL = re.compile(r"[^\W\d_]+")


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each word (and each hyphenated compound) is written in the document, lower-cased."""
    return Counter(_WORD.findall("\n".join(texts).lower()))


def join_lines(lines: list[str], words: Counter[str] | None = None) -> str:
    """Join wrapped lines with one space; drop a line-end hyphen only where it split a word."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif line[:1].islower() and _HEAD.search(out) and split_word(out, line, words or Counter()):
            out = out[:-1] + line
        elif out.endswith(("-", "/")) and not out.endswith(" -"):
            out += line
        else:
            out += " " + line
    return out


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
    return not (words[left.lower()] and words[right.lower()])
