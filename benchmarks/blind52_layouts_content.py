"""Changes to the generated content that the ``blind52_layouts`` publishers make before they print it.

The phrase banks (``blind52_layouts_banks_away``, ``blind52_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Swedish municipalities, in Swedish (a situation picture in WIS): "3 400 kr", "1,25 miljoner kr", "1 250",
  "12 %", "16 augusti", "(föregående lägesbild: 5)", "Vidtagna åtgärder:";
- Danish municipalities, in Danish (an item of a Podio app): "3.400 kr.", "1,25 mio. kr.", "1.250", "12 pct.",
  "16. januar", "(forrige situationsbillede: 5)", "Tiltag:";
- Russian municipal administrations, in Russian (a report typed in MyOffice): "3 400 руб.", "1,25 млн руб.",
  "1 250", "12 %", "16 января", "(в предыдущем донесении: 5)", "Принимаемые меры:"; each section's name after its
  number ("1. Краткая характеристика обстановки") as the duty services number them;
- Israeli regional councils, in Hebrew (a newsletter sent through ActiveTrail): "3,400 ₪", "1.25 מיליון ₪",
  "1,250", "12%", "16 במאי", "(בעדכון הקודם: 5)", "צעדים שננקטו:";
- OCHA country offices (a digital situation report): "US$3,400", "US$1.25 million", "16 November",
  "(previous report: 5)", "Mitigation measures:";
- Welsh county borough councils (an Asana status update): "£3,400", "£1.25m", "16 March", "(last week: 5)",
  "Mitigation:";
- Queensland local disaster management groups (a Guardian IMS report): "$3,400", "$1.25 million", "16 February",
  "(previous SITREP: 5)", "Treatment:";
- Appalachian counties (a Reddit post): "$3,400", "$1.25 million", "October 16", "(yesterday: 5)",
  "What we're doing:".

A sentence that ends on a figure printed with its own full stop ("3.400 kr.", "12 pct.", "600 руб.", "40 чел.")
keeps one stop. The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import HODASHIM
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["LEADS", "localise", "numbered", "parts"]

LEADS = {
    "se": "Vidtagna åtgärder:",
    "dk": "Tiltag:",
    "ru": "Принимаемые меры:",
    "he": "צעדים שננקטו:",
    "un": "Mitigation measures:",
    "cy": "Mitigation:",
    "au": "Treatment:",
    "us": "What we're doing:",
}
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")  # fmt: skip
MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")  # fmt: skip
MESYATSY = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _loc(lead: str, closing: str, was: str, pounds: str, millions: str, thousands: str, date,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {lead} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: millions.format(m.group(1), m.group(2)),
        "pounds": lambda m: pounds.format(m.group(1)),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


LOCALES = {
    "se": _loc(LEADS["se"], "Risken har minskat och tas bort ur nästa lägesbild", " (föregående lägesbild: {})",
               "{} kr", "{},{} miljoner kr", " ", _month(MANADER, "{d} {m}"), r"\1 %"),
    "dk": _loc(LEADS["dk"], "Risikoen er faldet og udgår af næste situationsbillede",
               " (forrige situationsbillede: {})", "{} kr.", "{},{} mio. kr.", ".", _month(MAANEDER, "{d}. {m}"),
               r"\1 pct."),
    "ru": _loc(LEADS["ru"], "Риск снизился и в следующем донесении не указывается", " (в предыдущем донесении: {})",
               "{} руб.", "{},{} млн руб.", " ", _month(MESYATSY, "{d} {m}"), r"\1 %"),
    "he": _loc(LEADS["he"], "הסיכון פחת ולא ייכלל בעדכון הבא", " (בעדכון הקודם: {})", "{} ₪", "{}.{} מיליון ₪",
               ",", _month(HODASHIM, "{d} ב{m}")),
    "un": _loc(LEADS["un"], "This risk has reduced and will be removed from the next report",
               " (previous report: {})", "US${}", "US${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "cy": _loc(LEADS["cy"], "Risk reduced and will be closed at the next update", " (last week: {})", "£{}",
               "£{}.{}m", ",", _month(MONTHS, "{d} {m}")),
    "au": _loc(LEADS["au"], "This risk has reduced and will be removed from the next SITREP",
               " (previous SITREP: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{d} {m}")),
    "us": _loc(LEADS["us"], "This is no longer a major concern and will come off the list tomorrow",
               " (yesterday: {})", "${}", "${}.{} million", ",", _month(MONTHS, "{m} {d}")),
}  # fmt: skip


def _one_stop(text: str | None) -> str | None:
    """A figure printed with its own stop at the end of a sentence keeps one stop ("3.400 kr.", not "kr..")."""
    return text.replace("..", ".") if text else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    if lang in ("dk", "ru"):
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_one_stop(x) for x in (it.text, it.body, it.mitigation))


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number as the publisher types it ("1. Обстановка")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections):
        s.heading = f"{n + 1}. {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
