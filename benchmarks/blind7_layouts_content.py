"""Changes to the generated content that some ``blind7_layouts`` publishers make before they print it.

The phrase banks (``blind7_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will
be dropped — a German, Dutch or Welsh writer puts in its own conventions (:func:`localise`), and other
writers lead a mitigation with their own words (:func:`mitigation_lead`). A Welsh council prints every
report in Welsh beside the English: :func:`bilingual` runs a second model over the Welsh banks in step with
the English one (same organisation, same seed, the same shape of banks, so the same choices), and keeps the
Welsh text for the writer (:func:`welsh_of`). The printed text changes and so does the gold; the threads
do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from blind5_layouts_content import Partner
from council_layouts_gold import Doc

from sitroom.generate import GeneratedReport

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")  # fmt: skip
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")  # fmt: skip
MISOEDD = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr")  # fmt: skip

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PERCENT = re.compile(r"(\d)%")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"

LOCALE = {
    "de": {
        "lead": ". Maßnahme: ",
        "closing": "Diese Gefahr hat sich verringert und entfällt im nächsten Lagebericht",
        "was": lambda up, old: f" (Vorbericht: {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} Mio. €",
        "pounds": lambda m: f"{m.group(1)} €",
        "thousands": ".",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}. {MONATE[MONTHS.index(m)]}",
    },
    "nl": {
        "lead": ". Beheersmaatregel: ",
        "closing": "Dit risico is afgenomen en vervalt in de volgende rapportage",
        "was": lambda up, old: f" (vorige rapportage: {old})",
        "millions": lambda m: f"€ {m.group(1)},{m.group(2)} miljoen",
        "pounds": lambda m: f"€ {m.group(1)}",
        "thousands": ".",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {MAANDEN[MONTHS.index(m)]}",
    },
    "cy": {
        "lead": ". Lliniaru: ",
        "closing": "Mae'r risg hon wedi lleihau a bydd yn cael ei thynnu o'r adroddiad nesaf",
        "was": lambda up, old: f" ({'i fyny' if up else 'i lawr'} o {old} yn yr adroddiad diwethaf)",
        "millions": lambda m: f"£{m.group(1)}.{m.group(2)}m",
        "pounds": lambda m: f"£{m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {MISOEDD[MONTHS.index(m)]}",
    },
}


def _figures(text: str, lang: str) -> str:
    loc = LOCALE[lang]
    # the euro amounts are written before the thousands are re-marked, from the English "£3,400"
    text = _WAS.sub(lambda m: loc["was"](m.group(1) == "up", m.group(2)), text)
    text = _MILLIONS.sub(loc["millions"], text)
    text = _POUNDS.sub(loc["pounds"], text)
    text = _THOUSANDS.sub(loc["thousands"], text)
    text = _PERCENT.sub(loc["percent"], text)
    return _DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise_text(text: str, lang: str) -> str:
    """One printed item in the conventions of ``lang``: figures, dates, the mitigation lead, the closing note."""
    loc = LOCALE[lang]
    return _figures(text.replace(LEAD, loc["lead"]), lang).replace(CLOSING, loc["closing"])


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = localise_text(it.text, lang)
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None


def mitigation_lead(doc: Doc, lead: str) -> None:
    """A risk's mitigation introduced by ``lead`` ("Control measures:") where the generator wrote "Mitigation:"."""
    for s in doc.sections:
        for it in s.items:
            it.text = it.text.replace(LEAD, f". {lead} ")


def report_day(doc: Doc) -> datetime:
    """The report's date ("16 January 2024") as a datetime."""
    return datetime.strptime(doc.date, "%d %B %Y")


# ---------------------------------------------------------------- the Welsh column of a bilingual report

_WELSH: dict[tuple[str, int], list[list[str]]] = {}


def bilingual(english: Partner, welsh: Partner):
    """A series source (as ``Partner.series``) of ``english``'s reports that also runs ``welsh`` in step and
    keeps each report's Welsh items, section by section, for :func:`welsh_of`. The two partners have the same
    organisations, service and shape of banks, so the churn model makes the same choices for both."""

    def source(series: int, reports: int, seed: int = 0, organisations: int = 2) -> Iterator[Iterator]:
        pairs = zip(english.series(series, reports, seed, organisations),
                    welsh.series(series, reports, seed, organisations), strict=True)  # fmt: skip
        for en, cy in pairs:
            yield _paired(en, cy)

    return source


def _paired(en: Iterator[GeneratedReport], cy: Iterator[GeneratedReport]) -> Iterator[GeneratedReport]:
    for a, b in zip(en, cy, strict=True):
        threads_a = [[t.thread for t in items] for _, items in a.content.sections]
        threads_b = [[t.thread for t in items] for _, items in b.content.sections]
        if threads_a != threads_b:
            raise RuntimeError("the Welsh banks do not have the shape of the English ones")
        texts = [[localise_text(t.text, "cy") for t in items] for _, items in b.content.sections]
        _WELSH[(a.organisation, a.content.number)] = texts
        yield a


def welsh_of(doc: Doc) -> list[list[str]]:
    """The Welsh items of the report ``doc`` prints, section by section in the generator's order."""
    return _WELSH[(doc.organisation, doc.number)]
