"""A page whose text runs sideways: a landscape page set on a portrait sheet, its lines turned a quarter, as a wide
table (a risk register) is printed between portrait pages. A reader turns the sheet; so is the page turned upright
before it is read, its text, rules and pictures alike. Read as it stands, every line was taken for a slanted
watermark's and the page was lost."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# most of the page's letters turned the same quarter: a page set sideways, not an axis title or a stamp on it
SIDEWAYS_SHARE = 0.6
MIN_LETTERS = 20
SAMPLE = 120
_TOLERANCE = 0.05


def turn_upright(page: pdfium.PdfPage, tp: pdfium.PdfTextPage) -> bool:
    """Turn ``page`` upright when most of its letters run up or down the sheet; True when it was turned (its
    text page must then be read again)."""
    raw = tp.raw
    up = down = letters = 0
    total = tp.count_chars()
    # a sample of the page's characters, spread over it, tells: pdfium is called twice for each one looked at
    for k in range(0, total, max(1, total // SAMPLE)):
        if chr(pdfium_c.FPDFText_GetUnicode(raw, k) or 32).isspace():
            continue
        letters += 1
        angle = pdfium_c.FPDFText_GetCharAngle(raw, k)
        up += abs(angle - math.pi / 2) < _TOLERANCE
        down += abs(angle - 3 * math.pi / 2) < _TOLERANCE
    if letters < MIN_LETTERS or max(up, down) < SIDEWAYS_SHARE * letters:
        return False
    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    turn = pdfium.PdfMatrix().translate(-left, -bottom)
    if down > up:  # lines running down the sheet are turned a quarter clockwise
        turn = turn.rotate(90, ccw=False).translate(0, width)
    else:  # ... lines running up it, a quarter the other way
        turn = turn.rotate(90, ccw=True).translate(height, 0)
    for obj in page.get_objects():
        obj.transform(turn)
    page.gen_content()
    page.set_mediabox(0, 0, height, width)
    page.set_cropbox(0, 0, height, width)
    return True
