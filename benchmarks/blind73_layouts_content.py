"""Changes to the generated content that the ``blind73_layouts`` publishers make before they print it.

The phrase banks (``blind73_layouts_banks_east``, ``blind73_layouts_banks_west``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the municipalities of l'Horta Sud south of Valencia (a report written out by PHPWord, in Valencian): "84.240,00 €",
  "2,35 milions d'euros", "1.250", "12 %", "16 d'octubre", "(informe anterior: 5)", "Mesures adoptades:";
- the dzongkhag administrations of western and northern Bhutan (a Word 2011 for Mac letter, in English): ngultrum
  with the lakh grouping ("Nu. 84,240", "Nu. 3,57,000", "Nu. 2.35 million"), "1,250", "16th July", "(previous
  report: 5)", "Mitigation measures:"; each section's number before its name in capitals ("1. GENERAL SITUATION");
- the municipalities of Thessaly in an outbreak of sheep and goat pox (a Word letter saved as PDF, in Greek):
  "84.240,00 €", "2,35 εκατ. €", "1.250", "12%", "16 Σεπτεμβρίου", "(προηγούμενη ενημέρωση: 5)", "Μέτρα που
  ελήφθησαν:"; each section's Greek numeral letter before its name ("Α. Γενική εικόνα", "ΣΤ. …");
- the island councils (kaupule) of Tuvalu in a drought (a PDF made with Sejda, in English): Australian dollars
  ("AUD 84,240", "AUD 2.35 million"), "1,250", "16 October", "(last report: 5)", "Response:";
- the comuni of the Val di Sole and the Val Rendena in Trentino after a windstorm (a ComunWEB page, in Italian):
  "84.240,00 euro", "2,35 milioni di euro", "1.250", "12%", "16 ottobre", "(aggiornamento precedente: 5)", "Misure
  adottate:";
- the communes of Mayotte after a cyclone (an e-monsite page, in French): "84 240 €", "2,35 M€", "1 250", "12 %",
  "16 décembre", "(point précédent : 5)", "Mesures prises :"; each section's name in capitals ("BILAN GÉNÉRAL");
- the barangays of Zamboanga City in rotating brownouts (a Mailspring mail, in Chavacano): "PHP 84,240.00",
  "PHP 2.35 millon", "1,250", "16 de Abril", "(ultimo report: 5)", "Cosa ya hace:"; each section's letter before
  its name ("A. Resumen");
- the communes of the Biobío province in Chile in forest fires (a Zettlr Markdown file, in Spanish): Chilean pesos
  ("$4.080.000", "$1.500 millones"), "1.250", "12%", "16 de febrero", "(informe anterior: 5)", "Acciones
  realizadas:"; each section's number before its name ("1. Resumen").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["CBK_MONTHS", "CL_MONTHS", "EL_MONTHS", "FR_MONTHS", "IT_MONTHS", "LEADS", "VA_MONTHS", "letters",
           "localise", "parts", "va_day"]  # fmt: skip

NB = "\u00a0"
LEADS = {
    "va": "Mesures adoptades:",
    "bt": "Mitigation measures:",
    "el": "Μέτρα που ελήφθησαν:",
    "tv": "Response:",
    "it": "Misure adottate:",
    "yt": f"Mesures prises{NB}:",
    "cbk": "Cosa ya hace:",
    "cl": "Acciones realizadas:",
}
VA_MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
             "desembre")  # fmt: skip
EL_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # fmt: skip
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre")  # fmt: skip
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
CBK_MONTHS = ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
              "Noviembre", "Diciembre")  # fmt: skip
CL_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
GREEK = ("Α", "Β", "Γ", "Δ", "Ε", "ΣΤ", "Ζ", "Η", "Θ", "Ι", "ΙΑ", "ΙΒ")
LATIN = "ABCDEFGHIJKL"


def _grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


def _lakh(n: int) -> str:
    """1250 → "1,250", 357000 → "3,57,000": the last three digits, then pairs."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([head, *pairs, tail])


