"""Changes to the generated content that the ``blind46_layouts`` publishers make before they print it.

The phrase banks (``blind46_layouts_banks_new``, ``blind46_layouts_banks_other``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- English district councils in a refuse collection strike (Word, numbered headings, a risks table): "£3,400",
  "£1.25m", "1,250", "12%", "16 March", "(last report: 5)"; the table's Actions column holds the mitigation;
- Ladin municipalities of Val Badia, in Ladin (Word saved as PDF with a cover and contents): "3.400 €",
  "1,25 miliuns de €", "1.250", "16 de messé", "(relaziun dant: 5)", "Mosöres:";
- provincial branches of the Burundi Red Cross, in Kirundi (a newsletter sent with Brevo): "3 400 000 FBu",
  "1,25 miliyari FBu" (the generator's thousands of pounds as thousands of francs), "1 250", "16 Ntwarante",
  "(raporo iheruka: 5)", "Ingingo zafashwe:";
- Kurdistan Region governorates, in Sorani Kurdish with Arabic-Indic digits (a web page printed to PDF):
  "٣٬٤٠٠٬٠٠٠ دینار", "١٫٢٥ ملیار دینار", "١٬٢٥٠", "١٦ی ئازار", "(ڕاپۆرتی پێشوو: ٥)", "ڕێوشوێن:";
- Ugandan district local governments, in Luganda (an Outlook e-mail): "UGX 3,400,000", "UGX obuwumbi 1.25",
  "1,250", "16 Marisi", "(lipooti ewedde: 5)", "Ekikolebwa:";
- DLRG local groups in a flood, in German (a Mattermost post): "3.400 €", "1,25 Mio. €", "1.250", "16. Juni",
  "(letzte Meldung: 5)", "Maßnahme:";
- English county councils after a home care provider failed (a status tracker saved as CSV): "£3,400", "£1.25m",
  "16 March", "(previous: 5)"; the Comments column holds a risk's mitigation;
- American county animal services in a hurricane (Word, numbered points): "$3,400", "$1.25 million",
  "September 16", "(last report: 5)", "Mitigation:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import count, group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["count", "group", "level", "localise", "parts"]

LEADS = {
    "gb": "Mitigation:",
    "lld": "Mosöres:",
    "run": "Ingingo zafashwe:",
    "ckb": "ڕێوشوێن:",
    "lg": "Ekikolebwa:",
    "de": "Maßnahme:",
    "care": "Mitigation:",
    "us": "Mitigation:",
}
LLD_MONTHS = ("jená", "forá", "merz", "aurí", "ma", "jügn", "messé", "aost", "setëmber", "otober", "novëmber",
              "dezëmber")  # fmt: skip
RUN_MONTHS = ("Nzero", "Ruhuhuma", "Ntwarante", "Ndamukiza", "Rusama", "Ruheshi", "Mukakaro", "Myandagaro",
              "Nyakanga", "Gitugutu", "Munyonyo", "Kigarama")  # fmt: skip
CKB_MONTHS = ("کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەمموز", "ئاب", "ئەیلوول",
              "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")  # fmt: skip
LG_MONTHS = ("Janwali", "Febwali", "Marisi", "Apuli", "Maayi", "Juuni", "Julaayi", "Agusito", "Sebuttemba",
             "Okitobba", "Novemba", "Desemba")  # fmt: skip
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


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
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _us(d: str, m: str) -> str:
    return f"{m} {int(d)}"


LOCALE = {
    "gb": _loc("gb", "This risk has reduced and will be closed at the next report", " (last report: {})", "£{}",
               "£{}.{}m"),
    "lld": _loc("lld", "Le pericul é calé y ne vëgn nia plü nominé tla proscima relaziun", " (relaziun dant: {})",
                "{} €", "{},{} miliuns de €", ".", _month(LLD_MONTHS, "{d} de {m}")),
    "run": _loc("run", "Iki cago caragabanutse, ntikizosubira kuvugwa muri raporo ikurikira",
                " (raporo iheruka: {})", "{},000 FBu", "{},{} miliyari FBu", " ", _month(RUN_MONTHS, "{d} {m}"),
                r"\1 %"),
    "ckb": _loc("ckb", "ئەم مەترسییە کەمی کردووە و لە ڕاپۆرتی داهاتوودا لادەبرێت", " (ڕاپۆرتی پێشوو: {})",
                "{},000 دینار", "{}٫{} ملیار دینار", "٬", _month(CKB_MONTHS, "{d}ی {m}"), r"\1٪"),
    "lg": _loc("lg", "Obulabe buno bukendedde era tebujja kuddamu kulabikira mu lipooti eddako",
               " (lipooti ewedde: {})", "UGX {},000", "UGX obuwumbi {}.{}", ",", _month(LG_MONTHS, "{d} {m}")),
    "de": _loc("de", "Die Gefahr ist gesunken und entfällt in der nächsten Meldung", " (letzte Meldung: {})",
               "{} €", "{},{} Mio. €", ".", _month(DE_MONTHS, "{d}. {m}"), r"\1 %"),
    "care": _loc("care", "This risk has reduced and will be closed tomorrow", " (previous: {})", "£{}", "£{}.{}m"),
    "us": _loc("us", "This risk has eased and will be removed from the next report", " (last report: {})", "${}",
               "${}.{} million", ",", _us),
}  # fmt: skip

_STOPS = re.compile(r"\.\.(?=\s|$)")


def _ckb(text: str) -> str:
    """Sorani text as printed: Arabic-Indic digits."""
    return _STOPS.sub(".", text).translate(ARABIC_DIGITS)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])
    if lang != "ckb":
        return
    doc.title = _ckb(doc.title)
    for s in doc.sections:
        for it in s.items:
            it.text, it.body = _ckb(it.text), _ckb(it.body)
            it.mitigation = _ckb(it.mitigation) if it.mitigation else None


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def level(item: Item, levels: tuple[str, ...]) -> int:
    """How far a risk has escalated (0 … 3), read from its own language's escalation words."""
    return max((i for i, word in enumerate(levels) if f" {word}" in item.body), default=0)
