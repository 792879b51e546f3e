"""Changes to the generated content that the ``blind50_layouts`` publishers make before they print it.

The phrase banks (``blind50_layouts_banks_away``, ``blind50_layouts_banks_home``) run through the generator's churn
model (``blind5_layouts_content.Partner``); what the model adds in British English — figures "1,250", "12%",
"£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and the note that a risk
will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the shared
``localised_figures``), the Antarctic programmes and the supercomputing centres in each one's own currency and
order of day and month:

- Brazilian state health secretariats, in Portuguese (a SEI document in PDF): "R$ 3.400,00", "R$ 1,25 milhão",
  "1.250", "12%", "16 de fevereiro", "(informe anterior: 5)", "Medida adotada:"; the headings numbered "1." as
  SEI's level-one items print them;
- Dutch municipalities, in Dutch (a council information letter in Word): "€ 3.400", "€ 1,25 miljoen", "1.250",
  "12%", "16 maart", "(vorige brief: 5)", "Beheersmaatregel:";
- German water supply associations, in German (a newsletter by mail): "3.400 €", "1,25 Mio. €", "1.250", "12 %",
  "16. März", "(letzte Information: 5)", "Unsere Maßnahme:";
- Japanese cities, in Japanese (a municipal web page): "51万円", "1億8,750万円" (the pounds at 150 yen),
  "1,250件", "10月16日", "（前回：5）", "対応：", every sentence ended with "。";
- national Antarctic programmes (a station's signal by satellite mail): "£3,400", "A$3,400", "NZ$3,400" or
  "US$3,400", "£1.25M", "16 June" or "June 16", "(prev sitrep: 5)", "Mitigation:"; the headings numbered "1.";
- American state departments of agriculture (a state web page): "$3,400", "$1.25 million", "July 16",
  "(previous update: 5)", "Response:";
- supercomputing centres (a blog post in MDX): "A$3,400", "NZ$3,400", "£3,400" or "$3,400", "A$1.25m" or
  "$1.25 million", "16 February" or "February 16", "(previous update: 5)", "Mitigation:";
- American state park systems (a whiteboard exported to PDF): "$3,400", "$1.25M", "Sep 16", "(was 5)",
  "Mitigation:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MAANDEN, MONATE, MONTHS
from blind13_layouts_content import MESES_PT
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

__all__ = ["localise", "numbered", "parts", "yen"]

LEADS = {
    "br": "Medida adotada:",
    "nl": "Beheersmaatregel:",
    "de": "Unsere Maßnahme:",
    "ja": "対応：",
    "aq": "Mitigation:",
    "us": "Response:",
    "hpc": "Mitigation:",
    "miro": "Mitigation:",
}
CURRENCY = {
    "British Antarctic Survey": "£", "Australian Antarctic Division": "A$", "Antarctica New Zealand": "NZ$",
    "United States Antarctic Program": "US$", "Pawsey Supercomputing Research Centre": "A$",
    "New Zealand eScience Infrastructure": "NZ$", "EPCC": "£", "Texas Advanced Computing Center": "$",
}  # fmt: skip
MONTH_FIRST = {"United States Antarctic Program", "Texas Advanced Computing Center"}

DAY_MONTH = lambda d, m: f"{int(d)} {m}"  # noqa: E731
MONTH_DAY = lambda d, m: f"{m} {int(d)}"  # noqa: E731


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)])


def _loc(lead: str, closing: str, was: str, pounds, millions, thousands: str = ",", date=DAY_MONTH,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": lead,
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": millions if callable(millions) else (lambda m: millions.format(m.group(1), m.group(2))),
        "pounds": pounds if callable(pounds) else (lambda m: pounds.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date,
    }


def _reais_millions(m: re.Match) -> str:
    return f"R$ {m.group(1)},{m.group(2)} {'milhão' if m.group(1) == '1' else 'milhões'}"


def yen(pounds: int) -> str:
    """An amount in pounds as the city prints it in yen, at 150 yen to the pound: "51万円", "1億8,750万円"."""
    n = pounds * 150
    if n >= 100_000_000:
        oku, man = divmod(n, 100_000_000)
        return f"{oku}億{man // 10_000:,}万円" if man // 10_000 else f"{oku}億円"
    return f"{round(n / 10_000):,}万円"


_JA_MILLIONS = re.compile(r"£(\d+)\.(\d+)m")  # "£1.25mです": no word boundary after the "m"
_JA_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + ")")  # "16 Octoberに" likewise
_JA_STOP = re.compile(r"\.(?:\s+|$)")


def _fixed(lang: str) -> dict:
    """The locale of a publisher whose conventions do not depend on the organisation."""
    if lang == "br":
        return _loc(
            ". Medida adotada: ",
            "O risco diminuiu e deixará de constar no próximo informe",
            " (informe anterior: {})",
            "R$ {},00",
            _reais_millions,
            ".",
            _month(MESES_PT, "{d} de {m}"),
        )
    if lang == "nl":
        return _loc(
            ". Beheersmaatregel: ",
            "Dit risico is afgenomen en komt in de volgende brief niet meer terug",
            " (vorige brief: {})",
            "€ {}",
            "€ {},{} miljoen",
            ".",
            _month(MAANDEN, "{d} {m}"),
        )
    if lang == "de":
        return _loc(
            ". Unsere Maßnahme: ",
            "Dieses Risiko ist gesunken und entfällt ab der nächsten Information",
            " (letzte Information: {})",
            "{} €",
            "{},{} Mio. €",
            ".",
            _month(MONATE, "{d}. {m}"),
            r"\1 %",
        )
    if lang == "ja":
        return _loc(
            "。対応：",
            "危険性が低下したため、次回の報告から削除します",
            "（前回：{}）",
            lambda m: yen(int(m.group(1).replace(",", ""))),
            lambda m: m.group(),
            ",",
            lambda d, m: f"{MONTHS.index(m) + 1}月{int(d)}日",
        )
    if lang == "us":
        return _loc(
            ". Response: ",
            "This risk has decreased and will be removed from the next update",
            " (previous update: {})",
            "${}",
            "${}.{} million",
            ",",
            MONTH_DAY,
        )
    if lang == "miro":
        return _loc(
            ". Mitigation: ",
            "Risk down – coming off the board next update",
            " (was {})",
            "${}",
            "${}.{}M",
            ",",
            lambda d, m: f"{m[:3]} {int(d)}",
        )
    raise KeyError(lang)


def _locale(lang: str, organisation: str) -> dict:
    if lang not in ("aq", "hpc"):
        return _fixed(lang)
    cur = CURRENCY[organisation]
    date = MONTH_DAY if organisation in MONTH_FIRST else DAY_MONTH
    if lang == "aq":
        return _loc(
            ". Mitigation: ",
            "Risk reduced, to be removed from next sitrep",
            " (prev sitrep: {})",
            cur + "{}",
            cur + "{}.{}M",
            ",",
            date,
        )
    big = "${}.{} million" if cur == "$" else cur + "{}.{}m"
    return _loc(
        ". Mitigation: ",
        "This risk has reduced and we will stop reporting it after this update",
        " (previous update: {})",
        cur + "{}",
        big,
        ",",
        date,
    )


def _ja_millions(text: str | None) -> str | None:
    """The millions the shared pattern misses where they touch a Japanese letter ("£1.25mです")."""
    if not text:
        return text
    return _JA_MILLIONS.sub(lambda m: yen(round(float(f"{m.group(1)}.{m.group(2)}") * 1_000_000)), text)


def _ja(text: str | None, loc: dict) -> str | None:
    """The dates the shared pattern misses where they touch a Japanese letter ("16 Octoberに"), then each sentence
    ended with "。"."""
    if not text:
        return text
    text = _JA_DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)
    return _JA_STOP.sub("。", text).replace("。。", "。")


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang`` and, where it
    prints its own, in its organisation's currency and order of day and month."""
    loc = _locale(lang, doc.organisation)
    if lang == "ja":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body = _ja_millions(it.text), _ja_millions(it.body)
                it.mitigation = _ja_millions(it.mitigation)
    localise_doc(doc, loc)
    if lang == "ja":
        for s in doc.sections:
            for it in s.items:
                it.text, it.body, it.mitigation = (_ja(x, loc) for x in (it.text, it.body, it.mitigation))


WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def numbered(doc: Doc, lang: str) -> None:
    """:func:`localise`, then each heading after its number as the publisher prints it: "1.", "2." …, in Japanese
    a full-width digit and a full-width space ("１　概要")."""
    localise(doc, lang)
    for n, s in enumerate(doc.sections, start=1):
        s.heading = f"{str(n).translate(WIDE)}\u3000{s.heading}" if lang == "ja" else f"{n}. {s.heading}"


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    if lang == "ja":
        if "。対応：" in item.text:
            before, after = item.text.split("。対応：", 1)
            return before + "。", "対応：", after
        return item.text, "", ""
    return split_mitigation(item, LEADS[lang])
