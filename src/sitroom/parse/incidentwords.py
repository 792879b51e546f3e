"""Section names of an incident message and of a community group's own reports, for the vocabulary.

The JESIP METHANE message (ETHANE without its first part) sends a major incident's picture under seven
letters: "M – Major incident" (declared or not) and "T – Type of incident" are the situation, "H – Hazards"
the risks, "N – Number of casualties" the impacts, "E – Emergency services" the response; "E – Exact location"
and "A – Access" are where and how to get there, no section of a report's own. A flood group's wardens name
theirs plainly: "River levels", "Worries", "Sandbags and barriers", "Wardens", "Coming up". An incident status
summary counts "Evacuations and structures threatened" among the impacts, a Portuguese or Spanish civil
protection report its occurrences ("Ocorrências", "Incidencias"); a service that cannot run as usual
says what it does instead under "Contingency arrangements", and a forum's bulletin what its members do under
"Partner updates". A page written for the public says what it sees ("What we're seeing") and how it helps
("How we're helping", "Help and support", "Medical and welfare"); traffic and travel are what the public meets
of an incident; monitoring of the air or the water is its surveillance; the organisations represented at a
meeting are its attendees. Cooling centres and warm spaces are assistance, as are the care for people (UK
resilience's name for humanitarian assistance) and the support offered to students or residents; a French or
Spanish "Information à la population" is the communications; measures to control a disease, and the
deployments of a volunteer group, are the response; a radio net's "Next net" and a group's "Next call" are its
next steps. A water situation report's rainfall, river flows, groundwater and reservoir stocks are its
situation. Section words in Swedish, Norwegian, Danish and Polish: crisis communication and information to
residents, the description of the situation, the measures set in motion, the forces and means deployed ("Siły
i środki") and the next situation report. A letter to parents or residents says "What has happened" (the
situation) and "What this means for you" (the impacts); a rough sleeping cell's outreach teams are its
response; a humanitarian operation's plan and its sectors (shelter, water and sanitation, protection) are
its response, the description of the event its situation. What a writer is keeping an eye on is a risk it
sees; closures (of roads, schools, access land), damage and pollution are impacts; a programme's response,
the care of the population and the donations collected for it are its response and assistance. The section
words of Czech, Slovak and Danish situation reports are ``sitroom.parse.czechdanish``'s, those of Finnish and
Welsh ones ``sitroom.parse.finnishwelsh``'s.
"""

from __future__ import annotations

from sitroom.model import SectionKey
from sitroom.parse.amharicwords import AMHARIC
from sitroom.parse.czechdanish import CZECH_SLOVAK_DANISH
from sitroom.parse.easternwords import EASTERN
from sitroom.parse.eastslavicwords import EAST_SLAVIC
from sitroom.parse.farwords import FAR
from sitroom.parse.fijianfriulian import FIJIAN_FRIULIAN
from sitroom.parse.finnishwelsh import FINNISH_WELSH
from sitroom.parse.frisianwords import FRISIAN
from sitroom.parse.irishwords import IRISH
from sitroom.parse.islandwords import ISLANDS
from sitroom.parse.kabylechamorro import KABYLE_CHAMORRO
from sitroom.parse.kreolwords import KREOL
from sitroom.parse.kurmanjicorsoc import KURMANJI_CORSICAN_OCCITAN
from sitroom.parse.kyrgyzwords import KYRGYZ
from sitroom.parse.northsouthwords import NORTH_SOUTH
from sitroom.parse.nynorskcatalan import NYNORSK_CATALAN
from sitroom.parse.oceanwords import OCEAN
from sitroom.parse.oromowords import OROMO
from sitroom.parse.papiamentosinhala import PAPIAMENTO_SINHALA
from sitroom.parse.plainwords import PLAIN
from sitroom.parse.romanshtetum import ROMANSH_TETUM
from sitroom.parse.sahelpacificwords import SAHEL_PACIFIC
from sitroom.parse.sardosamiwords import SARDO_SAMI
from sitroom.parse.scandinavianwords import SCANDINAVIAN
from sitroom.parse.scriptwords import SCRIPTS
from sitroom.parse.servicewords import SERVICES
from sitroom.parse.soranikirundi import SORANI_KIRUNDI
from sitroom.parse.sothowords import SOTHO
from sitroom.parse.swatiwords import SWATI
from sitroom.parse.tajikwords import TAJIK
from sitroom.parse.tatarwords import TATAR
from sitroom.parse.thaanawords import DHIVEHI
from sitroom.parse.vernacularwords import VERNACULAR
from sitroom.parse.wideworldwords import WIDE_WORLD

