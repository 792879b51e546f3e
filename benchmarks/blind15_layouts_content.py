"""Changes to the generated content that the ``blind15_layouts`` publishers make before they print it.

The phrase banks (``blind15_layouts_banks_*``) run through the generator's churn model
(``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a
risk will be dropped — each publisher writes in its own conventions (:func:`localise`): an NHS integrated care
board "(up from 5 yesterday)" and "Actions to mitigate:"; the Irish HSE "€3,400", "€1.25m", "(previous week: 5)"
and "Controls in place:"; a local resilience forum "(was 5)" and "Control measures:"; a university "(up from 5
since the last bulletin)" and "What we are doing:"; the IFRC "CHF 3,400", "(previous update: 5)"; a US state
"March 16", "$3,400" and "Current mitigation:"; a Canadian province "July 22", "(up from 5 yesterday)" and
"What's being done:"; a Latin American civil protection agency "1.250", "12 %", "$3.400", "16 de septiembre",
"(informe anterior: 5)" and "Acciones:". The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from collections.abc import Callable

from blind7_layouts_content import MONTHS
from blind13_layouts_content import MESES_ES
from council_layouts_gold import Doc
from localised_figures import LEAD, localise_doc


def _was(up_word: str, down_word: str, tail: str) -> Callable[[bool, str], str]:
    return lambda up, old: f" ({up_word if up else down_word} from {old} {tail})"


def _loc(lead: str, closing: str, was, cur: str, big: str, date_fmt, thousands: str = ",", pct: str = r"\1%"):
    return {
        "lead": f". {lead} " if lead else LEAD,
        "closing": closing,
        "was": was,
        "millions": lambda m: big.format(a=m.group(1), b=m.group(2)),
        "pounds": lambda m: f"{cur}{m.group(1)}",
        "thousands": thousands,
        "percent": pct,
        "date": date_fmt,
    }


DM = lambda d, m: f"{d} {m}"  # noqa: E731
MD = lambda d, m: f"{m} {d}"  # noqa: E731

LOCALE = {
    "icb": _loc("Actions to mitigate:", "This risk has reduced and will be stood down from tomorrow's sitrep",
                _was("up", "down", "yesterday"), "£", "£{a}.{b}m", DM),
    "ie": _loc("Controls in place:", "This risk has reduced and will be removed from next week's report",
               lambda up, old: f" (previous week: {old})", "€", "€{a}.{b}m", DM),
    "lrf": _loc("Control measures:", "Risk reduced – to be closed at the next SCG",
                lambda up, old: f" (was {old})", "£", "£{a}.{b}m", DM),
    "uni": _loc("What we are doing:", "This is now much less likely and we will stop reporting it",
                _was("up", "down", "since the last bulletin"), "£", "£{a}.{b}m", DM),
    "ifrc": _loc("", "The risk has decreased and will not be monitored further in this operation",
                 lambda up, old: f" (previous update: {old})", "CHF ", "CHF {a}.{b} million", DM),
    "us": _loc("Current mitigation:", "This risk has decreased and will be removed from the next update",
               _was("up", "down", "last week"), "$", "${a}.{b} million", MD),
    "ca": _loc("What's being done:", "This risk has decreased and will be removed from the next update",
               _was("up", "down", "yesterday"), "$", "${a}.{b} million", MD),
    "es": _loc("Acciones:", "El riesgo ha disminuido y no se reportará en el próximo informe",
               lambda up, old: f" (informe anterior: {old})", "$", "${a},{b} millones",
               lambda d, m: f"{d} de {MESES_ES[MONTHS.index(m)]}", thousands=".", pct=r"\1 %"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALE[lang])
