"""Changes to the generated content that some ``blind6_layouts`` publishers make before they print it.

The phrase banks (``blind6_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in English — figures as "1,250", "12%", "£3,400",
"£1.25m", dates as "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be removed — a French or Portuguese publisher writes in its own conventions (:func:`localise`). A
resilience forum's report opens with its incident log (:func:`add_incident_log`), events drawn once each
per series and new in every report. The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from blind6_layouts_banks_ops import LOG_EVENTS
from council_layouts_gold import Doc, Item, Section

NBSP = "\u00a0"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip
DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DAYS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")

_WAS = re.compile(r" \((up|down) from (.+?) (?:last week|in the last report)\)")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m\b")
_POUNDS = re.compile(r"£(\d{1,3}(?:,\d{3})*)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
CLOSING = "This risk has reduced and will be removed from the next report"
LOCALE = {
    "fr": {
        "lead": f"Mesures{NBSP}: ",
        "closing": "Ce point de vigilance est levé et ne figurera plus au prochain point",
        "was": lambda up, old: f" ({'en hausse' if up else 'en baisse'}, contre {old} au point précédent)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)}{NBSP}M€",
        "pounds": lambda m: f"{m.group(1)}{NBSP}€",
        "thousands": NBSP,
        "percent": f"{NBSP}%",
        "date": lambda d, m: f"{'1er' if d == '1' else d} {MONTHS_FR[MONTHS.index(m)]}",
    },
    "pt": {
        "lead": "Medidas: ",
        "closing": "Este risco diminuiu e deixará de constar do próximo ponto de situação",
        "was": lambda up, old: f" (eram {old} no ponto de situação anterior)",
        "millions": lambda m: f"{m.group(1)},{m.group(2)} milhões de euros",
        "pounds": lambda m: f"{m.group(1)} euros",
        "thousands": ".",
        "percent": "%",
        "date": lambda d, m: f"{d} de {MONTHS_PT[MONTHS.index(m)]}",
    },
}


def _figures(text: str, lang: str) -> str:
    loc = LOCALE[lang]
    text = _WAS.sub(lambda m: loc["was"](m.group(1) == "up", m.group(2)), text)
    text = _MILLIONS.sub(loc["millions"], text)
    text = _POUNDS.sub(loc["pounds"], text)
    text = _THOUSANDS.sub(loc["thousands"], text)
    text = text.replace("%", loc["percent"])
    return _DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise(doc: Doc, lang: str) -> None:
    """Figures, dates, the mitigation lead, "(up from … )" notes and the closing note of a risk in the
    conventions of ``lang`` ("fr" or "pt"): the item as printed, its risk and its mitigation alike."""
    loc = LOCALE[lang]
    for s in doc.sections:
        for it in s.items:
            it.text = _figures(it.text.replace(". Mitigation: ", ". " + loc["lead"]), lang)
            it.text = it.text.replace(CLOSING, loc["closing"])
            it.body = _figures(it.body, lang).replace(CLOSING, loc["closing"])
            it.mitigation = _figures(it.mitigation, lang) if it.mitigation else None


def report_day(doc: Doc) -> datetime:
    """The report's date ("16 January 2024") as a datetime."""
    return datetime.strptime(doc.date, "%d %B %Y")


def french_date(when: datetime, with_day: bool = True) -> str:
    """A date as a French publisher prints it: "mardi 16 janvier 2024"."""
    day = "1er" if when.day == 1 else str(when.day)
    text = f"{day} {MONTHS_FR[when.month - 1]} {when.year}"
    return f"{DAYS_FR[when.weekday()]} {text}" if with_day else text


def portuguese_date(doc: Doc) -> str:
    """The report's date as a Portuguese publisher prints it: "terça-feira, 30 de julho de 2024"."""
    when = datetime.strptime(doc.date, "%d %B %Y")
    return f"{DAYS_PT[when.weekday()]}, {when.day} de {MONTHS_PT[when.month - 1]} de {when.year}"


def renumber(doc: Doc) -> None:
    """Item ids i1, i2, … in printed order, after a restyle added or moved items."""
    n = 0
    for s in doc.sections:
        for it in s.items:
            n += 1
            it.id = f"i{n}"


def add_incident_log(doc: Doc, heading: str = "LOG OF KEY EVENTS") -> None:
    """Open the report with the log of the 24 hours it covers (07:00 the day before to 07:00 on its date):
    an itemless parent heading, then one sub-heading per day ("Monday 15 January 2024") over its entries
    ("0712 – Fire service report 9 pumps …"). Each series draws the events in its own order, a slice per
    report, so no two consecutive reports log the same event; every entry is new (no thread continues)."""
    order = list(range(len(LOG_EVENTS)))
    random.Random(doc.organisation).shuffle(order)
    rng = random.Random(f"{doc.organisation}:{doc.number}")
    count = rng.randint(5, 7)
    start = (doc.number - 1) * 6
    events = [LOG_EVENTS[order[(start + k) % len(order)]] for k in range(count)]
    issued = datetime.strptime(doc.date, "%d %B %Y").replace(hour=7)
    minutes = sorted(rng.sample(range(5, 24 * 60 - 5), count))
    days: dict[str, list[Item]] = {}
    for k, (offset, event) in enumerate(zip(minutes, events, strict=True)):
        when = issued - timedelta(days=1) + timedelta(minutes=offset)
        text = f"{when:%H%M} – {event.format(n=rng.randint(3, 40))}."
        thread = f"log/{doc.organisation}/{doc.number}/{k}"
        day = f"{when:%A} {when.day} {when:%B %Y}"
        days.setdefault(day, []).append(Item("", text, thread, "new", text, None))
    log = [Section(heading, None, 1)] + [Section(day, "actions", 2, items) for day, items in days.items()]
    doc.sections[:0] = log
    renumber(doc)


def label_risks(doc: Doc) -> None:
    """Each risk printed as a "Risk:" paragraph and, when it has one, a "Mitigation:" paragraph under it:
    the item's text carries both labels (the gold risk is the text after "Risk:")."""
    for s in doc.sections:
        if s.risks:
            for it in s.items:
                it.text = "Risk: " + it.text


def action_leads(doc: Doc) -> None:
    """A care home's answer names what it does about a risk with "Action:" where others write "Mitigation:"."""
    for s in doc.sections:
        for it in s.items:
            it.text = it.text.replace(". Mitigation: ", ". Action: ")
