"""Changes to the generated content that the ``blind24_layouts`` publishers make before they print it.

The phrase banks (``blind24_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``, by way of ``blind18_layouts_content.Romanised``: the names are in scripts with no
Latin letter, so each organisation's series id is its name in Latin letters); what the model adds in British English
— figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:"
and the note that a risk will be dropped — each publisher writes in its own conventions (:func:`localise`):

- an Egyptian governorate's crisis centre in Arabic with Arabic-Indic digits: "١٬٢٥٠", "١٢٪", "٣٬٤٠٠ جنيه", "١٫٢٥
  مليون جنيه", "١٦ مارس", "(التقرير السابق: ٥)" and "إجراءات المواجهة:";
- an Iranian Red Crescent provincial branch in Persian with Persian digits and the Solar Hijri calendar: "۱٬۲۵۰",
  "۱۲٪", "۳٬۴۰۰ میلیون ریال", "۱٬۲۵۰ میلیارد ریال", "۱۶ فروردین", "(گزارش قبلی: ۵)" and "راهکار:";
- an Israeli municipality in Hebrew: "1,250", "12%", "3,400 ₪", "1.25 מיליון ₪", "16 בינואר", "(בעדכון הקודם: 5)" and
  "מענה:";
- a Kazakh regional akimat: "1 250", "12%", "3 400 мың теңге", "1,25 млрд теңге", "16 сәуір", "(алдыңғы ақпаратта:
  5)" and "Қабылданған шаралар:";
- a Mongolian aimag emergency department: "1,250", "12 хувь", "3,400 мянган төгрөг", "1.25 тэрбум төгрөг", "2 дугаар
  сарын 16", "(өмнөх мэдээгээр: 5)" and "Авч буй арга хэмжээ:";
- a Bulgarian municipality: "1 250", "12%", "3 400 лв.", "1,25 млн. лв.", "16 септември", "(предходна информация: 5)"
  and "Мерки:";
- an Armenian regional administration: "1 250", "12%", "3 400 հազար դրամ", "1,25 միլիարդ դրամ", "հունիսի 16",
  "(նախորդ տեղեկանքում՝ 5)", "Ձեռնարկվող միջոցներ՝", the Armenian full stop "։" for ".";
- a Georgian municipality: "1 250", "12%", "3 400 ლარი", "1,25 მლნ ლარი", "16 ივლისი", "(წინა ანგარიშით: 5)" and
  "ღონისძიებები:"; the generator's capital first letter (Georgian Mtavruli, which no Georgian writes in running text
  and this machine's fonts lack) is set back to the ordinary letter.

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from blind7_layouts_content import MONTHS, report_day
from council_layouts_gold import Doc
from localised_figures import localise_doc

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر")  # fmt: skip
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MAHHA = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
RUZHA = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
            "דצמבר")  # fmt: skip
YAMIM = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
AILAR = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
         "желтоқсан")  # fmt: skip
MESETSI = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
           "декември")  # fmt: skip
DNI = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя")
AMISNER = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
           "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")  # fmt: skip
TVEEBI = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
          "ოქტომბერი", "ნოემბერი", "დეკემბერი")  # fmt: skip
MN_ORDINAL = ("дүгээр", "дугаар", "дугаар", "дүгээр", "дугаар", "дугаар", "дугаар", "дугаар", "дүгээр", "дугаар",
              "дүгээр", "дугаар")  # fmt: skip

LEADS = {
    "ar": "إجراءات المواجهة:",
    "fa": "راهکار:",
    "he": "מענה:",
    "kk": "Қабылданған шаралар:",
    "mn": "Авч буй арга хэмжээ:",
    "bg": "Мерки:",
    "hy": "Ձեռնարկվող միջոցներ՝",
    "ka": "ღონისძიებები:",
}
CLOSING = {
    "ar": "تراجع هذا الخطر وسيحذف من التقرير القادم",
    "fa": "این خطر کاهش یافته و از گزارش بعدی حذف می‌شود",
    "he": "הסיכון פחת ולא ייכלל בעדכון הבא",
    "kk": "Бұл қауіп азайды, келесі ақпаратқа енгізілмейді",
    "mn": "Энэ эрсдэл буурсан тул дараагийн мэдээнд орохгүй",
    "bg": "Рискът е намалял и няма да бъде включен в следващата информация",
    "hy": "Այս ռիսկը նվազել է և հաջորդ տեղեկանքում չի ներառվի",
    "ka": "ეს რისკი შემცირდა და მომდევნო ანგარიშში აღარ შევა",
}
WAS = {
    "ar": "التقرير السابق: ", "fa": "گزارش قبلی: ", "he": "בעדכון הקודם: ", "kk": "алдыңғы ақпаратта: ",
    "mn": "өмнөх мэдээгээр: ", "bg": "предходна информация: ", "hy": "նախորդ տեղեկանքում՝ ", "ka": "წინა ანგარიშით: ",
}  # fmt: skip

_STOPS = re.compile(r"\.\.(?=\s|$)")
_HY_STOP = re.compile(r"\.(?=\s|$)")


def jalali(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (year, month, day) of a Gregorian ``day``."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def fa_digits(text: str) -> str:
    return text.translate(PERSIAN_DIGITS)


def ar_digits(text: str) -> str:
    return text.translate(ARABIC_DIGITS)


def near(day: str, month: str, around: date) -> date:
    """The date "16 January" nearest to ``around`` (the report's day), in its year or the next or the one before."""
    m = MONTHS.index(month) + 1
    return min((date(around.year + k, m, int(day)) for k in (-1, 0, 1)), key=lambda d: abs((d - around).days))


def mn_date(day: date) -> str:
    """A Mongolian date: the month by its number and ordinal, "2 дугаар сарын 16"."""
    return f"{day.month} {MN_ORDINAL[day.month - 1]} сарын {day.day}"


def _millions(a: str, b: str, unit: float) -> str:
    return f"{round(float(f'{a}.{b}') * unit):,}"


def _locale(lang: str, around: date) -> dict:
    """The forms of ``lang``; ``around`` is the report's day (the Persian dates need its year)."""

    def on(d: str, m: str) -> date:
        return near(d, m, around)

    forms: dict[str, tuple[Callable, Callable, Callable, str, str]] = {
        "ar": (lambda a: f"{a} جنيه", lambda a, b: f"{a}٫{b} مليون جنيه",
               lambda d, m: f"{d} {SHUHUR[MONTHS.index(m)]}", "٬", r"\1٪"),
        "fa": (lambda a: f"{a} میلیون ریال", lambda a, b: f"{_millions(a, b, 1000).replace(',', '٬')} میلیارد ریال",
               lambda d, m: f"{jalali(on(d, m))[2]} {MAHHA[jalali(on(d, m))[1] - 1]}", "٬", r"\1٪"),
        "he": (lambda a: f"{a} ₪", lambda a, b: f"{a}.{b} מיליון ₪", lambda d, m: f"{d} ב{HODASHIM[MONTHS.index(m)]}",
               ",", r"\1%"),
        "kk": (lambda a: f"{a} мың теңге", lambda a, b: f"{a},{b} млрд теңге",
               lambda d, m: f"{d} {AILAR[MONTHS.index(m)]}", " ", r"\1%"),
        "mn": (lambda a: f"{a} мянган төгрөг", lambda a, b: f"{a}.{b} тэрбум төгрөг",
               lambda d, m: mn_date(on(d, m)), ",", r"\1 хувь"),
        "bg": (lambda a: f"{a} лв.", lambda a, b: f"{a},{b} млн. лв.", lambda d, m: f"{d} {MESETSI[MONTHS.index(m)]}",
               " ", r"\1%"),
        "hy": (lambda a: f"{a} հազար դրամ", lambda a, b: f"{a},{b} միլիարդ դրամ",
               lambda d, m: f"{AMISNER[MONTHS.index(m)]} {d}", " ", r"\1%"),
        "ka": (lambda a: f"{a} ლარი", lambda a, b: f"{a},{b} მლნ ლარი", lambda d, m: f"{d} {TVEEBI[MONTHS.index(m)]}",
               " ", r"\1%"),
    }  # fmt: skip
    cur, big, day, thousands, pct = forms[lang]
    lead = f"։ {LEADS[lang]} " if lang == "hy" else f". {LEADS[lang]} "
    return {
        "lead": lead,
        "closing": CLOSING[lang],
        "was": lambda up, old: f" ({WAS[lang]}{old})",
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": day,
    }


def _finish(text: str, lang: str) -> str:
    text = _STOPS.sub(".", text)
    if lang == "ar":
        return ar_digits(text)
    if lang == "fa":
        return fa_digits(text)
    if lang == "hy":
        return _HY_STOP.sub("։", text)
    if lang == "ka":  # Mtavruli (U+1C90…) back to Mkhedruli (U+10D0…)
        return "".join(chr(ord(c) - 0x1C90 + 0x10D0) if 0x1C90 <= ord(c) <= 0x1CBF else c for c in text)
    return text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, _locale(lang, report_day(doc).date()))
    if lang in ("ar", "fa"):
        doc.title = _finish(doc.title, lang)
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _finish(it.text, lang), _finish(it.body, lang)
            it.mitigation = _finish(it.mitigation, lang) if it.mitigation else None
            if lang == "hy" and it.mitigation:  # no capital after "՝"
                lower = it.mitigation[0].lower() + it.mitigation[1:]
                it.text = it.text.replace(f"{LEADS['hy']} {it.mitigation}", f"{LEADS['hy']} {lower}")
                it.mitigation = lower


def day_before(day: date) -> date:
    return day - timedelta(days=1)
