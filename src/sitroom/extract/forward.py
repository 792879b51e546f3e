"""Forwarded messages: the message passed on is the document, the notes stacked above it are not.

A return forwarded once or twice ("FYI – see below", "---------- Forwarded message ---------",
From / Date / Subject / To, "Adding Jo …", another forward rule, then the return) carries its report at
the bottom. Each forwarder's short note, with its greeting and sign-off, is the covering letter, and
each forwarded-message header block is furniture; both are left out and counted. The forwarded
message's Subject and Date name and date the report.

A reader decides by what the newest writing is: when it is itself a report (headings, bullets, more
than a note), it is the document and the forwarded message below it is older text, left out and
counted. A reply's quoted text ("On … wrote:", "Original Message", ">" lines) is not a forward; it stays
quoted history (``letter``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from sitroom.extract.letter import (
    count_left_out,
    header_block_at,
    heading_by_look,
    is_greeting,
    is_mail_header,
    is_sign_off,
)
from sitroom.model import Block, BlockKind, Document
from sitroom.text.faxname import is_fax_name

# The rule mail programs print over a forwarded message, in several languages; the header fields may
# follow on the same line when an HTML body runs them together.
_FORWARD_MARK = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|message transf[ée]r[ée]|mensaje reenviado|"
    r"weitergeleitete nachricht|doorgestuurd bericht)\s*-{2,}|begin forwarded message\s*:)",
    re.I,
)
_FIELD = re.compile(
    r"(?:^|(?<=\s))(from|date|sent|to|cc|bcc|subject|de|envoy[ée]|objet|asunto|fecha|betreff|datum|"
    r"onderwerp|van|aan)\s*:",
    re.I,
)
_SUBJECT_FIELDS = frozenset({"subject", "objet", "asunto", "betreff", "onderwerp"})
_DATE_FIELDS = frozenset({"date", "sent", "envoyé", "envoye", "fecha", "datum"})
_FORWARD_PREFIX = re.compile(r"^(?:\s*(?:fwd?|fw|tr|rv|wg|doorst)\s*:\s*)+", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|r|ref)\s*:", re.I)
# The line some mail programs draw above a forwarded or replied-to message's header block, in place of
# a "Forwarded message" rule.
_RULE = re.compile(r"^[_\-=–—]{5,}$")
_PASSING_ON = re.compile(r"^(?:fyi|fwiw|for info(?:rmation)?|see below|pour info|para su informaci[óo]n)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+\S")
_STARRED = re.compile(r"^\*[^*]{2,60}\*$")
# A note passes a report on in a few sentences; more than this, or any heading or list, is a report.
NOTE_WORDS = 80
NOTE_BULLETS = 2
NAME_WORDS = 3


@dataclass(slots=True)
class _Part:
    """One message of the chain: its header block (none for the newest) and its body."""

    header: list[Block]
    body: list[Block]


def unwrap_forwarded(doc: Document, subject: str | None = None) -> None:
    """Keep the forwarded report of a forwarded chain as the document; leave out the forwarders' notes,
    the header blocks and anything below the report, counted in the warnings. ``subject`` is the
    message's own, when the document is an e-mail: "RE:" makes it a reply, "FW:" a forward."""
    blocks = doc.blocks
    marks = [i for i, b in enumerate(blocks) if _FORWARD_MARK.match(b.text.strip())]
    marks = marks or _header_marks(blocks, subject)
    if not marks:
        return
    # a header's field printed over its "From:" (Thunderbird prints the subject first) is the header's too
    marks = [m - 1 if m > 0 and (n == 0 or m - 1 > marks[n - 1]) and is_mail_header(blocks[m - 1].text) else m
             for n, m in enumerate(marks)]  # fmt: skip
    parts = [_Part([], blocks[: marks[0]])]
    for n, m in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else len(blocks)
        end = m + 1
        while end < stop and is_mail_header(blocks[end].text):
            end += 1
        parts.append(_Part(blocks[m:end], blocks[end:stop]))
    chosen = 0
    while chosen < len(parts) - 1 and is_note(parts[chosen].body):
        chosen += 1
    report = parts[chosen]
    notes = sum(len(p.body) for p in parts[:chosen])
    headers = sum(len(p.header) for p in parts[: chosen + 1])
    below = sum(len(p.header) + len(p.body) for p in parts[chosen + 1 :])
    kept = {id(b) for b in report.body}
    dropped = [b for p in parts for b in (*p.header, *p.body) if id(b) not in kept]
    doc.blocks = report.body
    # where the left-out text sits, so that its dates and numbers are not taken for the report's
    doc.meta.setdefault("quoted", []).extend((b.start, b.end) for b in dropped)
    if report.header:
        fields = _fields(" ".join(b.text for b in report.header))
        if subject := _FORWARD_PREFIX.sub("", fields.get("subject", "")).strip():
            doc.meta["forwarded_subject"] = subject
        if sent := _sent(fields.get("date", "")):
            doc.meta["forwarded_date"] = sent
    count_left_out(
        doc,
        {
            "forwarded-message header line": headers,
            "forwarder's note line": notes,
            "forwarded line below the report": below,
        },
    )


