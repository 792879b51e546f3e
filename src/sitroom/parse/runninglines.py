"""A page's running header and footer carried into a document that has no pages: a PDF turned back into Word, or a
report whose header lines were typed into its text.

The page counter ("Situation Report 1 – 3 March 2025 | Page 1 of 2") marks where each page ended, and the lines
printed on every page stand beside it each time ("NSW Health | Northern Rivers LHD", "OFFICIAL: Sensitive"). A line
said twice or more, each time next to a page counter or at the document's top (the first page's header), is the
page's furniture, unless it ends a sentence; so is the counter. Both are left
out and counted.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sitroom.parse.units import Unit

# "Page 1 of 2", "Page 3/7", "p. 2 of 5", "Seite 1 von 3", "Página 1 de 2"
_COUNTER = re.compile(
    r"(?:^|[\s|·–-])(?:page|p\.|seite|p[áa]gina|pagina|sida|side|strona|sivu)\s*\d{1,3}\s*(?:of|/|von|de|di|av|af|z)"
    r"\s*\d{1,3}\s*$",
    re.I,
)
# a counter's line and the lines beside it: at most this many words, this many lines away
RUNNING_WORDS, REACH = 15, 3


def drop_running_lines(units: list[Unit]) -> tuple[list[Unit], int]:
    """The units without the page counters and the lines repeated beside each of them; how many were left out."""
    counters = [k for k, u in enumerate(units) if len(u.text.split()) <= RUNNING_WORDS and _COUNTER.search(u.text)]
    if not counters:
        return units, 0
    # beside each counter, and at the document's top, where the first page's header stands
    near = {k for c in (-1, *counters) for k in range(c - REACH, c + REACH + 1)}
    seen: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        # a sentence ("No change.") said twice by chance before a page break is the report's, not the page's
        if u.bullet is None and len(u.text.split()) <= RUNNING_WORDS and not u.text.rstrip().endswith((".", "!", "?")):
            seen[" ".join(u.text.split()).lower()].append(k)
    running = {k for places in seen.values() if len(places) > 1 and all(k in near for k in places) for k in places}
    gone = running | set(counters)
    return [u for k, u in enumerate(units) if k not in gone], len(gone)
