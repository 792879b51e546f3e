"""Text runs from pdfium: one fragment per text rectangle, with its characters, size and weight."""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_left, bisect_right

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.extract.pdf.noheight import line_break, unboxed, unboxed_at
from sitroom.extract.pdf.rtl import first_inside, has_rtl, logical_start, ltr_letter, reading_order, rtl_text
from sitroom.extract.pdf.structs import Frag
from sitroom.text.spacing import has_unspaced

# what may follow the digits of a number without a space: more digits, a range, decimals, a percentage, an ordinal
_NUMBER_GOES_ON = re.compile(r"\d|[-–.,]\d|%|(st|nd|rd|th|er|e|ème)\b")
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag 19


# a page printed a little smaller (a browser's "fit to page") keeps the sizes its spacing was measured in; one
# drawn at under this share of its size is a page shrunk onto another, its lines as close as its letters are small
_SHRUNK = 0.6


class _Fonts:
    """Font size and boldness of the characters of one text page.

    The font name decides when it names a weight ("Arial-BoldMT", "Calibri-Bold"); the descriptor's
    weight is derived from stem widths and unreliable (an italic may report 645, a bold 340), so it only
    counts when it is clearly bold and the name says nothing. The verdict is kept per font; the buffers
    pdfium writes into are made once per page, not once per run.
    """

    def __init__(self, tp: pdfium.PdfTextPage) -> None:
        self.tp = tp.raw
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.flags_ref = ctypes.byref(self.flags)
        self.seen: dict[tuple[bytes, int], bool | None] = {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)

    def info(self, index: int, height: float) -> tuple[float, bool]:
        """Font size and boldness of character ``index``, in a run ``height`` high."""
        size = float(pdfium_c.FPDFText_GetFontSize(self.tp, index))
        # a run far lower than its font's size is drawn scaled: only then is the scale worth asking
        if (size <= 1.5 or height < _SHRUNK * size) and pdfium_c.FPDFText_GetMatrix(self.tp, index, self.matrix_ref):
            # the size as printed: a font set at size 1 and scaled by the text matrix (as some word processors
            # write it), or a page drawn at under ``_SHRUNK`` its size onto another (slides printed three to a
            # page), is the size times the scale, the same for every line, whatever its letters reach
            scale = math.hypot(self.matrix.c, self.matrix.d)
            if size <= 1.5 or scale < _SHRUNK:
                size *= scale
        pdfium_c.FPDFText_GetFontInfo(self.tp, index, self.name, len(self.name), self.flags_ref)
        key = (self.name.value, self.flags.value)
        bold = self.seen.get(key, _UNSEEN)
        if bold is _UNSEEN:
            name = key[0].decode("latin-1", "replace").lower()
            if any(w in name for w in _BOLD_NAMES) or key[1] & _FORCE_BOLD:
                bold = True
            elif any(w in name for w in ("italic", "oblique", "regular", "light", "roman", "book", "medium")):
                bold = False
            else:  # the name says nothing: the weight decides, character by character
                bold = None
            self.seen[key] = bold
        if bold is None:
            return size, pdfium_c.FPDFText_GetFontWeight(self.tp, index) >= 700
        return size, bold


_UNSEEN = object()


def _under_watermark(
    tp: pdfium.PdfTextPage, boxes: list[tuple[float, ...]], starts: list[int], angles: list[float], slanted: set[int]
) -> tuple[list[int], list[float]]:
    """Each run's first character where a slanted watermark glyph, whose box spans many lines, was found at the
    run's left edge instead: the leftmost upright character inside the run."""
    upright: list[tuple[float, int, tuple[float, ...]]] = []
    middles: list[float] = []
    starts, angles = list(starts), list(angles)
    for i, rect in enumerate(boxes):
        if starts[i] < 0 or _spans(tp.get_charbox(starts[i]), rect):
            continue  # a run found at its own first character (the watermark's own run among them)
        if not upright:
            # the upright characters by the middle of their box across the page, so that a run looks only at its
            # own span; read once, and only on a page where some run needs them
            upright = sorted(
                ((box[0] + box[2]) / 2, k, box)
                for k in range(tp.count_chars())
                if k not in slanted
                for box in [tp.get_charbox(k)]
            )
            middles = [mid for mid, _, _ in upright]
        span = upright[bisect_left(middles, rect[0] - 0.5) : bisect_right(middles, rect[2] + 0.5)]
        inside = [(box[0], k) for _, k, box in span if _spans(box, rect)]
        if inside:
            starts[i], angles[i] = min(inside)[1], 0.0
    return starts, angles


