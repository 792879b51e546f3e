"""A box of ways to reach the sender closing a message, whatever its heading names: a street address, a number, a
mail or web address, a line each, or a line or two giving several ("example.org · Helpline 1717 · Emergency 112").
It says how to reach them, not what happened."""

from __future__ import annotations

from sitroom.parse.furniture import SITE, STREET_ADDRESS, contacts_only, gives_contact

REACH_LINES = 5


def reach_box(texts: list[str]) -> bool:
    """A box of nothing but ways to reach the sender, closing a message: a line or two each giving several
    ("example.org · Helpline 1717 · Emergency 112"), or a few lines each giving one (a street address, a number, a
    mail or web address), two of them at least."""
    if texts and len(texts) <= 2 and all(map(contacts_only, texts)):
        return True
    ways = [gives_contact(t) or SITE.match(t.strip()) is not None for t in texts]
    postal = [STREET_ADDRESS.match(t.strip()) is not None for t in texts]
    return sum(ways) >= 2 and len(texts) <= REACH_LINES and all(w or p for w, p in zip(ways, postal, strict=True))
