"""Changes to the generated content that the ``blind20_layouts`` publishers make before they print it, and what two
of their writers remember of the report before.

The phrase banks (``blind20_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`): a Lithuanian municipality "1 250", "12
proc.", "3 400 Eur", "1,25 mln. Eur", "kovo 16 d.", "(ankstesnėje ataskaitoje – 5)" and "Priemonės:"; a Latvian
municipality "1 250", "12 %", "3 400 EUR", "1,25 milj. EUR", the date in figures "16.07.", "(iepriekšējā pārskatā:
5)" and "Pasākumi:"; a Slovak district office "1 250", "12 %", "3 400 €", "1,25 mil. €", "16. septembra", "(v
predchádzajúcej správe 5)" and "Opatrenia:"; an Icelandic operations command "1.250", "12%", "3.400.000 kr.", "1,25
milljarðar kr.", "16. febrúar", "(var 5 í síðustu skýrslu)" and "Mótvægisaðgerðir:"; a Maltese local council
"1,250", "12%", "€3,400", "€1.25 miljun", "16 ta' Novembru", "(minn 5 fir-rapport ta' qabel)" and
"Mitigazzjoni:"; an Albanian prefecture "1.250", "12%", "3.400.000 lekë", "1,25 miliardë lekë", "16 janar", "(në
raportin e mëparshëm: 5)" and "Masat:"; a Malaysian district office "1,250", "12%", "RM3,400", "RM1.25 juta", "16
Disember", "(laporan sebelum ini: 5)" and "Tindakan mitigasi:"; a South African municipality "1 250", "12%", "R3
400", "R1,25 miljoen", "16 Januarie", "(op van 5 in die vorige verslag)" and "Teenmaatreëls:". The printed text
changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc, Section
from localised_figures import localise_doc

MENESIAI = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
            "spalio", "lapkričio", "gruodžio")  # fmt: skip
MESIACE = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra")  # fmt: skip
MANUDIR = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember")  # fmt: skip
XHUR = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
        "Novembru", "Diċembru")  # fmt: skip
MUAJT = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
         "dhjetor")  # fmt: skip
BULAN_MS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
            "November", "Disember")  # fmt: skip
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip

LEADS = {
    "lt": "Priemonės:",
    "lv": "Pasākumi:",
    "sk": "Opatrenia:",
    "is": "Mótvægisaðgerðir:",
    "mt": "Mitigazzjoni:",
    "sq": "Masat:",
    "ms": "Tindakan mitigasi:",
    "af": "Teenmaatreëls:",
}


_STOPS = re.compile(r"\.\.(?=\s|$)")


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
    "lt": _loc("lt", "Rizika sumažėjo, kitoje ataskaitoje ji nebus nurodoma",
               lambda up, old: f" (ankstesnėje ataskaitoje – {old})", lambda a: f"{a} Eur",
               lambda a, b: f"{a},{b} mln. Eur", lambda d, m: f"{MENESIAI[_m(m)]} {d} d.", thousands=" ",
               pct=r"\1 proc."),
    "lv": _loc("lv", "Risks ir mazinājies, un nākamajā pārskatā tas vairs netiks iekļauts",
               lambda up, old: f" (iepriekšējā pārskatā: {old})", lambda a: f"{a} EUR",
               lambda a, b: f"{a},{b} milj. EUR", lambda d, m: f"{int(d):02d}.{_m(m) + 1:02d}.", thousands=" ",
               pct=r"\1 %"),
    "sk": _loc("sk", "Riziko sa znížilo a v nasledujúcej správe už nebude uvedené",
               lambda up, old: f" (v predchádzajúcej správe {old})", lambda a: f"{a} €",
               lambda a, b: f"{a},{b} mil. €", lambda d, m: f"{d}. {MESIACE[_m(m)]}", thousands=" ", pct=r"\1 %"),
    "is": _loc("is", "Dregið hefur úr þessari áhættu og hún verður ekki í næstu skýrslu",
               lambda up, old: f" (var {old} í síðustu skýrslu)", lambda a: f"{a},000 kr.",
               lambda a, b: f"{a},{b} milljarðar kr.", lambda d, m: f"{d}. {MANUDIR[_m(m)]}", thousands="."),
    "mt": _loc("mt", "Dan ir-riskju naqas u mhux se jidher fir-rapport li jmiss",
               lambda up, old: f" (minn {old} fir-rapport ta' qabel)", lambda a: f"€{a}",
               lambda a, b: f"€{a}.{b} miljun", lambda d, m: f"{d} ta' {XHUR[_m(m)]}"),
    "sq": _loc("sq", "Ky rrezik është ulur dhe nuk do të përfshihet në raportin e ardhshëm",
               lambda up, old: f" (në raportin e mëparshëm: {old})", lambda a: f"{a},000 lekë",
               lambda a, b: f"{a},{b} miliardë lekë", lambda d, m: f"{d} {MUAJT[_m(m)]}", thousands="."),
    "ms": _loc("ms", "Risiko ini telah berkurangan dan tidak akan dimuatkan dalam laporan seterusnya",
               lambda up, old: f" (laporan sebelum ini: {old})", lambda a: f"RM{a}",
               lambda a, b: f"RM{a}.{b} juta", lambda d, m: f"{d} {BULAN_MS[_m(m)]}"),
    "af": _loc("af", "Hierdie risiko het afgeneem en sal nie in die volgende verslag verskyn nie",
               lambda up, old: f" ({'op' if up else 'af'} van {old} in die vorige verslag)", lambda a: f"R{a}",
               lambda a, b: f"R{a},{b} miljoen", lambda d, m: f"{d} {MAANDE[_m(m)]}", thousands=" "),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``; an item ending in
    an abbreviation ("kovo 6 d.", "9 val.", "24.07.", "8.00 hod.", "kr.") takes no second full stop."""
    localise_doc(doc, LOCALE[lang])
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _STOPS.sub(".", it.text), _STOPS.sub(".", it.body)
            it.mitigation = _STOPS.sub(".", it.mitigation) if it.mitigation else None


def template_sections(doc: Doc, lang: str, empty: tuple[tuple[str, str], ...]) -> None:
    """``doc`` in the conventions of ``lang``, with the sections of the publisher's template that the contributor
    left empty (heading, the heading after which the template has it; "" for the end) put in their places, with no
    items: they are printed and so in the gold."""
    localise(doc, lang)
    for heading, after in empty:
        at = next((k + 1 for k, s in enumerate(doc.sections) if s.heading == after), len(doc.sections))
        doc.sections.insert(at, Section(heading, None, 1))


# ---------------------------------------------------------------- the report before, as its writer kept it

_WRITTEN: dict[tuple[str, str, int], Doc] = {}


def remember(doc: Doc, layout: str) -> None:
    """Keep ``doc`` as written by ``layout``, for the writer of the next report of its series."""
    _WRITTEN[(layout, doc.organisation, doc.number)] = doc


def previous(doc: Doc, layout: str) -> Doc | None:
    """The report before ``doc`` in its series as ``layout`` wrote it, if it was written in this run."""
    return _WRITTEN.get((layout, doc.organisation, doc.number - 1))
