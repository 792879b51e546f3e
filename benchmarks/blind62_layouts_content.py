"""Changes to the generated content that the ``blind62_layouts`` publishers make before they print it.

The phrase banks (``blind62_layouts_banks_east``, ``blind62_layouts_banks_west``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the Punjab State Power Corporation's distribution circles (a letter in Word): a pound as a hundred and ten rupees in
  lakhs or crores ("₹3.74 ਕਰੋੜ"), counts grouped the Indian way ("1,25,000"), "12%", "16 ਅਗਸਤ",
  "(ਪਿਛਲੀ ਰਿਪੋਰਟ: 5)", "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:", every sentence closed by a danda ("।");
- Bangladesh's upazila health complexes (a letter in Word whose report is a table): a pound as a hundred and fifty
  taka in lakhs or crores ("৩.৭৪ কোটি টাকা"), every figure in Bengali digits grouped the Indian way ("১,২৫,০০০"),
  "১৬ জুন", "(পূর্ববর্তী প্রতিবেদন: ৫)", "গৃহীত ব্যবস্থা:", the danda; each section's name after its number in
  Bengali digits ("১. সংক্ষিপ্ত বিবরণ");
- Odisha's block education offices (a mail from Rediffmail): rupees ("₹3.74 କୋଟି"), "1,25,000", "16 ଅକ୍ଟୋବର",
  "(ପୂର୍ବ ରିପୋର୍ଟ: 5)", "ଗୃହୀତ ପଦକ୍ଷେପ:", the danda; each section's name after its number ("1. ସଂକ୍ଷିପ୍ତ ବିବରଣୀ");
- the Cyprus Fire Service's district commands (a memo in Word): euros ("€578.000", "€2,13 εκατομμύρια"), "1.250",
  "16 Ιουλίου", "(προηγούμενη αναφορά: 5)", "Μέτρα που λήφθηκαν:"; each section's name after its number
  ("1. Γενική εικόνα");
- Moldova's ambulance zonal stations (a note printed to PDF): lei ("578 000 lei", "2,13 mil. lei"), "1 250",
  "16 noiembrie", "(nota precedentă: 5)", "Măsuri întreprinse:"; each section's name after a Roman numeral
  ("I. Informație generală");
- the regional directorates of Senegal's sanitation office (a bulletin in two columns, in PDF): CFA francs
  ("258 400 000 FCFA", "1,52 milliard FCFA"), "1 250", "12 %", "16 août" ("1er août"), "(bulletin précédent : 5)",
  "Mesures prises :"; each section's name in capitals ("POINTS SAILLANTS");
- Botswana's water utility (an Umbraco page): pula ("P578,000", "P2.13 million"), "16 February",
  "(previous update: 5)", "What we are doing:";
- Costa Rican municipal emergency committees (a DNN page): colones in millions ("₡221 millones"), "1.250",
  "16 de setiembre", "(informe anterior: 5)", "Acciones realizadas:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from blind61_layouts_content import ROMAN, indian
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "bengali", "localise", "numbered", "parts", "roman", "upper"]

LEADS = {
    "pa": "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:",
    "bd": "গৃহীত ব্যবস্থা:",
    "or": "ଗୃହୀତ ପଦକ୍ଷେପ:",
    "el": "Μέτρα που λήφθηκαν:",
    "md": "Măsuri întreprinse:",
    "sn": "Mesures prises :",
    "bw": "What we are doing:",
    "cr": "Acciones realizadas:",
}
MAHINE = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
MASH = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
        "ডিসেম্বর")  # fmt: skip
MASA = ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଅପ୍ରେଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର",
        "ଡିସେମ୍ବର")  # fmt: skip
MINON = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # fmt: skip
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie")  # fmt: skip
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip
DANDA = ("pa", "bd", "or")  # a danda closes a sentence
_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bengali(text: object) -> str:
    """``text`` with its digits in Bengali ("১৬ জুন ২০২৬")."""
    return str(text).translate(_BENGALI)


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _fr_date(d, m) -> str:
    return f"{'1er' if int(d) == 1 else int(d)} {MOIS[MONTHS.index(m)]}"


def _lakh(rate: int, crore: str, lakh: str, before: str = "₹", after: str = ""):
    def money(pounds: int) -> str:
        r = pounds * rate
        if r >= 10_000_000:
            return f"{before}{r / 10_000_000:.2f} {crore}{after}"
        return f"{before}{r / 100_000:.2f} {lakh}{after}"

    return money


def _comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _eur(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"€{_comma(e / 1e6)} εκατομμύρια" if e >= 1_000_000 else f"€{e:,}"


def _lei(pounds: int) -> str:
    lei = pounds * 23
    return f"{_comma(lei / 1e6)} mil. lei" if lei >= 1_000_000 else f"{lei:,} lei"


def _fcfa(pounds: int) -> str:
    f = pounds * 760
    if f < 1_000_000_000:
        return f"{f:,} FCFA"
    return f"{_comma(f / 1e9)} milliard{'s' if f >= 2_000_000_000 else ''} FCFA"


def _pula(pounds: int) -> str:
    p = pounds * 17
    return f"P{p / 1e6:.2f} million" if p >= 1_000_000 else f"P{p:,}"


def _colones(pounds: int) -> str:
    c = pounds * 650
    return f"₡{group(round(c / 1e6), '.')} millones" if c >= 1_000_000 else f"₡{c:,}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lang: str, closing: str, was: str, money, date, thousands: str, percent: str = r"\1%") -> dict:
    stop = "।" if lang in DANDA else "."
    return {
        "lead": f"{stop} {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "pa": _loc("pa", "ਇਹ ਖ਼ਤਰਾ ਘਟ ਗਿਆ ਹੈ ਅਤੇ ਅਗਲੀ ਰਿਪੋਰਟ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ", " (ਪਿਛਲੀ ਰਿਪੋਰਟ: {})",
               _lakh(110, "ਕਰੋੜ", "ਲੱਖ"), _month(MAHINE, "{d} {m}"), ","),
    "bd": _loc("bd", "এই ঝুঁকি কমে গেছে এবং পরবর্তী প্রতিবেদন থেকে বাদ দেওয়া হবে", " (পূর্ববর্তী প্রতিবেদন: {})",
               _lakh(150, "কোটি", "লক্ষ", "", " টাকা"), _month(MASH, "{d} {m}"), ","),
    "or": _loc("or", "ଏହି ଆଶଙ୍କା କମିଯାଇଛି ଏବଂ ପରବର୍ତ୍ତୀ ରିପୋର୍ଟରୁ ବାଦ ଦିଆଯିବ", " (ପୂର୍ବ ରିପୋର୍ଟ: {})",
               _lakh(110, "କୋଟି", "ଲକ୍ଷ"), _month(MASA, "{d} {m}"), ","),
    "el": _loc("el", "Ο κίνδυνος αυτός έχει μειωθεί και δεν θα περιλαμβάνεται στην επόμενη αναφορά",
               " (προηγούμενη αναφορά: {})", _eur, _month(MINON, "{d} {m}"), "."),
    "md": _loc("md", "Acest risc s-a diminuat și nu va mai fi inclus în nota următoare", " (nota precedentă: {})",
               _lei, _month(LUNI, "{d} {m}"), " "),
    "sn": _loc("sn", "Ce risque a diminué et ne figurera plus dans le prochain bulletin", " (bulletin précédent : {})",
               _fcfa, _fr_date, " ", r"\1 %"),
    "bw": _loc("bw", "This risk has reduced and will be removed from the next update", " (previous update: {})",
               _pula, _month(MONTHS, "{d} {m}"), ","),
    "cr": _loc("cr", "Este riesgo disminuyó y se excluirá del próximo informe", " (informe anterior: {})", _colones,
               _month(MESES, "{d} de {m}"), "."),
}  # fmt: skip
_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d.])")


def _indian(text: str) -> str:
    return _GROUPED.sub(lambda m: indian(int(m.group().replace(",", ""))), text)


def _danda(text: str, closing: str) -> str:
    """A sentence's closing stop as a danda: at the end and before the note that the risk will be dropped."""
    text = text.replace(f". {closing}", f"। {closing}")
    return text[:-1] + "।" if text.endswith(".") else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    loc = LOCALES[lang]
    localise_doc(doc, loc)
    if lang not in DANDA:
        return
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    value = _indian(_danda(value, loc["closing"]))
                    setattr(it, name, bengali(value) if lang == "bd" else value)


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Γενική εικόνα"; in Bengali digits for "bd")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{bengali(n) if lang == 'bd' else n}. {s.heading}"


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after a Roman numeral ("I. Informație generală")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading}"


def upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("POINTS SAILLANTS")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
