"""Section names in Czech, Slovak and Danish, for the vocabulary (``sitroom.parse.vocabulary``).

A Czech or Slovak crisis staff's situation report ("Situační zpráva", "Situačná správa") numbers its sections
plainly: the description of the situation ("Popis situace"), the impacts on the population ("Dopady na
obyvatelstvo"), the measures taken ("Přijatá opatření"), the risks ("Rizika"), the forces and means deployed
("Nasazené síly a prostředky", as the Polish "Siły i środki"), the weather forecast ("Předpověď počasí"),
the informing of the public and the next report. A Danish one ("Situationsrapport") names the situation in
the definite form ("Situationen") and closes with the next report ("Næste situationsrapport"). The words
are compared folded as the vocabulary's are (no accents or case, "æ" read as "ae", "ø" as "o").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
CZECH_SLOVAK_DANISH: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("shrnutí", "zhrnutie"),
    K.SITUATION: (
        # Czech and Slovak
        "situace", "popis situace", "aktuální situace", "současný stav", "situácia", "popis situácie",
        "aktuálna situácia", "súčasný stav",
        # Danish, and the same definite form in Norwegian and Swedish
        "situationen", "situasjonen", "situationsbillede",
    ),
    K.IMPACTS: (
        "dopady", "dopady na obyvatelstvo", "následky", "škody", "dopady na obyvateľstvo",
        "konsekvenser for borgerne",
    ),
    K.ACTIONS: (
        "opatření", "přijatá opatření", "provedená opatření", "opatrenia", "prijaté opatrenia",
        "vykonané opatrenia",
    ),
    K.RESPONSE: ("zásah", "zásahová činnost", "zásahy"),
    K.RISKS: ("rizika", "riziko", "hrozby", "riziká"),
    K.WORKFORCE: (
        "nasazené síly a prostředky", "síly a prostředky", "nasadené sily a prostriedky", "sily a prostriedky",
    ),
    K.FORECAST: ("předpověď", "předpověď počasí", "výhled", "predpoveď", "predpoveď počasia"),
    K.COMMUNICATIONS: (
        "komunikace", "informování obyvatelstva", "informování veřejnosti", "komunikácia",
        "informovanie obyvateľstva", "informovanie verejnosti",
    ),
    K.FINANCE: ("náklady", "financování", "financie", "financovanie"),
    K.RECOVERY: ("obnova", "obnova území"),
    K.NEXT_STEPS: (
        "další situační zpráva", "příští situační zpráva", "další postup", "ďalšia situačná správa",
        "ďalší postup",
        "næste situationsrapport", "næste rapport", "næste statusmøde",
    ),
}  # fmt: skip
