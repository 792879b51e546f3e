"""PDF: text runs with positions and fonts (pypdfium2) → headings, items and paragraphs in reading order.

The layout analysis works on text *runs* (pdfium's text rectangles), not single characters, which keeps
it fast: runs → line fragments → regions (recursive XY-cut that cuts columns and sidebars apart) →
lines classified as title, heading, item, paragraph, caption, table row or page furniture.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.model import BlockKind, Document, DocumentBuilder, TableInfo

# Glyphs that start a list entry when they open a line (U+F0xx: Symbol/Wingdings private-use bullets).
BULLET_CHARS = frozenset("•◦▪▫■□●○◆◇►▶➢➤✓✔-–—·o")
_PUA = re.compile(r"[\ue000-\uf8ff]")
_NUMBERED = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+(?=\S)")
_CAPTION = re.compile(r"^(figure|fig\.|table|chart|graph|map|source|note for|annex)\s*[\dA-Z:.]", re.I)
_FIGURE = re.compile(r"^(figure|fig\.|chart|graph|map)\s*\d", re.I)
_FOOTNOTE = re.compile(r"^[*†‡§¶]+\s*\S|^\*")
_PAGE_NO = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)
_NUMERIC = re.compile(r"^[\s\d.,’'%()+\-–—/:<>*†‡§#|]+$")
_WORD = re.compile(r"[A-Za-z]{2,}")
_FINAL_PUNCT = (".", ",", ";", "!", "?")


@dataclass(slots=True)
class Frag:
    """A horizontal run of text on one baseline: pdfium rects merged while the gaps stay small."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool
    bullet: str | None = None  # glyph (or "image") found in front of the text

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class PageData:
    """What one page gives the layout stage."""

    number: int
    width: float
    height: float
    frags: list[Frag]
    bullet_marks: list[tuple[float, float, float]]  # small images used as bullets: x0, x1, mid-y
    bands: list[tuple[float, float]] = field(default_factory=list)  # shaded table rows: bottom, top
    # pictures and detected tables: x0, bottom, x1, top (a styled line right above one is its caption)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


