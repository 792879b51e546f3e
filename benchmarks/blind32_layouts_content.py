"""Changes to the generated content that the ``blind32_layouts`` publishers make before they print it.

The phrase banks (``blind32_layouts_banks_en``, ``blind32_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- a courts and tribunals service: "£3,400", "£1.25m", "(yesterday: 5)", "Mitigating action:";
- a public library service: "£3,400", "£1.25m", "(last update: 5)", "Action being taken:";
- a foreign ministry's consular crisis team in Ireland: "€3,400", "€1.25 million", "(previous sitrep: 5)",
  "Mitigation:";
- a state examinations board in New Zealand: "$3,400", "$1.25m", "(previous day: 5)", "Controls:";
- a council's bereavement services: "£3,400", "£1.25m", "(last week: 5)", "Mitigation in place:";
- a passport office: "£3,400", "£1.25 million", "(previous week: 5)", its controls in a table's cell;
- a Bosnian mine action centre: "3.400 KM", "1,25 miliona KM", "1.250", "12 %", "16. januara",
  "(prethodni izvještaj: 5)", its control measures in a table's cell;
- a Portuguese marine institute's biotoxin bulletin: "3 400 €", "1,25 milhões de euros", "1 250", "12 %",
  "16 de janeiro", "(boletim anterior: 5)", "Medidas de controlo:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "courts": "Mitigating action:",
    "library": "Action being taken:",
    "consular": "Mitigation:",
    "exams": "Controls:",
    "bereavement": "Mitigation in place:",
    "passport": "Controls:",  # printed in the table's Controls cell, never as a lead
    "bs": "Mjere:",  # printed in the table's cell, never as a lead
    "pt": "Medidas de controlo:",
}
BS_MONTHS = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra",
             "novembra", "decembra")  # fmt: skip
PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip


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
    "courts": _loc("courts", "Risk reduced – to be closed at the next sitrep", " (yesterday: {})", "£{}", "£{}.{}m"),
    "library": _loc("library", "This risk has reduced and will be removed from the next update",
                    " (last update: {})", "£{}", "£{}.{}m"),
    "consular": _loc("consular", "Risk now low – to be stood down in the next sitrep", " (previous sitrep: {})",
                     "€{}", "€{}.{} million"),
    "exams": _loc("exams", "Risk reduced; will be closed at tomorrow's sitrep", " (previous day: {})", "${}",
                  "${}.{}m"),
    "bereavement": _loc("bereavement", "Risk reduced and will come off the log next week", " (last week: {})",
                        "£{}", "£{}.{}m"),
    "passport": _loc("passport", "Risk reduced – to be closed next week", " (previous week: {})", "£{}",
                     "£{}.{} million"),
    "bs": _loc("bs", "Rizik je smanjen i bit će uklonjen iz narednog izvještaja", " (prethodni izvještaj: {})",
               "{} KM", "{},{} miliona KM", ".", r"\1 %", lambda d, m: f"{int(d)}. {BS_MONTHS[MONTHS.index(m)]}"),
    "pt": _loc("pt", "Risco reduzido; será retirado do próximo boletim", " (boletim anterior: {})", "{} €",
               "{},{} milhões de euros", " ", r"\1 %", lambda d, m: f"{int(d)} de {PT_MONTHS[MONTHS.index(m)]}"),
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
