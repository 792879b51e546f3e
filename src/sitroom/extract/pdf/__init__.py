"""PDF: text runs with positions and fonts (pypdfium2) → headings, items and paragraphs in reading order.

The layout analysis works on text *runs* (pdfium's text rectangles), not single characters, which keeps it
fast: runs → line fragments (``chars``, ``lines``) → page furniture removed (``furniture``, the sign-off:
``signoff``, the footnotes under a short rule: ``footnotes``) → the details table under the title
(``details``) and number grids dropped (``tables``) → a boxed sidebar of figures beside the text left out,
rows of boxes drawn side by side, read box by box (``boxes``) → regions (``layout``: recursive XY-cut that
cuts columns and sidebars apart) → lines grouped into headings, items and paragraphs, a paragraph carried to
the next column joined, a bold lead heading its paragraph or opening a point's own (``blocks``, ``leads``,
``wraps``, ``rowlabels``) → pull quotes left out (``pullquote``) → the Document with its title (``document``).
"""

from __future__ import annotations

from collections import Counter

from sitroom.errors import EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.details import Details
from sitroom.extract.pdf.answers import read_printed_answers
from sitroom.extract.pdf.attributecells import drop_attribute_cells
from sitroom.extract.pdf.blocks import group
from sitroom.extract.pdf.board import take_board
from sitroom.extract.pdf.boxes import drop_figure_boxes, place_rows, take_boxes
from sitroom.extract.pdf.cards import take_cards
from sitroom.extract.pdf.contents import drop_contents
from sitroom.extract.pdf.cover import take_closing, take_cover
from sitroom.extract.pdf.details import drop_details
from sitroom.extract.pdf.document import build
from sitroom.extract.pdf.footband import drop_foot_band
from sitroom.extract.pdf.footnotes import drop_footnotes
from sitroom.extract.pdf.formrows import ruled_forms
from sitroom.extract.pdf.furniture import drop_captions, remove_furniture
from sitroom.extract.pdf.grids import take_grids
from sitroom.extract.pdf.groupcounts import drop_group_counts
from sitroom.extract.pdf.hyphens import join_lines, word_counts
from sitroom.extract.pdf.lattice import take_sheet_sections
from sitroom.extract.pdf.layout import (
    attach_picture_bullets,
    figures_only,
    names_in_place,
    numbered_names,
    with_titles,
    xy_cut,
)
from sitroom.extract.pdf.letterhead import drop_addressee, drop_letterhead
from sitroom.extract.pdf.mailprint import join_mail_fields, join_webmail_header
from sitroom.extract.pdf.markuppane import drop_markup_pane
from sitroom.extract.pdf.pagetitles import mark_page_titles
from sitroom.extract.pdf.pullquote import drop_pull_quotes
from sitroom.extract.pdf.reader import read_pdf
from sitroom.extract.pdf.recorddown import join_records_across_pages, take_records_down
from sitroom.extract.pdf.recordfields import read_record_fields
from sitroom.extract.pdf.rowlabels import insert_labels, split_grid_labels, split_row_labels
from sitroom.extract.pdf.signoff import drop_signoff
from sitroom.extract.pdf.sitefooter import drop_share_footer
from sitroom.extract.pdf.slidenotes import drop_speaker_notes
from sitroom.extract.pdf.statuspanel import take_status_panels
from sitroom.extract.pdf.strip import drop_strips
from sitroom.extract.pdf.structs import Entry, Frag, PageData, in_reading_order
from sitroom.extract.pdf.tables import drop_tables
from sitroom.extract.pdf.text import sentence_like
from sitroom.extract.pdf.title import find_band, off_band, take_masthead
from sitroom.extract.pdf.webprint import drop_link_sidebar, drop_web_chrome
from sitroom.extract.pdf.wraps import join_across_pages
from sitroom.model import BlockKind, Document, TableInfo

__all__ = ["PdfExtractor", "join_lines"]


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
        meta: dict = {}
        pages = read_pdf(data, source, meta)
        if not any(p.frags for p in pages):
            raise EmptyDocument(source, "no text layer (scanned PDF?)")
        doc = _analyse(pages, source)
        doc.meta.update(meta)
        return doc


# Characters of running text (two sentences) enough to tell the body's size by them alone.
_PROSE_CHARS = 120


