"""Line building: runs on one baseline merged into fragments, with leading bullet glyphs split off."""

from __future__ import annotations

import re
from bisect import bisect_right
from statistics import median

from sitroom.extract.pdf.headercolumns import header_columns, parts_columns
from sitroom.extract.pdf.linespacing import justified, label_row
from sitroom.extract.pdf.numbering import is_number
from sitroom.extract.pdf.rivers import Wall
from sitroom.extract.pdf.rows import group_rows
from sitroom.extract.pdf.structs import Frag
from sitroom.extract.pdf.text import BULLET_CHARS, PUA, is_glyph


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    """The median of the values, each counted as often as its weight (text size by characters)."""
    pairs.sort()
    total = sum(w for _, w in pairs)
    if total == 0:
        return median(v for v, _ in pairs)
    wanted = [total // 2] if total % 2 else [total // 2 - 1, total // 2]
    found: list[float] = []
    seen = 0
    for v, w in pairs:
        while wanted and wanted[0] < seen + w:
            found.append(v)
            wanted.pop(0)
        seen += w
    return sum(found) / len(found)


_SPACES = re.compile(r"\s+")
# A raised mark is set this much smaller than its text at most (word processors set it at 58–80%).
MARK_SIZE = 0.85
# A footnote reference: one or a few small raised figures ("food.²", "cases¹⁻³"); or an endnote's lower-case Roman
# numeral ("hospital.ⁱⁱ", as Word numbers endnotes), a note's letter ("levelsᵃ") or its sign ("*", "†")
_MARK = re.compile(r"^(?:\d{1,3}(?:[,–-]\d{1,3})*|[ivx]{1,5}|[a-z]|[*†‡§¶]{1,3})$")
# What a footnote mark follows: the end of a sentence or clause, a word of three letters or more
# or an acronym in capitals ("HW¹"); after "km" or "m" a raised 2 is a unit's power, not a note.
_MARKED = re.compile(r"(?:[.,;:)\]”’\"']|[^\W\d_]{3}|\b[A-Z]{2})$")


def _footnote_mark(line: Frag, r: Frag) -> bool:
    """``r`` is a note reference raised after the text of ``line``, not a number of the text."""
    size = line.size or r.size
    return (
        r.size <= MARK_SIZE * size
        and r.bottom > line.bottom + 0.2 * size
        and bool(_MARK.match(r.text.strip()))
        and r.x0 - line.x1 < 0.5 * size
        and bool(_MARKED.search(line.text.rstrip()))
    )


# What parts the numbers of one footnote mark ("1,2", "1–3") when each is set as a run of its own.
_MARK_SEPARATOR = re.compile(r"^[,–-]$")
# The rest of a mark after its first number: the separator alone, or with the next numbers (",2", "–3").
_MARK_REST = re.compile(r"^[,–-]?\d{1,3}(?:[,–-]\d{1,3})*$")


def _mark_separator(line: Frag, r: Frag, mark_end: float | None) -> bool:
    """``r`` is the comma or dash between two numbers of a footnote mark whose first number was just left
    out (``mark_end``: where it ended): raised and small like it, and right after it."""
    size = line.size or r.size
    return (
        mark_end is not None
        and r.size <= MARK_SIZE * size
        and r.bottom > line.bottom + 0.1 * size
        and bool(_MARK_SEPARATOR.match(r.text.strip()))
        and r.x0 - mark_end < 0.5 * size
    )


def _mark_continues(line: Frag, r: Frag, mark_end: float | None) -> bool:
    """``r`` is the next number of a footnote mark after its separator ("1,2"): raised and small, right after."""
    size = line.size or r.size
    return (
        mark_end is not None
        and r.size <= MARK_SIZE * size
        and r.bottom > line.bottom + 0.2 * size
        and bool(_MARK_REST.match(r.text.strip()))
        and r.x0 - mark_end < 0.5 * size
    )


# Punctuation that closes up to the word before it: after a footnote mark left out, no space before it.
_CLOSING = ".,;:)]!?"


# The label a note opens with, raised and small before its first word: "[1]", "ii", "a", "†".
_NOTE_LABEL = re.compile(r"^(?:\[?\d{1,3}\]?|\(?[ivx]{1,4}\)?|[a-z]|[*†‡§¶]{1,3})$")


def _note_label(cur: Frag, r: Frag) -> bool:
    """``cur``, the first run of a line, is a note's label raised before the note's text ``r``: a mark
    like a list number, not words or figures of the note."""
    return (
        cur.size <= 0.8 * r.size
        and cur.bottom > r.bottom + 0.2 * r.size
        and r.x0 - cur.x1 < r.size
        and bool(_NOTE_LABEL.match(cur.text.strip()))
        and (r.text.strip()[:1].isalpha() or r.text.strip()[:1] in "“\"'‘(")
    )


def merge_runs(
    runs: list[Frag],
    dropped: dict[str, int] | None = None,
    walls: list[tuple[float, float, float]] | None = None,
    header: list[Frag] | None = None,
    gutters: list[Wall] | None = None,
) -> list[Frag]:
    """Merge runs that sit on one baseline into fragments; a wide gap (column, table cell) splits them, and
    so does a drawn vertical border (``walls``: x, bottom, top) between where one run starts and the next, or a
    table header's column start (``header``: a banded table's header carried from page to page, see
    ``header_columns``). ``gutters`` part columns set too close for a gap to part them (see ``column_rivers``):
    the lines on each side are built apart, as if a border stood there.

    Footnote marks raised after a word are left out, and counted in ``dropped``: "food.²" must not
    give the text a number its writer never stated."""
    # rows are seeded by text-sized runs; small marks (hyphens, quotes, superscripts, glyphs) join later
    if not runs:
        return []
    typical = _weighted_median([(r.size, min(len(r.text), 80)) for r in runs])
    gutters = gutters or []
    walls = sorted((walls or []) + gutters)
    wall_xs = [x for x, _, _ in walls]

    def is_small(r: Frag) -> bool:
        return (
            r.top - r.bottom < 0.55 * r.size
            or (r.size < 0.75 * typical and len(r.text.strip()) <= 3)
            or (r.size < MARK_SIZE * typical and _MARK.match(r.text.strip()) is not None)
        )

    big = [r for r in runs if not is_small(r)]
    rows = group_rows(big, [r for r in runs if is_small(r)], gutters)
    for row in rows:
        row.sort(key=lambda f: f.x0)
    columns = header_columns(rows, header)
    frags: list[Frag] = []
    for row in rows:
        labels = label_row(row)  # a site's menu: each label a line of its own, for the page's chrome to judge
        cur: Frag | None = None
        last: Frag | None = None  # the run before ``r`` on the line
        ran_in = False  # ``last`` is a bold label run in after a sentence
        mark_end: float | None = None  # where the footnote mark just left out ended
        chars = {"bold": 0, "plain": 0}  # how much of the line being built is set in bold, and how much not
        for n, r in enumerate(row):
            if n == 1 and cur is not None and not cur.bullet and _note_label(cur, r):
                cur.note, cur.text, cur.x0, cur.size, cur.bold = cur.text.strip(), "", r.x0, r.size, r.bold
            size = max(r.size, cur.size if cur else 0)
            gap = r.x0 - cur.x1 if cur else 0.0
            glyph = is_glyph(cur.text) and not cur.bullet and cur.text.strip() not in "-–—" if cur else False
            glyph = glyph or (cur is not None and cur.text.strip() in ("-", "–") and r.text.strip()[:1].isalpha())
            # a list number set apart by a tab stop ("1)" ... "Project Members:") numbers the text after it
            numbered = cur is not None and not cur.bullet and is_number(cur.text)
            # ... whether the text opens with a capital or a figure ("(i)" ... "18 districts are affected")
            # (its figure may be a run of its own: "3.2" … "862" "homes have been …"; "5." "8" is one figure)
            glyph = glyph or (
                numbered and (r.text.strip()[:1].isupper() or _opens_with_figure(_text_from(row, n, gap > 0.5 * size)))
            )
            # a lone letter set apart before a sentence (an information box's "i") marks it, as a bullet does
            glyph = glyph or (
                cur is not None
                and not cur.bullet
                and len(cur.text.strip()) == 1
                and cur.text.strip().isalpha()
                and gap >= 0.8 * size
                and len(r.text.split()) >= 3
                and r.text.strip()[:1].isupper()
                and not (walls and _walled(cur, r, walls, wall_xs))
            )
            if cur is not None and dropped is not None and _mark_separator(cur, r, mark_end):
                mark_end = r.x1  # "1,2": the comma goes with the numbers it parts
                continue
            if (
                cur is not None
                and dropped is not None
                and (_footnote_mark(cur, r) or _mark_continues(cur, r, mark_end))
            ):
                dropped["footnote mark"] = dropped.get("footnote mark", 0) + 1
                mark_end = r.x1
                continue
            after_mark, mark_end = mark_end, None
            if cur is not None and after_mark is not None:
                gap = r.x0 - max(cur.x1, after_mark)  # the text goes on from the mark left out
            # a dash set apart by a tab stop on both sides opens the next entry of a list set in columns
            # ("– Eastern Mediterranean Region    – South-East Asia Region"); in a sentence it sits between spaces
            after = row[n + 1].x0 - r.x1 if n + 1 < len(row) else 0.0
            tab_dash = r.text.strip() in ("-", "–", "—") and min(gap, after) > 0.6 * size
            close = gap <= max(1.2 * min(size, 14.0), 7.0) and not tab_dash
            # a justified line spaces its words wide: a bold label run in after a sentence ("… increasing.
            # Mitigating measures: Cholera kits …") is the same line, not a column beside it
            ran_in = (
                not close
                and last is not None
                and gap <= 2 * size
                and (_run_in_label(last, r, ran_in) or (cur is not None and _wrapped_label(cur, last, r, runs)))
            )
            close = close or ran_in or (cur is not None and justified(row, n, size))
            if close and walls and cur is not None and _walled(cur, r, walls, wall_xs):
                # a cell's border parts its text from the next cell's, even where a long label runs over it;
                # a row's number before it still numbers the row (the glyph test above)
                close = False
            close = close and not labels and not (columns and cur is not None and parts_columns(cur, r, columns))
            if cur is not None and (close or (glyph and gap < 40)):
                if glyph:
                    cur.bullet = cur.text.strip()
                    cur.text = ""
                    cur.hang = r.x0 - cur.x0
                    cur.x0 = r.x0
                    # the line is set in its text's size and weight, whatever size its bullet was drawn in
                    cur.size, cur.bold = r.size, r.bold
                    sep = ""
                else:
                    sep = "" if cur.text.endswith(" ") or r.text.startswith(" ") or gap < 0.2 * size else " "
                    if after_mark is not None and r.text[:1] in _CLOSING and r.x0 - after_mark < 0.2 * size:
                        sep = ""  # "NOTIFICADOS¹,²:" read "NOTIFICADOS:", the colon where it was set
                    if cur.bold and not r.bold and cur.lead is None and len(r.text.strip()) > 3:
                        cur.lead = cur.text.strip()
                    elif r.bold and chars["plain"] >= 2 and cur.text.strip()[:1].isalpha() and len(r.text.strip()) > 3:
                        cur.bold = False  # a second bold label after the first one's answer: a run of fields
                cur.text += sep + r.text
                cur.x1 = max(cur.x1, r.x1)
                cur.bottom = min(cur.bottom, r.bottom)
                cur.top = max(cur.top, r.top)
                # the line's style is that of its longest run (superscripts must not decide it)
                if len(r.text.strip()) > 2 and (r.size > cur.size or not cur.text.strip()):
                    cur.size = r.size
                if len(r.text.strip()) > 3 and not r.bold and len(r.text) > len(cur.text) / 2:
                    cur.bold = False
                chars["bold" if r.bold else "plain"] += len(r.text.strip())
                # a line set mostly in regular type, however many runs it came in, is not a bold line
                if cur.bold and chars["plain"] > chars["bold"]:
                    cur.bold = False
            else:
                if cur is not None:
                    frags.append(cur)
                cur = Frag(r.text, r.x0, r.x1, r.bottom, r.top, r.size, r.bold)
                chars = {"bold": 0, "plain": 0, "bold" if r.bold else "plain": len(r.text.strip())}
            last = r
        if cur is not None:
            frags.append(cur)
    for f in frags:
        f.text = _SPACES.sub(" ", f.text).strip()
        if f.bullet is None and f.text and (f.text[0] in BULLET_CHARS or PUA.match(f.text[0])):
            rest = f.text[1:].lstrip()
            # a dash or an "o" only counts as a bullet when a space follows it
            spaced = f.text[1:2] == " "
            if rest and (spaced or f.text[0] not in "-–—*o"):
                f.bullet, f.text = f.text[0], rest
    return [f for f in frags if f.text]


def _walled(cur: Frag, r: Frag, walls: list[tuple[float, float, float]], xs: list[float]) -> bool:
    """A vertical border (``walls`` sorted by x, ``xs`` their x) stands between where ``cur`` starts and ``r``
    starts, across their line."""
    mid = r.mid
    lo, hi = bisect_right(xs, cur.x0), bisect_right(xs, r.x0 + 0.5)
    return any(bottom <= mid <= top for _, bottom, top in walls[lo:hi])


def _run_in_label(before: Frag, after: Frag, label_ran_in: bool) -> bool:
    """A bold label ending in a colon after a sentence's end, or the regular text after such a label (a
    form's label cell beside its value is neither: no sentence ends before it)."""
    b, a = before.text.rstrip(), after.text.strip()
    if after.bold and not before.bold:
        return b.endswith((".", ";")) and a.endswith(":") and len(a.split()) <= 5
    return label_ran_in and before.bold and not after.bold and a[:1].isalnum()


def _wrapped_label(cur: Frag, before: Frag, after: Frag, runs: list[Frag]) -> bool:
    """``after`` opens a bold label after a sentence's end, at the end of a justified line, and the label goes on at
    the start of the line under it ("… unter Beobachtung. Getroffene" over "Maßnahmen: Überwachung …"): one label
    wrapped, spaced wide only because the line is justified."""
    a = after.text.strip()
    if not after.bold or before.bold or not before.text.rstrip().endswith((".", ";")) or len(a.split()) > 3:
        return False
    reach = 1.5 * after.size
    return any(
        g.bold
        and g.text.strip().endswith(":")
        and len(g.text.split()) <= 4
        and abs(g.x0 - cur.x0) <= reach
        and after.bottom - reach < g.top < after.bottom
        for g in runs
    )


def _text_from(row: list[Frag], n: int, set_apart: bool) -> str:
    """The text from run ``n`` on: the next runs too when set apart from what stands before it."""
    return " ".join(x.text for x in row[n : n + 3]) if set_apart else row[n].text


def _opens_with_figure(text: str) -> bool:
    """Running text that opens with a figure: "18 districts, 70 blocks …", not a cell of figures."""
    words = text.split()
    return bool(words) and words[0][:1].isdigit() and sum(any(c.isalpha() for c in w) for w in words) >= 2
