"""Item ideas of three European ``blind39_layouts`` publishers: German district administrations after a ransomware
attack on their IT, in German, Swedish municipalities in a drought with a shortage of drinking water, in Swedish, and
the town councils of La Palma in a volcanic eruption, in Spanish (``blind5_layouts_content`` explains the slots; the
risks escalate in their own language's words). ``blind39_layouts_content`` prints the amounts, dates, comparisons and
the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places
(but La Palma's towns), events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt erheblich", "ist jetzt kritisch")

RANSOMWARE = Partner(
    "de-lk-cyber",
    "Cyberangriff",
    ("Landkreis Wendelsee", "Landkreis Altmarkheide", "Landkreis Rodenau", "Landkreis Hohenfels"),
    {},
    {
        "summary": [
            it("Seit dem {attack} sind große Teile der IT der Kreisverwaltung nach einem Ransomware-Angriff "
               "verschlüsselt", attack="date -3 -3"),
            it("{restored} von 140 Fachverfahren laufen wieder{restored.was}", restored="n 5 140"),
        ],
        "situation": [
            it("Der Krisenstab tagt täglich um 8.00 Uhr im Kreishaus"),
            it("{clients} Arbeitsplatzrechner sind neu aufgesetzt{clients.was}", clients="n 20 900"),
        ],
        "forecast": [
            it("Die Kfz-Zulassung soll ab dem {kfz} wieder Termine vergeben", kfz="date 2 6"),
            it("Der Dienstleister rechnet mit dem Wiederanlauf aller Kernverfahren bis zum {full}", full="date 7 21"),
        ],
        "impacts": [
            it("{backlog} Anträge auf Sozialleistungen konnten noch nicht bearbeitet werden{backlog.was}",
               backlog="n 100 4000"),
            it("Das Bürgerbüro bearbeitet nur Notfälle, {appts} Termine wurden abgesagt", appts="n 50 900"),
        ],
        "systems": [
            it("Das Netz der Kreisverwaltung ist weiterhin vom Internet getrennt"),
            it("{servers} Server sind aus der Datensicherung wiederhergestellt{servers.was}", servers="n 2 80"),
        ],
        "forensics": [
            it("Das Landeskriminalamt ermittelt, die Lösegeldforderung wird nicht bedient"),
            it("Die Forensiker haben bisher {hosts} befallene Systeme identifiziert{hosts.was}", hosts="n 3 200"),
        ],
        "staff": [
            it("{staff} Beschäftigte der IT und externe Kräfte arbeiten im Schichtbetrieb{staff.was}",
               staff="n 10 90"),
            it("Die Verwaltung arbeitet mit {laptops} Notfall-Laptops", laptops="n 20 400"),
        ],
        "costs": [
            it("Die Kosten für Dienstleister und Hardware betragen bisher {costs}", costs="cum 50 3000"),
            it("Das Land hat eine Soforthilfe von {grant} zugesagt", grant="money 50 900"),
        ],
        "risks": [
            risk("Das Risiko einer Veröffentlichung abgeflossener Daten {trend}",
                 mit=("die Leak-Seiten der Täter werden täglich überwacht",), levels=DE_LEVELS),
            risk("Das Risiko verspäteter Auszahlungen von Sozialleistungen {trend}",
                 mit=("Abschlagszahlungen werden von Hand angewiesen",), levels=DE_LEVELS),
            risk("Phishing-Mails im Namen des Landkreises", mit=("Warnung auf der Notfall-Website und in der Presse",)),
        ],
        "advice": [
            it("Aktuelle Informationen stehen auf der Notfall-Website des Landkreises"),
            it("Das Bürgertelefon ist werktags von 8 bis 18 Uhr erreichbar"),
        ],
        "next": [
            it("Wiederanlauf des Finanzverfahrens am {fin}", fin="date 1 4"),
            it("Abstimmung mit dem BSI zur Härtung des Netzes am {bsi}", bsi="date 1 5"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "systems": (1, 2),
     "forensics": (1, 2), "staff": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SV_LEVELS = ("bevakas", "ökar", "är nu betydande", "är nu allvarlig")

VATTENBRIST = Partner(
    "se-vattenbrist",
    "Vattenbrist",
    ("Sandviks kommun", "Ölmstads kommun", "Hallbo kommun", "Norrvikens kommun"),
    {},
    {
        "summary": [
            it("Grundvattennivåerna är mycket under det normala för årstiden"),
            it("Förbrukningen var i genomsnitt {use} kubikmeter per dygn{use.was}", use="n 3000 9000"),
        ],
        "situation": [
            it("Vattenverken producerar nära sin högsta kapacitet"),
            it("Reservoarerna är fyllda till {fill}{fill.was}", fill="pct 20 90"),
        ],
        "forecast": [
            it("SMHI räknar inte med någon större nederbörd före den {rain}", rain="date 5 14"),
            it("Grundvattnet väntas fortsätta sjunka under de kommande veckorna"),
        ],
        "impacts": [
            it("{hh} hushåll i ytterområdena har haft lågt tryck eller inget vatten{hh.was}", hh="n 20 900"),
            it("{farms} lantbruk har fått vatten utkört till djuren", farms="n 2 40"),
        ],
        "ban": [
            it("Bevattningsförbudet gäller sedan den {ban} i hela kommunen", ban="date -10 -10"),
            it("Miljöförvaltningen har fått {tips} tips om otillåten bevattning{tips.was}", tips="n 5 200"),
        ],
        "nodvatten": [
            it("{tanks} vattentankar är utställda i de drabbade områdena{tanks.was}", tanks="n 2 30"),
            it("Nödvatten delas ut vid bygdegården varje dag klockan 16–19"),
        ],
        "staff": [
            it("{staff} medarbetare arbetar med vattenförsörjningen{staff.was}", staff="n 5 60"),
            it("Räddningstjänsten och hemvärnet hjälper till med utkörning av vatten"),
        ],
        "costs": [
            it("Kostnaderna för tankbilar och extra personal är hittills {cost}", cost="cum 50 2000"),
            it("Kommunen har ansökt om {claim} i ersättning från staten", claim="money 50 800"),
        ],
        "risks": [
            risk("Risken för brist på dricksvatten {trend}", mit=("vi kör in vatten med tankbil från grannkommunen",),
                 levels=SV_LEVELS),
            risk("Risken för saltvatten i brunnar nära kusten {trend}", mit=("vi tar prover i brunnarna varje vecka",),
                 levels=SV_LEVELS),
            risk("Risken för skogsbrand i torkan", mit=("eldningsförbud i samråd med räddningstjänsten",)),
        ],
        "advice": [
            it("Duscha kort och stäng av kranen när du borstar tänderna"),
            it("Vattna inte gräsmattan och fyll inte pooler"),
        ],
        "next": [
            it("Krisledningsgruppen träffas igen den {meet}", meet="date 1 6"),
            it("En ny reservvattenledning ska vara klar den {pipe}", pipe="date 7 30"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "ban": (1, 2),
     "nodvatten": (1, 2), "staff": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 6), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

ES_LEVELS = ("se vigila", "aumenta", "es ahora considerable", "es ahora crítico")

VOLCAN = Partner(
    "es-lp-volcan",
    "Erupción volcánica",
    ("Ayuntamiento de Los Llanos de Aridane", "Ayuntamiento de El Paso", "Ayuntamiento de Tazacorte",
     "Ayuntamiento de Fuencaliente de La Palma"),
    {},
    {
        "summary": [
            it("La erupción iniciada el {start} continúa con emisión de lava y cenizas", start="date -4 -4"),
            it("{evac} personas permanecen evacuadas{evac.was}", evac="n 100 7000"),
        ],
        "situation": [
            it("El CECOPAL sigue activado en situación 2 del PEVOLCA"),
            it("Las coladas han cubierto {ha} hectáreas{ha.was}", ha="n 10 1200"),
        ],
        "forecast": [
            it("El comité científico no prevé el fin de la erupción antes del {end}", end="date 7 21"),
            it("AEMET prevé viento del este y caída de ceniza hasta el {ash}", ash="date 1 3"),
        ],
        "impacts": [
            it("{buildings} edificaciones destruidas según el Catastro{buildings.was}", buildings="n 20 1600"),
            it("{km} kilómetros de carreteras afectados por las coladas", km="n 2 70"),
        ],
        "evacuation": [
            it("{hotel} personas alojadas en hoteles a cargo del Cabildo{hotel.was}", hotel="n 20 500"),
            it("Los vecinos de los barrios evacuados pueden acceder con escolta para recoger enseres"),
        ],
        "roads": [
            it("La carretera general permanece cortada entre el cruce de la costa y el puerto"),
            it("Se ha habilitado una pista alternativa de {pista} kilómetros", pista="n 2 12"),
        ],
        "forces": [
            it("{effectives} efectivos de Guardia Civil, UME, bomberos y Protección Civil trabajan en el "
               "municipio{effectives.was}", effectives="n 50 600"),
            it("{vols} voluntarios de Protección Civil atienden los puntos de información", vols="n 5 80"),
        ],
        "costs": [
            it("El gasto municipal de emergencia asciende a {gasto}", gasto="cum 50 3000"),
            it("El Gobierno de Canarias ha transferido {ayuda} para ayudas directas", ayuda="money 50 900"),
        ],
        "risks": [
            risk("El riesgo por acumulación de gases en zonas bajas {trend}",
                 mit=("mediciones continuas de CO2 y acceso restringido",), levels=ES_LEVELS),
            risk("El riesgo de hundimiento de cubiertas por el peso de la ceniza {trend}",
                 mit=("limpieza de azoteas por brigadas municipales",), levels=ES_LEVELS),
            risk("Problemas respiratorios por la mala calidad del aire", mit=("reparto de mascarillas FFP2",)),
        ],
        "advice": [
            it("Use mascarilla FFP2 y gafas al salir a la calle"),
            it("Limpie la ceniza de azoteas y tejados humedeciéndola antes"),
        ],
        "next": [
            it("Reunión del CECOPAL con los vecinos afectados el {meet}", meet="date 1 4"),
            it("Apertura de la oficina de atención a damnificados el {office}", office="date 2 7"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "evacuation": (1, 2),
     "roads": (1, 2), "forces": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
