"""A Word report's masthead above its first section: a details table and the headings set over it."""

from __future__ import annotations

from typing import Any

from sitroom.extract.details import DATE_IN_CELL, details_table, leading_details
from sitroom.extract.docx.patterns import TITLE_WORDS
from sitroom.extract.docx.tables import cell_paras_text, cells, is_vmerge_continuation
from sitroom.model import BlockKind


def take_details(walker: Any, table_rows: list[Any]) -> bool:
    """A details table under the title ("Sitrep no. | 1", "Operational period: …" | its French): the
    fields stating the report's number and date go to the masthead, the table is left out and counted.
    The headings set over it name the report and who sends it: the masthead, the title among them. A banner
    row (the sender's name beside the report's) is the masthead too."""
    if _banner_row(walker, table_rows) or _address_row(walker, table_rows):
        return True
    grid = [[" ".join(cell_paras_text(tc)) for tc in cells(tr) if not is_vmerge_continuation(tc)] for tr in table_rows]
    details = details_table(grid)
    if details is None:
        return False
    for block in walker.top_headings:
        if block is not None:
            block.kind = BlockKind.PARAGRAPH
            block.style.update(title=True, masthead=not TITLE_WORDS.search(block.text))
    walker.top_headings = []
    for line in details.masthead_lines():
        walker.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=True, field=True)
    walker.dropped["details table field"] = walker.dropped.get("details table field", 0) + len(details.fields)
    return True


def take_leading_details(walker: Any, table_rows: list[Any]) -> int:
    """How many first rows of a form's table are its particulars ("Name of site | …", "Date of return | …")
    over its questions: their number and date go to the masthead, the rows are left out and counted."""
    grid = [[" ".join(cell_paras_text(tc)) for tc in cells(tr) if not is_vmerge_continuation(tc)] for tr in table_rows]
    found = leading_details(grid)
    if found is None:
        return 0
    details, n = found
    for line in details.masthead_lines():
        walker.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=True, field=True)
    walker.dropped["details table field"] = walker.dropped.get("details table field", 0) + len(details.fields)
    return n


# The cells of a banner row are a name each, a few short lines: more, and the row is the report's text.
BANNER_WORDS = 16


def _banner_row(walker: Any, table_rows: list[Any]) -> bool:
    """A table of one row above the first section, one cell naming the report ("INFORME DE SITUACIÓN Nº 2")
    and the others who sends it ("Agencia de Emergencias …" over "Centro de Coordinación 112"): the masthead
    laid out side by side, the report's name its title."""
    if len(table_rows) != 1:
        return False
    texts = [cell_paras_text(tc) for tc in cells(table_rows[0]) if not is_vmerge_continuation(tc)]
    texts = [t for t in texts if t]
    named = [n for n, t in enumerate(texts) if TITLE_WORDS.search(" ".join(t))]
    if len(texts) < 2 or len(named) != 1:
        return False
    if any(len(" ".join(t).split()) > BANNER_WORDS or " ".join(t).rstrip().endswith(".") for t in texts):
        return False
    for n, lines in enumerate(texts):
        for line in lines:
            walker.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=n != named[0])
    return True


# Words of a line of a letter's address row, at most: a name, a post or a reference, no sentence.
ADDRESS_LINE_WORDS = 12


def _address_row(walker: Any, table_rows: list[Any]) -> bool:
    """A table of one row above the first section laying out a letter's head side by side: whom it is addressed to
    in one cell, its date and registration number in another ("2026-10-13 Nr. (E)-4.15-4634"), each a few short
    lines. The masthead's lines, its date among them; left out and counted."""
    if len(table_rows) != 1:
        return False
    texts = [t for t in (cell_paras_text(tc) for tc in cells(table_rows[0]) if not is_vmerge_continuation(tc)) if t]
    lines = [line for cell in texts for line in cell]
    if len(texts) < 2 or any(len(line.split()) > ADDRESS_LINE_WORDS or line.rstrip().endswith(".") for line in lines):
        return False
    if not any(DATE_IN_CELL.search(line) for line in texts[-1]):
        return False  # the date stands in the last cell, beside the addressees
    for line in lines:
        walker.b.add(line, BlockKind.PARAGRAPH, title=True, masthead=True, field=True)
    walker.dropped["letter address row line"] = walker.dropped.get("letter address row line", 0) + len(lines)
    return True


def late_title(walker: Any, style_name: str) -> bool:
    """Word's Title style names the document wherever it stands before the first section, under a letter's place,
    date, addressee and subject too: those lines above it become its masthead, and the title opens here."""
    if walker.title_parts or walker.sections_started or style_name.lower() != "title":
        return False
    for block in walker.b.doc.blocks:
        if block.kind is BlockKind.PARAGRAPH and not block.style.get("in_table"):
            block.style |= {"title": True, "masthead": True}
    return True
