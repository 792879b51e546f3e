"""Changes to the generated content that some ``blind8_layouts`` publishers make before they print it, and what
their writers need to know besides the report itself.

The phrase banks (``blind8_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — an Italian regional office and a US county write in their own conventions
(:func:`localise`), and other writers lead a mitigation with their own words (``mitigation_lead`` of the
blind7 set). The printed text changes and so does the gold; the threads do not.

Two writers print last week's report beside this one (a Word copy edited with its changes tracked, an
e-mail reply that quotes the message before): :func:`remember` keeps each report as printed and
:func:`previous` gives the one before it in its series. A deck and a wiki page indent the points that
detail the point above them (:func:`levels`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from blind7_layouts_content import MONTHS, report_day
from council_layouts_gold import Doc

__all__ = ["MESI", "Printed", "levels", "localise", "previous", "remember", "report_day"]

MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre")  # fmt: skip

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"

LOCALE = {
    "it": {
        "lead": ". Misure: ",
        "closing": "La criticità è in diminuzione e non sarà più riportata nel prossimo aggiornamento",
        "was": lambda up, old: f" ({'in aumento' if up else 'in calo'} rispetto a {old} del precedente aggiornamento)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} milioni di euro",
        "pounds": lambda m: f"{m.group(1)} euro",
        "thousands": ".",
        "date": lambda d, m: f"{d} {MESI[MONTHS.index(m)]}",
    },
    "us": {
        "lead": LEAD,
        "closing": "This threat has decreased and will be removed from the next report",
        "was": lambda up, old: f" ({'up' if up else 'down'} from {old} in the last report)",
        "millions": lambda m: f"${m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"${m.group(1)}",
        "thousands": ",",
        "date": lambda d, m: f"{m} {d}",
    },
}


def _figures(text: str, lang: str) -> str:
    loc = LOCALE[lang]
    text = _WAS.sub(lambda m: loc["was"](m.group(1) == "up", m.group(2)), text)
    text = _MILLIONS.sub(loc["millions"], text)
    text = _POUNDS.sub(loc["pounds"], text)
    text = _THOUSANDS.sub(loc["thousands"], text)
    return _DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang`` ("it" or "us")."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = _figures(it.text.replace(LEAD, loc["lead"]), lang).replace(CLOSING, loc["closing"])
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None


# ---------------------------------------------------------------- points that detail the point above

_LABEL = re.compile(r"^[A-Z][A-Za-z' -]{1,28}: ")


def levels(texts: list[str]) -> list[int]:
    """1 or 2 per point: a point that opens with a short label ("Schools: 5 closed") details the last plain
    point above it and is indented under it; before any plain point it stands at the first level."""
    out, plain = [], False
    for text in texts:
        detail = bool(_LABEL.match(text)) and plain
        plain = plain or not _LABEL.match(text)
        out.append(2 if detail else 1)
    return out


# ---------------------------------------------------------------- the report before, as printed


@dataclass(frozen=True, slots=True)
class Printed:
    """A report as its writer printed it: the date and, per section, (thread, text) of its items."""

    number: int
    date: str
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]

    def items(self, heading: str) -> tuple[tuple[str, str], ...]:
        return next((items for h, items in self.sections if h == heading), ())


_PRINTED: dict[tuple[str, str, int], Printed] = {}


def remember(doc: Doc) -> None:
    """Keep ``doc`` as printed, for the writer of the next report of its series."""
    sections = tuple((s.heading, tuple((it.thread, it.text) for it in s.items)) for s in doc.sections)
    _PRINTED[(doc.organisation, doc.service, doc.number)] = Printed(doc.number, doc.date, sections)


def previous(doc: Doc) -> Printed | None:
    """The report before ``doc`` in its series as it was printed, or None for the first. The series are
    written in order, so the one kept under the number before is the one this report follows."""
    return _PRINTED.get((doc.organisation, doc.service, doc.number - 1))
