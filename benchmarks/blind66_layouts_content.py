"""Changes to the generated content that the ``blind66_layouts`` publishers make before they print it.

The phrase banks (``blind66_layouts_banks_africa``, ``blind66_layouts_banks_oceans``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the village committees of Kabylie (a Word 2021 letter): dinars with spaces ("4 680 000 DA"), "1 250", "16 Ɣuct",
  "(aneqqis yezrin: 5)", "Ayen yettwaxedmen:";
- the district disaster committees of Saint Lucia (a bulletin printed through PrimoPDF): Eastern Caribbean dollars
  ("EC$11,560", "EC$4.25 milyon"), "1,250", "16 Novanm", "(dènyé wapò: 5)", "Sa nou ja fè:";
- the village mayors' offices of Guam (a form printed through PDF-XChange): dollars ("$4,318", "$1.59 million"),
  "1,250", "16 Oktubre", "(ripot ni ma'pos: 5)", the mitigations in the form's columns; each section's number before
  its name ("1. Mas impottånte");
- the municipal disaster reduction coordinators of Guatemala (a Webnode site): quetzales with their cents
  ("Q 33,320.00", "Q 12.25 millones"), "1,250", "16 de junio", "(informe anterior: 5)", "Acciones realizadas:"; each
  section's Roman numeral before its name ("I. Resumen del evento");
- the regional drought committees of Djibouti (an Odoo site): Djibouti francs with spaces ("765 000 FDJ",
  "281,3 millions FDJ"), "1 250", "12 %", "16 juin", "(rapport précédent : 5)", "Mesures prises :" (with the
  no-break space French sets before a colon);
- the ward development committees of the Gambia (a mail from eM Client): dalasi ("D289,000", "D106.25 million"),
  "1,250", "16 Ut", "(rapoor bi weesu: 5)", "Li ñu def:"; each section's number and a parenthesis before its name
  ("1) Li gën a am solo");
- the arrondissements' crisis committees of Bangui (a mail from BlueMail): CFA francs with spaces ("2 584 000 FCFA"),
  "1 250", "16 Mvuka", "(rapôro so ahö: 5)", "Ye so e sâra awe:"; each section's name in capitals ("ÂKOTA TËNË");
- the atoll disaster committees of the Marshall Islands (a WordPad text file): dollars ("$4,318", "$1.59 million"),
  "1,250", "January 16", "(last report: 5)", "Action taken:"; each section's name in capitals ("SUMMARY").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["CH_MONTHS", "ES_MESES", "FR_MOIS", "KAB_MONTHS", "KW_MONTHS", "LEADS", "SG_MONTHS", "WO_MONTHS",
           "localise", "numbered", "paren", "parts", "roman", "upper"]  # fmt: skip

NBSP = "\u00a0"
LEADS = {
    "dz": "Ayen yettwaxedmen:",
    "lc": "Sa nou ja fè:",
    "gu": "Mitigation:",
    "gt": "Acciones realizadas:",
    "dj": f"Mesures prises{NBSP}:",
    "gm": "Li ñu def:",
    "cf": "Ye so e sâra awe:",
    "mh": "Action taken:",
}
KAB_MONTHS = ("Yennayer", "Fuṛar", "Meɣres", "Yebrir", "Mayyu", "Yunyu", "Yulyu", "Ɣuct", "Ctembeṛ", "Tubeṛ", "Wambeṛ",
              "Dujembeṛ")  # fmt: skip
KW_MONTHS = ("Janvyé", "Févriyé", "Mas", "Avwil", "Mé", "Jwen", "Jwiyé", "Out", "Sèptanm", "Oktòb", "Novanm",
             "Désanm")  # fmt: skip
CH_MONTHS = ("Ineru", "Fibreru", "Måtso", "Abrit", "Måyu", "Huñu", "Hulio", "Agosto", "Septembre", "Oktubre",
             "Nubembre", "Disembre")  # fmt: skip
ES_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre")  # fmt: skip
FR_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")  # fmt: skip
WO_MONTHS = ("Sanwiye", "Fewriye", "Mars", "Awril", "Me", "Suwe", "Sulet", "Ut", "Sàttumbar", "Oktoobar", "Nowàmbar",
             "Desàmbar")  # fmt: skip
SG_MONTHS = ("Nyenye", "Fulundïgï", "Mbängü", "Ngubùe", "Bêläwü", "Föndo", "Lengua", "Kükürü", "Mvuka", "Ngberere",
             "Nabändüru", "Kakauka")  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _dinars(pounds: int) -> str:
    return f"{_spaced(pounds * 170)} DA"


def _ec(pounds: int) -> str:
    e = pounds * 34 // 10
    return f"EC${e / 1e6:.2f} milyon" if e >= 1_000_000 else f"EC${e:,}"


def _usd(pounds: int) -> str:
    d = pounds * 127 // 100
    return f"${d / 1e6:.2f} million" if d >= 1_000_000 else f"${d:,}"


def _quetzales(pounds: int) -> str:
    q = pounds * 98 // 10
    return f"Q {q / 1e6:.2f} millones" if q >= 1_000_000 else f"Q {q:,}.00"


def _fdj(pounds: int) -> str:
    f = pounds * 225
    return f"{f / 1e6:.1f} millions FDJ".replace(".", ",") if f >= 10_000_000 else f"{_spaced(f)} FDJ"


def _dalasi(pounds: int) -> str:
    d = pounds * 85
    return f"D{d / 1e6:.2f} million" if d >= 1_000_000 else f"D{d:,}"


def _fcfa(pounds: int) -> str:
    return f"{_spaced(pounds * 760)} FCFA"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lang: str, closing: str, was: str, money, day, thousands: str, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": percent,
        "date": day,
    }


LOCALES = {
    "dz": _loc("dz", "Ugur-agi yenqes, ur d-yettili ara deg uneqqis i d-iteddun", " (aneqqis yezrin: {})", _dinars,
               _month(KAB_MONTHS, "{d} {m}"), " "),
    "lc": _loc("lc", "Danjé sa-a ba, nou pa kay mèt li an pwochen wapò-a", " (dènyé wapò: {})", _ec,
               _month(KW_MONTHS, "{d} {m}"), ","),
    "gu": _loc("gu", "Este na peligro tumunok ya ti u fanhålom gi sigiente na ripot", " (ripot ni ma'pos: {})", _usd,
               _month(CH_MONTHS, "{d} {m}"), ","),
    "gt": _loc("gt", "Este riesgo disminuyó y ya no se incluirá en el próximo informe", " (informe anterior: {})",
               _quetzales, _month(ES_MESES, "{d} de {m}"), ","),
    "dj": _loc("dj", "Ce risque a diminué et ne figurera plus dans le prochain rapport",
               f" (rapport précédent{NBSP}: {{}})", _fdj, _month(FR_MOIS, "{d} {m}"), " ", f"\\1{NBSP}%"),
    "gm": _loc("gm", "Musiba bii wàññeeku na, dootunu ko bind ci rapoor bi ci topp", " (rapoor bi weesu: {})",
               _dalasi, _month(WO_MONTHS, "{d} {m}"), ","),
    "cf": _loc("cf", "Sioni ye sô agbu tere na gbe, fadë a yeke dä pëpe na yâ ti rapôro so ayeke ga",
               " (rapôro so ahö: {})", _fcfa, _month(SG_MONTHS, "{d} {m}"), " "),
    "mh": _loc("mh", "This concern has eased and will not be carried in the next report", " (last report: {})", _usd,
               _month(MONTHS, "{m} {d}"), ","),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Mas impottånte")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Roman numeral ("I. Resumen del evento")."""
    localise(doc, lang)
    for n, s in zip(ROMAN, doc.sections, strict=False):
        s.heading = f"{n}. {s.heading}"


def paren(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number and a parenthesis ("1) Li gën a am solo")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}) {s.heading}"


def upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("ÂKOTA TËNË")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
