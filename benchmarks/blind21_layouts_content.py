"""Changes to the generated content that the ``blind21_layouts`` publishers make before they print it.

The phrase banks (``blind21_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`): a Basque town council "1.250", "%12",
"3.400 euro", "martxoaren 16a", "(aurreko txostenean: 5)" and "Neurriak:"; a Serbian emergency staff "1.250",
"12%", "3.400.000 dinara", "16. maja", "(u prethodnom izveštaju: 5)" and "Mere:"; a Luxembourg commune "1.250", "12
%", "3.400 €", "16. Mäerz", "(leschte Bericht: 5)" and "Moossnamen:"; a Haitian communal civil protection committee
"1 250", "12%", "3 400 000 goud", "16 mas", "(nan rapò anvan an: 5)" and "Mezi:"; a Somali regional response
committee "1,250", "12%", "$3,400", "16 Maarso", "(warbixintii hore: 5)" and "Tallaabooyinka:"; a New Zealand
emergency management group in its own English "1,250", "$3,400", "16 March" and "Treatment:"; a Rwandan district
"1.250", "3.400.000 Frw", "16 Werurwe", "(raporo ibanza: 5)" and "Ingamba:"; an Azerbaijani district executive
authority "1 250", "12%", "3 400 manat", "16 mart", "(əvvəlki hesabatda: 5)" and "Tədbirlər:". The printed text
changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

HILABETEAK = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
              "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren")  # fmt: skip
MESECI = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
          "novembra", "decembra")  # fmt: skip
MOUNTEN = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember")  # fmt: skip
MWA = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm")
BILAHA = ("Janaayo", "Febraayo", "Maarso", "Abriil", "May", "Juun", "Luuliyo", "Agoosto", "Sebtembar", "Oktoobar",
          "Nofembar", "Desembar")  # fmt: skip
AMEZI = ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri",
         "Ukwakira", "Ugushyingo", "Ukuboza")  # fmt: skip
AYLAR = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
         "dekabr")  # fmt: skip

LEADS = {
    "eu": "Neurriak:",
    "sr": "Mere:",
    "lb": "Moossnamen:",
    "ht": "Mezi:",
    "so": "Tallaabooyinka:",
    "mi": "Treatment:",
    "rw": "Ingamba:",
    "az": "Tədbirlər:",
}

_STOPS = re.compile(r"\.\.(?=\s|$)")
_PCT_FIRST = re.compile(r"(\d+(?:,\d+)?)%")


def _m(m: str) -> int:
    return MONTHS.index(m)


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
    "eu": _loc("eu", "Arriskua txikitu egin da eta ez da hurrengo txostenean agertuko",
               lambda up, old: f" (aurreko txostenean: {old})", lambda a: f"{a} euro",
               lambda a, b: f"{a},{b} milioi euro", lambda d, m: f"{HILABETEAK[_m(m)]} {d}a", thousands="."),
    "sr": _loc("sr", "Rizik se smanjio i neće biti naveden u narednom izveštaju",
               lambda up, old: f" (u prethodnom izveštaju: {old})", lambda a: f"{a},000 dinara",
               lambda a, b: f"{a},{b} milijardi dinara", lambda d, m: f"{d}. {MESECI[_m(m)]}", thousands="."),
    "lb": _loc("lb", "De Risiko ass erofgaangen a kënnt am nächste Bericht net méi vir",
               lambda up, old: f" (leschte Bericht: {old})", lambda a: f"{a} €",
               lambda a, b: f"{a},{b} Mio. €", lambda d, m: f"{d}. {MOUNTEN[_m(m)]}", thousands=".", pct=r"\1 %"),
    "ht": _loc("ht", "Risk sa a bese, li p ap parèt nan pwochen rapò a",
               lambda up, old: f" (nan rapò anvan an: {old})", lambda a: f"{a},000 goud",
               lambda a, b: f"{a},{b} milya goud", lambda d, m: f"{d} {MWA[_m(m)]}", thousands=" "),
    "so": _loc("so", "Khatartan way yaraatay, warbixinta xigta laguma soo dari doono",
               lambda up, old: f" (warbixintii hore: {old})", lambda a: f"${a}",
               lambda a, b: f"${a}.{b} milyan", lambda d, m: f"{d} {BILAHA[_m(m)]}"),
    "mi": _loc("mi", "This risk has eased and will come off the next report",
               lambda up, old: f" ({'up' if up else 'down'} from {old} in the last report)", lambda a: f"${a}",
               lambda a, b: f"${a}.{b}m", lambda d, m: f"{d} {m}"),
    "rw": _loc("rw", "Iki cyago cyagabanutse, ntikizagaragara muri raporo itaha",
               lambda up, old: f" (raporo ibanza: {old})", lambda a: f"{a},000 Frw",
               lambda a, b: f"{a},{b} miliyari Frw", lambda d, m: f"{d} {AMEZI[_m(m)]}", thousands="."),
    "az": _loc("az", "Risk azalıb və növbəti hesabatda göstərilməyəcək",
               lambda up, old: f" (əvvəlki hesabatda: {old})", lambda a: f"{a} manat",
               lambda a, b: f"{a},{b} mln. manat", lambda d, m: f"{d} {AYLAR[_m(m)]}", thousands=" "),
}  # fmt: skip


def _fix(text: str, lang: str) -> str:
    text = _STOPS.sub(".", text)
    return _PCT_FIRST.sub(r"%\1", text) if lang == "eu" else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``; Basque puts the
    per cent sign first ("%12"); an item ending in an abbreviation ("Mio. €") takes no second full stop."""
    localise_doc(doc, LOCALE[lang])
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _fix(it.text, lang), _fix(it.body, lang)
            it.mitigation = _fix(it.mitigation, lang) if it.mitigation else None


def upper_headings(doc: Doc, lang: str) -> None:
    """``doc`` in the conventions of ``lang`` with its headings in capitals, as the publisher types them."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()
