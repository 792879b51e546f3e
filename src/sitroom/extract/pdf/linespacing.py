"""What the spaces on a line tell: a justified line spreads its spare width evenly between words a layout program
draws one by one, and a site's menu sets its labels apart by its padding."""

from __future__ import annotations

from itertools import pairwise

from sitroom.extract.pdf.structs import Frag

MENU_LABELS = 4
MENU_LABEL_WORDS = 3


def label_row(row: list[Frag]) -> bool:
    """Four labels or more standing apart on one line, each a word or three opening with a capital and none a
    sentence ("Bins and recycling   Council tax   Roads and travel   Schools"): a menu's entries, not one line."""
    if len(row) < MENU_LABELS:
        return False
    texts = [r.text.strip() for r in row]
    if not all(t[:1].isupper() and len(t.split()) <= MENU_LABEL_WORDS and t[-1:].isalpha() for t in texts):
        return False
    return all(0.45 * a.size <= b.x0 - a.x1 <= 4 * a.size for a, b in pairwise(row))


# Equal spaces: a justified line spreads its spare width evenly between its words (points).
_EVEN = 0.6
JUSTIFIED_GAP = 3.5  # of the type's size, at most
JUSTIFIED_RUN_WORDS = 3
# ... and a space this wide (of the size) parts only words drawn one by one: a line stretched over few words
_WORD_BY_WORD = 2.5


def justified(row: list[Frag], n: int, size: float) -> bool:
    """``row[n]`` is the next word of a justified line after ``row[n - 1]``: each word drawn on its own with its space
    (as a layout program sets such lines), the space between them as wide as the one before or after it on the line,
    and no wider than a justified line stretches one. A gutter between columns is seldom exactly that wide."""
    if n < 1:
        return False

    def gap(k: int) -> float | None:
        if k < 1 or k >= len(row) or not row[k - 1].text.endswith(" "):
            return None
        g = row[k].x0 - row[k - 1].x1
        return g if 0 < g <= JUSTIFIED_GAP * size else None

    def worded(k: int) -> bool:
        # a word of letters, or a figure between two ("realizadas 40 ações"): a grid's cells hold figures alone
        def letters(j: int) -> bool:
            return 0 <= j < len(row) and any(c.isalpha() for c in row[j].text)

        return letters(k) or (letters(k - 1) and letters(k + 1))

    here = gap(n)
    if here is None or not (worded(n - 1) and worded(n)):
        return False
    words = max(len(row[n - 1].text.split()), len(row[n].text.split()))
    if (words > JUSTIFIED_RUN_WORDS and here > 1.5 * size) or (words > 1 and here > _WORD_BY_WORD * size):
        return False  # a program drawing a justified line word by word spaces words wide, not phrases
    if all(r.text.lstrip()[:1].isupper() for r in row):
        return False  # a row of labels each opening with a capital (a site's menu) is no line of running text
    even = max(_EVEN, 0.08 * here)  # a run's box takes in its space, whose width the type sets
    return any(other is not None and abs(other - here) <= even for other in (gap(n - 1), gap(n + 1)))


STOPS = (".", "!", "?", ":", ";")


def paragraph_line_gap(lines: list[Frag]) -> float | None:
    """The page's usual space between the wrapped lines of one paragraph (bottom of one line to the top
    of the next): the tightest spacing that recurs, or None when no spacing recurs."""
    gaps = sorted(
        b.bottom - f.top
        for b, f in pairwise(lines)
        if abs(b.size - f.size) < 0.6 and abs(b.x0 - f.x0) < 4 and -2 <= b.bottom - f.top < 0.85 * f.size
    )
    # a sentence running on in lower case under a line that did not end it is wrapped for certain: the
    # page's spacing of wrapped lines, even where it does not recur (the middle one: a caption set in tighter
    # leading than the text wraps too)
    runs_on = sorted(
        b.bottom - f.top
        for b, f in pairwise(lines)
        if abs(b.size - f.size) < 1.5 and abs(b.x0 - f.x0) < 4 and f.text[:1].islower() and not f.bullet
        and not b.text.rstrip().endswith(STOPS) and -2 <= b.bottom - f.top < 0.85 * f.size
    )  # fmt: skip
    certain = runs_on[(len(runs_on) - 1) // 2] if runs_on else None
    for n, g in enumerate(gaps):
        close = [x for x in gaps[n:] if x <= g + 1.0]
        if len(close) >= 2:
            typical = close[len(close) // 2]
            return typical if certain is None else min(typical, certain)
    return certain


# A justified page: of the lines a sentence runs on from (the next line going on in lower case), this many at least,
# and this share of them, end together at its right edge (this many points apart, as glyphs' boxes end); a ragged
# page's wrapped lines end where their last word did
_FLUSH_LINES, _FLUSH_SHARE, _FLUSH_EDGE = 3, 0.6, 1.0
# ... and a line stopping this far short of it (points) was ended
_SHORT = 1.5


def justified_edge(lines: list[Frag], ends: list[float]) -> float | None:
    """The right edge a page's text is justified to, or None when its lines end ragged: the lines its sentences wrap
    from end together at the edge, as a justified paragraph's lines but the last all do. ``ends``, the right ends of
    the wrapped lines of the pages before, weigh in, and take this page's."""
    here = [
        a.x1
        for a, b in pairwise(lines)
        if -2 <= a.bottom - b.top < 0.85 * b.size
        and not b.bullet
        and b.text[:1].islower()
        and abs(a.size - b.size) < 0.6
    ]
    ends.extend(here)
    if not here or len(ends) < _FLUSH_LINES:
        return None
    edge = max(here)
    flush = [e for e in ends if abs(e - edge) <= _FLUSH_EDGE]
    if len(flush) < _FLUSH_LINES or len(flush) < _FLUSH_SHARE * len(ends):
        return None
    return edge


def ended_in_justified(prev: Frag, f: Frag, edge: float | None, right: float) -> bool:
    """``prev`` ends its sentence short of the edge its justified column runs to, and ``f`` opens one: in justified
    text only a paragraph's last line stops short, so ``f`` opens a paragraph of its own, however little room the
    line left ("… đến ngày 12/9." over "Ủy ban nhân dân tỉnh … trân trọng báo cáo./.")."""
    if edge is None or abs(right - edge) > _SHORT or prev.x1 >= edge - _SHORT:
        return False
    if abs(prev.size - f.size) >= 0.6 or not prev.text.rstrip().endswith((".", "!", "?", ".)")):
        return False
    return f.text[:1].isupper() or f.text[:1].isdigit()
