"""Changes to the generated content that the ``blind43_layouts`` publishers make before they print it.

The phrase banks (``blind43_layouts_banks_en``, ``blind43_layouts_banks_eu``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Church of England dioceses (an A5 booklet imposed for the printer): "£3,400", "£1.25m", "16 November",
  "(last week: 5)", "What we are doing:";
- Scottish hospices (a Word report with its risk register turned sideways): "£3,400", "£1.25m", "16 January",
  "(last week: 5)", the register's "Controls" column;
- Australian surf life saving branches (a PowerPoint deck printed as its outline): "$3,400", "$1.25 million",
  "16 July", "(last briefing: 5)", "Treatment:";
- US community health centers (a Google Docs pageless PDF): "$3,400", "$1.25 million", "September 16",
  "(last report: 5)", "Mitigation:";
- Spanish irrigation communities (a Calc sheet saved as PDF): "3.400 €", "1,25 millones de €", "1.250", "12 %",
  "16 de junio", "(parte anterior: 5)", the sheet's "Medidas" column;
- East Frisian dyke associations, in Low German (Word on a layout table): "3.400 €", "1,25 Mio. €", "1.250",
  "12 %", "16. Januaar", "(leste Bericht: 5)", "Wat wi doon:";
- Asturian rural parishes, in Asturian (a Word situation board): "3.400 €", "1,25 millones d'euros", "1.250",
  "12 %", "16 d'abril", "(informe anterior: 5)", "Midida:";
- Slovenian beekeepers' societies, in Slovene (Word with margin headings in frames, saved as PDF): "3.400 €",
  "1,25 milijona €", "1.250", "12 %", "16. avgusta", "(prejšnje poročilo: 5)", "Ukrep:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "dio": "What we are doing:",
    "hos": "Controls:",
    "sls": "Treatment:",
    "us": "Mitigation:",
    "es": "Medida:",
    "nds": "Wat wi doon:",
    "ast": "Midida:",
    "sl": "Ukrep:",
}
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
NDS_MONTHS = ("Januaar", "Februaar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")  # fmt: skip
AST_MONTHS = ("xineru", "febreru", "marzu", "abril", "mayu", "xunu", "xunetu", "agostu", "setiembre", "ochobre",
              "payares", "avientu")  # fmt: skip
SL_MONTHS = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
             "oktobra", "novembra", "decembra")  # fmt: skip


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


def _ast_date(d: str, m: str) -> str:
    """Asturian elides "de" before a vowel: "16 d'abril", "16 de marzu"."""
    name = AST_MONTHS[MONTHS.index(m)]
    return f"{int(d)} d'{name}" if name[0] in "aeiou" else f"{int(d)} de {name}"


LOCALE = {
    "dio": _loc("dio", "This risk has reduced and will not appear in the next bulletin", " (last week: {})", "£{}",
                "£{}.{}m"),
    "hos": _loc("hos", "This risk has reduced and will be closed at the next review", " (last week: {})", "£{}",
                "£{}.{}m"),
    "sls": _loc("sls", "This risk has eased and will come off the next briefing", " (last briefing: {})", "${}",
                "${}.{} million"),
    "us": _loc("us", "This risk has decreased and will be removed from the next report", " (last report: {})",
               "${}", "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "es": _loc("es", "El riesgo ha disminuido y no figurará en el próximo parte", " (parte anterior: {})", "{} €",
               "{},{} millones de €", ".", _month(ES_MONTHS, "{d} de {m}"), r"\1 %"),
    "nds": _loc("nds", "De Gefahr is minner worrn un steiht in 'n nächsten Bericht nich mehr", " (leste Bericht: {})",
                "{} €", "{},{} Mio. €", ".", _month(NDS_MONTHS, "{d}. {m}"), r"\1 %"),
    "ast": _loc("ast", "El riesgu baxó y nun va apaecer nel informe siguiente", " (informe anterior: {})", "{} €",
                "{},{} millones d'euros", ".", _ast_date, r"\1 %"),
    "sl": _loc("sl", "Tveganje se je zmanjšalo in ga v naslednjem poročilu ne bo več", " (prejšnje poročilo: {})",
               "{} €", "{},{} milijona €", ".", _month(SL_MONTHS, "{d}. {m}"), r"\1 %"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
