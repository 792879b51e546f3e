"""Changes to the generated content that the ``blind38_layouts`` publishers make before they print it.

The phrase banks (``blind38_layouts_banks_en``, ``blind38_layouts_banks_world``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Graubünden communes, in Romansh (the InDesign gazette): "CHF 3'400", "CHF 1,25 mio.", "1'250", "12 %",
  "16 da fanadur", "(ultim rapport: 5)", "Mesira:";
- New Zealand marae community hubs (Apple Notes): "$3,400", "$1.25m", "16 February", "(previously 5)", "Action:";
- Cambodian provincial committees, in Khmer (Word): Khmer digits, "៣.៤០០ ដុល្លារ", "១,២៥ លានដុល្លារ", "១.២៥០",
  "ទី១៦ ខែកញ្ញា", "(លើកមុន៖ ៥)", "វិធានការ៖", each sentence ended with "។";
- Timor-Leste municipal civil protection, in Tetum (Yahoo Mail): "US$ 3.400", "US$ 1,25 millaun", "1.250",
  "16 Marsu", "(relatóriu anterior: 5)", "Asaun:";
- Vermont town emergency management directors (Front Porch Forum): "$3,400", "$1.25 million", "July 16",
  "(last update: 5)", "What we're doing:";
- western North Carolina mutual aid hubs (Discord): "$3,400", "$1.25M", "10/16", "(yesterday: 5)", "Plan:";
- Manitoba rural municipalities (GroupWise): "$3,400", "$1.25 million", "April 16", "(prev. 5)", "Mitigation:";
- French prefectures, in French (Tchap): "3 400 €", "1,25 M€", "1 250", "12 %", "16 octobre",
  "(point précédent : 5)", "Mesure :".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "rm": "Mesira:",
    "nz": "Action:",
    "km": "វិធានការ៖",
    "tet": "Asaun:",
    "vt": "What we're doing:",
    "wnc": "Plan:",
    "mb": "Mitigation:",
    "fr": "Mesure :",
}
RM_MONTHS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember", "october",
             "november", "december")  # fmt: skip
KM_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
TET_MONTHS = ("Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu", "Setembru", "Outubru",
              "Novembru", "Dezembru")  # fmt: skip
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _loc(lang: str, closing: str, was: str, cur: str, big: str, thousands: str = ",", date=None,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: big.format(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date or (lambda d, m: f"{int(d)} {m}"),
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)], n=MONTHS.index(m) + 1)


LOCALE = {
    "rm": _loc("rm", "Il ristg è sa reducì e vegn stritgà dal proxim rapport", " (ultim rapport: {})", "CHF {}",
               "CHF {},{} mio.", "'", _month(RM_MONTHS, "{d} da {m}"), r"\1 %"),
    "nz": _loc("nz", "Not so worried now – taking this off the list next update", " (previously {})", "${}",
               "${}.{}m"),
    "km": _loc("km", "ហានិភ័យបានថយចុះ ហើយនឹងត្រូវដកចេញពីរបាយការណ៍លើកក្រោយ", " (លើកមុន៖ {})", "{} ដុល្លារ",
               "{},{} លានដុល្លារ", ".", _month(KM_MONTHS, "ទី{d} ខែ{m}")),
    "tet": _loc("tet", "Risku tun ona, sei hasai husi relatóriu tuir mai", " (relatóriu anterior: {})", "US$ {}",
                "US$ {},{} millaun", ".", _month(TET_MONTHS, "{d} {m}")),
    "vt": _loc("vt", "This one has eased and will come off the list in the next update", " (last update: {})",
               "${}", "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "wnc": _loc("wnc", "Less of a worry now, dropping it from the next sitrep", " (yesterday: {})", "${}",
                "${}.{}M", date=lambda d, m: f"{MONTHS.index(m) + 1}/{int(d)}"),
    "mb": _loc("mb", "Risk has decreased and will be removed from the next report", " (prev. {})", "${}",
               "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "fr": _loc("fr", "Le risque a diminué et sera retiré du prochain point", " (point précédent : {})", "{} €",
               "{},{} M€", " ", _month(FR_MONTHS, "{d} {m}"), r"\1 %"),
}  # fmt: skip

# the shared patterns want a word boundary after a month's name or "£1.25m", which a Khmer letter does not give
_ANY_DATE = re.compile(r"(?<!\d)(\d{1,2}) (" + "|".join(MONTHS) + ")")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m(?![a-z])")
_STOP = re.compile(r"\.(?=\s|$)")


def _pre(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    loc = LOCALE[lang]
    text = _MILLIONS.sub(loc["millions"], text)
    return _ANY_DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def _khmer(text: str | None) -> str | None:
    """Khmer digits, and "។" where a sentence ends (not the thousands' dots, which stand between digits)."""
    if not text:
        return text
    return _STOP.sub("។", text).translate(KM_DIGITS)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    for s in doc.sections:
        for it in s.items:
            it.text, it.body, it.mitigation = (_pre(x, lang) for x in (it.text, it.body, it.mitigation))
    localise_doc(doc, LOCALE[lang])
    if lang == "km":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_khmer(x) for x in (it.text, it.body, it.mitigation))


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    if lang == "km":
        lead = LEADS["km"]
        if f"។ {lead} " in item.text:
            before, after = item.text.split(f" {lead} ", 1)
            return before, lead, after
        return item.text, "", ""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("laurel-fork")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
