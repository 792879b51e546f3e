"""The letter around an e-mail's report: greeting, sign-off, signature, disclaimer, quoted replies.

"Dear all," opens a message and "Kind regards," closes it; what follows the close (a name, a job
title, a phone number, a confidentiality notice, the message being replied to) is the sender's
furniture, not the report. Found by what each line is, in English, French and Spanish; every line
left out is counted in the document's warnings.

Any document may also paste an e-mail chain (minutes quoting the exchange they discuss, a return
forwarded with its thread): the newest writing is the document's own, each quoted message under a
"From: … Sent: … To: … Subject: …" block, an "On <date>, <name> wrote:" line, an "Original
Message" rule or ">" marks is someone else's, older text. It is left out up to the document's next
heading, and counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.extract.gateway import gateway_banner, wraps_on
from sitroom.extract.leftout import count_left_out
from sitroom.extract.letterclose import closes_with_comma_line, is_app_stamp, opens_with_comma_line
from sitroom.extract.pastedletters import signature_line, strip_pasted_letters
from sitroom.extract.quotetop import QUOTE_MARK as _QUOTE_MARK
from sitroom.extract.quotetop import quote_on_top
from sitroom.extract.ticketmail import notification_head
from sitroom.model import Block, BlockKind, Document
from sitroom.text.disclaimers import DISCLAIMER
from sitroom.text.faxname import is_fax_name
from sitroom.text.handover import HANDOVER_DOC as _HANDOVER_DOC
from sitroom.text.handover import HANDOVER_POINTER as _HANDOVER_POINTER
from sitroom.text.mailfields import FIELDS_RUN, FROM_LABELS, HEADER_LABELS, QUOTE_ATTRIBUTION
from sitroom.text.salutations import greets_and_hands_over, is_greeting, is_sign_off
from sitroom.text.signoffs import is_thanks

# the greeting and sign-off words are read here for the modules that strip a letter
__all__ = ["count_left_out", "is_greeting", "is_sign_off", "strip_letter", "strip_quoted"]

_SIGNATURE_DELIMITER = re.compile(r"^--\s*$")
_QUOTED = re.compile(
    rf"^(?:{QUOTE_ATTRIBUTION}|-{{2,}}\s*original message\s*-{{2,}}|"
    r"-{2,}\s*forwarded message\s*-{2,}|-{2,}\s*message d.origine\s*-{2,}|sent from my \w+.*)$",
    re.I,
)
# The fields of a quoted message's header block, as mail programs print them in several languages.
_FROM_FIELD = re.compile(rf"^(?:{FROM_LABELS})\s*:\s*\S", re.I)
_HEADER_FIELD = re.compile(rf"^(?:{HEADER_LABELS})\s*:", re.I)
# whom a memo goes to, over who sends it: "FOR : …", "TO : …", "THRU : …", "ATTENTION : …"
_ADDRESSED_FIELD = re.compile(r"^(?:for|to|thru|through|attn|attention|via)\s*:\s*\S", re.I)
# when a page's post went up, under its title: "Posted May 30, 2025 at 6:00 p.m.", "Published 3 June 2025"
_POSTED = re.compile(r"^(?:posted|published|updated|last\s+updated)\b[^.]{0,60}\d", re.I)
# A greeting is found only among the first lines of the body.
GREETING_LINES = 2
HANDOVER_WORDS = 30


def _is_handover(block: Block) -> bool:
    """The covering line of a message that carries a report ("our return for this week is below")."""
    text = block.text.strip()
    return (
        block.kind is not BlockKind.HEADING
        and len(text.split()) <= HANDOVER_WORDS
        and bool(_HANDOVER_DOC.search(text))
        and bool(_HANDOVER_POINTER.search(text))
    )


def _covering_lines(blocks: list[Block], start: int) -> int:
    """How many blocks from ``start`` are the covering line handing the report over, with the lines it wraps
    onto in a plain-text message down to the blank line; 0 when ``blocks[start]`` hands nothing over."""
    if start >= len(blocks) - 1 or not _is_handover(blocks[start]):
        return 0
    n = 1
    while start + n < len(blocks) - 1 and (
        wraps_on(blocks[start + n - 1], blocks[start + n]) or _is_handover(blocks[start + n])
    ):
        n += 1
    return n


def is_mail_header(text: str) -> bool:
    """A line of a quoted message's header block ("From: …", "Sent: …", "Subject: …")."""
    text = text.strip()
    return bool(_FROM_FIELD.match(text) or _HEADER_FIELD.match(text))


