"""Changes to the generated content that the ``blind34_layouts`` publishers make before they print it.

The phrase banks (``blind34_layouts_banks_en``, ``blind34_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- a metro operator's control centre: "£3,400", "£1.25m", "(yesterday: 5)", its mitigations in a sheet's column;
- a social-housing landlord: "£3,400", "£1.25m", "(last week: 5)", "Controls:";
- an American city's water utility: "$3,400", "$1.25 million", "June 16", "(previous update: 5)", "Action taken:";
- a council's children's services: "£3,400", "£1.25m", "(yesterday: 5)", "Mitigation:";
- a food bank network: "£3,400", "£1.25m", "(last week: 5)", "Action:";
- a Kyrgyz nature park: "3 400 сом", "1,25 млн сом", "1 250", "12 %", "16-август", "(мурунку маалымат: 5)",
  "Чаралар:";
- a Chilean border complex: "$3.400", "$1,25 millones", "1.250", "12 %", "16 de julio", "(informe anterior: 5)",
  "Mitigación:";
- the Dutch reception agency: "€ 3.400", "€ 1,25 mln", "1.250", "12%", "16 augustus", "(vorige rapportage: 5)", its
  control measures in a register's column.

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "metro": "Mitigation:",  # printed in the sheet's Mitigation column, never as a lead
    "damp": "Controls:",
    "boil": "Action taken:",
    "cyber": "Mitigation:",
    "food": "Action:",
    "ky": "Чаралар:",
    "es": "Mitigación:",
    "nl": "Beheersmaatregel:",  # printed in the register's column, never as a lead
}
KY_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
             "декабрь")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")  # fmt: skip


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


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(int(d), names[MONTHS.index(m)])


LOCALE = {
    "metro": _loc("metro", "Risk reduced – to be closed at the next review", " (yesterday: {})", "£{}", "£{}.{}m"),
    "damp": _loc("damp", "Risk reduced and will be removed from next week's report", " (last week: {})", "£{}",
                 "£{}.{}m"),
    "boil": _loc("boil", "This risk has decreased and will be removed from the next update", " (previous update: {})",
                 "${}", "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "cyber": _loc("cyber", "Risk reduced, will close tomorrow", " (yesterday: {})", "£{}", "£{}.{}m"),
    "food": _loc("food", "Risk has eased and will come off the list next week", " (last week: {})", "£{}", "£{}.{}m"),
    "ky": _loc("ky", "Тобокелдик азайды, кийинки маалыматтан алынат", " (мурунку маалымат: {})", "{} сом",
               "{},{} млн сом", " ", r"\1 %", _month(KY_MONTHS, "{}-{}")),
    "es": _loc("es", "El riesgo disminuyó y se eliminará del próximo informe", " (informe anterior: {})", "${}",
               "${},{} millones", ".", r"\1 %", _month(ES_MONTHS, "{} de {}")),
    "nl": _loc("nl", "Het risico is afgenomen en vervalt in de volgende rapportage", " (vorige rapportage: {})",
               "€ {}", "€ {},{} mln", ".", r"\1%", _month(NL_MONTHS, "{} {}")),
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
