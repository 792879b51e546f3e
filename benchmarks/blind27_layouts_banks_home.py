"""Item ideas of four ``blind27_layouts`` publishers in the British Isles and the United States: an NHS acute trust's
incident management team during resident doctors' industrial action, an Irish county council's community response
forum after a town's flooding, a UK water company's supply interruption incident, and a US university's emergency
management office during a winter storm (``blind5_layouts_content`` explains the slots). ``blind27_layouts_content``
prints the comparisons, the amounts and the mitigation's lead in each publisher's words. The organisations are named
after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

TRUST = Partner(
    "nhs-trust-imt",
    "Industrial Action",
    ("Wyvern Valley Hospitals NHS Foundation Trust", "Northgate University Hospitals NHS Trust",
     "Saltmarsh and District NHS Trust", "Pennine Edge Teaching Hospitals NHS Foundation Trust"),
    {},
    {
        "summary": [
            it("Resident doctors are taking strike action from 07:00 on {began} for five days", began="date -3 -1"),
            it("{cover} senior doctors are covering the rota each day{cover.was}", cover="n 40 300"),
            it("The Trust declared an internal business continuity incident on {declared}", declared="date -4 -2"),
        ],
        "elective": [
            it("{postponed} elective procedures have been postponed{postponed.was}", postponed="n 20 600"),
            it("{outpatients} outpatient appointments have been moved to next month", outpatients="n 100 3000"),
            it("Cancer and urgent cases are being protected and have gone ahead as planned"),
        ],
        "urgent": [
            it("Emergency department attendances were {ed} yesterday{ed.was}", ed="n 200 700"),
            it("{fourhour} of patients were seen within four hours", fourhour="pct 55 80"),
            it("Ambulance handovers over 60 minutes: {handover}", handover="n 0 25"),
        ],
        "staffing": [
            it("{consultants} consultants have agreed to act down into resident doctor shifts", consultants="n 10 90"),
            it("Locum spend on strike cover this week is {locum}", locum="money 40 400"),
            it("Derogation requests agreed with the BMA this week: {derogation}", derogation="n 0 4"),
        ],
        "finance": [
            it("The estimated cost of the industrial action to date is {cost}", cost="cum 100 2000"),
            it("Lost elective activity is valued at {lost}", lost="money 200 1500"),
        ],
        "risks": [
            risk("Delayed discharges rising over the strike days {trend}",
                 mit=("a discharge hub runs seven days a week with social care partners",)),
            risk("Consultant fatigue after covering night shifts {trend}",
                 mit=("rest periods are protected and the rota is reviewed by the medical director every day",)),
            risk("Patients not attending rescheduled appointments",
                 mit=("text reminders are sent two days before and the booking team follows up",)),
        ],
        "comms": [
            it("Patients whose appointments were moved have been contacted by letter and text"),
            it("The Trust's public message was shared {shares} times on social media{shares.was}",
               shares="n 100 5000"),
        ],
    },
    {"summary": (2, 3), "elective": (1, 3), "urgent": (1, 3), "staffing": (1, 3), "finance": (1, 2),
     "risks": (1, 3), "comms": (1, 2)},
    date(2025, 6, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FORUM = Partner(
    "ie-community-forum",
    "Flood Recovery",
    ("Laois County Council", "Offaly County Council", "Westmeath County Council", "Roscommon County Council"),
    {},
    {
        "overview": [
            it("The River Brosna burst its banks on {flood} and flooded the lower town", flood="date -20 -10"),
            it("{homes} homes were flooded internally{homes.was}", homes="n 20 400"),
        ],
        "housing": [
            it("{displaced} families are still staying with relatives or in hotels{displaced.was}",
               displaced="n 3 90"),
            it("Dehumidifiers have been lent to {dehum} households", dehum="n 10 200"),
            it("The Council's housing section is assessing damage to its own tenancies"),
        ],
        "supports": [
            it("{claims} applications have been made for the humanitarian assistance scheme{claims.was}",
               claims="n 10 300"),
            it("The Irish Red Cross has opened its flood relief fund for small businesses"),
            it("The community welfare officer holds a clinic at the library every Tuesday"),
        ],
        "roads": [
            it("The N52 has reopened but the Mill Road bridge remains closed"),
            it("Outdoor staff have removed {skips} skips of flood waste{skips.was}", skips="n 10 250"),
        ],
        "volunteers": [
            it("{volunteers} volunteers from Tidy Towns and the GAA club helped with the clean-up",
               volunteers="n 20 300"),
            it("Civil Defence volunteers have delivered {water} litres of drinking water", water="n 500 9000"),
        ],
        "costs": [
            it("The cost of the Council's response to date is {cost}", cost="cum 50 900"),
            it("The Council has asked the Department for {funding} in emergency funding", funding="money 100 800"),
        ],
        "risks": [
            risk("Further flooding if the river rises again {trend}",
                 mit=("sandbags are stocked at the fire station and the OPW gauge is checked twice a day",)),
            risk("Mould and damp in homes that were not dried out properly",
                 mit=("environmental health officers are visiting on request",)),
            risk("Small businesses closing for good {trend}",
                 mit=("the Local Enterprise Office is contacting every business on Main Street",)),
        ],
        "info": [
            it("The flood recovery helpline, 057 866 4000, is open 9am to 5pm on weekdays"),
            it("A public meeting will be held in the parish hall on {meeting}", meeting="date 2 8"),
        ],
    },
    {"overview": (1, 2), "housing": (1, 3), "supports": (1, 3), "roads": (1, 2), "volunteers": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "info": (1, 2)},
    date(2025, 11, 3), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "water-incident",
    "Supply Interruption",
    ("Severn Dee Water", "Anglian Fens Water", "Northumbrian Dales Water", "Wessex Downs Water"),
    {},
    {
        "summary": [
            it("A burst on the 24-inch trunk main at Hollins Lane left customers without water from {burst}",
               burst="date -2 -1"),
            it("{customers} properties are without supply or on low pressure{customers.was}", customers="n 500 30000"),
        ],
        "network": [
            it("The repair on the trunk main was completed at 03:40 and the main is being recharged"),
            it("Service reservoir levels are at {reservoir} of capacity{reservoir.was}", reservoir="pct 20 90"),
            it("{tankers} tankers are injecting water into the network", tankers="n 2 30"),
        ],
        "customers": [
            it("{bottled} litres of bottled water have been handed out at {stations} stations",
               bottled="n 10000 400000", stations="n 2 9"),
            it("{psr} customers on the Priority Services Register have had a delivery{psr.was}", psr="n 50 900"),
            it("Calls to the contact centre peaked at {calls} an hour", calls="n 200 3000"),
        ],
        "quality": [
            it("Water quality samples taken after the repair have all passed"),
            it("The Drinking Water Inspectorate has been notified of the event"),
        ],
        "people": [
            it("{staff} staff are deployed to bottled water stations today", staff="n 20 250"),
            it("Mutual aid staff from two other water companies are supporting the response"),
        ],
        "costs": [
            it("Compensation paid under the Guaranteed Standards Scheme so far is {gss}", gss="cum 50 900"),
            it("Bottled water and tankering have cost {tanker_cost}", tanker_cost="money 100 900"),
        ],
        "risks": [
            risk("Second burst when the main is recharged {trend}",
                 mit=("the main is recharged slowly with valve teams at each section",)),
            risk("Bottled water stocks running low at the stations {trend}",
                 mit=("a second supplier has been called in and deliveries go out overnight",)),
            risk("Discoloured water complaints after supply returns",
                 mit=("flushing teams are on standby in each affected zone",)),
        ],
        "comms": [
            it("The incident page on the website has had {hits} views{hits.was}", hits="n 5000 200000"),
            it("Updates are posted on social media every two hours"),
        ],
    },
    {"summary": (1, 2), "network": (1, 3), "customers": (1, 3), "quality": (1, 2), "people": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "comms": (1, 2)},
    date(2025, 8, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CAMPUS = Partner(
    "us-university-em",
    "Winter Storm",
    ("Lakeshore State University", "University of the Northern Plains", "Allegheny Ridge University",
     "Great Lakes Polytechnic Institute"),
    {},
    {
        "summary": [
            it("The campus has been under modified operations since {since} because of the winter storm",
               since="date -2 -1"),
            it("{students} students remain in residence halls{students.was}", students="n 300 6000"),
        ],
        "weather": [
            it("The National Weather Service forecasts {snow} inches of additional snow tonight", snow="n 2 14"),
            it("Wind chills will fall to 25 below zero until {chill}", chill="date 0 2"),
        ],
        "operations": [
            it("Classes are moved online through {online}", online="date 0 3"),
            it("Facilities crews have cleared {lots} parking lots{lots.was}", lots="n 5 60"),
            it("Two dining halls are open on reduced hours"),
        ],
        "safety": [
            it("Campus police responded to {calls} weather-related calls{calls.was}", calls="n 5 90"),
            it("The warming center at the student union is open 24 hours"),
        ],
        "staffing": [
            it("{essential} essential employees are working on campus", essential="n 40 400"),
            it("Non-essential staff should work remotely until further notice"),
        ],
        "costs": [
            it("Snow removal and overtime costs to date are {cost}", cost="cum 40 800"),
        ],
        "risks": [
            risk("Frozen pipes bursting in older buildings {trend}",
                 mit=("building temperatures are monitored and facilities crews check mechanical rooms every shift",)),
            risk("Slips and falls on walkways",
                 mit=("priority routes are salted every four hours and signs mark closed paths",)),
            risk("Power loss to the research freezers {trend}",
                 mit=("generators are fueled and researchers can move samples to the backup freezer farm",)),
        ],
        "comms": [
            it("RAVE alerts were sent to {rave} subscribers{rave.was}", rave="n 5000 40000"),
            it("The university status page is updated at 6 a.m. and 4 p.m. each day"),
        ],
        "next": [
            it("The policy group will decide on reopening by {decide}", decide="date 1 2"),
            it("Resume normal operations once roads are passable"),
        ],
    },
    {"summary": (1, 2), "weather": (1, 2), "operations": (1, 3), "safety": (1, 2), "staffing": (1, 2),
     "costs": (1, 1), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
