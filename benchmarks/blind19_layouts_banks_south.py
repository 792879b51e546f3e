"""Item ideas of three ``blind19_layouts`` publishers in South-East Asia: an Indonesian regency disaster management
agency's situation report on a flood, a Vietnamese provincial steering committee's rapid report on a typhoon's
rains and floods and a Philippine city disaster risk reduction office's situation dashboard in Filipino after a
typhoon (``blind5_layouts_content`` explains the slots). ``blind19_layouts_content`` prints the figures in each
publisher's conventions. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

ID_LEVELS = ("masih dipantau", "meningkat", "kini tinggi", "kini kritis")
VI_LEVELS = ("đang được theo dõi", "đang gia tăng", "hiện ở mức cao", "hiện ở mức nguy hiểm")
FIL_LEVELS = ("binabantayan", "tumataas", "mataas na ngayon", "kritikal na ngayon")

BANJIR = Partner(
    "banjir-id",
    "Banjir",
    ("BPBD Kabupaten Bandung", "BPBD Kabupaten Demak", "BPBD Kota Semarang", "BPBD Kabupaten Bekasi"),
    {},
    {
        "ringkasan": [
            it("Hujan dengan intensitas tinggi menyebabkan sungai meluap dan merendam permukiman di {kec} kecamatan",
               kec="n 2 12"),
            it("Status tanggap darurat bencana banjir diperpanjang hingga {status}", status="date 3 10"),
            it("Jumlah warga terdampak: {warga} jiwa{warga.was}", warga="n 1000 60000"),
        ],
        "kondisi": [
            it("Tinggi muka air di permukiman antara 30 sampai 120 cm dan mulai surut di sebagian wilayah"),
            it("Tinggi muka air sungai di pos pantau: {tma} cm{tma.was}", tma="n 150 450"),
            it("Akses jalan kabupaten di {ruas} ruas belum dapat dilalui kendaraan roda dua", ruas="n 2 20"),
        ],
        "dampak": [
            it("Rumah terendam: {rumah} unit{rumah.was}", rumah="n 200 15000"),
            it("Fasilitas pendidikan terdampak: {sekolah} sekolah", sekolah="n 3 60"),
            it("Lahan pertanian terendam seluas {sawah} hektare", sawah="n 50 3000"),
            it("Korban meninggal dunia: {meninggal} orang", meninggal="n 0 6"),
        ],
        "penanganan": [
            it("Tim Reaksi Cepat BPBD bersama TNI, Polri dan relawan melakukan evakuasi warga dengan perahu karet"),
            it("Dapur umum telah menyalurkan {nasi} bungkus nasi{nasi.was}", nasi="n 1000 30000"),
            it("Pompa air mobile dioperasikan di {pompa} titik genangan", pompa="n 2 25"),
        ],
        "pengungsi": [
            it("Jumlah pengungsi: {ungsi} jiwa di {pos} titik pengungsian{ungsi.was}", ungsi="n 100 9000",
               pos="n 3 40"),
            it("Bantuan logistik yang telah disalurkan senilai {logistik}", logistik="money 20 400"),
            it("Layanan kesehatan keliling dibuka di setiap titik pengungsian oleh Dinas Kesehatan"),
        ],
        "sumberdaya": [
            it("Personel gabungan yang dikerahkan: {personel} orang", personel="n 100 1500"),
            it("Perahu karet yang dioperasikan: {perahu} unit", perahu="n 5 60"),
        ],
        "risks": [
            risk("Potensi banjir susulan apabila hujan kembali turun di hulu {trend}", levels=ID_LEVELS,
                 mit=("pemantauan tinggi muka air dilakukan setiap jam dan peringatan dini disebarkan melalui "
                      "pengeras suara masjid",)),
            risk("Penyakit diare dan kulit di lokasi pengungsian",
                 mit=("penyediaan air bersih, kaporit dan pemeriksaan kesehatan harian oleh puskesmas",)),
            risk("Tanggul sungai kritis di beberapa titik {trend}", levels=ID_LEVELS,
                 mit=("penguatan tanggul dengan karung pasir bersama BBWS",)),
        ],
        "rencana": [
            it("Melanjutkan pendataan kerusakan rumah warga hingga {data}", data="date 2 6"),
            it("Menyiapkan pembersihan lingkungan pasca banjir bersama warga dan relawan"),
        ],
    },
    {"ringkasan": (2, 3), "kondisi": (1, 3), "dampak": (2, 4), "penanganan": (2, 3), "pengungsi": (1, 3),
     "sumberdaya": (1, 2), "risks": (1, 3), "rencana": (1, 2)},
    date(2025, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MUALU = Partner(
    "mualu-vi",
    "Mưa lũ",
    ("Ban Chỉ huy PCTT và TKCN tỉnh Quảng Ngãi", "Ban Chỉ huy PCTT và TKCN tỉnh Quảng Nam",
     "Ban Chỉ huy PCTT và TKCN tỉnh Quảng Bình", "Ban Chỉ huy PCTT và TKCN tỉnh Hà Tĩnh"),
    {},
    {
        "tinhhinh": [
            it("Do ảnh hưởng của hoàn lưu bão, trên địa bàn tỉnh có mưa to đến rất to, lượng mưa phổ biến từ 200 "
               "đến 350 mm"),
            it("Mực nước trên các sông đang xuống chậm, riêng sông Trà Khúc tại trạm Trà Khúc ở mức {muc} cm"
               "{muc.was}", muc="n 500 900"),
            it("Số hộ dân bị ngập nhà: {ngap} hộ{ngap.was}", ngap="n 100 9000"),
        ],
        "dubao": [
            it("Trong 24 giờ tới mưa giảm dần, lũ trên các sông tiếp tục xuống"),
            it("Đài Khí tượng Thủy văn tỉnh cảnh báo nguy cơ sạt lở đất ở các huyện miền núi đến ngày {sat}",
               sat="date 1 4"),
        ],
        "thiethai": [
            it("Số người chết và mất tích: {chet} người", chet="n 0 8"),
            it("Số nhà bị sập, hư hỏng: {nha} nhà", nha="n 10 900"),
            it("Diện tích lúa và hoa màu bị ngập: {lua} ha", lua="n 100 6000"),
            it("Quốc lộ 24 bị sạt lở tại {diem} điểm, giao thông bị chia cắt", diem="n 1 15"),
        ],
        "ungpho": [
            it("Đã sơ tán {sotan} hộ dân ra khỏi vùng nguy hiểm{sotan.was}", sotan="n 100 6000"),
            it("Huy động {luc} cán bộ, chiến sĩ quân đội, công an và dân quân tham gia ứng cứu", luc="n 200 4000"),
            it("Cấp phát {gao} tấn gạo hỗ trợ các hộ bị cô lập", gao="n 5 120"),
        ],
        "thongtin": [
            it("Thông tin cảnh báo được phát trên Đài Phát thanh - Truyền hình tỉnh và hệ thống loa truyền thanh "
               "cơ sở"),
            it("Đã gửi {tin} tin nhắn cảnh báo đến thuê bao di động trên địa bàn", tin="n 10000 400000"),
        ],
        "risks": [
            risk("Nguy cơ sạt lở đất tại các huyện miền núi {trend}", levels=VI_LEVELS,
                 mit=("tổ chức di dời các hộ dân trong vùng nguy cơ và bố trí lực lượng trực 24/24",)),
            risk("Nguy cơ dịch bệnh sau lũ tại các vùng ngập sâu",
                 mit=("ngành y tế cấp phát hóa chất khử khuẩn và thuốc điều trị cho các xã",)),
            risk("Hồ chứa thủy lợi đầy nước {trend}", levels=VI_LEVELS,
                 mit=("vận hành xả lũ theo quy trình và thông báo trước cho người dân vùng hạ du",)),
        ],
        "nhiemvu": [
            it("Khẩn trương khắc phục hậu quả, khôi phục giao thông trước ngày {gt}", gt="date 2 6"),
            it("Tiếp tục rà soát, thống kê thiệt hại và báo cáo về Ban Chỉ đạo quốc gia"),
        ],
    },
    {"tinhhinh": (2, 3), "dubao": (1, 2), "thiethai": (2, 4), "ungpho": (2, 3), "thongtin": (1, 2),
     "risks": (1, 3), "nhiemvu": (1, 2)},
    date(2025, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BAGYO = Partner(
    "bagyo-fil",
    "Bagyo",
    ("Lungsod ng Marikina CDRRMO", "Lungsod ng Valenzuela CDRRMO", "Lungsod ng Malabon CDRRMO",
     "Lungsod ng Navotas CDRRMO"),
    {},
    {
        "buod": [
            it("Nananatiling nakataas ang Red Alert status sa lungsod dahil sa epekto ng bagyo at habagat"),
            it("Bilang ng apektadong pamilya: {pamilya}{pamilya.was}", pamilya="n 200 9000"),
            it("Walang naiulat na nasawi sa lungsod"),
        ],
        "lagay": [
            it("Antas ng tubig sa ilog: {ilog} metro{ilog.was}", ilog="n 14 21"),
            it("Baha pa rin sa {barangay} barangay, hanggang baywang ang lalim sa mabababang lugar",
               barangay="n 2 16"),
        ],
        "apektado": [
            it("Bilang ng mga taong apektado: {tao}", tao="n 1000 40000"),
            it("Sarado ang {kalsada} kalsada dahil sa baha", kalsada="n 2 20"),
            it("Walang pasok sa lahat ng antas sa pampubliko at pribadong paaralan"),
        ],
        "evac": [
            it("Bukas na evacuation center: {center}{center.was}", center="n 3 40"),
            it("Bilang ng pamilyang nasa loob ng evacuation center: {loob}", loob="n 50 3000"),
            it("Naipamahagi na ang {pack} family food pack mula sa DSWD at lokal na pamahalaan", pack="n 200 9000"),
        ],
        "tugon": [
            it("Nagsagawa ng rescue ang mga rescue team gamit ang {bangka} rubber boat", bangka="n 3 30"),
            it("Naglagay ng mga medical team at mobile kitchen sa mga evacuation center"),
            it("Nilinis ng City Engineering ang mga daluyan ng tubig sa {kanal} lugar", kanal="n 5 60"),
        ],
        "pondo": [
            it("Nagamit na mula sa Quick Response Fund: {qrf}", qrf="money 100 900"),
            it("Ang kabuuang gastos sa relief operations ay {relief}{relief.was}", relief="money 50 600"),
        ],
        "risks": [
            risk("Posibleng pagtaas muli ng tubig sa ilog kapag umulan sa kabundukan {trend}", levels=FIL_LEVELS,
                 mit=("patuloy ang forced evacuation sa mga nakatira sa tabing-ilog",)),
            risk("Pagkalat ng leptospirosis dahil sa baha",
                 mit=("namimigay ang City Health Office ng doxycycline sa mga lumusong sa baha",)),
            risk("Siksikan sa mga evacuation center {trend}", levels=FIL_LEVELS,
                 mit=("binuksan ang mga karagdagang silid-aralan bilang evacuation center",)),
        ],
        "paalala": [
            it("Para sa rescue, tumawag sa Hotline 161 o mag-message sa opisyal na Facebook page ng lungsod"),
            it("Ang mga abiso ay ipinopost sa Facebook page tuwing tatlong oras; umabot sa {reach} ang nakabasa",
               reach="n 10000 300000"),
        ],
    },
    {"buod": (2, 3), "lagay": (1, 2), "apektado": (1, 3), "evac": (1, 3), "tugon": (2, 3), "pondo": (1, 2),
     "risks": (1, 3), "paalala": (1, 2)},
    date(2025, 7, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
