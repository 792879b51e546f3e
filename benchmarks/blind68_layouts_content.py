"""Changes to the generated content that the ``blind68_layouts`` publishers make before they print it.

The phrase banks (``blind68_layouts_banks_africa``, ``blind68_layouts_banks_america``,
``blind68_layouts_banks_oceania``) run through the generator's churn model (``blind5_layouts_content.Partner``); what
the model adds in British English — figures "1,250", "£3,400", "£1.25m", dates "16 January", "(up from 5 in the last
report)", "Mitigation:" and the note that a risk will be dropped — each publisher writes in its own conventions
(:func:`localise`, by way of the shared ``localised_figures``):

- the peasant communities of Cusco (a Word letter): soles with their cents ("S/ 4,680.00", "S/ 1.25 millones"),
  "1,250", the day before the month as the Quechua locale writes it ("16 Junio"), "(ñawpaq willakuypi: 5)",
  "Ruwasqayku:"; each section's number, a point and a hyphen before its name in capitals ("1.- PISILLAPI WILLAKUY");
- the volunteer fire brigades of Colombia (a PDF from Word): pesos with points ("$ 438.150.000", "$ 6.250 millones"),
  "1.250", "16 de enero", "(reporte anterior: 5)", "Acciones adelantadas:"; each section's number before its name in
  capitals ("1. RESUMEN DEL EVENTO");
- the community disaster management committees of Dominica (a Mobirise site): Eastern Caribbean dollars
  ("EC$11,560", "EC$4.25 million"), "1,250", "16 September", "(previous update: 5)", "Response:";
- the neighbourhood committees of Brazzaville (a mail from Spark): CFA francs with spaces ("2 584 000 FCFA"),
  "1 250", "16 sanza ya zomi na moko", "(rapport oyo eleki: 5)", "Oyo tosali:";
- the neighbourhood development committees of Lomé (a Notepad++ text): CFA francs with points ("2.584.000 F CFA"),
  "1.250", the month before the day and its ordinal as Ewe writes it ("masa 16 lia"), "(nyatakaka si do ŋgɔ: 5)",
  "Nusi míewɔ:"; each section's name in capitals ("NYA VEVITƆWO");
- the regional health directorates of Guinea-Bissau (a table through iLovePDF): CFA francs with points
  ("2.584.000 FCFA", "949,2 milhões de FCFA"), "1.250", "16 de junho", "(relatório anterior: 5)", the mitigations in
  the table's column;
- the island committees of the Cook Islands (a Silverstripe site): New Zealand dollars ("$184,023",
  "$2.63 mirioni"), "1,250", "16 Aukute", "(ripoti i mua: 5)", "Te angaanga i raveia:";
- the medico-social centres of New Caledonia (a mail from SOGo): CFP francs with spaces ("13 232 130 F CFP",
  "13,2 millions F CFP"), "1 250", "16 mars", "(point précédent : 5)", "Actions engagées :" (with the no-break space
  French sets before a colon); each section's number before its name ("1. Faits marquants").

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["CK_MONTHS", "EE_MONTHS", "ES_MESES", "FR_MOIS", "LEADS", "LN_MONTHS", "PT_MESES", "QU_MONTHS", "heads",
           "localise", "parts"]  # fmt: skip

NBSP = "\u00a0"
LEADS = {
    "pe": "Ruwasqayku:",
    "co": "Acciones adelantadas:",
    "dm": "Response:",
    "cg": "Oyo tosali:",
    "tg": "Nusi míewɔ:",
    "gw": "Medida:",
    "ck": "Te angaanga i raveia:",
    "nc": f"Actions engagées{NBSP}:",
}
QU_MONTHS = ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Setiembre", "Octubre",
             "Noviembre", "Diciembre")  # fmt: skip
ES_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre")  # fmt: skip
LN_MONTHS = ("sanza ya yambo", "sanza ya mibale", "sanza ya misato", "sanza ya minei", "sanza ya mitano",
             "sanza ya motoba", "sanza ya nsambo", "sanza ya mwambe", "sanza ya libwa", "sanza ya zomi",
             "sanza ya zomi na moko", "sanza ya zomi na mibale")  # fmt: skip
EE_MONTHS = ("dzove", "dzodze", "tedoxe", "afɔfĩe", "dame", "masa", "siamlɔm", "deasiamime", "anyɔnyɔ", "kele",
             "adeɛmekpɔxe", "dzome")  # fmt: skip
PT_MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")  # fmt: skip
CK_MONTHS = ("Tianuare", "Peperuare", "Mati", "Aperira", "Me", "Tiunu", "Tiurai", "Aukute", "Tepetema", "Okotopa",
             "Noema", "Titema")  # fmt: skip
FR_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")  # fmt: skip


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _marked(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


def _soles(pounds: int) -> str:
    s = pounds * 47 // 10
    return f"S/ {s / 1e6:.2f} millones" if s >= 1_000_000 else f"S/ {s:,}.00"


def _pesos(pounds: int) -> str:
    p = pounds * 5000
    return f"$ {_marked(p // 1_000_000, '.')} millones" if p >= 1_000_000_000 else f"$ {_marked(p, '.')}"


def _ec(pounds: int) -> str:
    e = pounds * 34 // 10
    return f"EC${e / 1e6:.2f} million" if e >= 1_000_000 else f"EC${e:,}"


def _xaf(pounds: int) -> str:
    return f"{_marked(pounds * 760, ' ')} FCFA"


def _xof_tg(pounds: int) -> str:
    return f"{_marked(pounds * 760, '.')} F CFA"


def _xof_gw(pounds: int) -> str:
    f = pounds * 760
    return f"{f / 1e6:.1f} milhões de FCFA".replace(".", ",") if f >= 100_000_000 else f"{_marked(f, '.')} FCFA"


def _nzd(pounds: int) -> str:
    d = pounds * 21 // 10
    return f"${d / 1e6:.2f} mirioni" if d >= 1_000_000 else f"${d:,}"


def _xpf(pounds: int) -> str:
    f = pounds * 151
    return f"{f / 1e6:.1f} millions F CFP".replace(".", ",") if f >= 10_000_000 else f"{_marked(f, ' ')} F CFP"


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


LOCALES = {
    "pe": _loc("pe", "Kay manchakuy pisiyapunña, hamuq willakuypiqa manaña kanqachu", " (ñawpaq willakuypi: {})",
               _soles, _month(QU_MONTHS, "{d} {m}"), ","),
    "co": _loc("co", "Este riesgo disminuyó y no se reportará en el próximo informe", " (reporte anterior: {})",
               _pesos, _month(ES_MESES, "{d} de {m}"), "."),
    "dm": _loc("dm", "This risk has eased and will not appear in the next update", " (previous update: {})", _ec,
               _month(MONTHS, "{d} {m}"), ","),
    "cg": _loc("cg", "Likama oyo ekiti, tokotia yango lisusu te na rapport oyo ekolanda", " (rapport oyo eleki: {})",
               _xaf, _month(LN_MONTHS, "{d} {m}"), " "),
    "tg": _loc("tg", "Afɔku sia ɖiɖi, míagaŋlɔe ɖe nyatakaka si kplɔe ɖo me o", " (nyatakaka si do ŋgɔ: {})",
               _xof_tg, _month(EE_MONTHS, "{m} {d} lia"), "."),
    "gw": _loc("gw", "Este risco diminuiu e deixará de constar no próximo relatório", " (relatório anterior: {})",
               _xof_gw, _month(PT_MESES, "{d} de {m}"), "."),
    "ck": _loc("ck", "Kua meangiti teia manamanata, kare e akakite akaou ia i roto i te ripoti ka tae mai",
               " (ripoti i mua: {})", _nzd, _month(CK_MONTHS, "{d} {m}"), ","),
    "nc": _loc("nc", "Ce risque a diminué, il ne sera plus suivi dans le prochain point",
               f" (point précédent{NBSP}: {{}})", _xpf, _month(FR_MOIS, "{d} {m}"), " ", f"\\1{NBSP}%"),
}  # fmt: skip


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])


def heads(doc: Doc, lang: str, form: str = "{n}. {h}", caps: bool = False) -> None:
    """:func:`localise`, then each heading printed in ``form`` ("1.- {h}"), in capitals if ``caps``
    ("1.- PISILLAPI WILLAKUY", "NYA VEVITƆWO")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = form.format(n=n, h=s.heading.upper() if caps else s.heading)


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])
