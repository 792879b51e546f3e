"""Changes to the generated content that the ``blind70_layouts`` publishers make before they print it.

The phrase banks (``blind70_layouts_banks_rivers``, ``blind70_layouts_banks_islands``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the gaon panchayats of Assam (a Word 2007 document, in Assamese): rupees in the Indian grouping, in lakhs from a
  lakh up ("৮৪,০০০ টকা", "৪.৭৩ লাখ টকা"), "১,২৫০" and "১,২৫,০০০", every figure in Assamese digits, the Gregorian
  month in Assamese ("১৬ জুলাই"), "(আগৰ প্ৰতিবেদনত: ৫)", "গৃহীত ব্যৱস্থা:", each sentence closed by the dari "।";
- the municipal civil protection commissions of El Salvador (a Word document from an iPad): dollars with their cents
  ("$4,318.00", "$1.59 millones"), "1,250", "16 de octubre", "(reporte anterior: 5)", "Medidas tomadas:"; each
  section's name in capitals after its Roman number ("I. RESUMEN");
- the communes of Martinique (a two-column Word letter saved as PDF): euros with a no-break space for the thousands
  and before "€", "%" and the colon ("3 978 €", "1,46 million d'euros", "12 %"), "16 octobre",
  "(point précédent : 5)", "Mesures prises :";
- the communes of the upper Maroni in French Guiana (a TextEdit text): "3 978 €", "1,46 M€", "1 250", "12 %",
  "16 octobre", "(dernier point : 5)", "Actions en cours :"; each section's number and name in capitals
  ("1) SITUATION DU FLEUVE");
- the parish councils of Madeira (a form from the Câmara's platform, mPDF): "3.978,00 €", "1,46 M€", "1.250",
  "16 de fevereiro", "(relatório anterior: 5)", "Medidas adotadas:";
- the municipalities of East Belgium (a Contao page, in German): "3.978 €", "1,46 Mio. €", "1.250", "12 %",
  "16. April", "(letzter Bericht: 5)", "Ergriffene Maßnahmen:";
- the regional councils of the Northern Territory (a GovCMS page): Australian dollars ("$6,460", "$2.38 million"),
  "1,250", "16 January", "(previous update: 5)", "What we are doing:";
- the district disaster management committees of Grenada (an Outlook 2010 mail): "EC$11,730", "EC$4.31 million",
  "1,250", "16th July", "(last report: 5)", "Action taken:"; each section's name in capitals ("SITUATION").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["AS_MONTHS", "DE_MONTHS", "FR_MONTHS", "LEADS", "capitals", "each", "localise", "parts", "roman",
           "section_numbers"]  # fmt: skip

NB = "\u00a0"
LEADS = {
    "as": "গৃহীত ব্যৱস্থা:",
    "sv": "Medidas tomadas:",
    "mq": f"Mesures prises{NB}:",
    "gf": "Actions en cours :",
    "pt": "Medidas adotadas:",
    "be": "Ergriffene Maßnahmen:",
    "nt": "What we are doing:",
    "gd": "Action taken:",
}
AS_MONTHS = ("জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে’", "জুন", "জুলাই", "আগষ্ট", "ছেপ্তেম্বৰ", "অক্টোবৰ",
             "নৱেম্বৰ", "ডিচেম্বৰ")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
AS_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def indian(n: int) -> str:
    """A whole number in the Indian grouping ("1,25,000")."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def _rupees(pounds: int) -> str:
    r = pounds * 105
    return f"{r / 1e5:.2f} লাখ টকা" if r >= 100_000 else f"{indian(r)} টকা"


def _dollars_sv(pounds: int) -> str:
    d = pounds * 127 // 100
    return f"${d / 1e6:.2f} millones" if d >= 1_000_000 else f"${d:,}.00"


