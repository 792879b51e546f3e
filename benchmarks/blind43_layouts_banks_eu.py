"""Item ideas of four ``blind43_layouts`` publishers writing in other languages of Europe: Spanish irrigation
communities ("comunidades de regantes") in a drought, writing in Spanish, East Frisian dyke associations
("Deichachten") through a winter storm surge, writing in Low German — a language no earlier set printed —, the rural
parishes of Asturias ("parroquies rurales", the smallest local entities of the Principality) after spring wildfires,
writing in Asturian — a language no earlier set printed —, and Slovenian beekeepers' societies ("čebelarska
društva") after a summer flood, writing in Slovene (``blind5_layouts_content`` explains the slots; the risks escalate
in their own language's words). ``blind43_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

ES_LEVELS = ("está controlado", "aumenta", "es ahora alto", "es ahora muy alto")

REGANTES = Partner(
    "es-regantes-sequia",
    "Parte de situación de la sequía",
    ("Comunidad de Regantes del Canal de Alcarrás", "Comunidad de Regantes de la Acequia Mayor de Teruel",
     "Comunidad de Regantes del Bajo Segura", "Comunidad de Regantes de la Vega de Almansa"),
    {},
    {
        "resumen": [
            it("La dotación de la campaña se ha reducido a {dotacion} m³ por hectárea", dotacion="n 1500 5000"),
            it("Los turnos de riego se mantienen cada {dias} días", dias="n 7 21"),
        ],
        "campana": [
            it("El embalse de cabecera está al {embalse} de su capacidad{embalse.was}", embalse="pct 8 40"),
            it("Solo se riegan los cultivos leñosos y las hortalizas ya plantadas"),
        ],
        "prevision": [
            it("AEMET no prevé lluvias significativas antes del {lluvia}", lluvia="date 7 20"),
            it("Se esperan temperaturas de hasta {grados} grados", grados="n 34 44"),
        ],
        "cultivos": [
            it("{hectareas} ha de cereal se han quedado sin riego{hectareas.was}", hectareas="n 100 9000"),
            it("Los frutales muestran daños por estrés hídrico en las parcelas altas"),
        ],
        "embalses": [
            it("Las reservas útiles suman {reservas} hm³{reservas.was}", reservas="n 5 120"),
            it("La Confederación Hidrográfica ha autorizado un desembalse extraordinario"),
        ],
        "turnos": [
            it("{parcelas} parcelas riegan en el turno de esta semana{parcelas.was}", parcelas="n 200 6000"),
            it("Los turnos nocturnos se han ampliado para reducir la evaporación"),
        ],
        "atencion": [
            it("La oficina ha atendido {consultas} consultas de comuneros{consultas.was}", consultas="n 20 900"),
            it("Se ha habilitado un teléfono para avisar de averías y tomas ilegales"),
        ],
        "personal": [
            it("{acequieros} acequieros y guardas trabajan en los turnos{acequieros.was}", acequieros="n 3 40"),
            it("Se ha contratado a dos guardas más para la vigilancia nocturna"),
        ],
        "economia": [
            it("El gasto en bombeo asciende a {bombeo} en lo que va de campaña", bombeo="cum 10 500"),
            it("La Junta ha aprobado una derrama extraordinaria de {derrama}", derrama="money 10 90"),
        ],
        "risks": [
            risk("El riesgo de no poder garantizar el riego de los frutales {trend}", levels=ES_LEVELS,
                 mit=("se prioriza el riego de socorro de los cultivos leñosos",)),
            risk("El riesgo de tomas ilegales en las acequias {trend}", levels=ES_LEVELS,
                 mit=("los guardas recorren las acequias de noche",)),
            risk("Averías en las bombas por el uso continuo",
                 mit=("se ha contratado el mantenimiento preventivo de las bombas",)),
        ],
        "proximas": [
            it("Junta General extraordinaria el {junta}", junta="date 3 12"),
            it("Reunión con la Confederación Hidrográfica el {reunion}", reunion="date 1 6"),
        ],
    },
    {"resumen": (1, 2), "campana": (1, 2), "prevision": (1, 2), "cultivos": (1, 2), "embalses": (1, 2),
     "turnos": (1, 2), "atencion": (1, 2), "personal": (1, 2), "economia": (1, 2), "risks": (1, 3),
     "proximas": (1, 2)},
    date(2026, 6, 3), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NDS_LEVELS = ("wat wi in 't Oog hebben", "wasst", "is nu hooch", "is nu bannig hooch")

DEICH = Partner(
    "nds-deichacht-sturmflut",
    "Laagbericht Stormfloot",
    ("Deichacht Leerhörn", "Deichacht Wittmersiel", "Deichacht Groothusen", "Deichacht Rheiderland-Noord"),
    {},
    {
        "kort": [
            it("Siet de Stormfloot an 'n {floot} sünd uns Deekwachten Dag un Nacht unnerwegens", floot="date -3 -3"),
            it("De Deken hebbt de Floot hollen, man an {stee} Steden gifft dat Schadens", stee="n 2 30"),
        ],
        "lage": [
            it("Dat Water in de Binnentiefen steiht noch hooch"),
            it("{hektar} Hektar Land stahn noch ünner Water{hektar.was}", hektar="n 20 3000"),
        ],
        "weer": [
            it("De DWD seggt för den {storm} weer Storm ut Nordwest vörut", storm="date 1 4"),
            it("Dat BSH rekent mit en Floot van {cm} cm över Middel-Hoochwater", cm="n 80 300"),
        ],
        "schadens": [
            it("De Deekwachten hebbt {brook} Schadensstellen an de Diekböschung funnen{brook.was}", brook="n 1 40"),
            it("Bi een Siel is de Dör verklemmt un warrt maakt"),
        ],
        "schoepf": [
            it("{pumpen} Pumpen lopen in de Schöpfwarken{pumpen.was}", pumpen="n 2 20"),
            it("Dat Schöpfwark an 'n Hoogen Diek löppt mit Notstroom"),
        ],
        "deekwacht": [
            it("De Deekwacht geiht alle {stunnen} Stünnen den Diek af", stunnen="n 2 6"),
            it("Treibsel up de Diekkroon warrt mit Treckers wegbrocht"),
        ],
        "huelp": [
            it("Wi hebbt {sandsacken} Sandsacken an Anwahners utgeven{sandsacken.was}", sandsacken="n 100 6000"),
            it("Buern kriegen Hülp bi 't Utpumpen van hör Kellers"),
        ],
        "lued": [
            it("{lued} Lüüd sünd in 'n Insatz{lued.was}", lued="n 10 200"),
            it("De Füerwehren ut de Naberskupp helpen bi de Deekwacht"),
        ],
        "kosten": [
            it("De Insatz kost bit nu {kosten}", kosten="cum 10 500"),
            it("Dat Land hett {hulp} Nothülp toseggt", hulp="money 10 90"),
        ],
        "risks": [
            risk("De Gefahr, dat de Diek bi de nächste Floot breekt, {trend}", levels=NDS_LEVELS,
                 mit=("de schwacken Steden warrn mit Sandsacken un Folie stütt",)),
            risk("De Gefahr, dat en Schöpfwark utfallt, {trend}", levels=NDS_LEVELS,
                 mit=("Notstroomaggregaten staht bi all Schöpfwarken praat",)),
            risk("Deekwachten, de sük bi Storm up 'n Diek verwunnen",
                 mit=("nüms geiht alleen up 'n Diek un all hebbt en Rettungsweste",)),
        ],
        "naechst": [
            it("Deekschau mit de Ünnere Deekbehörde an 'n {schau}", schau="date 2 7"),
            it("Vörstand kummt an 'n {vorstand} tosamen", vorstand="date 1 5"),
        ],
    },
    {"kort": (1, 2), "lage": (1, 2), "weer": (1, 2), "schadens": (1, 2), "schoepf": (1, 2), "deekwacht": (1, 2),
     "huelp": (1, 2), "lued": (1, 2), "kosten": (1, 2), "risks": (1, 3), "naechst": (1, 2)},
    date(2026, 1, 14), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

AST_LEVELS = ("ta controláu", "medra", "ye agora altu", "ye agora peraltu")

PARROQUIES = Partner(
    "ast-parroquies-quemes",
    "Informe de situación",
    ("Parroquia Rural de Bermiegu", "Parroquia Rural de Vil.lanueva", "Parroquia Rural de Caliao",
     "Parroquia Rural de Sotu la Ribera"),
    {},
    {
        "resume": [
            it("Dende la quema del {quema} la xunta parroquial ta reunida tolos díes", quema="date -5 -5"),
            it("Quemáronse {hectarees} hectárees nel términu de la parroquia{hectarees.was}", hectarees="n 20 3000"),
        ],
        "situacion": [
            it("Los fuegos tán apagaos pero sigue habiendo focos nes zones altes"),
            it("{pueblos} pueblos tuvieron que desaloxase{pueblos.was}", pueblos="n 1 12"),
        ],
        "tiempu": [
            it("AEMET anuncia vientu del sur fuerte hasta'l {vientu}", vientu="date 1 4"),
            it("Nun se prevé lluvia enantes del {lluvia}", lluvia="date 3 9"),
        ],
        "danos": [
            it("{cuadres} cuadres y cabanes quemaron{cuadres.was}", cuadres="n 1 60"),
            it("La traída d'agua del pueblu ta cortada pola quema"),
        ],
        "monte": [
            it("Los bomberos vixilen {focos} focos nel monte comunal{focos.was}", focos="n 1 20"),
            it("La pista forestal del cordal ta zarrada al tráficu"),
        ],
        "ganau": [
            it("Morrieron {reses} reses na quema{reses.was}", reses="n 2 300"),
            it("Los ganaderos recibieron {paques} paques de yerba donaos", paques="n 50 3000"),
        ],
        "ayuda": [
            it("Ayudamos a {families} families a volver a les sos cases{families.was}", families="n 2 90"),
            it("El centru social ta abiertu como llugar d'acoyida"),
        ],
        "voluntariau": [
            it("{voluntarios} vecinos y vecines trabayen como voluntarios{voluntarios.was}", voluntarios="n 5 120"),
            it("La Guardería de Medio Natural coordina los turnos de vixilancia"),
        ],
        "gastos": [
            it("Los gastos de la parroquia xubieron a {gastos}", gastos="cum 1 60"),
            it("El Conceyu dio una ayuda de {ayuda}", ayuda="money 2 30"),
        ],
        "risks": [
            risk("El riesgu de que se reavive la quema {trend}", levels=AST_LEVELS,
                 mit=("hai vixilancia nel cordal tolos díes de vientu",)),
            risk("El riesgu d'argayos cuando llueva {trend}", levels=AST_LEVELS,
                 mit=("avisóse a Carreteres de los tramos peligrosos",)),
            risk("Que s'apruebe tarde l'ayuda pa les cuadres",
                 mit=("la xunta parroquial tramita les solicitúes de los vecinos",)),
        ],
        "pasos": [
            it("Xunta vecinal nel centru social el {xunta}", xunta="date 1 5"),
            it("Visita de los téunicos del Principáu el {visita}", visita="date 2 8"),
        ],
    },
    {"resume": (1, 2), "situacion": (1, 2), "tiempu": (1, 2), "danos": (1, 2), "monte": (1, 2), "ganau": (1, 2),
     "ayuda": (1, 2), "voluntariau": (1, 2), "gastos": (1, 2), "risks": (1, 3), "pasos": (1, 2)},
    date(2026, 3, 31), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

SL_LEVELS = ("spremljamo", "narašča", "je zdaj visoko", "je zdaj zelo visoko")

CEBELE = Partner(
    "sl-cebelarji-poplava",
    "Poročilo o stanju po poplavah",
    ("Čebelarsko društvo Luče", "Čebelarsko društvo Gornji Grad", "Čebelarsko društvo Mozirje",
     "Čebelarsko društvo Rečica ob Savinji"),
    {},
    {
        "povzetek": [
            it("Poplava je {datum} odnesla ali poškodovala čebelnjake v dolini", datum="date -6 -6"),
            it("Društvo je do zdaj popisalo {panji} uničenih panjev{panji.was}", panji="n 20 2000"),
        ],
        "stanje": [
            it("Večina čebelnjakov ob reki je še vedno nedostopna"),
            it("{cebelarji} čebelarjev je prijavilo škodo{cebelarji.was}", cebelarji="n 2 150"),
        ],
        "napoved": [
            it("ARSO napoveduje nove padavine {padavine}", padavine="date 1 4"),
            it("Ohladitev pričakujemo po {ohladitev}", ohladitev="date 3 9"),
        ],
        "skoda": [
            it("{cebelnjaki} čebelnjakov je popolnoma uničenih{cebelnjaki.was}", cebelnjaki="n 1 80"),
            it("V zalitih panjih so čebele poginile zaradi blata in vlage"),
        ],
        "selitev": [
            it("Prepeljali smo {prepeljani} panjev na varna stojišča{prepeljani.was}", prepeljani="n 10 900"),
            it("Cesta do planinskih stojišč je za prevoz panjev še zaprta"),
        ],
        "pasa": [
            it("Čebelarji so razdelili {kg} kg sladkorja za krmljenje{kg.was}", kg="n 100 9000"),
            it("Zaradi poplave je ajdova paša v dolini uničena"),
        ],
        "pomoc": [
            it("Zveza je razdelila {paketi} paketov pomoči čebelarjem{paketi.was}", paketi="n 2 200"),
            it("Čebelarji iz drugih društev so ponudili rezervne družine"),
        ],
        "clani": [
            it("{prostovoljci} članov pomaga pri čiščenju čebelnjakov{prostovoljci.was}", prostovoljci="n 3 120"),
            it("Čebelarski svetovalec obiskuje prizadete čebelarje"),
        ],
        "stroski": [
            it("Škoda na opremi znaša {skoda}", skoda="cum 5 300"),
            it("Donacije so do zdaj dosegle {donacije}", donacije="money 2 50"),
        ],
        "risks": [
            risk("Tveganje, da družine zaradi stradanja ne preživijo zime, {trend}", levels=SL_LEVELS,
                 mit=("društvo organizira dodatno krmljenje s sladkorno raztopino",)),
            risk("Tveganje za širjenje hude gnilobe iz razpadlih panjev {trend}", levels=SL_LEVELS,
                 mit=("veterinarji pregledujejo čebelnjake v prizadetem območju",)),
            risk("Čebelarji, ki zaradi izgube opustijo čebelarjenje",
                 mit=("društvo čebelarjem pomaga pri vlogah za državno pomoč",)),
        ],
        "koraki": [
            it("Izredni občni zbor društva bo {zbor}", zbor="date 2 9"),
            it("Vloge za pomoč je treba oddati do {rok}", rok="date 5 14"),
        ],
    },
    {"povzetek": (1, 2), "stanje": (1, 2), "napoved": (1, 2), "skoda": (1, 2), "selitev": (1, 2), "pasa": (1, 2),
     "pomoc": (1, 2), "clani": (1, 2), "stroski": (1, 2), "risks": (1, 3), "koraki": (1, 2)},
    date(2026, 8, 12), cadence_days=4, punct="stop", mitigation="colon",
)  # fmt: skip
