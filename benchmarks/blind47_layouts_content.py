"""Changes to the generated content that the ``blind47_layouts`` publishers make before they print it.

The phrase banks (``blind47_layouts_banks_north``, ``blind47_layouts_banks_south``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- English further education college groups after crumbling concrete (RAAC) was found in their buildings (Word,
  "Update | RAG" tables): "£3,400", "£1.25m", "16 March", "(was 5)"; the risks table's Control measures column
  holds the mitigation;
- Irish county councils fighting gorse fires on the hills (a Word template filled by a flow): "€3,400", "€1.25m",
  "16 April", "(last update: 5)", "Actions:";
- an Australian state's biosecurity teams in a fruit fly outbreak (a wiki page exported to PDF): "$3,400",
  "$1.25 million", "16 March", "(previous report: 5)", "Treatment:";
- Canadian cities in an extreme cold spell (a wiki page saved from the browser): "$3,400", "$1.25 million",
  "January 16", "(last update: 5)", "Mitigation:";
- South African metropolitan municipalities in a bulk water shutdown (a spreadsheet printed to PDF): "R3 400",
  "R1,25 million", "1 250", "16 March", "(previous: 5)"; the Mitigation / intervention column holds the mitigation;
- American hospital systems short of IV fluids (a notebook page exported to PDF): "$3,400", "$1.25 million",
  "October 16", "(last report: 5)", "Action:";
- Indian district disaster management authorities in a heat wave (a plain-text e-mail): "1,25,000" (lakhs),
  "Rs. 3,400", "Rs. 12.5 lakh" (the generator's £1.25m as rupees), "16th April", "(previous report: 5)",
  "Action taken:";
- New Zealand public health services in a whooping cough outbreak (a briefing saved as PDF): "$3,400", "$1.25m",
  "16 March", "(last update: 5)", "What we are doing:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import count, group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["count", "group", "localise", "ordinal", "parts"]

LEADS = {
    "gb": "Mitigation:",  # printed in the risks table's own column, never as a lead
    "ie": "Actions:",
    "au": "Treatment:",
    "ca": "Mitigation:",
    "za": "Mitigation:",  # printed in the sheet's own column, never as a lead
    "us": "Action:",
    "in": "Action taken:",
    "nz": "What we are doing:",
}


def ordinal(day: int) -> str:
    """ "16th", "1st", "22nd", "13th"."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _loc(lang: str, closing: str, was: str, cur: str, big, thousands: str = ",", date=None) -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": r"\1%",
        "date": date or (lambda d, m: f"{int(d)} {m}"),
    }


def _lakh(m: re.Match) -> str:
    """The generator's £1.25m (1,250 thousand) as rupees in lakhs: "Rs. 12.5 lakh"."""
    lakhs = float(f"{m.group(1)}.{m.group(2)}") * 10
    return f"Rs. {lakhs:g} lakh"


LOCALE = {
    "gb": _loc("gb", "This risk has reduced and will be closed at the next report", " (was {})", "£{}", "£{}.{}m"),
    "ie": _loc("ie", "This risk has eased and will be removed from the next update", " (last update: {})", "€{}",
               "€{}.{}m"),
    "au": _loc("au", "This risk has reduced and will be removed from the next report", " (previous report: {})",
               "${}", "${}.{} million"),
    "ca": _loc("ca", "This risk has decreased and will be removed from the next update", " (last update: {})",
               "${}", "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "za": _loc("za", "This risk has reduced and will fall away in the next report", " (previous: {})", "R{}",
               "R{},{} million", thousands=" "),
    "us": _loc("us", "This risk has eased and will be removed from the next report", " (last report: {})", "${}",
               "${}.{} million", date=lambda d, m: f"{m} {int(d)}"),
    "in": _loc("in", "This concern has reduced and will be dropped from the next report", " (previous report: {})",
               "Rs. {}", _lakh, date=lambda d, m: f"{ordinal(int(d))} {m}"),
    "nz": _loc("nz", "This risk has reduced and will come off the next update", " (last update: {})", "${}",
               "${}.{}m"),
}  # fmt: skip

_GROUPED = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")


def indian(text: str) -> str:
    """Figures of a lakh or more grouped as India groups them: "1,25,000", "12,50,000"."""

    def regroup(m: re.Match) -> str:
        digits = m.group().replace(",", "")
        if len(digits) <= 5:
            return m.group()
        head, tail = digits[:-3], digits[-3:]
        pairs = re.findall(r"\d{1,2}(?=(?:\d{2})*$)", head)
        return ",".join(pairs) + "," + tail

    return _GROUPED.sub(regroup, text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])
    if lang != "in":
        return
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = indian(it.text), indian(it.body)
            it.mitigation = indian(it.mitigation) if it.mitigation else None


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def month_name(month: int) -> str:
    return MONTHS[month - 1]
