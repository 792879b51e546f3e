"""Item ideas of three ``blind42_layouts`` publishers in central Europe: forest districts of the Czech state forests
after a windstorm, writing in Czech, Polish volunteer fire brigades in a flood, writing in Polish, and German Freifunk
communities running emergency Wi-Fi after a flood, writing in German (``blind5_layouts_content`` explains the slots;
the risks escalate in their own language's words; counts are put as "Počet …:" or "Liczba …:" where a numeral would
have to agree with its noun, as such reports put them). ``blind42_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's words. The organisations are named after real kinds of
body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

CS_LEVELS = ("je sledováno", "roste", "je nyní vysoké", "je nyní velmi vysoké")

KALAMITA = Partner(
    "cz-lcr-vetrna-kalamita",
    "Větrná kalamita",
    ("Lesní správa Frýdlant", "Lesní správa Jablunkov", "Lesní správa Nasavrky", "Lesní správa Kašperské Hory"),
    {},
    {
        "shrnuti": [
            it("Po vichřici ze dne {vichrice} pokračuje zpracování polomů na celém území lesní správy",
               vichrice="date -5 -5"),
            it("Dosud bylo zpracováno {zprac} m³ kalamitního dříví{zprac.was}", zprac="n 1000 90000"),
        ],
        "stav": [
            it("Většina lesních cest je stále neprůjezdná kvůli vyvráceným stromům"),
            it("Objem poškozeného dříví se odhaduje na {objem} m³{objem.was}", objem="n 5000 300000"),
        ],
        "predpoved": [
            it("ČHMÚ předpovídá do {vitr} silný vítr s nárazy až {naraz} km/h", vitr="date 1 3", naraz="n 60 110"),
            it("Od {mraz} se očekávají noční mrazy, které zpomalí odvoz dříví", mraz="date 1 4"),
        ],
        "skody": [
            it("Polomy zasáhly {plocha} ha lesních porostů{plocha.was}", plocha="n 20 3000"),
            it("Počet poškozených lesních mostků a propustků: {mosty}", mosty="n 1 25"),
        ],
        "zpracovani": [
            it("Počet harvestorových souprav v terénu: {harv}{harv.was}", harv="n 1 20"),
            it("Přednostně se zpracovává smrkové dříví kvůli riziku šíření kůrovce"),
        ],
        "cesty": [
            it("Počet uzavřených lesních cest: {cesty}{cesty.was}", cesty="n 2 60"),
            it("Silnice II/290 byla po odstranění padlých stromů znovu otevřena"),
        ],
        "navstevnici": [
            it("Vstup do lesa je v postižených oblastech zakázán do {zakaz}", zakaz="date 3 14"),
            it("Na turistických trasách bylo osazeno {cedule} výstražných cedulí", cedule="n 10 200"),
        ],
        "lide": [
            it("Na zpracování kalamity se podílí {prac} pracovníků lesní správy a dodavatelů{prac.was}",
               prac="n 20 400"),
            it("Lesní správa posílila pohotovostní službu i o víkendech"),
        ],
        "naklady": [
            it("Náklady na zpracování kalamity dosáhly {naklady}", naklady="cum 500 20000"),
            it("Na opravy lesních cest bylo vyčleněno {opravy}", opravy="money 100 900"),
        ],
        "risks": [
            risk("Riziko přemnožení kůrovce v poškozených porostech {trend}", levels=CS_LEVELS,
                 mit=("polomy se zpracovávají přednostně a kladou se lapáky",)),
            risk("Riziko úrazů při zpracování polomů {trend}", levels=CS_LEVELS,
                 mit=("práce na zavěšených stromech provádějí jen proškolení pracovníci",)),
            risk("Vstup veřejnosti do uzavřených porostů",
                 mit=("vstupy jsou označeny a kontroly provádí lesní stráž",)),
        ],
        "dalsi": [
            it("Jednání s krajským úřadem o prodloužení lhůt k zalesnění dne {jednani}", jednani="date 1 5"),
            it("Zprovoznit hlavní lesní cesty do {zprovozneni}", zprovozneni="date 3 12"),
        ],
    },
    {"shrnuti": (1, 2), "stav": (1, 2), "predpoved": (1, 2), "skody": (1, 2), "zpracovani": (1, 2),
     "cesty": (1, 2), "navstevnici": (1, 2), "lide": (1, 2), "naklady": (1, 2), "risks": (1, 3), "dalsi": (1, 2)},
    date(2026, 3, 10), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

PL_LEVELS = ("jest monitorowane", "rośnie", "jest teraz wysokie", "jest teraz bardzo wysokie")

POWODZ = Partner(
    "pl-osp-powodz",
    "Powódź",
    ("OSP Stronie Śląskie", "OSP Lądek-Zdrój", "OSP Głuchołazy", "OSP Bardo"),
    {},
    {
        "najwazniejsze": [
            it("Od {fala} strażacy naszej jednostki prowadzą działania przeciwpowodziowe bez przerwy",
               fala="date -3 -3"),
            it("Liczba wyjazdów do zdarzeń od początku powodzi: {wyjazdy}{wyjazdy.was}", wyjazdy="n 10 400"),
        ],
        "sytuacja": [
            it("Poziom wody w rzece spada, ale wiele ulic w dolnej części miasta jest nadal zalanych"),
            it("Liczba budynków bez prądu: {prad}{prad.was}", prad="n 10 900"),
        ],
        "prognoza": [
            it("IMGW zapowiada intensywne opady deszczu do {opady}", opady="date 1 3"),
            it("Ostrzeżenie hydrologiczne drugiego stopnia obowiązuje do {ostrzezenie}", ostrzezenie="date 1 4"),
        ],
        "skutki": [
            it("Liczba zalanych budynków mieszkalnych: {budynki}{budynki.was}", budynki="n 20 800"),
            it("Zniszczona została kładka dla pieszych przy ulicy Kościuszki"),
        ],
        "pompowanie": [
            it("Liczba wypompowanych piwnic: {piwnice}{piwnice.was}", piwnice="n 20 900"),
            it("Liczba pracujących pomp szlamowych i motopomp: {pompy}", pompy="n 3 30"),
        ],
        "waly": [
            it("Liczba ułożonych worków z piaskiem: {worki}{worki.was}", worki="n 500 30000"),
            it("Strażacy przez całą dobę patrolują wał przy oczyszczalni ścieków"),
        ],
        "pomoc": [
            it("Liczba osób ewakuowanych łodziami: {ewak}{ewak.was}", ewak="n 5 300"),
            it("W remizie działa punkt wydawania wody pitnej i środków czystości"),
        ],
        "strazacy": [
            it("Liczba druhów biorących udział w działaniach: {druhowie}{druhowie.was}", druhowie="n 10 80"),
            it("Wspierają nas jednostki OSP z powiatu wrocławskiego"),
        ],
        "koszty": [
            it("Koszty paliwa do pomp i samochodów wynoszą {paliwo}", paliwo="cum 5 120"),
            it("Gmina przekazała {dotacja} na zakup sprzętu", dotacja="money 10 200"),
        ],
        "risks": [
            risk("Zagrożenie przerwaniem wału {trend}", levels=PL_LEVELS,
                 mit=("wał jest stale patrolowany, a worki z piaskiem są przygotowane w remizie",)),
            risk("Zagrożenie dla zdrowia strażaków pracujących w skażonej wodzie {trend}", levels=PL_LEVELS,
                 mit=("strażacy pracują w ubraniach ochronnych i zostali zaszczepieni przeciw tężcowi",)),
            risk("Zmęczenie druhów po wielu dniach akcji", mit=("wprowadzono zmiany po dwanaście godzin",)),
        ],
        "dalsze": [
            it("Odprawa z burmistrzem i sztabem kryzysowym gminy w dniu {odprawa}", odprawa="date 1 2"),
            it("Zakończenie wypompowywania wody z piwnic do {koniec}", koniec="date 2 7"),
        ],
    },
    {"najwazniejsze": (1, 2), "sytuacja": (1, 2), "prognoza": (1, 2), "skutki": (1, 2), "pompowanie": (1, 2),
     "waly": (1, 2), "pomoc": (1, 2), "strazacy": (1, 2), "koszty": (1, 2), "risks": (1, 3), "dalsze": (1, 2)},
    date(2026, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt hoch", "ist jetzt sehr hoch")

NOTWLAN = Partner(
    "de-freifunk-notwlan",
    "Notfall-WLAN Hochwasser",
    ("Freifunk Eifel-Ahr", "Freifunk Erftland", "Freifunk Bergisches Land", "Freifunk Voreifel"),
    {},
    {
        "zusammenfassung": [
            it("Seit dem {seit} betreiben wir im Flutgebiet ein kostenloses Notfall-WLAN", seit="date -6 -6"),
            it("{geraete} Geräte waren gestern gleichzeitig eingebucht{geraete.was}", geraete="n 50 4000"),
        ],
        "lage": [
            it("Das Mobilfunknetz ist in mehreren Orten im Tal weiterhin ausgefallen"),
            it("{orte} Orte sind noch ohne Festnetz und Internet{orte.was}", orte="n 2 30"),
        ],
        "wetter": [
            it("Der Deutsche Wetterdienst erwartet bis zum {gewitter} erneut Gewitter mit Starkregen",
               gewitter="date 1 3"),
            it("Ab dem {trocken} soll es trocken bleiben", trocken="date 2 5"),
        ],
        "schaeden": [
            it("{masten} Mobilfunkmasten sind noch ohne Strom{masten.was}", masten="n 2 60"),
            it("Die Glasfaserverbindung zum Rathaus wurde bei der Flut zerstört"),
        ],
        "standorte": [
            it("{knoten} Zugangspunkte sind in Betrieb{knoten.was}", knoten="n 5 120"),
            it("Neue Standorte sind die Turnhalle und die Feuerwache"),
        ],
        "richtfunk": [
            it("{strecken} Richtfunkstrecken verbinden die Standorte mit dem Uplink{strecken.was}",
               strecken="n 1 20"),
            it("Der Uplink läuft über eine Satellitenverbindung am Bauhof"),
        ],
        "hilfe": [
            it("An unseren Ladestationen wurden {ladungen} Handys geladen{ladungen.was}", ladungen="n 100 6000"),
            it("In den Notunterkünften helfen wir beim Einrichten von Geräten und bei Online-Anträgen"),
        ],
        "helfende": [
            it("{helfende} Freiwillige sind im Einsatz{helfende.was}", helfende="n 5 80"),
            it("Elektrofachkräfte der Stadtwerke prüfen jeden neuen Standort vor dem Anschluss"),
        ],
        "finanzen": [
            it("Für Router, Antennen und Kabel haben wir {ausgaben} ausgegeben", ausgaben="cum 1 40"),
            it("Über unseren Förderverein sind {spenden} an Spenden eingegangen", spenden="money 1 60"),
        ],
        "risks": [
            risk("Das Risiko, dass Standorte durch Stromausfälle ausfallen, {trend}", levels=DE_LEVELS,
                 mit=("an den wichtigsten Standorten laufen die Router an Akkus und Solarmodulen",)),
            risk("Das Risiko einer Überlastung des Satelliten-Uplinks {trend}", levels=DE_LEVELS,
                 mit=("Video-Streaming wird im Netz gedrosselt",)),
            risk("Diebstahl von Technik an unbewachten Standorten",
                 mit=("die Geräte werden abends abgebaut oder in verschlossenen Räumen betrieben",)),
        ],
        "naechste": [
            it("Übergabe der Standorte an die Netzbetreiber, sobald das Mobilfunknetz wieder läuft, "
               "voraussichtlich am {uebergabe}", uebergabe="date 5 20"),
            it("Treffen mit dem Krisenstab des Kreises am {treffen}", treffen="date 1 3"),
        ],
    },
    {"zusammenfassung": (1, 2), "lage": (1, 2), "wetter": (1, 2), "schaeden": (1, 2), "standorte": (1, 2),
     "richtfunk": (1, 2), "hilfe": (1, 2), "helfende": (1, 2), "finanzen": (1, 2), "risks": (1, 3),
     "naechste": (1, 2)},
    date(2026, 7, 16), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