def _font_info(tp: pdfium.PdfTextPage, index: int, buf: ctypes.Array) -> tuple[float, bool]:
    size = pdfium_c.FPDFText_GetFontSize(tp, index)
    weight = pdfium_c.FPDFText_GetFontWeight(tp, index)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(tp, index, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1", "replace").lower()
    return float(size), weight >= 600 or "bold" in name or "black" in name or "heavy" in name


def _read_runs(tp: pdfium.PdfTextPage) -> list[Frag]:
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
        size, bold = _font_info(tp, idx, buf) if idx >= 0 else (top - bottom, False)
        if size <= 1.5:  # generated characters report size 1: fall back on the box
            size = max(top - bottom, 4.0)
        runs.append(Frag(text, left, right, bottom, top, size, bold))
    return runs


def _is_glyph(text: str) -> bool:
    t = text.strip()
    return len(t) == 1 and (t in BULLET_CHARS or bool(_PUA.match(t)))


def _merge_runs(runs: list[Frag]) -> list[Frag]:
    """Merge runs that sit on one baseline into fragments; a wide gap (column, table cell) splits them."""
    # rows are seeded by text-sized runs; small marks (hyphens, quotes, superscripts, glyphs) join later
    if not runs:
        return []
    typical = median(r.size for r in runs for _ in range(min(len(r.text), 80)))

    def is_small(r: Frag) -> bool:
        return r.top - r.bottom < 0.55 * r.size or (r.size < 0.75 * typical and len(r.text.strip()) <= 3)

    big = sorted((r for r in runs if not is_small(r)), key=lambda r: (-r.mid, r.x0))
    small = [r for r in runs if is_small(r)]
    rows: list[list[Frag]] = []
    for r in big:
        for row in rows[-6:]:
            ref = row[0]
            h = min(ref.top - ref.bottom, r.top - r.bottom) or 1.0
            overlap = min(ref.top, r.top) - max(ref.bottom, r.bottom)
            inside = ref.bottom - 1 <= r.mid <= ref.top + 1 or r.bottom - 1 <= ref.mid <= r.top + 1
            # two lines of small text beside one large caption are not one line
            ratio = max(ref.top - ref.bottom, r.top - r.bottom) / max(h, 0.1)
            touching = any(abs(r.x0 - g.x1) < 2 or abs(g.x0 - r.x1) < 2 for g in row)
            if overlap > 0.6 * h and inside and (ratio < 1.6 or touching):
                row.append(r)
                break
        else:
            rows.append([r])
    for r in small:
        best, best_gap = None, 1e9
        for row in rows:
            ref = row[0]
            if ref.bottom - 1.5 <= r.mid <= ref.top + 1.5:
                gap = min(max(r.x0 - g.x1, g.x0 - r.x1, 0) for g in row)
                if gap < best_gap:
                    best, best_gap = row, gap
        if best is not None and best_gap < 60:
            best.append(r)
        else:
            rows.append([r])
    frags: list[Frag] = []
    for row in rows:
        row.sort(key=lambda f: f.x0)
        cur: Frag | None = None
        for r in row:
            size = max(r.size, cur.size if cur else 0)
            gap = r.x0 - cur.x1 if cur else 0.0
            glyph = _is_glyph(cur.text) and not cur.bullet and cur.text.strip() not in "-–—" if cur else False
            glyph = glyph or (cur is not None and cur.text.strip() in ("-", "–") and r.text.strip()[:1].isalpha())
            if cur is not None and (gap <= max(1.2 * min(size, 14.0), 7.0) or (glyph and gap < 40)):
                if glyph:
                    cur.bullet = cur.text.strip()
                    cur.text = ""
                    cur.x0 = r.x0
                    sep = ""
                else:
                    sep = "" if cur.text.endswith(" ") or r.text.startswith(" ") or gap < 0.2 * size else " "
                cur.text += sep + r.text
                cur.x1 = max(cur.x1, r.x1)
                cur.bottom = min(cur.bottom, r.bottom)
                cur.top = max(cur.top, r.top)
                # the line's style is that of its longest run (superscripts must not decide it)
                if len(r.text.strip()) > 2 and (r.size > cur.size or not cur.text.strip()):
                    cur.size = r.size
                if len(r.text.strip()) > 3 and not r.bold and len(r.text) > len(cur.text) / 2:
                    cur.bold = False
            else:
                if cur is not None:
                    frags.append(cur)
                cur = Frag(r.text, r.x0, r.x1, r.bottom, r.top, r.size, r.bold)
        if cur is not None:
            frags.append(cur)
    for f in frags:
        f.text = re.sub(r"\s+", " ", f.text).strip()
        if f.bullet is None and f.text and (f.text[0] in BULLET_CHARS or _PUA.match(f.text[0])):
            rest = f.text[1:].lstrip()
            # a dash or an "o" only counts as a bullet when a space follows it
            spaced = f.text[1:2] == " "
            if rest and (spaced or f.text[0] not in "-–—*o"):
                f.bullet, f.text = f.text[0], rest
    return [f for f in frags if f.text]


def _page_objects(page: pdfium.PdfPage, want_paths: bool) -> tuple[list, list, list]:
    """Small square images (picture bullets), pictures, and large filled rectangles (table row shading)."""
    marks: list[tuple[float, float, float]] = []
    rects: list[tuple[float, float, float, float]] = []
    pictures: list[tuple[float, float, float, float]] = []
    n = pdfium_c.FPDFPage_CountObjects(page)
    lb, bb, rb, tb = (ctypes.c_float() for _ in range(4))
    refs = ctypes.byref(lb), ctypes.byref(bb), ctypes.byref(rb), ctypes.byref(tb)
    for i in range(n):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE or (want_paths and kind == pdfium_c.FPDF_PAGEOBJ_PATH):
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                continue
            w, h = rb.value - lb.value, tb.value - bb.value
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if 3 < w < 16 and 3 < h < 16 and abs(w - h) < 3:
                    marks.append((lb.value, rb.value, (bb.value + tb.value) / 2))
                elif w > 80 and h > 50:
                    pictures.append((lb.value, bb.value, rb.value, tb.value))
            elif w > 150 and h > 12:
                rects.append((lb.value, bb.value, rb.value, tb.value))
    # row shading is drawn as a cell rectangle with line rectangles inside it: keep the outer ones
    bands = [
        (b, t)
        for (x0, b, x1, t) in rects
        if not any(
            (o is not None)
            and o != (x0, b, x1, t)
            and o[0] <= x0 + 0.5
            and o[2] >= x1 - 0.5
            and o[1] <= b + 0.5
            and o[3] >= t - 0.5
            for o in rects
        )
    ]
    return marks, bands, pictures


class PdfExtractor:
    """PDF files with a text layer (pypdfium2)."""

    name = "pdf"

    def score(self, head: bytes, filename: str) -> float:
        """Sure when the bytes open with the PDF header; a .pdf name alone is a weak hint."""
        if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
            return 1.0
        return 0.2 if filename.lower().endswith(".pdf") else 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        """Read every page, analyse the layout, and return the blocks in reading order."""
        pages = _read_pdf(data, source)
        if not any(p.frags for p in pages):
            raise EmptyDocument(source, "no text layer (scanned PDF?)")
        return _Layout(pages, source).run()


def _read_pdf(data: bytes, source: str) -> list[PageData]:
    if b"%%EOF" not in data[-2048:]:
        raise CorruptDocument(source, "damaged or truncated PDF (no end-of-file marker)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD or "password" in str(e).lower():
            raise CorruptDocument(source, "PDF is encrypted (password required)") from e
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise CorruptDocument(source, "PDF is encrypted (unsupported security handler)") from e
        raise CorruptDocument(source, "damaged or truncated PDF") from e
    pages: list[PageData] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                try:
                    frags = _merge_runs(_read_runs(tp))
                finally:
                    tp.close()
                # row shading is only worth reading where a row-label column may exist
                marks, bands, pictures = _page_objects(page, want_paths=bool(frags))
                width, height = page.get_size()
            finally:
                page.close()
            pages.append(PageData(i + 1, width, height, frags, marks, bands, pictures))
    finally:
        pdf.close()
    return pages


# ---------------------------------------------------------------------------------------------- layout


def _norm_furniture(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _is_numeric_cell(text: str) -> bool:
    t = text.strip()
    tokens = t.split()
    if len(tokens) >= 4 and sum(len(x) <= 4 and x.isupper() for x in tokens) >= 0.8 * len(tokens):
        return True  # a header row of column codes (MUB KAS KYE ...)
    return bool(t) and (bool(_NUMERIC.match(t)) or (sum(c.isdigit() for c in t) >= 0.5 * len(t.replace(" ", ""))))


def _sentence_like(text: str) -> bool:
    words = len(_WORD.findall(text))
    return words >= 10 or (words >= 5 and text.rstrip().endswith((".", ";", ":", "?", "!")))


@dataclass(slots=True)
class _Entry:
    """A block being assembled: a run of lines with one kind."""

    kind: BlockKind
    page: int
    lines: list[Frag]
    bullet: str | None = None
    level: int = 1
    title: bool = False


class _Layout:
    """Everything after reading: furniture, regions, tables, and block building."""

    def __init__(self, pages: list[PageData], source: str) -> None:
        self.pages = pages
        self.source = source
        sizes: Counter[float] = Counter()
        for p in pages:
            for f in p.frags:
                sizes[round(f.size * 2) / 2] += len(f.text)
        self.body = sizes.most_common(1)[0][0] if sizes else 10.0
        self.tables: list[TableInfo] = []
        self.warnings: list[str] = []

    # -- page furniture ------------------------------------------------------------------------------
    def _remove_furniture(self) -> None:
        """Drop running headers/footers (same text at the same height on 2+ pages) and page numbers."""
        seen: dict[str, set[int]] = defaultdict(set)
        where: dict[tuple[str, int], set[int]] = defaultdict(set)
        for p in self.pages:
            for f in p.frags:
                key = _norm_furniture(f.text)
                where[(key, round(f.top / 6))].add(p.number)
                seen[key].add(p.number)
        repeated = {k for (k, _), nums in where.items() if len(nums) >= 2 and len(self.pages) >= 2}
        # a repeated line (table header repeated after a page break) goes wherever it appears
        for p in self.pages:
            edge = 0.09 * p.height
            keep = []
            for f in p.frags:
                key = _norm_furniture(f.text)
                near_edge = f.top > p.height - edge or f.bottom < edge
                wordy = len(_WORD.findall(f.text)) >= 1 and sum(c.isalpha() for c in f.text) >= 4
                if key in repeated and wordy and (near_edge or len(f.text) < 60):
                    continue
                if near_edge and _PAGE_NO.match(f.text):
                    continue
                keep.append(f)
            p.frags = keep

    # -- regions -------------------------------------------------------------------------------------
    def _xy_cut(self, frags: list[Frag], side: bool = False, depth: int = 0) -> list[tuple[list[Frag], bool]]:
        """Recursive XY-cut: columns/sidebars (wide gutters) first, then wide horizontal gaps.

        Returns the leaves in reading order, each flagged when it lies beside another column.
        """
        if len(frags) <= 1 or depth > 40:
            return [(frags, side)]
        xs = sorted(frags, key=lambda f: f.x0)
        best: tuple[float, float] | None = None
        reach = xs[0].x1
        for f in xs[1:]:
            gap = f.x0 - reach
            if gap >= 10:
                cut = reach + gap / 2
                left = [g for g in frags if g.x1 <= cut]
                right = [g for g in frags if g.x0 >= cut]
                if self._columns_ok(left, right) and (best is None or gap > best[1]):
                    best = (cut, gap)
            reach = max(reach, f.x1)
        if best is not None:
            cut = best[0]
            left = [g for g in frags if g.x1 <= cut]
            right = [g for g in frags if g.x0 >= cut]
            # only the narrower side can be a sidebar; the wider one is the main text column
            wl = max(g.x1 for g in left) - min(g.x0 for g in left)
            wr = max(g.x1 for g in right) - min(g.x0 for g in right)
            return self._xy_cut(left, side or wl < wr, depth + 1) + self._xy_cut(right, side or wr <= wl, depth + 1)
        ys = sorted(frags, key=lambda f: -f.top)
        low = ys[0].bottom
        best_gap, best_y = 0.0, None
        for f in ys[1:]:
            gap = low - f.top
            if gap > best_gap:
                best_gap, best_y = gap, (low + f.top) / 2
            low = min(low, f.bottom)
        if best_y is None or best_gap < 1.2 * self.body:
            return [(frags, side)]
        upper = [g for g in frags if g.mid > best_y]
        lower = [g for g in frags if g.mid <= best_y]
        if not upper or not lower:
            return [(frags, side)]
        return self._xy_cut(upper, side, depth + 1) + self._xy_cut(lower, side, depth + 1)

    def _columns_ok(self, left: list[Frag], right: list[Frag]) -> bool:
        """A gutter separates columns when both sides are wide text columns that do not share rows."""
        if len(left) < 3 or len(right) < 3:
            return False
        wl = max(f.x1 for f in left) - min(f.x0 for f in left)
        wr = max(f.x1 for f in right) - min(f.x0 for f in right)
        if min(wl, wr) < 100:
            return False
        # table columns share baselines; a column next to a sidebar does not
        rights = sorted(f.bottom for f in right)
        shared = 0
        for f in left:
            shared += any(abs(f.bottom - b) < 1.5 for b in rights)
        rights_l = sorted(f.bottom for f in left)
        shared_r = sum(any(abs(f.bottom - b) < 1.5 for b in rights_l) for f in right)
        return shared <= 0.5 * len(left) and shared_r <= 0.5 * len(right)

    # -- main ----------------------------------------------------------------------------------------
    def run(self) -> Document:
        self._remove_furniture()
        entries: list[_Entry] = []
        for p in self.pages:
            page_entries = self._page_entries(p)
            if page_entries and entries:
                self._join_across_pages(entries[-1], page_entries)
            entries.extend(page_entries)
        return self._build(entries)

    @staticmethod
    def _join_across_pages(last: _Entry, page_entries: list[_Entry]) -> None:
        """A page that opens mid-sentence continues the item or paragraph the previous page ended with."""
        first = page_entries[0]
        head = first.lines[0]
        # an item's text column continuing at the same x is the item itself, whatever the case
        same_column = last.kind == BlockKind.ITEM and abs(head.x0 - last.lines[0].x0) < 4
        if (
            first.kind == BlockKind.PARAGRAPH
            and last.kind in (BlockKind.ITEM, BlockKind.PARAGRAPH)
            and not last.title
            and (head.text[:1].islower() or same_column)
            and not _CAPTION.match(head.text)
        ):
            last.lines.extend(first.lines)
            del page_entries[0]

    # -- page → entries ------------------------------------------------------------------------------
    def _page_entries(self, page: PageData) -> list[_Entry]:
        lines: list[Frag] = []
        frags = self._drop_tables(page, sorted(page.frags, key=lambda f: (-round(f.top, 0), f.x0)))
        for leaf, side in self._xy_cut(frags):
            leaf.sort(key=lambda f: (-round(f.top, 0), f.x0))
            if side and self._figures_only(page, leaf):
                continue
            lines.extend(leaf)
        if not lines:
            return []
        self._attach_picture_bullets(page, lines)
        labels, lines = self._split_row_labels(lines)
        entries = self._group(page, lines)
        if labels:
            entries = self._insert_labels(page, labels, entries)
        return entries

    def _attach_picture_bullets(self, page: PageData, lines: list[Frag]) -> None:
        for f in lines:
            if f.bullet:
                continue
            for _x0, x1, mid in page.bullet_marks:
                if x1 <= f.x0 + 1 and f.x0 - x1 < 14 and abs(mid - f.mid) < 0.6 * (f.top - f.bottom):
                    f.bullet = "image"
                    break

    def _figures_only(self, page: PageData, lines: list[Frag]) -> bool:
        """A narrow box of figures beside the text (a 'situation in numbers' sidebar): no sentences.

        A narrow column of short labels on the left (table row labels) is kept: only boxes with
        numbers in them, or boxes on the right half of the page, are figure sidebars.
        """
        width = max(f.x1 for f in lines) - min(f.x0 for f in lines)
        if width > 0.45 * page.width or any(_sentence_like(f.text) for f in lines):
            return False
        with_digits = sum(any(c.isdigit() for c in f.text) for f in lines)
        return with_digits >= 0.3 * len(lines) or min(f.x0 for f in lines) > 0.55 * page.width

    def _drop_tables(self, page: PageData, lines: list[Frag]) -> list[Frag]:
        """Find number grids (rows of 2+ cells with numeric cells), record them, and drop their text."""
        rows: list[list[Frag]] = []
        for f in lines:
            if rows and abs(rows[-1][0].mid - f.mid) < 0.5 * (f.top - f.bottom):
                rows[-1].append(f)
            else:
                rows.append([f])
        numeric_row = []
        for row in rows:
            cells = [c for c in row]
            nums = sum(_is_numeric_cell(c.text) or bool(re.search(r"\d\s*\(\d", c.text)) for c in cells)
            numeric_row.append(
                nums >= 1
                and len(cells) >= 2
                and not any(_sentence_like(c.text) for c in cells)
                and (nums >= 2 or not any(c.bullet for c in cells))
            )
        drop: set[int] = set()
        i = 0
        while i < len(rows):
            if not numeric_row[i]:
                i += 1
                continue
            j = i
            gaps = 0
            while j + 1 < len(rows) and (numeric_row[j + 1] or (gaps < 2 and j + 2 < len(rows) and numeric_row[j + 2])):
                gaps = gaps + 1 if not numeric_row[j + 1] else 0
                j += 1
            n_rows = sum(numeric_row[i : j + 1])
            if n_rows >= 3 or (n_rows == 2 and max(len(r) for r in rows[i : j + 1]) >= 4):
                cols = max(len(r) for r in rows[i : j + 1])
                start = i
                while start > 0 and i - start < 20 and self._grid_row(rows[start - 1], rows[start]):
                    start -= 1
                while j + 1 < len(rows) and self._grid_row(rows[j + 1], rows[j]):
                    j += 1
                # notes in smaller print right under the grid belong to it
                cell_size = median(c.size for r in rows[i : j + 1] for c in r)
                notes = 0
                while (
                    j + 1 < len(rows)
                    and notes < 4
                    and all(c.size < cell_size - 0.5 and not c.bullet for c in rows[j + 1])
                    and rows[j][0].bottom - rows[j + 1][0].top < 2.5 * rows[j + 1][0].size
                ):
                    j += 1
                    notes += 1
                caption = None
                above = rows[start - 1] if start > 0 else None
                if above and len(above) == 1 and (_CAPTION.match(above[0].text) or _DATED.search(above[0].text)):
                    caption = above[0].text
                    if not _CAPTION.match(caption):  # a banner title over the table, not a section
                        start -= 1
                self.tables.append(TableInfo(page.number, n_rows, cols, caption))
                cells = [c for r in rows[start : j + 1] for c in r]
                page.boxes.append(
                    (
                        min(c.x0 for c in cells),
                        min(c.bottom for c in cells),
                        max(c.x1 for c in cells),
                        max(c.top for c in cells),
                    )
                )
                drop.update(range(start, j + 1))
            i = j + 1
        if not drop:
            return lines
        return [f for n, row in enumerate(rows) if n not in drop for f in row]

    def _grid_row(self, row: list[Frag], neighbour: list[Frag]) -> bool:
        """Header rows, labels and notes next to a number grid: short, unbulleted, close by."""
        gap = min(abs(row[0].bottom - neighbour[0].top), abs(neighbour[0].bottom - row[0].top))
        numeric = any(_is_numeric_cell(c.text) for c in row)
        if gap > 3 * row[0].size or (any(c.bullet for c in row) and not numeric) or _CAPTION.match(row[0].text):
            return False
        if len(row) == 1 and row[0].size > self.body + 0.5 and self._headingish(row[0]):
            return False
        if _is_numeric_cell(row[0].text):
            return True
        return len(row) >= 2 or (not _sentence_like(row[0].text) and len(row[0].text) < 40)

    def _headingish(self, f: Frag) -> bool:
        t = f.text
        if len(t) > 90 or t.endswith(_FINAL_PUNCT) or _CAPTION.match(t) or not _WORD.search(t):
            return False
        if _is_numeric_cell(t):
            return False
        letters = [c for c in t if c.isalpha()]
        caps = letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters) and len(letters) >= 4
        # small print is never a heading; a bold banner may be a point under the body size
        if len(t.split()) > 12 or t[:1].islower() or f.size < self.body - (1.5 if f.bold else 0.5):
            return False
        return bool(caps or f.bold or f.size >= 1.25 * self.body)

    def _split_row_labels(self, lines: list[Frag]) -> tuple[list[Frag], list[Frag]]:
        """In a two-column table whose right cells hold bullets, the left cells are row labels.

        A label is a short line that ends well left of an aligned bullet-text column running beside it.
        """
        bullet_x = [f.x0 for f in lines if f.bullet]
        if len(bullet_x) < 2:
            return [], lines
        cols = Counter(round(x / 4) for x in bullet_x)
        labels: list[Frag] = []
        for col, count in cols.items():
            if count < 2:
                continue
            bx = col * 4
            text_col = [f for f in lines if abs(f.x0 - bx) < 5]
            if not text_col:
                continue
            top = max(f.top for f in text_col)
            bottom = min(f.bottom for f in text_col)
            for f in lines:
                if (
                    not f.bullet
                    and f.x1 < bx - 8
                    and len(f.text) < 45
                    and bottom - 2 <= f.mid <= top + 2
                    and any(abs(g.mid - f.mid) < 1.6 * g.size for g in text_col)
                    and not _sentence_like(f.text)
                ):
                    labels.append(f)
        if not labels:
            return [], lines
        ids = {id(f) for f in labels}
        return labels, [f for f in lines if id(f) not in ids]

    def _insert_labels(self, page: PageData, labels: list[Frag], entries: list[_Entry]) -> list[_Entry]:
        """Row labels become level-2 headings placed before the first item of their table row."""
        groups: list[list[Frag]] = []
        for f in sorted(labels, key=lambda f: -f.top):
            if groups and groups[-1][-1].bottom - f.top < 0.9 * f.size:
                groups[-1].append(f)
            else:
                groups.append([f])
        label_entries = [_Entry(BlockKind.HEADING, page.number, g, level=2) for g in groups]
        centres = [(g[0].top + g[-1].bottom) / 2 for g in groups]
        edges = sorted({round(y, 1) for b in page.bands for y in b})
        label_right = max(f.x1 for f in labels)
        # only entries in the cells to the right of the labels belong to the table
        body = [e for e in entries if e.kind in (BlockKind.ITEM, BlockKind.PARAGRAPH) and e.lines[0].x0 > label_right]

        def cell(y: float) -> int:
            return sum(1 for e in edges if e > y + 0.5)

        owner: dict[int, int] = {}
        label_cells = [cell(c) for c in centres]
        # shading is only trusted when it puts every label in a row of its own
        body_cells = {cell(e.lines[0].mid) for e in body}
        if edges and len(body_cells) >= 2 and len(set(label_cells)) == len(label_cells):
            cell_of_label = {c: n for n, c in enumerate(label_cells)}
            last = None
            for e in body:
                c = cell(e.lines[0].mid)
                if c in cell_of_label:
                    last = cell_of_label[c]
                if last is not None:
                    owner[id(e)] = last
        elif sum(any(abs(e.lines[0].top - g[0].top) < 3 for e in body) for g in groups) >= 0.6 * len(groups):
            # labels set at the top of their cells: an entry belongs to the last label at or above it
            tops = [g[0].top for g in groups]
            for e in body:
                above = [n for n, t in enumerate(tops) if t >= e.lines[0].top - 3]
                if above:
                    owner[id(e)] = max(above)
        else:
            # vertically centred labels without shading: the nearest label
            for e in body:
                mid = (e.lines[0].top + e.lines[-1].bottom) / 2
                owner[id(e)] = min(range(len(centres)), key=lambda n: abs(centres[n] - mid))
        out: list[_Entry] = []
        placed: set[int] = set()
        for e in entries:
            n = owner.get(id(e))
            if n is not None and n not in placed:
                # labels of rows with nothing in them still come in order
                for m in range(n):
                    if m not in placed:
                        placed.add(m)
                        out.append(label_entries[m])
                placed.add(n)
                out.append(label_entries[n])
            out.append(e)
        for m in range(len(label_entries)):
            if m not in placed:
                out.append(label_entries[m])
        return out

    def _group(self, page: PageData, lines: list[Frag]) -> list[_Entry]:
        """Lines of one page in reading order → headings, items, paragraphs; captions and footnotes dropped."""
        # right edge of the text that starts at about the same x: tells a short (final) line from a wrapped one
        edges: dict[int, float] = defaultdict(float)
        for f in lines:
            for k in (round(f.x0 / 8) - 1, round(f.x0 / 8), round(f.x0 / 8) + 1):
                edges[k] = max(edges[k], f.x1)
        out: list[_Entry] = []
        cur: _Entry | None = None
        prev: Frag | None = None  # last line kept
        skip_last: Frag | None = None  # last line of a caption or footnote being skipped
        in_figure = False  # after a figure caption, until running text comes back
        for f in lines:
            if skip_last is not None:
                gap = skip_last.bottom - f.top
                same_style = skip_last.bold == f.bold and abs(skip_last.size - f.size) < 0.6
                aligned = skip_last.x0 - 10 <= f.x0 <= skip_last.x1
                if -2 <= gap < 0.85 * f.size and not f.bullet and aligned and (same_style or not self._headingish(f)):
                    skip_last = f
                    continue
                skip_last = None
            text = f.text
            if f.bullet is None and (m := _NUMBERED.match(text)) and not _is_numeric_cell(text):
                f.bullet, f.text = m.group(1), text[m.end() :]
            if in_figure:
                # chart titles, legends and axis labels under a figure caption: short and small
                if not f.bullet and not _sentence_like(f.text) and f.size < self.body - 0.2:
                    continue
                in_figure = False
            small = f.size <= 0.85 * self.body and page.number > 1
            footnote = _FOOTNOTE.match(text) and (f.size < self.body - 0.5 or _sentence_like(text))
            header_row = self._headingish(f) and any(
                g is not f and abs(g.top - f.top) < 1.5 and abs(g.bottom - f.bottom) < 1.5 and self._headingish(g)
                for g in lines
            )
            if not f.bullet and (_CAPTION.match(f.text) or small or footnote or header_row or self._over_box(page, f)):
                skip_last = f
                in_figure = in_figure or bool(_FIGURE.match(f.text))
                continue
            if cur is not None and not _WORD.search(f.text) and not any(c.isdigit() for c in f.text):
                # a stray full stop or bracket that pdfium put on a line of its own
                cur.lines[-1].text += f.text
                continue
            gap = (prev.bottom - f.top) if prev else 99.0
            # a wide gap, a jump back up (next column) or a line beside the last one breaks the flow
            big_gap = gap > 0.85 * f.size or gap < -2 or (prev is not None and f.x0 > prev.x1)
            right = edges[round(prev.x0 / 8)] if prev else f.x1
            if f.bullet:
                cur = _Entry(BlockKind.ITEM, page.number, [f], bullet=None if f.bullet == "image" else f.bullet)
                out.append(cur)
            elif self._headingish(f) and not (
                cur and cur.kind != BlockKind.HEADING and not big_gap and prev and prev.x1 > right - 15
            ):
                if cur and cur.kind == BlockKind.HEADING and not big_gap and abs(cur.lines[-1].size - f.size) < 1:
                    cur.lines.append(f)
                else:
                    cur = _Entry(BlockKind.HEADING, page.number, [f])
                    out.append(cur)
            elif cur is not None and cur.kind != BlockKind.HEADING and self._continues(cur, f, prev, big_gap, right):
                cur.lines.append(f)
            elif cur is not None and cur.kind == BlockKind.ITEM and not big_gap and abs(f.x0 - cur.lines[0].x0) < 4:
                # a list whose glyphs were lost: a capitalised line after a short one starts the next entry
                cur = _Entry(BlockKind.ITEM, page.number, [f])
                out.append(cur)
            else:
                cur = _Entry(BlockKind.PARAGRAPH, page.number, [f])
                out.append(cur)
            prev = f
        return out

    def _over_box(self, page: PageData, f: Frag) -> bool:
        """A styled line sitting right on top of a picture or a data table is that object's caption."""
        if not self._headingish(f) or len(_WORD.findall(f.text)) < 4:  # terse banners are section headings
            return False
        for x0, _bottom, x1, top in page.boxes:
            overlap = min(x1, f.x1) - max(x0, f.x0)
            if overlap > 0.5 * (f.x1 - f.x0) and -4 <= f.bottom - top <= 2.5 * f.size:
                return True
        return False

    def _continues(self, cur: _Entry, f: Frag, prev: Frag | None, big_gap: bool, right: float) -> bool:
        if prev is None or big_gap:
            return False
        first = cur.lines[0]
        short = prev.x1 < right - max(0.12 * (right - prev.x0), 20)
        new_sentence = short and f.text[:1].isupper() and prev.text.endswith((".", ":", "!", "?", ";"))
        if cur.kind == BlockKind.ITEM:
            # continuation lines sit under the item's text, not left of it
            return f.x0 >= first.x0 - 4 and f.x0 < first.x0 + 60 and not new_sentence
        if new_sentence:
            return False
        return abs(f.x0 - prev.x0) < 60 or f.x0 >= first.x0 - 4

    # -- entries → Document --------------------------------------------------------------------------
    def _build(self, entries: list[_Entry]) -> Document:
        self._mark_title(entries)
        self._set_levels(entries)
        b = DocumentBuilder(self.source, "pdf")
        title_parts: list[str] = []
        for e in entries:
            text = _join_lines([f.text for f in e.lines])
            first = e.lines[0]
            style = {
                "size": round(first.size, 1),
                "bold": first.bold,
                "x0": round(min(f.x0 for f in e.lines), 1),
                "x1": round(max(f.x1 for f in e.lines), 1),
                "top": round(first.top, 1),
            }
            if e.title:
                style["title"] = True
                title_parts.append(text)
            b.add(text, e.kind, page=e.page, level=e.level, bullet=e.bullet, **style)
        doc = b.build()
        doc.tables = self.tables
        doc.pages = len(self.pages)
        doc.warnings = self.warnings
        if title_parts:
            doc.title = " ".join(title_parts)
        if not doc.blocks:
            raise EmptyDocument(self.source, "no text found outside tables and page furniture")
        return doc

    def _set_levels(self, entries: list[_Entry]) -> None:
        """Two heading sizes well apart (16 pt sections, 14 pt sub-sections): the smaller are level 2."""
        heads = [e for e in entries if e.kind == BlockKind.HEADING and e.level == 1 and not e.title]
        if len(heads) < 3:
            return
        top = max(e.lines[0].size for e in heads)
        if sum(e.lines[0].size >= top - 0.5 for e in heads) < 2:
            return
        for e in heads:
            if e.lines[0].size <= top - 1.5:
                e.level = 2

    def _mark_title(self, entries: list[_Entry]) -> None:
        """The masthead: large lines at the top of page 1 (with their date line), before the body."""
        head: list[_Entry] = []
        for e in entries:
            if e.page != 1 or e.kind == BlockKind.ITEM or len(head) >= 6:
                break
            text = " ".join(f.text for f in e.lines)
            big = max(f.size for f in e.lines) >= 1.3 * self.body
            dated = bool(_DATED.search(text)) and len(text) < 90
            if not big and not (head and dated):
                break
            head.append(e)
        for e in head:
            e.title = True
            e.kind = BlockKind.PARAGRAPH


_DATED = re.compile(
    r"\b(as of|as reported|data as|update|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.I,
)
_SPLIT_HYPHEN = re.compile(r"[A-Za-z]-$")


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space; drop a line-end hyphen only where it split a word."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _SPLIT_HYPHEN.search(out) and line[:1].islower() and _plausible_split(out, line):
            out = out[:-1] + line
        elif out.endswith(("-", "/")) and not out.endswith(" -"):
            out += line
        else:
            out += " " + line
    return out


def _plausible_split(before: str, after: str) -> bool:
    """'trans-' + 'mission' is a split word; 'COVID-' + 'related' or '2019-' + 'nCoV' keep the hyphen."""
    head = re.search(r"([A-Za-z]+)-$", before)
    tail = re.match(r"[a-z]+", after)
    if not head or not tail:
        return False
    left, right = head.group(1), tail.group(0)
    # an abbreviation or a capitalised stem before the hyphen is a compound ("SARS-", "Sub-")
    if any(c.isupper() for c in left[1:]) or len(left) < 2:
        return False
    return left.lower() not in _COMPOUND_HEADS and right not in {"based", "related", "specific", "like", "wide"}


_COMPOUND_HEADS = frozenset(
    {
        "non",
        "self",
        "well",
        "long",
        "short",
        "high",
        "low",
        "co",
        "anti",
        "post",
        "pre",
        "cross",
        "multi",
        "sub",
        "follow",
        "up",
        "in",
        "out",
        "first",
        "second",
        "third",
        "one",
        "two",
        "three",
        "four",
        "five",
        "day",
        "week",
        "year",
        "age",
        "all",
        "semi",
        "full",
        "part",
        "time",
        "real",
        "under",
        "over",
        "re",
        "e",
        "x",
        "mid",
    }
)
