"""A messaging app's group chat exported to text: the report is the message that carries one, not the chat.

An export prints every message on a line of its own that opens with the day, the time and the writer:
"23/11/2024, 17:43 - Sam Patel: text" (Android; the app's own notices have no writer) or
"[23/11/2024, 17:43:12] Sam Patel: text" (iOS); a message of several lines runs on over the lines under it. A
meeting's chat saved by Zoom is one too: "10:14:17 From Sam Patel to Everyone:" over the message's lines.
A report pasted into the group is such a message: its first line is its name ("*Flood Watch update 1*"),
the lines under it its headings and points. The messages around it (questions, thanks, "<Media omitted>",
the encryption notice) are the group's talk, not the report, and the writer's closing line after the
report's last point ("Shout if I've missed anything") is a sign-off: they are left out and counted. An
export with no report in it keeps every message, each one a paragraph of its own. A report pasted in parts is
every part, in order; the name a later part restates ("… (2/2)") is left out.
"""

from __future__ import annotations

import re

from sitroom.extract.letter import count_left_out, is_sign_off
from sitroom.model import Block, Document

_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u202f]?[APap]\.?[Mm]\.?)?"
# The writer is whatever precedes the first ": " (a name, or a number "+44 7700 900123"); the app's notices
# on Android have none.
_EXPORT_LINE = re.compile(
    rf"^[\u200e\u200f]?(?:\[{_DATE},?\s+{_CLOCK}\]\s+|{_DATE},?\s+{_CLOCK}\s+[-–]\s+)"
    rf"(?:(?P<name>[^:]{{1,60}}?):\s)?(?P<text>.*)$"
    # LINE's history: the time, the writer and the text parted by tabs, under a line of the day
    rf"|^{_CLOCK}\t(?P<tab_name>[^\t]{{1,60}})\t(?P<tab_text>.*)$"
    # KakaoTalk's, saved on a computer: the writer and the time in brackets, "[이서연 주무관] [오후 7:05] …"
    r"|^\[(?P<kk_name>[^\[\]]{1,60})\]\s\[(?:(?:오전|오후|AM|PM)\s\d{1,2}:\d{2}|\d{1,2}:\d{2}\s?[AP]M)\]"
    r"\s(?P<kk_text>.*)$"
    # Zoom's saved meeting chat: "10:14:03 From Ana Reyes to Everyone:", the text on the lines under it after a tab
    # (or after the colon, "… to Everyone : text", as it was once saved); a private message goes "to Sam
    # Patel(Direct Message)" or "(Privately)"; the oldest saves name no recipient, "10:14:03\t From  Ana Reyes : text"
    r"|^\d{1,2}:\d{2}:\d{2}\s+From\s+(?P<zm_name>\S[^\t]{0,79}?)"
    r"(?:\s+to\s+(?:Everyone|[^\t]{1,60}?\s?\((?:Direct\s+Message|[Pp]rivately)\))\s*:|\s+:)(?:\s+(?P<zm_text>.*))?$"
)
# LINE's day line over the day's messages: "2026/07/07(火)", "2026.07.07 Tuesday", or the day first after its
# weekday where the date is written so ("อ. 13/10/2569", "Tue, 13/10/2026"); KakaoTalk's between rules,
# "--------------- 2026년 3월 24일 화요일 ---------------"
_DAY = re.compile(
    r"^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*(?:[(（][^()（）]{1,9}[)）]|[^\W\d_]{2,12})?$"
    r"|^(?:[^\W\d_]{1,12}\.?,?\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*(?:[(（][^()（）]{1,9}[)）])?$"
    r"|^-{3,}\s*(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일(?:\s*\S+요일)?|[A-Z][a-z]+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
    r"\s*-{3,}$"
)
# A part's number after a report's name: "(2/2)", "[2/3]", "2/2", "(parte 2 de 2)", "(part 2 of 3)".
_PART = re.compile(
    r"\s*[-–—]?\s*[(\[]?\s*(?:(?:part|parte|partie|teil)\s+)?(\d{1,2})\s*(?:/|of|de|sur|von)\s*\d{1,2}\s*[)\]]?$", re.I
)
# The report's name in the app's bold: "*Flood Watch update 1*"; or in brackets, as Korean reports set it off:
# "[운곡군 산불 상황보고 제2보]"
_BOLD = re.compile(r"^\*([^*\s](?:[^*]*[^*\s])?)\*$|^\[([^\[\]\s](?:[^\[\]]*[^\[\]\s])?)\]$")
# A point of a list as typed in a message.
_POINT = re.compile(r"^(?:[-•*–·]|\d{1,2}[.)])\s+\S|^[・■□●◆◇▪▶]\s*\S")
# The export's first message is among its opening lines; two messages at least make a chat.
HEADER_LINES = 3
MIN_MESSAGES = 2
# A report is a message of several lines with points or bold headings under its first.
MIN_REPORT_LINES = 2
# The lines under a report's name that may state its number, day and hour.
MAX_PARTICULARS = 3
# A closing line longer than this is the report's own text, not the writer's sign-off.
SIGN_OFF_WORDS = 12


