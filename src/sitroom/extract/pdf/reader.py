"""Opening the PDF and reading each page: line fragments, picture bullets, row shading and pictures."""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.errors import CorruptDocument
from sitroom.extract.pdf.chars import read_runs
from sitroom.extract.pdf.charts import MIN_LENGTH, chart_areas, drop_chart_text
from sitroom.extract.pdf.fields import Field, init_forms, read_fields, take_labels, value_runs
from sitroom.extract.pdf.lines import merge_runs
from sitroom.extract.pdf.maps import MAP_SEGMENTS, drop_map_labels, map_areas
from sitroom.extract.pdf.occlusion import Paint, uncovered
from sitroom.extract.pdf.rivers import column_rivers
from sitroom.extract.pdf.rtl import mirror_boxes, mirror_frag, mirror_spans, mirror_verticals, rtl_page
from sitroom.extract.pdf.sideways import turn_upright
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.text.spacing import close_letter_spacing


def page_objects(
    page: pdfium.PdfPage, want_paths: bool
) -> tuple[list, list, list, list, list, list, list, list, list, list, list, list, Paint]:
    """Small square images (picture bullets), pictures, large filled rectangles (table row shading),
    text drawn twice a fraction of a point apart (bold faked by overprinting), horizontal rules,
    large filled shapes (drawn pictures or shaded panels, told apart once the text is known), and
    drawn boxes (outlined or filled shapes of a few sides, where a page is laid out in boxes), the
    strokes of borders, horizontal and vertical (a ruled table's cells), and small outlined boxes (cells boxed
    one by one, or a chart's bars: ``cell_borders`` tells them apart once the text is known), and drawn lines of
    many segments (a map's rivers and boundaries, a chart's series) and long thin lines however thick (a chart's
    gridlines), with the order they were painted in (``Paint``)."""
    rules: list[float] = []
    hsegs: list[tuple[float, float, float]] = []
    vsegs: list[tuple[float, float, float]] = []
    marks: list[tuple[float, float, float]] = []
    squares: list[tuple[float, float, float, tuple[int, ...]]] = []
    texts: list[tuple[float, float, object]] = []
    matrix = pdfium_c.FS_MATRIX()
    mref = ctypes.byref(matrix)
    rects: list[tuple[float, float, float, float]] = []
    pictures: list[tuple[float, float, float, float]] = []
    fills: list[tuple[float, float, float, float]] = []
    frames: list[tuple[float, float, float, float]] = []
    outlined: list[tuple[float, float, float, float]] = []
    strokes: list[tuple[float, float, float, float]] = []
    gridlines: list[tuple[float, float, float]] = []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    line = ctypes.c_float()
    paint = Paint()
    raw = page.raw  # the handle itself: a page of charts holds thousands of objects
    n = pdfium_c.FPDFPage_CountObjects(raw)
    lb, bb, rb, tb = (ctypes.c_float() for _ in range(4))
    refs = ctypes.byref(lb), ctypes.byref(bb), ctypes.byref(rb), ctypes.byref(tb)
    for i in range(n):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT and want_paths:
            # where the text starts: cheap to read, unlike its bounds (which need the glyph outlines)
            if pdfium_c.FPDFPageObj_GetMatrix(obj, mref):
                texts.append((matrix.e, matrix.f, obj))
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE or (want_paths and kind == pdfium_c.FPDF_PAGEOBJ_PATH):
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                continue
            w, h = rb.value - lb.value, tb.value - bb.value
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if 3 < w < 16 and 3 < h < 16 and abs(w - h) < 3:
                    marks.append((lb.value, rb.value, (bb.value + tb.value) / 2))
                elif w > 80 and h > 50:
                    pictures.append((lb.value, bb.value, rb.value, tb.value))
            elif 2 < w < 16 and abs(w - h) < 0.5 and _round(obj):
                # a browser prints a list's disc as a small filled circle, not as a glyph; a checklist's items
                # each open with an empty circle to tick
                marks.append((lb.value, rb.value, (bb.value + tb.value) / 2))
            elif 2 < w < 8 and abs(w - h) < 0.5 and _filled_square(obj, fill_mode, stroke):
                squares.append((lb.value, rb.value, (bb.value + tb.value) / 2, _fill(obj)))
            elif w > 150 and h > 12:
                rects.append((lb.value, bb.value, rb.value, tb.value))
            elif w > 40 and h < 2:
                rules.append((bb.value + tb.value) / 2)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH and h < _STROKE and w > 4:
                hsegs.append((lb.value, rb.value, (bb.value + tb.value) / 2))
                paint.horizontal.append(i)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and w < _STROKE and h > 4:
                vsegs.append(((lb.value + rb.value) / 2, bb.value, tb.value))
                paint.vertical.append(i)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and w > 8 and 8 < h < _CELL_HEIGHT and _outlined_box(obj, stroke):
                # the bounds reach out by the stroke's width: the box's sides stand that far in
                pdfium_c.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(line))
                inset = min(line.value, _STROKE / 2)
                outlined.append((lb.value + inset, bb.value + inset, rb.value - inset, tb.value - inset))
                paint.boxes.append(i)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH and w > 8 and h > 8 and _filled_box(obj, fill_mode, stroke):
                paint.covers.append((i, lb.value, bb.value, rb.value, tb.value))
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH and w > 80 and h > 50:
                pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
                if fill_mode.value:
                    fills.append((lb.value, bb.value, rb.value, tb.value))
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH or (w <= 20 and h <= 20):
                continue
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            # a box's outline: four sides, and with rounded corners drawn as a ring (an outer and an inner outline)
            if w > 60 and h > 10 and segments <= _FRAME_SEGMENTS:
                frames.append((lb.value, bb.value, rb.value, tb.value))
            if segments >= MAP_SEGMENTS:
                strokes.append((lb.value, bb.value, rb.value, tb.value))
            elif h <= 5 and w >= MIN_LENGTH:
                gridlines.append((lb.value, rb.value, (bb.value + tb.value) / 2))
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
    shapes = marks + square_bullets(squares), bands, pictures, overprinted(texts), sorted(rules), fills, frames
    return (*shapes, hsegs, vsegs, outlined, strokes, gridlines, paint)


