"""Section names in West Frisian, for the vocabulary (``sitroom.parse.vocabulary``, merged by way of
``sitroom.parse.incidentwords``).

A municipality or safety region in Fryslân writes to its residents in Frisian: the summary ("Gearfetting"), the state
of affairs ("Stân fan saken", "Situaasje"), the measures taken ("Maatregels"), the staff ("Meiwurkers",
"Personiel"), the costs and finances, the risks, the communication, the advice to residents and the next steps
("Folgjende stappen", "Ferfolch").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
FRISIAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("gearfetting", "koart", "wichtichste punten"),
    K.SITUATION: ("stân fan saken", "situaasje", "hjoeddeistige situaasje", "aktuele situaasje"),
    K.RESPONSE: ("maatregels", "nommen maatregels", "oanpak"),
    K.WORKFORCE: ("meiwurkers", "personiel", "ynset fan meiwurkers"),
    K.FINANCE: ("finânsjes", "kosten en finânsjes"),
    K.RISKS: ("risiko's", "risiko", "knelpunten"),
    K.COMMUNICATIONS: ("kommunikaasje", "kommunikaasje mei ynwenners"),
    K.ADVICE: ("advys", "advys foar ynwenners", "advizen"),
    K.NEXT_STEPS: ("folgjende stappen", "ferfolch", "ferfolchstappen"),
}  # fmt: skip
