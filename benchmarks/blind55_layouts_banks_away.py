"""Item ideas of four ``blind55_layouts`` publishers writing in other languages than English: Icelandic heating
utilities while a break in their main pipeline leaves towns without hot water in a frost (Icelandic), the executive
committees of Transcarpathian city councils in a spring flood on the Tysa (Ukrainian), Romanian county school
inspectorates after floods closed schools (Romanian) and Estonian island municipalities after a storm cut the power
(Estonian) (``blind5_layouts_content`` explains the slots). ``blind55_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's words. Where a case ending would go on the figure or date
in a way the figure cannot tell, a point gives the figure after a label and a colon, or the date before a word that
takes none ("16. jaanuari öösel", "з 16 березня", "fyrir 16. febrúar"), as the publishers write them; no Romanian
count stands before its noun, which would take "de" from twenty on. The organisations are named after real kinds of
body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

IS_LEVELS = ("er vöktuð", "fer vaxandi", "er veruleg", "er mjög mikil")

HITAVEITA = Partner(
    "is-hitaveita-heitavatnsleysi",
    "Heitavatnsleysi",
    ("HS Veitur", "Norðurorka", "Selfossveitur", "Orkubú Vestfjarða"),
    {},
    {
        "hl": [
            it("Heitavatnslaust hefur verið á stórum hluta veitusvæðisins frá {upphaf} þegar stofnlögn rofnaði",
               upphaf="date -3 -3"),
            it("Hlutfall heimila sem hafa fengið heitt vatn á ný: {hlutfall}{hlutfall.was}", hlutfall="pct 10 95"),
        ],
        "sit": [
            it("Bráðabirgðalögn hefur verið lögð fram hjá skemmda kaflanum og þrýstingur í kerfinu eykst hægt"),
            it("Veðurstofan spáir áframhaldandi frosti, allt að tólf stigum, næstu daga"),
        ],
        "imp": [
            it("Fjöldi heimila án heits vatns: {heimili}{heimili.was}", heimili="n 500 12000"),
            it("Sundlaugum og íþróttahúsum á svæðinu hefur verið lokað þar til heitt vatn kemst á"),
        ],
        "ta": [
            it("Lengd nýrrar lagnar sem lokið er við: {metrar} metrar{metrar.was}", metrar="n 50 900"),
            it("Viðgerðarflokkar vinna á vöktum allan sólarhringinn"),
        ],
        "tb": [
            it("Útslættir í rafdreifikerfinu vegna álags frá rafmagnsofnum: {utsl}{utsl.was}", utsl="n 2 40"),
            it("Kalda vatnið er í lagi á öllu veitusvæðinu og óhætt er að drekka það"),
        ],
        "help": [
            it("Fjöldahjálparstöð Rauða krossins í íþróttahúsinu er opin allan sólarhringinn"),
            it("Rafmagnsofnar sem lánaðir hafa verið íbúum úr þjónustumiðstöðinni: {ofnar}{ofnar.was}",
               ofnar="n 50 1500"),
        ],
        "staff": [
            it("Starfsmenn og verktakar sem vinna að viðgerðinni: {menn}{menn.was}", menn="n 20 200"),
            it("Pípulagningamenn úr öðrum landshlutum hafa komið til aðstoðar"),
        ],
        "money": [
            it("Kostnaður vegna viðgerðanna er nú áætlaður {kostn}", kostn="cum 100 4000"),
            it("Óskað hefur verið eftir {styrkur} framlagi úr ríkissjóði vegna tjónsins", styrkur="money 100 900"),
        ],
        "risks": [
            risk("Hætta á frostskemmdum í lögnum húsa {trend}", levels=IS_LEVELS,
                 mit=("íbúar eru hvattir til að halda gluggum lokuðum og hafa rafmagnsofna í gangi",)),
            risk("Hætta á rafmagnsleysi vegna álags {trend}", levels=IS_LEVELS,
                 mit=("íbúar eru beðnir um að nota ekki fleiri en tvo rafmagnsofna í einu",)),
            risk("Vatnstjón þegar heitu vatni verður hleypt á hús að nýju",
                 mit=("íbúar eru beðnir um að skrúfa fyrir ofna og krana áður en vatnið kemur",)),
        ],
        "next": [
            it("Stefnt er að því að heitt vatn verði komið á öll hús fyrir {lok}", lok="date 1 3"),
            it("Næsta stöðuuppfærsla verður birt hér á vefnum {naest}", naest="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

UK_LEVELS = ("відстежується", "зростає", "високий", "дуже високий")

PAVODOK = Partner(
    "ua-vykonkom-pavodok",
    "Паводок",
    ("Виконавчий комітет Хустської міської ради", "Виконавчий комітет Тячівської міської ради",
     "Виконавчий комітет Рахівської міської ради", "Виконавчий комітет Виноградівської міської ради"),
    {},
    {
        "hl": [
            it("Унаслідок тривалих дощів з {pochatok} на території громади триває паводок", pochatok="date -2 -2"),
            it("Кількість підтоплених житлових будинків: {budynky}{budynky.was}", budynky="n 20 900"),
        ],
        "sit": [
            it("Рівень води в річці Тиса перевищує позначку небезпечного явища"),
            it("Закарпатський гідрометцентр прогнозує помірні дощі протягом наступної доби"),
        ],
        "imp": [
            it("Кількість населених пунктів з підтопленими присадибними ділянками: {np}{np.was}", np="n 2 30"),
            it("Через розмиви тимчасово обмежено рух на двох ділянках автомобільних доріг"),
        ],
        "ta": [
            it("Кількість евакуйованих осіб: {evak}{evak.was}", evak="n 10 600"),
            it("Пункти тимчасового розміщення розгорнуто в закладах освіти громади"),
        ],
        "tb": [
            it("Кількість абонентів без електропостачання: {abon}{abon.was}", abon="n 50 3000"),
            it("Водопостачання здійснюється в штатному режимі, якість питної води контролюється"),
        ],
        "help": [
            it("Кількість виданих постраждалим продуктових наборів: {nabory}{nabory.was}", nabory="n 50 1500"),
            it("Прийом заяв на одноразову грошову допомогу ведеться в ЦНАП громади"),
        ],
        "staff": [
            it("Чисельність особового складу, залученого до ліквідації наслідків: {osib}{osib.was}",
               osib="n 20 400"),
            it("Підрозділи ДСНС і місцева пожежна охорона працюють цілодобово"),
        ],
        "money": [
            it("З резервного фонду бюджету громади на ліквідацію наслідків виділено {rezerv}",
               rezerv="cum 100 4000"),
            it("До обласної військової адміністрації направлено запит щодо виділення {zapyt}", zapyt="money 100 900"),
        ],
        "risks": [
            risk("Ризик повторного підйому рівня води {trend}", levels=UK_LEVELS,
                 mit=("чергові служби цілодобово контролюють рівень води на гідропостах",)),
            risk("Ризик сходження зсувів на схилах {trend}", levels=UK_LEVELS,
                 mit=("мешканців небезпечних ділянок попереджено про можливу евакуацію",)),
            risk("Загроза інфекційних захворювань у підтоплених будинках",
                 mit=("проводиться знезараження криниць і вигрібних ям",)),
        ],
        "next": [
            it("Обстеження пошкоджених будинків комісією планується завершити до {do}", do="date 1 3"),
            it("Наступну довідку буде подано {nast}", nast="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RO_LEVELS = ("este monitorizat", "este în creștere", "este ridicat", "este foarte ridicat")

INUNDATII = Partner(
    "ro-isj-inundatii",
    "Inundații",
    ("Inspectoratul Școlar Județean Galați", "Inspectoratul Școlar Județean Vrancea",
     "Inspectoratul Școlar Județean Vaslui", "Inspectoratul Școlar Județean Bacău"),
    {},
    {
        "hl": [
            it("În urma precipitațiilor abundente din {data}, mai multe localități din județ au fost afectate de "
               "inundații", data="date -3 -3"),
            it("Numărul unităților de învățământ cu cursuri suspendate: {susp}{susp.was}", susp="n 2 60"),
        ],
        "sit": [
            it("Administrația Națională de Meteorologie menține avertizarea cod galben de ploi pentru următoarele "
               "24 de ore"),
            it("Nivelul apelor este în scădere pe majoritatea râurilor din județ"),
        ],
        "imp": [
            it("Numărul elevilor afectați de suspendarea cursurilor: {elevi}{elevi.was}", elevi="n 200 9000"),
            it("La mai multe școli au fost inundate subsolurile și centralele termice"),
        ],
        "ta": [
            it("Numărul elevilor care participă la cursuri online: {online}{online.was}", online="n 100 5000"),
            it("Pentru elevii din clasele a VIII-a și a XII-a se organizează ore de pregătire în școli neafectate"),
        ],
        "tb": [
            it("Numărul persoanelor cazate temporar în unități de învățământ: {cazati}{cazati.was}",
               cazati="n 10 600"),
            it("Sălile de sport ale școlilor din localitățile afectate sunt folosite ca spații de cazare temporară"),
        ],
        "help": [
            it("Elevii care și-au pierdut manualele vor primi manuale noi până la reluarea cursurilor"),
            it("Cabinete de asistență psihopedagogică deschise pentru elevii afectați: {cab}{cab.was}",
               cab="n 3 40"),
        ],
        "staff": [
            it("Cadre didactice și personal nedidactic implicat în sprijinirea comunităților: {pers}{pers.was}",
               pers="n 20 500"),
            it("Inspectorii școlari verifică zilnic unitățile afectate, împreună cu reprezentanții ISU"),
        ],
        "money": [
            it("Valoarea estimată a pagubelor la clădirile școlilor: {pagube}", pagube="cum 100 4000"),
            it("Inspectoratul a solicitat Ministerului Educației suma de {fonduri} pentru reparații urgente",
               fonduri="money 100 900"),
        ],
        "risks": [
            risk("Riscul de îmbolnăviri în spațiile de cazare {trend}", levels=RO_LEVELS,
                 mit=("DSP efectuează controale zilnice și asigură dezinfecția spațiilor",)),
            risk("Riscul de infiltrații și mucegai în clădirile școlilor {trend}", levels=RO_LEVELS,
                 mit=("sălile afectate au fost închise până la expertizare",)),
            risk("Întârzieri în reluarea cursurilor din cauza drumurilor avariate",
                 mit=("s-a organizat transport școlar pe rute ocolitoare",)),
        ],
        "next": [
            it("Reluarea cursurilor cu prezență fizică este estimată pentru {reluare}", reluare="date 1 3"),
            it("Următoarea informare va fi transmisă pe {urm}", urm="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ET_LEVELS = ("on jälgimisel", "suureneb", "on suur", "on väga suur")

TORM = Partner(
    "ee-vald-torm",
    "Torm",
    ("Saaremaa Vallavalitsus", "Hiiumaa Vallavalitsus", "Muhu Vallavalitsus", "Vormsi Vallavalitsus"),
    {},
    {
        "hl": [
            it("Torm jõudis saartele {algus} öösel ja põhjustas ulatuslikke elektrikatkestusi", algus="date -2 -2"),
            it("Elektrita majapidamiste arv: {ilma}{ilma.was}", ilma="n 200 9000"),
        ],
        "sit": [
            it("Keskkonnaagentuur prognoosib tuule nõrgenemist, kuid rannikul on tuul veel tugev"),
            it("Elektrilevi taastab võrku järk-järgult, alustades alajaamadest ja suurematest liinidest"),
        ],
        "imp": [
            it("Suletud koolide ja lasteaedade arv: {koolid}{koolid.was}", koolid="n 1 20"),
            it("Ilma veeta on majapidamised, mille kaevupumbad töötavad elektriga"),
        ],
        "ta": [
            it("Elektrilevi brigaadide taastatud liinide pikkus: {liinid} km{liinid.was}", liinid="n 10 400"),
            it("Generaatorid on paigaldatud hooldekodudesse ja perearstikeskustesse"),
        ],
        "tb": [
            it("Praamiliiklus mandriga toimub vähendatud graafiku alusel"),
            it("Teedelt eemaldatud murdunud puude arv: {puud}{puud.was}", puud="n 50 2000"),
        ],
        "help": [
            it("Valla sotsiaaltöötajad helistavad iga päev üksi elavatele eakatele"),
            it("Soojas ruumis saab viibida ning telefoni laadida kultuurimajas ja koolimajas"),
        ],
        "staff": [
            it("Päästjate, vabatahtlike ja vallatöötajate arv tööl: {inimesi}{inimesi.was}", inimesi="n 20 300"),
            it("Kaitseliidu malev aitab generaatoreid vedada ja paigaldada"),
        ],
        "money": [
            it("Tormikahjude likvideerimise kulud on seni: {kulud}", kulud="cum 100 4000"),
            it("Vald on taotlenud riigilt toetust summas {toetus}", toetus="money 100 900"),
        ],
        "risks": [
            risk("Veetorustike külmumise oht {trend}", levels=ET_LEVELS,
                 mit=("elanikel soovitatakse kütmata majades veetorud tühjendada",)),
            risk("Generaatorite kasutamisest tingitud vingugaasimürgistuse oht {trend}", levels=ET_LEVELS,
                 mit=("päästjad jagavad elanikele ohutusjuhiseid",)),
            risk("Üksi elavate eakate abita jäämine",
                 mit=("sotsiaaltöötajad ja külavanemad külastavad eakaid kodus",)),
        ],
        "next": [
            it("Elekter peaks olema taastatud kõigis majapidamistes {taastus} õhtuks", taastus="date 1 3"),
            it("Järgmine olukorrateade ilmub {kov} hommikul", kov="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
