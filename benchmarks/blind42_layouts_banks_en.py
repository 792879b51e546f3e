"""Item ideas of three ``blind42_layouts`` publishers writing in English: local Healthwatch organisations in England
reporting what people tell them about health and care services in a hard winter, English internal drainage boards
pumping their districts through a winter flood, and New Zealand rural support trusts helping farmers after a cyclone
(``blind5_layouts_content`` explains the slots). ``blind42_layouts_content`` prints the comparisons, amounts, dates
and the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places'
events and the figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

HW_LEVELS = ("is something we are watching", "is growing", "is now high", "is now very high")

HEALTHWATCH = Partner(
    "gb-healthwatch-winter",
    "Winter pressures briefing",
    ("Healthwatch Westmarsh", "Healthwatch Calderbrook", "Healthwatch Ashby Vale", "Healthwatch Sandling"),
    {},
    {
        "summary": [
            it("People told us about {stories} experiences of health and care services this week{stories.was}",
               stories="n 40 600"),
            it("Long waits in A&E and for ambulances remain the main concern people raise with us"),
        ],
        "heard": [
            it("{share} of the people we heard from waited more than four hours in A&E{share.was}",
               share="pct 20 70"),
            it("Several carers said they were not told when their relative would be discharged from hospital"),
        ],
        "urgent": [
            it("Ambulance handovers at the main hospital took an average of {handover} minutes this week",
               handover="n 20 140"),
            it("The urgent treatment centre will open until midnight from {utc}", utc="date 2 12"),
        ],
        "gp": [
            it("{practices} GP practices have told patients to expect longer waits for routine appointments",
               practices="n 2 30"),
            it("People welcomed the new online booking system but some older people struggle to use it"),
        ],
        "care": [
            it("{waiting} people are waiting for a package of care at home{waiting.was}", waiting="n 10 300"),
            it("Two care homes have closed to admissions because of a norovirus outbreak"),
        ],
        "impact": [
            it("People told us about missed hospital appointments because of the snow and ice"),
            it("{carers} unpaid carers told us they are struggling to cope this winter{carers.was}",
               carers="n 5 200"),
        ],
        "did": [
            it("We held {sessions} listening events in community venues{sessions.was}", sessions="n 2 20"),
            it("Our volunteers spoke to people in the emergency department waiting room on {visit}",
               visit="date -3 -1"),
        ],
        "team": [
            it("{vols} volunteers are helping with our winter engagement{vols.was}", vols="n 5 60"),
            it("Two members of staff are off sick, so our phone line is open shorter hours"),
        ],
        "funding": [
            it("We have spent {spent} of our winter engagement budget", spent="cum 1 30"),
            it("The council has agreed an extra {grant} for outreach in rural areas", grant="money 1 20"),
        ],
        "risks": [
            risk("The risk that people cannot get a GP appointment when they need one {trend}", levels=HW_LEVELS,
                 mit=("we are sharing what people tell us with the ICB every week",)),
            risk("The risk of harm to people waiting a long time for an ambulance {trend}", levels=HW_LEVELS,
                 mit=("we have raised people's experiences with the ambulance trust's patient experience team",)),
            risk("People not knowing where to go for urgent help",
                 mit=("we are promoting NHS 111 and local pharmacies through community groups",)),
        ],
        "next": [
            it("Publish our winter survey findings on {publish}", publish="date 3 14"),
            it("Meet the ICB's urgent care lead on {meet}", meet="date 1 7"),
        ],
    },
    {"summary": (1, 2), "heard": (1, 2), "urgent": (1, 2), "gp": (1, 2), "care": (1, 2), "impact": (1, 2),
     "did": (1, 2), "team": (1, 2), "funding": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 12, 3), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

IDB_LEVELS = ("is being monitored", "is increasing", "is now high", "is now very high")

DRAINAGE = Partner(
    "gb-idb-flood",
    "Flood update",
    ("Witham Marsh Internal Drainage Board", "Brue Levels Internal Drainage Board",
     "Axholme Carrs Internal Drainage Board", "Rother Levels Internal Drainage Board"),
    {},
    {
        "summary": [
            it("All of the Board's pumping stations have been running continuously since {since}", since="date -4 -4"),
            it("Water levels in the main drains are {fall} cm below yesterday's peak", fall="n 2 40"),
        ],
        "position": [
            it("Most of the district's drains are running high but within their banks"),
            it("{fields} hectares of farmland remain under water{fields.was}", fields="n 50 3000"),
        ],
        "forecast": [
            it("The Met Office forecasts further heavy rain on {rain}", rain="date 1 3"),
            it("The Environment Agency expects river levels to stay high until {high}", high="date 2 6"),
        ],
        "flooding": [
            it("{props} properties have reported flooding in the district{props.was}", props="n 1 60"),
            it("A section of bank on the Middle Drain has slipped and is being watched"),
        ],
        "pumping": [
            it("{pumps} pumps are running across the Board's stations{pumps.was}", pumps="n 4 30"),
            it("The pumps have used {diesel} litres of diesel since the flooding began", diesel="n 2000 40000"),
        ],
        "watercourses": [
            it("Weed screens are being cleared {clears} times a day at the busiest stations", clears="n 2 6"),
            it("Contractors have repaired {metres} metres of damaged bank{metres.was}", metres="n 10 400"),
        ],
        "help": [
            it("{sandbags} sandbags have been issued to residents from the Board's depot{sandbags.was}",
               sandbags="n 50 3000"),
            it("Our engineers have visited landowners whose field drains are blocked"),
        ],
        "staff": [
            it("{crew} operatives and contractors are working on the rota{crew.was}", crew="n 4 40"),
            it("The on-call engineer is covering nights with support from the neighbouring Board"),
        ],
        "costs": [
            it("The cost of the flood response so far is {cost}", cost="cum 10 600"),
            it("Electricity for the pumping stations has cost {power} this month", power="money 5 90"),
        ],
        "risks": [
            risk("The risk of a bank breach on the main drain {trend}", levels=IDB_LEVELS,
                 mit=("the bank is inspected every four hours and a contractor is on standby",)),
            risk("The risk of a pump failure during the peak {trend}", levels=IDB_LEVELS,
                 mit=("spare pumps have been hired and are on site",)),
            risk("Power cuts at the pumping stations", mit=("standby generators have been tested and fuelled",)),
        ],
        "next": [
            it("Joint inspection of the banks with the Environment Agency on {inspection}", inspection="date 1 3"),
            it("Report to the Board's meeting on {meeting}", meeting="date 3 10"),
        ],
    },
    {"summary": (1, 2), "position": (1, 2), "forecast": (1, 2), "flooding": (1, 2), "pumping": (1, 2),
     "watercourses": (1, 2), "help": (1, 2), "staff": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

NZ_LEVELS = ("is something we are keeping an eye on", "is growing", "is now high", "is now very high")

RURAL = Partner(
    "nz-rural-support-cyclone",
    "Cyclone recovery update",
    ("Tairāwhiti Rural Support Trust", "Heretaunga Rural Support Trust", "Wairarapa Rural Support Trust",
     "Northland Rural Support Trust"),
    {},
    {
        "brief": [
            it("Our coordinators have now visited {farms} farms since the cyclone hit{farms.was}", farms="n 20 600"),
            it("Silt, broken fences and damaged tracks are still the biggest jobs on most farms"),
        ],
        "ground": [
            it("Many farm tracks in the hill country are still impassable after the slips"),
            it("{isolated} rural households are still cut off by road{isolated.was}", isolated="n 2 120"),
        ],
        "outlook": [
            it("MetService expects another band of heavy rain from {rain}", rain="date 1 5"),
            it("NIWA's outlook is for a wetter than normal autumn in the east"),
        ],
        "farms": [
            it("{silt} hectares of pasture are covered in silt{silt.was}", silt="n 100 9000"),
            it("{stock} head of stock have been reported lost", stock="n 50 4000"),
        ],
        "feed": [
            it("{bales} bales of donated feed have been delivered{bales.was}", bales="n 50 3000"),
            it("The feed coordinator is matching farmers who have spare grazing with those who have none"),
        ],
        "access": [
            it("The council has reopened {roads} rural roads this week", roads="n 1 15"),
            it("Helicopter drops are still needed for {stations} stations beyond the slips", stations="n 1 10"),
        ],
        "support": [
            it("We have made {referrals} referrals to counselling and health services{referrals.was}",
               referrals="n 5 300"),
            it("Our team has helped farmers apply for the government's recovery grants"),
        ],
        "people": [
            it("{coords} coordinators are working across the region{coords.was}", coords="n 3 25"),
            it("Volunteers from Federated Farmers and the Farmy Army are helping with fencing"),
        ],
        "funding": [
            it("Donations to our cyclone appeal have reached {donations}", donations="cum 10 500"),
            it("We received a grant of {grant} from the Ministry for Primary Industries", grant="money 20 200"),
        ],
        "risks": [
            risk("The risk to farmers' mental health as the recovery drags on {trend}", levels=NZ_LEVELS,
                 mit=("our coordinators check in with every farm family they have visited",)),
            risk("The risk that feed runs short before winter {trend}", levels=NZ_LEVELS,
                 mit=("we are working with the feed coordinator to bring in supplies from the South Island",)),
            risk("Scammers offering fake recovery grants",
                 mit=("we are warning farmers through our newsletter and local radio",)),
        ],
        "coming": [
            it("Community barbecue and catch-up at the local hall on {bbq}", bbq="date 2 10"),
            it("Farm recovery workshop with the banks and accountants on {workshop}", workshop="date 3 12"),
        ],
    },
    {"brief": (1, 2), "ground": (1, 2), "outlook": (1, 2), "farms": (1, 2), "feed": (1, 2), "access": (1, 2),
     "support": (1, 2), "people": (1, 2), "funding": (1, 2), "risks": (1, 3), "coming": (1, 2)},
    date(2026, 2, 18), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
