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

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

MANEDER_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")  # fmt: skip
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
          "listopadu", "prosince")  # fmt: skip
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre")  # fmt: skip


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


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``
    ("da", "cs" or "it")."""
    localise_doc(doc, LOCALE[lang])
