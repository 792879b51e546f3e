"""Changes to the generated content that the ``blind49_layouts`` publishers make before they print it.

The phrase banks (``blind49_layouts_banks_north``, ``blind49_layouts_banks_south``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``), the positioning agencies in each one's own currency:

- Canadian provincial archives after a vault flood (a Keynote deck exported to PDF): "$3,400", "$1.25 million",
  "January 16", "(previous briefing: 5)", "Mitigation:";
- New Zealand regional councils after the bus ticketing system failed (a status page): "$3,400", "$1.25m",
  "16 April", "(was 5 at our last update)", "Workaround:";
- American state universities' facilities services after the heating plant failed (a help desk's reply by mail):
  "$3,400", "$1.25 million", "January 16", "(last update: 5)", "Contingency:";
- American mosquito control districts in a West Nile virus outbreak (a neighbourhood network's post by mail):
  "$3,400", "$1.25 million", "August 16", "(last week: 5)", "What we're doing:";
- Nigerian state ministries of health in a Lassa fever outbreak (a Word report in a table): "₦3,400",
  "₦1.25 million", "16th February", "(previous epi-week: 5)", "Intervention:";
- Northern Ireland councils in a heating oil disruption (a Word committee report, numbered): "£3,400", "£1.25m",
  "16 February", "(previous report: 5)", "Mitigation:"; the headings numbered "1.0", "2.0" as the council types them;
- the Channel Islands' and the Isle of Man's governments after Asian hornet nests were found (a newsletter in PDF):
  "£3,400", "£1.25m", "16 June", "(last issue: 5)", "Our response:";
- national positioning agencies after a faulty firmware update (Markdown in a Git repository): "NZ$3,400", "£3,400",
  "A$3,400" or "€3,400", "NZ$1.25m", "16 March", "(previous sitrep: 5)", "Mitigation:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["localise", "number_headings", "parts"]

LEADS = {
    "ca": "Mitigation:",
    "nz": "Workaround:",
    "us": "Contingency:",
    "nd": "What we're doing:",
    "ng": "Intervention:",
    "ni": "Mitigation:",
    "ci": "Our response:",
    "gnss": "Mitigation:",
}
CURRENCY = {"Toitū Te Whenua Land Information New Zealand": "NZ$", "Ordnance Survey": "£",
            "Geoscience Australia": "A$", "Tailte Éireann": "€"}  # fmt: skip
DEFAULT = {"ca": "$", "nz": "$", "us": "$", "nd": "$", "ng": "₦", "ni": "£", "ci": "£"}


def ordinal(day: int) -> str:
    """ "16th", "1st", "22nd", "13th"."""
    end = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{end}"


def _loc(lang: str, closing: str, was: str, cur: str, million: str, date) -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: million.format(cur, m.group(1), m.group(2)),
        "pounds": lambda m: f"{cur}{m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": date,
    }


DAY_MONTH = lambda d, m: f"{int(d)} {m}"  # noqa: E731
MONTH_DAY = lambda d, m: f"{m} {int(d)}"  # noqa: E731
ROWS = {
    "ca": ("This risk has decreased and will be removed from the next briefing", " (previous briefing: {})",
           "{}{}.{} million", MONTH_DAY),
    "nz": ("This risk has eased and we'll stop reporting it after this update", " (was {} at our last update)",
           "{}{}.{}m", DAY_MONTH),
    "us": ("This risk has decreased and will be removed from the next update", " (last update: {})",
           "{}{}.{} million", MONTH_DAY),
    "nd": ("This risk is lower now and we'll drop it from next week's update", " (last week: {})",
           "{}{}.{} million", MONTH_DAY),
    "ng": ("This risk has reduced and will be removed from the next situation report", " (previous epi-week: {})",
           "{}{}.{} million", lambda d, m: f"{ordinal(int(d))} {m}"),
    "ni": ("This risk has reduced and will be removed from the next report", " (previous report: {})", "{}{}.{}m",
           DAY_MONTH),
    "ci": ("This risk has reduced and will be dropped from the next issue", " (last issue: {})", "{}{}.{}m",
           DAY_MONTH),
    "gnss": ("This risk has reduced and will be closed at the next sitrep", " (previous sitrep: {})", "{}{}.{}m",
             DAY_MONTH),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang`` and, where it
    prints its own, in its organisation's currency."""
    closing, was, million, date = ROWS[lang]
    cur = CURRENCY.get(doc.organisation) or DEFAULT[lang]
    localise_doc(doc, _loc(lang, closing, was, cur, million, date))


def number_headings(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number as the council types it: "1.0", "2.0" …"""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, start=1):
        s.heading = f"{n}.0 {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
