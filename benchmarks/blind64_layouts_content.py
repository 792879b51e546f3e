"""Changes to the generated content that the ``blind64_layouts`` publishers make before they print it.

The phrase banks (``blind64_layouts_banks_landlocked``, ``blind64_layouts_banks_coast``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Bolivia's municipal risk management units (a technical report in Word): bolivianos ("Bs 30.600", "Bs 2,13
  millones"), "1.250", "16 de septiembre", "(informe anterior: 5)", "Medidas adoptadas:"; each section's name in
  capitals after a Roman numeral and closed by ".-" ("I. RESUMEN.-");
- the provincial directorates of Afghanistan's disaster management authority (a letter in Word, right to left): afghanis
  ("۳۰۶٬۰۰۰ افغانۍ", "۲٫۱۳ میلیونه افغانۍ"), every figure in Persian digits ("۱٬۲۵۰", "۶٫۰"), the day in the Solar
  Hijri calendar with the Pashto month ("۱۲ وږی"), "(تېر راپور: ۵)", "نیول شوي تدابیر:";
- Eswatini's Tinkhundla (a plain-text mail): emalangeni ("E78,200", "E1.25 million"), "1,250", "12%",
  "16 Inyoni", "(umbiko lowendlulile: 5)", "Lokwentiwako:"; each section's name in capitals after its number
  ("1. EMAPHUZU LAMCOKA");
- Andorra's comuns (a Kentico page): euros ("3.978 €", "1,46 milions d'euros"), "1.250", "16 de febrer" / "3 d'abril",
  "(comunicat anterior: 5)", "Mesures adoptades:";
- São Tomé and Príncipe's district civil protection commissions (a bulletin in two columns, in PDF): dobras
  ("95.200 dobras", "2,13 milhões de dobras"), "1.250", "16 de março", "(boletim anterior: 5)", "Medidas em curso:";
- Sierra Leone's district health management teams (a Word sitrep printed to PDF): new leones ("NLe 98,600",
  "NLe 36.25 million"), "16 September", "(previous sitrep: 5)", the mitigations in a table; each section's name after
  its number and ".0" ("1.0 Highlights");
- the communes of French Polynesia (a SPIP page): CFP francs ("476 000 F CFP", "2,13 millions F CFP"), "1 250",
  "12 %", "16 mars" ("1er mars"), "(point précédent : 5)", "Actions engagées :", the apostrophe typographic ("l’eau")
  as SPIP prints it, headings included;
- American Samoa's village mayors (a mail from Outlook for iOS): dollars ("$4,318", "$1.59 miliona"), "1,250",
  "16 Fepuari", "(lipoti talu ai: 5)", "Gaioiga ua faia:"; each section's name in capitals ("AOTELEGA").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import ca_month, split_mitigation
from blind24_layouts_content import fa_digits, jalali, near
from blind61_layouts_content import ROMAN
from blind63_layouts_content import MESES, MESES_PT, MOIS
from blind64_layouts_banks_landlocked import ZALZALA
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "PS_MONTHS", "SM_MONTHS", "SS_MONTHS", "apostrophes", "decimal", "localise", "numbered_upper",
           "parts", "pashto", "roman_upper", "upper"]  # fmt: skip

LEADS = {
    "bo": "Medidas adoptadas:",
    "ps": "نیول شوي تدابیر:",
    "ss": "Lokwentiwako:",
    "ad": "Mesures adoptades:",
    "st": "Medidas em curso:",
    "sl": "Mitigation:",
    "pf": "Actions engagées :",
    "sm": "Gaioiga ua faia:",
}
PS_MONTHS = ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب")
SS_MONTHS = ("Bhimbidvwane", "Indlovana", "Indlovulenkhulu", "Mabasa", "Inkhwekhweti", "Inhlaba", "Kholwane", "Ingci",
             "Inyoni", "Imphala", "Lweti", "Ingongoni")  # fmt: skip
SM_MONTHS = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa", "Novema",
             "Tesema")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _fr_date(d, m) -> str:
    return f"{'1er' if int(d) == 1 else int(d)} {MOIS[MONTHS.index(m)]}"


def _ps_date(d, m) -> str:
    """The day in the Solar Hijri calendar with its Pashto month ("12 وږی"; its digits Persian later)."""
    _, month, day = jalali(near(d, m, ZALZALA.start))
    return f"{day} {PS_MONTHS[month - 1]}"


def _comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _bolivianos(pounds: int) -> str:
    b = pounds * 9
    return f"Bs {_comma(b / 1e6)} millones" if b >= 1_000_000 else f"Bs {b:,}"


def _afghanis(pounds: int) -> str:
    a = pounds * 90
    return f"{a / 1e6:.2f} میلیونه افغانۍ".replace(".", "٫") if a >= 1_000_000 else f"{a:,} افغانۍ"


def _emalangeni(pounds: int) -> str:
    e = pounds * 23
    return f"E{e / 1e6:.2f} million" if e >= 1_000_000 else f"E{e:,}"


def _euros(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"{_comma(e / 1e6)} milions d'euros" if e >= 1_000_000 else f"{e:,} €"


def _dobras(pounds: int) -> str:
    d = pounds * 28
    return f"{_comma(d / 1e6)} milhões de dobras" if d >= 1_000_000 else f"{d:,} dobras"


def _leones(pounds: int) -> str:
    n = pounds * 29
    return f"NLe {n / 1e6:.2f} million" if n >= 1_000_000 else f"NLe {n:,}"


def _cfp(pounds: int) -> str:
    f = pounds * 140
    return f"{_comma(f / 1e6)} million{'s' if f >= 2e6 else ''} F CFP" if f >= 1_000_000 else f"{f:,} F CFP"


def _dollars(pounds: int) -> str:
    u = pounds * 127 // 100
    return f"${u / 1e6:.2f} miliona" if u >= 1_000_000 else f"${u:,}"


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
    "bo": _loc("bo", "Este riesgo disminuyó y ya no figurará en el próximo informe", " (informe anterior: {})",
               _bolivianos, _month(MESES, "{d} de {m}"), "."),
    "ps": _loc("ps", "دا خطر کم شوی او په راتلونکي راپور کې به نه راځي", " (تېر راپور: {})", _afghanis, _ps_date,
               "٬", r"\1٪"),
    "ss": _loc("ss", "Lengoti seyehlile futsi ngeke isabikwa embikweni lolandzelako", " (umbiko lowendlulile: {})",
               _emalangeni, _month(SS_MONTHS, "{d} {m}"), ","),
    "ad": _loc("ad", "Aquest risc ha disminuït i ja no figurarà al proper comunicat", " (comunicat anterior: {})",
               _euros, lambda d, m: f"{int(d)} {ca_month(MONTHS.index(m) + 1)}", "."),
    "st": _loc("st", "Este risco diminuiu e deixará de constar no próximo boletim", " (boletim anterior: {})",
               _dobras, _month(MESES_PT, "{d} de {m}"), "."),
    "sl": _loc("sl", "This challenge has reduced and will be removed from the next sitrep", " (previous sitrep: {})",
               _leones, _month(MONTHS, "{d} {m}"), ","),
    "pf": _loc("pf", "Ce risque a diminué et ne figurera plus dans le prochain point de situation",
               " (point précédent : {})", _cfp, _fr_date, " ", r"\1 %"),
    "sm": _loc("sm", "Ua faaitiitia lenei lamatiaga ma o le a le toe lipotia i le isi lipoti", " (lipoti talu ai: {})",
               _dollars, _month(SM_MONTHS, "{d} {m}"), ","),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def _each(doc: Doc, change) -> None:
    """``change`` applied to every item's text, risk and mitigation."""
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    setattr(it, name, change(value))


_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def pashto(doc: Doc, lang: str = "ps") -> None:
    """:func:`localise`, then every figure in Persian digits, its decimal point the Arabic one ("۶٫۰")."""
    localise(doc, lang)
    _each(doc, lambda text: fa_digits(_DECIMAL.sub("٫", text)))


def apostrophes(doc: Doc, lang: str = "pf") -> None:
    """:func:`localise`, then the apostrophe typographic in items and headings, as SPIP prints French ("l’eau")."""
    localise(doc, lang)
    _each(doc, lambda text: text.replace("'", "’"))
    for s in doc.sections:
        s.heading = s.heading.replace("'", "’")


def roman_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after a Roman numeral, closed by ".-" ("I. RESUMEN.-")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading.upper()}.-"


def decimal(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number and ".0" ("1.0 Highlights")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}.0 {s.heading}"


def numbered_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. EMAPHUZU LAMCOKA")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("AOTELEGA")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
