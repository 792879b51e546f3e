"""Section names of emergency services' and volunteer groups' own reports, for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

A German incident command plans its next operational period ("Planung nächste Einsatzperiode"); a Spanish or
Portuguese community group says what it has handed out ("Lo que hemos repartido", "Reparto de ayuda"); a Polish
volunteer fire brigade gives the most important information ("Najważniejsze informacje"), its firefighters
("Strażacy ochotnicy") and its planned actions ("Planowane działania", the next steps as "planned actions" are). A
utility names the help it gives its customers ("Customer service", "Atención al cliente") and what it invests
("Inversión"); a health office an outbreak's "Cases and deaths"; a transport operator the "Service disruption" a storm
causes; a police paper its "Future action".
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
SERVICES: dict[SectionKey, tuple[str, ...]] = {
    # the opening "general information" or "general picture" a note starts with: "Informație generală", "Γενική εικόνα"
    K.HIGHLIGHTS: (
        "najwazniejsze informacje", "najwazniejsze", "current situation highlights", "informatie generala",
        "informatii generale", "γενικη εικονα", "l essentiel", "lessentiel", "en bref",
        # ... and the situation "in brief": "Lage in Kürze", "Situation in brief"
        "lage in kurze", "situation in brief", "la situation en bref", "situacion en breve",
        # the main points: "Punti principali", "Points principaux", "Puntos principales", "Hauptpunkte"
        "punti principali", "points principaux", "principaux points", "puntos principales", "pontos principais",
        "hauptpunkte", "belangrijkste punten",
    ),
    # the weather as it is ("Weather conditions", "Weather situation") is the situation; its outlook is the forecast
    K.SITUATION: (
        "weather conditions", "weather situation", "weather and sea conditions", "weather and on scene conditions",
        "weather and flood situation", "meteorological situation", "hydrometeorological situation", "wetterlage",
        "hidrometeoroloska situacija", "meteoroloska situacija", "situation meteorologique", "situacion meteorologica",
        "lasitiasion meteo", "цаг агаарын байдал", "stand der analyse", "stand der ermittlungen", "aktueller stand",
        "tulaga o le tau",
 "conditiile meteorologice", "conditii meteorologice",
        "situatia meteorologica", "καιρικες συνθηκες", "condiciones del tiempo", "condiciones meteorologicas",
        "condiciones climaticas", "conditions meteorologiques", "situation pluviometrique",
    ),
    K.ASSISTANCE: (
        "lo que hemos repartido", "repartido", "reparto de ayuda", "ayuda repartida", "ayuda entregada",
        "o que distribuimos", "distribuicao de ajuda",
        # a utility's help to its customers: "Customer service", "Atención al cliente"
        "customer service", "customer care", "customer support", "atencion al cliente", "servicio al cliente",
        "atendimento ao cliente", "service client", "service a la clientele",
        # a service's help to the people a flood or a storm struck: "Appui aux populations", "Asistența acordată
        # populației"
        "appui aux populations", "appui a la population", "assistance aux populations", "asistenta acordata populatiei",
        "appui aux communautes", "apoyo a la comunidad", "apoio a comunidade", "apoio as comunidades",
        "atencio a la poblacio", "fesoasoani i aiga", "fesoasoani i tagata",
        # ... and a utility's or an agency's to the councils: "Appui aux municipalités", "Appui aux communes"
        "appui aux municipalites", "appui aux communes", "apoyo a los municipios", "apoio aos municipios",
        # a municipality's service to its residents: "Bürgerservice"
        "burgerservice", "buergerservice",
        # help for the people: "Aiuto alla popolazione"
        "aiuto", "aiuto alla popolazione",
    ),
    # an outbreak's toll: "Cases and deaths", "Deaths"
    K.IMPACTS: ("cases and deaths", "deaths", "casos y fallecimientos", "casos y defunciones", "cas et deces",
                # what an operator's outage or a storm stops: "Service disruption", "Disruptions"
                "disruption", "disruptions", "service disruption", "service disruptions", "service impacts"),
    # what a utility spends on its network: "Inversión", "Investment"
    # ... and where the money stands: "Situation financière", "Financial situation", "Situación financiera"
    K.FINANCE: ("cheltuieli", "cheltuieli suplimentare", "situation financiere", "financial situation",
                "situacion financiera", "situacao financeira", "situazione finanziaria", "situatia financiara",
                "inversion", "inversiones", "investment", "investments", "investimento", "investissements",
                # "Aspects financiers", "Volet financier"
                "aspects financiers", "volet financier", "aspectos financieros", "aspetti finanziari"),
    # the crews a service puts out: "Our firefighters", "Fire crews", "Resources on scene"
    K.WORKFORCE: ("mitjans humans i materials", "mitjans humans",
                  "strazacy", "strazacy ochotnicy", "ochotnicy", "personel", "pracownicy", "firefighters",
                  "fire crews", "crews", "resources on scene", "resources deployed", "resources committed"),
    K.NEXT_STEPS: (
        "nachste einsatzperiode", "nachster einsatzabschnitt", "nachste einsatzphase", "planowane dzialania",
        "dalsze dzialania", "future action", "future actions", "future plans", "actiuni planificate",
        # the actions "to follow": "Acciones a seguir", "Pasos a seguir", "Medidas a adoptar"
        "acciones a seguir", "pasos a seguir", "medidas a seguir", "acciones a tomar", "medidas a adoptar",
        "acoes a seguir", "actions a suivre", "mesures a prendre",
        "masuri planificate", "activitati planificate",
    ),
}  # fmt: skip
