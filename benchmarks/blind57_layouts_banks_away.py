"""Item ideas of four ``blind57_layouts`` publishers writing in other languages than English: Montenegrin
municipalities' teams for emergency situations in a flood of the Lim (Montenegrin), Sámi municipalities in Finnmark
in a spring flood with ice on the rivers (Northern Sami), water user associations in the Western Cape after winter
floods broke their canals (Afrikaans) and Tanzanian urban water supply and sanitation authorities after El Niño
floods (Swahili) (``blind5_layouts_content`` explains the slots). ``blind57_layouts_content`` prints the amounts,
dates, comparisons and the mitigation's lead in each publisher's words. Where a case ending or a preposition would
bend the figure or date, a point gives the figure after a label and a colon. The organisations are named after real
kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

ME_LEVELS = ("se prati", "raste", "je visok", "je veoma visok")

POPLAVE = Partner(
    "me-opstina-poplave",
    "Poplave",
    ("Opština Bijelo Polje", "Opština Berane", "Opština Andrijevica", "Opština Plav"),
    {},
    {
        "hl": [
            it("Usljed obilnih padavina od {pocetak} rijeka Lim se izlila na više lokacija u opštini",
               pocetak="date -3 -3"),
            it("Broj poplavljenih stambenih objekata: {objekti}{objekti.was}", objekti="n 10 900"),
        ],
        "sit": [
            it("Vodostaj Lima je u opadanju, ali je i dalje iznad kote redovne odbrane od poplava"),
            it("Zavod za hidrometeorologiju i seizmologiju najavljuje nove padavine za vikend"),
        ],
        "imp": [
            it("Broj domaćinstava bez električne energije: {struja}{struja.was}", struja="n 20 3000"),
            it("Više lokalnih puteva je pod vodom, a saobraćaj prema seoskim naseljima odvija se otežano"),
        ],
        "ta": [
            it("Broj evakuisanih lica: {evakuisani}{evakuisani.was}", evakuisani="n 5 400"),
            it("Evakuisani su smješteni u sportskoj hali i kod rodbine"),
        ],
        "tb": [
            it("Građanima u poplavljenim naseljima preporučuje se da vodu iz vodovoda koriste samo nakon "
               "prokuvavanja"),
            it("Broj cisterni koje dopremaju pitku vodu: {cisterne}{cisterne.was}", cisterne="n 2 40"),
        ],
        "help": [
            it("Broj podijeljenih paketa hrane i higijene: {paketi}{paketi.was}", paketi="n 50 4000"),
            it("Centar za socijalni rad obilazi stara i samačka domaćinstva u ugroženim naseljima"),
        ],
        "staff": [
            it("Broj pripadnika Službe zaštite i spašavanja, policije i Vojske na terenu: {snage}{snage.was}",
               snage="n 20 400"),
            it("Komunalno preduzeće angažovalo je svu raspoloživu mehanizaciju"),
        ],
        "money": [
            it("Troškovi opštine za sanaciju posljedica poplava do sada iznose {troskovi}", troskovi="cum 100 4000"),
            it("Opština je od Vlade zatražila {zahtjev} iz tekuće budžetske rezerve", zahtjev="money 100 900"),
        ],
        "risks": [
            risk("Rizik od probijanja nasipa {trend}", levels=ME_LEVELS,
                 mit=("ekipe Službe zaštite i spašavanja danonoćno dežuraju na nasipima",)),
            risk("Rizik od pojave zaraznih bolesti {trend}", levels=ME_LEVELS,
                 mit=("Institut za javno zdravlje vrši dezinfekciju poplavljenih objekata",)),
            risk("Pokretanje klizišta na padinama iznad naselja",
                 mit=("geolozi svakodnevno obilaze ugrožene padine",)),
        ],
        "next": [
            it("Očekuje se da se voda povuče iz naselja do {povlacenje}", povlacenje="date 1 3"),
            it("Sljedeća informacija biće dostavljena {sljedeca}", sljedeca="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SE_LEVELS = ("čuvvojuvvo", "lassána", "lea stuoris", "lea hui stuoris")

DULVI = Partner(
    "se-suohkan-giddadulvi",
    "Giđđadulvi",
    ("Deanu gielda", "Kárášjoga gielda", "Guovdageainnu suohkan", "Unjárgga gielda"),
    {},
    {
        "hl": [
            it("Giđđadulvi lea {algu} rájes dulvadan viesuid ja geainnuid johkaguoras", algu="date -3 -3"),
            it("Dulvadan viesuid lohku: {viesut}{viesut.was}", viesut="n 2 120"),
        ],
        "sit": [
            it("Čáhci johkas lea ain allat, muhto lea álgán njiedjat"),
            it("NVE várre ahte jieŋat sáhttet ain hehttet čázi golgama"),
        ],
        "imp": [
            it("Olbmot geat leat fárren eret ruovttuineaset: {farren}{farren.was}", farren="n 3 200"),
            it("Muhtun geainnut leat giddejuvvon, ja skuvlabusse ii vuoje buot guovlluide"),
        ],
        "ta": [
            it("Evakuerejuvvon olbmot orrot hoteallas ja fulkkiid luhtte"),
            it("Gielda lea rahpan searvevistti gosa olbmot sáhttet boahtit beaivet"),
        ],
        "tb": [
            it("Dulvadan čáhcebáktegiid lohku: {baktet}{baktet.was}", baktet="n 1 60"),
            it("Sii geain lea iežaset čáhcebákti galget vuoššat čázi ovdal go juhket dan"),
        ],
        "help": [
            it("Gieldda bálvalusguovddáš vástida jearaldagaide dulvvi birra árgabeivviid"),
            it("Ruovttubálvalus galleda boarrásiid geat orrot okto dulvaguovlluin"),
        ],
        "staff": [
            it("Bargit, siviilasuodjaleaddjit ja eaktodáhtolaččat geat barget dulvvi dihte: {bargit}{bargit.was}",
               bargit="n 5 150"),
            it("Siviilasuodjalus lea buktán pumpaid ja sáttosehkaid"),
        ],
        "money": [
            it("Gieldda golut dulvvi dihte leat dássážii {golut}", golut="cum 100 4000"),
            it("Gielda lea ohcan {ohcan} Stáhtahálddašeaddjis geainnuid divvumii", ohcan="money 100 900"),
        ],
        "risks": [
            risk("Riska ahte jieŋat dulvadit eanet viesuid {trend}", levels=SE_LEVELS,
                 mit=("gielda bearráigeahččá joga juohke diimmu ja várre álbmoga dakkaviđe",)),
            risk("Riska ahte juhkančáhci nuoskkiduvvo {trend}", levels=SE_LEVELS,
                 mit=("gielda váldá čáhceiskosiid juohke beaivve",)),
            risk("Eanaráhpat johkagáttis",
                 mit=("geainnut johkagáttis leat giddejuvvon",)),
        ],
        "next": [
            it("Čáhci vurdojuvvo njiedjat dábálaš dássái {njiedjan} rádjái", njiedjan="date 1 3"),
            it("Boahtte dieđáhus almmuhuvvo {boahtte}", boahtte="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 5, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AF_LEVELS = ("word gemonitor", "neem toe", "is hoog", "is baie hoog")

KANALE = Partner(
    "za-wvv-vloedskade",
    "Vloedskade",
    ("Hexvallei Waterverbruikersvereniging", "Breërivier Waterverbruikersvereniging",
     "Clanwilliam Waterverbruikersvereniging", "Olifantsrivier Waterverbruikersvereniging"),
    {},
    {
        "hl": [
            it("Die vloede sedert {begin} het groot skade aan die kanale en pyplyne van die vereniging aangerig",
               begin="date -5 -5"),
            it("Aantal boere sonder besproeiingswater: {boere}{boere.was}", boere="n 5 300"),
        ],
        "sit": [
            it("Die rivier het teruggesak, maar die grond langs die walle is steeds versadig"),
            it("Die Weerburo voorspel nog 'n koue front met reën vir die naweek"),
        ],
        "imp": [
            it("Kilometer kanaal beskadig of vol slik: {kanaal}{kanaal.was}", kanaal="n 1 60"),
            it("Wingerde laer af in die vallei staan nog onder water"),
        ],
        "ta": [
            it("Die hoofkanaal is by twee plekke tydelik met sandsakke en klippe herstel"),
            it("Pypbreuke herstel sedert die vloed: {breuke}{breuke.was}", breuke="n 2 90"),
        ],
        "tb": [
            it("Die uitkeerwerk in die rivier is met slik en bome verstop en word skoongemaak"),
            it("Die opgaardam is {dam} vol{dam.was}", dam="pct 40 100"),
        ],
        "help": [
            it("Lede kan skade aan hul aansluitings by die kantoor of op die WhatsApp-lyn aanmeld"),
            it("Die vereniging help lede om hul skade vir die departement se hulpskema aan te teken"),
        ],
        "staff": [
            it("Werkers en kontrakteurs op die kanale: {werkers}{werkers.was}", werkers="n 10 200"),
            it("Twee graafmasjiene en 'n voorlaaier is by buurverenigings geleen"),
        ],
        "money": [
            it("Die geraamde koste van herstelwerk tot dusver is {koste}", koste="cum 100 4000"),
            it("Die vereniging het by die Departement van Water en Sanitasie om {aansoek} aansoek gedoen",
               aansoek="money 100 900"),
        ],
        "risks": [
            risk("Die risiko dat die kanaalwal verder inval {trend}", levels=AF_LEVELS,
                 mit=("die swak plekke word daagliks deur die opsigter nagegaan",)),
            risk("Die risiko van nog 'n vloed voordat die uitkeerwerk herstel is {trend}", levels=AF_LEVELS,
                 mit=("tydelike walle is by die inlaat gebou",)),
            risk("Diefstal van pype en toerusting by die werkterreine",
                 mit=("sekuriteitswagte patrolleer snags by die werkterreine",)),
        ],
        "next": [
            it("Water behoort teen {water} weer deur die hoofkanaal te vloei", water="date 1 3"),
            it("Die volgende verslag word op {volgende} uitgestuur", volgende="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

SW_LEVELS = ("inafuatiliwa", "inaongezeka", "iko juu", "iko juu sana")

MAJI = Partner(
    "tz-mamlaka-maji-mafuriko",
    "Mafuriko",
    ("Mamlaka ya Majisafi na Usafi wa Mazingira Dar es Salaam",
     "Mamlaka ya Majisafi na Usafi wa Mazingira Morogoro",
     "Mamlaka ya Majisafi na Usafi wa Mazingira Arusha",
     "Mamlaka ya Majisafi na Usafi wa Mazingira Mwanza"),
    {},
    {
        "hl": [
            it("Mvua kubwa zilizonyesha tangu {tangu} zimeharibu vyanzo na mitambo ya maji ya Mamlaka",
               tangu="date -4 -4"),
            it("Idadi ya wateja wasiopata huduma ya maji: {wateja}{wateja.was}", wateja="n 500 60000"),
        ],
        "sit": [
            it("Maji ya mto bado yana tope jingi, hivyo uzalishaji katika mtambo umepunguzwa"),
            it("TMA imetabiri mvua za wastani hadi kubwa katika siku tatu zijazo"),
        ],
        "imp": [
            it("Uzalishaji wa maji umeshuka hadi {uzalishaji} ya kiwango cha kawaida{uzalishaji.was}",
               uzalishaji="pct 30 90"),
            it("Maeneo ya mabondeni yamekosa maji kwa zaidi ya siku mbili"),
        ],
        "ta": [
            it("Bomba kuu lililosombwa na maji limeunganishwa kwa muda"),
            it("Idadi ya mivujo iliyorekebishwa tangu mafuriko: {mivujo}{mivujo.was}", mivujo="n 5 300"),
        ],
        "tb": [
            it("Mabwawa ya majitaka yamefurika na magari ya kunyonya majitaka yanafanya kazi usiku na mchana"),
            it("Idadi ya safari za magari ya maji kwenye maeneo yasiyo na huduma: {safari}{safari.was}",
               safari="n 10 400"),
        ],
        "help": [
            it("Wateja wanashauriwa kuchemsha maji ya kunywa hadi hali itakapotengemaa"),
            it("Malalamiko yanapokelewa kupitia kituo cha huduma kwa wateja bila malipo"),
        ],
        "staff": [
            it("Idadi ya mafundi na watumishi waliopo kazini: {mafundi}{mafundi.was}", mafundi="n 20 400"),
            it("Mamlaka imeomba magari na pampu za ziada kutoka Wizara ya Maji"),
        ],
        "money": [
            it("Gharama za matengenezo hadi sasa ni {gharama}", gharama="cum 100 4000"),
            it("Mamlaka imeomba {ombi} kutoka Mfuko wa Taifa wa Maji kwa ukarabati wa chanzo",
               ombi="money 100 900"),
        ],
        "risks": [
            risk("Hatari ya magonjwa ya mlipuko kama kipindupindu {trend}", levels=SW_LEVELS,
                 mit=("maji yanaongezewa dawa ya klorini na sampuli zinapimwa kila siku",)),
            risk("Hatari ya mafuriko mapya kuharibu chanzo cha maji {trend}", levels=SW_LEVELS,
                 mit=("kuta za muda za mifuko ya mchanga zimejengwa kuzunguka chanzo",)),
            risk("Wizi wa mabomba na vifaa katika maeneo ya kazi",
                 mit=("walinzi wameongezwa katika maeneo ya mitambo",)),
        ],
        "next": [
            it("Huduma inatarajiwa kurejea kikamilifu ifikapo {kurejea}", kurejea="date 1 3"),
            it("Taarifa inayofuata itatolewa tarehe {ijayo}", ijayo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 4, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
