"""Changes to the generated content that the ``blind72_layouts`` publishers make before they print it.

The phrase banks (``blind72_layouts_banks_east``, ``blind72_layouts_banks_west``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``):

- the municipalities of southern Negros Occidental (a Polaris Office memorandum, in Hiligaynon): pesos with the
  sign and centavos ("₱84,240.00", "₱2.35 milyon"), "1,250", "Oktubre 16", "(sa nagligad nga report: 5)",
  "Ginhimo nga aksyon:"; each section's Roman numeral before its name ("I. Kabilugan nga Sitwasyon");
- the hromadas of the Vyzhnytsia district in Bukovina (a SoftMaker TextMaker form, in Ukrainian): hryvnias
  ("61 880,00 грн", "2,45 млн грн"), "1 250", "16 червня", "(у попередньому донесенні: 5)", "Вжиті заходи:";
- the gminas of the Olsztyn district in Warmia (a Word letter turned into PDF by Smallpdf, in Polish): złoty
  ("5 950,00 zł", "1,25 mln zł"), "1 250", "12%", "16 sierpnia", "(w poprzedniej informacji: 5)", "Podjęte
  działania:";
- the district councils of northern Sarawak (a report printed by the council's system through FPDF, in Malay):
  ringgit ("RM7,021.00", "RM1.48 juta"), "1,250", "16 Ogos", "(laporan lepas: 5)", "Tindakan diambil:"; each
  section's number with ".0" before its name in capitals ("1.0 RINGKASAN");
- the cities of Quebec south and north of Montreal (a ProcessWire page, in French): "2 201 $", "2,31 M$", "1 250",
  "12 %", "16 juillet", "(mise à jour précédente : 5)", "Mesures prises :";
- the towns of Hokkaido's Hidaka coast (a Joruri CMS page, in Japanese): yen ("226,100円", "2億3,750万円"),
  "1,250", "9月16日", "（前回報告：5）", "【対応】", each sentence closed by "。"; each section's full-width number
  and an ideographic space before its name ("１　概要");
- the municipalities of the Azores (an Open-Xchange mail, in Portuguese): "1 392,30 €", "1,46 milhões de euros",
  "1 250", "12%", "16 de novembro", "(ponto anterior: 5)", "Medidas adotadas:";
- the hamlets of Nunavut (an iA Writer text): Canadian dollars ("$2,047", "$2.15 million"), "1,250",
  "November 16", "(previous update: 5)", "Action taken:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

from blind7_layouts_content import MONTHS
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["HIL_MONTHS", "JP_DIGITS", "LEADS", "MS_MONTHS", "PL_MONTHS", "PT_MONTHS", "QC_MONTHS", "UK_MONTHS",
           "decimal", "localise", "parts", "roman", "wide"]  # fmt: skip

NB = "\u00a0"
LEADS = {
    "hil": "Ginhimo nga aksyon:",
    "uk": "Вжиті заходи:",
    "pl": "Podjęte działania:",
    "ms": "Tindakan diambil:",
    "qc": f"Mesures prises{NB}:",
    "jp": "【対応】",
    "pt": "Medidas adotadas:",
    "nu": "Action taken:",
}
HIL_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Septiyembre", "Oktubre",
              "Nobyembre", "Disyembre")  # fmt: skip
UK_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня")  # fmt: skip
PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia")  # fmt: skip
MS_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November",
             "Disember")  # fmt: skip
QC_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")  # fmt: skip
PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")  # fmt: skip
JP_DIGITS = "０１２３４５６７８９"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


def _pesos(pounds: int) -> str:
    p = pounds * 72
    return f"₱{p / 1e6:.2f} milyon" if p >= 1_000_000 else f"₱{p:,}.00"


def _hryvnias(pounds: int) -> str:
    g = pounds * 52
    if g >= 1_000_000:
        return f"{g / 1e6:.2f}".replace(".", ",") + f"{NB}млн{NB}грн"
    return _grouped(g, NB) + f",00{NB}грн"


def _zloty(pounds: int) -> str:
    z = pounds * 5
    return f"{z / 1e6:.2f}".replace(".", ",") + " mln zł" if z >= 1_000_000 else _grouped(z, NB) + ",00 zł"


def _ringgit(pounds: int) -> str:
    r = pounds * 59 // 10
    return f"RM{r / 1e6:.2f} juta" if r >= 1_000_000 else f"RM{r:,}.00"


def _dollars_qc(pounds: int) -> str:
    c = pounds * 185 // 100
    if c >= 1_000_000:
        return f"{c / 1e6:.2f}".replace(".", ",") + f"{NB}M$"
    return _grouped(c, NB) + f"{NB}$"


def _yen(pounds: int) -> str:
    y = pounds * 190
    if y >= 100_000_000:
        oku, man = divmod(y // 10_000, 10_000)
        return f"{oku}億{man:,}万円" if man else f"{oku}億円"
    return f"{y:,}円"


def _euros_pt(pounds: int) -> str:
    e = pounds * 117 // 100
    if e >= 1_000_000:
        return f"{e / 1e6:.2f}".replace(".", ",") + " milhões de euros"
    return _grouped(e, NB) + f",{pounds % 10 * 10:02d}{NB}€"


def _dollars_nu(pounds: int) -> str:
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
    "hil": _loc("hil", "Ining peligro nagnubo na kag indi na ini iupod sa masunod nga report",
                " (sa nagligad nga report: {})", _pesos, _named(HIL_MONTHS, "{m} {d}"), ","),
    "uk": _loc("uk", "Цей ризик знизився, у наступному донесенні його не буде наведено",
               " (у попередньому донесенні: {})", _hryvnias, _named(UK_MONTHS), NB),
    "pl": _loc("pl", "Ryzyko to zmalało i nie zostanie ujęte w kolejnej informacji", " (w poprzedniej informacji: {})",
               _zloty, _named(PL_MONTHS), NB),
    "ms": _loc("ms", "Risiko ini telah berkurangan dan tidak akan dimasukkan dalam laporan seterusnya",
               " (laporan lepas: {})", _ringgit, _named(MS_MONTHS), ","),
    "qc": _loc("qc", "Ce risque a diminué et ne sera plus mentionné dans la prochaine mise à jour",
               f" (mise à jour précédente{NB}: {{}})", _dollars_qc, _named(QC_MONTHS), NB, rf"\1{NB}%"),
    "jp": _loc("jp", "このリスクは低下したため、次回の報告からは掲載しません", "（前回報告：{}）", _yen,
               lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}日", ","),
    "pt": _loc("pt", "Este risco diminuiu e deixará de constar do próximo ponto de situação", " (ponto anterior: {})",
               _euros_pt, _named(PT_MONTHS, "{d} de {m}"), NB),
    "nu": _loc("nu", "This risk has gone down and will not be carried in the next update", " (previous update: {})",
               _dollars_nu, lambda d, m: f"{m} {int(d)}", ","),
}  # fmt: skip


def each(doc: Doc, change) -> None:
    """``change`` applied to every item's text, risk and mitigation."""
    for s in doc.sections:
        for it in s.items:
            for name in ("text", "body", "mitigation"):
                value = getattr(it, name)
                if value:
                    setattr(it, name, change(value))


def _japanese(text: str) -> str:
    """Each sentence closed by "。", the lead joined to the risk before it and to the measure after it."""
    text = text.replace(". ", "。").replace(f"{LEADS['jp']} ", LEADS["jp"])
    return text[:-1] + "。" if text.endswith(".") else text


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    localise_doc(doc, LOCALES[lang])
    each(doc, lambda text: text.replace("..", "."))
    if lang == "jp":
        each(doc, _japanese)


def roman(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its Roman numeral and a full stop ("I. Kabilugan nga Sitwasyon")."""
    localise(doc, lang)
    for n, s in zip(ROMAN, doc.sections, strict=False):
        s.heading = f"{n}. {s.heading}"


def decimal(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading in capitals after its number with ".0" ("1.0 RINGKASAN")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = f"{n}.0 {s.heading.upper()}"


def wide(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its full-width number and an ideographic space ("１　概要")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, 1):
        s.heading = "".join(JP_DIGITS[int(c)] for c in str(n)) + "\u3000" + s.heading


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    lead = LEADS[lang]
    sep = lead if lang == "jp" else f" {lead} "
    if sep in item.text:
        before, after = item.text.split(sep, 1)
        return before, lead, after
    return item.text, "", ""
