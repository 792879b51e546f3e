"""Item ideas of four ``blind62_layouts`` publishers west of them: the zonal stations of Moldova's ambulance service
in a blizzard (Romanian), the regional directorates of Senegal's sanitation office in the rainy season's floods
(French), the management centres of Botswana's water utility when the main pipeline bursts (English) and the
municipal emergency committees of Costa Rican cantons in a spell of heavy rain (Spanish) (``blind5_layouts_content``
explains the slots). ``blind62_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's conventions. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

MD_LEVELS = ("sub monitorizare", "în creștere", "ridicat", "foarte ridicat")
SN_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
BW_LEVELS = ("being monitored", "rising", "high", "very high")
CR_LEVELS = ("se mantiene en vigilancia", "va en aumento", "es alto", "es muy alto")

VISCOL = Partner(
    "md-ambulance-blizzard",
    "Viscol",
    ("IMSP CNAMUP – Stația Zonală AMU Nord", "IMSP CNAMUP – Stația Zonală AMU Centru",
     "IMSP CNAMUP – Stația Zonală AMU Sud", "IMSP CNAMUP – Stația Zonală AMU Vest"),
    {},
    {
        "hl": [
            it("Începând cu {din}, ninsorile abundente și viscolul îngreunează deplasarea echipelor AMU în raioanele "
               "deservite", din="date -2 -2"),
            it("Solicitări deservite în ultimele 24 de ore: {solicitari}{solicitari.was}", solicitari="n 200 2500"),
        ],
        "sit": [
            it("Serviciul Hidrometeorologic de Stat a prelungit avertizarea de Cod portocaliu pentru ninsori și vânt "
               "puternic"),
            it("Temperaturile nocturne vor coborî până la minus 12 grade"),
        ],
        "imp": [
            it("Timpul mediu de sosire la apelurile de urgență (minute): {timp}{timp.was}", timp="n 12 45"),
            it("Mai multe localități rurale rămân izolate din cauza drumurilor înzăpezite"),
        ],
        "ta": [
            it("Apeluri preluate prin Serviciul 112 pentru zona deservită: {apeluri}{apeluri.was}",
               apeluri="n 300 4000"),
            it("Crește numărul traumatismelor prin cădere și al cazurilor de hipotermie"),
        ],
        "tb": [
            it("Intervenții efectuate cu sprijinul IGSU și al tehnicii de deszăpezire: {interventii}{interventii.was}",
               interventii="n 2 80"),
            it("Echipele folosesc autospeciale 4x4 pentru deplasarea în localitățile greu accesibile"),
        ],
        "help": [
            it("Pacienții cu boli cronice din localitățile izolate sunt transportați preventiv la spitalele raionale"),
            it("Populația este rugată să apeleze 112 doar în situații de urgență"),
        ],
        "staff": [
            it("Echipe AMU în serviciu pe tură: {echipe}{echipe.was}", echipe="n 10 120"),
            it("Personalul aflat în concediu a fost rechemat pentru suplimentarea turelor"),
        ],
        "money": [
            it("Cheltuieli suplimentare pentru combustibil și lanțuri antiderapante: {cheltuieli}",
               cheltuieli="cum 5 60"),
            it("A fost solicitată alocarea a {fond} din Fondul de intervenție al Guvernului", fond="money 10 80"),
        ],
        "risks": [
            risk("Riscul de blocare a autospecialelor pe traseu este {trend}", levels=MD_LEVELS,
                 mit=("deplasarea în zonele izolate se face însoțită de tehnica IGSU",)),
            risk("Riscul de epuizare a personalului este {trend}", levels=MD_LEVELS,
                 mit=("turele au fost reorganizate, cu pauze obligatorii de odihnă",)),
            risk("Întreruperi ale alimentării cu energie electrică la substații",
                 mit=("substațiile au fost dotate cu generatoare de rezervă",)),
        ],
        "next": [
            it("Se estimează revenirea la regimul obișnuit de activitate până la {revenire}", revenire="date 1 3"),
            it("Următoarea notă informativă va fi prezentată la {urm}", urm="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HIVERNAGE = Partner(
    "sn-onas-rainy-season",
    "Hivernage",
    ("ONAS – Direction régionale de Dakar", "ONAS – Direction régionale de Thiès",
     "ONAS – Direction régionale de Kaolack", "ONAS – Direction régionale de Saint-Louis"),
    {},
    {
        "hl": [
            it("Les fortes pluies enregistrées depuis le {depuis} ont provoqué des inondations dans plusieurs "
               "quartiers", depuis="date -7 -7"),
            it("Nombre de quartiers inondés : {quartiers}{quartiers.was}", quartiers="n 3 60"),
        ],
        "sit": [
            it("Cumul pluviométrique de la semaine (mm) : {cumul}{cumul.was}", cumul="n 20 250"),
            it("L'ANACIM prévoit de nouvelles pluies orageuses au cours des prochains jours"),
        ],
        "imp": [
            it("Ménages affectés par les eaux stagnantes : {menages}{menages.was}", menages="n 100 12000"),
            it("Plusieurs axes routiers restent difficilement praticables"),
        ],
        "ta": [
            it("Volume d'eau pompé depuis le début de l'hivernage (m³) : {volume}{volume.was}", volume="n 5000 900000"),
            it("Les motopompes sont déployées en priorité dans les points bas recensés par les comités de quartier"),
        ],
        "tb": [
            it("Stations de pompage en service : {stations}{stations.was}", stations="n 3 40"),
            it("Le curage des canaux à ciel ouvert se poursuit avec l'appui des mairies"),
        ],
        "help": [
            it("Des équipes de sensibilisation informent les populations sur les risques sanitaires liés aux eaux "
               "usées"),
            it("Les populations peuvent signaler les points inondés au numéro vert de l'ONAS"),
        ],
        "staff": [
            it("Agents mobilisés sur le terrain : {agents}{agents.was}", agents="n 20 500"),
            it("La Brigade nationale des sapeurs-pompiers appuie les opérations de pompage"),
        ],
        "money": [
            it("Dépenses engagées depuis le début de l'hivernage : {depenses}", depenses="cum 100 4000"),
            it("Un financement complémentaire de {financement} a été sollicité auprès du ministère de tutelle",
               financement="money 100 900"),
        ],
        "risks": [
            risk("Le risque de débordement des bassins de rétention est {trend}", levels=SN_LEVELS,
                 mit=("des pompes supplémentaires ont été installées sur les bassins critiques",)),
            risk("Le risque de maladies hydriques est {trend}", levels=SN_LEVELS,
                 mit=("des opérations de désinfection sont menées avec le service d'hygiène",)),
            risk("Pannes de motopompes dues à un usage intensif",
                 mit=("un atelier mobile de maintenance a été mis en place",)),
        ],
        "next": [
            it("Le prochain comité régional de gestion des inondations se tiendra le {comite}", comite="date 2 5"),
            it("Le prochain bulletin paraîtra le {prochain}", prochain="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 8, 14), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

PIPELINE = Partner(
    "bw-water-utility-burst",
    "Water supply",
    ("Water Utilities Corporation – Gaborone Management Centre", "Water Utilities Corporation – Francistown "
     "Management Centre", "Water Utilities Corporation – Mahalapye Management Centre",
     "Water Utilities Corporation – Maun Management Centre"),
    {},
    {
        "hl": [
            it("Water supply to parts of the service area has been interrupted since {since} following a burst on the "
               "main transmission pipeline", since="date -3 -3"),
            it("Customers currently without water: {cust}{cust.was}", cust="n 500 60000"),
        ],
        "sit": [
            it("Repairs to the burst section of the pipeline are in progress and the reservoirs are being refilled"),
            it("Storage in the service reservoirs stands at {res} of capacity{res.was}", res="pct 10 90"),
        ],
        "imp": [
            it("Villages on water rationing schedules: {vill}{vill.was}", vill="n 2 40"),
            it("Schools and clinics in the affected areas are being supplied by water bowsers"),
        ],
        "ta": [
            it("Leaks and bursts repaired in the past 24 hours: {leaks}{leaks.was}", leaks="n 2 60"),
            it("Flow will be restored gradually to avoid further bursts on the older pipes"),
        ],
        "tb": [
            it("Water bowsers deployed to affected areas: {bowsers}{bowsers.was}", bowsers="n 2 40"),
            it("Temporary standpipes have been installed at kgotla and clinic points"),
        ],
        "help": [
            it("Priority is given to hospitals, clinics, schools and the elderly"),
            it("Customers can report leaks and supply problems to our toll-free line at any time"),
        ],
        "staff": [
            it("Technical staff working on the repairs: {tech}{tech.was}", tech="n 10 300"),
            it("Staff from other management centres have been brought in to support the repair teams"),
        ],
        "money": [
            it("Cost of the emergency repairs to date: {cost}", cost="cum 50 1500"),
            it("A request for {req} has been submitted to the Ministry for the replacement of old pipes",
               req="money 100 600"),
        ],
        "risks": [
            risk("Risk of further bursts when pressure is restored is {trend}", levels=BW_LEVELS,
                 mit=("pressure is being increased in stages and monitored at key points",)),
            risk("Risk of water-borne disease from unsafe sources is {trend}", levels=BW_LEVELS,
                 mit=("customers are advised to boil or treat water from other sources",)),
            risk("Shortage of pipe fittings for the repairs", mit=("emergency procurement has been approved",)),
        ],
        "next": [
            it("Full restoration of supply is expected by {restore}", restore="date 1 3"),
            it("The next update will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TEMPORAL = Partner(
    "cr-cme-heavy-rain",
    "Temporal",
    ("Municipalidad de Pérez Zeledón", "Municipalidad de Upala", "Municipalidad de Sarapiquí",
     "Municipalidad de Turrialba"),
    {},
    {
        "hl": [
            it("Desde el {desde} las lluvias intensas provocan inundaciones y deslizamientos en varios distritos del "
               "cantón", desde="date -3 -3"),
            it("Distritos afectados: {distritos}{distritos.was}", distritos="n 1 12"),
        ],
        "sit": [
            it("La CNE mantiene la alerta roja para el cantón por la influencia de un sistema de baja presión"),
            it("El Instituto Meteorológico Nacional pronostica lluvias fuertes durante las tardes y noches"),
        ],
        "imp": [
            it("Viviendas afectadas: {viviendas}{viviendas.was}", viviendas="n 10 900"),
            it("Varias comunidades permanecen incomunicadas por la caída de puentes y pasos de alcantarilla"),
        ],
        "ta": [
            it("Personas albergadas: {albergadas}{albergadas.was}", albergadas="n 10 1500"),
            it("Los albergues funcionan en salones comunales y centros educativos"),
        ],
        "tb": [
            it("Caminos cantonales con paso restringido: {caminos}{caminos.was}", caminos="n 2 80"),
            it("La maquinaria municipal atiende los deslizamientos que obstruyen las vías principales"),
        ],
        "help": [
            it("Se entregan diarios de alimentos, colchonetas y kits de limpieza a las familias afectadas"),
            it("La población puede reportar emergencias al 9-1-1 y solicitar ayuda en la Municipalidad"),
        ],
        "staff": [
            it("Funcionarios y voluntarios en la atención de la emergencia: {funcionarios}{funcionarios.was}",
               funcionarios="n 20 400"),
            it("Cruz Roja, Bomberos y Fuerza Pública apoyan las labores del Comité Municipal de Emergencias"),
        ],
        "money": [
            it("Gasto municipal acumulado en la atención de la emergencia: {gasto}", gasto="cum 20 800"),
            it("Se solicitó a la CNE una transferencia de {transf} para la rehabilitación de caminos",
               transf="money 50 500"),
        ],
        "risks": [
            risk("El riesgo de nuevos deslizamientos {trend}", levels=CR_LEVELS,
                 mit=("se evacuaron de forma preventiva las viviendas ubicadas en zonas de riesgo",)),
            risk("El riesgo de desbordamiento de ríos {trend}", levels=CR_LEVELS,
                 mit=("los comités comunales de emergencia vigilan el nivel de los ríos",)),
            risk("Desabastecimiento de agua potable en algunas comunidades",
                 mit=("se coordinó con el AyA el envío de camiones cisterna",)),
        ],
        "next": [
            it("Se prevé iniciar la evaluación de daños a partir del {evaluacion}", evaluacion="date 1 3"),
            it("El próximo informe se publicará el {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
