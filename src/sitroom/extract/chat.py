"""A chat channel saved as text (Teams, Slack and the like): the report is what was posted, not the app's lines.

A saved conversation opens with the app's header (the channel's path "Team > Channel", "Conversation saved
… by …") and sets each message under its writer's name and time ("Sam Patel  09:14", "Sam Patel, Yesterday
17:02"). Under a message the app prints "(Edited)", the reactions ("👍 3   ❤️ 1", "Like") and the thread
("2 replies", the replies indented under the message). None of these is the report, nor is the covering
line opening the first message ("Morning all, sitrep 4 below"): they are left out and counted, and a report
posted in two messages (the second marked "(continued)") reads as one, the break between the messages kept
as a blank line would be.

A document is read as a chat only when two messages or more open with a name-and-time line, each with
text under it, the first among the opening lines, and someone posts twice or the app's marks are there:
a meeting's "Tactical Group 09:30" is no message.
"""

from __future__ import annotations

import re

from sitroom.extract.letter import count_left_out
from sitroom.model import Block, BlockKind, Document
from sitroom.text.brackets import bracketed_heading
from sitroom.text.logbook import is_day_line
from sitroom.text.reactions import is_reaction_line

_DAY = (
    r"\b(?i:today|yesterday|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?|"
    r"[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\b"
)
_TIME = r"\b\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?"
# "Sam Patel  09:14", "Priya Sharma (Resilience)  06/04/2020 09:07", "Sam Patel, Yesterday 17:02",
# "Sam Patel — Today at 9:14 AM": a name of one to four capitalised words, then the day and the time alone.
# A bare time is set off by two spaces or a comma ("Tactical Group 09:30" is a meeting, not a message).
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*\([^()]{1,40}\))?"
_AT = r"\s*,?\s*(?:at\s+)?"
_NAME_TIME = re.compile(rf"^{_NAME}(?:(?:\s{{2,}}|\s*,\s*)(?:{_DAY}{_AT})?|\s*[,–—|·-]?\s*{_DAY}{_AT}){_TIME}$")
_CAPITALISED = re.compile(r"^[A-Z]")
_EDITED = re.compile(r"^\(?edited\)?$", re.I)
# "2 replies", "1 reply from Alex Brown", "View 3 more replies", "Reply", "Collapse all", "Last reply 09:40"
_THREAD = re.compile(
    r"^(?:\d+\s+(?:more\s+)?repl(?:y|ies)(?:\s+from\s+.{1,60})?|(?:view|show|see)\s+(?:\d+\s+)?(?:more\s+)?"
    r"repl(?:y|ies)|reply|collapse\s+all|last\s+reply\s+.{1,30})$",
    re.I,
)
_CONTINUED = re.compile(r"^[(\[]?(?:continued|cont(?:'d|’d|\.)?|\.\.\.\s*continued|…\s*continued)[)\]]?$", re.I)
# The writer's covering words at the top of the first message: a greeting, or a line saying where the report
# is ("Morning all 👋 sitrep 1 for Housing below, second half to follow").
_GREETING = re.compile(r"^(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|dear)\b", re.I)
_REPORT_WORD = re.compile(r"\b(?:sitrep|report|update|return|figures|note)s?\b", re.I)
_POINTER = re.compile(r"\b(?:below|attached|enclosed|to\s+follow|as\s+follows|here(?:\s+is|'s|’s))\b", re.I)
COVERING_WORDS = 30
COVERING_AT = 2  # the covering line opens the first message, or follows the report's name
# The opening lines a first message must be among, and the messages that make a conversation.
HEADER_LINES = 4
MIN_MESSAGES = 2


# "林晓燕  08:04": a name in a script without capitals (Chinese, Japanese, Arabic…), a word or two of letters alone
_SCRIPT_NAME_TIME = re.compile(
    rf"^(?P<name>[^\W\d_]{{2,12}}(?:\s[^\W\d_]{{1,12}})?)(?:\s{{2,}}|\s*,\s*)(?:{_DAY}{_AT})?{_TIME}$"
)


def name_time(text: str) -> str | None:
    """The writer a message's name-and-time line names (the name, then the day and the time, nothing else)."""
    text = text.strip()
    if len(text) > 80:
        return None
    if not _CAPITALISED.match(text):
        m = _SCRIPT_NAME_TIME.match(text)
        uncased = m is not None and not any(c.isupper() or c.islower() for c in m.group("name"))
        return m.group("name") if m and uncased else None
    m = _NAME_TIME.match(text)
    return m.group("name") if m else None


