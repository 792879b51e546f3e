"""Item ideas of three more publishers of the ``blind6_layouts`` set: a university in a cyber incident, a care
home answering its council's heatwave return and a council's rest centre after a tower block evacuation
(``blind5_layouts_content`` explains the slots). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

UNIVERSITY = Partner(
    "university",
    "Cyber Incident",
    ("University of Ashcombe", "Kelderby Metropolitan University", "Thornvale College of Art and Design",
     "Marrick University"),
    {},
    {
        "highlights": [
            it("Core teaching systems are {core} restored{core.was}", core="pct 20 100"),
            it("There is no evidence so far that the attackers have published any data"),
            it("The Information Commissioner's Office was notified on {ico}", ico="date -4 -2"),
            it("Teaching continues in person; online submission deadlines are extended by {ext} days",
               ext="n 3 14"),
        ],
        "situation": [
            it("The virtual learning environment is back online for all students"),
            it("Email works for {email} of staff accounts{email.was}", email="pct 30 100"),
            it("The finance system stays offline while forensic analysis continues"),
            it("{servers} of 140 servers have been rebuilt from clean backups{servers.was}", servers="n 10 140"),
            it("Campus Wi-Fi works; the student records system is read-only"),
            it("Library self-service machines are out of use and loans are recorded by hand"),
        ],
        "impacts": [
            it("{subm} coursework submissions are waiting to be uploaded once the portal reopens",
               subm="n 200 3000"),
            it("Payroll for {payroll} staff will be run by hand this month", payroll="n 1500 4200"),
            it("Visa letters for {visa} international students are delayed", visa="n 20 300"),
            it("Research groups have lost their shared drives and {grants} grant deadlines need extensions",
               grants="n 2 15"),
            it("Open day bookings are taken by phone until the website is restored"),
        ],
        "actions": [
            it("Passwords reset for {pw} accounts, with multi-factor authentication enforced{pw.was}",
               pw="n 4000 26000"),
            it("Forensic investigators from the cyber insurer have imaged {imaged} affected servers",
               imaged="n 5 60"),
            it("The temporary helpdesk has handled {calls} calls since the incident began", calls="n 300 4000"),
            it("Firewall rules tightened and remote desktop access closed at the network edge"),
            it("Backups of the student records and finance systems checked and found clean"),
        ],
        "risks": [
            risk("Risk that personal data of students and staff was taken {trend}",
                 mit=("leak sites watched by the incident response firm",
                      "a data protection impact assessment under way with the data protection officer")),
            risk("A further attack through accounts not yet reset",
                 mit=("sign-ins blocked for accounts without multi-factor authentication",)),
            risk("Exam boards cannot confirm marks by the progression deadline",
                 mit=("marks kept in spreadsheets by each school and checked against paper records",)),
            risk("Fatigue in the IT team {trend}",
                 mit=("rotas limited to 10 hours and staff lent by a partner university",)),
            risk("Suppliers go unpaid while the finance system is offline",
                 mit=("urgent payments made by manual bank transfer with two approvers",)),
            risk("The risk from phishing e-mails that exploit the incident {trend}",
                 mit=("warnings to all students and staff and a report button in Outlook",)),
        ],
        "workforce": [
            it("{it_staff} IT staff are working on the recovery across two shifts", it_staff="n 20 70"),
            it("{contract} contractors from the managed service provider are on site", contract="n 2 18"),
            it("Overtime is approved for IT and finance staff until the end of the month"),
            it("All staff have been reminded of the employee assistance programme"),
        ],
        "finance": [
            it("Incident response costs to date are {irc}", irc="cum 60 600"),
            it("The insurer has accepted the claim; the excess is {excess}", excess="money 25 250"),
            it("Replacement hardware worth {hw} has been approved by the executive board", hw="money 40 400"),
        ],
        "communications": [
            it("A message went to all students by e-mail and text on {msg}", msg="date -2 0"),
            it("Updates are posted on the incident page of the university website"),
            it("The press office has handled {media} media enquiries{media.was}", media="n 2 25"),
            it("Students' Union officers were briefed on {su}", su="date -2 0"),
            it("Staff FAQs on the intranet now include advice on phishing"),
        ],
        "next": [
            it("Restore the finance system from clean backups by {fin}", fin="date 2 9"),
            it("Complete the password resets for the remaining accounts"),
            it("Report to the Board of Governors on {bog}", bog="date 3 10"),
            it("Decide when to reopen the coursework submission portal"),
            it("Schedule a lessons-learned review once systems are recovered"),
        ],
    },
    {"highlights": (2, 3), "situation": (2, 4), "impacts": (1, 3), "actions": (2, 3), "risks": (2, 4),
     "workforce": (1, 3), "finance": (1, 2), "communications": (1, 3), "next": (2, 3)},
    date(2023, 10, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CARE_HOME = Partner(
    "care-home",
    "Heatwave Provider Return",
    ("Willow Court Care Home", "Ashgrove House Nursing Home", "The Beeches Residential Home",
     "St Aldhelm's Care Centre"),
    {},
    {
        "situation": [
            it("The hottest room today was {room} °C in the first-floor lounge{room.was}", room="n 26 34"),
            it("{res} residents in the home and {empty} beds empty", res="n 30 80", empty="n 1 8"),
            it("Window restrictors checked and fans in every occupied room"),
            it("The ground-floor dining room is our cool room and {cool} residents used it today", cool="n 4 30"),
            it("Medicine room checked four times a day; it reached {med} °C today", med="n 22 27"),
        ],
        "impacts": [
            it("{dehyd} residents show signs of dehydration and are on fluid charts{dehyd.was}", dehyd="n 1 9"),
            it("{gp} GP visits requested in the last 24 hours", gp="n 1 6"),
            it("{hosp} residents admitted to hospital with heat-related illness", hosp="n 1 3"),
            it("Residents living with dementia are more unsettled in the afternoons"),
            it("Activities moved to the mornings and the garden closed from 11:00 to 15:00"),
        ],
        "risks": [
            risk("The risk of the medicine room going above 25 °C {trend}",
                 mit=("a portable air conditioning unit hired and the temperature logged every hour",
                      "heat-sensitive medicines moved to the cooler clinic room")),
            risk("Staff absence from heat-related illness {trend}",
                 mit=("shorter shifts and extra breaks with cold drinks",)),
            risk("Residents receiving end-of-life care are at higher risk in the heat",
                 mit=("comfort checks and mouth care every half hour",)),
            risk("A power cut would stop the fans and fridges",
                 mit=("a generator supplier on standby and ice packs in the freezers",)),
            risk("Food safety in the kitchen at high temperatures",
                 mit=("cooking moved to the early morning",)),
        ],
        "workforce": [
            it("{shifts} shifts uncovered this week{shifts.was}", shifts="n 1 14"),
            it("{agency_staff} agency carers booked for the weekend", agency_staff="n 1 10"),
            it("Staff drink water every hour and may wear lighter clothing instead of uniform"),
            it("Night staff are sleeping badly; managers check their wellbeing at handover"),
        ],
        "finance": [
            it("Fans, cooling mats and air conditioning hire have cost {cooling} so far", cooling="cum 1 15"),
            it("Extra agency hours this week will cost about {agency_cost}", agency_cost="money 2 20"),
            it("We will claim the costs through the council's provider support scheme"),
        ],
        "communications": [
            it("Families phoned about residents who are unwell"),
            it("Visits moved to the mornings; {visits} visits booked this week", visits="n 10 80"),
            it("A letter with heatwave advice went to all families on {letter}", letter="date -3 -1"),
            it("A notice on the front door asks visitors to keep visits short in the afternoon heat"),
        ],
        "next": [
            it("Keep the cool room open until the heat-health alert ends on {alert}", alert="date 1 5"),
            it("We need {fans} more fans from the council's equipment store", fans="n 2 20"),
            it("Review the care plans of high-risk residents with the district nurses"),
            it("Arrange a GP ward round on {round}", round="date 1 3"),
        ],
    },
    {"situation": (2, 4), "impacts": (1, 3), "risks": (2, 3), "workforce": (1, 3), "finance": (1, 2),
     "communications": (1, 2), "next": (1, 3)},
    date(2022, 7, 15), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

REST_CENTRE = Partner(
    "rest-centre",
    "Rest Centre Report",
    ("Ashcombe Borough Council", "Thornvale District Council", "Marrick City Council", "Coldharbour Borough Council"),
    {},
    {
        "situation": [
            it("{evac} residents are registered at the rest centre{evac.was}", evac="n 40 260"),
            it("{overnight} people stayed overnight; the others have gone to family or friends",
               overnight="n 10 150"),
            it("{households} households from Skelton House and Priory House are registered", households="n 20 120"),
            it("Residents are unlikely to return home before {return_day}", return_day="date 3 20"),
            it("The centre is calm and a police community support officer is on site during the day"),
        ],
        "assistance": [
            it("{meals} meals served in the last 24 hours", meals="n 80 700"),
            it("Volunteers collected prescriptions for {rx} residents", rx="n 3 40"),
            it("Pets are cared for by the RSPCA at the Mill Lane kennels"),
            it("Housing officers have placed {placed} households in temporary accommodation{placed.was}",
               placed="n 2 60"),
            it("Interpreters for Polish and Somali speakers are available from 10:00 to 18:00"),
            it("A children's corner with toys and activities is open during the day"),
        ],
        "risks": [
            risk("Tension between residents over the length of their stay {trend}",
                 mit=("briefings from the housing manager twice a day and a named contact for each household",)),
            risk("Vulnerable residents may miss their care visits",
                 mit=("adult social care checking every registered resident against its care records",)),
            risk("The risk of camp beds and bedding running short {trend}",
                 mit=("extra stock ordered from the neighbouring council",)),
            risk("Leisure centre bookings cannot restart while the centre is in use",
                 mit=("bookings moved to the community hall",)),
            risk("Media at the entrance are upsetting residents",
                 mit=("a press area set up away from the main door",)),
        ],
        "workforce": [
            it("{vols} Red Cross volunteers on site across two shifts{vols.was}", vols="n 6 30"),
            it("{staff_rota} council staff on the rota as rest centre managers and registrars", staff_rota="n 3 16"),
            it("A community nurse visits at 09:00 and 17:00"),
            it("Volunteers are tiring; new volunteers are being briefed for the weekend"),
        ],
        "finance": [
            it("Catering costs to date: {catering}", catering="cum 2 40"),
            it("Hotel rooms for {hotel} households cost {hotel_cost} a night", hotel="n 2 40", hotel_cost="money 1 8"),
            it("Toiletries and clothing have been donated by local businesses"),
        ],
        "next": [
            it("Move the remaining families to temporary accommodation by {move}", move="date 1 6"),
            it("Residents' briefing by the building engineers at 18:00"),
            it("Decide whether the centre can close overnight from {close}", close="date 2 8"),
            it("Arrange transport to school for the children tomorrow morning"),
        ],
    },
    {"situation": (2, 4), "assistance": (2, 4), "risks": (2, 3), "workforce": (1, 3), "finance": (1, 2),
     "next": (1, 3)},
    date(2023, 9, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
