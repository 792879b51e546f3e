"""Section names in Lithuanian, Latvian, Slovak, Icelandic, Maltese, Albanian, Malay and Afrikaans, for the
vocabulary (``sitroom.parse.vocabulary``).

A Lithuanian district's administration, a Latvian municipality, a Slovak district office, Icelandic civil
protection, a Maltese local council, an Albanian prefecture, a Malaysian district office or a South African
municipality name the parts of a report everyone names: the summary ("Santrauka", "Kopsavilkums", "Súhrn",
"Yfirlit", "Sommarju", "Përmbledhje", "Ringkasan", "Opsomming"), the situation, the forecast, the impacts, the
response, the shelters and aid, the staff and means, the costs, the risks, the public information and the next
steps. The words are compared folded as the vocabulary's are (lower case, no accents; the Icelandic "ð" read
as "d", "þ" as "th" and "æ" as "ae"; the Maltese "ħ" as "h").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
NORTH_SOUTH: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "santrauka", "svarbiausia informacija", "svarbiausia", "kopsavilkums", "suhrn", "yfirlit", "samantekt",
        "sommarju", "permbledhje", "opsomming", "hlavne informacie", "najdolezitejsie informacie",
    ),
    K.SITUATION: (
        "bendra situacija", "padetis", "esama padetis", "situacija", "situacijas apraksts", "situacija",
        "hydrologicka situacia",
        "aktualna situacia", "stada", "stada maala", "sitwazzjoni", "situata", "situata aktuale",
        "situata hidrologjike", "status semasa", "keadaan semasa", "situasi semasa", "huidige situasie", "situasie",
    ),
    K.FORECAST: (
        "prognoze", "hidrometeorologine prognoze", "orų prognoze", "oru prognoze", "laika prognoze", "prognoza",
        "predpoved", "vedurspa", "spa", "tbassir", "parashikimi", "parashikimi i motit", "ramalan cuaca", "ramalan",
        "weervooruitsig", "vooruitsig",
    ),
    K.IMPACTS: (
        "padariniai", "padariniai gyventojams", "poveikis", "ietekme", "ietekme uz iedzivotajiem", "dopady",
        "dopady na obyvatelstvo", "skody", "ahrif", "ahrif a ibua", "impatt", "impatt fuq ir residenti", "demet",
        "demet dhe pasojat", "pasojat", "kesan", "kesan kepada infrastruktur", "impak", "impak op gemeenskappe",
        "skade",
    ),
    K.RESPONSE: (
        "atlikti darbai", "veiksmai", "veiktie pasakumi", "adgerdir", "vidbrogd",
        "azzjonijiet mehuda", "azzjonijiet", "masat e marra", "tindakan agensi", "tindakan", "reaksie",
        "optrede",
    ),
    K.ASSISTANCE: (
        "pagalba", "palidziba", "pomoc", "adstod", "ghajnuna", "ndihma", "pusat pemindahan sementara",
        "pusat pemindahan", "bantuan", "noodhulp", "hulp", "servizz lill konsumaturi", "servizz lill klijenti",
    ),
    K.WORKFORCE: (
        "pajegos", "pajegos ir istekliai", "iesaistitie speki", "speki un lidzekli", "nasadene sily",
        "sily a prostriedky", "mannafli", "mannafli og bunadur", "haddiema", "haddiema u rizorsi", "forcat",
        "forcat e angazhuara", "anggota", "personeel", "personeel en hulpbronne",
    ),
    K.FINANCE: (
        "islaidos", "izmaksas", "naklady", "kostnadur", "spejjez", "shpenzimet", "kos", "perbelanjaan", "koste",
    ),
    K.RISKS: (
        "rizikos", "rizikos ir ju valdymo priemones", "riski", "riski un to mazinasanas pasakumi", "rizika",
        "ahaettur", "ahaetta", "riskji", "riskju", "rreziqet", "rreziku", "risiko", "risiko s", "risikos",
    ),
    K.COMMUNICATIONS: (
        "gyventoju informavimas", "informavimas", "sabiedribas informesana", "informesana",
        "informovanie verejnosti", "upplysingamidlun", "upplysingar til almennings", "komunikazzjoni",
        "informimi i publikut", "informimi", "hebahan kepada orang awam", "hebahan", "kommunikasie",
    ),
    K.NEXT_STEPS: (
        "tolesni veiksmai", "planuojami veiksmai", "turpmaka riciba", "dalsi postup", "naestu skref", "passi li jmiss",
        "hapat e metejshem", "tindakan seterusnya", "volgende stappe",
    ),
}  # fmt: skip
