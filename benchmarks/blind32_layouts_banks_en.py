"""Item ideas of six ``blind32_layouts`` publishers writing in English: a courts and tribunals service after its case
management system failed, a public library service after a cyber attack, a foreign ministry's consular crisis team
after an earthquake abroad, a state examinations board through the exam season, a council's bereavement services in
a winter surge of deaths and a passport office in its summer peak (``blind5_layouts_content`` explains the slots).
``blind32_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each publisher's words.
The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

COURTS = Partner(
    "courts-system-outage",
    "Courts Incident",
    ("Courts and Tribunals Service – Northern Region", "Courts and Tribunals Service – Midlands Region",
     "Courts and Tribunals Service – Wales Region", "Courts and Tribunals Service – South East Region"),
    {},
    {
        "summary": [
            it("The case management system has been unavailable since {outage}", outage="date -2 -2"),
            it("{sitting} of courts and tribunals are sitting with paper lists{sitting.was}", sitting="pct 60 100"),
        ],
        "system": [
            it("The supplier has restored read-only access to {restored} of case files", restored="pct 10 90"),
            it("Nightly data exchange with the police systems remains suspended"),
            it("{backlog} documents are waiting to be uploaded by hand{backlog.was}", backlog="n 200 9000"),
        ],
        "hearings": [
            it("{listed} hearings were listed today across the region{listed.was}", listed="n 150 900"),
            it("{adjourned} hearings were adjourned because papers were not available", adjourned="n 2 60"),
            it("Custody cases are given priority in every magistrates' court"),
        ],
        "impact": [
            it("Witnesses in {witness} trials were stood down and will be warned again", witness="n 2 30"),
            it("Fines cannot be paid online and payments are taken by phone"),
            it("Probation reports are sent to court inboxes and printed on arrival"),
        ],
        "actions": [
            it("Paper court lists are emailed to the prosecution and defence by 16:00 the day before"),
            it("A manual results log is kept in every courtroom and checked by the legal adviser"),
            it("{laptops} standalone laptops were issued to listing offices", laptops="n 10 120"),
        ],
        "staff": [
            it("{overtime} hours of overtime were worked by administrative staff{overtime.was}", overtime="n 40 900"),
            it("{agency} agency staff are helping to enter results", agency="n 4 40"),
            it("Overtime costs so far are {otcost}", otcost="cum 10 300"),
        ],
        "risks": [
            risk("The risk of defendants being held in custody beyond their time limits {trend}",
                 mit=("custody time limits are checked daily by each court's legal team against the paper register",)),
            risk("The risk of results not reaching the police national computer {trend}",
                 mit=("results are sent to the police by secure email within 24 hours",)),
            risk("Loss of paper files moved between court buildings",
                 mit=("files are moved only in sealed bags signed out at each site",)),
        ],
        "comms": [
            it("The regional bulletin was sent to judges, magistrates and the legal professions"),
            it("{calls} calls about the outage were taken by the enquiry centre{calls.was}", calls="n 100 3000"),
        ],
        "next": [
            it("Restore write access at the pilot courts by {pilot}", pilot="date 1 4"),
            it("Agree the order in which the backlog of results is entered"),
        ],
    },
    {"summary": (1, 2), "system": (1, 3), "hearings": (1, 3), "impact": (1, 3), "actions": (1, 3), "staff": (1, 3),
     "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

LIBRARY = Partner(
    "library-cyber-incident",
    "Library Service Incident",
    ("Ashcombe Libraries", "Brindle Valley Library Service", "Carrowmore City Libraries", "Dunmere Libraries"),
    {},
    {
        "situation": [
            it("The library management system was taken offline after a cyber attack on {attack}", attack="date -9 -9"),
            it("{open} of branch libraries are open with reduced services{open.was}", open="pct 40 100"),
        ],
        "buildings": [
            it("{branches} branches have shorter opening hours this week", branches="n 2 12"),
            it("The mobile library has resumed its rural routes"),
        ],
        "loans": [
            it("Loans are recorded on paper slips and no fines are charged"),
            it("{issued} items have been issued on paper slips so far{issued.was}", issued="n 500 30000"),
            it("Returns can be made at any branch and are held in quarantine crates"),
        ],
        "computers": [
            it("Public computers remain switched off while they are rebuilt"),
            it("{rebuilt} public computers have been rebuilt and checked{rebuilt.was}", rebuilt="n 10 300"),
            it("Free Wi-Fi is available again in all branches from {wifi}", wifi="date 1 6"),
        ],
        "data": [
            it("The investigation has found that names and library card numbers were copied"),
            it("{letters} members have been written to about their data{letters.was}", letters="n 1000 60000"),
        ],
        "staff": [
            it("{redeployed} library assistants are helping members at the enquiry desks", redeployed="n 5 60"),
            it("Extra costs of staff time so far are {staffcost}", staffcost="cum 5 120"),
        ],
        "risks": [
            risk("The risk of phishing emails to members using the stolen data {trend}",
                 mit=("members are warned by letter and on the website never to give their PIN by email",)),
            risk("The risk of stock being lost while loans are recorded on paper {trend}",
                 mit=("paper slips are counted every evening and checked against the returns",)),
            risk("Delay to the summer reading challenge",
                 mit=("schools are sent paper record cards for the challenge",)),
        ],
        "advice": [
            it("Members should change the PIN of their library card when the system returns"),
            it("Be wary of emails or calls asking for library card details"),
        ],
        "next": [
            it("Bring the catalogue back online by {catalogue}", catalogue="date 2 10"),
            it("Report to the information commissioner's office on the findings"),
        ],
    },
    {"situation": (1, 2), "buildings": (1, 2), "loans": (1, 3), "computers": (1, 3), "data": (1, 2),
     "staff": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 3, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

CONSULAR = Partner(
    "consular-earthquake",
    "Consular Crisis",
    ("Embassy of Ireland, Veradia", "Embassy of Ireland, Kassaro", "Embassy of Ireland, Tolmenia",
     "Embassy of Ireland, Ostrava Bay"),
    {},
    {
        "key": [
            it("A magnitude 7.1 earthquake struck the south of the country on {quake}", quake="date -4 -4"),
            it("{accounted} Irish citizens registered in the region have been accounted for{accounted.was}",
               accounted="n 50 900"),
        ],
        "situation": [
            it("Aftershocks continue and the authorities have closed the coast road south of Port Amaral"),
            it("The national death toll stands at {deaths}{deaths.was}", deaths="n 40 2000"),
            it("Power and mobile networks are restored in {power} of the affected districts", power="pct 20 95"),
        ],
        "nationals": [
            it("{injured} citizens are known to be injured, none critically", injured="n 2 20"),
            it("{unaccounted} citizens have still not been reached{unaccounted.was}", unaccounted="n 2 60"),
        ],
        "assistance": [
            it("The consular team has handled {calls} calls from families{calls.was}", calls="n 100 5000"),
            it("Emergency travel documents were issued to {etds} citizens", etds="n 3 80"),
            it("Consular officers visited the two hospitals in Marisol on {visit}", visit="date -1 0"),
        ],
        "departures": [
            it("{seats} seats on commercial flights have been secured for citizens leaving", seats="n 20 400"),
            it("A bus from the south to the capital runs each morning for those without transport"),
        ],
        "staff": [
            it("{deployed} rapid deployment team members have arrived from Dublin", deployed="n 2 8"),
            it("Local staff are working extended shifts at the crisis desk"),
        ],
        "risks": [
            risk("The risk of a major aftershock while citizens are in damaged hotels {trend}",
                 mit=("citizens are advised to move to hotels cleared by the structural engineers",)),
            risk("The risk of fraud against families of missing citizens {trend}",
                 mit=("families are told to deal only with the crisis line and the embassy",)),
            risk("Embassy generator fuel running short",
                 mit=("fuel has been bought from the UN depot for ten days",)),
        ],
        "media": [
            it("The Minister gave interviews to national radio on {radio}", radio="date -1 0"),
            it("Travel advice was updated to advise against non-essential travel to the south"),
        ],
        "next": [
            it("Open a second consular desk at the airport on {desk}", desk="date 1 3"),
            it("Agree with partners the cost of a chartered flight estimated at {charter}", charter="money 80 400"),
        ],
    },
    {"key": (1, 2), "situation": (1, 3), "nationals": (1, 2), "assistance": (1, 3), "departures": (1, 2),
     "staff": (1, 2), "risks": (1, 3), "media": (1, 2), "next": (1, 2)},
    date(2026, 10, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EXAMS = Partner(
    "exam-season",
    "Exam Season",
    ("Northland Qualifications Board", "Waimara Examinations Authority", "Southern Lakes Qualifications Board",
     "Te Rangi Examinations Authority"),
    {},
    {
        "summary": [
            it("The external examinations are in their second week with {sat} papers sat so far", sat="n 10 60"),
            it("Attendance across all sessions is {attend}{attend.was}", attend="pct 85 99"),
        ],
        "papers": [
            it("{sessions} sessions ran today in {centres} exam centres", sessions="n 2 6", centres="n 80 400"),
            it("The Level 2 chemistry paper started 30 minutes late at two centres after a delivery fault"),
        ],
        "security": [
            it("A photo of a paper was posted online after the start of the session and taken down"),
            it("{bags} sealed script bags were returned by courier today{bags.was}", bags="n 200 4000"),
        ],
        "centres": [
            it("{evacuated} centres were evacuated because of fire alarms", evacuated="n 1 6"),
            it("A power cut at Kowhai College moved candidates to the school hall"),
        ],
        "consideration": [
            it("{applications} applications for special consideration have been received{applications.was}",
               applications="n 50 2500"),
            it("Applications close ten working days after the last exam"),
        ],
        "marking": [
            it("{markers} markers have started online marking", markers="n 100 900"),
            it("{marked} of scripts for the first week have been marked{marked.was}", marked="pct 5 60"),
        ],
        "risks": [
            risk("The risk of papers being shared online during a session {trend}",
                 mit=("papers are opened in the room at the start time and phones are collected",)),
            risk("The risk of too few supervisors at rural centres {trend}",
                 mit=("a reserve list of trained supervisors is called the day before",)),
            risk("Courier delays to the return of scripts",
                 mit=("scripts are tracked by barcode from each centre to the marking hub",)),
        ],
        "staff": [
            it("{supervisors} supervisors worked in centres today{supervisors.was}", supervisors="n 300 2500"),
            it("The supervisor payroll for the week is {payroll}", payroll="money 100 900"),
        ],
        "media": [
            it("{queries} media queries were answered about the chemistry paper", queries="n 2 20"),
            it("A statement on the online photo was posted on the board's social media"),
        ],
        "next": [
            it("Confirm the marking plan for the late-starting paper by {plan}", plan="date 1 3"),
            it("Brief the Minister's office on {brief}", brief="date 1 2"),
        ],
    },
    {"summary": (1, 2), "papers": (1, 2), "security": (1, 2), "centres": (1, 2), "consideration": (1, 2),
     "marking": (1, 2), "risks": (1, 3), "staff": (1, 2), "media": (1, 2), "next": (1, 2)},
    date(2026, 11, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BEREAVEMENT = Partner(
    "bereavement-winter-surge",
    "Bereavement Services",
    ("Harrowby Borough Council", "Kennet Vale District Council", "Lowther City Council", "Saltmarsh Borough Council"),
    {},
    {
        "overview": [
            it("Deaths registered this week are {deaths} above the five-year average{deaths.was}", deaths="pct 8 45"),
            it("The crematorium and both cemeteries are working at full capacity"),
        ],
        "crematorium": [
            it("{cremations} cremations were carried out this week{cremations.was}", cremations="n 40 160"),
            it("Saturday services have been added until {saturdays}", saturdays="date 14 40"),
            it("Cremator 2 was out of use for relining for two days"),
        ],
        "burials": [
            it("{burials} burials took place in the council's cemeteries", burials="n 5 40"),
            it("Grave digging is delayed at Eastfield cemetery by waterlogged ground"),
        ],
        "mortuary": [
            it("The temporary body store at the depot holds {stored} people{stored.was}", stored="n 2 40"),
            it("The hospital mortuary is at {mortuary} of its capacity", mortuary="pct 60 110"),
        ],
        "register": [
            it("The wait for an appointment to register a death is {wait} days", wait="n 2 9"),
            it("Death registration by video call is offered on two days a week"),
        ],
        "staff": [
            it("{grave} grave diggers and crematorium technicians are working overtime", grave="n 4 20"),
            it("Two registrars from a neighbouring council are helping until {loan}", loan="date 7 21"),
        ],
        "budget": [
            it("Extra costs of the surge so far are {surgecost}", surgecost="cum 20 300"),
            it("Income from fees is {income} above budget", income="money 10 90"),
        ],
        "risks": [
            risk("The risk of the temporary body store reaching capacity {trend}",
                 mit=("a second refrigerated unit is on call from the supplier within 24 hours",)),
            risk("The risk of funeral directors being unable to book a service within two weeks {trend}",
                 mit=("service times are extended into the evening on weekdays",)),
            risk("Cremator breakdown in the cold weather",
                 mit=("a mutual aid agreement with the neighbouring crematorium is in place",)),
        ],
        "support": [
            it("Bereavement support leaflets are given out at every registration"),
            it("{referrals} families were referred to the funeral support fund{referrals.was}", referrals="n 2 30"),
        ],
        "next": [
            it("Review the need for Saturday services on {review}", review="date 5 10"),
            it("Meet funeral directors to agree booking arrangements"),
        ],
    },
    {"overview": (1, 2), "crematorium": (1, 3), "burials": (1, 2), "mortuary": (1, 2), "register": (1, 2),
     "staff": (1, 2), "budget": (1, 2), "risks": (1, 3), "support": (1, 2), "next": (1, 2)},
    date(2026, 1, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

PASSPORT = Partner(
    "passport-summer-peak",
    "Passport Operations",
    ("Passport Office – Belfield Processing Centre", "Passport Office – Marrow Quay Processing Centre",
     "Passport Office – Gresley Processing Centre", "Passport Office – Tanhill Processing Centre"),
    {},
    {
        "summary": [
            it("Demand remains high with {received} applications received this week{received.was}",
               received="n 20000 150000"),
            it("{target} of standard applications were completed within three weeks", target="pct 80 99"),
        ],
        "applications": [
            it("{queue} applications are in the work queue{queue.was}", queue="n 10000 120000"),
            it("{online} of applications were made online", online="pct 75 95"),
            it("Paper applications take an average of {paper} days", paper="n 12 30"),
        ],
        "appointments": [
            it("{fasttrack} Fast Track appointments were offered this week", fasttrack="n 500 6000"),
            it("Extra appointments are released at 07:00 each morning"),
        ],
        "line": [
            it("The advice line answered {answered} calls{answered.was}", answered="n 5000 60000"),
            it("The average wait to answer is {wait} minutes", wait="n 3 40"),
        ],
        "staff": [
            it("{examiners} examiners are working Saturday overtime{examiners.was}", examiners="n 50 600"),
            it("{newstarters} new examiners completed their training this week", newstarters="n 10 120"),
        ],
        "costs": [
            it("Overtime spend so far this summer is {overtime}", overtime="cum 200 3000"),
            it("Courier costs this week are {courier}", courier="money 20 90"),
        ],
        "risks": [
            risk("The risk of customers missing travel because of delays {trend}",
                 mit=("urgent cases with travel booked within two weeks are fast-tracked by the advice line",)),
            risk("The risk of the courier contract not meeting the extra volume {trend}",
                 mit=("a second courier is on standby and deliveries are tracked daily",)),
            risk("Failure of the application scanning system",
                 mit=("the Marrow Quay centre holds spare scanning capacity",)),
        ],
        "next": [
            it("Recruit {recruits} more examiners by {recruit}", recruits="n 20 150", recruit="date 7 28"),
            it("Review the overtime plan with the unions"),
        ],
    },
    {"summary": (1, 2), "applications": (1, 3), "appointments": (1, 2), "line": (1, 2), "staff": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 6, 5), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
