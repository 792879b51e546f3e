"""Text runs from pdfium: one fragment per text rectangle, with its characters, size and weight."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.extract.pdf.structs import Frag


def font_info(tp: pdfium.PdfTextPage, index: int, buf: ctypes.Array) -> tuple[float, bool]:
    """Font size and boldness of one character (weight, or a bold/black/heavy font name)."""
    size = pdfium_c.FPDFText_GetFontSize(tp, index)
    weight = pdfium_c.FPDFText_GetFontWeight(tp, index)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(tp, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1", "replace").lower()
    return float(size), weight >= 600 or "bold" in name or "black" in name or "heavy" in name


def read_runs(tp: pdfium.PdfTextPage) -> list[Frag]:
    """One Frag per pdfium text rectangle, with its own characters and the font of its first one."""
    buf = ctypes.create_string_buffer(128)
    n = pdfium_c.FPDFText_CountRects(tp, 0, -1)
    boxes = [tp.get_rect(i) for i in range(n)]
    starts = []
    for left, bottom, right, top in boxes:
        mid = (bottom + top) / 2
        idx = pdfium_c.FPDFText_GetCharIndexAtPos(tp, left + 0.6, mid, 1.0, 1.0)
        if idx < 0:
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(tp, left + 1.5, mid, 2.5, 3.5)
        if idx < 0:
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(tp, (left + right) / 2, mid, 3.0, 3.0)
            # found mid-run: walk back to the run's first character (rare, so per-char calls are fine)
            steps = 0
            while idx > 0 and steps < 500:
                x0, b0, _x1, t0 = tp.get_charbox(idx - 1)
                if x0 < left - 0.5 or not (bottom - 2 <= (b0 + t0) / 2 <= top + 2):
                    break
                idx -= 1
                steps += 1
        # overlapping boxes (a hyphen's box reaching into the next run) can point at the char before
        steps = 0
        while idx >= 0 and steps < 3 and tp.get_charbox(idx)[0] < left - 0.5:
            idx += 1
            steps += 1
        starts.append(idx)
    total = tp.count_chars()
    runs: list[Frag] = []
    for i, (left, bottom, right, top) in enumerate(boxes):
        idx = starts[i]
        nxt = starts[i + 1] if i + 1 < n else total
        text = ""
        if 0 <= idx < nxt <= idx + 2000:
            # the characters between this run and the next: pdfium's own spacing, no overlap
            text = tp.get_text_range(idx, nxt - idx)
        if not text.strip() or len(text.strip()) > (right - left) / 1.2 + 3:
            text = tp.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", " ").replace("\n", " ").replace("\x02", "-").replace("\ufffe", "-")
        if not text.strip():
            continue
        if idx >= 0:
            angle = pdfium_c.FPDFText_GetCharAngle(tp, idx)
            # rotated text (axis titles, slanted tick labels of charts); a slight slant is only a skew
            if 0.6 < angle < 5.7 or (right - left < 0.5 * (top - bottom) and len(text.strip()) >= 3):
                continue
        size, bold = font_info(tp, idx, buf) if idx >= 0 else (top - bottom, False)
        if size <= 1.5:  # generated characters report size 1: fall back on the box
            size = max(top - bottom, 4.0)
        runs.append(Frag(text, left, right, bottom, top, size, bold))
    return runs
