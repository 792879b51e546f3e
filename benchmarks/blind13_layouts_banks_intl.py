"""Item ideas of the four publishers of the ``blind13_layouts`` set that write in another language than English: a
Portuguese municipal civil protection service ("Serviço Municipal de Proteção Civil") reporting on a storm in
its "Relatório de situação", a Finnish municipality's preparedness group ("valmiusjohtoryhmä") reporting on a
contaminated water supply in its "Tilannekatsaus", a Welsh county council reporting on river flooding in
Welsh only, and a Spanish autonomous community's emergency agency reporting on a DANA (a cut-off low) in its
"Informe de situación". The texts are in the publisher's language; the generator's figures, dates and "(up
from … )" notes are English and are put into the publisher's conventions by ``blind13_layouts_content``
(the Welsh by ``blind7_layouts_content.localise``). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

PT_LEVELS = ("está a ser acompanhado", "está a aumentar", "é agora elevado", "é agora crítico")
FI_LEVELS = ("on seurannassa", "kasvaa", "on nyt korkea", "on nyt kriittinen")
CY_LEVELS = ("yn cael ei monitro", "yn cynyddu", "bellach yn uchel", "bellach yn ddifrifol")
ES_LEVELS = ("se mantiene en vigilancia", "va en aumento", "es ahora alto", "es ahora crítico")

PROTECAO = Partner(
    "smpc-pt",
    "Depressão Marta",
    ("Câmara Municipal de Vila Serrana", "Câmara Municipal de Porto Alvo", "Câmara Municipal de Ribamar",
     "Câmara Municipal de Alcouto"),
    {},
    {
        "situation": [
            it("Aviso vermelho do IPMA para o distrito em vigor até {warning}", warning="date 0 2"),
            it("{calls} pedidos de socorro registados nas últimas 24 horas{calls.was}", calls="n 20 700"),
            it("O nível do rio Lis subiu acima da cota de alerta junto à ponte velha"),
        ],
        "impacts": [
            it("{trees} quedas de árvores na via pública{trees.was}", trees="n 5 300"),
            it("{homes} habitações com inundações no piso térreo", homes="n 0 250"),
            it("Estrada municipal 521 cortada entre Casal Novo e a Ribeira"),
        ],
        "workforce": [
            it("{ops} operacionais empenhados dos bombeiros e da proteção civil{ops.was}", ops="n 30 400"),
            it("{veh} veículos no terreno, incluindo duas máquinas de rasto", veh="n 8 90"),
        ],
        "actions": [
            it("Limpeza de sarjetas e valetas nas zonas baixas da cidade"),
            it("Distribuídos {bags} sacos de areia aos moradores da Ribeira", bags="n 200 6000"),
            it("Pavilhão municipal preparado como zona de concentração e apoio à população"),
        ],
        "risks": [
            risk("O risco de derrocada na encosta de São Brás {trend}", levels=PT_LEVELS,
                 mit=("vigilância permanente e corte preventivo do caminho municipal",)),
            risk("Falhas de energia prolongadas nas aldeias serranas", levels=PT_LEVELS,
                 mit=("geradores da câmara prontos a seguir para os lares e a unidade de saúde",)),
        ],
        "forecast": [
            it("Precipitação forte prevista até {rain_until}, com acumulados até {rain} mm", rain_until="date 0 2",
               rain="n 20 90"),
            it("Rajadas de vento até 100 km/h no litoral"),
        ],
        "communications": [
            it("Comunicado publicado no site do município e nas redes sociais"),
            it("Alerta por SMS enviado aos residentes das zonas ribeirinhas"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "workforce": (1, 2), "actions": (1, 3), "risks": (1, 2),
     "forecast": (1, 2), "communications": (1, 2)},
    date(2024, 11, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

VALMIUS = Partner(
    "valmius-fi",
    "Talousveden saastuminen",
    ("Järvelän kunta", "Koskimaan kaupunki", "Pohjalahden kunta", "Kuusirannan kaupunki"),
    {},
    {
        "situation": [
            it("Keittokehotus koskee {homes} kotitaloutta{homes.was}", homes="n 300 9000"),
            it("Vesinäytteissä todettiin E. coli -bakteeria Kivikankaan vedenottamolla"),
            it("Verkoston kloorauksen arvioidaan valmistuvan {chlor} mennessä", chlor="date 1 4"),
        ],
        "impacts": [
            it("{sick} vatsatautitapausta ilmoitettu terveyskeskukseen{sick.was}", sick="n 5 400"),
            it("Koulut ja päiväkodit käyttävät pullotettua vettä"),
            it("Ravintoloita on ohjeistettu keittämään käyttämänsä vesi"),
        ],
        "actions": [
            it("Vedenjakelupisteitä avattu {points} kappaletta", points="n 2 12"),
            it("Ikääntyneille ja liikuntarajoitteisille toimitettu {litres} litraa vettä kotiin", litres="n 500 20000"),
            it("Verkostoa huuhdellaan yötöinä Kivikankaan alueella"),
        ],
        "risks": [
            risk("Riski keittokehotuksen pitkittymisestä {trend}", levels=FI_LEVELS,
                 mit=("lisänäytteet kahdesti päivässä ja toinen laboratorio käyttöön",)),
            risk("Vesisäiliöiden riittävyys jakelupisteillä", levels=FI_LEVELS,
                 mit=("naapurikuntien säiliöt ja VPK:n apu jakeluun",)),
        ],
        "communications": [
            it("Tiedote julkaistu kunnan verkkosivuilla ja Facebookissa"),
            it("Vesilaitoksen neuvontapuhelin palvelee kello 8–20"),
        ],
        "next": [
            it("Seuraava tilannekatsaus {next} kello 12", next="date 1 1"),
            it("Valmiusjohtoryhmä kokoontuu kello 15"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "communications": (1, 2),
     "next": (1, 2)},
    date(2024, 8, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYNGOR = Partner(
    "cyngor-cy",
    "Llifogydd",
    ("Cyngor Sir Glan Teifi", "Cyngor Bro Dyfrdwy", "Cyngor Sir Eryri Isaf", "Cyngor Bwrdeistref Cwm Llwyd"),
    {},
    {
        "situation": [
            it("Mae {warnings} rhybudd llifogydd mewn grym ar draws y sir{warnings.was}", warnings="n 1 20"),
            it("Disgwylir i Afon Teifi gyrraedd ei huchafbwynt ar {crest}", crest="date 0 2"),
            it("Mae'r glaw wedi dechrau clirio o'r gorllewin"),
        ],
        "impacts": [
            it("Mae {homes} o gartrefi wedi dioddef llifogydd{homes.was}", homes="n 2 300"),
            it("Mae {roads} o ffyrdd ar gau oherwydd dŵr ar yr wyneb", roads="n 1 40"),
            it("Mae tair ysgol gynradd ar gau heddiw"),
        ],
        "actions": [
            it("Rydyn ni wedi dosbarthu {bags} o fagiau tywod", bags="n 100 5000"),
            it("Mae criwiau'r priffyrdd yn clirio ceuffosydd ym mhob ardal"),
            it("Mae'r tîm gwastraff yn casglu nwyddau sydd wedi'u difrodi gan ddŵr"),
        ],
        "risks": [
            risk("Mae'r risg y bydd yr amddiffynfeydd yn Llanfair yn methu {trend}", levels=CY_LEVELS,
                 mit=("pympiau ychwanegol a gwylio'r amddiffynfeydd bob awr",)),
            risk("Gallai dŵr yfed gael ei halogi mewn pentrefi gwledig", levels=CY_LEVELS,
                 mit=("Dŵr Cymru yn profi'r cyflenwad ac yn dosbarthu dŵr potel",)),
        ],
        "assistance": [
            it("Mae canolfan orffwys ar agor yn Neuadd y Dref"),
            it("Mae {people} o bobl wedi cofrestru yn y ganolfan orffwys", people="n 0 200"),
        ],
        "next": [
            it("Byddwn yn rhoi'r diweddariad nesaf ar {next} am 10:00", next="date 1 1"),
            it("Bydd y tîm adfer yn cyfarfod i gynllunio'r gwaith glanhau"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "assistance": (1, 2),
     "next": (1, 2)},
    date(2024, 2, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EMERGENCIAS = Partner(
    "emergencias-es",
    "DANA – lluvias torrenciales",
    ("Agencia de Emergencias de Castilla del Río", "Agencia Balear de Emergencias del Levante",
     "Protección Civil de la Región de Sierra Alta", "Agencia de Seguridad y Emergencias de Valdemar"),
    {},
    {
        "situation": [
            it("Situación operativa 1 del plan especial ante inundaciones activada en {munis} municipios{munis.was}",
               munis="n 3 60"),
            it("Los embalses de la cuenca se encuentran al {res} de su capacidad", res="pct 60 98"),
            it("El río Guadarrillo ha bajado por debajo del umbral de alerta en Puente Viejo"),
        ],
        "forecast": [
            it("AEMET mantiene el aviso naranja por lluvias hasta {until}", until="date 0 2"),
            it("Se esperan acumulados de hasta {rain} litros por metro cuadrado en 12 horas", rain="n 20 180"),
        ],
        "impacts": [
            it("{calls} incidencias atendidas por el 112{calls.was}", calls="n 50 2500"),
            it("{evac} personas desalojadas de sus viviendas", evac="n 0 900"),
            it("Cortadas al tráfico {roads} carreteras de la red autonómica", roads="n 1 40"),
        ],
        "workforce": [
            it("{ff} efectivos de bomberos, protección civil y voluntariado{ff.was}", ff="n 60 1200"),
            it("La Unidad Militar de Emergencias interviene con {ume} efectivos", ume="n 0 300"),
        ],
        "actions": [
            it("Rescates en vehículos atrapados en los pasos inundados"),
            it("Achique de agua en garajes y sótanos de las zonas bajas"),
            it("Albergue provisional abierto en el polideportivo municipal"),
        ],
        "risks": [
            risk("El riesgo de desbordamiento del barranco de la Cañada {trend}", levels=ES_LEVELS,
                 mit=("vigilancia continua y desalojo preventivo de las viviendas de la ribera",)),
            risk("Deslizamientos de ladera en la carretera de la sierra", levels=ES_LEVELS,
                 mit=("corte de la vía y revisión por los técnicos de carreteras",)),
        ],
        "communications": [
            it("Mensajes ES-Alert enviados a los móviles de los municipios afectados"),
            it("Recomendaciones a la población difundidas en redes sociales y medios"),
        ],
    },
    {"situation": (2, 3), "forecast": (1, 2), "impacts": (1, 3), "workforce": (1, 2), "actions": (1, 3),
     "risks": (1, 2), "communications": (1, 2)},
    date(2024, 10, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
