"""Changes to the generated content that the ``blind60_layouts`` publishers make before they print it.

The phrase banks (``blind60_layouts_banks_away``, ``blind60_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Mauritian municipal councils, in Kreol Morisien (a MailPoet newsletter): a pound as fifty-eight rupees
  ("Rs 19.7 milyon", "Rs 580,000"), "1,250", "16 Avril", "(dernie kominike: 5)", "Aksion pran:";
- Kerala's district emergency operations centres, in Malayalam (a Word proforma): a pound as a hundred and ten
  rupees in lakhs or crores ("₹3.74 കോടി", "₹12.10 ലക്ഷം"), "1,250", "ജൂലൈ 16", "(മുൻ റിപ്പോർട്ട്: 5)",
  "സ്വീകരിച്ച നടപടി:";
- North Macedonia's regional crisis management centres, in Macedonian (a Word letter printed to PDF): a pound as
  seventy-two denars ("12.240.000 денари"), "1.250", "16 август", "(претходна информација: 5)", "Преземени мерки:";
  each section's name after its number, the two topics under one numbered heading ("4.1. Гаснење на пожарите");
- Suriname's district commissariats, in Dutch (a news page): a pound as forty-five Surinamese dollars
  ("SRD 7.650.000"), "1.250", "16 juni", "(vorige update: 5)", "Genomen maatregelen:";
- Cameroon's regional delegations of public health, in French (a Word report printed to PDF): a pound as seven
  hundred and sixty francs CFA ("950 000 000 FCFA"), "1 250", "16 mars", "(rapport précédent : 5)", the
  mitigation in its own column; each section's name in capitals after a Roman numeral ("I. POINTS SAILLANTS");
- Uruguay's departmental emergency coordination centres, in Spanish (a Word report): a pound as fifty pesos
  ("$ 4.250.000"), "1.250", "16 de julio", "(informe anterior: 5)", "Medidas adoptadas:";
- Namibian regional councils (a WordPress page): Namibian dollars ("N$29.9 million", "N$345,000"), "16 March",
  "(previous update: 5)", "Action taken:";
- Zimbabwean district civil protection committees (a plain mail): US dollars ("US$1.59 million", "US$432,000"),
  "16 March", "(last week: 5)", "Mitigatory measures:"; each section's name in capitals after its number and a
  nought ("1.0 HIGHLIGHTS").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from blind59_layouts_content import ROMAN
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "parts", "point_nought", "roman_upper", "sub_numbered"]

LEADS = {
    "mu": "Aksion pran:",
    "ml": "സ്വീകരിച്ച നടപടി:",
    "mk": "Преземени мерки:",
    "sr": "Genomen maatregelen:",
    "cm": "Solution :",
    "uy": "Medidas adoptadas:",
    "na": "Action taken:",
    "zw": "Mitigatory measures:",
}
MOI = ("Zanvie", "Fevrie", "Mars", "Avril", "Me", "Zin", "Zilye", "Out", "Septam", "Oktob", "Novam", "Desam")
MASANGAL = ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ",
            "നവംബർ", "ഡിസംബർ")  # fmt: skip
MESECI = ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
          "ноември", "декември")  # fmt: skip
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")  # fmt: skip
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _mur(pounds: int) -> str:
    r = pounds * 58
    return f"Rs {r / 1e6:.1f} milyon" if r >= 1_000_000 else f"Rs {r:,}"


def _inr(pounds: int) -> str:
    r = pounds * 110
    if r >= 10_000_000:
        return f"₹{r / 10_000_000:.2f} കോടി"
    return f"₹{r / 100_000:.2f} ലക്ഷം" if r >= 100_000 else f"₹{r:,}"


def _mkd(pounds: int) -> str:
    return f"{group(pounds * 72, '.')} денари"


def _srd(pounds: int) -> str:
    return f"SRD {group(pounds * 45, '.')}"


def _xaf(pounds: int) -> str:
    return f"{group(pounds * 760, ' ')} FCFA"


def _uyu(pounds: int) -> str:
    return f"$ {group(pounds * 50, '.')}"


def _nad(pounds: int) -> str:
    d = pounds * 23
    return f"N${d / 1e6:.1f} million" if d >= 1_000_000 else f"N${d:,}"


def _usd(pounds: int) -> str:
    d = pounds * 127 // 100
    return f"US${d / 1e6:.2f} million" if d >= 1_000_000 else f"US${d:,}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lead: str, closing: str, was: str, money, thousands: str, date, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


_ENGLISH = "This risk has reduced and will be removed from the next report"
LOCALES = {
    "mu": _loc(LEADS["mu"], "Sa risk-la finn diminie e li pa pou dan prosenn kominike", " (dernie kominike: {})", _mur,
               ",", _month(MOI, "{d} {m}")),
    "ml": _loc(LEADS["ml"], "ഈ അപകടസാധ്യത കുറഞ്ഞു, അടുത്ത റിപ്പോർട്ടിൽ ഉൾപ്പെടുത്തില്ല", " (മുൻ റിപ്പോർട്ട്: {})", _inr,
               ",", _month(MASANGAL, "{m} {d}")),
    "mk": _loc(LEADS["mk"], "Ризикот се намали и нема да биде вклучен во следната информација",
               " (претходна информација: {})", _mkd, ".", _month(MESECI, "{d} {m}")),
    "sr": _loc(LEADS["sr"], "Dit risico is afgenomen en wordt niet meer opgenomen in de volgende update",
               " (vorige update: {})", _srd, ".", _month(MAANDEN, "{d} {m}")),
    "cm": _loc(LEADS["cm"], "Ce risque a diminué et sera retiré du prochain rapport", " (rapport précédent : {})",
               _xaf, " ", _month(MOIS, "{d} {m}"), r"\1 %"),
    "uy": _loc(LEADS["uy"], "Este riesgo disminuyó y no se incluirá en el próximo informe", " (informe anterior: {})",
               _uyu, ".", _month(MESES, "{d} de {m}")),
    "na": _loc(LEADS["na"], "This risk has reduced and will be removed from the next update", " (previous update: {})",
               _nad, ",", _month(MONTHS, "{d} {m}")),
    "zw": _loc(LEADS["zw"], _ENGLISH, " (last week: {})", _usd, ",", _month(MONTHS, "{d} {m}")),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def sub_numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number, a sub-heading after its parent's ("4.1. Гаснење …")."""
    localise(doc, lang)
    n = m = 0
    for s in doc.sections:
        if s.level == 1:
            n, m = n + 1, 0
            s.heading = f"{n}. {s.heading}"
        else:
            m += 1
            s.heading = f"{n}.{m}. {s.heading}"


def roman_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after a Roman numeral ("I. POINTS SAILLANTS")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading.upper()}"


def point_nought(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number and a nought ("1.0 HIGHLIGHTS")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}.0 {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