K = SectionKey
METHANE_AND_PLAIN: dict[SectionKey, tuple[str, ...]] = {
    K.SITUATION: (
        "present situation", "the present situation",
        "major incident", "major incident declared", "type of incident", "river levels", "water levels",
        "what we are seeing", "what we have seen", "what has happened", "what happened",
        "situasjonsbeskrivelse", "situationsbeskrivning", "lagesbeskrivning", "situationsbeskrivelse", "sytuacja",
        "description of the event", "description of the incident", "description of the emergency",
        "description of the disaster", "balanco geral", "balance general",
    ),
    K.ASSISTANCE: (
        "customer welfare", "how we are helping", "help and support", "medical and welfare", "welfare centres",
        "rest centres",
        "cooling centres", "cooling centers", "warming centres", "warming centers", "warming shelters", "warm spaces",
        "warm hubs", "welfare", "community welfare",
        "welfare support", "alternative supplies", "alternative water supplies", "bottled water",
        "bottled water stations",
        # the humanitarian assistance of UK resilience ("Care for people"), and support offered to the people
        # an incident reaches: students, residents, a utility's customers and households, those affected
        "care for people", "caring for people", "support for people", "support for students", "support for residents",
        "support for communities", "support for those affected", "support for affected people",
        "support for customers", "support for households", "support for businesses", "passenger assistance",
        "assistance to passengers",
        # the care of the population (German), the donations collected for those affected (Portuguese, Spanish)
        "betreuung", "betreuung der bevolkerung", "doacoes", "donaciones",
        # the meals and food handed out while schools, homes or shops are shut
        "meals", "free meals", "school meals", "meal sites", "food distribution", "food parcels", "food banks",
        # the aid handed out ("Aid distributions"; "Distributions" alone is a whole heading, below)
        "aid distributions", "food distributions",
    ),
    K.SURVEILLANCE: ("air quality monitoring", "water quality monitoring", "environmental monitoring"),
    K.ATTENDEES: ("organisations represented", "organizations represented", "represented"),
    K.RISKS: (
        "hazards", "worries",
        # what a writer watches for is a risk it sees: "Things we're keeping an eye on", "Watch list"
        "keeping an eye on", "keep an eye on", "watch list", "watching brief", "things to watch",
        # what could stand in the way: "What could affect the reopening date", "What could delay the work"
        "could affect", "could change",
    ),
    K.IMPACTS: (
        "casualties", "number of casualties", "houses flooded", "homes flooded", "properties flooded",
        "evacuations", "evacuees", "evacuated", "structures threatened", "evacuazioni", "evacuaciones",
        "traffic and travel", "travel disruption", "travel and transport disruption", "closures", "road closures",
        # the incidents a Spanish emergency service attended: the calls and damage the event caused
        "incidencias", "incidencias registradas", "incidencias atendidas",
        "what this means", "what this means for you", "what it means", "what it means for you", "what does this mean",
        # the occurrences a Portuguese or Spanish civil protection counts: trees down, homes flooded, roads cut
        "ocorrencias", "ocorrencias registadas", "ocorrencias registradas",
        # the damage (German "Schadenlage", Italian "I danni"), the pollution an incident spreads and the shore it
        # reaches
        "schadenlage", "schadensbild", "danni", "danno", "pollution", "shoreline",
        # ... and what it means for the reader, asked in German and Dutch: "Was bedeutet das für Sie?"
        "was bedeutet das", "was bedeutet das fur sie", "wat betekent dit", "wat betekent dit voor u",
    ),
    K.RESPONSE: (
        "emergency services", "sandbags", "sandbagging", "flood barriers",
        "contingency arrangements", "contingency measures", "business continuity arrangements",
        "partner updates", "updates from partners", "partner agencies", "multi-agency partners",
        "control measures", "disease control measures", "mesures de controle", "medidas de control", "deployments",
        "iverksatte tiltak", "igangsatte tiltak", "iverksatte foranstaltninger",
        "outreach", "street outreach", "outreach teams",
        # a humanitarian operation's plan and the sectors it works in
        "operational plan", "shelter", "water sanitation and hygiene", "wash", "protection gender and inclusion",
        "food security", "programme response", "program response",
        # the response in Portuguese and Spanish: "Ações de resposta", "Acciones de respuesta"
        "acoes de resposta", "acciones de respuesta",
    ),
    K.WORKFORCE: (
        # the staff put to work (German "Personaleinsatz")
        "personaleinsatz", "einsatzkrafte",
        # the writer's own people and teams sent out: "Our people on the ground", "Response team"
        "men and machinery", "men and machinery deployed", "men and material",
        "our people on the ground", "our teams on the ground", "staff on the ground", "response team", "response teams",
        "wardens", "flood wardens", "sily i srodki", "staff welfare", "welfare of staff", "staff wellbeing",
        # the staff sent out: "Deployment of staff", "Deployment of personnel"
        "deployment of staff", "deployment of personnel", "staff deployed", "personnel deployed", "manpower",
        "manpower deployed", "manpower deployment", "humanitarian presence", "operational presence",
        # the people available and put to work, in Dutch: "Capaciteit en inzet", "Personele inzet"
        "capaciteit en inzet", "inzet en capaciteit", "personele capaciteit", "personele inzet",
    ),
    # the funds, in Spanish, Italian and Portuguese: "Fondos", "Raccolta fondi" (fundraising), "Fundos"
    K.FINANCE: ("fondos", "fondi", "fundos", "raccolta fondi", "recaudacion de fondos", "recolha de fundos"),
    # what the hazard will do next: "Volcanic activity outlook" (its activity now is the situation)
    K.FORECAST: (
        "activity outlook", "volcanic activity outlook", "seismic activity outlook", "fire activity outlook",
        "influenza activity outlook",
    ),
    # putting right what the incident broke: "Repairing the railway", "Repairs"
    K.RECOVERY: ("recovery progress", "progress with recovery", "repairs", "repair work", "repairing"),
    K.COMMUNICATIONS: (
        "information a la population", "information de la population", "informacion a la poblacion",
        "informacao a populacao", "informazione alla popolazione", "informazioni alla popolazione",
        "comunicazione alla popolazione", "orientacoes a populacao", "orientaciones a la poblacion",
        # Swedish, Norwegian, Danish and Polish
        "kriskommunikation", "krisekommunikasjon", "krisekommunikation", "informasjon til innbyggerne",
        "information till allmanheten", "information til borgerne", "informacja dla mieszkancow",
        # the channels a project or a network reports on: its lists and newsletters
        "mailing list", "mailing lists", "newsletter", "newsletters",
        # how the reader will hear more: "How we'll let you know", "Keeping you updated", "Stay informed"
        "let you know", "keep you informed", "keeping you informed", "keep you updated", "keeping you updated",
        "stay informed", "staying informed", "stay up to date", "how to stay informed", "how we will contact you",
    ),
    # what the reader can do, in Swedish: "Så kan du spara vatten" (how you can save water), "Så skyddar du dig"
    K.ADVICE: ("sa kan du", "sa skyddar du dig", "sa gor du", "det kan du gora"),
    # an event the report gives an account of: what happened at it is work done
    K.ACTIVITY: ("summit", "conference", "workshop", "site visit", "site visits"),
    K.ACTIONS: (
        "actuaciones", "actuaciones realizadas", "intervenciones realizadas", "podjete dzialania",
        # what users do while a system is down
        "workarounds", "workaround",
    ),
    K.NEXT_STEPS: (
        "coming up", "what next", "next net", "next call",
        # what comes next: "Próximas actuaciones", "Próximas acciones" (the next actions), "Det här händer framåt"
        # (what happens ahead)
        "proximas actuaciones", "proximas acciones", "proximas acoes", "prossime azioni", "prochaines actions",
        "det har hander framat", "hander framat", "framover",
        # the next report, in Swedish, Norwegian and Polish
        "nasta lagesbild", "neste situasjonsrapport", "nastepny raport",
        # how it goes on, asked in German and Dutch: "Wie geht es weiter?", "Hoe gaat het verder?"
        "wie geht es weiter", "hoe gaat het verder",
    ),
}  # fmt: skip

