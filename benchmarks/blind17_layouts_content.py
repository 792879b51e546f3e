"""Changes to the generated content that the ``blind17_layouts`` publishers make before they print it.

The phrase banks (``blind17_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — each publisher writes in its own conventions (:func:`localise`): an Italian regional
health directorate "1.250", "12%", "3.400 euro", "1,25 milioni di euro", "18 dicembre", "(settimana precedente:
5)" and "Azioni di contenimento:"; a Norwegian county governor in Nynorsk "1 250" with a no-break space, "12 %",
"3 400 kroner", "1,25 mill. kroner", "18. desember", "(førre rapport: 5)" and "Avbøtande tiltak:"; a Dutch water
board "1.250", "12%", "€ 3.400", "€ 1,25 miljoen", "18 december", "(vorig situatierapport: 5)" and "Aanpak:"; a
Catalan town council "1.250", "12 %", "3.400 €", "1,25 milions d'euros", "18 de desembre" / "3 d'abril",
"(setmana anterior: 5)" and "Actuacions en curs:"; an NHS trust "(previous update: 5)" and no lead at all (the
mitigation a sentence of its own after the risk); a district council "(was 5 at the last update)" and
"Safeguards:"; a train operator "(5 at our last update)" and "Our plan:"; a US school district "$3,400", "$1.25
million", "December 18", "(up from 5 yesterday)" and an arrow "→" for a lead. The printed text changes and so
does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MAANDEN, MONTHS
from blind12_layouts_content import MESI
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

NBSP = "\u00a0"
MANADER_NN = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "desember")  # fmt: skip
MESOS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
         "desembre")  # fmt: skip
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
DAGAR_NN = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag")
DAGEN_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DIES = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge")

LEADS = {
    "it": "Azioni di contenimento:",
    "nn": "Avbøtande tiltak:",
    "nl": "Aanpak:",
    "nhs": "",  # no lead: the mitigation is the risk's next sentence, set in italics on a line of its own
    "council": "Safeguards:",
    "ca": "Actuacions en curs:",
    "rail": "Our plan:",
    "us": "→",
}


def ca_month(month: int) -> str:
    """ "de desembre", "d'abril": the Catalan month after its day, elided before a vowel."""
    name = MESOS[month - 1]
    return f"d'{name}" if name[0] in "aeiou" else f"de {name}"


def _loc(lang: str, closing: str, was: Callable, cur: str, big: Callable, date_fmt: Callable,
         thousands: str = ",", pct: str = r"\1%") -> dict:  # fmt: skip
    lead = LEADS[lang]
    return {
        "lead": f". {lead} " if lead else ". ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }


DM = lambda d, m: f"{d} {m}"  # noqa: E731
GBP = lambda a, b: f"£{a}.{b}m"  # noqa: E731

LOCALE = {
    "it": _loc("it", "La criticità è in diminuzione e non sarà più riportata nel prossimo bollettino",
               lambda up, old: f" (settimana precedente: {old})", "{} euro",
               lambda a, b: f"{a},{b} milioni di euro", lambda d, m: f"{d} {MESI[MONTHS.index(m)]}",
               thousands="."),
    "nn": _loc("nn", "Risikoen er redusert og vert ikkje med i neste rapport",
               lambda up, old: f" (førre rapport: {old})", "{} kroner", lambda a, b: f"{a},{b} mill. kroner",
               lambda d, m: f"{d}. {MANADER_NN[MONTHS.index(m)]}", thousands=NBSP, pct=r"\1 %"),
    "nl": _loc("nl", "Dit risico is afgenomen en vervalt in het volgende situatierapport",
               lambda up, old: f" (vorig situatierapport: {old})", "€ {}", lambda a, b: f"€ {a},{b} miljoen",
               lambda d, m: f"{d} {MAANDEN[MONTHS.index(m)]}", thousands="."),
    "nhs": _loc("nhs", "This risk has reduced and will be closed at the next update",
                lambda up, old: f" (previous update: {old})", "£{}", GBP, DM),
    "council": _loc("council", "This risk has gone down and we will stop reporting it from the next update",
                    lambda up, old: f" (was {old} at the last update)", "£{}", GBP, DM),
    "ca": _loc("ca", "Aquest risc s'ha reduït i no figurarà al proper informe",
               lambda up, old: f" (setmana anterior: {old})", "{} €", lambda a, b: f"{a},{b} milions d'euros",
               lambda d, m: f"{d} {ca_month(MONTHS.index(m) + 1)}", thousands=".", pct=r"\1 %"),
    "rail": _loc("rail", "This is now less likely and will not appear in our next update",
                 lambda up, old: f" ({old} at our last update)", "£{}", GBP, DM),
    "us": _loc("us", "This is less of a concern now and will be dropped from the next update",
               lambda up, old: f" ({'up' if up else 'down'} from {old} yesterday)", "${}",
               lambda a, b: f"${a}.{b} million", lambda d, m: f"{m} {d}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def split_mitigation(item: Item, lead: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of a risk item, or (text, "", "") for any other item."""
    if lead and f" {lead} " in item.text:
        before, after = item.text.split(f" {lead} ", 1)
        return before, lead, after
    if not lead and item.mitigation and item.text.endswith(item.mitigation):
        return item.text[: -len(item.mitigation)].rstrip(), "", item.mitigation
    return item.text, "", ""


_NUMBER = re.compile(r"\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+")


def count(doc: Doc, words: tuple[str, ...], default: int) -> int:
    """The first whole number in the first item that holds one of ``words`` (in any of this set's thousands
    marks), else ``default``: the figure a publisher repeats in a table or a chart."""
    for section in doc.sections:
        for item in section.items:
            if any(w.lower() in item.text.lower() for w in words) and (m := _NUMBER.search(item.text)):
                return int(re.sub(r"\D", "", m.group()))
    return default


def group(n: int, mark: str) -> str:
    """``n`` with its thousands marked by ``mark`` ("1.250", "1 250")."""
    return f"{n:,}".replace(",", mark)
