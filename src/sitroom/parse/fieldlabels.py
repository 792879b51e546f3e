"""A record printed from a case or incident system: each part of the report is a record of the same form, its
fields labelled down the left ("Update", "Modified by", "Modified on") with their values beside them. The labels
repeat under every part's heading: they name the form's fields, not parts of the report. The one field that holds
the text gives the part its points; the fields saying who changed the record and when are the system's, no point.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.model import Section
from sitroom.parse.shortanswers import drop_short_answers

# A field of the record's own upkeep: who changed or made it, and when.
_UPKEEP = re.compile(
    r"^(?:(?:last\s+)?(?:modified|updated|changed|edited|created|amended)(?:\s+(?:by|on|at|date|time))?\s*)+$"
    r"|^(?:owner|assigned\s+to|record\s+owner)$",
    re.I,
)
# A label is the form's when it stands under this many parts at least.
MIN_PARTS = 3
VALUE_WORDS = 4


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split()).rstrip(":")


def fold_field_labels(sections: list[Section], own: list[bool]) -> tuple[list[Section], list[bool], int]:
    """The sections with the form's repeated field labels folded away: the text field's points given to the part
    over it, the upkeep fields left out, and so are the form's questions with short answers alone (a date, a yes or
    a no, file names: ``sitroom.parse.shortanswers``); with how many lines (labels and values) were left out."""
    sections, own, answered = drop_short_answers(sections, own)
    children: dict[int, list[int]] = {}  # each section's sub-sections, by position
    stack: list[int] = []
    for n, s in enumerate(sections):
        while stack and sections[stack[-1]].level >= s.level:
            stack.pop()
        if stack:
            children.setdefault(stack[-1], []).append(n)
        stack.append(n)
    labels = Counter(_norm(sections[c].heading) for kids in children.values() for c in set(kids))
    # a label of the form stands once under each of many parts
    once = {lab for lab, n in labels.items() if lab and n >= MIN_PARTS}
    parts = [
        p
        for p, kids in children.items()
        if all(_norm(sections[c].heading) in once and not children.get(c) for c in kids)
        and len({_norm(sections[c].heading) for c in kids}) == len(kids)
    ]
    text_labels = {_norm(sections[c].heading) for p in parts for c in children[p]} - {
        lab for lab in once if _UPKEEP.match(lab)
    }
    # one field of the form holds the text at most: sub-sections of two meanings are the report's own; and the
    # record's upkeep fields tell a form from a report repeating one sub-heading ("Actions") under each area
    upkeep = {_norm(sections[c].heading) for p in parts for c in children[p]} - text_labels
    if len(parts) < MIN_PARTS or len(text_labels) > 1 or not upkeep or any(sections[p].items for p in parts):
        return sections, own, answered
    folded = {c for p in parts for c in children[p]}
    dropped = 0
    for p in parts:
        for c in children[p]:
            dropped += 1
            if _norm(sections[c].heading) in text_labels:
                sections[p].items.extend(sections[c].items)
            else:
                dropped += len(sections[c].items)
    # a page break sets a field's label apart from its part: the form's labels there, in whatever part, are its own
    for n, section in enumerate(sections):
        if n not in folded:
            dropped += _drop_loose_upkeep(section, text_labels)
    kept = [(s, o) for n, (s, o) in enumerate(zip(sections, own, strict=True)) if n not in folded]
    return [s for s, _ in kept], [o for _, o in kept], dropped + answered


def _drop_loose_upkeep(part: Section, text_labels: set[str]) -> int:
    """Fields a page break left among a part's points ("Olu Adebayo" over "Modified by"): the text field's label
    alone, and each upkeep label with its value beside it, a name or a time, not a sentence. How many points
    were left out."""
    gone: set[int] = set()
    items = part.items
    for n, item in enumerate(items):
        if _norm(item.text) in text_labels:
            gone.add(n)
        if not _UPKEEP.match(_norm(item.text)):
            continue
        gone.add(n)
        for k in (n - 1, n + 1):
            if (
                0 <= k < len(items)
                and k not in gone
                and _value(items[k].text)
                and not _UPKEEP.match(_norm(items[k].text))
            ):
                gone.add(k)
                break
    part.items = [item for n, item in enumerate(items) if n not in gone]
    return len(gone)


def _value(text: str) -> bool:
    """A field's value: a name or a time, a few words, no sentence."""
    return 0 < len(text.split()) <= VALUE_WORDS and not text.rstrip().endswith((".", "!", "?", ";"))
