"""Item ideas of four ``blind30_layouts`` publishers further away: an Irish environmental health service's outbreak
control team in a Listeria outbreak, a US state livestock board in a New World screwworm response, a Canadian First
Nation evacuated from a wildfire, and a Pakistani district disaster management authority in a river flood, written in
Urdu (``blind5_layouts_content`` explains the slots; the Urdu series are told apart by their names in Latin letters,
as ``blind18_layouts_content.Romanised`` does). ``blind30_layouts_content`` prints the amounts, dates, comparisons and
the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places,
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

FOOD = Partner(
    "ie-listeria-oct",
    "Listeria Outbreak",
    ("Environmental Health Service – Midlands", "Environmental Health Service – South East",
     "Environmental Health Service – Border Counties", "Environmental Health Service – Western"),
    {},
    {
        "summary": [
            it("The outbreak of Listeria monocytogenes linked to ready-to-eat products from Glenmore Fine Foods "
               "continues"),
            it("{cases} cases with the outbreak strain have been confirmed{cases.was}", cases="n 3 30"),
        ],
        "cases": [
            it("{hosp} cases have been admitted to hospital", hosp="n 2 20"),
            it("{pregnant} cases are pregnancy-associated", pregnant="n 1 5"),
            it("Whole genome sequencing has linked {wgs} isolates to the outbreak cluster", wgs="n 2 25"),
        ],
        "recall": [
            it("{products} product lines have been recalled{products.was}", products="n 2 18"),
            it("The producer supplied {outlets} retail outlets and caterers in the last month", outlets="n 20 400"),
            it("Recall notices are on display at the point of sale in every outlet supplied"),
        ],
        "sampling": [
            it("{samples} food and environmental samples have been taken at the plant{samples.was}",
               samples="n 10 200"),
            it("The outbreak strain was found in {positive} environmental swabs from the slicing room",
               positive="n 1 15"),
            it("Results of the second round of sampling are due on {results}", results="date 1 4"),
        ],
        "enforcement": [
            it("A closure order was served on the plant on {closure}", closure="date -3 -1"),
            it("Environmental health officers have inspected {inspected} premises that received the products",
               inspected="n 5 120"),
        ],
        "resources": [
            it("{ehos} environmental health officers are working on the incident{ehos.was}", ehos="n 4 30"),
            it("Two officers from the national laboratory are supporting the sampling plan"),
        ],
        "risks": [
            risk("The risk of further cases from products already in consumers' fridges {trend}",
                 mit=("the recall is publicised and consumers are told to return or discard the products",)),
            risk("Contamination at other plants supplied by the same fish processor {trend}",
                 mit=("the processor's other customers have been identified and sampled",)),
            risk("The long incubation period delaying the end of the outbreak",
                 mit=("case finding continues for 70 days after the last exposure",)),
        ],
        "comms": [
            it("A food alert was issued to retailers and caterers on {alert}", alert="date -3 0"),
            it("Advice for pregnant women and older people was published on the authority's website"),
            it("{queries} calls from the public have been handled by the advice line{queries.was}",
               queries="n 20 800"),
        ],
        "next": [
            it("Outbreak control team meeting at 11:00 on {oct}", oct="date 1 2"),
            it("Review the plant's cleaning and disinfection plan before any reopening"),
        ],
    },
    {"summary": (1, 2), "cases": (1, 3), "recall": (1, 3), "sampling": (1, 3), "enforcement": (1, 2),
     "resources": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 10, 6), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

SCREWWORM = Partner(
    "us-screwworm-response",
    "New World Screwworm Response",
    ("Pecos Valley Livestock Board", "Gulf Coast Animal Health Commission", "High Plains Department of Agriculture",
     "Sonoran Border Livestock Sanitary Board"),
    {},
    {
        "highlights": [
            it("No case of New World screwworm has been found in the state; surveillance and prevention continue"),
            it("The nearest detection in Mexico is {nearest} miles from the state line{nearest.was}",
               nearest="n 40 300"),
        ],
        "situation": [
            it("{detections} animal cases have been confirmed in the northern border states of Mexico"
               "{detections.was}", detections="n 5 120"),
            it("USDA has suspended imports of live cattle through southern ports of entry until {ports}",
               ports="date 14 40"),
            it("Most detections are in cattle, with some in dogs and deer"),
        ],
        "surveillance": [
            it("{traps} fly traps are deployed in the border counties{traps.was}", traps="n 50 600"),
            it("{samples} larvae samples submitted by veterinarians have tested negative", samples="n 10 300"),
            it("Inspectors checked {inspected} animals at livestock markets this week", inspected="n 500 20000"),
        ],
        "sterile": [
            it("{flies} million sterile flies are released each week from the dispersal facility", flies="n 20 100"),
            it("Aerial release routes now cover {counties} counties", counties="n 2 18"),
        ],
        "staff": [
            it("{staff} field staff and {vets} contract veterinarians are assigned to the response{staff.was}",
               staff="n 10 80", vets="n 2 20"),
        ],
        "funding": [
            it("The state has committed {state} for traps, inspections and outreach", state="cum 200 5000"),
            it("A request for {federal} in federal emergency funds is pending", federal="money 500 5000"),
        ],
        "risks": [
            risk("Screwworm entering the state through illegal animal movements {trend}",
                 mit=("checkpoints on key highways inspect livestock trailers with USDA and state troopers",)),
            risk("The risk of infestations in deer and other wildlife going undetected {trend}",
                 mit=("wildlife agencies and hunters are asked to report any wound with larvae",)),
            risk("Cases in pets and people returning from travel",
                 mit=("veterinarians and physicians have received case definitions and reporting instructions",)),
        ],
        "outreach": [
            it("Staff held {meetings} producer meetings this week", meetings="n 2 12"),
            it("Producers are urged to check animals for wounds and report suspicious larvae to their veterinarian"),
            it("The screwworm information page has had {views} visits{views.was}", views="n 1000 60000"),
        ],
        "next": [
            it("Joint webinar with USDA APHIS for veterinarians on {webinar}", webinar="date 2 9"),
            it("Extend the trap lines to {expand} more counties", expand="n 2 10"),
        ],
    },
    {"highlights": (1, 2), "situation": (1, 3), "surveillance": (1, 3), "sterile": (1, 2), "staff": (1, 1),
     "funding": (1, 2), "risks": (1, 3), "outreach": (1, 2), "next": (1, 2)},
    date(2025, 9, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NATION = Partner(
    "ca-first-nation-wildfire",
    "Wildfire Evacuation",
    ("Kinosao Lake Cree Nation", "Spruce River First Nation", "Wapiti Hills Dene Nation", "Eagle Narrows First Nation"),
    {},
    {
        "key": [
            it("The mandatory evacuation order for the community remains in effect"),
            it("{registered} members have registered with the Red Cross as evacuees{registered.was}",
               registered="n 300 3000"),
        ],
        "fire": [
            it("The fire is estimated at {hectares} hectares{hectares.was}", hectares="n 2000 90000"),
            it("The fire is {km} km from the community", km="n 2 40"),
            it("Fire crews and water bombers are protecting homes and buildings on reserve"),
        ],
        "damage": [
            it("{homes} homes and cabins have been lost to the fire", homes="n 2 40"),
            it("Hydro has cut power to the community and the water treatment plant is shut down"),
            it("The band office, school and health centre are undamaged"),
        ],
        "support": [
            it("Evacuees are staying in hotels in the host cities and at the congregate shelter"),
            it("{cards} grocery gift cards were handed out at the hotels{cards.was}", cards="n 100 2000"),
            it("Elders and members with medical needs were flown out first on {flights} flights", flights="n 2 30"),
            it("A mental health team and cultural supports are at the hotels every day"),
        ],
        "reentry": [
            it("Re-entry will not begin until fire officials say the community is safe"),
            it("Crews will clean the water plant and test the water before members return"),
            it("The re-entry plan will be shared at least {notice} days before the return", notice="n 2 5"),
        ],
        "funding": [
            it("Indigenous Services Canada has approved {isc} for evacuation costs", isc="money 200 3000"),
            it("The Nation has spent {spent} on the response so far", spent="cum 50 900"),
        ],
        "risks": [
            risk("Wind shifting the fire toward the community {trend}",
                 mit=("sprinklers are set up around homes and a fireguard has been cut on the west side",)),
            risk("The risk of members going back before it is safe {trend}",
                 mit=("RCMP and band constables staff the roadblock at the reserve entrance",)),
            risk("Evacuees running short of their medication",
                 mit=("nursing station staff refill prescriptions through pharmacies in the host cities",)),
        ],
        "info": [
            it("Chief and Council hold a Facebook Live update at 7 p.m. every evening"),
            it("The evacuee information line has answered {calls} calls{calls.was}", calls="n 50 2000"),
        ],
        "next": [
            it("Chief and Council meet with fire officials on {meeting}", meeting="date 1 2"),
            it("Begin damage assessments once crews allow access"),
        ],
    },
    {"key": (1, 2), "fire": (1, 3), "damage": (1, 3), "support": (1, 3), "reentry": (1, 2), "funding": (1, 2),
     "risks": (1, 3), "info": (1, 2), "next": (1, 2)},
    date(2025, 5, 30), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

UR_LEVELS = ("زیر نگرانی ہے", "بڑھ رہا ہے", "اب نمایاں ہے", "اب سنگین ہے")

DDMA = Romanised(
    "pk-ddma-flood",
    "Flood Situation",
    ("ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی دریاپور", "ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی کوٹ نور",
     "ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی چناب آباد", "ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی سندھو نگر"),
    {},
    {
        "khulasa": [
            it("دریا میں {since} سے اونچے درجے کا سیلاب ہے اور ضلع کے {villages} دیہات متاثر ہوئے ہیں",
               since="date -4 -4", villages="n 10 150"),
            it("ضلعی انتظامیہ نے متاثرہ علاقوں میں فلڈ ایمرجنسی نافذ کر رکھی ہے"),
        ],
        "darya": [
            it("بیراج پر پانی کا بہاؤ {flow} کیوسک ریکارڈ کیا گیا{flow.was}", flow="n 200000 800000"),
            it("حفاظتی بند پر پانی کی سطح خطرے کے نشان سے {below} فٹ نیچے ہے", below="n 1 8"),
            it("پہاڑی ندی نالوں میں طغیانی کا سلسلہ جاری ہے"),
        ],
        "nuqsanat": [
            it("اب تک {deaths} افراد جاں بحق ہو چکے ہیں", deaths="n 2 25"),
            it("{houses} مکانات مکمل یا جزوی طور پر تباہ ہوئے{houses.was}", houses="n 50 3000"),
            it("{acres} ایکڑ پر کھڑی فصلیں زیر آب آ گئی ہیں", acres="n 1000 90000"),
            it("{livestock} مویشی سیلابی پانی میں بہہ گئے", livestock="n 20 900"),
        ],
        "rescue": [
            it("ریسکیو 1122 نے کشتیوں کے ذریعے {rescued} افراد کو محفوظ مقامات پر منتقل کیا{rescued.was}",
               rescued="n 100 9000"),
            it("{camps} ریلیف کیمپوں میں {campers} متاثرین مقیم ہیں", camps="n 3 40", campers="n 200 12000"),
            it("متاثرین میں {rations} راشن بیگ تقسیم کیے گئے", rations="n 200 15000"),
            it("محکمہ صحت کی {teams} موبائل میڈیکل ٹیمیں کیمپوں میں کام کر رہی ہیں", teams="n 2 20"),
        ],
        "mausam": [
            it("محکمہ موسمیات کے مطابق {rain} تک مزید بارشوں کا امکان ہے", rain="date 1 4"),
            it("بالائی علاقوں میں شدید بارش سے دریا میں پانی کی سطح مزید بلند ہو سکتی ہے"),
        ],
        "amla": [
            it("{staff} اہلکار اور رضاکار امدادی کاموں میں مصروف ہیں{staff.was}", staff="n 100 1500"),
            it("ریسکیو کے لیے {boats} کشتیاں اور {machines} بھاری مشینیں موجود ہیں", boats="n 5 80",
               machines="n 2 30"),
        ],
        "akhrajat": [
            it("ریلیف سرگرمیوں پر اب تک {spent} خرچ ہو چکے ہیں", spent="cum 50 900"),
            it("پی ڈی ایم اے سے {asked} کی اضافی رقم طلب کی گئی ہے", asked="money 200 3000"),
        ],
        "risks": [
            risk("حفاظتی بند ٹوٹنے کا خطرہ {trend}", levels=UR_LEVELS,
                 mit=("بند پر مشینری اور پتھر موجود ہیں اور محکمہ آبپاشی کا عملہ چوبیس گھنٹے نگرانی کر رہا ہے",)),
            risk("کیمپوں میں ہیضہ اور جلدی امراض پھیلنے کا خطرہ {trend}", levels=UR_LEVELS,
                 mit=("صاف پانی فراہم کیا جا رہا ہے اور کلورین کی گولیاں تقسیم کی جا رہی ہیں",)),
            risk("سیلابی علاقوں میں سانپ کے ڈسنے کے واقعات",
                 mit=("تمام بنیادی مراکز صحت پر اینٹی وینم ویکسین موجود ہے",)),
        ],
        "aainda": [
            it("نقصانات کا تفصیلی سروے {survey} تک مکمل کر لیا جائے گا", survey="date 2 7"),
            it("پانی اترنے کے بعد متاثرین کی واپسی کا منصوبہ تیار کیا جائے گا"),
        ],
    },
    {"khulasa": (1, 2), "darya": (1, 3), "nuqsanat": (1, 3), "rescue": (1, 3), "mausam": (1, 2), "amla": (1, 2),
     "akhrajat": (1, 2), "risks": (1, 3), "aainda": (1, 2)},
    date(2025, 8, 24), cadence_days=1, punct="stop", mitigation="colon",
    latin=("daryapur", "kot-noor", "chenababad", "sindhu-nagar", "flood-situation"),
)  # fmt: skip
