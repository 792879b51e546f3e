"""Item ideas of three ``blind40_layouts`` publishers writing in Dutch, Spanish and Italian: Dutch sector CSIRTs in a
campaign exploiting a flaw in VPN gateways, Honduran municipal emergency committees (CODEM) after a hurricane's
floods in the Sula valley, and Italian volunteer associations after floods in Romagna (``blind5_layouts_content``
explains the slots; the risks escalate in their own language's words). ``blind40_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are named after
real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

NL_LEVELS = ("wordt gevolgd", "neemt toe", "is nu hoog", "is nu zeer hoog")

VPN = Partner(
    "nl-csirt-vpn",
    "Misbruik VPN-gateways",
    ("CSIRT Gemeenten", "CSIRT Waterschappen", "CSIRT Zorg Noord", "CSIRT Onderwijs"),
    {},
    {
        "summary": [
            it("Sinds {since} wordt een kwetsbaarheid in VPN-gateways van een veelgebruikte leverancier actief "
               "misbruikt", since="date -4 -4"),
            it("{affected} aangesloten organisaties hebben een kwetsbare gateway gemeld{affected.was}",
               affected="n 3 120"),
        ],
        "situation": [
            it("{patched} van de gemelde gateways is inmiddels bijgewerkt{patched.was}", patched="pct 20 95"),
            it("Het Nationaal Cyber Security Centrum heeft het beveiligingsadvies ingeschaald als HIGH/HIGH"),
        ],
        "forecast": [
            it("De leverancier verwacht een definitieve patch op {patch}", patch="date 2 8"),
            it("Wij verwachten de komende dagen meer scans op de beheerinterfaces"),
        ],
        "impacts": [
            it("{offline} organisaties hebben hun VPN-toegang tijdelijk uitgeschakeld{offline.was}",
               offline="n 1 40"),
            it("Bij {remote} organisaties is thuiswerken maar beperkt mogelijk", remote="n 1 30"),
        ],
        "systems": [
            it("{scanned} kwetsbare systemen van deelnemers zijn via scans op internet gevonden{scanned.was}",
               scanned="n 5 400"),
            it("Van {versions} versies van de gateway is bevestigd dat ze kwetsbaar zijn", versions="n 2 9"),
        ],
        "forensics": [
            it("Bij {compromised} organisaties zijn sporen van misbruik gevonden{compromised.was}",
               compromised="n 1 20"),
            it("Het forensisch onderzoek bij de getroffen organisaties loopt tot {forensics}", forensics="date 3 10"),
        ],
        "capacity": [
            it("{analysts} analisten werken in ploegendienst aan de afhandeling{analysts.was}", analysts="n 4 40"),
            it("Twee externe incident-responsteams zijn ingehuurd voor de komende weken"),
        ],
        "costs": [
            it("De kosten van externe ondersteuning bedragen tot nu toe {costs}", costs="cum 20 900"),
            it("Voor extra licenties en hardware is {hardware} gereserveerd", hardware="money 10 300"),
        ],
        "risks": [
            risk("Het risico op ransomware via eerder geplaatste backdoors {trend}", levels=NL_LEVELS,
                 mit=("alle deelnemers krijgen een script om backdoors op te sporen",)),
            risk("Het risico dat deelnemers de patch niet tijdig installeren {trend}", levels=NL_LEVELS,
                 mit=("wij bellen iedere deelnemer met een kwetsbare gateway na",)),
            risk("Overbelasting van de meldlijn door het grote aantal meldingen",
                 mit=("een tweede telefoonlijn is geopend",)),
        ],
        "advice": [
            it("Installeer de tijdelijke mitigatie van de leverancier en herstart de gateway"),
            it("Controleer de logbestanden vanaf {logs} op onbekende beheeraccounts", logs="date -10 -10"),
        ],
        "next": [
            it("Webinar voor alle deelnemers op {webinar}", webinar="date 1 3"),
            it("De volgende situatierapportage verschijnt op {report}", report="date 1 2"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "systems": (1, 2),
     "forensics": (1, 2), "capacity": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 6), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

HN_LEVELS = ("se mantiene en vigilancia", "va en aumento", "es ahora alto", "es ahora muy alto")

HURACAN = Partner(
    "hn-codem-huracan",
    "Emergencia por huracán",
    ("CODEM La Lima", "CODEM El Progreso", "CODEM Potrerillos", "CODEM Villanueva"),
    {},
    {
        "resumen": [
            it("Las lluvias del huracán desde el {desde} mantienen inundadas las colonias cercanas al río",
               desde="date -5 -5"),
            it("{familias} familias siguen afectadas en el municipio{familias.was}", familias="n 100 9000"),
        ],
        "situacion": [
            it("El nivel del río ha bajado pero el municipio sigue en alerta roja"),
            it("{colonias} colonias siguen incomunicadas{colonias.was}", colonias="n 2 40"),
        ],
        "pronostico": [
            it("COPECO pronostica lluvias moderadas hasta el {hasta}", hasta="date 1 4"),
            it("Se esperan acumulados de hasta {mm} milímetros en la zona alta", mm="n 30 150"),
        ],
        "afectaciones": [
            it("{viviendas} viviendas con daños{viviendas.was}", viviendas="n 20 3000"),
            it("{puentes} puentes dañados en la red vial del municipio", puentes="n 1 15"),
        ],
        "albergues": [
            it("{albergados} personas permanecen en {albergues} albergues{albergados.was}", albergados="n 50 5000",
               albergues="n 2 40"),
            it("Las escuelas usadas como albergues no reanudarán clases hasta el {clases}", clases="date 3 10"),
        ],
        "agua": [
            it("El servicio de agua potable está suspendido en {sectores} sectores", sectores="n 2 20"),
            it("Se distribuyeron {litros} litros de agua en cisterna{litros.was}", litros="n 1000 90000"),
        ],
        "ayuda": [
            it("Se entregaron {raciones} raciones de alimentos{raciones.was}", raciones="n 100 9000"),
            it("La Cruz Roja entregó kits de higiene en todos los albergues"),
        ],
        "personal": [
            it("{voluntarios} voluntarios apoyan al CODEM{voluntarios.was}", voluntarios="n 10 400"),
            it("El Cuerpo de Bomberos mantiene {lanchas} lanchas para rescates", lanchas="n 2 10"),
        ],
        "fondos": [
            it("La municipalidad ha gastado {gasto} en la emergencia", gasto="cum 20 900"),
            it("Se solicitó a COPECO un apoyo de {apoyo}", apoyo="money 20 400"),
        ],
        "risks": [
            risk("El riesgo de dengue en los albergues {trend}", levels=HN_LEVELS,
                 mit=("fumigación y eliminación de criaderos en cada albergue",)),
            risk("El riesgo de nuevos deslizamientos en la zona alta {trend}", levels=HN_LEVELS,
                 mit=("evacuación preventiva de las familias que viven en laderas",)),
            risk("Robos en viviendas abandonadas", mit=("patrullajes de la Policía Nacional por las noches",)),
        ],
        "acciones": [
            it("Reunión del CODEM con los patronatos el {reunion}", reunion="date 1 3"),
            it("Completar la evaluación de daños y análisis de necesidades antes del {edan}", edan="date 2 6"),
        ],
    },
    {"resumen": (1, 2), "situacion": (1, 2), "pronostico": (1, 2), "afectaciones": (1, 2), "albergues": (1, 2),
     "agua": (1, 2), "ayuda": (1, 2), "personal": (1, 2), "fondos": (1, 2), "risks": (1, 3), "acciones": (1, 2)},
    date(2026, 10, 26), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

IT_LEVELS = ("è sotto osservazione", "sta aumentando", "è ora alto", "è ora molto alto")

ALLUVIONE = Partner(
    "it-odv-alluvione",
    "Alluvione",
    ("Rete Solidale Faenza ODV", "Brigate di Comunità Forlì", "Emporio Solidale Cesena",
     "Volontari della Valle del Lamone ODV"),
    {},
    {
        "breve": [
            it("Dall'alluvione del {data} la nostra rete lavora ogni giorno nei quartieri allagati",
               data="date -6 -6"),
            it("Seguiamo {famiglie} famiglie colpite dall'alluvione{famiglie.was}", famiglie="n 20 3000"),
        ],
        "situazione": [
            it("L'acqua si è ritirata ma molte cantine sono ancora piene di fango"),
            it("{strade} strade del quartiere sono ancora chiuse{strade.was}", strade="n 1 30"),
        ],
        "meteo": [
            it("L'Arpae prevede nuove piogge a partire dal {pioggia}", pioggia="date 1 5"),
            it("L'allerta gialla per criticità idraulica resta in vigore fino al {allerta}", allerta="date 1 3"),
        ],
        "danni": [
            it("{case} abitazioni hanno il piano terra inagibile{case.was}", case="n 20 2000"),
            it("{negozi} negozi e laboratori sono ancora chiusi", negozi="n 2 120"),
        ],
        "fango": [
            it("Abbiamo svuotato dal fango {cantine} cantine{cantine.was}", cantine="n 10 900"),
            it("Il Comune ha messo a disposizione {cassoni} cassoni per i rifiuti alluvionali", cassoni="n 2 60"),
        ],
        "magazzino": [
            it("Il magazzino è aperto tutti i giorni dalle 9 alle 19"),
            it("Servono ancora stivali, guanti e badili"),
        ],
        "aiuti": [
            it("Abbiamo distribuito {pasti} pasti caldi{pasti.was}", pasti="n 100 9000"),
            it("{kit} kit di pulizia sono stati consegnati alle famiglie", kit="n 20 2000"),
        ],
        "volontari": [
            it("{volontari} volontari si sono registrati al punto di accoglienza{volontari.was}",
               volontari="n 20 3000"),
            it("I turni del fine settimana sono coperti fino al {turni}", turni="date 2 7"),
        ],
        "fondi": [
            it("La raccolta fondi ha raggiunto {raccolta}", raccolta="cum 5 400"),
            it("Abbiamo speso {spesa} per attrezzature e pasti", spesa="money 2 90"),
        ],
        "risks": [
            risk("Il rischio di infortuni tra i volontari {trend}", levels=IT_LEVELS,
                 mit=("ogni turno inizia con un breve incontro sulla sicurezza",)),
            risk("Il rischio di muffe e infezioni nelle case allagate {trend}", levels=IT_LEVELS,
                 mit=("distribuiamo mascherine FFP2 e guanti a chi entra nelle case",)),
            risk("La stanchezza dei volontari dei primi giorni",
                 mit=("abbiamo introdotto un giorno di riposo a settimana",)),
        ],
        "prossimi": [
            it("Assemblea dei volontari il {assemblea}", assemblea="date 1 4"),
            it("Apertura di un secondo punto di distribuzione entro il {secondo}", secondo="date 2 8"),
        ],
    },
    {"breve": (1, 2), "situazione": (1, 2), "meteo": (1, 2), "danni": (1, 2), "fango": (1, 2), "magazzino": (1, 2),
     "aiuti": (1, 2), "volontari": (1, 2), "fondi": (1, 2), "risks": (1, 3), "prossimi": (1, 2)},
    date(2026, 5, 22), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
