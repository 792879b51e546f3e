"""Changes to the generated content that the ``blind42_layouts`` publishers make before they print it.

The phrase banks (``blind42_layouts_banks_en``, ``blind42_layouts_banks_eu``, ``blind42_layouts_banks_min``) run
through the generator's churn model (``blind5_layouts_content.Partner``); what the model adds in British English —
figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and
the note that a risk will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the
shared ``localised_figures``):

- local Healthwatch organisations in England (Word with endnotes, saved as PDF): "£3,400", "£1.25m",
  "16 December", "(previous briefing: 5)", "How we are responding:";
- English internal drainage boards (an Outlook rich-text message): "£3,400", "£1.25m", "16 January",
  "(yesterday: 5)", "Action being taken:";
- New Zealand rural support trusts (a Squarespace blog post): "$3,400", "$1.25 million", "16 February",
  "(last update: 5)", "Our response:";
- forest districts of the Czech state forests (a letter saved as PDF): "3 400 Kč", "1,25 mil. Kč", "1 250",
  "12 %", "16. března", "(předchozí informace: 5)", "Opatření:";
- Polish volunteer fire brigades (Word with SmartArt): "3 400 zł", "1,25 mln zł", "1 250", "12%",
  "16 września", "(poprzednia informacja: 5)", "Środki zaradcze:";
- German Freifunk communities (a Wiki.js page): "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Juli",
  "(letzter Stand: 5)", "Maßnahme:";
- Sardinian barracelli companies, in Sardinian (Word from a template with hidden guidance): "3.400 èuros",
  "1,25 milliones de èuros", "1.250", "12%", "16 de austu", "(relata de prima: 5)", "Providèntzia:";
- reindeer herding districts in Finnmark, in Northern Sami (Outlook for Android): "3 400 kr",
  "1,25 miljovnna kr", "1 250", "12 %", "16. guovvamánu", "(ovddit dieđáhus: 5)", "Doaibmabijut:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
import unicodedata

from blind7_layouts_content import MONATE, MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "hw": "How we are responding:",
    "idb": "Action being taken:",
    "nz": "Our response:",
    "cs": "Opatření:",
    "pl": "Środki zaradcze:",
    "de": "Maßnahme:",
    "sc": "Providèntzia:",
    "sme": "Doaibmabijut:",
}
CS_MONTHS = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
             "listopadu", "prosince")  # fmt: skip
PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia")  # fmt: skip
SC_MONTHS = ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas", "trìulas", "austu", "cabudanni",
             "santugaine", "santandria", "nadale")  # fmt: skip
SME_MONTHS = ("ođđajagemánu", "guovvamánu", "njukčamánu", "cuoŋománu", "miessemánu", "geassemánu", "suoidnemánu",
              "borgemánu", "čakčamánu", "golggotmánu", "skábmamánu", "juovlamánu")  # fmt: skip


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
    "hw": _loc("hw", "This risk has reduced and will not appear in our next briefing", " (previous briefing: {})",
               "£{}", "£{}.{}m"),
    "idb": _loc("idb", "This risk has reduced and will be taken off tomorrow's update", " (yesterday: {})", "£{}",
                "£{}.{}m"),
    "nz": _loc("nz", "This risk has eased and will come off our next update", " (last update: {})", "${}",
               "${}.{} million"),
    "cs": _loc("cs", "Riziko se snížilo a v příští informaci již nebude uvedeno", " (předchozí informace: {})",
               "{} Kč", "{},{} mil. Kč", " ", _month(CS_MONTHS, "{d}. {m}"), r"\1 %"),
    "pl": _loc("pl", "Zagrożenie zmalało i nie będzie ujmowane w kolejnej informacji", " (poprzednia informacja: {})",
               "{} zł", "{},{} mln zł", " ", _month(PL_MONTHS, "{d} {m}")),
    "de": _loc("de", "Das Risiko ist gesunken und entfällt im nächsten Lagebericht", " (letzter Stand: {})", "{} €",
               "{},{} Mio. €", ".", _month(MONATE, "{d}. {m}"), r"\1 %"),
    "sc": _loc("sc", "S'arriscu est caladu e no at a èssere prus in sa relata imbeniente", " (relata de prima: {})",
               "{} èuros", "{},{} milliones de èuros", ".", _month(SC_MONTHS, "{d} de {m}")),
    "sme": _loc("sme", "Riskka lea njiedjan ja ii šat leat boahtte dieđáhusas", " (ovddit dieđáhus: {})", "{} kr",
                "{},{} miljovnna kr", " ", _month(SME_MONTHS, "{d}. {m}"), r"\1 %"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def ascii_slug(text: str) -> str:
    """A lower-case name in ASCII letters, as a web address or a file name on a server carries it."""
    plain = unicodedata.normalize(
        "NFKD", text.lower().replace("ł", "l").replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t")
    )
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", plain)).strip("-")
