"""Item ideas of four ``blind46_layouts`` publishers writing in languages no earlier set printed: Ladin municipalities
of Val Badia after a landslide, writing in Ladin; provincial branches of the Burundi Red Cross in a flood of Lake
Tanganyika, writing in Kirundi; Kurdistan Region governorates after flash floods, writing in Sorani Kurdish (the
names in Arabic letters, so each series is told apart by its name in Latin letters, ``blind18_layouts_content.
Romanised``); and Ugandan district local governments in a flood of Lake Victoria, writing in Luganda
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words).
``blind46_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's words.
The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

LLD_LEVELS = ("vëgn tigní d'edl", "crësc", "é śëgn alt", "é śëgn dër alt")

LAVINA = Partner(
    "lld-chemuns-lavina",
    "Lavina de tera",
    ("Chemun de Badia", "Chemun de Corvara", "Chemun de San Martin de Tor", "Chemun de La Val"),
    {},
    {
        "hl": [
            it("Dal {lavina} inant laora le stab de crisa dl chemun de dé y de nöt", lavina="date -4 -4"),
            it("I destodafüch é jüs fora {iadi} iadi{iadi.was}", iadi="n 5 140"),
        ],
        "sit": [
            it("La plöia é calada, mo le teren é ciamò dër bagné"),
            it("{frazions} frazions é ciamò zënza strada{frazions.was}", frazions="n 2 12"),
        ],
        "imp": [
            it("{ciases} ciases à abü dans{ciases.was}", ciases="n 3 160"),
            it("La lavina à sotrè {ettars} ettars de prà y bosch{ettars.was}", ettars="n 5 300"),
        ],
        "ta": [
            it("Les scüadres neteia {strades} strades dl chemun{strades.was}", strades="n 2 40"),
            it("La strada statala tla valada é ciamò serada"),
        ],
        "tb": [
            it("{families} families é ciamò zënza corënt{families.was}", families="n 10 600"),
            it("L'ega da bëire é indô sigura te dötes les frazions fora che döes"),
        ],
        "help": [
            it("Le sorvisc sozial à aidé {aidades} families{aidades.was}", aidades="n 2 80"),
            it("La sala dl chemun é davërta por la jënt evacuada"),
        ],
        "staff": [
            it("{forzes} destodafüch y volontars laora sön le post{forzes.was}", forzes="n 10 200"),
            it("I destodafüch de Bulsan aiüta les scüadres dl chemun"),
        ],
        "money": [
            it("I cosć dl'emergënza é rovà a {cosc}", cosc="cum 20 900"),
            it("La Provinzia à dè {contribut} por i laurs urgënc", contribut="money 20 400"),
        ],
        "risks": [
            risk("Le pericul de na lavina nöia {trend}", levels=LLD_LEVELS,
                 mit=("les zones plü pericoloses é serades",)),
            risk("Le pericul che le ru se stopa cun lëgns y sas {trend}", levels=LLD_LEVELS,
                 mit=("les scüadres controla le ru vigni dé",)),
            risk("Le fred tles ciases zënza corënt", mit=("le chemun dà fora generadus y stües",)),
        ],
        "next": [
            it("Sentada dl stab de crisa ai {sentada}", sentada="date 1 3"),
            it("Control de dötes les strades da bosch cina ai {control}", control="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

RUN_LEVELS = ("kiriko kirakurikiranwa", "kiriko kiriyongera", "ubu kiri hejuru", "ubu kiri hejuru cane")

IMYUZURE = Partner(
    "run-croix-rouge-imyuzure",
    "Imyuzure",
    ("Umusaraba Utukura w'Uburundi, Intara ya Bujumbura", "Umusaraba Utukura w'Uburundi, Intara ya Rumonge",
     "Umusaraba Utukura w'Uburundi, Intara ya Cibitoke", "Umusaraba Utukura w'Uburundi, Intara ya Makamba"),
    {},
    {
        "hl": [
            it("Kuva ku wa {imyuzure} abakorerabushake bacu bari mu gikorwa ijoro n'umurango", imyuzure="date -4 -4"),
            it("Imiryango {imiryango} yakuwe mu mazi{imiryango.was}", imiryango="n 20 900"),
        ],
        "sit": [
            it("Imvura yaragabanutse, ariko amazi y'ikiyaga aracari hejuru"),
            it("Ibibanza {ibibanza} vy'abahunze biracari vyuguruye{ibibanza.was}", ibibanza="n 2 30"),
        ],
        "imp": [
            it("Inzu {inzu} zarasenyutse canke zarononekaye{inzu.was}", inzu="n 20 3000"),
            it("Amashure {amashure} ntarashobora kwugurura{amashure.was}", amashure="n 2 40"),
        ],
        "ta": [
            it("Dutanga litiro {litiro} z'amazi meza ku munsi{litiro.was}", litiro="n 5000 90000"),
            it("Twubatse imisarane {imisarane} mu bibanza vy'abahunze{imisarane.was}", imisarane="n 5 120"),
        ],
        "tb": [
            it("Abantu {abarwayi} baravuwe impiswi{abarwayi.was}", abarwayi="n 5 400"),
            it("Ivuriro rito ry'Umusaraba Utukura rikora umunsi wose mu kibanza ca Gatumba"),
        ],
        "help": [
            it("Imiryango {ibikoresho} yahawe ibikoresho vyo mu nzu{ibikoresho.was}", ibikoresho="n 10 800"),
            it("Abana batagira abarezi barandikwa kugira ngo basubire mu miryango yabo"),
        ],
        "staff": [
            it("Abakorerabushake {abakorerabushake} bari mu gikorwa{abakorerabushake.was}",
               abakorerabushake="n 10 300"),
            it("Abakozi b'icicaro gikuru baje kudufasha"),
        ],
        "money": [
            it("Amafaranga amaze gukoreshwa ashika {amafaranga}", amafaranga="cum 20 900"),
            it("Abaterankunga bemeye gutanga {imfashanyo}", imfashanyo="money 20 400"),
        ],
        "risks": [
            risk("Icago c'indwara ya korera {trend}", levels=RUN_LEVELS,
                 mit=("turiko turatanga amazi meza n'isabune",)),
            risk("Icago c'uko amazi y'ikiyaga yongera kuduga {trend}", levels=RUN_LEVELS,
                 mit=("turakurikirana uko amazi angana buri munsi",)),
            risk("Inzara mu miryango yavuye mu ngo zayo", mit=("twatanze ibifungurwa vy'indwi zibiri",)),
        ],
        "next": [
            it("Inama y'abafatanyabikorwa ku wa {inama}", inama="date 1 3"),
            it("Gutanga ibikoresho vyo mu nzu gushika ku wa {gutanga}", gutanga="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 4, 13), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

CKB_LEVELS = ("لە ژێر چاودێریدایە", "زیاد دەکات", "ئێستا بەرزە", "ئێستا زۆر بەرزە")

LAFAW = Romanised(
    "ckb-parezga-lafaw",
    "لافاو",
    ("پارێزگای هەولێر", "پارێزگای سلێمانی", "پارێزگای دهۆک", "ئیدارەی گەرمیان"),
    {},
    {
        "hl": [
            it("لە {lafaw} بەدواوە ژووری قەیران بە شەو و ڕۆژ کار دەکات", lafaw="date -4 -4"),
            it("تیمەکانی بەرگریی شارستانی {jar} جار بەدەم هاوارەوە چوون{jar.was}", jar="n 5 160"),
        ],
        "sit": [
            it("باران وەستاوە، بەڵام ئاوی ڕووبارەکان هێشتا بەرزە"),
            it("{gund} گوند هێشتا ڕێگایان نییە{gund.was}", gund="n 2 30"),
        ],
        "imp": [
            it("{xanu} خانوو زیانیان پێگەیشتووە{xanu.was}", xanu="n 10 900"),
            it("لافاو {pird} پردی ڕووخاندووە{pird.was}", pird="n 1 12"),
        ],
        "ta": [
            it("تیمەکان {rega} ڕێگا پاک دەکەنەوە{rega.was}", rega="n 2 40"),
            it("ڕێگای سەرەکیی دۆڵەکە هێشتا داخراوە"),
        ],
        "tb": [
            it("{xezan} خێزان هێشتا بێ کارەبان{xezan.was}", xezan="n 10 900"),
            it("ئاوی خواردنەوە بۆ هەموو گەڕەکەکان گەڕاوەتەوە جگە لە دوو گەڕەک"),
        ],
        "help": [
            it("هاوکاری گەیەندرایە {hawkari} خێزان{hawkari.was}", hawkari="n 10 800"),
            it("قوتابخانەیەک وەک شوێنی حەوانەوە بۆ ئاوارەکان کراوەتەوە"),
        ],
        "staff": [
            it("{xobexsh} کارمەند و خۆبەخش لە کارەکاندا بەشدارن{xobexsh.was}", xobexsh="n 10 300"),
            it("تیمەکانی بەرگریی شارستانی لە پارێزگاکانی تر یارمەتیمان دەدەن"),
        ],
        "money": [
            it("تێچووی فریاکەوتن گەیشتووەتە {tecu}", tecu="cum 20 900"),
            it("حکومەتی هەرێم {bexshin} بۆ کاری بەپەلە تەرخان کرد", bexshin="money 20 400"),
        ],
        "risks": [
            risk("مەترسیی لافاوی نوێ {trend}", levels=CKB_LEVELS, mit=("تیمەکان ئاستی ئاو هەموو ڕۆژێک دەپشکنن",)),
            risk("مەترسیی نەخۆشییە گوازراوەکان لە ڕێگەی ئاوەوە {trend}", levels=CKB_LEVELS,
                 mit=("ئاوی پاک و حەبی پاککردنەوەی ئاو دابەش دەکرێت",)),
            risk("داڕمانی خانووە زیانلێکەوتووەکان", mit=("ئەندازیاران خانووەکان دەپشکنن پێش گەڕانەوەی خەڵک",)),
        ],
        "next": [
            it("کۆبوونەوەی ژووری قەیران لە {kobunewe}", kobunewe="date 1 3"),
            it("پشکنینی هەموو پردەکان تا {pishkinin}", pishkinin="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=2, punct="stop", mitigation="colon",
    latin=("hewler", "silemani", "duhok", "germiyan", "lafaw"),
)  # fmt: skip

LG_LEVELS = ("bulondoolebwa", "bweyongera", "kati bungi", "kati bungi nnyo")

AMATABA = Partner(
    "lg-disitulikiti-amataba",
    "Amataba",
    ("Disitulikiti y'e Wakiso", "Disitulikiti y'e Mukono", "Disitulikiti y'e Buikwe", "Disitulikiti y'e Kalangala"),
    {},
    {
        "hl": [
            it("Okuva nga {amataba} akakiiko k'obutyabaga kabadde kakola emisana n'ekiro", amataba="date -4 -4"),
            it("Amaka {amaka} gasengudwa okuva mu bitundu ebyajjudde amazzi{amaka.was}", amaka="n 10 900"),
        ],
        "sit": [
            it("Enkuba ekendedde naye amazzi g'ennyanja gakyali waggulu"),
            it("Ebyalo {ebyalo} bikyali wansi w'amazzi{ebyalo.was}", ebyalo="n 2 30"),
        ],
        "imp": [
            it("Amayumba {amayumba} gonoonese oba gagwiridde{amayumba.was}", amayumba="n 10 1500"),
            it("Emmwanyi n'ebitooke by'abalimi bingi byonoonese"),
        ],
        "ta": [
            it("Abakozi baddaabiriza enguudo {enguudo}{enguudo.was}", enguudo="n 2 40"),
            it("Olutindo olusinga obunene mu disitulikiti lukyali muggale"),
        ],
        "tb": [
            it("Tugabye ttanka z'amazzi {ttanka} mu nkambi{ttanka.was}", ttanka="n 2 60"),
            it("Kaabuyonjo nnyingi mu byalo ebyakosebwa zijjudde amazzi"),
        ],
        "help": [
            it("Amaka {emmere} gafunye emmere n'ebintu by'awaka{emmere.was}", emmere="n 10 800"),
            it("Essomero lya gavumenti liggule ng'ekifo eky'okusulamu abasenguddwa"),
        ],
        "staff": [
            it("Abakozi ne bannakyeewa {bannakyeewa} bali mu kikolwa{bannakyeewa.was}", bannakyeewa="n 10 250"),
            it("Uganda Red Cross n'amagye batuyambako"),
        ],
        "money": [
            it("Ensimbi ezisaasaanyiziddwa zituuse ku {ensimbi}", ensimbi="cum 20 900"),
            it("Gavumenti ewadde {obuyambi} okukola emirimu egy'amangu", obuyambi="money 20 400"),
        ],
        "risks": [
            risk("Obulabe bw'endwadde ya kolera {trend}", levels=LG_LEVELS,
                 mit=("tugaba amazzi amayonjo ne sabbuuni",)),
            risk("Obulabe bw'amazzi g'ennyanja okweyongera okulinnya {trend}", levels=LG_LEVELS,
                 mit=("tulondoola obungi bw'amazzi buli lunaku",)),
            risk("Enjala mu maka agasenguddwa", mit=("tugaba emmere ey'ennaku kkumi na nnya",)),
        ],
        "next": [
            it("Olukiiko lw'akakiiko k'obutyabaga nga {olukiiko}", olukiiko="date 1 3"),
            it("Okukebera amayumba gonna mu byalo ebyakosebwa okutuuka nga {okukebera}", okukebera="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 5, 4), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
