"""Headings marked by a glyph: the "□ 개요", "■ 概要" lines of a Korean or Japanese report, each over its
points marked with another glyph ("○", "・"), head those points.

A reader takes a run of marked lines for a list; when every line of one mark is a short label (no sentence)
and opens points of its own set with another mark, the marks count levels, as numbers do ("1." over "a)"):
the first mark heads the second. Marks kept as printed, as a number is kept in a numbered heading.
"""

from __future__ import annotations

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

# the glyphs reports use to mark a part's heading (a list's plain points are "•", "○", "・", "-")
HEADING_MARKS = "■□◆◇▣◎●"
_SENTENCE_END = (".", "。", "!", "?", ";", ":", "：", "다")
MAX_LABEL_WORDS = 8
MAX_LABEL_CHARS = 30


def promote_mark_headings(units: list[Unit]) -> list[Unit]:
    """Turn the items of a heading mark that each head points of another mark into headings."""
    out = list(units)
    marks = [_mark(u) for u in units]
    for mark in HEADING_MARKS:
        idx = [i for i, m in enumerate(marks) if m is not None and m[0] == mark]
        if len(idx) < 2 or not all(_label(marks[i][1]) for i in idx):
            continue
        nexts = [units[i + 1] if i + 1 < len(units) else None for i in idx]
        # each opens content of its own, not the next line of its list or a heading
        if any(n is not None and (n.kind is BlockKind.HEADING or (_mark(n) or ("",))[0] == mark) for n in nexts):
            continue
        # ... most of them points set with another mark: the marks count levels
        if sum(n is not None and n.kind is BlockKind.ITEM for n in nexts) * 2 < len(idx):
            continue
        for i in idx:
            u = units[i]
            out[i] = Unit(f"{mark} {marks[i][1]}", BlockKind.HEADING, u.page, u.start, u.end, 2, None, dict(u.style))
    return out


def _mark(u: Unit) -> tuple[str, str] | None:
    """The heading mark a list item opens with, as its bullet or typed before its text, and its text."""
    if u.kind is not BlockKind.ITEM:
        return None
    if (u.bullet or "").strip() in HEADING_MARKS and (u.bullet or "").strip():
        return u.bullet.strip(), u.text.strip()
    t = u.text.strip()
    if t[:1] in HEADING_MARKS and t[1:2] == " ":
        return t[0], t[2:].strip()
    return None


def _label(text: str) -> bool:
    """A short label: a few words (or characters, in a script written without spaces), no sentence."""
    t = text.strip()
    return (
        bool(t)
        and len(t.split()) <= MAX_LABEL_WORDS
        and len(t) <= MAX_LABEL_CHARS
        and not t.endswith(_SENTENCE_END)
        and any(c.isalpha() for c in t)
    )
