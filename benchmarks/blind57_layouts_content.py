"""Changes to the generated content that the ``blind57_layouts`` publishers make before they print it.

The phrase banks (``blind57_layouts_banks_away``, ``blind57_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Montenegrin municipalities, in Montenegrin (a Viber group's saved history): "340.000 €", "1,25 mil. €",
  "1.250", "12%", "16. novembra", "(u prethodnoj informaciji: 5)", "Preduzete mjere:"; each section's name in
  capitals ("SAŽETAK");
- Sámi municipalities in Finnmark, in Northern Sami (a Mynewsdesk newsroom): "3 400 000 kr" (a pound as ten
  kroner), "12 500 000 kr", "1 250", "12 %", "16. miessemánu", "(ovddit dieđáhusas: 5)", "Dahkkon doaibmabijut:";
- Western Cape water user associations, in Afrikaans (an Everlytic newsletter): "R340 000", "R1,25 miljoen",
  "1 250", "12%", "16 Junie", "(vorige verslag: 5)", "Teenmaatreëls:";
- Tanzanian water supply and sanitation authorities, in Swahili (a Word letter printed to PDF through Foxit's
  printer): "TSh 340,000,000" (a pound as a thousand shillings), "TSh bilioni 1.25", "1,250", "12%", "16 Aprili",
  "(taarifa iliyopita: 5)", "Hatua zilizochukuliwa:"; each section's name in capitals after its number
  ("1. MUHTASARI");
- Ghanaian district assemblies (Word for Android): "GH₵3,400,000" (a pound as ten cedis), "GH₵12.5 million",
  "16th October", "(previous report: 5)", "Intervention:"; each section's name in capitals after its letter
  ("A. SUMMARY");
- the disaster management agencies of British Overseas Territories (a D4H print, the risks in a table):
  "US$340,000", "US$1.25 million", "16 October", "(previous sitrep: 5)";
- Kimberley shires (an OpenCities page): "$340,000", "$1.25 million", "16 January", "(last update: 5)",
  "Our actions:";
- Louisiana parish governments (a Nixle alert): "$340,000", "$1.25 million", "September 16",
  "(previous update: 5)", "Parish response:"; each section's name in capitals ("RIVER CONDITIONS").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import string

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "lettered", "localise", "numbered_upper", "parts", "upper"]

LEADS = {
    "me": "Preduzete mjere:",
    "se": "Dahkkon doaibmabijut:",
    "af": "Teenmaatreëls:",
    "sw": "Hatua zilizochukuliwa:",
    "gh": "Intervention:",
    "bot": "Mitigation:",
    "wa": "Our actions:",
    "la": "Parish response:",
}
MJESECI = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
           "novembra", "decembra")  # fmt: skip
MANUT = ("ođđajagemánu", "guovvamánu", "njukčamánu", "cuoŋománu", "miessemánu", "geassemánu", "suoidnemánu",
         "borgemánu", "čakčamánu", "golggotmánu", "skábmamánu", "juovlamánu")  # fmt: skip
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def ordinal(n: int) -> str:
    """16 → "16th"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lead: str, closing: str, was: str, pounds, millions, thousands: str, date, percent: str = r"\1%") -> dict:
    return {
        "lead": lead,
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": millions if callable(millions) else (lambda m: millions.format(m.group(1), m.group(2))),
        "pounds": pounds if callable(pounds) else (lambda m: pounds.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


def _shillings(m) -> str:
    return f"TSh bilioni {m.group(1)}.{m.group(2)}"


def _cedis_millions(m) -> str:
    return f"GH₵{_millions(m) * 10 / 1_000_000:g} million"


LOCALES = {
    "me": _loc(f". {LEADS['me']} ", "Rizik se smanjio i neće biti praćen u narednoj informaciji",
               " (u prethodnoj informaciji: {})", lambda m: f"{group(_pounds(m), '.')} €", "{},{} mil. €", ".",
               _month(MJESECI, "{d}. {m}")),
    "se": _loc(f". {LEADS['se']} ", "Riska lea geahppánan iige dieđihuvvo šat boahtte dieđáhusas",
               " (ovddit dieđáhusas: {})", lambda m: f"{group(_pounds(m) * 10, ' ')} kr",
               lambda m: f"{group(_millions(m) * 10, ' ')} kr", " ", _month(MANUT, "{d}. {m}"), r"\1 %"),
    "af": _loc(f". {LEADS['af']} ", "Die risiko het afgeneem en sal nie in die volgende verslag opgeneem word nie",
               " (vorige verslag: {})", lambda m: f"R{group(_pounds(m), ' ')}", "R{},{} miljoen", " ",
               _month(MAANDE, "{d} {m}")),
    "sw": _loc(f". {LEADS['sw']} ", "Hatari hii imepungua na haitaripotiwa katika taarifa ijayo",
               " (taarifa iliyopita: {})", lambda m: f"TSh {_pounds(m) * 1000:,}", _shillings, ",",
               _month(MIEZI, "{d} {m}")),
    "gh": _loc(f". {LEADS['gh']} ", "This risk has reduced and will be removed from subsequent reports",
               " (previous report: {})", lambda m: f"GH₵{_pounds(m) * 10:,}", _cedis_millions, ",",
               lambda d, m: f"{ordinal(int(d))} {m}"),
    "bot": _loc(f". {LEADS['bot']} ", "This risk has reduced and will not be carried in the next sitrep",
                " (previous sitrep: {})", "US${}", "US${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "wa": _loc(f". {LEADS['wa']} ", "This risk has eased and will not be included in future updates",
               " (last update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "la": _loc(f". {LEADS['la']} ", "This risk has decreased and will be dropped from the next update",
               " (previous update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{m} {d}")),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("SAŽETAK")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def numbered_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. MUHTASARI")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def lettered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its letter ("A. SUMMARY")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{string.ascii_uppercase[n]}. {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
