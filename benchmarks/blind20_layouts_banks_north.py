"""Item ideas of three ``blind20_layouts`` publishers of the north: a Lithuanian district municipality's emergency
operations centre on an ice-jam flood, a Latvian municipality's civil protection commission on a forest fire and an
Icelandic police district's civil protection operations command on a volcanic eruption (``blind5_layouts_content``
explains the slots). The generator's figures, dates and "(up from … )" notes are British English;
``blind20_layouts_content`` prints them in each publisher's conventions. The organisations are named after real
kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

LT_LEVELS = ("stebima", "didėja", "dabar didelė", "dabar kritinė")
LV_LEVELS = ("tiek uzraudzīts", "pieaug", "tagad ir augsts", "tagad ir kritisks")
IS_LEVELS = ("er vöktuð", "fer vaxandi", "er nú mikil", "er nú alvarleg")

POTVYNIS = Partner(
    "potvynis-lt",
    "Potvynis",
    ("Šilutės rajono savivaldybės administracija", "Jurbarko rajono savivaldybės administracija",
     "Pagėgių savivaldybės administracija", "Kauno rajono savivaldybės administracija"),
    {},
    {
        "bendra": [
            it("Savivaldybės teritorijoje tebegalioja ekstremalioji situacija dėl ledų sangrūdų Nemuno žemupyje"),
            it("Užlietų kelių skaičius: {keliai}{keliai.was}", keliai="n 3 40"),
            it("Vandens lygis ties Rusne: {lygis} cm virš pavojingo lygio", lygis="n 5 90"),
        ],
        "prognoze": [
            it("Lietuvos hidrometeorologijos tarnyba prognozuoja, kad vandens lygis kris lėtai"),
            it("Naktį numatoma šalna, todėl gali susidaryti naujos ledų sangrūdos"),
        ],
        "padariniai": [
            it("Apsemtų sodybų skaičius: {sodybos}{sodybos.was}", sodybos="n 10 400"),
            it("Evakuotų gyventojų skaičius: {evak}", evak="n 5 300"),
            it("Mokinių, negalinčių atvykti į mokyklą, skaičius: {mokiniai}", mokiniai="n 10 250"),
        ],
        "darbai": [
            it("Priešgaisrinės gelbėjimo tarnybos valtimis gyventojams pristatomas maistas ir vaistai"),
            it("Išdalyta smėlio maišų: {maisai}{maisai.was}", maisai="n 500 9000"),
            it("Kariuomenės inžinieriai ledų sangrūdas sprogdino {vieta}", vieta="date -2 0"),
        ],
        "pajegos": [
            it("Darbuose dalyvaujančių ugniagesių ir savanorių skaičius: {zmones}{zmones.was}", zmones="n 20 300"),
            it("Naudojama technikos vienetų: {technika}", technika="n 5 80"),
        ],
        "islaidos": [
            it("Savivaldybės išlaidos likvidavimo darbams iki šiol: {islaidos}{islaidos.was}",
               islaidos="money 20 600"),
            it("Pateiktas prašymas skirti lėšų iš Vyriausybės rezervo"),
        ],
        "risks": [
            risk("Rizika, kad susidarys naujos ledų sangrūdos ir staigiai pakils vanduo, {trend}", levels=LT_LEVELS,
                 mit=("budi ugniagesių valtys, gyventojai įspėjami per savivaldybės SMS sistemą",)),
            risk("Geriamojo vandens šulinių užteršimas apsemtose sodybose",
                 mit=("gyventojams išvežamas fasuotas vanduo ir imami vandens mėginiai",)),
            risk("Rizika, kad gaiš apsemtuose ūkiuose palikti gyvuliai, {trend}", levels=LT_LEVELS,
                 mit=("ūkininkams padedama pervežti gyvulius į laikinas vietas",)),
        ],
        "informavimas": [
            it("Gyventojai informuojami savivaldybės interneto svetainėje ir socialiniuose tinkluose kasdien"),
            it("Trumpųjų pranešimų gavėjų skaičius: {sms}{sms.was}", sms="n 300 9000"),
        ],
        "veiksmai": [
            it("Operacijų centro posėdis vyks {posedis} 9 val.", posedis="date 1 3"),
            it("Parengti žalos gyventojams įvertinimo tvarką iki {iki}", iki="date 3 10"),
        ],
    },
    {"bendra": (2, 3), "prognoze": (1, 2), "padariniai": (1, 3), "darbai": (2, 3), "pajegos": (1, 2),
     "islaidos": (1, 2), "risks": (1, 3), "informavimas": (1, 2), "veiksmai": (1, 2)},
    date(2025, 3, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

UGUNSGREKS = Partner(
    "ugunsgreks-lv",
    "Meža ugunsgrēks",
    ("Jēkabpils novada pašvaldība", "Ludzas novada pašvaldība", "Talsu novada pašvaldība",
     "Ogres novada pašvaldība"),
    {},
    {
        "situacija": [
            it("Ugunsgrēka kopējā platība: {ha} ha{ha.was}", ha="n 40 2000"),
            it("Uguns izplatība dienvidu virzienā ir apturēta, bet kūdras slāņos turpinās degšana"),
            it("Valsts meža dienesta novērošanas torņi darbojas visu diennakti"),
        ],
        "ietekme": [
            it("Evakuēto iedzīvotāju skaits: {evak}{evak.was}", evak="n 5 400"),
            it("Slēgto autoceļu posmu skaits: {celi}", celi="n 1 12"),
            it("Dūmu dēļ ierobežota skolas darbība: {skolas} skolas", skolas="n 1 8"),
        ],
        "pasakumi": [
            it("Valsts ugunsdzēsības un glābšanas dienests dzēš ugunsgrēku ar {tehnika} tehnikas vienībām",
               tehnika="n 5 60"),
            it("Nacionālie bruņotie spēki iesaistīti ar helikopteru un ūdens tvertni"),
            it("Pašvaldība nodrošina ēdināšanu dzēsējiem un brīvprātīgajiem"),
        ],
        "speki": [
            it("Iesaistīto ugunsdzēsēju un mežsargu skaits: {cilveki}{cilveki.was}", cilveki="n 30 400"),
            it("Zemessardzes brīvprātīgie: {zs}", zs="n 5 120"),
        ],
        "risks": [
            risk("Risks, ka vējš pastiprināsies un uguns pārmetīsies uz apdzīvotām vietām, {trend}", levels=LV_LEVELS,
                 mit=("ap ciemiem izveidotas mineralizētās joslas un dežurē ugunsdzēsēju autocisternas",)),
            risk("Dzēsēju pārgurums ilgstošu maiņu dēļ",
                 mit=("maiņas saīsinātas līdz astoņām stundām un piesaistīti spēki no citiem novadiem",)),
            risk("Risks hroniski slimu iedzīvotāju veselībai dūmu dēļ {trend}", levels=LV_LEVELS,
                 mit=("ģimenes ārsti informēti un sociālais dienests apzina riska grupas",)),
        ],
        "informesana": [
            it("Informācija iedzīvotājiem tiek publicēta pašvaldības tīmekļvietnē un sociālajos tīklos"),
            it("Pašvaldības informatīvā tālruņa zvanu skaits: {zvani}{zvani.was}", zvani="n 20 900"),
        ],
        "turpmak": [
            it("Komisijas sēde: {sede} plkst. 10.00", sede="date 1 3"),
            it("Apzināt zaudējumus mežu īpašniekiem līdz {lidz}", lidz="date 4 12"),
        ],
    },
    {"situacija": (2, 3), "ietekme": (1, 3), "pasakumi": (2, 3), "speki": (1, 2), "risks": (1, 3),
     "informesana": (1, 2), "turpmak": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ELDGOS = Partner(
    "eldgos-is",
    "Eldgos",
    ("Aðgerðastjórn á Suðurnesjum", "Aðgerðastjórn á Suðurlandi", "Aðgerðastjórn á Norðurlandi eystra",
     "Aðgerðastjórn á Austurlandi"),
    {},
    {
        "yfirlit": [
            it("Eldgosið sem hófst á Sundhnúksgígaröðinni er enn í gangi en virknin hefur minnkað"),
            it("Hættustig almannavarna er enn í gildi"),
            it("Fjöldi íbúa sem ekki geta snúið heim: {ibuar}{ibuar.was}", ibuar="n 50 900"),
        ],
        "stada": [
            it("Hraunflæði er áætlað {flaedi} rúmmetrar á sekúndu", flaedi="n 5 60"),
            it("Virkir gígar á sprungunni: {gigar}", gigar="n 1 6"),
            it("Landris undir Svartsengi heldur áfram samkvæmt mælingum Veðurstofunnar"),
        ],
        "gas": [
            it("Gasmengun getur borist yfir Reykjanesbæ og Voga í dag vegna suðlægrar áttar"),
            it("Mældur styrkur brennisteinsdíoxíðs í Grindavík fór hæst í {styrkur} míkrógrömm", styrkur="n 300 4000"),
        ],
        "ahrif": [
            it("Grindavíkurvegur er enn lokaður almennri umferð"),
            it("Heimili án hitaveitu: {heimili}{heimili.was}", heimili="n 20 1500"),
            it("Fyrirtæki sem hafa fengið að sækja búnað inn á svæðið: {fyrirtaeki}", fyrirtaeki="n 3 60"),
        ],
        "adgerdir": [
            it("Unnið er að hækkun varnargarða norðan við bæinn"),
            it("Björgunarsveitir aðstoða íbúa við að sækja eigur sínar"),
            it("Lokunarpóstar eru mannaðir allan sólarhringinn"),
        ],
        "mannafli": [
            it("Fjöldi viðbragðsaðila á vettvangi: {vidbragd}{vidbragd.was}", vidbragd="n 30 300"),
            it("Björgunarsveitarmenn á vakt: {bjorgun}", bjorgun="n 10 150"),
        ],
        "risks": [
            risk("Hætta á að ný sprunga opnist án mikils fyrirvara innan bæjarmarka {trend}", levels=IS_LEVELS,
                 mit=("stöðug vöktun Veðurstofunnar og rýmingaráætlun sem hefur verið æfð",)),
            risk("Gasmengun á lokunarpóstum",
                 mit=("gasmælar á öllum póstum og viðbragðsaðilar með gasgrímur",)),
            risk("Hætta vegna sprungna og holrýma í götum bæjarins {trend}", levels=IS_LEVELS,
                 mit=("jarðkönnun með ratsjá og merktar öruggar leiðir",)),
        ],
        "upplysingar": [
            it("Íbúafundur var haldinn {fundur}", fundur="date -2 0"),
            it("Fjöldi fyrirspurna í síma 1717: {fyrirspurnir}{fyrirspurnir.was}", fyrirspurnir="n 20 600"),
        ],
        "naest": [
            it("Endurmeta hættumat með Veðurstofunni {endurmat}", endurmat="date 1 3"),
            it("Skipuleggja aðgengi íbúa að heimilum sínum næstu daga"),
        ],
    },
    {"yfirlit": (2, 3), "stada": (1, 3), "gas": (1, 2), "ahrif": (1, 3), "adgerdir": (2, 3), "mannafli": (1, 2),
     "risks": (1, 3), "upplysingar": (1, 2), "naest": (1, 2)},
    date(2025, 2, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
