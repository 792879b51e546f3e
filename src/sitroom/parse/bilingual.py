"""A heading in two languages on one line ("Impacts / Répercussions", "Next Report / Prochain rapport"),
as a bilingual government prints its sections: it means what either half means.

Each half is weighed on its own; the more confident one decides (the first on a tie, the language the
report leads with). A half the vocabulary does not know ("Prochain rapport") leaves the meaning to the
other. Only a slash with a space on both sides parts two languages: "24/7 staffing" or "Risks/issues"
are one heading in one language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.model import SectionKey

_PARTS = re.compile(r"\s+/\s+")
_LETTER = re.compile(r"[^\W\d_]")

Classifier = Callable[[str], tuple[SectionKey | None, float]]


def either_half(heading: str, classify: Classifier) -> tuple[SectionKey, float] | None:
    """The key of the more confident half of a heading in two languages, or None when the heading has no
    two halves or neither half has a key."""
    halves = _PARTS.split(heading.strip())
    if len(halves) != 2 or not all(_LETTER.search(h) for h in halves):
        return None
    best: tuple[SectionKey, float] | None = None
    for half in halves:
        key, confidence = classify(half)
        if key is not None and (best is None or confidence > best[1]):
            best = (key, confidence)
    return best
