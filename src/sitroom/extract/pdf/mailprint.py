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
    # a message's header opens with who sent it: a details table of "Date:", "To:", "Subject:" is the report's
    if len(rows) < MIN_FIELDS or not _FROM.match(rows[0][0].text.strip()):
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