# Czech, Slovak, Danish, Finnish, Welsh, Irish, Nynorsk, Catalan and eastern European section words
# (``sitroom.parse.czechdanish``, ``.finnishwelsh``, ``.irishwords``, ``.nynorskcatalan``, ``.easternwords``,
# ``.farwords``, ``.northsouthwords``, ``.wideworldwords``, ``.islandwords``, ``.oceanwords``, ``.sothowords``,
# ``.scriptwords``, ``.amharicwords``, ``.frisianwords``, ``.tajikwords``, ``.oromowords``,
# ``.tatarwords``, ``.papiamentosinhala``)
for _key, _words in (
    *CZECH_SLOVAK_DANISH.items(),
    *FINNISH_WELSH.items(),
    *IRISH.items(),
    *NYNORSK_CATALAN.items(),
    *EASTERN.items(),
    *EAST_SLAVIC.items(),
    *KYRGYZ.items(),
    *AMHARIC.items(),
    *FRISIAN.items(),
    *TAJIK.items(),
    *OROMO.items(),
    *TATAR.items(),
    *SCANDINAVIAN.items(),
    *FAR.items(),
    *NORTH_SOUTH.items(),
    *WIDE_WORLD.items(),
    *ISLANDS.items(),
    *OCEAN.items(),
    *SOTHO.items(),
    *KURMANJI_CORSICAN_OCCITAN.items(),
    *SERVICES.items(),
    *SARDO_SAMI.items(),
    *SCRIPTS.items(),
    *ROMANSH_TETUM.items(),
    *PAPIAMENTO_SINHALA.items(),
    *KREOL.items(),
    *DHIVEHI.items(),
    *SWATI.items(),
    *SAHEL_PACIFIC.items(),
    *KABYLE_CHAMORRO.items(),
    *SORANI_KIRUNDI.items(),
    *FIJIAN_FRIULIAN.items(),
    *PLAIN.items(),
    *VERNACULAR.items(),
):
    METHANE_AND_PLAIN[_key] = METHANE_AND_PLAIN.get(_key, ()) + _words
