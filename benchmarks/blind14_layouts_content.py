"""Changes to the generated content that the ``blind14_layouts`` publishers make before they print it.

The phrase banks (``blind14_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — each publisher writes in its own conventions (:func:`localise`): an Australian state
emergency service "$3,400", "(up from 5% in the last update)" and a risk's "Treatment:"; an Indian state's
disaster management department the lakh grouping "24,00,000", dates "13.07.2024", "(previous report: 5)" and
"Action taken:"; a Kenyan county "16th March", "(5 last week)" and "Way forward:"; a US county "March 16",
"$3,400" and "Mitigation strategy:"; a New Zealand CDEM group "(up from 5 at the last sitrep)"; a South
African municipality "1 250", "R3 400", "R1,25 million", "(previously 5)"; a Philippine province "October 16",
"PHP 1.25 million", "(from 5 in the previous report)" and "Actions taken:"; a British gas network "(up from 5
yesterday)" and "How we're managing it:". The gas network's timeline (:func:`timeline`) puts the time of day
after each entry's date and the newest entry first. The printed text changes and so does the gold; the
threads do not.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from datetime import date

from blind7_layouts_content import MONTHS, report_day
from council_layouts_gold import Doc
from localised_figures import CLOSING, LEAD, localise_doc


def _was(up_word: str, down_word: str, tail: str) -> Callable[[bool, str], str]:
    return lambda up, old: f" ({up_word if up else down_word} from {old} {tail})"


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


LOCALE = {
    "au": {
        "lead": ". Treatment: ",
        "closing": "This risk has eased and will be removed from the next update",
        "was": _was("up", "down", "in the last update"),
        "millions": lambda m: f"${m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"${m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {m}",
    },
    "in": {
        "lead": ". Action taken: ",
        "closing": "The threat has receded and it will not be reported further",
        "was": lambda up, old: f" (previous report: {old})",
        "millions": lambda m: f"Rs. {m.group(1)}.{m.group(2)} crore",
        "pounds": lambda m: f"Rs. {m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": None,  # the day and month in figures with the year, set per report
    },
    "ke": {
        "lead": ". Way forward: ",
        "closing": "This challenge has been addressed and will be removed from the next sitrep",
        "was": lambda up, old: f" ({old} last week)",
        "millions": lambda m: f"KES {m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"KES {m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{_ordinal(int(d))} {m}",
    },
    "us": {
        "lead": ". Mitigation strategy: ",
        "closing": "This risk has decreased and will be removed from the next report",
        "was": _was("up", "down", "last week"),
        "millions": lambda m: f"${m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"${m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{m} {d}",
    },
    "nz": {
        "lead": LEAD,
        "closing": "This risk has reduced and will be removed from the next sitrep",
        "was": _was("up", "down", "at the last sitrep"),
        "millions": lambda m: f"${m.group(1)}.{m.group(2)}m",
        "pounds": lambda m: f"${m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {m}",
    },
    "za": {
        "lead": LEAD,
        "closing": "This risk has been reduced and will be removed from the next report",
        "was": lambda up, old: f" (previously {old})",
        "millions": lambda m: f"R{m.group(1)},{m.group(2)} million",
        "pounds": lambda m: f"R{m.group(1)}",
        "thousands": " ",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {m}",
    },
    "ph": {
        "lead": ". Actions taken: ",
        "closing": "This concern has been addressed and will no longer be reported",
        "was": lambda up, old: f" (from {old} in the previous report)",
        "millions": lambda m: f"PHP {m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"PHP {m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{m} {d}",
    },
    "gb": {
        "lead": ". How we're managing it: ",
        "closing": CLOSING,
        "was": _was("up", "down", "yesterday"),
        "millions": lambda m: f"£{m.group(1)}.{m.group(2)}m",
        "pounds": lambda m: f"£{m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {m}",
    },
}

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _lakh(m: re.Match) -> str:
    """ "2,400,000" → "24,00,000": the last three digits, then pairs."""
    digits = m.group().replace(",", "")
    if len(digits) <= 5:
        return m.group()
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([head, *pairs, tail])


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    loc = dict(LOCALE[lang])
    if lang == "in":
        when = report_day(doc)

        def numeric(d: str, m: str) -> str:
            month = MONTHS.index(m) + 1
            year = when.year + (1 if month < when.month - 6 else 0)
            return f"{int(d):02d}.{month:02d}.{year}"

        loc["date"] = numeric
    localise_doc(doc, loc)
    if lang == "in":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = _GROUPED.sub(_lakh, it.text), _GROUPED.sub(_lakh, it.body)
                it.mitigation = _GROUPED.sub(_lakh, it.mitigation) if it.mitigation else None


# the time of day the network logged each kind of entry, so that a day's entries follow one another
LOGGED = (("We were called", "06:40"), ("Water from a burst main", "09:15"), ("We began turning off", "11:30"),
          ("Our welfare unit", "13:05"), ("The first streets", "15:50"))  # fmt: skip
_STAMPED = re.compile(r"^(\d{1,2}) (" + "|".join(MONTHS) + r") – ")


def timeline(doc: Doc) -> None:
    """The gas network's incident timeline: each entry "7 December – …" gets the time of day the network
    logged it ("7 December, 06:40 – …", the same in every report), and the newest entry comes first."""
    localise(doc, "gb")
    year = report_day(doc).year
    for s in doc.sections:
        if s.key != "situation":
            continue
        stamped = []
        for it in s.items:
            m = _STAMPED.match(it.text)
            if not m:
                continue
            rest = it.text[m.end() :]
            minutes = 6 * 60 + zlib.crc32(it.thread.encode()) % (15 * 60)
            clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
            clock = next((t for words, t in LOGGED if rest.startswith(words)), clock)
            when = (date(year, MONTHS.index(m.group(2)) + 1, int(m.group(1))), clock)
            it.text = it.body = f"{m.group(1)} {m.group(2)}, {clock} – {rest}"
            stamped.append((when, it))
        s.items = [it for _, it in sorted(stamped, key=lambda x: x[0], reverse=True)]
