"""Item ideas of four ``blind57_layouts`` publishers writing in English: Ghanaian district assemblies' disaster
management offices when the spillage of the Akosombo and Kpong dams floods the lower Volta, the disaster management
agencies of British Overseas Territories in the Caribbean after a hurricane, shires of the Kimberley in Western
Australia in a wet-season flood, and Louisiana parish governments while a saltwater wedge moves up the Mississippi
(``blind5_layouts_content`` explains the slots). ``blind57_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
LEVELS = ("being monitored", "rising", "high", "very high")

SPILLAGE = Partner(
    "gh-nadmo-dam-spillage",
    "Dam spillage",
    ("South Tongu District Assembly", "Central Tongu District Assembly", "North Tongu District Assembly",
     "Ada East District Assembly"),
    {},
    {
        "hl": [
            it("Communities along the Volta have been flooded since {since} following the spillage from the "
               "Akosombo and Kpong dams", since="date -8 -8"),
            it("Number of communities affected: {communities}{communities.was}", communities="n 3 60"),
        ],
        "sit": [
            it("The Volta River Authority has reduced the volume of water spilled, but levels downstream remain high"),
            it("GMet forecasts light rains over the district for the next three days"),
        ],
        "imp": [
            it("{displaced} persons have been displaced from their homes{displaced.was}", displaced="n 200 30000"),
            it("Farms, fish ponds and livestock have been washed away in the low-lying communities"),
        ],
        "ta": [
            it("Displaced persons in relief camps: {camps}{camps.was}", camps="n 50 5000"),
            it("Schools and churches on higher ground are serving as relief camps"),
        ],
        "tb": [
            it("Boreholes in the affected communities are submerged and water is supplied by tanker"),
            it("Health workers have screened {screened} persons in the camps{screened.was}", screened="n 50 3000"),
        ],
        "help": [
            it("Bags of rice, mattresses and mosquito nets distributed: {relief}{relief.was}", relief="n 50 5000"),
            it("Donations from churches, NGOs and individuals are received at the District Assembly"),
        ],
        "staff": [
            it("NADMO staff, Ghana National Fire Service personnel and volunteers deployed: {staff}{staff.was}",
               staff="n 20 300"),
            it("The Ghana Navy is supporting evacuation with boats from the island communities"),
        ],
        "money": [
            it("Expenditure on the response to date stands at {spent}", spent="cum 100 4000"),
            it("The Assembly has requested {request} from the Ministry of Local Government for relief items",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of cholera and other water-borne diseases in the camps is {trend}", levels=LEVELS,
                 mit=("the District Health Directorate is supplying chlorine and running health education",)),
            risk("Risk of snake bites in the flooded communities is {trend}", levels=LEVELS,
                 mit=("anti-snake venom has been stocked at the district hospital",)),
            risk("Looting of abandoned homes",
                 mit=("police patrols have been intensified in the affected communities",)),
        ],
        "next": [
            it("Displaced persons are expected to start returning home by {back}", back="date 1 3"),
            it("The next situation report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HURRICANE = Partner(
    "bot-dm-hurricane",
    "Hurricane",
    ("Hazard Management Cayman Islands", "Department of Disaster Management and Emergencies",
     "Department of Disaster Management, Anguilla", "Department of Disaster Management, Virgin Islands"),
    {},
    {
        "hl": [
            it("Hurricane conditions were experienced across the territory on {landfall}", landfall="date -1 -1"),
            it("Persons in government shelters: {shelter}{shelter.was}", shelter="n 20 1500"),
        ],
        "sit": [
            it("The National Hurricane Center reports that the system is moving away from the territory"),
            it("All watches and warnings for the territory have been discontinued"),
        ],
        "imp": [
            it("Homes reported damaged to the National Emergency Operations Centre: {homes}{homes.was}",
               homes="n 10 800"),
            it("Debris and downed utility poles are blocking several main roads"),
        ],
        "ta": [
            it("Customers without electricity: {power}{power.was}", power="n 200 12000"),
            it("Water supply has been restored to most areas, with low pressure at higher elevations"),
        ],
        "tb": [
            it("The airport has reopened for relief and repatriation flights"),
            it("The port is closed to cruise ships until the channel survey is complete"),
        ],
        "help": [
            it("Shelter residents are receiving three meals a day and psychosocial support"),
            it("Welfare teams are checking on elderly persons living alone"),
        ],
        "staff": [
            it("Response personnel deployed across the territory: {personnel}{personnel.was}", personnel="n 20 500"),
            it("A Royal Navy ship and a regional security team are assisting with road clearance"),
        ],
        "money": [
            it("Initial damage to public infrastructure is estimated at {damage}", damage="cum 100 4000"),
            it("A request for {claim} in emergency relief has been made to the Caribbean Development Bank",
               claim="money 100 900"),
        ],
        "risks": [
            risk("Flooding of low-lying areas from further rainfall is {trend}", levels=LEVELS,
                 mit=("drainage crews are clearing the main culverts",)),
            risk("Injury from downed power lines is {trend}", levels=LEVELS,
                 mit=("the public has been told to stay away from downed lines and report them",)),
            risk("Mosquito-borne disease from standing water",
                 mit=("vector control teams are treating standing water",)),
        ],
        "next": [
            it("The all-clear for residents to leave the shelters is expected by {clear}", clear="date 1 3"),
            it("The next situation report will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 28), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

KIMBERLEY = Partner(
    "wa-shire-kimberley-flood",
    "Flood",
    ("Shire of Derby/West Kimberley", "Shire of Halls Creek", "Shire of Broome", "Shire of Wyndham East Kimberley"),
    {},
    {
        "hl": [
            it("Record rainfall since {since} has cut roads and isolated remote communities across the Shire",
               since="date -4 -4"),
            it("Remote communities cut off by road: {cutoff}{cutoff.was}", cutoff="n 2 40"),
        ],
        "sit": [
            it("The Bureau of Meteorology expects the river to peak again after further rain in the catchment"),
            it("The Great Northern Highway remains closed at the river crossing"),
        ],
        "imp": [
            it("Residents evacuated from remote communities: {evacuated}{evacuated.was}", evacuated="n 20 1500"),
            it("Several community stores are running low on fresh food and fuel"),
        ],
        "ta": [
            it("Shire crews have inspected {roads} km of the local road network{roads.was}", roads="n 20 900"),
            it("The Shire airstrip remains open for charter and Royal Flying Doctor Service flights"),
        ],
        "tb": [
            it("The evacuation centre at the recreation centre is open around the clock"),
            it("Meals served at the evacuation centre: {meals}{meals.was}", meals="n 100 9000"),
        ],
        "help": [
            it("Residents can collect drinking water and sandbags from the Shire depot"),
            it("Community liaison officers are visiting town-based reserves to share information"),
        ],
        "staff": [
            it("Shire staff, SES members and volunteers working on the response: {staff}{staff.was}",
               staff="n 10 300"),
            it("Staff from other Pilbara and Kimberley local governments are assisting under mutual aid"),
        ],
        "money": [
            it("Emergency works on Shire roads to date are estimated at {cost}", cost="cum 100 4000"),
            it("The Shire has applied for {claim} under the Disaster Recovery Funding Arrangements",
               claim="money 100 900"),
        ],
        "risks": [
            risk("Risk of further road damage as the river peaks again is {trend}", levels=LEVELS,
                 mit=("closed roads are checked daily and barriers kept in place",)),
            risk("Risk of crocodiles in floodwaters is {trend}", levels=LEVELS,
                 mit=("warning signs have been placed at flooded crossings",)),
            risk("Food shortages in isolated communities",
                 mit=("food is being flown in with the Department of Fire and Emergency Services",)),
        ],
        "next": [
            it("The Great Northern Highway is expected to reopen by {reopen}", reopen="date 1 3"),
            it("The next community update will be posted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SALTWATER = Partner(
    "la-parish-saltwater-wedge",
    "Saltwater intrusion",
    ("Plaquemines Parish Government", "St. Bernard Parish Government", "Jefferson Parish", "St. Charles Parish"),
    {},
    {
        "hl": [
            it("The saltwater wedge in the Mississippi River has moved upriver since {since} because of low river "
               "levels", since="date -5 -5"),
            it("Chloride at the parish water intake is {chloride} mg/L{chloride.was}", chloride="n 100 1200"),
        ],
        "sit": [
            it("The Corps of Engineers reports that the underwater sill is slowing the wedge"),
            it("River forecasts show low water continuing for at least three more weeks"),
        ],
        "imp": [
            it("Residents under the drinking water advisory: {advisory}{advisory.was}", advisory="n 500 25000"),
            it("People on low-sodium diets and dialysis patients should not drink tap water"),
        ],
        "ta": [
            it("Reverse osmosis units are running at the water treatment plants"),
            it("Fresh water barged to the intake: {barged} million gallons{barged.was}", barged="n 1 60"),
        ],
        "tb": [
            it("Cases of bottled water handed out at distribution sites: {cases}{cases.was}", cases="n 200 20000"),
            it("Distribution sites are open every day from morning until dusk"),
        ],
        "help": [
            it("Homebound residents can call the parish hotline to have water delivered"),
            it("Residents should flush water heaters once the advisory is lifted"),
        ],
        "staff": [
            it("Parish and National Guard personnel at distribution sites: {personnel}{personnel.was}",
               personnel="n 10 300"),
            it("Utility crews are flushing water lines around the clock"),
        ],
        "money": [
            it("Response costs to date are estimated at {cost}", cost="cum 100 4000"),
            it("The parish has requested {request} from GOHSEP for reverse osmosis units", request="money 100 900"),
        ],
        "risks": [
            risk("Risk of chloride rising above the drinking water standard at the upriver intake is {trend}",
                 levels=LEVELS, mit=("a temporary pipeline to an upriver source is being built",)),
            risk("Corrosion of water heaters and appliances is {trend}", levels=LEVELS,
                 mit=("residents are being advised on flushing and maintenance",)),
            risk("Scams offering water testing to residents",
                 mit=("the Sheriff's Office is warning residents on social media",)),
        ],
        "next": [
            it("The temporary pipeline is expected to be in service by {pipeline}", pipeline="date 1 3"),
            it("The next update will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
