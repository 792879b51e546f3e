"""Changes to the generated content that the ``blind55_layouts`` publishers make before they print it.

The phrase banks (``blind55_layouts_banks_away``, ``blind55_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Icelandic heating utilities, in Icelandic (a news article of a Next.js site): "340 millj. kr." (thousands of
  pounds as millions of krónur), "1,25 ma.kr.", "1.250", "12%", "16. febrúar", "(síðasta uppfærsla: 5)",
  "Viðbrögð:";
- Ukrainian city councils' executive committees, in Ukrainian (a letter in Word): "340 тис. грн",
  "1,25 млн грн", "1 250", "12 %", "16 березня", "(у попередній довідці: 5)", "Вжиті заходи:"; each section's
  name after its number ("1. Загальна обстановка");
- Romanian county school inspectorates, in Romanian (a signed letter in PDF): "340.000 lei",
  "1,25 milioane lei", "1.250", "12%", "16 septembrie", "(informarea anterioară: 5)", "Măsuri dispuse:"; each
  section's name after its number ("1. Situația generală");
- Estonian island municipalities, in Estonian (a Smaily newsletter): "340 000 eurot", "1,25 miljonit eurot",
  "1 250", "12%", "16. jaanuari" (the genitive before the word it qualifies: "16. jaanuari öösel"),
  "(eelmises teates: 5)", "Võetud meetmed:";
- South African metropolitan electricity utilities (a Campaign Monitor mail): "R340 000", "R1,25 million",
  "1 250", "16 June", "(previous update: 5)", "Mitigating actions:";
- Alberta school divisions (a Smore newsletter): "$340,000", "$1.25 million", "May 16", "(last update: 5)",
  "What we're doing:";
- Indian zonal railways (a Zoho Writer letter in PDF): "₹3.40 crore" (a pound as a hundred rupees),
  "₹12.50 crore", "16 July", "(last report: 5)", "Action taken:";
- Jamaica's regional health authorities (an Adobe Express report): "J$340 million" (a pound as a thousand
  Jamaican dollars), "J$1.25 billion", "October 16", "(previous report: 5)", "Response actions:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "parts"]

LEADS = {
    "is": "Viðbrögð:",
    "uk": "Вжиті заходи:",
    "ro": "Măsuri dispuse:",
    "et": "Võetud meetmed:",
    "za": "Mitigating actions:",
    "ab": "What we're doing:",
    "in": "Action taken:",
    "jm": "Response actions:",
}
MANUDIR = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember")  # fmt: skip
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня")  # fmt: skip
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie")  # fmt: skip
KUUD = ("jaanuari", "veebruari", "märtsi", "aprilli", "mai", "juuni", "juuli", "augusti", "septembri", "oktoobri",
        "novembri", "detsembri")  # fmt: skip
US = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _kronur(m) -> str:
    """Thousands of pounds as millions of krónur, as a utility counts its costs: "340 millj. kr."."""
    n = _pounds(m)
    return f"{group(n // 1000, '.')} millj. kr." if n % 1000 == 0 else f"{group(n, '.')} kr."


def _crore(pounds: int) -> str:
    """A pound as a hundred rupees, in crore as a railway writes it: "₹3.40 crore"."""
    return f"₹{pounds * 100 / 10_000_000:.2f} crore"


def _jamaican(pounds: int) -> str:
    """A pound as a thousand Jamaican dollars: "J$340 million", "J$1.25 billion"."""
    dollars = pounds * 1000
    if dollars >= 1_000_000_000:
        return f"J${dollars / 1_000_000_000:.2f} billion"
    return f"J${dollars // 1_000_000:,} million"


def _loc(lead: str, closing: str, was: str, pounds, millions, thousands: str, date, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": millions if callable(millions) else (lambda m: millions.format(m.group(1), m.group(2))),
        "pounds": pounds if callable(pounds) else (lambda m: pounds.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "is": _loc(LEADS["is"], "Dregið hefur úr hættunni og hún verður ekki tilgreind í næstu uppfærslu",
               " (síðasta uppfærsla: {})", _kronur, "{},{} ma.kr.", ".", _month(MANUDIR, "{d}. {m}")),
    "uk": _loc(LEADS["uk"], "Ризик знизився, у наступній довідці його не буде", " (у попередній довідці: {})",
               lambda m: f"{group(_pounds(m) // 1000, ' ')} тис. грн", "{},{} млн грн", " ",
               _month(MISIATSI, "{d} {m}"), r"\1 %"),
    "ro": _loc(LEADS["ro"], "Riscul s-a diminuat și nu va mai fi inclus în informarea următoare",
               " (informarea anterioară: {})", lambda m: f"{group(_pounds(m), '.')} lei", "{},{} milioane lei", ".",
               _month(LUNI, "{d} {m}")),
    "et": _loc(LEADS["et"], "Risk on vähenenud ja järgmises teates seda enam ei kajastata", " (eelmises teates: {})",
               lambda m: f"{group(_pounds(m), ' ')} eurot", "{},{} miljonit eurot", " ", _month(KUUD, "{d}. {m}")),
    "za": _loc(LEADS["za"], "This risk has reduced and will not be carried in the next update",
               " (previous update: {})", lambda m: f"R{group(_pounds(m), ' ')}", "R{},{} million", " ",
               _month(MONTHS, "{d} {m}")),
    "ab": _loc(LEADS["ab"], "This risk has eased and will not appear in the next update", " (last update: {})",
               "${}", "${}.{} million", ",", _month(US, "{m} {d}")),
    "in": _loc(LEADS["in"], "This risk has reduced and will be dropped from the next report", " (last report: {})",
               lambda m: _crore(_pounds(m)), lambda m: _crore(_millions(m)), ",", _month(MONTHS, "{d} {m}")),
    "jm": _loc(LEADS["jm"], "This risk has reduced and will be removed from the next report",
               " (previous report: {})", lambda m: _jamaican(_pounds(m)), lambda m: _jamaican(_millions(m)), ",",
               _month(US, "{m} {d}")),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "is":  # "… 340 millj. kr." keeps one stop at a sentence's end
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = it.text.replace("kr..", "kr."), it.body.replace("kr..", "kr.")
                it.mitigation = it.mitigation.replace("kr..", "kr.") if it.mitigation else None


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Загальна обстановка")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