def is_covering_line(text: str) -> bool:
    """A message's covering line: a greeting, or words about the report being below or attached."""
    text = " ".join(text.split())
    if len(text.split()) > COVERING_WORDS:
        return False
    if _GREETING.match(text) and (len(text.split()) <= 4 or _POINTER.search(text)):
        return True
    return bool(_REPORT_WORD.search(text) and _POINTER.search(text))


def _indent(block: Block) -> int:
    return block.style.get("indent") or 0


def _furniture(text: str) -> str | None:
    """What kind of chat furniture a line under a message is, or None."""
    text = " ".join(text.split())
    if _EDITED.match(text):
        return "edit mark"
    if is_reaction_line(text):
        return "reaction line"
    if _THREAD.match(text):
        return "thread marker"
    if _CONTINUED.match(text):
        return "continuation mark"
    return None


def strip_chat(doc: Document) -> None:
    """Leave out a saved chat's header, name-and-time lines, edit marks, reactions and thread replies."""
    blocks = doc.blocks
    writers = {i: w for i, b in enumerate(blocks) if (w := name_time(b.text))}
    found = sorted(writers)
    heads = set(found)
    messages = [i for i in found if i + 1 < len(blocks) and i + 1 not in heads]
    if len(messages) < MIN_MESSAGES or found[0] >= HEADER_LINES:
        return
    # a conversation: someone posts twice, or the app's marks sit under the messages
    if len(set(writers.values())) == len(writers) and not any(_furniture(b.text) for b in blocks):
        return
    top = min(_indent(blocks[i]) for i in heads)
    counts = {
        "chat export header line": found[0],
        "chat name-and-time line": 0,
        "thread reply line": 0,
        "edit mark": 0,
        "reaction line": 0,
        "thread marker": 0,
        "continuation mark": 0,
        "covering line": 0,
    }
    talk = _talk(blocks, [i for i in found if _indent(blocks[i]) <= top])  # a thread's replies go with its message
    counts["chat message other than the report"] = 0
    boundary = False  # lines were left out since the last line kept: a break, as a blank line is
    reply_indent: int | None = None  # inside a reply indented under a message, at this indent
    # the channel the header names as a heading ("# #snow-response · Kingsreach College") is where it was
    # posted, the document's own title if it states none
    named = next((b.text for b in blocks[: found[0]] if b.kind is BlockKind.HEADING and not is_day_line(b.text)), None)
    doc.title = doc.title or named
    # the day the app's header names ("Tuesday 16 January 2024") dates the post: kept, as a line of its own
    kept: list[Block] = [b for b in blocks[: found[0]] if is_day_line(b.text)]
    for b in kept:
        b.kind, b.level = BlockKind.PARAGRAPH, 1
    counts["chat export header line"] -= len(kept)
    for i, b in enumerate(blocks[found[0] :], start=found[0]):
        head = i in heads
        kind: str | None = None
        if i in talk:
            counts["chat message other than the report"] += talk[i] == i  # counted by the message, not the line
            boundary = True
            continue
        if reply_indent is not None and _indent(b) >= reply_indent and not (head and _indent(b) <= top):
            kind = "chat name-and-time line" if head else "thread reply line"
        elif head:
            kind = "chat name-and-time line"
            # a reply in the message's thread is set under it
            reply_indent = _indent(b) if _indent(b) > top else None
        else:
            reply_indent = None
            kind = _furniture(b.text)
            if kind is None and i < messages[1] and len(kept) < COVERING_AT and is_covering_line(b.text):
                kind = "covering line"
        if kind is not None:
            counts[kind] += 1
            boundary = True
            continue
        if boundary and kept:
            b.style["gap_before"] = max(1, b.style.get("gap_before") or 0)
        boundary = False
        kept.append(b)
    if kept:
        doc.blocks = kept
        count_left_out(doc, counts)


# A point typed in a message: "- …", "1. …", "1、…", "①…"; a report is a message of several lines with points or
# headings among them.
_POINT = re.compile(r"^(?:[-•*–·]\s|\d{1,2}[.)]\s|\d{1,2}[、．]|[①-⑳])\s*\S")
MIN_REPORT_LINES = 4


def _talk(blocks: list[Block], heads: list[int]) -> dict[int, int]:
    """The lines of the messages around a report posted in the chat (each line's message's first line): where some
    message carries a report (several lines, points or headings among them), the messages that carry none are the
    group's talk ("Received, thanks", "[Image]", "@all send your figures by 8:30"), but for its writer's next
    messages right after it (the rest of the report). None where no message carries a report."""
    ends = [*heads[1:], len(blocks)]
    bodies = [(i, blocks[i + 1 : end]) for i, end in zip(heads, ends, strict=True)]
    reports = {i for i, body in bodies if _carries_report(body)}
    if not reports:
        return {}
    writers = {i: name_time(blocks[i].text) for i in heads}
    talk: dict[int, int] = {}
    after: str | None = None  # the writer of the report message just read
    for i, end in zip(heads, ends, strict=True):
        if i in reports or writers[i] == after:
            after = writers[i]
            continue
        after = None
        talk.update((n, i) for n in range(i, end))
    return talk


