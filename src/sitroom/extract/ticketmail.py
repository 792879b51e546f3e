"""The head of a help desk's notification of a reply on a request: the line asking to reply above it ("##- Please
type your reply above this line -##"), the line saying the request was updated ("Your request (48421) has been
updated. To add additional comments, reply to this email."), a rule, then the reply's author and when it was written
("Luis Ortega (Clearfork Valley Water District)" over "Feb 2, 2026, 4:03 PM EST"); or a project tool's line saying
who posted the message it carries ("Dana Whitfield posted a new message in Tornado Recovery") and its rule. The reply
or message under them is the report; the head is the tool's, as a mail's header is the mail program's."""

from __future__ import annotations

import re

from sitroom.model import Block
from sitroom.text.clock import names_time_of_day

_REPLY_ABOVE = re.compile(
    r"^[#*=_–—\s-]*(?:please\s+)?(?:type|write|enter|add)?\s*(?:your\s+)?(?:reply|response|answer)\s+above\s+this"
    r"\s+line\b[^\w]*$"
    r"|^[#*=_–—\s-]*(?:bitte\s+)?(?:oberhalb|über)\s+dieser\s+zeile\s+antworten\b[^\w]*$"
    r"|^[#*=_–—\s-]*(?:veuillez\s+)?r[ée]pondre\s+au-dessus\s+de\s+cette\s+ligne\b[^\w]*$"
    r"|^[#*=_–—\s-]*(?:por\s+favor,?\s+)?responda\s+(?:por\s+)?encima\s+de\s+esta\s+l[íi]nea\b[^\w]*$",
    re.I,
)
_UPDATED = re.compile(
    r"^(?:your|this)\s+(?:support\s+)?(?:request|ticket|case|enquiry|inquiry)\b[^.]{0,40}?\b(?:has\s+been|was|is)\s+"
    r"(?:updated|received|created|answered|solved|resolved|closed|opened)\b"
    r"|^ihre?\s+(?:anfrage|ticket)\b[^.]{0,40}?\bwurde\b|^votre\s+(?:demande|ticket)\b[^.]{0,40}?\ba\s+[ée]t[ée]\b"
    r"|^su\s+(?:solicitud|petici[óo]n|ticket)\b[^.]{0,40}?\bha\s+sido\b",
    re.I,
)
# a project tool's or a forum's notice of a new message, over it: "Dana Whitfield posted a new message in Tornado
# Recovery", "Sam Lee commented on Road closures"
_POSTED = re.compile(
    r"^[^.!?]{2,80}?\s(?:posted|published|shared|started|wrote)\s+(?:a\s+new\s+|an?\s+|the\s+)?(?:message|post|update"
    r"|announcement|discussion|thread|topic|note)\b[^.!?]{0,80}\s(?:in|on|to)\s[^.!?]{2,80}$"
    r"|^[^.!?]{2,80}?\s(?:commented|replied)\s+(?:on|to)\s[^.!?]{2,120}$",
    re.I,
)
_RULE = re.compile(r"^[-=_–—]{5,}$")
# when the reply was written: a time of day in a short line ("Feb 2, 2026, 4:03 PM EST", "2. Feb. 2026, 16:03")
_STAMP_WORDS = 8
# the author's line is a name, perhaps with the organisation in brackets
_AUTHOR_WORDS = 10


def notification_head(blocks: list[Block], head: int) -> int:
    """How many blocks from ``head`` are a help desk notification's head over the reply it carries; 0 when none
    opens there."""
    k, seen = head, False
    while k < min(len(blocks), head + 4):
        text = blocks[k].text.strip()
        if _REPLY_ABOVE.match(text) or _UPDATED.match(text) or (k == head and _POSTED.match(text)):
            seen = True
        elif not (seen and _RULE.match(text)):
            break
        k += 1
    if not seen:
        return 0
    author = blocks[k].text.strip() if k < len(blocks) else ""
    stamp = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
    if author and not author.endswith(".") and len(author.split()) <= _AUTHOR_WORDS and _stamped(stamp):
        k += 2
    elif _stamped(author):
        k += 1
    return k - head


def _stamped(text: str) -> bool:
    return names_time_of_day(text) and len(text.split()) <= _STAMP_WORDS