def quote_starts(blocks: list[Block], i: int, markdown: bool = False) -> bool:
    """Whether a quoted older message starts at ``blocks[i]``: its header block, a "wrote:" line, an
    "Original Message" rule, or a ">"-quoted line (Markdown's ">" is a block quote, its own content)."""
    text = blocks[i].text.strip()
    if _QUOTED.match(text) and not text.lower().startswith("sent from my"):
        return True
    if not markdown and _QUOTE_MARK.match(text):
        # two quoted lines running: one "> 50% of homes" is a comparison, not a quotation
        return i + 1 < len(blocks) and bool(_QUOTE_MARK.match(blocks[i + 1].text.strip()))
    return header_block_at(blocks, i)


def header_block_at(blocks: list[Block], i: int) -> bool:
    """Whether a message's header block opens at ``blocks[i]``: "From: …" with Sent, To or Subject on the
    next lines, or the fields run together on one line."""
    text = blocks[i].text.strip()
    if FIELDS_RUN.match(text):
        return True
    if not _FROM_FIELD.match(text):
        return False
    # a memo's own header names whom it goes to first ("FOR : …", "THRU : …", then "FROM : …"): a quoted message's
    # header opens with who sent it
    if i > 0 and _ADDRESSED_FIELD.match(blocks[i - 1].text.strip()):
        return False
    fields = sum(1 for b in blocks[i + 1 : i + 5] if _HEADER_FIELD.match(b.text.strip()))
    return fields >= 2


def strip_quoted(doc: Document, is_heading: Callable[[Block], bool] | None = None) -> None:
    """Leave out every quoted message of a document (with the sign-off and signature just above it),
    each up to the next block ``is_heading`` accepts (by default a heading by kind or by look); the
    lines left out are counted."""
    is_heading = is_heading or heading_by_look
    markdown = doc.format == "md"
    _strip_covering_letter(doc)
    strip_pasted_letters(doc)
    blocks = doc.blocks
    if not any(_may_start(b.text) for b in blocks):
        return
    drop: set[int] = set()
    # A message saved or printed whole opens with its own header block: that header is furniture,
    # the message under it is the document.
    # ... under the subject printed large over it, as a web mail prints a message
    titled = next((k for k, b in enumerate(blocks) if not b.style.get("title")), len(blocks))
    # ... under a record's name and fields ("Ticket#… – …", "Status: open"), as a ticket prints its article
    lead = next((k for k in range(titled, min(len(blocks), titled + _LEAD)) if not _record_line(blocks, k)), titled)
    own = _own_header(blocks[titled:])
    envelope = 0  # the record's lines over a message printed whole: its name and fields, the record's, not the report's
    if not own and lead > titled and _names_record(blocks[:lead]) and (own := _own_header(blocks[lead:])):
        titled = envelope = lead
    own_lines = set(range(titled, titled + len(own))) | set(range(envelope)) if own else set()
    i = titled + len(own) if own else 0
    while i < len(blocks):
        if not quote_starts(blocks, i, markdown):
            i += 1
            continue
        j = i + 1
        if _QUOTE_MARK.match(blocks[i].text.strip()) or _QUOTE_MARK.match(
            blocks[j].text.strip() if j < len(blocks) else ""
        ):
            # ">" marks show where the quotation ends: the writer's reply may follow it
            while j < len(blocks) and _QUOTE_MARK.match(blocks[j].text.strip()):
                j += 1
        else:
            while j < len(blocks) and not is_heading(blocks[j]):
                j += 1
        drop.update(range(i, j))
        drop.update(_letter_close_before(blocks, i))
        i = j
    if drop:
        # Where the quoted text sits, so that its dates and numbers are not taken for the document's.
        doc.meta["quoted"] = [(blocks[k].start, blocks[k].end) for k in sorted(drop)]
    if own and (envelope or not doc.title) and (named := _subject(own)):
        doc.title = named  # a message printed or saved whole: its subject names the report
    if drop or own:
        doc.blocks = [b for k, b in enumerate(blocks) if k not in drop and k not in own_lines]
        counts = {"record field line": envelope, "e-mail header line": len(own), "quoted e-mail line": len(drop)}
        count_left_out(doc, counts)


# the subject field of a header block, its lines perhaps run together into one
_SUBJECT_FIELD = re.compile(
    r"(?:^|\s)(?:subject|objet|asunto|betreff|onderwerp)\s*:\s*(?P<value>.+?)"
    r"(?=\s+(?:from|sent|to|cc|bcc|date|attachments?|importance)\s*:|$)",
    re.I | re.S,
)


def _subject(header: list[Block]) -> str | None:
    """The subject a message's own header block states."""
    for block in header:
        if m := _SUBJECT_FIELD.search(block.text):
            return " ".join(m.group("value").split()) or None
    return None


_LEAD = 16
_VALUE_WORDS = 6
_RECORD_NUMBER = re.compile(r"#\s?\d{1,12}\b|\b[A-Z]{2,6}-?\d{4,}\b|\b\d{7,}\b")
_LABEL = re.compile(r"^[^\W\d][^:.!?]{0,30}:$")
_FIELD_LINE = re.compile(r"^[^\W\d][^:.!?]{0,40}:\s+\S[^!?]{0,80}$")


