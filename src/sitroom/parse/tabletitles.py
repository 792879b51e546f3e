"""A heading over nothing but a table of figures titles the table: "Key measures" set in the section style over a
table of merged figures, then the next section's heading. The table keeps the heading as its caption; there is no
section of that name with nothing in it."""

from __future__ import annotations

from dataclasses import replace

from sitroom.model import Block, BlockKind, Document


def title_tables(doc: Document) -> Document:
    """The document with each heading that stands over a data table alone (the next heading, at its level or
    higher, or the end right under the table) taken as that table's caption; the document itself when none."""
    blocks, titled, tables = doc.blocks, set(), []
    for table in doc.tables:
        at = table.at or 0
        # (the first block is the document's name, never a table's title, unless the document names itself apart)
        first = 1 if doc.title else 2
        if table.figures and table.caption is None and first <= at <= len(blocks) and _alone_over(blocks, at):
            titled.add(at - 1)
            table = replace(table, caption=blocks[at - 1].text)
        tables.append(table)
    if not titled:
        return doc
    return replace(doc, blocks=[b for n, b in enumerate(blocks) if n not in titled], tables=tables)


def _alone_over(blocks: list[Block], at: int) -> bool:
    """``blocks[at - 1]`` is a heading and the table right under it ends its section."""
    heading = blocks[at - 1]
    if heading.kind is not BlockKind.HEADING or heading.style.get("title"):
        return False
    return at == len(blocks) or (blocks[at].kind is BlockKind.HEADING and blocks[at].level <= heading.level)
