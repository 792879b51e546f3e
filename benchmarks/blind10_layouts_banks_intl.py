"""Item ideas of the three publishers of the ``blind10_layouts`` set that write in another language: a Belgian
province's crisis cell ("cellule de crise provinciale") reporting on floods in its "point de situation", an
Austrian district authority's operations command ("Bezirkseinsatzleitung") reporting on heavy snow and
avalanche danger in its "Lagebericht", and a Chilean regional emergency directorate reporting on forest fires
in its "reporte de situación". The texts are in the publisher's language; the generator's figures, dates and
"(up from … )" notes are English and are put into the publisher's conventions by
``blind10_layouts_content.localise``. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

BE_LEVELS = ("est suivi", "augmente", "est désormais élevé", "est désormais critique")
AT_LEVELS = ("wird beobachtet", "steigt", "ist mittlerweile hoch", "ist mittlerweile kritisch")
CL_LEVELS = ("se mantiene en observación", "aumenta", "es ahora alto", "es ahora crítico")

PROVINCE = Partner(
    "province-be",
    "Inondations",
    ("Province de Hainaut-Ouest", "Province de Luxembourg-Ardenne", "Province du Brabant des Collines",
     "Province de Namur-Meuse"),
    {},
    {
        "situation": [
            it("La phase provinciale du plan d'urgence est déclenchée depuis le {phase} à 14h00", phase="date -3 -1"),
            it("Le niveau de la Dendre à Ath atteint {niveau} cm{niveau.was}", niveau="n 180 420"),
            it("{communes} communes de la province sont touchées par les inondations{communes.was}",
               communes="n 3 24"),
            it("L'IRM maintient l'avertissement orange pour de fortes pluies jusqu'au {irm}", irm="date 1 2"),
            it("La décrue est amorcée en amont mais le pic est attendu cette nuit à Lessines"),
            it("Les barrages-réservoirs de l'Eau d'Heure sont remplis à {barrages} de leur capacité{barrages.was}",
               barrages="pct 70 99"),
        ],
        "impacts": [
            it("{evacues} personnes ont été évacuées à titre préventif{evacues.was}", evacues="n 20 900"),
            it("{heberges} personnes sont hébergées au centre d'accueil du hall omnisports de Leuze",
               heberges="n 5 180"),
            it("{routes} routes régionales sont fermées à la circulation", routes="n 2 30"),
            it("La distribution d'eau est interrompue dans deux sections de Frasnes"),
            it("{caves} caves inondées signalées au numéro 1722{caves.was}", caves="n 40 1400"),
        ],
        "actions": [
            it("La Protection civile a posé {sacs} sacs de sable le long des berges", sacs="n 500 9000"),
            it("Les zones de secours ont réalisé {interventions} interventions depuis hier",
               interventions="n 30 600"),
            it("Le centre d'accueil est géré par la Croix-Rouge avec le CPAS de Leuze"),
            it("Des pompes de grande capacité de la Défense sont engagées à Ath"),
            it("Le SPW Mobilité a fermé la N60 et mis en place une déviation par Renaix"),
            it("Les communes distribuent des sacs de sable aux habitants dans {points} points de retrait",
               points="n 3 25"),
        ],
        "risks": [
            risk("Le risque de rupture de la digue de Papignies {trend}", levels=BE_LEVELS,
                 mit=("surveillance continue de la digue par les pompiers et un ingénieur du SPW",)),
            risk("La saturation du centre d'accueil si de nouvelles évacuations sont ordonnées",
                 mit=("ouverture d'un second centre à Ath préparée avec la commune",)),
            risk("Le risque de pollution par le mazout des habitations inondées {trend}", levels=BE_LEVELS,
                 mit=("barrages absorbants posés par la Protection civile",)),
        ],
        "workforce": [
            it("{pompiers} pompiers des zones de secours engagés{pompiers.was}", pompiers="n 40 320"),
            it("{pc} agents de la Protection civile sur le terrain", pc="n 10 90"),
            it("La cellule de crise siège en continu au Palais provincial"),
        ],
        "communications": [
            it("Un message BE-Alert a été envoyé à {bealert} personnes", bealert="n 2000 60000"),
            it("Le numéro d'information 1771 a reçu {appels} appels{appels.was}", appels="n 50 2400"),
            it("Un point presse du Gouverneur est prévu à 11h00"),
            it("Les consignes de sécurité sont relayées par les communes sur leurs pages Facebook"),
        ],
        "next": [
            it("Prochaine réunion de la cellule de crise le {reunion} à 8h00", reunion="date 1 1"),
            it("Évaluation du retour des personnes évacuées dès la décrue"),
        ],
    },
    {"situation": (3, 5), "impacts": (3, 5), "actions": (3, 5), "risks": (2, 3), "workforce": (2, 3),
     "communications": (2, 4), "next": (1, 2)},
    date(2024, 1, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BEZIRK = Partner(
    "bezirk-at",
    "Schneelage und Lawinengefahr",
    ("Bezirkshauptmannschaft Hohenau", "Bezirkshauptmannschaft Sankt Veit am Joch",
     "Bezirkshauptmannschaft Tauernthal", "Bezirkshauptmannschaft Murgraben"),
    {},
    {
        "situation": [
            it("Die Lawinenwarnstufe liegt oberhalb von 1.800 m bei 4 (groß)"),
            it("In den letzten 24 Stunden sind {neu} cm Neuschnee gefallen{neu.was}", neu="n 20 110"),
            it("{orte} Ortschaften sind auf dem Straßenweg nicht erreichbar{orte.was}", orte="n 1 9"),
            it("Die Landesstraße L 215 ins Obertal ist seit dem {sperre} gesperrt", sperre="date -3 -1"),
            it("Die ZAMG erwartet ab {wetter} eine Wetterberuhigung", wetter="date 1 3"),
        ],
        "impacts": [
            it("{gaeste} Gäste und Einwohner sind im Obertal eingeschlossen{gaeste.was}", gaeste="n 150 2400"),
            it("{haushalte} Haushalte sind ohne Strom", haushalte="n 20 900"),
            it("Die Schulen im Obertal bleiben bis {schule} geschlossen", schule="date 1 4"),
            it("Die Versorgung mit Lebensmitteln ist durch den Hubschrauber gesichert"),
        ],
        "response": [
            it("Das Bundesheer fliegt mit {hubschrauber} Hubschraubern Versorgungsflüge", hubschrauber="n 1 4"),
            it("Die Lawinenkommission tagt zweimal täglich"),
            it("Schneeräumung der Dächer öffentlicher Gebäude durch die Feuerwehren"),
            it("{flug} Personen wurden mit dem Hubschrauber ausgeflogen", flug="n 5 160"),
        ],
        "risks": [
            risk("Die Gefahr spontaner Lawinenabgänge auf die L 215 {trend}", levels=AT_LEVELS,
                 mit=("Sperre der Straße und künstliche Auslösung nach Freigabe durch die Lawinenkommission",)),
            risk("Dachlasten bei Gebäuden mit Flachdach", levels=AT_LEVELS,
                 mit=("Abschaufeln durch die Feuerwehren und Messung der Schneelast",)),
            risk("Die Erschöpfung der Einsatzkräfte nach mehreren Tagen {trend}", levels=AT_LEVELS,
                 mit=("Ablöse durch Feuerwehren aus den Nachbarbezirken",)),
        ],
        "workforce": [
            it("{ff} Feuerwehrleute aus {wehren} Feuerwehren im Einsatz{ff.was}", ff="n 60 480", wehren="n 4 30"),
            it("{soldaten} Soldaten des Bundesheeres im Assistenzeinsatz", soldaten="n 20 200"),
            it("Die Bezirkseinsatzleitung ist rund um die Uhr besetzt"),
        ],
        "finance": [
            it("Bisherige Kosten für Hubschrauberflüge rund {heli}", heli="cum 20 400"),
            it("Die Abrechnung erfolgt über den Katastrophenfonds des Landes"),
        ],
        "next": [
            it("Nächste Lagebesprechung am {lage} um 07:00 Uhr", lage="date 1 1"),
            it("Öffnung der L 215 nach Beurteilung durch die Lawinenkommission"),
            it("Information der Gemeinden über die Schneelastmessungen"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 3), "response": (2, 3), "risks": (2, 3), "workforce": (1, 3),
     "finance": (1, 2), "next": (1, 3)},
    date(2024, 1, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

REGION_CL = Partner(
    "region-cl",
    "Incendios forestales",
    ("Dirección Regional de Emergencias – Región del Valle Alto", "Dirección Regional de Emergencias – Región de "
     "Costa Austral", "Dirección Regional de Emergencias – Región de los Lagos Altos",
     "Dirección Regional de Emergencias – Región del Maule Norte"),
    {},
    {
        "situation": [
            it("Se mantiene la Alerta Roja regional por amenaza de incendio forestal"),
            it("{combate} incendios forestales se encuentran en combate{combate.was}", combate="n 2 30"),
            it("La superficie afectada alcanza {ha} hectáreas{ha.was}", ha="n 300 24000"),
            it("El incendio Las Quilas se encuentra controlado desde el {control}", control="date -2 -1"),
        ],
        "impacts": [
            it("{damnificados} personas damnificadas{damnificados.was}", damnificados="n 20 3000"),
            it("{albergados} personas en {albergues} albergues habilitados", albergados="n 10 900",
               albergues="n 1 12"),
            it("{viviendas} viviendas con daño mayor o destruidas{viviendas.was}", viviendas="n 2 600"),
            it("Corte de energía eléctrica para {clientes} clientes", clientes="n 100 9000"),
        ],
        "actions": [
            it("Se decretó Zona de Catástrofe en {comunas} comunas", comunas="n 2 8"),
            it("Evacuación preventiva de los sectores El Roble y Santa Inés"),
            it("Entrega de {kits} kits de ayuda humanitaria", kits="n 50 2000"),
            it("Habilitación de un punto de atención de salud en el albergue de la escuela D-21"),
        ],
        "workforce": [
            it("{brigadistas} brigadistas en terreno{brigadistas.was}", brigadistas="n 60 900"),
            it("{aeronaves} aeronaves operando en las labores de combate", aeronaves="n 2 30"),
            it("{bomberos} voluntarios de Bomberos de Chile desplegados", bomberos="n 40 600"),
        ],
        "forecast": [
            it("Se pronostican temperaturas de hasta {temp}°C en el valle", temp="n 30 41"),
            it("Vientos del suroeste de hasta {viento} km/h por la tarde", viento="n 20 60"),
        ],
        "risks": [
            risk("El riesgo de propagación hacia la localidad de El Roble {trend}", levels=CL_LEVELS,
                 mit=("cortafuegos construidos con maquinaria pesada y brigadas apostadas en el perímetro",)),
            risk("La contaminación del agua potable rural por cenizas", levels=CL_LEVELS,
                 mit=("distribución de agua en camiones aljibe",)),
            risk("El riesgo de nuevos focos por altas temperaturas {trend}", levels=CL_LEVELS,
                 mit=("patrullajes preventivos y prohibición de quemas",)),
        ],
        "next": [
            it("Próxima reunión del Comité Regional el {coe} a las 09:00 horas", coe="date 1 1"),
            it("Catastro de viviendas dañadas con los municipios"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 4), "actions": (2, 4), "workforce": (1, 3), "forecast": (1, 2),
     "risks": (2, 3), "next": (1, 2)},
    date(2024, 2, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
