"""Changes to the generated content that the ``blind18_layouts`` publishers make before they print it.

The phrase banks (``blind18_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — each publisher writes in its own conventions (:func:`localise`): a Hungarian county
disaster management directorate "1 250" with a no-break space, "12%", "642 millió Ft" (the amounts in millions of
forints), "1,73 milliárd Ft", "február 27.", "(előző jelentés: 5)" and "Intézkedés:"; a Greek region "1.250",
"12%", "3.400 €", "1,25 εκατ. €", "16 Ιουλίου", "(προηγούμενη ενημέρωση: 5)" and "Μέτρα:"; a Galician town council
"1.250", "12 %", "3.400 €", "1,25 millóns de euros", "16 de xaneiro", "(informe anterior: 5)" and "Medidas:"; a
Romanian prefecture "1.250", "12%", "3.400 lei", "1,25 milioane lei", "16 ianuarie", "(raportul anterior: 5)" and
"Măsuri:"; a Ukrainian city council "1 250" with a plain space, "12%", "3 400 грн", "1,25 млн грн", "16 січня",
"(попереднє зведення: 5)" and "Що робимо:"; a Croatian county civil protection staff "1.250", "12 %", "3.400 eura",
"1,25 milijuna eura", "16. siječnja", "(prethodno izvješće: 5)" and "Mjere:"; a US county health department
"$3,400", "$1.25 million", "January 16", "(up from 5 last week)" and no lead (the mitigation a definition under its
risk); a university IT service "£3,400", "£1.25m", "16 January", "(was 5 at the last update)" and no lead (the
mitigation inside a folded ``<details>`` under its risk). The printed text changes and so does the gold; the
threads do not.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from blind5_layouts_content import Partner
from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

from sitroom.generate import GeneratedReport
from sitroom.generate.content import SeriesModel, Style
from sitroom.generate.profiles import Profile
from sitroom.generate.writers import Layout as PlainLayout

NBSP = "\u00a0"
HONAPOK = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december")  # fmt: skip
MINES_GEN = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # fmt: skip
MESES_GL = ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro",
            "novembro", "decembro")  # fmt: skip
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie")  # fmt: skip
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня")  # fmt: skip
MJESECI = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca")  # fmt: skip
NAPOK = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
DNI = ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя")
DANI = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja")
DIAS_GL = ("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo")

LEADS = {
    "hu": "Intézkedés:",
    "el": "Μέτρα:",
    "gl": "Medidas:",
    "ro": "Măsuri:",
    "uk": "Що робимо:",
    "hr": "Mjere:",
    "us": "",  # no lead: the mitigation is the <dd> under its risk's <dt>
    "it": "",  # no lead: the mitigation is folded in a <details> under its risk
}


def _huf(amount: str) -> str:
    """ "642,000" pounds printed as millions of forints, "642 millió Ft"; "3,400" as "3,4 millió Ft"."""
    value = int(amount.replace(",", "")) / 1000
    return f"{value:g}".replace(".", ",") + " millió Ft"


def _loc(lang: str, closing: str, was: Callable, cur: Callable, big: Callable, date_fmt: Callable,
         thousands: str = ",", pct: str = r"\1%") -> dict:  # fmt: skip
    lead = LEADS[lang]
    return {
        "lead": f". {lead} " if lead else ". ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }


def _month(names: tuple[str, ...]) -> Callable[[str], str]:
    return lambda m: names[MONTHS.index(m)]


LOCALE = {
    "hu": _loc("hu", "A kockázat csökkent, a következő jelentésben már nem szerepel",
               lambda up, old: f" (előző jelentés: {old})", _huf, lambda a, b: f"{a},{b} milliárd Ft",
               lambda d, m: f"{_month(HONAPOK)(m)} {d}.", thousands=NBSP),
    "el": _loc("el", "Ο κίνδυνος έχει μειωθεί και δεν θα περιλαμβάνεται στην επόμενη ενημέρωση",
               lambda up, old: f" (προηγούμενη ενημέρωση: {old})", lambda a: f"{a} €",
               lambda a, b: f"{a},{b} εκατ. €", lambda d, m: f"{d} {_month(MINES_GEN)(m)}", thousands="."),
    "gl": _loc("gl", "Este risco reduciuse e non figurará no próximo informe",
               lambda up, old: f" (informe anterior: {old})", lambda a: f"{a} €",
               lambda a, b: f"{a},{b} millóns de euros", lambda d, m: f"{d} de {_month(MESES_GL)(m)}",
               thousands=".", pct=r"\1 %"),
    "ro": _loc("ro", "Riscul s-a diminuat și nu va mai fi inclus în informarea următoare",
               lambda up, old: f" (raportul anterior: {old})", lambda a: f"{a} lei",
               lambda a, b: f"{a},{b} milioane lei", lambda d, m: f"{d} {_month(LUNI)(m)}", thousands="."),
    "uk": _loc("uk", "Ризик зменшився, у наступному зведенні його не буде",
               lambda up, old: f" (попереднє зведення: {old})", lambda a: f"{a} грн",
               lambda a, b: f"{a},{b} млн грн", lambda d, m: f"{d} {_month(MISIATSI)(m)}", thousands=" "),
    "hr": _loc("hr", "Rizik se smanjio i neće biti naveden u sljedećem izvješću",
               lambda up, old: f" (prethodno izvješće: {old})", lambda a: f"{a} eura",
               lambda a, b: f"{a},{b} milijuna eura", lambda d, m: f"{d}. {_month(MJESECI)(m)}",
               thousands=".", pct=r"\1 %"),
    "us": _loc("us", "This risk has decreased and will be removed from the next report",
               lambda up, old: f" ({'up' if up else 'down'} from {old} last week)", lambda a: f"${a}",
               lambda a, b: f"${a}.{b} million", lambda d, m: f"{m} {d}"),
    "it": _loc("it", "This risk has reduced and will be closed at the next update",
               lambda up, old: f" (was {old} at the last update)", lambda a: f"£{a}",
               lambda a, b: f"£{a}.{b}m", lambda d, m: f"{d} {m}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


@dataclass(frozen=True, slots=True)
class Romanised(Partner):
    """A partner whose names are in another script (Greek, Cyrillic): its series are told apart by the names in
    Latin letters (``latin``, one per organisation, then the service), since a series id is made of Latin letters
    and a name with none would give every organisation the same id, and so the same content."""

    latin: tuple[str, ...] = ()

    def _reports(self, org: str, reports: int, seed: int) -> Iterator[GeneratedReport]:
        series_id = f"{self.latin[self.organisations.index(org)]}/{self.latin[-1]}"
        rng = random.Random(f"{seed}:{series_id}")
        style = Style(punct=self.punct, mitigation=self.mitigation, cadence_days=self.cadence_days)
        model = SeriesModel(series_id, "emergency", self.banks, self.sizes, style, rng, self.start)
        model.vocab = self.vocab
        profile = Profile(self.kind, self.service, "partner", {}, self.sizes, "", style, PlainLayout())
        for _ in range(reports):
            yield GeneratedReport(series_id, org, self.service, profile, model.next_report())
