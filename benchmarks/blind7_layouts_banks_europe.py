"""Item ideas of the two publishers of the ``blind7_layouts`` set that write in German or Dutch: a German
district's crisis staff ("Krisenstab") reporting on a river flood in its "Lagebericht", and a Dutch safety
region's regional operational team ("ROT") reporting on a regional power cut in its "situatierapport". The
texts are in the publisher's language; the generator's figures, dates and "(up from … )" notes are English
and are put into the publisher's conventions by ``blind7_layouts_content.localise`` ("1.250", "12 %",
"3.400 €", "18. Januar"; "€ 3.400", "18 januari"). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DE_LEVELS = ("wird beobachtet", "nimmt zu", "ist inzwischen erheblich", "ist inzwischen kritisch")
NL_LEVELS = ("wordt gevolgd", "neemt toe", "is nu aanzienlijk", "is nu kritiek")

KRISENSTAB = Partner(
    "krisenstab",
    "Hochwasser",
    ("Landkreis Oberwälden", "Landkreis Bärnau-Tannfeld", "Kreis Nordheide-Lohe", "Landkreis Am Grauen Stein"),
    {},
    {
        "situation": [
            it("Der Pegel Mühlhausen an der Lauter steht bei {pegel} cm{pegel.was}",
               "Am Pegel Mühlhausen (Lauter) werden {pegel} cm gemessen{pegel.was}", pegel="n 380 720"),
            it("Die Meldestufe 3 gilt weiterhin für die Lauter unterhalb von Brückenau"),
            it("In {orte} Ortslagen sind Straßen und Keller überflutet{orte.was}", orte="n 3 19"),
            it("Die B 27 ist zwischen Kaltenbach und Rehmühle gesperrt; eine Umleitung ist ausgeschildert"),
            it("Der Deich bei Unterried ist durchfeuchtet und wird stündlich kontrolliert"),
        ],
        "forecast": [
            it("Der Deutsche Wetterdienst erwartet bis {dwd} weitere {regen} l/m² Niederschlag",
               dwd="date 1 2", regen="n 10 60"),
            it("Die Hochwasservorhersagezentrale rechnet mit dem Scheitel am Pegel Mühlhausen bis {scheitel}",
               scheitel="date 1 3"),
            it("Ab dem Wochenende wird eine Entspannung der Lage erwartet"),
        ],
        "impacts": [
            it("{evak} Personen wurden aus den Ortsteilen Unterried und Au evakuiert{evak.was}",
               "Aus Unterried und Au sind {evak} Personen evakuiert{evak.was}", evak="n 40 650"),
            it("{strom} Haushalte sind ohne Strom{strom.was}", strom="n 100 2400"),
            it("Die Grundschule Kaltenbach und zwei Kindertagesstätten bleiben bis {schule} geschlossen",
               schule="date 1 4"),
            it("Eine Person wurde bei der Evakuierung leicht verletzt"),
            it("Die Trinkwasserversorgung in Rehmühle erfolgt über Wasserwagen"),
        ],
        "actions": [
            it("{sack} Sandsäcke wurden gefüllt und an die Gemeinden ausgegeben{sack.was}", sack="n 8000 60000"),
            it("Die Notunterkunft in der Mehrzweckhalle Brückenau ist mit {betten} Betten eingerichtet",
               betten="n 80 300"),
            it("Der Katastrophenfall wurde am {kfall} um 18:30 Uhr festgestellt", kfall="date -2 -1"),
            it("Die Pumpstation Au wird mit einem Notstromaggregat des THW betrieben"),
            it("Bürgertelefon geschaltet; bisher {anrufe} Anrufe{anrufe.was}", anrufe="n 120 1800"),
        ],
        "risks": [
            risk("Die Gefahr eines Deichbruchs bei Unterried {trend}", levels=DE_LEVELS,
                 mit=("Deichverteidigung mit Sandsäcken und Deichläufer rund um die Uhr",
                      "Vorbereitung der Evakuierung von weiteren 300 Personen")),
            risk("Austritt von Heizöl aus überfluteten Kellern",
                 mit=("Ölsperren der Feuerwehr an den Einläufen und Warnung der Anwohner",)),
            risk("Die Überlastung der Einsatzkräfte durch lange Einsatzzeiten {trend}", levels=DE_LEVELS,
                 mit=("Ablösung der Kräfte im Zwölf-Stunden-Rhythmus",)),
            risk("Ausfall der Kläranlage Brückenau bei weiter steigendem Pegel",
                 mit=("Abdichtung des Betriebsgebäudes und Bereitstellung mobiler Pumpen",)),
        ],
        "workforce": [
            it("Feuerwehr: {ff} Kräfte mit {fz} Fahrzeugen im Einsatz{ff.was}", ff="n 120 640", fz="n 20 95"),
            it("THW: {thw} Helferinnen und Helfer aus {ov} Ortsverbänden", thw="n 30 160", ov="n 2 7"),
            it("Sanitätsdienst und Betreuung: {drk} Kräfte von DRK und Johannitern", drk="n 20 110"),
            it("Polizei: {pol} Beamtinnen und Beamte für Absperrungen und Verkehrslenkung", pol="n 10 60"),
        ],
        "communications": [
            it("Warnungen über NINA und Cell Broadcast wurden zuletzt am {warn} versandt", warn="date -1 0"),
            it("Pressekonferenz mit dem Landrat heute um 11:00 Uhr im Landratsamt"),
            it("Die Lageinformationen werden zweimal täglich auf der Internetseite des Landkreises veröffentlicht"),
        ],
        "next": [
            it("Nächste Stabssitzung am {sitzung} um 07:30 Uhr", sitzung="date 1 1"),
            it("Prüfung der Rückkehr der Evakuierten nach Au durch Fachberater Deichschutz"),
            it("Anforderung weiterer Sandsäcke beim Land bis {anf}", anf="date 1 3"),
            it("Vorbereitung der Schadenserfassung für die Soforthilfe des Landes"),
        ],
    },
    {"situation": (2, 4), "forecast": (1, 2), "impacts": (2, 4), "actions": (2, 4), "risks": (2, 3),
     "workforce": (2, 4), "communications": (1, 2), "next": (1, 3)},
    date(2024, 1, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

VEILIGHEIDSREGIO = Partner(
    "veiligheidsregio",
    "Grootschalige stroomstoring",
    ("Veiligheidsregio Lingewaard-Betuwe", "Veiligheidsregio Noord-Veluwezoom", "Veiligheidsregio Hollands Midden-Oost",
     "Veiligheidsregio Zuidwest-Brabant"),
    {},
    {
        "general": [
            it("Sinds gisteren 16:40 uur zijn {aansl} aansluitingen zonder stroom{aansl.was}",
               "Het aantal aansluitingen zonder stroom bedraagt {aansl}{aansl.was}", aansl="n 4000 62000"),
            it("De netbeheerder verwacht dat de stroomvoorziening uiterlijk {herstel} volledig is hersteld",
               herstel="date 1 3"),
            it("Oorzaak is een brand in het hoogspanningsstation Tielerwaard"),
            it("Het mobiele netwerk is in {gem} gemeenten beperkt bereikbaar", gem="n 2 9"),
        ],
        "brandweer": [
            it("De brandweer rukte {uitr} keer uit voor mensen in liften en brandmeldingen{uitr.was}",
               uitr="n 6 70"),
            it("Noodstroomaggregaten zijn geplaatst bij {aggr} zorglocaties", aggr="n 2 14"),
            it("Er is een extra tankautospuit gestationeerd in Dodewaard"),
        ],
        "politie": [
            it("Verkeersregelaars staan bij {vri} uitgevallen verkeerslichten", vri="n 4 30"),
            it("Extra surveillance in de winkelcentra van Tiel en Culemborg vanwege uitgevallen alarmsystemen"),
            it("Geen bijzonderheden in de openbare orde"),
        ],
        "bevolkingszorg": [
            it("{opvang} inwoners maken gebruik van de opvanglocatie in sporthal De Lingehof{opvang.was}",
               opvang="n 10 240"),
            it("Thuiswonende kwetsbare inwoners worden gebeld; {gebeld} zijn inmiddels bereikt{gebeld.was}",
               gebeld="n 50 900"),
            it("Warmtepunten zijn ingericht in {warmte} dorpshuizen", warmte="n 2 12"),
            it("Het gemeentelijk informatienummer is tot 22:00 uur bereikbaar"),
        ],
        "risks": [
            risk("Het risico op uitval van noodstroom bij verpleeghuizen {trend}", levels=NL_LEVELS,
                 mit=("brandstofbevoorrading van de aggregaten elke acht uur",
                      "reserveaggregaten van Defensie zijn aangevraagd")),
            risk("Waterschap meldt dat rioolgemalen uitvallen; er dreigt wateroverlast in laaggelegen wijken",
                 mit=("mobiele pompen van het waterschap bij de grootste gemalen",)),
            risk("Koolmonoxidevergiftiging door het gebruik van kachels en aggregaten binnenshuis {trend}",
                 levels=NL_LEVELS, mit=("risicocommunicatie via NL-Alert en lokale media",)),
            risk("Bereikbaarheid van 112 is beperkt in gebieden zonder mobiel netwerk",
                 mit=("brandweerposten bemenst als meldpunt in de getroffen kernen",)),
        ],
        "decisions": [
            it("Het ROT besluit de opvanglocatie in Culemborg te sluiten en de opvang in Tiel te concentreren"),
            it("De inzet van verkeersregelaars wordt voortgezet tot het netwerk is hersteld"),
            it("Het ROT adviseert het beleidsteam om de scholen in de getroffen kernen op {school} te sluiten",
               school="date 1 2"),
        ],
        "acties": [
            it("Uitvragen bij de netbeheerder welke wijken als eerste worden hersteld"),
            it("Overzicht kwetsbare inwoners actualiseren met de zorgaanbieders"),
            it("Brandstofplan voor aggregaten opstellen met Defensie"),
            it("Persbericht over koolmonoxide voorbereiden met de GHOR"),
        ],
        "communicatie": [
            it("Er zijn {alert} NL-Alerts verstuurd{alert.was}", alert="n 1 6"),
            it("Omroep Gelderland zendt elk uur de kernboodschap uit"),
            it("De kernboodschap is: blijf thuis, help je buren en bel 112 alleen bij nood"),
        ],
    },
    {"general": (2, 4), "brandweer": (1, 3), "politie": (1, 2), "bevolkingszorg": (2, 3), "risks": (2, 3),
     "decisions": (1, 2), "acties": (2, 3), "communicatie": (1, 3)},
    date(2024, 2, 12), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip
