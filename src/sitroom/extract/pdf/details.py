"""A details table under the title: a row of short bold labels ("Sitrep no. | Issued | Prepared by | Next
sitrep") over a row of short values ("3 | 20 April 2020, 1000 hrs | …"), or each label beside its value,
row under row ("Event | Forest fires", "Date | 3 February 2024", "Fuente | CONAF, Bomberos").

It says which issue the report is, when and by whom, as a masthead's date line does: the report's
details, not its content. It stands on page 1 above the body (no list entry, no sentence before it), and
its cells are labels and values, never sentences. Its lines are left out and counted; the fields of a
table of labels beside values give the report's number and date, as in a Word report or on a web page.
"""

from __future__ import annotations

import math
import re

from sitroom.extract.details import details_table
from sitroom.extract.pdf.grids import baselines, in_column
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like

# a label names a field in a few words; a value is a number, a date, a name or a short phrase
_LABEL_WORDS = 4
_VALUE_WORDS = 8
# a details table has a few fields; a header row of more cells is a data table's
_COLUMNS = range(3, 9)
# a label's words, in any alphabet, abbreviations of one letter too ("Č. j.:", the Czech file reference)
_LABEL_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGES = re.compile(r"\s+/\s+")


def _label_words(text: str) -> int:
    # a label in two languages ("Date and time / Date et heure") is one label said twice: its longer half counts
    return max(len(_LABEL_WORD.findall(half)) for half in _LANGUAGES.split(text))


def _running_text(text: str) -> bool:
    """A sentence, not a name: a masthead's name in two languages ("Provincial Emergency Operations Centre /
    Centre provincial des opérations d'urgence") is one name said twice, each half weighed on its own."""
    return any(sentence_like(half) for half in _LANGUAGES.split(text))


def drop_details(page: PageData, frags: list[Frag]) -> list[Frag]:
    """Page 1's lines without the details table under the title, when it has one."""
    if page.number != 1:
        return frags
    rows = baselines(frags)
    for n, row in enumerate(rows):
        pairs = _pairs(rows, n, page.rules)
        if pairs is not None:
            end, fields = pairs
            page.details.extend(fields)  # they give the report's number and date, as a form's fields do
            return _without(page, frags, rows[n:end])
        if any(f.bullet or _running_text(f.text) for f in row):
            return frags  # the body has started: a details table stands above it
        if _label_row(row, rows[n + 1] if n + 1 < len(rows) else None):
            end = _table_end(rows, n, page.rules)
            if end is not None:
                return _without(page, frags, rows[n:end])
    return frags


def _without(page: PageData, frags: list[Frag], table: list[list[Frag]]) -> list[Frag]:
    """The lines without the table's, which are counted."""
    ids = {id(f) for r in table for f in r}
    page.drop("details table cell", len(ids))
    return [f for f in frags if id(f) not in ids]


def _label_row(row: list[Frag], below: list[Frag] | None) -> bool:
    """Side by side, three or more short labels, in bold or in smaller print than the values under them."""
    if len(row) not in _COLUMNS or not all(0 < _label_words(f.text) <= _LABEL_WORDS for f in row):
        return False
    small = below is not None and max(f.size for f in row) <= min(f.size for f in below) - 1
    return small or all(f.bold for f in row)


def _table_end(rows: list[list[Frag]], head: int, rules: list[float]) -> int | None:
    """The end (exclusive) of the details table whose label row is ``rows[head]``: under each row of
    labels one row of values (its cells may wrap), in their columns, plain and short; None when a row
    of labels has no values under it, or several rows, or rows of longer text (a data table's). A
    ruling line between two rows lets them stand further apart (the cells are padded)."""
    cols = [f.x0 for f in rows[head]]
    size = rows[head + 1][0].size if head + 1 < len(rows) else 0.0  # the values' print
    pitch = max(rows[head][0].top - rows[head][0].bottom, rows[head][0].size)
    filled = 0  # rows of values filling most columns under the last row of labels
    j = head + 1
    while j < len(rows):
        row, above = rows[j], rows[j - 1]
        low, top = min(f.bottom for f in above), max(f.top for f in row)
        ruled = any(top < y < low for y in rules)
        if low - top > (3 if ruled else 1.5) * pitch or not all(in_column(f, cols) for f in row):
            break
        if len(row) == len(cols) and _label_row(row, rows[j + 1] if j + 1 < len(rows) else None):
            if not filled:
                return None
            filled = 0
            j += 1  # a second row of labels, over values of its own
            continue
        if any(
            f.bold
            or f.size < size - 0.5
            or f.bullet
            or sentence_like(f.text)
            or len(WORD.findall(f.text)) > _VALUE_WORDS
            for f in row
        ):
            # a lone line under the table (the first heading) ends it; a row of cells carries it on
            return j if filled and len(row) == 1 else None
        filled += len(row) >= max(2, math.ceil(0.6 * len(cols)))
        if filled > 1:
            return None  # rows of data under one header: a data table, the tables' stage's
        j += 1
    return j if filled else None