def export_line(text: str) -> re.Match[str] | None:
    """The day, time, writer and text of a chat export's message line, or None for any other line."""
    return _EXPORT_LINE.match(text.strip(" \n\r\ufeff"))


def _text_of(m: re.Match[str]) -> str:
    return next((m.group(g) for g in ("text", "tab_text", "kk_text", "zm_text") if m.group(g) is not None), "")


def _is_report(body: list[Block]) -> bool:
    """The lines under a message's first line make a report: points, or bold headings over lines."""
    if len(body) < MIN_REPORT_LINES:
        return False
    return any(_POINT.match(b.text.strip()) or b.style.get("bold") for b in body)


def _is_sign_off(body: list[Block]) -> bool:
    """The last line of a report is the writer's sign-off: set apart after a point, short, no point itself."""
    if len(body) < 2:
        return False
    last, before = body[-1], body[-2]
    text = last.text.strip()
    if is_sign_off(text):
        return True
    return (
        (last.style.get("gap_before") or 0) >= 1
        and not last.style.get("bold")
        and not _POINT.match(text)
        and len(text.split()) <= SIGN_OFF_WORDS
        and not before.style.get("bold")
        and (_POINT.match(before.text.strip()) is not None or (before.style.get("gap_before") or 0) == 0)
    )


def _first_line(block: Block, m: re.Match[str]) -> Block | None:
    """The message's own text on its first line, without the day, time and writer."""
    text = _text_of(m).strip().lstrip("\u200e\u200f").strip()
    if not text:
        return None
    style = dict(block.style)
    if bold := _BOLD.match(text):
        text, style["bold"] = bold.group(1) or bold.group(2), True
    start = block.start + max(0, block.text.find(text))
    return Block(text, block.kind, block.page, start, start + len(text), block.level, None, style)


