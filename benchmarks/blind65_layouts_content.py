"""Changes to the generated content that the ``blind65_layouts`` publishers make before they print it.

The phrase banks (``blind65_layouts_banks_inland``, ``blind65_layouts_banks_seaboard``) run through the generator's
churn model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- Niger's communal disaster committees (a letter in Word): CFA francs in full ("2.584.000 FCFA"), "1.250",
  "16 ga Agusta", "(rahoton baya: 5)", "Matakin da aka ɗauka:"; each section's name after a capital letter
  ("A. Taƙaitawa");
- Mali's community health associations (a mail from MDaemon's WorldClient): CFA francs in full with spaces
  ("2 584 000 FCFA"), "1 250", "Awirilikalo tile 16", "(kunnafoni tɛmɛnen: 5)", "Fɛɛrɛ minnu tigɛra:"; each section's
  number and a dash before its name ("1- Kunnafoni surun");
- the ICT offices of Kosovo municipalities (a Gitea wiki page): euros ("3.978 €", "1,46 milion €"), "1.250",
  "16 mars", "(raporti i kaluar: 5)", "Masat e marra:"; each section's number before its name ("1. Përmbledhje");
- San Marino's Giunte di Castello (an OpenCms page): euros before the figure ("€ 3.978", "€ 1,46 milioni"),
  "1.250", "16 novembre" ("1° dicembre"), "(aggiornamento precedente: 5)", "Misure adottate:";
- the provincial disaster offices of Solomon Islands (a mail from Mail for Windows): Solomon dollars ("SBD 36,380",
  "SBD 13.38 milian"), "1,250", "16 Janueri", "(las ripot: 5)", "Aksen mifala tekem:"; each section's name in
  capitals ("SAMARI");
- Angola's municipal health directorates (a Word sitrep printed through PDFCreator): kwanzas with their cents
  ("Kz 3.910.000,00"), "1.250", "16 de Janeiro" (the month capitalised, as Angola still writes it),
  "(relatório anterior: 5)", the mitigations in a table; each section's number and name in capitals
  ("1. PONTOS-CHAVE");
- the municipal civil protection offices of Argentine Patagonia (a Word bulletin in two columns, printed to Adobe
  PDF): pesos ("$4.760.000", "$1.750 millones"), "1.250", "16 de junio", "(parte anterior: 5)",
  "Acciones en curso:";
- Belize's town councils (a GoDaddy site's blog): Belize dollars ("BZ$8,636", "BZ$3.17 million"), "1,250",
  "June 16", "(previous update: 5)", "What the Council is doing:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import string

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from blind63_layouts_content import MESES, MESES_PT
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["BM_MONTHS", "HA_MONTHS", "IT_MESI", "LEADS", "PI_MONTHS", "SQ_MONTHS", "dashed", "lettered", "localise",
           "numbered", "numbered_upper", "parts", "upper"]  # fmt: skip

LEADS = {
    "ne": "Matakin da aka ɗauka:",
    "ml": "Fɛɛrɛ minnu tigɛra:",
    "xk": "Masat e marra:",
    "sm": "Misure adottate:",
    "sb": "Aksen mifala tekem:",
    "ao": "Mitigation:",
    "ar": "Acciones en curso:",
    "bz": "What the Council is doing:",
}
HA_MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba",
             "Nuwamba", "Disamba")  # fmt: skip
BM_MONTHS = ("Zanwuyekalo", "Feburuyekalo", "Marisikalo", "Awirilikalo", "Mɛkalo", "Zuwɛnkalo", "Zuluyekalo",
             "Utikalo", "Sɛtanburukalo", "Ɔkutɔburukalo", "Nowanburukalo", "Desanburukalo")  # fmt: skip
SQ_MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
             "dhjetor")  # fmt: skip
IT_MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre")  # fmt: skip
PI_MONTHS = ("Janueri", "Febueri", "Mas", "Epril", "Mei", "Jun", "Julae", "Ogas", "Septemba", "Oktoba", "Novemba",
             "Disemba")  # fmt: skip
AO_MESES = tuple(m.capitalize() for m in MESES_PT)


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _it_date(d, m) -> str:
    return f"{'1°' if int(d) == 1 else int(d)} {IT_MESI[MONTHS.index(m)]}"


def _comma(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _fcfa(pounds: int) -> str:
    return f"{pounds * 760:,} FCFA"


def _euros_after(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"{_comma(e / 1e6)} milion €" if e >= 1_000_000 else f"{e:,} €"


def _euros_before(pounds: int) -> str:
    e = pounds * 117 // 100
    return f"€ {_comma(e / 1e6)} milioni" if e >= 1_000_000 else f"€ {e:,}"


def _sbd(pounds: int) -> str:
    s = pounds * 107 // 10
    return f"SBD {s / 1e6:.2f} milian" if s >= 1_000_000 else f"SBD {s:,}"


def _kwanzas(pounds: int) -> str:
    return f"Kz {pounds * 1150:,},00"


def _pesos(pounds: int) -> str:
    p = pounds * 1400
    return f"${round(p / 1e6):,} millones" if p >= 10_000_000 else f"${p:,}"


def _bzd(pounds: int) -> str:
    b = pounds * 254 // 100
    return f"BZ${b / 1e6:.2f} million" if b >= 1_000_000 else f"BZ${b:,}"


def _pounds(m) -> int:
    return int(m.group(1).replace(",", ""))


def _millions(m) -> int:
    """An amount printed "£1.25m", in pounds."""
    return int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")[:2]) * 10_000


def _loc(lang: str, closing: str, was: str, money, day, thousands: str) -> dict:
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": lambda m: money(_millions(m)),
        "pounds": lambda m: money(_pounds(m)),
        "thousands": thousands,
        "percent": r"\1%",
        "date": day,
    }


LOCALES = {
    "ne": _loc("ne", "Wannan haɗarin ya ragu kuma ba za a sake ambatonsa a rahoto na gaba ba", " (rahoton baya: {})",
               _fcfa, _month(HA_MONTHS, "{d} ga {m}"), "."),
    "ml": _loc("ml", "Nin farati in dɔgɔyara, a tɛna sɛbɛn kunnafoni nata kɔnɔ tugun", " (kunnafoni tɛmɛnen: {})",
               _fcfa, _month(BM_MONTHS, "{m} tile {d}"), " "),
    "xk": _loc("xk", "Ky rrezik është ulur dhe nuk do të përfshihet në raportin e ardhshëm", " (raporti i kaluar: {})",
               _euros_after, _month(SQ_MONTHS, "{d} {m}"), "."),
    "sm": _loc("sm", "Questo rischio è diminuito e non sarà più riportato nel prossimo aggiornamento",
               " (aggiornamento precedente: {})", _euros_before, _it_date, "."),
    "sb": _loc("sb", "Disfala risk hem daon nao an bae hem no stap moa long nekis ripot", " (las ripot: {})", _sbd,
               _month(PI_MONTHS, "{d} {m}"), ","),
    "ao": _loc("ao", "Este risco diminuiu e deixará de constar no próximo relatório", " (relatório anterior: {})",
               _kwanzas, _month(AO_MESES, "{d} de {m}"), "."),
    "ar": _loc("ar", "Este riesgo disminuyó y no figurará en el próximo parte", " (parte anterior: {})", _pesos,
               _month(MESES, "{d} de {m}"), "."),
    "bz": _loc("bz", "This risk has eased and will be dropped from the next update", " (previous update: {})", _bzd,
               _month(MONTHS, "{m} {d}"), ","),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def lettered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after a capital letter ("A. Taƙaitawa")."""
    localise(doc, lang)
    for letter, s in zip(string.ascii_uppercase, doc.sections, strict=False):
        s.heading = f"{letter}. {s.heading}"


def dashed(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number and a dash ("1- Kunnafoni surun")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}- {s.heading}"


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number ("1. Përmbledhje")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading}"


def numbered_upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number ("1. PONTOS-CHAVE")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}. {s.heading.upper()}"


def upper(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals ("SAMARI")."""
    localise(doc, lang)
    for s in doc.sections:
        s.heading = s.heading.upper()


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
