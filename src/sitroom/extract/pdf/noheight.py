"""Glyphs of no height: type the reader supplies (a font not embedded, as Chinese or Japanese type often is), which
pdfium gives boxes of no height on the baseline and no rectangle of their own."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

_BREAK = re.compile(r"\r?\n(?=\s*\S)")


def line_break(text: str) -> int | None:
    """Where a run's characters go on past a line break to more text, or None."""
    m = _BREAK.search(text.rstrip())
    return m.start() if m else None


def unboxed(tp: pdfium.PdfTextPage, start: int, end: int) -> bool:
    """The characters ``start``..``end`` are glyphs of no height (type the reader supplies), which pdfium gives no
    rectangle; lines of glyphs with height have rectangles of their own."""
    for k in range(start, end):
        left, bottom, right, top = tp.get_charbox(k)
        if right > left and top - bottom > 0.5:
            return False
    return True


def unboxed_at(tp: pdfium.PdfTextPage, idx: int) -> int:
    """``idx`` where the character there is a glyph of no height, else -1."""
    if idx < 0:
        return idx
    _left, bottom, _right, top = tp.get_charbox(idx)
    return idx if top - bottom <= 0.5 else -1
