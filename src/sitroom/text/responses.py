"""A notification's request to be answered by one of its links: "Please select a response:" over "1) Confirm
receipt", "2) Unable to respond". The service asks it of every recipient; it is no point of the report."""

from __future__ import annotations

import re

_RESPONSE_LEAD = re.compile(
    r"^(?:please\s+)?(?:(?:select|choose|pick|click|tap)\b.{0,30}?\b(?:responses?|replies|reply|options?|answers?)"
    r"|(?:respond|reply|answer)\b.{0,40})\s*:?$",
    re.I,
)
LEAD_CHARS = 80
# an answer offered is a few words: "Confirm receipt", "Unable to respond", "I am available"
ANSWER_WORDS = 5


def asks_response(text: str) -> bool:
    """ "Please select a response:", "Click to respond:", "Reply with one of the options below": the lead over the
    answers a notification offers as links."""
    text = " ".join(text.split())
    return len(text) < LEAD_CHARS and _RESPONSE_LEAD.match(text) is not None
