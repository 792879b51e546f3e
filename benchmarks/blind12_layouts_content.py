"""Changes to the generated content that some ``blind12_layouts`` publishers make before they print it.

The phrase banks (``blind12_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — a Danish emergency service, a Czech regional crisis staff and an Italian municipality
write in their own conventions (:func:`localise`): "1.250" (a point between the thousands), "12 %", "3.400
kr.", "16. januar"; "1 250", "12 %", "3 400 Kč", "16. ledna" (the month in the genitive); "1.250", "12%",
"€ 3.400", "16 gennaio". The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc

MANEDER_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")  # fmt: skip
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince")  # fmt: skip
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre")  # fmt: skip

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PERCENT = re.compile(r"(\d)%")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
LEAD = ". Mitigation: "
CLOSING = "This risk has reduced and will be removed from the next report"

LOCALE = {
    "da": {
        "lead": ". Tiltag: ",
        "closing": "Risikoen er faldet og udgår af næste rapport",
        "was": lambda up, old: f" ({'op' if up else 'ned'} fra {old} i sidste rapport)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} mio. kr.",
        "pounds": lambda m: f"{m.group(1)} kr.",
        "thousands": ".",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}. {MANEDER_DA[MONTHS.index(m)]}",
    },
    "cs": {
        "lead": ". Opatření: ",
        "closing": "Riziko se snížilo a v příští zprávě již nebude uvedeno",
        "was": lambda up, old: f" (v minulé zprávě {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} mil. Kč",
        "pounds": lambda m: f"{m.group(1)} Kč",
        "thousands": " ",
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}. {MESICE[MONTHS.index(m)]}",
    },
    "it": {
        "lead": ". Azioni: ",
        "closing": "Il rischio è diminuito e non sarà riportato nel prossimo bollettino",
        "was": lambda up, old: f" (bollettino precedente: {old})",
        "millions": lambda m: f"€ {m.group(1)},{m.group(2)} milioni",
        "pounds": lambda m: f"€ {m.group(1)}",
        "thousands": ".",
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {MESI[MONTHS.index(m)]}",
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
    ("da", "cs" or "it")."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = _figures(it.text.replace(LEAD, loc["lead"]), lang).replace(CLOSING, loc["closing"])
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None
