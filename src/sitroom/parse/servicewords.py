"""Section names of emergency services' and volunteer groups' own reports, for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A German incident command plans its next operational period ("Planung nächste Einsatzperiode"); a Spanish or
Portuguese community group says what it has handed out ("Lo que hemos repartido", "Reparto de ayuda"); a Polish
volunteer fire brigade gives the most important information ("Najważniejsze informacje"), its firefighters
("Strażacy ochotnicy") and its planned actions ("Planowane działania", the next steps as "planned actions" are).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SERVICES: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("najwazniejsze informacje", "najwazniejsze"),
    K.ASSISTANCE: (
        "lo que hemos repartido", "repartido", "reparto de ayuda", "ayuda repartida", "ayuda entregada",
        "o que distribuimos", "distribuicao de ajuda",
    ),
    K.WORKFORCE: ("strazacy", "strazacy ochotnicy", "ochotnicy", "personel", "pracownicy"),
    K.NEXT_STEPS: (
        "nachste einsatzperiode", "nachster einsatzabschnitt", "nachste einsatzphase", "planowane dzialania",
        "dalsze dzialania",
    ),
}  # fmt: skip
