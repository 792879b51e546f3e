"""A mailing list's or a forum's digest: the members' messages of a day sent as one mail.

Mailman (and RFC 1153 before it) writes a digest as the list's notice, a table of contents ("Today's Topics:"),
then each message with its own headers ("Message: 2", "Date:", "From:", "Subject:") and body, the messages
parted by lines of dashes, and the list's footer. A neighbourhood forum or a group's digest lists its postings'
titles ("In this issue:"), then prints each posting under a rule: its title as listed, its author, its text and a
"Reply to …" link. A coordinator subscribed to a list or a forum receives a sitrep that way, between other
members' questions and replies: each message is read as the message it is, and the digest's own notice, contents
and footer as none of them.
"""

from __future__ import annotations

import re

# the line a digest parts its messages with: thirty dashes or more, alone on its line
_SEPARATOR = re.compile(r"^-{30,}[ \t]*$", re.M)
_MESSAGE = re.compile(r"^Message:\s*\d+\s*$")
_HEADER = re.compile(r"^([A-Za-z][\w-]*):[ \t]?(.*)$")


def digest_messages(text: str) -> list[str] | None:
    """The messages of a plain-text digest, each as a mail of its own (its headers, a blank line, its body), or
    None when the text is no digest: a digest's parts open with "Message: N" over the message's headers, a
    From and a Subject among them."""
    messages = []
    for part in _SEPARATOR.split(text):
        lines = part.strip("\n").splitlines()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines or not _MESSAGE.match(lines[0]):
            continue
        headers: list[str] = []
        n = 1
        while n < len(lines) and (m := _HEADER.match(lines[n])):
            headers.append(f"{m.group(1)}: {m.group(2)}")
            n += 1
        names = {h.split(":", 1)[0].lower() for h in headers}
        if not {"from", "subject"} <= names:
            continue
        body = "\n".join(lines[n:]).strip("\n")
        messages.append("\n".join(headers) + "\n\n" + body + "\n")
    return messages or None


# the digest's contents, over its postings' titles
_CONTENTS = re.compile(
    r"^(?:in\s+this\s+(?:issue|digest|edition)|in\s+today'?s\s+(?:digest|issue)|today'?s\s+topics|topics(?:\s+in\s+this"
    r"\s+digest)?|contents|dans\s+ce\s+num[ée]ro|en\s+este\s+n[úu]mero|in\s+dieser\s+ausgabe)\s*:?$",
    re.I,
)
_ENTRY = re.compile(r"^\s*(?:[*•·–-]|\d{1,2}[.)])\s+(?P<title>\S.*?)\s*$")
# the rule a digest parts its postings with: a line of five dashes, underscores or equals signs or more
_RULE = re.compile(r"^[ \t]*(?:-{5,}|_{5,}|={5,})[ \t]*$", re.M)
# the link under a posting to answer its author
_REPLY = re.compile(r"^(?:reply\s+to\b|r[ée]pondre\s+[àa]\b|responder\s+a\b|antworten\b)", re.I)
AUTHOR_WORDS = 14
MIN_POSTINGS = 2


def forum_postings(text: str) -> list[str] | None:
    """The postings of a forum's digest, each as a mail of its own (its title the subject, its author line the
    sender, its text the body), or None when the text is no such digest: the contents list two titles or more,
    and postings under rules open with titles the contents list."""
    lines = text.splitlines()
    at = next((k for k, line in enumerate(lines) if _CONTENTS.match(line.strip())), None)
    if at is None:
        return None
    titles: set[str] = set()
    for line in lines[at + 1 :]:
        if not line.strip() and not titles:
            continue
        if (m := _ENTRY.match(line)) is None:
            break
        titles.add(_key(m.group("title")))
    if len(titles) < MIN_POSTINGS:
        return None
    postings = []
    for part in _RULE.split(text):
        rows = [line.rstrip() for line in part.strip("\n").splitlines()]
        while rows and not rows[0].strip():
            rows.pop(0)
        if not rows or _key(rows[0]) not in titles:
            continue
        title, rest = rows[0].strip(), rows[1:]
        author = ""
        if rest and rest[0].strip() and len(rest[0].split()) <= AUTHOR_WORDS and not rest[0].rstrip().endswith("."):
            author, rest = rest[0].strip(), rest[1:]
        while rest and (not rest[-1].strip() or _REPLY.match(rest[-1].strip())):
            rest.pop()
        postings.append(f"Subject: {title}\nFrom: {author}\n\n" + "\n".join(rest).strip("\n") + "\n")
    return postings if len(postings) >= MIN_POSTINGS else None


def _key(title: str) -> str:
    return " ".join(title.lower().split())
