"""The signature's lines set bold at the end of an official letter or report ("Deputy Commissioner / Chairman" over
"District Disaster Management Authority"): two or three short lines after the last point, read as headings for their
print, with nothing under them and no section's meaning. They say who signs, not what happened. So does a letter's
sign-off run together with the name, post and office under it on the last line ("С уважение, инж. Петър Николов
Секретар на … тел.: …"), as a printed mail sets it, and the signer's name in brackets on a line of its own over
the post ("(Dr. Harpreet Singh Grewal)" over "Deputy Director, Ludhiana."), as offices in South Asia type it; and
the writer's name, post and office over how to reach them, with no sign-off over them ("Lorna Friesen" / "Emergency
Coordinator" / "Rural Municipality of Emerson-Franklin" / "Ph: 204-748-9979"), as a mail program's signature sets
them. So is the signer's name alone, set bold and named with an honorific or by initials ("Eng. R. M. S.
Bandara")."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.furniture import gives_contact
from sitroom.parse.units import Unit
from sitroom.parse.vocabulary import classify_heading
from sitroom.text.salutations import is_sign_off
from sitroom.text.signoffs import PERSON_NAME, names_post

SIGNATURE_HEADS = (2, 3)
# under a name in brackets, a few short lines of post, office and place
_NAME_LINES = 5
_NAME_WORDS = 12
HEAD_WORDS = 10


def signed_heads(body: list[Unit]) -> int | None:
    """Where the bold signature lines closing ``body`` begin, or None."""
    n = 0
    while n < len(body) and body[-1 - n].kind is BlockKind.HEADING:
        n += 1
    if n not in SIGNATURE_HEADS or n >= len(body):
        return None
    heads = body[len(body) - n :]
    # a section's own name ("Next steps") may close a report with nothing under it; a word of a section's name in
    # an office's ("District … Authority") makes it no section
    if any(len(u.text.split()) > HEAD_WORDS or classify_heading(u.text)[1] >= 1.0 for u in heads):
        return None
    # after the last section's points: the heads close the report, they open no section
    return len(body) - n if body[-1 - n].kind is not BlockKind.HEADING else None


def signed_off(body: list[Unit]) -> int | None:
    """Where the last line opens with the letter's sign-off and runs on with who signs, or None."""
    last = body[-1] if len(body) > 1 else None
    if last is None or last.bullet is not None or last.kind is BlockKind.HEADING or "," not in last.text:
        return None
    return len(body) - 1 if is_sign_off(last.text.strip()) else None


def bracketed_name(body: list[Unit]) -> int | None:
    """Where a signature opens with the signer's name in brackets on a line of its own ("(Dr. Harpreet Singh
    Grewal)", as offices in South Asia type it under the signature), over a few short lines of post, office and
    place. None when the body does not end so."""
    for lead in range(len(body) - 1, max(0, len(body) - 1 - _NAME_LINES), -1):
        if _BRACKETED_NAME.match(body[lead].text.strip()):
            under = body[lead + 1 :]
            return lead if all(len(u.text.split()) <= _NAME_WORDS and u.bullet is None for u in under) else None
    return None


_BRACKETED_NAME = re.compile(
    # (a Malay name runs longer, with its father's after "bin": "(Hj Md Rosli bin Hj Abd Rahman)"; a Kannada one is
    # written in its script, its vowel signs part of its words: "(ಎಂ. ಶೋಭಾ)")
    r"^\((?:(?:dr|mr|mrs|ms|shri|smt|sri|er|prof)\.?\s+)?[^\W\d_][\w.'’\u0900-\u0dff-]*"
    r"(?:\s+[^\W\d_][\w.'’\u0900-\u0dff-]*){1,7}\)$",
    re.I,
)


# a signature's block: the name, a post and an office or two, then a line or two of phones and addresses
_BLOCK_LINES = 6
_BLOCK_WORDS = 10


def name_post_contact(body: list[Unit]) -> int | None:
    """Where the writer's name opens a signature block closing ``body`` with no sign-off over it: the name alone on
    its line, a post among the short lines under it, and a line or two giving a phone or an address at the end. None
    when the body does not end so."""
    contacts = 0
    while contacts < len(body) and contacts < 2 and gives_contact(body[-1 - contacts].text):
        contacts += 1
    if not contacts:
        return None
    for lead in range(len(body) - contacts - 1, max(0, len(body) - _BLOCK_LINES) - 1, -1):
        unit, text = body[lead], body[lead].text.strip()
        if unit.bullet is not None or unit.kind is BlockKind.HEADING or len(text.split()) > _BLOCK_WORDS:
            return None
        if text.endswith((".", "!", "?", ";", ":")):
            return None
        above = body[lead + 1 : len(body) - contacts]
        if PERSON_NAME.match(text) and not names_post(text) and above and any(names_post(u.text) for u in above):
            return lead if lead > 0 else None
    return None


# a signer named with an honorific or by initials: "Eng. R. M. S. Bandara", "Dr. Amara Perera", "K. A. S. Perera"
_SIGNER = re.compile(
    r"^(?:(?:Eng|Dr|Mr|Mrs|Ms|Prof|Hon|Capt|Col|Maj|Gen|Rev|Shri|Smt|Er)\.?\s+)(?:[A-Z]\.\s*){0,5}[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,3}$|^(?:[A-Z]\.\s*){1,5}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$"
)


def signer_head(body: list[Unit]) -> int | None:
    """Where the signer's name or post, read as a heading, closes ``body`` under the last section's points with nothing
    under it ("Eng. R. M. S. Bandara", "Komisijas priekšsēdētājs", the rest of the signature already taken off): who
    signs, not a section."""
    if len(body) < 3 or body[-1].kind is not BlockKind.HEADING or body[-2].kind is BlockKind.HEADING:
        return None
    text = body[-1].text.strip()
    post = names_post(text) and len(text.split()) <= POST_WORDS and classify_heading(text)[1] < 1.0
    return len(body) - 1 if _SIGNER.match(text) or post else None


POST_WORDS = 6
