"""Changes to the generated content that the ``blind26_layouts`` publishers make before they print it.

The phrase banks (``blind26_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%", "£3,400",
"£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk will be
dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- a district council's committee report: "£3,400", "£1.25m", "(previously 5)", "Management action:";
- a local resilience forum's recovery co-ordinating group: "(was 5)", "Mitigating action:";
- a US county office of emergency management: "$3,400", "$1.25 million", "September 16", "(up from 5 last op
  period)", "Actions:";
- a New Zealand community hub: "$3,400", "(was 5)"; its risks' mitigations stand in a column of their own, no lead;
- a county council's adult social care team writing to providers: "(previously 5)", "Support available:";
- a Canadian health authority's IT service: "$3,400", "$1.25M", "March 16", "(previous update: 5)", "Workaround:";
- an Australian local health district: "$3,400", "$1.25 million", "(previous sitrep: 5)", "Risk treatment:";
- an Irish island co-operative writing in Irish: "€3,400", "€1.25 milliún", "16 Eanáir", "(tuairisc roimhe seo: 5)",
  "Maolú:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

MIONNA = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair",
          "Deireadh Fómhair", "Samhain", "Nollaig")  # fmt: skip
LAETHANTA = ("Luan", "Máirt", "Céadaoin", "Déardaoin", "Aoine", "Satharn", "Domhnach")

LEADS = {
    "council": "Management action:",
    "rcg": "Mitigating action:",
    "us": "Actions:",
    "nz": "",
    "notify": "Support available:",
    "ca": "Workaround:",
    "au": "Risk treatment:",
    "ga": "Maolú:",
}


def _loc(lang: str, closing: str, was, cur: str, big, date_fmt) -> dict:
    lead = LEADS[lang]
    return {
        "lead": f". {lead} " if lead else ". ",
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

LOCALE = {
    "council": _loc("council", "This risk has reduced and will be removed from future updates",
                    lambda up, old: f" (previously {old})", "£{}", GBP, DM),
    "rcg": _loc("rcg", "Risk reduced – propose to close at the next RCG",
                lambda up, old: f" (was {old})", "£{}", GBP, DM),
    "us": _loc("us", "Concern has decreased and will be removed from the next SITREP",
               lambda up, old: f" ({'up' if up else 'down'} from {old} last op period)", "${}",
               lambda a, b: f"${a}.{b} million", MD),
    "nz": _loc("nz", "Risk has eased – will come off the sheet tomorrow",
               lambda up, old: f" (was {old})", "${}", lambda a, b: f"${a}.{b}m", DM),
    "notify": _loc("notify", "This risk has reduced and we will stop reporting it from the next update",
                   lambda up, old: f" (previously {old})", "£{}", GBP, DM),
    "ca": _loc("ca", "Risk has decreased and will be closed at the next update",
               lambda up, old: f" (previous update: {old})", "${}", lambda a, b: f"${a}.{b}M", MD),
    "au": _loc("au", "Risk has reduced and will be closed in the next sitrep",
               lambda up, old: f" (previous sitrep: {old})", "${}", lambda a, b: f"${a}.{b} million", DM),
    "ga": _loc("ga", "Tá an riosca seo laghdaithe agus ní bheidh sé sa chéad tuairisc eile",
               lambda up, old: f" (tuairisc roimhe seo: {old})", "€{}", lambda a, b: f"€{a}.{b} milliún",
               lambda d, m: f"{d} {MIONNA[MONTHS.index(m)]}"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def us_day(day) -> str:
    """ "09/16/2025": a date as a US county's systems print it."""
    return f"{day:%m/%d/%Y}"
