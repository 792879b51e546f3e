"""Changes to the generated content that the ``blind39_layouts`` publishers make before they print it.

The phrase banks (``blind39_layouts_banks_en``, ``blind39_layouts_banks_eu``, ``blind39_layouts_banks_far``) run
through the generator's churn model (``blind5_layouts_content.Partner``); what the model adds in British English —
figures "1,250", "12%", "£3,400", "£1.25m", dates "16 January", "(up from 5% in the last report)", "Mitigation:" and
the note that a risk will be dropped — each publisher writes in its own conventions (:func:`localise`, by way of the
shared ``localised_figures``):

- German district administrations (Znuny): "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Juli",
  "(Vorbericht: 5)", "Maßnahme:";
- US city emergency management offices (Veoci): "$3,400", "$1.25M", "July 16", "(last OP: 5)",
  "Mitigation strategy:";
- Aruban neighbourhood centres, in Papiamento (Word's PDF): "Afl. 3.400", "Afl. 1,25 miyon", "1.250", "12%",
  "16 di juli", "(informe anterior: 5)", "Medida:";
- Sri Lankan district disaster management units, in Sinhala (Word): "රු. 3,400", "රු. මිලියන 1.25", "1,250",
  "ජූනි 16", "(පෙර වාර්තාව: 5)", "ගත් පියවර:";
- local NGOs in Myanmar (Gmail to a Google Group): "US$3,400", "US$1.25 million", "16 April", "(prev. sitrep: 5)",
  "Mitigation measures:";
- Swedish municipalities (Sitevision): "3 400 kronor", "1,25 miljoner kronor", "1 250", "12 procent", "16 juli",
  "(förra lägesbilden: 5)", "Det här gör vi:";
- La Palma town councils, in Spanish (BookStack): "3.400 €", "1,25 millones de €", "1.250", "12 %",
  "16 de octubre", "(informe anterior: 5)", "Medidas:";
- Korean county disaster headquarters, in Korean (KakaoTalk): amounts in won counted in 억 and 만 ("5억 1,200만 원"
  for the generator's "£512,000", a thousand won to its pound), "1,250", "12%", "3.16.", "(전보 5)", "대책:".

The printed text changes and so does the gold; the threads do not.
"""

from __future__ import annotations

import re

from blind7_layouts_content import MONTHS
from blind17_layouts_content import split_mitigation
from council_layouts_gold import Doc, Item
from localised_figures import localise_doc

LEADS = {
    "de": "Maßnahme:",
    "us": "Mitigation strategy:",
    "pap": "Medida:",
    "si": "ගත් පියවර:",
    "mm": "Mitigation measures:",
    "sv": "Det här gör vi:",
    "es": "Medidas:",
    "ko": "대책:",
}
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")  # fmt: skip
PAP_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "october",
              "november", "december")  # fmt: skip
SI_MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්",
             "නොවැම්බර්", "දෙසැම්බර්")  # fmt: skip
SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip


def won(pounds: int) -> str:
    """A thousand won to the generator's pound, counted as Korean writes money: "5억 1,200만 원"."""
    n = pounds * 1000
    eok, man = divmod(n // 10_000, 10_000)
    out = (f"{eok}억" if eok else "") + (f" {man:,}만" if man else "")
    return f"{out.strip()} 원"


def _loc(lang: str, closing: str, was: str, cur, big, thousands: str = ",", date=None,
         percent: str = r"\1%") -> dict:  # fmt: skip
    return {
        "lead": f". {LEADS[lang]} ",
        "closing": closing,
        "was": lambda up, old: was.format(old),
        "millions": big if callable(big) else (lambda m: big.format(m.group(1), m.group(2))),
        "pounds": cur if callable(cur) else (lambda m: cur.format(m.group(1))),
        "thousands": thousands,
        "percent": percent,
        "date": date or (lambda d, m: f"{int(d)} {m}"),
    }


def _month(names: tuple[str, ...], form: str):
    return lambda d, m: form.format(d=int(d), m=names[MONTHS.index(m)], n=MONTHS.index(m) + 1)


def _won_millions(m: re.Match) -> str:
    return won(int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(2, "0")) * 10_000)


def _won_pounds(m: re.Match) -> str:
    return won(int(m.group(1).replace(",", "")))


LOCALE = {
    "de": _loc("de", "Das Risiko ist gesunken und entfällt ab dem nächsten Bericht", " (Vorbericht: {})", "{} €",
               "{},{} Mio. €", ".", _month(DE_MONTHS, "{d}. {m}"), r"\1 %"),
    "us": _loc("us", "Concern has decreased and will be removed from the next SitRep", " (last OP: {})", "${}",
               "${}.{}M", date=lambda d, m: f"{m} {int(d)}"),
    "pap": _loc("pap", "E riesgo a baha y lo no ta den e proximo informe", " (informe anterior: {})", "Afl. {}",
                "Afl. {},{} miyon", ".", _month(PAP_MONTHS, "{d} di {m}")),
    "si": _loc("si", "අවදානම අඩු වී ඇති බැවින් ඊළඟ වාර්තාවෙන් ඉවත් කෙරේ", " (පෙර වාර්තාව: {})", "රු. {}",
               "රු. මිලියන {}.{}", ",", _month(SI_MONTHS, "{m} {d}")),
    "mm": _loc("mm", "Risk has eased; we will drop it from the next sitrep", " (prev. sitrep: {})", "US${}",
               "US${}.{} million"),
    "sv": _loc("sv", "Risken har minskat och tas bort i nästa lägesbild", " (förra lägesbilden: {})", "{} kronor",
               "{},{} miljoner kronor", " ", _month(SV_MONTHS, "{d} {m}"), r"\1 procent"),
    "es": _loc("es", "El riesgo ha disminuido y se retirará del próximo informe", " (informe anterior: {})", "{} €",
               "{},{} millones de €", ".", _month(ES_MONTHS, "{d} de {m}"), r"\1 %"),
    "ko": _loc("ko", "위험 감소, 다음 보고부터 제외", " (전보 {})", _won_pounds, _won_millions,
               date=lambda d, m: f"{MONTHS.index(m) + 1}.{int(d)}."),
}  # fmt: skip

# the shared patterns want a word boundary after a month's name or "£1.25m", which a Sinhala or Hangul letter does
# not give ("March까지"), so dates and millions are converted first without it
_ANY_DATE = re.compile(r"(?<!\d)(\d{1,2}) (" + "|".join(MONTHS) + ")")
_MILLIONS = re.compile(r"£(\d+)\.(\d+)m(?![a-z])")


def _pre(text: str | None, lang: str) -> str | None:
    if not text:
        return text
    loc = LOCALE[lang]
    text = _MILLIONS.sub(loc["millions"], text)
    return _ANY_DATE.sub(lambda m: loc["date"](m.group(1), m.group(2)), text)


def localise(doc: Doc, lang: str) -> None:
    """Every item of ``doc`` (its text, risk and mitigation alike) in the conventions of ``lang``."""
    for s in doc.sections:
        for it in s.items:
            it.text, it.body, it.mitigation = (_pre(x, lang) for x in (it.text, it.body, it.mitigation))
    localise_doc(doc, LOCALE[lang])


def parts(item: Item, lang: str) -> tuple[str, str, str]:
    """(risk as printed, lead, mitigation as printed) of an item, or (text, "", "") where it has no mitigation."""
    return split_mitigation(item, LEADS[lang])


def slug(text: str) -> str:
    """A lower-case name for addresses and file names ("sonora-flats")."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())
