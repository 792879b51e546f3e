"""A message's masthead and trailer: the lines around a report that address and close it, not its sections.

At the top of a message: a protective marking ("OFFICIAL", "OFFICIAL-SENSITIVE", "UNCLASSIFIED",
"RESTRICTED"), a date-time-group stamp ("SITREP 0600 06APR20", "DTG 061200Z APR 20") and the header fields
(From / To / Subject / Ref / Date / Info / Cc). The Subject names the report. At the end: the writer's
close ("ENDS", "END OF REPORT"), the time of the next report ("NEXT SITREP: 1800 06APR20", "Next update due
Friday") and the marking repeated. None of these is a section or an item: a reader skips them.
"""

from __future__ import annotations

import re

from sitroom.text.markings import is_marking

# A date-time group: "0600 06APR20", "061200Z APR 20", "061200ZAPR20" (day, hour and minute, zone, month, year).
_DTG = re.compile(
    r"\b(?:\d{4}[A-Z]?\s+\d{1,2}\s?[A-Z]{3}\s?\d{2,4}|\d{6}[A-Z]?\s?[A-Z]{3}\s?\d{2,4})\b",
    re.I,
)
_FIELD = re.compile(
    r"^(?:from|to|subj(?:ect)?|ref(?:erence)?s?|our\s+ref|your\s+ref|info|cc|dtg|date(?:\s+of\s+issue)?|sent|"
    r"precedence|originator|addressees?)\s*[:.]\s*(?P<value>.*)$",
    re.I,
)
_SUBJECT = re.compile(r"^subj(?:ect)?\s*[:.]\s*(?P<value>.+)$", re.I)
_NEXT_REPORT = re.compile(
    r"^[\W_]*next\s+(?:sitrep|situation\s+report|report|update|return|bulletin|briefing|brief|message)\b"
    r"(?:\s+(?:is\s+)?(?:due|at|by|on|will\s+be))?",
    re.I,
)
# The writer's close: "ENDS", "END OF REPORT", "-- END --", "Fin du rapport".
_END = re.compile(
    r"^[\W_]*(?:end(?:\s+of\s+(?:the\s+)?(?:report|sitrep|update|document|message|return|bulletin|briefing))?|ends"
    r"|fin(?:\s+(?:du|del|de\s+la)\s+(?:rapport|informe|documento|document|bulletin|mensaje|message))?|ende)[\W_]*$",
    re.I,
)
MAX_STAMP_WORDS = 6
MAX_TRAILER_WORDS = 14


def is_stamp(text: str) -> bool:
    """A short line carrying a date-time group: the message's stamp ("SITREP 0600 06APR20")."""
    return len(text.split()) <= MAX_STAMP_WORDS and _DTG.search(text) is not None


def is_header_field(text: str) -> bool:
    """A message header field ("FROM: …", "TO: …", "SUBJ: …", "REF: …")."""
    return len(text) <= 160 and _FIELD.match(text.strip()) is not None


def is_masthead_line(text: str) -> bool:
    """A line of a message's masthead: its marking, its stamp or a header field."""
    return is_marking(text) or is_stamp(text) or is_header_field(text)


def subject(lines: list[str]) -> str | None:
    """The subject a message header states, the report's name."""
    for line in lines:
        if m := _SUBJECT.match(line.strip()):
            return m.group("value").strip()
    return None


def is_trailer(text: str) -> bool:
    """A closing line: the writer's close ("ENDS", "END OF REPORT"), the next report ("NEXT SITREP: 1800
    06APR20"), or the marking repeated."""
    t = text.strip()
    if is_marking(t) or _END.match(t):
        return True
    return len(t.split()) <= MAX_TRAILER_WORDS and _NEXT_REPORT.match(t) is not None
