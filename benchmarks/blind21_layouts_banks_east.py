"""Item ideas of four ``blind21_layouts`` publishers: a Somali regional response committee's flood report, a New
Zealand emergency management group's cyclone report (New Zealand English with te reo Māori words, under headings in
both languages), a Rwandan district's report on floods and landslides in Kinyarwanda and an Azerbaijani district
executive authority's flood report (``blind5_layouts_content`` explains the slots). ``blind21_layouts_content``
prints the figures in each publisher's conventions. The organisations are named after real kinds of body; the
places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SO_LEVELS = ("waa la la socdaa", "way sii kordhaysaa", "hadda waa sare", "hadda waa halis")
MI_LEVELS = ("is being monitored", "is rising", "is now high", "is now critical")
RW_LEVELS = ("birakurikiranwa", "biriyongera", "ubu biri hejuru", "ubu birakomeye")
AZ_LEVELS = ("izlənilir", "artır", "hazırda yüksəkdir", "hazırda kritikdir")

FATAHAAD = Partner(
    "fatahaad-so",
    "Fatahaad",
    ("Guddiga Gurmadka Gobolka Hiiraan", "Guddiga Gurmadka Gobolka Shabeellaha Dhexe",
     "Guddiga Gurmadka Gobolka Gedo", "Guddiga Gurmadka Gobolka Jubbada Hoose"),
    {},
    {
        "kooban": [
            it("Webiga ayaa fatahay oo biyo ayaa galay qaybo ka mid ah magaalada"),
            it("Tirada dadka barakacay: {bar}{bar.was}", bar="n 100 9000"),
            it("Wax dhimasho ah lama soo sheegin ilaa hadda"),
        ],
        "xaalad": [
            it("Heerka biyaha webiga: {cm} cm ka sarreeya heerka khatarta", cm="n 5 150"),
            it("Tirada tuulooyinka biyuhu galeen: {tuulo}{tuulo.was}", tuulo="n 2 60"),
        ],
        "saadaal": [
            it("SWALIM waxay digniin ka bixisay roobab culus ilaa {ilaa}", ilaa="date 1 3"),
            it("Biyaha webiga waxaa la filayaa inay sii kordhaan"),
        ],
        "saameyn": [
            it("Tirada guryaha burburay: {guri}", guri="n 10 900"),
            it("Waddada isku xirta magaalada iyo caasimadda waa go'an tahay"),
            it("Tirada dugsiyada xiran: {dugsi}{dugsi.was}", dugsi="n 1 40"),
        ],
        "gargaar": [
            it("Doomaha gurmadka ayaa dadka ka soo saaray xaafadaha hoose"),
            it("Tirada qoysaska helay gargaar cunto: {qoys}{qoys.was}", qoys="n 50 4000"),
            it("Xeryo ku meel gaar ah ayaa laga furay dhulka sare"),
        ],
        "shaqaale": [
            it("Tirada shaqaalaha iyo mutadawiciinta: {sh}{sh.was}", sh="n 20 500"),
            it("Tirada gaadiidka iyo doomaha: {gaadiid}", gaadiid="n 2 50"),
        ],
        "kharash": [
            it("Kharashka gurmadka ilaa hadda: {kh}{kh.was}", kh="money 20 400"),
            it("Guddigu wuxuu codsi gargaar u diray SoDMA"),
        ],
        "risks": [
            risk("Khatarta shubanka biyaha ee xeryaha {trend}", levels=SO_LEVELS,
                 mit=("biyo la nadiifiyay ayaa la qaybiyaa oo musqulo ku meel gaar ah ayaa la dhisay",)),
            risk("Khatarta in webigu mar kale fataho {trend}", levels=SO_LEVELS,
                 mit=("kiishash ciid ah ayaa la dhigay oo dadka hoose waa loo digay",)),
            risk("Yaraanta biyaha la cabbo ee xeryaha",
                 mit=("biyo la nadiifiyay ayaa booyado lagu keenayaa maalin kasta",)),
        ],
        "war": [
            it("Digniinaha waxaa lagu baahiyaa raadiyaha maxalliga ah iyo WhatsApp"),
            it("Wicitaannada khadka degdegga: {wac}{wac.was}", wac="n 20 900"),
        ],
        "tallaabo": [
            it("Kulanka xiga ee guddiga: {kulan}", kulan="date 1 2"),
            it("Qiimeynta khasaaraha beeraha iyo xoolaha"),
        ],
    },
    {"kooban": (2, 3), "xaalad": (1, 2), "saadaal": (1, 2), "saameyn": (1, 3), "gargaar": (2, 3),
     "shaqaale": (1, 2), "kharash": (1, 2), "risks": (1, 3), "war": (1, 2), "tallaabo": (1, 2)},
    date(2025, 11, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AWHIOWHIO = Partner(
    "awhiowhio-mi",
    "Cyclone",
    ("Tairāwhiti Emergency Management", "Hawke's Bay Civil Defence", "Northland Civil Defence",
     "Whanganui Emergency Management"),
    {},
    {
        "summary": [
            it("A local state of emergency remains in place across the district"),
            it("Households evacuated: {evac}{evac.was}", evac="n 20 1500"),
            it("Marae opened as welfare centres: {marae}", marae="n 1 12"),
        ],
        "situation": [
            it("River levels are falling but remain above the alarm level"),
            it("Roads closed: {roads}{roads.was}", roads="n 2 60"),
        ],
        "outlook": [
            it("MetService has a heavy rain watch in place until {until}", until="date 1 3"),
            it("Strong winds are expected along the coast overnight"),
        ],
        "impacts": [
            it("Properties without power: {power}{power.was}", power="n 50 9000"),
            it("The water treatment plant is running on a reduced supply"),
            it("Schools closed: {schools}", schools="n 1 30"),
        ],
        "response": [
            it("Fire and Emergency and NZDF are helping with evacuations from low-lying areas"),
            it("Welfare needs assessments completed: {assess}{assess.was}", assess="n 20 900"),
            it("Iwi and hapū are running kai distribution from local marae"),
        ],
        "workforce": [
            it("Staff in the Emergency Coordination Centre: {ecc}{ecc.was}", ecc="n 10 120"),
            it("Volunteers registered through the Student Volunteer Army: {sva}", sva="n 10 400"),
        ],
        "costs": [
            it("Response costs to date: {cost}{cost.was}", cost="money 50 900"),
            it("A claim has been lodged with NEMA for Government support"),
        ],
        "risks": [
            risk("Risk of further slips on rural roads {trend}", levels=MI_LEVELS,
                 mit=("geotechnical engineers inspect slopes daily and roads are closed when needed",)),
            risk("Contamination of drinking water in rural supplies",
                 mit=("a boil water notice is in place and tankers supply clean water",)),
            risk("Risk of stopbank failure on the lower river {trend}", levels=MI_LEVELS,
                 mit=("stopbanks are patrolled every two hours and sandbags are ready",)),
        ],
        "comms": [
            it("Updates are posted on the Civil Defence Facebook page and on iwi radio"),
            it("Calls to the freephone line: {calls}{calls.was}", calls="n 20 900"),
        ],
        "next": [
            it("Next ECC briefing: {brief}", brief="date 1 2"),
            it("Transition to recovery to be planned with the Recovery Manager"),
        ],
    },
    {"summary": (2, 3), "situation": (1, 2), "outlook": (1, 2), "impacts": (1, 3), "response": (2, 3),
     "workforce": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 2, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

IBIZA = Partner(
    "ibiza-rw",
    "Ibiza",
    ("Akarere ka Ngororero", "Akarere ka Rubavu", "Akarere ka Nyabihu", "Akarere ka Musanze"),
    {},
    {
        "incamake": [
            it("Imvura nyinshi yateje imyuzure n'inkangu mu mirenge itandukanye"),
            it("Abantu bavanywe mu byabo: {bav}{bav.was}", bav="n 20 3000"),
            it("Nta muntu wapfuye wamenyekanye kugeza ubu"),
        ],
        "uko": [
            it("Umugezi wuzuye ukarenga inkombe mu bice bimwe"),
            it("Imirenge yibasiwe: {imirenge}", imirenge="n 1 12"),
        ],
        "iteganyagihe": [
            it("Meteo Rwanda iteganya imvura nyinshi kugeza ku wa {kugeza}", kugeza="date 1 3"),
            it("Abaturage batuye mu manegeka barasabwa kwimuka"),
        ],
        "ingaruka": [
            it("Inzu zasenyutse: {inzu}{inzu.was}", inzu="n 5 600"),
            it("Hegitari z'imyaka zangiritse: {ha}", ha="n 10 900"),
            it("Umuhanda ugana mu murenge wa kure urafunze kubera inkangu"),
        ],
        "ibyakozwe": [
            it("Abaturage bacumbikiwe mu mashuri no mu nsengero"),
            it("Imiryango yahawe ibiribwa: {imiryango}{imiryango.was}", imiryango="n 20 2000"),
            it("Polisi n'ingabo bafasha mu gushakisha no gutabara"),
        ],
        "abakozi": [
            it("Abakorerabushake bari mu kazi: {abakora}{abakora.was}", abakora="n 10 400"),
            it("Imodoka zifashishwa mu butabazi: {imodoka}", imodoka="n 2 40"),
        ],
        "amafaranga": [
            it("Amafaranga yakoreshejwe mu butabazi kugeza ubu: {af}{af.was}", af="money 10 300"),
            it("Akarere kasabye inkunga MINEMA"),
        ],
        "risks": [
            risk("Ibyago by'inkangu nshya ku misozi {trend}", levels=RW_LEVELS,
                 mit=("abaturage bimuwe kandi abayobozi b'imidugudu bagenzura buri munsi",)),
            risk("Ibyago by'indwara ziterwa n'amazi mabi mu nkambi {trend}", levels=RW_LEVELS,
                 mit=("hatanzwe amazi meza n'imiti yo kuyasukura",)),
            risk("Kubura amacumbi ahagije ku bavanywe mu byabo",
                 mit=("hashakishwa andi mashuri n'amahema",)),
        ],
        "itumanaho": [
            it("Ubutumwa bwo kuburira bunyuzwa kuri radiyo z'abaturage no kuri WhatsApp"),
            it("Telefoni zakiriwe ku murongo w'ubutabazi: {tel}{tel.was}", tel="n 20 700"),
        ],
        "ibikurikira": [
            it("Inama itaha y'itsinda ry'ubutabazi: {inama}", inama="date 1 2"),
            it("Kubarura ibyangiritse mu mirenge yose"),
        ],
    },
    {"incamake": (2, 3), "uko": (1, 2), "iteganyagihe": (1, 2), "ingaruka": (1, 3), "ibyakozwe": (2, 3),
     "abakozi": (1, 2), "amafaranga": (1, 2), "risks": (1, 3), "itumanaho": (1, 2), "ibikurikira": (1, 2)},
    date(2025, 4, 28), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DASQIN = Partner(
    "dasqin-az",
    "Daşqın",
    ("Sabirabad Rayon İcra Hakimiyyəti", "Saatlı Rayon İcra Hakimiyyəti", "Kürdəmir Rayon İcra Hakimiyyəti",
     "Zərdab Rayon İcra Hakimiyyəti"),
    {},
    {
        "xulase": [
            it("Kür çayında suyun səviyyəsi təhlükəli həddə çatıb"),
            it("Təxliyə edilmiş sakinlərin sayı: {tex}{tex.was}", tex="n 20 2000"),
            it("İnsan tələfatı qeydə alınmayıb"),
        ],
        "umumi": [
            it("Çayın səviyyəsi təhlükəli həddən yuxarı: {sm} sm", sm="n 5 120"),
            it("Su basmış kəndlərin sayı: {kend}{kend.was}", kend="n 1 20"),
        ],
        "proqnoz": [
            it("Milli Hidrometeorologiya Xidməti səviyyənin artacağını proqnozlaşdırır"),
            it("Yağıntıların davam edəcəyi son tarix: {tarix}", tarix="date 1 3"),
        ],
        "neticeler": [
            it("Su basmış evlərin sayı: {ev}{ev.was}", ev="n 10 900"),
            it("Elektrik enerjisi olmayan evlərin sayı: {elektrik}", elektrik="n 20 3000"),
            it("Rayonlararası avtomobil yolu bağlanıb"),
        ],
        "tedbirler": [
            it("FHN-in xilasediciləri qayıqlarla sakinləri təxliyə edir"),
            it("Doldurulmuş qum kisələrinin sayı: {kise}{kise.was}", kise="n 500 20000"),
            it("Məktəb binaları müvəqqəti sığınacaq kimi açılıb"),
        ],
        "quvveler": [
            it("Cəlb olunmuş şəxsi heyətin sayı: {heyet}{heyet.was}", heyet="n 50 900"),
            it("Texnika vahidlərinin sayı: {texnika}", texnika="n 10 200"),
        ],
        "xercler": [
            it("İndiyədək çəkilmiş xərclər: {xerc}{xerc.was}", xerc="money 20 600"),
            it("Ehtiyat fondundan vəsait ayrılması üçün müraciət edilib"),
        ],
        "risks": [
            risk("Bəndin yuyulması riski {trend}", levels=AZ_LEVELS,
                 mit=("bəndə əlavə qum kisələri düzülür və növbətçi postlar qurulub",)),
            risk("İçməli suyun çirklənməsi",
                 mit=("əhaliyə butulka suyu paylanır və nümunələr götürülür",)),
            risk("Yoluxucu xəstəliklərin yayılması riski {trend}", levels=AZ_LEVELS,
                 mit=("tibb briqadaları sığınacaqlarda gündəlik müayinə aparır",)),
        ],
        "melumat": [
            it("Əhaliyə məlumat yerli televiziya və sosial şəbəkələr vasitəsilə verilir"),
            it("Qaynar xəttə daxil olan zənglərin sayı: {zeng}{zeng.was}", zeng="n 20 900"),
        ],
        "novbeti": [
            it("Qərargahın növbəti iclası: {iclas}", iclas="date 1 2"),
            it("Ziyanın qiymətləndirilməsi üçün komissiyanın yaradılması"),
        ],
    },
    {"xulase": (2, 3), "umumi": (1, 2), "proqnoz": (1, 2), "neticeler": (1, 3), "tedbirler": (2, 3),
     "quvveler": (1, 2), "xercler": (1, 2), "risks": (1, 3), "melumat": (1, 2), "novbeti": (1, 2)},
    date(2025, 4, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