def _round_watermark(tp: pdfium.PdfTextPage, idx: int, rect: tuple[float, ...], slanted: list[int]) -> bool:
    """The run's rectangle stands several lines high round a watermark's slanted letters, set far larger than the
    text (a chart's turned axis title is as small as its labels)."""
    size = float(pdfium_c.FPDFText_GetFontSize(tp.raw, idx)) or 10.0
    big = (k for k in slanted if float(pdfium_c.FPDFText_GetFontSize(tp.raw, k)) >= _WATERMARK_PRINT * size)
    return rect[3] - rect[1] > _WATERMARKED_LINES * size and any(_spans(tp.get_charbox(k), rect) for k in big)


_WATERMARKED_LINES = 3
_WATERMARK_PRINT = 2.5  # a watermark's letters are set this many times the text's size, at least


def _runs_inside(
    tp: pdfium.PdfTextPage, fonts: _Fonts, rect: tuple[float, ...], slanted: set[int], others: list[tuple[float, ...]]
) -> list[Frag]:
    """The upright characters inside a watermark's rectangle and in no other run's (``others``), in the page's order,
    as runs: one ends at a line break, another baseline, a step back to the left or a wide gap."""
    runs: list[Frag] = []
    cur: list[tuple[int, str, tuple[float, ...]]] = []

    def flush() -> None:
        word = "".join(ch for _, ch, _ in cur).strip()
        if word:
            boxed = [(k, b) for k, ch, b in cur if not ch.isspace()]
            runs.append(_frag_of(fonts, word, boxed[0][0], [b for _, b in boxed], below=0.0))
        cur.clear()

    for k in range(tp.count_chars()):
        if k in slanted:
            continue
        box = tp.get_charbox(k)
        inside = _spans(box, rect) and not any(_spans(box, o) for o in others)
        if not inside and not cur:
            continue
        ch = tp.get_text_range(k, 1)
        if ch in ("\r", "\n") or (not inside and not ch.isspace()):
            flush()
            continue
        if cur and not ch.isspace():
            last = next((b for _, c, b in reversed(cur) if not c.isspace()), None)
            size = float(pdfium_c.FPDFText_GetFontSize(tp.raw, k)) or 10.0
            if last is not None and (abs(box[1] - last[1]) > 0.5 * size or not -1 < box[0] - last[2] < size):
                flush()
        cur.append((k, ch, box))
    flush()
    return runs


def _frag_of(fonts: _Fonts, word: str, first: int, boxes: list[tuple[float, ...]], below: float) -> Frag:
    """A run read from its characters (``first`` the first one's index, ``boxes`` theirs but spaces'), as high as its
    type, ``below`` of that height under their lowest edge."""
    size, bold = fonts.info(first, 0.0)
    base = min(b[1] for b in boxes)
    return Frag(word, boxes[0][0], max(b[2] for b in boxes), base - below * size, base + (1 - below) * size, size, bold)


def _spans(box: tuple[float, ...], rect: tuple[float, ...]) -> bool:
    """The character box's middle lies in the run's rectangle."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return rect[0] - 0.5 <= x <= rect[2] + 0.5 and rect[1] - 0.5 <= y <= rect[3] + 0.5


def _slanted(angle: float) -> bool:
    """A glyph turned from the line (radians), more than a scan's skew."""
    return 0.35 < angle < 5.93


