"""Item ideas of four ``blind71_layouts`` publishers in the north: the municipalities of South Tyrol in storms that
send mudslides down their valleys (German), the communes of Ticino in a forest fire (Italian), the municipalities of
Flanders after a cyber attack on their systems (Dutch), and the Yukon municipalities in a spring flood (English)
(``blind5_layouts_content`` explains the slots). ``blind71_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

DE_LEVELS = ("unter Beobachtung", "steigend", "hoch", "sehr hoch")
IT_LEVELS = ("sotto osservazione", "in aumento", "alto", "molto alto")
NL_LEVELS = ("onder opvolging", "stijgend", "hoog", "zeer hoog")
EN_LEVELS = ("being monitored", "rising", "high", "very high")

MUREN = Partner(
    "it-bz-municipality-mudslides",
    "Unwetter",
    ("Gemeinde Sarntal", "Gemeinde St. Leonhard in Passeier", "Gemeinde Ahrntal", "Gemeinde Villnöß"),
    {},
    {
        "hl": [
            it("Nach den Unwettern vom {seit} sind im Gemeindegebiet mehrere Muren abgegangen", seit="date -2 -2"),
            it("Evakuierte Personen: {evak}{evak.was}", evak="n 5 300"),
        ],
        "sit": [
            it("Der Landeswetterdienst kündigt für die nächsten Tage weitere Gewitter mit Starkregen an"),
            it("Niederschlag der letzten 24 Stunden in Millimetern: {mm}{mm.was}", mm="n 20 180"),
        ],
        "imp": [
            it("Beschädigte Wohngebäude: {haus}{haus.was}", haus="n 1 60"),
            it("Mehrere Höfe sind nur zu Fuß oder mit dem Hubschrauber erreichbar"),
        ],
        "ta": [
            it("Murenabgänge im Gemeindegebiet: {muren}{muren.was}", muren="n 1 20"),
            it("Die Wildbachverbauung räumt die Geschiebesperren am Dorfbach"),
        ],
        "tb": [
            it("Gesperrte Gemeindestraßen und Hofzufahrten: {str}{str.was}", str="n 1 25"),
            it("Die Trinkwasserversorgung ist in zwei Fraktionen unterbrochen, Trinkwasser wird mit Tankwagen "
               "geliefert"),
        ],
        "help": [
            it("Die Gemeinde hat im Vereinshaus eine Notunterkunft eingerichtet"),
            it("Übernachtungen in der Notunterkunft: {nacht}{nacht.was}", nacht="n 1 120"),
        ],
        "staff": [
            it("Eingesetzte Feuerwehrleute und freiwillige Helfer: {fw}{fw.was}", fw="n 20 400"),
            it("Der Bauhof und private Firmen räumen mit Baggern und Lkw das Material von den Straßen"),
        ],
        "money": [
            it("Bisherige Kosten für Räumung und Sofortmaßnahmen: {kosten}", kosten="cum 10 120"),
            it("Die Gemeinde beantragt beim Land einen Beitrag von {beitrag} für die Sofortmaßnahmen",
               beitrag="money 30 900"),
        ],
        "risks": [
            risk("Gefahr weiterer Murenabgänge bei neuen Gewittern: {trend}", levels=DE_LEVELS,
                 mit=("Überwachung der Gräben durch die Feuerwehr und Sperre der gefährdeten Wege",)),
            risk("Gefahr von Hangrutschungen oberhalb der Wohnzone: {trend}", levels=DE_LEVELS,
                 mit=("Geologen des Landes prüfen den Hang täglich",)),
            risk("Erschöpfung der Freiwilligen nach mehreren Einsatztagen",
                 mit=("Ablöse durch Feuerwehren aus den Nachbargemeinden",)),
        ],
        "next": [
            it("Lokalaugenschein mit dem Landesgeologen am {geo}", geo="date 1 4"),
            it("Nächster Lagebericht am {naechster}", naechster="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

INCENDIO = Partner(
    "ch-ti-commune-forest-fire",
    "Incendio boschivo",
    ("Comune di Gambarogno", "Comune di Onsernone", "Comune di Centovalli", "Comune di Terre di Pedemonte"),
    {},
    {
        "hl": [
            it("L'incendio boschivo scoppiato il {inizio} sopra l'abitato continua a bruciare sul versante",
               inizio="date -2 -2"),
            it("Superficie di bosco bruciata in ettari: {ettari}{ettari.was}", ettari="n 5 400"),
        ],
        "sit": [
            it("MeteoSvizzera prevede ancora vento da nord e nessuna precipitazione fino al fine settimana"),
            it("Focolai ancora attivi: {focolai}{focolai.was}", focolai="n 1 12"),
        ],
        "imp": [
            it("Persone evacuate dalle case sotto il bosco: {evac}{evac.was}", evac="n 1 150"),
            it("Il fumo ha reso necessaria la chiusura della scuola dell'infanzia"),
        ],
        "ta": [
            it("Sentieri escursionistici chiusi: {sentieri}{sentieri.was}", sentieri="n 1 25"),
            it("La Sezione forestale segnala danni al bosco di protezione sopra la strada cantonale"),
        ],
        "tb": [
            it("La strada cantonale resta chiusa al traffico tra le frazioni"),
            it("Lanci d'acqua degli elicotteri dall'ultimo rapporto: {lanci}{lanci.was}", lanci="n 10 400"),
        ],
        "help": [
            it("La palestra comunale è aperta come alloggio d'emergenza per le famiglie evacuate"),
            it("Pasti distribuiti dalla Protezione civile: {pasti}{pasti.was}", pasti="n 20 600"),
        ],
        "staff": [
            it("Pompieri, militi della Protezione civile e volontari impiegati: {pomp}{pomp.was}", pomp="n 20 250"),
            it("L'Esercito ha messo a disposizione due elicotteri Super Puma"),
        ],
        "money": [
            it("Spese del Comune finora: {spese}", spese="cum 5 80"),
            it("Il Municipio chiederà {contributo} al Cantone per i danni al bosco", contributo="money 20 600"),
        ],
        "risks": [
            risk("Rischio che l'incendio raggiunga le case con il vento: {trend}", levels=IT_LEVELS,
                 mit=("fasce tagliafuoco e picchetto dei pompieri nelle frazioni",)),
            risk("Rischio di frane e caduta sassi sul versante bruciato: {trend}", levels=IT_LEVELS,
                 mit=("controlli del geologo cantonale e chiusura dei sentieri sotto il versante",)),
            risk("Stanchezza dei pompieri volontari dopo più giorni di intervento",
                 mit=("turni di dodici ore e rinforzi dai corpi vicini",)),
        ],
        "next": [
            it("Sopralluogo con la Sezione forestale il {sopr}", sopr="date 1 4"),
            it("Prossimo aggiornamento il {pross}", pross="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "be-vl-municipality-cyber-attack",
    "Cyberaanval",
    ("Gemeente Lebbeke", "Gemeente Zele", "Gemeente Wichelen", "Gemeente Berlare"),
    {},
    {
        "hl": [
            it("Sinds de cyberaanval van {sinds} werkt het gemeentebestuur met beperkte IT-systemen",
               sinds="date -3 -3"),
            it("Toepassingen die opnieuw werken: {werkt}{werkt.was}", werkt="n 1 40"),
        ],
        "sit": [
            it("De forensische experts hebben de toegang van de aanvallers afgesloten"),
            it("Servers die nog gecontroleerd en teruggezet moeten worden: {servers}{servers.was}", servers="n 1 60"),
        ],
        "imp": [
            it("Het e-loket en de online afsprakenmodule zijn nog niet beschikbaar"),
            it("Aanvragen van inwoners die we op papier behandelen: {papier}{papier.was}", papier="n 10 900"),
        ],
        "ta": [
            it("De back-ups van de voorbije week zijn intact en worden teruggezet"),
            it("Pc's van medewerkers die opnieuw geïnstalleerd zijn: {pc}{pc.was}", pc="n 10 300"),
        ],
        "tb": [
            it("Het loket Burgerzaken werkt enkel op afspraak via het telefoonnummer van het onthaal"),
            it("Identiteitskaarten die we nog niet konden uitreiken: {eid}{eid.was}", eid="n 5 200"),
        ],
        "help": [
            it("Inwoners die dringend een attest nodig hebben, kunnen terecht in het Sociaal Huis"),
            it("Oproepen naar de infolijn: {oproepen}{oproepen.was}", oproepen="n 20 900"),
        ],
        "staff": [
            it("Medewerkers die extra uren presteren voor het herstel: {med}{med.was}", med="n 5 80"),
            it("Externe IT-specialisten ondersteunen onze ICT-dienst dag en nacht"),
        ],
        "money": [
            it("Kosten voor het herstel tot nu toe: {kosten}", kosten="cum 5 90"),
            it("We vroegen de verzekeraar om {voorschot} als voorschot te betalen", voorschot="money 20 400"),
        ],
        "risks": [
            risk("Risico dat gegevens van inwoners gepubliceerd worden: {trend}", levels=NL_LEVELS,
                 mit=("klacht bij de politie en melding bij de Gegevensbeschermingsautoriteit",)),
            risk("Risico op phishingmails in naam van de gemeente: {trend}", levels=NL_LEVELS,
                 mit=("waarschuwing op de website en op sociale media",)),
            risk("Achterstand in de betaling van facturen aan leveranciers",
                 mit=("manuele betalingen na goedkeuring door de financieel directeur",)),
        ],
        "next": [
            it("Heropstart van het e-loket gepland op {eloket}", eloket="date 1 5"),
            it("Volgende update op {upd}", upd="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FRESHET = Partner(
    "ca-yt-municipality-flood",
    "Spring flood",
    ("City of Dawson", "Village of Carmacks", "Village of Teslin", "Village of Mayo"),
    {},
    {
        "hl": [
            it("High water on the river since {since} has flooded low-lying properties in the community",
               since="date -3 -3"),
            it("Properties under an evacuation order: {order}{order.was}", order="n 1 80"),
        ],
        "sit": [
            it("The Yukon Water Resources Branch has kept the flood warning in place for our stretch of the river"),
            it("Water level above flood stage at the community gauge (cm): {cm}{cm.was}", cm="n 5 120"),
        ],
        "imp": [
            it("Homes with water in the basement or crawlspace: {homes}{homes.was}", homes="n 1 60"),
            it("The boat launch and the riverside trail are closed"),
        ],
        "ta": [
            it("Residents who have left their homes under the evacuation order: {evac}{evac.was}", evac="n 1 200"),
            it("Sandbags filled and placed along the dike: {bags}{bags.was}", bags="n 500 20000"),
        ],
        "tb": [
            it("The access road to the highway remains open with a single lane at the culvert"),
            it("The water treatment plant is running normally and the drinking water is safe"),
        ],
        "help": [
            it("The recreation centre is open as a reception centre with cots and meals"),
            it("Residents registered at the reception centre: {reg}{reg.was}", reg="n 1 150"),
        ],
        "staff": [
            it("Municipal staff, firefighters and volunteers on the flood response: {staff}{staff.was}",
               staff="n 10 120"),
            it("Wildland fire crews are helping with sandbagging"),
        ],
        "money": [
            it("Extra costs of the flood response so far: {cost}", cost="cum 5 60"),
            it("We have asked the Emergency Measures Organization for {grant} under the disaster assistance program",
               grant="money 20 500"),
        ],
        "risks": [
            risk("Risk of an ice jam or debris raising the water further overnight: {trend}", levels=EN_LEVELS,
                 mit=("river watch crews patrol every two hours",)),
            risk("Risk of the dike failing at the low section: {trend}", levels=EN_LEVELS,
                 mit=("extra sandbags and a pump on standby at the low section",)),
            risk("Septic systems overflowing in flooded properties",
                 mit=("residents asked to limit water use and pump-out trucks booked",)),
        ],
        "next": [
            it("Damage assessment of flooded homes with EMO on {assess}", assess="date 1 4"),
            it("Next update on {nxt}", nxt="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 5, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
