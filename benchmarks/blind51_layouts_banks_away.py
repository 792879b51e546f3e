"""Item ideas of four ``blind51_layouts`` publishers writing in other languages than English: Polish voivodeship
offices in a mass die-off of fish in the Oder (Polish), Finnish cities after a storm cut the power (Finnish), Catalan
town councils after an easterly storm wrecked their seafront (Catalan) and Lithuanian municipal administrations
while a tyre recycling plant burns (Lithuanian) (``blind5_layouts_content`` explains the slots).
``blind51_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. Where a language makes a noun agree with the figure before it (Polish, Lithuanian), a point gives the figure
after a label or a colon, as these offices write a count. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

PL_LEVELS = ("jest monitorowane", "rośnie", "jest obecnie znaczące", "jest obecnie krytyczne")

ODRA = Partner(
    "pl-uw-odra-sniecie-ryb",
    "Sytuacja na Odrze",
    ("Dolnośląski Urząd Wojewódzki we Wrocławiu", "Opolski Urząd Wojewódzki w Opolu",
     "Lubuski Urząd Wojewódzki w Gorzowie Wielkopolskim", "Zachodniopomorski Urząd Wojewódzki w Szczecinie"),
    {},
    {
        "hl": [
            it("Od {poczatek} w Odrze obserwowane jest masowe śnięcie ryb", poczatek="date -9 -9"),
            it("Od początku akcji z rzeki i jej brzegów usunięto łącznie {tony} t śniętych ryb{tony.was}",
               tony="n 20 400"),
        ],
        "sit": [
            it("Wyniki badań wskazują na zakwit złotej algi (Prymnesium parvum) przy wysokim zasoleniu wody"),
            it("Przewodność wody w punktach pomiarowych przekracza normę o {przewodnosc}{przewodnosc.was}",
               przewodnosc="pct 20 90"),
        ],
        "imp": [
            it("Obowiązuje zakaz kąpieli, wędkowania i wprowadzania zwierząt do rzeki"),
            it("Liczba gmin objętych zakazem korzystania z wody z Odry: {gminy}{gminy.was}", gminy="n 5 40"),
        ],
        "ta": [
            it("Liczba łodzi straży pożarnej i wojska pracujących na rzece: {lodzie}{lodzie.was}", lodzie="n 6 60"),
            it("Zebrane ryby są przekazywane do utylizacji w zakładach wskazanych przez powiatowego lekarza "
               "weterynarii"),
        ],
        "tb": [
            it("Inspekcja Ochrony Środowiska pobiera próbki wody codziennie w {punkty} punktach pomiarowych"
               "{punkty.was}", punkty="n 4 30"),
            it("Wyniki badań są publikowane na bieżąco na stronie Głównego Inspektoratu Ochrony Środowiska"),
        ],
        "help": [
            it("Infolinia wojewody odpowiada na pytania mieszkańców codziennie w godzinach 8.00–20.00"),
            it("Liczba zestawów ochronnych przekazanych gminom dla wolontariuszy: {zestawy}{zestawy.was}",
               zestawy="n 100 5000"),
        ],
        "staff": [
            it("W działaniach uczestniczy {strazacy} strażaków Państwowej Straży Pożarnej i OSP{strazacy.was}",
               strazacy="n 40 900"),
            it("Żołnierze Wojsk Obrony Terytorialnej wspierają zbieranie ryb na trudno dostępnych odcinkach"),
        ],
        "money": [
            it("Koszty akcji poniesione przez służby wojewody wynoszą dotąd {koszty}", koszty="cum 100 3000"),
            it("Wojewoda przekazał gminom {dotacja} na usuwanie śniętych ryb", dotacja="money 50 900"),
        ],
        "risks": [
            risk("Ryzyko ponownego zakwitu złotej algi przy wysokiej temperaturze wody {trend}", levels=PL_LEVELS,
                 mit=("stan rzeki jest sprawdzany codziennie, a zrzuty wód zasolonych zostały ograniczone",)),
            risk("Ryzyko rozkładu ryb na trudno dostępnych odcinkach brzegu {trend}", levels=PL_LEVELS,
                 mit=("patrole z dronami wskazują miejsca, w których trzeba zebrać ryby",)),
            risk("Wędkowanie i kąpiel pomimo zakazu",
                 mit=("policja i Państwowa Straż Rybacka prowadzą wspólne patrole",)),
        ],
        "next": [
            it("Posiedzenie Wojewódzkiego Zespołu Zarządzania Kryzysowego zaplanowano na {zespol}",
               zespol="date 1 3"),
            it("Zakaz korzystania z rzeki obowiązuje co najmniej do {zakaz}", zakaz="date 3 10"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

FI_LEVELS = ("on seurannassa", "kasvaa", "on nyt merkittävä", "on nyt kriittinen")

MYRSKY = Partner(
    "fi-kaupunki-myrsky",
    "Myrskytilanne",
    ("Kuopion kaupunki", "Joensuun kaupunki", "Mikkelin kaupunki", "Savonlinnan kaupunki"),
    {},
    {
        "hl": [
            it("Myrsky katkaisi sähköt laajalti kaupungin alueella {myrsky}", myrsky="date -2 -2"),
            it("Sähköttä on edelleen {talous} kotitaloutta{talous.was}", talous="n 300 9000"),
        ],
        "sit": [
            it("Sähköyhtiön asentajat korjaavat vikoja ympäri vuorokauden"),
            it("Haja-asutusalueilla sähkökatkot voivat kestää vielä useita päiviä"),
        ],
        "imp": [
            it("{koulut} koulua ja päiväkotia on suljettu sähkökatkon vuoksi{koulut.was}", koulut="n 2 20"),
            it("Osassa kaupunkia vesi ei nouse ylimpiin kerroksiin, koska paineenkorotusasemat ovat ilman sähköä"),
        ],
        "ta": [
            it("Vesihuoltolaitos on tuonut {varavoima} varavoimakonetta pumppaamoille{varavoima.was}",
               varavoima="n 2 15"),
            it("Vedenjakelupisteet ovat auki paloasemilla ja koulujen pihoilla"),
        ],
        "tb": [
            it("Katu- ja puistopalvelut ovat raivanneet kaatuneita puita {tiet} tieosuudelta{tiet.was}",
               tiet="n 10 200"),
            it("Kevyen liikenteen väylillä voi yhä olla kaatuneita puita"),
        ],
        "help": [
            it("Lämpimät tilat ovat avoinna kirjastoissa ja uimahallissa kello 8–22"),
            it("Kotihoito on tarkistanut {asiakkaat} asiakkaan tilanteen{asiakkaat.was}", asiakkaat="n 20 900"),
        ],
        "staff": [
            it("Valmiusorganisaatiossa työskentelee {henkilosto} kaupungin työntekijää{henkilosto.was}",
               henkilosto="n 20 300"),
            it("Sopimuspalokunnat avustavat pelastuslaitosta myrskytehtävissä"),
        ],
        "money": [
            it("Myrskyn aiheuttamat kustannukset kaupungille ovat tähän mennessä noin {kustannus}",
               kustannus="cum 50 2000"),
            it("Varavoimakoneiden vuokra maksaa {vuokra} vuorokaudessa", vuokra="money 2 40"),
        ],
        "risks": [
            risk("Vesijohtojen jäätymisen riski kylmissä kiinteistöissä {trend}", levels=FI_LEVELS,
                 mit=("kiinteistöjen omistajia neuvotaan tyhjentämään vesijohdot",)),
            risk("Häkämyrkytysten riski aggregaattien sisäkäytön vuoksi {trend}", levels=FI_LEVELS,
                 mit=("varoitus on julkaistu kaupungin kanavissa ja paikallisradiossa",)),
            risk("Uusi myrskyvaroitus viikonlopuksi",
                 mit=("valmiusorganisaatio pysyy koolla ja varavoimakoneet pidetään valmiina",)),
        ],
        "next": [
            it("Valmiusryhmä kokoontuu seuraavan kerran {kokous}", kokous="date 1 2"),
            it("Sähköyhtiö arvioi, että kaikki kotitaloudet saavat sähköt {sahkot} mennessä", sahkot="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 11, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CA_LEVELS = ("està en seguiment", "augmenta", "ara és significatiu", "ara és crític")

TEMPORAL = Partner(
    "ca-ajuntament-temporal",
    "Temporal de llevant",
    ("Ajuntament de Malgrat de Mar", "Ajuntament de Calella", "Ajuntament de Tossa de Mar", "Ajuntament de Deltebre"),
    {},
    {
        "hl": [
            it("El temporal de llevant va afectar el litoral del municipi el {inici} amb onades de més de cinc metres",
               inici="date -3 -3"),
            it("Hi ha {platges} platges tancades al públic{platges.was}", platges="n 2 12"),
        ],
        "sit": [
            it("La mar s'ha calmat i els serveis municipals valoren els danys al front marítim"),
            it("El Pla d'actuació municipal per risc d'inundacions continua activat en fase d'alerta"),
        ],
        "imp": [
            it("El passeig marítim està tancat en un tram de {passeig} metres{passeig.was}", passeig="n 100 2000"),
            it("El servei de tren de la línia de la costa està interromput entre les dues estacions del municipi"),
        ],
        "ta": [
            it("Les brigades han retirat {runes} tones de sorra i runa del passeig{runes.was}", runes="n 20 900"),
            it("Els tècnics de Costes inspeccionen els espigons i les defenses del front marítim"),
        ],
        "tb": [
            it("Els bombers han fet {sortides} serveis per aigua en baixos d'habitatges{sortides.was}",
               sortides="n 5 200"),
            it("L'estació depuradora funciona amb normalitat després de la revisió"),
        ],
        "help": [
            it("L'oficina d'atenció ciutadana recull les sol·licituds d'ajuda dels veïns afectats"),
            it("Els serveis socials han atès {families} famílies afectades{families.was}", families="n 2 80"),
        ],
        "staff": [
            it("Hi treballen {efectius} efectius de la brigada municipal, la policia local i protecció civil"
               "{efectius.was}", efectius="n 10 120"),
            it("L'agrupació de voluntaris de protecció civil dona suport a les tasques de neteja"),
        ],
        "money": [
            it("El cost de les actuacions d'emergència ja és de {cost}", cost="cum 40 2500"),
            it("L'Ajuntament ha sol·licitat {ajut} al fons de la Generalitat per a danys per temporals",
               ajut="money 50 900"),
        ],
        "risks": [
            risk("El risc de nous esfondraments al passeig marítim {trend}", levels=CA_LEVELS,
                 mit=("s'ha tancat el tram afectat i es fan inspeccions diàries",)),
            risk("El risc que un nou temporal trobi la platja sense sorra {trend}", levels=CA_LEVELS,
                 mit=("s'ha demanat a Costes una aportació urgent de sorra",)),
            risk("L'accés de curiosos a les zones tancades",
                 mit=("la policia local fa patrulles a peu al front marítim",)),
        ],
        "next": [
            it("Reunió del comitè del Pla d'actuació municipal el {comite}", comite="date 1 2"),
            it("Previsió de reobrir el passeig marítim el {obertura}", obertura="date 3 12"),
        ],
    },
    SIZES,
    date(2026, 1, 20), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

LT_LEVELS = ("stebima", "didėja", "dabar yra didelė", "dabar yra labai didelė")

GAISRAS = Partner(
    "lt-savivaldybe-padangu-gaisras",
    "Padangų gaisras",
    ("Alytaus miesto savivaldybės administracija", "Kauno rajono savivaldybės administracija",
     "Šiaulių miesto savivaldybės administracija", "Panevėžio rajono savivaldybės administracija"),
    {},
    {
        "hl": [
            it("Savivaldybėje paskelbta ekstremalioji situacija dėl padangų perdirbimo įmonėje kilusio gaisro"),
            it("Gaisras lokalizuotas, tačiau degančių padangų plotas – {plotas} kv. m{plotas.was}",
               plotas="n 500 9000"),
        ],
        "sit": [
            it("Ugniagesiai gelbėtojai gaisravietę gesina putomis ir vandeniu"),
            it("Dūmai slenka į šiaurės rytus nuo gaisravietės"),
        ],
        "imp": [
            it("Gyventojams rekomenduojama neatidarinėti langų ir be būtino reikalo neiti į lauką"),
            it("Uždarytų ugdymo įstaigų skaičius – {mokyklos}{mokyklos.was}", mokyklos="n 2 30"),
        ],
        "ta": [
            it("Gaisravietėje dirbančių ugniagesių gelbėtojų skaičius – {ugniagesiai}{ugniagesiai.was}",
               ugniagesiai="n 20 200"),
            it("Sunkioji technika ardo padangų krūvas, kad ugniagesiai pasiektų degimo židinius"),
        ],
        "tb": [
            it("Aplinkos apsaugos agentūra matuoja oro taršą mobiliosiomis laboratorijomis"),
            it("Kietųjų dalelių KD10 koncentracija viršijo ribinę vertę {virsijimas}{virsijimas.was}",
               virsijimas="pct 10 300"),
        ],
        "help": [
            it("Gyventojams seniūnijose nemokamai dalijami respiratoriai"),
            it("Karštosios linijos skambučių skaičius – {skambuciai}{skambuciai.was}", skambuciai="n 20 900"),
        ],
        "staff": [
            it("Policijos pareigūnai riboja eismą aplink gaisravietę"),
            it("Operacijų centre budinčių darbuotojų skaičius – {budintys}{budintys.was}", budintys="n 3 25"),
        ],
        "money": [
            it("Savivaldybės išlaidos ekstremaliajai situacijai likviduoti iki šiol siekia {islaidos}",
               islaidos="cum 20 1500"),
            it("Iš savivaldybės rezervo skirta {rezervas}", rezervas="money 10 300"),
        ],
        "risks": [
            risk("Pakartotinio įsiliepsnojimo rizika {trend}", levels=LT_LEVELS,
                 mit=("gaisravietėje nuolat budi ugniagesių pamaina",)),
            risk("Užteršto gesinimo vandens patekimo į upę rizika {trend}", levels=LT_LEVELS,
                 mit=("aplink gaisravietę supilti pylimai ir įrengtos surinkimo duobės",)),
            risk("Gyventojų sveikatos sutrikimai dėl dūmų",
                 mit=("visuomenės sveikatos biuras teikia rekomendacijas ir stebi kreipimųsi skaičių",)),
        ],
        "next": [
            it("Ekstremaliųjų situacijų komisijos posėdis vyks {posedis}", posedis="date 1 2"),
            it("Ugdymo įstaigų veiklą planuojama atnaujinti {atnaujinimas}", atnaujinimas="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
