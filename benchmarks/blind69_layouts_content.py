"""Changes to the generated content that the ``blind69_layouts`` publishers make before they print it.

The phrase banks (``blind69_layouts_banks_arabic``, ``blind69_layouts_banks_straits``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the kaifong associations of Macau (a Discuz! forum post, in Cantonese): patacas, in ten thousands from a hundred
  thousand up ("8,400澳門元", "47.3萬澳門元"), "1,250", the day with 號 ("9月16號"), "（上次：5）", "已經做咗："
  with no space round it, each sentence ended with "。"; each section's name in lenticular brackets ("【重點】");
- the municipalities of Lebanon (a Hostinger Website Builder page): US dollars as municipalities count them now
  ("5,715 دولار", "1.59 مليون دولار"), "1,250", the Syriac month names of the Levant ("16 تشرين الأول"),
  "(في التقرير السابق: 5)", "التدابير المتخذة:";
- the municipalities of Hebron governorate (an official letter in Word): shekels ("12,480 شيكل",
  "1.25 مليون شيكل"), "1,250", the Levant's month names ("16 آب"), "(في التقرير الأخير: 5)", "الإجراء المتخذ:";
  each section's name after its letter in the abjad order and a hyphen ("أ- ملخص الوضع");
- the branch municipalities of Jeddah (a form from the Amanah's system): riyals ("12,480 ريال", "1.25 مليون ريال"),
  "1,250", the day in the Hijri calendar ("15 جمادى الآخرة"), "(السابق: 5)", the mitigations in the form's column;
- the district local councils of Hadramawt (a Notepad text): Yemeni rials in millions ("46.2 مليون ريال"), "1,250",
  "16 أغسطس", "(التقرير الماضي: 5)", "ما تم عمله:";
- the archipelago municipalities of Åland (a Swedish Word letter saved as PDF): euros ("3 978 euro",
  "1,46 miljoner euro"), "1 250", "12 %", the day as Finland writes it ("27.10."), "(föregående rapport: 5)",
  "Vidtagna åtgärder:"; each section's number before its name ("1 Sammanfattning");
- the tenants' associations of Gibraltar (a mail from Outlook for Mac): pounds ("£3,400", "£1.25 million"),
  "1,250", "16 October", "(last update: 5)", "What's being done:";
- the contractors of Al Ain City Municipality (a mail from Windows Live Mail): dirhams ("AED 15,980",
  "AED 1.25 million"), "1,250", "16th April", "(previous report: 5)", "Corrective action:"; each section's letter
  before its name in capitals ("A. GENERAL SUMMARY").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
import string

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import near
from blind63_layouts_content import AR_MONTHS, HIJRI_AR, hijri
from blind69_layouts_banks_arabic import AMTAR
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["AR_MONTHS", "HIJRI_AR", "LEADS", "SYRIAC", "abjad", "bracketed", "each", "lettered", "localise",
           "numbered", "parts"]  # fmt: skip

LEADS = {
    "mo": "已經做咗：",
    "lb": "التدابير المتخذة:",
    "ps": "الإجراء المتخذ:",
    "sa": "الإجراء المتخذ:",
    "ye": "ما تم عمله:",
    "ax": "Vidtagna åtgärder:",
    "gi": "What's being done:",
    "ae": "Corrective action:",
}
SYRIAC = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول")  # fmt: skip
ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل")


def _spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _short(x: float, places: int = 1) -> str:
    """A figure with its decimals, none when they are nought ("47.3", "131")."""
    return f"{round(x, places):.{places}f}".rstrip("0").rstrip(".")


def _patacas(pounds: int) -> str:
    p = pounds * 105 // 10
    return f"{_short(p / 10_000)}萬澳門元" if p >= 100_000 else f"{p:,}澳門元"


def _usd(pounds: int) -> str:
    u = pounds * 127 // 100
    return f"{u / 1e6:.2f} مليون دولار" if u >= 1_000_000 else f"{u:,} دولار"


def _shekels(pounds: int) -> str:
    s = pounds * 47 // 10
    return f"{s / 1e6:.2f} مليون شيكل" if s >= 1_000_000 else f"{s:,} شيكل"


def _riyals(pounds: int) -> str:
    s = pounds * 48 // 10
    return f"{s / 1e6:.2f} مليون ريال" if s >= 1_000_000 else f"{s:,} ريال"


def _yemeni(pounds: int) -> str:
    y = pounds * 2100
    if y >= 1_000_000_000:
        return f"{y / 1e9:.2f} مليار ريال"
    return f"{_short(y / 1e6)} مليون ريال" if y >= 1_000_000 else f"{y:,} ريال"


def _euros(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"{e / 1e6:.2f} miljoner euro".replace(".", ",") if e >= 1_000_000 else f"{_spaced(e)} euro"


def _sterling(pounds: int) -> str:
    return f"£{pounds / 1e6:.2f} million" if pounds >= 1_000_000 else f"£{pounds:,}"


def _dirhams(pounds: int) -> str:
    a = pounds * 47 // 10
    return f"AED {a / 1e6:.2f} million" if a >= 1_000_000 else f"AED {a:,}"


def _ordinal(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _hijri_day(d, m) -> str:
    day, month, _ = hijri(near(d, m, AMTAR.start))
    return f"{day} {HIJRI_AR[month]}"


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


def _named(names: tuple[str, ...]):
    return lambda d, m: f"{int(d)} {names[MONTHS.index(m)]}"


LOCALES = {
    "mo": {**_loc("mo", "呢個風險已經減低咗，下次更新唔會再報", "（上次：{}）", _patacas,
                  lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}號", ","), "lead": f"。{LEADS['mo']}"},
    "lb": _loc("lb", "تراجع هذا الخطر ولن يُذكر في التقرير المقبل", " (في التقرير السابق: {})", _usd, _named(SYRIAC),
               ","),
    "ps": _loc("ps", "تراجع هذا الخطر ولن يرد في التقرير القادم", " (في التقرير الأخير: {})", _shekels,
               _named(SYRIAC), ","),
    "sa": _loc("sa", "انخفض مستوى هذا الخطر وسيُستبعد من التقرير القادم", " (السابق: {})", _riyals, _hijri_day, ","),
    "ye": _loc("ye", "خفّ هذا الخطر ولن يرد في التقرير القادم", " (التقرير الماضي: {})", _yemeni, _named(AR_MONTHS),
               ","),
    "ax": _loc("ax", "Risken har minskat och tas inte längre upp i nästa rapport", " (föregående rapport: {})",
               _euros, lambda d, m: f"{int(d)}.{MONTHS.index(m) + 1}.", " ", r"\1 %"),
    "gi": _loc("gi", "This has eased and will not be in our next update", " (last update: {})", _sterling,
               lambda d, m: f"{int(d)} {m}", ","),
    "ae": _loc("ae", "This risk has reduced and will be closed in the next report", " (previous report: {})",
               _dirhams, lambda d, m: f"{int(d)}{_ordinal(int(d))} {m}", ","),
}  # fmt: skip

# Next to a Chinese character there is no word boundary, so the shared patterns miss dates and millions there.
_MO_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")
_MO_MILLIONS = re.compile(r"£(\d+)\.(\d+)m")
_STOP = re.compile(r"\.(?:\s+|$)")


def each(doc: Doc, change) -> None:
    """``change`` applied to every item's text, risk and mitigation."""
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    setattr(it, name, change(value))


