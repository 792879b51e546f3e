"""Changes to the generated content that the ``blind22_layouts`` publishers make before they print it.

The phrase banks (``blind22_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`): an Uzbek seismological expedition "1 250",
"12 %", "3 400 000 so'm", "16-mart", "(oldingi hisobotda: 5)" and "Choralar:" (and LaTeX prints each typed
apostrophe as "’", so the Uzbek text holds "’" — :func:`restyle_uz`); a Faroese municipality "1.250", "12 %", "3.400
kr.", "16. januar", "(seinasta frágreiðing: 5)" and "Tiltak:"; a Hebridean community resilience group "1,250", "12%",
"£3,400", "16 Faoilleach", "(san aithisg roimhe: 5)" and "Lasachadh:"; a KwaZulu-Natal municipality "1 250", "12%",
"R3 400", "16 Ephreli", "(embikweni odlule: 5)" and "Ukunciphisa:"; a Cebuano municipal disaster office "1,250",
"12%", "₱3,400", "16 Hulyo", "(niaging report: 5)" and "Aksyon:"; a Malagasy regional risk committee "1 250", "12%",
"3 400 000 Ariary", "16 Febroary", "(tatitra teo aloha: 5)" and "Fepetra:"; a Papua New Guinean provincial disaster
centre "1,250", "12%", "K3,400", "16 Mas", "(las ripot: 5)" and "Wok bilong stretim:"; a Nigerian state emergency
management agency's volunteer desk in Yoruba "1,250", "12%", "₦3,400,000", "16 Òkúdu", "(ìròyìn tó kọjá: 5)" and
"Ojútùú:". The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc
from localised_figures import localise_doc

MANADIR = ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")  # fmt: skip
MIOSAN = ("Faoilleach", "Gearran", "Màrt", "Giblean", "Cèitean", "Ògmhios", "Iuchar", "Lùnastal", "Sultain",
          "Dàmhair", "Samhain", "Dùbhlachd")  # fmt: skip
INYANGA = ("Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti", "Septhemba",
           "Okthoba", "Novemba", "Disemba")  # fmt: skip
BULAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Septiyembre", "Oktubre",
         "Nobiyembre", "Disyembre")  # fmt: skip
VOLANA = ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
          "Novambra", "Desambra")  # fmt: skip
MUN = ("Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas", "Septemba", "Oktoba", "Novemba",
       "Disemba")  # fmt: skip
OSU = ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Ọwẹ́wẹ̀", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
OYLAR = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
         "dekabr")  # fmt: skip

LEADS = {
    "uz": "Choralar:",
    "fo": "Tiltak:",
    "gd": "Lasachadh:",
    "zu": "Ukunciphisa:",
    "ceb": "Aksyon:",
    "mg": "Fepetra:",
    "tpi": "Wok bilong stretim:",
    "yo": "Ojútùú:",
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
    "uz": _loc("uz", "Xavf kamaydi va keyingi hisobotda ko'rsatilmaydi",
               lambda up, old: f" (oldingi hisobotda: {old})", lambda a: f"{a},000 so'm",
               lambda a, b: f"{a},{b} mlrd. so'm", lambda d, m: f"{d}-{OYLAR[_m(m)]}", thousands=" ", pct=r"\1 %"),
    "fo": _loc("fo", "Vandin er minkaður og verður ikki við í næstu frágreiðing",
               lambda up, old: f" (seinasta frágreiðing: {old})", lambda a: f"{a} kr.",
               lambda a, b: f"{a},{b} mió. kr.", lambda d, m: f"{d}. {MANADIR[_m(m)]}", thousands=".", pct=r"\1 %"),
    "gd": _loc("gd", "Tha an cunnart air lùghdachadh agus cha bhi e san ath aithisg",
               lambda up, old: f" (san aithisg roimhe: {old})", lambda a: f"£{a}",
               lambda a, b: f"£{a}.{b} millean", lambda d, m: f"{d} {MIOSAN[_m(m)]}"),
    "zu": _loc("zu", "Le ngozi yehlile futhi ngeke ibe sembikweni olandelayo",
               lambda up, old: f" (embikweni odlule: {old})", lambda a: f"R{a}",
               lambda a, b: f"R{a},{b} wezigidi", lambda d, m: f"{d} {INYANGA[_m(m)]}", thousands=" "),
    "ceb": _loc("ceb", "Mius na kini nga peligro ug dili na ilakip sa sunod nga report",
                lambda up, old: f" (niaging report: {old})", lambda a: f"₱{a}",
                lambda a, b: f"₱{a}.{b} milyon", lambda d, m: f"{d} {BULAN[_m(m)]}"),
    "mg": _loc("mg", "Nihena ity loza ity ka tsy hiseho intsony amin'ny tatitra manaraka",
               lambda up, old: f" (tatitra teo aloha: {old})", lambda a: f"{a},000 Ariary",
               lambda a, b: f"{a},{b} lavitrisa Ariary", lambda d, m: f"{d} {VOLANA[_m(m)]}", thousands=" "),
    "tpi": _loc("tpi", "Dispela hevi i go daun pinis na bai i no stap long nekis ripot",
                lambda up, old: f" (las ripot: {old})", lambda a: f"K{a}",
                lambda a, b: f"K{a}.{b} milion", lambda d, m: f"{d} {MUN[_m(m)]}"),
    "yo": _loc("yo", "Ewu yìí ti dínkù, kò ní sí nínú ìròyìn tó kàn mọ́",
               lambda up, old: f" (ìròyìn tó kọjá: {old})", lambda a: f"₦{a},000",
               lambda a, b: f"₦{a}.{b} bílíọ̀nù", lambda d, m: f"{d} {OSU[_m(m)]}"),
}  # fmt: skip


def _fix(text: str) -> str:
    return _STOPS.sub(".", text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``; an item ending
    in an abbreviation ("kr.", "mlrd.") takes no second full stop."""
    localise_doc(doc, LOCALE[lang])
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _fix(it.text), _fix(it.body)
            it.mitigation = _fix(it.mitigation) if it.mitigation else None


def _curly(text: str) -> str:
    return text.replace("'", "\u2019")


def restyle_uz(doc: Doc) -> None:
    """The Uzbek conventions, then every typed apostrophe ("o'", "so'm") as LaTeX prints it: "’"."""
    localise(doc, "uz")
    for s in doc.sections:
        s.heading = _curly(s.heading)
        for it in s.items:
            it.text, it.body = _curly(it.text), _curly(it.body)
            it.mitigation = _curly(it.mitigation) if it.mitigation else None


def upper_headings(doc: Doc, lang: str, orgs: tuple[str, ...]) -> None:
    """``doc`` in the conventions of ``lang``, its headings in capitals where the organisation types them so."""
    localise(doc, lang)
    if doc.organisation in orgs:
        for s in doc.sections:
            s.heading = s.heading.upper()
