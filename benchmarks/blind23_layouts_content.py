"""Changes to the generated content that the ``blind23_layouts`` publishers make before they print it.

The phrase banks (``blind23_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`): a Malawian district council "1,250", "12%",
"MK3,400,000", "16 Januwale", "(lipoti lapitali: 5)" and "Njira zochepetsera:"; a Nigerian state emergency management
agency in Hausa "1,250", "12%", "₦3,400,000", "16 ga Agusta", "(rahoton baya: 5)" and "Matakan kariya:"; a Samoan
district disaster committee "1,250", "12%", "$3,400 tala", "16 Ianuari", "(lipoti talu ai: 5)" and "Gaioiga:"; an
Eastern Cape municipality in isiXhosa "1 250", "12%", "R3 400", "16 Matshi", "(kwingxelo edlulileyo: 5)" and
"Isisombululo:"; a Breton commune "1 250", "12 %", "3 400 €", "16 a viz Genver", "(danevell a-raok: 5)" and
"Diarbenn:"; a Vanuatu provincial emergency operations centre in Bislama "1,250", "12%", "VT3,400,000", "16 Jenuware",
"(las sitrep: 5)" and "Rod blong stretem:"; a Javanese village disaster group "1.250", "12%", "Rp3.400.000", "16
Januari", "(laporan sadèrèngipun: 5)" and "Pangatasan:"; a Turkmen water utility "1 250", "12%", "3 400 manat",
"16-njy ýanwar", "(öňki maglumatda: 5)" and "Görülýän çäreler:". The printed text changes and so does the gold; the
threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

MWEZI = ("Januwale", "Febuluwale", "Malichi", "Epulo", "Meyi", "Juni", "Julayi", "Ogasiti", "Seputembala",
         "Okutobala", "Novembala", "Disembala")  # fmt: skip
WATA = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba",
        "Disamba")  # fmt: skip
MASINA = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aukuso", "Setema", "Oketopa", "Novema",
          "Tesema")  # fmt: skip
NYANGA = ("Janyuwari", "Februwari", "Matshi", "Epreli", "Meyi", "Juni", "Julayi", "Agasti", "Septemba", "Oktobha",
          "Novemba", "Disemba")  # fmt: skip
MIZIOU = ("Genver", "C'hwevrer", "Meurzh", "Ebrel", "Mae", "Mezheven", "Gouere", "Eost", "Gwengolo", "Here", "Du",
          "Kerzu")  # fmt: skip
MANS = ("Jenuware", "Febuware", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogis", "Septemba", "Oktoba", "Novemba",
        "Desemba")  # fmt: skip
SASI = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "Nopember", "Desember")  # fmt: skip
AYLAR_TK = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr", "noýabr",
         "dekabr")  # fmt: skip

LEADS = {
    "ny": "Njira zochepetsera:",
    "ha": "Matakan kariya:",
    "sm": "Gaioiga:",
    "xh": "Isisombululo:",
    "br": "Diarbenn:",
    "bi": "Rod blong stretem:",
    "jv": "Pangatasan:",
    "tk": "Görülýän çäreler:",
}

_STOPS = re.compile(r"\.\.(?=\s|$)")


def _m(m: str) -> int:
    return MONTHS.index(m)


def ordinal_tk(day: int) -> str:
    """A Turkmen ordinal day, its suffix after the vowel of the number's last word ("16-njy", "21-nji")."""
    back = {6: True, 9: True, 0: None}
    last = day % 10
    hard = back.get(last, False)
    if hard is None:  # 10 "on" and 30 "otuz" back, 20 "ýigrimi" front
        hard = day // 10 in (1, 3)
    return f"{day}-{'njy' if hard else 'nji'}"


def _loc(lang: str, closing: str, was: Callable, cur: Callable, big: Callable, date_fmt: Callable,
         thousands: str = ",", pct: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }


LOCALE = {
    "ny": _loc("ny", "Chiopsezochi chachepa ndipo sichidzakhala mu lipoti lotsatira",
               lambda up, old: f" (lipoti lapitali: {old})", lambda a: f"MK{a},000",
               lambda a, b: f"MK{a}.{b} biliyoni", lambda d, m: f"{d} {MWEZI[_m(m)]}"),
    "ha": _loc("ha", "Haɗarin ya ragu kuma ba za a sake saka shi a rahoto na gaba ba",
               lambda up, old: f" (rahoton baya: {old})", lambda a: f"₦{a},000",
               lambda a, b: f"₦{a}.{b} biliyan", lambda d, m: f"{d} ga {WATA[_m(m)]}"),
    "sm": _loc("sm", "Ua faaitiitia lenei lamatiaga ma o le a le toe aofia i le lipoti e sosoo ai",
               lambda up, old: f" (lipoti talu ai: {old})", lambda a: f"${a} tala",
               lambda a, b: f"${a}.{b} miliona tala", lambda d, m: f"{d} {MASINA[_m(m)]}"),
    "xh": _loc("xh", "Lo mngcipheko uncitshisiwe kwaye awusayi kubakho kwingxelo elandelayo",
               lambda up, old: f" (kwingxelo edlulileyo: {old})", lambda a: f"R{a}",
               lambda a, b: f"R{a},{b} yezigidi", lambda d, m: f"{d} {NYANGA[_m(m)]}", thousands=" "),
    "br": _loc("br", "Digresket eo an dañjer ha ne vo ket ken en danevell da-heul",
               lambda up, old: f" (danevell a-raok: {old})", lambda a: f"{a} €",
               lambda a, b: f"{a},{b} milion €", lambda d, m: f"{d} a viz {MIZIOU[_m(m)]}", thousands=" ",
               pct=r"\1 %"),
    "bi": _loc("bi", "Risk ia i godaon finis mo bambae i no stap long nekis sitrep",
               lambda up, old: f" (las sitrep: {old})", lambda a: f"VT{a},000",
               lambda a, b: f"VT{a}.{b} bilien", lambda d, m: f"{d} {MANS[_m(m)]}"),
    "jv": _loc("jv", "Bebaya punika sampun suda lan boten badhé kalebet ing laporan salajengipun",
               lambda up, old: f" (laporan sadèrèngipun: {old})", lambda a: f"Rp{a},000",
               lambda a, b: f"Rp{a},{b} milyar", lambda d, m: f"{d} {SASI[_m(m)]}", thousands="."),
    "tk": _loc("tk", "Bu howp azaldy we indiki maglumata girizilmez",
               lambda up, old: f" (öňki maglumatda: {old})", lambda a: f"{a} manat",
               lambda a, b: f"{a},{b} mln manat", lambda d, m: f"{ordinal_tk(int(d))} {AYLAR_TK[_m(m)]}",
               thousands=" "),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``; an item ending in
    an abbreviation takes no second full stop."""
    localise_doc(doc, LOCALE[lang])
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _STOPS.sub(".", it.text), _STOPS.sub(".", it.body)
            it.mitigation = _STOPS.sub(".", it.mitigation) if it.mitigation else None


def upper_headings(doc: Doc, lang: str, orgs: tuple[str, ...]) -> None:
    """``doc`` in the conventions of ``lang``, its headings in capitals where the organisation types them so."""
    localise(doc, lang)
    if doc.organisation in orgs:
        for s in doc.sections:
            s.heading = s.heading.upper()