def _euros(pounds: int, millions: str, cents: bool = True) -> str:
    e = pounds * 117 // 100
    if e >= 1_000_000:
        return f"{e / 1e6:.2f}".replace(".", ",") + millions
    return _grouped(e, ".") + ",00 €" if cents else _grouped(e, NB) + f"{NB}€"


def _ngultrum(pounds: int) -> str:
    n = pounds * 105
    return f"Nu. {n / 1e6:.2f} million" if n >= 1_000_000 else f"Nu. {_lakh(n)}"


def _aud(pounds: int) -> str:
    a = pounds * 19 // 10
    return f"AUD {a / 1e6:.2f} million" if a >= 1_000_000 else f"AUD {a:,}"


def _pesos_ph(pounds: int) -> str:
    p = pounds * 72
    return f"PHP {p / 1e6:.2f} millon" if p >= 1_000_000 else f"PHP {p:,}.00"


def _pesos_cl(pounds: int) -> str:
    p = pounds * 1200
    return "$" + _grouped(round(p / 1e6), ".") + " millones" if p >= 1_000_000_000 else "$" + _grouped(p, ".")


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


def va_day(d: int, month: int) -> str:
    """The day and month as "16 d'octubre" or "3 de novembre": "d'" before a vowel."""
    name = VA_MONTHS[month - 1]
    return f"{d} d'{name}" if name[0] in "ao" else f"{d} de {name}"


def _ordinal(d, m) -> str:
    n = int(d)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {m}"


LOCALES = {
    "va": _loc("va", "Aquest risc ha disminuït i ja no figurarà en el pròxim informe", " (informe anterior: {})",
               lambda p: _euros(p, " milions d'euros"), lambda d, m: va_day(int(d), MONTHS.index(m) + 1), ".",
               rf"\1{NB}%"),
    "bt": _loc("bt", "This risk has reduced and will not be reported further", " (previous report: {})", _ngultrum,
               _ordinal, ","),
    "el": _loc("el", "Ο κίνδυνος αυτός μειώθηκε και δεν θα αναφέρεται στην επόμενη ενημέρωση",
               " (προηγούμενη ενημέρωση: {})", lambda p: _euros(p, f"{NB}εκατ.{NB}€"), _named(EL_MONTHS), "."),
    "tv": _loc("tv", "This risk has eased and will be dropped from the next report", " (last report: {})", _aud,
               lambda d, m: f"{int(d)} {m}", ","),
    "it": _loc("it", "Il rischio è diminuito e non sarà più riportato nel prossimo aggiornamento",
               " (aggiornamento precedente: {})",
               lambda p: _euros(p, " milioni di euro").replace(",00 €", ",00 euro"), _named(IT_MONTHS), "."),
    "yt": _loc("yt", "Ce risque a baissé et ne figurera plus dans le prochain point", f" (point précédent{NB}: {{}})",
               lambda p: _euros(p, f"{NB}M€", cents=False), _named(FR_MONTHS), NB, rf"\1{NB}%"),
    "cbk": _loc("cbk", "Este riesgo ya baja ya y no ay mas sale na otro report", " (ultimo report: {})", _pesos_ph,
                _named(CBK_MONTHS, "{d} de {m}"), ","),
    "cl": _loc("cl", "Este riesgo disminuyó y no se incluirá en el próximo informe", " (informe anterior: {})",
               _pesos_cl, _named(CL_MONTHS, "{d} de {m}"), "."),
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


def letters(doc: Doc, lang: str, marks: str = "latin", upper: bool = False) -> None:
    """:func:`localise`, then each heading after its mark ("A. Resumen", "Α. Γενική εικόνα", "1. Resumen"), in
    capitals where ``upper``; ``marks`` "none" leaves the name alone but for the capitals."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        name = s.heading.upper() if upper else s.heading
        mark = {"latin": LATIN[n - 1 : n], "greek": GREEK[n - 1], "number": str(n), "none": ""}[marks]
        s.heading = f"{mark}. {name}" if mark else name


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    lead = LEADS[lang]
    sep = f" {lead} "
    if sep in item.text:
        before, after = item.text.split(sep, 1)
        return before, lead, after
    return item.text, "", ""
