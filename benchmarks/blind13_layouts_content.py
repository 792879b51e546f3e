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

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import CLOSING, LEAD, localise_doc

MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")  # fmt: skip
MESES_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre")  # fmt: skip


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


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``
    ("pt", "fi", "es" or "ca")."""
    localise_doc(doc, LOCALE[lang])
