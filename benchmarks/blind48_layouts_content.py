"""Changes to the generated content that the ``blind48_layouts`` publishers make before they print it.

The phrase banks (``blind48_layouts_banks_north``, ``blind48_layouts_banks_south``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``), three of them in each organisation's own currency:

- national research and education networks after a subsea cable was cut (a Sphinx documentation page): "A$3,400",
  "NZ$3,400", "€3,400" or "£3,400", "A$1.25m", "16 February", "(previous update: 5)", "Mitigation:";
- English councils' digital teams after their hosting provider failed (Markdown from Google Docs): "£3,400",
  "£1.25m", "16 May", "(previously 5)", "Mitigating actions:";
- marine mammal rescue charities at a mass stranding (a database record printed): "NZ$3,400", "A$3,400", "£3,400" or
  "€3,400", "16 January", "(yesterday: 5)", "Response:";
- Scottish health boards' health protection teams in an mpox cluster (an R Markdown report printed to PDF): "£3,400",
  "£1.25 million", "16 August", "(previous report: 5)", "Control measures:";
- American school districts after a case of tuberculosis (a parent messaging platform's e-mail): "$3,400",
  "$1.25 million", "September 16", "(last update: 5)", "What we are doing:";
- Australian water utilities after PFAS was found in a supply (a report from the incident system): "$3,400",
  "$1.25 million", "16 November", "(previous: 5)"; the risk register's Controls column holds the mitigation;
- Canadian provincial cattle associations in an anthrax outbreak (an e-mail newsletter's archive page): "$3,400",
  "$1.25 million", "July 16", "(last update: 5)", "Action:";
- Caribbean coastal agencies in a sargassum influx (a Word report): "BDS$3,400", "J$3,400", "TT$3,400" or
  "EC$3,400", "BDS$1.25 million", "16 June", "(last week: 5)", "Response:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind17_layouts_content import count, group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["count", "group", "localise", "parts"]

LEADS = {
    "nren": "Mitigation:",
    "gb": "Mitigating actions:",
    "intl": "Response:",
    "sco": "Control measures:",
    "us": "What we are doing:",
    "au": "Mitigation:",  # printed in the register's own column, never as a lead
    "ca": "Action:",
    "carib": "Response:",
}
US_DATE = {"date": lambda d, m: f"{m} {int(d)}"}
# the organisations that print amounts in their own currency: (layout, currency sign)
CURRENCY = {"AARNet": "A$", "REANNZ": "NZ$", "HEAnet": "€", "Jisc": "£", "Project Jonah": "NZ$", "ORRCA": "A$",
            "British Divers Marine Life Rescue": "£", "Irish Whale and Dolphin Group": "€",
            "Coastal Zone Management Unit, Barbados": "BDS$",
            "National Environment and Planning Agency, Jamaica": "J$",
            "Environmental Management Authority, Trinidad and Tobago": "TT$",
            "Department of Environment, Antigua and Barbuda": "EC$"}  # fmt: skip


def _loc(lang: str, closing: str, was: str, cur: str, million: str, **other) -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: million.format(cur, m.group(1), m.group(2)),
        "pounds": lambda m: f"{cur}{m.group(1)}",
        "thousands": ",",
        "percent": r"\1%",
        "date": lambda d, m: f"{int(d)} {m}",
    } | other


def _locale(lang: str, cur: str) -> dict:
    return {
        "nren": lambda: _loc(
            "nren",
            "This risk has reduced and will be closed at the next update",
            " (previous update: {})",
            cur,
            "{}{}.{}m",
        ),
        "gb": lambda: _loc(
            "gb", "This risk has reduced and will be closed in the next update", " (previously {})", cur, "{}{}.{}m"
        ),
        "intl": lambda: _loc(
            "intl", "This risk has eased and will come off the next report", " (yesterday: {})", cur, "{}{}.{}m"
        ),
        "sco": lambda: _loc(
            "sco",
            "This risk has reduced and will be stood down at the next report",
            " (previous report: {})",
            cur,
            "{}{}.{} million",
        ),
        "us": lambda: _loc(
            "us",
            "This risk has eased and will be removed from the next update",
            " (last update: {})",
            cur,
            "{}{}.{} million",
            **US_DATE,
        ),
        "au": lambda: _loc(
            "au",
            "This risk has reduced and will be closed at the next report",
            " (previous: {})",
            cur,
            "{}{}.{} million",
        ),
        "ca": lambda: _loc(
            "ca",
            "This risk has decreased and will be removed from the next update",
            " (last update: {})",
            cur,
            "{}{}.{} million",
            **US_DATE,
        ),
        "carib": lambda: _loc(
            "carib",
            "This risk has reduced and will be dropped from the next report",
            " (last week: {})",
            cur,
            "{}{}.{} million",
        ),
    }[lang]()


DEFAULT = {"gb": "£", "sco": "£", "us": "$", "au": "$", "ca": "$"}


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang`` and, where it
    prints its own, in its organisation's currency."""
    localise_doc(doc, _locale(lang, CURRENCY.get(doc.organisation) or DEFAULT[lang]))


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
