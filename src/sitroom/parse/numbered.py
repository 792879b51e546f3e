"""Numbered headings: "1) Project Members:", "I. POINTS SAILLANTS", "2.1 Surveillance" read as headings.

Extractors see a number and report a list item. A reader sees a heading when the numbered lines
each open a run of other content (bullets, paragraphs) instead of following one another: the
numbers then count sections, not entries. A numbered line counts only when it is shaped like a
heading (short, no sentence punctuation at its end). A lone Roman-numeral, multi-level ("2.1")
or capitalised numbered line that opens content is a heading too.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sitroom.model import BlockKind
from sitroom.parse.units import Unit
from sitroom.text.glyphs import ARABIC_ORDINAL, HANZI_NUMERALS, LATIN_ORDINAL

_ARABIC = re.compile(r"^\(?(\d{1,2})([.)-])$")
_MULTI = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
_ROMAN = re.compile(r"^\(?(?=[ivxlc]+[.)])(?:x{0,3})(?:ix|iv|v?i{0,3})[.)]$", re.I)
_LETTER = re.compile(r"^\(?[a-z][.)]$", re.I)
_HANZI = re.compile(rf"^(?:[{HANZI_NUMERALS}]{{1,3}}、|[（(][{HANZI_NUMERALS}]{{1,3}}[）)])$")
_ORDINAL = re.compile(rf"^(?:{ARABIC_ORDINAL}|{LATIN_ORDINAL})$", re.I)
_SENTENCE_END = re.compile(r"[.;,!?。；，！？]['\"”’)\]」』]*$")
_PAREN = re.compile(r"\([^)]*\)")
MAX_HEADING_WORDS = 15


def label_style(label: str | None) -> str | None:
    """The numbering style of a list label ("1)" → "arabic)"), None for bullets and glyphs."""
    if not label:
        return None
    label = label.strip()
    if label[:1] and "\u2160" <= label[:1] <= "\u216b":
        return "roman" + label[-1]  # "Ⅰ.", a Roman numeral as one character
    if _HANZI.match(label):
        return "hanzi" + label[-1]  # "一、" parts, "（一）" sections under them
    if _MULTI.match(label):
        return "multi"
    if _ORDINAL.match(label):
        return "ordinal"  # "أولاً:", "ثانياً:", "First:": the parts a document counts off in words
    if m := _ARABIC.match(label):
        return "arabic" + m.group(2)
    if _ROMAN.match(label):
        return "roman" + label[-1]
    if _LETTER.match(label):
        return "letter" + label[-1] + ("upper" if label.strip("().").isupper() else "")
    return None


def _heading_shaped(text: str) -> bool:
    # A bracketed note ("(indicate which ones are late)") explains the heading; it does not lengthen it.
    words = len(_PAREN.sub(" ", text).split())
    return words <= MAX_HEADING_WORDS and not _SENTENCE_END.search(text) and any(c.isalpha() for c in text)


def _level(label: str) -> int:
    return label.strip(".").count(".") + 1 if _MULTI.match(label.strip()) else 1


def promote_numbered_headings(units: list[Unit]) -> list[Unit]:
    """Turn numbered items that head runs of content into headings (label kept, as printed)."""
    by_style: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        if u.kind is BlockKind.ITEM and u.level == 1 and (style := label_style(u.bullet)):
            by_style[style].append(i)
    promoted: dict[str, list[int]] = {}
    for style, idx in by_style.items():
        members = set(idx)
        # The last numbered line may close the document: a section left empty this time.
        opens = [
            i + 1 not in members and (i + 1 == len(units) or units[i + 1].kind is not BlockKind.HEADING) for i in idx
        ]
        shaped = [_heading_shaped(units[i].text) for i in idx]
        if not all(opens) or not all(shaped) or (len(idx) == 1 and idx[0] + 1 == len(units)):
            continue
        strong = style in ("multi", "roman.", "roman)", "hanzi、", "hanzi）", "hanzi)") or all(
            units[i].text.isupper() for i in idx
        )
        if len(idx) >= 2 or strong:
            promoted[style] = idx
    if not promoted:
        return units
    # Roman numerals over Arabic ones: "I. POINTS SAILLANTS" above "1. Situation des alertes".
    has_roman = any(s.startswith("roman") for s in promoted)
    out = list(units)
    for style, idx in promoted.items():
        for i in idx:
            u = units[i]
            label = (u.bullet or "").strip()
            level = _level(label) + (1 if has_roman and not style.startswith("roman") else 0)
            level = 2 if style in ("hanzi）", "hanzi)") else level  # "（一）" under "一、"
            text = f"{label}{u.text}" if style.startswith("hanzi") else f"{label} {u.text}"  # as printed
            out[i] = Unit(text, BlockKind.HEADING, u.page, u.start, u.end, level, None, dict(u.style))
    return out
