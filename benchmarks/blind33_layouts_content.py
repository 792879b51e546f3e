"""Changes to the generated content that the ``blind33_layouts`` publishers make before they print it.

The phrase banks (``blind33_layouts_banks_en``, ``blind33_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- an Australian state's biosecurity control centre: "$3,400", "$1.25 million", "(previous sitrep: 5)", its
  treatments in a record's cell;
- a water company's reservoir incident room: "£3,400", "£1.25m", "(last report: 5)", "Control measure:";
- an Irish city zoo: "€3,400", "€1.25m", "(yesterday: 5)", its mitigations in a table's cell;
- a United States county's 911 centre: "$3,400", "$1.25 million", "January 16", "(prior report: 5)", "Mitigation
  strategy:";
- a water and sewerage company's incident team: "£3,400", "£1.25m", "(previous update: 5)", "Mitigation:";
- a Belarusian district heating utility: "3 400 руб.", "1,25 млн руб.", "1 250", "12 %", "16 студзеня",
  "(папярэдняя зводка: 5)", "Меры:";
- a German county's veterinary office: "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Januar", "(Vorbericht: 5)",
  "Maßnahmen:";
- a Norwegian municipality: "3 400 kr", "1,25 mill. kr", "1 250", "12 %", "16. januar", "(forrige rapport: 5)",
  "Tiltak:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONATE, MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "fmd": "Treatment:",  # printed in the record's Treatment cell, never as a lead
    "dam": "Control measure:",
    "zoo": "Mitigation:",  # printed in the table's Mitigation cell, never as a lead
    "psap": "Mitigation strategy:",
    "sewage": "Mitigation:",
    "be": "Меры:",
    "de": "Maßnahmen:",
    "no": "Tiltak:",
}
BE_MONTHS = ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
             "кастрычніка", "лістапада", "снежня")  # fmt: skip
NO_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember")  # fmt: skip


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
    "fmd": _loc("fmd", "Risk reduced – will be removed from the next sitrep", " (previous sitrep: {})", "${}",
                "${}.{} million"),
    "dam": _loc("dam", "Risk reduced – to be closed in the next report", " (last report: {})", "£{}", "£{}.{}m"),
    "zoo": _loc("zoo", "Risk reduced and will be taken off the register tomorrow", " (yesterday: {})", "€{}",
                "€{}.{}m"),
    "psap": _loc("psap", "Risk reduced; will be closed in the next report", " (prior report: {})", "${}",
                 "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "sewage": _loc("sewage", "Risk reduced – will come off the log at the next update", " (previous update: {})",
                   "£{}", "£{}.{}m"),
    "be": _loc("be", "Рызыка зменшылася і будзе знята з наступнай зводкі", " (папярэдняя зводка: {})", "{} руб.",
               "{},{} млн руб.", " ", r"\1 %", lambda d, m: f"{int(d)} {BE_MONTHS[MONTHS.index(m)]}"),
    "de": _loc("de", "Das Risiko ist gesunken und entfällt im nächsten Lagebericht", " (Vorbericht: {})", "{} €",
               "{},{} Mio. €", ".", r"\1 %", lambda d, m: f"{int(d)}. {MONATE[MONTHS.index(m)]}"),
    "no": _loc("no", "Risikoen er redusert og tas ut av neste rapport", " (forrige rapport: {})", "{} kr",
               "{},{} mill. kr", " ", r"\1 %", lambda d, m: f"{int(d)}. {NO_MONTHS[MONTHS.index(m)]}"),
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
