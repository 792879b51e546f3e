"""The margin a text was wrapped at, if it was: lines running to it carry their sentence on to the next line, lines
ended short of it were ended by their writer."""

from __future__ import annotations

import math
import re
from itertools import pairwise

from sitroom.model import Block, BlockKind

# a line this much longer than the wrap width, and longer than any margin sets, shows the text was never wrapped
UNWRAPPED, UNWRAPPED_CHARS = 1.5, 100
# a line this long stopping on a word in lower case ran on to the margin
_RUN_ON_CHARS = 60
# a field's label and its colon opening the line ("Destinataires : …"): a list of values, however long, is no sentence
# run on to the margin
_FIELD = re.compile(r"^[^\W\d_][^\W\d_'’ -]{0,30}\s?:\s")
SENTENCE_END = re.compile(r"(?:[.;!?:]['\"”’)\]]*|[。！？；：][」』”’）]*)$")


def wrap_width(blocks: list[Block]) -> float:
    """The right margin of wrapped text: a high percentile of line lengths, robust to a few long lines. Lines each
    ended by their writer (as a message's HTML shows) were never wrapped: they have no margin to run on at."""
    lines = [b for b in blocks if b.kind is BlockKind.LINE]
    if lines and all(b.style.get("ended") for b in lines):
        return math.inf
    lengths = sorted(b.style.get("length") or len(b.text) for b in lines)
    if not lengths:
        return 0.0
    if lengths[-1] > UNWRAPPED_CHARS and not _shows_a_wrap(lines):
        return math.inf  # lines past any margin, and none carries a sentence on to the next: each ended by hand
    width = float(lengths[int(0.95 * (len(lengths) - 1))])
    # a text wrapped at a margin has no line far past it: lines running on well past the rest were never wrapped
    # (a few long points typed on a phone among short ones), and the longest is the width they could reach
    return float(lengths[-1]) if lengths[-1] > max(UNWRAPPED * width, UNWRAPPED_CHARS) else width


def _shows_a_wrap(lines: list[Block]) -> bool:
    """Some line runs its sentence on to the next: the next opens in lower case ("… the river is expected / to
    fall"), or a long line stops on a word in lower case with no stop ("… in the last month and / Northfield
    Council;"). The text was wrapped at a margin. Where no letter has a case, nothing shows it either way, and
    wrapping is assumed."""
    cased = False
    for above, line in pairwise(lines):
        first = next((c for c in line.text if c.isalpha()), "")
        cased = cased or first.isupper() or first.islower()
        text = above.text.rstrip()
        if (line.style.get("gap_before") or 0) > 0 or SENTENCE_END.search(text) or _FIELD.match(text):
            continue
        if first.islower() or (len(text) >= _RUN_ON_CHARS and text[-1:].islower()):
            return True
    return not cased
