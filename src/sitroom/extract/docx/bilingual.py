"""A Word table holding a report in two languages side by side, read once (``sitroom.extract.parallel``).

The table's column in the other language is taken out of a copy of the table before it is read, and its
cells are counted in the document's warnings; the column kept is read as any one-column table.
"""

from __future__ import annotations

import copy
from typing import Any

from sitroom.extract.docx.ooxml import TBL, T, W
from sitroom.extract.docx.tables import cell_paras_text, cells, rows
from sitroom.extract.parallel import column_to_keep, parallel


def one_language(tbl: Any, dropped: dict[str, int]) -> Any:
    """The table as it is, or, when its two columns are translations, a copy holding one of them."""
    table_rows = rows(tbl)
    if len(table_rows) < 3 or any(len(cells(tr)) > 2 for tr in table_rows):
        return tbl
    pairs = [(cell_paras_text(r[0]), cell_paras_text(r[1])) for tr in table_rows if len(r := cells(tr)) == 2]
    if not parallel(pairs):
        return tbl
    keep = column_to_keep(pairs, _rest(tbl))
    out = copy.deepcopy(tbl)
    n = 0
    for tr in rows(out):
        row = cells(tr)
        if len(row) == 2:
            n += bool(cell_paras_text(row[1 - keep]))
            row[1 - keep].getparent().remove(row[1 - keep])
    grid = out.find(W + "tblGrid")
    if grid is not None and len(cols := grid.findall(W + "gridCol")) == 2:
        grid.remove(cols[1 - keep])
    dropped["translated cell"] = dropped.get("translated cell", 0) + n
    return out


def _rest(tbl: Any) -> str:
    """The document's text outside the table."""
    return " ".join(t.text or "" for t in tbl.getroottree().iter(T) if not any(a is tbl for a in t.iterancestors(TBL)))
