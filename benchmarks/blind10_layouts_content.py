"""Changes to the generated content that some ``blind10_layouts`` publishers make before they print it.

The phrase banks (``blind10_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — a Belgian province, an Austrian district and a Chilean regional office write in their
own conventions (:func:`localise`): "1.250", "12 %", "3.400 €", "16 janvier"; "€ 3.400", "16. Jänner" (the
Austrian month); "1.250", "16 de enero". Other writers lead a mitigation with their own words
(``mitigation_lead`` of the blind7 set). The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

NBSP = "\u00a0"
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre")  # fmt: skip
MONATE_AT = ("Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


LOCALE = {
    "be": {
        "lead": f". Mesures prises{NBSP}: ",
        "closing": "Cette difficulté est levée et ne figurera plus au prochain point de situation",
        "was": lambda up, old: f" (contre {old} au point précédent)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} millions d'euros",
        "pounds": lambda m: f"{m.group(1)} €",
        "thousands": ".",
        "percent": r"\1 %",
        "date": lambda d, m: f"{'1er' if d == '1' else d} {MOIS[MONTHS.index(m)]}",
    },
    "at": {
        "lead": ". Gegenmaßnahme: ",
        "closing": "Dieses Risiko hat sich verringert und entfällt im nächsten Lagebericht",
        "was": lambda up, old: f" (zuletzt {old})",
        "millions": lambda m: f"€ {m.group(1)},{m.group(2)} Mio.",
        "pounds": lambda m: f"€ {m.group(1)}",
        "thousands": ".",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}. {MONATE_AT[MONTHS.index(m)]}",
    },
    "cl": {
        "lead": ". Acciones: ",
        "closing": "Este riesgo ha disminuido y se retirará del próximo reporte",
        "was": lambda up, old: f" ({'sube' if up else 'baja'} desde {old} en el reporte anterior)",
        "millions": lambda m: f"US${m.group(1)},{m.group(2)} millones",
        "pounds": lambda m: f"US${m.group(1)}",
        "thousands": ".",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} de {MESES[MONTHS.index(m)]}",
    },
}


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``
    ("be", "at" or "cl")."""
    localise_doc(doc, LOCALE[lang])
