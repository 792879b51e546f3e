"""Changes to the generated content that the ``blind54_layouts`` publishers make before they print it.

The phrase banks (``blind54_layouts_banks_away``, ``blind54_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Hungarian national park directorates, in Hungarian (a MailerLite newsletter): "340 000 forint",
  "1,25 millió forint", "1 250", "12%", "július 16.", "(előző tájékoztató: 5)", "Megtett intézkedések:";
- Turkish regional directorates of highways, in Turkish (a letter from the e-document system): "340.000 TL",
  "1,25 milyon TL", "1.250", "%12" (the sign before the figure), "16 Ocak", "(önceki bilgi notu: 5)",
  "Alınan önlemler:"; each section's name after its number ("2. Hava Durumu ve Yol Durumu");
- Indonesian village governments, in Indonesian (an OpenSID article): "Rp340 juta" (thousands of pounds as
  millions of rupiah), "Rp1,25 miliar", "1.250", "12%", "16 Januari", "(laporan sebelumnya: 5)",
  "Upaya penanganan:"; each section's name after its number ("1. Ringkasan Kejadian");
- Seoul district public health centres, in Korean (a Naver blog post): "3억 4,000만 원" (a pound as a thousand
  won), "12억 5,000만 원", "1,250", "12%", "8월 16일", "(지난 안내: 5)", "조치사항:"; each section's name after
  "■ " as the centres' posts set it;
- New South Wales local health districts (a PagerDuty status update): "$340,000", "$1.25 million", "16 March",
  "(previous update: 5)", "Controls in place:";
- Florida Medical Reserve Corps units (a Groups.io message): "$340,000", "$1.25 million", "September 16",
  "(last update: 5)", "Steps taken:";
- New Zealand regional tourism organisations (a HubSpot blog post): "$340,000", "$1.25m", "16 February",
  "(previously 5)", "How we're responding:";
- Guyana's regional democratic councils (a Jotform submission): "G$340,000", "G$1.25 million", "June 16",
  "(previous report: 5)", "Measures in place:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "marked", "numbered", "parts"]

LEADS = {
    "hu": "Megtett intézkedések:",
    "tr": "Alınan önlemler:",
    "id": "Upaya penanganan:",
    "ko": "조치사항:",
    "au": "Controls in place:",
    "us": "Steps taken:",
    "nz": "How we're responding:",
    "gy": "Measures in place:",
}
HONAPOK = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december")  # fmt: skip
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
         "Aralık")  # fmt: skip
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")  # fmt: skip
US = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)], n=MONTHS.index(m) + 1)


def _rupiah(m) -> str:
    """An amount in pounds as a village counts it: thousands of pounds as millions of rupiah."""
    n = int(m.group(1).replace(",", ""))
    return f"Rp{group(n // 1000, '.')} juta" if n >= 1000 and n % 1000 == 0 else f"Rp{group(n, '.')}"


def _won(total: int) -> str:
    """Won as a Korean writes a large amount: "3억 4,000만 원", "3,400만 원"."""
    eok, man = divmod(total // 10_000, 10_000)
    if not eok:
        return f"{man:,}만 원"
    return f"{eok:,}억 {man:,}만 원" if man else f"{eok:,}억 원"


def _loc(lead: str, closing: str, was: str, pounds, millions, thousands: str, date, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": millions if callable(millions) else (lambda m: millions.format(m.group(1), m.group(2))),
        "pounds": pounds if callable(pounds) else (lambda m: pounds.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "hu": _loc(LEADS["hu"], "A kockázat csökkent, a következő tájékoztatóban már nem szerepel",
               " (előző tájékoztató: {})", "{} forint", "{},{} millió forint", " ", _month(HONAPOK, "{m} {d}.")),
    "tr": _loc(LEADS["tr"], "Risk azalmış olup bir sonraki bilgi notunda yer almayacaktır", " (önceki bilgi notu: {})",
               "{} TL", "{},{} milyon TL", ".", _month(AYLAR, "{d} {m}")),
    "id": _loc(LEADS["id"], "Risiko ini sudah menurun dan tidak akan dicantumkan lagi pada laporan berikutnya",
               " (laporan sebelumnya: {})", _rupiah, "Rp{},{} miliar", ".", _month(BULAN, "{d} {m}")),
    "ko": _loc(LEADS["ko"], "위험이 낮아져 다음 안내부터는 싣지 않습니다", " (지난 안내: {})",
               lambda m: _won(int(m.group(1).replace(",", "")) * 1000),
               lambda m: _won((int(m.group(1)) * 100 + int(m.group(2).ljust(2, "0")[:2])) * 10_000_000), ",",
               _month(MONTHS, "{n}월 {d}일")),
    "au": _loc(LEADS["au"], "This risk has reduced and will be removed from the next update",
               " (previous update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "us": _loc(LEADS["us"], "This risk has gone down and will come off the list in the next update",
               " (last update: {})", "${}", "${}.{} million", ",", _month(US, "{m} {d}")),
    "nz": _loc(LEADS["nz"], "This risk has eased and we will stop reporting it from the next update",
               " (previously {})", "${}", "${}.{}m", ",", _month(MONTHS, "{d} {m}")),
    "gy": _loc(LEADS["gy"], "This risk has reduced and will be removed from the next report",
               " (previous report: {})", "G${}", "G${}.{} million", ",", _month(US, "{m} {d}")),
}  # fmt: skip

_TR_PERCENT = re.compile(r"(\d+(?:,\d+)?)%")
_KO_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")(?=[가-힣])")


def _each(doc: Doc, fix) -> None:
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = fix(it.text), fix(it.body)
            it.mitigation = fix(it.mitigation) if it.mitigation else None


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    if lang == "ko":  # a date with its particle ("16 August부터") is no word of its own for the shared pattern
        _each(doc, lambda t: _KO_DATE.sub(lambda m: f"{MONTHS.index(m.group(2)) + 1}월 {int(m.group(1))}일", t))
    localise_doc(doc, LOCALES[lang])
    if lang == "hu":  # "július 16." keeps its stop at a sentence's end
        _each(doc, lambda t: t.replace("..", "."))
    if lang == "tr":  # the Turkish sign stands before its figure
        _each(doc, lambda t: _TR_PERCENT.sub(r"%\1", t))


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Ringkasan Kejadian")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def marked(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after the black square the centres' posts set before it."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = f"■ {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
