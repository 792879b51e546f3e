"""A heading's canonical section key from a vocabulary of phrases ("Défis", "Risk register": risks; "Costs": finance).
Phrases in English, French, Spanish, German, Portuguese, Italian, Dutch, Polish, Swedish, Danish and the languages of
``sitroom.parse.incidentwords`` (those written without spaces: ``sitroom.parse.spaceless``) are compared without
accents, case, numbering or plural endings ("ß" as "ss", "ł" as "l", Arabic and Persian letters written for one another
as one: ``heading_words.UNACCENTED``); a question means what its other words mean. The longest phrase found decides
("Risk communication" is about communications); the confidence says how much of the heading the phrase explains.
"""

from __future__ import annotations

from functools import lru_cache

from sitroom.model import SectionKey
from sitroom.parse.bilingual import either_half
from sitroom.parse.cognates import kin_words
from sitroom.parse.foldwords import NUMBERING, fold, framed_topic, meaning_words
from sitroom.parse.heading_words import FILLER
from sitroom.parse.incidentwords import METHANE_AND_PLAIN, WHOLE_HEADINGS  # METHANE, a flood group's names
from sitroom.parse.spaceless import classify_spaceless

K = SectionKey
PHRASES: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "highlights", "key highlights", "summary", "executive summary", "key points", "headlines",
        "key updates", "key weekly updates", "at a glance", "main points", "situation highlights",
        "key findings", "main findings", "summary of findings", "snapshot", "situation snapshot",
        "principaux constats", "hallazgos clave", "what changed", "what has changed", "what is new",
        "points saillants", "faits saillants", "resume", "synthese", "en bref", "messages importants",
        "aspectos destacados", "puntos clave", "resumen", "resumen ejecutivo", "lo mas destacado", "kernpunkte",
        "key messages", "messages cles", "mensajes clave", "points cles", "points clefs", "pontos chave",
        "zusammenfassung", "kurzfassung", "das wichtigste", "auf einen blick", "kernaussagen", "kernbotschaften",
        "destaques", "resumo", "resumo executivo", "pontos principais", "mensagens principais",
        "sintesi", "riepilogo", "punti salienti", "in evidenza", "in breve", "messaggi chiave", "punti chiave",
        # Dutch, Polish, Swedish and Danish (core words)
        "samenvatting", "hoofdpunten", "in het kort", "kernboodschappen", "podsumowanie", "sammanfattning",
        "sammenfatning", "kernboodschap", "hoogtepunten", "situation highlights",
    ),
    K.SITUATION: (
        "situation", "current situation", "situation overview", "current position", "position statement", "overview",
        # a hazard's own activity is how it behaves, not work done on it
        "volcanic activity", "seismic activity", "eruptive activity", "influenza activity", "flu activity",
        "virus activity", "fire activity", "activite volcanique", "activite sismique", "actividad volcanica",
        "actividad sismica", "conditions", "condition",
        "epidemiological situation", "global overview", "global epidemiological situation", "situation update",
        "state of play", "situation actuelle", "situation epidemiologique", "apercu", "etat des lieux", "situacion",
        "situacion actual", "situacion epidemiologica", "panorama", "epidemiological summary", "epidemiology",
        "lage", "aktuelle lage", "lagebild", "lagedarstellung", "lageuberblick", "sachstand", "uberblick", "ubersicht",
        "situacao", "situacao atual", "ponto de situacao", "situazione", "situazione attuale", "quadro generale",
        "panoramica", "latest picture", "current picture", "overall picture", "the picture", "picture",
        "where we are", "where we are now", "where things stand", "where things are at", "operational position",
        "service status", "what we know", "what we know so far",
        "position", "incident position", "latest position", "overall position",
        "status", "system status", "systems status", "status of systems", "status of services",
        "what is happening", "what s happening", "algemeen", "beeld",
        # Dutch, Polish, Swedish and Danish (core words)
        "situatie", "huidige situatie", "situatiebeeld", "stand van zaken", "sytuacja", "aktualna sytuacja",
        "lagesbild", "laget", "timeline", "incident timeline", "chronology", "current conditions",
        # the situation where it happens: "Situation in the affected region"
        "situation in the affected region", "situation in the affected area", "situation in the region",
    ),
    K.BACKGROUND: (
        "background", "context", "introduction", "about", "contexte", "historique", "rappel",
        "antecedentes", "contexto", "introduccion",
        "hintergrund", "einleitung", "kontext", "enquadramento", "introducao", "contesto", "premessa", "introduzione",
        # Dutch, Polish, Swedish and Danish (core words)
        "achtergrond", "inleiding", "wprowadzenie", "bakgrund", "baggrund",
    ),
    K.FIGURES: (
        "situation in numbers", "in numbers", "statistics", "summary statistics", "key figures", "figures",
        "numbers", "data", "indicators", "key indicators", "chiffres", "chiffres cles", "en chiffres",
        "statistiques", "indicateurs", "donnees", "cifras", "cifras clave", "datos", "estadisticas", "indicadores",
        "zahlen", "kennzahlen", "in zahlen", "statistik", "daten", "numeros", "em numeros", "dados", "estatisticas",
        "numeri", "in cifre", "dati", "statistiche", "indicatori",
        # Dutch, Polish, Swedish and Danish (core words)
        "cijfers", "kerncijfers", "in cijfers", "statistieken", "gegevens", "statystyki", "siffror",
    ),
    K.AREAS: (
        "situation by region", "by region", "by district", "by province", "by country", "regional updates",
        "regions", "districts", "provinces", "countries", "field offices", "situational reports",
        "par region", "par province", "par pays", "regions sanitaires", "por region", "por comunidad",
        "por provincia", "por pais", "comunidades autonomas",
        "nach regionen", "regionen", "bezirke", "landkreise", "por regiao", "regioes", "per regione", "regioni",
    ),
    K.ACTIVITY: (
        "activity", "activities", "key activity", "key activities", "key activity headlines", "key developments",
        "latest developments", "service update", "service updates", "latest activity", "what we have done",
        "accomplishments", "achievements", "progress", "progress update", "work", "work done", "work completed",
        "developments", "updates",
        "status", "status update", "operational update", "activites", "activites realisees", "realisations", "progres",
        "avancement", "actividades", "actividades realizadas", "avances", "logros", "progreso",
        "service delivery", "delivery", "what we are doing", "what we did", "what we ve done",
        "what we have been doing", "news", "latest news", "service news", "news in brief", "what happening",
        "significant events",
        "aktivitaten", "tatigkeiten", "fortschritt", "atividades", "progresso", "attivita", "progressi", "avanzamento",
        # Dutch, Polish, Swedish and Danish (core words)
        "activiteiten", "werkzaamheden", "voortgang", "dzialania", "aktiviteter", "verksamhet",
    ),
    K.ACTIONS: (
        "actions", "action items", "action plan", "actions to date", "actions taken", "key actions", "to do",
        "todo", "tasks", "follow up", "follow up actions", "actions menees", "mesures", "mesures prises",
        "suivi", "acciones", "acciones realizadas", "tareas", "medidas", "medidas adoptadas", "seguimiento",
        "aufgaben", "acoes", "tarefas", "azioni", "compiti",
        "getroffene massnahmen", "ergriffene massnahmen", "durchgefuhrte massnahmen",
        # Dutch, Polish, Swedish and Danish (core words)
        "acties", "actiepunten", "atgarder", "handlinger", "vervolgacties",
    ),
    K.RESPONSE: (
        "response", "public health response", "response actions", "preparedness", "preparedness and response",
        "interventions", "coordination", "operations", "response activities", "reponse", "riposte",
        "interventions realisees", "preparation et reponse", "respuesta", "preparacion y respuesta",
        "intervenciones", "coordinacion", "vaccination", "immunisation", "immunization",
        "massnahmen", "einsatzmassnahmen", "koordination", "resposta", "coordenacao",
        "risposta", "interventi", "misure adottate", "coordinamento", "moyens", "medios", "meios", "mezzi",
        "field operations", "field teams", "field engineering", "snow clearance", "gritting and snow clearance",
        "fire and rescue", "police", "brandweer", "politie", "feuerwehr", "polizei",
        # Dutch, Polish, Swedish and Danish (core words)
        "inzet", "respons", "maatregelen", "genomen maatregelen", "coordinatie", "reagowanie", "insatser", "indsats",
    ),
    K.SURVEILLANCE: (
        "surveillance", "contact tracing", "laboratory", "case management", "surveillance epidemiologique",
        "sampling", "sampling and testing", "testing and sampling", "water quality testing", "water testing",
        "laboratoire", "vigilancia", "vigilancia epidemiologica", "laboratorio",
        "uberwachung", "labor", "sorveglianza",
        # a hazard's monitoring: "Monitoring", "Monitorização", "Monitoreo", "Monitoraggio"
        "monitoring", "monitorizacao", "monitoramento", "monitoreo", "monitoraggio", "monitorage",
    ),
    K.ASSISTANCE: (
        "assistance", "assistance provided", "services provided", "relief", "support provided", "aide",
        "support for", "support to", "welfare support", "support", "apoyo", "apoyo a la poblacion", "apoio a populacao",
        "assistance fournie", "aide humanitaire", "asistencia", "ayuda", "asistencia prestada",
        "hilfe", "unterstutzung", "hilfeleistung", "assistencia", "apoio", "assistenza", "aiuti", "sostegno",
        "ajuda", "ajuda humanitaria", "assistencia humanitaria", "atencion a", "atendimento a",
        # Dutch, Polish, Swedish and Danish (core words)
        "hulp", "hulpverlening", "ondersteuning", "pomoc", "stod", "stotte",
        "bevolkingszorg",
    ),
    K.IMPACTS: (
        "impacts", "impact", "impacts on communities", "consequences", "effects", "affected", "people affected",
        "losses", "losses and damage", "damage and losses", "loss and damage",
        "vulnerable people", "impacto", "efectos", "afectaciones", "afectacion", "afecciones", "damage", "damages",
        "danos", "dommages", "degats", "schaden", "auswirkungen", "folgen", "betroffene", "impactos", "efeitos",
        "consequencias", "impatto", "effetti", "conseguenze", "on the ground",
        "passengers", "passenger impact", "customers", "customer impact", "impact on customers",
        "injured", "properties affected", "homes affected", "lifelines", "status of lifelines",
        # Dutch, Polish, Swedish and Danish (core words)
        "gevolgen", "effecten", "getroffenen", "skutki", "konsekvenser",
    ),
    K.FORECAST: (
        "forecast", "outlook", "weather", "meteorology", "meteorological outlook", "weather concerns",
        "weather and flood forecast", "previsions", "meteo", "pronostico",
        "prognose", "wetterprognose", "vorhersage", "wettervorhersage", "wetter", "previsao",
        "previsao do tempo", "meteorologia", "previsione", "previsioni", "previsioni meteo",
        # Dutch, Polish, Swedish and Danish (core words)
        "weersverwachting", "verwachting", "vooruitzichten", "weer", "prognoza", "prognos", "vejrudsigt",
    ),
    K.RISKS: (
        "risks", "risk", "risk register", "risk log", "risks and issues", "risks and challenges", "challenges",
        "key challenges", "critical challenges", "issues", "key issues", "open issues", "issues and concerns",
        "concerns", "gaps", "gaps and challenges", "constraints", "blockers", "problems", "risk assessment",
        "pressures", "service pressures", "demand pressures", "areas of concern", "threats", "risks and mitigations",
        "risks and measures", "points de vigilance", "point de vigilance", "points d attention", "risques et mesures",
        "puntos de atencion", "riesgos y medidas", "pontos de atencao", "riscos e medidas", "punti di attenzione",
        "rischi e misure",
        "hazard", "gefahren", "gefahrenlage", "gevaren",
        "defis", "risques", "difficultes", "contraintes", "problemes", "lacunes", "preoccupations",
        "evaluation des risques", "defis et contraintes", "riesgos", "desafios", "retos", "problemas", "dificultades",
        "evaluacion del riesgo", "limitaciones", "brechas",
        "risiken", "risiko", "risikobewertung", "herausforderungen", "probleme", "engpasse", "riscos", "risco",
        "constrangimentos", "rischi", "rischio", "criticita", "sfide", "problemi", "valutazione del rischio",
        # Dutch, Polish, Swedish and Danish (core words)
        "risico", "risicos", "uitdagingen", "knelpunten", "problemen", "aandachtspunten", "risicoanalyse", "ryzyka",
        "ryzyko", "zagrozenia", "risker", "risici", "risikoer", "could go wrong", "could slow", "could delay",
    ),
    K.WORKFORCE: (
        "workforce", "staffing", "staff", "our staff", "personnel", "human resources", "workforce update",
        "dotacion", "dotacion de personal", "equipes em campo", "equipes", "efetivo", "equipos en terreno",
        "support for staff", "support to staff", "staffing update", "staff absence", "effectifs",
        "ressources humaines", "personnel de sante", "personal", "recursos humanos", "plantilla",
        "people", "our people", "our members", "hr", "volunteers", "responders", "crewing", "crews", "teams",
        # "Resources", "Resources engaged": in a response, the people and equipment committed to it
        "resources", "resources assigned", "resources committed", "resources engaged", "resourcing",
        "resources deployed", "staff resources", "moyens humains", "recursos", "ressources",
        # ... as French, Spanish, Portuguese and Italian name them: "Moyens engagés", "Medios desplegados"
        "moyens engages", "moyens deployes", "moyens mobilises", "medios desplegados", "medios movilizados",
        "meios empenhados", "meios mobilizados", "mezzi impiegati",
        "medios humanos", "meios humanos",
        "eingesetzte krafte", "einsatzkrafte", "krafte", "inzet personeel",
        # staff who cannot reach their workplace: "If you can't get to work", "Getting to work"
        "get to work", "getting to work", "travel to work", "travelling to work", "getting into work",
        "personalsituation", "mitarbeitende", "mitarbeiter", "beschaftigte", "pessoal",
        "trabalhadores", "personale", "risorse umane",
        # Dutch, Polish, Swedish and Danish (core words)
        "personeel", "medewerkers", "personeelsbezetting", "bezetting", "kadry", "personalen", "medarbetare",
        "medarbejdere",
        "volontariato", "volontari", "voluntariado", "voluntarios", "benevoles", "benevolat", "freiwillige",
        "ehrenamtliche", "vrijwilligers",
    ),
    K.FINANCE: (
        "finance", "financial", "financial impact", "costs", "cost", "budget", "funding", "expenditure", "spending",
        "financial update", "finances", "spend", "spend and income", "income", "financial position", "money",
        "economic impact", "impacto economico", "impact economique", "impacto financiero", "impatto economico",
        "impact financier", "impacts financiers", "impatto finanziario", "recursos financeiros", "recursos financieros",
        "impacto financeiro", "wirtschaftliche auswirkungen", "estimated costs", "costs to date",
        "estimated costs to date", "couts", "financement", "depenses", "finanzas", "financiacion", "financiamiento",
        "costes", "costos", "presupuesto", "gastos", "finanzen", "kosten", "finanzielle auswirkungen", "haushalt",
        "financas", "custos", "orcamento", "finanze", "costi", "bilancio", "spese",
        # Dutch, Polish, Swedish and Danish (core words)
        "financien", "begroting", "uitgaven", "financiele gevolgen", "finanse", "koszty", "ekonomi", "okonomi",
        "kostnader", "omkostninger",
        # what the response or the recovery costs: the costs decide, not the work they are spent on
        "response costs", "recovery costs", "incident costs", "emergency costs", "operational costs",
        # the money given or spent: "Donations and grants", "Appeal", "Recursos erogados" (in Mexico)
        "donations", "grants", "donations and grants", "fundraising", "funds raised", "recursos erogados", "erogacion",
    ),
    K.RECOVERY: (
        "recovery", "recovery activity", "recovery planning", "recovery plans", "recovery operations",
        "continuity and recovery", "business continuity and recovery", "restoring", "restoring supplies",
        "restoring services", "restoration", "recovery and clean up", "clean up",
        "relevement", "retablissement", "reprise", "recuperation", "recuperacion", "reconstruccion",
        "back to normal", "return to normal", "restart", "wiederherstellung", "wiederaufbau", "normalisierung",
        "recuperacao", "reconstrucao", "retoma", "ripresa", "ripristino", "recupero", "ricostruzione",
        # Dutch, Polish, Swedish and Danish (core words)
        "herstel", "wederopbouw", "odbudowa", "aterstallning", "genopretning",
    ),
    K.COMMUNICATIONS: (
        "communications", "communication", "comms", "media", "public information", "public information and media",
        "public info", "customer information", "customer info", "information for customers",
        "passenger information", "passenger info", "information for passengers", "public awareness",
        "warnung und information der bevolkerung", "information der bevolkerung", "warning the public",
        "messages", "press", "messaging", "public messaging", "engagement", "risk communication",
        "public notification", "community notification", "notifications", "public alerting", "alerts and warnings",
        "key messages to the public", "warning and informing", "keeping people informed", "keeping residents informed",
        "informing the public", "information du public", "informacion publica", "communication des risques",
        "presse", "comunicacion", "comunicaciones", "comunicacion de riesgos", "prensa", "keeping informed",
        "getting the word out", "spreading the word", "keeping you informed",
        "kommunikation", "offentlichkeitsarbeit", "medien", "risikokommunikation", "pressearbeit",
        "comunicacao", "imprensa", "comunicacao de risco", "comunicazione", "stampa", "comunicazione del rischio",
        # Dutch, Polish, Swedish and Danish (core words)
        "communicatie", "voorlichting", "pers", "risicocommunicatie", "komunikacja", "kommunikation",
    ),
    K.ADVICE: (
        "advice", "recommendations", "advice for the public", "recommendations and advice", "who advice", "advisory",
        "what residents should do", "what you should do", "what you need to do", "what to do",
        "recommandations", "conseils", "recomendaciones", "consejos",
        "empfehlungen", "hinweise", "recomendacoes", "conselhos", "raccomandazioni", "consigli",
        # Dutch, Polish, Swedish and Danish (core words)
        "advies", "adviezen", "aanbevelingen", "zalecenia", "rekommendationer", "anbefalinger",
    ),
    K.GUIDANCE: (
        "guidance", "technical guidance", "useful resources", "further resources", "additional resources",
        "resources for", "further information", "more information", "useful links",
        "documentation", "technical focus", "orientations", "pour en savoir plus", "orientaciones", "ressources utiles",
        "recursos utiles", "mas informacion", "weitere informationen", "mais informacoes", "ulteriori informazioni",
        # Dutch, Polish, Swedish and Danish (core words)
        "meer informatie", "richtlijnen",
    ),
    K.DECISIONS: (
        "decisions", "decisions made", "agreed", "resolutions", "decisions prises", "decisiones", "acuerdos",
        "beschlusse", "entscheidungen", "decisoes", "decisioni",
        # Dutch, Polish, Swedish and Danish (core words)
        "besluiten", "besluitenlijst", "decyzje", "beslut", "beslutninger",
    ),
    K.NEXT_STEPS: (
        "next steps", "next meeting", "way forward", "milestones", "upcoming", "plans", "planned activities",
        "future steps", "upcoming milestones", "looking ahead", "forward look", "look ahead", "coming weeks",
        "planned actions", "next operational period", "next period", "planned for next period", "next hours",
        "next actions", "intentions", "coming days", "tomorrow", "next 24 hours",
        "what s next", "what is next", "weiteres vorgehen", "vervolg", "vervolgstappen",
        "prochaines etapes", "prochaine reunion", "perspectives", "proximos pasos", "proxima reunion",
        "siguientes pasos", "perspectivas", "encaminhamentos", "proximas acoes",
        "nachste schritte", "weitere schritte", "further steps", "nachste sitzung", "proximos passos",
        "prossimi passi", "prossima riunione",
        # Dutch, Polish, Swedish and Danish (core words)
        "volgende stappen", "vervolgstappen", "volgende vergadering", "nastepne kroki", "nasta steg", "naeste skridt",
        "dates for your diary", "diary dates", "key dates", "next updates", "next update", "prossimi aggiornamenti",
        "prossimo aggiornamento", "prochaines mises a jour", "proximas actualizaciones",
    ),
    K.ATTENDEES: (
        "attendees", "attendance", "present", "participants", "members", "team members", "apologies",
        "presents", "membres", "asistentes", "participantes", "miembros",
        "teilnehmende", "teilnehmer", "anwesend", "presentes", "partecipanti", "presenti",
        # Dutch, Polish, Swedish and Danish (core words)
        "aanwezigen", "aanwezig", "deelnemers", "obecni", "uczestnicy", "deltagare", "deltagere", "narvarande",
    ),
    K.CONTACT: (
        "contact", "contacts", "contact us", "contact information", "get in touch", "getting in touch", "contacto",
        "contactos", "nous contacter", "media contacts", "media contact", "press contacts", "press contact",
        "kontakt", "ansprechpartner", "contato", "contatti", "contatto", "contactgegevens", "yhteyshenkilot",
    ),
    K.ANNEX: (
        "annex", "annexes", "appendix", "appendices", "photos", "photo documentation", "references",
        "attachments", "annexe", "pieces jointes", "references bibliographiques", "anexo", "anexos", "referencias",
        "anhang", "anlage", "anlagen", "allegato", "allegati",
        # Dutch, Polish, Swedish and Danish (core words)
        "bijlage", "bijlagen", "zalacznik", "zalaczniki", "bilaga", "bilagor", "bilag",
    ),
}  # fmt: skip

