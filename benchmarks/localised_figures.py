"""The generated content in another publisher's conventions, as the blind sets written from publishers'
own layouts print it: the generator's British English figures ("1,250", "12%", "£3,400", "£1.25m"), dates
("16 January"), comparisons ("(up from 5% in the last report)"), the "Mitigation:" lead and the note that a
risk will be dropped, each rewritten by a locale (a dict of the publisher's own forms). The printed text
changes and so does the gold; the threads do not."""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PERCENT = re.compile(r"(\d)%")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"


def figures(text: str, loc: dict) -> str:
    """The figures, comparisons and dates of ``text`` in the forms of the locale ``loc``."""
    # the amounts are written before the thousands are re-marked, from the English "£3,400"
    text = _WAS.sub(lambda m: loc["was"](m.group(1) == "up", m.group(2)), text)
    text = _MILLIONS.sub(loc["millions"], text)
    text = _POUNDS.sub(loc["pounds"], text)
    text = _THOUSANDS.sub(loc["thousands"], text)
    text = _PERCENT.sub(loc["percent"], text)
    return _DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise_doc(doc: Doc, loc: dict) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the forms of the locale ``loc``."""
    for s in doc.sections:
        for it in s.items:
            it.text = figures(it.text.replace(LEAD, loc["lead"]), loc).replace(CLOSING, loc["closing"])
            it.body = figures(it.body, loc).replace(CLOSING, loc["closing"])
            it.mitigation = figures(it.mitigation, loc) if it.mitigation else None
