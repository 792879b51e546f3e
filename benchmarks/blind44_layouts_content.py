"""Changes to the generated content that the ``blind44_layouts`` publishers make before they print it.

The phrase banks (``blind44_layouts_banks_new``, ``blind44_layouts_banks_other``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Sorbian municipalities, in Upper Sorbian (a reply from K-9 Mail): "3.400 €", "1,25 mio. €", "1.250", "12 %",
  "16. awgusta", "(poslednja rozprawa: 5)", "Naprawy:";
- Asturian councils, in Asturian (Word, typed headings): "3.400 €", "1,25 millones d'euros", "1.250", "12 %",
  "16 de payares", "(informe anterior: 5)", "Midíes:";
- Hawaiian homestead associations, in Hawaiian (a Weebly blog post): "$3,400", "$1.25 miliona", "1,250", "12%",
  "16 o Ianuali", "(hōʻike mua: 5)", "Nā hana pale:";
- Scottish island trusts (Google Docs downloaded as plain text): "£3,400", "£1.25m", "16 January",
  "(last update: 5)", "What we're doing:";
- American water authorities (a Zendesk notification): "$3,400", "$1.25 million", "February 16",
  "(previous update: 5)", "Mitigation plan:";
- Tuscan Misericordie, in Italian (an Outline wiki's Markdown export): "3.400 €", "1,25 milioni di €", "1.250",
  "12%", "16 novembre", "(aggiornamento precedente: 5)", "Misure adottate:";
- French agglomeration communities, in French (an XWiki page saved from the browser): "3 400 €", "1,25 M€", "1 250"
  (a narrow no-break space), "12 %", "16 juillet", "(point précédent : 5)", "Mesures :" (a no-break space before
  the colon);
- Danish municipalities, in Danish (an Outlook forward through a mail gateway): "3.400 kr", "1,25 mio. kr",
  "1.250", "12 %", "16. december", "(sidste opdatering: 5)", "Tiltag:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
import unicodedata

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

NB, NNB = "\u00a0", "\u202f"
LEADS = {
    "hsb": "Naprawy:",
    "ast": "Midíes:",
    "haw": "Nā hana pale:",
    "gb": "What we're doing:",
    "us": "Mitigation plan:",
    "it": "Misure adottate:",
    "fr": f"Mesures{NB}:",
    "da": "Tiltag:",
}
HSB_MONTHS = ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta", "septembra",
              "oktobra", "nowembra", "decembra")  # fmt: skip
AST_MONTHS = ("xineru", "febreru", "marzu", "abril", "mayu", "xunu", "xunetu", "agostu", "setiembre", "ochobre",
              "payares", "avientu")  # fmt: skip
HAW_MONTHS = ("Ianuali", "Pepeluali", "Malaki", "ʻApelila", "Mei", "Iune", "Iulai", "ʻAukake", "Kepakemapa",
              "ʻOkakopa", "Nowemapa", "Kekemapa")  # fmt: skip
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre")  # fmt: skip
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
DA_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december")  # fmt: skip


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
    "hsb": _loc("hsb", "Strach je so pomjeńšił a w přichodnej rozprawje hižo njebudźe", " (poslednja rozprawa: {})",
                "{} €", "{},{} mio. €", ".", _month(HSB_MONTHS, "{d}. {m}"), r"\1 %"),
    "ast": _loc("ast", "El riesgu baxó y yá nun va apaecer nel próximu informe", " (informe anterior: {})", "{} €",
                "{},{} millones d'euros", ".", _month(AST_MONTHS, "{d} de {m}"), r"\1 %"),
    "haw": _loc("haw", "Ua emi kēia pilikia a ʻaʻole e hōʻike hou ʻia ma ka hōʻike aʻe", " (hōʻike mua: {})", "${}",
                "${}.{} miliona", ",", _month(HAW_MONTHS, "{d} o {m}")),
    "gb": _loc("gb", "This risk has eased and will come off the next update", " (last update: {})", "£{}", "£{}.{}m"),
    "us": _loc("us", "This risk has been resolved and will be removed from the next update", " (previous update: {})",
               "${}", "${}.{} million", ",", lambda d, m: f"{m} {int(d)}"),
    "it": _loc("it", "Il rischio è diminuito e non comparirà nel prossimo aggiornamento",
               " (aggiornamento precedente: {})", "{} €", "{},{} milioni di €", ".", _month(IT_MONTHS, "{d} {m}")),
    "fr": _loc("fr", "Ce risque a diminué et ne figurera plus dans le prochain point", f" (point précédent{NB}: {{}})",
               f"{{}}{NB}€", f"{{}},{{}}{NB}M€", NNB, _month(FR_MONTHS, "{d} {m}"), rf"\1{NB}%"),
    "da": _loc("da", "Risikoen er faldet og udgår af næste opdatering", " (sidste opdatering: {})", "{} kr",
               "{},{} mio. kr", ".", _month(DA_MONTHS, "{d}. {m}"), r"\1 %"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def ascii_slug(text: str) -> str:
    """A lower-case name in ASCII letters, as a web address or a file name on a server carries it."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("ł", "l").replace("ʻ", "").replace("ø", "o"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("æ", "ae").replace("å", "a")
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", plain)).strip("-")
