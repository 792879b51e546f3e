"""Changes to the generated content that the ``blind37_layouts`` publishers make before they print it.

The phrase banks (``blind37_layouts_banks_en``, ``blind37_layouts_banks_world``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Japanese council of social welfare disaster volunteer centres, in Japanese (LINE): "3,400円", "34万円", "125万円",
  "1,250人", "7月16日", "（前回：5）", "対策：", each sentence ended with "。";
- Alaskan borough emergency operations centres (Winlink): "$3,400", "$1.25M", "Nov 16", "(prev 5)", "Mitigation:";
- Australian community recovery committees (Trello): "$3,400", "$1.25m", "16 January", "(was 5)", "Treatment:";
- Punjab district animal husbandry offices, in Indian English (eOffice): "Rs. 34,000", "Rs. 3.40 lakh",
  "Rs. 12.50 lakh", "1,25,000" (Indian grouping), "16.08.2026", "(previous report: 5)", "Action taken:";
- Gujarat district collectorates, in Gujarati (an X thread): Gujarati digits, "રૂ. ૩.૪૦ લાખ", "૧,૨૫,૦૦૦", "૧૬ જૂન",
  "(અગાઉ: ૫)", "પગલાં:";
- Tatarstan district executive committees, in Tatar (FineReader): "3 400 сум", "1,25 млн сум", "1 250",
  "16 апрель", "(узган хисапта: 5)", "Чаралар:" (printed in the risk table's column);
- Philippine city and municipal disaster offices (ReliefWeb): "PHP 340,000.00", "PHP 1.25 million", "June 16",
  "(from 5 in the previous report)", "Actions taken:";
- Bavarian district offices, in German (fax): "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Januar",
  "(Vormeldung: 5)", "Maßnahme:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONATE, MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "ja": "対策：",
    "ak": "Mitigation:",
    "au": "Treatment:",
    "in": "Action taken:",
    "gu": "પગલાં:",
    "tt": "Чаралар:",  # printed in the risk table's column, never as a lead
    "ph": "Actions taken:",
    "de": "Maßnahme:",
}
GU_MONTHS = ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "નવેમ્બર",
             "ડિસેમ્બર")  # fmt: skip
TT_MONTHS = ("гыйнвар", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
             "декабрь")  # fmt: skip
GU_DIGITS = str.maketrans("0123456789", "૦૧૨૩૪૫૬૭૮૯")
YEAR = 2026  # every series of this set runs within 2026


def _loc(lang: str, closing: str, was: str, cur, big, thousands: str = ",", date=lambda d, m: f"{int(d)} {m}",
         percent: str = r"\1%"):  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": cur if callable(cur) else (lambda m: cur.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


def _n(m: re.Match, at: int = 1) -> int:
    return int(m.group(at).replace(",", ""))


def _yen(m: re.Match) -> str:
    """ "£34,000" as "3.4万円", "£3,400" as "3,400円"."""
    n = _n(m)
    return f"{n / 10000:g}万円" if n >= 10000 else f"{n:,}円"


def _man(m: re.Match) -> str:
    """ "£1.25m" as "125万円"."""
    return f"{round(float(f'{m.group(1)}.{m.group(2)}') * 100)}万円"


def _rupees(prefix: str, lakh: str):
    """ "£340,000" as "Rs. 3.40 lakh", "£34,000" as "Rs. 34,000"; "£1.25m" as "Rs. 12.50 lakh"."""

    def small(m: re.Match) -> str:
        n = _n(m)
        return f"{prefix}{n / 100000:.2f} {lakh}" if n >= 100000 else f"{prefix}{n:,}"

    def large(m: re.Match) -> str:
        return f"{prefix}{float(f'{m.group(1)}.{m.group(2)}') * 10:.2f} {lakh}"

    return small, large


def indian(n: int) -> str:
    """``n`` grouped the Indian way: "1,25,000", "12,50,000"."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *parts, tail]) if head else ",".join([*parts, tail])


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")
_ANY_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")
_STOP = re.compile(r"\.(?:\s+|$)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m(?![a-z])")  # "£1.25mનો": no word boundary after the "m"

_IN_SMALL, _IN_LARGE = _rupees("Rs. ", "lakh")
_GU_SMALL, _GU_LARGE = _rupees("રૂ. ", "લાખ")

LOCALE = {
    "ja": _loc("ja", "危険性は低下したため、次回の報告から削除する", "（前回：{}）", _yen, _man,
               date=lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}日"),
    "ak": _loc("ak", "Risk reduced; will drop from the next sitrep", " (prev {})", "${}", "${}.{}M",
               date=lambda d, m: f"{m[:3]} {int(d)}"),
    "au": _loc("au", "This risk has eased and will come off the board at the next update", " (was {})", "${}",
               "${}.{}m"),
    "in": _loc("in", "The risk has reduced and will be dropped from the next report", " (previous report: {})",
               _IN_SMALL, _IN_LARGE, date=lambda d, m: f"{int(d):02d}.{MONTHS.index(m) + 1:02d}.{YEAR}"),
    "gu": _loc("gu", "જોખમ ઘટ્યું છે; હવે પછીના અહેવાલમાં તેનો સમાવેશ નહીં થાય", " (અગાઉ: {})", _GU_SMALL, _GU_LARGE,
               date=lambda d, m: f"{int(d)} {GU_MONTHS[MONTHS.index(m)]}"),
    "tt": _loc("tt", "Куркыныч кимеде, киләсе хисаптан төшереләчәк", " (узган хисапта: {})", "{} сум",
               "{},{} млн сум", " ", date=lambda d, m: f"{int(d)} {TT_MONTHS[MONTHS.index(m)]}"),
    "ph": _loc("ph", "The risk has decreased and will be removed from the next report",
               " (from {} in the previous report)", "PHP {}.00", "PHP {}.{} million",
               date=lambda d, m: f"{m} {int(d)}"),
    "de": _loc("de", "Risiko gesunken, entfällt ab der nächsten Lagemeldung", " (Vormeldung: {})", "{} €",
               "{},{} Mio. €", ".", date=lambda d, m: f"{int(d)}. {MONATE[MONTHS.index(m)]}", percent=r"\1 %"),
}  # fmt: skip


def _east(text: str | None, lang: str) -> str | None:
    """What the shared patterns miss where a figure touches a letter of a script with no word boundary there (the
    dates and thousands of "16 Julyから", "13 Juneના"), then each language's own marks: Japanese sentences ended with
    "。" and the lead without a space after it; Indian grouping of the thousands; Gujarati digits."""
    if not text:
        return text
    loc = LOCALE[lang]
    text = _ANY_DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)
    if lang == "ja":
        return _STOP.sub("。", text.replace("対策： ", "対策：")).replace("。。", "。")
    if lang in ("in", "gu"):
        text = _GROUPED.sub(lambda m: indian(int(m.group().replace(",", ""))), text)
    if lang == "gu":
        text = text.translate(GU_DIGITS)
    return text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    if lang in ("ja", "gu"):
        big = LOCALE[lang]["millions"]
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = _MILLIONS.sub(big, it.text), _MILLIONS.sub(big, it.body)
                it.mitigation = _MILLIONS.sub(big, it.mitigation) if it.mitigation else None
    localise_doc(doc, LOCALE[lang])
    if lang in ("ja", "in", "gu"):
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_east(x, lang) for x in (it.text, it.body, it.mitigation))


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    if lang == "ja":
        if "。対策：" in item.text:
            before, after = item.text.split("。対策：", 1)
            return before + "。", "対策：", after
        return item.text, "", ""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("city-square")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
