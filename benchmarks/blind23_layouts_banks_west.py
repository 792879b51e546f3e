"""Item ideas of four ``blind23_layouts`` publishers: a Malawian district council's civil protection committee's
flood report in Chichewa, a Nigerian state emergency management agency's flood report in Hausa, an Eastern Cape local
municipality's disaster management unit's storm report in isiXhosa and a Breton commune's storm report in Breton
(``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from … )" notes are British
English; ``blind23_layouts_content`` prints them in each publisher's conventions. The organisations are named after
real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

NY_LEVELS = ("ikuyang'aniridwa", "ikukwera", "tsopano ndi yaikulu", "tsopano ndi yoopsa kwambiri")
HA_LEVELS = ("ana sa ido", "yana ƙaruwa", "yanzu ya yi yawa", "yanzu yana da tsanani")
XH_LEVELS = ("iyabekwa esweni", "iyanda", "ngoku iphezulu", "ngoku ibucayi")
BR_LEVELS = ("dindan evezh", "war gresk", "bras bremañ", "grevus-tre bremañ")

MADZI = Partner(
    "madzi-ny",
    "Kusefukira kwa madzi",
    ("Khonsolo ya Boma la Nsanje", "Khonsolo ya Boma la Chikwawa", "Khonsolo ya Boma la Zomba",
     "Khonsolo ya Boma la Phalombe"),
    {},
    {
        "chidule": [
            it("Mvula yamphamvu yadzetsa kusefukira kwa madzi m'madera ambiri a boma"),
            it("Mabanja amene akhudzidwa: {mabanja}{mabanja.was}", mabanja="n 50 4000"),
            it("Palibe amene wamwalira mpaka pano"),
        ],
        "momwe": [
            it("Madzi a mumtsinje wa Shire ayamba kutsika koma misewu ina ikadali yotsekeka"),
            it("Misasa yomwe anthu akukhalamo: {misasa}{misasa.was}", misasa="n 2 40"),
        ],
        "nyengo": [
            it("Nthambi ya zanyengo yalengeza kuti mvula ipitirira mpaka {mpaka}", mpaka="date 1 3"),
            it("Mphepo yamphamvu ikuyembekezeka m'madera a m'mphepete mwa nyanja"),
        ],
        "zotsatira": [
            it("Nyumba zomwe zagwa: {nyumba}{nyumba.was}", nyumba="n 10 1500"),
            it("Mlatho wa pa msewu wa M1 wawonongeka ndipo magalimoto sakudutsa"),
            it("Sukulu zotsekedwa: {sukulu}", sukulu="n 1 25"),
        ],
        "zochitika": [
            it("Magulu opulumutsa anthu achotsa mabanja m'madera otsika"),
            it("Matumba a chimanga ogawidwa: {matumba}{matumba.was}", matumba="n 100 5000"),
            it("Chipatala choyenda chayamba kugwira ntchito pa msasa wa Bangula"),
        ],
        "ogwira": [
            it("Ogwira ntchito ndi odzipereka omwe ali pa ntchito: {ogwira}{ogwira.was}", ogwira="n 20 400"),
            it("Mabwato ndi magalimoto omwe akugwiritsidwa ntchito: {mabwato}", mabwato="n 2 30"),
        ],
        "ndalama": [
            it("Ndalama zomwe zagwiritsidwa ntchito mpaka pano: {ndalama}{ndalama.was}", ndalama="money 100 3000"),
            it("Khonsolo yapempha thandizo ku DoDMA"),
        ],
        "risks": [
            risk("Chiopsezo cha kusefukiranso kwa madzi {trend}", levels=NY_LEVELS,
                 mit=("mitsinje ikuyang'aniridwa usana ndi usiku ndipo anthu akuchenjezedwa pa wailesi",)),
            risk("Chiopsezo cha matenda a kolera m'misasa {trend}", levels=NY_LEVELS,
                 mit=("madzi aukhondo ndi mankhwala a klorini akugawidwa m'misasa yonse",)),
            risk("Kusowa kwa chakudya m'misasa ya kumidzi",
                 mit=("WFP ndi Red Cross akutumiza chakudya pa mabwato",)),
        ],
        "kudziwitsa": [
            it("Mauthenga akuulutsidwa pa wailesi ya MBC ndi Zodiak"),
            it("Mafoni omwe alandiridwa ku malo oyang'anira: {mafoni}{mafoni.was}", mafoni="n 20 900"),
        ],
        "kenako": [
            it("Msonkhano wotsatira wa DCPC: {msonkhano}", msonkhano="date 1 2"),
            it("Kuwunika kuwonongeka pamodzi ndi akatswiri a boma"),
        ],
    },
    {"chidule": (2, 3), "momwe": (1, 2), "nyengo": (1, 2), "zotsatira": (1, 3), "zochitika": (2, 3),
     "ogwira": (1, 2), "ndalama": (1, 2), "risks": (1, 3), "kudziwitsa": (1, 2), "kenako": (1, 2)},
    date(2025, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AMBALIYA = Partner(
    "ambaliya-ha",
    "Ambaliya",
    ("SEMA Jihar Jigawa", "SEMA Jihar Kano", "SEMA Jihar Katsina", "SEMA Jihar Sokoto"),
    {},
    {
        "takaitawa": [
            it("Ambaliyar ruwa ta shafi ƙauyuka da dama a ƙananan hukumomin jihar"),
            it("Iyalan da abin ya shafa: {iyali}{iyali.was}", iyali="n 50 5000"),
            it("Ba a samu asarar rai ba zuwa yanzu"),
        ],
        "hali": [
            it("Ruwan kogin Hadejia ya fara raguwa amma wasu hanyoyi har yanzu a rufe suke"),
            it("Sansanonin 'yan gudun hijira: {sansani}{sansani.was}", sansani="n 2 40"),
        ],
        "hasashe": [
            it("Hukumar NiMet ta yi hasashen ruwan sama mai yawa har zuwa {har}", har="date 1 3"),
            it("Ana sa ran sakin ruwa daga madatsar ruwa ta Tiga"),
        ],
        "illoli": [
            it("Gidajen da suka rushe: {gidaje}{gidaje.was}", gidaje="n 10 2000"),
            it("Gonakin shinkafa da dama sun nutse a cikin ruwa"),
            it("Makarantun da aka rufe: {makarantu}", makarantu="n 1 30"),
        ],
        "matakai": [
            it("Jami'an ceto sun kwashe mutane daga wuraren da ruwa ya mamaye"),
            it("Buhunan abinci da aka raba: {buhu}{buhu.was}", buhu="n 100 6000"),
            it("An kafa asibitin tafi-da-gidanka a sansanin Auyo"),
        ],
        "maaikata": [
            it("Ma'aikata da 'yan sa-kai da ke aiki: {maaikata}{maaikata.was}", maaikata="n 20 500"),
            it("Kwale-kwale da motocin da ake amfani da su: {kwale}", kwale="n 2 40"),
        ],
        "kudade": [
            it("Kuɗin da aka kashe zuwa yanzu: {kudi}{kudi.was}", kudi="money 100 4000"),
            it("Gwamnatin jiha ta amince da ƙarin kuɗin agaji"),
        ],
        "risks": [
            risk("Haɗarin sake ambaliya a yankunan da ke kusa da kogi {trend}", levels=HA_LEVELS,
                 mit=("ana lura da matakin ruwa dare da rana kuma ana gargaɗin jama'a ta rediyo",)),
            risk("Haɗarin ɓarkewar cutar kwalara a sansanoni {trend}", levels=HA_LEVELS,
                 mit=("ana raba ruwa mai tsafta da sinadarin tsaftace ruwa a dukkan sansanoni",)),
            risk("Ƙarancin abinci a sansanonin da ke nesa",
                 mit=("NEMA da Red Cross suna kai abinci ta kwale-kwale",)),
        ],
        "wayar": [
            it("Ana watsa sanarwa ta gidan rediyon Freedom da na jiha"),
            it("Kiran wayar da cibiyar ta karɓa: {kira}{kira.was}", kira="n 20 900"),
        ],
        "gaba": [
            it("Taron kwamitin agaji na gaba: {taro}", taro="date 1 2"),
            it("Tantance ɓarnar da ambaliyar ta yi tare da NEMA"),
        ],
    },
    {"takaitawa": (2, 3), "hali": (1, 2), "hasashe": (1, 2), "illoli": (1, 3), "matakai": (2, 3),
     "maaikata": (1, 2), "kudade": (1, 2), "risks": (1, 3), "wayar": (1, 2), "gaba": (1, 2)},
    date(2025, 8, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ISAQHWITHI = Partner(
    "isaqhwithi-xh",
    "Isaqhwithi",
    ("uMasipala waseMnquma", "uMasipala wase-Enoch Mgijima", "uMasipala waseKing Sabata Dalindyebo",
     "uMasipala wase-Ngqushwa"),
    {},
    {
        "isishwankathelo": [
            it("Isaqhwithi sibangele umonakalo omkhulu kwiindawo ezininzi zikamasipala"),
            it("Iintsapho ezichaphazelekayo: {iintsapho}{iintsapho.was}", iintsapho="n 20 2500"),
            it("Akukho mntu ubhubhileyo okwangoku"),
        ],
        "imeko": [
            it("Amanzi emilambo ayehla kodwa iindlela ezininzi zisavaliwe"),
            it("Iindlela ezivaliweyo: {iindlela}{iindlela.was}", iindlela="n 2 40"),
        ],
        "uqikelelo": [
            it("I-SAWS ikhuphe isilumkiso senqanaba lesi-5 kude kube ngu-{kude}", kude="date 1 3"),
            it("Kulindeleke ukuba ikhephu liwe kwiindawo eziphakamileyo"),
        ],
        "iimpembelelo": [
            it("Izindlu ezonakeleyo: {izindlu}{izindlu.was}", izindlu="n 10 1200"),
            it("Iibhulorho ezimbini azisasebenzi kwiindawo zasemaphandleni"),
            it("Izikolo ezivaliweyo: {izikolo}", izikolo="n 1 25"),
        ],
        "amanyathelo": [
            it("Amaqela ohlangulo akhuphe abantu kwizindlu ezizele ngamanzi"),
            it("Iiholo zoluntu zivuliwe njengeendawo zokuhlala okwethutyana"),
            it("Iipasile zokutya ezisasaziweyo: {iipasile}{iipasile.was}", iipasile="n 50 3000"),
        ],
        "abasebenzi": [
            it("Abasebenzi namavolontiya asemsebenzini: {abasebenzi}{abasebenzi.was}", abasebenzi="n 20 400"),
            it("Izithuthi noomatshini abasetyenziswayo: {izithuthi}", izithuthi="n 3 60"),
        ],
        "iindleko": [
            it("Iindleko zoncedo ukuza kuthi ga ngoku: {iindleko}{iindleko.was}", iindleko="money 100 2000"),
            it("Umasipala ucele uncedo kuRhulumente wePhondo"),
        ],
        "risks": [
            risk("Umngcipheko wokuba imilambo iphinde igcwale {trend}", levels=XH_LEVELS,
                 mit=("imilambo ijongwa imini nobusuku kwaye abahlali balunyukiswa ngonomathotholo",)),
            risk("Umngcipheko wezifo ezibangelwa ngamanzi angacocekanga {trend}", levels=XH_LEVELS,
                 mit=("kusasazwa amanzi acocekileyo neepilisi zokucoca amanzi",)),
            risk("Ukudilika komhlaba kwiinduli ezikufutshane nezindlu",
                 mit=("iintsapho ezisemngciphekweni zisusiwe kwaye iindawo zihlolwa yonke imihla",)),
        ],
        "unxibelelwano": [
            it("Ulwazi lupapashwa kunomathotholo nakumaqonga onxibelelwano lukamasipala"),
            it("Iminxeba efike kwiziko: {iminxeba}{iminxeba.was}", iminxeba="n 20 900"),
        ],
        "alandelayo": [
            it("Intlanganiso elandelayo ye-JOC: {intlanganiso}", intlanganiso="date 1 2"),
            it("Ukuvavanya umonakalo kunye neSebe lezoThutho"),
        ],
    },
    {"isishwankathelo": (2, 3), "imeko": (1, 2), "uqikelelo": (1, 2), "iimpembelelo": (1, 3),
     "amanyathelo": (2, 3), "abasebenzi": (1, 2), "iindleko": (1, 2), "risks": (1, 3), "unxibelelwano": (1, 2),
     "alandelayo": (1, 2)},
    date(2025, 6, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BARR_AMZER = Partner(
    "barr-amzer-br",
    "Barr-amzer",
    ("Kumun Plougastell-Daoulaz", "Kumun Karaez-Plougêr", "Kumun Montroulez", "Kumun Gwengamp"),
    {},
    {
        "berradenn": [
            it("Tremenet eo ar barr-amzer dreist ar gumun e-pad an noz"),
            it("Tiez hep tredan: {tredan}{tredan.was}", tredan="n 20 2500"),
            it("Den n'eo bet gloazet grevus"),
        ],
        "stad": [
            it("Digoret eo an hentoù bras en-dro met gwez zo c'hoazh a-dreuz war hentoù bihan"),
            it("Hentoù serret: {hent}{hent.was}", hent="n 1 20"),
        ],
        "diougan": [
            it("Evezh orañjez Météo-France betek {betek}", betek="date 1 3"),
            it("Glav ha avel greñv eus ar c'hornôg a zo gortozet"),
        ],
        "levezon": [
            it("Tiez gaouiet: {tiez}{tiez.was}", tiez="n 2 200"),
            it("Serret eo ar porzh d'ar bagoù bihan"),
            it("Skolioù serret: {skol}", skol="n 1 8"),
        ],
        "oberou": [
            it("Ar pomperien o deus skoazellet an annezidi da warezañ o zoennoù"),
            it("Digor eo ar sal lieskoazell evel repu"),
            it("Seier traezh rannet: {seier}{seier.was}", seier="n 50 2000"),
        ],
        "tud": [
            it("Implijidi ha tud a-youl-vat war al labour: {tud}{tud.was}", tud="n 10 150"),
            it("Kirri ha mekanikoù implijet: {karr}", karr="n 2 30"),
        ],
        "koustou": [
            it("Koustoù betek-henn: {koust}{koust.was}", koust="money 10 400"),
            it("Goulennet eo bet anaout stad a reuzeudigezh naturel"),
        ],
        "risks": [
            risk("Dañjer beuzidigezh nevez en takad ar porzh {trend}", levels=BR_LEVELS,
                 mit=("evezhiet eo ar porzh noz-deiz ha kelaouet eo an annezidi dre SMS",)),
            risk("Dañjer evit an dud bresk hep tredan {trend}", levels=BR_LEVELS,
                 mit=("gweladennet eo an dud bresk bemdez gant ar CCAS",)),
            risk("Gwez a c'hallfe kouezhañ war an hentoù",
                 mit=("troc'het eo ar gwez gwanaet gant skipailhoù ar gumun",)),
        ],
        "kelaouin": [
            it("Kelaouet eo an dud dre lec'hienn ar gumun ha PanneauPocket"),
            it("Galvoù d'an niverenn skoazell: {galv}{galv.was}", galv="n 10 500"),
        ],
        "pazennou": [
            it("Emvod a-benn ar gellig enkadenn: {emvod}", emvod="date 1 2"),
            it("Priziañ ar gwallerezhioù gant an asurañsoù"),
        ],
    },
    {"berradenn": (2, 3), "stad": (1, 2), "diougan": (1, 2), "levezon": (1, 3), "oberou": (2, 3), "tud": (1, 2),
     "koustou": (1, 2), "risks": (1, 3), "kelaouin": (1, 2), "pazennou": (1, 2)},
    date(2025, 2, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
