"""Minutes written as speaker turns: "Alice: we agreed …", "<alice> …", "Name (Org): …".

Each turn is one item however many lines it wraps over, so a line that opens with a speaker's label
starts a new item; the speaker's name stays in the item. "RESOLUTION:", "ACTION:" and "DECISION:"
lines are records of their own, and a "Topic: …" line is the heading of what follows. A label only
counts as a speaker's when the document keeps using such labels (three lines or more, two speakers
or more): one "Note: …" line in a report is no conversation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitroom.model import Block, BlockKind

# IRC-style "<alice> …" or "[alice] …", after a time stamp or not (chat logs kept as minutes).
_NICK = re.compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:<[\w.@|^`-]{1,30}>|\[[A-Za-z_][\w.@|^`-]{0,29}\])\s+\S")
# "Alice: …", "Alice Brown (Housing): …", "Dr. A. Brown: …": one to four capitalised words,
# an optional organisation in brackets, then a colon.
_NAMED = re.compile(
    r"^(?P<label>(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*\([^()]{1,40}\))?)\s*:\s+\S"
)
# The records minutes keep: decisions taken and actions given, in capitals as minute-takers mark them.
_RECORD = re.compile(
    r"^(?:RESOLUTION|RESOLVED|DECISION|DECIDED|AGREED|ACTION(?:\s+ITEM)?|ACTIONS?\s+ON\s+\w+|PROPOSED|"
    r"R[ÉE]SOLUTION|D[ÉE]CISION|ACUERDO|ACCI[ÓO]N)\b\s*(?:\[[^\]]*\])?\s*[:\-–]",
)
# "Topic: …", "Agenda item 3: …", "Item 4 - …": the heading of a part of the meeting.
_TOPIC = re.compile(r"^(?:topic|subtopic|agenda item(?:\s+\d+)?|item\s+\d+|sujet|tema)\s*[:\-–]\s*\S", re.I)
# Labels of fields, not of people: a report's "Status: green" or "Mitigation: …".
_FIELDS = frozenset(
    "note notes status date time owner risk risks mitigation update updates source location venue "
    "present apologies attendees absent chair minutes subject summary issue issues impact outcome "
    "next steps deadline due priority rag progress comment comments action actions decision "
    "topic agenda item scribe regrets guests meeting purpose background context total".split()
)
MIN_TURNS = 3


def is_record(text: str) -> bool:
    """A minuted resolution, decision or action ("RESOLUTION: …", "ACTION: Bob to …")."""
    return bool(_RECORD.match(text))


def is_chat_line(text: str) -> bool:
    """A chat log's line, opened by its writer's nick ("<alice> …"): one turn whatever its length."""
    return bool(_NICK.match(text))


def is_topic(text: str) -> bool:
    """A "Topic: …" line that heads a part of the minutes."""
    return bool(_TOPIC.match(text)) and len(text) <= 120 and not text.rstrip().endswith((".", ";"))


def speaker(text: str) -> str | None:
    """The speaker's label a line opens with, or None."""
    if m := _NICK.match(text):
        return next(w for w in m.group(0).split() if w[0] in "<[" and not w[1].isdigit())
    m = _NAMED.match(text)
    if not m:
        return None
    label = m.group("label")
    if label.split("(")[0].strip().lower() in _FIELDS or label.isupper():
        return None
    return label


def has_turns(texts: Iterable[str]) -> bool:
    """Whether a document is written as speaker turns: three labelled lines or more, two speakers or more."""
    counts = Counter(s for t in texts if (s := speaker(t.strip())))
    return sum(counts.values()) >= MIN_TURNS and len(counts) >= 2


def turn_starts(blocks: list[Block]) -> frozenset[int]:
    """The ids of LINE blocks that open a turn or a record, when the document has speaker turns."""
    lines = [b for b in blocks if b.kind is BlockKind.LINE]
    if not lines:
        return frozenset()
    turns = has_turns(b.text for b in lines)
    return frozenset(
        id(b) for b in lines if is_record(b.text.strip()) or (turns and speaker(b.text.strip()) is not None)
    )
