"""Item ideas of four ``blind22_layouts`` publishers: a Cebuano municipal disaster risk reduction and management
office's typhoon report, a Malagasy regional risk and disaster management committee's cyclone report, a Papua New
Guinean provincial disaster centre's flood report in Tok Pisin and a Nigerian state emergency management agency's
volunteer desk's flood note in Yoruba (``blind5_layouts_content`` explains the slots). The generator's figures,
dates and "(up from … )" notes are British English; ``blind22_layouts_content`` prints them in each publisher's
conventions. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

CEB_LEVELS = ("gibantayan", "nagkataas", "taas na karon", "kritikal na karon")
MG_LEVELS = ("arahina", "mitombo", "ambony izao", "tena ambony izao")
TPI_LEVELS = ("mipela i wasim", "i go antap", "i bikpela nau", "i strong tumas nau")
YO_LEVELS = ("là ń ṣọ́", "ń pọ̀ sí i", "ti ga báyìí", "ti le gan-an báyìí")

BAGYO = Partner(
    "bagyo-ceb",
    "Bagyo",
    ("MDRRMO Dalaguete", "MDRRMO Argao", "MDRRMO Moalboal", "MDRRMO Barili"),
    {},
    {
        "katingbanan": [
            it("Milabay ang bagyo sa habagatang bahin sa lungsod kagabii"),
            it("Mga pamilya sa evacuation center: {pamilya}{pamilya.was}", pamilya="n 20 1500"),
            it("Walay narekord nga namatay hangtod karon"),
        ],
        "kahimtang": [
            it("Mibaw-ing na ang tubig sa suba apan baha pa gihapon sa ubos nga mga barangay"),
            it("Mga barangay nga apektado: {brgy}{brgy.was}", brgy="n 2 30"),
        ],
        "panahon": [
            it("Ang PAGASA nagpadayon sa Signal No. 1 hangtod {hangtod}", hangtod="date 1 3"),
            it("Gidili gihapon ang paglawig sa gagmay nga mga sakayan"),
        ],
        "epekto": [
            it("Mga balay nga naguba: {balay}{balay.was}", balay="n 5 400"),
            it("Sirado ang national highway tungod sa landslide sa Barangay Tapon"),
            it("Mga eskwelahan nga sirado: {eskwela}", eskwela="n 1 20"),
        ],
        "evacuation": [
            it("Bukas nga evacuation center: {ec}; mga tawo sa sulod: {tawo}", ec="n 2 25", tawo="n 50 5000"),
            it("Gihatagan og mainit nga pagkaon ang mga evacuee kaduha sa usa ka adlaw"),
        ],
        "pagtubag": [
            it("Ang mga rescue team nag-evacuate sa mga pamilya sa baybayon"),
            it("Mga family food pack nga naapod-apod: {ffp}{ffp.was}", ffp="n 100 4000"),
            it("Ang Emergency Operations Center naglihok 24 oras"),
        ],
        "personahe": [
            it("Mga personahe ug volunteer nga gi-deploy: {pers}{pers.was}", pers="n 20 300"),
            it("Mga sakyanan ug rescue boat: {sakyanan}", sakyanan="n 2 30"),
        ],
        "risks": [
            risk("Peligro sa landslide sa mga bukid nga barangay {trend}", levels=CEB_LEVELS,
                 mit=("gi-preemptive evacuate ang mga pamilya ug gibantayan ang mga bakilid",)),
            risk("Peligro sa sakit sa mga evacuation center {trend}", levels=CEB_LEVELS,
                 mit=("ang RHU nagpahigayon og check-up ug nag-apod-apod og hygiene kit",)),
            risk("Kakulang sa limpyo nga tubig sa mga isla",
                 mit=("nagpadala og tubig pinaagi sa bangka ang lungsod",)),
        ],
        "pahibalo": [
            it("Ang mga update gipost sa Facebook page ug gisibya sa lokal nga radyo"),
            it("Mga tawag sa hotline: {tawag}{tawag.was}", tawag="n 20 800"),
        ],
        "sunod": [
            it("Sunod nga PDRA meeting: {meeting}", meeting="date 1 2"),
            it("Rapid damage assessment uban sa MSWDO ug MEO"),
        ],
    },
    {"katingbanan": (2, 3), "kahimtang": (1, 2), "panahon": (1, 2), "epekto": (1, 3), "evacuation": (1, 2),
     "pagtubag": (2, 3), "personahe": (1, 2), "risks": (1, 3), "pahibalo": (1, 2), "sunod": (1, 2)},
    date(2025, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RIVODOZA = Partner(
    "rivodoza-mg",
    "Rivodoza",
    ("CRGRC Atsinanana", "CRGRC Analanjirofo", "CRGRC Vatovavy", "CRGRC Atsimo Atsinanana"),
    {},
    {
        "famintinana": [
            it("Nandalo teo amin'ny faritra ny rivodoza ka nahatonga tondra-drano"),
            it("Olona traboina: {traboina}{traboina.was}", traboina="n 100 9000"),
            it("Tsy misy olona maty voatatitra hatramin'izao"),
        ],
        "toejavatra": [
            it("Mbola rakotra rano ny tanimbary any amin'ny lemaka"),
            it("Kaominina voakasika: {kaominina}{kaominina.was}", kaominina="n 2 40"),
        ],
        "toetrandro": [
            it("Nanambara fampitandremana mavo ny Meteo Madagasikara hatramin'ny {hatramin}", hatramin="date 1 3"),
            it("Andrasana ny orana mivatravatra any amin'ny morontsiraka"),
        ],
        "fiantraikany": [
            it("Trano rava: {trano}{trano.was}", trano="n 10 900"),
            it("Tapaka ny lalam-pirenena noho ny fihotsahan'ny tany"),
            it("Sekoly mikatona: {sekoly}", sekoly="n 1 40"),
        ],
        "fandraisana": [
            it("Nafindra tany amin'ny toerana azo antoka ireo fianakaviana amoron-drano"),
            it("Kitapo ara-pahadiovana nozaraina: {kitapo}{kitapo.was}", kitapo="n 50 3000"),
            it("Miasa andro aman'alina ny foibe fandrindrana"),
        ],
        "mpiasa": [
            it("Mpiasa sy mpilatsaka an-tsitrapo: {mpiasa}{mpiasa.was}", mpiasa="n 20 500"),
            it("Fiara sy lakana ampiasaina: {fiara}", fiara="n 2 40"),
        ],
        "fandaniana": [
            it("Fandaniana hatramin'izao: {fandaniana}{fandaniana.was}", fandaniana="money 20 600"),
            it("Nangataka fanampiana tamin'ny BNGRC ny faritra"),
        ],
        "risks": [
            risk("Mety hiakatra indray ny renirano {trend}", levels=MG_LEVELS,
                 mit=("arahi-maso isan'ora ny haavon'ny rano ary ampitandremana ny mponina",)),
            risk("Loza ateraky ny aretina kolera ao amin'ireo toerana fialofana {trend}", levels=MG_LEVELS,
                 mit=("zaraina ny Sur'Eau ary manao fanentanana ara-pahasalamana",)),
            risk("Tsy fahampian'ny sakafo any amin'ireo kaominina mitoka-monina",
                 mit=("entina amin'ny angidimby ny vary sy ny menaka",)),
        ],
        "fampahafantarana": [
            it("Ampielezina amin'ny radio sy amin'ny Facebook ny hafatra fiarovana"),
            it("Antso tamin'ny laharana maika: {antso}{antso.was}", antso="n 20 800"),
        ],
        "dingana": [
            it("Fivoriana manaraka ny komity: {fivoriana}", fivoriana="date 1 2"),
            it("Fanombanana ny fahavoazana miaraka amin'ny minisitera"),
        ],
    },
    {"famintinana": (2, 3), "toejavatra": (1, 2), "toetrandro": (1, 2), "fiantraikany": (1, 3),
     "fandraisana": (2, 3), "mpiasa": (1, 2), "fandaniana": (1, 2), "risks": (1, 3), "fampahafantarana": (1, 2),
     "dingana": (1, 2)},
    date(2025, 2, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WARA = Partner(
    "wara-tpi",
    "Bikpela Wara",
    ("East Sepik Provincial Disaster Centre", "Morobe Provincial Disaster Centre", "Madang Provincial Disaster Centre",
     "Enga Provincial Disaster Centre"),
    {},
    {
        "poin": [
            it("Bikpela wara i bagarapim ol ples klostu long wara Sepik"),
            it("Namba bilong ol manmeri i lusim haus: {lusim}{lusim.was}", lusim="n 50 6000"),
            it("I no gat ripot long man i dai yet"),
        ],
        "situesen": [
            it("Wara i go daun liklik tasol planti gaden i stap aninit long wara"),
            it("Namba bilong ol ples wara i kamap long en: {ples}{ples.was}", ples="n 2 60"),
        ],
        "weda": [
            it("NWS i tok ren bai i stap i go inap {inap}", inap="date 1 3"),
            it("Ol i tok bai wara i ken kamap gen long ol liklik wara"),
        ],
        "bagarap": [
            it("Namba bilong ol haus i bagarap: {haus}{haus.was}", haus="n 10 800"),
            it("Rot i go long Maprik i pas long graun i pundaun"),
            it("Namba bilong ol skul i pas: {skul}", skul="n 1 30"),
        ],
        "wok": [
            it("Ol polis na ol volantia i halivim ol manmeri long kisim ol i go long hap i drai"),
            it("Namba bilong ol basket kaikai mipela i tilim: {kaikai}{kaikai.was}", kaikai="n 50 3000"),
            it("Emergency Operations Centre i op 24 aua"),
        ],
        "wokman": [
            it("Namba bilong ol wokman na volantia: {wokman}{wokman.was}", wokman="n 20 300"),
            it("Namba bilong ol kar na bot: {bot}", bot="n 2 40"),
        ],
        "mani": [
            it("Mani i go pinis long rispons i kam nau: {mani}{mani.was}", mani="money 20 500"),
            it("Provins i askim NDC long halivim long mani"),
        ],
        "risks": [
            risk("Hevi long wara i ken kamap gen {trend}", levels=TPI_LEVELS,
                 mit=("ol wokman i lukautim wara long olgeta de na givim toksave long ol ples",)),
            risk("Sik long pekpek wara long ol kemp {trend}", levels=TPI_LEVELS,
                 mit=("ol helt wokman i givim marasin na tok save long klin wara",)),
            risk("I no gat inap klin wara long ol ples i stap longwe",
                 mit=("mipela i salim wara long bot na helikopta",)),
        ],
        "toksave": [
            it("Mipela i givim toksave long NBC redio na long Facebook"),
            it("Namba bilong ol kol i kam long hotlain: {kol}{kol.was}", kol="n 20 700"),
        ],
        "nekis": [
            it("Nekis miting bilong PDC: {miting}", miting="date 1 2"),
            it("Skelim bagarap wantaim ol wokman bilong Works"),
        ],
    },
    {"poin": (2, 3), "situesen": (1, 2), "weda": (1, 2), "bagarap": (1, 3), "wok": (2, 3), "wokman": (1, 2),
     "mani": (1, 2), "risks": (1, 3), "toksave": (1, 2), "nekis": (1, 2)},
    date(2025, 3, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

IKUNOMI = Partner(
    "ikunomi-yo",
    "Ìkún-omi",
    ("SEMA Ìpínlẹ̀ Ọ̀yọ́", "SEMA Ìpínlẹ̀ Ògùn", "SEMA Ìpínlẹ̀ Ọ̀ṣun", "SEMA Ìpínlẹ̀ Èkìtì"),
    {},
    {
        "akotan": [
            it("Òjò ńlá tó rọ̀ ní alẹ́ ànà fa ìkún-omi ní àwọn àdúgbò púpọ̀"),
            it("Iye àwọn ènìyàn tí ìkún-omi kàn: {eniyan}{eniyan.was}", eniyan="n 100 8000"),
            it("Kò sí ẹni tó kú títí di báyìí"),
        ],
        "ipo": [
            it("Omi ti ń fà sẹ́yìn ṣùgbọ́n àwọn ọ̀nà kan ṣì wà lábẹ́ omi"),
            it("Iye àwọn àdúgbò tí omi bò: {adugbo}{adugbo.was}", adugbo="n 2 40"),
        ],
        "asotele": [
            it("NiMet sọ pé òjò yóò máa rọ̀ títí di {titi}", titi="date 1 3"),
            it("Omi odò lè tún ga sí i ní àwọn ibi tó wà nísàlẹ̀"),
        ],
        "ipa": [
            it("Iye ilé tó bàjẹ́: {ile}{ile.was}", ile="n 10 900"),
            it("Afárá tó so àwọn àdúgbò méjì pọ̀ ti wó"),
            it("Iye àwọn ilé-ìwé tí a tì: {ileiwe}", ileiwe="n 1 25"),
        ],
        "igbese": [
            it("Àwọn òṣìṣẹ́ ìgbàlà ti kó àwọn ènìyàn kúrò ní ilé tí omi yí ká"),
            it("A ti ṣí gbọ̀ngàn ìlú gẹ́gẹ́ bí ibùdó ààbò"),
            it("Iye àpò oúnjẹ tí a pín: {apo}{apo.was}", apo="n 50 3000"),
        ],
        "osise": [
            it("Iye òṣìṣẹ́ àti olùyọ̀ǹda ara ẹni: {osise}{osise.was}", osise="n 20 400"),
            it("Iye ọkọ̀ àti ọkọ̀ ojú omi tí a ń lò: {oko}", oko="n 2 40"),
        ],
        "inawo": [
            it("Ìnáwó títí di báyìí: {inawo}{inawo.was}", inawo="money 20 800"),
            it("Ìpínlẹ̀ ti béèrè ìrànlọ́wọ́ lọ́wọ́ NEMA"),
        ],
        "risks": [
            risk("Ewu kí omi tún kún padà {trend}", levels=YO_LEVELS,
                 mit=("à ń ṣọ́ odò lójoojúmọ́ a sì ń kìlọ̀ fún àwọn ará àdúgbò",)),
            risk("Ewu àrùn onígbáméjì ní àwọn ibùdó ààbò {trend}", levels=YO_LEVELS,
                 mit=("à ń pín omi mímu tó mọ́ àti oògùn ìfọmọ́ omi",)),
            risk("Ilé tó ti bàjẹ́ lè wó lu àwọn ènìyàn",
                 mit=("a ti kìlọ̀ fún àwọn olùgbé láti kúrò nínú àwọn ilé náà",)),
        ],
        "ikede": [
            it("À ń ṣe ìkéde lórí rédíò àti lórí WhatsApp"),
            it("Iye ìpè sí nọ́mbà pàjáwìrì: {ipe}{ipe.was}", ipe="n 20 900"),
        ],
        "tokan": [
            it("Ìpàdé tó kàn: {ipade}", ipade="date 1 2"),
            it("Ṣíṣe àyẹ̀wò ìbàjẹ́ pẹ̀lú àwọn onímọ̀ ẹ̀rọ ìpínlẹ̀"),
        ],
    },
    {"akotan": (2, 3), "ipo": (1, 2), "asotele": (1, 2), "ipa": (1, 3), "igbese": (2, 3), "osise": (1, 2),
     "inawo": (1, 2), "risks": (1, 3), "ikede": (1, 2), "tokan": (1, 2)},
    date(2025, 6, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
