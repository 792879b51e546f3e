"""Section names in Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen, for the vocabulary
(``sitroom.parse.vocabulary``).

A Malawian district civil protection committee, a Nigerian state emergency management agency, a Samoan district
disaster committee, an Eastern Cape municipal disaster management centre, a Breton commune's crisis cell, a Vanuatu
provincial emergency operations centre, a Javanese village disaster group or a Turkmen provincial authority name the
parts of a report everyone names: the summary ("Chidule", "Taƙaitawa", "Aotelega", "Isishwankathelo",
"Diverradenn", "Samari", "Ringkesan", "Gysgaça maglumat"), the situation, the forecast, the impacts, the response,
the shelters, the staff and means, the costs, the risks, the public information and the next steps. The words are
compared folded as the vocabulary's are (lower case, no accents, the Hausa "ɗ", "ƙ", "ɓ" read as "d", "k", "b", the
Turkmen "ý", "ä", "ş", "ç" as "y", "a", "s", "c", an apostrophe or okina ("ma'aikata", "lec'hioù", "faʻasalalauga")
a break between words). Words that name only a group of sections, the Breton "Moioù" and the Turkmen "Serişdeler"
(means: the staff and the money together), are left out.
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
OCEAN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "chidule", "mfundo zazikulu", "takaitawa", "takaitaccen bayani", "a takaice",
        "muhimman bayanai", "aotelega", "otootoga", "manatu autu", "isishwankathelo", "isishwankathelo sengxelo",
        "iingongoma eziphambili", "berradenn", "diverradenn", "poentou pennan", "samari", "ol mein poen",
        "ringkesan", "intisari", "gysgaca maglumat", "gysgaca", "esasy maglumatlar",
    ),
    K.SITUATION: (
        "momwe zinthu zilili", "momwe zinthu ziliri", "mmene zinthu zilili", "mkhalidwe", "mkhalidwe wa ngozi",
        "halin da ake ciki", "yanayin da ake ciki", "halin yanzu", "tulaga o loo i ai nei", "tulaga lautele",
        "tulaga", "imeko yangoku", "imeko", "imeko ekhoyo", "stad an traou", "stad vreman", "stad a vreman",
        "situesen naoia", "situasen", "kawontenan samenika", "kawontenan", "kahanan", "kahanan saiki",
        "hazirki yagday", "yagday", "umumy yagday",
    ),
    K.FORECAST: (
        "zanyengo", "nyengo", "maulosi a nyengo", "kuneneratu kwa nyengo", "hasashen yanayi", "hasashe",
        "yanayi", "vaaiga o le tau", "valoaga o le tau", "uqikelelo lwemozulu", "imozulu",
        "uqikelelo", "ingxelo yemozulu", "diougan an amzer", "diougan", "weta", "fokas blong weta", "prakiraan",
        "prakiraan cuaca", "ramalan cuaca", "caklama", "howa caklamasy", "howa maglumaty",
    ),
    K.IMPACTS: (
        "zotsatira", "zotsatira za ngozi", "zowonongeka", "kuwonongeka", "illoli", "illolin", "illolin ambaliya",
        "tasiri", "barna", "asara", "aafiaga", "a afiaga", "mea ua faaleagaina", "iimpembelelo", "impembelelo",
        "iimpembelelo eluntwini", "iziphumo", "levezon", "levezonou", "levezon war an annezidi", "gwallerezhiou",
        "damej", "ol damej", "impak", "ol impak", "dampak", "dampak dhateng warga", "karusakan", "tasir",
        "yetirilen zeper", "zeper", "netijeler",
    ),
    K.RESPONSE: (
        "zomwe zachitika", "zomwe tachita", "ntchito zomwe zachitika", "matakan da aka dauka",
        "ayyukan da aka yi", "martani", "galuega ua faia", "gaioiga ua faia", "gaioiga", "amanyathelo athathiweyo",
        "amanyathelo", "impendulo", "izenzo", "oberou kaset da benn", "oberou", "obererezh", "wanem i mekem",
        "wanem mifala i mekem", "wok we i bin mekem", "respons", "tindakan ingkang sampun dipuntindakaken",
        "upaya ingkang sampun dipuntindakaken", "penanganan", "gorulen careler", "gorulyan careler", "careler",
        "edilen isler",
    ),
    K.ASSISTANCE: (
        "misasa", "malo ogona", "sansanoni", "matsuguni", "kayan agaji", "nofoaga faapitoa",
        "nofoaga e sulufai ai", "iindawo zokuhlala okwethutyana", "iindawo zokuhlala", "repu", "lec hiou repu",
        "evakuesen senta", "ol evakuesen senta", "rilif", "pengungsian", "papan pangungsen", "barak pengungsian",
        "gacybatalga", "ynsanperwer komek",
    ),
    K.WORKFORCE: (
        "ogwira ntchito", "ogwira ntchito ndi zipangizo", "zipangizo", "ma aikata", "ma aikata da kayan aiki",
        "kayan aiki", "tagata faigaluega", "tagata faigaluega ma meafaigaluega", "meafaigaluega",
        "abasebenzi nezixhobo", "izixhobo", "tud ha danvez", "implijidi", "ol wokman mo ol samting",
        "wokman mo volontia", "volontia", "relawan lan piranti", "relawan", "piranti", "tenaga lan piranti",
        "isgarler we tehnika", "isgarler", "tehnika", "guycler we serisdeler",
    ),
    K.FINANCE: (
        "ndalama", "ndalama zogwiritsidwa ntchito", "bajeti", "kudade", "kashe kudi", "kasafin kudi", "tupe faaalu",
        "tupe", "paketi", "iindleko", "imali esetyenzisiweyo", "koustou", "koust", "dispignou", "budjed",
        "mani we i spenem", "bajet", "beaya", "wragad", "anggaran", "cykdajylar", "cykdajy", "maliye",
        "harajatlar",
    ),
    K.RISKS: (
        "zoopsa", "ziopsezo", "chiopsezo", "zoopsa zomwe zingachitike", "hadurra", "hadari", "barazana",
        "lamatiaga", "mea lamatia", "tulaga lamatia", "imingcipheko", "umngcipheko", "iingozi", "danjerou",
        "danjer", "risklou", "ol risk", "bebaya", "ancaman", "howplar", "howp", "towekgelcilikler",
    ),
    K.COMMUNICATIONS: (
        "kudziwitsa anthu", "kudziwitsa", "mauthenga", "mauthenga kwa anthu", "wayar da kan jama a", "sanarwa",
        "sanarwa ga jama a", "sadarwa", "faasalalauga", "fa asalalauga", "fesootaiga", "faamatalaga mo le lautele",
        "unxibelelwano noluntu", "unxibelelwano", "ulwazi kuluntu", "ukwazisa uluntu", "kelaouin an dud",
        "kelaouin", "kelaouin ar boblans", "kehentin", "toktok long pablik", "infomesen long pablik",
        "informasi dhateng warga", "pawartos", "wara wara", "ilata habar bermek", "habar bermek",
        "ilaty habarly etmek", "aragatnasyk",
    ),
    K.NEXT_STEPS: (
        "zomwe zichitike kenako", "zomwe zichitike", "kenako", "matakai na gaba", "mataki na gaba",
        "laasaga e sosoo ai", "laasaga o le a sosoo ai", "laasaga", "amanyathelo alandelayo",
        "izinto ezilandelayo", "pazennou da heul", "pazennou da zont", "traou da ober", "ol nekis step",
        "langkah salajengipun", "langkah sabanjure", "rencana salajengipun", "indiki adimler", "indiki isler",
        "geljekki adimler",
    ),
}  # fmt: skip