def strip_chat_export(doc: Document) -> bool:
    """Keep only the report a chat export carries (or every message when none does); True when it was one."""
    # the day's line over its messages (LINE's "2026/07/07(火)") is none of the message before it
    days = [b for b in doc.blocks if _DAY.match(b.text.strip())]
    blocks = [b for b in doc.blocks if not _DAY.match(b.text.strip())]
    heads = {i: m for i, b in enumerate(blocks) if (m := export_line(b.text))}
    if len(heads) < MIN_MESSAGES or min(heads) >= HEADER_LINES:
        return False
    order = sorted(heads)
    ends = [*order[1:], len(blocks)]
    messages = list(zip(order, ends, strict=True))
    reports = [(i, end) for i, end in messages if _is_report(blocks[i + 1 : end])]
    kept: list[Block] = []
    signed = restated = 0
    name: Block | None = None  # the report's name opening its first message
    for i, end in reports or messages:
        body = _outdented(blocks[i + 1 : end]) if heads[i].group("zm_name") else blocks[i + 1 : end]
        if reports and _is_sign_off(body):
            body, signed = body[:-1], signed + 1
        first = _first_line(blocks[i], heads[i])
        lines = _unquoted(([first] if first else []) + body)
        if reports and lines and name is None:
            name = lines[0]
        elif reports and lines and name is not None and _restates(lines[0].text, name.text):
            # a report pasted in parts opens each with its name and the part's number ("… (2/2)"): the name over
            # a later part is the report's, not a heading inside it; the first part's mark goes with it
            lines, restated = lines[1:], restated + 1
            _unmarked(name)
        if lines and kept:
            # each message stands apart from the one before, as a blank line parts paragraphs
            lines[0].style["gap_before"] = max(1, lines[0].style.get("gap_before") or 0)
        kept.extend(lines)
    if not kept:
        return False
    for b in kept:
        b.style["ended"] = True  # a message's lines break where its writer broke them: no app wraps them in the export
    if reports and name is not None:
        _mark_name(kept)
    left = len(messages) - len(reports) if reports else 0
    doc.blocks = kept
    header = min(heads)  # the app's lines over the first message: the history's name, when it was saved
    counts = {"chat message other than the report": left, "chat sign-off line": signed}
    counts["report name restated over a later part"] = restated
    count_left_out(doc, counts | {"chat export header line": header, "chat day line": len(days)})
    return True


def _mark_name(kept: list[Block]) -> None:
    """The report's name, its first line, is its title; the few short lines under it before the first break
    ("ฉบับที่ 3 ประจำวันที่ 14 ตุลาคม 2569", "(3.24. 19:00 기준, …)") state its number, day and hour, as a
    masthead does: neither is a point of the report."""
    first = kept[0]
    if _POINT.match(first.text) or len(first.text.split()) > SIGN_OFF_WORDS or first.text.rstrip()[-1:] in ".!?:":
        return
    first.style["title"] = True
    under = 1
    while under < len(kept) and under <= MAX_PARTICULARS and not kept[under].style.get("gap_before"):
        under += 1
    if under == len(kept):
        return
    run = kept[1:under]
    if all(
        not _POINT.match(b.text)
        and not b.style.get("bold")
        and len(b.text.split()) <= SIGN_OFF_WORDS
        and not b.text.rstrip().endswith(":")
        for b in run
    ):
        for b in run:
            b.style["title"] = b.style["masthead"] = True


def _unquoted(lines: list[Block]) -> list[Block]:
    """A message of several lines as LINE saves it, in double quotes: the quotes taken off its first and last
    lines."""
    if len(lines) < 2 or not lines[0].text.startswith('"') or not lines[-1].text.rstrip().endswith('"'):
        return lines
    lines[0].text = lines[0].text[1:].lstrip()
    lines[-1].text = lines[-1].text.rstrip()[:-1].rstrip()
    return [b for b in lines if b.text]


def _restates(text: str, name: str) -> bool:
    """The line opening a later message is the report's name again, marked as a later part ("… (2/2)")."""
    mark = _PART.search(text)
    if mark is None or mark.group(1) == "1":
        return False
    # the first part's name with its own mark ("… (1/2)") or without one
    said = {" ".join(n.split()).casefold() for n in (name, _PART.sub("", name))}
    return " ".join(text[: mark.start()].split()).casefold() in said


def _unmarked(block: Block) -> None:
    """The report's name without its part's number: "… (1/2)" names the whole report once its parts are joined."""
    if (mark := _PART.search(block.text)) and mark.start() > 0 and mark.group(1) == "1":
        block.text = block.text[: mark.start()].rstrip()
        block.end = block.start + len(block.text)


def _outdented(body: list[Block]) -> list[Block]:
    """A message's lines without the tab the export sets before each: the writer's own indent is what is left."""
    lead = min((b.style.get("indent") or 0 for b in body), default=0)
    for b in body:
        b.style["indent"] = (b.style.get("indent") or 0) - lead
    return body
