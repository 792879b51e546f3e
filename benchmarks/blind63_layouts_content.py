"""Changes to the generated content that the ``blind63_layouts`` publishers make before they print it.

The phrase banks (``blind63_layouts_banks_isles``, ``blind63_layouts_banks_mainland``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the Maldives' island councils (a letter in Word, right to left): a pound as nineteen and a half rufiyaa
  ("578,000 ރުފިޔާ", "2.13 މިލިއަން ރުފިޔާ"), "1,250", "12%", "16 ޖޫން", "(ކުރީގެ ރިޕޯޓު: 5)",
  "އަޅާފައިވާ ފިޔަވަޅު:"; each section's number drawn by Word's list before its name ("1. ޚުލާސާ");
- Curaçao's fire stations (an Outlook mail holding a range pasted from Excel): Caribbean guilders ("Cg 1.387",
  "Cg 1,25 mion"), "1.250", "16 di aprel", "(informe anterior: 5)", "Medida tumá:";
- Oman's health directorates (an IceWarp mail, right to left): Omani rials ("28,322 ريال عماني"), "1,250",
  "16 أكتوبر", "(التقرير السابق: 5)", "الإجراءات المتخذة:"; each section's name after an ordinal ("أولاً: الملخص");
- the Congolese provincial health divisions (a PDF with a sidebar): US dollars ("127 000 USD"), "1 250", "1 %",
  "16 mars" ("1er mars"), "(rapport précédent : 5)", "Actions menées :";
- the Seychelles' utility districts (a PDF printed through Bullzip): rupees ("SCR 578,000", "SCR 2.13 million"),
  "16 September", "(previous report: 5)", the mitigations in a table; each section's name in capitals after its
  number ("1. SUMMARY");
- Paraguay's health regions (a Concrete CMS page): guaraníes in full ("Gs. 49.000.000"), "1.250",
  "16 de febrero", "(semana anterior: 5)", "Acciones de respuesta:";
- Cabo Verde's municipal civil protection services (a Jimdo page): escudos with the cifrão as the decimal sign
  ("645.000$00"), "1.250", "16 de setembro", "(relatório anterior: 5)", "Medidas tomadas:";
- Liechtenstein's municipal IT departments (a HedgeDoc note): Swiss francs with the apostrophe ("CHF 5'650",
  "CHF 1.13 Millionen"), "1'250", "16. November", "(Vortag: 5)", "Massnahmen:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from datetime import date

from blind7_layouts_content import MONATE, MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "hijri", "labelled", "localise", "numbered", "numbered_upper", "ordinal", "parts"]

LEADS = {
    "dv": "އަޅާފައިވާ ފިޔަވަޅު:",
    "pap": "Medida tumá:",
    "ar": "الإجراءات المتخذة:",
    "cd": "Actions menées :",
    "sc": "Mitigation:",
    "py": "Acciones de respuesta:",
    "cv": "Medidas tomadas:",
    "li": "Massnahmen:",
}
DV_MONTHS = ("ޖަނަވަރީ", "ފެބްރުއަރީ", "މާރިޗު", "އޭޕްރީލް", "މެއި", "ޖޫން", "ޖުލައި", "އޮގަސްޓް", "ސެޕްޓެމްބަރު",
             "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު")  # fmt: skip
PAP_MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber", "òktober",
              "novèmber", "desèmber")  # fmt: skip
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")  # fmt: skip
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")  # fmt: skip
ORDINALS = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً",
            "حادي عشر", "ثاني عشر")  # fmt: skip
HIJRI_DV = ("މުޙައްރަމް", "ޞަފަރު", "ރަބީޢުލް އައްވަލް", "ރަބީޢުލް އާޚިރު", "ޖުމާދަލް އޫލާ", "ޖުމާދަލް އާޚިރާ", "ރަޖަބު",
            "ޝަޢުބާން", "ރަމަޟާން", "ޝައްވާލް", "ޛުލްޤަޢިދާ", "ޛުލްޙިއްޖާ")  # fmt: skip
HIJRI_AR = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
            "شوال", "ذو القعدة", "ذو الحجة")  # fmt: skip


def hijri(day: date) -> tuple[int, int, int]:
    """(day, month index, year) of ``day`` in the tabular Islamic calendar, as office software prints it beside the
    Gregorian date (a day off the sighted month at times, as theirs is)."""
    n = day.toordinal() + 1721425 - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return n - (709 * month) // 24, month - 1, 30 * cycle + j - 30


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _fr_date(d, m) -> str:
    return f"{'1er' if int(d) == 1 else int(d)} {MOIS[MONTHS.index(m)]}"


def _comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _rufiyaa(pounds: int) -> str:
    r = pounds * 39 // 2
    return f"{r / 1e6:.2f} މިލިއަން ރުފިޔާ" if r >= 1_000_000 else f"{r:,} ރުފިޔާ"


def _guilders(pounds: int) -> str:
    c = pounds * 12 // 5
    return f"Cg {_comma(c / 1e6)} mion" if c >= 1_000_000 else f"Cg {c:,}"


def _rials(pounds: int) -> str:
    o = pounds * 49 // 100
    return f"{o / 1e6:.2f} مليون ريال عماني" if o >= 1_000_000 else f"{o:,} ريال عماني"


def _dollars(pounds: int) -> str:
    u = pounds * 127 // 100
    return f"{_comma(u / 1e6)} million{'s' if u >= 2e6 else ''} USD" if u >= 1_000_000 else f"{u:,} USD"


def _rupees(pounds: int) -> str:
    r = pounds * 35 // 2
    return f"SCR {r / 1e6:.2f} million" if r >= 1_000_000 else f"SCR {r:,}"


def _guaranies(pounds: int) -> str:
    return f"Gs. {pounds * 9800:,}"


def _escudos(pounds: int) -> str:
    return f"{pounds * 129:,}$00"


def _francs(pounds: int) -> str:
    c = pounds * 113 // 100
    return f"CHF {c / 1e6:.2f} Millionen" if c >= 1_000_000 else f"CHF {c:,}"


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
    "dv": _loc("dv", "މި ނުރައްކާ ކުޑަވެފައިވާތީ އަންނަ ރިޕޯޓުން މި ނުރައްކާ އުނިކުރެވޭނެ", " (ކުރީގެ ރިޕޯޓު: {})",
               _rufiyaa, _month(DV_MONTHS, "{d} {m}"), ","),
    "pap": _loc("pap", "E riesgo aki a baha i lo no ta den e siguiente informe mas", " (informe anterior: {})",
                _guilders, _month(PAP_MONTHS, "{d} di {m}"), "."),
    "ar": _loc("ar", "انخفض هذا الخطر وسيُحذف من التقرير القادم", " (التقرير السابق: {})", _rials,
               _month(AR_MONTHS, "{d} {m}"), ","),
    "cd": _loc("cd", "Ce risque a diminué et sera retiré du prochain rapport", " (rapport précédent : {})", _dollars,
               _fr_date, " ", r"\1 %"),
    "sc": _loc("sc", "This risk has reduced and will be removed from the next report", " (previous report: {})",
               _rupees, _month(MONTHS, "{d} {m}"), ","),
    "py": _loc("py", "Este riesgo disminuyó y no se incluirá en el próximo informe", " (semana anterior: {})",
               _guaranies, _month(MESES, "{d} de {m}"), "."),
    "cv": _loc("cv", "Este risco diminuiu e será retirado do próximo relatório", " (relatório anterior: {})",
               _escudos, _month(MESES_PT, "{d} de {m}"), "."),
    "li": _loc("li", "Dieses Risiko hat abgenommen und wird im nächsten Lagebericht nicht mehr aufgeführt",
               " (Vortag: {})", _francs, _month(MONATE, "{d}. {m}"), "'"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. ޚުލާސާ")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def numbered_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. SUMMARY")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def ordinal(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after an Arabic ordinal and a colon ("أولاً: الملخص")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ORDINALS[n]}: {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


_LABELLED = re.compile(r"^(.+?) ?: (\d[\d  .,']*\d|\d)")


def labelled(doc: Doc, keys: tuple[str, ...]) -> list[tuple[str, str]]:
    """(label, figure) of every point of the sections of meaning ``keys`` printed "Label: 1 250 …": the figures a
    publisher repeats in a box of key figures."""
    out = []
    for s in doc.sections:
        if s.key in keys:
            out += [(m.group(1), m.group(2).strip()) for it in s.items if (m := _LABELLED.match(it.text))]
    return out
