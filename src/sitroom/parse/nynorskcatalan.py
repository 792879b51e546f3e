"""Section names in Norwegian Nynorsk and Catalan, and a few more of Italian's, for the vocabulary
(``sitroom.parse.vocabulary``).

A Norwegian county governor or municipality writing Nynorsk names the summary ("Samandrag"), the weather and
its warnings ("Vêr og farevarsel"), the consequences ("Konsekvensar") and the critical infrastructure hit,
the effort and measures ("Innsats og tiltak"), the information to residents ("Informasjon til
innbyggjarane") and the further work ("Vidare arbeid"). A Catalan town council names the state of things
("Estat", "Situació"), the weather forecast ("Previsió meteorològica"), the restrictions, its own actions
("Actuacions"), the aid to families and firms ("Ajuts"), its advice to the public ("Consells") and the risks
("Riscos"). An Italian bulletin's "Andamento epidemiologico" is the epidemic's course (the situation) and its
vaccination campaign ("Campagna di vaccinazione") the response. The words are compared folded as the
vocabulary's are (no accents or case).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
NYNORSK_CATALAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("samandrag", "oppsummering", "resum", "en resum"),
    K.SITUATION: (
        "situasjonen", "situasjonsbilete", "estat", "estat de les reserves", "situacio", "situacio actual",
        "andamento epidemiologico", "andamento", "situacio general",
    ),
    K.FORECAST: ("ver og farevarsel", "farevarsel", "verprognose", "previsio meteorologica", "previsio"),
    K.IMPACTS: (
        "konsekvensar", "konsekvensar i kommunane", "kritisk infrastruktur", "skadar", "restriccions",
        "consum i restriccions", "afectacions", "danys",
    ),
    K.RESPONSE: (
        "innsats", "innsats og tiltak", "tiltak som er sette i verk", "actuacions", "actuacions de l ajuntament",
        "actuacions en curs", "campagna di vaccinazione", "campagna vaccinale",
    ),
    K.ASSISTANCE: ("ajuts", "ajuts a families i empreses", "ajudes", "atencio a la ciutadania"),
    K.COMMUNICATIONS: (
        "informasjon til innbyggjarane", "informasjon til innbyggarane", "kommunikasjon", "consells",
        "consells per estalviar aigua", "comunicacio", "informacio a la ciutadania",
    ),
    K.NEXT_STEPS: (
        "vidare arbeid", "neste steg", "propers passos", "properes actuacions", "properes passes",
        "proximes actuacions", "proxims passos",
    ),
    K.FINANCE: ("payments", "pay and payments", "despeses", "despesa"),
}  # fmt: skip
