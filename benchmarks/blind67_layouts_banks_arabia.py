"""Item ideas of four ``blind67_layouts`` publishers in the Arabian Peninsula: the governorate health offices of Yemen
in a cholera outbreak (Arabic), the municipalities' emergency teams of Bahrain when a high tide floods the coast
(Arabic), the regional directorates of the northern emirates' electricity and water utility in a summer of record
demand (English) and the community management of Qatar's planned districts after a night of heavy rain (English)
(``blind5_layouts_content`` explains the slots). ``blind67_layouts_content`` prints the amounts, dates, comparisons and
the mitigation's lead in each publisher's conventions; where a particle would bend a figure or a date, a point gives
it after a label and a colon. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

YE_LEVELS = ("تحت المراقبة", "في ازدياد", "مرتفع", "مرتفع جداً")
BH_LEVELS = ("تحت الرصد", "آخذ في الارتفاع", "مرتفع", "مرتفع جداً")
AE_LEVELS = ("under monitoring", "increasing", "high", "very high")
QA_LEVELS = ("being watched", "rising", "high", "very high")

KULIRA = Partner(
    "ye-governorate-health-office-cholera",
    "الإسهالات المائية الحادة والكوليرا",
    ("مكتب الصحة العامة والسكان بمحافظة عدن", "مكتب الصحة العامة والسكان بمحافظة لحج",
     "مكتب الصحة العامة والسكان بمحافظة أبين", "مكتب الصحة العامة والسكان بمحافظة تعز"),
    {},
    {
        "hl": [
            it("تواصل الحالات المشتبه بإصابتها بالإسهالات المائية الحادة والكوليرا الارتفاع في عدد من مديريات "
               "المحافظة"),
            it("إجمالي الحالات المشتبهة خلال الأسبوع: {halat}{halat.was}", halat="n 50 2500"),
        ],
        "sit": [
            it("المديريات التي سجلت حالات مشتبهة: {mudiriyat}{mudiriyat.was}", mudiriyat="n 1 12"),
            it("العينات الموجبة بالزرع في المختبر المركزي منذ بداية التفشي: {ayyinat}{ayyinat.was}",
               ayyinat="n 2 120"),
        ],
        "imp": [
            it("الوفيات المرتبطة بالمرض: {wafayat}{wafayat.was}", wafayat="n 1 25"),
            it("نسبة الحالات بين الأطفال دون سن الخامسة: {atfal}{atfal.was}", atfal="pct 15 45"),
        ],
        "ta": [
            it("مراكز معالجة الإسهالات ونقاط الإرواء الفموي العاملة: {marakiz}{marakiz.was}", marakiz="n 2 30"),
            it("تعاني مراكز المعالجة في المديريات الريفية من نقص في المحاليل الوريدية"),
        ],
        "tb": [
            it("خزانات المياه والآبار التي تمت كلورتها: {kalwara}{kalwara.was}", kalwara="n 10 400"),
            it("رصدت فرق الترصد طفحاً لمياه الصرف الصحي في عدد من الأحياء المكتظة بالسكان"),
        ],
        "help": [
            it("الأسر التي استلمت حقائب النظافة وأقراص تعقيم المياه: {usar}{usar.was}", usar="n 50 3000"),
            it("نفذت فرق التوعية زيارات منزلية للتعريف بطرق الوقاية بالتنسيق مع السلطة المحلية"),
        ],
        "staff": [
            it("العاملون الصحيون وفرق الاستجابة السريعة في الميدان: {kawadir}{kawadir.was}", kawadir="n 10 200"),
            it("تم تدريب متطوعي المجتمع على الترصد المجتمعي والإحالة المبكرة للحالات"),
        ],
        "money": [
            it("إجمالي النفقات التشغيلية حتى تاريخه: {nafaqat}", nafaqat="cum 5 60"),
            it("طلب المكتب من المجلس المحلي دعماً إضافياً بمبلغ {daam} لتغطية حوافز الفرق الميدانية",
               daam="money 10 100"),
        ],
        "risks": [
            risk("خطر انتشار العدوى في مخيمات النازحين: {trend}", levels=YE_LEVELS,
                 mit=("تكثيف الكلورة وتوزيع أقراص التعقيم في المخيمات",)),
            risk("خطر نفاد المحاليل الوريدية في مراكز المعالجة: {trend}", levels=YE_LEVELS,
                 mit=("طلب إمدادات عاجلة من منظمة الصحة العالمية واليونيسف",)),
            risk("انقطاع التيار الكهربائي عن محطات ضخ المياه",
                 mit=("توفير مادة الديزل للمولدات بدعم من السلطة المحلية",)),
        ],
        "next": [
            it("تنفيذ حملة التطعيم الفموي ضد الكوليرا ابتداءً من {hamla}", hamla="date 3 10"),
            it("موعد التقرير القادم: {qadim}", qadim="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

MADD = Partner(
    "bh-municipality-emergency-team-tide",
    "المد البحري",
    ("أمانة العاصمة", "بلدية المحرق", "البلدية الشمالية", "البلدية الجنوبية"),
    {},
    {
        "hl": [
            it("تسبب المد البحري العالي المتزامن مع هطول الأمطار في تجمع المياه في المناطق الساحلية المنخفضة"),
            it("المواقع التي سجلت تجمعات للمياه: {mawaqi}{mawaqi.was}", mawaqi="n 3 120"),
        ],
        "sit": [
            it("أعلى منسوب متوقع للمد البحري (سم فوق المعدل): {madd}{madd.was}", madd="n 20 90"),
            it("تتوقع إدارة الأرصاد الجوية استمرار الرياح الشمالية الغربية النشطة حتى نهاية الأسبوع"),
        ],
        "imp": [
            it("المنازل التي دخلتها المياه: {manazil}{manazil.was}", manazil="n 1 200"),
            it("أغلقت بعض الطرق الفرعية في القرى الساحلية أمام حركة المرور"),
        ],
        "ta": [
            it("صهاريج الشفط العاملة: {saharij}{saharij.was}", saharij="n 5 80"),
            it("نقلت مضخات إضافية إلى الأحياء المنخفضة بالتنسيق مع شؤون الأشغال"),
        ],
        "tb": [
            it("أكياس الرمل الموزعة على الأهالي: {akyas}{akyas.was}", akyas="n 100 8000"),
            it("رفعت البلدية مستوى الحاجز الرملي المؤقت على امتداد الساحل"),
        ],
        "help": [
            it("الأسر التي تم إيواؤها مؤقتاً بالتنسيق مع وزارة التنمية الاجتماعية: {usar}{usar.was}", usar="n 1 60"),
            it("وزعت الجمعيات الخيرية وجبات ومستلزمات أساسية على الأسر المتضررة"),
        ],
        "staff": [
            it("الموظفون والعمال المشاركون في أعمال الطوارئ: {ummal}{ummal.was}", ummal="n 10 300"),
            it("يتابع أعضاء المجلس البلدي البلاغات الواردة من الأهالي في دوائرهم"),
        ],
        "money": [
            it("تكلفة أعمال الطوارئ حتى الآن: {taklifa}", taklifa="cum 5 80"),
            it("رفعت البلدية طلباً بمبلغ {talab} لإنشاء حاجز بحري دائم", talab="money 50 500"),
        ],
        "risks": [
            risk("خطر تكرار غمر المنازل الساحلية مع المد القادم: {trend}", levels=BH_LEVELS,
                 mit=("تمركز صهاريج الشفط في المواقع الحرجة قبل ذروة المد",)),
            risk("خطر انسداد مناهيل تصريف مياه الأمطار: {trend}", levels=BH_LEVELS,
                 mit=("تنظيف المناهيل وفتحات التصريف يومياً",)),
            risk("تضرر شبكة الكهرباء في الأحياء المغمورة",
                 mit=("التنسيق مع هيئة الكهرباء والماء لفصل التيار عند الحاجة",)),
        ],
        "next": [
            it("حصر الأضرار في المنازل المتضررة قبل {hasr}", hasr="date 1 4"),
            it("يصدر التقرير التالي في {tali}", tali="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PEAK = Partner(
    "ae-utility-regional-directorate-peak-load",
    "Summer peak load",
    ("Ajman Regional Directorate", "Umm Al Quwain Regional Directorate", "Ras Al Khaimah Regional Directorate",
     "Fujairah Regional Directorate"),
    {},
    {
        "hl": [
            it("Record afternoon demand caused feeder trips and supply interruptions in several districts"),
            it("Customers affected by interruptions in the last 24 hours: {cust}{cust.was}", cust="n 200 15000"),
        ],
        "sit": [
            it("Peak demand in the directorate (MW): {mw}{mw.was}", mw="n 300 1400"),
            it("The National Center of Meteorology forecasts temperatures above 46°C for the coming days"),
        ],
        "imp": [
            it("Districts with interruptions longer than four hours: {dist}{dist.was}", dist="n 1 25"),
            it("Some residential towers lost water pressure when their booster pumps tripped"),
        ],
        "ta": [
            it("11 kV feeders tripped on overload: {feeders}{feeders.was}", feeders="n 1 60"),
            it("Mobile generators deployed to critical sites: {gen}{gen.was}", gen="n 1 30"),
        ],
        "tb": [
            it("Reservoir storage across the directorate: {res}{res.was}", res="pct 40 95"),
            it("Water tankers are supplying the areas where booster stations were affected"),
        ],
        "help": [
            it("Priority customers (medical and elderly) contacted by the call centre: {prio}{prio.was}",
               prio="n 10 600"),
            it("The local emergency team opened cooling rooms in two community centres with the municipality"),
        ],
        "staff": [
            it("Field crews on duty across the directorate: {crews}{crews.was}", crews="n 10 120"),
            it("Contractor crews have been called in to support cable jointing at night"),
        ],
        "money": [
            it("Additional operating costs since the start of the peak season: {cost}", cost="cum 50 600"),
            it("A budget request of {req} has been raised for two additional mobile substations", req="money 100 900"),
        ],
        "risks": [
            risk("Risk of further feeder trips during the afternoon peak is {trend}", levels=AE_LEVELS,
                 mit=("load transfer between substations and a rota for non-critical loads",)),
            risk("Risk of heat stress among field crews is {trend}", levels=AE_LEVELS,
                 mit=("work rotation, shaded rest areas and the midday work break",)),
            risk("Cable faults may rise as underground cables stay hot overnight",
                 mit=("thermal inspection of the most heavily loaded cables",)),
        ],
        "next": [
            it("Commission the new 33/11 kV substation in the industrial area by {comm}", comm="date 3 14"),
            it("Next situation report: {nxt}", nxt="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RAIN = Partner(
    "qa-district-community-management-rain",
    "Heavy rain",
    ("The Pearl Island Community Management", "Lusail City Community Services", "Msheireb Downtown Estate Management",
     "Education City Facilities Management"),
    {},
    {
        "hl": [
            it("Heavy rain overnight left standing water on several roads and in basement car parks"),
            it("Locations with standing water reported to the helpdesk: {loc}{loc.was}", loc="n 3 90"),
        ],
        "sit": [
            it("Rainfall recorded at the district weather station (mm): {mm}{mm.was}", mm="n 5 90"),
            it("Qatar Meteorology Department expects further thundery showers until the weekend"),
        ],
        "imp": [
            it("Residential buildings with water ingress: {bld}{bld.was}", bld="n 1 60"),
            it("Two underpasses remain closed and traffic is diverted through the service roads"),
        ],
        "ta": [
            it("Basement car parks pumped out so far: {cp}{cp.was}", cp="n 1 40"),
            it("Tankers from the municipality are pumping out the low points on the main boulevard"),
        ],
        "tb": [
            it("Lifts taken out of service as a precaution: {lifts}{lifts.was}", lifts="n 1 50"),
            it("Electricity and district cooling supply remained stable throughout the night"),
        ],
        "help": [
            it("Residents moved to serviced apartments while their homes dry out: {moved}{moved.was}",
               moved="n 1 80"),
            it("The community helpdesk is open 24 hours and answers calls in Arabic and English"),
        ],
        "staff": [
            it("Facilities staff and contractors deployed: {team}{team.was}", team="n 20 400"),
            it("Additional cleaning crews are working on the promenade and in the public squares"),
        ],
        "money": [
            it("Emergency spend to date: {spend}", spend="cum 20 300"),
            it("A claim for {claim} has been prepared for the insurers", claim="money 50 600"),
        ],
        "risks": [
            risk("Risk of further flooding in basement car parks is {trend}", levels=QA_LEVELS,
                 mit=("portable pumps stationed at each ramp and sandbags at the entrances",)),
            risk("Risk of electrical faults in flooded plant rooms is {trend}", levels=QA_LEVELS,
                 mit=("isolation and testing before any plant is switched back on",)),
            risk("Standing water may attract mosquitoes",
                 mit=("larvicide treatment with the municipality's pest control team",)),
        ],
        "next": [
            it("Complete the inspection of all basements by {insp}", insp="date 1 3"),
            it("Next community update: {nxt}", nxt="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
