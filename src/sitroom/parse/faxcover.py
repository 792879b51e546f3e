"""A fax's cover sheet: the page a report is faxed under, none of it the report.

An office faxing its report puts a cover sheet on top: its letterhead, "FAX" (or "TELEFAX", "Facsimile
transmission", "Fax cover sheet", "Télécopie") in large print, the fields of the transmission (To, Fax, From, Date,
Pages, Re or Subject, Comments), a row of tick boxes and a confidentiality notice. The report starts on the next
page. The subject names the report; the rest says how it was sent.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.officialletter import subject_of
from sitroom.parse.units import Unit
from sitroom.text.faxname import is_fax_name

# the cover's name stands among its first lines (under the letterhead)
NAME_WITHIN = 6
# without pages, the cover's fields and short lines run on for at most this many lines
MOST_LINES = 30
# a label alone over its value ("Re:" over "Situation Report No. 1"), or a field's line
_LABEL = re.compile(r"^[^\W\d_][\w .'’/()&-]{0,40}:$")
_FIELD = re.compile(r"^[^\W\d_][\w .'’/()&-]{0,40}:\s*\S")
FIELD_WORDS = 16


def fax_cover(body: list[Unit]) -> tuple[int, str | None] | None:
    """How many units open ``body`` as a fax's cover sheet, and the report's name its subject field states; None
    when the body does not open with one. Where the units know their pages, the cover is the rest of its page and
    the report follows on another; otherwise it runs through the cover's fields and the short lines among them."""
    at = next((k for k, u in enumerate(body[:NAME_WITHIN]) if is_fax_name(u.text)), None)
    if at is None:
        return None
    page = body[at].page
    if page is not None and any(u.page is not None and u.page > page for u in body[at + 1 :]):
        end = next(k for k in range(at + 1, len(body)) if body[k].page is not None and body[k].page > page)
    else:
        end = at + 1
        while end < len(body) and end - at <= MOST_LINES and _on_cover(body, end):
            end += 1
    if end == at + 1 or end >= len(body):
        return None  # a line saying "Fax" with nothing of a cover under it, or nothing after it
    return end, _subject(body[at + 1 : end])


def _on_cover(body: list[Unit], k: int) -> bool:
    """A cover's line: a field, a label alone, or the value under a label alone."""
    text = body[k].text.strip()
    if len(text.split()) > FIELD_WORDS or body[k].bullet is not None:
        return False
    if _LABEL.match(text) or _FIELD.match(text):
        return True
    return k > 0 and _LABEL.match(body[k - 1].text.strip()) is not None and body[k].kind is not BlockKind.HEADING


def _subject(cover: list[Unit]) -> str | None:
    """The report's name the subject field states ("Re: Situation Report No. 1"), or its label's next line."""
    for k, u in enumerate(cover):
        if (name := subject_of(u.text)) is not None:
            return name
        if k + 1 < len(cover) and _LABEL.match(u.text.strip()) and subject_of(f"{u.text.strip()} x") is not None:
            return cover[k + 1].text.strip() or None
    return None
