"""Changes to the generated content that the ``blind25_layouts`` publishers make before they print it.

The phrase banks (``blind25_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``, by way of ``blind18_layouts_content.Romanised``: the names are in scripts with no
Latin letter, so each organisation's series id is its name in Latin letters); what the model adds in British English
— figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:",
the note that a risk will be dropped and a full stop after every item — each publisher writes in its own conventions
(:func:`localise`):

- a Chinese county emergency management bureau: "1,250人", "12%", "15.8万元" (the pounds read as yuan and printed in
  ten thousands), "125万元", "7月16日", "（上期：5）", "。应对措施：" and "。" for every full stop;
- a Taiwanese county's disaster response centre: "1,250人", "12%", "新臺幣15.8萬元", "新臺幣125萬元", "7月16日",
  "（前次：5）", "。因應作為：" and "。";
- a Japanese city's disaster headquarters: "1,250人", "12％" (full-width), "158,000千円" (the pounds as thousands of
  yen), "1,250,000千円", "8月16日", "（前回：5）", "。対応：" and "。";
- a Korean city's disaster and safety countermeasures headquarters: "1,250명", "12%", "158,000천원" (thousands of
  won), "7. 16.(수)", "(직전: 5)", "조치:" and no full stop at an item's end (the noun-ending style of a Korean report);
- a Thai provincial disaster prevention and mitigation office: Thai digits throughout, "๑,๒๕๐", "ร้อยละ ๑๒", "๑๕๘,๐๐๐
  บาท", "๑.๒๕ ล้านบาท", "๑๖ กันยายน ๒๕๖๘" (the Buddhist Era year), "(รายงานครั้งก่อน ๕)", "มาตรการรองรับ:" and no full
  stop (Thai ends a sentence with a space);
- an Indian state disaster management authority in Hindi: the Indian grouping "1,58,000", "12 प्रतिशत", "₹1,58,000",
  "₹1.25 करोड़", "16 जुलाई", "(पिछली रिपोर्ट में 5)", "। शमन उपाय:" and the danda "।" for every full stop;
- a Bangladeshi district administration in Bengali: Bengali digits and the Indian grouping, "১,৫৮,০০০ টাকা", "১২
  শতাংশ", "১.২৫ কোটি টাকা", "১৬ জুলাই", "(আগের প্রতিবেদনে ৫)", "। গৃহীত ব্যবস্থা:" and "।";
- a Tamil Nadu district disaster management authority: "₹1,58,000", "12%", "₹1.25 கோடி", "16 நவம்பர்", "(முந்தைய
  அறிக்கையில் 5)" and ". தணிப்பு நடவடிக்கை:".

The printed text changes and so does the gold; the threads do not. The shared ``localised_figures`` is not used: its
patterns look for a word boundary before a figure and a date, and there is none between a Chinese or Japanese letter
and a digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from blind7_layouts_content import MONTHS, report_day
from blind24_layouts_content import near
from council_layouts_gold import Doc

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
WEEKDAYS_KO = ("월", "화", "수", "목", "금", "토", "일")
WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")
WEEKDAYS_ZH = ("一", "二", "三", "四", "五", "六", "日")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
         "พฤศจิกายน", "ธันวาคม")  # fmt: skip
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")
MASH = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
        "ডিসেম্বর")  # fmt: skip
MATHAM = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்",
          "டிசம்பர்")  # fmt: skip

LEADS = {
    "zh": "应对措施：", "tw": "因應作為：", "ja": "対応：", "ko": "조치:", "th": "มาตรการรองรับ:", "hi": "शमन उपाय:",
    "bn": "গৃহীত ব্যবস্থা:", "ta": "தணிப்பு நடவடிக்கை:",
}  # fmt: skip
CLOSING = {
    "zh": "该风险已降低，下期报告不再列出",
    "tw": "本項風險已降低，下次報告不再列出",
    "ja": "本件は危険性が低下したため、次報から削除する",
    "ko": "위험 감소로 다음 보고부터 제외",
    "th": "ความเสี่ยงนี้ลดลงแล้ว จะไม่รายงานในครั้งต่อไป",
    "hi": "यह जोखिम कम हो गया है और अगली रिपोर्ट में शामिल नहीं किया जाएगा",
    "bn": "এই ঝুঁকি কমেছে, পরবর্তী প্রতিবেদনে বাদ দেওয়া হবে",
    "ta": "இந்த அபாயம் குறைந்துள்ளது; அடுத்த அறிக்கையில் சேர்க்கப்படாது",
}
WAS = {
    "zh": "（上期：{}）", "tw": "（前次：{}）", "ja": "（前回：{}）", "ko": " (직전: {})", "th": " (รายงานครั้งก่อน {})",
    "hi": " (पिछली रिपोर्ट में {})", "bn": " (আগের প্রতিবেদনে {})", "ta": " (முந்தைய அறிக்கையில் {})",
}  # fmt: skip
FULL_STOP = {"zh": "。", "tw": "。", "ja": "。", "hi": "।", "bn": "।", "ta": ".", "ko": "", "th": ""}

_LEAD = ". Mitigation: "
_CLOSING = "This risk has reduced and will be removed from the next report"
_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m(?![A-Za-z])")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])")
_PERCENT = re.compile(r"(\d+)%")
_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r")(?![A-Za-z])")
_STOP = re.compile(r"\.(?=\s|$)")


def indian(n: int) -> str:
    """``n`` in the Indian grouping: "1,58,000", "12,50,000"."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs = [head[max(0, k - 2) : k] for k in range(len(head), 0, -2)][::-1]
    return ",".join(pairs) + "," + tail


