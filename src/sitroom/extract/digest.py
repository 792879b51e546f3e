"""A mailing list's digest: the members' messages of a day sent as one plain-text mail.

Mailman (and RFC 1153 before it) writes a digest as the list's notice, a table of contents ("Today's Topics:"),
then each message with its own headers ("Message: 2", "Date:", "From:", "Subject:") and body, the messages
parted by lines of dashes, and the list's footer. A coordinator subscribed to a list receives a sitrep that way,
between other members' questions and replies: each message is read as the message it is, and the digest's own
notice, contents and footer as none of them.
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