def _names_record(blocks: list[Block]) -> bool:
    """Lines naming a record (a ticket's number, "Ticket#2026071010776133", "INC0041873", "Article #16") or giving
    its fields ("Status: open"), not a heading over a pasted message ("Correspondence")."""
    if any(is_fax_name(b.text) for b in blocks):
        return False  # a fax's cover sheet: its fields are the cover's, read with it
    return any(_RECORD_NUMBER.search(b.text) or _FIELD_LINE.match(b.text.strip()) for b in blocks)


def _record_line(blocks: list[Block], k: int) -> bool:
    """A record's name or one of its fields (its label and value on one line, or the value under its label), over
    the message printed under them."""
    text = blocks[k].text.strip()
    if _FROM_FIELD.match(text):
        return False
    if blocks[k].kind is BlockKind.HEADING or _FIELD_LINE.match(text) or _LABEL.match(text):
        return True
    return k > 0 and _LABEL.match(blocks[k - 1].text.strip()) is not None and _field_value(text)


def _field_value(text: str) -> bool:
    return 0 < len(text.split()) <= _VALUE_WORDS and not text.endswith((".", "!", "?"))


def _own_header(blocks: list[Block]) -> list[Block]:
    """The header block ("From:", "Sent:", "To:", "Subject:" lines) a saved message opens with, its subject perhaps
    printed over who sent it (as Thunderbird prints it)."""
    lead = int(len(blocks) > 1 and _SUBJECT_FIELD.match(blocks[0].text.strip()) is not None)
    if len(blocks) <= lead or not _FROM_FIELD.match(blocks[lead].text.strip()) or not quote_starts(blocks, lead):
        return []
    end = lead + 1
    while end < len(blocks) and _HEADER_FIELD.match(blocks[end].text.strip()):
        end += 1
    return blocks[:end]


def _strip_covering_letter(doc: Document) -> None:
    """A document written as a letter ("Dear all," … "Kind regards," and a signature) keeps its
    message: the greeting opening it, the close ending it and any confidentiality notice are left
    out and counted."""
    blocks = doc.blocks
    if len(blocks) < 3:
        return
    # the title set over the letter stays the title ("Flood update 3" over "Dear residents,")
    head = 0
    while head < len(blocks) and blocks[head].style.get("title"):
        head += 1
    if not head and blocks[0].kind is BlockKind.HEADING and is_greeting(blocks[1].text):
        head = 1  # ... and so does its name set as the first heading ("# Flood update 3" over "Dear residents,")
    head += bool(head and head < len(blocks) - 1 and _POSTED.match(blocks[head].text.strip()))  # "Posted …"
    head += len(_own_header(blocks[head:]))  # a message printed whole: its greeting opens under its header
    gateway = gateway_banner(blocks, head)  # ... under the banner its receiver's gateway set over it
    start = head + gateway
    while start < min(head + gateway + GREETING_LINES, len(blocks) - 1) and (
        is_greeting(blocks[start].text) or greets_and_hands_over(blocks[start].text)
    ):
        start += 1
    # a message's covering lines, under its greeting or, in a mail, opening it ("This is update 1 on …")
    handover = _covering_lines(blocks, start) if start > head or doc.format in ("eml", "msg") else 0
    start += handover
    end = len(blocks)
    for k in range(len(blocks) - 1, max(start, len(blocks) - 8), -1):
        if is_sign_off(blocks[k].text.strip()):
            # only a name, a title, a phone number may follow the close
            if all(signature_line(b.text) for b in blocks[k + 1 :]):
                end = _with_thanks(blocks, k, start)
            break
    kept = [b for b in blocks[start:end] if not DISCLAIMER.match(b.text.strip())]
    if start > head or end < len(blocks) or len(kept) < end - start:
        doc.blocks = blocks[:head] + kept
        counts = {"mail gateway banner line": gateway, "greeting line": start - head - gateway - handover}
        counts["covering line"] = handover
        counts |= {"sign-off and signature line": len(blocks) - end, "disclaimer": end - start - len(kept)}
        count_left_out(doc, counts)


def _with_thanks(blocks: list[Block], close: int, start: int) -> int:
    """Where the letter's close at ``close`` opens, with the thanks set right over it ("Thank you for your
    patience." over "Yours sincerely,"): the writer's too."""
    above = blocks[close - 1] if close - 1 > start else None
    return close - 1 if above is not None and above.kind in _TEXT and is_thanks(above.text) else close


_TEXT = (BlockKind.PARAGRAPH, BlockKind.LINE)
# A mail designer's banner over the letter: at most this many short lines ("View this email in your browser").
BANNER_LINES, BANNER_WORDS = 6, 12


