"""Changes to the generated content that the ``blind16_layouts`` publishers make before they print it.

The phrase banks (``blind16_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — each publisher writes in its own conventions (:func:`localise`): a French regional
health agency "1 250" and "12 %" with narrow no-break spaces, "3 400 €", "1,25 M€", "1er août", "(contre 5 au
point précédent)" and "Mesures de gestion :"; a Swiss cantonal command staff "1’250", "12 %", "CHF 3’400", "CHF
1.25 Mio.", "1. Juli", "(letzter Lagebericht: 5)" and "Eingeleitete Massnahmen:"; UNICEF "12 per cent",
"US$3,400", "US$1.25 million", "(up from 5 in the previous reporting period)" and "Mitigating measures:"; a
blood service "(last update: 5)" and "Actions in hand:"; a national park authority "(yesterday: 5)" and
"Action we're taking:"; a port "(prev. 5)" and "Contingency:"; a coastguard centre "(previously 5)" and
"Countermeasures:"; a Brazilian state civil defence "1.250", "R$ 3.400", "R$ 1,25 milhão", "1º de maio", "(no
boletim anterior: 5)" and "Ações adotadas:". The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONATE, MONTHS
from blind10_layouts_content import MOIS
from blind13_layouts_content import MESES_PT
from council_layouts_gold import Doc
from localised_figures import localise_doc

NBSP = "\u00a0"
NNBSP = "\u202f"  # the narrow no-break space French number formatting puts between thousands and before "%"
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")

LEADS = {
    "fr": f"Mesures de gestion{NBSP}:",
    "ch": "Eingeleitete Massnahmen:",
    "unicef": "Mitigating measures:",
    "blood": "Actions in hand:",
    "npa": "Action we're taking:",
    "port": "Contingency:",
    "mrcc": "Countermeasures:",
    "br": "Ações adotadas:",
}


def _loc(lang: str, closing: str, was, cur: str, big: str, date_fmt, thousands: str = ",", pct: str = r"\1%"):
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": was,
        "millions": (lambda m: big(m.group(1), m.group(2))) if callable(big) else
                    (lambda m: big.format(a=m.group(1), b=m.group(2))),
        "pounds": lambda m: cur.format(m.group(1)),
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }  # fmt: skip


def _fr_date(d: str, m: str) -> str:
    return f"{'1er' if d == '1' else d} {MOIS[MONTHS.index(m)]}"


def _br_date(d: str, m: str) -> str:
    return f"{'1º' if d == '1' else d} de {MESES_PT[MONTHS.index(m)]}"


def _br_millions(a: str, b: str) -> str:
    return f"R$ {a},{b} {'milhão' if a == '1' else 'milhões'}"


DM = lambda d, m: f"{d} {m}"  # noqa: E731

LOCALE = {
    "fr": _loc("fr", "Ce point de vigilance est en baisse et ne sera plus suivi au prochain point de situation",
               lambda up, old: f" (contre {old} au point précédent)", "{}" + f"{NBSP}€", "{a},{b}" + f"{NBSP}M€",
               _fr_date, thousands=NNBSP, pct=r"\1" + f"{NNBSP}%"),
    "ch": _loc("ch", "Die Gefahr hat abgenommen und wird im nächsten Lagebericht nicht mehr geführt",
               lambda up, old: f" (letzter Lagebericht: {old})", "CHF {}", "CHF {a}.{b} Mio.",
               lambda d, m: f"{d}. {MONATE[MONTHS.index(m)]}", thousands="’", pct=r"\1 %"),
    "unicef": _loc("unicef", "This risk has decreased and will not be reported in the next situation report",
                   lambda up, old: f" ({'up' if up else 'down'} from {old} in the previous reporting period)",
                   "US${}", "US${a}.{b} million", DM, pct=r"\1 per cent"),
    "blood": _loc("blood", "This risk has reduced and will be removed from the next update",
                  lambda up, old: f" (last update: {old})", "£{}", "£{a}.{b}m", DM),
    "npa": _loc("npa", "This is now much less likely and we will stop reporting on it",
                lambda up, old: f" (yesterday: {old})", "£{}", "£{a}.{b}m", DM),
    "port": _loc("port", "Risk reduced – will be removed from the next update",
                 lambda up, old: f" (prev. {old})", "£{}", "£{a}.{b}m", DM),
    "mrcc": _loc("mrcc", "Risk reduced and will not be reported in the next sitrep",
                 lambda up, old: f" (previously {old})", "£{}", "£{a}.{b}m", DM),
    "br": _loc("br", "O risco diminuiu e não constará do próximo boletim",
               lambda up, old: f" (no boletim anterior: {old})", "R$ {}", _br_millions, _br_date, thousands="."),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])


_NUMBER = re.compile(r"\d{1,3}(?:[,.’\u202f\u00a0 ]\d{3})+|\d+")


def count(doc: Doc, words: tuple[str, ...], default: int) -> int:
    """The first whole number in the first item that holds one of ``words`` (in any of this set's thousands
    marks), else ``default``: the figure a publisher repeats in a key figures box or a table."""
    for section in doc.sections:
        for item in section.items:
            if any(w.lower() in item.text.lower() for w in words) and (m := _NUMBER.search(item.text)):
                return int(re.sub(r"\D", "", m.group()))
    return default


def group(n: int, mark: str) -> str:
    """``n`` with its thousands marked by ``mark`` ("1 250", "1’250", "1.250")."""
    return f"{n:,}".replace(",", mark)


def split(total: int, shares: tuple[tuple[str, float], ...]) -> list[int]:
    """``total`` shared out in the proportions of ``shares`` (the first takes what rounding leaves)."""
    parts = [int(total * share) for _, share in shares]
    parts[0] += total - sum(parts)
    return parts
