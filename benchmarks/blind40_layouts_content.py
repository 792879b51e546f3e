"""Changes to the generated content that the ``blind40_layouts`` publishers make before they print it.

The phrase banks (``blind40_layouts_banks_en``, ``blind40_layouts_banks_world``, ``blind40_layouts_banks_far``) run
through the generator's churn model (``blind5_layouts_content.Partner``); what the model adds in British English —
figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and
the note that a risk will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the
shared ``localised_figures``):

- US county health departments (Outlook, saved as .msg): "$3,400", "$1.25 million", "1,250", "July 16",
  "(previous update: 5)", "Mitigating actions:";
- Dutch sector CSIRTs (Typst): "€ 3.400", "€ 1,25 mln", "1.250", "12%", "16 juli",
  "(vorige rapportage: 5)", "Maatregel:";
- English councils' Easy Read updates: "£3,400", "£1.25 million", "16 January", "(last update: 5)",
  "What we are doing about it:";
- Australian animal-disease control centres (released under FOI): "$3,400", "$1.25m", "16 January",
  "(previous sitrep: 5)", the treatment in its own column of the risk table;
- Honduran municipal emergency committees (a Zoom meeting's chat): "L 3,400", "L 1.25 millones", "1,250", "12%",
  "16 de noviembre", "(reporte anterior: 5)", "Acción de mitigación:";
- Italian volunteer associations (Ghost): "3.400 euro", "1,25 milioni di euro", "1.250", "12%", "16 maggio",
  "(aggiornamento precedente: 5)", "Cosa stiamo facendo:";
- Lesotho district disaster management teams, in Sesotho (Word saved as a web page): "M3,400", "M1.25 milione",
  "1,250", "12%", "16 Phupu", "(tlalehong e fetileng: 5)", "Mehato e nkuoang:";
- Myanmar community organisations, in Burmese (Proton Mail): Myanmar digits throughout, amounts in lakhs of kyat
  ("ကျပ်သိန်း ၁၇၀" for the generator's "£3,400", twenty pounds to the lakh), "၁၂%", "စက်တင်ဘာ ၁၆ ရက်",
  "(ယခင်အစီရင်ခံစာ - ၅)", "လျော့ချရေးဆောင်ရွက်ချက်:", and "။" for the full stop.

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "us": "Mitigating actions:",
    "nl": "Maatregel:",
    "gb": "What we are doing about it:",
    "au": "Treatment:",
    "hn": "Acción de mitigación:",
    "it": "Cosa stiamo facendo:",
    "st": "Mehato e nkuoang:",
    "my": "လျော့ချရေးဆောင်ရွက်ချက်:",
}
NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre")  # fmt: skip
ST_MONTHS = ("Pherekhong", "Hlakola", "Hlakubele", "Mmesa", "Motšeanong", "Phupjane", "Phupu", "Phato", "Loetse",
             "Mphalane", "Pulungoana", "Tšitoe")  # fmt: skip
MY_MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
             "နိုဝင်ဘာ", "ဒီဇင်ဘာ")  # fmt: skip
MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def lakhs(pounds: int) -> str:
    """Twenty pounds to the lakh of kyat, as Myanmar writes a sum: "ကျပ်သိန်း 170" (digits turned later)."""
    return f"ကျပ်သိန်း {pounds // 20:,}"


def _loc(lang: str, closing: str, was: str, cur, big, thousands: str = ",", date=None,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": cur if callable(cur) else (lambda m: cur.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date or (lambda d, m: f"{int(d)} {m}"),
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)], n=MONTHS.index(m) + 1)


def _lakh_millions(m: re.Match) -> str:
    return lakhs(int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")) * 10_000)


def _lakh_pounds(m: re.Match) -> str:
    return lakhs(int(m.group(1).replace(",", "")))


LOCALE = {
    "us": _loc("us", "This risk has decreased and will be removed from the next update", " (previous update: {})",
               "${}", "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "nl": _loc("nl", "Het risico is afgenomen en vervalt in de volgende rapportage", " (vorige rapportage: {})",
               "€ {}", "€ {},{} mln", ".", _month(NL_MONTHS, "{d} {m}")),
    "gb": _loc("gb", "This risk is smaller now. We will take it out of the next update", " (last update: {})",
               "£{}", "£{}.{} million"),
    "au": _loc("au", "Risk has reduced and will be removed from the next sitrep", " (previous sitrep: {})", "${}",
               "${}.{}m"),
    "hn": _loc("hn", "El riesgo ha disminuido y se quitará del próximo informe", " (reporte anterior: {})", "L {}",
               "L {}.{} millones", ",", _month(ES_MONTHS, "{d} de {m}")),
    "it": _loc("it", "Il rischio è diminuito e non comparirà nel prossimo aggiornamento",
               " (aggiornamento precedente: {})", "{} euro", "{},{} milioni di euro", ".",
               _month(IT_MONTHS, "{d} {m}")),
    "st": _loc("st", "Kotsi ena e fokotsehile 'me e tla tlosoa tlalehong e latelang", " (tlalehong e fetileng: {})",
               "M{}", "M{}.{} milione", ",", _month(ST_MONTHS, "{d} {m}")),
    "my": _loc("my", "အန္တရာယ် လျော့ကျသွားသဖြင့် နောက်အစီရင်ခံစာတွင် ထည့်သွင်းတော့မည် မဟုတ်ပါ", " (ယခင်အစီရင်ခံစာ - {})",
               _lakh_pounds, _lakh_millions, date=_month(MY_MONTHS, "{m} {d} ရက်")),
}  # fmt: skip

# the shared patterns want a word boundary after a month's name or "£1.25m", which a Myanmar letter does not give
# ("ဇူလိုင် 16 ရက်နေ့မှ"), so dates and millions are converted first without it
_ANY_DATE = re.compile(r"(?<!\d)(\d{1,2}) (" + "|".join(MONTHS) + ")")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m(?![a-z])")


def _pre(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    loc = LOCALE[lang]
    text = _MILLIONS.sub(loc["millions"], text)
    return _ANY_DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def _burmese(text: str | None) -> str | None:
    """Myanmar digits, and the "။" for the full stops the generator put between and after sentences."""
    if not text:
        return text
    return re.sub(r"\.(?= |$)", "။", text.translate(MY_DIGITS))


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    for s in doc.sections:
        for it in s.items:
            it.text, it.body, it.mitigation = (_pre(x, lang) for x in (it.text, it.body, it.mitigation))
    localise_doc(doc, LOCALE[lang])
    if lang == "my":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_burmese(x) for x in (it.text, it.body, it.mitigation))


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("harmon-county")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
