"""Item ideas of three ``blind31_layouts`` publishers further away: a Kenyan county's desert locust control unit, a
Spanish river basin authority in a flood, written in Spanish, and a North Macedonian reception and transit centre for
refugees and migrants, written in Macedonian (``blind5_layouts_content`` explains the slots; the Macedonian series are
told apart by their names in Latin letters, as ``blind18_layouts_content.Romanised`` does; the risks escalate in their
own language's words). ``blind31_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

LOCUST = Partner(
    "ke-desert-locust",
    "Desert Locust",
    ("County Government of Samburu Kaskazini – Locust Control Unit", "County Government of Isiolo Mashariki – "
     "Locust Control Unit", "County Government of Marsabit Magharibi – Locust Control Unit",
     "County Government of Turkana Kusini – Locust Control Unit"),
    {},
    {
        "highlights": [
            it("Immature swarms from the north crossed into the county on {crossed}", crossed="date -6 -6"),
            it("{treated} hectares have been treated since the start of the campaign{treated.was}",
               treated="n 500 30000"),
        ],
        "situation": [
            it("{swarms} swarms are active in {wards} wards", swarms="n 2 25", wards="n 2 12"),
            it("Hopper bands are forming in the Lagha Dima grazing area"),
            it("Egg-laying was reported near Ngaremara Juu on {eggs}", eggs="date -3 -1"),
        ],
        "surveillance": [
            it("{scouts} trained community scouts are reporting through eLocust{scouts.was}", scouts="n 20 300"),
            it("Ground teams surveyed {surveyed} hectares this week", surveyed="n 1000 60000"),
        ],
        "response": [
            it("The spray aircraft treated {aerial} hectares in the last week{aerial.was}", aerial="n 200 12000"),
            it("{vehicles} ground spray vehicles are working from the Lomunyen base", vehicles="n 2 12"),
            it("Biopesticide is used near water points and beehives"),
        ],
        "damage": [
            it("{pasture} hectares of pasture have been damaged", pasture="n 100 20000"),
            it("{households} farming households have reported crop losses{households.was}", households="n 50 4000"),
        ],
        "forecast": [
            it("Swarms are expected to move south-west with the winds over the next {days} days", days="n 3 10"),
            it("Rains forecast from {rains} will favour further breeding", rains="date 5 20"),
        ],
        "stocks": [
            it("The county holds {litres} litres of pesticide{litres.was}", litres="n 500 20000"),
            it("{kits} sets of protective equipment were issued to spray teams", kits="n 20 300"),
        ],
        "risks": [
            risk("The risk of swarms reaching the cropland of the highlands {trend}",
                 mit=("aerial control is focused on the swarms moving south",)),
            risk("Pesticide poisoning of herders and livestock {trend}",
                 mit=("herders are warned before spraying and grazing is kept off treated areas for 14 days",)),
            risk("Insecurity limiting access for ground teams",
                 mit=("ground teams travel with police escort in the affected wards",)),
        ],
        "funding": [
            it("The county has spent {spent} on the campaign so far", spent="cum 200 9000"),
            it("An allocation of {allocation} from the national government was received", allocation="money 500 5000"),
        ],
    },
    {"highlights": (1, 2), "situation": (1, 3), "surveillance": (1, 2), "response": (1, 3), "damage": (1, 2),
     "forecast": (1, 2), "stocks": (1, 2), "risks": (1, 3), "funding": (1, 2)},
    date(2026, 1, 19), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

ES_LEVELS = ("se vigila", "está aumentando", "es ya significativo", "es ya crítico")

CUENCA = Partner(
    "es-avenidas",
    "Avenidas",
    ("Confederación Hidrográfica del Jalón", "Confederación Hidrográfica del Alberche",
     "Confederación Hidrográfica del Serpis", "Confederación Hidrográfica del Nalón"),
    {},
    {
        "resumen": [
            it("Se mantiene el episodio de avenidas iniciado el {inicio} por las lluvias intensas en la cabecera",
               inicio="date -3 -3"),
            it("La situación de la presa principal es de normalidad con el embalse al {embalse} de su capacidad",
               embalse="pct 60 98"),
        ],
        "hidro": [
            it("El caudal en la estación de aforo de Torremedina alcanzó {caudal} m³/s{caudal.was}",
               caudal="n 80 900"),
            it("{estaciones} estaciones del SAIH superan el umbral de alerta", estaciones="n 1 12"),
            it("El nivel del río desciende en el tramo medio desde la madrugada"),
        ],
        "embalses": [
            it("El embalse de Valdelosa desembalsa {desembalse} m³/s", desembalse="n 10 300"),
            it("Los resguardos de los embalses se revisan cada seis horas"),
        ],
        "afecciones": [
            it("{hectareas} hectáreas de cultivo siguen inundadas{hectareas.was}", hectareas="n 100 6000"),
            it("Se han cortado {carreteras} carreteras locales por el agua", carreteras="n 2 15"),
            it("Daños en la mota de defensa del río a su paso por Villanueva del Soto"),
        ],
        "actuaciones": [
            it("Se han retirado {toneladas} toneladas de arrastres en puentes y azudes", toneladas="n 20 900"),
            it("Se ha reforzado la vigilancia de las motas con patrullas de guardería fluvial"),
            it("Se ha informado a los ayuntamientos ribereños del régimen de desembalses"),
        ],
        "personal": [
            it("{efectivos} efectivos de la Confederación trabajan en el episodio{efectivos.was}",
               efectivos="n 20 150"),
            it("Se han activado turnos de guardia de 12 horas en las presas de cabecera"),
        ],
        "costes": [
            it("El gasto en obras de emergencia asciende a {gasto}", gasto="cum 50 2000"),
            it("Se ha tramitado una obra de emergencia por {importe} para reparar la mota", importe="money 40 400"),
        ],
        "risks": [
            risk("El riesgo de rotura de la mota en Villanueva del Soto {trend}",
                 mit=("refuerzo con escollera y vigilancia permanente",), levels=ES_LEVELS),
            risk("El riesgo de nuevas lluvias en la cabecera {trend}",
                 mit=("resguardo adicional en los embalses de cabecera",), levels=ES_LEVELS),
            risk("Acceso del público a las zonas inundables",
                 mit=("señalización y cierre de caminos de servicio",)),
        ],
        "prevision": [
            it("AEMET prevé lluvias débiles hasta el {lluvias}", lluvias="date 1 3"),
            it("Se espera que el caudal baje por debajo del umbral de alerta en {horas} horas", horas="n 12 72"),
        ],
    },
    {"resumen": (1, 2), "hidro": (1, 3), "embalses": (1, 2), "afecciones": (1, 3), "actuaciones": (1, 3),
     "personal": (1, 2), "costes": (1, 2), "risks": (1, 3),
     "prevision": (1, 2)},
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MK_LEVELS = ("се следи", "се зголемува", "е сега значителен", "е сега критичен")

TRANSIT = Romanised(
    "mk-transit-centre",
    "Transit Centre",
    ("Прифатно-транзитен центар Винишка Река", "Прифатно-транзитен центар Дојран Југ",
     "Прифатно-транзитен центар Куманово Север", "Прифатно-транзитен центар Струмица Исток"),
    {},
    {
        "rezime": [
            it("Во центарот моментно престојуваат {lica} лица{lica.was}", lica="n 40 900"),
            it("Состојбата во центарот е мирна и безбедна"),
        ],
        "brojki": [
            it("Во последните 24 часа се регистрирани {novi} новопристигнати лица", novi="n 5 300"),
            it("Од нив {deca} се деца, од кои {nepridruzheni} без придружба", deca="n 2 120",
               nepridruzheni="n 1 15"),
            it("{zaminati} лица го напуштија центарот", zaminati="n 5 250"),
        ],
        "smestuvanje": [
            it("Искористеноста на капацитетот е {kapacitet}{kapacitet.was}", kapacitet="pct 30 110"),
            it("Поставени се {shatori} дополнителни шатори со греење", shatori="n 2 20"),
        ],
        "zdravje": [
            it("Мобилната амбулантна екипа прегледа {pregledi} лица{pregledi.was}", pregledi="n 10 400"),
            it("{upateni} лица се упатени во општата болница", upateni="n 1 12"),
        ],
        "pomosh": [
            it("Поделени се {obroci} оброци и {paketi} хигиенски пакети", obroci="n 100 3000", paketi="n 50 900"),
            it("Црвениот крст подели зимска облека на {obleka} лица", obleka="n 20 500"),
            it("Вредноста на поделената помош изнесува {vrednost}", vrednost="money 20 300"),
        ],
        "personal": [
            it("Во центарот работат {vraboteni} вработени и волонтери{vraboteni.was}", vraboteni="n 20 120"),
            it("Ангажирани се {preveduvachi} преведувачи за арапски, фарси и паштунски", preveduvachi="n 2 9"),
        ],
        "risks": [
            risk("Ризикот од пренатрупаност на центарот {trend}",
                 mit=("подготвени се резервни шатори и превоз до вториот центар",), levels=MK_LEVELS),
            risk("Ризикот од ширење на заразни болести {trend}",
                 mit=("секојдневен здравствен преглед и изолација на болните",), levels=MK_LEVELS),
            risk("Прекин на снабдувањето со вода",
                 mit=("резервоар од 20 тони и договор со комуналното претпријатие",)),
        ],
        "chekori": [
            it("Состанок со УНХЦР и Црвениот крст на {sostanok}", sostanok="date 1 3"),
            it("Набавка на дополнителни душеци и ќебиња"),
        ],
    },
    {"rezime": (1, 2), "brojki": (1, 3), "smestuvanje": (1, 2), "zdravje": (1, 2), "pomosh": (1, 3),
     "personal": (1, 2), "risks": (1, 3), "chekori": (1, 2)},
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
    latin=("vinishka-reka", "dojran-jug", "kumanovo-sever", "strumica-istok", "tranzit"),
)  # fmt: skip
