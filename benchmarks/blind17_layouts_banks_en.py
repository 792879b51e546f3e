"""Item ideas of four ``blind17_layouts`` publishers writing in English: an NHS trust's critical incident update
on the failure of its laboratory information system, a district council's staff update on a cyber attack, a
train operator's stakeholder update on a line closed by a landslip and a US school district's closure notice
after an ice storm (``blind5_layouts_content`` explains the slots). ``blind17_layouts_content`` prints the
figures' comparisons and the mitigation's lead in each publisher's words. The organisations, places and figures
are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

TRUST = Partner(
    "trust-ci",
    "Pathology IT Outage",
    ("Northgate Hospitals NHS Foundation Trust", "Severn Valley University Hospitals NHS Trust",
     "East Marsh Healthcare NHS Trust", "Calder and Ribble Hospitals NHS Foundation Trust"),
    {},
    {
        "summary": [
            it("The Trust declared a critical incident on {decl} after the laboratory information system failed",
               decl="date -4 -2"),
            it("Pathology results are being reported by telephone and on paper"),
            it("{urgent} urgent samples are waiting to be processed{urgent.was}", urgent="n 100 2400"),
        ],
        "situation": [
            it("The supplier has restored the database server and is testing the interfaces"),
            it("Turnaround time for urgent blood tests is {tat} minutes{tat.was}", tat="n 60 240"),
            it("{backlog} routine samples are in the backlog", backlog="n 2000 30000"),
        ],
        "impact": [
            it("{cancel} outpatient appointments were cancelled because results were not available",
               cancel="n 20 400"),
            it("GP phlebotomy has been reduced to urgent requests only"),
            it("The emergency department is holding {held} patients awaiting results", held="n 5 40"),
        ],
        "actions": [
            it("Mutual aid from neighbouring trusts is processing {mutual} samples a day", mutual="n 200 2000"),
            it("Extra porters carry samples and paper results between the wards and the laboratory"),
            it("Clinical harm reviews have been started for {harm} patients whose results were delayed",
               harm="n 3 60"),
        ],
        "staff": [
            it("Biomedical scientists have worked {shifts} extra shifts this week", shifts="n 20 200"),
            it("Staff sickness in pathology is {sick}", sick="pct 3 11"),
            it("Clerical staff have been redeployed to enter results into the electronic patient record"),
        ],
        "risks": [
            risk("The risk of delayed results leading to patient harm {trend}",
                 mit=("critical results are telephoned to clinicians and the clinical lead reviews outstanding "
                      "requests every day",)),
            risk("Errors when results are transcribed by hand",
                 mit=("every transcribed result is checked by a second person before it is released",)),
            risk("The risk of losing data when the system is restored {trend}",
                 mit=("the supplier will reconcile every request against the paper log before go-live",)),
        ],
        "comms": [
            it("Staff briefings are held at 08:30 and 16:00 in the Education Centre"),
            it("GP practices received a bulletin on {gp}", gp="date -1 0"),
            it("The communications team has answered {press} media enquiries{press.was}", press="n 2 30"),
        ],
        "next": [
            it("Go-live of the restored system is planned for {golive}", golive="date 1 4"),
            it("The Integrated Care Board will review the incident on {icb}", icb="date 2 5"),
        ],
    },
    {"summary": (2, 3), "situation": (1, 3), "impact": (1, 3), "actions": (1, 3), "staff": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "next": (1, 2)},
    date(2024, 11, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "council-cyber",
    "Cyber Incident",
    ("Eastbrook District Council", "Harrowfield Borough Council", "Kestrel Vale District Council",
     "Marlow Heath Borough Council"),
    {},
    {
        "now": [
            it("Our IT systems were taken offline on {off} after a ransomware attack", off="date -6 -3"),
            it("{restored} of our 46 main business systems have been restored{restored.was}", restored="n 5 40"),
            it("There is no evidence that residents' bank details were taken"),
        ],
        "affected": [
            it("The revenues and benefits system is still offline"),
            it("{queue} planning applications are waiting to be validated", queue="n 30 400"),
            it("Email is working, but the shared drives are read-only"),
        ],
        "working": [
            it("Use the paper forms for payments and keep a copy of every receipt"),
            it("Do not plug personal USB sticks or phones into council laptops"),
            it("{laptops} laptops have been rebuilt and given back to staff{laptops.was}", laptops="n 50 600"),
        ],
        "recovery": [
            it("The National Cyber Security Centre is supporting our recovery"),
            it("Council tax payments can be taken by phone again from {tax}", tax="date 1 5"),
            it("The recovery has cost {cost} so far", cost="money 150 1900"),
        ],
        "pay": [
            it("This month's pay will be made on time using last month's figures"),
            it("{invoices} supplier invoices are waiting to be paid", invoices="n 100 2000"),
            it("Urgent payments to care providers are being made by hand"),
        ],
        "risks": [
            risk("The risk of the attackers publishing stolen data {trend}",
                 mit=("the leak site is monitored with the police and anyone affected will be told",)),
            risk("Phishing emails pretending to come from the council",
                 mit=("warnings on the website and all staff reminded how to report a suspicious email",)),
            risk("Delays to housing benefit claims causing hardship",
                 mit=("emergency payments at the customer service centre",)),
        ],
        "residents": [
            it("The incident page on our website has been viewed {views} times{views.was}", views="n 2000 60000"),
            it("Councillors were briefed on {brief}", brief="date -1 0"),
            it("The customer service centre is open until 18:00 while the phones are busy"),
        ],
    },
    {"now": (2, 3), "affected": (1, 3), "working": (1, 3), "recovery": (1, 3), "pay": (1, 2), "risks": (1, 3),
     "residents": (1, 2)},
    date(2025, 3, 3), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

RAIL = Partner(
    "rail-landslip",
    "Landslip",
    ("Pennine Valley Railway", "Wessex Coast Trains", "Border Counties Rail", "Anglia Marsh Railway"),
    {},
    {
        "latest": [
            it("The line between Ashby Vale and Kelbrook remains closed after a landslip"),
            it("Engineers expect to reopen the railway on {reopen}", reopen="date 5 14"),
            it("Rail replacement buses are running every {freq} minutes", freq="n 15 30"),
        ],
        "site": [
            it("Around {tonnes} tonnes of earth and rock have been removed from the cutting{tonnes.was}",
               tonnes="n 500 9000"),
            it("Ground sensors show the slope has stopped moving"),
            it("A {drain} metre section of drainage has been replaced", drain="n 20 300"),
        ],
        "passengers": [
            it("Journeys through the valley take up to {extra} minutes longer", extra="n 20 60"),
            it("{daily} passengers a day are using the replacement buses{daily.was}", daily="n 800 6000"),
            it("Rail tickets are accepted on local bus services between the two towns"),
        ],
        "buses": [
            it("{coaches} coaches are in service on the replacement route", coaches="n 10 60"),
            it("Accessible minibuses can be booked through Passenger Assist"),
        ],
        "repair": [
            it("{workers} engineers are working on site around the clock", workers="n 40 250"),
            it("Soil nails are being drilled into the slope to hold it in place"),
            it("The repair is expected to cost {cost}", cost="money 800 4000"),
        ],
        "risks": [
            risk("The risk of further slips in heavy rain {trend}",
                 mit=("the slope is watched around the clock and work stops when rainfall passes the trigger "
                      "level",)),
            risk("Late delivery of the steel piles",
                 mit=("a second supplier has been booked and deliveries are tracked every day",)),
            risk("A shortage of drivers for the replacement buses at weekends",
                 mit=("extra coach operators have been hired for Saturdays and Sundays",)),
        ],
        "informed": [
            it("Journey planners have been updated until {jp}", jp="date 7 21"),
            it("Staff at Ashby Vale and Kelbrook stations are helping passengers find the buses"),
            it("Our posts on social media reached {reach} people this week{reach.was}", reach="n 10000 300000"),
        ],
    },
    {"latest": (2, 3), "site": (1, 3), "passengers": (1, 3), "buses": (1, 2), "repair": (1, 3), "risks": (1, 3),
     "informed": (1, 2)},
    date(2024, 11, 25), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SCHOOL = Partner(
    "school-us",
    "Ice Storm Closure",
    ("Cedar Falls Community School District", "Lake Marion Unified School District", "North Ridge Public Schools",
     "Pine County School District"),
    {},
    {
        "status": [
            it("All schools and district offices are closed today"),
            it("{without} families in the district are still without power{without.was}", without="n 300 9000"),
            it("Roads in the rural parts of the district are still icy and unsafe for buses"),
        ],
        "buildings": [
            it("{cold} school buildings are without heat or power", cold="n 1 9"),
            it("A burst pipe has closed Lincoln Elementary until {lincoln}", lincoln="date 2 6"),
            it("Snow removal from parking lots and sidewalks is {snow} complete", snow="pct 40 95"),
        ],
        "meals": [
            it("Grab-and-go meals are available at {sites} schools from 11 a.m. to 1 p.m.", sites="n 2 6"),
            it("{meals} meals were handed out yesterday{meals.was}", meals="n 200 4000"),
        ],
        "learning": [
            it("Today is not a remote learning day and no assignments are due"),
            it("Students can find optional activities in Google Classroom"),
            it("{hotspots} Wi-Fi hotspots are available to borrow from the district office", hotspots="n 20 300"),
        ],
        "staff": [
            it("Only essential staff should report to work today"),
            it("Custodial and maintenance crews have worked {hours} hours of overtime this week", hours="n 100 1200"),
        ],
        "risks": [
            risk("The risk of more power outages if the ice storm returns {trend}",
                 mit=("generators are on standby at the high school, which would open as a warming center",)),
            risk("Buses unable to reach the rural routes",
                 mit=("the transportation department checks every route with the county road crews before 4 "
                      "a.m.",)),
            risk("Frozen pipes in the older buildings",
                 mit=("custodians check the buildings twice a day and keep the heat on",)),
        ],
        "notify": [
            it("A decision about tomorrow will be shared by 8 p.m. by text, email and phone call"),
            it("{subs} families have signed up for text alerts{subs.was}", subs="n 1000 20000"),
            it("Updates are also posted on the district website and social media"),
        ],
    },
    {"status": (2, 3), "buildings": (1, 3), "meals": (1, 2), "learning": (1, 3), "staff": (1, 2), "risks": (1, 3),
     "notify": (1, 2)},
    date(2025, 1, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
