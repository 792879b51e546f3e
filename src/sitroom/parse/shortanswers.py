"""A form's short answers: a submitted form prints each question beside its answer, and where the answer is only a
date and time ("Submission Date" beside "Jun 8, 2026 7:26 PM"), a yes or a no ("This report was approved by the
Regional Chairman" beside "Yes") or the names of the files uploaded ("Photos" beside "IMG_6566.jpg IMG_3705.jpg"),
it is a field of the record, not a part of the report: left out and counted. A question over sentences or points
heads them."""

from __future__ import annotations

import re

from sitroom.model import Section, SectionKey
from sitroom.parse.metadata import is_date_line

# a yes or a no, as a form's choice prints it
_YES_NO = re.compile(
    r"^(?:yes|no|n/?a|none|s[íi]|oui|non|ja|nein|nee|tak|nie|ano|ne|igen|nem|evet|hay[ıi]r|ya|tidak|да|нет|так|ні"
    r"|ναι|όχι|예|아니요|はい|いいえ|是|否)\.?$",
    re.I,
)
# an uploaded file's name
_FILE = re.compile(
    r"^[\w()~-][\w ()~.-]{0,80}\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|pptx?|csv|zip|mp4|mov)$", re.I
)
_FILE_SPLIT = re.compile(r"\s+(?=\S+\.\w{2,4}\b)")
DATE_WORDS = 8
# the keys a form's field may carry by its label's words and still be one ("Photos": an annex)
_FIELD_KEYS = (None, SectionKey.ANNEX)


def _short_answer(text: str) -> bool:
    t = text.strip()
    if _YES_NO.match(t) or all(_FILE.match(f) for f in _FILE_SPLIT.split(t)):
        return True
    # (a date and time is a few words: the costly reading of dates only for those)
    return len(t.split()) <= DATE_WORDS and any(c.isdigit() for c in t) and is_date_line(t)


# a form's question set as a line of its own, not as a label: a few words and its question mark
QUESTION_WORDS = 12


def _asked_and_answered(section: Section) -> int:
    """Take off a question set among a section's points with its yes or no under it ("¿Aprobado por el alcalde?"
    over "Sí"), as a form printed without its labels' style sets them; how many lines were taken off."""
    items, gone = section.items, set()
    for n in range(len(items) - 1):
        question = items[n].text.strip()
        if (
            question.endswith("?")
            and len(question.split()) <= QUESTION_WORDS
            and _YES_NO.match(items[n + 1].text.strip())
        ):
            gone |= {n, n + 1}
    section.items = [item for n, item in enumerate(items) if n not in gone]
    return len(gone)


def drop_short_answers(sections: list[Section], own: list[bool]) -> tuple[list[Section], list[bool], int]:
    """The sections without the form's questions whose answers are all short ones, their keys their own; with
    how many lines (questions and answers) were left out."""
    kept: list[tuple[Section, bool]] = []
    dropped = sum(_asked_and_answered(s) for s in sections)
    for section, mine in zip(sections, own, strict=True):
        field = (
            section.heading is not None
            and section.key in _FIELD_KEYS
            and bool(section.items)
            and all(_short_answer(i.text) for i in section.items)
        )
        if field:
            dropped += 1 + len(section.items)
        else:
            kept.append((section, mine))
    return [s for s, _ in kept], [o for _, o in kept], dropped
