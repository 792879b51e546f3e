"""A reply written under the message it answers: the quoted message on top (its attribution line, "Am 10. August
2026 07:24 schrieb …:", "On 3 May, … wrote:", then its lines marked with ">"), the writer's own message under it, as
mail programs on telephones and many mailing lists set a reply. The quotation is the older message; the text under
it is the report."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.model import Block

# A quoted line: ">" then the text, not a comparison ("> 50% of homes", "> £2m")
QUOTE_MARK = re.compile(r"^>(?!\s*[\d£$€=])")
# the reply under the quotation holds a few lines at least: one line under it is the quotation's own close
REPLY_BLOCKS = 3


def quote_on_top(blocks: list[Block], head: int, attribution: Callable[[str], bool]) -> int:
    """How many blocks from ``head`` are a quoted message standing over the reply: an ``attribution`` line or
    none, then lines marked ">" (blank ones among them). 0 when no quotation opens there, or when what follows
    it is no reply of its own (fewer than ``REPLY_BLOCKS`` lines, or another quotation)."""
    k = head
    if k < len(blocks) and attribution(blocks[k].text.strip()):
        k += 1
    marked = k
    while k < len(blocks) and QUOTE_MARK.match(blocks[k].text.strip()):
        k += 1
    if k == marked:
        return 0
    reply = [b for b in blocks[k:] if b.text.strip()]
    if len(reply) < REPLY_BLOCKS or any(QUOTE_MARK.match(b.text.strip()) for b in reply[:REPLY_BLOCKS]):
        return 0
    return k - head
