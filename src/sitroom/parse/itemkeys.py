"""The meaning of a section its heading does not name, read from what its items speak of.

A reader who meets a heading of the publisher's own ("Missed collections", "Roster") or one of several
senses ("Resources": the staff on an incident form, the reading list on a guidance page) reads the
points under it: points that count staff, crews and absence are the workforce; points of costs, spend and
money are the finance; points of households, homes and people affected, evacuated or hurt are the
impacts; rain, wind and temperatures the forecast; the press, the website and letters the
communications. A section is given such a key only when its points agree: at least two of them, half of
them or more, speak of it, and at least twice as many as of any other; under a heading of several senses,
which has already narrowed the meaning, one point may choose among them. Whether a point describes the
incident or the work done on it (situation or activity) no word of it tells, so no key is read for them;
points that carry their mitigations are risks, whatever else they speak of.

The key so read is less sure than a heading's own (``CONTENT_CONFIDENCE``).
"""

from __future__ import annotations

import re

from sitroom.model import Section, SectionKey
from sitroom.parse.vocabulary import fold
from sitroom.text.money import states_money

K = SectionKey
CONTENT_CONFIDENCE = 0.6
# Headings whose words have several meanings in a sitrep: their points decide among them.
SEVERAL_SENSES = frozenset({"resources", "resource", "people", "recursos", "ressources", "risorse", "ressourcen"})

# The words (folded: lower case, no accents) that speak of a key, in the languages the vocabulary reads.
_CUES: dict[SectionKey, str] = {
    K.WORKFORCE: (
        "staff staffing personnel employees employee workers workforce crews crew volunteers volunteer fte "
        "absence absences absent sickness sick vacancies vacancy shifts shift rota rotas redeployed redeployment "
        "overtime headcount firefighters nurses carers "
        # the people and the machines a response commits: "29 engines and 6 dozers", "40 officers"
        "engines appliances dozers officers paramedics responders "
        "agents effectifs benevoles absenteisme "
        "trabajadores voluntarios efectivos bajas plantilla "
        "mitarbeitende mitarbeiter einsatzkrafte krafte helfer helferinnen "
        "personale volontari operatori "
        "personeel medewerkers vrijwilligers ziekteverzuim"
    ),
    K.FINANCE: (
        "cost costs costing spend spent spending budget budgets funding funded grant grants invoice invoices "
        "income overspend underspend expenditure reimbursement reimbursed financial "
        "cout couts depenses financement "
        "costo costos coste costes gasto gastos presupuesto financiacion "
        "kosten ausgaben haushalt "
        "costi spese bilancio "
        "uitgaven begroting"
    ),
    K.IMPACTS: (
        "households homes properties residents customers affected evacuated evacuees displaced injured injuries "
        "deaths died fatalities missed damaged destroyed flooded stranded "
        "sinistres foyers habitations evacues blesses deces prives "
        "afectados evacuados viviendas hogares heridos fallecidos damnificados "
        "haushalte betroffene evakuiert verletzte tote "
        "famiglie abitazioni evacuati sfollati feriti "
        "huishoudens woningen getroffen geevacueerd gewonden"
    ),
    K.FORECAST: (
        "forecast forecasts rain rainfall showers wind winds gust gusts gusty temperature temperatures degrees "
        "humidity snow snowfall frost mph "
        "previsions pluie pluies vent vents rafales neige "
        "lluvia lluvias viento vientos rachas nieve pronostico "
        "regen boen niederschlag schnee "
        "pioggia piogge vento venti raffiche neve "
        "windstoten sneeuw"
    ),
    K.GUIDANCE: (
        "guidance guide guides pdf template templates leaflet leaflets factsheet factsheets faq faqs questions "
        "toolkit handbook checklist checklists webinar "
        "orientations fiche fiches modele guia plantilla leitfaden merkblatt vorlage linee guida richtlijn"
    ),
    K.COMMUNICATIONS: (
        "press media website newsletter posts tweets journalists interviews radio messaging "
        "presse medias communique "
        "prensa medios comunicado "
        "medien pressemitteilung "
        "stampa comunicato "
        "pers persbericht"
    ),
}
_WORDS = {key: frozenset(words.split()) for key, words in _CUES.items()}
# Cues of more than one word, and money written with its currency.
_PHRASES = {
    K.WORKFORCE: re.compile(r"\bagency staff\b|\bon strike\b"),
    K.IMPACTS: re.compile(r"\bwithout (?:power|water|electricity|heating)\b|\bpeople affected\b"),
    K.FORECAST: re.compile(r"\b\d+ ?(?:mm|cm|km h)\b|\bdegrees? c\b"),
    K.COMMUNICATIONS: re.compile(r"\bsocial media\b|\bpress releases?\b|\breseaux sociaux\b|\bredes sociales\b"),
}
_MONEY = re.compile(r"[£$€]\s?\d|\d\s?(?:€|eur\b|euros?\b|usd\b|gbp\b)", re.I)


def speaks_of(text: str) -> set[SectionKey]:
    """The keys a point's words speak of (see the module doc)."""
    folded = fold(text)
    words = set(folded.split())
    keys = {key for key, cues in _WORDS.items() if words & cues}
    keys |= {key for key, phrase in _PHRASES.items() if phrase.search(folded)}
    if _MONEY.search(text) or states_money(text):
        keys.add(K.FINANCE)
    return keys


def key_from_items(section: Section, least: int = 2) -> SectionKey | None:
    """The key at least ``least`` of the section's points, and half or more, agree on, or None."""
    counts: dict[SectionKey, int] = {}
    for item in section.items:
        for key in speaks_of(item.text):
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kc: -kc[1])
    key, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n >= least and 2 * n >= len(section.items) and n >= 2 * runner_up:
        return key
    return None


def key_by_items(sections: list[Section], own: list[bool]) -> None:
    """Sections whose heading names no meaning, or one of several, take the key their points agree on."""
    for n, s in enumerate(sections):
        if not s.items or s.heading is None or not own[n] or any(i.mitigation for i in s.items):
            continue  # points that carry mitigations are risks, whatever else they speak of
        several = of_several_senses(s.heading)
        if s.key is not None and not several:
            continue
        # a heading of several senses has already narrowed the meaning: a lone point may choose among them
        if (key := key_from_items(s, least=1 if several else 2)) is not None:
            s.key, s.key_confidence = key.value, CONTENT_CONFIDENCE


def of_several_senses(heading: str) -> bool:
    """ "Resources", and a heading whose head word is its ("Cell resources", not "Affected people"): a heading whose
    meaning its points or its sub-sections decide."""
    bare = _bare(heading)
    return bare in SEVERAL_SENSES or bare.rpartition(" ")[2] in SEVERAL_SENSES - {"people"}


def _bare(heading: str) -> str:
    """The heading's words without its numbering: "14. Resources" → "resources"."""
    return " ".join(w for w in fold(heading).split() if not w.isdigit())
