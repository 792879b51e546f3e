"""Changes to the generated content that the ``blind45_layouts`` publishers make before they print it.

The phrase banks (``blind45_layouts_banks_new``, ``blind45_layouts_banks_other``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Irish port companies (a risk register drawn with rules): "€3,400", "€1.25m", "16 March", "(last report: 5)",
  "Mitigation:" (the register's own column; the lead is not printed);
- Friulian mountain communities, in Friulian (a two-column newsletter): "3.400 €", "1,25 milions di €", "1.250",
  "12%", "16 di novembar", "(bolletin precedent: 5)", "Misuris:";
- Kashubian communes, in Kashubian (Word sections in a table, saved as PDF): "3 400 zł", "1,25 mln zł", "1 250",
  "12%", "16 lëpinca", "(pòprzédny rapòrt: 5)", "Dzejania:";
- Fijian provincial offices, in Fijian (a form): "$3,400", "$1.25 milioni", "1,250", "12%", "16 ni Janueri",
  "(ripote sa oti: 5)", "Na cava e caka tiko:";
- German municipal utilities, in German (a Confluence page exported to Word): "3.400 €", "1,25 Mio. €", "1.250",
  "12 %", "16. Februar", "(letzter Bericht: 5)", "Gegenmaßnahme:";
- northern Canadian hamlets (an Evernote note exported as HTML): "$3,400", "$1.25 million", "May 16",
  "(last update: 5)", "Action taken:";
- English county highway authorities (an A3 placemat): "£3,400", "£1.25m", "16 January", "(last report: 5)",
  "Action:";
- American county emergency management (a Basecamp message's notification): "$3,400", "$1.25 million", "April 16",
  "(previous update: 5)", "Mitigation steps:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONATE, MONTHS
from blind17_layouts_content import count, group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["count", "group", "level", "localise", "parts"]

LEADS = {
    "ie": "Mitigation:",
    "fur": "Misuris:",
    "csb": "Dzejania:",
    "fj": "Na cava e caka tiko:",
    "de": "Gegenmaßnahme:",
    "ca": "Action taken:",
    "gb": "Action:",
    "us": "Mitigation steps:",
}
FUR_MONTHS = ("zenâr", "fevrâr", "març", "avrîl", "mai", "jugn", "lui", "avost", "setembar", "otubar", "novembar",
              "dicembar")  # fmt: skip
CSB_MONTHS = ("stëcznika", "gromicznika", "strumiannika", "łżëkwiata", "maja", "czerwińca", "lëpinca", "zélnika",
              "séwnika", "rujana", "smùtnika", "gòdnika")  # fmt: skip
FJ_MONTHS = ("Janueri", "Feperueri", "Maji", "Epereli", "Me", "June", "Julai", "Okosita", "Seviteba", "Okotova",
             "Noveba", "Tiseba")  # fmt: skip


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


def _us(d: str, m: str) -> str:
    return f"{m} {int(d)}"


LOCALE = {
    "ie": _loc("ie", "This risk has reduced and will come off the register in the next report",
               " (last report: {})", "€{}", "€{}.{}m"),
    "fur": _loc("fur", "Il pericul al è calât e nol sarà plui tal prossim bolletin", " (bolletin precedent: {})",
                "{} €", "{},{} milions di €", ".", _month(FUR_MONTHS, "{d} di {m}")),
    "csb": _loc("csb", "Zagrożenié zmniészëło sã i w pòstãpnym rapòrce ju gò nie bãdze", " (pòprzédny rapòrt: {})",
                "{} zł", "{},{} mln zł", " ", _month(CSB_MONTHS, "{d} {m}")),
    "fj": _loc("fj", "Sa lailai na leqa oqo ka na sega ni volai tale ena ripote tarava", " (ripote sa oti: {})",
               "${}", "${}.{} milioni", ",", _month(FJ_MONTHS, "{d} ni {m}")),
    "de": _loc("de", "Das Risiko ist gesunken und entfällt im nächsten Bericht", " (letzter Bericht: {})", "{} €",
               "{},{} Mio. €", ".", _month(MONATE, "{d}. {m}"), r"\1 %"),
    "ca": _loc("ca", "This risk has eased and will be dropped from the next update", " (last update: {})", "${}",
               "${}.{} million", ",", _us),
    "gb": _loc("gb", "This risk has reduced and will come off the next placemat", " (last report: {})", "£{}",
               "£{}.{}m"),
    "us": _loc("us", "This risk has been resolved and will be removed from the next update", " (previous update: {})",
               "${}", "${}.{} million", ",", _us),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def level(item: Item, levels: tuple[str, ...]) -> int:
    """How far a risk has escalated (0 … 3), read from its own language's escalation words."""
    return max((i for i, word in enumerate(levels) if f" {word}" in item.body), default=0)
