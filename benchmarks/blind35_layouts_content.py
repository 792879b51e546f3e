"""Changes to the generated content that the ``blind35_layouts`` publishers make before they print it.

The phrase banks (``blind35_layouts_banks_en``, ``blind35_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Canadian regional health authorities (Tableau): "$3,400", "$1.25M", "July 16", "(previous day: 5)",
  "Mitigating action:";
- American electric cooperatives (Grafana), in the Associated Press's style: "$3,400", "$1.25 million", "Jan. 27",
  "(was 5 yesterday)", "Mitigation:";
- American school districts (Looker Studio): "$3,400", "$1.25 million", "4/16", "(prior day: 5)", "Mitigation:";
- an international NGO's country offices (Notion): "USD 3,400", "USD 1.25 million", "16 Nov", "(prev. sitrep: 5)",
  the mitigation in a database's column;
- Brazilian municipal civil defence (ArcGIS Dashboards): "R$ 3.400", "R$ 1,25 milhão", "R$ 2,40 milhões", "1.250",
  "12%", "16 de fevereiro", "(boletim anterior: 5)", "Medidas:";
- Ethiopian zone disaster risk management offices, in Amharic (Word): "3,400 ብር", "1.25 ሚሊዮን ብር", "1,250", "12%",
  the dates in the Ethiopian calendar ("ነሐሴ 4 ቀን" for 10 August 2026), "(ባለፈው ሳምንት፦ 5)", each sentence ended
  with the Ethiopic full stop "።", the mitigation in the risk table's column;
- Frisian municipalities, in West Frisian (a Laposta newsletter): "€ 3.400", "€ 1,25 miljoen", "1.250", "12%",
  "16 febrewaris", "(foarige update: 5)", "Maatregel:";
- German universities (Thunderbird): "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. März", "(Vortag: 5)",
  "Maßnahme:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from datetime import date

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "heat": "Mitigating action:",
    "coop": "Mitigation:",
    "school": "Mitigation:",
    "ngo": "Mitigation:",  # printed in the risk log's column, never as a lead
    "pt": "Medidas:",
    "am": "የመፍትሄ እርምጃ፦",  # printed in the risk table's column, never as a lead
    "fy": "Maatregel:",
    "de": "Maßnahme:",
}
PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip
FY_MONTHS = ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
             "oktober", "novimber", "desimber")  # fmt: skip
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
ET_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ",
             "ጳጉሜን")  # fmt: skip
_ERA = 1723856  # the Julian day number before the first day of the Ethiopian era (Amete Mihret)


def ethiopian(day: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in the Ethiopian calendar (13 months, the last of 5 or 6 days)."""
    jdn = day.toordinal() + 1721425
    r = (jdn - _ERA) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - _ERA) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


def et_date(day: date, year: bool = False) -> str:
    """A date as an Ethiopian office writes it: "ነሐሴ 4 ቀን", with ``year`` "ነሐሴ 4 ቀን 2018 ዓ.ም"."""
    y, m, d = ethiopian(day)
    return f"{ET_MONTHS[m - 1]} {d} ቀን" + (f" {y} ዓ.ም" if year else "")


def _loc(lang: str, closing: str, was: str, cur: str, big, thousands: str = ",", percent: str = r"\1%",
         date=lambda d, m: f"{m} {int(d)}") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(int(d), names[MONTHS.index(m)])


def _real(m: re.Match, one: str, many: str) -> str:
    """ "£1.25m" as "R$ 1,25 milhão", "£2.40m" as "R$ 2,40 milhões"."""
    return f"R$ {m.group(1)},{m.group(2)} {one if m.group(1) == '1' else many}"


def _et(d: str, m: str) -> str:
    """A day and month of the drought series (July to September 2026, so the year is 2026) in the Ethiopian
    calendar."""
    return et_date(date(2026, MONTHS.index(m) + 1, int(d)))


LOCALE = {
    "heat": _loc("heat", "Risk lowered; to be removed from tomorrow's report", " (previous day: {})", "${}",
                 "${}.{}M", date=lambda d, m: f"{m} {int(d)}"),
    "coop": _loc("coop", "This risk has eased and will be removed from tomorrow's update", " (was {} yesterday)",
                 "${}", "${}.{} million", date=lambda d, m: f"{AP_MONTHS[MONTHS.index(m)]} {int(d)}"),
    "school": _loc("school", "Risk reduced; will be removed from the next report", " (prior day: {})", "${}",
                   "${}.{} million", date=lambda d, m: f"{MONTHS.index(m) + 1}/{int(d)}"),
    "ngo": _loc("ngo", "Risk downgraded; to be closed in the next sitrep", " (prev. sitrep: {})", "USD {}",
                "USD {}.{} million", date=lambda d, m: f"{int(d)} {m[:3]}"),
    "pt": _loc("pt", "O risco diminuiu e será retirado do próximo boletim", " (boletim anterior: {})", "R$ {}",
               lambda m: _real(m, "milhão", "milhões"), ".", date=_month(PT_MONTHS, "{} de {}")),
    "am": _loc("am", "ስጋቱ ቀንሷል፤ በሚቀጥለው ሪፖርት አይካተትም", " (ባለፈው ሳምንት፦ {})", "{} ብር", "{}.{} ሚሊዮን ብር",
               date=_et),
    "fy": _loc("fy", "It risiko is lytser wurden en falt yn de folgjende update fuort", " (foarige update: {})",
               "€ {}", "€ {},{} miljoen", ".", date=_month(FY_MONTHS, "{} {}")),
    "de": _loc("de", "Risiko gesunken, entfällt im nächsten Lagebericht", " (Vortag: {})", "{} €", "{},{} Mio. €",
               ".", r"\1 %", _month(DE_MONTHS, "{}. {}")),
}  # fmt: skip

_STOP = re.compile(r"\.(?=\s|$)")


def _ethiopic_stops(text: str | None) -> str | None:
    """A sentence's full stop as the Ethiopic "።" (a decimal point, with no space after it, stays)."""
    return _STOP.sub("።", text) if text else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])
    if lang == "am":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = _ethiopic_stops(it.text), _ethiopic_stops(it.body)
                it.mitigation = _ethiopic_stops(it.mitigation)


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("city-square")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