def read_runs(tp: pdfium.PdfTextPage, overprinted: bool = False) -> list[Frag]:
    """One Frag per pdfium text rectangle, with its own characters and the font of its first one.

    On a page with overprinted (fake bold) text, a glyph pdfium kept twice is read once.
    """
    fonts = _Fonts(tp)
    raw = tp.raw  # the handle itself: pdfium is called several times for each of thousands of runs
    n = pdfium_c.FPDFText_CountRects(raw, 0, -1)
    boxes = [tp.get_rect(i) for i in range(n)]
    total = tp.count_chars()
    rtl = has_rtl(tp.get_text_range(0, total))  # a page with no right-to-left letter needs none of its rules
    starts = []
    for left, bottom, right, top in boxes:
        mid = (bottom + top) / 2
        idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, left + 0.6, mid, 1.0, 1.0)
        if idx < 0:
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, left + 1.5, mid, 2.5, 3.5)
        if idx < 0:
            # glyphs of a font not embedded (Chinese or Japanese type) have no height: their boxes lie on the
            # baseline, at the bottom of a run whose figures alone gave it height
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, left + 1.5, bottom, 2.5, 3.0)
        if idx < 0:
            # ... or a little over it, where a figure's comma ("7,786") reaches under the baseline (pdfium's
            # tolerance spans both sides of the point): only a glyph of no height is such a run's start
            idx = unboxed_at(tp, pdfium_c.FPDFText_GetCharIndexAtPos(raw, left + 1.5, bottom, 2.5, 6.0))
        if idx < 0:
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(raw, (left + right) / 2, mid, 3.0, 3.0)
            # found mid-run: walk back to the run's first character (rare, so per-char calls are fine)
            idx = first_inside(tp, idx, (left, bottom, right, top)) if idx >= 0 else idx
        if rtl and idx >= 0 and not ltr_letter(pdfium_c.FPDFText_GetUnicode(raw, idx)):
            # a right-to-left run, or one whose left edge is a figure or a stop that may close such a run
            idx = logical_start(tp, idx, (left, bottom, right, top))
        # overlapping boxes (a hyphen's box reaching into the next run) can point at the char before
        steps = 0
        while idx >= 0 and steps < 3 and tp.get_charbox(idx)[0] < left - 0.5:
            idx += 1
            steps += 1
        starts.append(idx)
    angles = [pdfium_c.FPDFText_GetCharAngle(raw, idx) if idx >= 0 else 0.0 for idx in starts]
    # a watermark's letters, drawn slanted across the page, fall between a line's characters in pdfium's order:
    # on a page with a slanted run, every slanted character is found and left out of the runs it falls in
    slanted: list[int] = []
    if any(idx >= 0 and _slanted(angle) for idx, angle in zip(starts, angles, strict=True)):
        slanted = [k for k in range(total) if _slanted(pdfium_c.FPDFText_GetCharAngle(raw, k))]
        starts, angles = _under_watermark(tp, boxes, starts, angles, set(slanted))
    runs: list[Frag] = []
    spans: list[tuple[int, int]] = []  # character range of each run
    for i, (left, bottom, right, top) in enumerate(boxes):
        idx = starts[i]
        nxt = starts[i + 1] if i + 1 < n else total
        text = ""
        orphans: list[Frag] = []
        if slanted and idx >= 0 and _round_watermark(tp, idx, boxes[i], slanted):
            # a rectangle pdfium drew round a watermark's letters and the parts of the lines they cross: those are
            # read line by line from their own characters
            others = [b for j, b in enumerate(boxes) if j != i and b[0] < right and b[2] > left]
            parts = _runs_inside(tp, fonts, boxes[i], set(slanted), others)
            runs += parts
            spans += [(-1, -1)] * len(parts)
            continue
        if 0 <= idx < nxt <= idx + 2000:
            # the characters between this run and the next: pdfium's own spacing, no overlap
            text = tp.get_text_range(idx, nxt - idx)
            if len(text) == nxt - idx and (cut := line_break(text)) is not None and unboxed(tp, idx + cut, nxt):
                # lines pdfium gave no rectangle (glyphs of no height, in type the reader supplies) run on after
                # this run's own line in its range: they are read from their characters, and the run ends at its line
                orphans = _unboxed_runs(tp, fonts, idx + cut, text[cut:])
                text, nxt = text[:cut], idx + cut
            if (
                slanted
                and (cut := [k - idx for k in slanted[bisect_right(slanted, idx) : bisect_left(slanted, nxt)]])
                and len(text) == nxt - idx
            ):
                text = "".join(ch for n, ch in enumerate(text) if n not in cut)
            if overprinted and _DOUBLED.search(text):
                text = _undouble(tp, idx, text)
            if rtl and rtl_text(text):
                text = reading_order(tp, idx, nxt - idx)
        if not text.strip() or len(text.strip()) > (right - left) / 1.2 + 3:
            text = tp.get_text_bounded(left, bottom, right, top)
        if "\ufffe" in text and 0 <= idx < nxt <= idx + 2000:
            text = _unmapped(raw, idx, text)
        text = text.replace("\r", " ").replace("\n", " ").replace("\x02", "-").replace("\ufffe", "-")
        if not text.strip():
            continue
        # rotated text (axis titles, slanted tick labels of charts); a slight slant is only a skew
        if idx >= 0 and (_slanted(angles[i]) or (right - left < 0.5 * (top - bottom) and len(text.strip()) >= 3)):
            continue
        # glyphs of no height (type the reader supplies) say nothing of a scale: only the figures among them
        # gave the run its height
        height = top - bottom if not has_unspaced(text) else math.inf
        size, bold = fonts.info(idx, height) if idx >= 0 else (top - bottom, False)
        if size <= 1.5:  # generated characters report size 1: fall back on the box
            size = max(top - bottom, 4.0)
        if top - bottom < 0.8 * size and has_unspaced(text):
            # a font not embedded in the file (Chinese or Japanese type the reader supplies) gives its glyphs no
            # height, and a run of them with figures only the figures' height: the run stands on its baseline,
            # as high as its type
            bottom, top = bottom - 0.12 * size, bottom + 0.88 * size
        run = Frag(text, left, right, bottom, top, size, bold)
        if runs and overprinted and _twin(runs[-1], run):
            continue  # the same glyphs again, drawn over the last ones
        if runs and idx >= 0 and spans[-1][1] == idx and _contiguous(runs[-1], run):
            _extend(runs[-1], run)
            spans[-1] = (spans[-1][0], nxt)
            continue
        runs.append(run)
        spans.append((idx, nxt))
        runs += orphans
        spans += [(-1, -1)] * len(orphans)
    return runs


