"""Changes to the generated content that the ``blind30_layouts`` publishers make before they print it.

The phrase banks (``blind30_layouts_banks_uk``, ``blind30_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``; the Pakistani district by :func:`urdu`):

- a museum service: "£3,400", "£1.25m", "(previous update: 5)", "Action being taken:";
- a festival's event control, typing in Notepad: "£3,400", "19/07", "(was 5)", "Control measures:";
- a space weather operations centre: "(previous bulletin: 5)", "Mitigation:";
- a public health rapid support team abroad: "US$3,400", "4 Mar", "(prev. sitrep: 5)", "Mitigation:";
- an Irish environmental health service: "€3,400", "€1.25m", "(previous sitrep: 5)", "Controls in place:";
- a US state livestock board: "$3,400", "$1.25 million", "September 16", "(previous update: 5)", "Response
  actions:";
- a Canadian First Nation: "$3,400", "$1.25 million", "May 31", "(last update: 5)", "What we are doing:";
- a Pakistani district disaster management authority in Urdu: "3,400 روپے", "12.5 لاکھ روپے", lakh grouping
  ("4,35,000"), "12 فیصد", "26 اگست", "(گزشتہ رپورٹ میں 5)", every sentence ended by "۔", "تدارکی اقدامات:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from blind29_layouts_content import lakhs
from council_layouts_gold import Doc, Item
from localised_figures import CLOSING, localise_doc

LEADS = {
    "museum": "Action being taken:",
    "festival": "Control measures:",
    "space": "Mitigation:",
    "deploy": "Mitigation:",
    "food": "Controls in place:",
    "us": "Response actions:",
    "nation": "What we are doing:",
    "ur": "تدارکی اقدامات:",
}


def _loc(lead: str, closing: str, was, cur: str, big, date_fmt) -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": ",",
        "percent": r"\1%",
        "date": date_fmt,
    }


DM = lambda d, m: f"{d} {m}"  # noqa: E731
MD = lambda d, m: f"{m} {d}"  # noqa: E731
GBP = lambda a, b: f"£{a}.{b}m"  # noqa: E731
DOLLARS = lambda a, b: f"${a}.{b} million"  # noqa: E731

LOCALE = {
    "museum": _loc(LEADS["museum"], "Risk reduced – will be removed from the next update",
                   lambda up, old: f" (previous update: {old})", "£{}", GBP, DM),
    "festival": _loc(LEADS["festival"], "Risk now low - to close at next sitrep",
                     lambda up, old: f" (was {old})", "£{}", GBP,
                     lambda d, m: f"{int(d):02d}/{MONTHS.index(m) + 1:02d}"),
    "space": _loc(LEADS["space"], "This risk has reduced and will be removed from the next bulletin",
                  lambda up, old: f" (previous bulletin: {old})", "£{}", GBP, DM),
    "deploy": _loc(LEADS["deploy"], "Risk reduced, to be closed at the next sitrep",
                   lambda up, old: f" (prev. sitrep: {old})", "US${}", lambda a, b: f"US${a}.{b} million",
                   lambda d, m: f"{d} {m[:3]}"),
    "food": _loc(LEADS["food"], "Risk reduced – to be closed at the next OCT meeting",
                 lambda up, old: f" (previous sitrep: {old})", "€{}", lambda a, b: f"€{a}.{b}m", DM),
    "us": _loc(LEADS["us"], "This risk has decreased and will be removed from the next update",
               lambda up, old: f" (previous update: {old})", "${}", DOLLARS, MD),
    "nation": _loc(LEADS["nation"], "This risk has gone down and will be taken off the next update",
                   lambda up, old: f" (last update: {old})", "${}", DOLLARS, MD),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("riverside-store")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


# ---------------------------------------------------------------- Urdu: Urdu month names, lakhs, "۔"

UR_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر")
UR_CLOSING = "خطرہ کم ہو گیا ہے اور اگلی رپورٹ سے نکال دیا جائے گا"

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
_STOP = re.compile(r"\.(?=\s|$)")


def ur_text(text: str) -> str:
    """One English-conventioned text of the generator in the Urdu district's conventions."""
    text = _STOP.sub("۔", text)
    text = text.replace("Mitigation:", LEADS["ur"]).replace(CLOSING, UR_CLOSING)
    text = _WAS.sub(lambda m: f" (گزشتہ رپورٹ میں {m.group(2)})", text)
    text = _MILLIONS.sub(lambda m: f"{float(m.group(1) + '.' + m.group(2)) * 10:g} لاکھ روپے", text)
    text = _POUNDS.sub(lambda m: f"{m.group(1)} روپے", text)
    text = re.sub(r"(\d)%", r"\1 فیصد", text)
    text = _DATE.sub(lambda m: f"{m.group(1)} {UR_MONTHS[MONTHS.index(m.group(2))]}", text)
    return _GROUPED.sub(lambda m: lakhs(int(m.group().replace(",", ""))), text)


def urdu(doc: Doc) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the Urdu district's conventions."""
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = ur_text(it.text), ur_text(it.body)
            it.mitigation = ur_text(it.mitigation) if it.mitigation else None


def ur_date(day) -> str:
    """A date as the district prints it ("26 اگست 2025")."""
    return f"{day.day} {UR_MONTHS[day.month - 1]} {day.year}"