def _banner_over_greeting(blocks: list[Block], head: int) -> int:
    """How many short lines stand over an e-mail's greeting, before any heading or list: the banner a mailing
    service sets over the letter (its browser link, name, picture caption), not the report."""
    for k in range(head + 1, min(head + BANNER_LINES + 1, len(blocks) - 1)):
        line = blocks[k - 1].text.strip()
        if blocks[k - 1].kind not in _TEXT or len(line.split()) > BANNER_WORDS:
            return 0
        if is_mail_header(line) or _QUOTED.match(line) or not any(c.isalnum() for c in line):
            return 0  # a message quoted or forwarded under its header: its greeting is not this letter's
        if is_greeting(blocks[k].text):
            return k - head
    return 0


def heading_by_look(block: Block) -> bool:
    """A heading the format marks, a short bold line, or a short line in capitals ("ACTIONS")."""
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text.strip()
    if block.style.get("bold") and len(text.split()) <= 10 and not text.endswith((".", ",", ";", ":")):
        return True
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    return capitals and len(text.split()) <= 8 and not text.endswith((".", ",", ";"))


def _may_start(text: str) -> bool:
    """A cheap first look, so documents without any quoted mail cost one pass."""
    head = text.lstrip()[:40].lower()
    return head.startswith((">", "from", "de", "on ", "le ", "el ", "von", "van", "-")) or "wrote:" in text[-12:]


def _letter_close_before(blocks: list[Block], i: int) -> list[int]:
    """The sign-off and signature lines closing the message above a quoted one ("Kind regards," then
    a name, a title, a phone number): the letter around the newest message, not its content."""
    for k in range(i - 1, max(-1, i - 8), -1):
        text = blocks[k].text.strip()
        if is_sign_off(text):
            return list(range(k, i))
        if len(text.split()) > 12 or blocks[k].kind is BlockKind.HEADING:
            break
    return []


def strip_letter(doc: Document) -> None:
    """Drop the greeting, and the sign-off with everything after it, from an e-mail body's blocks."""
    blocks = doc.blocks
    counts = {
        "mail gateway banner line": 0,
        "help desk notification line": 0,
        "banner line over the greeting": 0,
        "e-mail greeting line": 0,
        "covering line": 0,
        "sign-off and signature line": 0,
        "disclaimer": 0,
        "quoted e-mail line": 0,
    }
    # the body restating the subject over the greeting (a title band) stays as the title
    head = 0
    while head < len(blocks) and blocks[head].style.get("title"):
        head += 1
    titled = head
    counts["mail gateway banner line"] = gateway = gateway_banner(blocks, head)
    head += gateway  # the gateway's banner over the message, and the letter under it
    counts["help desk notification line"] = desk = notification_head(blocks, head)
    head += desk  # "Your request (48421) has been updated …" over the reply and its author
    # the message answered, quoted over the reply written under it
    over = quote_on_top(blocks, head, lambda text: _QUOTED.match(text) is not None)
    counts["quoted e-mail line"], head = over, head + over
    counts["banner line over the greeting"] = banner = _banner_over_greeting(blocks, head)
    start = head + banner
    while start < min(head + banner + GREETING_LINES, len(blocks)) and (
        is_greeting(blocks[start].text) or (start == head + banner and opens_with_comma_line(blocks, start))
    ):
        start += 1
    counts["e-mail greeting line"] = start - head - banner
    counts["covering line"] = handover = _covering_lines(blocks, start)
    start += handover
    end = quoted = len(blocks)
    for i in range(start + 1, len(blocks)):
        text = blocks[i].text.strip()
        if quote_starts(blocks, i):
            end = min(end, i)
            quoted = i
            break
        closing = is_sign_off(text) or closes_with_comma_line(blocks, i)
        if end == len(blocks) and (closing or _SIGNATURE_DELIMITER.match(text) or _QUOTED.match(text)):
            end = _with_thanks(blocks, i, start) if is_sign_off(text) else i
    counts["sign-off and signature line"] = quoted - end
    counts["quoted e-mail line"] += len(blocks) - quoted
    if over or quoted < len(blocks):
        doc.meta["quoted"] = [(b.start, b.end) for b in [*blocks[head - over : head], *blocks[quoted:]]]
    while end > start and is_app_stamp(blocks[end - 1].text):
        end -= 1  # the sending app's stamp closing the message ("Created with OneNote.", "Sent with Proton Mail")
        counts["sign-off and signature line"] += 1
    kept: list[Block] = blocks[:titled]
    for b in blocks[start:end]:
        if DISCLAIMER.match(b.text.strip()):
            counts["disclaimer"] += 1
        else:
            kept.append(b)
    doc.blocks = kept
    count_left_out(doc, counts)
