"""The banner a receiving mail gateway sets over a message from outside the organisation ("CAUTION: This email
originated from outside of … Do not click links or open attachments …", "[EXTERNAL]" over it): it says where the
mail came from, not what happened, so ``sitroom.extract.letter`` leaves it out with the letter around the report."""

from __future__ import annotations

from sitroom.model import Block, BlockKind
from sitroom.text.disclaimers import is_gateway_advice, is_gateway_banner, is_gateway_label

_TEXT = (BlockKind.PARAGRAPH, BlockKind.LINE)
# A gateway's banner: its label, its note and its advice, each perhaps a line of its own.
GATEWAY_LINES = 4


def wraps_on(line: Block, nxt: Block) -> bool:
    """``nxt`` is the next line of ``line``'s paragraph in plain text: no blank line between, no sentence ended."""
    return (
        line.kind is BlockKind.LINE
        and nxt.kind is BlockKind.LINE
        and not nxt.style.get("gap_before")
        and not line.text.rstrip().endswith((".", "!", "?", ":", "။"))  # "။": the Burmese full stop
    )


def gateway_banner(blocks: list[Block], head: int) -> int:
    """How many blocks from ``head`` are a mail gateway's banner over a message from outside ("CAUTION: This email
    originated from outside of …", its "[EXTERNAL]" label over it, its "Do not click links …" under it, a line of
    it wrapped onto the next in plain text); 0 when none opens there."""
    n, seen = 0, False
    for k in range(head, min(len(blocks) - 1, head + GATEWAY_LINES)):
        block, text = blocks[k], blocks[k].text.strip()
        if block.kind not in _TEXT:
            break
        if is_gateway_banner(text):
            seen = True
        elif not seen and is_gateway_label(text) and is_gateway_banner(blocks[k + 1].text):
            pass  # the label over the note
        elif not (seen and (is_gateway_advice(text) or wraps_on(blocks[k - 1], block))):
            break
        n += 1
    return n if seen else 0
