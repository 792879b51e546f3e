"""What kind of table an HTML table is, from its cells: a form of label/value pairs, or a board of counts
and ratings under a header row. Either is data to look up, not points to list."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.columns import FIGURE_CELL, attribute_columns, is_attribute_value, is_lookup_table, is_status_board
from sitroom.extract.html.markup import _CSS_BOLD, _attr, clean_text
from sitroom.extract.rowtable import is_empty_cell


def is_header_row(row: list[LexborNode]) -> bool:
    """A table's first row of column headings: ``<th>`` cells, or cells set wholly in bold as Word and
    Outlook write a header row ("<td><b>Status</b></td>")."""
    filled = [c for c in row if clean_text(c.text(deep=True))]
    # (a cell of Word and Outlook holds its words in one paragraph: "<td><p><b>Status</b></p></td>")
    if len(filled) < 2 or any(c.css_first("ul, ol, table") or len(c.css("p")) > 1 for c in filled):
        return False
    return all(c.tag == "th" or is_bold_cell(c) for c in filled)


def labels_section_rows(rows: list[list[LexborNode]]) -> bool:
    """The first row names the columns of a table of sections ("Thema | Stand 08:00 Uhr" over "Lage | • …"): every
    cell of it bold, where under it only the first column's labels are, the cells beside them points, and maybe a
    column of fields after them ("Tema | Informashon | Ora": the hour of each point). A label merged down its rows
    stands in the first of them only."""
    if len(rows) < 3 or not is_header_row(rows[0]):
        return False
    ncols = len(rows[0])
    fields = attribute_columns([clean_text(c.text(deep=True)) for c in rows[0]])
    if ncols - len(fields) != 2 or fields & {0, 1} or any(len(r) not in (ncols, ncols - 1) for r in rows[1:]):
        return False  # (two columns: a section's name and its points)
    beside = [r[1] if len(r) == ncols else r[0] for r in rows[1:]]
    beside = [c for c in beside if clean_text(c.text(deep=True))]
    names = [r[0] for r in rows[1:] if len(r) == ncols and clean_text(r[0].text(deep=True))]
    # under it, each row a section's name set bold beside its points
    named = all((c.tag == "th" or is_bold_cell(c)) and len(clean_text(c.text(deep=True)).split()) <= 6 for c in names)
    return len(beside) >= 2 and named and not any(is_bold_cell(c) for c in beside)


def is_bold_cell(cell: LexborNode) -> bool:
    """The cell's text is wholly bold: in ``<b>``, or the cell set bold by its style (a spreadsheet's class)."""
    if _CSS_BOLD.search(cell.attributes.get("style") or ""):
        return True
    return clean_text(" ".join(b.text(deep=True) for b in cell.css("b, strong"))) == clean_text(cell.text(deep=True))


def is_rated_board(rows: list[list[LexborNode]]) -> bool:
    """Under a header row, every cell beside a row's label is a number, or a rating under a column that rates
    ("Local authority | Status | Centres open" over "Kelbrae Council | Amber | 2"): a board of counts and
    ratings, whose rows are data to look up, not points to list."""
    if len(rows) < 3 or not is_header_row(rows[0]):
        return False
    rates = attribute_columns([clean_text(c.text(deep=True)) for c in rows[0]])
    values = [(n, clean_text(c.text(deep=True))) for row in rows[1:] for n, c in enumerate(row) if n]
    values = [(n, t) for n, t in values if t and not is_empty_cell(t)]
    return bool(values) and all(FIGURE_CELL.match(t) or (n in rates and is_attribute_value(t)) for n, t in values)


def is_form_grid(rows: list[list[LexborNode]]) -> bool:
    """Label/value pairs ("Reporting officer: | J. Smith"): a form, not sentences to list."""
    pairs = [[clean_text(c.text(deep=True)) for c in row] for row in rows]
    pairs = [p for p in pairs if any(p)]
    if len(pairs) < 2 or any(len(p) != 2 for p in pairs):
        return False
    return all(len(label.split()) <= 5 and len(value.split()) < 6 for label, value in pairs)


# a figure card's label: "municípios afetados", "people displaced"
_CARD_LABEL_WORDS = 6
# cards side by side make a strip from this many
_MIN_CARDS = 3
_FIGURES_CLASS = re.compile(r"(?:key|headline)[-_ ]?(?:figure|number|stat)|\bstats\b|\bkpis?\b|\bmetrics\b", re.I)


def figure_cards(node: LexborNode) -> int:
    """How many cards ``node`` holds when it is a row of cards, each a figure and its short label ("96" over
    "municípios afetados"): a key-figures strip restating the report's own numbers, data to look up, not
    points to list. 0 when it is none. A table of one row of such cells is one too, two cards side by side
    ("243" over "families moved out of the water")."""
    if node.tag == "table":
        rows = node.css("tr")
        if len(rows) != 1:
            return 0
        cards = [c for c in rows[0].iter() if c.tag in ("td", "th")]
        least = 2
    else:
        cards = [c for c in node.iter() if c.tag not in ("-text", "-comment")]
        # a box its class names for key figures holds them however few ("key-figures" around one card)
        least = 1 if _FIGURES_CLASS.search(node.attributes.get("class") or "") else _MIN_CARDS
    return len(cards) if len(cards) >= least and all(_card(c) for c in cards) else 0


def _card(card: LexborNode) -> bool:
    """A figure, then its short label: each in an element of its own, or the label the text after the figure's."""
    # a grid wraps each card in a column of its own ("col" around "stat"): the card is inside the wrappers
    while len(inner := [c for c in card.iter() if c.tag not in ("-text", "-comment")]) == 1 and not clean_text(
        "".join(c.text(deep=False) for c in card.iter(include_text=True) if c.tag == "-text")
    ):
        card = inner[0]
    full = clean_text(card.text(deep=True))
    parts = (clean_text(p.text(deep=True)) for p in card.iter() if p.tag not in ("-text", "-comment"))
    first = next((t for t in parts if t), "")
    if not first or not FIGURE_CELL.match(first) or not full.startswith(first):
        return False
    label = full[len(first) :].strip()
    return 0 < len(label.split()) <= _CARD_LABEL_WORDS and not label.endswith((".", "!", "?"))


