"""A form's box: a table whose first row is one cell titling what is under it.

Forms typed in Word (a sitrep form, an incident log) set each section as a box: a shaded label cell across
the table over a cell of points, or over a register of risks whose column labels come second ("Risks" over
"Risk / Issue | Likelihood | … | Mitigation"). A reader takes the label for the section's heading, the way a
heading stands over its points on a page, and reads on under it: it is no column label to leave out.
"""

from __future__ import annotations

from typing import Any

from sitroom.extract.columns import FIGURE_CELL, column_roles
from sitroom.extract.docx.headings import HeadingRules
from sitroom.extract.docx.ooxml import W
from sitroom.extract.docx.paragraphs import Para, read_para
from sitroom.extract.docx.styles import Styles
from sitroom.extract.docx.tables import cell_paras, cell_paras_text, cells, para_text


def box_title(table_rows: list[Any], styles: Styles, rules: HeadingRules) -> Para | None:
    """The title of a form's box, or None when the table is no box: its first row one cell holding one
    short styled line, over one cell of text (a box of two rows) or over a risk register's header row."""
    if len(table_rows) < 2 or len(cells(table_rows[0])) != 1:
        return None
    para = _lone_heading(cells(table_rows[0])[0], styles, rules)
    if para is None:
        return None
    second = [" ".join(cell_paras_text(tc)) for tc in cells(table_rows[1])]
    if len(table_rows) > 2 and len(second) > 1 and column_roles(second) is not None:
        return para
    if len(table_rows) == 2 and len(second) == 1 and second[0].strip():
        return para
    return None


def banner(table_rows: list[Any], styles: Styles, rules: HeadingRules) -> Para | None:
    """The line of a table of one cell holding one short styled line: a banner across the page, a section
    heading; None for any other table."""
    if len(table_rows) != 1 or len(row_cells := cells(table_rows[0])) != 1:
        return None
    return _lone_heading(row_cells[0], styles, rules)


def _lone_heading(tc: Any, styles: Styles, rules: HeadingRules) -> Para | None:
    """The one paragraph of a cell when it is a short styled line, else None."""
    paras = [p for p in cell_paras(tc) if para_text(p).strip()]
    if len(paras) != 1:
        return None
    para = read_para(paras[0], styles)
    return para if rules.looks_like_heading(para) else None


# A key-figures box holds at least this many figures, each beside or under its short label.
_BOX_FIGURES = 3
_LABEL_WORDS = 8


def figures_box(box: Any) -> int:
    """How many figures a text box floating beside the text holds when it is a key-figures box ("Evacuated
    people" over "774", "Flooded houses" over "251"): figures alone on their lines under short labels and a
    title, restating the report's own numbers. 0 when it is any other box (a note, a quotation)."""
    lines = [t for t in (para_text(p).strip() for p in box.iter(f"{W}p")) if t]
    figures = sum(1 for t in lines if FIGURE_CELL.match(t))
    if figures < _BOX_FIGURES or figures * 3 < len(lines):
        return 0
    return figures if all(FIGURE_CELL.match(t) or len(t.split()) <= _LABEL_WORDS for t in lines) else 0