for _key, _more in METHANE_AND_PLAIN.items():
    PHRASES[_key] += _more

# Longer than this (in meaningful words), a line is a sentence, not a heading with one meaning.
MAX_WORDS = 6
# ... unless it opens with its topic ("Accomplishments for the week, and which members took part").
MAX_LEADING_WORDS = 8
# How sure a phrase is that opens the heading's meaningful words, or that closes them.
LEAD_CONFIDENCE = 0.75
TAIL_CONFIDENCE = 0.72
# Below this, the phrase explains too little of the heading to name its meaning.
MIN_CONFIDENCE = 0.7


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[tuple[str, ...], SectionKey], ...]:
    out = [(meaning_words(p), key) for key, phrases in PHRASES.items() for p in phrases]
    # Longest first: the most specific phrase decides.
    return tuple(sorted(out, key=lambda pk: -len(pk[0])))


@lru_cache(maxsize=1)
def _key_words() -> dict[SectionKey, frozenset[str]]:
    """Every word of every phrase of a key: "issues, problems or concerns" speaks of risks throughout."""
    return {key: frozenset(w for p in phrases for w in meaning_words(p)) - FILLER for key, phrases in PHRASES.items()}


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[int, ...]]:
    """The places in ``_phrases()`` of the phrases each word opens: a heading is tried only on those it can hold."""
    index: dict[str, list[int]] = {}
    for place, (phrase, _) in enumerate(_phrases()):
        index.setdefault(phrase[0], []).append(place)
    return {word: tuple(places) for word, places in index.items()}


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """The phrase's words appear in the heading in order, each one a whole word."""
    it = iter(words)
    return all(any(w == p for w in it) for p in phrase)


