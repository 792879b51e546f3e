"""Changes to the generated content that the ``blind36_layouts`` publishers make before they print it.

The phrase banks (``blind36_layouts_banks_en``, ``blind36_layouts_banks_world``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- American county public health departments (ArcGIS StoryMaps): "$3,400", "$1.25 million", "August 16",
  "(previous update: 5)", the mitigation in the table's column;
- New Zealand district councils (Jira Service Management): "$3,400", "$1.25m", "16 March", "(previously 5)",
  "Mitigation:";
- British water companies (a SharePoint list): "£3,400", "£1.25m", "16 September", "(previous: 5)", the mitigation
  in the list's column;
- American county emergency management (Everbridge): "$3,400", "$1.25 million", "June 3", "(prior: 5)",
  "Mitigation:";
- South African local municipalities (a DocuSign envelope): "R3 400", "R1,25 million", "1 250", "16 April",
  "(previous report: 5)", the mitigation in the risk table's column;
- Tajik district headquarters, in Tajik (Word): "3 400 сомонӣ", "1,25 млн сомонӣ", "1 250", "16 май",
  "(ҳисоботи қаблӣ: 5)", "Чораҳо:";
- Ethiopian woreda health offices, in Afaan Oromoo (Google Forms): "Birr 3,400", "Birr miliyoona 1.25", "1,250",
  "16 Adoolessa", "(gabaasa darbe: 5)", "Tarkaanfii:";
- Chinese street offices, in Chinese (WeChat): "3.4万元", "125万元", "1250" (no thousands mark), "8月16日",
  "（上期：5）", "措施：", each sentence ended with "。".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "smoke": "Mitigation:",  # printed in the table's column, never as a lead
    "nz": "Mitigation:",
    "gb": "Mitigation:",  # printed in the list's column, never as a lead
    "chem": "Mitigation:",
    "za": "Mitigation:",  # printed in the risk table's column, never as a lead
    "tj": "Чораҳо:",
    "om": "Tarkaanfii:",
    "zh": "措施：",
}
TJ_MONTHS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
             "декабр")  # fmt: skip
OM_MONTHS = ("Amajjii", "Guraandhala", "Bitootessa", "Ebla", "Caamsaa", "Waxabajjii", "Adoolessa", "Hagayya",
             "Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee")  # fmt: skip


def _loc(lang: str, closing: str, was: str, cur, big, thousands: str = ",", date=lambda d, m: f"{m} {int(d)}"):
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": cur if callable(cur) else (lambda m: cur.format(m.group(1))),
        "thousands": thousands,
        "percent": r"\1%",
        "date": date,
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(int(d), names[MONTHS.index(m)])


def _yuan(m: re.Match) -> str:
    """ "£34,000" as "3.4万元", "£3,400" as "3400元"."""
    n = int(m.group(1).replace(",", ""))
    return f"{n / 10000:g}万元" if n >= 10000 else f"{n}元"


def _wan(m: re.Match) -> str:
    """ "£1.25m" as "125万元"."""
    return f"{round(float(f'{m.group(1)}.{m.group(2)}') * 100)}万元"


LOCALE = {
    "smoke": _loc("smoke", "Risk reduced; will be dropped from the next update", " (previous update: {})", "${}",
                  "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "nz": _loc("nz", "Risk has reduced and will be closed in the next sitrep", " (previously {})", "${}", "${}.{}m",
               date=lambda d, m: f"{int(d)} {m}"),
    "gb": _loc("gb", "Risk reduced, to be closed at the next update", " (previous: {})", "£{}", "£{}.{}m",
               date=lambda d, m: f"{int(d)} {m}"),
    "chem": _loc("chem", "This risk has decreased and will be removed from the next report", " (prior: {})", "${}",
                 "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "za": _loc("za", "The risk has reduced and will be removed from the next report", " (previous report: {})",
               "R{}", "R{},{} million", " ", date=lambda d, m: f"{int(d)} {m}"),
    "tj": _loc("tj", "Хатар кам шуд ва аз ҳисоботи навбатӣ хориҷ карда мешавад", " (ҳисоботи қаблӣ: {})",
               "{} сомонӣ", "{},{} млн сомонӣ", " ", _month(TJ_MONTHS, "{} {}")),
    "om": _loc("om", "Balaan kun hir'ateera; gabaasa itti aanu keessatti hin jiraatu", " (gabaasa darbe: {})",
               "Birr {}", "Birr miliyoona {}.{}", ",", _month(OM_MONTHS, "{} {}")),
    "zh": _loc("zh", "该风险已降低，下期起不再报告", "（上期：{}）", _yuan, _wan, "",
               lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}日"),
}  # fmt: skip

_STOP = re.compile(r"\.(?:\s+|$)")
_ZH_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")
_ZH_MARK = re.compile(r"(?<=\d),(?=\d{3})")


def _zh(text: str | None) -> str | None:
    """A sentence's full stop as "。" and the lead without its space (a decimal point stays); the dates and the
    thousands that the shared patterns miss next to a Chinese character (no word boundary there) as well."""
    if not text:
        return text
    text = _ZH_DATE.sub(lambda m: f"{MONTHS.index(m.group(2)) + 1}月{int(m.group(1))}日", text)
    text = _ZH_MARK.sub("", text)
    return _STOP.sub("。", text.replace("措施： ", "措施：")).replace("。。", "。")


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])
    if lang == "zh":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = _zh(it.text), _zh(it.body), _zh(it.mitigation)


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def zh_parts(item: Item) -> tuple[str, str, str]:
    """The Chinese lead has no space after it: (risk, "措施：", mitigation) or (text, "", "")."""
    if "。措施：" in item.text:
        before, after = item.text.split("。措施：", 1)
        return before + "。", "措施：", after
    return item.text, "", ""


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("city-square")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
