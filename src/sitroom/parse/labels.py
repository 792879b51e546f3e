"""Bold labels over nested bullets: "- **Risks and issues**" with bullets indented under it is a heading.

A list entry that holds only a short label set in bold ("**Staffing**", "__Comms:__", a Word list paragraph
in bold) and has entries nested under it is not one of the list's items: it names what the entries under
it are about, as a heading does, and they are its items. A label nested under another label is a heading
one level down; under a heading of the document's own the labels are its sub-sections. A bold entry with
nothing nested under it stays an item (a bullet the writer stressed), and so does one shaped like a
sentence. A numbered label keeps its number, as printed. A one-letter heading over a heading that
begins with it is that heading's initial, not a heading of its own.
"""

from __future__ import annotations

from sitroom.model import BlockKind
from sitroom.parse.headings import looks_like_heading_text
from sitroom.parse.numbered import label_style
from sitroom.parse.units import Unit


def _label(u: Unit, nxt: Unit | None) -> bool:
    """A bold, heading-shaped list entry with a deeper entry straight under it."""
    return (
        u.kind is BlockKind.ITEM
        and bool(u.style.get("bold"))
        and looks_like_heading_text(u.text)
        and nxt is not None
        and nxt.kind is BlockKind.ITEM
        and nxt.level > u.level
    )


def promote_bold_labels(units: list[Unit]) -> list[Unit]:
    """Turn each bold label heading nested bullets into a heading; the entries under it become its items,
    their nesting counted from the label."""
    out: list[Unit] = []
    base = 0  # the level of the document's own heading above the list
    labels: list[int] = []  # the list levels of the labels the current entry sits under
    for i, u in enumerate(units):
        if u.kind is not BlockKind.ITEM:
            labels = []
            if u.kind is BlockKind.HEADING:
                base = u.level
            out.append(u)
            continue
        while labels and labels[-1] >= u.level:
            labels.pop()
        if _label(u, units[i + 1] if i + 1 < len(units) else None):
            level = base + len(labels) + 1
            # a numbered label keeps the number a reader sees ("2. Staffing")
            text = f"{u.bullet.strip()} {u.text}" if label_style(u.bullet) else u.text
            out.append(Unit(text, BlockKind.HEADING, u.page, u.start, u.end, level, None, dict(u.style)))
            labels.append(u.level)
            continue
        if labels:
            u = Unit(u.text, u.kind, u.page, u.start, u.end, max(1, u.level - labels[-1]), u.bullet, u.style)
        out.append(u)
    return out


def drop_initials(units: list[Unit]) -> list[Unit]:
    """A heading of one letter straight over a heading that begins with it is that heading's initial, set
    large beside it (an SBAR paper's "S" over "Situation", a drop cap): the word is the heading."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        initial = u.kind is BlockKind.HEADING and len(u.text.strip()) == 1 and u.text.strip().isalpha()
        if initial and nxt is not None and nxt.kind is BlockKind.HEADING and nxt.text.strip()[:1] == u.text.strip():
            continue
        out.append(u)
    return out
