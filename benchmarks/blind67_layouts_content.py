"""Changes to the generated content that the ``blind67_layouts`` publishers make before they print it.

The phrase banks (``blind67_layouts_banks_arabia``, ``blind67_layouts_banks_north``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the neighbourhood associations' community centres of Macao (a mail from Foxmail): patacas after the figure
  ("450,000澳門元", "1,250萬澳門元"), "1,250", "9月16日", "（上次通報：5）", "應對措施：" with no space after it,
  every sentence ended with "。"; each section's Chinese numeral and "、" before its name ("一、重點摘要");
- the governorate health offices of Yemen (a mail from Windows Live Mail): rials ("2,380,000 ريال",
  "875 مليون ريال"), "1,250", "16 يوليو", "(التقرير السابق: 5)", "الإجراءات المتخذة:"; each section's ordinal
  word and a colon before its name ("أولاً: ملخص الوضع");
- the water establishments of Lebanon (a Word letter): dollars after the figure with spaces ("4 318 USD",
  "1,59 million USD"), "1 250", "12 %" (a no-break space), "16 août", "(point précédent : 5)", "Mesures
  engagées :";
- the regional directorates of the northern emirates' utility (Word converted by iLovePDF): dirhams ("AED 15,878",
  "AED 5.84 million"), "1,250", "16 July", "(previous: 5)", "Mitigating action:"; each section's number before its
  name ("1. Summary");
- the governorate public works directorates of Jordan (an Excel sheet saved as PDF): dinars ("3,060 دينار",
  "1.13 مليون دينار"), "1,250", "26 كانون الثاني" (the Levant's month names), "(سابقاً: 5)", the mitigations in the
  sheet's column;
- the municipalities' emergency teams of Bahrain (an Adobe Experience Manager site): dinars with their fils
  ("1,632.000 د.ب"), "1,250", "12 يناير", "(في التقرير السابق: 5)", "الإجراءات:";
- the community management of Qatar's planned districts (an Optimizely site): riyals ("QAR 15,640",
  "QAR 5.75 million"), "1,250", "16 November", "(previous update: 5)", "What we are doing:";
- the archipelago municipalities of Åland (a CryptPad pad): euros ("3 978 euro", "1,46 miljoner euro"), "1 250",
  "16 oktober", "(förra rapporten: 5)", "Åtgärd:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["AR_MONTHS", "FR_MOIS", "LEADS", "LEVANT_MONTHS", "SV_MONTHS", "cn_numbered", "localise", "numbered",
           "ordinal", "parts"]  # fmt: skip

NBSP = "\u00a0"
LEADS = {
    "mo": "應對措施：",
    "ye": "الإجراءات المتخذة:",
    "lb": f"Mesures engagées{NBSP}:",
    "ae": "Mitigating action:",
    "jo": "الإجراء:",
    "bh": "الإجراءات:",
    "qa": "What we are doing:",
    "ax": "Åtgärd:",
}
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")  # fmt: skip
LEVANT_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                 "تشرين الثاني", "كانون الأول")  # fmt: skip
FR_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")  # fmt: skip
SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")  # fmt: skip
CN_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
AR_ORDINALS = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً",
               "حادي عشر", "ثاني عشر")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _spaced(n: int | float, fmt: str = ",") -> str:
    return format(n, fmt).replace(",", " ")


def _patacas(pounds: int) -> str:
    p = pounds * 10
    return f"{p // 10_000:,}萬澳門元" if p >= 1_000_000 else f"{p:,}澳門元"


def _rials(pounds: int) -> str:
    r = pounds * 700
    return f"{r / 1e6:,.0f} مليون ريال" if r >= 100_000_000 else f"{r:,} ريال"


def _usd(pounds: int) -> str:
    d = pounds * 127 // 100
    return f"{d / 1e6:.2f} million USD".replace(".", ",") if d >= 1_000_000 else f"{_spaced(d)} USD"


def _aed(pounds: int) -> str:
    d = pounds * 467 // 100
    return f"AED {d / 1e6:.2f} million" if d >= 1_000_000 else f"AED {d:,}"


def _jod(pounds: int) -> str:
    d = pounds * 9 // 10
    return f"{d / 1e6:.2f} مليون دينار" if d >= 1_000_000 else f"{d:,} دينار"


def _bhd(pounds: int) -> str:
    return f"{pounds * 48 // 100:,}.000 د.ب"


def _qar(pounds: int) -> str:
    q = pounds * 46 // 10
    return f"QAR {q / 1e6:.2f} million" if q >= 1_000_000 else f"QAR {q:,}"


def _eur(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"{e / 1e6:.2f} miljoner euro".replace(".", ",") if e >= 1_000_000 else f"{_spaced(e)} euro"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lang: str, closing: str, was: str, money, day, thousands: str = ",", percent: str = r"\1%") -> dict:
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
    "mo": _loc("mo", "此風險已降低，下次通報起不再列出", "（上次通報：{}）", _patacas,
               lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}日"),
    "ye": _loc("ye", "تراجع هذا الخطر ولن يُدرج في التقرير القادم", " (التقرير السابق: {})", _rials,
               _month(AR_MONTHS, "{d} {m}")),
    "lb": _loc("lb", f"Ce risque s'est atténué{NBSP}; il sera retiré du prochain rapport",
               f" (point précédent{NBSP}: {{}})", _usd, _month(FR_MOIS, "{d} {m}"), " ", f"\\1{NBSP}%"),
    "ae": _loc("ae", "Risk reduced; to be closed in the next report", " (previous: {})", _aed,
               _month(MONTHS, "{d} {m}")),
    "jo": _loc("jo", "انحسر هذا الخطر وسيُرفع من التقرير القادم", " (سابقاً: {})", _jod,
               _month(LEVANT_MONTHS, "{d} {m}")),
    "bh": _loc("bh", "انخفض هذا الخطر ولن يرد في التقرير التالي", " (في التقرير السابق: {})", _bhd,
               _month(AR_MONTHS, "{d} {m}")),
    "qa": _loc("qa", "This risk has eased and will be removed from the next update", " (previous update: {})", _qar,
               _month(MONTHS, "{d} {m}")),
    "ax": _loc("ax", "Risken har minskat och tas inte upp i nästa rapport", " (förra rapporten: {})", _eur,
               _month(SV_MONTHS, "{d} {m}"), " ", r"\1 %"),
}  # fmt: skip

_STOP = re.compile(r"\.(?:\s+|$)")
_ZH_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")


def _zh(text: str | None) -> str | None:
    """A sentence's full stop as "。" and the lead without its space (a decimal point stays); the dates the shared
    pattern misses next to a Chinese character (no word boundary there) as well."""
    if not text:
        return text
    text = _ZH_DATE.sub(lambda m: f"{MONTHS.index(m.group(2)) + 1}月{int(m.group(1))}日", text)
    return _STOP.sub("。", text.replace(f"{LEADS['mo']} ", LEADS["mo"])).replace("。。", "。")


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "mo":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = _zh(it.text), _zh(it.body), _zh(it.mitigation)


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Summary")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def cn_numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Chinese numeral and "、" ("一、重點摘要")."""
    localise(doc, lang)
    for n, s in zip(CN_NUMERALS, doc.sections, strict=False):
        s.heading = f"{n}、{s.heading}"


def ordinal(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Arabic ordinal word and a colon ("أولاً: ملخص الوضع")."""
    localise(doc, lang)
    for n, s in zip(AR_ORDINALS, doc.sections, strict=False):
        s.heading = f"{n}: {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation; the
    Chinese lead follows a "。" with no space on either side."""
    if lang == "mo":
        mark = f"。{LEADS['mo']}"
        if mark in item.text:
            before, after = item.text.split(mark, 1)
            return before + "。", LEADS["mo"], after
        return item.text, "", ""
    return split_mitigation(item, LEADS[lang])
