"""Item ideas of four ``blind67_layouts`` publishers north of the Arabian Peninsula and farther away: the community
centres of Macao's neighbourhood associations in a typhoon (Chinese in traditional characters, as Macao writes it),
the regional water establishments of Lebanon in a summer of power cuts (French), the governorate public works
directorates of Jordan in a snowstorm (Arabic) and the archipelago municipalities of Åland in an autumn storm
(Swedish) (``blind5_layouts_content`` explains the slots). ``blind67_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's conventions; where a particle would bend a figure or a date,
a point gives it after a label and a colon. The organisations are named after real kinds of body; the events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

ZH_LEVELS = ("持續觀察", "上升", "高", "極高")
FR_LEVELS = ("à surveiller", "en augmentation", "élevé", "critique")
JO_LEVELS = ("تحت المتابعة", "في ازدياد", "مرتفع", "مرتفع جداً")
SV_LEVELS = ("bevakas", "ökar", "hög", "mycket hög")

TOIFUNG = Partner(
    "mo-kaifong-community-centre-typhoon",
    "颱風",
    ("街總祐漢社區中心", "街總台山社區中心", "街總下環社區中心", "街總氹仔社區中心"),
    {},
    {
        "hl": [
            it("颱風吹襲期間，中心服務範圍內多條低窪街道出現水浸"),
            it("受影響住戶（戶）：{hu}{hu.was}", hu="n 20 1500"),
        ],
        "sit": [
            it("地球物理氣象局於{signal}改掛八號風球，風暴潮橙色警告同時生效", signal="date -1 -1"),
            it("區內最高水浸深度（厘米）：{cm}{cm.was}", cm="n 10 180"),
        ],
        "imp": [
            it("中心協助處理的長者求助個案：{case}{case.was}", case="n 5 300"),
            it("區內停電大廈數目：{bld}{bld.was}", bld="n 1 60"),
        ],
        "ta": [
            it("已派發沙包（個）：{sand}{sand.was}", sand="n 100 5000"),
            it("市政署清潔隊正清理街道上的淤泥及垃圾，部分路段仍有積水"),
        ],
        "tb": [
            it("已致電慰問的獨居長者：{call}{call.was}", call="n 20 800"),
            it("部分長者家中雪櫃停電後食物變壞，中心已安排送上熱飯"),
        ],
        "help": [
            it("中心開放作臨時休息站，留宿街坊人數：{stay}{stay.was}", stay="n 5 200"),
            it("社工局及市政署向受影響住戶派發食物包及清潔用品"),
        ],
        "staff": [
            it("出動的職員及義工：{vol}{vol.was}", vol="n 10 150"),
            it("街總義工隊分組上門協助長者清理家居"),
        ],
        "money": [
            it("中心至今支出的應急費用：{cost}", cost="cum 5 60"),
            it("中心已向市政署申請緊急資助，金額為{grant}，用於購買抽水機及清潔物資", grant="money 10 120"),
        ],
        "risks": [
            risk("低窪地區再次水浸的風險：{trend}", levels=ZH_LEVELS, mit=("中心已預先派發沙包及擋水板",)),
            risk("長者在清理家居時跌倒受傷的風險：{trend}", levels=ZH_LEVELS, mit=("義工兩人一組上門協助",)),
            risk("部分大廈水箱受污水污染", mit=("已通知澳門自來水到場檢測及清洗水箱",)),
        ],
        "next": [
            it("於{reg}前完成區內受影響住戶的登記", reg="date 1 3"),
            it("下一次通報將於{nxt}發出", nxt="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EAUX = Partner(
    "lb-water-establishment-supply",
    "Approvisionnement en eau",
    ("Établissement des Eaux de Beyrouth et du Mont-Liban", "Établissement des Eaux du Liban-Nord",
     "Établissement des Eaux de la Békaa", "Établissement des Eaux du Liban-Sud"),
    {},
    {
        "hl": [
            it("Les coupures prolongées d'Électricité du Liban réduisent fortement le pompage dans la zone desservie"),
            it("Abonnés recevant moins de douze heures d'eau par semaine : {abonnes}{abonnes.was}",
               abonnes="n 500 40000"),
        ],
        "sit": [
            it("Stations de pompage à l'arrêt faute de courant ou de carburant : {stations}{stations.was}",
               stations="n 1 40"),
            it("Baisse du débit des sources principales par rapport à la moyenne saisonnière : {baisse}{baisse.was}",
               baisse="pct 10 60"),
        ],
        "imp": [
            it("Municipalités signalant des quartiers sans eau depuis plus d'une semaine : {munis}{munis.was}",
               munis="n 1 50"),
            it("Les ménages dépendent davantage des camions-citernes privés, dont les prix ont augmenté"),
        ],
        "ta": [
            it("Heures de fonctionnement des groupes électrogènes par jour : {heures}{heures.was}", heures="n 4 20"),
            it("Les panneaux solaires installés avec l'UNICEF alimentent désormais deux stations de pompage"),
        ],
        "tb": [
            it("Échantillons analysés au laboratoire de l'Établissement cette semaine : {ech}{ech.was}",
               ech="n 10 300"),
            it("Le chlore résiduel est conforme dans les réservoirs principaux du réseau"),
        ],
        "help": [
            it("Villages approvisionnés par camion-citerne en coordination avec les municipalités : "
               "{villages}{villages.was}", villages="n 2 60"),
            it("Les unions de municipalités distribuent de l'eau en bouteille aux familles les plus vulnérables"),
        ],
        "staff": [
            it("Techniciens et agents mobilisés sur le terrain : {agents}{agents.was}", agents="n 10 250"),
            it("Des équipes de garde assurent les réparations de nuit sur les conduites principales"),
        ],
        "money": [
            it("Dépenses de carburant engagées depuis le début de la crise : {carburant}", carburant="cum 20 400"),
            it("L'Établissement a sollicité {aide} auprès du ministère de l'Énergie et de l'Eau pour l'achat de "
               "gazole", aide="money 50 500"),
        ],
        "risks": [
            risk("Risque d'arrêt total du pompage si les livraisons de gazole sont retardées : {trend}",
                 levels=FR_LEVELS, mit=("constitution d'un stock de réserve de cinq jours",)),
            risk("Risque de contamination dans les quartiers alimentés par des citernes privées : {trend}",
                 levels=FR_LEVELS, mit=("contrôle du chlore résiduel et sensibilisation avec les municipalités",)),
            risk("Raccordements illicites sur les conduites principales",
                 mit=("patrouilles conjointes avec la police municipale",)),
        ],
        "next": [
            it("Réunion de coordination avec les unions de municipalités le {reunion}", reunion="date 1 6"),
            it("Prochain rapport de situation : {prochain}", prochain="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 8, 3), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

THULUJ = Partner(
    "jo-public-works-directorate-snowstorm",
    "المنخفض الجوي",
    ("مديرية أشغال محافظة إربد", "مديرية أشغال محافظة عجلون", "مديرية أشغال محافظة الطفيلة",
     "مديرية أشغال محافظة الكرك"),
    {},
    {
        "hl": [
            it("تأثرت المحافظة بمنخفض جوي قطبي مصحوب بتساقط الثلوج على المرتفعات منذ {bidaya}", bidaya="date -2 -1"),
            it("الطرق المغلقة بسبب تراكم الثلوج: {mughlaqa}{mughlaqa.was}", mughlaqa="n 1 40"),
        ],
        "sit": [
            it("سماكة الثلوج على المرتفعات (سم): {sumk}{sumk.was}", sumk="n 5 60"),
            it("تتوقع دائرة الأرصاد الجوية تشكل الصقيع والجليد على الطرق خلال ساعات الليل"),
        ],
        "imp": [
            it("المركبات العالقة التي تم سحبها: {markabat}{markabat.was}", markabat="n 1 150"),
            it("القرى التي انقطعت عنها الطرق لساعات: {qura}{qura.was}", qura="n 1 30"),
        ],
        "ta": [
            it("الآليات العاملة في فتح الطرق: {aliyat}{aliyat.was}", aliyat="n 5 80"),
            it("تم فتح الطريق الرئيسي المؤدي إلى المستشفى الحكومي ومراكز الدفاع المدني"),
        ],
        "tb": [
            it("كميات الملح المستخدمة على الطرق (طن): {milh}{milh.was}", milh="n 20 900"),
            it("وصلت شحنة إضافية من الملح والحصى من مستودعات الوزارة"),
        ],
        "help": [
            it("نقلت آليات المديرية بالتعاون مع الدفاع المدني مرضى غسيل الكلى إلى المستشفيات"),
            it("حالات الإسناد المقدمة للمواطنين: {isnad}{isnad.was}", isnad="n 5 300"),
        ],
        "staff": [
            it("الفنيون والسائقون المناوبون في الميدان: {kawadir}{kawadir.was}", kawadir="n 10 200"),
            it("تعمل الكوادر بنظام المناوبة على مدار الساعة بالتنسيق مع غرفة العمليات في المحافظة"),
        ],
        "money": [
            it("كلفة المحروقات والصيانة منذ بدء المنخفض: {kulfa}", kulfa="cum 5 60"),
            it("طلبت المديرية من مجلس المحافظة مخصصات طارئة بقيمة {mukhassasat} لصيانة الآليات",
               mukhassasat="money 10 100"),
        ],
        "risks": [
            risk("خطر تشكل الجليد على الطرق الجبلية: {trend}", levels=JO_LEVELS,
                 mit=("نثر الملح مساءً وإغلاق الطرق الخطرة بالتنسيق مع الأمن العام",)),
            risk("خطر تعطل الآليات بسبب ساعات العمل الطويلة: {trend}", levels=JO_LEVELS,
                 mit=("تجهيز فرق صيانة متنقلة في مواقع العمل",)),
            risk("انهيارات ترابية على جوانب الطرق بعد ذوبان الثلوج",
                 mit=("مراقبة المواقع الحرجة وإزالة الأتربة فوراً",)),
        ],
        "next": [
            it("حصر الأضرار في شبكة الطرق قبل {hasr}", hasr="date 1 4"),
            it("صدور التقرير القادم في {qadim}", qadim="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STORM = Partner(
    "ax-archipelago-municipality-storm",
    "Höststorm",
    ("Kökars kommun", "Föglö kommun", "Kumlinge kommun", "Brändö kommun"),
    {},
    {
        "hl": [
            it("Stormen med vindbyar upp till orkanstyrka har orsakat omfattande elavbrott i kommunen"),
            it("Hushåll utan el: {el}{el.was}", el="n 10 700"),
        ],
        "sit": [
            it("Högsta uppmätta vindbyar (m/s): {vind}{vind.was}", vind="n 18 38"),
            it("Meteorologiska institutet varnar för fortsatt hård vind över Ålands hav under natten"),
        ],
        "imp": [
            it("Vägar som är blockerade av nedfallna träd: {vagar}{vagar.was}", vagar="n 1 20"),
            it("Mobilnätet och det fasta bredbandet ligger nere i delar av kommunen"),
        ],
        "ta": [
            it("Reservkraften vid vattenverket har varit i drift sedan {reserv}", reserv="date -2 -1"),
            it("Montörer från Ålands Elandelslag i arbete i kommunen: {montorer}{montorer.was}", montorer="n 2 20"),
        ],
        "tb": [
            it("Inställda färjeturer: {turer}{turer.was}", turer="n 1 30"),
            it("Ålandstrafiken kör enligt en begränsad tidtabell tills vinden har mojnat"),
        ],
        "help": [
            it("Äldre i hemtjänsten som har fått besök eller samtal: {aldre}{aldre.was}", aldre="n 5 120"),
            it("Skolan har öppnats som värmestuga där man också kan ladda telefoner"),
        ],
        "staff": [
            it("Kommunanställda och medlemmar i frivilliga brandkåren i arbete: {personal}{personal.was}",
               personal="n 5 80"),
            it("Brandkåren röjer vägarna tillsammans med lokala entreprenörer"),
        ],
        "money": [
            it("Kommunens extra kostnader hittills: {kostnad}", kostnad="cum 5 50"),
            it("Kommunen ansöker om {bidrag} i extra stöd från landskapsregeringen", bidrag="money 10 120"),
        ],
        "risks": [
            risk("Risk för frysskador i fastigheter utan el: {trend}", levels=SV_LEVELS,
                 mit=("hemtjänsten kontrollerar värmen hos de äldre och lånar ut elaggregat",)),
            risk("Risk att vattenverket stannar om reservkraften sviktar: {trend}", levels=SV_LEVELS,
                 mit=("extra bränsle är beställt och en reservpump står klar",)),
            risk("Äldre utan fungerande telefon kan inte larma",
                 mit=("frivilliga gör hembesök två gånger per dag",)),
        ],
        "next": [
            it("Beräknat datum då alla hushåll har el igen: {klart}", klart="date 1 4"),
            it("Nästa lägesrapport: {nasta}", nasta="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