def _unboxed_runs(tp: pdfium.PdfTextPage, fonts: _Fonts, start: int, text: str) -> list[Frag]:
    """Runs read from characters ``start`` on (``text``): one per line, parted where a gap wider than the type
    stands between two characters (a table's cells), each standing on its baseline as high as its type."""
    runs: list[Frag] = []
    chars: list[int] = []  # a run's characters, by index
    boxes: list[tuple[float, float, float, float]] = []  # the boxes of its characters other than spaces

    def flush() -> None:
        word = "".join(text[k - start] for k in chars).strip()
        if word:
            first = next(k for k in chars if not text[k - start].isspace())
            runs.append(_frag_of(fonts, word, first, boxes, below=0.12))
        chars.clear()
        boxes.clear()

    for k, ch in enumerate(text, start):
        if ch in "\r\n":
            flush()
            continue
        if not ch.isspace():  # a space has no box: the gap to the next character tells whether it parts two cells
            box = tp.get_charbox(k)
            if boxes and box[0] - boxes[-1][2] > (float(pdfium_c.FPDFText_GetFontSize(tp.raw, k)) or 10.0):
                flush()
            boxes.append(box)
        chars.append(k)
    flush()
    return runs


# pdfium writes U+FFFE for a hyphen it knows (its code 2: "follow-up", "COVID-19") and for a glyph that maps
# to no text at all. Inside a word, such a glyph is a ligature whose font forgot its letters ("con?rmed",
# "?rst"); fi is by far the commonest, so it is read as fi: "confirmed" rather than "con-rmed".
_LIGATURE = "fi"


