"""Item ideas of four ``blind15_layouts`` publishers of the wider world: the IFRC's DREF operation updates of a
national Red Cross society's flood response, a US state health department's measles outbreak update, a Canadian
province's wildfire service's situation update, and a Latin American national civil protection agency's "Informe
de situación" on rains and landslides (``blind5_layouts_content`` explains the slots). The generator's figures,
dates and "(up from … )" notes are British English; ``blind15_layouts_content`` prints them in each publisher's
conventions. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

ES_LEVELS = ("se mantiene bajo vigilancia", "va en aumento", "es ahora alto", "es ahora crítico")

DREF = Partner(
    "dref-ifrc",
    "Floods",
    ("Malawi Red Cross Society", "Zambia Red Cross Society", "Mozambique Red Cross Society",
     "Uganda Red Cross Society"),
    {},
    {
        "description": [
            it("Heavy rains since {start} caused the Shire River to burst its banks", start="date -9 -7"),
            it("{hh} households have been displaced in the target districts{hh.was}", hh="n 800 9000"),
            it("The government declared a state of disaster in three districts"),
        ],
        "shelter": [
            it("{kits} households received shelter toolkits and tarpaulins{kits.was}", kits="n 100 2500"),
            it("Volunteers set up communal shelters in {camps} schools", camps="n 2 20"),
        ],
        "health": [
            it("{fa} people were reached with first aid and psychosocial support", fa="n 200 4000"),
            it("Cholera prevention sessions were held in all evacuation camps"),
        ],
        "wash": [
            it("{aqua} households received water purification tablets{aqua.was}", aqua="n 300 6000"),
            it("{lat} emergency latrines were constructed", lat="n 10 120"),
            it("Hygiene promotion reached {hyg} people", hyg="n 500 15000"),
        ],
        "pgi": [
            it("Safe referral pathways for survivors of violence were shared with all volunteers"),
            it("Separate lockable latrines for women and girls were built in the camps"),
        ],
        "risks": [
            risk("The risk of a cholera outbreak in the camps {trend}",
                 mit=("pre-positioned oral rehydration points and chlorination of water points",)),
            risk("Roads to the southern camps cut by flooding",
                 mit=("boats hired from the district council to move relief items",)),
        ],
    },
    {"description": (2, 3), "shelter": (1, 2), "health": (1, 2), "wash": (1, 3), "pgi": (1, 2),
     "risks": (1, 2)},
    date(2024, 3, 11), cadence_days=14, punct="stop", mitigation="colon",
)  # fmt: skip

MEASLES = Partner(
    "measles-us",
    "Measles Outbreak",
    ("Cimarron State Department of Health", "Pecos State Department of Health Services",
     "Wabash State Department of Public Health", "Tamarack State Department of Health"),
    {},
    {
        "key": [
            it("{cases} confirmed cases have been reported since the outbreak began{cases.was}", cases="n 8 400"),
            it("Most cases are in unvaccinated children aged 5 to 17"),
            it("{hosp} people have been hospitalized", hosp="n 1 60"),
        ],
        "epi": [
            it("{counties} counties have reported at least one case", counties="n 1 12"),
            it("{new} new cases were reported this week{new.was}", new="n 2 80"),
            it("The outbreak is centered in Gaines and Terry counties"),
        ],
        "response": [
            it("{mmr} MMR doses were given at public health clinics this week", mmr="n 100 4000"),
            it("Contact tracing identified {contacts} exposed people", contacts="n 50 2000"),
            it("Free vaccination clinics continue at schools in the outbreak area"),
        ],
        "exposures": [
            it("Possible exposure at Lubbock regional airport on {exp}", exp="date -6 -2"),
            it("Possible exposure at the Seminole pediatric clinic on {seen}", seen="date -5 -1"),
        ],
        "risks": [
            risk("The risk of spread to neighboring states {trend}",
                 mit=("daily case calls with neighboring health departments and the CDC",)),
            risk("Low MMR coverage in some school districts",
                 mit=("school-based clinics and exclusion of unvaccinated students after exposure",)),
        ],
        "guidance": [
            it("Clinicians should test patients with fever and rash and report suspected cases immediately"),
            it("Anyone exposed who is not immune should stay home for 21 days"),
        ],
    },
    {"key": (2, 3), "epi": (2, 3), "response": (1, 3), "exposures": (1, 2), "risks": (1, 2),
     "guidance": (1, 2)},
    date(2025, 2, 14), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

WILDFIRE = Partner(
    "wildfire-ca",
    "Wildfire Situation Update",
    ("Cariboo Fire Centre", "Kamloops Fire Centre", "Prince George Fire Centre", "Northwest Fire Centre"),
    {},
    {
        "highlights": [
            it("The Tatla Lake wildfire is estimated at {ha} hectares{ha.was}", ha="n 800 45000"),
            it("An evacuation order remains in effect for {prop} properties", prop="n 20 900"),
            it("A campfire ban is in effect across the fire centre from {ban}", ban="date 0 1"),
        ],
        "fire": [
            it("{active} wildfires are active in the fire centre{active.was}", active="n 4 90"),
            it("Fire behaviour was rank 3 to 4 on the northern flank yesterday afternoon"),
            it("Crews held the guard along the Chilcotin Highway overnight"),
        ],
        "weather": [
            it("Gusty winds up to {wind} km/h are forecast for the afternoon", wind="n 20 60"),
            it("A cold front could bring lightning on {front}", front="date 1 3"),
        ],
        "resources": [
            it("{ff} firefighters and {heli} helicopters are assigned{ff.was}", ff="n 40 400", heli="n 2 20"),
            it("Structure protection units are set up in Tatla Lake and Kleena Kleene"),
        ],
        "evacuations": [
            it("Evacuees should register with Emergency Support Services at the Williams Lake reception centre"),
            it("{ess} people have registered with Emergency Support Services{ess.was}", ess="n 30 1800"),
        ],
        "risks": [
            risk("The risk of the fire crossing Highway 20 {trend}",
                 mit=("heavy equipment guards and planned ignitions when conditions allow",)),
            risk("Smoke reducing visibility for aircraft",
                 mit=("ground crews taking over priority tasks when aircraft are grounded",)),
        ],
    },
    {"highlights": (2, 3), "fire": (2, 3), "weather": (1, 2), "resources": (1, 2), "evacuations": (1, 2),
     "risks": (1, 2)},
    date(2024, 7, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PROTECCION = Partner(
    "proteccion-latam",
    "Temporada de lluvias",
    ("Coordinación Nacional de Protección Civil del Valle", "Secretaría de Gestión de Riesgos del Litoral",
     "Dirección de Protección Civil de los Altos", "Unidad de Gestión del Riesgo de la Sierra Norte"),
    {},
    {
        "situation": [
            it("Las lluvias intensas continúan en la vertiente del Pacífico"),
            it("{muni} municipios se encuentran en alerta roja{muni.was}", muni="n 2 40"),
            it("El río Motagua se mantiene por encima del nivel de alerta"),
        ],
        "affected": [
            it("{pers} personas afectadas{pers.was}", pers="n 500 60000"),
            it("{viv} viviendas con daños por inundaciones y deslaves", viv="n 50 5000"),
            it("{alb} personas se encuentran en albergues temporales", alb="n 50 9000"),
        ],
        "roads": [
            it("{tramos} tramos carreteros con paso restringido por deslizamientos", tramos="n 1 30"),
            it("El puente Las Vacas sufrió daños en su estructura"),
        ],
        "actions": [
            it("Entrega de {raciones} raciones alimentarias a familias albergadas", raciones="n 500 40000"),
            it("Evaluación de daños y análisis de necesidades en los municipios afectados"),
            it("Maquinaria de obras públicas trabaja en la limpieza de derrumbes"),
        ],
        "risks": [
            risk("El riesgo de nuevos deslizamientos en la colonia El Mirador {trend}", levels=ES_LEVELS,
                 mit=("evacuación preventiva de las familias y monitoreo del terreno",)),
            risk("Posible desbordamiento de ríos en la costa sur", levels=ES_LEVELS,
                 mit=("sistemas de alerta temprana comunitarios activados",)),
        ],
        "recommendations": [
            it("Evitar cruzar ríos y quebradas crecidas"),
            it("Atender las indicaciones de las autoridades locales y los comités de emergencia"),
        ],
    },
    {"situation": (2, 3), "affected": (2, 3), "roads": (1, 2), "actions": (1, 3), "risks": (1, 2),
     "recommendations": (1, 2)},
    date(2024, 9, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
