"""An @mention closing a task or a point names who owns it ("Supplier to confirm the restore window by 15 May
@Priya Shah", "- [ ] Book the rest centre @jo.patel"): the owner is a value beside the point, as an Owner
column's cell is, not part of what the point says. A mention the sentence needs ("Send the figures to
@Priya Shah", "Thanks @Tom") stays."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

# "@Priya Shah", "@Ngozi Adebayo-Okafor", "@jo.patel": a person's name or handle, at the end of the text.
_MENTION = re.compile(r"\s+@(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[a-z][\w.-]{1,30})\s*$")
# Words after which the mention is part of the sentence: whom it is sent to, asked, thanked.
_NEEDED = re.compile(
    r"\b(?:to|by|with|from|for|cc|and|or|ask|asks|asked|contact|call|email|e-mail|tell|ping|via|thanks|thank"
    r"|see|of)\s*$|[:·|]\s*$|@\S+\s*$",
    re.I,
)
# The point itself must say something: a mention after two words is the whole line's subject.
MIN_WORDS = 3


def strip_owner_mentions(units: list[Unit]) -> int:
    """Take the owners' @mentions off the end of the list items in place; how many were taken."""
    taken = 0
    for u in units:
        if u.kind is not BlockKind.ITEM:
            continue  # a list's entries and tasks; a line of fields ("Assignees: @rkhan") is no point
        while (m := _MENTION.search(u.text)) and not _NEEDED.search(head := u.text[: m.start()]):
            if len(head.split()) < MIN_WORDS:
                break
            u.text = head.rstrip(" ,;–-")
            taken += 1
    return taken