def _euros(pounds: int, thousands: str, million: str, cents: bool = False) -> str:
    e = pounds * 117 // 100
    if e >= 1_000_000:
        return million.format(f"{e / 1e6:.2f}".replace(".", ","))
    whole = f"{e:,}".replace(",", thousands)
    return f"{whole},00{NB}€" if cents else f"{whole}{NB if thousands == NB else ' '}€"


def _aud(pounds: int) -> str:
    a = pounds * 190 // 100
    return f"${a / 1e6:.2f} million" if a >= 1_000_000 else f"${a:,}"


def _ecd(pounds: int) -> str:
    e = pounds * 345 // 100
    return f"EC${e / 1e6:.2f} million" if e >= 1_000_000 else f"EC${e:,}"


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


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


def _named(names: tuple[str, ...], pattern: str = "{d} {m}"):
    return lambda d, m: pattern.format(d=int(d), m=names[MONTHS.index(m)])


LOCALES = {
    "as": _loc("as", "এই বিপদাশংকা কমিছে আৰু পৰৱৰ্তী প্ৰতিবেদনত ইয়াক উল্লেখ কৰা নহ'ব", " (আগৰ প্ৰতিবেদনত: {})", _rupees,
               _named(AS_MONTHS), ","),
    "sv": _loc("sv", "Este riesgo ha disminuido y ya no se incluirá en el próximo reporte", " (reporte anterior: {})",
               _dollars_sv, _named(ES_MONTHS, "{d} de {m}"), ","),
    "mq": _loc("mq", "Ce risque a diminué et ne figurera plus dans le prochain point", f" (point précédent{NB}: {{}})",
               lambda p: _euros(p, NB, f"{{}}{NB}million d'euros"), _named(FR_MONTHS), NB, rf"\1{NB}%"),
    "gf": _loc("gf", "Ce risque a baissé, il ne sera plus suivi dans le prochain point", " (dernier point : {})",
               lambda p: _euros(p, " ", "{} M€"), _named(FR_MONTHS), " ", r"\1 %"),
    "pt": _loc("pt", "Este risco diminuiu e deixará de constar do próximo relatório", " (relatório anterior: {})",
               lambda p: _euros(p, ".", f"{{}}{NB}M€", cents=True), _named(PT_MONTHS, "{d} de {m}"), "."),
    "be": _loc("be", "Dieses Risiko ist gesunken und wird im nächsten Bericht nicht mehr aufgeführt",
               " (letzter Bericht: {})", lambda p: _euros(p, ".", "{} Mio. €"), _named(DE_MONTHS, "{d}. {m}"), ".",
               r"\1 %"),
    "nt": _loc("nt", "This risk has eased and will be dropped from the next update", " (previous update: {})", _aud,
               lambda d, m: f"{int(d)} {m}", ","),
    "gd": _loc("gd", "This risk has reduced and will not be carried in the next report", " (last report: {})", _ecd,
               lambda d, m: f"{int(d)}{_ordinal(int(d))} {m}", ","),
}  # fmt: skip

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d.])")
_DARI = re.compile(r"\.(?=\s|$)")


def each(doc: Doc, change) -> None:
    """``change`` applied to every item's text, risk and mitigation."""
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    setattr(it, name, change(value))


def _assamese(text: str) -> str:
    text = _GROUPED.sub(lambda m: indian(int(m.group(0).replace(",", ""))), text)
    return _DARI.sub("।", text).translate(AS_DIGITS)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "as":
        each(doc, _assamese)
    each(doc, lambda text: text.replace("..", "."))


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its Roman number ("I. RESUMEN")."""
    localise(doc, lang)
    for n, s in zip(ROMAN, doc.sections, strict=False):
        s.heading = f"{n}. {s.heading.upper()}"


def section_numbers(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number and a parenthesis ("1) SITUATION")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}) {s.heading.upper()}"


def capitals(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("SITUATION OVERVIEW")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation; the
    Assamese risk ends with its dari before the lead."""
    return split_mitigation(item, LEADS[lang])
