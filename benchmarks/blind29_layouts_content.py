"""Changes to the generated content that the ``blind29_layouts`` publishers make before they print it.

The phrase banks (``blind29_layouts_banks_uk``, ``blind29_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``; the Nepali municipality by :func:`nepali`):

- a multi-agency air quality cell: "£3,400", "(previous report: 5)", "Action:";
- a Canadian university's modelling group: "$3,400", "$1.25 million", "January 16", "(previous week: 5)",
  "Mitigation:";
- a mountain rescue team leader typing on a phone: "£3,400", "16 Oct", "(5 yesterday)", "Controls:";
- a prison: "£3,400", "£1.25m", "(yesterday: 5)", "Actions in place:";
- a trunk road operating company: "£3,400", "£1.25m", "16/01", "(5 at last sitrep)", "Mitigation:";
- an inland navigation authority: "£3,400", "£1.25m", "(last update: 5)", "How we're managing it:";
- a Caribbean national disaster office: "EC$3,400", "EC$1.25 million", "11th April", "(previous report: 5)",
  "Mitigation measures:";
- a Nepali rural municipality: Devanagari digits grouped in lakhs ("१,२५,०००"), "रु. ३,४००", "रु. १२.५ लाख",
  "१२ प्रतिशत", Bikram Sambat dates ("साउन २९ गते"), "(अघिल्लो प्रतिवेदनमा ५)", sentences ended by "।",
  "न्यूनीकरणका उपाय:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re
from datetime import date

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import CLOSING, localise_doc

LEADS = {
    "aqc": "Action:",
    "ca": "Mitigation:",
    "mrt": "Controls:",
    "prison": "Actions in place:",
    "roads": "Mitigation:",
    "canal": "How we're managing it:",
    "vc": "Mitigation measures:",
    "ne": "न्यूनीकरणका उपाय:",
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


def _ordinal(d: str) -> str:
    n = int(d)
    return d + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DM = lambda d, m: f"{d} {m}"  # noqa: E731
GBP = lambda a, b: f"£{a}.{b}m"  # noqa: E731

LOCALE = {
    "aqc": _loc(LEADS["aqc"], "Risk reduced – to be closed at the next cell meeting",
                lambda up, old: f" (previous report: {old})", "£{}", GBP, DM),
    "ca": _loc(LEADS["ca"], "This risk has decreased and will be retired from next week's briefing",
               lambda up, old: f" (previous week: {old})", "${}", lambda a, b: f"${a}.{b} million",
               lambda d, m: f"{m} {d}"),
    "mrt": _loc(LEADS["mrt"], "Risk reduced – will drop off tomorrow's sitrep",
                lambda up, old: f" ({old} yesterday)", "£{}", GBP, lambda d, m: f"{d} {m[:3]}"),
    "prison": _loc(LEADS["prison"], "Risk reduced – to be stood down at the next Gold meeting",
                   lambda up, old: f" (yesterday: {old})", "£{}", GBP, DM),
    "roads": _loc(LEADS["roads"], "Risk reducing – propose to close at next sitrep",
                  lambda up, old: f" ({old} at last sitrep)", "£{}", GBP,
                  lambda d, m: f"{int(d):02d}/{MONTHS.index(m) + 1:02d}"),
    "canal": _loc(LEADS["canal"], "This risk has reduced and we will stop reporting it from our next update",
                  lambda up, old: f" (last update: {old})", "£{}", GBP, DM),
    "vc": _loc(LEADS["vc"], "The risk has reduced and will be removed from the next report",
               lambda up, old: f" (previous report: {old})", "EC${}", lambda a, b: f"EC${a}.{b} million",
               lambda d, m: f"{_ordinal(d)} {m}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("brackley-lane")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


# ---------------------------------------------------------------- Nepali: Devanagari digits, lakhs, Bikram Sambat

DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
# Bikram Sambat 2082: Asar 1 fell on 15 June 2025; the months from Asar with their lengths that year
BS_ANCHOR = date(2025, 6, 15)
BS_MONTHS = (("असार", 32), ("साउन", 31), ("भदौ", 31), ("असोज", 31), ("कात्तिक", 30))
NE_CLOSING = "जोखिम घटेको हुँदा अर्को प्रतिवेदनबाट हटाइनेछ"

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
_STOP = re.compile(r"\.(?=\s|$)")


def bs_date(day: date) -> tuple[int, str, int]:
    """(year, month, day) of ``day`` in Bikram Sambat, for the monsoon of 2082 (June to October 2025)."""
    left = (day - BS_ANCHOR).days
    for month, length in BS_MONTHS:
        if left < length:
            return 2082, month, left + 1
        left -= length
    raise ValueError(day)


def lakhs(n: int) -> str:
    """``n`` grouped as Nepal writes it: the last three digits, then pairs ("1,25,000")."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def _bs(m: re.Match, year: int) -> str:
    day = date(year, MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    _, month, d = bs_date(day)
    return f"{month} {d} गते"


def ne_text(text: str, year: int) -> str:
    """One English-conventioned text of the generator in the Nepali municipality's conventions."""
    text = _STOP.sub("।", text)  # before any "रु." is written
    text = text.replace("Mitigation:", LEADS["ne"]).replace(CLOSING, NE_CLOSING)
    text = _WAS.sub(lambda m: f" (अघिल्लो प्रतिवेदनमा {m.group(2)})", text)
    text = _MILLIONS.sub(lambda m: f"रु. {float(m.group(1) + '.' + m.group(2)) * 10:g} लाख", text)
    text = _POUNDS.sub(lambda m: f"रु. {m.group(1)}", text)
    text = re.sub(r"(\d)%", r"\1 प्रतिशत", text)
    text = _DATE.sub(lambda m: _bs(m, year), text)
    text = _GROUPED.sub(lambda m: lakhs(int(m.group().replace(",", ""))), text)
    return text.translate(DIGITS)


def nepali(doc: Doc) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the Nepali municipality's conventions."""
    year = int(doc.date.split()[-1])
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = ne_text(it.text, year), ne_text(it.body, year)
            it.mitigation = ne_text(it.mitigation, year) if it.mitigation else None


def ne_digits(value: object) -> str:
    """A number or text with its digits in Devanagari."""
    return str(value).translate(DIGITS)


def bs_today(day: date) -> str:
    """The report's date as the municipality's site prints it ("२०८२ साउन २९")."""
    year, month, d = bs_date(day)
    return ne_digits(f"{year} {month} {d}")


def bs_numeric(day: date) -> str:
    """The report's date in figures ("२०८२-०४-२९")."""
    year, month, d = bs_date(day)
    number = 3 + [m for m, _ in BS_MONTHS].index(month)
    return ne_digits(f"{year}-{number:02d}-{d:02d}")
