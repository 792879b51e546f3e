"""A messaging app's chat history saved as comma-separated values: each message a record of its day, its time, its
writer (with the writer's number, where the app keeps one) and its text, a text of several lines quoted as one
cell ("19/11/2026,08:17:48,Me,+382 68 172 538,"INFORMACIJA …"), with or without a header row naming the columns
("Date,Time,Sender Name,Sender Phone #,Text"), as Viber and the backup tools of other apps save it. It is the
same chat as an export to text: ``chat_lines`` writes each record as the export's line ("19/11/2026, 08:17 -
Me: INFORMACIJA …") with the rest of its text under it, for ``sitroom.extract.chatexport`` to read."""

from __future__ import annotations

import csv
import io
import re

_DATE = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2}:\d{2})(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?$")
# a writer's number: "+382 68 172 538", "068172538"
_NUMBER = re.compile(r"^\+?[\d\s().-]{6,20}$")
# Records of a chat at the least; most of the file's records must be messages.
MIN_RECORDS = 3
MESSAGE_SHARE = 0.8
# Messages are written in words: most records' text holds two at the least.
_WORD = re.compile(r"[^\W\d_]{2,}")
WORDED_SHARE = 0.5
# a header row names the columns: a few words each, "Text" or "Message" among them
_HEADER_WORDS = re.compile(r"\b(?:date|time|sender|name|text|message|content|datum|vrijeme|poruka|tekst)\b", re.I)


def chat_lines(text: str) -> list[str] | None:
    """The chat's messages as an export to text writes them, or None when ``text`` is no chat saved as records."""
    head = text.lstrip("\ufeff")[:4096]
    if head.count(",") < 3:  # (a cheap look first: a text without commas is no such file)
        return None
    try:
        records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    except csv.Error:
        return None
    records = [r for r in records if any(c.strip() for c in r)]
    first = records[0] if records else []
    if (
        first
        and not _message(first)
        and all(len(c.split()) <= 3 for c in first)
        and _HEADER_WORDS.search(" ".join(first))
    ):
        records = records[1:]  # the header row naming the columns
    messages = [m for r in records if (m := _message(r)) is not None]
    if len(messages) < MIN_RECORDS or len(messages) < MESSAGE_SHARE * len(records):
        return None
    if sum(len(_WORD.findall(m[3])) >= 2 for m in messages) < WORDED_SHARE * len(messages):
        return None  # a sheet of readings by the hour ("Lim at Berane,3.41"): its last column holds figures, no words
    out: list[str] = []
    for day, clock, writer, body in messages:
        first, *rest = body.split("\n") if body else [""]
        out.append(f"{day}, {clock} - {writer}: {first}")
        out.extend(rest)
    return out


def _message(record: list[str]) -> tuple[str, str, str, str] | None:
    """The day, hour, writer and text of a record that is a message: the day and the time first, the text last, the
    writer between them (its name, and its number where one is kept)."""
    cells = [c.strip() for c in record]
    if len(cells) < 4 or not _DATE.match(cells[0]) or not (clock := _CLOCK.match(cells[1])):
        return None
    between = [c for c in cells[2:-1] if c and not _NUMBER.match(c)]
    writer = " ".join(between) or next((c for c in cells[2:-1] if c), "")
    if not writer or ":" in writer:
        return None
    return cells[0], clock.group(1), writer, record[-1].strip("\r\n")
