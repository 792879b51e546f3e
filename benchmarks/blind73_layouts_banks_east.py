"""Item ideas of four ``blind73_layouts`` publishers in the east: the dzongkhag administrations of Bhutan under the
threat of a glacial lake outburst flood (English), the island councils of Tuvalu in a drought (English), the
barangays of Zamboanga City in rotating brownouts (Chavacano), and the communes of Mayotte after a cyclone (French)
(``blind5_layouts_content`` explains the slots). ``blind73_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body;
the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

BT_LEVELS = ("under watch", "rising", "high", "very high")
TV_LEVELS = ("being watched", "increasing", "high", "very high")
CBK_LEVELS = ("ta mira pa", "ta subi", "alto", "bien alto")
YT_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")

GLOF = Partner(
    "bt-dzongkhag-glof",
    "GLOF",
    ("Punakha Dzongkhag Administration", "Wangdue Phodrang Dzongkhag Administration", "Gasa Dzongkhag Administration",
     "Lhuentse Dzongkhag Administration"),
    {},
    {
        "hl": [
            it("The National Center for Hydrology and Meteorology has kept the GLOF alert for the upper catchment "
               "since {since} after a rise in the level of the moraine-dammed lake", since="date -5 -3"),
            it("Households moved to higher ground as a precaution stand at {hh}{hh.was}", hh="n 20 900"),
        ],
        "sit": [
            it("The river gauge at the dzong bridge read {gauge} centimetres above the warning level this morning"
               "{gauge.was}", gauge="n 10 180"),
            it("Heavy monsoon rain is forecast over the upper valleys for the next three days"),
        ],
        "imp": [
            it("Stretches of the farm road and the highway closed by landslides and debris: {roads}{roads.was}",
               roads="n 1 25"),
            it("Paddy fields along the river terraces were flooded and the loss is still being assessed by the "
               "Dzongkhag Agriculture Sector"),
        ],
        "ta": [
            it("People staying in the temporary relief camps at the school and the lhakhang: {camp}{camp.was}",
               camp="n 40 1800"),
            it("The siren system along the river was tested at 9 AM and every gewog confirmed it was heard"),
        ],
        "tb": [
            it("Bhutan Power Corporation has cut supply to the riverside settlements until the water recedes"),
            it("Rural water supply schemes damaged by the debris flow: {rws}{rws.was}", rws="n 1 30"),
        ],
        "help": [
            it("Relief kits of rice, oil, blankets and tarpaulins handed out with De-suung volunteers: {kits}"
               "{kits.was}", kits="n 50 3000"),
            it("The Dzongkhag Health Sector runs a mobile clinic at each relief camp twice a day"),
        ],
        "staff": [
            it("De-suups, Royal Bhutan Police, Royal Bhutan Army and sector staff on duty: {duty}{duty.was}",
               duty="n 30 600"),
            it("Gewog administration officers have been asked to stay in their gewogs until the alert is lifted"),
        ],
        "money": [
            it("Expenditure met from the Dzongkhag's disaster contingency budget so far: {spent}", spent="cum 2 40"),
            it("Additional budget sought from the Department of Local Governance and Disaster Management: {ask}",
               ask="money 10 300"),
        ],
        "risks": [
            risk("Risk of a breach of the moraine dam and a flood wave downstream: {trend}", levels=BT_LEVELS,
                 mit=("round-the-clock watch at the lake by the early warning team and the automatic sirens",)),
            risk("Risk of landslides cutting off the relief camps: {trend}", levels=BT_LEVELS,
                 mit=("an excavator and a crew of the Department of Surface Transport stationed at the camp road",)),
            risk("Shortage of drinking water at the relief camps if the pipes stay broken",
                 mit=("water tankers from the Thromde and chlorine tablets from the Health Sector",)),
        ],
        "next": [
            it("The Dzongkhag Disaster Management Committee will meet again on {meet}", meet="date 1 3"),
            it("The next situation report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MAVAE = Partner(
    "tv-kaupule-drought",
    "Drought",
    ("Nanumea Kaupule", "Nui Kaupule", "Vaitupu Kaupule", "Nukufetau Kaupule"),
    {},
    {
        "hl": [
            it("The island has had no useful rain since {since} and the Kaupule declared a water emergency on the "
               "advice of the Falekaupule", since="date -30 -20"),
            it("Households now on rationed water from the community cisterns: {hh}{hh.was}", hh="n 20 300"),
        ],
        "sit": [
            it("The Tuvalu Meteorological Service expects below-normal rainfall to continue into next month"),
            it("Water left in the community cisterns, in thousand litres: {cistern}{cistern.was}",
               cistern="n 5 400"),
        ],
        "imp": [
            it("Pulaka and banana gardens are drying out and several families report losses in their pits"),
            it("People seen at the health centre for diarrhoea and skin infections this week: {sick}{sick.was}",
               sick="n 2 120"),
        ],
        "ta": [
            it("The reverse osmosis desalination unit is producing {ro} litres a day{ro.was}", ro="n 800 9000"),
            it("The primary school has shortened its day to save water in the toilets and kitchen"),
        ],
        "tb": [
            it("The supply ship brought bottled water and fuel for the desalination unit's generator"),
            it("Household tanks inspected by the Kaupule's water team that are empty or nearly empty: {tanks}"
               "{tanks.was}", tanks="n 5 200"),
        ],
        "help": [
            it("Water is delivered by the Kaupule truck to elderly people and people with disabilities every "
               "second day"),
            it("Jerry cans and water purification tablets handed out by Tuvalu Red Cross volunteers: {cans}"
               "{cans.was}", cans="n 20 800"),
        ],
        "staff": [
            it("Kaupule staff, police and Red Cross volunteers working on water distribution: {staff}{staff.was}",
               staff="n 5 80"),
            it("The Kaupule's mechanic keeps the desalination unit running in two shifts"),
        ],
        "money": [
            it("Spent by the Kaupule on fuel, parts and deliveries so far: {spent}", spent="cum 2 40"),
            it("Support requested from the National Disaster Management Office: {ask}", ask="money 10 300"),
        ],
        "risks": [
            risk("Risk of the desalination unit breaking down with no spare membranes on the island: {trend}",
                 levels=TV_LEVELS, mit=("spare parts ordered on the next ship and daily checks by the mechanic",)),
            risk("Risk of illness from unsafe water stored in open containers: {trend}", levels=TV_LEVELS,
                 mit=("house visits by the nurse and a message on Radio Tuvalu about covering water",)),
            risk("Fuel for the generator may run out before the next ship",
                 mit=("the NDMO asked to send fuel on the patrol boat",)),
        ],
        "next": [
            it("The Falekaupule will meet on {meet} to review the rationing", meet="date 1 4"),
            it("The next report will be sent to the NDMO on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BROWNOUT = Partner(
    "ph-zamboanga-barangay-brownout",
    "Brownout",
    ("Barangay Tetuan", "Barangay Tumaga", "Barangay Putik", "Barangay Santa Maria"),
    {},
    {
        "hl": [
            it("Desde {desde} ta continua el rotational brownout de ZAMCELCO na barangay, hasta ocho horas cada dia",
               desde="date -6 -4"),
            it("Maga familia afectao por el brownout na barangay: {familia}{familia.was}", familia="n 300 9000"),
        ],
        "sit": [
            it("Segun el NGCP, kulang pa el supply de corriente na grid de Mindanao por causa del mantenimiento"),
            it("Horas de brownout na barangay este dia: {horas}{horas.was}", horas="n 2 12"),
        ],
        "imp": [
            it("Maga negocio pequeño cerrao por falta de corriente: {negocio}{negocio.was}", negocio="n 5 200"),
            it("El maga tienda de hielo y el maga pescador ya perde mucho pescao por causa del calor"),
        ],
        "ta": [
            it("El Barangay Health Center ta usa generator para el maga vacuna y medicina"),
            it("Maga pasyente con nebulizer o oxygen na casa que ya registra na barangay: {pasyente}"
               "{pasyente.was}", pasyente="n 5 120"),
        ],
        "tb": [
            it("El ZCWD ya reduci el presion del agua porque el maga pump no ta trabaja sin corriente"),
            it("Maga escuela que ya cambia pa half-day clases: {escuela}{escuela.was}", escuela="n 1 8"),
        ],
        "help": [
            it("El barangay hall ya abri como cooling y charging station desde alas diez hasta alas cinco"),
            it("Maga persona que ya visita na charging station: {visita}{visita.was}", visita="n 50 1500"),
        ],
        "staff": [
            it("Maga tanod, BHW y voluntario del barangay que ta ayuda: {tanod}{tanod.was}", tanod="n 10 120"),
            it("El maga tanod ta hace ronda na noche por causa del oscuridad na calle"),
        ],
        "money": [
            it("Gasto del barangay para combustible del generator hasta ahora: {gasto}", gasto="cum 2 40"),
            it("Ayuda que ta pidi con el City Government para otro generator: {pidi}", pidi="money 10 300"),
        ],
        "risks": [
            risk("Riesgo de heat stroke na maga viejo y maga bata: {trend}", levels=CBK_LEVELS,
                 mit=("bisita de casa en casa del maga BHW y agua para el maga vulnerable",)),
            risk("Riesgo de sunog por causa del kandela y el maga generator: {trend}", levels=CBK_LEVELS,
                 mit=("ronda del BFP y aviso na maga purok para no deja kandela encendido",)),
            risk("Puede acaba el combustible del generator del health center",
                 mit=("ya pidi con el CDRRMO dos drum de diesel",)),
        ],
        "next": [
            it("Reunion con el CDRRMO y ZAMCELCO na {reunion}", reunion="date 1 3"),
            it("El otro report ay manda na {otro}", otro="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYCLONE = Partner(
    "yt-mayotte-commune-cyclone",
    "Cyclone",
    ("Commune de Mamoudzou", "Commune de Koungou", "Commune de Dzaoudzi-Labattoir", "Commune de Chirongui"),
    {},
    {
        "hl": [
            it("Le cyclone a traversé l'île dans la nuit du {nuit} et la commune reste en phase de sauvegarde",
               nuit="date -4 -3"),
            it("Personnes hébergées dans les centres d'accueil de la commune : {heberges}{heberges.was}",
               heberges="n 100 4000"),
        ],
        "sit": [
            it("Météo-France annonce un temps encore pluvieux et des rafales modérées jusqu'à la fin de la semaine"),
            it("Foyers toujours privés d'électricité selon EDM : {foyers}{foyers.was}", foyers="n 200 9000"),
        ],
        "imp": [
            it("Habitations en tôle détruites ou très endommagées dans les quartiers recensés : {cases}{cases.was}",
               cases="n 50 3000"),
            it("Plusieurs routes communales restent coupées par des arbres et des coulées de boue"),
        ],
        "ta": [
            it("Les écoles servant de centres d'accueil ne rouvriront pas avant la fin du recensement des besoins"),
            it("Centres d'accueil ouverts par la commune : {centres}{centres.was}", centres="n 2 25"),
        ],
        "tb": [
            it("La SMAE distribue de l'eau par tours d'eau et la consigne de faire bouillir l'eau est maintenue"),
            it("Points de distribution d'eau en bouteille tenus avec la préfecture : {points}{points.was}",
               points="n 2 30"),
        ],
        "help": [
            it("Rations alimentaires distribuées avec le CCAS et la Croix-Rouge : {rations}{rations.was}",
               rations="n 200 12000"),
            it("Les bâches et kits d'hygiène sont remis aux familles recensées par les agents de quartier"),
        ],
        "staff": [
            it("Agents communaux mobilisés sur le terrain : {agents}{agents.was}", agents="n 20 400"),
            it("Des renforts de la sécurité civile venus de La Réunion appuient les services techniques"),
        ],
        "money": [
            it("Dépenses engagées par la commune depuis le passage du cyclone : {depenses}", depenses="cum 2 40"),
            it("Montant demandé à l'État au titre de la dotation de solidarité : {demande}", demande="money 10 300"),
        ],
        "risks": [
            risk("Risque d'épidémie de gastro-entérite et de choléra dans les quartiers sans eau : {trend}",
                 levels=YT_LEVELS, mit=("distribution de pastilles de chlore et sensibilisation avec l'ARS",)),
            risk("Risque de glissement de terrain sur les pentes déboisées : {trend}", levels=YT_LEVELS,
                 mit=("évacuation préventive des cases situées en contrebas",)),
            risk("Tensions aux points de distribution d'eau",
                 mit=("présence de la police municipale et de la gendarmerie à chaque point",)),
        ],
        "next": [
            it("Réunion de la cellule de crise communale le {reunion}", reunion="date 1 2"),
            it("Prochain point de situation le {prochain}", prochain="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 12, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