# Words that name a section only as the whole heading, in the plural: "Houses" (the houses the water reached)
# but not "Elm House" or "Care homes"; "Next" but not "Next update 14:00".
WHOLE_HEADINGS: dict[str, SectionKey] = {
    # the risks with what is done about them, the risks first: the risks decide ("9. Risks and action taken"); as
    # whole headings only, so that "action" names no risk where a heading opens with it ("Actions and risks")
    "risks and action taken": K.RISKS,
    "risks and actions taken": K.RISKS,
    # the parts of an IIMARCH briefing (information, intent, method, administration, risk assessment,
    # communications, humanitarian issues), as police, fire and ambulance commanders set out a report
    "information": K.SITUATION,
    "method": K.RESPONSE,
    "administration": K.WORKFORCE,
    "humanitarian issues": K.IMPACTS,
    "houses": K.IMPACTS,
    "homes": K.IMPACTS,
    "properties": K.IMPACTS,
    "next": K.NEXT_STEPS,
    # the aid handed out; "Distribution" alone names whom a report goes to
    "distributions": K.ASSISTANCE,
    # what a water situation report measures, each the whole heading: "Rainfall forecast" is the forecast
    "rainfall": K.SITUATION,
    "river flows": K.SITUATION,
    "groundwater": K.SITUATION,
    "groundwater levels": K.SITUATION,
    "reservoir stocks": K.SITUATION,
    "reservoir levels": K.SITUATION,
    "soil moisture": K.SITUATION,
    "soil moisture deficit": K.SITUATION,
    # how to take part, as a project's or a network's report closes: not "Contributing factors"
    "contributing": K.CONTACT,
    "how to contribute": K.CONTACT,
    "get involved": K.CONTACT,
    "how to get involved": K.CONTACT,
}