def _carries_report(body: list[Block]) -> bool:
    texts = [b.text.strip() for b in body]
    return len(body) >= MIN_REPORT_LINES and any(
        b.kind is BlockKind.HEADING or _POINT.match(t) or bracketed_heading(t) for b, t in zip(body, texts, strict=True)
    )


# "Posted in Rough Sleeping Cell > SWEP 2024-25", "Posted in #snow-response": the app's line naming the channel
# a post was copied from.
_POSTED_IN = re.compile(r"^(?:posted|replied|shared)\s+in\s+\S.{0,100}$", re.I)
_MENTIONS = re.compile(r"^(?:@[\w.'’-]+[\s,;]*)+")
# The app's lines over a pasted post are among the opening lines of the body.
POST_HEAD_LINES = 12
POST_TAIL_LINES = 4


def strip_pasted_post(doc: Document, title: str | None = None) -> None:
    """A single chat post copied into a message (a Teams or Slack post pasted into an e-mail) is the report;
    the app's lines around it are not: the channel it was posted in ("Posted in Team > Channel"), the
    writer's name and time, the post's subject restating the message's ``title`` (kept as the title), the
    line of @mentions that addresses it, and under it the reactions and "3 replies". The note written
    above the post (a greeting, "copying this morning's post below", a signature) is the covering letter.
    Only when the name-and-time line opens the post among the first lines, above any heading or point, with
    the app's marks beside it (the channel line over it, or reactions and replies under the post)."""
    from sitroom.extract.forward import is_note  # forward reads the letter as chat does: imported late

    blocks = doc.blocks
    head = next((i for i in range(min(len(blocks), POST_HEAD_LINES)) if _post_writer(blocks, i)), None)
    if head is None or any(b.kind in (BlockKind.HEADING, BlockKind.ITEM) for b in blocks[:head]):
        return
    posted = head > 0 and _POSTED_IN.match(blocks[head - 1].text.strip()) is not None
    tail = len(blocks)
    while tail > head + 1 and len(blocks) - tail < POST_TAIL_LINES and _furniture(blocks[tail - 1].text):
        tail -= 1
    if not posted and tail == len(blocks):
        return
    note = blocks[: head - 1] if posted else blocks[:head]
    if note and not is_note(note):
        return
    body = blocks[head + 1 : tail]
    subject = _FORWARD_OR_REPLY.sub("", title or "").strip().lower()
    opening = 0
    for b in body[:2]:
        text = " ".join(b.text.split())
        if b.style.get("title") or (subject and text.lower() in subject and len(text) >= 0.5 * len(subject)):
            b.kind, b.style["title"] = BlockKind.PARAGRAPH, True  # the post's subject: the report's name
            continue
        if _MENTIONS.match(text) and (is_covering_line(_MENTIONS.sub("", text) or text) or _mentions_only(text)):
            opening += 1  # "@Rough Sleeping Cell @Outreach Team morning update below"
            b.style["drop"] = True
        break
    kept = [b for b in body if not b.style.pop("drop", False)]
    doc.blocks = kept
    count_left_out(
        doc,
        {
            "covering note line of a pasted post": len(note),
            "chat header line": 2 if posted else 1,
            "covering line": opening,
            "reaction or thread line": len(blocks) - tail,
        },
    )


_FORWARD_OR_REPLY = re.compile(r"^(?:\s*(?:fwd?|fw|re|aw|tr|wg|sv)\s*:\s*)+", re.I)


# "Sam Patel 08:11": under the channel line, a writer and a bare time, set apart by one space once the page's
# spaces are collapsed, open the post too.
_LOOSE_NAME_TIME = re.compile(rf"^{_NAME}\s+(?:{_DAY}{_AT})?{_TIME}$")


def _post_writer(blocks: list[Block], i: int) -> bool:
    """The writer's name and time open the post at ``blocks[i]``."""
    text = blocks[i].text.strip()
    if name_time(text):
        return True
    return i > 0 and bool(_POSTED_IN.match(blocks[i - 1].text.strip())) and bool(_LOOSE_NAME_TIME.match(text))


def _mentions_only(text: str) -> bool:
    """ "@Rough Sleeping Cell @Jo Carter": nothing but the names the post notifies."""
    return all(w.startswith("@") or w[:1].isupper() for w in text.split())