def _mo_before(text: str) -> str:
    text = _MO_DATE.sub(lambda m: LOCALES["mo"]["date"](m.group(1), m.group(2)), text)
    return _MO_MILLIONS.sub(lambda m: _patacas(_millions(m)), text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    if lang == "mo":
        each(doc, _mo_before)
    localise_doc(doc, LOCALES[lang])
    if lang == "mo":
        each(doc, lambda text: _STOP.sub("。", text).replace("。。", "。"))
    elif lang == "ax":
        each(doc, lambda text: text.replace("..", "."))


def bracketed(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in lenticular brackets ("【重點】")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = f"【{s.heading}】"


def abjad(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its letter in the abjad order and a hyphen ("أ- ملخص الوضع")."""
    localise(doc, lang)
    for letter, s in zip(ABJAD, doc.sections, strict=False):
        s.heading = f"{letter}- {s.heading}"


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number and a space ("1 Sammanfattning")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n} {s.heading}"


def lettered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its letter ("A. GENERAL SUMMARY")."""
    localise(doc, lang)
    for letter, s in zip(string.ascii_uppercase, doc.sections, strict=False):
        s.heading = f"{letter}. {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation; the
    Cantonese lead stands between a "。" and the mitigation with no space."""
    if lang == "mo":
        mark = f"。{LEADS['mo']}"
        if mark in item.text:
            before, after = item.text.split(mark, 1)
            return before + "。", LEADS["mo"], after
        return item.text, "", ""
    return split_mitigation(item, LEADS[lang])
