"""Changes to the generated content that the ``blind58_layouts`` publishers make before they print it.

The phrase banks (``blind58_layouts_banks_away``, ``blind58_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Andhra Pradesh district medical and health offices, in Telugu (a press release on the district's S3WaaS site):
  a pound as a hundred rupees in crores, or lakhs below one ("రూ.3.40 కోట్లు"), "1,250", "12%",
  "అక్టోబర్ 16", "(గత నివేదికలో: 5)", "తీసుకున్న చర్యలు:"; each section's name after its number ("1. సారాంశం");
- Tanzanian water authorities, in Swahili (a Zoho Campaigns newsletter): a pound as three thousand shillings
  ("TSh milioni 1,020"), "1,250", "asilimia 12", "16 Oktoba", "(taarifa iliyopita: 5)", "Hatua zinazochukuliwa:";
- Uzbek regional education departments, in Uzbek (a news page of the gov.uz portal): a pound as fifteen thousand
  soʻm ("5,1 mlrd soʻm"), "1 250", "12%", "16-yanvar", "(oldingi xabarda: 5)", "Koʻrilgan choralar:"; each
  section's name after a pin ("📌 Umumiy holat");
- Faroese municipalities, in Faroese (a leaflet in two columns): a pound as nine krónur ("3.060.000 kr.", "11,3 mió.
  kr."), "1.250", "16. november", "(seinasta kunning: 5)", "Tiltøk:";
- Ecuador's electricity business units, in Spanish (a Mautic newsletter): dollars ("USD 442.000", "USD 1,63
  millones"), "1.250", "12%", "16 de octubre", "(reporte anterior: 5)", "Acciones tomadas:";
- Sri Lankan road offices (a letter in Word): "Rs. 136.0 Mn" (a pound as four hundred rupees), "16th June",
  "(previous report: 5)", "Remedial action:"; each section's name after its number ("1. Summary");
- Pacific ministries of education (a Word report printed to PDF): each country's currency ("VT 51,000,000",
  "T$1,020,000", "FJ$1,020,000", "SI$3,740,000"), "16 March", "(previous report: 5)", the mitigation in its own column;
- Zambian provincial health offices (a mail typed on a phone): "K10.2 million" (a pound as thirty kwacha),
  "16th January", "(previous: 5)", "Interventions:"; each section's name in capitals after its number
  ("1. HIGHLIGHTS").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "pacific", "parts", "pinned", "upper_numbered"]

LEADS = {
    "te": "తీసుకున్న చర్యలు:",
    "sw": "Hatua zinazochukuliwa:",
    "uz": "Koʻrilgan choralar:",
    "fo": "Tiltøk:",
    "es": "Acciones tomadas:",
    "lk": "Remedial action:",
    "vu": "Mitigation measures:",
    "to": "Mitigation measures:",
    "fj": "Mitigation measures:",
    "sb": "Mitigation measures:",
    "zm": "Interventions:",
}
NELALU = ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్",
          "డిసెంబర్")  # fmt: skip
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
         "Desemba")  # fmt: skip
OYLAR = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentyabr", "oktyabr", "noyabr",
         "dekabr")  # fmt: skip
MANAÐIR = ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember")  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _ordinal(d, m) -> str:
    n = int(d)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {m}"


def _rupees(pounds: int) -> str:
    """A pound as a hundred rupees, in lakhs or crores as the Telugu press prints them."""
    r = pounds * 100
    return f"రూ.{r / 10_000_000:.2f} కోట్లు" if r >= 10_000_000 else f"రూ.{r / 100_000:.2f} లక్షలు"


def _shillings(pounds: int) -> str:
    return f"TSh milioni {pounds * 3000 // 1_000_000:,}"


def _som(pounds: int) -> str:
    s = pounds * 15_000
    return f"{s / 1e9:.1f} mlrd soʻm".replace(".", ",") if s >= 1e9 else f"{s // 1_000_000} mln soʻm"


def _kronur(pounds: int) -> str:
    k = pounds * 9
    return f"{k / 1e6:.1f}".replace(".", ",") + " mió. kr." if k >= 10_000_000 else f"{group(k, '.')} kr."


def _dollars(pounds: int) -> str:
    d = pounds * 13 // 10
    return f"USD {d / 1e6:.2f}".replace(".", ",") + " millones" if d >= 1_000_000 else f"USD {group(d, '.')}"


def _lkr(pounds: int) -> str:
    return f"Rs. {pounds * 400 / 1e6:,.1f} Mn"


def _kwacha(pounds: int) -> str:
    k = pounds * 30
    return f"K{k / 1e6:.1f} million" if k >= 1_000_000 else f"K{k:,}"


def _pacific(symbol: str, rate: int):
    return lambda pounds: f"{symbol}{pounds * rate:,}"


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


_EN = ("This risk has reduced and will be removed from the next report", " (previous report: {})")
LOCALES = {
    "te": _loc(LEADS["te"], "ఈ ప్రమాదం తగ్గింది, తదుపరి బులెటిన్‌లో చేర్చబడదు", " (గత నివేదికలో: {})", _rupees, ",",
               _month(NELALU, "{m} {d}")),
    "sw": _loc(LEADS["sw"], "Hatari hii imepungua na haitaripotiwa katika taarifa ijayo", " (taarifa iliyopita: {})",
               _shillings, ",", _month(MIEZI, "{d} {m}")),
    "uz": _loc(LEADS["uz"], "Ushbu xavf kamaydi va keyingi xabarga kiritilmaydi", " (oldingi xabarda: {})", _som, " ",
               _month(OYLAR, "{d}-{m}")),
    "fo": _loc(LEADS["fo"], "Váðin er minkaður og verður ikki við í næstu kunning", " (seinasta kunning: {})",
               _kronur, ".", _month(MANAÐIR, "{d}. {m}"), r"\1 %"),
    "es": _loc(LEADS["es"], "Este riesgo ha disminuido y no se incluirá en el próximo boletín",
               " (reporte anterior: {})", _dollars, ".", _month(MESES, "{d} de {m}")),
    "lk": _loc(LEADS["lk"], *_EN, _lkr, ",", _ordinal),
    "vu": _loc(LEADS["vu"], *_EN, _pacific("VT ", 150), ",", _month(MONTHS, "{d} {m}")),
    "to": _loc(LEADS["to"], *_EN, _pacific("T$", 3), ",", _month(MONTHS, "{d} {m}")),
    "fj": _loc(LEADS["fj"], *_EN, _pacific("FJ$", 3), ",", _month(MONTHS, "{d} {m}")),
    "sb": _loc(LEADS["sb"], *_EN, _pacific("SI$", 11), ",", _month(MONTHS, "{d} {m}")),
    "zm": _loc(LEADS["zm"], "This risk has reduced and will be dropped from the next sitrep", " (previous: {})",
               _kwacha, ",", _ordinal),
}  # fmt: skip
PACIFIC = ("vu", "to", "fj", "sb")  # by the organisation's place in ``SCHOOLS.organisations``

_PERCENT = re.compile(r"(\d+)%")


def _asilimia(s: str | None) -> str | None:
    """Swahili puts the word before the figure: "asilimia 62"."""
    return _PERCENT.sub(r"asilimia \1", s) if s else s


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "sw":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = _asilimia(it.text), _asilimia(it.body), _asilimia(it.mitigation)


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. సారాంశం")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def upper_numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. HIGHLIGHTS")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def pinned(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after a pin, as a post of the publisher's channel has it."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = f"📌 {s.heading}"


def pacific(doc: Doc) -> None:
    """:func:`localise` in the country of the ministry that wrote ``doc``."""
    from blind58_layouts_banks_home import SCHOOLS

    localise(doc, PACIFIC[SCHOOLS.organisations.index(doc.organisation)])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