# a table of labels beside values has a few fields, each pair a label and its value
_PAIR_ROWS = 2
_PAIR_COLUMNS = (2, 4)


def _pairs(rows: list[list[Frag]], head: int, rules: list[float]) -> tuple[int, list[tuple[str, str]]] | None:
    """The end (exclusive) and the fields of a table of labels beside their values whose first row is
    ``rows[head]`` ("Evento | Incendios forestales", then "Fecha | sábado 3 de febrero de 2024"), or None.

    Each line stands in the columns of the first row, the labels in bold and the values not, or every label
    closed by a colon (two pairs a row at most). A value may wrap onto lines of its own in its cell, its
    label beside the first of them or, in a ruled table, lower down: a ruling line, or a second label in
    the same column, opens the next row. Two rows at least, and the fields are a details table's (short,
    no sentence, a date or the report's number among them: the shared rule)."""
    if not _pair_row(rows[head]):
        return None
    cols = [f.x0 for f in rows[head]]
    colon = not all(f.bold for f in rows[head][::2])
    pitch = max(max(f.top - f.bottom for f in rows[head]), max(f.size for f in rows[head]))
    records: list[tuple[int, list[list[str]]]] = []  # each row of cells: its first line, its cells' lines
    j = head
    while j < len(rows):
        row = rows[j]
        at = [_at(f, cols) for f in row]
        if None in at or not all(_fits(f, a % 2 == 0, colon) for f, a in zip(row, at, strict=True) if a is not None):
            break
        ruled = False
        if j > head:
            low, top = min(f.bottom for f in rows[j - 1]), max(f.top for f in row)
            ruled = any(top < y < low for y in rules)
            if low - top > (3 if ruled else 1.5) * pitch:
                break
        cells = records[-1][1] if records else []
        # a label that wraps ("Operational period / Période" over "opérationnelle") goes on right under the
        # label's last line, alone on its line or beside the value set low in the cell: it opens no row
        wraps = (
            bool(records)
            and not ruled
            and _labelled(rows[j - 1], cols)
            and (all(a == 0 for a in at) or not any(cells[1::2]))
        )
        if not records or ruled or (not wraps and any(a % 2 == 0 and cells[a] for a in at if a is not None)):
            records.append((j, [[] for _ in cols]))
        for f, a in zip(row, at, strict=True):
            records[-1][1][a or 0].append(f.text)
        j += 1
    if records and not all(records[-1][1]):
        j, _ = records.pop()  # a label with no value beside it (the first heading under the table)
    if len(records) < _PAIR_ROWS or not all(all(cells) for _, cells in records):
        return None
    details = details_table([[" ".join(cell) for cell in cells] for _, cells in records])
    return (j, details.fields) if details is not None else None


def _labelled(row: list[Frag], cols: list[float]) -> bool:
    """A line of the table with a label in its first column."""
    return any(_at(f, cols) == 0 for f in row)


def _pair_row(row: list[Frag]) -> bool:
    """A label and its value side by side (or two such pairs): short labels, set apart from the values
    by bold print or by a closing colon."""
    if len(row) not in _PAIR_COLUMNS or any(f.bullet for f in row):
        return False
    labels, values = row[::2], row[1::2]
    if not all(0 < _label_words(f.text) <= _LABEL_WORDS for f in labels):
        return False
    marked = all(f.bold for f in labels) and not any(f.bold for f in values)
    return marked or all(f.text.rstrip().endswith(":") for f in labels)


def _fits(f: Frag, label: bool, colon: bool) -> bool:
    """A line of the table's label column set as its labels are, or a line of a value column set as its
    values are."""
    if f.bullet:
        return False
    if label:
        marked = f.text.rstrip().endswith(":") if colon else f.bold
        return marked and 0 < _label_words(f.text) <= _LABEL_WORDS
    return colon or not f.bold


def _at(f: Frag, cols: list[float]) -> int | None:
    """The column a line starts at, or None when it starts at none of them."""
    return next((n for n, x in enumerate(cols) if abs(f.x0 - x) <= 6), None)
