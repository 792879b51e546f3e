"""Changes to the generated content that the ``blind53_layouts`` publishers make before they print it.

The phrase banks (``blind53_layouts_banks_away``, ``blind53_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Norwegian municipalities, in Bokmål (a letter from the archive system Elements): "3 400 kroner",
  "1,25 millioner kroner", "1 250", "12 prosent", "16. januar", "(forrige rapport: 5)", "Iverksatte tiltak:";
- Slovak towns, in Slovak (a Mobilný rozhlas message): "3 400 €", "1,25 mil. €", "1 250", "12 %", "16. augusta",
  "(v predchádzajúcej informácii: 5)", "Prijaté opatrenia:";
- Greek island municipalities, in Greek (a note posted on Diavgeia): "3.400 €", "1,25 εκατ. €", "1.250", "12%",
  "16 Φεβρουαρίου", "(προηγούμενη ενημέρωση: 5)", "Μέτρα αντιμετώπισης:"; each section's name after its Greek
  letter numeral ("Α.", "Β.", … "ΣΤ.", … "Ι.") as Greek offices letter them;
- Vietnamese provincial people's committees, in Vietnamese (a signed report): "3.400 triệu đồng" for the amounts in
  thousands (a report counts in millions of đồng), "1,25 tỷ đồng", "1.250", "12%", "16/9",
  "(báo cáo trước: 5)", "Biện pháp ứng phó:"; each section's name in capitals after its Roman numeral
  ("I. TÌNH HÌNH CHUNG") as the rules for administrative documents set it;
- Oregon counties (a Bluesky thread, in AP style): "$3,400", "$1.25 million", "Jan. 16", "(was 5)",
  "Our response:";
- English water companies (a dotdigital stakeholder mail): "£3,400", "£1.25 million", "16 July",
  "(previous update: 5)", "Mitigation in place:";
- Victorian public health units (a page of health.vic.gov.au): "$3,400", "$1.25 million", "16 February",
  "(previous update: 5)", "Control measures:";
- Canadian universities (a GitBook page): "$3,400", "$1.25 million", "March 16", "(last update: 5)", "Mitigation:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import group, split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "lettered", "localise", "parts", "roman"]

LEADS = {
    "no": "Iverksatte tiltak:",
    "sk": "Prijaté opatrenia:",
    "el": "Μέτρα αντιμετώπισης:",
    "vi": "Biện pháp ứng phó:",
    "us": "Our response:",
    "gb": "Mitigation in place:",
    "vic": "Control measures:",
    "ca": "Mitigation:",
}
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")  # fmt: skip
MESIACE = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra")  # fmt: skip
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
         "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # fmt: skip
AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
GREEK_NUMERALS = ("Α", "Β", "Γ", "Δ", "Ε", "ΣΤ", "Ζ", "Η", "Θ", "Ι", "ΙΑ", "ΙΒ")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)], n=MONTHS.index(m) + 1)


def _dong(m) -> str:
    """An amount in pounds as a Vietnamese report counts it: thousands of pounds as millions of đồng."""
    n = int(m.group(1).replace(",", ""))
    return f"{group(n // 1000, '.')} triệu đồng" if n >= 1000 and n % 1000 == 0 else f"{group(n, '.')} đồng"


def _loc(lead: str, closing: str, was: str, pounds, millions: str, thousands: str, date,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: millions.format(m.group(1), m.group(2)),
        "pounds": pounds if callable(pounds) else (lambda m: pounds.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "no": _loc(LEADS["no"], "Risikoen er redusert og tas ut av neste situasjonsrapport", " (forrige rapport: {})",
               "{} kroner", "{},{} millioner kroner", " ", _month(MANEDER, "{d}. {m}"), r"\1 prosent"),
    "sk": _loc(LEADS["sk"], "Riziko sa znížilo a v nasledujúcej informácii už nebude uvedené",
               " (v predchádzajúcej informácii: {})", "{} €", "{},{} mil. €", " ", _month(MESIACE, "{d}. {m}"),
               r"\1 %"),
    "el": _loc(LEADS["el"], "Ο κίνδυνος μειώθηκε και δεν θα περιλαμβάνεται στην επόμενη ενημέρωση",
               " (προηγούμενη ενημέρωση: {})", "{} €", "{},{} εκατ. €", ".", _month(MINES, "{d} {m}")),
    "vi": _loc(LEADS["vi"], "Nguy cơ đã giảm và sẽ không còn nêu trong báo cáo tiếp theo", " (báo cáo trước: {})",
               _dong, "{},{} tỷ đồng", ".", _month(MONTHS, "{d}/{n}")),
    "us": _loc(LEADS["us"], "This risk has gone down and will come off the list in the next update", " (was {})",
               "${}", "${}.{} million", ",", _month(AP, "{m} {d}")),
    "gb": _loc(LEADS["gb"], "This risk has reduced and will be removed from our next update",
               " (previous update: {})", "£{}", "£{}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "vic": _loc(LEADS["vic"], "This risk has reduced and will not be reported in the next update",
                " (previous update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "ca": _loc(LEADS["ca"], "This risk has decreased and will be removed from the next update",
               " (last update: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{m} {d}")),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang == "sk":  # "1,25 mil. €." keeps its stop; only a stop after an abbreviation is doubled
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = it.text.replace("..", "."), it.body.replace("..", ".")
                it.mitigation = it.mitigation.replace("..", ".") if it.mitigation else None


def lettered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Greek letter numeral ("ΣΤ. Στήριξη κατοίκων")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{GREEK_NUMERALS[n]}. {s.heading}"


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its Roman numeral ("II. DIỄN BIẾN MƯA, SẠT LỞ")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{ROMAN[n]}. {s.heading.upper()}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
