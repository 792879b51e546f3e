"""Item ideas of four ``blind55_layouts`` publishers writing in English: South African metropolitan electricity
utilities after a winter storm, Alberta school divisions while a wildfire keeps their communities evacuated, Indian
zonal railways in a monsoon and Jamaica's regional health authorities after a hurricane (``blind5_layouts_content``
explains the slots). ``blind55_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's conventions. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

STORM = Partner(
    "za-metro-electricity-storm",
    "Storm response",
    ("City of Cape Town Electricity", "City Power Johannesburg", "eThekwini Electricity",
     "City of Tshwane Energy and Electricity"),
    {},
    {
        "hl": [
            it("The cold front that made landfall on {landfall} brought gale-force winds and heavy rain across the "
               "metro", landfall="date -2 -2"),
            it("{outages} customers remain without power{outages.was}", outages="n 500 20000"),
        ],
        "sit": [
            it("The South African Weather Service has lifted its orange level 6 warning but strong winds continue"),
            it("Most faults are on overhead lines in informal settlements and on the urban edge"),
        ],
        "imp": [
            it("{suburbs} suburbs have had outages of more than 24 hours{suburbs.was}", suburbs="n 3 60"),
            it("Traffic signals are out at several major intersections"),
        ],
        "ta": [
            it("Teams have repaired {faults} faults since the storm began{faults.was}", faults="n 50 900"),
            it("Substations in flooded areas are being dried out before they can be switched back on"),
        ],
        "tb": [
            it("Generators are in place at {sites} clinics and pump stations{sites.was}", sites="n 2 40"),
            it("Hospitals and water treatment works are first in line for restoration"),
        ],
        "help": [
            it("Report outages on the app or by SMS; once you have a reference number there is no need to report "
               "again"),
            it("Disaster Risk Management is providing blankets and meals at the mass care centres"),
        ],
        "staff": [
            it("{crews} crews, including contractors, are working around the clock{crews.was}", crews="n 20 300"),
            it("Crews from depots outside the storm area have been sent to the worst-hit suburbs"),
        ],
        "money": [
            it("Storm repair costs so far are estimated at {cost}", cost="cum 100 4000"),
            it("Emergency procurement of {spend} has been approved for cable and transformers",
               spend="money 100 900"),
        ],
        "risks": [
            risk("The risk of cable theft and vandalism at outage sites {trend}",
                 mit=("security escorts accompany crews at night",)),
            risk("The risk of electrocution from fallen lines {trend}",
                 mit=("residents are warned to keep away from fallen lines and to report them",)),
            risk("Illegal connections overloading repaired lines",
                 mit=("repaired lines are patrolled and illegal connections removed",)),
        ],
        "next": [
            it("Full restoration is expected by {restore}", restore="date 1 3"),
            it("The next update will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WILDFIRE = Partner(
    "ab-school-division-wildfire",
    "Wildfire update",
    ("Fort McMurray Public School Division", "Grande Prairie Public School Division",
     "Peace Wapiti Public School Division", "Fort Vermilion School Division"),
    {},
    {
        "hl": [
            it("A mandatory evacuation order has been in place since {evac} and all our schools are closed",
               evac="date -3 -3"),
            it("{families} students and families have checked in with the division since the evacuation"
               "{families.was}", families="n 200 6000"),
        ],
        "sit": [
            it("Alberta Wildfire reports the fire is still out of control but has not grown in the last 24 hours"),
            it("Air quality in the evacuation area remains very poor, with a high health risk"),
        ],
        "imp": [
            it("{closed} schools remain closed{closed.was}", closed="n 2 30"),
            it("One of our schools is being used as a staging area for firefighters"),
        ],
        "ta": [
            it("Teachers are posting daily learning activities in Google Classroom for every grade"),
            it("{devices} Chromebooks have been loaned to evacuated students{devices.was}", devices="n 20 900"),
        ],
        "tb": [
            it("All bus routes are suspended until the evacuation order is lifted"),
            it("Students attending school in a host community can ride that division's buses"),
        ],
        "help": [
            it("Evacuated students can attend school for now in any Alberta school division"),
            it("Family school liaison workers and counsellors are available by phone and video"),
        ],
        "staff": [
            it("{teachers} staff members are supporting students remotely{teachers.was}", teachers="n 50 900"),
            it("Staff who have lost their homes can use the Employee and Family Assistance Program"),
        ],
        "money": [
            it("Unbudgeted costs of the evacuation so far are {cost}", cost="cum 100 4000"),
            it("We have asked Alberta Education for {grant} in emergency funding", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of students falling behind {trend}",
                 mit=("teachers are checking in every week with each of their students",)),
            risk("The risk of smoke damage in closed schools {trend}",
                 mit=("air handling systems will be cleaned before anyone returns",)),
            risk("Families not knowing where to register their children",
                 mit=("a central registration line is open seven days a week",)),
        ],
        "next": [
            it("Re-entry to the community is planned for {reentry}", reentry="date 1 3"),
            it("Our next update will be on {next}", next="date 1 2"),
        ],
    },
    SIZES,
    date(2026, 5, 12), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

MONSOON = Partner(
    "in-zonal-railway-monsoon",
    "Monsoon disruption",
    ("Central Railway", "Western Railway", "South Western Railway", "Northeast Frontier Railway"),
    {},
    {
        "hl": [
            it("Heavy rainfall since {start} has caused breaches and waterlogging in several sections of the zone",
               start="date -2 -2"),
            it("{cancelled} trains have been cancelled, short-terminated or diverted{cancelled.was}",
               cancelled="n 5 120"),
        ],
        "sit": [
            it("IMD has issued an orange alert for heavy to very heavy rainfall over the ghat sections"),
            it("Water is flowing above the danger level at two major bridges, which are under round-the-clock watch"),
        ],
        "imp": [
            it("{late} suburban services are running more than 30 minutes late{late.was}", late="n 10 400"),
            it("Goods trains on the affected sections are being regulated"),
        ],
        "ta": [
            it("Restoration of the {breach} metre breach near the ghat section is in progress{breach.was}",
               breach="n 20 400"),
            it("Boulder nets and patrolling have been stepped up in cuttings prone to landslips"),
        ],
        "tb": [
            it("{stranded} passengers stranded at stations were given food and drinking water{stranded.was}",
               stranded="n 100 5000"),
            it("Special buses were arranged with the state transport corporation for stranded passengers"),
        ],
        "help": [
            it("Full refunds are being given for cancelled trains without cancellation charges"),
            it("Help desks are open at major stations and the 139 helpline is updated every hour"),
        ],
        "staff": [
            it("{men} railway staff are deployed on restoration work{men.was}", men="n 200 3000"),
            it("Accident relief trains and medical vans are kept ready at divisional headquarters"),
        ],
        "money": [
            it("Expenditure on restoration works so far is {cost}", cost="cum 100 4000"),
            it("Sanction of {sanction} has been sought from the Railway Board for permanent protection works",
               sanction="money 100 900"),
        ],
        "risks": [
            risk("The risk of landslips in the ghat section {trend}",
                 mit=("speed restrictions and round-the-clock patrolling are in force",)),
            risk("The risk of water overtopping vulnerable bridges {trend}",
                 mit=("bridge watchmen are posted and trains are stopped when water reaches the danger level",)),
            risk("Waterlogging at suburban stations during high tide",
                 mit=("high-capacity pumps have been installed at low-lying stations",)),
        ],
        "next": [
            it("Normal services are expected to be restored by {restore}", restore="date 1 3"),
            it("The next report will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 7, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HURRICANE = Partner(
    "jm-rha-hurricane",
    "Hurricane situation report",
    ("Western Regional Health Authority", "Southern Regional Health Authority", "South East Regional Health Authority",
     "North East Regional Health Authority"),
    {},
    {
        "hl": [
            it("The hurricane made landfall on {landfall} and the region's health facilities remain on an emergency "
               "footing", landfall="date -4 -4"),
            it("{reopened} health centres have reopened{reopened.was}", reopened="n 5 60"),
        ],
        "sit": [
            it("Power has been restored at all hospitals, but several still switch to generators during outages"),
            it("Many roads in rural communities remain blocked by landslides and fallen trees"),
        ],
        "imp": [
            it("{elective} elective surgeries have been postponed{elective.was}", elective="n 10 300"),
            it("Two hospitals have roof damage and have moved patients to undamaged wards"),
        ],
        "ta": [
            it("Bed occupancy across the region's hospitals stands at {occ}{occ.was}", occ="pct 60 110"),
            it("Emergency rooms are seeing more injuries from clean-up work"),
        ],
        "tb": [
            it("Mobile clinics have visited {mobile} communities cut off by the storm{mobile.was}", mobile="n 3 60"),
            it("Health centre pharmacies are dispensing chronic medication without a new prescription"),
        ],
        "help": [
            it("Boil or chlorinate drinking water until the National Water Commission says it is safe"),
            it("Anyone with a wound from clean-up work should get a tetanus shot at the nearest health centre"),
        ],
        "staff": [
            it("{redeployed} nurses and doctors have been redeployed to the worst-affected parishes"
               "{redeployed.was}", redeployed="n 10 300"),
            it("Staff whose homes were damaged are being helped through the employee assistance programme"),
        ],
        "money": [
            it("Hurricane-related costs to date are {cost}", cost="cum 100 4000"),
            it("The Ministry of Health and Wellness has approved {grant} for urgent repairs", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of leptospirosis {trend}",
                 mit=("public health inspectors are carrying out rodent control in affected communities",)),
            risk("The risk of dengue from mosquitoes breeding in stagnant water {trend}",
                 mit=("vector control teams are fogging and removing breeding sites",)),
            risk("A shortage of medical oxygen while roads are blocked",
                 mit=("the Jamaica Defence Force is moving oxygen supplies by air",)),
        ],
        "next": [
            it("All health centres are expected to reopen by {reopen}", reopen="date 1 3"),
            it("The next situation report will be issued on {next}", next="date 1 2"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
