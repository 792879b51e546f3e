"""Item ideas of three ``blind34_layouts`` publishers writing in their own language: a Kyrgyz state nature park's
directorate in a forest fire, in Kyrgyz, a Chilean regional government's border crossing complexes in a holiday surge
after a snow closure, in Spanish, and the Dutch asylum reception agency's locations in an overcrowding crisis, in
Dutch (``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words, and a Kyrgyz
count is worded "… саны — 12" or "… — 12 гектар" so that nothing in it changes with the number, as report writers
do; the Kyrgyz series are told apart by their names in Latin letters, ``blind18_layouts_content.Romanised``).
``blind34_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

KY_LEVELS = ("көзөмөлдө", "өсүүдө", "азыр олуттуу", "азыр өтө жогору")

FOREST_FIRE = Romanised(
    "ky-forest-fire",
    "Токой өрттү",
    ("«Көк-Жайык» мамлекеттик жаратылыш паркы", "«Арча-Булак» мамлекеттик жаратылыш паркы",
     "«Таш-Булак» мамлекеттик жаратылыш паркы", "«Кызыл-Үңкүр» мамлекеттик жаратылыш паркы"),
    {},
    {
        "kyskacha": [
            it("Өрт {chykty} күнү «Тар-Суу» капчыгайында чыккан", chykty="date -3 -3"),
            it("Өрт каптаган аянт — {ayant} гектар{ayant.was}", ayant="n 20 900"),
        ],
        "abal": [
            it("Өрттүн түндүк чети токтотулду"),
            it("Өрттүн активдүү чектеринин узундугу — {chek} км", chek="n 1 14"),
            it("Шамалдын ылдамдыгы секундасына {shamal} метрге чейин жетет", shamal="n 3 18"),
        ],
        "ochuruu": [
            it("Тик учактардын суу төгүү саны — {tokuu}{tokuu.was}", tokuu="n 4 90"),
            it("Өрткө каршы казылган тилкенин узундугу — {tilke} км", tilke="n 1 20"),
            it("Токойчулар түнкүсүн кайра жанган жерлерди көзөмөлдөштү"),
        ],
        "zyyan": [
            it("Күйүп кеткен арча токоюнун аянты — {archa} гектар", archa="n 5 400"),
            it("Зыяндын алдын ала суммасы — {zyyan}", zyyan="cum 100 4000"),
            it("Парктагы туристтик жолдордун саны — {zhol}, алардын баары жабылды", zhol="n 2 9"),
        ],
        "kalk": [
            it("Парктан эвакуацияланган туристтердин саны — {turist}{turist.was}", turist="n 20 600"),
            it("Жайлоодогу малчылар малын капчыгайдан төмөн айдап түшүштү"),
        ],
        "kuchtor": [
            it("Өрт өчүрүүгө тартылган адамдардын саны — {adam}{adam.was}", adam="n 40 400"),
            it("Тартылган техниканын саны — {tehnika} бирдик", tehnika="n 5 60"),
        ],
        "chygym": [
            it("Өрт өчүрүүгө жумшалган каражат — {chygym}", chygym="cum 50 2000"),
            it("Өкмөттүн резервдик фондунан бөлүнгөн каражат — {fond}", fond="money 100 900"),
        ],
        "risks": [
            risk("Өрттүн кошуна «Кара-Таш» капчыгайына жайылуу коркунучу {trend}",
                 mit=("тик учактар эртең менен суу төгүшөт жана капчыгайдын оозуна тилке казылат",), levels=KY_LEVELS),
            risk("Кургак жана шамалдуу аба ырайынан улам өрттүн кайра күчөө коркунучу {trend}",
                 mit=("түнкүсүн күзөт посттору иштейт жана суу ташуучу унаалар кезекте турат",), levels=KY_LEVELS),
            risk("Бийик тоодо өрт өчүрүүчүлөрдүн чарчоо жана жаракат алуу коркунучу",
                 mit=("сменалар 12 сааттан ашпайт жана ар бир топто медик бар",)),
        ],
        "maalymat": [
            it("Калкка жөнөтүлгөн SMS билдирүүлөрдүн саны — {sms}", sms="n 1000 40000"),
            it("Парктын расмий баракчасындагы маалымат күнүнө эки жолу жаңыланат"),
        ],
        "plan": [
            it("Өрттүн бардык чектерин локалдаштыруу, мөөнөтү — {moonot}", moonot="date 1 4"),
            it("Күйгөн аянттын чегин дрон менен тактоо"),
        ],
    },
    {"kyskacha": (1, 2), "abal": (1, 3), "ochuruu": (1, 3), "zyyan": (1, 3), "kalk": (1, 2), "kuchtor": (1, 2),
     "chygym": (1, 2), "risks": (1, 3), "maalymat": (1, 2), "plan": (1, 2)},
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
    latin=("kok-zhaiyk", "archa-bulak", "tash-bulak", "kyzyl-unkur", "tokoi-ortu"),
)  # fmt: skip

ES_LEVELS = ("se mantiene en observación", "aumenta", "es ahora significativo", "es ahora crítico")

BORDER = Partner(
    "cl-paso-fronterizo",
    "Operativo paso fronterizo",
    ("Complejo Fronterizo Los Cóndores", "Complejo Fronterizo Paso Huemul", "Complejo Fronterizo Laguna Verde",
     "Complejo Fronterizo Río Grande Norte"),
    {},
    {
        "resumen": [
            it("El paso fue reabierto el {reapertura} tras el cierre por nevazón", reapertura="date -2 -2"),
            it("El tiempo de espera promedio de los vehículos particulares es de {espera} horas{espera.was}",
               espera="n 2 14"),
        ],
        "situacion": [
            it("La ruta internacional está habilitada solo para vehículos con cadenas"),
            it("{cola} vehículos esperaban en la fila a las 07:00 horas{cola.was}", cola="n 100 2500"),
            it("Carabineros controla el acceso a la ruta en el kilómetro 18"),
        ],
        "flujo": [
            it("{pasajeros} pasajeros cruzaron el complejo en las últimas 24 horas{pasajeros.was}",
               pasajeros="n 1500 16000"),
            it("Se atendieron {buses} buses internacionales en el andén de buses", buses="n 10 120"),
            it("{camiones} camiones de carga esperan en el antepuerto", camiones="n 20 600"),
        ],
        "control": [
            it("Se habilitaron {casetas} casetas adicionales de control migratorio", casetas="n 2 10"),
            it("El Servicio Agrícola y Ganadero revisa el equipaje de todos los buses"),
        ],
        "asistencia": [
            it("Se entregaron {raciones} raciones de comida caliente a personas en espera", raciones="n 100 3000"),
            it("El albergue de la Cruz Roja atendió a {albergue} personas durante la noche", albergue="n 10 300"),
        ],
        "dotacion": [
            it("{funcionarios} funcionarios de los servicios de control están de turno{funcionarios.was}",
               funcionarios="n 40 300"),
            it("La dotación fue reforzada con {refuerzo} funcionarios de la PDI de Santiago", refuerzo="n 4 40"),
        ],
        "costos": [
            it("El gasto adicional del operativo a la fecha es de {gasto}", gasto="cum 20 900"),
            it("El arriendo de baños químicos y calefactores costó {arriendo}", arriendo="money 5 90"),
        ],
        "risks": [
            risk("El riesgo de un nuevo cierre por nevazón durante el fin de semana {trend}",
                 mit=("coordinación con Vialidad para despejar la ruta y aviso anticipado a los viajeros",),
                 levels=ES_LEVELS),
            risk("El riesgo de hipotermia entre las personas que esperan en la fila {trend}",
                 mit=("rondas de la Cruz Roja y entrega de frazadas",), levels=ES_LEVELS),
            risk("Falla del sistema informático de control migratorio",
                 mit=("procedimiento manual de respaldo y técnicos de turno en el complejo",)),
        ],
        "comunicaciones": [
            it("El estado del paso se publica cada dos horas en las redes sociales"),
            it("Se atendieron {consultas} consultas telefónicas{consultas.was}", consultas="n 50 2000"),
        ],
        "pasos": [
            it("Evaluar la apertura de un carril exclusivo para buses el {carril}", carril="date 1 3"),
            it("Coordinar con Argentina un horario de atención extendido"),
        ],
    },
    {"resumen": (1, 2), "situacion": (1, 3), "flujo": (1, 3), "control": (1, 2), "asistencia": (1, 2),
     "dotacion": (1, 2), "costos": (1, 2), "risks": (1, 3), "comunicaciones": (1, 2), "pasos": (1, 2)},
    date(2026, 7, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

NL_LEVELS = ("wordt gevolgd", "neemt toe", "is nu aanzienlijk", "is nu kritiek")

RECEPTION = Partner(
    "nl-opvang",
    "Overbezetting opvang",
    ("COA – aanmeldcentrum Drouwenerveen", "COA – opvanglocatie Zevenbergen-West", "COA – opvanglocatie Dijkhuizen",
     "COA – noodopvang Loosterveld"),
    {},
    {
        "samenvatting": [
            it("Op de locatie verblijven {bewoners} asielzoekers{bewoners.was}", bewoners="n 600 2900"),
            it("Sinds {sinds} slapen nieuwkomers in de wachtruimte omdat er geen bedden vrij zijn", sinds="date -6 -3"),
        ],
        "stand": [
            it("De normcapaciteit wordt met {boven} plaatsen overschreden", boven="n 20 900"),
            it("Er staan {tenten} paviljoententen op het terrein", tenten="n 1 8"),
            it("De gemeente heeft een last onder dwangsom opgelegd om de bezetting terug te brengen"),
        ],
        "bezetting": [
            it("Per dag melden zich gemiddeld {instroom} nieuwe asielzoekers{instroom.was}", instroom="n 40 400"),
            it("{doorstroom} bewoners zijn deze week naar andere locaties overgeplaatst", doorstroom="n 20 800"),
            it("{amv} alleenstaande minderjarige vreemdelingen verblijven op de locatie", amv="n 10 300"),
        ],
        "medisch": [
            it("GZA hield {consulten} spreekuurconsulten", consulten="n 40 900"),
            it("Er zijn {schurft} gevallen van schurft vastgesteld en behandeld", schurft="n 1 60"),
        ],
        "veiligheid": [
            it("Er waren {incidenten} meldingen van incidenten op de locatie{incidenten.was}", incidenten="n 2 60"),
            it("'s Nachts zijn extra beveiligers ingezet bij de wachtruimte"),
        ],
        "personeel": [
            it("Het ziekteverzuim onder medewerkers is {verzuim}{verzuim.was}", verzuim="pct 4 16"),
            it("{extra} medewerkers van andere locaties ondersteunen tijdelijk", extra="n 5 60"),
        ],
        "financien": [
            it("De extra kosten van de noodmaatregelen bedragen tot nu toe {kosten}", kosten="cum 100 3000"),
            it("De huur van de paviljoententen kost {huur} per week", huur="money 20 300"),
        ],
        "risks": [
            risk("Het risico op een uitbraak van infectieziekten door de overbezetting {trend}",
                 mit=("dagelijkse screening door GZA en ingerichte isolatieruimtes",), levels=NL_LEVELS),
            risk("Het risico op spanningen en geweld in de wachtruimte {trend}",
                 mit=("extra beveiliging en kleinere groepen in de wachtruimte",), levels=NL_LEVELS),
            risk("Uitval van medewerkers door de hoge werkdruk",
                 mit=("inzet van medewerkers van andere locaties en extra nazorg",)),
        ],
        "communicatie": [
            it("De burgemeester en de omwonenden zijn op {overleg} bijgepraat", overleg="date -2 0"),
            it("{vragen} vragen van journalisten zijn beantwoord{vragen.was}", vragen="n 5 90"),
        ],
        "vervolg": [
            it("Een nieuwe noodopvanglocatie openen vóór {opening}", opening="date 3 12"),
            it("Met het Rijk afspraken maken over de spreiding van asielzoekers"),
        ],
    },
    {"samenvatting": (1, 2), "stand": (1, 3), "bezetting": (1, 3), "medisch": (1, 2), "veiligheid": (1, 2),
     "personeel": (1, 2), "financien": (1, 2), "risks": (1, 3), "communicatie": (1, 2), "vervolg": (1, 2)},
    date(2026, 8, 24), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
