"""Item ideas of four ``blind52_layouts`` publishers writing in other languages than English: Swedish municipalities
after a cloudburst flooded their streets (Swedish), Danish municipalities in North Jutland snowed in by a blizzard
(Danish), Russian municipal administrations after a boiler house failed in a hard frost (Russian) and Israeli regional
councils while a wildfire burns near their villages (Hebrew) (``blind5_layouts_content`` explains the slots).
``blind52_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. Where Russian would make a noun agree with the figure before it, a point gives the figure after a label, a
colon or a dash with an abbreviated unit ("чел.", "ед.", "м"), as the duty services write a count; the Hebrew points
do the same. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

SE_LEVELS = ("bevakas", "ökar", "är nu betydande", "är nu kritisk")

SKYFALL = Partner(
    "se-kommun-skyfall",
    "Skyfall",
    ("Gävle kommun", "Sandvikens kommun", "Hudiksvalls kommun", "Söderhamns kommun"),
    {},
    {
        "hl": [
            it("Ett kraftigt skyfall drabbade kommunen den {skyfall} med över 100 millimeter regn på ett dygn",
               skyfall="date -2 -2"),
            it("{kallare} fastigheter har anmält vattenskador i källare{kallare.was}", kallare="n 50 2500"),
        ],
        "sit": [
            it("Vattennivåerna i de drabbade bostadsområdena sjunker men flera gator står fortfarande under vatten"),
            it("SMHI har utfärdat en gul varning för nya kraftiga regnskurar"),
        ],
        "imp": [
            it("{vagar} kommunala vägar och gång- och cykeltunnlar är avstängda{vagar.was}", vagar="n 3 40"),
            it("Två förskolor och en skola håller stängt i väntan på sanering"),
        ],
        "ta": [
            it("Räddningstjänsten har genomfört {insatser} pumpinsatser sedan skyfallet{insatser.was}",
               insatser="n 20 600"),
            it("Kommunens pumpar och slamsugningsbilar från entreprenörer är i drift dygnet runt"),
        ],
        "tb": [
            it("Avloppsreningsverket tar emot {inflode} mer vatten än normalt och bräddar till ån{inflode.was}",
               inflode="pct 20 150"),
            it("Invånarna i de drabbade områdena uppmanas att inte spola i toaletten i onödan"),
        ],
        "help": [
            it("Kommunens kontaktcenter har tagit emot {samtal} samtal om skyfallet{samtal.was}", samtal="n 100 3000"),
            it("Containrar för vattenskadat avfall står uppställda vid tre återvinningscentraler"),
        ],
        "staff": [
            it("{personal} medarbetare från tekniska förvaltningen arbetar med insatsen{personal.was}",
               personal="n 10 200"),
            it("Frivilliga resursgruppen stöttar med information till boende i de drabbade områdena"),
        ],
        "money": [
            it("Kommunens kostnader för insatsen uppgår hittills till {kostnad}", kostnad="cum 100 4000"),
            it("Kommunen har ansökt om {bidrag} i statlig ersättning för extraordinära händelser",
               bidrag="money 100 900"),
        ],
        "risks": [
            risk("Risken för nya översvämningar vid kommande regn {trend}", levels=SE_LEVELS,
                 mit=("dagvattenbrunnar rensas och mobila barriärer finns på plats",)),
            risk("Risken för mögel och fuktskador i drabbade bostäder {trend}", levels=SE_LEVELS,
                 mit=("miljö- och hälsoskyddsinspektörer ger råd om sanering",)),
            risk("Smitta från förorenat vatten i källare och på gator",
                 mit=("invånarna informeras om att undvika kontakt med översvämningsvattnet",)),
        ],
        "next": [
            it("Krisledningsgruppen sammanträder nästa gång den {mote}", mote="date 1 2"),
            it("De avstängda tunnlarna beräknas kunna öppnas den {tunnlar}", tunnlar="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 8, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DK_LEVELS = ("overvåges", "stiger", "er nu betydelig", "er nu kritisk")

SNESTORM = Partner(
    "dk-kommune-snestorm",
    "Snestorm",
    ("Hjørring Kommune", "Frederikshavn Kommune", "Brønderslev Kommune", "Jammerbugt Kommune"),
    {},
    {
        "hl": [
            it("Snestormen har siden den {storm} lagt op til en meter sne i kommunen", storm="date -2 -2"),
            it("{lukket} veje er fortsat ufremkommelige{lukket.was}", lukket="n 5 120"),
        ],
        "sit": [
            it("Politiet fraråder al unødvendig kørsel i hele Nordjylland"),
            it("Vinden har lagt sig, men der er fortsat snefygning på de åbne strækninger"),
        ],
        "imp": [
            it("{skoler} skoler og dagtilbud holder lukket{skoler.was}", skoler="n 2 40"),
            it("Den kollektive trafik er indstillet på alle regionale ruter"),
        ],
        "ta": [
            it("Kommunen har {plove} sneplove og læssemaskiner i drift{plove.was}", plove="n 10 120"),
            it("Rydningen prioriterer hovedfærdselsårerne og adgangsvejene til sygehuset"),
        ],
        "tb": [
            it("Hjemmeplejen har aflyst {besog} ikke-kritiske besøg{besog.was}", besog="n 20 900"),
            it("Borgere i dialyse bliver kørt til behandling i Forsvarets bæltekøretøjer"),
        ],
        "help": [
            it("Borgerservice besvarer spørgsmål på kommunens hotline hele døgnet"),
            it("Beredskabet har hjulpet {fastkorte} fastkørte bilister{fastkorte.was}", fastkorte="n 10 500"),
        ],
        "staff": [
            it("{medarbejdere} medarbejdere fra Vej og Park er sat ind{medarbejdere.was}", medarbejdere="n 20 300"),
            it("Landmænd og lokale entreprenører hjælper med rydningen med egne maskiner"),
        ],
        "money": [
            it("Merudgifterne til snerydning er indtil videre {udgift}", udgift="cum 100 4000"),
            it("Leje af ekstra materiel koster {leje} i døgnet", leje="money 10 300"),
        ],
        "risks": [
            risk("Risikoen for tagkollaps på store bygninger på grund af snelast {trend}", levels=DK_LEVELS,
                 mit=("ejere af haller og landbrugsbygninger opfordres til at skovle sne af tagene",)),
            risk("Risikoen for, at udrykningskøretøjer ikke kan komme frem {trend}", levels=DK_LEVELS,
                 mit=("en snefræser kører foran ambulancer og brandbiler på udkald",)),
            risk("Bilister, der kører ud trods advarslerne",
                 mit=("politiet har spærret de værst ramte veje",)),
        ],
        "next": [
            it("Krisestaben holder næste møde den {mode}", mode="date 1 2"),
            it("Skolerne forventes at åbne igen den {abning}", abning="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 1, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RU_LEVELS = ("отслеживается", "возрастает", "оценивается как значительный", "оценивается как критический")

TEPLO = Romanised(
    "ru-administratsiya-teplosnabzhenie",
    "Авария на объектах теплоснабжения",
    ("Администрация городского округа Серпухов", "Администрация города Бийска",
     "Администрация Нерюнгринского района", "Администрация города Новочебоксарска"),
    {},
    {
        "hl": [
            it("В результате аварии на котельной {avaria} без отопления остались многоквартирные дома микрорайона",
               avaria="date -3 -3"),
            it("Количество жилых домов без отопления: {doma}{doma.was}", doma="n 5 150"),
        ],
        "sit": [
            it("На территории введён режим чрезвычайной ситуации муниципального характера"),
            it("Температура наружного воздуха ночью опускается до минус 27 градусов"),
        ],
        "imp": [
            it("Количество жителей в домах без отопления: {zhiteli}{zhiteli.was}", zhiteli="n 500 20000"),
            it("Занятия в школах микрорайона переведены в дистанционный формат"),
        ],
        "ta": [
            it("Восстановлено участков теплотрассы: {trassa} м{trassa.was}", trassa="n 50 3000"),
            it("Аварийно-восстановительные работы ведутся круглосуточно силами ресурсоснабжающей организации"),
        ],
        "tb": [
            it("Количество социальных объектов на резервном отоплении: {soc}{soc.was}", soc="n 2 30"),
            it("Управляющие компании сливают воду из систем отопления, чтобы не допустить их разморозки"),
        ],
        "help": [
            it("Развёрнуто пунктов временного размещения и обогрева: {pvr}{pvr.was}", pvr="n 2 20"),
            it("Жителям бесплатно выдаются электрообогреватели по заявкам через единую дежурно-диспетчерскую службу"),
        ],
        "staff": [
            it("Задействовано личного состава – {ls} чел.{ls.was}", ls="n 20 600"),
            it("Задействовано техники – {tehnika} ед.{tehnika.was}", tehnika="n 5 80"),
        ],
        "money": [
            it("Затраты на ликвидацию чрезвычайной ситуации составляют {zatraty}", zatraty="cum 100 4000"),
            it("Из резервного фонда администрации выделено {rezerv}", rezerv="money 100 900"),
        ],
        "risks": [
            risk("Риск разморозки систем отопления в жилых домах {trend}", levels=RU_LEVELS,
                 mit=("из систем сливается теплоноситель, организованы обходы подвалов",)),
            risk("Риск перегрузки электросетей из-за массового использования обогревателей {trend}", levels=RU_LEVELS,
                 mit=("сетевая компания усилила дежурные бригады и подготовила резервные генераторы",)),
            risk("Отравления угарным газом при обогреве квартир газовыми плитами",
                 mit=("жителей информируют через управляющие компании и социальные сети",)),
        ],
        "next": [
            it("Заседание комиссии по чрезвычайным ситуациям назначено на {kchs}", kchs="date 1 2"),
            it("Восстановление теплоснабжения всех домов планируется к {srok}", srok="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 1, 15), cadence_days=1, punct="stop", mitigation="colon",
    latin=("serpukhov", "biysk", "neryungri", "novocheboksarsk", "avariya-teplosnabzhenie"),
)  # fmt: skip

HE_LEVELS = ("נמצא במעקב", "עולה", "משמעותי כעת", "קריטי כעת")

SREFA = Romanised(
    "il-moatza-srefa",
    "שריפה",
    ("מועצה אזורית מטה יהודה", "מועצה אזורית גליל עליון", "עיריית בית שמש", "מועצה אזורית משגב"),
    {},
    {
        "hl": [
            it("השריפה פרצה ב-{pritsa} בשטח פתוח סמוך ליישובי המועצה", pritsa="date -2 -2"),
            it("מספר התושבים שפונו מבתיהם: {munim}{munim.was}", munim="n 100 5000"),
        ],
        "sit": [
            it("כוחות הכבאות בלמו את התפשטות האש לכיוון הבתים"),
            it("מוקדי אש בודדים עדיין בוערים בשטחים הפתוחים ובחורש"),
        ],
        "imp": [
            it("מספר הבתים שנפגעו מהשריפה: {batim}{batim.was}", batim="n 2 120"),
            it("הלימודים במוסדות החינוך ביישובים שפונו מבוטלים"),
        ],
        "ta": [
            it("מספר צוותי הכיבוי הפועלים בשטח: {tsevatim}{tsevatim.was}", tsevatim="n 10 150"),
            it("מטוסי כיבוי של רשות הכבאות וההצלה מבצעים גיחות מאור ראשון"),
        ],
        "tb": [
            it("כביש הגישה ליישובים סגור לתנועה למעט כוחות ההצלה"),
            it("חברת החשמל מתקנת קווי מתח שנפגעו מהאש"),
        ],
        "help": [
            it("המוקד העירוני 106 פתוח לפניות התושבים בכל שעות היממה"),
            it("מספר המשפחות המתארחות במרכזי הקליטה: {mishpachot}{mishpachot.was}", mishpachot="n 10 600"),
        ],
        "staff": [
            it("עובדי המועצה ומתנדבי צוותי החירום היישוביים מסייעים בפינוי"),
            it("מספר המתנדבים הפעילים בשטח: {mitnadvim}{mitnadvim.was}", mitnadvim="n 20 400"),
        ],
        "money": [
            it("עלות הטיפול באירוע עד כה: {alut}", alut="cum 100 4000"),
            it("המועצה ביקשה ממשרד הפנים מענק חירום בסך {maanak}", maanak="money 100 900"),
        ],
        "risks": [
            risk("הסיכון להתלקחות מחודשת בשל רוחות מזרחיות {trend}", levels=HE_LEVELS,
                 mit=("צוותי כיבוי נשארים בכוננות באזורים שנשרפו",)),
            risk("הסיכון לפגיעה בבריאות בשל העשן {trend}", levels=HE_LEVELS,
                 mit=("התושבים מתבקשים להישאר בבתים ולסגור חלונות",)),
            risk("חזרת תושבים לבתים לפני אישור כוחות ההצלה",
                 mit=("המשטרה מציבה מחסומים בכניסות ליישובים",)),
        ],
        "next": [
            it("הערכת המצב הבאה תתקיים ב-{haaracha}", haaracha="date 1 2"),
            it("חזרת התושבים לבתיהם צפויה ב-{chazara}", chazara="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 5, 18), cadence_days=1, punct="stop", mitigation="colon",
    latin=("mate-yehuda", "galil-elyon", "beit-shemesh", "misgav", "srefa"),
)  # fmt: skip