def _unmapped(raw: object, idx: int, text: str) -> str:
    """``text`` (characters ``idx`` on) with each glyph that has no text and stands inside a word read as
    its ligature; the hyphens pdfium also writes as U+FFFE are left to become "-"."""
    out = []
    for j, ch in enumerate(text):
        if ch == "\ufffe" and pdfium_c.FPDFText_GetUnicode(raw, idx + j) == 0:
            before = chr(pdfium_c.FPDFText_GetUnicode(raw, idx + j - 1) or 32) if idx + j > 0 else " "
            after = chr(pdfium_c.FPDFText_GetUnicode(raw, idx + j + 1) or 32)
            if (before.isalpha() or before.isspace()) and after.isalpha() and after.islower():
                ch = _LIGATURE
        out.append(ch)
    return "".join(out)


_DOUBLED = re.compile(r"([^\W\d_])\1")


def _undouble(tp: pdfium.PdfTextPage, idx: int, text: str) -> str:
    """Drop the second of two equal letters drawn on top of each other ("Santté" → "Santé")."""
    out = list(text)
    for m in reversed(list(_DOUBLED.finditer(text))):
        k = m.start()
        a, b = tp.get_charbox(idx + k), tp.get_charbox(idx + k + 1)
        if abs(b[0] - a[0]) < 0.7 * max(a[2] - a[0], 0.1):
            del out[k + 1]
    return "".join(out)


def _twin(prev: Frag, run: Frag) -> bool:
    """A run repeating the end of the last one over most of its width (one pass of a fake bold)."""
    t = run.text.strip()
    width = run.x1 - run.x0
    return (
        bool(t) and prev.text.rstrip().endswith(t) and prev.x1 - run.x0 > 0.5 * width and run.x1 - prev.x1 < 0.5 * width
    )


# a raised run this much smaller than the text before it is a mark set after the word
_RAISED_SIZE = 0.85


def _contiguous(prev: Frag, run: Frag) -> bool:
    """Two runs that make one word: next in pdfium's character order with no space between them, on
    one baseline, and closer than a word space for their size ("Ente" + "rprise"); the digits of one
    number ("1" + "88 deaths", "21" + "-30", "1" + "st") may sit further apart, a narrow glyph's
    side bearings widening the gap between their boxes."""
    if prev.text[-1:].isspace() or run.text[:1].isspace() or prev.bold != run.bold:
        return False
    if prev.text[-1:].isalpha() and run.size <= _RAISED_SIZE * prev.size and run.bottom > prev.bottom + 0.2 * prev.size:
        return False  # a note's mark raised after a word ("gaugeᵃ"), not the word's last letters
    height = min(prev.top - prev.bottom, run.top - run.bottom)
    overlap = min(prev.top, run.top) - max(prev.bottom, run.bottom)
    if overlap <= 0.5 * height:
        return False
    gap = run.x0 - prev.x1
    size = min(prev.size, run.size)
    in_number = prev.text[-1:].isdigit() and _NUMBER_GOES_ON.match(run.text) is not None
    return -0.5 * size < gap < (0.45 if in_number else 0.1) * size


def _extend(prev: Frag, run: Frag) -> None:
    if len(run.text.strip()) > len(prev.text.strip()):  # the style of the longer part (not a drop cap's)
        prev.size = run.size
    prev.text += run.text
    prev.x1 = max(prev.x1, run.x1)
    prev.bottom = min(prev.bottom, run.bottom)
    prev.top = max(prev.top, run.top)
    if len(run.text.strip()) > len(prev.text.strip()) // 2:
        prev.bold = prev.bold and run.bold
