"""Item ideas of four ``blind24_layouts`` publishers: a Kazakh regional akimat's spring flood information, a Mongolian
aimag emergency department's dzud report, a Bulgarian municipal crisis staff's flood report and a Georgian
municipality's flood and landslide report (``blind5_layouts_content`` explains the slots). The generator's figures,
dates and "(up from … )" notes are British English; ``blind24_layouts_content`` prints them in each publisher's
conventions. The names are in scripts without Latin letters, so each series is told apart by the name in Latin
letters (``latin``, then the service). The organisations are named after real kinds of body; the places, events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

KK_LEVELS = ("бақылауда", "артып келеді", "қазір жоғары", "қазір өте жоғары")
MN_LEVELS = ("хяналтад байна", "нэмэгдэж байна", "одоо өндөр байна", "одоо маш өндөр байна")
BG_LEVELS = ("под наблюдение", "нараства", "вече е висок", "вече е критичен")
KA_LEVELS = ("მონიტორინგის ქვეშაა", "იზრდება", "ახლა მაღალია", "ახლა ძალიან მაღალია")

TASQYN = Romanised(
    "tasqyn-kk",
    "Су тасқыны",
    ("Атырау облысының әкімдігі", "Ақтөбе облысының әкімдігі", "Батыс Қазақстан облысының әкімдігі",
     "Қостанай облысының әкімдігі"),
    {},
    {
        "qysqasha": [
            it("Облыстың бірнеше ауданында еріген қар суы мен жаңбыр су тасқынына әкелді"),
            it("Су басқан тұрғын үйлер: {uy}{uy.was}", uy="n 20 2500"),
            it("Адам шығыны жоқ"),
        ],
        "jagday": [
            it("Өзендердегі су деңгейі баяу төмендеп келеді, бірақ кейбір ауылдарға жол жабық"),
            it("Уақытша орналастыру пункттері: {punkt}{punkt.was}", punkt="n 1 30"),
        ],
        "boljam": [
            it("Су деңгейінің көтерілуі күтілетін мерзім: {merzim}", merzim="date 1 3"),
            it("Таулы аудандарда жауын-шашын күтіледі"),
        ],
        "zardap": [
            it("Зақымдалған тұрғын үйлер: {zaq}{zaq.was}", zaq="n 5 600"),
            it("Аудан орталығына апаратын жолдың бір бөлігін су шайып кетті"),
            it("Сабақ тоқтатылған мектептер: {mektep}", mektep="n 1 20"),
        ],
        "sharalar": [
            it("Құтқарушылар су басқан аумақтардан тұрғындарды көшірді"),
            it("Эвакуацияланған тұрғындар: {evak}{evak.was}", evak="n 20 3000"),
            it("Бөгеттер мен жағалау қорғаныс құрылыстары нығайтылуда"),
        ],
        "kush": [
            it("Тартылған жеке құрам: {jeke}{jeke.was}", jeke="n 50 1500"),
            it("Техника бірліктері: {tekh}", tekh="n 10 300"),
        ],
        "shygyn": [
            it("Су тасқынына қарсы іс-шаралар шығыны: {shyg}{shyg.was}", shyg="money 50 900"),
            it("Облыс әкімдігінің резервінен қаражат бөлу туралы өтініш жіберілді"),
        ],
        "risks": [
            risk("Бөгеттердің бұзылу қаупі {trend}", levels=KK_LEVELS,
                 mit=("Бөгеттер тәулік бойы бақыланады және қапшықтармен нығайтылады",)),
            risk("Ауыз судың ластану қаупі {trend}", levels=KK_LEVELS,
                 mit=("Тұрғындарға ауыз су тасымалданып, құдықтар залалсыздандырылады",)),
            risk("Көшірілген тұрғындардың үйлеріне ерте оралуы",
                 mit=("Ауыл әкімдері тұрғындарға қауіп әлі сақталып тұрғанын түсіндіреді",)),
        ],
        "aqparat": [
            it("Ақпарат әкімдіктің ресми сайтында және әлеуметтік желілерде жарияланады"),
            it("112 кезекші бөліміне түскен қоңыраулар: {qong}{qong.was}", qong="n 20 900"),
        ],
        "kelesi": [
            it("Төтенше жағдайлар жөніндегі комиссияның келесі отырысы: {otyrys}", otyrys="date 1 2"),
            it("Зардап шеккен үйлерді бағалау жұмыстарын аяқтау"),
        ],
    },
    {"qysqasha": (2, 3), "jagday": (1, 2), "boljam": (1, 2), "zardap": (1, 3), "sharalar": (2, 3), "kush": (1, 2),
     "shygyn": (1, 2), "risks": (1, 3), "aqparat": (1, 2), "kelesi": (1, 2)},
    date(2025, 4, 7), cadence_days=1, punct="stop", mitigation="colon",
    latin=("atyrau", "aktobe", "batys-kazakstan", "kostanay", "su-tasqyny"),
)  # fmt: skip

ZUD = Romanised(
    "zud-mn",
    "Зуд",
    ("Завхан аймгийн Онцгой байдлын газар", "Увс аймгийн Онцгой байдлын газар",
     "Говь-Алтай аймгийн Онцгой байдлын газар", "Хөвсгөл аймгийн Онцгой байдлын газар"),
    {},
    {
        "tovch": [
            it("Аймгийн ихэнх суманд зудын нөхцөл байдал үргэлжилж байна"),
            it("Зудад нэрвэгдсэн малчин өрх: {orkh}{orkh.was}", orkh="n 50 3000"),
            it("Хүний амь эрсдээгүй"),
        ],
        "baidal": [
            it("Цасан бүрхүүлийн зузаан ихэнх нутагт 30-45 см хэвээр байна"),
            it("Отор нүүдэл хийж буй малчин өрх: {otor}{otor.was}", otor="n 10 600"),
        ],
        "uridchilsan": [
            it("Хүйтний эрч суларч эхлэх хугацаа: {khurtel}", khurtel="date 2 6"),
            it("Зарим сумдад цасан шуурга шуурах төлөвтэй"),
        ],
        "nolooll": [
            it("Хорогдсон мал: {mal}{mal.was}", mal="n 500 40000"),
            it("Хөдөө орон нутгийн зарим зам цасанд хаагдсан"),
            it("Эмнэлгийн тусламж авсан малчид: {emneleg}", emneleg="n 1 40"),
        ],
        "arga": [
            it("Улсын нөөцөөс өвс, тэжээл хуваарилж байна"),
            it("Малчдад хүргэсэн өвс (тонн): {ovs}{ovs.was}", ovs="n 20 900"),
            it("Аврах бүлэг хаагдсан замыг цэвэрлэж байна"),
        ],
        "khun": [
            it("Ажиллаж буй албан хаагч: {alban}{alban.was}", alban="n 20 300"),
            it("Ашиглаж буй техник: {tekhnik}", tekhnik="n 3 40"),
        ],
        "zardal": [
            it("Зудын хариу арга хэмжээний зардал: {zardal}{zardal.was}", zardal="money 50 900"),
            it("Засгийн газрын нөөц сангаас санхүүжилт хүссэн"),
        ],
        "risks": [
            risk("Малын хорогдол нэмэгдэх эрсдэл {trend}", levels=MN_LEVELS,
                 mit=("Өвс тэжээлийг эрсдэл өндөр сумдад түрүүлж хуваарилж байна",)),
            risk("Малчид цасан шуурганд төөрөх эрсдэл {trend}", levels=MN_LEVELS,
                 mit=("Цасан шуурганы сэрэмжлүүлгийг радио болон мессежээр түгээж байна",)),
            risk("Сумдад шатахууны хомсдол үүсэх", mit=("Аймгийн нөөцөөс шатахуун гаргасан",)),
        ],
        "medeelel": [
            it("Мэдээллийг газрын фэйсбүүк хуудас болон орон нутгийн телевизээр түгээж байна"),
            it("105 утсанд ирсэн дуудлага: {duudlaga}{duudlaga.was}", duudlaga="n 10 500"),
        ],
        "daraa": [
            it("Онцгой комиссын дараагийн хуралдаан: {khural}", khural="date 2 6"),
            it("Малын хорогдлын тооллогыг сумдын Засаг даргатай хамтран хийх"),
        ],
    },
    {"tovch": (2, 3), "baidal": (1, 2), "uridchilsan": (1, 2), "nolooll": (1, 3), "arga": (2, 3), "khun": (1, 2),
     "zardal": (1, 2), "risks": (1, 3), "medeelel": (1, 2), "daraa": (1, 2)},
    date(2025, 2, 10), cadence_days=7, punct="stop", mitigation="colon",
    latin=("zavkhan", "uvs", "govi-altai", "khovsgol", "zud"),
)  # fmt: skip

NAVODNENIE = Romanised(
    "navodnenie-bg",
    "Наводнение",
    ("Община Мизия", "Община Царево", "Община Берковица", "Община Карлово"),
    {},
    {
        "obobshtenie": [
            it("Проливните дъждове предизвикаха наводнения в няколко населени места на общината"),
            it("Засегнати домакинства: {dom}{dom.was}", dom="n 10 900"),
            it("Няма загинали"),
        ],
        "obstanovka": [
            it("Нивото на реките спада, но някои пътища все още са затворени"),
            it("Временни места за настаняване: {mesta}{mesta.was}", mesta="n 1 15"),
        ],
        "prognoza": [
            it("НИМХ е обявил жълт код за валежи до {do}", do="date 1 3"),
            it("Очакват се нови валежи в планинските части"),
        ],
        "posledici": [
            it("Наводнени жилищни сгради: {sgradi}{sgradi.was}", sgradi="n 5 500"),
            it("Пътят към съседното село е прекъснат от свлачище"),
            it("Затворени училища: {uchilishta}", uchilishta="n 1 12"),
        ],
        "deystviya": [
            it("Екипи на пожарната изпомпват вода от мазета и приземни етажи"),
            it("Раздадени пакети с храна: {paketi}{paketi.was}", paketi="n 20 2000"),
            it("Доброволните формирования почистват наноси по улиците"),
        ],
        "sili": [
            it("Ангажирани служители и доброволци: {slu}{slu.was}", slu="n 20 300"),
            it("Използвана техника: {tehnika}", tehnika="n 3 40"),
        ],
        "razhodi": [
            it("Разходи за реагиране до момента: {razhodi}{razhodi.was}", razhodi="money 20 900"),
            it("Изпратено е искане за средства до Междуведомствената комисия за възстановяване и подпомагане"),
        ],
        "risks": [
            risk("Риск от повторно наводнение в ниските части {trend}", levels=BG_LEVELS,
                 mit=("Нивата на реките се следят денонощно и населението се предупреждава чрез BG-ALERT",)),
            risk("Риск от замърсяване на питейната вода {trend}", levels=BG_LEVELS,
                 mit=("Водното дружество хлорира водата и раздава бутилирана вода",)),
            risk("Срутване на стари постройки", mit=("Опасните сгради са обезопасени и обитателите им са изведени",)),
        ],
        "informirane": [
            it("Информацията се публикува на сайта и във фейсбук страницата на общината"),
            it("Обаждания на денонощния телефон: {tel}{tel.was}", tel="n 10 600"),
        ],
        "predstoyashti": [
            it("Следващо заседание на общинския щаб: {zasedanie}", zasedanie="date 1 2"),
            it("Оглед и оценка на щетите от общинската комисия"),
        ],
    },
    {"obobshtenie": (2, 3), "obstanovka": (1, 2), "prognoza": (1, 2), "posledici": (1, 3), "deystviya": (2, 3),
     "sili": (1, 2), "razhodi": (1, 2), "risks": (1, 3), "informirane": (1, 2), "predstoyashti": (1, 2)},
    date(2025, 9, 8), cadence_days=1, punct="stop", mitigation="colon",
    latin=("miziya", "tsarevo", "berkovitsa", "karlovo", "navodnenie"),
)  # fmt: skip

TSKALDIDOBA = Romanised(
    "tskaldidoba-ka",
    "წყალდიდობა",
    ("ონის მუნიციპალიტეტი", "ლენტეხის მუნიციპალიტეტი", "ამბროლაურის მუნიციპალიტეტი", "მესტიის მუნიციპალიტეტი"),
    {},
    {
        "mokle": [
            it("ძლიერმა წვიმებმა მუნიციპალიტეტის რამდენიმე სოფელში წყალდიდობა გამოიწვია"),
            it("დაზარალებული ოჯახები: {ojakhi}{ojakhi.was}", ojakhi="n 10 900"),
            it("ადამიანური მსხვერპლი არ არის"),
        ],
        "vitareba": [
            it("მდინარეების დონე კლებულობს, თუმცა რამდენიმე გზა ჯერ კიდევ ჩაკეტილია"),
            it("დროებითი თავშესაფრები: {tavsh}{tavsh.was}", tavsh="n 1 12"),
        ],
        "prognozi": [
            it("წვიმის შეწყვეტის მოსალოდნელი თარიღი: {tarigi}", tarigi="date 1 3"),
            it("მაღალმთიან ზონაში მოსალოდნელია სეტყვა და ძლიერი ქარი"),
        ],
        "zarali": [
            it("დაზიანებული საცხოვრებელი სახლები: {sakhli}{sakhli.was}", sakhli="n 5 400"),
            it("შიდასახელმწიფოებრივი გზის მონაკვეთი მეწყერმა ჩაკეტა"),
            it("დაზიანებული ხიდები: {khidi}", khidi="n 1 10"),
        ],
        "reagireba": [
            it("მაშველებმა მდინარის პირას მცხოვრები ოჯახები უსაფრთხო ადგილას გადაიყვანეს"),
            it("დარიგებული სურსათის ამანათები: {amanati}{amanati.was}", amanati="n 20 2000"),
            it("მძიმე ტექნიკა გზებს ლამისგან ასუფთავებს"),
        ],
        "resursebi": [
            it("ჩართული თანამშრომლები და მოხალისეები: {tanam}{tanam.was}", tanam="n 20 300"),
            it("ჩართული ტექნიკის ერთეულები: {teknika}", teknika="n 3 40"),
        ],
        "kharjebi": [
            it("რეაგირების ხარჯები დღემდე: {kharji}{kharji.was}", kharji="money 20 900"),
            it("მთავრობის სარეზერვო ფონდიდან თანხის გამოყოფა მოთხოვნილია"),
        ],
        "risks": [
            risk("მეწყრის განახლების საფრთხე {trend}", levels=KA_LEVELS,
                 mit=("გეოლოგები ფერდობებს ყოველდღიურად ამოწმებენ და მოსახლეობას აფრთხილებენ",)),
            risk("სასმელი წყლის დაბინძურების საფრთხე {trend}", levels=KA_LEVELS,
                 mit=("მოსახლეობას ბოთლებით წყალი მიეწოდება",)),
            risk("ელექტრომომარაგების შეწყვეტა მაღალმთიან სოფლებში", mit=("სოფლებში გენერატორები გადაიტანეს",)),
        ],
        "informireba": [
            it("ინფორმაცია ქვეყნდება მუნიციპალიტეტის ვებგვერდსა და ფეისბუქ-გვერდზე"),
            it("ცხელ ხაზზე შემოსული ზარები: {zari}{zari.was}", zari="n 10 600"),
        ],
        "shemdegi": [
            it("საოპერაციო შტაბის შემდეგი სხდომა: {skhdoma}", skhdoma="date 1 2"),
            it("ზარალის შეფასება სოფლების რწმუნებულებთან ერთად"),
        ],
    },
    {"mokle": (2, 3), "vitareba": (1, 2), "prognozi": (1, 2), "zarali": (1, 3), "reagireba": (2, 3),
     "resursebi": (1, 2), "kharjebi": (1, 2), "risks": (1, 3), "informireba": (1, 2), "shemdegi": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
    latin=("oni", "lentekhi", "ambrolauri", "mestia", "tskaldidoba"),
)  # fmt: skip
