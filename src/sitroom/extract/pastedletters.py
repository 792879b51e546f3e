"""A message pasted into a report ("We wrote to the supplier:" then "Hello Sam," … "Thanks,", a name): its greeting,
close and signature are the letter around the message, left out and counted; the message stays the report's."""

from __future__ import annotations

from sitroom.extract.leftout import count_left_out
from sitroom.model import Block, BlockKind, Document
from sitroom.text.salutations import is_greeting, is_sign_off

# How far a pasted message may run from its greeting to its close, and how many lines of name, job
# title and phone may sign it.
LETTER_SPAN = 25
SIGNATURE_LINES = 3


def strip_pasted_letters(doc: Document) -> None:
    """A message pasted into a report ("We wrote to the supplier:" then "Hello Sam," … "Thanks,",
    a name) keeps its message as the report's content; its greeting, close and signature are the
    letter around it, left out and counted. Only a greeting closed by a sign-off before the next
    heading counts, so a lone "Thanks" or "Hi-vis jackets issued" is never taken for one."""
    blocks = doc.blocks
    drop: set[int] = set()
    i = 0
    while i < len(blocks):
        if not is_greeting(blocks[i].text):
            i += 1
            continue
        close = _close_of(blocks, i)
        if close is None:
            i += 1
            continue
        end = close + 1
        while end < min(len(blocks), close + 1 + SIGNATURE_LINES) and _name_line(blocks[end]):
            end += 1
        drop.update((i, *range(close, end)))
        i = end
    if drop:
        doc.blocks = [b for k, b in enumerate(blocks) if k not in drop]
        count_left_out(doc, {"greeting, sign-off and signature line of a pasted message": len(drop)})


def _close_of(blocks: list[Block], greeting: int) -> int | None:
    """The sign-off closing the message a greeting opens, when one comes before the next heading."""
    for k in range(greeting + 1, min(len(blocks), greeting + LETTER_SPAN)):
        if blocks[k].kind is BlockKind.HEADING:
            return None
        if is_sign_off(blocks[k].text.strip()):
            return k if k > greeting + 1 else None
    return None


def _name_line(block: Block) -> bool:
    """A line of a signature: a name, a job title or a phone number, not a heading or a sentence."""
    return block.kind is not BlockKind.HEADING and len(block.text.split()) <= 6 and signature_line(block.text)


def signature_line(text: str) -> bool:
    """A short line that ends no sentence: a name, a job title or a phone number."""
    text = text.strip()
    return len(text.split()) <= 8 and not text.endswith((".", ";", ":"))
