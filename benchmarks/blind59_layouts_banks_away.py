"""Item ideas of four ``blind59_layouts`` publishers writing in other languages than English: the regional
administrations (marzpetaranner) of Armenia in a winter of snowstorms and closed passes (Armenian), Energo-Pro
Georgia's regional service centres after heavy snow has brought down power lines (Georgian), the water management
departments of Hrvatske vode in a flood defence (Croatian) and the Water Services Corporation's districts in Malta in
a summer of water cuts (Maltese) (``blind5_layouts_content`` explains the slots). ``blind59_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's words; where a case ending
would bend a figure or a date, a point gives it after a label and a colon. The organisations are named after real
kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

HY_LEVELS = ("վերահսկողության տակ է", "աճում է", "բարձր է", "շատ բարձր է")
KA_LEVELS = ("მონიტორინგის ქვეშაა", "იზრდება", "მაღალია", "ძალიან მაღალია")
HR_LEVELS = ("pod nadzorom", "u porastu", "visok", "vrlo visok")
MT_LEVELS = ("taħt osservazzjoni", "qed jiżdied", "għoli", "għoli ħafna")

DZYUN = Partner(
    "am-marz-snowstorm",
    "Ձյան տեղումներ",
    ("Շիրակի մարզպետարան", "Լոռու մարզպետարան", "Սյունիքի մարզպետարան", "Գեղարքունիքի մարզպետարան"),
    {},
    {
        "hl": [
            it("Մարզում ձյան առատ տեղումները շարունակվում են սկսած՝ {skizb}", skizb="date -3 -3"),
            it("Փակ ավտոճանապարհահատվածների թիվը՝ {pak}{pak.was}", pak="n 2 30"),
        ],
        "sit": [
            it("Հիդրոօդերևութաբանական կենտրոնի տվյալներով՝ առաջիկա երկու օրում սպասվում է բուք և մերկասառույց"),
            it("Լեռնանցքներում ձյան ծածկույթի բարձրությունը հասնում է մեկ մետրի"),
        ],
        "imp": [
            it("Էլեկտրաէներգիայից զրկված բնակավայրերի թիվը՝ {gyux}{gyux.was}", gyux="n 2 60"),
            it("Մի շարք գյուղերի հետ ճանապարհային կապը ժամանակավորապես ընդհատված է"),
        ],
        "ta": [
            it("Ճանապարհների մաքրման աշխատանքներում ներգրավված տեխնիկայի միավորներ՝ {texnika}{texnika.was}",
               texnika="n 5 150"),
            it("Ճանապարհները մշակվում են ավազաաղային խառնուրդով"),
        ],
        "tb": [
            it("Դպրոցներում դասերը կասեցված են մինչև եղանակի կայունացումը"),
            it("Դասերը կասեցված դպրոցների թիվը՝ {dproc}{dproc.was}", dproc="n 2 90"),
        ],
        "help": [
            it("Բնակիչները կարող են զանգահարել 911 կամ մարզպետարանի թեժ գծին"),
            it("Միայնակ տարեցներին տրամադրվում է վառելափայտ և սննդամթերք"),
        ],
        "staff": [
            it("Աշխատանքներին ներգրավված անձնակազմ՝ {andz}{andz.was}", andz="n 20 400"),
            it("Աշխատանքներին աջակցում են ԱԻՆ փրկարարական ջոկատները"),
        ],
        "money": [
            it("Արտակարգ ծախսերը մինչ օրս՝ {caxs}", caxs="cum 100 4000"),
            it("Կառավարությունից հայցվել է {hayc} պահուստային ֆոնդից", hayc="money 100 900"),
        ],
        "risks": [
            risk("Ձնահյուսերի վտանգը լեռնային ճանապարհներին {trend}", levels=HY_LEVELS,
                 mit=("վտանգավոր հատվածները փակված են, տեղադրված են նախազգուշական ցուցանակներ",)),
            risk("Վառելիքի պակասի վտանգը հեռավոր գյուղերում {trend}", levels=HY_LEVELS,
                 mit=("պաշարները համալրվում են մարզկենտրոնից",)),
            risk("Տրանսպորտային միջոցների խրվելը լեռնանցքներում",
                 mit=("ճանապարհային ոստիկանությունը սահմանափակում է երթևեկությունը",)),
        ],
        "next": [
            it("Ճանապարհների ամբողջական բացումը նախատեսվում է մինչև {bacum}", bacum="date 1 3"),
            it("Հաջորդ տեղեկատվությունը կհրապարակվի {hajord}", hajord="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TOVLI = Partner(
    "ge-energo-snow-outage",
    "ელექტრომომარაგება",
    ("ენერგო-პრო ჯორჯია – იმერეთის რეგიონი", "ენერგო-პრო ჯორჯია – აჭარის რეგიონი",
     "ენერგო-პრო ჯორჯია – კახეთის რეგიონი", "ენერგო-პრო ჯორჯია – შიდა ქართლის რეგიონი"),
    {},
    {
        "hl": [
            it("{dasawyisi}-დან მოსულმა თოვლმა რეგიონში ელექტროგადამცემი ხაზები დააზიანა", dasawyisi="date -2 -2"),
            it("ელექტროენერგიის გარეშე დარჩენილი აბონენტები: {abonenti}{abonenti.was}", abonenti="n 500 40000"),
        ],
        "sit": [
            it("გარემოს ეროვნული სააგენტოს პროგნოზით თოვა მომდევნო ორ დღეს გაგრძელდება"),
            it("მთიან სოფლებში ქარი ხეებს ხაზებზე აწვენს"),
        ],
        "imp": [
            it("დაზიანებული ბოძები: {bodzi}{bodzi.was}", bodzi="n 5 300"),
            it("ზოგიერთ სოფელში წყალმომარაგებაც შეფერხებულია ტუმბოების გაჩერების გამო"),
        ],
        "ta": [
            it("აღდგენილი ქვესადგურები: {kvesadguri}{kvesadguri.was}", kvesadguri="n 2 40"),
            it("პრიორიტეტი ენიჭება საავადმყოფოებს და წყლის სატუმბ სადგურებს"),
        ],
        "tb": [
            it("სარეზერვო გენერატორები გადაეცა მუნიციპალიტეტებს"),
            it("მოქმედი გენერატორები: {generatori}{generatori.was}", generatori="n 2 60"),
        ],
        "help": [
            it("დაზიანების შესახებ შეტყობინება შესაძლებელია ცხელ ხაზზე 2 300 300"),
            it("აბონენტებს არ დაერიცხებათ საფასური შეზღუდვის პერიოდში"),
        ],
        "staff": [
            it("სამუშაოებში ჩართული ბრიგადები: {brigada}{brigada.was}", brigada="n 5 120"),
            it("დამატებითი ბრიგადები გადმოყვანილია სხვა რეგიონებიდან"),
        ],
        "money": [
            it("სარემონტო ხარჯები დღემდე: {xarji}", xarji="cum 100 4000"),
            it("ახალი ბოძებისა და სადენების შესაძენად გამოყოფილია {tanxa}", tanxa="money 100 900"),
        ],
        "risks": [
            risk("ხაზების განმეორებითი დაზიანების რისკი {trend}", levels=KA_LEVELS,
                 mit=("ხაზების გასწვრივ ხეების გასხვლა გრძელდება",)),
            risk("მთიან სოფლებამდე მიუსვლელობის რისკი {trend}", levels=KA_LEVELS,
                 mit=("ბრიგადებს თან ახლავს მუნიციპალიტეტის თოვლმავალი ტექნიკა",)),
            risk("გენერატორების საწვავის დეფიციტი",
                 mit=("საწვავის მარაგი განახლებულია რეგიონულ საწყობებში",)),
        ],
        "next": [
            it("ელექტრომომარაგების სრულად აღდგენა მოსალოდნელია {aRdgena}", aRdgena="date 1 3"),
            it("შემდეგი ინფორმაცია გამოქვეყნდება {shemdegi}", shemdegi="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

POPLAVE = Partner(
    "hr-vgo-flood-defence",
    "Obrana od poplava",
    ("Hrvatske vode – VGO za gornju Savu", "Hrvatske vode – VGO za srednju i donju Savu",
     "Hrvatske vode – VGO za Dunav i donju Dravu", "Hrvatske vode – VGO za Muru i gornju Dravu"),
    {},
    {
        "hl": [
            it("Zbog obilnih oborina od {od} proglašene su izvanredne mjere obrane od poplava", od="date -3 -3"),
            it("Dionice pod izvanrednim mjerama: {dionice}{dionice.was}", dionice="n 2 30"),
        ],
        "sit": [
            it("DHMZ najavljuje nove oborine u slivu u sljedeća dva dana"),
            it("Vodostaji na glavnim vodomjernim postajama polagano opadaju"),
        ],
        "imp": [
            it("Poplavljene poljoprivredne površine u hektarima: {ha}{ha.was}", ha="n 50 4000"),
            it("Nekoliko lokalnih cesta zatvoreno je za promet zbog izlijevanja vode"),
        ],
        "ta": [
            it("Postavljene vreće s pijeskom: {vrece}{vrece.was}", vrece="n 1000 90000"),
            it("Nasipi se danonoćno ophode i nadziru"),
        ],
        "tb": [
            it("Retencija Lonjsko polje prima vodu prema planu"),
            it("Crpne stanice u pogonu: {crpke}{crpke.was}", crpke="n 2 40"),
        ],
        "help": [
            it("Građani se mole da ne prilaze nasipima i ne ulaze u poplavljena područja"),
            it("Informacije o stanju vodostaja objavljuju se na mrežnim stranicama Hrvatskih voda"),
        ],
        "staff": [
            it("Angažirani djelatnici i pripadnici vatrogasnih postrojbi: {ljudi}{ljudi.was}", ljudi="n 20 600"),
            it("Na terenu su i pripadnici Hrvatske vojske i civilne zaštite"),
        ],
        "money": [
            it("Troškovi obrane od poplava do danas: {trosak}", trosak="cum 100 4000"),
            it("Za sanaciju nasipa zatražena su sredstva od {iznos}", iznos="money 100 900"),
        ],
        "risks": [
            risk("Rizik od procjeđivanja vode kroz nasipe je {trend}", levels=HR_LEVELS,
                 mit=("kritična mjesta ojačana su vrećama s pijeskom",)),
            risk("Rizik od podizanja razine podzemnih voda je {trend}", levels=HR_LEVELS,
                 mit=("mobilne crpke postavljene su u ugroženim naseljima",)),
            risk("Oštećenje nasipa zbog životinjskih jazbina",
                 mit=("ophodnje su pojačane na dionicama s oštećenjima",)),
        ],
        "next": [
            it("Ukidanje izvanrednih mjera očekuje se do {ukidanje}", ukidanje="date 1 3"),
            it("Sljedeće izvješće bit će dostavljeno {sljedece}", sljedece="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 5, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ILMA = Partner(
    "mt-wsc-water-supply",
    "Provvista tal-ilma",
    ("Korporazzjoni għas-Servizzi tal-Ilma – Distrett tat-Tramuntana", "Korporazzjoni għas-Servizzi tal-Ilma – "
     "Distrett tan-Nofsinhar", "Korporazzjoni għas-Servizzi tal-Ilma – Distrett Ċentrali",
     "Korporazzjoni għas-Servizzi tal-Ilma – Distrett t'Għawdex"),
    {},
    {
        "hl": [
            it("Minn {minn} il-provvista tal-ilma qed tinqata' f'xi lokalitajiet minħabba d-domanda għolja",
               minn="date -4 -4"),
            it("Lokalitajiet affettwati: {lok}{lok.was}", lok="n 2 30"),
        ],
        "sit": [
            it("Il-produzzjoni tal-impjanti tar-reverse osmosis qed tilħaq il-kapaċità massima"),
            it("It-temperaturi għoljin qed jgħollu d-domanda għall-ilma fil-għaxija"),
        ],
        "imp": [
            it("Djar bla ilma għal aktar minn sitt sigħat: {djar}{djar.was}", djar="n 50 6000"),
            it("Xi bini għoli qed ikollu pressjoni baxxa fis-sulari ta' fuq"),
        ],
        "ta": [
            it("Il-ġibjuni tad-distribuzzjoni qed jimtlew matul il-lejl"),
            it("Livell medju tal-ġibjuni: {livell}{livell.was}", livell="pct 20 90"),
        ],
        "tb": [
            it("Tiswijiet ta' tnixxijiet fil-pajpijiet: {tiswijiet}{tiswijiet.was}", tiswijiet="n 5 120"),
            it("Qed jintużaw sensuri biex jinstabu t-tnixxijiet malajr"),
        ],
        "help": [
            it("Il-konsumaturi jistgħu jċemplu fuq 8007 2222 biex jirrappurtaw nuqqas ta' ilma"),
            it("Bowsers tal-ilma qed jingħataw lill-persuni vulnerabbli"),
        ],
        "staff": [
            it("Ħaddiema fuq ix-xogħol: {haddiema}{haddiema.was}", haddiema="n 10 300"),
            it("Il-ħinijiet tax-xogħol ġew estiżi fil-weekend"),
        ],
        "money": [
            it("Spejjeż addizzjonali sal-lum: {spejjez}", spejjez="cum 100 4000"),
            it("Ġew approvati {fondi} għal pajpijiet ġodda", fondi="money 100 900"),
        ],
        "risks": [
            risk("Ir-riskju li jinqata' l-ilma f'aktar lokalitajiet huwa {trend}", levels=MT_LEVELS,
                 mit=("il-pressjoni qed titnaqqas bil-lejl biex jimtlew il-ġibjuni",)),
            risk("Ir-riskju ta' ħsara fl-impjanti minħabba s-sħana huwa {trend}", levels=MT_LEVELS,
                 mit=("qed issir manutenzjoni preventiva kuljum",)),
            risk("Użu eċċessiv tal-ilma għall-pixxini",
                 mit=("qed issir kampanja ta' għarfien mal-kunsilli lokali",)),
        ],
        "next": [
            it("Il-provvista hija mistennija tiġi normali sa {normali}", normali="date 1 3"),
            it("Ir-rapport li jmiss se joħroġ fil-{jmiss}", jmiss="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
