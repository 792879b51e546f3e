"""The sign-off closing a report: "Prepared by (name and position):", "Approved by", the names and
positions, "Signature:", "Date/Time:" and the times beside them, often boxed as a grid.

A form numbers its boxes, the sign-off's too ("19. Approved By"): the number is no part of the label.
It says who wrote and approved the report, not what the report says: a reader skips it. It opens with
a "Prepared by" / "Approved by" label and closes its page (below it only short lines: names,
positions, labels, dates), which tells it from a "Prepared by" line in a masthead, with the report
under it. Its lines are left out and counted.
"""

from __future__ import annotations

import re

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.text.signoffs import SIGNATURE

_BOX_NUMBER = re.compile(r"^\d{1,2}[a-z]?[.)]\s+")
# a name with a position ("R. Nguyen, Planning Section Chief"), a label, a date and time, the offices a
# report was sent to (an agency's full name and its operations centre)
_WORDS = 10


def drop_signoff(pages: list[PageData]) -> None:
    """Leave out the sign-off at the foot of each page that ends with one."""
    for p in pages:
        seeds = sorted((f for f in p.frags if _short(f) and _opens(f.text)), key=lambda f: -f.top)
        for seed in seeds:
            block = [f for f in p.frags if f.mid <= seed.top]
            if all(_short(f) for f in block):
                p.drop("signature block line", len(block))
                ids = {id(f) for f in block}
                p.frags = [f for f in p.frags if id(f) not in ids]
                break


def _opens(text: str) -> bool:
    """The line opens a sign-off, behind the number a form gives its box ("19. Approved By (Name, …):")."""
    return bool(SIGNATURE.match(_BOX_NUMBER.sub("", text.strip(), count=1)))


def _short(f: Frag) -> bool:
    """A label, a name, a position or a date: no list entry, no sentence (a label's colon ends none:
    "Prepared by (name and position):")."""
    text = f.text.rstrip()
    return not f.bullet and len(WORD.findall(text)) <= _WORDS and not sentence_like(text.removesuffix(":"))