def _amount(text: str) -> int:
    return int(text.replace(",", ""))


def _money(lang: str) -> tuple[Callable[[int], str], Callable[[str, str], str]]:
    """(an amount of pounds, a figure of millions "1", "25") in the publisher's currency."""
    forms: dict[str, tuple[Callable[[int], str], Callable[[str, str], str]]] = {
        "zh": (lambda n: f"{n / 10000:g}万元", lambda a, b: f"{float(f'{a}.{b}') * 100:g}万元"),
        "tw": (lambda n: f"新臺幣{n / 10000:g}萬元", lambda a, b: f"新臺幣{float(f'{a}.{b}') * 100:g}萬元"),
        "ja": (lambda n: f"{n:,}千円", lambda a, b: f"{round(float(f'{a}.{b}') * 1_000_000):,}千円"),
        "ko": (lambda n: f"{n:,}천원", lambda a, b: f"{round(float(f'{a}.{b}') * 1_000_000):,}천원"),
        "th": (lambda n: f"{n:,} บาท", lambda a, b: f"{a}.{b} ล้านบาท"),
        "hi": (lambda n: f"₹{indian(n)}", lambda a, b: f"₹{a}.{b} करोड़"),
        "bn": (lambda n: f"{indian(n)} টাকা", lambda a, b: f"{a}.{b} কোটি টাকা"),
        "ta": (lambda n: f"₹{indian(n)}", lambda a, b: f"₹{a}.{b} கோடி"),
    }
    return forms[lang]


def local_date(lang: str, day: date) -> str:
    """A day of a report's text ("16 January" of the generator) as the publisher writes it."""
    if lang in ("zh", "tw", "ja"):
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}. {day.day}.({WEEKDAYS_KO[day.weekday()]})"
    if lang == "th":
        return f"{day.day} {DUEAN[day.month - 1]} {day.year + 543}"
    names = {"hi": MAHINE, "bn": MASH, "ta": MATHAM}[lang]
    return f"{day.day} {names[day.month - 1]}"


def figures(text: str, lang: str, around: date) -> str:
    """The figures, comparisons and dates of ``text`` in the forms of ``lang``; ``around`` is the report's day."""
    cur, big = _money(lang)
    text = _WAS.sub(lambda m: WAS[lang].format(m.group(2)), text)
    text = _MILLIONS.sub(lambda m: big(m.group(1), m.group(2)), text)
    text = _POUNDS.sub(lambda m: cur(_amount(m.group(1))), text)
    if lang in ("hi", "bn", "ta"):
        text = _GROUPED.sub(lambda m: indian(_amount(m.group())), text)
    pct = {"ja": r"\1％", "th": r"ร้อยละ \1", "hi": r"\1 प्रतिशत", "bn": r"\1 শতাংশ"}.get(lang, r"\1%")
    text = _PERCENT.sub(pct, text)
    text = _DATE.sub(lambda m: local_date(lang, near(m.group(1), m.group(2), around)), text)
    if lang == "th":
        return text.translate(THAI_DIGITS)
    if lang == "bn":
        return text.translate(BENGALI_DIGITS)
    return text


def _stops(text: str, lang: str) -> str:
    """The full stops of ``text`` in the publisher's script: "。", "।", none at a Korean or Thai item's end."""
    stop = FULL_STOP[lang]
    if lang in ("zh", "tw", "ja"):
        return _STOP.sub(stop, text).replace(f"{stop} ", stop)
    if lang in ("hi", "bn"):
        return _STOP.sub(stop, text)
    if lang == "th":
        return _STOP.sub("", text)
    if lang == "ko":
        return re.sub(r"\.$", "", text)
    return text


def lead_of(lang: str) -> str:
    """What stands between a risk and its mitigation in the printed item."""
    if lang in ("zh", "tw", "ja"):
        return f"{FULL_STOP[lang]}{LEADS[lang]}"
    if lang in ("ko", "th"):
        return f" {LEADS[lang]} "
    return f"{FULL_STOP[lang]} {LEADS[lang]} "


def localise_text(text: str, lang: str, around: date) -> str:
    text = text.replace(_LEAD, f"\x00{LEADS[lang]}\x00").replace(_CLOSING, CLOSING[lang])
    text = _stops(figures(text, lang, around), lang)
    return text.replace(f"\x00{LEADS[lang]}\x00", lead_of(lang))


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    around = report_day(doc).date()
    if lang == "th":
        doc.title = doc.title.translate(THAI_DIGITS)
    if lang == "bn":
        doc.title = doc.title.translate(BENGALI_DIGITS)
    for s in doc.sections:
        for it in s.items:
            it.text = localise_text(it.text, lang, around)
            it.body = localise_text(it.body, lang, around)
            it.mitigation = localise_text(it.mitigation, lang, around) if it.mitigation else None


def split_lead(text: str, lang: str) -> tuple[str, str, str]:
    """(risk as printed with its full stop, lead, mitigation as printed) of an item, or (text, "", "") where it has
    none; ``risk + SEP[lang] + lead + SEP[lang] + mitigation`` is the item's text."""
    lead = lead_of(lang)
    if lead not in text:
        return text, "", ""
    before, after = text.split(lead, 1)
    return before + FULL_STOP[lang], LEADS[lang], after


SEP = {"zh": "", "tw": "", "ja": "", "ko": " ", "th": " ", "hi": " ", "bn": " ", "ta": " "}
