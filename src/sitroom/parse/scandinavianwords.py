"""Section names in Norwegian Bokmål, Swedish and Danish beside their core words, for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A Norwegian municipality's crisis management, a Swedish county administrative board or a Danish municipality's
emergency staff names the summary ("Sammendrag", "Hovedpunkter"), the situation picture, the key figures, the
weather forecast, the consequences and the damage, the measures, the crews and staffing ("Mannskap",
"Bemanning", "Bemanding"), the costs, the risk assessment ("Risikovurdering", "Riskbedömning") and
the challenges, informing the residents and the further work ("Videre arbeid", "Det videre arbejde", "Fortsatt
arbete"). The words are compared folded ("ø" as "o", "å" as "a", "æ" as "ae"), as the vocabulary folds them.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SCANDINAVIAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "Sammendrag", "Kort sammendrag", "Hovedpunkter", "Hovedbudskap", "Kort oppsummert", "Kort status",
        "Huvudpunkter", "Kort sammanfattning", "I korthet", "Hovedpunkter i dag", "Kort fortalt",
    ),
    K.SITUATION: (
        "Situasjonsbilde", "Situasjonen", "Situasjonen nå", "Nåsituasjon", "Status nå", "Situationen", "Situationen nu",
        "Lägesbild just nu", "Nuläge", "Situationsbillede", "Status lige nu",
    ),
    K.FIGURES: ("Nøkkeltall", "Nøgletal", "Nyckeltal", "Tall", "Tal", "I tall", "I tal", "I siffror"),
    K.FORECAST: ("Værprognose", "Værvarsel", "Værmelding", "Været", "Väderprognos", "Vädret", "Vejret", "Vejrprognose"),
    K.IMPACTS: (
        "Skadeomfang", "Skader", "Skador", "Konsekvenser", "Påvirkning", "Påverkan", "Påvirkning på innbyggerne",
    ),
    K.RESPONSE: (
        "Tiltak", "Gjennomførte tiltak", "Tiltag", "Iværksatte tiltag", "Indsats",
    ),
    K.WORKFORCE: (
        "Mannskap", "Mannskaper", "Personell", "Bemanning", "Bemanding", "Mandskab", "Ressurser og mannskap",
        "Innsatsstyrker", "Insatsstyrkor", "Personale", "Medarbejdere", "Ansatte", "Medarbetare",
    ),
    K.FINANCE: ("Utgifter", "Udgifter", "Kostnader og økonomi", "Ekonomi", "Budsjett", "Budget"),
    K.RISKS: (
        "Risikovurdering", "Risikoanalyse", "Riskbedömning", "Riskanalys", "Risikovurdering og tiltak",
        "Utfordringer", "Udfordringer", "Utmaningar", "Risiko og utfordringer", "Risici og udfordringer",
    ),
    K.COMMUNICATIONS: (
        "Informasjon til publikum", "Pressehåndtering", "Mediehåndtering", "Kommunikation",
        "Information til borgerne", "Information till allmänheten", "Kriskommunikation", "Krisekommunikasjon",
    ),
    K.RECOVERY: ("Gjenoppretting", "Gjenoppbygging", "Återuppbyggnad", "Återställning", "Genopretning"),
    K.NEXT_STEPS: (
        "Videre arbeid", "Det videre arbeidet", "Videre oppfølging", "Videre forløb", "Det videre arbejde",
        "Fortsatt arbete", "Det fortsatta arbetet", "Næste skridt", "Nästa steg", "Neste steg", "Plan videre",
        # the measures planned: "Planerade åtgärder", "Planlagte tiltag", "Planlagde tiltak"
        "Planerade åtgärder", "Planlagte tiltag", "Planlagde tiltak",
    ),
}  # fmt: skip
