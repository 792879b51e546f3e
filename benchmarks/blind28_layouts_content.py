"""Changes to the generated content that the ``blind28_layouts`` publishers make before they print it.

The phrase banks (``blind28_layouts_banks_uk``, ``blind28_layouts_banks_abroad``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- a New South Wales public school: "$3,400", "$1.25 million", "(last report 5)", "Control measures:";
- an NHS integrated care board's system co-ordination centre: "£3,400", "£1.25m", "(prev: 5)", "Actions:";
- an ambulance service's resource escalation report: "£3,400", "(last sitrep: 5)", "Mitigations in place:";
- a housing association's incident record: "£3,400", "£1.25m", "(was 5)", "Mitigation in place:";
- a South African local municipality writing in Setswana: "R3 400", "R1.25 milione", "16 Phatwe",
  "(pego e e fetileng: 5)", "Kganelo:";
- a police force's gold group: "£3,400", "(previously 5)", "Control measures:";
- a US county fire district's dispatch narrative, all in capitals: "$3,400", "$1.25M", "AUGUST 16", "(PREV 5)",
  "MITIGATION:";
- a university's IT service: "£3,400", "£1.25m", "(5 at the last update)", "Containment:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

DIKGWEDI = ("Ferikgong", "Tlhakole", "Mopitlo", "Moranang", "Motsheganong", "Seetebosigo", "Phukwi", "Phatwe",
            "Lwetse", "Diphalane", "Ngwanatsele", "Sedimonthole")  # fmt: skip

LEADS = {
    "au": "Control measures:",
    "icb": "Actions:",
    "amb": "Mitigations in place:",
    "ha": "Mitigation in place:",
    "tn": "Kganelo:",
    "police": "Control measures:",
    "cad": "MITIGATION:",
    "uni": "Containment:",
}


def _loc(lead: str, closing: str, was, cur: str, big, date_fmt, thousands: str = ",") -> dict:
    return {
        "lead": f". {lead} ",
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
GBP = lambda a, b: f"£{a}.{b}m"  # noqa: E731

LOCALE = {
    "au": _loc(LEADS["au"], "Risk has reduced and will be removed from the next update",
               lambda up, old: f" (last report {old})", "${}", lambda a, b: f"${a}.{b} million", DM),
    "icb": _loc(LEADS["icb"], "Risk reduced – to be closed at the next SCC huddle",
                lambda up, old: f" (prev: {old})", "£{}", GBP, DM),
    "amb": _loc(LEADS["amb"], "Risk reducing – proposed for closure at the next REAP review",
                lambda up, old: f" (last sitrep: {old})", "£{}", GBP, DM),
    "ha": _loc(LEADS["ha"], "Risk has reduced and will be closed at the next incident meeting",
               lambda up, old: f" (was {old})", "£{}", GBP, DM),
    "tn": _loc(LEADS["tn"], "Kotsi e fokotsegile mme e tla ntshiwa mo pegong e e latelang",
               lambda up, old: f" (pego e e fetileng: {old})", "R{}", lambda a, b: f"R{a}.{b} milione",
               lambda d, m: f"{d} {DIKGWEDI[MONTHS.index(m)]}", thousands=" "),
    "police": _loc(LEADS["police"], "Risk reduced – Gold proposes to close it at the next meeting",
                   lambda up, old: f" (previously {old})", "£{}", GBP, DM),
    "cad": _loc("Mitigation:", "Risk has decreased and will be dropped from the next update",
                lambda up, old: f" (prev {old})", "${}", lambda a, b: f"${a}.{b}M", MD),
    "uni": _loc(LEADS["uni"], "Risk has reduced and will be closed at the next incident call",
                lambda up, old: f" ({old} at the last update)", "£{}", GBP, DM),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def capitals(doc: Doc) -> None:
    """The US fire district's conventions, then every item in capitals as its dispatch system prints them."""
    localise(doc, "cad")
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = it.text.upper(), it.body.upper()
            it.mitigation = it.mitigation.upper() if it.mitigation else None


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("linden-court")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
