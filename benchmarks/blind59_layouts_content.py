"""Changes to the generated content that the ``blind59_layouts`` publishers make before they print it.

The phrase banks (``blind59_layouts_banks_away``, ``blind59_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Armenian regional administrations (a news page on a 1C-Bitrix site): a pound as five hundred drams
  ("125 000 000 դրամ"), "1 250", "12%", "16 հունվարի", "(նախորդ տեղեկատվությամբ՝ 5)", "Ձեռնարկված միջոցներ՝";
- Energo-Pro Georgia's regions (a Salesforce Marketing Cloud mail): a pound as 3.4 lari ("3,4 მლნ ლარი"),
  "1 250", "12%", "16 თებერვალი", "(წინა ინფორმაცია: 5)", "მიღებული ზომები:";
- Hrvatske vode (a letter with KLASA and URBROJ, in PDF): euros ("1.170.000,00 EUR"), "1.250", "12 %",
  "16. svibnja", "(prethodno izvješće: 5)", "Poduzete mjere:"; each section's name after its number ("1. Sažetak");
- Malta's Water Services Corporation (a Word report): euros ("€1,170,000"), "1,250", "12%", "16 ta' Lulju",
  "(rapport preċedenti: 5)", "Miżuri meħuda:";
- the Canadian Coast Guard (a bilingual government PDF): dollars ("$1,625,000", "$1.63 million"), "September 16",
  "(previous sitrep: 5)", "Actions:";
- Australian forestry agencies (a Squiz Matrix page): dollars ("$2.2 million"), "16 December",
  "(previous update: 5)", "Controls:";
- the Probation Service (a Word SITREP): pounds as printed, "16 October", "(previous SITREP: 5)", "Mitigation:";
  each section's name after its number ("1. Summary");
- PHLPost's area offices (a plain mail from SquirrelMail): a pound as seventy pesos ("PHP 4,900,000.00"),
  "November 16, 2026", "(previous report: 5)", "Action taken:"; each section's name in capitals after a Roman
  numeral ("I. HIGHLIGHTS").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "parts", "roman_upper"]

LEADS = {
    "hy": "Ձեռնարկված միջոցներ՝",
    "ka": "მიღებული ზომები:",
    "hr": "Poduzete mjere:",
    "mt": "Miżuri meħuda:",
    "ca": "Actions:",
    "au": "Controls:",
    "uk": "Mitigation:",
    "ph": "Action taken:",
}
AMSIV = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
         "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")  # fmt: skip
TVEEBI = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
          "ოქტომბერი", "ნოემბერი", "დეკემბერი")  # fmt: skip
MJESECI = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca")  # fmt: skip
XHUR = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
        "Novembru", "Diċembru")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _dram(pounds: int) -> str:
    return f"{group(pounds * 500, ' ')} դրամ"


def _lari(pounds: int) -> str:
    g = pounds * 34 // 10
    return f"{g / 1e6:.1f}".replace(".", ",") + " მლნ ლარი" if g >= 1_000_000 else f"{group(g, ' ')} ლარი"


def _eur_hr(pounds: int) -> str:
    return f"{group(pounds * 117 // 100, '.')},00 EUR"


def _eur_mt(pounds: int) -> str:
    return f"€{pounds * 117 // 100:,}"


def _cad(pounds: int) -> str:
    d = pounds * 13 // 10 * 1.25
    return f"${d / 1e6:.2f} million" if d >= 1_000_000 else f"${int(d):,}"


def _aud(pounds: int) -> str:
    d = pounds * 19 // 10
    return f"${d / 1e6:.1f} million" if d >= 1_000_000 else f"${d:,}"


def _gbp(pounds: int) -> str:
    return f"£{pounds:,}"


def _php(pounds: int) -> str:
    return f"PHP {pounds * 70:,}.00"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lead: str, closing: str, was: str, money, thousands: str, date, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


_ENGLISH = "This risk has reduced and will be removed from the next report"
LOCALES = {
    "hy": _loc(LEADS["hy"], "Այս ռիսկը նվազել է և հաջորդ տեղեկատվության մեջ չի ներառվի",
               " (նախորդ տեղեկատվությամբ՝ {})", _dram, " ", _month(AMSIV, "{d} {m}")),
    "ka": _loc(LEADS["ka"], "ეს რისკი შემცირდა და შემდეგ ინფორმაციაში აღარ იქნება", " (წინა ინფორმაცია: {})", _lari,
               " ", _month(TVEEBI, "{d} {m}")),
    "hr": _loc(LEADS["hr"], "Rizik se smanjio i neće biti u sljedećem izvješću", " (prethodno izvješće: {})",
               _eur_hr, ".", _month(MJESECI, "{d}. {m}"), r"\1 %"),
    "mt": _loc(LEADS["mt"], "Dan ir-riskju naqas u mhux se jkun fir-rapport li jmiss", " (rapport preċedenti: {})",
               _eur_mt, ",", _month(XHUR, "{d} ta' {m}")),
    "ca": _loc(LEADS["ca"], _ENGLISH, " (previous sitrep: {})", _cad, ",", _month(MONTHS, "{m} {d}")),
    "au": _loc(LEADS["au"], "This risk has reduced and will be removed from the next update", " (previous update: {})",
               _aud, ",", _month(MONTHS, "{d} {m}")),
    "uk": _loc(LEADS["uk"], _ENGLISH, " (previous SITREP: {})", _gbp, ",", _month(MONTHS, "{d} {m}")),
    "ph": _loc(LEADS["ph"], _ENGLISH, " (previous report: {})", _php, ",", _month(MONTHS, "{m} {d}, 2026")),
}  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Sažetak")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def roman_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after a Roman numeral ("I. HIGHLIGHTS")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
