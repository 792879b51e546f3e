"""Changes to the generated content that the ``blind27_layouts`` publishers make before they print it.

The phrase banks (``blind27_layouts_banks_home``, ``blind27_layouts_banks_away``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- an NHS acute trust's incident management team: "£3,400", "£1.25m", "(previous report: 5)", "Mitigating actions:";
- an Irish county council's community response forum: "€3,400", "€1.25m", "(last week: 5)", "What we're doing:";
- a UK water company's incident dashboard: "£3,400", "(prev. 5)"; its risks' mitigations stand in a column of their
  own, no lead;
- a US university's emergency management office: "$3,400", "$1.25M", "March 16", "(prior update: 5)", "Mitigation
  strategy:";
- a New Zealand civil defence emergency management group: "$3,400", "$1.25m", "(last update: 5)", "Treatment:";
- a Canadian conservation authority: "$3,400", "$1.25 million", "March 16", "(5 in the previous message)",
  "Mitigation measures:";
- a South African metropolitan disaster management centre: "R3 400", "R1.25m", "1 250" (a space between the
  thousands), "(prev. report: 5)", "Intervention:";
- a Maharashtra district surveillance unit writing in Marathi: "₹3,400", "₹1.25 दशलक्ष", "16 जानेवारी",
  "(मागील अहवाल: 5)", "उपाययोजना:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

MAHINE = ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर",
          "डिसेंबर")  # fmt: skip

LEADS = {
    "nhs": "Mitigating actions:",
    "ie": "What we're doing:",
    "water": "",
    "us": "Mitigation strategy:",
    "nz": "Treatment:",
    "ca": "Mitigation measures:",
    "za": "Intervention:",
    "mr": "उपाययोजना:",
}


def _loc(lang: str, closing: str, was, cur: str, big, date_fmt, thousands: str = ",") -> dict:
    lead = LEADS[lang]
    return {
        "lead": f". {lead} " if lead else ". ",
        "closing": closing,
        "was": was,
        "millions": lambda m: big(m.group(1), m.group(2)),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": r"\1%",
        "date": date_fmt,
    }


DM = lambda d, m: f"{d} {m}"  # noqa: E731
MD = lambda d, m: f"{m} {d}"  # noqa: E731

LOCALE = {
    "nhs": _loc("nhs", "Risk reduced – proposed for closure at the next tactical meeting",
                lambda up, old: f" (previous report: {old})", "£{}", lambda a, b: f"£{a}.{b}m", DM),
    "ie": _loc("ie", "This risk has eased and will be taken off the next update",
               lambda up, old: f" (last week: {old})", "€{}", lambda a, b: f"€{a}.{b}m", DM),
    "water": _loc("water", "Risk reducing – to be closed at the next incident call",
                  lambda up, old: f" (prev. {old})", "£{}", lambda a, b: f"£{a}.{b}m", DM),
    "us": _loc("us", "Risk has decreased and will be removed from the next update",
               lambda up, old: f" (prior update: {old})", "${}", lambda a, b: f"${a}.{b}M", MD),
    "nz": _loc("nz", "Risk has reduced and will come off the register at the next update",
               lambda up, old: f" (last update: {old})", "${}", lambda a, b: f"${a}.{b}m", DM),
    "ca": _loc("ca", "Risk has decreased and will be dropped from the next message",
               lambda up, old: f" ({old} in the previous message)", "${}", lambda a, b: f"${a}.{b} million", MD),
    "za": _loc("za", "Risk has reduced and will be closed in the next report",
               lambda up, old: f" (prev. report: {old})", "R{}", lambda a, b: f"R{a}.{b}m", DM, thousands=" "),
    "mr": _loc("mr", "धोका कमी झाला आहे; पुढील अहवालातून वगळला जाईल",
               lambda up, old: f" (मागील अहवाल: {old})", "₹{}", lambda a, b: f"₹{a}.{b} दशलक्ष",
               lambda d, m: f"{d} {MAHINE[MONTHS.index(m)]}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("ashdown-vale")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
