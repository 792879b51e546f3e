"""Item ideas of four ``blind22_layouts`` publishers: an Uzbek regional seismological expedition's earthquake
report, a Faroese municipality's crisis group's storm briefing, a Hebridean community resilience group's storm
report in Scottish Gaelic and a KwaZulu-Natal local municipality's disaster management centre's flood report in
isiZulu (``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from … )" notes
are British English; ``blind22_layouts_content`` prints them in each publisher's conventions. The organisations are
named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

UZ_LEVELS = ("kuzatilmoqda", "ortib bormoqda", "endi yuqori", "endi juda yuqori")
FO_LEVELS = ("verður fylgdur", "veksur", "er nú stórur", "er nú álvarsamur")
GD_LEVELS = ("ga sgrùdadh", "a' dol am meud", "a-nis àrd", "a-nis fìor àrd")
ZU_LEVELS = ("iyaqashwa", "iyanda", "manje iphezulu", "manje isibucayi")

ZILZILA = Partner(
    "zilzila-uz",
    "Zilzila",
    ("Namangan kompleks seysmologik ekspeditsiyasi", "Andijon kompleks seysmologik ekspeditsiyasi",
     "Farg'ona kompleks seysmologik ekspeditsiyasi", "Toshkent kompleks seysmologik ekspeditsiyasi"),
    {},
    {
        "xulosa": [
            it("Zilziladan keyingi afershoklar soni kamayib bormoqda"),
            it("Zarar ko'rgan uylar soni: {uy}{uy.was}", uy="n 20 900"),
            it("Halok bo'lganlar yo'q, yengil jarohat olganlar tibbiy yordam oldi"),
        ],
        "holat": [
            it("So'nggi sutkada qayd etilgan afershoklar soni: {af}{af.was}", af="n 3 60"),
            it("Eng kuchli afershokning magnitudasi: {mag}", mag="n 3 5"),
        ],
        "prognoz": [
            it("Kuchsiz afershoklar yana bir necha kun davom etishi kutilmoqda"),
            it("Seysmik stansiyalar kuzatuvi {gacha} gacha kuchaytirilgan", gacha="date 1 4"),
        ],
        "oqibat": [
            it("Vaqtincha joylashtirilgan aholi: {aholi}{aholi.was}", aholi="n 50 3000"),
            it("Maktablarning binolari tekshiruvdan o'tkazilmoqda, yopilgan maktablar: {maktab}", maktab="n 1 15"),
            it("Gaz ta'minoti to'xtatilgan xonadonlar: {gaz}", gaz="n 20 2000"),
        ],
        "choralar": [
            it("Qutqaruvchilar vayron bo'lgan binolarni tekshirishni davom ettirmoqda"),
            it("Tarqatilgan chodirlar: {chodir}{chodir.was}", chodir="n 10 600"),
            it("Mobil shifoxona ishga tushirildi"),
        ],
        "kuchlar": [
            it("Jalb etilgan xodimlar: {xodim}{xodim.was}", xodim="n 40 900"),
            it("Jalb etilgan texnika birliklari: {texnika}", texnika="n 5 120"),
        ],
        "xarajat": [
            it("Favqulodda xarajatlar hozirgacha: {xarajat}{xarajat.was}", xarajat="money 40 800"),
            it("Zaxira jamg'armasidan mablag' ajratish so'raldi"),
        ],
        "risks": [
            risk("Shikastlangan binolar qulashi xavfi {trend}", levels=UZ_LEVELS,
                 mit=("xavfli binolar atrofi o'rab olindi va aholi ularga kiritilmayapti",)),
            risk("Tog' yonbag'irlarida ko'chki xavfi {trend}", levels=UZ_LEVELS,
                 mit=("yonbag'irlar har kuni kuzatilmoqda va yo'llar vaqtincha yopildi",)),
            risk("Chodirlarda yashovchilar orasida shamollash kasalliklari",
                 mit=("chodirlar isitgichlar bilan ta'minlanmoqda va shifokorlar navbatchilik qilmoqda",)),
        ],
        "aholi": [
            it("Aholi uchun ma'lumotlar televideniye va Telegram kanali orqali berilmoqda"),
            it("Ishonch telefoniga kelgan qo'ng'iroqlar: {qongiroq}{qongiroq.was}", qongiroq="n 20 900"),
        ],
        "keyingi": [
            it("Hukumat komissiyasining navbatdagi yig'ilishi: {yigilish}", yigilish="date 1 2"),
            it("Zarar ko'rgan uylarning muhandislik tekshiruvini yakunlash"),
        ],
    },
    {"xulosa": (2, 3), "holat": (1, 2), "prognoz": (1, 2), "oqibat": (1, 3), "choralar": (2, 3), "kuchlar": (1, 2),
     "xarajat": (1, 2), "risks": (1, 3), "aholi": (1, 2), "keyingi": (1, 2)},
    date(2025, 3, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ODN = Partner(
    "odn-fo",
    "Ódn",
    ("Tórshavnar kommuna", "Klaksvíkar kommuna", "Runavíkar kommuna", "Vága kommuna"),
    {},
    {
        "samandrattur": [
            it("Ódnin hevur gjørt stórar skaðar á hús og havnir í kommununi"),
            it("Hús uttan streym: {streym}{streym.was}", streym="n 20 2000"),
            it("Eingin hevur fingið álvarsligan skaða"),
        ],
        "stodan": [
            it("Vindurin er minkaður, men sjógvurin er enn høgur"),
            it("Vegir, sum eru stongdir: {vegir}{vegir.was}", vegir="n 1 20"),
        ],
        "vedur": [
            it("Veðurstovan varar við nýggjum stormi til {til}", til="date 1 3"),
            it("Væntandi er nógv regn og vindur upp í 30 m/s"),
        ],
        "avleidingar": [
            it("Skaddir bygningar: {bygn}{bygn.was}", bygn="n 5 300"),
            it("Ferðasambandið við Strandfaraskip Landsins er steðgað"),
            it("Skúlar, sum eru afturlatnir: {skular}", skular="n 1 9"),
        ],
        "tiltok": [
            it("Sløkkiliðið hevur hjálpt íbúgvum at tryggja tøk og vindeygu"),
            it("Ítróttarhøllin er opin sum neyðskýli"),
            it("Útflutt sandposar: {posar}{posar.was}", posar="n 100 3000"),
        ],
        "starvsfolk": [
            it("Starvsfólk og sjálvboðin í arbeiði: {folk}{folk.was}", folk="n 20 300"),
            it("Maskinur og bilar í arbeiði: {bilar}", bilar="n 3 40"),
        ],
        "kostnadur": [
            it("Útreiðslur til viðgerð higartil: {kostn}{kostn.was}", kostn="money 20 600"),
            it("Kommunan hevur biðið landið um stuðul"),
        ],
        "risks": [
            risk("Vandin fyri nýggjum flóði í havnarøkinum {trend}", levels=FO_LEVELS,
                 mit=("havnin verður eftirhugd dag og nátt og íbúgvar fáa SMS-boð",)),
            risk("Vandi fyri jarðskriðum á bygdarvegunum {trend}", levels=FO_LEVELS,
                 mit=("vegirnir eru stongdir og Landsverk kannar teir dagliga",)),
            risk("Drekkivatnið kann vera dálkað í niðurbýnum",
                 mit=("íbúgvar fáa flaskuvatn og vatnið verður kannað hvønn dag",)),
        ],
        "kunning": [
            it("Kunning verður løgd út á heimasíðu kommununnar og á Facebook"),
            it("Uppringingar til krepputelefonina: {ring}{ring.was}", ring="n 20 700"),
        ],
        "naestu": [
            it("Næsti fundur í kreppubólkinum: {fundur}", fundur="date 1 2"),
            it("Gera skaðametingar saman við tryggingarfeløgunum"),
        ],
    },
    {"samandrattur": (2, 3), "stodan": (1, 2), "vedur": (1, 2), "avleidingar": (1, 3), "tiltok": (2, 3),
     "starvsfolk": (1, 2), "kostnadur": (1, 2), "risks": (1, 3), "kunning": (1, 2), "naestu": (1, 2)},
    date(2025, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STOIRM = Partner(
    "stoirm-gd",
    "Stoirm",
    ("Buidheann Seasmhachd Bharraigh", "Buidheann Seasmhachd Uibhist a Deas", "Buidheann Seasmhachd Nis",
     "Buidheann Seasmhachd na Hearadh"),
    {},
    {
        "gearr": [
            it("Bhuail an stoirm air an eilean tron oidhche le gaoth làidir is tuiltean"),
            it("Dachaighean gun dealan: {dealan}{dealan.was}", dealan="n 20 1500"),
            it("Cha deach duine a ghoirteachadh gu dona"),
        ],
        "suidheachadh": [
            it("Tha an rathad mòr fosgailte a-rithist ach tha uisge air cuid de rathaidean beaga"),
            it("Rathaidean dùinte: {rathad}{rathad.was}", rathad="n 1 12"),
        ],
        "sid": [
            it("Tha rabhadh buidhe aig an Oifis Sìde gu {gu}", gu="date 1 3"),
            it("Thathar an dùil ri barrachd uisge agus gaoth bhon iar-dheas"),
        ],
        "buaidh": [
            it("Chaidh am bàta-aiseig a chur dheth a-rithist"),
            it("Dachaighean air am milleadh: {dachaigh}{dachaigh.was}", dachaigh="n 2 120"),
            it("Sgoiltean dùinte: {sgoil}", sgoil="n 1 6"),
        ],
        "gniomhan": [
            it("Tha saor-thoilich a' tadhal air seann daoine a tha nan aonar"),
            it("Tha talla a' bhaile fosgailte mar àite blàth le biadh teth"),
            it("Pocannan gainmhich air an sgaoileadh: {poca}{poca.was}", poca="n 50 1500"),
        ],
        "luchd": [
            it("Saor-thoilich an sàs: {saor}{saor.was}", saor="n 10 120"),
            it("Gineadairean air iasad bhon Chomhairle: {gin}", gin="n 1 15"),
        ],
        "cosgaisean": [
            it("Cosgaisean gu ruige seo: {cosg}{cosg.was}", cosg="money 2 60"),
            it("Chaidh iarrtas a chur chun na Comhairle airson taic"),
        ],
        "risks": [
            risk("Cunnart gum bi tuil eile aig àm làn-mara {trend}", levels=GD_LEVELS,
                 mit=("tha sinn a' cumail sùil air a' chladach agus a' cur fios gu dachaighean",)),
            risk("Cunnart do dhaoine so-leònte gun teas no biadh {trend}", levels=GD_LEVELS,
                 mit=("tha liosta de dhaoine so-leònte ga cumail agus thathar a' tadhal orra gach latha",)),
            risk("Dh'fhaodadh gun tèid stòrasan connaidh ìsleachadh",
                 mit=("tha sinn a' bruidhinn ris a' chompanaidh gus bàta a bharrachd fhaighinn",)),
        ],
        "conaltradh": [
            it("Tha fiosrachadh ga chur air Facebook agus air Radio nan Gàidheal"),
            it("Fiosan chun na loidhne-cuideachaidh: {fios}{fios.was}", fios="n 10 400"),
        ],
        "ath": [
            it("An ath choinneamh den bhuidheann: {coinneamh}", coinneamh="date 1 2"),
            it("Measadh a dhèanamh air a' mhilleadh le oifigearan na Comhairle"),
        ],
    },
    {"gearr": (2, 3), "suidheachadh": (1, 2), "sid": (1, 2), "buaidh": (1, 3), "gniomhan": (2, 3), "luchd": (1, 2),
     "cosgaisean": (1, 2), "risks": (1, 3), "conaltradh": (1, 2), "ath": (1, 2)},
    date(2025, 1, 27), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ZAMCOLO = Partner(
    "zamcolo-zu",
    "Izikhukhula",
    ("uMasipala waseMsunduzi", "uMasipala waseKwaDukuza", "uMasipala wase-uMhlathuze", "uMasipala waseRay Nkonyeni"),
    {},
    {
        "isifinyezo": [
            it("Izimvula ezinkulu zidale izikhukhula ezindaweni eziningi zikamasipala"),
            it("Imindeni ethintekile: {imindeni}{imindeni.was}", imindeni="n 20 2500"),
            it("Akekho oshonile okwamanje"),
        ],
        "isimo": [
            it("Amanzi emifuleni asehlile kodwa imigwaqo eminingi isavaliwe"),
            it("Imigwaqo evaliwe: {imigwaqo}{imigwaqo.was}", imigwaqo="n 2 40"),
        ],
        "izulu": [
            it("I-SAWS ikhiphe isexwayiso sezinga lesi-6 kuze kube ngu-{kuze}", kuze="date 1 3"),
            it("Kulindeleke ukuthi imvula iqhubeke emaphethelweni ogwini"),
        ],
        "umthelela": [
            it("Izindlu ezilimele: {izindlu}{izindlu.was}", izindlu="n 10 1200"),
            it("Amabhuloho amabili awasasebenzi emaphandleni"),
            it("Izikole ezivaliwe: {izikole}", izikole="n 1 25"),
        ],
        "izinyathelo": [
            it("Amaqembu okutakula akhiphe abantu ezindlini ezigcwele amanzi"),
            it("Amaholo omphakathi avuliwe njengezindawo zokukhosela"),
            it("Amaphasela okudla asatshalalisiwe: {amaphasela}{amaphasela.was}", amaphasela="n 50 3000"),
        ],
        "abasebenzi": [
            it("Abasebenzi namavolontiya abasemsebenzini: {abasebenzi}{abasebenzi.was}", abasebenzi="n 20 400"),
            it("Izimoto nemishini esetshenziswayo: {izimoto}", izimoto="n 3 60"),
        ],
        "izindleko": [
            it("Izindleko zosizo kuze kube manje: {izindleko}{izindleko.was}", izindleko="money 100 2000"),
            it("Umasipala ucele usizo kuHulumeni wesiFundazwe"),
        ],
        "risks": [
            risk("Ingozi yokuthi imifula iphinde igcwale {trend}", levels=ZU_LEVELS,
                 mit=("imifula iqashwa ubusuku nemini futhi izakhamuzi zixwayiswa ngomsakazo",)),
            risk("Ingozi yezifo ezibangelwa amanzi angcolile {trend}", levels=ZU_LEVELS,
                 mit=("kusatshalaliswa amanzi ahlanzekile namaphilisi okuhlanza amanzi",)),
            risk("Ukudilika komhlabathi emaqeleni asezintabeni",
                 mit=("imindeni esengozini isuswe futhi izindawo ziyahlolwa nsuku zonke",)),
        ],
        "ukwazisa": [
            it("Ulwazi lushicilelwa emsakazweni nasezinkundleni zokuxhumana zikamasipala"),
            it("Izingcingo ezifike esikhungweni: {izingcingo}{izingcingo.was}", izingcingo="n 20 900"),
        ],
        "okulandelayo": [
            it("Umhlangano olandelayo we-JOC: {umhlangano}", umhlangano="date 1 2"),
            it("Ukuhlola umonakalo ndawonye noMnyango Wezokuthutha"),
        ],
    },
    {"isifinyezo": (2, 3), "isimo": (1, 2), "izulu": (1, 2), "umthelela": (1, 3), "izinyathelo": (2, 3),
     "abasebenzi": (1, 2), "izindleko": (1, 2), "risks": (1, 3), "ukwazisa": (1, 2), "okulandelayo": (1, 2)},
    date(2025, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
