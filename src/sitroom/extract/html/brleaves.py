"""Where a page sets its lines parted by ``<br>`` with no paragraph around them: a division, or a table cell (a
forum's post, a page laid out in a table)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

_BLOCKS = frozenset(
    ("p", "div", "li", "ul", "ol", "dl", "dd", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article")
)


CELLS = frozenset(("td", "th"))
BR_HOLDERS = CELLS | {"div"}
# where the walk up from a <br> stops: the block or the holder its line stands in
_STOPS = _BLOCKS | BR_HOLDERS


def br_leaves(body: LexborNode) -> list[LexborNode]:
    """The divisions and table cells holding lines parted by <br> and no block of their own: sought from the page's
    line breaks, so that a page without any costs nothing."""
    leaves: dict[int, LexborNode] = {}
    for br in body.css("br"):
        node = br.parent
        while node is not None and node.tag not in _STOPS:
            node = node.parent
        if node is None or node.tag not in BR_HOLDERS or node.mem_id in leaves:
            continue
        if all(x.mem_id == node.mem_id or x.tag not in _BLOCKS for x in node.traverse()):
            leaves[node.mem_id] = node
    return list(leaves.values())


def alone_in_row(cell: LexborNode) -> bool:
    """No other cell of the cell's row holds text."""
    row = cell.parent
    return row is not None and not any(
        c.mem_id != cell.mem_id and c.tag in CELLS and c.text(deep=True).strip() for c in row.iter()
    )