def _body_size(pages: list[PageData]) -> float:
    """The size most of the running text is set in (weighted by characters): the body is what the
    sentences are set in, not the small print of a report's many table cells (sentences in ruled rows among
    them). A page of little running text (a dashboard, a form) is weighed by all its text."""
    sizes: Counter[float] = Counter()
    prose: Counter[float] = Counter()
    for p in pages:
        for f in p.frags:
            size = round(f.size * 2) / 2
            sizes[size] += len(f.text)
            if sentence_like(f.text) and not p.ruled(f):
                prose[size] += len(f.text)
    if prose.total() >= _PROSE_CHARS:
        return prose.most_common(1)[0][0]
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _analyse(pages: list[PageData], source: str) -> Document:
    body = _body_size(pages)
    tables: list[TableInfo] = []
    drop_share_footer(pages)
    for p in pages:
        drop_web_chrome(p)
        join_mail_fields(p)
        join_webmail_header(p)
    remove_furniture(pages)
    drop_speaker_notes(pages)
    drop_signoff(pages)
    read_printed_answers(pages)
    read_record_fields(pages)
    drop_contents(pages, body)
    words = word_counts(f.text for p in pages for f in p.frags)
    per_page = []
    for before, p in zip([None, *pages], pages, strict=False):
        p.carried = before.open_header if before is not None else []
        p.carried_row = before.open_row if before is not None else None
        p.carried_sheet = before.open_sheet if before is not None else []
        p.rows_before = before.rows_open if before is not None else 0
        p.ends = list(before.ends) if before is not None else []
        page_entries = take_cover(p, _page_entries(p, body, tables, words), body, len(pages))
        per_page.append(take_closing(p, page_entries, body, len(pages)))
    entries: list[Entry] = []
    for page_entries in mark_page_titles(pages, per_page):
        if page_entries and entries:
            join_across_pages(entries[-1], page_entries)
        entries.extend(page_entries)
    entries = join_records_across_pages(drop_pull_quotes(entries, pages))
    entries = _with_details(entries, [d for p in pages for d in p.details])
    return build(entries, source, body, len(pages), tables, _warnings(pages), words)


def _with_details(entries: list[Entry], fields: list[tuple[str, str]]) -> list[Entry]:
    """A form's details, left out of the text, still give the report's number and date ("Report number 3",
    "Date: 13/09/2023"): set with the masthead, after the title lines the page opens with."""
    lines = Details(fields).masthead_lines() if fields else []
    if not lines:
        return entries
    at = next((n for n, e in enumerate(entries) if not e.title), len(entries))
    first = entries[at - 1].lines[-1] if at else entries[0].lines[0] if entries else None
    x0, top, size = (first.x0, first.bottom - 1, first.size) if first else (0.0, 0.0, 10.0)
    made = [
        Entry(
            BlockKind.PARAGRAPH,
            1,
            [Frag(text, x0, x0 + size * len(text) / 2, top - size, top, size, False)],
            title=True,
            masthead=True,
        )
        for text in lines
    ]
    return entries[:at] + made + entries[at:]


def place(entries: list[Entry], held: list[Entry]) -> list[Entry]:
    """The items of a grid go where the grid stood, in the grid's own order: after the last entry above its
    top in its column (entries standing over or under it), else before the first entry of that column
    below it."""
    out = list(entries)
    groups: dict[int, list[Entry]] = {}
    for n, e in enumerate(held):  # a grid's entries together; an entry of no grid alone
        groups.setdefault(e.grid or -n - 1, []).append(e)
    for grid in sorted(groups.values(), key=lambda g: -g[0].lines[0].top):  # top down
        top = grid[0].lines[0].top
        # the grid's whole width, where known: its items may fill one column of it only
        x0, x1 = grid[0].across or (min(f.x0 for e in grid for f in e.lines), max(f.x1 for e in grid for f in e.lines))
        column = [
            n for n, o in enumerate(out) if min(f.x0 for f in o.lines) < x1 and max(f.x1 for f in o.lines) > x0
        ] or list(range(len(out)))
        # the heading right over the grid heads it, though the grid stands indented or centred beyond its words
        over = [n for n, o in enumerate(out) if o.lines[-1].bottom >= top - 1]
        nearest = min(over, key=lambda n: out[n].lines[-1].bottom, default=None)
        if nearest is not None and _heads_grid(out[nearest], top, x1):
            column = sorted({*column, nearest})
        below = [n for n in column if out[n].lines[0].top < top - 1]
        above = [n for n in column if out[n].lines[0].top >= top - 1]
        # after what stands over it in its column (a narrow title over a wide table is read first), else
        # before what stands under it
        at = above[-1] + 1 if above else below[0] if below else len(out)
        out[at:at] = grid
    return out


