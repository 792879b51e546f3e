"""Changes to the generated content that the ``blind56_layouts`` publishers make before they print it.

The phrase banks (``blind56_layouts_banks_away``, ``blind56_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Bulgarian water and sewerage companies, in Bulgarian (a letter in Word for the web): "340 000 евро" (Bulgaria
  counts in euro from 2026), "1,25 млн. евро", "1 250", "12%", "16 август", "(при предходната информация: 5)",
  "Предприети мерки:"; each section's name after its Roman number ("I. Обща обстановка");
- Thai provincial disaster prevention offices, in Thai (a LINE group's saved chat): "340,000 บาท",
  "1.25 ล้านบาท", "1,250", "12%", "16 ตุลาคม", "(รายงานครั้งก่อน: 5)", "มาตรการ:" after a space, no full stops;
- Galician town councils, in Galician (a Mailjet newsletter): "340.000 euros", "1,25 millóns de euros", "1.250",
  "12 %", "16 de agosto", "(no boletín anterior: 5)", "Medidas adoptadas:";
- Albanian municipalities, in Albanian (a web form's PDF): "34.000.000 lekë" (a pound as a hundred lekë),
  "1.250", "12%", "16 nëntor", "(raporti i mëparshëm: 5)", "Masat e marra:"; each section's name after its number
  ("1. Përmbledhje");
- Philippine port management offices (an Apps Script mail): "₱340,000", "₱1.25 million", "October 16",
  "(previous report: 5)", "Countermeasures:";
- Kenyan water service providers (a Word report converted with Nitro): "KSh 34,000,000" (a pound as a hundred
  shillings), "16th February", "(previous report: 5)", "Mitigation measures:"; each section's name in capitals after
  its number ("1.0 HIGHLIGHTS");
- the Channel Islands' and Isle of Man's ports and airports (a Webflow page): "£340,000", "£1.25m", "16 November",
  "(last update: 5)", "Our response:";
- Nigerian electricity distribution companies (a Sendy mail): "₦340 million" (a pound as a thousand naira),
  "₦1.25 billion", "16th September", "(previous update: 5)", "What we are doing:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "parts", "roman", "upper_numbered"]

LEADS = {
    "bg": "Предприети мерки:",
    "th": "มาตรการ:",
    "gl": "Medidas adoptadas:",
    "sq": "Masat e marra:",
    "ph": "Countermeasures:",
    "ke": "Mitigation measures:",
    "je": "Our response:",
    "ng": "What we are doing:",
}
MESECI = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
          "декември")  # fmt: skip
DUAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
        "พฤศจิกายน", "ธันวาคม")  # fmt: skip
MESES = ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro", "novembro",
         "decembro")  # fmt: skip
MUAJ = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
        "dhjetor")  # fmt: skip
US = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December")  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _ordinal(d, m) -> str:
    n = int(d)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {m}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _naira(pounds: int) -> str:
    """A pound as a thousand naira: "₦340 million", "₦1.25 billion"."""
    naira = pounds * 1000
    if naira >= 1_000_000_000:
        return f"₦{naira / 1_000_000_000:.2f} billion"
    return f"₦{naira // 1_000_000:,} million"


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


LOCALES = {
    "bg": _loc(f". {LEADS['bg']} ", "Рискът е намалял и няма да бъде включен в следващата информация",
               " (при предходната информация: {})", lambda m: f"{group(_pounds(m), ' ')} евро", "{},{} млн. евро", " ",
               _month(MESECI, "{d} {m}")),
    "th": _loc(f" {LEADS['th']} ", "ความเสี่ยงนี้ลดลงแล้วและจะไม่รายงานในครั้งต่อไป", " (รายงานครั้งก่อน: {})",
               "{} บาท", "{}.{} ล้านบาท", ",", _month(DUAN, "{d} {m}")),
    "gl": _loc(f". {LEADS['gl']} ", "O risco diminuíu e non figurará no próximo boletín", " (no boletín anterior: {})",
               lambda m: f"{group(_pounds(m), '.')} euros", "{},{} millóns de euros", ".", _month(MESES, "{d} de {m}"),
               r"\1 %"),
    "sq": _loc(f". {LEADS['sq']} ", "Rreziku është ulur dhe nuk do të përfshihet në raportin e radhës",
               " (raporti i mëparshëm: {})", lambda m: f"{group(_pounds(m) * 100, '.')} lekë",
               lambda m: f"{group(_millions(m) * 100, '.')} lekë", ".", _month(MUAJ, "{d} {m}")),
    "ph": _loc(f". {LEADS['ph']} ", "This risk has eased and will be dropped from the next report",
               " (previous report: {})", "₱{}", "₱{}.{} million", ",", _month(US, "{m} {d}")),
    "ke": _loc(f". {LEADS['ke']} ", "This risk has reduced and will be removed from the next report",
               " (previous report: {})", lambda m: f"KSh {_pounds(m) * 100:,}",
               lambda m: f"KSh {_millions(m) * 100:,}", ",", _ordinal),
    "je": _loc(f". {LEADS['je']} ", "This risk has eased and we will not report on it again", " (last update: {})",
               "£{}", "£{}.{}m", ",", _month(MONTHS, "{d} {m}")),
    "ng": _loc(f". {LEADS['ng']} ", "This risk has reduced and will not be in our next update",
               " (previous update: {})", lambda m: _naira(_pounds(m)), lambda m: _naira(_millions(m)), ",", _ordinal),
}  # fmt: skip


def _thai(s: str | None) -> str | None:
    """Thai ends no sentence on a stop: the generator's stops go, its space before the closing note stays."""
    return s.replace(". ความเสี่ยงนี้", " ความเสี่ยงนี้").rstrip(".") if s else s


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "th":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = _thai(it.text), _thai(it.body), _thai(it.mitigation)


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Përmbledhje")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Roman number ("I. Обща обстановка")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading}"


def upper_numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1.0 HIGHLIGHTS")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}.0 {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