def square_bullets(squares: list[tuple[float, float, float, tuple[int, ...]]]) -> list[tuple[float, float, float]]:
    """Small filled squares a program drew before list entries (x0, x1, mid-y), unlike a chart's legend
    keys: keys stand side by side on a line, or each in a colour of its own, as bullets do not."""
    alone = [q for q in squares if not any(o is not q and abs(o[2] - q[2]) < 1 for o in squares)]
    if len(alone) >= 3 and len({q[3] for q in alone}) == len(alone):
        return []
    return [(x0, x1, mid) for x0, x1, mid, _ in alone]


def split_fills(
    fills: list[tuple[float, float, float, float]], frags: list[Frag]
) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, float, float]]]:
    """Large filled shapes → drawn pictures (no text on them; overlapping shapes, a sky and the ground
    drawn over it, make one picture) and panels (shaded boxes with text set on them, a masthead band)."""
    pictures: list[tuple[float, float, float, float]] = []
    panels = []
    for x0, b, x1, t in fills:
        if any(x0 <= (f.x0 + f.x1) / 2 <= x1 and b <= f.mid <= t for f in frags):
            panels.append((x0, b, x1, t))
            continue
        for n, (px0, pb, px1, pt) in enumerate(pictures):
            if x0 < px1 and px0 < x1 and b < pt and pb < t:
                pictures[n] = (min(x0, px0), min(b, pb), max(x1, px1), max(t, pt))
                break
        else:
            pictures.append((x0, b, x1, t))
    return pictures, panels


