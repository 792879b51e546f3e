"""Item ideas of four ``blind23_layouts`` publishers: a Samoan district disaster committee's flood and storm
report, a Vanuatu provincial emergency operations centre's cyclone sitrep in Bislama, a Javanese village disaster
group's report on the evacuees of a Merapi eruption and a Turkmen water utility's report on a burst trunk main
(``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from … )" notes are British
English; ``blind23_layouts_content`` prints them in each publisher's conventions. The organisations are named after
real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SM_LEVELS = ("o loo mataituina", "ua faateleina", "ua maualuga nei", "ua matuia nei")
BI_LEVELS = ("mifala i stap lukluk", "i go antap", "i bigwan naoia", "i strong tumas naoia")
JV_LEVELS = ("dipunawasi", "mundhak", "samenika inggil", "samenika awrat sanget")
TK_LEVELS = ("gözegçilikde", "artýar", "indi ýokary", "indi örän ýokary")

LOLOGA = Partner(
    "lologa-sm",
    "Lologa",
    ("Komiti Faalavelave Itumalo o Faleata", "Komiti Faalavelave Itumalo o Vaimauga",
     "Komiti Faalavelave Itumalo o Aana", "Komiti Faalavelave Itumalo o Palauli"),
    {},
    {
        "aotelega": [
            it("Na aafia le itumalo i timuga mamafa ma matagi malosi i le po anapo"),
            it("Aiga ua aafia: {aiga}{aiga.was}", aiga="n 10 1200"),
            it("E leai se tagata na maliu"),
        ],
        "tulaga": [
            it("Ua maulalo le vai i vaitafe ae o loo punitia pea nisi o auala"),
            it("Nofoaga faapitoa o loo tatala: {nofoaga}{nofoaga.was}", nofoaga="n 1 20"),
        ],
        "vaaiga": [
            it("O le lapataiga o timuga a le Ofisa o le Tau e faaauau seia oo i le {seia}", seia="date 1 3"),
            it("O loo faamoemoe e faaauau matagi malosi mai sasae"),
        ],
        "aafiaga": [
            it("Fale ua faaleagaina: {fale}{fale.was}", fale="n 5 400"),
            it("Ua motusia le auala i le itu i sasae ona o le solo o le eleele"),
            it("Aoga ua tapunia: {aoga}", aoga="n 1 12"),
        ],
        "galuega": [
            it("Ua fesoasoani le FESA i le aveesea o aiga mai nofoaga maulalo"),
            it("Afifi meaai ua tufatufaina: {afifi}{afifi.was}", afifi="n 50 2000"),
            it("Ua tatala le hola a le ekalesia e fai ma nofoaga faapitoa"),
        ],
        "tagata": [
            it("Tagata faigaluega ma volenitia o loo galulue: {tagata}{tagata.was}", tagata="n 10 200"),
            it("Taavale ma masini o loo faaaogaina: {taavale}", taavale="n 2 25"),
        ],
        "tupe": [
            it("Tupe ua faaalu e oo mai i le taimi nei: {tupe}{tupe.was}", tupe="money 10 500"),
            it("Ua talosagaina se fesoasoani mai le Malo"),
        ],
        "risks": [
            risk("Lamatiaga o lologa fou i nuu i le talafatai {trend}", levels=SM_LEVELS,
                 mit=("o loo mataituina vaitafe i le ao ma le po ma faailoa i tagata e ala i le leitio",)),
            risk("Lamatiaga o faamai e mafua mai i vai eleelea {trend}", levels=SM_LEVELS,
                 mit=("o loo tufatufaina vai mama ma fualaau faamama vai i aiga uma",)),
            risk("Solo o le eleele i auala i uta",
                 mit=("ua punitia auala ma asiasi i ai le Matagaluega o Galuega i aso uma",)),
        ],
        "faasalalauga": [
            it("O faamatalaga o loo faasalalau i le leitio 2AP ma le itulau Facebook"),
            it("Telefoni ua taliina: {telefoni}{telefoni.was}", telefoni="n 10 600"),
        ],
        "laasaga": [
            it("Fonotaga a le komiti e sosoo ai: {fonotaga}", fonotaga="date 1 2"),
            it("Iloiloga o mea ua faaleagaina faatasi ma le Matagaluega o Galuega"),
        ],
    },
    {"aotelega": (2, 3), "tulaga": (1, 2), "vaaiga": (1, 2), "aafiaga": (1, 3), "galuega": (2, 3),
     "tagata": (1, 2), "tupe": (1, 2), "risks": (1, 3), "faasalalauga": (1, 2), "laasaga": (1, 2)},
    date(2025, 2, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SAEKLON = Partner(
    "saeklon-bi",
    "Saeklon",
    ("Sanma PEOC", "Tafea PEOC", "Shefa PEOC", "Malampa PEOC"),
    {},
    {
        "samari": [
            it("Saeklon i pasem provins long naet mo i mekem bigfala damej"),
            it("Ol famili we oli afektem: {famili}{famili.was}", famili="n 50 3000"),
            it("I no gat man i ded kasem naoia"),
        ],
        "situesen": [
            it("Win i godaon be i gat plante rod we i blok yet"),
            it("Ol evakuesen senta we i open: {senta}{senta.was}", senta="n 2 40"),
        ],
        "weta": [
            it("VMGD i putum yelo alet kasem {kasem}", kasem="date 1 3"),
            it("Bambae i gat moa ren mo strong win long saot"),
        ],
        "damej": [
            it("Ol haos we i bagarap: {haos}{haos.was}", haos="n 10 1500"),
            it("Wof long provins senta i klos from damej"),
            it("Ol skul we i klos: {skul}", skul="n 1 30"),
        ],
        "wok": [
            it("Ol tim blong rilif oli karem kakae i go long ol aelan"),
            it("Ol tapolen we oli seremaot: {tapolen}{tapolen.was}", tapolen="n 50 3000"),
            it("Helt tim i stap wok long ol evakuesen senta"),
        ],
        "wokman": [
            it("Ol wokman mo volontia we oli stap wok: {wokman}{wokman.was}", wokman="n 20 300"),
            it("Ol bot mo trak we oli stap yusum: {bot}", bot="n 2 30"),
        ],
        "mani": [
            it("Mani we PEOC i spenem kasem naoia: {mani}{mani.was}", mani="money 100 3000"),
            it("Provins i askem sapot long NDMO"),
        ],
        "risks": [
            risk("Risk blong flad bakegen long ol vilej klosap long reva {trend}", levels=BI_LEVELS,
                 mit=("ol komuniti kaonsel oli lukaot long reva mo oli givim woning long pipol",)),
            risk("Risk blong sik from wota we i no klin {trend}", levels=BI_LEVELS,
                 mit=("WASH klasta i seremaot wota taenk mo ol tablet blong klinim wota",)),
            risk("Kakae blong ol famili i save finis long ol smol aelan",
                 mit=("NDMO mo Red Kros oli sendem kakae long bot",)),
        ],
        "toktok": [
            it("Ol toksave oli go aot long Radio Vanuatu mo Facebook"),
            it("Ol kol we PEOC i kasem: {kol}{kol.was}", kol="n 20 800"),
        ],
        "nekis": [
            it("Nekis miting blong PDC: {miting}", miting="date 1 2"),
            it("Mekem asesmen blong damej wetem ol klasta"),
        ],
    },
    {"samari": (2, 3), "situesen": (1, 2), "weta": (1, 2), "damej": (1, 3), "wok": (2, 3), "wokman": (1, 2),
     "mani": (1, 2), "risks": (1, 3), "toktok": (1, 2), "nekis": (1, 2)},
    date(2025, 3, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

NGUNGSI = Partner(
    "ngungsi-jv",
    "Pengungsian Merapi",
    ("Destana Glagaharjo", "Destana Kepuharjo", "Destana Umbulharjo", "Destana Balerante"),
    {},
    {
        "ringkesan": [
            it("Merapi taksih nglairaken guguran lava lan awu ing sakiwa-tengenipun dusun"),
            it("Warga ingkang ngungsi: {ngungsi}{ngungsi.was}", ngungsi="n 50 2500"),
            it("Boten wonten korban jiwa ngantos samenika"),
        ],
        "kawontenan": [
            it("Status Merapi taksih Siaga (Level III)"),
            it("Barak pengungsian ingkang kaginakaken: {barak}{barak.was}", barak="n 1 12"),
        ],
        "prakiraan": [
            it("BPPTKG ngira-ngira guguran lava badhé kalampahan ngantos {ngantos}", ngantos="date 1 3"),
            it("Jawah deres saged nuwuhaken banjir lahar ing kali-kali saking Merapi"),
        ],
        "dampak": [
            it("Griya ingkang rusak kenging awu: {griya}{griya.was}", griya="n 5 300"),
            it("Sabin lan kebon salak kathah ingkang rusak"),
            it("Sekolah ingkang dipunliburaken: {sekolah}", sekolah="n 1 10"),
        ],
        "tindakan": [
            it("Relawan mbiyantu ngungsèkaken warga sepuh lan lare alit"),
            it("Masker ingkang sampun dipunbagi: {masker}{masker.was}", masker="n 200 8000"),
            it("Dapur umum nyawisaken dhaharan kaping tiga saben dinten"),
        ],
        "relawan": [
            it("Relawan ingkang makarya: {relawan}{relawan.was}", relawan="n 10 200"),
            it("Kendaraan ingkang dipunginakaken: {kendaraan}", kendaraan="n 2 25"),
        ],
        "beaya": [
            it("Beaya ingkang sampun kawetokaken: {beaya}{beaya.was}", beaya="money 10 600"),
            it("Desa sampun nyuwun bantuan dhateng BPBD"),
        ],
        "risks": [
            risk("Bebaya awan panas dhateng dusun ing sisih kidul {trend}", levels=JV_LEVELS,
                 mit=("warga ing radius 5 km sampun dipunungsèkaken lan jalur evakuasi dipunjagi",)),
            risk("Bebaya banjir lahar nalika jawah deres {trend}", levels=JV_LEVELS,
                 mit=("relawan ngawasi kali saben jam lan ngabari warga lumantar HT",)),
            risk("Warga ingkang wangsul dhateng griya kangge ngopeni ingon-ingon",
                 mit=("kandang darurat dipundamel ing caket barak",)),
        ],
        "informasi": [
            it("Informasi dipunwartosaken lumantar HT, grup WhatsApp lan radio komunitas"),
            it("Telpon ingkang dipuntampi posko: {telpon}{telpon.was}", telpon="n 10 500"),
        ],
        "langkah": [
            it("Rapat koordinasi salajengipun: {rapat}", rapat="date 1 2"),
            it("Ndata griya ingkang rusak sesarengan kaliyan BPBD"),
        ],
    },
    {"ringkesan": (2, 3), "kawontenan": (1, 2), "prakiraan": (1, 2), "dampak": (1, 3), "tindakan": (2, 3),
     "relawan": (1, 2), "beaya": (1, 2), "risks": (1, 3), "informasi": (1, 2), "langkah": (1, 2)},
    date(2025, 11, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SUW = Partner(
    "suw-tk",
    "Suw üpjünçiligi",
    ("Daşoguz welaýat suw hojalyk müdirligi", "Lebap welaýat suw hojalyk müdirligi",
     "Mary welaýat suw hojalyk müdirligi", "Balkan welaýat suw hojalyk müdirligi"),
    {},
    {
        "gysgaca": [
            it("Esasy suw geçirijide bolan bökdençlik sebäpli şäheriň käbir ýerlerinde suw ýok"),
            it("Suwsuz galan öýler: {oy}{oy.was}", oy="n 50 6000"),
            it("Hassahanalar we mekdepler suw bilen üpjün edilýär"),
        ],
        "yagday": [
            it("Abatlaýyş işleri dowam edýär, suw basyşy kem-kemden dikeldilýär"),
            it("Suw daşaýan ulaglar: {ulag}{ulag.was}", ulag="n 2 40"),
        ],
        "caklama": [
            it("Suw üpjünçiliginiň doly dikeldilmeginiň çak edilýän senesi: {sene}", sene="date 1 3"),
            it("Howanyň sowamagy turbalaryň doňmak howpuny artdyrýar"),
        ],
        "tasir": [
            it("Zeper ýeten turbalar: {turba}{turba.was}", turba="n 2 60"),
            it("Käbir kafeler we söwda merkezleri wagtlaýyn ýapyldy"),
            it("Ýapylan mekdepler: {mekdep}", mekdep="n 1 10"),
        ],
        "chareler": [
            it("Awariýa toparlary gije-gündiz işleýär"),
            it("Paýlanan çüýşeli suw (litr): {litr}{litr.was}", litr="n 500 20000"),
            it("Ätiýaçlyk nasos stansiýasy işe girizildi"),
        ],
        "isgarler": [
            it("Işe çekilen işgärler: {isgar}{isgar.was}", isgar="n 20 300"),
            it("Işleýän tehnika birlikleri: {tehnika}", tehnika="n 3 50"),
        ],
        "cykdajy": [
            it("Abatlaýyş işleriniň çykdajylary: {cykdajy}{cykdajy.was}", cykdajy="money 20 900"),
            it("Goşmaça serişde bölüp bermek barada haýyş iberildi"),
        ],
        "risks": [
            risk("Turbalaryň gaýtadan ýarylmak howpy {trend}", levels=TK_LEVELS,
                 mit=("basyş kem-kemden ýokarlandyrylýar we turbalar her sagat barlanýar",)),
            risk("Agyz suwunyň hapalanmak howpy {trend}", levels=TK_LEVELS,
                 mit=("suw her gün barlaghanada barlanýar we hlorlanýar",)),
            risk("Ätiýaçlyk nasoslaryň elektrik üpjünçiliginiň kesilmegi",
                 mit=("iki sany ätiýaçlyk generator getirildi",)),
        ],
        "habar": [
            it("Ilata habarlar telewideniýe we sosial ulgamlar arkaly berilýär"),
            it("Ynam telefonyna gelen jaňlar: {jan}{jan.was}", jan="n 20 900"),
        ],
        "indiki": [
            it("Ştabyň indiki mejlisi: {mejlis}", mejlis="date 1 2"),
            it("Zeper ýeten turbalaryň ählisini çalyşmagyň meýilnamasyny taýýarlamak"),
        ],
    },
    {"gysgaca": (2, 3), "yagday": (1, 2), "caklama": (1, 2), "tasir": (1, 3), "chareler": (2, 3),
     "isgarler": (1, 2), "cykdajy": (1, 2), "risks": (1, 3), "habar": (1, 2), "indiki": (1, 2)},
    date(2025, 12, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