def _header_marks(blocks: list[Block], subject: str | None) -> list[int]:
    """Where the messages of a chain forwarded without a "Forwarded message" rule begin: at each header
    block ("From: … Sent: … To: … Subject: …", with the rule drawn above it), provided a note stands
    above the first. Above a report, a header block is older history, not the document; at the very top
    it is the saved message's own header (``letter``). A reply quotes the message it answers the same
    way: a subject saying so ("RE: …") keeps the quoted message history."""
    if subject and _REPLY_PREFIX.match(subject):
        return []
    marks = []
    for i in range(len(blocks)):
        if header_block_at(blocks, i):
            above = i - 1 if i and _RULE.match(blocks[i - 1].text.strip()) else i
            marks.append(above)
    if not marks or not marks[0]:
        return []
    top = [b.text.strip() for b in blocks[: marks[0]] if b.text.strip()]
    if any(map(is_fax_name, top)):
        return []  # a fax's cover sheet: its fields are the transmission's, the report follows on the next page
    # A note is written to someone ("FYI – see below."), not a lone label: a label above a pasted
    # message ("Correspondence") heads a section the document goes on with below it.
    written = bool(subject and _FORWARD_PREFIX.match(subject)) or any(
        _PASSING_ON.match(t) or t[-1] in ".!?:," or len(t.split()) > NAME_WORDS for t in top
    )
    if not written or not is_note(blocks[: marks[0]]):
        return []
    return marks


def is_note(body: list[Block]) -> bool:
    """A forwarder's note ("FYI – see below. Jo, adding you …", a sign-off, a name), not a report: no
    heading, fewer than two bullets and a few sentences once the greeting and signature are set aside."""
    lines = [b for b in body if b.text.strip()]
    while lines and is_greeting(lines[0].text):
        lines = lines[1:]
    for k, b in enumerate(lines):
        text = b.text.strip()
        if is_sign_off(text) or text.startswith("--"):
            lines = lines[:k]
            break
    while lines and len(lines[-1].text.split()) <= NAME_WORDS and not lines[-1].text.strip().endswith("."):
        lines = lines[:-1]  # the forwarder's name, signed without a close
    if any(heading_by_look(b) or _STARRED.match(b.text.strip()) for b in lines):
        return False
    bullets = sum(1 for b in lines if b.kind is BlockKind.ITEM or _BULLET.match(b.text))
    return bullets < NOTE_BULLETS and sum(len(b.text.split()) for b in lines) <= NOTE_WORDS


def _fields(text: str) -> dict[str, str]:
    """The Subject and Date of a forwarded-message header block, on its lines or run together."""
    text = _FORWARD_MARK.sub("", text.strip())
    found = list(_FIELD.finditer(text))
    fields: dict[str, str] = {}
    for n, m in enumerate(found):
        name = m.group(1).lower()
        value = text[m.end() : found[n + 1].start() if n + 1 < len(found) else len(text)].strip()
        key = "subject" if name in _SUBJECT_FIELDS else "date" if name in _DATE_FIELDS else name
        fields.setdefault(key, value)
    return fields


def _sent(value: str) -> str | None:
    """The ISO date-time of a header's date ("Mon, 6 Apr 2020 at 09:47"), or None when unreadable."""
    value = re.sub(r"\s+at\s+", " ", value.strip())
    try:
        when: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.isoformat()
