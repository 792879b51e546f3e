"""Item ideas of four ``blind60_layouts`` publishers writing in the languages of their states' administrations, in
countries no set had printed: Cameroon's regional delegations of public health in a cholera outbreak (French),
Uruguay's departmental emergency coordination centres when the rivers rise (Spanish), and Namibia's regional
councils in the efundja floods and Zimbabwe's district civil protection committees in a drought (English)
(``blind5_layouts_content`` explains the slots). ``blind60_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's conventions. The organisations are named after real
kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

FR_LEVELS = ("est sous surveillance", "augmente", "est élevé", "est très élevé")
ES_LEVELS = ("está bajo vigilancia", "aumenta", "es alto", "es muy alto")
EN_LEVELS = ("being monitored", "rising", "high", "very high")

CHOLERA = Partner(
    "cm-drsp-cholera",
    "Choléra",
    ("Délégation Régionale de la Santé Publique du Littoral", "Délégation Régionale de la Santé Publique du Centre",
     "Délégation Régionale de la Santé Publique du Nord",
     "Délégation Régionale de la Santé Publique de l'Extrême-Nord"),
    {},
    {
        "hl": [
            it("L'épidémie de choléra a été déclarée dans la région le {decl}", decl="date -20 -20"),
            it("Nouveaux cas suspects notifiés ces dernières 24 heures : {cas}{cas.was}", cas="n 1 120"),
        ],
        "sit": [
            it("Districts de santé ayant notifié au moins un cas : {ds}{ds.was}", ds="n 1 20"),
            it("La majorité des cas proviennent de quartiers sans accès à l'eau potable"),
        ],
        "imp": [
            it("Décès cumulés depuis le début de l'épidémie : {dc}{dc.was}", dc="n 1 200"),
            it("Les centres de traitement du choléra fonctionnent au-delà de leur capacité"),
        ],
        "ta": [
            it("Patients hospitalisés dans les CTC et les UTC : {hosp}{hosp.was}", hosp="n 5 400"),
            it("Des kits de prise en charge ont été prépositionnés dans les districts touchés"),
        ],
        "tb": [
            it("Ménages ayant reçu des comprimés de chloration : {men}{men.was}", men="n 100 9000"),
            it("La désinfection des domiciles des cas se poursuit avec l'appui de la Croix-Rouge"),
        ],
        "help": [
            it("Les relais communautaires sensibilisent les ménages au lavage des mains au savon"),
            it("Des messages en langues locales sont diffusés par les radios communautaires"),
        ],
        "staff": [
            it("Personnels de santé mobilisés pour la riposte : {pers}{pers.was}", pers="n 10 500"),
            it("Des équipes d'intervention rapide ont été déployées dans les districts touchés"),
        ],
        "money": [
            it("Dépenses engagées pour la riposte à ce jour : {dep}", dep="cum 100 4000"),
            it("Un financement de {fin} a été sollicité auprès du MINSANTE", fin="money 100 900"),
        ],
        "risks": [
            risk("Le risque de propagation aux régions voisines {trend}", levels=FR_LEVELS,
                 mit=("renforcement de la surveillance aux points d'entrée et dans les gares routières",)),
            risk("Le risque de réticence des communautés à la vaccination {trend}", levels=FR_LEVELS,
                 mit=("implication des leaders religieux et des chefs traditionnels",)),
            risk("Rupture de stock de solutés et de sels de réhydratation orale",
                 mit=("commande d'urgence passée auprès du Fonds régional pour la promotion de la santé",)),
        ],
        "next": [
            it("Lancement de la campagne de vaccination orale contre le choléra le {vac}", vac="date 1 3"),
            it("Le prochain rapport de situation sera publié le {proch}", proch="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CRECIDA = Partner(
    "uy-cecoed-crecida",
    "Inundaciones",
    ("CECOED Durazno", "CECOED Treinta y Tres", "CECOED Artigas", "CECOED Salto"),
    {},
    {
        "hl": [
            it("El evento de inundaciones comenzó el {inicio}", inicio="date -4 -4"),
            it("Personas evacuadas y desplazadas: {evac}{evac.was}", evac="n 20 3000"),
        ],
        "sit": [
            it("El río continúa en descenso lento según los registros de DINAGUA"),
            it("INUMET mantiene la advertencia amarilla por lluvias para el departamento"),
        ],
        "imp": [
            it("Viviendas afectadas por el agua: {viv}{viv.was}", viv="n 10 900"),
            it("Hay caminos vecinales cortados y rutas con tránsito restringido"),
        ],
        "ta": [
            it("Personas alojadas en centros de evacuación: {aloj}{aloj.was}", aloj="n 10 1200"),
            it("Los centros de evacuación cuentan con alimentación, abrigo y atención de salud"),
        ],
        "tb": [
            it("Escuelas y liceos sin clases: {esc}{esc.was}", esc="n 1 40"),
            it("Dos escuelas se utilizan como centros de evacuación"),
        ],
        "help": [
            it("Se entregaron colchones, frazadas y canastas de alimentos a las familias evacuadas"),
            it("Las consultas se reciben en el teléfono del CECOED las 24 horas"),
        ],
        "staff": [
            it("Funcionarios y voluntarios desplegados: {func}{func.was}", func="n 20 500"),
            it("Apoyan el operativo el Ejército Nacional, la Dirección Nacional de Bomberos y el MIDES"),
        ],
        "money": [
            it("Gastos de la emergencia a la fecha: {gasto}", gasto="cum 100 4000"),
            it("Se solicitaron {fondo} al Fondo Nacional para la Prevención y Atención de Desastres",
               fondo="money 100 900"),
        ],
        "risks": [
            risk("El riesgo de una nueva crecida {trend}", levels=ES_LEVELS,
                 mit=("se monitorea el nivel del río cada tres horas",)),
            risk("El riesgo de enfermedades vinculadas al agua {trend}", levels=ES_LEVELS,
                 mit=("se distribuye agua potable y OSE controla la calidad del agua",)),
            risk("Robos en viviendas evacuadas",
                 mit=("la Policía refuerza el patrullaje en las zonas evacuadas",)),
        ],
        "next": [
            it("El retorno de las familias a sus viviendas se prevé a partir del {retorno}", retorno="date 1 3"),
            it("El próximo informe se emitirá el {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EFUNDJA = Partner(
    "na-rc-efundja",
    "Flood situation",
    ("Oshana Regional Council", "Ohangwena Regional Council", "Omusati Regional Council",
     "Zambezi Regional Council"),
    {},
    {
        "hl": [
            it("The Regional Disaster Risk Management Committee has met daily since {since}", since="date -5 -5"),
            it("Households affected by the floods: {hh}{hh.was}", hh="n 50 6000"),
        ],
        "sit": [
            it("The Namibia Meteorological Service forecasts further heavy rain over the region"),
            it("Water levels in the oshanas remain high after inflows from southern Angola"),
        ],
        "imp": [
            it("Schools closed because of flooding: {sch}{sch.was}", sch="n 1 60"),
            it("Several gravel roads are impassable and some villages can only be reached by boat"),
        ],
        "ta": [
            it("People accommodated in relocation camps: {camp}{camp.was}", camp="n 20 4000"),
            it("Tents, blankets and mosquito nets have been issued at all relocation camps"),
        ],
        "tb": [
            it("The Roads Authority has closed flooded sections of district roads"),
            it("Kilometres of road damaged: {km}{km.was}", km="n 2 300"),
        ],
        "help": [
            it("Food parcels distributed to affected households: {food}{food.was}", food="n 20 5000"),
            it("Residents of low-lying areas are urged to move to higher ground and report to their constituency "
               "office"),
        ],
        "staff": [
            it("Personnel deployed by the council, the NDF and the Namibian Police: {pers}{pers.was}",
               pers="n 10 400"),
            it("The Namibia Red Cross Society is supporting camp management"),
        ],
        "money": [
            it("Expenditure on the flood response to date: {cost}", cost="cum 100 4000"),
            it("The council has requested {req} from the Office of the Prime Minister", req="money 100 900"),
        ],
        "risks": [
            risk("Risk of malaria and waterborne diseases in the camps is {trend}", levels=EN_LEVELS,
                 mit=("health teams are distributing water purification tablets and mosquito nets",)),
            risk("Risk of drowning when crossing flooded oshanas is {trend}", levels=EN_LEVELS,
                 mit=("learners are transported by boat and crossings are patrolled",)),
            risk("Crocodiles and snakes displaced by the floods",
                 mit=("communities are warned through announcements on regional radio",)),
        ],
        "next": [
            it("A rapid needs assessment will be completed by {by}", by="date 1 3"),
            it("The next update will be published on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DROUGHT = Partner(
    "zw-dcpc-drought",
    "Drought",
    ("Mwenezi District Civil Protection Committee", "Chiredzi District Civil Protection Committee",
     "Binga District Civil Protection Committee", "Mudzi District Civil Protection Committee"),
    {},
    {
        "hl": [
            it("The district has been under the national state of disaster for drought since {since}",
               since="date -30 -30"),
            it("Households receiving drought relief: {hh}{hh.was}", hh="n 100 9000"),
        ],
        "sit": [
            it("The district received less than half of its normal rainfall this season"),
            it("Most boreholes and small dams in the southern wards are drying up"),
        ],
        "imp": [
            it("Cattle deaths due to drought reported this week: {cattle}{cattle.was}", cattle="n 5 900"),
            it("Crop failure has been recorded in all communal wards"),
        ],
        "ta": [
            it("Boreholes broken down or dry: {bh}{bh.was}", bh="n 2 200"),
            it("The District Development Fund is repairing boreholes with support from partners"),
        ],
        "tb": [
            it("Farmers are being encouraged to destock while their cattle are still in good condition"),
            it("Cattle drinking points rehabilitated: {dp}{dp.was}", dp="n 1 40"),
        ],
        "help": [
            it("Grain distributed under the Food Deficit Mitigation Programme in tonnes: {grain}{grain.was}",
               grain="n 10 900"),
            it("The school feeding programme is continuing in all primary schools"),
        ],
        "staff": [
            it("Officers of government departments and partners on the drought response: {off}{off.was}",
               off="n 10 300"),
            it("AGRITEX extension officers are assessing crops and pastures in every ward"),
        ],
        "money": [
            it("Expenditure on the drought response to date: {cost}", cost="cum 100 4000"),
            it("The DCPC has requested {req} for borehole rehabilitation", req="money 100 900"),
        ],
        "risks": [
            risk("Risk of cholera and typhoid from unsafe water sources is {trend}", levels=EN_LEVELS,
                 mit=("Environmental Health Technicians are treating water points and teaching households to boil "
                      "water",)),
            risk("Risk of human-wildlife conflict around water points is {trend}", levels=EN_LEVELS,
                 mit=("ZimParks rangers are patrolling the water points",)),
            risk("Shortage of fuel for grain distribution trucks",
                 mit=("partners have been asked to provide fuel",)),
        ],
        "next": [
            it("The rural livelihoods assessment will begin on {begin}", begin="date 3 10"),
            it("The next sitrep will be submitted on {next}", next="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
