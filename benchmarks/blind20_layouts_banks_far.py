"""Item ideas of two ``blind20_layouts`` publishers far from Europe: a Malaysian district disaster management
committee's flood situation report in Malay and a South African local municipality's disaster management centre's
veldfire bulletin in Afrikaans (``blind5_layouts_content`` explains the slots). ``blind20_layouts_content`` prints
the figures in each publisher's conventions. The organisations are named after real kinds of body; the places,
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MS_LEVELS = ("sedang dipantau", "semakin meningkat", "kini tinggi", "kini kritikal")
AF_LEVELS = ("word gemonitor", "neem toe", "is nou hoog", "is nou kritiek")

BANJIR_MS = Partner(
    "banjir-ms",
    "Banjir",
    ("Pejabat Daerah Kuala Krai", "Pejabat Daerah Pasir Mas", "Pejabat Daerah Kemaman", "Pejabat Daerah Segamat"),
    {},
    {
        "ringkasan": [
            it("Banjir gelombang kedua melanda daerah ini sejak hujan lebat monsun timur laut"),
            it("Jumlah mangsa di Pusat Pemindahan Sementara (PPS): {mangsa}{mangsa.was}", mangsa="n 100 9000"),
            it("Tiada kematian dilaporkan setakat ini"),
        ],
        "status": [
            it("Paras air Sungai Galas di Dabong berada {cm} cm di atas paras bahaya", cm="n 5 150"),
            it("Jumlah kampung yang dinaiki air: {kampung}{kampung.was}", kampung="n 3 60"),
        ],
        "ramalan": [
            it("MetMalaysia mengeluarkan amaran hujan berterusan tahap buruk sehingga {hingga}", hingga="date 1 3"),
            it("Air pasang besar dijangka menyukarkan surutnya air di kawasan hilir"),
        ],
        "pps": [
            it("PPS yang dibuka: {pps}; keluarga yang ditempatkan: {keluarga}", pps="n 2 40", keluarga="n 20 2500"),
            it("Makanan bermasak disediakan tiga kali sehari oleh Jabatan Kebajikan Masyarakat"),
            it("Pasukan kesihatan membuat saringan harian di setiap PPS"),
        ],
        "kesan": [
            it("Jalan yang ditutup kepada semua kenderaan: {jalan}{jalan.was}", jalan="n 2 30"),
            it("Rumah yang terjejas bekalan elektrik: {tnb}", tnb="n 50 6000"),
            it("Perkhidmatan kereta api Pantai Timur digantung antara Kuala Krai dan Gua Musang"),
        ],
        "tindakan": [
            it("APM, Bomba dan PDRM memindahkan mangsa menggunakan bot dan trak"),
            it("Jumlah anggota agensi yang digerakkan: {anggota}{anggota.was}", anggota="n 50 900"),
            it("Bilik Gerakan Bencana Daerah beroperasi 24 jam"),
        ],
        "risks": [
            risk("Risiko paras air sungai naik semula {trend}", levels=MS_LEVELS,
                 mit=("PPS tambahan disediakan dan siren amaran banjir diuji",)),
            risk("Penularan penyakit bawaan air di PPS",
                 mit=("air minuman dirawat dan tandas bergerak dibersihkan dua kali sehari",)),
            risk("Risiko tanah runtuh di jalan menuju kawasan tanah tinggi {trend}", levels=MS_LEVELS,
                 mit=("JKR memantau cerun dan jalan alternatif ditetapkan",)),
        ],
        "hebahan": [
            it("Makluman terkini disiarkan melalui portal Info Bencana dan kumpulan WhatsApp ketua kampung"),
            it("Panggilan ke talian bilik gerakan: {panggilan}{panggilan.was}", panggilan="n 20 800"),
        ],
        "seterusnya": [
            it("Mesyuarat JPBD pada {mesyuarat} jam 9.00 pagi", mesyuarat="date 1 2"),
            it("Merancang operasi pembersihan selepas air surut bersama pihak berkuasa tempatan"),
        ],
    },
    {"ringkasan": (2, 3), "status": (1, 2), "ramalan": (1, 2), "pps": (1, 3), "kesan": (1, 3), "tindakan": (2, 3),
     "risks": (1, 3), "hebahan": (1, 2), "seterusnya": (1, 2)},
    date(2025, 12, 1), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

VELDBRAND = Partner(
    "veldbrand-af",
    "Veldbrand",
    ("Drakenstein Munisipaliteit", "Swartland Munisipaliteit", "Overstrand Munisipaliteit",
     "Witzenberg Munisipaliteit"),
    {},
    {
        "opsomming": [
            it("Die veldbrand in die Du Toitskloof-omgewing is nog nie onder beheer nie"),
            it("Oppervlakte wat reeds afgebrand het: {ha} ha{ha.was}", ha="n 200 9000"),
            it("Geen beserings of sterftes is aangemeld nie"),
        ],
        "situasie": [
            it("Die brand versprei ooswaarts teen die hange van die berg"),
            it("Aktiewe brandfronte: {fronte}{fronte.was}", fronte="n 1 6"),
        ],
        "weer": [
            it("Die Weerburo voorspel 'n sterk suidoostewind tot {tot}", tot="date 1 2"),
            it("Temperature van tot 36 grade word vandag in die binneland verwag"),
        ],
        "impak": [
            it("Huise wat ontruim is: {huise}{huise.was}", huise="n 5 400"),
            it("Plase sonder elektrisiteit: {plase}", plase="n 3 120"),
            it("Die R101 tussen Paarl en Worcester bly gesluit"),
        ],
        "reaksie": [
            it("Lugsteun van Working on Fire met {helikopters} helikopters", helikopters="n 1 6"),
            it("Grondspanne bou brandstroke rondom die woonbuurte aan die voet van die berg"),
            it("Die gemeenskapsaal is as skuiling oopgemaak"),
        ],
        "personeel": [
            it("Brandbestryders op die grond: {brandbestryders}{brandbestryders.was}", brandbestryders="n 30 400"),
            it("Vrywilligers van die plaaslike boerevereniging: {vrywilligers}", vrywilligers="n 5 80"),
        ],
        "koste": [
            it("Koste van lugsteun tot dusver: {koste}{koste.was}", koste="money 100 900"),
            it("Die munisipaliteit sal by die Provinsiale Rampbestuursentrum om befondsing aansoek doen"),
        ],
        "risks": [
            risk("Die risiko dat die brand oor die brandstroke spring, {trend}", levels=AF_LEVELS,
                 mit=("ekstra spanne staan gereed en inwoners is gewaarsku om gereed te wees om te ontruim",)),
            risk("Moegheid onder brandbestryders ná lang skofte",
                 mit=("skofte is tot twaalf uur beperk en spanne word van naburige munisipaliteite ingebring",)),
            risk("Die risiko van lae waterdruk in die hoër woonbuurte {trend}", levels=AF_LEVELS,
                 mit=("watertenks is na die brandfront gebring en tuinwater is verbied",)),
        ],
        "kommunikasie": [
            it("Inwoners word op die munisipaliteit se Facebook-blad en per SMS op hoogte gehou"),
            it("Oproepe na die noodsentrum: {oproepe}{oproepe.was}", oproepe="n 20 900"),
        ],
    },
    {"opsomming": (2, 3), "situasie": (1, 2), "weer": (1, 2), "impak": (1, 3), "reaksie": (2, 3),
     "personeel": (1, 2), "koste": (1, 2), "risks": (1, 3), "kommunikasie": (1, 2)},
    date(2025, 1, 27), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
