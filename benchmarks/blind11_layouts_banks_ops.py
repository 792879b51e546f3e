"""Item ideas of three publishers of the ``blind11_layouts`` set: a university's business continuity team
after a cyber attack on its systems, a strategic coordinating group (police, fire, council and health) during
a moorland wildfire, and an electricity distribution network operator's storm team reporting to the local
resilience forum (``blind5_layouts_content`` explains the slots). The organisations, places and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

UNIVERSITY = Partner(
    "university-bc",
    "Cyber incident",
    ("University of Kelby", "Northmoor University", "University of the Carrow Valley",
     "Fenmarsh Metropolitan University"),
    {},
    {
        "highlights": [
            it("The student record system is back online for staff in read-only mode"),
            it("{restored} of the {total} critical services are restored{restored.was}", restored="n 4 30",
               total="n 31 31"),
            it("No evidence so far that personal data left the network"),
        ],
        "situation": [
            it("The virtual learning environment is running on the recovery platform"),
            it("Staff e-mail is available; shared drives remain offline"),
            it("The forensic investigators expect an interim report on {forensic}", forensic="date 2 6"),
        ],
        "impacts": [
            it("{exams} January examinations moved online or rescheduled", exams="n 5 120"),
            it("Payroll for January will be run manually from the December file"),
            it("Research groups cannot reach the high-performance computing cluster"),
        ],
        "recovery": [
            it("Password resets completed for {resets} staff and students{resets.was}", resets="n 500 28000"),
            it("Laptops re-imaged in the library at a rate of about {images} a day", images="n 40 400"),
            it("Finance system to be restored from clean backups by {finance}", finance="date 3 8"),
        ],
        "risks": [
            risk("The risk that students miss assessment deadlines {trend}",
                 mit=("a blanket extension of seven days agreed by the academic registrar",)),
            risk("Reputational damage if data is published by the attackers",
                 mit=("monitoring of leak sites by the investigators and a prepared statement",)),
            risk("IT staff fatigue after two weeks of recovery work {trend}",
                 mit=("a rota with two rest days a week and support from the regional network",)),
        ],
        "communications": [
            it("Daily message to all staff and students from the vice-chancellor"),
            it("The incident page on the public website updated at 12:00"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 3), "impacts": (1, 3), "recovery": (1, 3), "risks": (2, 3),
     "communications": (1, 2)},
    date(2024, 1, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

SCG = Partner(
    "scg-wildfire",
    "Moorland wildfire",
    ("Kelby and Northmoor LRF", "Carrow Valley LRF", "South Harland LRF", "Fenmarsh LRF"),
    {},
    {
        "situation": [
            it("The fire covers about {hectares} hectares of moorland{hectares.was}", hectares="n 40 900"),
            it("The fire front is moving north-east away from Hatherley village"),
            it("Smoke is affecting the A629 between Colbridge and Moorside"),
        ],
        "impacts": [
            it("{evac} properties at Moorside remain evacuated{evac.was}", evac="n 5 120"),
            it("The A629 is closed between Colbridge and Moorside"),
            it("Public health advice to keep windows closed in the smoke plume"),
        ],
        "response": [
            it("{pumps} fire appliances and two helicopters committed{pumps.was}", pumps="n 6 40"),
            it("Gamekeepers and estate staff cutting firebreaks with the fire service"),
            it("A rest centre is open at Colbridge leisure centre"),
        ],
        "risks": [
            risk("The risk of the fire jumping the firebreak at Black Clough {trend}",
                 mit=("a second firebreak cut and water bowsers positioned at the track end",)),
            risk("Firefighter heat exhaustion in the afternoon temperatures",
                 mit=("crews rotated every two hours with a welfare unit on site",)),
        ],
        "communications": [
            it("Joint media statement issued at 08:30"),
            it("Warning and informing through the council's social media and local radio"),
        ],
        "decisions": [
            it("The Moorside evacuation remains in place until the fire service advises it is safe"),
            it("Request military helicopter support through the MACA process"),
            it("The council to open a second rest centre if {second} or more people register", second="n 40 120"),
            it("Open moorland access land closed to the public by order"),
        ],
        "next": [
            it("Next SCG at 16:00 on {scg}", scg="date 0 1"),
            it("TCG to report on the options for the A629 reopening"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "response": (1, 3), "risks": (1, 2), "communications": (1, 2),
     "decisions": (1, 3), "next": (1, 2)},
    date(2024, 7, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DNO = Partner(
    "dno-storm",
    "Storm Jocelyn",
    ("Northern Grid Distribution", "Carrow Power Networks", "Wessex Vale Electricity Networks",
     "Fenmarsh Distribution"),
    {},
    {
        "situation": [
            it("{off} customers are off supply{off.was}", off="n 200 30000"),
            it("{restored} customers restored since the storm began", restored="n 1000 90000"),
            it("Most faults are on the overhead network in the upland areas"),
        ],
        "assistance": [
            it("Welfare vans serving hot food at {vans} locations", vans="n 1 12"),
            it("Priority services register customers contacted by phone"),
            it("Hotel accommodation offered to vulnerable customers off supply for more than 48 hours"),
        ],
        "workforce": [
            it("{eng} engineers and field staff deployed{eng.was}", eng="n 80 900"),
            it("Mutual aid crews from two other network operators arrived overnight"),
        ],
        "risks": [
            risk("Further damage from the second band of high winds {trend}",
                 mit=("crews pre-positioned in the upland depots before the winds arrive",)),
            risk("Generator fuel for the isolated villages",
                 mit=("fuel deliveries scheduled every twelve hours",)),
        ],
        "next": [
            it("Restoration estimate for all customers by {eta}", eta="date 1 4"),
            it("Next update to the LRF at 18:00"),
        ],
    },
    {"situation": (2, 3), "assistance": (1, 3), "workforce": (1, 2), "risks": (1, 2), "next": (1, 2)},
    date(2024, 1, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