def _heads_grid(entry: Entry, top: float, right: float) -> bool:
    """A heading standing over a grid's first item (within four of its lines: the grid's header row may stand
    between) and left of its right edge."""
    head = entry.lines[-1]
    return entry.kind == BlockKind.HEADING and head.bottom - top < 4 * head.size and head.x0 < right


# What is counted by the piece, not by the line.
NOT_LINES = frozenset({"footnote mark"})


def _warnings(pages: list[PageData]) -> list[str]:
    """What the layout analysis left out, counted by reason, so that nothing is dropped silently."""
    totals: Counter[str] = Counter()
    for p in pages:
        totals.update(p.dropped)
    return [
        f"{n} {reason}(s) left out" if reason in NOT_LINES else f"{n} line{'s' if n > 1 else ''} left out as {reason}"
        for reason, n in sorted(totals.items())
    ]


def _page_entries(page: PageData, body: float, tables: list[TableInfo], words: Counter[str]) -> list[Entry]:
    lines: list[Frag] = []
    frags = drop_foot_band(page, drop_footnotes(page, in_reading_order(page.frags), body), body)
    # a whiteboard's frames and notes first: its notes side by side are no grid, no columns of text
    frags, board, board_area = take_board(page, frags)
    band = find_band(page, frags, body)
    pictures = tuple(page.boxes)  # before the tables found below join them
    frags = drop_tables(page, drop_details(page, drop_markup_pane(page, frags, body)), body, tables)
    # a table taken out of one column holds its space there, as a picture does: the column reads on past it
    dropped = tuple(page.boxes[len(pictures) :])
    frags = drop_captions(page, frags, body)
    frags = drop_strips(page, frags, body, tables)
    # a table's status, date and owner cells beside its sentences, under their column's name
    frags = drop_attribute_cells(page, frags)
    # a sidebar of links first: its teasers, side by side, are no grid of the column they stand in
    frags = drop_link_sidebar(page, frags)
    frags = drop_figure_boxes(page, frags)
    frags, sheet, sheets = take_sheet_sections(page, frags)
    frags, downs, down_boxes = take_records_down(page, frags, words)
    frags, held, grids = take_grids(page, frags, tables, words, body)
    held, grids = board + sheet + downs + held, board_area + sheets + down_boxes + grids
    # a page laid out in boxes side by side is read box by box: cards stacked in columns stack by stack, rows
    # of boxes level left to right along each row
    frags, card_rows = take_cards(page, frags, body)
    frags, box_rows = take_boxes(page, frags, body)
    box_rows = card_rows + box_rows
    # a grid taken out of a column leaves its space held, as a picture's, so the column is read on past it; a
    # ruled form's label cells and value cells are one table's columns, read row by row, never the page's
    across = with_titles(grids, frags, body) + tuple(ruled_forms(page, frags))
    cut = xy_cut(frags, body, pictures=pictures + dropped + tuple(grids), tables=across, rivers=tuple(page.rivers))
    leaves = place_rows(cut, box_rows)
    names: list[Frag] = []
    for region, (leaf, side) in enumerate(take_status_panels(page, leaves, tables)):
        leaf[:] = in_reading_order(leaf)
        if side and numbered_names(page, leaf):
            names += leaf  # the names of numbered sections set over their text, cut from it as a column
            continue
        if side and figures_only(page, leaf):
            page.drop("figures beside the text", len(leaf))
            continue
        page.region.update((id(f), region) for f in leaf)
        lines.extend(leaf)
    lines = names_in_place(page, lines, names) if names else lines
    if band:
        band, lines = off_band(band, lines, page)
    if not lines:
        return band + held
    attach_picture_bullets(page, lines)
    if page.number == 1 and not band:
        lines = drop_addressee(page, drop_letterhead(page, lines, body))
    head, lines = take_masthead(lines, body) if page.number == 1 and not band else ([], lines)
    labels, lines = split_row_labels(lines, page.region)
    if not labels:
        labels, lines = split_grid_labels(page, lines)
    entries = group(page, lines, body)
    if labels:
        entries = insert_labels(page, labels, entries)
    if held:
        entries = place(entries, held)
    entries = drop_group_counts(page, entries)
    # the date line under the title ("Rapport nr. 2 · 21. oktober 2024 · Udarbejdet af: …") dates the report,
    # it does not name it
    title = [Entry(BlockKind.PARAGRAPH, page.number, b, title=True, masthead=n > 0) for n, b in enumerate(head)]
    return band + title + entries
