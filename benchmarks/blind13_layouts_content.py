"""Changes to the generated content that some ``blind13_layouts`` publishers make before they print it.

The phrase banks (``blind13_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — a Portuguese municipality, a Finnish municipality, a Spanish autonomous community and a
Canadian province write in their own conventions (:func:`localise`): "1.250", "12%", "3.400 €", "13 de
novembro"; "1 250", "12 %", "3 400 €", "16.8." (day and month in figures, each with its point); "1.250",
"12 %", "3.400 €", "29 de octubre"; "1,250", "12%", "$3,400", "July 22" (the month first). The printed text
changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc

MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")  # fmt: skip
MESES_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre")  # fmt: skip

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PERCENT = re.compile(r"(\d)%")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"

LOCALE = {
    "pt": {
        "lead": ". Medidas: ",
        "closing": "O risco diminuiu e deixa de constar do próximo relatório",
        "was": lambda up, old: f" (no relatório anterior: {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} milhões de euros",
        "pounds": lambda m: f"{m.group(1)} €",
        "thousands": ".",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} de {MESES_PT[MONTHS.index(m)]}",
    },
    "fi": {
        "lead": ". Toimenpiteet: ",
        "closing": "Riski on pienentynyt, eikä sitä enää raportoida seuraavassa katsauksessa",
        "was": lambda up, old: f" (edellisessä katsauksessa {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} milj. €",
        "pounds": lambda m: f"{m.group(1)} €",
        "thousands": " ",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}.{MONTHS.index(m) + 1}.",
    },
    "es": {
        "lead": ". Medidas: ",
        "closing": "El riesgo ha disminuido y no figurará en el próximo informe",
        "was": lambda up, old: f" (informe anterior: {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} millones de euros",
        "pounds": lambda m: f"{m.group(1)} €",
        "thousands": ".",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d} de {MESES_ES[MONTHS.index(m)]}",
    },
    "ca": {
        "lead": LEAD,
        "closing": CLOSING,
        "was": lambda up, old: f" ({'up' if up else 'down'} from {old} in the last report)",
        "millions": lambda m: f"${m.group(1)}.{m.group(2)} million",
        "pounds": lambda m: f"${m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{m} {d}",
    },
}


def _figures(text: str, lang: str) -> str:
    loc = LOCALE[lang]
    # the amounts are written before the thousands are re-marked, from the English "£3,400"
    text = _WAS.sub(lambda m: loc["was"](m.group(1) == "up", m.group(2)), text)
    text = _MILLIONS.sub(loc["millions"], text)
    text = _POUNDS.sub(loc["pounds"], text)
    text = _THOUSANDS.sub(loc["thousands"], text)
    text = _PERCENT.sub(loc["percent"], text)
    return _DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``
    ("pt", "fi", "es" or "ca")."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = _figures(it.text.replace(LEAD, loc["lead"]), lang).replace(CLOSING, loc["closing"])
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None
