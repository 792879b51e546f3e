"""A message's own lines wherever they stand: its confidentiality notice ("This fax is intended only for …"), a
form's row of tick boxes ("☐ Urgent ☒ For information ☐ Please call back"), a post's line of tags and mentions
("#CycloneArun #Kutch 🧵👇") and a line of nothing but marks ("• • •"). None is a point of the report."""

from __future__ import annotations

import re

from sitroom.parse.units import Unit
from sitroom.text.disclaimers import is_confidentiality_notice
from sitroom.text.reactions import EMOJI

# two boxes or more, ticked or not, each before its option's few words
_TICK_BOXES = re.compile(r"^(?:\s*[☐☑☒]\s*[^☐☑☒]{1,40}){2,}$")
# hashtags and mentions, and the pictographs a post points with, nothing else (wherever it stands: the line closing
# a post too)
_TAGS = re.compile(rf"^(?:[#@][^\W_][\w.-]*|{EMOJI}|[\s,;·|])+$")


def drop_notices(units: list[Unit]) -> tuple[list[Unit], dict[str, int]]:
    """The units without confidentiality notices and rows of tick boxes, and how many of each were left out."""
    counts = {"confidentiality notice": 0, "tick-box row": 0, "tag line": 0, "line of marks": 0}
    kept: list[Unit] = []
    for u in units:
        text = f"{u.bullet or ''} {u.text}".strip()
        if is_confidentiality_notice(u.text):
            counts["confidentiality notice"] += 1
        elif _TICK_BOXES.match(text):
            counts["tick-box row"] += 1
        elif "#" in text and _TAGS.match(text):
            counts["tag line"] += 1
        elif not any(c.isalnum() for c in text):
            counts["line of marks"] += 1
        else:
            kept.append(u)
    return kept, counts
