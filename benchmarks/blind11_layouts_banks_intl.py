"""Item ideas of the three publishers of the ``blind11_layouts`` set that write in another language: a Swedish
county administrative board ("länsstyrelse") reporting on a long power cut after a storm in its "Lägesbild", a
Norwegian municipality's crisis staff ("kommunens kriseledelse") reporting on a landslide and evacuation in
its "Situasjonsrapport", and a Polish voivodeship crisis management centre ("Wojewódzkie Centrum Zarządzania
Kryzysowego") reporting on a river flood in its "Raport sytuacyjny". The texts are in the publisher's
language; the generator's figures, dates and "(up from … )" notes are English and are put into the
publisher's conventions by ``blind11_layouts_content.localise``. The organisations, places and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SE_LEVELS = ("bevakas", "ökar", "är nu hög", "är nu kritisk")
NO_LEVELS = ("følges opp", "øker", "er nå høy", "er nå kritisk")
PL_LEVELS = ("jest monitorowane", "rośnie", "jest obecnie wysokie", "jest obecnie krytyczne")

LANSSTYRELSE = Partner(
    "lansstyrelse",
    "Stormen Ingunn – elavbrott",
    ("Länsstyrelsen i Norrvikens län", "Länsstyrelsen i Älvdala län", "Länsstyrelsen i Sjöbergs län",
     "Länsstyrelsen i Hälleberga län"),
    {},
    {
        "situation": [
            it("{cut} hushåll är fortfarande utan el{cut.was}", cut="n 300 9000"),
            it("Nätbolaget räknar med att de flesta har el igen den {power}", power="date 1 5"),
            it("Flera vägar i inlandet är blockerade av nedfallna träd"),
            it("Mobiltäckningen är nedsatt i {masts} kommuner", masts="n 1 7"),
        ],
        "impacts": [
            it("{water} hushåll saknar kommunalt vatten på grund av elavbrottet", water="n 0 800"),
            it("Hemtjänsten når inte alla brukare på de blockerade vägarna"),
            it("{schools} skolor är stängda i dag", schools="n 0 14"),
        ],
        "actions": [
            it("Trygghetspunkter öppna i {points} orter med värme, laddning och information", points="n 2 12"),
            it("Försvarsmakten bistår med bandvagnar för transporter till isolerade gårdar"),
            it("Reservkraft har levererats till två vårdboenden"),
            it("Länsstyrelsen samordnar lägesbilden med kommunerna två gånger per dag"),
        ],
        "risks": [
            risk("Risken att äldre blir nedkylda i bostäder utan värme {trend}", levels=SE_LEVELS,
                 mit=("hemtjänsten ringer alla brukare och kommunen erbjuder evakuering till värmestuga",)),
            risk("Brist på drivmedel till reservkraftverken {trend}", levels=SE_LEVELS,
                 mit=("prioriteringslista för drivmedel fastställd med kommunerna",)),
            risk("Olyckor vid röjning av nedfallna träd", levels=SE_LEVELS,
                 mit=("information om säker röjning på krisinformation.se",)),
        ],
        "communications": [
            it("Pressmeddelande publicerat klockan 09.00"),
            it("Gemensam information på krisinformation.se och i lokalradion"),
        ],
        "next": [
            it("Nästa lägesbild skickas den {next} klockan 08.00", next="date 1 1"),
            it("Samverkanskonferens med kommunerna klockan 13.00"),
        ],
    },
    {"situation": (2, 4), "impacts": (1, 3), "actions": (2, 4), "risks": (2, 3), "communications": (1, 2),
     "next": (1, 2)},
    date(2024, 1, 15), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

KOMMUNE = Partner(
    "kommune-no",
    "Leirskred og evakuering",
    ("Fjellvik kommune", "Nordstrand kommune", "Elvebakk kommune", "Sørdal kommune"),
    {},
    {
        "situation": [
            it("Skredområdet ved Bakkeli er fortsatt ustabilt ifølge NVE"),
            it("{evac} personer er fortsatt evakuert{evac.was}", evac="n 20 900"),
            it("Fylkesvei 715 er stengt mellom Bakkeli og Moen"),
            it("Nye målinger av grunnvannet gjøres den {nve}", nve="date 1 3"),
        ],
        "impacts": [
            it("{homes} boliger ligger innenfor sperreområdet", homes="n 10 300"),
            it("Barnehagen på Moen holder stengt"),
            it("Omkjøring via Sandvik gir {detour} minutter lengre reisetid", detour="n 15 70"),
        ],
        "response": [
            it("Evakuerte får overnatting på hotell og i EPS-senteret i rådhuset"),
            it("Sivilforsvaret bistår med vakthold ved sperringene"),
            it("Psykososialt kriseteam har hatt samtaler med {talks} personer", talks="n 5 120"),
        ],
        "risks": [
            risk("Faren for nye skred ved kraftig nedbør {trend}", levels=NO_LEVELS,
                 mit=("døgnkontinuerlig overvåking med sensorer og varsling på SMS",)),
            risk("Belastning på kriseledelsen over tid", levels=NO_LEVELS,
                 mit=("turnus for stab og bistand fra nabokommunene",)),
            risk("Utrygghet blant innbyggerne utenfor sperreområdet {trend}", levels=NO_LEVELS,
                 mit=("folkemøte og åpen telefon i servicetorget",)),
        ],
        "communications": [
            it("Informasjon publisert på kommunens nettside og Facebook klokken 10.00"),
            it("SMS-varsel sendt til {sms} mottakere i området", sms="n 200 4000"),
        ],
        "next": [
            it("Neste situasjonsrapport sendes {next} klokken 12.00", next="date 1 1"),
            it("Møte med NVE og politiet om sperreområdet"),
        ],
    },
    {"situation": (2, 4), "impacts": (1, 3), "response": (1, 3), "risks": (2, 3), "communications": (1, 2),
     "next": (1, 2)},
    date(2024, 2, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WCZK = Partner(
    "wczk",
    "Powódź w dorzeczu Odry",
    ("Wojewódzkie Centrum Zarządzania Kryzysowego w Opolu", "Wojewódzkie Centrum Zarządzania Kryzysowego we Wrocławiu",
     "Wojewódzkie Centrum Zarządzania Kryzysowego w Zielonej Górze",
     "Wojewódzkie Centrum Zarządzania Kryzysowego w Katowicach"),
    {},
    {
        "situation": [
            it("Stany alarmowe przekroczone na {gauges} wodowskazach{gauges.was}", gauges="n 2 30"),
            it("Fala kulminacyjna na Odrze spodziewana w rejonie Brzegu w dniu {crest}", crest="date 1 4"),
            it("Pogotowie przeciwpowodziowe ogłoszone w {gminy} gminach", gminy="n 3 40"),
        ],
        "impacts": [
            it("{evac} osób ewakuowanych z terenów zalanych{evac.was}", evac="n 20 3000"),
            it("Zamkniętych {roads} dróg powiatowych i gminnych", roads="n 2 60"),
            it("Zalane ujęcie wody w Lewinie Brzeskim, woda dowożona beczkowozami"),
        ],
        "actions": [
            it("Państwowa Straż Pożarna prowadzi działania na wałach przy użyciu {bags} worków z piaskiem",
               bags="n 2000 90000"),
            it("Żołnierze Wojsk Obrony Terytorialnej wspierają umacnianie wałów"),
            it("Uruchomiono punkty pomocy dla poszkodowanych w urzędach gmin"),
        ],
        "risks": [
            risk("Zagrożenie przerwania wału w Kątach {trend}", levels=PL_LEVELS,
                 mit=("całodobowe patrole wałów i rezerwa sprzętu w pobliżu",)),
            risk("Skażenie studni przydomowych", levels=PL_LEVELS,
                 mit=("badania wody przez Sanepid i komunikaty dla mieszkańców",)),
        ],
        "workforce": [
            it("W działaniach bierze udział {ff} strażaków PSP i OSP{ff.was}", ff="n 100 2500"),
            it("Zaangażowano {soldiers} żołnierzy", soldiers="n 20 800"),
        ],
        "forecast": [
            it("IMGW prognozuje opady do {rain} mm w ciągu doby", rain="n 5 60"),
            it("Ostrzeżenie hydrologiczne trzeciego stopnia obowiązuje do odwołania"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "workforce": (1, 2),
     "forecast": (1, 2)},
    date(2024, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
