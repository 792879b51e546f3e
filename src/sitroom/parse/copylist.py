"""The list of whom copies of a report go to, closing it under its label ("Copy forwarded to:", "Destinataires",
"প্ৰতিলিপি:"), and the short lines of a signature it may stand among."""

from __future__ import annotations

import re

from sitroom.parse.addressing import is_recipients_label
from sitroom.parse.letterfoot import is_endorsement
from sitroom.parse.message import is_trailer
from sitroom.parse.metadata import is_date_line
from sitroom.parse.signedposts import SIGNATURE_WORDS
from sitroom.parse.units import Unit
from sitroom.text.signoffs import is_signature_note

# Entries of such a list, at most.
_COPY_ENTRIES = 30
# A line of four words or more ending a sentence is the report's text ("Mag. A. Leitner e.h." ends on none).
_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"(?:^|\s)\w{3,}[.!?]['\"”’)]*$")
# Whom copies go to run into one line: offices parted by dashes, semicolons or commas, no sentence's stop.
_RECIPIENT_PARTS = re.compile(r"\s[–—-]\s|[;,]\s")
_RECIPIENT_WORDS = 10
# The copy's mark opening a line, before whom the copy goes to: "c.c.p." ("con copia para"), "c.c.", "cc:", "c/c"
_COPY_MARK = re.compile(r"^(?:c\.\s?c\.(?:\s?p\.)?\s|c\.?c\.?p?\s*[:：]|c/c\s*[:：]?\s)\s*\w", re.I)


def copy_list(body: list[Unit]) -> int | None:
    """Where the list of whom copies go to, closing the body, opens: its label alone on a line ("Copy
    forwarded to:") over entries of a list, short lines or lines of offices. None when the body does not end with
    one. Or lines each opening with the copy's mark before whom it goes to ("c.c.p. Archivo.", "cc: Chief
    Executive"), as letters in Spanish and English list them."""
    marked = len(body)
    while marked > 1 and body[marked - 1].bullet is None and _COPY_MARK.match(body[marked - 1].text.strip()):
        marked -= 1
    if marked < len(body):
        return marked
    for lead in range(len(body) - 2, max(0, len(body) - 2 - _COPY_ENTRIES), -1):
        if is_recipients_label(body[lead].text):
            under = body[lead + 1 :]
            if not all(u.bullet is not None or signature_line(u) or _recipients_line(u) for u in under):
                return None
            # the endorsement's number and date over the label ("Endst. No. DDAH/LDH/1863", "Dated: 11.08.2026")
            while lead > 0 and (is_endorsement(body[lead - 1].text) or is_date_line(body[lead - 1].text)):
                lead -= 1
            return lead
    return None


def _recipients_line(unit: Unit) -> bool:
    """A line of offices under the label ("Préfecture (SIDPC) – ARS – CTM, service de lutte antivectorielle")."""
    text = unit.text.strip()
    parts = _RECIPIENT_PARTS.split(text)
    return len(parts) >= 2 and not text.endswith(".") and all(0 < len(p.split()) <= _RECIPIENT_WORDS for p in parts)


def signature_line(unit: Unit) -> bool:
    """A name, a post, an office or a contact line: short, no list entry, no sentence."""
    text = unit.text.strip()
    if unit.bullet is not None:
        return False
    if is_trailer(text) or text.strip("-– ") == "" or is_signature_note(text):
        return True  # "--" opening a signature, a phone or address line, the marking repeated
    words = text.split()
    return len(words) <= SIGNATURE_WORDS and not (len(words) >= _SENTENCE_WORDS and _SENTENCE_END.search(text))