def is_lookup_rows(rows: list[list[LexborNode]]) -> bool:
    """Under a header row, a table of names, places and hours to look things up in (``columns.is_lookup_table``),
    or a board of statuses under a header naming them, however it is styled (``columns.is_status_board``)."""
    texts = [[clean_text(c.text(deep=True)) for c in r] for r in rows]
    return is_status_board(texts) or (is_header_row(rows[0]) and is_lookup_table(texts))


def _column_letters(n: int) -> list[str]:
    """A spreadsheet's first ``n`` column letters: A … Z, AA, AB …"""
    letters = []
    for k in range(n):
        name, k = "", k + 1
        while k:
            k, rest = divmod(k - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def without_sheet_headers(rows: list[list[LexborNode]]) -> tuple[list[list[LexborNode]], int]:
    """A spreadsheet published as a page keeps its column letters over the columns (A, B, C …) and its row numbers
    beside the rows (1, 2, 3 …): the sheet's frame, not its content. The rows without them, and how many header
    cells were left out (0 when the table has no such frame)."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return rows, 0
    letters = [clean_text(c.text(deep=True)) for c in rows[0][1:]]
    if clean_text(rows[0][0].text(deep=True)) or letters != _column_letters(len(letters)):
        return rows, 0
    numbers = [clean_text(row[0].text(deep=True)) for row in rows[1:] if row]
    if not all(n.isdigit() for n in numbers) or [int(n) for n in numbers] != sorted(int(n) for n in numbers):
        return rows, 0
    return [row[1:] for row in rows[1:]], len(rows[0]) + len(numbers)


LINK_WORDS = 2


def link_bar(rows: list[list[LexborNode]]) -> bool:
    """A table of one row whose cells are each a link of a word or two and nothing else ("Like | Comment |
    Restack", "Share | Print"): a bar of the page's or message's actions, laid out as a table, not a table's text."""
    if len(rows) != 1 or len(rows[0]) < 2:
        return False
    for cell in rows[0]:
        text = " ".join(cell.text(deep=True).split())
        links = " ".join(" ".join(a.text(deep=True).split()) for a in cell.css("a"))
        if not text or text != links or len(text.split()) > LINK_WORDS:
            return False
    return True


def title_rows(rows: list[list[LexborNode]]) -> int:
    """How many first rows of a table are its title and the line under it, each one cell spanning the table, over the
    header row naming its columns ("INFORME … NR. 1" and "Kazerne … – situashon te ku 18:00" over "Tema | Informashon
    | Ora", as a spreadsheet's range pasted into a mail sets them); 0 when none."""
    ncols = max((len(r) for r in rows), default=0)
    k = 0
    while k < len(rows) and len(rows[k]) == 1 and ncols > 1 and cell_span(rows[k][0]) >= ncols:
        k += 1
    return k if 0 < k < len(rows) - 1 and is_header_row(rows[k]) else 0


def without_fields(rows: list[list[LexborNode]], fields: frozenset[int], ncols: int) -> list[list[LexborNode]]:
    """The rows without their cells in the ``fields`` columns; a row short of a cell merged down from above has its
    cells one column to the right."""
    return [[c for n, c in enumerate(r) if n + ncols - len(r) not in fields] for r in rows]


def cell_span(cell: LexborNode) -> int:
    """How many columns a cell spans (its ``colspan``)."""
    try:
        return int(_attr(cell, "colspan") or 1)
    except ValueError:
        return 1
