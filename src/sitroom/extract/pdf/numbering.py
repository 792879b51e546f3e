"""List numbers and numbering schemes (1., 1), 2.1, I., A.): which numbered lines are headings."""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Frag
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.text.glyphs import CJK_LIST_NUMBER, CJK_TEXT, HANZI_NUMERALS
from sitroom.text.months import opens_with_day

# Chinese and Japanese numbers (``CJK_LIST_NUMBER``) stand before the text with no space; a Chinese official
# document's levels run 一、 > （一） > 1. > （1）. Roman numerals as one character each ("Ⅰ.", "Ⅱ."), as Korean and
# Japanese documents number their parts:
ROMAN_SIGNS = "\u2160-\u216b"
# a number printed in front of a line: "1.", "1)", "(a)", "2.1", "2.1.", "IV.", "b)", "A."
NUMBER = re.compile(
    r"^(?:\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[IVX]{1,5}[.)]|[A-H][.)]"
    rf"|{CJK_LIST_NUMBER}|[{ROMAN_SIGNS}][.)]?)\)?$"
)
# the same at the start of a line's text; "2.1 " must be followed by a capital ("1.5 million" is a figure)
NUMBERED = re.compile(
    r"^(\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[A-ZÀ-Ý])|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]"
    rf"|[IVX]{{1,5}}[.)](?=\s+[A-ZÀ-Ý])|[A-H][.)](?=\s+[A-ZÀ-Ý])|{CJK_LIST_NUMBER}|[{ROMAN_SIGNS}][.)])"
    rf"(?:\s+(?=\S)|(?={CJK_TEXT}))"
)
_ROMAN = re.compile(r"^[IVXivx]{1,5}[.)]$")


def list_number(text: str) -> re.Match[str] | None:
    """The list number a line opens with ("2.", "b)", "IV."), or None; a date opening the line
    ("15. září 2024") opens with its day, not a number."""
    return None if opens_with_day(text) else NUMBERED.match(text)


def is_number(token: str) -> bool:
    """A list number standing alone (the text follows after a tab stop)."""
    return bool(NUMBER.match(token.strip()))


def scheme(token: str) -> tuple[str, int]:
    """The numbering scheme of a list number and its depth: ("roman", 1), ("arabic", 2) for "2.1"."""
    t = token.strip().strip("()")
    if (_ROMAN.match(t) and t[:1] in "IVX") or "\u2160" <= t[:1] <= "\u216b":
        return "roman", 1
    if t[:1] in HANZI_NUMERALS or t.strip("（）")[:1] in HANZI_NUMERALS:
        return ("hanzi", 1) if t.endswith("、") else ("hanzi-bracketed", 2)
    if t.startswith("（"):
        return "arabic-bracketed", 4
    if t[:1].isdigit():
        return "arabic", len([p for p in t.rstrip(".)、．").split(".") if p])
    return "letter", 1


def numbered_heading(lines: list[Frag], i: int, styled: bool, in_list: bool, after: str | None = None) -> bool:
    """Whether numbered line ``lines[i]`` heads a section rather than being a list entry.

    A careful reader takes a numbered line for a heading when it is short and not a sentence, and either
    is styled (bold, capitals, large), is a sub-number ("2.1") or a Roman numeral, or is followed by
    content of its own (bullets, indented text, or running text under a short title) rather than by the
    next number of its list, or numbers the next of the headings before it ("10." after the heading "9."; a line
    at a page's foot has nothing under it to tell). ``in_list``: the number before it, in the same scheme, was a list
    entry; ``after``: the number of the last numbered heading.
    """
    f = lines[i]
    token = f.bullet or ""
    text = f.text
    j = i + 1
    # the heading's own wrapped lines: under its text, close below
    while j < len(lines) and _wraps(lines[j - 1], lines[j], f):
        text += " " + lines[j].text
        j += 1
    words = len(WORD.findall(text))
    if words == 0 or words > 25 or text.rstrip().endswith((".", ";", ",")) or "://" in text:
        return False
    kind, depth = scheme(token)
    # a Chinese document's "一、" and "（一）" lines head its parts (unless they run on as a sentence)
    if kind in ("hanzi", "hanzi-bracketed"):
        return not text.rstrip().endswith("。")
    if styled or kind == "roman" or depth >= 2 or (after is not None and not in_list and _next(after, token)):
        return True
    if j >= len(lines) or in_list:
        return False
    nxt = lines[j]
    if nxt.bullet and is_number(nxt.bullet) and abs(nxt.x0 - f.x0) < 6 and scheme(nxt.bullet)[0] == kind:
        return False  # the next entry of the same list
    if nxt.top < f.bottom - 4 * f.size:
        return False
    # content of its own follows: a bulleted list, text indented under it, or running text under a title
    # (a sentence of figures counts its figures as words: "81 von 140 Fachverfahren laufen wieder.")
    running = sentence_like(nxt.text) or (len(nxt.text.split()) >= 5 and nxt.text.rstrip().endswith((".", "!", "?")))
    titled = words <= 8 and not text.rstrip().endswith(":") and running
    return nxt.bullet is not None or nxt.x0 > f.x0 + 10 or titled


def _next(before: str, token: str) -> bool:
    """Whether list number ``token`` comes right after ``before`` ("10." after "9.")."""
    a, b = before.strip().rstrip(".)"), token.strip().rstrip(".)")
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1 and before.strip()[-1:] == token.strip()[-1:]


_HANG = 6  # of the size: how far right of its number a numbered line's text may start


def _wraps(prev: Frag, f: Frag, head: Frag) -> bool:
    """``f`` is a wrapped line of the numbered line ``head``: under its text and close below. A line set
    otherwise (plain under a bold "3.1 Impacts") wraps on only when its first word could not have fitted
    at the end of the line above: else it is the paragraph the sub-heading heads."""
    # under the number or, with a hanging indent, under the text after it ("(i)   Antibiotics …" over "hospitals.")
    hanging = bool(head.bullet) and head.x0 < f.x0 <= head.x0 + _HANG * f.size
    # ... or back at the number's own left edge, as a justified paragraph numbered in its first line wraps
    hanging = hanging or (bool(head.bullet) and head.hang > 0 and abs(f.x0 - (head.x0 - head.hang)) < 4)
    if f.bullet or (abs(f.x0 - head.x0) >= 4 and not hanging) or not -2 <= prev.bottom - f.top < 0.85 * f.size:
        return False
    if list_number(f.text):
        return False  # a line opening with a number of its own ("2. Deployment of staff") starts its own entry
    if abs(f.size - head.size) >= 0.6:
        return False  # a line in other print is the text under the heading, whatever its length
    if f.bold == head.bold:
        # a line stopping well short of the one under it was ended, not wrapped ("二、雨情水情" over its text)
        return prev.x1 >= f.x1 - 2 * f.size
    word = f.text.split(maxsplit=1)[0] if f.text.strip() else ""
    per_char = (f.x1 - f.x0) / max(len(f.text), 1)
    return prev.x1 + per_char * (len(word) + 1) > f.x1 - 2


def heading_level(token: str, has_roman: bool) -> int:
    """Roman numerals head level 1; "1." under them is level 2; "2.1" is one level below "2."."""
    kind, depth = scheme(token)
    if kind in ("roman", "hanzi"):
        return 1
    if kind == "hanzi-bracketed":
        return 2
    if kind == "arabic":
        return min(depth + (1 if has_roman else 0), 4)
    return 2 if has_roman else 1
