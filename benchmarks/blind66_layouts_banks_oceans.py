"""Item ideas of four ``blind66_layouts`` publishers by the Caribbean and the Pacific: the district disaster
committees of Saint Lucia in a spell of landslides (Saint Lucian Kwéyòl), the village mayors' offices of Guam after a
typhoon (Chamorro, with its "å" and "ñ" and the glottal stop as an apostrophe), the municipal disaster reduction
coordinators (COMRED) of Guatemala in a rainy season of landslides (Spanish) and the atoll disaster committees of the
Marshall Islands in a drought (English) (``blind5_layouts_content`` explains the slots). ``blind66_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are
named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

KW_LEVELS = ("nou ka gadé'y", "i ka monté", "i wo", "i wo anpil")
CH_LEVELS = ("ma atatan", "kumakahulo'", "takhilo'", "gof takhilo'")
GT_LEVELS = ("en observación", "en aumento", "alto", "muy alto")
MH_LEVELS = ("being monitored", "rising", "high", "very high")

GLISMAN = Partner(
    "lc-district-disaster-committee-landslides",
    "Glisman tè",
    ("Soufrière District Disaster Committee", "Dennery District Disaster Committee",
     "Anse La Raye District Disaster Committee", "Micoud District Disaster Committee"),
    {},
    {
        "hl": [
            it("Lapli fò ki tonbé dépi {depi} fè anpil glisman tè épi inondasyon an distwik-la", depi="date -2 -2"),
            it("Fanmi ki afèkté: {fanmi}{fanmi.was}", fanmi="n 10 900"),
        ],
        "sit": [
            it("Met Services di lapli-a kay kontinyé pou dé jou ankò"),
            it("Lapli nou mézi pou jou-a (mm): {mm}{mm.was}", mm="n 20 200"),
        ],
        "imp": [
            it("Kay ki domajé: {kay}{kay.was}", kay="n 5 300"),
            it("Moun ki blésé: {blese}{blese.was}", blese="n 1 20"),
        ],
        "ta": [
            it("Glisman tè nou konté an distwik-la: {glisman}{glisman.was}", glisman="n 1 40"),
            it("Tè-a toujou ka glisé anlè mòn-la dèyè lékòl-la"),
        ],
        "tb": [
            it("Chimen ki bloké: {chimen}{chimen.was}", chimen="n 1 20"),
            it("Ministè Travo Piblik ka nétwayé gwan chimen-an épi dé loader"),
        ],
        "help": [
            it("Moun ki an abri: {abri}{abri.was}", abri="n 5 400"),
            it("Lakwa Wouj épi NEMO ba fanmi-yo manjé, dlo épi matla"),
        ],
        "staff": [
            it("Volontè épi travayè ki ka travay asou téren-an: {volonte}{volonte.was}", volonte="n 5 120"),
            it("Konsèy-la voyé dé kamyon pou édé nétwayé chimen-yo"),
        ],
        "money": [
            it("Lajan nou ja dépansé: {depanse}", depanse="cum 5 70"),
            it("Konsèy-la mandé {mande} bay Gouvènman-an pou wéparé chimen-yo", mande="money 10 150"),
        ],
        "risks": [
            risk("Danjé pou plis glisman tè: {trend}", levels=KW_LEVELS,
                 mit=("nou mandé moun ki wèt anba mòn-la kité kay yo",)),
            risk("Danjé pou dlo sal épi maladi: {trend}", levels=KW_LEVELS,
                 mit=("WASCO ka distribiyé dlo pwòp épi kamyon",)),
            risk("Kouwan pa ni an sèten ti bouk", mit=("LUCELEC ka travay pou mété kouwan-an ankò",)),
        ],
        "next": [
            it("Fin enspèkté tout kay ki domajé avan {kontwole}", kontwole="date 1 4"),
            it("Pwochen wapò-a kay vini {pwochen}", pwochen="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PAKYO = Partner(
    "gu-village-mayor-typhoon",
    "Pakyo",
    ("Yigo Mayor's Office", "Dededo Mayor's Office", "Inalåhan Mayor's Office", "Malesso' Mayor's Office"),
    {},
    {
        "hl": [
            it("I pakyo ni malofan gi {pakyo} ha yulang meggai na guma' yan tronkon hayu gi songsong",
               pakyo="date -2 -2"),
            it("Familia ni ma afekta: {familia}{familia.was}", familia="n 20 2000"),
        ],
        "sit": [
            it("Ilek-ña i National Weather Service na ti para u fanmåtto' otro pakyo gi este na simåna"),
            it("Taotao gi shelter siha: {shelter}{shelter.was}", shelter="n 5 800"),
        ],
        "imp": [
            it("Guma' ni mayulang: {guma}{guma.was}", guma="n 5 600"),
            it("Meggai na familia ti siña manbira gi guma'-ñiha"),
        ],
        "ta": [
            it("Guma' ni taya' kurente: {kurente}{kurente.was}", kurente="n 50 4000"),
            it("Ilek-ña i GWA na debi di u ma nå'na i hånom antes di ma gimen"),
        ],
        "tb": [
            it("Chalan ni mababa ginen i tronkon hayu: {chalan}{chalan.was}", chalan="n 1 40"),
            it("I ofisina yan i DPW ha gagåcha' i tronkon hayu gi kanton chalan"),
        ],
        "help": [
            it("Ma nå'i hånom, nengkanno' yan tarpaulin para i familia siha"),
            it("Familia ni rumesibi ayudo: {ayudo}{ayudo.was}", ayudo="n 20 1500"),
        ],
        "staff": [
            it("Empleao yan boluntario ni manmacho'cho': {boluntario}{boluntario.was}", boluntario="n 5 100"),
            it("I Guam National Guard ha ayuda i ofisina gi gagåcha' i basula"),
        ],
        "money": [
            it("Gåstu asta på'go: {gastu}", gastu="cum 5 70"),
            it("I Mayot ha gågao {gagao} ginen i Mayors' Council para i che'cho' gi chalan", gagao="money 10 120"),
        ],
        "risks": [
            risk("Peligro para chetnot ginen i hånom ni ti gasgas: {trend}", levels=CH_LEVELS,
                 mit=("ma nå'i i taotao bottled water yan chlorine tablets",)),
            risk("Peligro para dengue sa' meggai na hånom ni pa'go gi kanton guma': {trend}", levels=CH_LEVELS,
                 mit=("ma gagåcha' i goma yan i kosas ni gumuguåtdia hånom",)),
            risk("Manåmko' ni mañåsaga maisa ha' gi guma'-ñiha", mit=("boluntario siha bumisita kada diha",)),
        ],
        "next": [
            it("Para u ma kuenta todu i guma' ni mayulang antes di {katta}", katta="date 1 4"),
            it("I sigiente na ripot para u ma na'huyong gi {sigiente}", sigiente="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DESLAVE = Partner(
    "gt-comred-landslides",
    "Deslizamientos",
    ("COMRED de Cobán", "COMRED de San Juan Sacatepéquez", "COMRED de Santa Catarina Pinula",
     "COMRED de Santa Cruz del Quiché"),
    {},
    {
        "hl": [
            it("Las lluvias intensas registradas desde el {inicio} provocaron deslizamientos en varias aldeas del "
               "municipio", inicio="date -3 -3"),
            it("Personas afectadas: {afectadas}{afectadas.was}", afectadas="n 50 5000"),
        ],
        "sit": [
            it("El INSIVUMEH pronostica lluvias de moderadas a fuertes por la tarde y noche en los próximos días"),
            it("Lluvia acumulada en la estación municipal (mm): {lluvia}{lluvia.was}", lluvia="n 20 250"),
        ],
        "imp": [
            it("Viviendas con daño severo: {viviendas}{viviendas.was}", viviendas="n 1 300"),
            it("Personas fallecidas: {fallecidas}{fallecidas.was}", fallecidas="n 1 20"),
        ],
        "ta": [
            it("Deslizamientos reportados en el municipio: {deslizamientos}{deslizamientos.was}",
               deslizamientos="n 1 40"),
            it("La ruta hacia las aldeas del norte permanece con paso restringido por derrumbes"),
        ],
        "tb": [
            it("Albergues temporales habilitados: {albergues}{albergues.was}", albergues="n 1 12"),
            it("Personas albergadas: {albergadas}{albergadas.was}", albergadas="n 10 900"),
        ],
        "help": [
            it("La SOSEP y la municipalidad entregaron raciones de alimentos, agua y kits de higiene a las familias "
               "albergadas"),
            it("Raciones entregadas: {raciones}{raciones.was}", raciones="n 50 4000"),
        ],
        "staff": [
            it("Personal municipal, bomberos y voluntarios en campo: {personal}{personal.was}", personal="n 10 200"),
            it("La CONRED envió maquinaria y un equipo de evaluación de daños"),
        ],
        "money": [
            it("Gasto municipal acumulado: {gasto}", gasto="cum 5 80"),
            it("La municipalidad solicitó {apoyo} al Fondo Nacional de Emergencia para rehabilitar caminos rurales",
               apoyo="money 20 200"),
        ],
        "risks": [
            risk("Riesgo de nuevos deslizamientos en laderas saturadas: {trend}", levels=GT_LEVELS,
                 mit=("evacuación preventiva de las familias en zonas de alto riesgo",)),
            risk("Riesgo de enfermedades gastrointestinales en albergues: {trend}", levels=GT_LEVELS,
                 mit=("cloración del agua y jornadas médicas del Centro de Salud",)),
            risk("Crecida del río que atraviesa la cabecera municipal",
                 mit=("monitoreo de niveles por las COLRED y alerta por radio comunitaria",)),
        ],
        "next": [
            it("Concluir la evaluación de daños en viviendas antes del {evaluacion}", evaluacion="date 1 4"),
            it("Próximo informe: {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ATOLL = Partner(
    "mh-atoll-disaster-committee-drought",
    "Drought",
    ("Wotje Atoll Disaster Committee", "Jaluit Atoll Disaster Committee", "Ailinglaplap Atoll Disaster Committee",
     "Mili Atoll Disaster Committee"),
    {},
    {
        "hl": [
            it("No significant rainfall has been recorded on the atoll since {since} and household water supplies are "
               "running low", since="date -30 -20"),
            it("Households reporting less than one week of drinking water: {low}{low.was}", low="n 10 600"),
        ],
        "sit": [
            it("The Weather Service Office expects dry conditions to continue through the coming weeks"),
            it("Rainfall recorded this week (mm): {rain}{rain.was}", rain="n 1 20"),
        ],
        "imp": [
            it("Cases of diarrhea reported at the health center: {diarrhea}{diarrhea.was}", diarrhea="n 1 80"),
            it("Breadfruit and pandanus trees are drying out and families report food shortages"),
        ],
        "ta": [
            it("Community catchment tanks below one quarter full: {tanks}{tanks.was}", tanks="n 1 30"),
            it("The reverse osmosis unit at the local government office is producing water every day"),
        ],
        "tb": [
            it("Households receiving food rations: {rations}{rations.was}", rations="n 10 500"),
            it("Taro pits on the main islet show damage from salt water"),
        ],
        "help": [
            it("Water delivered by boat to the outer islets (gallons): {gallons}{gallons.was}", gallons="n 500 20000"),
            it("IOM and the Red Cross distributed water containers and hygiene kits"),
        ],
        "staff": [
            it("Local government staff and volunteers on water duty: {staff}{staff.was}", staff="n 3 60"),
            it("Two health assistants from the Ministry of Health and Human Services arrived on the field trip ship"),
        ],
        "money": [
            it("Expenditure to date: {spent}", spent="cum 5 60"),
            it("The Council has requested {request} from the National Disaster Management Office for fuel and spare "
               "parts", request="money 10 120"),
        ],
        "risks": [
            risk("Risk of water running out on the outer islets: {trend}", levels=MH_LEVELS,
                 mit=("water rationing and boat deliveries every week",)),
            risk("Risk of diarrhea and skin infections among children: {trend}", levels=MH_LEVELS,
                 mit=("hygiene messages on the radio and in the churches",)),
            risk("Breakdown of the reverse osmosis unit",
                 mit=("spare membranes ordered and a technician on standby in Majuro",)),
        ],
        "next": [
            it("Complete the household water survey by {survey}", survey="date 1 6"),
            it("Next report: {report}", report="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
