"""The heading over a contact block ("Find out more" over a telephone number, an e-mail and an address): it names
the block, which says only how to reach the writer, and goes with it."""

from __future__ import annotations

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import FINAL_PUNCT, WORD, is_page_number, sentence_like


def terse(f: Frag) -> bool:
    """A short line that is no sentence: a contact detail, a name, a label."""
    return not sentence_like(f.text) and len(WORD.findall(f.text)) <= 8


# a contact block's heading is short ("Find out more", "Contact us", "Who to contact") and stands close over it
_HEADING_WORDS = 5
_HEADING_GAP = 2


def block_heading(p: PageData, frags: list[Frag], block: list[Frag]) -> Frag | None:
    """The heading a contact block stands under and ends ("Find out more" over a telephone number, an address and an
    e-mail, set beside a picture or under the heading): it names the block, which says only how to reach the writer,
    so it goes with it. It is the line right over the block, at its left or over its edge, in a heading's print (bold
    or larger), with no line of its own section under the block (the page ends, or the next heading follows)."""
    first, last = max(block, key=lambda f: f.top), min(block, key=lambda f: f.bottom)
    ids = {id(f) for f in block}
    # a block with text level with it at its left stands in a column of its own: its heading stands over that column
    # (a block beside a picture has only the picture at its left, and its heading may start at the margin)
    column = any(g.x1 < first.x0 and last.bottom - 1 <= g.mid <= first.top + 1 for g in frags if id(g) not in ids)
    above = [
        g
        for g in frags
        if g.bottom >= first.top - 1 and g.x0 < max(f.x1 for f in block) and (g.x1 > first.x0 or not column)
    ]
    head = min(above, key=lambda g: g.bottom, default=None)
    if head is None or head.bullet or head.x0 > first.x0 + 4 or head.bottom - first.top > _HEADING_GAP * head.size:
        return None
    if not (head.bold or head.size > first.size + 1) or not terse(head) or head.text.rstrip().endswith(FINAL_PUNCT):
        return None
    title = p.number == 1 and head.size >= max(f.size for f in frags) - 0.1
    if title or len(WORD.findall(head.text)) > _HEADING_WORDS:
        return None  # the report's title over its publisher's contact block
    # what stands under the block, across the heading's and the block's width (another column's lines do not count)
    left, right = min(head.x0, min(f.x0 for f in block)), max(f.x1 for f in block)
    below = [
        g
        for g in frags
        if id(g) not in ids and g.top <= last.bottom + 1 and g.x1 > left and g.x0 < right and not is_page_number(g.text)
    ]
    after = max(below, key=lambda g: g.top, default=None)
    if after is not None and not (after.bold == head.bold and abs(after.size - head.size) < 0.6):
        return None  # running text under the block: the heading names a section that holds more than the block
    return head
