"""Item ideas of five ``blind58_layouts`` publishers writing in other languages than English: the district medical
and health offices of Andhra Pradesh in a season of dengue and viral fevers (Telugu), Tanzanian urban water supply
and sanitation authorities rationing water in a drought (Swahili), the regional departments of preschool and school
education of Uzbekistan in a cold snap (Uzbek), Faroese municipalities after a storm (Faroese) and the business units
of Ecuador's electricity distribution company in a season of programmed power cuts (Spanish)
(``blind5_layouts_content`` explains the slots). ``blind58_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's words. Where a case ending or a postposition would bend the figure or
date, a point gives the figure after a label and a colon. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

TE_LEVELS = ("పర్యవేక్షణలో ఉంది", "పెరుగుతోంది", "ఎక్కువగా ఉంది", "చాలా ఎక్కువగా ఉంది")

JWARALU = Partner(
    "in-ap-dmho-dengue",
    "డెంగ్యూ",
    ("కృష్ణా జిల్లా వైద్య ఆరోగ్య శాఖ", "ఎన్టీఆర్ జిల్లా వైద్య ఆరోగ్య శాఖ", "గుంటూరు జిల్లా వైద్య ఆరోగ్య శాఖ",
     "ఏలూరు జిల్లా వైద్య ఆరోగ్య శాఖ"),
    {},
    {
        "hl": [
            it("జిల్లాలో {modalu} నుండి డెంగ్యూ, విష జ్వరాల కేసులు పెరుగుతున్నాయి", modalu="date -6 -6"),
            it("ఇప్పటివరకు నిర్ధారించిన డెంగ్యూ కేసులు: {kesulu}{kesulu.was}", kesulu="n 20 900"),
        ],
        "sit": [
            it("లోతట్టు ప్రాంతాలు, పట్టణ మురికివాడల నుంచే ఎక్కువ కేసులు నమోదవుతున్నాయి"),
            it("వర్షాలు కొనసాగుతుండటంతో దోమల సాంద్రత ఎక్కువగా ఉంది"),
        ],
        "imp": [
            it("ప్రభుత్వ ఆసుపత్రుల్లో చేరిన జ్వర బాధితులు: {cherikalu}{cherikalu.was}", cherikalu="n 30 1500"),
            it("జిల్లా ఆసుపత్రిలో ప్రత్యేక డెంగ్యూ వార్డు ఏర్పాటు చేశారు"),
        ],
        "ta": [
            it("ఫీవర్ సర్వేలో సందర్శించిన ఇళ్లు: {illu}{illu.was}", illu="n 5000 90000"),
            it("ఆశా కార్యకర్తలు, ఏఎన్ఎంలు ఇంటింటికీ తిరిగి జ్వర బాధితులను గుర్తిస్తున్నారు"),
        ],
        "tb": [
            it("దోమల లార్వా కనుగొన్న నీటి నిల్వలు: {larva}{larva.was}", larva="n 50 3000"),
            it("పంచాయతీ, మున్సిపల్ సిబ్బందితో కలిసి ఫాగింగ్ నిర్వహిస్తున్నారు"),
        ],
        "help": [
            it("ఇళ్లలో నీటి నిల్వలు లేకుండా ప్రతి శుక్రవారం ఫ్రైడే డ్రై డే పాటించాలి"),
            it("జ్వరం వస్తే వెంటనే సమీప ప్రాథమిక ఆరోగ్య కేంద్రంలో ఉచితంగా పరీక్ష చేయించుకోవాలి"),
        ],
        "staff": [
            it("వైద్య శిబిరాల్లో పనిచేస్తున్న వైద్యులు, సిబ్బంది: {sibbandi}{sibbandi.was}", sibbandi="n 20 400"),
            it("ప్రాథమిక ఆరోగ్య కేంద్రాల వైద్యులకు సెలవులు రద్దు చేశారు"),
        ],
        "money": [
            it("ఇప్పటివరకు చేసిన ఖర్చు: {kharchu}", kharchu="cum 100 4000"),
            it("అదనపు మందులు, పరీక్ష కిట్ల కోసం {nidhulu} మంజూరు చేయాలని కమిషనర్‌ను కోరారు", nidhulu="money 100 900"),
        ],
        "risks": [
            risk("ప్లేట్‌లెట్ల కొరత ప్రమాదం {trend}", levels=TE_LEVELS,
                 mit=("రక్తనిధుల్లో ప్లేట్‌లెట్ నిల్వలను రోజూ సమీక్షిస్తున్నారు",)),
            risk("ప్రైవేట్ ఆసుపత్రుల్లో అధిక ఛార్జీల వసూలు ప్రమాదం {trend}", levels=TE_LEVELS,
                 mit=("తనిఖీ బృందాలు ప్రైవేట్ ఆసుపత్రులను పరిశీలిస్తున్నాయి",)),
            risk("మలేరియా కేసులు కూడా పెరిగే అవకాశం ఉంది",
                 mit=("జ్వర బాధితులందరికీ మలేరియా పరీక్ష కూడా చేస్తున్నారు",)),
        ],
        "next": [
            it("{samiksha}న జిల్లా కలెక్టర్ అధ్యక్షతన సమీక్షా సమావేశం జరుగుతుంది", samiksha="date 1 3"),
            it("తదుపరి బులెటిన్ {tadupari}న విడుదల చేస్తాం", tadupari="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SW_LEVELS = ("inafuatiliwa", "inaongezeka", "iko juu", "iko juu sana")

MAJI = Partner(
    "tz-wssa-mgao-wa-maji",
    "Huduma ya maji",
    ("Mamlaka ya Majisafi na Usafi wa Mazingira Dar es Salaam", "Mamlaka ya Majisafi na Usafi wa Mazingira Arusha",
     "Mamlaka ya Majisafi na Usafi wa Mazingira Mwanza", "Mamlaka ya Majisafi na Usafi wa Mazingira Dodoma"),
    {},
    {
        "hl": [
            it("Kutokana na ukame uliodumu tangu {tangu}, kiwango cha maji katika vyanzo vyetu kimeshuka",
               tangu="date -8 -8"),
            it("Uzalishaji wa maji kwa sasa ni {uzalishaji} ya mahitaji{uzalishaji.was}", uzalishaji="pct 40 85"),
        ],
        "sit": [
            it("Kina cha maji katika mto kimeshuka chini ya kiwango cha kawaida cha msimu huu"),
            it("TMA inatabiri kuchelewa kwa mvua za vuli katika ukanda huu"),
        ],
        "imp": [
            it("Idadi ya wateja wanaopata maji kwa mgao: {wateja}{wateja.was}", wateja="n 2000 90000"),
            it("Maeneo ya miinuko na ya mwisho wa mtandao yanakosa maji kwa siku kadhaa"),
        ],
        "ta": [
            it("Ratiba ya mgao wa maji imetolewa kwa kila eneo na inapatikana kwenye tovuti yetu"),
            it("Idadi ya mivujo iliyorekebishwa tangu kuanza kwa mgao: {mivujo}{mivujo.was}", mivujo="n 10 600"),
        ],
        "tb": [
            it("Safari za magari ya maji kwenda hospitali, shule na maeneo yenye uhaba: {safari}{safari.was}",
               safari="n 20 700"),
            it("Magari ya maji yanahudumia hospitali na vituo vya afya bila malipo"),
        ],
        "help": [
            it("Wateja wanaweza kuripoti changamoto kupitia simu ya bure na WhatsApp"),
            it("Wateja wanashauriwa kuhifadhi maji katika vyombo safi na kuyatumia kwa uangalifu"),
        ],
        "staff": [
            it("Mafundi na watumishi walio kazini kwenye mgao na matengenezo: {mafundi}{mafundi.was}",
               mafundi="n 30 500"),
            it("Vikundi vya dharura vinafanya kazi kwa zamu saa 24"),
        ],
        "money": [
            it("Gharama za kukabiliana na ukame hadi sasa ni {gharama}", gharama="cum 100 4000"),
            it("Mamlaka imeiomba Wizara ya Maji {ombi} kwa ajili ya kuchimba visima vipya", ombi="money 100 900"),
        ],
        "risks": [
            risk("Hatari ya magonjwa ya mlipuko kama kipindupindu {trend}", levels=SW_LEVELS,
                 mit=("ubora wa maji unapimwa kila siku na klorini inaongezwa",)),
            risk("Hatari ya uharibifu na wizi wa miundombinu ya maji {trend}", levels=SW_LEVELS,
                 mit=("doria za ulinzi zimeongezwa kwenye mabomba makuu",)),
            risk("Kuharibika kwa pampu zinazofanya kazi muda mrefu",
                 mit=("pampu za akiba zimenunuliwa kwa ajili ya visima vikuu",)),
        ],
        "next": [
            it("Ratiba ya mgao itapitiwa upya tarehe {mapitio}", mapitio="date 1 3"),
            it("Taarifa inayofuata itatolewa tarehe {ijayo}", ijayo="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 10, 20), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

UZ_LEVELS = ("kuzatilmoqda", "ortmoqda", "yuqori", "juda yuqori")

SOVUQ = Partner(
    "uz-talim-sovuq",
    "Sovuq havo",
    ("Toshkent shahar maktabgacha va maktab taʼlimi boshqarmasi",
     "Samarqand viloyati maktabgacha va maktab taʼlimi boshqarmasi",
     "Fargʻona viloyati maktabgacha va maktab taʼlimi boshqarmasi",
     "Qashqadaryo viloyati maktabgacha va maktab taʼlimi boshqarmasi"),
    {},
    {
        "hl": [
            it("{boshlab} kunidan boshlab kuchli sovuq tufayli taʼlim muassasalarida isitish bilan bogʻliq "
               "muammolar kuzatilmoqda", boshlab="date -4 -4"),
            it("Masofaviy taʼlimga oʻtkazilgan maktablar soni: {maktab}{maktab.was}", maktab="n 5 300"),
        ],
        "sit": [
            it("Oʻzgidromet maʼlumotiga koʻra, tunda havo harorati 15–20 daraja sovuqqacha pasayadi"),
            it("Sovuq havo hafta oxirigacha davom etishi kutilmoqda"),
        ],
        "imp": [
            it("Isitish tizimida nosozlik qayd etilgan maktab va bogʻchalar: {nosoz}{nosoz.was}", nosoz="n 3 150"),
            it("Ayrim qishloq maktablarida dars soatlari qisqartirildi"),
        ],
        "ta": [
            it("Qozonxonalarda taʼmirlash ishlari kechayu kunduz olib borilmoqda"),
            it("Muqobil isitish uchun berilgan elektr isitgichlar soni: {isitgich}{isitgich.was}",
               isitgich="n 20 900"),
        ],
        "tb": [
            it("Darslar “Onlayn maktab” platformasi va telekanallar orqali davom ettirilmoqda"),
            it("Masofaviy darslarga ulangan oʻquvchilar ulushi: {ulush}{ulush.was}", ulush="pct 50 95"),
        ],
        "help": [
            it("Ota-onalar farzandlarining dars jadvalini sinf rahbarlaridan bilib olishlari mumkin"),
            it("Savollar boʻyicha boshqarmaning ishonch telefoniga murojaat qilish mumkin"),
        ],
        "staff": [
            it("Navbatchilikka jalb etilgan texnik xodimlar va oʻqituvchilar: {xodim}{xodim.was}", xodim="n 20 600"),
            it("Maktab direktorlari har kuni ertalab holat haqida maʼlumot beradi"),
        ],
        "money": [
            it("Favqulodda taʼmirlash ishlariga sarflangan mablagʻ: {sarf}", sarf="cum 100 4000"),
            it("Boshqarma hokimlikdan qozonxonalarni almashtirish uchun {mablag} ajratishni soʻradi",
               mablag="money 100 900"),
        ],
        "risks": [
            risk("Isitish quvurlarining muzlab yorilishi xavfi {trend}", levels=UZ_LEVELS,
                 mit=("kechasi tizimdagi suv bosimi nazorat qilinmoqda",)),
            risk("Oʻquvchilar orasida shamollash va gripp xavfi {trend}", levels=UZ_LEVELS,
                 mit=("maktab hamshiralari har kuni tibbiy koʻrik oʻtkazmoqda",)),
            risk("Elektr isitgichlardan yongʻin chiqishi",
                 mit=("favqulodda vaziyatlar boʻlimi bilan birga xavfsizlik tekshiruvi oʻtkazilmoqda",)),
        ],
        "next": [
            it("Maktablarda oʻquv jarayonini {tiklash} kunidan qayta tiklash rejalashtirilmoqda", tiklash="date 1 3"),
            it("Keyingi maʼlumot {keyingi} kuni eʼlon qilinadi", keyingi="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FO_LEVELS = ("verður fylgdur", "er vaksandi", "er høgur", "er sera høgur")

ODN = Partner(
    "fo-kommuna-ovedur",
    "Óveður",
    ("Tórshavnar kommuna", "Klaksvíkar kommuna", "Runavíkar kommuna", "Eysturkommuna"),
    {},
    {
        "hl": [
            it("Óveðrið, sum rakti kommununa {rakti}, hevur elvt til stórar skaðar á vegir og bygningar",
               rakti="date -2 -2"),
            it("Tal á bústøðum við skaða: {bustadir}{bustadir.was}", bustadir="n 5 400"),
        ],
        "sit": [
            it("Veðurstovan væntar, at vindurin minkar í morgin seinnapartin"),
            it("Stormflóð er boðað við háflóð í kvøld"),
        ],
        "imp": [
            it("Tal á vegum, sum framvegis eru stongdir: {vegir}{vegir.was}", vegir="n 1 40"),
            it("Fleiri hús í bygdunum hava verið uttan streym í nátt"),
        ],
        "ta": [
            it("Skúlar og dagstovnar eru stongdir í dag, men ansing verður veitt foreldrum, sum arbeiða í "
               "neyðtænastum"),
            it("Takið á tveimum skúlum er skatt, og arbeiðið at tætta tað er í gongd"),
        ],
        "tb": [
            it("Vatnveitingin er aftur í gongd í flestu bygdunum"),
            it("Tal á húsum, sum framvegis ikki hava vatn: {vatn}{vatn.was}", vatn="n 5 300"),
        ],
        "help": [
            it("Íbúgvar kunnu boða frá skaðum á telefon ella á heimasíðuni hjá kommununi"),
            it("Ítróttarhøllin er opin sum skýli fyri fólk, sum ikki kunnu vera heima"),
        ],
        "staff": [
            it("Starvsfólk hjá kommununi og sjálvboðin í arbeiði: {folk}{folk.was}", folk="n 10 200"),
            it("Tekniska deildin arbeiðir í vaktum alt samdøgrið"),
        ],
        "money": [
            it("Kostnaðurin av rudding og umvælingum er higartil mettur til {kostn}", kostn="cum 100 4000"),
            it("Kommunan hevur søkt landsstýrið um {studul} til at umvæla havnalagið", studul="money 100 900"),
        ],
        "risks": [
            risk("Váðin fyri skriðulopi í brøttum lendi {trend}", levels=FO_LEVELS,
                 mit=("vegirnir undir líðunum verða eftirkannaðir dagliga",)),
            risk("Váðin fyri fúkandi lutum {trend}", levels=FO_LEVELS,
                 mit=("íbúgvar verða biðnir um at festa lausar lutir",)),
            risk("Skaði á bátar í havnunum",
                 mit=("havnarfólkið eftirkannar fortoyningarnar hvønn tíma",)),
        ],
        "next": [
            it("Væntandi verða allir vegir aftur opnir {opnir}", opnir="date 1 3"),
            it("Næsta kunning kemur {naesta}", naesta="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ES_LEVELS = ("está en vigilancia", "va en aumento", "es alto", "es muy alto")

CORTES = Partner(
    "ec-cnel-cortes-programados",
    "Cortes programados",
    ("CNEL EP Unidad de Negocio Guayaquil", "CNEL EP Unidad de Negocio Manabí", "CNEL EP Unidad de Negocio El Oro",
     "CNEL EP Unidad de Negocio Santa Elena"),
    {},
    {
        "hl": [
            it("Desde el {desde} se aplican cortes programados de energía por el estiaje en las centrales "
               "hidroeléctricas", desde="date -10 -10"),
            it("Horas de corte diarias en el área de concesión: {horas}{horas.was}", horas="n 2 14"),
        ],
        "sit": [
            it("El caudal de los ríos que alimentan las centrales sigue por debajo del promedio histórico"),
            it("El operador nacional mantiene la programación de cortes mientras no mejoren las lluvias"),
        ],
        "imp": [
            it("Clientes afectados por los cortes programados: {clientes}{clientes.was}", clientes="n 5000 400000"),
            it("Los sectores comerciales reportan pérdidas por la falta de refrigeración"),
        ],
        "ta": [
            it("Los horarios de cortes por sector se publican cada día en la web y en las redes sociales"),
            it("Sectores incluidos en la programación de cortes: {sectores}{sectores.was}", sectores="n 10 300"),
        ],
        "tb": [
            it("Los hospitales, las plantas de agua potable y las estaciones de bombeo quedan fuera de los cortes"),
            it("Las escuelas con clases presenciales reciben energía en la jornada de la mañana"),
        ],
        "help": [
            it("Los clientes pueden consultar su horario ingresando su código único en la web"),
            it("Los reclamos por daños en equipos se atienden en las agencias comerciales"),
        ],
        "staff": [
            it("Cuadrillas técnicas en campo para maniobras y reconexiones: {cuadrillas}{cuadrillas.was}",
               cuadrillas="n 10 200"),
            it("El centro de control opera las 24 horas con personal reforzado"),
        ],
        "money": [
            it("La inversión en mantenimiento de redes durante la emergencia asciende a {inversion}",
               inversion="cum 100 4000"),
            it("Se solicitó al Ministerio de Energía {pedido} para la compra de transformadores",
               pedido="money 100 900"),
        ],
        "risks": [
            risk("El riesgo de daños en transformadores por los picos de reconexión {trend}", levels=ES_LEVELS,
                 mit=("las reconexiones se hacen por etapas en cada alimentador",)),
            risk("El riesgo de robo de cables durante los cortes {trend}", levels=ES_LEVELS,
                 mit=("se coordinan patrullajes con la Policía Nacional",)),
            risk("Incendios por el uso de velas y generadores en las viviendas",
                 mit=("se difunden recomendaciones de seguridad con el Cuerpo de Bomberos",)),
        ],
        "next": [
            it("Se prevé reducir las horas de corte a partir del {reducir}", reducir="date 1 3"),
            it("El próximo boletín se enviará el {proximo}", proximo="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 10, 15), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
