"""Changes to the generated content that some ``blind11_layouts`` publishers make before they print it.

The phrase banks (``blind11_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — a Swedish county board, a Norwegian municipality and a Polish voivodeship write in
their own conventions (:func:`localise`): "1 250" (a space between the thousands), "12 %", "3 400 kr",
"16 januari"; "1 250", "12 %", "kr 3 400", "16. januar"; "1 250", "12%", "3 400 zł", "16 stycznia" (the
month in the genitive). The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")  # fmt: skip
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")  # fmt: skip
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia")  # fmt: skip


LOCALE = {
    "se": {
        "lead": ". Åtgärd: ",
        "closing": "Risken har minskat och tas bort i nästa lägesbild",
        "was": lambda up, old: f" ({'upp' if up else 'ned'} från {old} i förra lägesbilden)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} miljoner kronor",
        "pounds": lambda m: f"{m.group(1)} kr",
        "thousands": " ",  # an ordinary space: what these writers type
        "percent": r"\1 %",
        "date": lambda d, m: f"{d} {MANADER[MONTHS.index(m)]}",
    },
    "no": {
        "lead": ". Tiltak: ",
        "closing": "Risikoen er redusert og tas ut av neste rapport",
        "was": lambda up, old: f" ({'opp' if up else 'ned'} fra {old} i forrige rapport)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} millioner kroner",
        "pounds": lambda m: f"kr {m.group(1)}",
        "thousands": " ",  # an ordinary space: what these writers type
        "percent": r"\1 %",
        "date": lambda d, m: f"{d}. {MANEDER[MONTHS.index(m)]}",
    },
    "pl": {
        "lead": ". Działania: ",
        "closing": "Zagrożenie zmalało i zostanie usunięte z kolejnego raportu",
        "was": lambda up, old: f" (poprzednio {old})",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} mln zł",
        "pounds": lambda m: f"{m.group(1)} zł",
        "thousands": " ",  # an ordinary space: what these writers type
        "percent": r"\1%",
        "date": lambda d, m: f"{d} {MIESIACE[MONTHS.index(m)]}",
    },
}


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``
    ("se", "no" or "pl")."""
    localise_doc(doc, LOCALE[lang])
