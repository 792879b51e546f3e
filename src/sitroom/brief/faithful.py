"""Checking a brief against its sources: every number a line states is stated by each item it cites.

The check walks the outline every renderer draws: a statement's text, and each extra ("was:",
"Mitigation:") against the items it cites (an extra without its own citation is said by the
statement's item); a figures-table row's latest value against its report and its previous value
against the earlier one, a value counting as stated when the item states it in digits, in words
("nine") or with a magnitude ("2.13 million" is 2,130,000). The change column is arithmetic on
those two and is not checked.
``rendered_gaps`` then checks that a rendered format draws each statement of the outline as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.analyse.numbers import numbers_in, quantities_in
from sitroom.brief.model import Brief
from sitroom.brief.outline import Bullet, Cite, Table, outline
from sitroom.store.tables import Item

LINE, FIGURE = "line", "figure"


@dataclass(frozen=True, slots=True)
class Unfaithful:
    """A statement of the brief with a number its cited item does not state."""

    text: str
    item_id: int
    missing: tuple[str, ...]
    kind: str = LINE


def statements(brief: Brief) -> Iterable[tuple[str, list[Cite], str]]:
    """Every (text, cites, kind) the brief states: bullets and their extras (``line``), figure-table
    values (``figure``: a value as the figure extraction read it, printed as a number)."""
    for block in outline(brief):
        if isinstance(block, Bullet):
            yield block.text, block.cites, LINE
            for extra in block.extras:
                yield extra.text, extra.cites or block.cites, LINE
        elif isinstance(block, Table):
            for row, cites in zip(block.rows, block.cites, strict=True):
                yield row[2], cites[:1], FIGURE
                if row[3] and len(cites) > 1:
                    yield row[3], cites[1:2], FIGURE


def item_texts(session: Session, item_ids: Iterable[int]) -> dict[int, str]:
    """Each item's text with its mitigation: what the item states."""
    ids = sorted(set(item_ids))
    out: dict[int, str] = {}
    for n in range(0, len(ids), 900):
        q = select(Item.id, Item.text, Item.mitigation).where(Item.id.in_(ids[n : n + 900]))
        out.update({i: f"{text}\n{mitigation or ''}" for i, text, mitigation in session.execute(q).all()})
    return out


def check(brief: Brief, texts: Mapping[int, str], kind: str = LINE) -> tuple[int, list[Unfaithful]]:
    """(how many statement–source pairs of ``kind`` state a number, those whose source does not state it)."""
    checked, bad = 0, []
    for text, cites, k in statements(brief):
        said = numbers_in(text)
        if not said or k != kind:
            continue
        for c in cites:
            checked += 1
            source = texts.get(c.source.item_id, "")
            # a figure prints a value read from words and magnitudes ("nine", "2.13 million"); a line quotes digits
            missing = said - (quantities_in(source) if kind == FIGURE else numbers_in(source))
            if missing:
                bad.append(Unfaithful(text, c.source.item_id, tuple(sorted(missing.elements())), k))
    return checked, bad


def check_stored(session: Session, brief: Brief, kind: str = LINE) -> tuple[int, list[Unfaithful]]:
    """``check`` with the cited items read from the store."""
    ids = [c.source.item_id for _, cites, _ in statements(brief) for c in cites]
    return check(brief, item_texts(session, ids), kind)


_SPACE = re.compile(r"\s+")


def rendered_gaps(brief: Brief, rendered_text: str) -> list[str]:
    """Statements of the outline that ``rendered_text`` (a format's text, markup removed) does not draw."""
    flat = _SPACE.sub("", rendered_text)
    return [text for text, _, _ in statements(brief) if _SPACE.sub("", text) not in flat]
