"""Section names in Romansh and Tetum, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A Graubünden commune's crisis staff reports in Romansh (Rumantsch Grischun): the summary ("Resumaziun"), the current
situation, the weather forecast ("Prognosa da l'aura"), the damage ("Donns"), the forces deployed ("Forzas
d'intervenziun"), the costs ("Custs"), the risks ("Ristgs"), the recommendations to the public and the next steps
("Proxims pass"). A Timor-Leste municipality's civil protection service reports in Tetum: "Rezumu", "Situasaun
atuál", "Previzaun tempu", "Estragus", "Asisténsia umanitária", "Rekursu umanu", "Orsamentu", "Risku sira" and the
plan for the coming days ("Planu ba loron tuir mai").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
ROMANSH_TETUM: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("resumaziun", "resumaziun curta", "rezumu", "sumariu"),
    K.SITUATION: ("situaziun actuala", "situaziun", "situasaun atual", "situasaun jeral", "situasaun"),
    K.FORECAST: ("prognosa da l aura", "prognosa", "previzaun tempu", "previzaun klima", "previzaun"),
    K.IMPACTS: ("donns", "consequenzas", "estragus", "estragu", "impaktu"),
    K.ASSISTANCE: ("asistensia umanitaria", "asistensia", "ajuda umanitaria"),
    K.RESPONSE: ("mesiras prendidas", "intervenziun", "resposta"),
    K.WORKFORCE: ("forzas d intervenziun", "forzas", "persunal", "rekursu umanu", "funsionariu", "pesoal"),
    K.FINANCE: ("custs", "finanzas", "orsamentu", "despeza", "kustu"),
    K.RISKS: ("ristgs", "ristg", "privels", "risku sira", "risku", "dezafiu sira", "dezafiu"),
    K.ADVICE: ("recumandaziuns a la populaziun", "recumandaziuns", "cussegls", "konsellu ba populasaun",
               "rekomendasaun"),
    K.NEXT_STEPS: ("proxims pass", "ulteriurs pass", "planu ba loron tuir mai", "pasu tuir mai",
                   "asaun tuir mai"),
}  # fmt: skip