def overprinted(origins: list[tuple[float, float, object]]) -> list[tuple[float, float, float, float]]:
    """Text objects with a twin of the same size drawn a little away: the text is set in fake bold.

    Candidates are objects starting within a point and a half of each other; their bounds (the costly
    part) are read only for those, and must match in size.
    """
    out = []
    lb, bb, rb, tb = (ctypes.c_float() for _ in range(4))
    refs = ctypes.byref(lb), ctypes.byref(bb), ctypes.byref(rb), ctypes.byref(tb)

    def bounds(obj: object) -> tuple[float, float, float, float] | None:
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            return None
        return lb.value, bb.value, rb.value, tb.value

    # objects hashed by where they start: only objects in one cell or the next one to the right are compared
    cells: dict[tuple[int, int], list[tuple[float, float, object]]] = {}
    for o in origins:
        cells.setdefault((int(o[0] // 1.5), int(o[1])), []).append(o)
    for (cx, cy), here in cells.items():
        near = here + cells.get((cx + 1, cy), [])
        if len(near) < 2:
            continue
        for x, y, obj in here:
            for ox, oy, other in near:
                if not (0 <= ox - x < 1.5 and abs(oy - y) < 1.0) or (ox, oy) == (x, y):
                    continue
                a, b = bounds(obj), bounds(other)
                if not a or not b or a[2] - a[0] <= 1.0 or abs((b[2] - b[0]) - (a[2] - a[0])) >= 0.2:
                    continue
                # a twin overlaps most of the glyphs; the next glyph of a word starts about a width further
                if b[0] - a[0] < 0.5 * (a[2] - a[0]):
                    out.append((a[0], min(a[1], b[1]), b[2], max(a[3], b[3])))
                    break
    return out


def mark_overprinted(frags: list[Frag], doubled: list[tuple[float, float, float, float]]) -> None:
    """A line mostly covered by overprinted text reads as bold (pdfium keeps one copy of the glyphs)."""
    for f in frags:
        if f.bold:
            continue
        cover = sum(max(0.0, min(x1, f.x1) - max(x0, f.x0)) for x0, b, x1, t in doubled if b - 1 <= f.mid <= t + 1)
        f.bold = cover > 0.6 * (f.x1 - f.x0)


def _saved_date(pdf: pdfium.PdfDocument) -> str | None:
    """The document's modification (else creation) date from its metadata ("D:20201020164119Z"), ISO."""
    try:
        meta = pdf.get_metadata_dict()
    except (pdfium.PdfiumError, ValueError, UnicodeError):
        return None
    for key in ("ModDate", "CreationDate"):
        m = re.match(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)", meta.get(key) or "")
        if m:
            try:
                return date(*map(int, m.groups())).isoformat()
            except ValueError:
                continue
    return None


def _round(obj: object) -> bool:
    """A path drawn with curves only (a dot), unlike a tick box or a table's corner."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if not 4 <= n <= 20:
        return False
    kinds = {pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, i)) for i in range(n)}
    return pdfium_c.FPDF_SEGMENT_BEZIERTO in kinds and pdfium_c.FPDF_SEGMENT_LINETO not in kinds


_FRAME_SEGMENTS = 36
# a border's stroke is this thin at most: pdfium's bounds of a line count its width, so a 1 pt line is 2 pt across
_STROKE = 2.5
# a cell's box holds a few lines of text, or is a cell merged down a few rows of a sheet; a taller outline frames
# a panel, no cell
_CELL_HEIGHT = 160
# a rule runs under a row of the page: a box narrower than this rules no row
_RULE_WIDTH = 40


def cell_borders(
    boxes: list[tuple[float, float, float, float]],
    runs: list[Frag],
    rules: list[float],
    hsegs: list[tuple[float, float, float]],
    vsegs: list[tuple[float, float, float]],
    paint: Paint,
) -> None:
    """The sides of each outlined box that holds a line of text (a sheet that boxes every cell) join the page's
    borders, as strokes of their own would, painted when the box was; a box holding no text (a chart's bar) does
    not."""
    for (x0, b, x1, t), order in zip(boxes, paint.boxes, strict=True):
        if not any(x0 - 1 <= r.x0 and r.x1 <= x1 + 1 and b - 1 <= (r.bottom + r.top) / 2 <= t + 1 for r in runs):
            continue
        hsegs += [(x0, x1, b), (x0, x1, t)]
        vsegs += [(x0, b, t), (x1, b, t)]
        paint.horizontal += [order, order]
        paint.vertical += [order, order]
        if x1 - x0 > _RULE_WIDTH:
            rules += [b, t]
    rules.sort()


def _straight_sides(obj: object, most: int) -> bool:
    """A path of four straight sides (and at most ``most`` segments, its close among them): no curve."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    return 4 <= n <= most and not any(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, i)) == pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(n)
    )


def _outlined_box(obj: object, stroke: ctypes.c_int) -> bool:
    """A path of four straight sides, stroked: a box drawn round a cell (the draw mode asked first: a chart's
    many filled shapes are told apart by it at once)."""
    fill_mode = ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    return bool(stroke.value) and _straight_sides(obj, 5)


def _filled_box(obj: object, fill_mode: ctypes.c_int, stroke: ctypes.c_int) -> bool:
    """A filled path of four straight sides: a cell's fill, which hides what was painted under it."""
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    return bool(fill_mode.value) and _straight_sides(obj, 5)


def _filled_square(obj: object, fill_mode: ctypes.c_int, stroke: ctypes.c_int) -> bool:
    """A path of four straight sides, filled and not stroked (a square bullet), unlike a tick box's outline."""
    if not _straight_sides(obj, 6):
        return False
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    return bool(fill_mode.value) and not stroke.value


def _fill(obj: object) -> tuple[int, ...]:
    rgba = [ctypes.c_uint() for _ in range(4)]
    pdfium_c.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in rgba))
    return tuple(v.value for v in rgba)


def read_pdf(data: bytes, source: str, meta: dict | None = None) -> list[PageData]:
    """Every page's fragments and objects, with the answers in a form's fields set where they stand; the
    project's errors for damaged or encrypted files. ``meta`` receives the date the file was saved
    ("saved"), when its metadata has one."""
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
    read: list[tuple[PageData, list[Frag], list[Field], list, list, list]] = []
    init_forms(pdf)  # before any page is loaded
    if meta is not None and (saved := _saved_date(pdf)):
        meta["saved"] = saved
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                if turn_upright(page, tp):  # a landscape page printed sideways: read as a reader turns the sheet
                    tp.close()
                    tp = page.get_textpage()
                try:
                    fields = read_fields(pdf, page)
                    # shading, rules and overprinting are only worth reading where there is text
                    objects = page_objects(page, tp.count_chars() > 0 or bool(fields))
                    marks, bands, pictures, doubled, rules, fills, frames, hsegs, vsegs, outlined, *drawn = objects
                    strokes, grid, paint = drawn
                    runs = read_runs(tp, overprinted=bool(doubled))
                    cell_borders(outlined, runs, rules, hsegs, vsegs, paint)
                    hsegs = uncovered(hsegs, paint.horizontal, paint.covers, horizontal=True)
                    vsegs = uncovered(vsegs, paint.vertical, paint.covers, horizontal=False)
                finally:
                    tp.close()
                width, height = page.get_size()
            finally:
                page.close()
            if rtl_page(runs):
                # a page set right to left is read as its mirror image (see ``rtl``)
                for r in runs:
                    mirror_frag(r, width)
                for f in fields:
                    f.x0, f.x1 = width - f.x1, width - f.x0
                marks = [(width - x1, width - x0, mid) for x0, x1, mid in marks]
                pictures, doubled = mirror_boxes(pictures, width), mirror_boxes(doubled, width)
                fills, frames = mirror_boxes(fills, width), mirror_boxes(frames, width)
                strokes, grid = mirror_boxes(strokes, width), mirror_spans(grid, width)
                hsegs, vsegs = mirror_spans(hsegs, width), mirror_verticals(vsegs, width)
            page_data = PageData(
                i + 1, width, height, [], marks, bands, pictures, rules=rules, frames=frames, hsegs=hsegs, vsegs=vsegs
            )
            read.append((page_data, runs, fields, fills, doubled, (strokes, grid)))
    finally:
        pdf.close()
    # a field that leaves its size to the viewer is filled in the body's size: known once all pages are read
    body = _run_body([r for _, runs, *_ in read for r in runs], [f for _, _, fields, *_ in read for f in fields])
    pages = []
    header: list[Frag] = []  # a banded table's header, whose columns go on over the pages after it
    for p, runs, fields, fills, doubled, (strokes, grid) in read:
        p.banded = list(header)
        gutters = column_rivers(runs, body)  # justified columns set close: a gutter no gap between words shows
        p.rivers = [x for x, _, _ in gutters]
        frags = merge_runs(runs + value_runs(runs, fields, body), p.dropped, p.vsegs, header, gutters)
        for f in frags:
            f.text = close_letter_spacing(f.text)
        frags, p.details = take_labels(frags, fields, p.dropped)
        if doubled:
            mark_overprinted(frags, doubled)
        if maps := map_areas(fills, strokes, frags):  # a map or a chart: its words are its labels
            fills = [f for f in fills if f not in maps]
            frags = drop_map_labels(frags, maps, p)
        if charts := chart_areas(grid, frags):  # gridlines with an axis's figures: a chart's words
            frags = drop_chart_text(frags, charts, p)
        drawn, p.panels = split_fills(fills, frags)
        drawn += maps + charts
        p.frags, p.boxes = frags, p.boxes + drawn
        pages.append(p)
    return pages


def _run_body(runs: list[Frag], fields: list[Field]) -> float:
    """The size most of the text is set in (by characters), the answers in fields of a set size counted."""
    sizes: Counter[float] = Counter()
    for r in runs:
        sizes[round(r.size * 2) / 2] += len(r.text)
    for f in fields:
        if f.size and not f.detail:
            sizes[round(f.size * 2) / 2] += len(f.value)
    return sizes.most_common(1)[0][0] if sizes else 10.0
