"""Item ideas of four ``blind70_layouts`` publishers on coasts and islands: the municipal civil protection
commissions of El Salvador in a tropical storm (Spanish), the communes of Martinique in an epidemic of dengue
(French), the parish councils of Madeira in a storm that brings down slopes and floods the ribeiras (Portuguese), and
the district disaster management committees of Grenada after a hurricane (English) (``blind5_layouts_content``
explains the slots). ``blind70_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's conventions. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

SV_LEVELS = ("en monitoreo", "en aumento", "alto", "muy alto")
MQ_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
PT_LEVELS = ("em vigilância", "a aumentar", "elevado", "muito elevado")
GD_LEVELS = ("being monitored", "rising", "high", "very high")
NB = "\u00a0"

TORMENTA = Partner(
    "sv-municipal-civil-protection-storm",
    "Tormenta tropical",
    ("Comisión Municipal de Protección Civil de La Libertad Costa",
     "Comisión Municipal de Protección Civil de Sonsonate Oeste",
     "Comisión Municipal de Protección Civil de Usulután Este",
     "Comisión Municipal de Protección Civil de La Paz Centro"),
    {},
    {
        "hl": [
            it("Las lluvias de la tormenta tropical que comenzaron el {inicio} han provocado inundaciones y "
               "deslizamientos en varias comunidades del municipio", inicio="date -2 -2"),
            it("Familias afectadas: {fam}{fam.was}", fam="n 10 900"),
        ],
        "sit": [
            it("El Ministerio de Medio Ambiente mantiene la alerta roja por lluvias para las próximas 48 horas"),
            it("Lluvia acumulada en el pluviómetro de la alcaldía (mm): {mm}{mm.was}", mm="n 50 400"),
        ],
        "imp": [
            it("Viviendas dañadas: {viv}{viv.was}", viv="n 1 200"),
            it("Personas lesionadas atendidas en la unidad de salud: {les}{les.was}", les="n 1 30"),
        ],
        "ta": [
            it("Deslizamientos reportados en calles y cerca de viviendas: {desl}{desl.was}", desl="n 1 40"),
            it("El río se desbordó en la parte baja del municipio y la zona costera sigue inundada"),
        ],
        "tb": [
            it("La carretera del Litoral tiene paso a un carril por derrumbes"),
            it("Comunidades sin servicio de agua potable: {sinagua}{sinagua.was}", sinagua="n 1 30"),
        ],
        "help": [
            it("Personas en albergues habilitados por la alcaldía: {alb}{alb.was}", alb="n 20 1500"),
            it("Se entregaron paquetes alimentarios, colchonetas y kits de higiene en los albergues"),
        ],
        "staff": [
            it("Personal de la alcaldía, Cruz Roja y Comandos de Salvamento en el terreno: {pers}{pers.was}",
               pers="n 10 200"),
            it("El Cuerpo de Bomberos apoyó las evacuaciones en la zona costera"),
        ],
        "money": [
            it("Gastos de la alcaldía en la emergencia a la fecha: {gasto}", gasto="cum 5 60"),
            it("Se solicitó un apoyo de {apoyo} para láminas y materiales de construcción", apoyo="money 20 900"),
        ],
        "risks": [
            risk("Riesgo de nuevos deslizamientos en las laderas saturadas: {trend}", levels=SV_LEVELS,
                 mit=("evacuación preventiva de las familias que viven en zonas de riesgo",)),
            risk("Riesgo de enfermedades en los albergues por el hacinamiento: {trend}", levels=SV_LEVELS,
                 mit=("el Ministerio de Salud instaló un puesto médico en cada albergue",)),
            risk("Comunidades incomunicadas si cae el puente sobre el río",
                 mit=("se coordinó con la Fuerza Armada el uso de lanchas para llevar víveres",)),
        ],
        "next": [
            it("Evaluación de daños en viviendas a más tardar el {evalua}", evalua="date 1 4"),
            it("El próximo reporte se enviará el {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DENGUE = Partner(
    "mq-commune-dengue",
    "Dengue",
    ("Ville du Lamentin", "Ville du Robert", "Ville de Sainte-Marie", "Ville du François"),
    {},
    {
        "hl": [
            it("L'épidémie de dengue déclarée par l'ARS le {decl} continue de progresser sur le territoire de la "
               "commune", decl="date -30 -30"),
            it(f"Cas évocateurs signalés par les médecins de la commune{NB}: {{cas}}{{cas.was}}", cas="n 10 400"),
        ],
        "sit": [
            it("Santé publique France signale une circulation active du virus dans tous les quartiers"),
            it(f"Passages aux urgences du CHU pour dengue dans la semaine{NB}: {{urg}}{{urg.was}}", urg="n 5 120"),
        ],
        "imp": [
            it(f"Hospitalisations d'habitants de la commune{NB}: {{hosp}}{{hosp.was}}", hosp="n 1 30"),
            it(f"Agents communaux en arrêt maladie pour dengue{NB}: {{arret}}{{arret.was}}", arret="n 1 25"),
        ],
        "ta": [
            it(f"Gîtes larvaires détruits lors des visites à domicile{NB}: {{gites}}{{gites.was}}", gites="n 20 900"),
            it("Les agents de lutte antivectorielle ont traité les quartiers les plus touchés en début de soirée"),
        ],
        "tb": [
            it("Les gouttières et les soucoupes de pots de fleurs ont été vidées dans toutes les écoles de la commune"),
            it(f"Cimetières nettoyés et contrôlés{NB}: {{cim}}{{cim.was}}", cim="n 1 6"),
        ],
        "help": [
            it("Des moustiquaires et des répulsifs ont été remis aux femmes enceintes et aux personnes âgées"),
            it(f"Foyers visités par les ambassadeurs de prévention{NB}: {{foyers}}{{foyers.was}}", foyers="n 50 2000"),
        ],
        "staff": [
            it(f"Agents communaux mobilisés pour le ramassage des encombrants{NB}: {{agents}}{{agents.was}}",
               agents="n 5 80"),
            it("Les jeunes du service civique accompagnent les agents dans les visites de quartier"),
        ],
        "money": [
            it(f"Dépenses de la commune depuis le début de l'épidémie{NB}: {{dep}}", dep="cum 5 60"),
            it("La commune a sollicité {sub} auprès de l'ARS pour la collecte des déchets verts", sub="money 10 300"),
        ],
        "risks": [
            risk(f"Risque de formes graves chez les personnes âgées isolées{NB}: {{trend}}", levels=MQ_LEVELS,
                 mit=("le CCAS appelle chaque jour les personnes inscrites sur le registre des personnes fragiles",)),
            risk(f"Risque de prolifération des moustiques après les fortes pluies annoncées{NB}: {{trend}}",
                 levels=MQ_LEVELS, mit=("ramassage des encombrants et des pneus usagés dans chaque quartier",)),
            risk("Dépôts sauvages de déchets dans les ravines",
                 mit=("contrôles renforcés de la police municipale",)),
        ],
        "next": [
            it("Journée de mobilisation citoyenne contre les gîtes larvaires le {journee}", journee="date 3 10"),
            it("Prochain point de situation le {pp}", pp="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

TEMPORAL = Partner(
    "pt-ma-parish-council-storm",
    "Temporal",
    ("Junta de Freguesia do Monte", "Junta de Freguesia de São Roque", "Junta de Freguesia de Santo António",
     "Junta de Freguesia do Curral das Freiras"),
    {},
    {
        "hl": [
            it("O temporal que atinge a ilha desde {desde} provocou derrocadas e cheias rápidas nas zonas altas da "
               "freguesia", desde="date -1 -1"),
            it("Ocorrências registadas pela Junta: {oc}{oc.was}", oc="n 5 200"),
        ],
        "sit": [
            it("O IPMA mantém o aviso vermelho de precipitação forte para a costa sul e as terras altas"),
            it("Precipitação acumulada na estação mais próxima (mm): {mm}{mm.was}", mm="n 20 300"),
        ],
        "imp": [
            it("Habitações afetadas por infiltrações ou derrocadas: {hab}{hab.was}", hab="n 1 80"),
            it("Pessoas desalojadas: {des}{des.was}", des="n 1 60"),
        ],
        "ta": [
            it("A ribeira galgou as margens junto à ponte e arrastou viaturas estacionadas"),
            it("Troços de levada obstruídos por pedras e terra: {lev}{lev.was}", lev="n 1 15"),
        ],
        "tb": [
            it("Estradas e caminhos municipais cortados por derrocadas: {est}{est.was}", est="n 1 20"),
            it("As veredas e percursos pedestres recomendados estão encerrados por ordem do Governo Regional"),
        ],
        "help": [
            it("A Junta acolheu famílias desalojadas no salão paroquial e em casas de familiares"),
            it("Refeições servidas às famílias desalojadas: {ref}{ref.was}", ref="n 10 400"),
        ],
        "staff": [
            it("Funcionários da Junta, bombeiros e voluntários no terreno: {fun}{fun.was}", fun="n 5 80"),
            it("Os bombeiros apoiaram a limpeza dos caminhos com uma retroescavadora da Câmara"),
        ],
        "money": [
            it("Despesa da Junta com a intempérie até à data: {desp}", desp="cum 2 40"),
            it("Foi pedido à Câmara Municipal um apoio de {apoio} para reconstruir muros de suporte",
               apoio="money 10 500"),
        ],
        "risks": [
            risk("Risco de novas derrocadas sobre as habitações das zonas altas: {trend}", levels=PT_LEVELS,
                 mit=("vigilância das escarpas e realojamento preventivo das famílias em risco",)),
            risk("Risco de cheia na ribeira se a chuva forte continuar: {trend}", levels=PT_LEVELS,
                 mit=("desobstrução do leito e das pontes com meios da Câmara",)),
            risk("Idosos isolados em sítios sem acesso por estrada",
                 mit=("visitas diárias a pé de funcionários da Junta e de vizinhos",)),
        ],
        "next": [
            it("Vistoria às habitações afetadas com a Proteção Civil Municipal até {vist}", vist="date 1 4"),
            it("Próximo relatório a {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HURRICANE = Partner(
    "gd-district-disaster-committee-hurricane",
    "Hurricane",
    ("St. Patrick District Disaster Management Committee", "St. Andrew District Disaster Management Committee",
     "St. David District Disaster Management Committee", "Carriacou District Disaster Management Committee"),
    {},
    {
        "hl": [
            it("Hurricane conditions affected the district from the night of {since}, with roofs lost and roads "
               "blocked across the parish", since="date -1 -1"),
            it("Persons in official emergency shelters: {shel}{shel.was}", shel="n 10 900"),
        ],
        "sit": [
            it("The Grenada Meteorological Service says the system has moved away but heavy showers will continue"),
            it("Rainfall at the nearest station in the last 24 hours (mm): {mm}{mm.was}", mm="n 20 250"),
        ],
        "imp": [
            it("Houses with major roof damage: {roof}{roof.was}", roof="n 5 600"),
            it("Persons injured and treated at the district health centre: {inj}{inj.was}", inj="n 1 30"),
        ],
        "ta": [
            it("Road blockages cleared by the Ministry of Infrastructure: {roads}{roads.was}", roads="n 1 40"),
            it("The bridge at the river mouth is passable to light vehicles only"),
        ],
        "tb": [
            it("GRENLEC has restored power to the district town but most villages remain without electricity"),
            it("Communities without pipe-borne water from NAWASA: {nawasa}{nawasa.was}", nawasa="n 1 25"),
        ],
        "help": [
            it("Food packages and tarpaulins distributed to households: {pack}{pack.was}", pack="n 20 1500"),
            it("The Red Cross and church groups are cooking hot meals at the shelters"),
        ],
        "staff": [
            it("Committee volunteers, CERT members and police on the ground: {vol}{vol.was}", vol="n 10 120"),
            it("A CDEMA assessment team visited the district today"),
        ],
        "money": [
            it("Expenses of the committee so far: {exp}", exp="cum 1 20"),
            it("The committee has requested {req} from NaDMA for roofing materials", req="money 20 900"),
        ],
        "risks": [
            risk("Risk of landslides on the hillside roads after further rain: {trend}", levels=GD_LEVELS,
                 mit=("heavy equipment stationed at the known slippage points",)),
            risk("Risk of water-borne illness while homes are without pipe-borne water: {trend}", levels=GD_LEVELS,
                 mit=("the Ministry of Health is distributing water purification tablets",)),
            risk("Looting of damaged homes and shops", mit=("the RGPF has increased night patrols",)),
        ],
        "next": [
            it("Complete the damage assessment of all houses by {da}", da="date 1 4"),
            it("Next report will be submitted on {nr}", nr="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
