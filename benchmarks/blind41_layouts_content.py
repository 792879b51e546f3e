"""Changes to the generated content that the ``blind41_layouts`` publishers make before they print it.

The phrase banks (``blind41_layouts_banks_en``, ``blind41_layouts_banks_eu``, ``blind41_layouts_banks_world``) run
through the generator's churn model (``blind5_layouts_content.Partner``); what the model adds in British English —
figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and
the note that a risk will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the
shared ``localised_figures``):

- German THW local chapters (a LibreOffice Impress deck's notes pages): "3.400 €", "1,25 Mio. €", "1.250", "12 %",
  "16. Oktober", "(letzter Lagevortrag: 5)", "Gegenmaßnahme:";
- Kurdish associations in north-east Syria, in Kurmanji (Word with charts): "3.400 dolar", "1,25 milyon dolar",
  "1.250", "16ê Tebaxê", "(rapora berê: 5)", "Tedbîr:";
- Corsican forest fire committees, in Corsican (an Etherpad): "3 400 €", "1,25 milioni d'euri", "1 250", "12 %",
  "16 di lugliu", "(puntu precedente: 5)", "Misura:";
- the town councils of the Val d'Aran, in Aranese Occitan (Nextcloud Text): "3.400 €", "1,25 milions d'èuros",
  "1.250", "12 %", "16 de junhsèga", "(informe anterior: 5)", "Mesura:";
- Puerto Rican mutual aid centres, in Spanish (Substack): "$3,400", "$1.25 millones", "1,250", "12%",
  "16 de septiembre", "(informe anterior: 5)", "Lo que estamos haciendo:";
- Malawian open mapping communities (Medium): "US$3,400", "US$1.25 million", "16 March", "(last update: 5)",
  "How we're handling it:";
- Scottish community councils (a ChatGPT draft pasted into Word): "£3,400", "£1.25 million", "16 November",
  "(last update: 5)", "What we're doing:";
- Portuguese local health units (a SharePoint page printed from Edge): "3 400 €", "1,25 milhões de euros", "1 250",
  "12 %", "16 de maio", "(ponto de situação anterior: 5)", "Medidas em curso:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "de": "Gegenmaßnahme:",
    "ku": "Tedbîr:",
    "co": "Misura:",
    "oc": "Mesura:",
    "pr": "Lo que estamos haciendo:",
    "mw": "How we're handling it:",
    "sco": "What we're doing:",
    "pt": "Medidas em curso:",
}
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
KU_MONTHS = ("Çileyê", "Sibatê", "Adarê", "Nîsanê", "Gulanê", "Hezîranê", "Tîrmehê", "Tebaxê", "Îlonê", "Cotmehê",
             "Mijdarê", "Kanûnê")  # fmt: skip
CO_MONTHS = ("ghjennaghju", "ferraghju", "marzu", "aprile", "maghju", "ghjugnu", "lugliu", "aostu", "sittembre",
             "uttrovi", "nuvembre", "dicembre")  # fmt: skip
OC_MONTHS = ("gèr", "hereuèr", "març", "abriu", "mai", "junh", "junhsèga", "agost", "seteme", "octubre", "noveme",
             "deseme")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip


def _loc(lang: str, closing: str, was: str, cur: str, big: str, thousands: str = ",", date=None,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: big.format(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date or (lambda d, m: f"{int(d)} {m}"),
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


LOCALE = {
    "de": _loc("de", "Das Risiko ist gesunken und entfällt im nächsten Lagevortrag", " (letzter Lagevortrag: {})",
               "{} €", "{},{} Mio. €", ".", _month(DE_MONTHS, "{d}. {m}"), r"\1 %"),
    "ku": _loc("ku", "Ev metirsî kêm bûye û dê ji rapora bê were rakirin", " (rapora berê: {})", "{} dolar",
               "{},{} milyon dolar", ".", _month(KU_MONTHS, "{d}ê {m}")),
    "co": _loc("co", "U risicu hè calatu è ùn figurerà più in u prossimu puntu", " (puntu precedente: {})", "{} €",
               "{},{} milioni d'euri", " ", _month(CO_MONTHS, "{d} di {m}"), r"\1 %"),
    "oc": _loc("oc", "Eth risc a baishat e non apareisherà en informe seguent", " (informe anterior: {})", "{} €",
               "{},{} milions d'èuros", ".", _month(OC_MONTHS, "{d} de {m}"), r"\1 %"),
    "pr": _loc("pr", "Este riesgo ha bajado y no aparecerá en el próximo informe", " (informe anterior: {})", "${}",
               "${}.{} millones", ",", _month(ES_MONTHS, "{d} de {m}")),
    "mw": _loc("mw", "This risk has eased and will be dropped from the next update", " (last update: {})", "US${}",
               "US${}.{} million"),
    "sco": _loc("sco", "This risk has eased and will come off the next update", " (last update: {})", "£{}",
                "£{}.{} million"),
    "pt": _loc("pt", "O risco diminuiu e será retirado do próximo ponto de situação",
               " (ponto de situação anterior: {})", "{} €", "{},{} milhões de euros", " ",
               _month(PT_MONTHS, "{d} de {m}"), r"\1 %"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("thw-ortsverband-kappeln")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


def ascii_slug(text: str) -> str:
    """:func:`slug` in ASCII letters alone, as a web address or a file name on a server carries it."""
    table = str.maketrans("àáâãäçèéêëìíîïòóôõöùúûüñşß", "aaaaaceeeeiiiiooooouuuunss")
    return re.sub(r"[^a-z0-9-]", "", slug(text).translate(table))
