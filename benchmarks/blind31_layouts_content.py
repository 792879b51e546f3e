"""Changes to the generated content that the ``blind31_layouts`` publishers make before they print it.

The phrase banks (``blind31_layouts_banks_en``, ``blind31_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- an island ferry operator: "£3,400", "£1.25m", "(previous bulletin: 5)", "What we are doing:";
- a returning officer: "£3,400", "£1.25m", "(last sitrep: 5)", "Action:";
- a census field operation in Australia: "$3,400", "$1.25m", "(last week: 5)", "Treatment:";
- a social security agency: "£3,400", "£1.25 million", "(yesterday: 5)", "Mitigation:";
- a Kenyan county's locust control unit: "KSh 3,400", "KSh 1.25 million", "16th January", "(previous update: 5)",
  "Mitigation:";
- a tram operator: "£3,400", "£1.25m", "(previously 5)", "Control measure:";
- a Spanish river basin authority: "3.400 €", "1,25 M€", "1.250", "12 %", "16 de enero", "(anterior: 5)",
  "Medidas:";
- a North Macedonian transit centre: "3.400 денари", "1,25 милиони денари", "1.250", "12 %", "16 јануари",
  "(претходно: 5)", "Мерки:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "ferry": "What we are doing:",
    "election": "Action:",
    "census": "Treatment:",
    "benefits": "Mitigation:",
    "locust": "Mitigation:",
    "tram": "Control measure:",
    "es": "Medidas:",
    "mk": "Мерки:",
}
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
MK_MONTHS = ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
             "ноември", "декември")  # fmt: skip


def _th(day: str) -> str:
    n = int(day)
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _loc(lang: str, closing: str, was: str, cur: str, big: str, thousands: str = ",", percent: str = r"\1%",
         date=lambda d, m: f"{d} {m}") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: big.format(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALE = {
    "ferry": _loc("ferry", "Risk reduced – will come off the next bulletin", " (previous bulletin: {})", "£{}",
                  "£{}.{}m"),
    "election": _loc("election", "Risk now low – will be removed from the next sitrep", " (last sitrep: {})",
                     "£{}", "£{}.{}m"),
    "census": _loc("census", "Risk reduced; to be closed next week", " (last week: {})", "${}", "${}.{}m"),
    "benefits": _loc("benefits", "This risk has reduced and will be removed from tomorrow's update",
                     " (yesterday: {})", "£{}", "£{}.{} million"),
    "locust": _loc("locust", "This risk has reduced and will be removed from the next update",
                   " (previous update: {})", "KSh {}", "KSh {}.{} million", date=lambda d, m: f"{_th(d)} {m}"),
    "tram": _loc("tram", "Risk reduced – to be closed at the next update", " (previously {})", "£{}", "£{}.{}m"),
    "es": _loc("es", "Riesgo reducido; se retirará del próximo parte", " (anterior: {})", "{} €", "{},{} M€", ".",
               r"\1 %", lambda d, m: f"{int(d)} de {ES_MONTHS[MONTHS.index(m)]}"),
    "mk": _loc("mk", "Ризикот е намален и ќе биде отстранет од следниот извештај", " (претходно: {})",
               "{} денари", "{},{} милиони денари", ".", r"\1 %",
               lambda d, m: f"{int(d)} {MK_MONTHS[MONTHS.index(m)]}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("city-square")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
