"""Section names in Basque, Serbian (Latin), Luxembourgish, Haitian Creole, Somali, Māori, Kinyarwanda and
Azerbaijani, for the vocabulary (``sitroom.parse.vocabulary``).

A Basque town hall, a Serbian emergency staff, a Luxembourg commune, a Haitian civil protection office, a
Somali regional committee, a New Zealand emergency management group, a Rwandan district or an Azerbaijani
district executive name the parts of a report everyone names: the summary ("Laburpena", "Rezime", "Soo
koobid", "Whakarāpopototanga", "Incamake", "Xülasə"), the situation, the forecast, the impacts, the response,
the shelters, the staff and means, the costs, the risks, the public information and the next steps. The words
are compared folded as the vocabulary's are (lower case, no accents, the Azerbaijani "ə" read as "e").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
WIDE_WORLD: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("laburpena", "rezime", "soo koobid", "whakarapopototanga", "incamake", "xulase"),
    K.SITUATION: (
        "egoera orokorra", "egoera", "opsta situacija", "situacija na terenu", "lag", "aktuell lag", "sitiyasyon an",
        "sitiyasyon", "xaaladda guud", "xaaladda", "te ahuatanga o naianei", "uko ibintu bihagaze", "umumi veziyyet",
        "veziyyet",
    ),
    K.FORECAST: (
        "eguraldi iragarpena", "iragarpena", "prognoza", "wiederprognos", "previzyon meteyo", "previzyon",
        "saadaasha cimilada", "saadaasha", "matapae huarere", "iteganyagihe", "hidrometeoroloji proqnoz", "proqnoz",
    ),
    K.IMPACTS: (
        "eragina herritarrengan", "eragina", "posledice", "impakt", "enpak sou popilasyon an", "enpak",
        "saameynta bulshada", "saameynta", "nga panga", "ingaruka", "dasqinin neticeleri", "neticeler",
    ),
    K.RESPONSE: (
        "egindako lanak", "preduzete mere", "asatz", "repons", "jawaabta gargaarka", "jawaabta",
        "nga mahi urupare", "ibyakozwe", "gorulen tedbirler",
    ),
    K.ASSISTANCE: ("aterpea", "smestaj", "abri provizwa", "hoyga ku meel gaarka ah", "amacumbi"),
    K.WORKFORCE: (
        "giza baliabideak", "giza baliabideak eta materialak", "angazovane snage", "angazovane snage i sredstva",
        "resous imen", "shaqaalaha iyo kheyraadka", "shaqaalaha", "nga kaimahi", "abakozi n ibikoresho", "abakozi",
        "celb olunmus quvve ve vasiteler", "quvve ve vasiteler",
    ),
    K.FINANCE: ("kostuak", "troskovi", "kaschten", "kou", "kharashka", "nga utu", "amafaranga", "xercler"),
    K.RISKS: (
        "arriskuak", "arriskuak eta neurriak", "rizici", "risiken", "risk yo", "khataraha", "nga turaru",
        "ibyago", "ibyago bishobora kubaho", "riskler",
    ),
    K.COMMUNICATIONS: (
        "herritarrei informazioa", "informisanje javnosti", "kommunikatioun", "kominikasyon", "wargelinta dadweynaha",
        "whakapa atu", "itumanaho", "ehalinin melumatlandirilmasi", "melumatlandirma",
    ),
    K.NEXT_STEPS: (
        "hurrengo urratsak", "naredne aktivnosti", "nachst schrett", "pwochen etap", "tallaabooyinka xiga",
        "nga mahi e whai ake nei", "ibikurikiraho", "novbeti addimlar",
    ),
}  # fmt: skip
