"""Item ideas of three ``blind68_layouts`` publishers in the Americas: the peasant communities of the high Cusco
Andes in a spell of frost and snow (Southern Quechua in the Cusco-Collao standard spelling of three vowels, "q" and
the aspirated and glottal "ph p' qh q' ch' …"), the volunteer fire brigades of Colombian municipalities in a dry
season of forest fires (Colombian Spanish) and the community disaster management committees of Dominica after a
tropical storm (English) (``blind5_layouts_content`` explains the slots). ``blind68_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's conventions; a Quechua point with a figure or
a date puts it after a label and a colon, or before a suffixed noun ("… p'unchawkama"), so that no suffix is glued to
it. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

QU_LEVELS = ("qhawachkayku", "yapakuchkan", "hatun", "ancha hatun")
CO_LEVELS = ("bajo seguimiento", "en aumento", "alto", "muy alto")
DM_LEVELS = ("being monitored", "increasing", "high", "very high")

QASA = Partner(
    "pe-peasant-community-frost",
    "Qasa",
    ("Comunidad Campesina de Phinaya", "Comunidad Campesina de Chillca", "Comunidad Campesina de Pampacancha",
     "Comunidad Campesina de Upis"),
    {},
    {
        "hl": [
            it("Qasa, rit'i ima {qallariy} p'unchawmanta pacha ayllunchikta llakichichkan", qallariy="date -5 -3"),
            it("Qasawan llakisqa familiakuna: {fam}{fam.was}", fam="n 10 400"),
        ],
        "sit": [
            it("SENAMHI willakun hamuq p'unchawkunapi aswan kallpawan qasananta"),
            it("Urqukunapi rit'i (cm): {ritti}{ritti.was}", ritti="n 5 60"),
        ],
        "imp": [
            it("Qasawan wañusqa paqucha, llama uywakuna: {uywa}{uywa.was}", uywa="n 20 2000"),
            it("Unqusqa wawakuna (IRA, neumonía): {wawa}{wawa.was}", wawa="n 5 300"),
        ],
        "ta": [
            it("Rit'i q'achukunata p'ampan, uywakunaqa mana mikhuyta tarinkuchu"),
            it("Unqusqa paqucha uñakuna: {una}{una.was}", una="n 10 800"),
        ],
        "tb": [
            it("Llaqtaman riq ñanta rit'i wisq'an"),
            it("Rit'iwan thunisqa uywa kanchakuna: {kancha}{kancha.was}", kancha="n 1 60"),
        ],
        "help": [
            it("Municipalidad, Gobierno Regional Cusco frazadakunata, p'achakunata, forrajeta ima rakinku"),
            it("Yanapayta chaskiq familiakuna: {chaski}{chaski.was}", chaski="n 10 400"),
        ],
        "staff": [
            it("Llamk'aq brigadistakuna, promotorkuna: {brig}{brig.was}", brig="n 5 60"),
            it("Puesto de Saludmanta enfermerakuna sapa p'unchaw wasikunata watukunku"),
        ],
        "money": [
            it("Kunankama qullqi gastasqa: {gasto}", gasto="cum 3 40"),
            it("Municipalidadmanta {manakuy} qullqita mañakuyku, uywakunapaq forraje rantinapaq",
               manakuy="money 5 60"),
        ],
        "risks": [
            risk("Paqucha uñakuna wañunankumanta manchakuy: {trend}", levels=QU_LEVELS,
                 mit=("veterinariokuna uñakunata hampinku, kanchakunatapas qatanku",)),
            risk("Wawakuna neumoníawan unqunankumanta manchakuy: {trend}", levels=QU_LEVELS,
                 mit=("Puesto de Salud sapa p'unchaw wawakunata qhawan",)),
            risk("Ñan rit'iwan wisq'asqa kaptinqa yanapay mana chayamunmanchu",
                 mit=("maquinariawan ñanta pichachkanku",)),
        ],
        "next": [
            it("Wañusqa uywakunata yupayta tukusaqku {tukuy} p'unchawkama", tukuy="date 1 4"),
            it("Hamuq willakuy: {hamuq}", hamuq="date 2 2"),
        ],
    },
    SIZES,
    date(2025, 6, 16), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

INCENDIO = Partner(
    "co-volunteer-fire-brigade-wildfire",
    "Incendios forestales",
    ("Cuerpo de Bomberos Voluntarios de La Calera", "Cuerpo de Bomberos Voluntarios de Nemocón",
     "Cuerpo de Bomberos Voluntarios de Girón", "Cuerpo de Bomberos Voluntarios de Villa de Leyva"),
    {},
    {
        "hl": [
            it("El incendio forestal iniciado el {inicio} en los cerros del municipio continúa activo en su flanco "
               "norte", inicio="date -4 -2"),
            it("Hectáreas afectadas por incendios forestales: {ha}{ha.was}", ha="n 10 900"),
        ],
        "sit": [
            it("El IDEAM mantiene la alerta roja por probabilidad de incendios de la cobertura vegetal en el "
               "municipio"),
            it("Incendios atendidos en los últimos siete días: {inc}{inc.was}", inc="n 2 30"),
        ],
        "imp": [
            it("Viviendas evacuadas de manera preventiva: {viv}{viv.was}", viv="n 1 60"),
            it("Personas atendidas por inhalación de humo: {humo}{humo.was}", humo="n 1 40"),
        ],
        "ta": [
            it("Veredas con racionamiento de agua por bajo caudal de las fuentes: {ver}{ver.was}", ver="n 1 12"),
            it("Los carrotanques del municipio abastecen los puntos de llenado de las motobombas"),
        ],
        "tb": [
            it("La autoridad ambiental regional reporta afectación de bosque nativo y de zonas de páramo"),
            it("Animales silvestres rescatados y entregados al centro de atención de fauna: {fauna}{fauna.was}",
               fauna="n 1 40"),
        ],
        "help": [
            it("Familias evacuadas que reciben ayuda humanitaria de la Alcaldía: {fam}{fam.was}", fam="n 2 80"),
            it("La Cruz Roja instaló un puesto de atención prehospitalaria cerca de la zona del incendio"),
        ],
        "staff": [
            it("Unidades bomberiles en terreno, propias y de apoyo: {unid}{unid.was}", unid="n 10 120"),
            it("El helicóptero de la Fuerza Aeroespacial realizó descargas con bambi bucket sobre el flanco norte"),
        ],
        "money": [
            it("Costo de la operación a la fecha: {costo}", costo="cum 5 80"),
            it("Se solicitaron {fondo} al Fondo Municipal de Gestión del Riesgo para combustible y alimentación",
               fondo="money 10 150"),
        ],
        "risks": [
            risk("Riesgo de reactivación del incendio por vientos fuertes: {trend}", levels=CO_LEVELS,
                 mit=("vigilancia permanente de la línea de control y liquidación de puntos calientes",)),
            risk("Riesgo de afectación de viviendas de la zona rural: {trend}", levels=CO_LEVELS,
                 mit=("líneas cortafuego abiertas alrededor de las viviendas más cercanas",)),
            risk("Fatiga del personal bomberil tras varios días de operación",
                 mit=("turnos de doce horas y relevos con cuerpos de bomberos vecinos",)),
        ],
        "next": [
            it("Presentar el informe consolidado al Consejo Municipal de Gestión del Riesgo el {cmgrd}",
               cmgrd="date 1 3"),
            it("Próximo informe: {prox}", prox="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STORM = Partner(
    "dm-community-disaster-committee-storm",
    "Tropical storm",
    ("Grand Bay Community Disaster Management Committee", "Kalinago Territory Disaster Management Committee",
     "Portsmouth Community Disaster Management Committee", "Pointe Michel Community Disaster Management Committee"),
    {},
    {
        "hl": [
            it("Heavy rains from the tropical storm since {since} have caused flash flooding and landslides across "
               "the community", since="date -2 -1"),
            it("Households affected: {hh}{hh.was}", hh="n 10 600"),
        ],
        "sit": [
            it("The Dominica Meteorological Service has discontinued the flash flood warning but showers will "
               "continue"),
            it("Rainfall at the community gauge in the last 24 hours (mm): {mm}{mm.was}", mm="n 10 250"),
        ],
        "imp": [
            it("Homes with roof damage: {roof}{roof.was}", roof="n 1 150"),
            it("Persons injured: {inj}{inj.was}", inj="n 1 15"),
        ],
        "ta": [
            it("Roads blocked by landslides: {rd}{rd.was}", rd="n 1 12"),
            it("The Ministry of Public Works has a loader clearing the main road to Roseau"),
        ],
        "tb": [
            it("DOWASCO has restored the water supply to the lower village; the upper villages are still without "
               "water"),
            it("Households still without electricity: {dom}{dom.was}", dom="n 10 500"),
        ],
        "help": [
            it("Persons in emergency shelters: {sh}{sh.was}", sh="n 5 200"),
            it("The Red Cross and the Village Council distributed food packs, water and tarpaulins"),
        ],
        "staff": [
            it("Committee members and volunteers deployed: {vol}{vol.was}", vol="n 5 80"),
            it("A Community Emergency Response Team from the neighbouring village is helping with the clearing"),
        ],
        "money": [
            it("Spent from the committee's emergency fund to date: {fund}", fund="cum 3 40"),
            it("The Village Council has asked the Office of Disaster Management for {ask} for building materials",
               ask="money 10 120"),
        ],
        "risks": [
            risk("Risk of further landslides on the hillside above the school: {trend}", levels=DM_LEVELS,
                 mit=("residents below the slope advised to stay in the shelter overnight",)),
            risk("Risk of water-borne illness: {trend}", levels=DM_LEVELS,
                 mit=("bleach and purification tablets distributed, with advice to boil all drinking water",)),
            risk("Rivers could overflow again with more rain", mit=("river watchers posted at the two bridges",)),
        ],
        "next": [
            it("Complete the house-to-house damage assessment by {da}", da="date 1 3"),
            it("Next update: {nx}", nx="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
