"""Section names in Uzbek (Latin), Faroese and Icelandic, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin
and Yoruba, for the vocabulary (``sitroom.parse.vocabulary``).

An Uzbek emergency department, a Faroese municipality, a Hebridean resilience group, a KwaZulu-Natal disaster
management centre, a Visayan municipal disaster office, a Malagasy regional risk committee, a Papua New Guinean
provincial disaster centre or a Nigerian state emergency agency name the parts of a report everyone names: the
summary ("Qisqacha mazmun", "Samandráttur", "Geàrr-chunntas", "Isifinyezo", "Katingbanan", "Famintinana", "Ol
bikpela poin", "Àkótán"), the situation, the forecast, the impacts, the response, the shelters, the staff and
means, the costs, the risks, the public information and the next steps. The words are compared folded as the
vocabulary's are (lower case, no accents or tone marks, the Faroese "ð" read as "d", "ø" as "o", an apostrophe
("ko'rilgan", "toetr'andro", "h-ath") a break between words).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
ISLANDS: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "qisqacha mazmun", "qisqacha ma'lumot", "asosiy ma'lumotlar", "samandrattur", "stuttur samandrattur",
        "hovudpunkt", "gearr chunntas", "prìomh phuingean", "isifinyezo", "amaphuzu abalulekile", "katingbanan",
        "sumaryo", "famintinana", "fehiny", "ol bikpela poin", "bikpela poin", "sotpela tok", "akotan", "akopo",
        "koko iroyin",
        # Icelandic, beside the Faroese: "Helstu atriði"
        "helstu atridi", "samantekt",
    ),
    K.SITUATION: (
        "holat", "joriy holat", "umumiy holat", "vaziyat", "umumiy vaziyat", "hozirgi vaziyat", "stodan", "stoda",
        "stodan nu", "verandi stoda", "stodulysing", "suidheachadh", "an suidheachadh", "suidheachadh an dràsta",
        "stadan", "stada mala", "stadan nuna", "vedurstodan",
        "isimo", "isimo samanje", "isimo esikhona", "kahimtang", "kasamtangang kahimtang", "kinatibuk ang kahimtang",
        "toe javatra", "toe javatra ankehitriny", "toe draharaha", "zava misy", "situesen", "situesen nau",
        "ipo to wa bayii", "ipo lowolowo",
    ),
    K.FORECAST: (
        "prognoz", "prognozi", "ob havo", "ob havo prognozi", "ob havo ma'lumoti", "bashorat", "vedurforsogn",
        "vedurforsagnir", "vedurlag", "ro aithris na side", "ro aithris", "aimsir", "ro aithris na h aimsire",
        "isimo sezulu", "isibikezelo sezulu", "isibikezelo", "panahon", "taya sa panahon", "toetr andro",
        "toetr andro andrasana", "toetrandro", "vinavina toetr andro", "weda", "ripot bilong weda",
        "asotele", "asotele oju ojo", "oju ojo",
    ),
    K.IMPACTS: (
        "oqibatlar", "oqibatlari", "zarar", "yetkazilgan zarar", "ta'siri", "avleidingar", "arin", "skadar",
        "skadin", "buaidh", "buaidhean", "buaidh air a choimhearsnachd", "milleadh", "umthelela", "imithelela",
        "umthelela emphakathini", "umonakalo", "epekto", "mga epekto", "kadaot", "apektadong pamilya",
        "fiantraikany", "fahavoazana", "voka dratsy", "bagarap", "ol bagarap", "bagarap i kamap", "ipa",
        "ipa lori awon ara ilu", "akoba", "ibaje",
    ),
    K.RESPONSE: (
        "ko'rilgan choralar", "ko'rilayotgan choralar", "choralar", "chora tadbirlar", "amalga oshirilgan ishlar",
        "qutqaruv ishlari", "tiltok", "tiltok sett i verk", "gjord tiltok", "gniomhan", "gniomhan a chaidh a ghabhail",
        "freagairt", "izinyathelo", "izinyathelo ezithathiwe", "ukusabela", "pagtubag", "mga aksyon",
        "aksyon nga gihimo", "fandraisana andraikitra", "hetsika natao", "asa vita", "wok mipela i mekim",
        "wok ol i mekim", "wok i bin mekim", "igbese", "igbese ti a ti gbe", "idahun", "ise ti a se",
    ),
    K.ASSISTANCE: (
        "vaqtinchalik joylashtirish", "vaqtincha joylashtirish", "boshpana", "skjol", "fasgadh", "ionadan fasgaidh",
        "izindawo zokukhosela", "indawo yokukhosela", "ukukhosela", "evacuation center", "mga evacuation center",
        "toerana fialofana", "fialofana", "ibi aabo", "ibugbe fun igba die", "adstod", "adstod vid ibua",
        "upplysingar og adstod", "upplysingar og adstod fyrir ibua", "hjalp til ibugvar", "hjalp",
    ),
    K.WORKFORCE: (
        "jalb etilgan kuchlar", "jalb etilgan kuchlar va vositalar", "kuchlar va vositalar", "xodimlar",
        "starvsfolk", "starvsfolk og tilfeingi", "starfsfolk", "starfsfolk og verktakar", "luchd obrach",
        "luchd obrach is goireasan",
        "luchd obrach agus goireasan", "abasebenzi", "abasebenzi nezinsiza", "izisebenzi", "personahe",
        "personahe ug kagamitan", "mga personahe", "mpiasa", "mpiasa sy fitaovana", "ol wokman",
        "ol wokman na ol samting", "wokman", "osise", "awon osise", "osise ati ohun elo",
    ),
    K.FINANCE: (
        "xarajatlar", "moliyaviy xarajatlar", "kostnadur", "utreidslur", "cosgaisean", "cosgais", "ionmhas",
        "izindleko", "gasto", "galastohan", "pondo", "fandaniana", "vola lany", "teti bola", "mani", "ol mani",
        "inawo", "eto inawo",
    ),
    K.RISKS: (
        "xavflar", "xavf", "xatarlar", "xavf xatarlar", "ehtimoliy xavflar", "vandar", "vandi", "vadi", "vadar",
        "cunnartan", "cunnart", "izingozi", "ingozi", "izingozi ezingaba khona", "peligro", "mga peligro",
        "kapeligrohan", "risgo", "mga risgo", "loza", "loza mety hitranga", "risika", "ol hevi", "hevi", "ol birua",
        "ewu", "awon ewu", "ewu to le waye",
    ),
    K.COMMUNICATIONS: (
        "aholini xabardor qilish", "aholini ogohlantirish", "jamoatchilik bilan aloqa", "axborot", "kunning",
        "almenn kunning", "kunning til borgarnar", "samskifti", "conaltradh", "conaltradh poblach",
        "fiosrachadh don phoball", "fiosrachadh poblach", "ukwazisa umphakathi", "ukwazisa", "ezokuxhumana",
        "pahibalo", "pahibalo sa publiko", "impormasyon sa publiko", "fampahafantarana",
        "fampahafantarana ny vahoaka", "serasera", "toksave", "toksave long ol pipol", "ikede", "ikede fun araalu",
        "ibanisoro", "ifitonileti",
    ),
    K.NEXT_STEPS: (
        "keyingi qadamlar", "keyingi ishlar", "keyingi rejalar", "keyingi choralar", "navbatdagi vazifalar",
        "naestu stig",
        "naestu fet", "vidari arbeidi", "na h ath cheumannan", "ath cheumannan", "na h ath cheuman", "okulandelayo",
        "izinyathelo ezilandelayo", "sunod nga lakang", "sunod nga mga lakang", "sunod nga buhaton",
        "dingana manaraka", "asa manaraka", "hetsika manaraka", "nekis wok", "nekis step", "igbese to kan",
        "awon igbese to kan", "ohun to kan",
    ),
}  # fmt: skip
