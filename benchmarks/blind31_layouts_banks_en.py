"""Item ideas of six ``blind31_layouts`` publishers writing in English: a state-owned island ferry operator in a
fleet breakdown, a council's returning officer through an election, a national statistics office's census field
operations, a social security agency in a payments incident, a Kenyan county's desert locust control unit and a
city's tram operator after its depot flooded (``blind5_layouts_content`` explains the slots).
``blind31_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each publisher's words.
The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

FERRY = Partner(
    "island-ferry-disruption",
    "Ferry Disruption",
    ("Hebridean Island Ferries", "Orcadia Ferry Services", "Clyde and Bute Island Ferries",
     "Shetland Isles Ferry Operations"),
    {},
    {
        "summary": [
            it("The MV Loch Sùlaire remains out of service after a gearbox failure on {failed}",
               failed="date -5 -5"),
            it("{cancelled} sailings have been cancelled since the disruption began{cancelled.was}",
               cancelled="n 10 240"),
        ],
        "sailings": [
            it("A reduced timetable of {daily} return sailings a day runs on the North Isles route", daily="n 2 6"),
            it("Vehicle deck space is {booked} booked for the next seven days{booked.was}", booked="pct 60 100"),
            it("Priority is given to lifeline traffic, medical appointments and livestock"),
        ],
        "repairs": [
            it("The replacement gearbox is due at the Clydeside yard on {gearbox}", gearbox="date 3 10"),
            it("The MV Eilean Dorcha has been chartered as a relief vessel until {charter}", charter="date 10 30"),
            it("Divers completed the hull survey of the relief vessel"),
        ],
        "impact": [
            it("{hauliers} hauliers have reported delays to food deliveries to island shops", hauliers="n 2 20"),
            it("{appointments} hospital appointments on the mainland have been rebooked{appointments.was}",
               appointments="n 5 140"),
            it("The island's fuel depot holds {fuel} days of stock", fuel="n 3 21"),
        ],
        "crew": [
            it("{crew} crew from the laid-up vessel have been redeployed to the relief vessel", crew="n 6 30"),
            it("Overtime for port staff this week is {overtime}", overtime="money 5 60"),
        ],
        "risks": [
            risk("The risk of island shops running short of fresh food {trend}",
                 mit=("freight for the island co-operatives is booked first on every sailing",)),
            risk("The risk of further breakdowns in the ageing fleet {trend}",
                 mit=("engineers ride on every sailing of the two oldest vessels",)),
            risk("Weather cancellations on top of the reduced timetable",
                 mit=("extra sailings are added on the first calm day after a cancellation",)),
        ],
        "info": [
            it("Sailing status is updated on the website and app by 06:30 each day"),
            it("{texts} customers receive the service status text alerts{texts.was}", texts="n 500 9000"),
        ],
        "next": [
            it("Meet the island community councils on {meet}", meet="date 1 4"),
            it("Confirm the return to service date once the gearbox has been fitted"),
        ],
    },
    {"summary": (1, 2), "sailings": (1, 3), "repairs": (1, 3), "impact": (1, 3), "crew": (1, 2), "risks": (1, 3),
     "info": (1, 2), "next": (1, 2)},
    date(2026, 1, 12), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

ELECTION = Partner(
    "election-returning-officer",
    "Elections",
    ("Wrenfield Borough Council", "Kestrel Vale District Council", "Marston Heath Borough Council",
     "Holmebridge City Council"),
    {},
    {
        "key": [
            it("Polling stations opened on time and no station has had to close"),
            it("Turnout across the borough is estimated at {turnout}{turnout.was}", turnout="pct 18 45"),
        ],
        "stations": [
            it("{stations} polling stations are open across {wards} wards", stations="n 40 120", wards="n 12 30"),
            it("Mobile polling station at Brook Lane moved to the church hall after a power cut"),
            it("Presiding officers have turned away {noid} electors without accepted photo ID{noid.was}",
               noid="n 2 60"),
        ],
        "postal": [
            it("{returned} postal votes have been returned so far{returned.was}", returned="n 1000 30000"),
            it("{handed} postal votes were handed in at polling stations", handed="n 50 900"),
            it("The postal vote opening session on {opening} will be observed by agents", opening="date 0 1"),
        ],
        "count": [
            it("The count is held at the Civic Hall, with verification of every ballot box first"),
            it("Verification has been completed for {verified} of ballot boxes{verified.was}", verified="pct 10 100"),
            it("Ballot box security seals checked on arrival at the count centre"),
        ],
        "staff": [
            it("{poll} poll clerks and presiding officers are on duty{poll.was}", poll="n 150 600"),
            it("{counters} count assistants are booked for the count", counters="n 60 250"),
            it("Staff costs for polling day are estimated at {stafcost}", stafcost="money 40 180"),
        ],
        "risks": [
            risk("The risk of late arrival of ballot boxes from the rural stations {trend}",
                 mit=("two extra drivers are on standby and boxes are tracked by the control room",)),
            risk("Disruption at the count centre by protestors {trend}",
                 mit=("police liaison is in place and entry is by accreditation only",)),
            risk("Staff fatigue during an overnight count",
                 mit=("counting assistants work in two shifts with a break every three hours",)),
        ],
        "media": [
            it("{enquiries} media enquiries have been handled by the press office", enquiries="n 3 40"),
            it("Results will be published on the council website as each ward is declared"),
        ],
        "next": [
            it("Declare the results for all wards at the Civic Hall"),
            it("Return the ballot papers to secure storage after the declarations"),
        ],
    },
    {"key": (1, 2), "stations": (1, 3), "postal": (1, 3), "count": (1, 3), "staff": (1, 2), "risks": (1, 3),
     "media": (1, 2), "next": (1, 2)},
    date(2026, 5, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CENSUS = Partner(
    "census-field-operations",
    "Census Field Operations",
    ("Census Field Operations – Northern Region", "Census Field Operations – Western Region",
     "Census Field Operations – Southern Region", "Census Field Operations – Remote Areas"),
    {},
    {
        "summary": [
            it("Census night was {night} and the field follow-up phase is under way", night="date -6 -6"),
            it("{rate} of dwellings have responded so far{rate.was}", rate="pct 55 92"),
        ],
        "figures": [
            it("{online} of responses were made online", online="pct 60 85"),
            it("{visits} follow-up visits were made in the last week{visits.was}", visits="n 2000 60000"),
            it("{packs} paper forms have been requested by households", packs="n 500 20000"),
        ],
        "field": [
            it("Field officers are visiting non-responding dwellings in {areas} workload areas", areas="n 40 400"),
            it("Interviews in the caravan parks and marinas were completed on {parks}", parks="date -2 0"),
            it("Reminder letters were sent to {letters} households{letters.was}", letters="n 5000 90000"),
        ],
        "remote": [
            it("Teams have reached {communities} of the remote communities on the schedule",
               communities="n 5 60"),
            it("Community engagement officers are working with land councils on local visits"),
        ],
        "staff": [
            it("{officers} field officers are active{officers.was}", officers="n 300 3000"),
            it("{leavers} field officers left the program this week", leavers="n 5 80"),
        ],
        "systems": [
            it("The field device app was updated to version 3.4 on {app}", app="date -3 -1"),
            it("{faults} devices were replaced after faults", faults="n 2 50"),
        ],
        "risks": [
            risk("The risk of low response in the outer suburbs {trend}",
                 mit=("extra field officers are redeployed to the lowest-responding areas",)),
            risk("The risk to field officer safety on visits to isolated properties {trend}",
                 mit=("officers visit in pairs and check in through the safety app",)),
            risk("Flooding closes roads to remote communities",
                 mit=("visits are rescheduled and a charter flight is on standby",)),
        ],
        "next": [
            it("Close the field follow-up phase on {close}", close="date 7 21"),
            it("Hand the non-response lists to the quality assurance team"),
        ],
    },
    {"summary": (1, 2), "figures": (1, 3), "field": (1, 3), "remote": (1, 2), "staff": (1, 2), "systems": (1, 2),
     "risks": (1, 3), "next": (1, 2)},
    date(2026, 8, 17), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

BENEFITS = Partner(
    "benefit-payments-incident",
    "Payments Incident",
    ("Northern Benefit Payments Directorate", "Midlands Benefit Centres", "Wales and West Benefit Operations",
     "Scotland Benefit Delivery"),
    {},
    {
        "position": [
            it("A fault in the overnight payment run on {fault} delayed payments to claimants", fault="date -2 -2"),
            it("{delayed} payments are still outstanding{delayed.was}", delayed="n 200 40000"),
        ],
        "payments": [
            it("{reissued} payments have been reissued by faster payment{reissued.was}", reissued="n 1000 90000"),
            it("Hardship payments of {hardship} have been made so far", hardship="cum 10 400"),
        ],
        "phones": [
            it("Call volumes to the helpline are {calls} above normal{calls.was}", calls="pct 20 180"),
            it("Average wait to answer is {wait} minutes", wait="n 8 55"),
            it("Jobcentres are open late until {late} to help claimants", late="date 1 3"),
        ],
        "actions": [
            it("The supplier has fixed the fault in the payment file"),
            it("Claimants affected have been sent a text message and a letter"),
            it("A manual check of {checked} payment files was completed", checked="n 10 200"),
        ],
        "staff": [
            it("{redeployed} staff have been redeployed to the helpline{redeployed.was}", redeployed="n 50 600"),
            it("Overtime is being offered on Saturday and Sunday"),
        ],
        "risks": [
            risk("The risk of claimants going without money for food and rent {trend}",
                 mit=("hardship payments are made the same day on request",)),
            risk("The risk of a repeat of the fault in the next payment run {trend}",
                 mit=("every payment file is checked by hand before release",)),
            risk("Increase in complaints and MP letters",
                 mit=("a dedicated team is handling MP correspondence",)),
        ],
        "comms": [
            it("A statement is on the website and social media channels"),
            it("{mps} MPs have been briefed{mps.was}", mps="n 3 60"),
        ],
        "next": [
            it("Complete all outstanding payments by {complete}", complete="date 1 3"),
            it("Review with the supplier on {review}", review="date 2 5"),
        ],
    },
    {"position": (1, 2), "payments": (1, 2), "phones": (1, 3), "actions": (1, 3), "staff": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "next": (1, 2)},
    date(2026, 2, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TRAM = Partner(
    "tram-depot-flood",
    "Tram Network Disruption",
    ("Southbay Metrolink", "Wyvern City Trams", "Lowmoor Light Rail", "Tynemouth Tramways"),
    {},
    {
        "overview": [
            it("Flooding at the Clayfield depot on {flood} damaged the tram control room and {trams} trams",
               flood="date -3 -3", trams="n 3 18"),
            it("Trams are running on {open} of the network{open.was}", open="pct 20 90"),
        ],
        "services": [
            it("Trams run every {headway} minutes between City Square and Harbour Road", headway="n 6 20"),
            it("The Airport line remains closed beyond Millgate"),
            it("Weekday patronage is {patronage} of normal{patronage.was}", patronage="pct 30 90"),
        ],
        "infrastructure": [
            it("Engineers have dried out {substations} of the flooded substations", substations="n 1 6"),
            it("The signalling supplier is replacing the depot's points motors"),
            it("Track inspections found {defects} defects between Millgate and the depot", defects="n 2 30"),
        ],
        "buses": [
            it("{buses} replacement buses run on the closed sections{buses.was}", buses="n 10 60"),
            it("Tram tickets are accepted on all bus services in the city"),
        ],
        "info": [
            it("Customer ambassadors are at the {stops} busiest stops in the morning peak", stops="n 4 20"),
            it("Journey planner and live departure boards updated for the reduced service"),
        ],
        "costs": [
            it("Repair costs so far are {repairs}", repairs="cum 50 900"),
            it("Replacement buses cost {buscost} a day", buscost="money 8 60"),
        ],
        "risks": [
            risk("Overcrowding on trams at City Square in the evening peak {trend}",
                 mit=("extra staff manage queues and trams are held to load",)),
            risk("The risk of further flooding of the depot in heavy rain {trend}",
                 mit=("temporary flood barriers and pumps are in place at the depot gates",)),
            risk("Shortage of drivers trained on the replacement control system",
                 mit=("driver refresher training runs every day at the depot",)),
        ],
        "recovery": [
            it("The Airport line is expected to reopen on {reopen}", reopen="date 3 14"),
            it("{returned} repaired trams have returned to service", returned="n 1 10"),
        ],
        "next": [
            it("Board briefing on the recovery plan on {board}", board="date 1 5"),
            it("Publish the timetable for the full service once testing is complete"),
        ],
    },
    {"overview": (1, 2), "services": (1, 3), "infrastructure": (1, 3), "buses": (1, 2), "info": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "recovery": (1, 2), "next": (1, 2)},
    date(2025, 11, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
