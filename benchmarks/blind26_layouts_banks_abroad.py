"""Item ideas of four ``blind26_layouts`` publishers beyond the British Isles: a US county office of emergency
management's hurricane situation report, a New Zealand community-led welfare hub's situation sheet, an Australian
local health district's emergency operations centre situation report on a flood, and a Canadian health authority's
IT major incident communications on a failed clinical system (``blind5_layouts_content`` explains the slots).
``blind26_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

EOC = Partner(
    "county-eoc",
    "Hurricane Response",
    ("Pamlico County", "Brunswick Shoals County", "Carteret Sound County", "Onslow Bay County"),
    {},
    {
        "summary": [
            it("The county EOC remains at Level 2, partial activation, since {activated}", activated="date -4 -2"),
            it("{outages} customers are without power countywide{outages.was}", outages="n 800 24000"),
            it("No storm-related fatalities have been reported"),
        ],
        "weather": [
            it("The remnants of the storm will bring {rain} inches of rain through Thursday", rain="n 1 6"),
            it("A coastal flood advisory remains in effect until {advisory}", advisory="date 0 2"),
        ],
        "impacts": [
            it("{roads} roads remain closed because of flooding or downed trees{roads.was}", roads="n 3 60"),
            it("Damage assessment teams have recorded {damaged} damaged structures", damaged="n 20 900"),
            it("The water treatment plant is operating on generator power"),
        ],
        "protective": [
            it("The voluntary evacuation order for Zone A remains in place"),
            it("{shelter} residents are staying in {shelters} open shelters{shelter.was}", shelter="n 10 600",
               shelters="n 1 5"),
            it("Curfew from 2200 to 0600 continues in the unincorporated areas"),
        ],
        "staffing": [
            it("{eoc} personnel are staffing the EOC across two shifts", eoc="n 20 80"),
            it("{linemen} out-of-state utility crews are assisting with restoration", linemen="n 10 200"),
        ],
        "cost": [
            it("Estimated county response costs to date are {cost}", cost="cum 100 3000"),
            it("Debris removal contracts worth {debris} have been activated", debris="money 200 2000"),
        ],
        "risks": [
            risk("Carbon monoxide poisoning from generators used indoors {trend}",
                 mit=("safety messages on every channel and fire crews checking homes on request",)),
            risk("Shelter capacity if the second band of rain floods more homes {trend}",
                 mit=("a third shelter at the high school is on standby with Red Cross staff",)),
            risk("Fuel shortages at gas stations in the south of the county",
                 mit=("the state has approved a priority fuel contract for emergency vehicles",)),
        ],
        "pio": [
            it("Press briefings are held daily at 1000 at the EOC"),
            it("The county's storm page has received {hits} visits{hits.was}", hits="n 5000 90000"),
        ],
        "planned": [
            it("Begin curbside debris collection on {collection}", collection="date 1 4"),
            it("Submit the request for a federal major disaster declaration by {declaration}",
               declaration="date 1 5"),
        ],
    },
    {"summary": (2, 3), "weather": (1, 2), "impacts": (1, 3), "protective": (1, 3), "staffing": (1, 2),
     "cost": (1, 2), "risks": (1, 3), "pio": (1, 2), "planned": (1, 2)},
    date(2025, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HUB = Partner(
    "community-hub",
    "Community Hub",
    ("Ōtaki Community Response Hub", "Tairāwhiti Coast Marae Hub", "Wairoa Northern Community Hub",
     "Mangawhai Heads Community Hub"),
    {},
    {
        "overview": [
            it("The hub has been open at the community hall since {opened}", opened="date -5 -2"),
            it("{registered} people have registered with the hub{registered.was}", registered="n 20 600"),
        ],
        "welfare": [
            it("{meals} hot meals were served yesterday{meals.was}", meals="n 20 400"),
            it("{kai} food parcels have gone out to isolated households", kai="n 10 200"),
            it("Whānau staying at the marae have been given bedding and toiletries"),
        ],
        "needs": [
            it("{water} households still need drinking water delivered", water="n 5 120"),
            it("Several kaumātua need help to collect prescriptions"),
        ],
        "access": [
            it("State Highway 2 is open to one lane under stop/go traffic management"),
            it("The hill road is closed by slips and is only passable by four-wheel drive"),
        ],
        "volunteers": [
            it("{volunteers} volunteers are rostered across the day{volunteers.was}", volunteers="n 8 80"),
            it("Volunteers must sign in at the front desk and read the safety briefing"),
        ],
        "funds": [
            it("Donations received to date total {donations}", donations="cum 2 40"),
            it("Civil Defence has approved a welfare grant of {grant}", grant="money 5 40"),
        ],
        "risks": [
            risk("Volunteer fatigue after a week of long shifts {trend}",
                 mit=("shifts are capped at six hours and a second team starts on Monday",)),
            risk("Food safety in the hall kitchen during hot weather",
                 mit=("a food safety officer from the council checked the kitchen and temperature logs are kept",)),
            risk("Isolated residents not known to the hub {trend}",
                 mit=("door-knocking teams are visiting every road with the local rural fire force",)),
        ],
        "updates": [
            it("Updates are posted on the community Facebook page at 5pm each day"),
            it("The noticeboard at the hall and the dairy is updated every morning"),
        ],
    },
    {"overview": (1, 2), "welfare": (1, 3), "needs": (1, 2), "access": (1, 2), "volunteers": (1, 2),
     "funds": (1, 2), "risks": (1, 3), "updates": (1, 2)},
    date(2025, 2, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

LHD = Partner(
    "lhd-eoc",
    "Flood Emergency",
    ("Northern Rivers Local Health District", "Hunter Valley Local Health District",
     "Murrumbidgee Plains Local Health District", "Western Ranges Local Health District"),
    {},
    {
        "overview": [
            it("The LHD Health Emergency Operations Centre was activated on {heoc}", heoc="date -5 -2"),
            it("{evac} patients have been evacuated from facilities at risk{evac.was}", evac="n 2 80"),
        ],
        "situation": [
            it("The base hospital is operating with reduced elective surgery"),
            it("{isolated} communities are isolated by floodwater", isolated="n 1 9"),
            it("The SES has issued an evacuation order for the low-lying parts of the town"),
        ],
        "weather": [
            it("The Bureau of Meteorology forecasts {rain} mm of rain in the next 24 hours", rain="n 20 180"),
            it("Major flooding is expected to peak at the town gauge on {peak}", peak="date 0 2"),
        ],
        "services": [
            it("{clinics} community health centres are closed{clinics.was}", clinics="n 1 8"),
            it("Dialysis patients have been moved to the unit at Grafton"),
            it("Ambulance response times are {ambo} longer than usual", ambo="pct 10 40"),
        ],
        "response": [
            it("Public health officers are visiting evacuation centres every day"),
            it("{scripts} emergency prescriptions have been supplied{scripts.was}", scripts="n 20 500"),
            it("Mental health staff are available at the recovery centre"),
        ],
        "workforce": [
            it("{redeployed} staff have been redeployed to the emergency department", redeployed="n 5 60"),
            it("Staff unable to reach work because of road closures: {absent}{absent.was}", absent="n 10 200"),
        ],
        "costs": [
            it("Additional costs of the response to date are {costs}", costs="cum 60 1500"),
            it("Overtime and agency costs this week are {agency}", agency="money 20 300"),
        ],
        "risks": [
            risk("Power loss at the hospital if the substation floods {trend}",
                 mit=("generators are fuelled for 72 hours and a fuel delivery is booked",)),
            risk("Water-borne illness in evacuation centres {trend}",
                 mit=("handwashing stations and daily public health checks at each centre",)),
            risk("Staff fatigue in the emergency department",
                 mit=("rosters limit shifts to 12 hours and extra nurses have been sent from Sydney",)),
        ],
        "communications": [
            it("Health messages are shared through the LHD Facebook page and local ABC radio"),
            it("The public information line has taken {calls} calls{calls.was}", calls="n 20 900"),
        ],
        "priorities": [
            it("Reopen the community health centres once the flood has receded"),
            it("Return evacuated patients to their home facilities by {return_}", return_="date 2 6"),
        ],
    },
    {"overview": (1, 2), "situation": (1, 3), "weather": (1, 2), "services": (1, 3), "response": (1, 3),
     "workforce": (1, 2), "costs": (1, 2), "risks": (1, 3), "communications": (1, 2), "priorities": (1, 2)},
    date(2025, 3, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MIM = Partner(
    "health-it-mim",
    "Clinical Systems Outage",
    ("Coastal Mountains Health Authority", "Prairie North Health Region", "Fraser Delta Health Authority",
     "Kootenay Interior Health Authority"),
    {},
    {
        "summary": [
            it("The electronic health record has been unavailable at {sites} acute sites since {since}",
               sites="n 2 14", since="date -2 -1"),
            it("Downtime procedures are in place at every affected site"),
        ],
        "status": [
            it("The vendor has identified a fault in the database cluster and is applying a fix"),
            it("{restored} of the 24 interfaces have been restored{restored.was}", restored="n 2 22"),
            it("Read-only access to patient records is available through the downtime viewer"),
        ],
        "impact": [
            it("{cancelled} scheduled procedures have been postponed{cancelled.was}", cancelled="n 10 300"),
            it("Laboratory results are being delivered on paper to the wards"),
            it("Emergency departments report waits {waits} longer than normal", waits="pct 10 60"),
        ],
        "actions": [
            it("A major incident bridge is open around the clock"),
            it("Extra clerks have been sent to the emergency departments to log paper records"),
            it("The back-up restore was tested successfully on {test}", test="date -1 0"),
        ],
        "resources": [
            it("{engineers} engineers from the vendor and IMITS are working on the fix", engineers="n 6 60"),
            it("{superusers} clinical super-users are supporting the sites", superusers="n 10 90"),
        ],
        "cost": [
            it("Overtime and vendor costs to date are estimated at {cost}", cost="cum 20 600"),
        ],
        "risks": [
            risk("Medication errors while orders are written on paper {trend}",
                 mit=("pharmacists review every paper order before the first dose",)),
            risk("Data loss when paper records are entered after recovery {trend}",
                 mit=("each site keeps a downtime log and records are back-entered in order",)),
            risk("Delays to urgent laboratory results",
                 mit=("critical results are phoned to the unit by the laboratory",)),
        ],
        "comms": [
            it("Staff updates are posted on the intranet every four hours"),
            it("The public has been told to expect longer waits at emergency departments"),
        ],
        "next": [
            it("Full service is expected to be restored by {eta}", eta="date 0 2"),
            it("A post-incident review will be held within five business days of resolution"),
        ],
    },
    {"summary": (1, 2), "status": (1, 3), "impact": (1, 3), "actions": (1, 3), "resources": (1, 2),
     "cost": (1, 1), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 3, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
