"""Item ideas of four ``blind61_layouts`` publishers writing in other languages than English: the provincial
departments of labour and social welfare of Laos, secretariats of their provinces' disaster committees, in a Mekong
flood (Lao), the zonal offices of Bengaluru's municipal corporation in a week of urban flooding (Kannada), the fire
and rescue zones of Brunei in a monsoon flood (Malay) and Mongolian heating network companies when mains break in a
cold snap (Mongolian) (``blind5_layouts_content`` explains the slots). ``blind61_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's words; where a case ending would bend a
figure or a date, a point gives it after a label and a colon. The organisations are named after real kinds of body;
the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

LO_LEVELS = ("ຢູ່ໃນການຕິດຕາມ", "ເພີ່ມຂຶ້ນ", "ສູງ", "ສູງຫຼາຍ")
KN_LEVELS = ("ನಿಗಾದಲ್ಲಿದೆ", "ಹೆಚ್ಚುತ್ತಿದೆ", "ಹೆಚ್ಚಾಗಿದೆ", "ತೀವ್ರವಾಗಿದೆ")
BN_LEVELS = ("dalam pemantauan", "meningkat", "tinggi", "sangat tinggi")
MN_LEVELS = ("хяналтад байна", "нэмэгдэж байна", "өндөр байна", "маш өндөр байна")

NAMTHUAM = Partner(
    "la-plsw-mekong-flood",
    "ໄພນ້ຳຖ້ວມ",
    ("ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງບໍລິຄຳໄຊ", "ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງຄຳມ່ວນ",
     "ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງສະຫວັນນະເຂດ", "ພະແນກແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ ແຂວງຈຳປາສັກ"),
    {},
    {
        "hl": [
            it("ນັບແຕ່ວັນທີ {start} ເປັນຕົ້ນມາ ນ້ຳຂອງໄດ້ຂຶ້ນສູງ ແລະ ໄຫຼລົ້ນເຂົ້າເຂດທົ່ງພຽງ", start="date -4 -4"),
            it("ຈຳນວນບ້ານທີ່ຖືກນ້ຳຖ້ວມ: {ban}{ban.was}", ban="n 5 120"),
        ],
        "sit": [
            it("ກົມອຸຕຸນິຍົມ ແລະ ອຸທົກກະສາດ ຄາດຄະເນວ່າ ຈະມີຝົນຕົກໜັກຕໍ່ເນື່ອງ ໃນສອງວັນຂ້າງໜ້າ"),
            it("ລະດັບນ້ຳຂອງ ຢູ່ສະຖານີວັດແທກຫຼັກ ຍັງສູງກວ່າລະດັບເຕືອນໄພ"),
        ],
        "imp": [
            it("ຈຳນວນຄອບຄົວທີ່ໄດ້ຮັບຜົນກະທົບ: {khobkhua}{khobkhua.was}", khobkhua="n 100 9000"),
            it("ເສັ້ນທາງຫຼາຍສາຍ ຖືກນ້ຳຖ້ວມ ແລະ ບໍ່ສາມາດສັນຈອນໄປມາໄດ້"),
        ],
        "ta": [
            it("ຈຳນວນສູນອົບພະຍົບຊົ່ວຄາວທີ່ເປີດ: {sun}{sun.was}", sun="n 2 40"),
            it("ປະຊາຊົນໃນເຂດສ່ຽງ ໄດ້ຖືກເຄື່ອນຍ້າຍໄປຢູ່ບ່ອນປອດໄພ"),
        ],
        "tb": [
            it("ເນື້ອທີ່ນາເຂົ້າທີ່ຖືກນ້ຳຖ້ວມ (ເຮັກຕາ): {na}{na.was}", na="n 100 20000"),
            it("ສັດລ້ຽງຈຳນວນໜຶ່ງ ໄດ້ຖືກຍົກຍ້າຍຂຶ້ນບ່ອນສູງ"),
        ],
        "help": [
            it("ເຂົ້າສານ ແລະ ນ້ຳດື່ມ ໄດ້ແຈກຢາຍໃຫ້ຜູ້ປະສົບໄພແລ້ວ"),
            it("ປະຊາຊົນສາມາດແຈ້ງຂໍຄວາມຊ່ວຍເຫຼືອ ຜ່ານສາຍດ່ວນຂອງແຂວງ ຕະຫຼອດ 24 ຊົ່ວໂມງ"),
        ],
        "staff": [
            it("ຈຳນວນກຳລັງທີ່ລົງຊ່ວຍເຫຼືອ: {kamlang}{kamlang.was}", kamlang="n 20 600"),
            it("ທະຫານ, ຕຳຫຼວດ ແລະ ຊາວໜຸ່ມອາສາສະໝັກ ໄດ້ເຂົ້າຮ່ວມການກູ້ໄພ"),
        ],
        "money": [
            it("ງົບປະມານທີ່ໃຊ້ໄປແລ້ວ: {ngob}", ngob="cum 100 4000"),
            it("ໄດ້ສະເໜີງົບປະມານສຸກເສີນຈາກລັດຖະບານ ຈຳນວນ {kho}", kho="money 100 900"),
        ],
        "risks": [
            risk("ຄວາມສ່ຽງທີ່ຄັນດິນຈະພັງ {trend}", levels=LO_LEVELS, mit=("ໄດ້ເສີມຄັນດິນດ້ວຍກະສອບຊາຍ",)),
            risk("ຄວາມສ່ຽງຂອງພະຍາດຖອກທ້ອງ ຢູ່ສູນອົບພະຍົບ {trend}", levels=LO_LEVELS,
                 mit=("ທີມແພດໄດ້ລົງກວດ ແລະ ແຈກຢາຢູ່ສູນອົບພະຍົບ",)),
            risk("ການຂາດແຄນນ້ຳສະອາດ ຢູ່ບາງບ້ານ", mit=("ໄດ້ສົ່ງລົດນ້ຳ ແລະ ຢາຂ້າເຊື້ອໄປໃຫ້",)),
        ],
        "next": [
            it("ຄາດວ່າລະດັບນ້ຳຈະເລີ່ມຫຼຸດລົງ ພາຍໃນວັນທີ {lut}", lut="date 1 3"),
            it("ບົດລາຍງານຄັ້ງຕໍ່ໄປ ຈະສົ່ງໃນວັນທີ {to}", to="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MALE = Partner(
    "in-bbmp-urban-flood",
    "ಮಳೆ ಹಾನಿ",
    ("ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ – ಮಹದೇವಪುರ ವಲಯ", "ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ – ಬೊಮ್ಮನಹಳ್ಳಿ ವಲಯ",
     "ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ – ಯಲಹಂಕ ವಲಯ", "ಬೃಹತ್ ಬೆಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ – ಪೂರ್ವ ವಲಯ"),
    {},
    {
        "hl": [
            it("ದಿನಾಂಕ {modalu} ರಿಂದ ವಲಯದಲ್ಲಿ ಭಾರಿ ಮಳೆಯಾಗುತ್ತಿದ್ದು ಹಲವು ಬಡಾವಣೆಗಳು ಜಲಾವೃತಗೊಂಡಿವೆ", modalu="date -3 -3"),
            it("ಜಲಾವೃತಗೊಂಡ ಬಡಾವಣೆಗಳ ಸಂಖ್ಯೆ: {badavane}{badavane.was}", badavane="n 2 60"),
        ],
        "sit": [
            it("ರಾಜ್ಯ ನೈಸರ್ಗಿಕ ವಿಕೋಪ ಮೇಲ್ವಿಚಾರಣಾ ಕೇಂದ್ರದ ಮುನ್ಸೂಚನೆಯಂತೆ ಮುಂದಿನ ಎರಡು ದಿನ ಗುಡುಗು ಸಹಿತ ಮಳೆಯಾಗಲಿದೆ"),
            it("ಕಳೆದ 24 ಗಂಟೆಗಳಲ್ಲಿ ವಲಯದ ಸರಾಸರಿ ಮಳೆ (ಮಿ.ಮೀ.): {male}{male.was}", male="n 10 180"),
        ],
        "imp": [
            it("ನೀರು ನುಗ್ಗಿದ ಮನೆಗಳ ಸಂಖ್ಯೆ: {mane}{mane.was}", mane="n 20 3000"),
            it("ಕೆಲವು ಕೆಳಸೇತುವೆಗಳಲ್ಲಿ ನೀರು ನಿಂತಿರುವುದರಿಂದ ವಾಹನ ಸಂಚಾರ ಸ್ಥಗಿತಗೊಂಡಿದೆ"),
        ],
        "ta": [
            it("ಕೋಡಿ ಬಿದ್ದಿರುವ ಕೆರೆಗಳ ಸಂಖ್ಯೆ: {kere}{kere.was}", kere="n 1 25"),
            it("ರಾಜಕಾಲುವೆಗಳಲ್ಲಿ ಹೂಳು ತೆಗೆಯುವ ಕಾರ್ಯ ಮುಂದುವರಿದಿದೆ"),
        ],
        "tb": [
            it("ಧರೆಗುರುಳಿದ ಮರಗಳ ಸಂಖ್ಯೆ: {mara}{mara.was}", mara="n 2 150"),
            it("ರಸ್ತೆ ಗುಂಡಿಗಳನ್ನು ಮುಚ್ಚುವ ಕಾಮಗಾರಿಯನ್ನು ಮಳೆ ನಿಂತ ನಂತರ ಕೈಗೊಳ್ಳಲಾಗುವುದು"),
        ],
        "help": [
            it("ಸಂತ್ರಸ್ತರಿಗೆ ಕಾಳಜಿ ಕೇಂದ್ರಗಳಲ್ಲಿ ಊಟ ಮತ್ತು ವಸತಿ ವ್ಯವಸ್ಥೆ ಮಾಡಲಾಗಿದೆ"),
            it("ಸಾರ್ವಜನಿಕರು ಸಹಾಯವಾಣಿ 1533ಕ್ಕೆ ಕರೆ ಮಾಡಿ ದೂರು ನೀಡಬಹುದು"),
        ],
        "staff": [
            it("ಕಾರ್ಯಾಚರಣೆಯಲ್ಲಿ ತೊಡಗಿರುವ ಸಿಬ್ಬಂದಿ: {sibbandi}{sibbandi.was}", sibbandi="n 20 600"),
            it("ರಾಜ್ಯ ವಿಪತ್ತು ಸ್ಪಂದನಾ ಪಡೆ ಮತ್ತು ಅಗ್ನಿಶಾಮಕ ದಳದ ತಂಡಗಳು ನೆರವು ನೀಡುತ್ತಿವೆ"),
        ],
        "money": [
            it("ಇಲ್ಲಿಯವರೆಗಿನ ತುರ್ತು ಕಾಮಗಾರಿ ವೆಚ್ಚ: {vecha}", vecha="cum 100 4000"),
            it("ಹಾನಿಗೊಳಗಾದ ರಸ್ತೆಗಳ ದುರಸ್ತಿಗೆ {anudana} ಅನುದಾನ ಕೋರಲಾಗಿದೆ", anudana="money 100 900"),
        ],
        "risks": [
            risk("ಕೆರೆ ಏರಿ ಒಡೆಯುವ ಅಪಾಯ {trend}", levels=KN_LEVELS,
                 mit=("ದುರ್ಬಲ ಏರಿಗಳಿಗೆ ಮರಳು ಚೀಲಗಳನ್ನು ಅಳವಡಿಸಲಾಗಿದೆ",)),
            risk("ತಗ್ಗು ಪ್ರದೇಶಗಳಲ್ಲಿ ಸಾಂಕ್ರಾಮಿಕ ರೋಗ ಹರಡುವ ಅಪಾಯ {trend}", levels=KN_LEVELS,
                 mit=("ಆರೋಗ್ಯ ವಿಭಾಗದಿಂದ ಔಷಧ ಸಿಂಪಡಣೆ ಮಾಡಲಾಗುತ್ತಿದೆ",)),
            risk("ಶಿಥಿಲ ಕಟ್ಟಡಗಳು ಕುಸಿಯುವ ಸಾಧ್ಯತೆ", mit=("ಶಿಥಿಲ ಕಟ್ಟಡಗಳ ನಿವಾಸಿಗಳನ್ನು ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆ",)),
        ],
        "next": [
            it("ರಾಜಕಾಲುವೆ ಒತ್ತುವರಿ ತೆರವು ಕಾರ್ಯಾಚರಣೆ ದಿನಾಂಕ {aramba} ರಿಂದ ಆರಂಭವಾಗಲಿದೆ", aramba="date 1 3"),
            it("ಮುಂದಿನ ವರದಿಯನ್ನು ದಿನಾಂಕ {mundina} ರಂದು ಸಲ್ಲಿಸಲಾಗುವುದು", mundina="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BANJIR = Partner(
    "bn-bomba-monsoon-flood",
    "Banjir",
    ("Jabatan Bomba dan Penyelamat – Zon 1 Brunei dan Muara", "Jabatan Bomba dan Penyelamat – Zon 2 Tutong",
     "Jabatan Bomba dan Penyelamat – Zon 3 Belait", "Jabatan Bomba dan Penyelamat – Zon 4 Temburong"),
    {},
    {
        "hl": [
            it("Hujan lebat berterusan sejak {sejak} telah menyebabkan banjir kilat di beberapa kampung",
               sejak="date -3 -3"),
            it("Bilangan kampung yang terjejas: {kampung}{kampung.was}", kampung="n 2 40"),
        ],
        "sit": [
            it("Jabatan Perkhidmatan Meteorologi Brunei mengeluarkan amaran hujan lebat bagi tempoh dua hari lagi"),
            it("Paras air sungai di stesen pemantauan utama masih melebihi paras amaran"),
        ],
        "imp": [
            it("Rumah yang dimasuki air: {rumah}{rumah.was}", rumah="n 10 900"),
            it("Beberapa jalan raya ditutup kepada lalu lintas kerana dinaiki air"),
        ],
        "ta": [
            it("Panggilan kecemasan yang diterima melalui talian 995: {panggilan}{panggilan.was}",
               panggilan="n 5 200"),
            it("Bot penyelamat digunakan untuk memindahkan penduduk yang terkandas"),
        ],
        "tb": [
            it("Pusat Pemindahan Sementara yang dibuka: {pps}{pps.was}", pps="n 1 20"),
            it("Dewan serbaguna kampung digunakan sebagai pusat pemindahan"),
        ],
        "help": [
            it("Bantuan makanan disalurkan bersama Jabatan Pembangunan Masyarakat"),
            it("Orang ramai boleh menghubungi Talian Darussalam 123 untuk mendapatkan bantuan"),
        ],
        "staff": [
            it("Anggota bomba yang terlibat dalam operasi: {anggota}{anggota.was}", anggota="n 10 300"),
            it("Pasukan Polis Diraja Brunei dan Angkatan Bersenjata Diraja Brunei turut membantu operasi"),
        ],
        "money": [
            it("Kos operasi setakat ini: {kos}", kos="cum 100 4000"),
            it("Peruntukan tambahan sebanyak {peruntukan} telah dipohon untuk membaiki peralatan",
               peruntukan="money 100 900"),
        ],
        "risks": [
            risk("Risiko banjir susulan di kawasan rendah adalah {trend}", levels=BN_LEVELS,
                 mit=("pam mudah alih ditempatkan di kawasan berisiko",)),
            risk("Risiko tanah runtuh di lereng bukit adalah {trend}", levels=BN_LEVELS,
                 mit=("penduduk di kawasan lereng dinasihatkan berpindah sementara",)),
            risk("Kerosakan bot penyelamat akibat penggunaan berterusan",
                 mit=("penyelenggaraan dibuat setiap hari selepas operasi",)),
        ],
        "next": [
            it("Operasi pembersihan dijangka bermula pada {bersih}", bersih="date 1 3"),
            it("Laporan seterusnya akan dikemukakan pada {seterusnya}", seterusnya="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DULAAN = Partner(
    "mn-heating-network-outage",
    "Дулаан хангамж",
    ("Улаанбаатар Дулааны Сүлжээ ТӨХК", "Дарханы Дулааны Сүлжээ ТӨХК", "Эрдэнэтийн Дулааны Сүлжээ ТӨХК",
     "Чойбалсангийн Дулааны Сүлжээ ТӨХК"),
    {},
    {
        "hl": [
            it("{ehelsen} өдрөөс эхлэн дулааны шугамын гэмтлийн улмаас хэсэг хороолол дулаангүй болсон",
               ehelsen="date -2 -2"),
            it("Дулаан хангамжгүй байгаа орон сууцны барилга: {barilga}{barilga.was}", barilga="n 5 300"),
        ],
        "sit": [
            it("Цаг уурын мэдээгээр шөнөдөө 35-38 хэм хүйтэн байна"),
            it("Хүйтний эрч дараагийн хоёр хоногт суларахгүй"),
        ],
        "imp": [
            it("Дулаангүй болсон өрх: {orh}{orh.was}", orh="n 100 20000"),
            it("Хэд хэдэн сургууль, цэцэрлэг хичээлээ түр зогсоосон"),
        ],
        "ta": [
            it("Засвар хийгдэж буй гэмтэл: {gemtel}{gemtel.was}", gemtel="n 1 30"),
            it("Гэмтсэн хэсгийг тойруулан түр шугам тавьж байна"),
        ],
        "tb": [
            it("Дулааны цахилгаан станц бүрэн хүчин чадлаар ажиллаж байна"),
            it("Буцах усны температур (хэм): {temp}{temp.was}", temp="n 40 70"),
        ],
        "help": [
            it("Дулаангүй айлуудад цахилгаан халаагуур түр олгож байна"),
            it("Иргэд 24 цагийн лавлах утсаар дуудлага өгөх боломжтой"),
        ],
        "staff": [
            it("Засварын ажилд оролцож буй ажилтан: {ajiltan}{ajiltan.was}", ajiltan="n 20 400"),
            it("Онцгой байдлын газрын аврагчид ажилд дэмжлэг үзүүлж байна"),
        ],
        "money": [
            it("Засварын зардал өнөөдрийн байдлаар: {zardal}", zardal="cum 100 4000"),
            it("Засгийн газрын нөөц сангаас {nooc} олгохыг хүссэн", nooc="money 100 900"),
        ],
        "risks": [
            risk("Шугам хөлдөх эрсдэл {trend}", levels=MN_LEVELS,
                 mit=("шугамын ус зайлуулах ажлыг шөнийн цагаар хийж байна",)),
            risk("Нөөц сэлбэг, хоолой дутагдах эрсдэл {trend}", levels=MN_LEVELS,
                 mit=("нийлүүлэгчээс яаралтай худалдан авч байна",)),
            risk("Ажилтнууд хүйтэнд өртөх", mit=("ажилтнуудыг ээлжээр амраан, халуун хоолоор хангаж байна",)),
        ],
        "next": [
            it("Дулаан хангамжийг {sergeeh} өдөр бүрэн сэргээхээр ажиллаж байна", sergeeh="date 1 3"),
            it("Дараагийн мэдээг {daraa} өдөр хүргүүлнэ", daraa="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
