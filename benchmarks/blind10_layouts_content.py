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

import re

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc

NBSP = "\u00a0"
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre")  # fmt: skip
MONATE_AT = ("Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PERCENT = re.compile(r"(\d)%")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"

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
    ("be", "at" or "cl")."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = _figures(it.text.replace(LEAD, loc["lead"]), lang).replace(CLOSING, loc["closing"])
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None
