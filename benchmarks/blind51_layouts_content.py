"""Changes to the generated content that the ``blind51_layouts`` publishers make before they print it.

The phrase banks (``blind51_layouts_banks_away``, ``blind51_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Polish voivodeship offices, in Polish (a page of the office's Public Information Bulletin): "3 400 zł",
  "1,25 mln zł", "1 250", "12%", "16 sierpnia", "(poprzednio: 5)", "Działania zaradcze:"; the headings numbered
  "I.", "II." as the office's crisis management centre types them;
- Finnish cities, in Finnish (a press release sent through STT Info): "3 400 euroa", "1,25 miljoonaa euroa",
  "1 250", "12 %", "16.1.", "(edellinen tiedote: 5)", "Toimenpiteet:";
- Catalan town councils, in Catalan (a report signed in esPublico Gestiona): "3.400 €", "1,25 M€", "1.250",
  "12 %", "16 de gener" or "16 d'abril", "(informe anterior: 5)", "Mesura adoptada:"; the headings numbered "1.";
- Lithuanian municipal administrations, in Lithuanian (an official letter in Word): "3 400 Eur", "1,25 mln. Eur",
  "1 250", "12 proc.", "sausio 16 d.", "(ankstesnėje informacijoje: 5)", "Taikomos priemonės:";
- Singapore government agencies (a page of an Isomer site): "$3,400", "$1.25 million", "16 June",
  "(previous update: 5)", "Measures taken:";
- Irish county councils (a Microsoft 365 group's mail): "€3,400", "€1.25m", "16 January", "(previous update: 5)",
  "Mitigation:";
- Ontario municipalities (a staff report in an eSCRIBE agenda): "$3,400", "$1.25 million", "March 16",
  "(previous report: 5)", "Mitigation:";
- Scottish seabird reserves (a Dropbox Paper doc exported as Markdown): "£3,400", "£1.25m", "16 June",
  "(last update: 5)", "Mitigation:".

A sentence that ends on a figure printed with its own full stop ("16.1.", "12 proc.", "sausio 16 d.") keeps one
stop. The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind11_layouts_content import MIESIACE
from blind17_layouts_content import MESOS, split_mitigation
from blind20_layouts_content import MENESIAI
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "catalan_date", "localise", "numbered", "parts"]

LEADS = {
    "pl": "Działania zaradcze:",
    "fi": "Toimenpiteet:",
    "ca": "Mesura adoptada:",
    "lt": "Taikomos priemonės:",
    "sg": "Measures taken:",
    "ie": "Mitigation:",
    "on": "Mitigation:",
    "sco": "Mitigation:",
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def catalan_date(d, m) -> str:
    """The day and month as "16 de gener", "16 d'abril": the preposition elided before a vowel."""
    name = MESOS[MONTHS.index(m)]
    return f"{int(d)} d'{name}" if name[0] in "aeiou" else f"{int(d)} de {name}"


def _loc(lead: str, closing: str, was: str, pounds: str, millions: str, thousands: str, date,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: millions.format(m.group(1), m.group(2)),
        "pounds": lambda m: pounds.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "pl": _loc(LEADS["pl"], "Ryzyko zmalało i nie będzie ujmowane w kolejnych komunikatach", " (poprzednio: {})",
               "{} zł", "{},{} mln zł", " ", _month(MIESIACE, "{d} {m}")),
    "fi": _loc(LEADS["fi"], "Riski on pienentynyt, eikä sitä raportoida enää seuraavassa tiedotteessa",
               " (edellinen tiedote: {})", "{} euroa", "{},{} miljoonaa euroa", " ",
               lambda d, m: f"{int(d)}.{MONTHS.index(m) + 1}.", r"\1 %"),
    "ca": _loc(LEADS["ca"], "El risc ha disminuït i no constarà en el proper informe", " (informe anterior: {})",
               "{} €", "{},{} M€", ".", catalan_date, r"\1 %"),
    "lt": _loc(LEADS["lt"], "Rizika sumažėjo, kitoje informacijoje ji nebebus nurodoma",
               " (ankstesnėje informacijoje: {})", "{} Eur", "{},{} mln. Eur", " ", _month(MENESIAI, "{m} {d} d."),
               r"\1 proc."),
    "sg": _loc(LEADS["sg"], "This risk has reduced and will be removed from the next update",
               " (previous update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "ie": _loc(LEADS["ie"], "This risk has reduced and will be removed from the next update",
               " (previous update: {})", "€{}", "€{}.{}m", ",", _month(MONTHS, "{d} {m}")),
    "on": _loc(LEADS["on"], "This risk has decreased and will be removed from the next report",
               " (previous report: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{m} {d}")),
    "sco": _loc(LEADS["sco"], "Risk reduced – coming off the list next update", " (last update: {})", "£{}",
                "£{}.{}m", ",", _month(MONTHS, "{d} {m}")),
}  # fmt: skip


def _one_stop(text: str | None) -> str | None:
    """A figure printed with its own stop at the end of a sentence keeps one stop ("16.1.", not "16.1..")."""
    return text.replace("..", ".") if text else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang in ("fi", "lt"):
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_one_stop(x) for x in (it.text, it.body, it.mitigation))


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number as the publisher types it: "I." in Polish, "1." in
    Catalan."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading}" if lang == "pl" else f"{n + 1}. {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
