"""An e-mail printed to PDF: the mail program prints the mailbox owner's name over a rule, then the message's
header fields, each label ("From:", "Sent:", "To:", "Subject:") in bold with its value set apart at a tab
stop, then the body.

Read as any page, a label and its value are two lines, and the value holding an address starts a block of
contact details, so the subject and the day it was sent are lost with it; the owner's name, alone on the
first line, heads the report. Joined, each field is the header line it stands for, the subject names the
report and the sent line dates it, as they do in the message itself; the owner's name is the printer's.
"""

from __future__ import annotations

import re

from sitroom.extract.letter import is_mail_header
from sitroom.extract.pdf.structs import Frag, PageData

_FROM = re.compile(r"^(?:from|de|von|van|от|od|fra|från|mittente|lähettäjä|remitente)\s*:", re.I)
# a header block has this many fields at least (From, Sent, To, Subject: four as a rule)
MIN_FIELDS = 3
_OWNER_WORDS = 5
# The browser prints its own line (the time, the page's title) above this share of the page's height.
BROWSER_MARGIN = 0.96


def join_mail_fields(page: PageData) -> None:
    """On page 1, join each header field's label to its value, and leave out the mailbox owner's name printed
    alone over the fields (counted)."""
    if page.number != 1 or not page.frags:
        return
    rows: list[tuple[Frag, Frag]] = []
    for label in sorted(page.frags, key=lambda f: -f.top):
        if not label.text.rstrip().endswith(":") or len(label.text.split()) > 3:
            continue
        value = _value_of(label, page.frags)
        if value is not None and is_mail_header(f"{label.text.strip()} {value.text.strip()}"):
            rows.append((label, value))
    # a message's header names who sent it (first, or under the subject as Thunderbird prints it): a details table
    # of "Date:", "To:", "Subject:" is the report's
    if len(rows) < MIN_FIELDS or not any(_FROM.match(label.text.strip()) for label, _ in rows[:2]):
        return
    gone = {id(value) for _, value in rows}
    for label, value in rows:
        label.text, label.x1, label.bold = f"{label.text.strip()} {value.text.strip()}", value.x1, False
    top = max(label.top for label, _ in rows)
    above = [f for f in page.frags if f.bottom > top and id(f) not in gone]
    if len(above) == 1 and _owner_name(above[0]):
        gone.add(id(above[0]))
        page.drop("mail program's header line")
    page.frags = [f for f in page.frags if id(f) not in gone]


def _value_of(label: Frag, frags: list[Frag]) -> Frag | None:
    """The line set right of ``label`` on its baseline: the field's value."""
    level = [f for f in frags if f is not label and f.x0 > label.x1 and abs(f.mid - label.mid) < 0.5 * max(f.size, 1.0)]
    return min(level, key=lambda f: f.x0, default=None)


def _owner_name(f: Frag) -> bool:
    """A short line of a name: a few words, no figures, no sentence's stop."""
    words = f.text.split()
    return 0 < len(words) <= _OWNER_WORDS and not any(c.isdigit() for c in f.text) and not f.text.rstrip().endswith(".")


# Under the subject a web mail's print counts the thread's messages: "1 message", "3 messages", "2 mensajes"
_COUNT = re.compile(
    r"^\d{1,3}\s+(?:messages?|mensajes?|mensage(?:m|ns)|nachrichten?|berichten?|messaggi|messaggio|wiadomo[śs][ćc]i?"
    r"|meddelanden?|viestiä?)$",
    re.I,
)
# the To and Cc lines under the sender's, in the mail program's language
_FIELD_TO = re.compile(r"^(?:to|cc|an|para|à|a|aan|do|till|til)\s*:", re.I)


def join_webmail_header(page: PageData) -> None:
    """A message printed from a web mail (Gmail and its like): the mailbox's banner over the subject, the subject,
    the count of messages, then who sent it with the day at the right and the To and Cc lines. On page 1 the
    banner and count are left out (counted) and the sender's line set as the header field it stands for ("From: …
    Sent: …"), so the subject, set large over it, names the report and the sent day dates it."""
    if page.number != 1 or not page.frags:
        return
    frags = sorted(page.frags, key=lambda f: -f.top)
    count = next((k for k, f in enumerate(frags) if _COUNT.match(f.text.strip())), None)
    if count is None or count == 0 or count + 1 >= len(frags):
        return
    sender = frags[count + 1]
    if "@" not in sender.text or not any(_FIELD_TO.match(f.text.strip()) for f in frags[count + 2 : count + 5]):
        return
    sent = next(
        (f for f in frags if f is not sender and f.x0 > sender.x1 and abs(f.mid - sender.mid) < 0.5 * f.size), None
    )
    edge = BROWSER_MARGIN * page.height  # the browser's own line in the margin is the print stamp's to read
    banner = [f for f in frags[: count - 1] if f.top < edge]
    gone = {id(f) for f in (*banner, frags[count], *([sent] if sent else []))}
    sender.text = f"From: {sender.text.strip()}" + (f" Sent: {sent.text.strip()}" if sent else "")
    page.drop("mail program's header line", len(banner) + 1)
    page.frags = [f for f in page.frags if id(f) not in gone]