@lru_cache(maxsize=4096)
def classify_heading(heading: str) -> tuple[SectionKey | None, float]:
    """The key a heading stands for and a confidence in 0..1, or (None, 0.0).

    Every phrase found in the heading is weighed; the most confident wins, the longer phrase on a tie, then the
    one the heading opens with ("Risks and actions" lists risks, with what is done about them). A heading that
    frames a topic ("Risk summary") means what its topic means; one in two languages what either half means.
    """
    if (spaceless := classify_spaceless(heading)) is not None:  # Chinese, Thai, Tamil …: names inside the letters
        return spaceless
    if (whole := WHOLE_HEADINGS.get(fold(NUMBERING.sub("", heading.strip())))) is not None:
        return whole, 1.0
    if (half := either_half(heading, classify_heading)) is not None:
        return half
    topic = framed_topic(heading)
    if topic:
        key, confidence = classify_heading(topic)
        if key is not None:
            return key, confidence
    words = meaning_words(heading)
    key, confidence = _by_phrases(words)
    if key is None and (kin := kin_words(words, _vocabulary_words())) is not None:
        # a neighbour language's word ("Sytuacjô"), less surely, leading the heading (not ending a name on it)
        key, confidence = _by_phrases(kin)
        key, confidence = (key, MIN_CONFIDENCE) if confidence >= LEAD_CONFIDENCE else (None, 0.0)
    return key, confidence


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    return frozenset(w for phrase, _ in _phrases() for w in phrase) - FILLER


