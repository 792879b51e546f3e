"""Changes to the generated content that the ``blind61_layouts`` publishers make before they print it.

The phrase banks (``blind61_layouts_banks_away``, ``blind61_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Lao provincial labour and social welfare departments (a letter in Word): a pound as twenty-seven thousand kip, in
  millions ("9,180 ລ້ານກີບ"), "1,250", "12%", "16 ສິງຫາ", "(ບົດລາຍງານຄັ້ງກ່ອນ: 5)", "ມາດຕະການ:"; each section's name
  after a Roman numeral ("I. ສະຫຼຸບຫຍໍ້");
- Bengaluru's zonal offices (a letter in Word, the report a table): a pound as a hundred and ten rupees in lakhs or
  crores ("ರೂ. 3.74 ಕೋಟಿ"), counts grouped the Indian way ("1,25,000"), "12%", dates "16.10.2026",
  "(ಹಿಂದಿನ ವರದಿ: 5)", "ಕೈಗೊಂಡ ಕ್ರಮ:";
- Brunei's fire and rescue zones (a letter printed to PDF): Brunei dollars ("B$578,000", "B$2.13 juta"), "1,250",
  "16 Januari", "(laporan sebelum: 5)", the mitigation in its own column; each section's name in capitals after its
  number ("1. RINGKASAN");
- Mongolian heating network companies (a plain mail from The Bat!): a pound as 4,300 tögrög, in millions
  ("1,462 сая төгрөг"), "1,250", "12 хувь", "1 дүгээр сарын 16-ны", "(өмнөх мэдээгээр: 5)", "Авсан арга хэмжээ:";
  each section's name after its number ("1. Товч мэдээлэл");
- Namibian regional health directorates (a bulletin in two columns, in PDF): Namibia dollars ("N$7.8 million",
  "N$782,000"), "16 September", "(previous bulletin: 5)", "Response:";
- Hong Kong's public transport operators (a Sitecore page): "HK$3.4 million", "HK$340,000", "16 September",
  "(previous update: 5)", "Our response:";
- Bahamian Family Island administrators (a page of the government's WebSphere portal): dollars ("$442,000", "$1.63
  million"), "September 16", "(previous report: 5)", "Action:";
- Mauritian police divisions (a SITREP in Word): rupees ("Rs 19,720,000"), "16 February", "(previous report: 5)",
  "Police action:"; each section's name after its number ("1. Summary").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "numbered_upper", "parts", "roman"]

LEADS = {
    "lo": "ມາດຕະການ:",
    "kn": "ಕೈಗೊಂಡ ಕ್ರಮ:",
    "bn": "Langkah kawalan:",
    "mn": "Авсан арга хэмжээ:",
    "na": "Response:",
    "hk": "Our response:",
    "bs": "Action:",
    "mu": "Police action:",
}
DEUAN = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
         "Disember")  # fmt: skip
SAR = ("1 дүгээр", "2 дугаар", "3 дугаар", "4 дүгээр", "5 дугаар", "6 дугаар", "7 дугаар", "8 дугаар", "9 дүгээр",
       "10 дугаар", "11 дүгээр", "12 дугаар")  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
YEAR = 2026  # every series of this set runs within 2026


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def mongolian_day(day: int, month: int) -> str:
    """The day as printed ("1 дүгээр сарын 16-ны"): the month's ordinal, the day with its genitive (-ний after 1,
    4 and 9)."""
    return f"{SAR[month - 1]} сарын {day}-{'ний' if day % 10 in (1, 4, 9) else 'ны'}"


def _mn_date(d, m) -> str:
    return mongolian_day(int(d), MONTHS.index(m) + 1)


def _kn_date(d, m) -> str:
    return f"{int(d):02d}.{MONTHS.index(m) + 1:02d}.{YEAR}"


def _kip(pounds: int) -> str:
    return f"{group(pounds * 27 // 1000, ',')} ລ້ານກີບ"


def _rupees_kn(pounds: int) -> str:
    r = pounds * 110
    return f"ರೂ. {r / 10_000_000:.2f} ಕೋಟಿ" if r >= 10_000_000 else f"ರೂ. {r / 100_000:.2f} ಲಕ್ಷ"


def _bnd(pounds: int) -> str:
    d = pounds * 17 // 10
    return f"B${d / 1e6:.2f} juta" if d >= 1_000_000 else f"B${d:,}"


def _tugrik(pounds: int) -> str:
    return f"{group(pounds * 4300 // 1_000_000, ',')} сая төгрөг"


def _nad(pounds: int) -> str:
    d = pounds * 23
    return f"N${d / 1e6:.1f} million" if d >= 1_000_000 else f"N${d:,}"


def _hkd(pounds: int) -> str:
    d = pounds * 10
    return f"HK${d / 1e6:.1f} million" if d >= 1_000_000 else f"HK${d:,}"


def _bsd(pounds: int) -> str:
    d = pounds * 13 // 10
    return f"${d / 1e6:.2f} million" if d >= 1_000_000 else f"${d:,}"


def _mur(pounds: int) -> str:
    return f"Rs {pounds * 58:,}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lead: str, closing: str, was: str, money, date, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": ",",
        "percent": percent,
        "date": date,
    }


_EN = "This risk has reduced and will be removed from the next report"
LOCALES = {
    "lo": _loc(LEADS["lo"], "ຄວາມສ່ຽງນີ້ຫຼຸດລົງແລ້ວ ແລະ ຈະບໍ່ລາຍງານໃນຄັ້ງຕໍ່ໄປ", " (ບົດລາຍງານຄັ້ງກ່ອນ: {})", _kip,
               _month(DEUAN, "{d} {m}")),
    "kn": _loc(LEADS["kn"], "ಈ ಅಪಾಯ ಕಡಿಮೆಯಾಗಿದ್ದು ಮುಂದಿನ ವರದಿಯಿಂದ ಕೈಬಿಡಲಾಗುವುದು", " (ಹಿಂದಿನ ವರದಿ: {})", _rupees_kn,
               _kn_date),
    "bn": _loc(LEADS["bn"], "Risiko ini telah berkurangan dan akan dikeluarkan daripada laporan seterusnya",
               " (laporan sebelum: {})", _bnd, _month(BULAN, "{d} {m}")),
    "mn": _loc(LEADS["mn"], "Энэ эрсдэл буурсан тул дараагийн мэдээнд тусгахгүй", " (өмнөх мэдээгээр: {})", _tugrik,
               _mn_date, r"\1 хувь"),
    "na": _loc(LEADS["na"], "This risk has reduced and will be removed from the next bulletin",
               " (previous bulletin: {})", _nad, _month(MONTHS, "{d} {m}")),
    "hk": _loc(LEADS["hk"], "This risk has reduced and will be removed from the next update", " (previous update: {})",
               _hkd, _month(MONTHS, "{d} {m}")),
    "bs": _loc(LEADS["bs"], _EN, " (previous report: {})", _bsd, _month(MONTHS, "{m} {d}")),
    "mu": _loc(LEADS["mu"], _EN, " (previous report: {})", _mur, _month(MONTHS, "{d} {m}")),
}  # fmt: skip
_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d.])")


def indian(n: int) -> str:
    """``n`` grouped the Indian way: the last three digits, then pairs ("1,25,000")."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join(([head] if head else []) + pairs + [tail])


def _indian_text(text: str) -> str:
    return _GROUPED.sub(lambda m: indian(int(m.group().replace(",", ""))), text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "kn":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = _indian_text(it.text), _indian_text(it.body)
                it.mitigation = _indian_text(it.mitigation) if it.mitigation else None


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after a Roman numeral ("I. ສະຫຼຸບຫຍໍ້")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading}"


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Summary")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def numbered_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. RINGKASAN")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
