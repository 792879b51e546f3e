"""Changes to the generated content that the ``blind71_layouts`` publishers make before they print it.

The phrase banks (``blind71_layouts_banks_south``, ``blind71_layouts_banks_north``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the town committees of upper Sindh (a Word letter, in Sindhi): rupees with "رپيا", in lakhs and crores from a
  lakh up ("84,000 رپيا", "4.73 لک رپيا", "1.20 ڪروڙ رپيا"), "1,250", the Gregorian month in Sindhi ("16 مئي"),
  "(گذريل رپورٽ: 5)", "ڪيل اپاءَ:"; each section's number before its name ("1. مجموعي صورتحال");
- the municipal civil protection units of the Isthmus of Tehuantepec (a Word Starter 2010 form): pesos with their
  cents ("$91,540.00", "$2.87 millones de pesos"), "1,250", "12%", "16 de septiembre", "(reporte anterior: 5)",
  "Acciones realizadas:"; each section's name in capitals ("DAÑOS");
- the municipalities of South Tyrol (a two-column Word letter printed through FreePDF, in German): "3.978,00 Euro",
  "1,46 Mio. Euro", "1.250", "12 %", "16. August", "(letzter Bericht: 5)", "Getroffene Maßnahmen:"; each section's
  number before its name ("1. Lage");
- the municipalities of the Azuero peninsula in Panama (a report printed by the municipal platform through Dompdf):
  balboas ("B/. 4,318.00", "B/. 1.59 millones"), "1,250", "16 de marzo", "(informe anterior: 5)", "Medidas
  adoptadas:"; each section's letter before its name ("A) Resumen");
- the communes of Ticino (an i-web page, in Italian): Swiss francs with the apostrophe ("CHF 3'807", "CHF 1.40 mio."),
  "1'250", "12%", "16 agosto", "(rapporto precedente: 5)", "Misure adottate:";
- the municipalities of Flanders (an Icordis page, in Dutch): "€ 3.978", "€ 1,46 miljoen", "1.250", "12 %",
  "16 februari", "(vorige update: 5)", "Wat we doen:";
- the communes of the south of La Réunion (a BlueMind mail): "3 978 €", "1,46 M€", "1 250", "12 %", "16 mars",
  "(point précédent : 5)", "Actions engagées :";
- the Yukon municipalities (a Typora note): Canadian dollars ("$5,848", "$2.15 million"), "1,250", "May 16",
  "(last update: 5)", "Actions:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["DE_MONTHS", "ES_MONTHS", "FR_MONTHS", "IT_MONTHS", "LEADS", "NL_MONTHS", "SD_MONTHS", "capitals",
           "lettered", "localise", "numbered", "parts"]  # fmt: skip

NB = "\u00a0"
LEADS = {
    "sd": "ڪيل اپاءَ:",
    "mx": "Acciones realizadas:",
    "tirol": "Getroffene Maßnahmen:",
    "pa": "Medidas adoptadas:",
    "ti": "Misure adottate:",
    "vl": "Wat we doen:",
    "re": f"Actions engagées{NB}:",
    "yt": "Actions:",
}
SD_MONTHS = ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ", "سيپٽمبر", "آڪٽوبر", "نومبر",
             "ڊسمبر")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre")  # fmt: skip
NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")  # fmt: skip
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip


def _rupees(pounds: int) -> str:
    r = pounds * 350
    if r >= 10_000_000:
        return f"{r / 1e7:.2f} ڪروڙ رپيا"
    return f"{r / 1e5:.2f} لک رپيا" if r >= 100_000 else f"{r:,} رپيا"


def _pesos(pounds: int) -> str:
    p = pounds * 23
    return f"${p / 1e6:.2f} millones de pesos" if p >= 1_000_000 else f"${p:,}.00"


def _euros_tirol(pounds: int) -> str:
    e = pounds * 117 // 100
    if e >= 1_000_000:
        return f"{e / 1e6:.2f} Mio. Euro".replace(".", ",", 1)
    return f"{e:,}".replace(",", ".") + ",00 Euro"


def _balboas(pounds: int) -> str:
    b = pounds * 127 // 100
    return f"B/. {b / 1e6:.2f} millones" if b >= 1_000_000 else f"B/. {b:,}.00"


def _francs(pounds: int) -> str:
    f = pounds * 112 // 100
    return f"CHF {f / 1e6:.2f} mio." if f >= 1_000_000 else "CHF " + f"{f:,}".replace(",", "'")


def _euros_vl(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"€ {e / 1e6:.2f} miljoen".replace(".", ",") if e >= 1_000_000 else "€ " + f"{e:,}".replace(",", ".")


def _euros_re(pounds: int) -> str:
    e = pounds * 117 // 100
    if e >= 1_000_000:
        return f"{e / 1e6:.2f}".replace(".", ",") + f"{NB}M€"
    return f"{e:,}".replace(",", NB) + f"{NB}€"


def _cad(pounds: int) -> str:
    c = pounds * 172 // 100
    return f"${c / 1e6:.2f} million" if c >= 1_000_000 else f"${c:,}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lang: str, closing: str, was: str, money, day, thousands: str, percent: str = r"\1%") -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": percent,
        "date": day,
    }


def _named(names: tuple[str, ...], pattern: str = "{d} {m}"):
    return lambda d, m: pattern.format(d=int(d), m=names[MONTHS.index(m)])


LOCALES = {
    "sd": _loc("sd", "هي خطرو گهٽجي ويو آهي ۽ ايندڙ رپورٽ ۾ شامل نه ڪيو ويندو", " (گذريل رپورٽ: {})", _rupees,
               _named(SD_MONTHS), ","),
    "mx": _loc("mx", "Este riesgo ha disminuido y ya no se reportará en el siguiente informe",
               " (reporte anterior: {})", _pesos, _named(ES_MONTHS, "{d} de {m}"), ","),
    "tirol": _loc("tirol", "Dieses Risiko hat abgenommen und wird im nächsten Bericht nicht mehr angeführt",
                  " (letzter Bericht: {})", _euros_tirol, _named(DE_MONTHS, "{d}. {m}"), ".", r"\1 %"),
    "pa": _loc("pa", "Este riesgo ha disminuido y no se incluirá en el próximo informe", " (informe anterior: {})",
               _balboas, _named(ES_MONTHS, "{d} de {m}"), ","),
    "ti": _loc("ti", "Questo rischio è diminuito e non sarà più riportato nel prossimo aggiornamento",
               " (rapporto precedente: {})", _francs, _named(IT_MONTHS), "'"),
    "vl": _loc("vl", "Dit risico is gedaald en wordt in de volgende update niet meer opgenomen", " (vorige update: {})",
               _euros_vl, _named(NL_MONTHS), ".", r"\1 %"),
    "re": _loc("re", "Ce risque a diminué et ne figurera plus dans le prochain point", f" (point précédent{NB}: {{}})",
               _euros_re, _named(FR_MONTHS), NB, rf"\1{NB}%"),
    "yt": _loc("yt", "This risk has eased and will be dropped from the next update", " (last update: {})", _cad,
               lambda d, m: f"{m} {int(d)}", ","),
}  # fmt: skip


def each(doc: Doc, change) -> None:
    """``change`` applied to every item's text, risk and mitigation."""
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    setattr(it, name, change(value))


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    each(doc, lambda text: text.replace("..", "."))


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number and a full stop ("1. Lage")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def lettered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its letter and a parenthesis ("A) Resumen")."""
    localise(doc, lang)
    for n, s in zip("ABCDEFGHIJKL", doc.sections, strict=False):
        s.heading = f"{n}) {s.heading}"


def capitals(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("DAÑOS")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
