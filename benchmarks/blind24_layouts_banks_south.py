"""Item ideas of four ``blind24_layouts`` publishers: an Egyptian governorate's crisis and disaster management centre's
flash-flood report in Arabic, an Iranian Red Crescent provincial branch's flood report in Persian, an Israeli
municipality's winter storm update in Hebrew and an Armenian regional administration's mudflow report
(``blind5_layouts_content`` explains the slots). The generator's figures, dates and "(up from … )" notes are British
English; ``blind24_layouts_content`` prints them in each publisher's conventions. The names are in scripts without
Latin letters, so each series is told apart by the name in Latin letters (``latin``, then the service). The
organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

AR_LEVELS = ("تحت المراقبة", "في تزايد", "مرتفع حاليا", "بالغ الخطورة حاليا")
FA_LEVELS = ("تحت پایش است", "رو به افزایش است", "اکنون زیاد است", "اکنون بحرانی است")
HE_LEVELS = ("במעקב", "עולה", "גבוהה כעת", "חמורה כעת")
HY_LEVELS = ("հսկողության տակ է", "աճում է", "այժմ բարձր է", "այժմ շատ բարձր է")

SUYUL = Romanised(
    "suyul-ar",
    "السيول",
    ("محافظة أسوان", "محافظة سوهاج", "محافظة البحر الأحمر", "محافظة جنوب سيناء"),
    {},
    {
        "mulakhas": [
            it("تعرضت مراكز المحافظة لأمطار غزيرة وسيول خلال الساعات الماضية"),
            it("الأسر المتضررة: {usar}{usar.was}", usar="n 20 1500"),
            it("لم تسجل أي وفيات حتى الآن"),
        ],
        "mawqif": [
            it("انحسرت مياه السيول في معظم القرى مع استمرار تجمع المياه في بعض المناطق المنخفضة"),
            it("مراكز الإيواء المفتوحة: {iwaa}{iwaa.was}", iwaa="n 1 25"),
        ],
        "tawaqqu": [
            it("تتوقع الهيئة العامة للأرصاد الجوية استمرار عدم استقرار الأحوال الجوية حتى {hatta}", hatta="date 1 3"),
            it("يحتمل سقوط أمطار رعدية على المناطق الجبلية"),
        ],
        "athar": [
            it("المنازل المتضررة: {manazil}{manazil.was}", manazil="n 5 600"),
            it("انقطع الطريق الرابط بين القرى الشرقية بسبب الانهيارات"),
            it("المدارس المعلقة بها الدراسة: {madaris}", madaris="n 1 20"),
        ],
        "ijraat": [
            it("دفعت الوحدات المحلية بمعدات لسحب المياه من الشوارع"),
            it("الوجبات الموزعة على الأسر المتضررة: {wajabat}{wajabat.was}", wajabat="n 100 6000"),
            it("تم رفع كفاءة مخرات السيول وتطهير مداخلها"),
        ],
        "quwa": [
            it("العاملون المشاركون في أعمال المواجهة: {amilun}{amilun.was}", amilun="n 20 400"),
            it("المعدات الثقيلة المستخدمة: {muaddat}", muaddat="n 3 60"),
        ],
        "takalif": [
            it("إجمالي تكاليف أعمال المواجهة حتى الآن: {taklifa}{taklifa.was}", taklifa="money 50 900"),
            it("تم رفع طلب دعم إلى صندوق الطوارئ بوزارة التنمية المحلية"),
        ],
        "risks": [
            risk("خطر تجدد السيول على القرى الواقعة في مجاري الأودية {trend}", levels=AR_LEVELS,
                 mit=("يتم رصد الأودية على مدار الساعة وإنذار السكان عبر مكبرات الصوت بالمساجد",)),
            risk("خطر انتشار الأمراض بسبب تلوث مياه الشرب {trend}", levels=AR_LEVELS,
                 mit=("يتم توزيع مياه معبأة وأقراص تعقيم على الأسر المتضررة",)),
            risk("انهيار جزئي للمنازل القديمة المبنية بالطوب اللبن",
                 mit=("تم إخلاء المنازل الآيلة للسقوط ونقل سكانها إلى مراكز الإيواء",)),
        ],
        "ilam": [
            it("تنشر المحافظة التحديثات عبر صفحتها الرسمية على فيسبوك"),
            it("البلاغات الواردة إلى غرفة العمليات: {balaghat}{balaghat.was}", balaghat="n 10 700"),
        ],
        "tali": [
            it("الاجتماع القادم للجنة العليا للأزمات: {ijtima}", ijtima="date 1 2"),
            it("حصر الأضرار بالتنسيق مع مديرية الإسكان"),
        ],
    },
    {"mulakhas": (2, 3), "mawqif": (1, 2), "tawaqqu": (1, 2), "athar": (1, 3), "ijraat": (2, 3), "quwa": (1, 2),
     "takalif": (1, 2), "risks": (1, 3), "ilam": (1, 2), "tali": (1, 2)},
    date(2025, 3, 12), cadence_days=1, punct="stop", mitigation="colon",
    latin=("aswan", "sohag", "red-sea", "south-sinai", "suyul"),
)  # fmt: skip

SEYLAB = Romanised(
    "seylab-fa",
    "سیلاب",
    ("جمعیت هلال احمر استان گیلان", "جمعیت هلال احمر استان مازندران", "جمعیت هلال احمر استان گلستان",
     "جمعیت هلال احمر استان لرستان"),
    {},
    {
        "kholase": [
            it("بارش‌های سیل‌آسا در چند شهرستان استان موجب آب‌گرفتگی و تخریب شد"),
            it("خانوارهای آسیب‌دیده: {khanevar}{khanevar.was}", khanevar="n 50 4000"),
            it("تاکنون هیچ مورد فوتی گزارش نشده است"),
        ],
        "vaziat": [
            it("سطح آب رودخانه‌ها رو به کاهش است اما برخی راه‌های روستایی همچنان مسدود است"),
            it("مراکز اسکان اضطراری فعال: {eskan}{eskan.was}", eskan="n 1 30"),
        ],
        "pishbini": [
            it("هشدار نارنجی هواشناسی برای استان تا این تاریخ اعتبار دارد: {ta}", ta="date 1 3"),
            it("احتمال بارش‌های رگباری در ارتفاعات وجود دارد"),
        ],
        "asar": [
            it("واحدهای مسکونی آسیب‌دیده: {vahed}{vahed.was}", vahed="n 10 900"),
            it("جاده ارتباطی چند روستا بر اثر رانش زمین قطع شده است"),
            it("مدارس تعطیل‌شده: {madares}", madares="n 1 30"),
        ],
        "eqdamat": [
            it("تیم‌های امداد و نجات خانوارهای ساکن حاشیه رودخانه را تخلیه کردند"),
            it("چادرهای توزیع‌شده: {chador}{chador.was}", chador="n 20 1500"),
            it("اقلام زیستی شامل پتو، غذای گرم و آب آشامیدنی میان آسیب‌دیدگان توزیع شد"),
        ],
        "niru": [
            it("نیروهای امدادی و داوطلبان فعال: {niru}{niru.was}", niru="n 30 600"),
            it("خودروهای امدادی و قایق‌های نجات: {khodro}", khodro="n 3 60"),
        ],
        "hazine": [
            it("هزینه عملیات امدادی تاکنون: {hazine}{hazine.was}", hazine="money 50 900"),
            it("درخواست تأمین اعتبار به ستاد مدیریت بحران استان ارسال شد"),
        ],
        "risks": [
            risk("خطر وقوع سیلاب مجدد در روستاهای پایین‌دست {trend}", levels=FA_LEVELS,
                 mit=("پایش رودخانه‌ها شبانه‌روزی انجام می‌شود و دهیاری‌ها به مردم هشدار می‌دهند",)),
            risk("خطر شیوع بیماری‌های ناشی از آلودگی آب آشامیدنی {trend}", levels=FA_LEVELS,
                 mit=("آب آشامیدنی بسته‌بندی و قرص کلر میان خانوارها توزیع می‌شود",)),
            risk("کمبود سوخت برای پمپ‌های تخلیه آب",
                 mit=("سه دستگاه تانکر سوخت از استان همجوار اعزام شد",)),
        ],
        "etela": [
            it("اطلاع‌رسانی از طریق صداوسیمای مرکز استان و کانال‌های رسمی در پیام‌رسان‌ها انجام می‌شود"),
            it("تماس‌های دریافتی سامانه 112: {tamas}{tamas.was}", tamas="n 20 900"),
        ],
        "gam": [
            it("جلسه بعدی شورای هماهنگی مدیریت بحران: {jalase}", jalase="date 1 2"),
            it("ارزیابی خسارات با همکاری بنیاد مسکن انجام خواهد شد"),
        ],
    },
    {"kholase": (2, 3), "vaziat": (1, 2), "pishbini": (1, 2), "asar": (1, 3), "eqdamat": (2, 3), "niru": (1, 2),
     "hazine": (1, 2), "risks": (1, 3), "etela": (1, 2), "gam": (1, 2)},
    date(2025, 4, 2), cadence_days=1, punct="stop", mitigation="colon",
    latin=("gilan", "mazandaran", "golestan", "lorestan", "seylab"),
)  # fmt: skip

SUFA = Romanised(
    "sufa-he",
    "סערה",
    ("עיריית נהריה", "עיריית אילת", "עיריית צפת", "עיריית אשקלון"),
    {},
    {
        "takzir": [
            it("סערה עזה פקדה את העיר בלילה וגרמה להצפות בכמה שכונות"),
            it("משקי בית שנפגעו: {batim}{batim.was}", batim="n 20 1500"),
            it("לא דווח על נפגעים בנפש"),
        ],
        "matzav": [
            it("מפלס המים בתעלות יורד אך כמה רחובות עדיין חסומים לתנועה"),
            it("מרכזי קליטה פעילים: {merkazim}{merkazim.was}", merkazim="n 1 12"),
        ],
        "tachazit": [
            it("השירות המטאורולוגי צופה המשך גשמים עזים עד {ad}", ad="date 1 3"),
            it("צפויות רוחות חזקות באזור החוף"),
        ],
        "hashpaot": [
            it("מבנים שנפגעו: {mivnim}{mivnim.was}", mivnim="n 5 400"),
            it("הכביש לאזור התעשייה נחסם בגלל הצפה"),
            it("בתי ספר סגורים: {batei}", batei="n 1 20"),
        ],
        "peulot": [
            it("צוותי החירום שאבו מים מבתים ומחניונים תת-קרקעיים"),
            it("ארוחות חמות שחולקו: {aruchot}{aruchot.was}", aruchot="n 50 3000"),
            it("עובדי העירייה פינו עצים שקרסו על כבישים"),
        ],
        "koach": [
            it("עובדים ומתנדבים בשטח: {ovdim}{ovdim.was}", ovdim="n 20 300"),
            it("כלי רכב ומשאבות בשימוש: {kelim}", kelim="n 3 40"),
        ],
        "taktziv": [
            it("עלות הטיפול באירוע עד כה: {alut}{alut.was}", alut="money 50 900"),
            it("העירייה פנתה למשרד הפנים בבקשה לסיוע תקציבי"),
        ],
        "risks": [
            risk("סכנת הצפה חוזרת בשכונות הנמוכות {trend}", levels=HE_LEVELS,
                 mit=("צוותים מנטרים את התעלות סביב השעון ומתריעים בפני התושבים",)),
            risk("סכנת קריסת עצים ועמודי חשמל {trend}", levels=HE_LEVELS,
                 mit=("חברת החשמל והעירייה בודקות את הקווים ומגדרות אזורים מסוכנים",)),
            risk("מחסור במקומות לינה לתושבים שפונו", mit=("נפתח אולם ספורט נוסף לקליטת מפונים",)),
        ],
        "hasbara": [
            it("העדכונים מתפרסמים באתר העירייה ובקבוצות הווטסאפ השכונתיות"),
            it("פניות שהתקבלו במוקד 106: {pniyot}{pniyot.was}", pniyot="n 20 900"),
        ],
        "hamshech": [
            it("הערכת מצב הבאה: {haaracha}", haaracha="date 1 2"),
            it("סקר נזקים משותף עם רשות הכבאות וההצלה"),
        ],
    },
    {"takzir": (2, 3), "matzav": (1, 2), "tachazit": (1, 2), "hashpaot": (1, 3), "peulot": (2, 3), "koach": (1, 2),
     "taktziv": (1, 2), "risks": (1, 3), "hasbara": (1, 2), "hamshech": (1, 2)},
    date(2025, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
    latin=("nahariya", "eilat", "tsfat", "ashkelon", "sufa"),
)  # fmt: skip

SELAV = Romanised(
    "selav-hy",
    "Սելավ",
    ("Լոռու մարզպետարան", "Տավուշի մարզպետարան", "Սյունիքի մարզպետարան", "Արագածոտնի մարզպետարան"),
    {},
    {
        "amfop": [
            it("Մարզի մի շարք համայնքներում հորդառատ անձրևները սելավներ են առաջացրել"),
            it("Տուժած ընտանիքներ՝ {entanik}{entanik.was}", entanik="n 10 900"),
            it("Մարդկային զոհեր չկան"),
        ],
        "vichak": [
            it("Գետերի մակարդակը նվազում է, սակայն որոշ ճանապարհներ դեռ փակ են"),
            it("Գործող ժամանակավոր կացարաններ՝ {katsaran}{katsaran.was}", katsaran="n 1 15"),
        ],
        "kankhatesum": [
            it("Հիդրոօդերևութաբանական ծառայությունը տեղումներ է կանխատեսում մինչև {minchev}", minchev="date 1 3"),
            it("Լեռնային շրջաններում հնարավոր են կարկուտ և ուժեղ քամի"),
        ],
        "hetevanq": [
            it("Վնասված բնակելի տներ՝ {tun}{tun.was}", tun="n 5 400"),
            it("Միջպետական ճանապարհի մի հատված փակվել է սողանքի պատճառով"),
            it("Դասերը դադարեցրած դպրոցներ՝ {dprots}", dprots="n 1 15"),
        ],
        "gortsogh": [
            it("Փրկարարները տարհանել են գետափին ապրող ընտանիքներին"),
            it("Բաշխված սննդի փաթեթներ՝ {paket}{paket.was}", paket="n 20 2000"),
            it("Ծանր տեխնիկան մաքրում է ճանապարհները տիղմից"),
        ],
        "ujer": [
            it("Ներգրավված աշխատակիցներ և կամավորներ՝ {ashkh}{ashkh.was}", ashkh="n 20 300"),
            it("Աշխատող տեխնիկայի միավորներ՝ {tekhnika}", tekhnika="n 3 50"),
        ],
        "tsakhs": [
            it("Արձագանքման ծախսերը մինչ այժմ՝ {tsakhs}{tsakhs.was}", tsakhs="money 50 900"),
            it("Կառավարության պահուստային ֆոնդից հատկացում է խնդրվել"),
        ],
        "risks": [
            risk("Կրկնվող սելավի վտանգը գետահովտի գյուղերում {trend}", levels=HY_LEVELS,
                 mit=("Գետերի մակարդակը հսկվում է շուրջօրյա, և բնակիչները ստանում են ահազանգեր",)),
            risk("Խմելու ջրի աղտոտման վտանգը {trend}", levels=HY_LEVELS,
                 mit=("Բնակիչներին բաժանվում է շշալցված ջուր",)),
            risk("Լանջերին նոր սողանքների հավանականություն",
                 mit=("Վտանգավոր հատվածները փակվել են, և երկրաբանները դրանք զննում են ամեն օր",)),
        ],
        "iratsek": [
            it("Տեղեկությունները հրապարակվում են մարզպետարանի կայքում և ֆեյսբուքյան էջում"),
            it("Թեժ գծին ստացված զանգեր՝ {zang}{zang.was}", zang="n 10 600"),
        ],
        "hajord": [
            it("Շտաբի հաջորդ նիստը՝ {nist}", nist="date 1 2"),
            it("Վնասների գնահատում համայնքների ղեկավարների հետ"),
        ],
    },
    {"amfop": (2, 3), "vichak": (1, 2), "kankhatesum": (1, 2), "hetevanq": (1, 3), "gortsogh": (2, 3),
     "ujer": (1, 2), "tsakhs": (1, 2), "risks": (1, 3), "iratsek": (1, 2), "hajord": (1, 2)},
    date(2025, 5, 26), cadence_days=1, punct="stop", mitigation="colon",
    latin=("lori", "tavush", "syunik", "aragatsotn", "selav"),
)  # fmt: skip