def _by_phrases(words: tuple[str, ...]) -> tuple[SectionKey | None, float]:
    meaningful = [w for w in words if w not in FILLER and not w.isdigit()]
    if not words or len(meaningful) > MAX_LEADING_WORDS:
        return None, 0.0
    best: tuple[float, int, bool, SectionKey | None] = (0.0, 0, False, None)
    phrases, index = _phrases(), _by_first_word()
    for place in sorted({p for w in set(words) for p in index.get(w, ())}):
        phrase, key = phrases[place]
        leads = bool(meaningful) and meaningful[0] in phrase
        if (len(meaningful) > MAX_WORDS and not leads) or not _contains(words, phrase):
            continue
        vocabulary = _key_words()[key]
        covered = sum(1 for w in meaningful if w in phrase or w in vocabulary)
        confidence = 0.5 + 0.5 * (covered / len(meaningful) if meaningful else 1.0)
        if leads:
            # Headings lead with their topic: "Accomplishments for the week, and who took part".
            confidence = max(confidence, LEAD_CONFIDENCE)
        elif len(meaningful) <= MAX_WORDS and meaningful[-1:] == list(phrase[-1:]):
            # ... or end with it after words saying whose or where ("Met Éireann forecast", "Kent County
            # impacts"); less surely, as a status may follow a label ("Staffing: some concerns").
            confidence = max(confidence, TAIL_CONFIDENCE)
        candidate = (round(confidence, 2), len(phrase), leads, key)
        if candidate[:3] > best[:3]:
            best = candidate
    confidence, _, _, key = best
    return (key, confidence) if key is not None and confidence >= MIN_CONFIDENCE else (None, 0.0)
