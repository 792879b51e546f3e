"""Right-to-left text (Arabic, Hebrew, Syriac, Thaana, N'Ko scripts) in a PDF's text runs.

pdfium keeps a page's characters in reading order, but a run of right-to-left text starts at its right
edge: the character under its left edge is its last. A page set right to left is read as its mirror image:
its lines start at the right, a bullet stands at their right, a list's points are set in from the right
edge, and of two columns the right one is read first — as every rule written for pages set left to right
expects once the page is turned over.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.extract.pdf.structs import Frag

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their supplements; the presentation forms
_RTL_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))


_RTL = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _RTL_BLOCKS) + "]")


def rtl_code(code: int) -> bool:
    """The code point is a letter of a right-to-left script."""
    return _RTL.match(chr(code)) is not None


def has_rtl(text: str) -> bool:
    """The text holds a letter of a right-to-left script (a page's text: whether any of this is needed)."""
    return _RTL.search(text) is not None


def ltr_letter(code: int) -> bool:
    """The code point is a letter of a left-to-right script."""
    return chr(code).isalpha() and not rtl_code(code)


def rtl_text(text: str) -> bool:
    """Most of the text's letters are of right-to-left scripts."""
    if not has_rtl(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(_RTL.findall(text)) > len(letters) / 2


def logical_start(tp: pdfium.PdfTextPage, idx: int, box: tuple[float, float, float, float]) -> int:
    """The first character, in reading order, of the run in ``box`` whose character ``idx`` was found at its
    left edge: right-to-left text starts at the box's right edge."""
    left, bottom, right, top = box
    mid = (bottom + top) / 2
    at_right = pdfium_c.FPDFText_GetCharIndexAtPos(tp.raw, right - 0.6, mid, 1.0, 1.0)
    if at_right < 0:
        at_right = pdfium_c.FPDFText_GetCharIndexAtPos(tp.raw, right - 1.5, mid, 2.5, 3.5)
    edges = [k for k in (idx, at_right) if k >= 0]
    # a space or a stop may stand at both edges (a run after a bold lead ends with "." and opens after a space):
    # its middle says which way it runs
    inside = pdfium_c.FPDFText_GetCharIndexAtPos(tp.raw, (left + right) / 2, mid, 3.0, 3.0)
    if not any(rtl_code(pdfium_c.FPDFText_GetUnicode(tp.raw, k)) for k in [*edges, inside] if k >= 0):
        return idx  # a figure or a stop opening a left-to-right run: the run starts where it was found
    # the first character in reading order may stand further in than the edge's glyph ("1." opening a line
    # is kept as "." then "1"): the characters before it inside the box are the run's too
    return first_inside(tp, min(edges), box)


def first_inside(tp: pdfium.PdfTextPage, idx: int, box: tuple[float, float, float, float]) -> int:
    """Character ``idx`` of a run, walked back to the first of the characters before it that stand inside
    the run's box on its line (per character, so only where the run's start was not found at its edge)."""
    left, bottom, right, top = box
    steps = 0
    while idx > 0 and steps < 500:
        x0, b0, x1, t0 = tp.get_charbox(idx - 1)
        if x0 < left - 0.5 or x1 > right + 0.5 or not (bottom - 2 <= (b0 + t0) / 2 <= top + 2):
            break
        idx -= 1
        steps += 1
    return idx


Box = tuple[float, float, float, float]


def rtl_page(runs: list[Frag]) -> bool:
    """Most of the page's letters are of right-to-left scripts: the page is set right to left."""
    return rtl_text("".join(r.text for r in runs))


def mirror_frag(f: Frag, width: float) -> None:
    """``f`` as it stands on the page's mirror image (in place)."""
    f.x0, f.x1 = width - f.x1, width - f.x0


def mirror_boxes(boxes: list[Box], width: float) -> list[Box]:
    """Boxes (x0, bottom, x1, top) as they stand on the page's mirror image."""
    return [(width - x1, b, width - x0, t) for x0, b, x1, t in boxes]


def mirror_spans(spans: list[tuple[float, float, float]], width: float) -> list[tuple[float, float, float]]:
    """Horizontal extents with a height (x0, x1, y) as they stand on the page's mirror image."""
    return [(width - x1, width - x0, y) for x0, x1, y in spans]


def mirror_verticals(segs: list[tuple[float, float, float]], width: float) -> list[tuple[float, float, float]]:
    """Vertical strokes (x, bottom, top) as they stand on the page's mirror image."""
    return [(width - x, b, t) for x, b, t in segs]


# what may stand between the letters or digits of a left-to-right stretch and stay in it: "COVID-19", "12,5", "3/4",
# the Arabic thousands and decimal marks ("۱٬۴۲۳", "۲٫۵")
_JOINERS = " .,:-/%+'’\u066b\u066c"


def reading_order(tp: pdfium.PdfTextPage, idx: int, count: int) -> str:
    """The text of a right-to-left run of ``count`` characters from ``idx``, from where its glyphs stand.

    pdfium's own order misplaces what is neither right-to-left nor left-to-right by itself: a full stop
    after a figure ("340." read ".340"), a list's "1." read ".1". Read from the right edge, glyph by glyph,
    the text is in reading order, except that a stretch of digits or Latin letters reads left to right. The
    two letters of a ligature share its glyph's box and come in the order the glyph maps them to."""
    glyphs = []
    for k in range(idx, idx + count):
        ch = tp.get_text_range(k, 1)
        if ch in ("\r", "\n", ""):
            continue
        x0, _b, x1, _t = tp.get_charbox(k)
        glyphs.append((-(x0 + x1) / 2, -k, ch))
    order = [ch for *_, ch in sorted(glyphs)]
    out: list[str] = []
    n = 0
    while n < len(order):
        if not _ltr(order[n]):
            out.append(order[n])
            n += 1
            continue
        end = n + 1
        while end < len(order) and (
            _ltr(order[end]) or (order[end] in _JOINERS and end + 1 < len(order) and _ltr(order[end + 1]))
        ):
            end += 1
        out.extend(reversed(order[n:end]))
        n = end
    return "".join(out)


def _ltr(ch: str) -> bool:
    return ch.isdigit() or ltr_letter(ord(ch))
