"""Item ideas of four ``blind54_layouts`` publishers writing in other languages than English: Hungarian national park
directorates in a summer of drought and grass fires (Hungarian), Turkish regional directorates of highways in a
snowstorm (Turkish), Indonesian village governments after a river flooded them (Indonesian) and Seoul district
public health centres in a heatwave (Korean) (``blind5_layouts_content`` explains the slots).
``blind54_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. Where Hungarian, Turkish or Korean would put a suffix on the figure or date before it in a way the figure
cannot tell, a point gives the figure after a label and a colon, or the date before a word that takes none
("tarihinde", "óta", "után"), as the publishers write them. The organisations are named after real kinds of body;
the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

HU_LEVELS = ("mérsékelt", "növekszik", "jelentős", "kritikus")

ASZALY = Partner(
    "hu-np-aszaly",
    "Aszály és tűzveszély",
    ("Kiskunsági Nemzeti Park Igazgatóság", "Hortobágyi Nemzeti Park Igazgatóság",
     "Körös-Maros Nemzeti Park Igazgatóság", "Duna-Ipoly Nemzeti Park Igazgatóság"),
    {},
    {
        "hl": [
            it("A tartós aszály miatt a park területén {kezdet} óta rendkívüli tűzveszély van érvényben",
               kezdet="date -9 -9"),
            it("A teljesen kiszáradt szikes tavak aránya: {tavak}{tavak.was}", tavak="pct 20 90"),
        ],
        "sit": [
            it("Az elmúlt hat hétben a sokéves átlag töredéke hullott csapadékként a térségben"),
            it("A HungaroMet a következő napokra is 35 fok feletti hőséget jelez"),
        ],
        "imp": [
            it("Lezárt tanösvények és bemutatóhelyek száma: {lezart}{lezart.was}", lezart="n 3 40"),
            it("A vízimadarak több fészkelőhelye veszélybe került a vízhiány miatt"),
        ],
        "ta": [
            it("A park területén a hónap eleje óta keletkezett tüzek száma: {tuz}{tuz.was}", tuz="n 2 60"),
            it("A leégett terület nagysága: {terulet} hektár{terulet.was}", terulet="n 20 900"),
        ],
        "tb": [
            it("A csatornákból naponta {viz} köbméter vizet juttatunk a vizes élőhelyekre{viz.was}",
               viz="n 500 12000"),
            it("A szürkemarha- és bivalyállomány itatását lajtos kocsikkal biztosítjuk"),
        ],
        "help": [
            it("A látogatóközpontok nyitva tartanak, a programokat a reggeli és az esti órákra helyeztük át"),
            it("A lemondott csoportos programok díját visszatérítjük, eddig {igeny} igénylés érkezett{igeny.was}",
               igeny="n 10 400"),
        ],
        "staff": [
            it("Tűzfigyelő szolgálatban lévő természetvédelmi őrök száma: {orok}{orok.was}", orok="n 10 120"),
            it("A hivatásos tűzoltók és az önkéntes tűzoltó egyesületek folyamatos készenlétben vannak"),
        ],
        "money": [
            it("Az aszály miatti többletköltségeink eddig: {koltseg}", koltseg="cum 100 4000"),
            it("Az Agrárminisztériumtól {tamogatas} rendkívüli támogatást igényeltünk", tamogatas="money 100 900"),
        ],
        "risks": [
            risk("Újabb tüzek keletkezésének kockázata {trend}", levels=HU_LEVELS,
                 mit=("tűzfigyelő őrjáratok járják a területet reggeltől estig",)),
            risk("A vizes élőhelyek teljes kiszáradásának kockázata {trend}", levels=HU_LEVELS,
                 mit=("a csatornákból folyamatos vízpótlást végzünk",)),
            risk("Látogatók tűzgyújtása a tilalom ellenére",
                 mit=("a tűzgyújtási tilalom betartását a természetvédelmi őrök ellenőrzik",)),
        ],
        "next": [
            it("A következő tájékoztató várható időpontja: {kov}", kov="date 1 2"),
            it("A tanösvények újranyitásáról legkorábban {ujra} után döntünk", ujra="date 3 8"),
        ],
    },
    SIZES,
    date(2026, 7, 13), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

TR_LEVELS = ("izlenmektedir", "artmaktadır", "yüksektir", "çok yüksektir")

KAR = Partner(
    "tr-kgm-kar",
    "Kar ve buzlanma ile mücadele",
    ("Karayolları 4. Bölge Müdürlüğü", "Karayolları 11. Bölge Müdürlüğü", "Karayolları 12. Bölge Müdürlüğü",
     "Karayolları 18. Bölge Müdürlüğü"),
    {},
    {
        "hl": [
            it("{baslangic} tarihinde başlayan yoğun kar yağışı bölgemizde etkisini sürdürmektedir",
               baslangic="date -2 -2"),
            it("Ulaşıma kapalı devlet ve il yolu sayısı: {kapali}{kapali.was}", kapali="n 2 60"),
        ],
        "sit": [
            it("Meteoroloji Bölge Müdürlüğü önümüzdeki iki gün için kar yağışı ve tipi uyarısı yapmıştır"),
            it("Yüksek kesimlerde kar kalınlığı yer yer bir metreyi aşmaktadır"),
        ],
        "imp": [
            it("Kar nedeniyle ulaşım sağlanamayan köy yolu sayısı: {koy}{koy.was}", koy="n 20 900"),
            it("Ağır tonajlı araçların bazı geçitlerden geçişine izin verilmemektedir"),
        ],
        "ta": [
            it("Yollara serilen tuz ve solüsyon miktarı: {tuz} ton{tuz.was}", tuz="n 500 15000"),
            it("Geçitlerde kar küreme çalışmaları 24 saat kesintisiz sürdürülmektedir"),
        ],
        "tb": [
            it("Ekiplerimizce kurtarılan mahsur araç sayısı: {arac}{arac.was}", arac="n 5 400"),
            it("Kaza yaşanan kesimlerde Jandarma ve Emniyet ekipleriyle ortak çalışma yapılmaktadır"),
        ],
        "help": [
            it("Yol durumu bilgisi 159 Karayolları İletişim Merkezinden ve KGM Mobil uygulamasından alınabilir"),
            it("Mahsur kalan yolculara AFAD ve Kızılay ile birlikte sıcak yemek ve battaniye dağıtılmıştır"),
        ],
        "staff": [
            it("Çalışmalarda görev alan personel sayısı: {personel}{personel.was}", personel="n 200 3000"),
            it("Sahada çalışan iş makinesi ve kar aracı sayısı: {makine}{makine.was}", makine="n 50 900"),
        ],
        "money": [
            it("Bu kış kar ve buzlanma ile mücadele için yapılan harcama: {harcama}", harcama="cum 100 4000"),
            it("Genel Müdürlüğümüzden {ek} ek ödenek talep edilmiştir", ek="money 100 900"),
        ],
        "risks": [
            risk("Çığ riski {trend}", levels=TR_LEVELS,
                 mit=("riskli kesimler trafiğe kapatılmış ve uyarı levhaları konulmuştur",)),
            risk("Buzlanma nedeniyle kaza riski {trend}", levels=TR_LEVELS,
                 mit=("kritik kesimlerde tuzlama sıklığı artırılmıştır",)),
            risk("Zincirsiz araçların geçitlere girmesi",
                 mit=("geçit girişlerinde Jandarma ile birlikte kontrol noktası kurulmuştur",)),
        ],
        "next": [
            it("Kapalı yolların {acilis} tarihine kadar ulaşıma açılması planlanmaktadır", acilis="date 1 3"),
            it("Bir sonraki bilgi notu {sonraki} tarihinde gönderilecektir", sonraki="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ID_LEVELS = ("masih dipantau", "meningkat", "tinggi", "sangat tinggi")

BANJIR = Partner(
    "id-desa-banjir",
    "Banjir",
    ("Pemerintah Desa Sukamaju", "Pemerintah Desa Cikaret", "Pemerintah Desa Tanjungsari",
     "Pemerintah Desa Mekarjaya"),
    {},
    {
        "hl": [
            it("Banjir akibat luapan sungai merendam permukiman warga sejak {mulai}", mulai="date -3 -3"),
            it("Jumlah rumah warga yang terendam: {rumah} unit{rumah.was}", rumah="n 50 900"),
        ],
        "sit": [
            it("Ketinggian air di permukiman masih berkisar 50 sampai 120 sentimeter"),
            it("BMKG memperkirakan hujan sedang hingga lebat masih akan turun dalam tiga hari ke depan"),
        ],
        "imp": [
            it("Jumlah warga yang mengungsi: {pengungsi} jiwa{pengungsi.was}", pengungsi="n 100 3000"),
            it("Kegiatan belajar di dua sekolah dasar dihentikan sementara"),
        ],
        "ta": [
            it("Posko pengungsian dibuka di balai desa, masjid dan gedung sekolah"),
            it("Jumlah lansia, ibu hamil dan balita yang sudah dievakuasi: {rentan} jiwa{rentan.was}",
               rentan="n 10 400"),
        ],
        "tb": [
            it("Puskesmas mencatat {sakit} warga mengeluhkan gatal-gatal, diare dan ISPA{sakit.was}",
               sakit="n 10 600"),
            it("Air bersih untuk pengungsi disalurkan dengan mobil tangki PDAM"),
        ],
        "help": [
            it("Dapur umum menyediakan {porsi} porsi makanan setiap hari{porsi.was}", porsi="n 300 6000"),
            it("Warga yang membutuhkan bantuan dapat menghubungi posko desa atau ketua RT masing-masing"),
        ],
        "staff": [
            it("Jumlah relawan, Babinsa, Bhabinkamtibmas dan petugas BPBD di lapangan: {relawan} orang"
               "{relawan.was}", relawan="n 20 300"),
            it("Perangkat desa bergiliran berjaga di posko selama 24 jam"),
        ],
        "money": [
            it("Dana Desa yang telah digunakan untuk tanggap darurat sebesar {dana}", dana="cum 100 4000"),
            it("Pemerintah Desa mengajukan bantuan sebesar {ajuan} kepada Pemerintah Kabupaten",
               ajuan="money 100 900"),
        ],
        "risks": [
            risk("Risiko banjir susulan {trend}", levels=ID_LEVELS,
                 mit=("warga di bantaran sungai diminta siaga dan segera mengungsi bila air naik",)),
            risk("Risiko penyakit kulit dan diare di pengungsian {trend}", levels=ID_LEVELS,
                 mit=("tenaga kesehatan puskesmas memeriksa pengungsi setiap hari",)),
            risk("Rumah kosong yang ditinggal mengungsi rawan pencurian",
                 mit=("linmas dan pemuda desa melakukan ronda malam",)),
        ],
        "next": [
            it("Kerja bakti membersihkan lumpur dijadwalkan pada {kerja}", kerja="date 1 3"),
            it("Status tanggap darurat desa berlaku sampai {sampai}", sampai="date 3 8"),
        ],
    },
    SIZES,
    date(2026, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KO_LEVELS = ("관찰 중입니다", "높아지고 있습니다", "높습니다", "매우 높습니다")

POKYEOM = Partner(
    "kr-bogeonso-pokyeom",
    "폭염",
    ("관악구보건소", "동작구보건소", "영등포구보건소", "구로구보건소"),
    {},
    {
        "hl": [
            it("{start}부터 폭염경보가 이어지고 있습니다", start="date -5 -5"),
            it("올여름 관내 온열질환자 수: {cases}명{cases.was}", cases="n 5 200"),
        ],
        "sit": [
            it("기상청은 낮 최고기온 35도 안팎의 무더위가 다음 주까지 이어질 것으로 예보했습니다"),
            it("열대야가 일주일 넘게 계속되고 있습니다"),
        ],
        "imp": [
            it("관내 응급실 온열질환 내원 건수: {er}건{er.was}", er="n 5 300"),
            it("야외 작업이 많은 건설 현장과 쪽방촌 주민의 피해가 우려됩니다"),
        ],
        "ta": [
            it("운영 중인 무더위쉼터: {shelters}곳{shelters.was}", shelters="n 20 200"),
            it("경로당과 주민센터 쉼터는 주말과 공휴일에도 문을 엽니다"),
        ],
        "tb": [
            it("방문간호사가 건강을 확인한 홀몸 어르신: {visits}명{visits.was}", visits="n 100 3000"),
            it("쪽방촌 주민에게 생수와 쿨토시를 나누어 드리고 있습니다"),
        ],
        "help": [
            it("보건소 폭염 상담 전화는 평일 오전 9시부터 오후 6시까지 운영합니다"),
            it("무더위쉼터까지 이동이 어려운 어르신께는 냉방용품을 배달해 드립니다"),
        ],
        "staff": [
            it("폭염 대응에 투입된 보건소 직원과 방문간호사: {staff}명{staff.was}", staff="n 20 200"),
            it("자율방재단과 자원봉사자가 쪽방촌 순찰을 돕고 있습니다"),
        ],
        "money": [
            it("지금까지 폭염 대응에 집행한 예산: {spend}", spend="cum 100 4000"),
            it("서울시에 재난관리기금 {grant}을 신청했습니다", grant="money 100 900"),
        ],
        "risks": [
            risk("어르신 온열질환 위험이 {trend}", levels=KO_LEVELS,
                 mit=("방문간호사가 매일 안부 전화를 드리고 있습니다",)),
            risk("야외 근로자 온열질환 위험이 {trend}", levels=KO_LEVELS,
                 mit=("건설 현장에 무더위 시간대 휴식 준수를 안내하고 있습니다",)),
            risk("냉방기 과열로 인한 화재",
                 mit=("소방서와 함께 쪽방촌 전기 안전 점검을 하고 있습니다",)),
        ],
        "next": [
            it("다음 안내는 {next}에 올립니다", next="date 1 2"),
            it("무더위쉼터 연장 운영은 {until}까지 계속합니다", until="date 3 8"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
