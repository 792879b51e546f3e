"""Item ideas of three publishers of the ``blind10_layouts`` set: a police force's strategic (Gold) group
during an evacuation after a chemical fire, an integrated care board's system control centre in winter, and a
RAYNET group (volunteer radio operators) supporting a council through a storm (``blind5_layouts_content``
explains the slots). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

POLICE = Partner(
    "police-gold",
    "Operation Harrier",
    ("Wessex Vale Police", "Northmoor Constabulary", "Carrow and Fenland Police", "South Harland Police"),
    {},
    {
        "highlights": [
            it("The evacuation zone around the Kelsey Marsh industrial estate remains in place"),
            it("{evac} residents remain out of their homes{evac.was}", evac="n 40 900"),
            it("No reported injuries to the public since the fire started"),
        ],
        "situation": [
            it("The fire at the Marsh Lane chemical store is contained but still burning"),
            it("The cordon covers {cordon} streets and the A1074 slip roads", cordon="n 4 30"),
            it("The fire service expects to hand the scene back on {handover}", handover="date 2 6"),
            it("Air monitoring shows levels below the action threshold outside the cordon"),
        ],
        "impacts": [
            it("{calls} calls to 101 about the incident in the last 24 hours{calls.was}", calls="n 30 600"),
            it("Community tension is low; reports of rumours on social media about the cause"),
            it("Two schools inside the zone are closed until {schools}", schools="date 1 5"),
            it("{burglaries} reports of suspicious activity at empty homes in the zone", burglaries="n 0 12"),
        ],
        "response": [
            it("Cordon points staffed 24/7 at Marsh Lane, Ferry Road and the A1074"),
            it("High-visibility patrols in the evacuated streets every two hours"),
            it("Family liaison officers are supporting residents at the rest centre"),
            it("Drone flights over the site at the request of the fire service"),
        ],
        "workforce": [
            it("{officers} officers and staff deployed on the operation today{officers.was}", officers="n 20 180"),
            it("Mutual aid of {mutual} officers from neighbouring forces", mutual="n 0 60"),
            it("Rest days cancelled for the response teams until {rest}", rest="date 2 7"),
        ],
        "communications": [
            it("Joint statement with the fire service and council published at 09:00"),
            it("Door-to-door leaflets delivered to {leaflets} homes at the edge of the zone", leaflets="n 100 2500"),
            it("Community messaging through the neighbourhood alert system"),
        ],
        "next": [
            it("Next Gold group at 10:00 on {gold_day}", gold_day="date 1 1"),
            it("Review the size of the cordon with the fire service and public health"),
        ],
        "risks": [
            risk("The risk of residents re-entering the zone before it is safe {trend}",
                 mit=("cordon staff briefed and a managed escorted return for urgent needs",)),
            risk("Officer fatigue from long cordon shifts {trend}",
                 mit=("shifts capped at ten hours and mutual aid requested",)),
            risk("Misinformation about toxic smoke raising community tension",
                 mit=("daily joint messages and the engagement team in the rest centre",)),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "impacts": (1, 3), "response": (2, 4), "workforce": (1, 3),
     "communications": (1, 3), "next": (1, 2), "risks": (2, 3)},
    date(2024, 3, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ICB = Partner(
    "icb-scc",
    "System Sitrep",
    ("NHS Tamar and Wold ICB", "NHS Fenmarsh ICB", "NHS Calder Moors ICB", "NHS Severnside ICB"),
    {},
    {
        "highlights": [
            it("The system is at OPEL 3 this morning"),
            it("{corridor} patients were cared for in corridors overnight{corridor.was}", corridor="n 2 60"),
            it("Flu admissions continue to rise across all three acute trusts"),
        ],
        "situation": [
            it("{ed} patients in the emergency departments at 08:00{ed.was}", ed="n 60 260"),
            it("{dta} patients waiting more than 12 hours from decision to admit", dta="n 3 80"),
            it("General and acute bed occupancy at {occ} across the system{occ.was}", occ="pct 91 104"),
            it("Kingsmoor Hospital has declared a critical incident for the second day"),
        ],
        "impacts": [
            it("Average ambulance handover time {handover} minutes{handover.was}", handover="n 18 140"),
            it("{lost} ambulance hours lost to handover delays yesterday", lost="n 20 400"),
            it("NHS 111 call volumes are {nhs111} above the seasonal forecast", nhs111="pct 5 40"),
        ],
        "activity": [
            it("{mfd} patients medically fit for discharge are still in hospital{mfd.was}", mfd="n 40 260"),
            it("{discharges} discharges before noon yesterday", discharges="n 20 160"),
            it("Discharge to assess beds opened at Highcroft care home"),
            it("The virtual ward is caring for {vw} patients", vw="n 30 200"),
        ],
        "workforce": [
            it("Staff sickness at {sick} across the acute trusts{sick.was}", sick="pct 4 11"),
            it("{shifts} nursing shifts unfilled overnight", shifts="n 5 90"),
            it("Bank and agency incentives extended to the weekend"),
        ],
        "risks": [
            risk("The risk of harm to patients waiting for an ambulance {trend}",
                 mit=("the ambulance service's clinical validation of category 3 and 4 calls",)),
            risk("Norovirus closures of wards at Kingsmoor Hospital",
                 mit=("infection prevention and control team review twice daily",)),
            risk("The risk that care home closures slow discharges {trend}",
                 mit=("a system discharge cell meeting at 10:00 and 15:00",)),
        ],
        "actions": [
            it("System call at 10:00 with all providers"),
            it("Trusts to confirm their elective cancellations by 14:00"),
            it("Community teams to pull {pull} patients into the virtual ward", pull="n 5 30"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "impacts": (1, 3), "activity": (2, 4), "workforce": (1, 3),
     "risks": (2, 3), "actions": (1, 3)},
    date(2024, 1, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RAYNET = Partner(
    "raynet",
    "Storm Isha support",
    ("RAYNET Kelby and District", "RAYNET North Wolds Group", "RAYNET Carrow Valley", "RAYNET Fenmarsh Group"),
    {},
    {
        "highlights": [
            it("Emergency net open since 1800 yesterday at the request of the council"),
            it("{stations} stations active on the net this morning{stations.was}", stations="n 3 18"),
            it("No loss of mains power at the emergency centre overnight"),
        ],
        "situation": [
            it("Mobile phone coverage is down in the Upper Carrow villages after a mast lost power"),
            it("The council's radio link to the Hatherley depot failed at 0340 and RAYNET is relaying"),
            it("VHF repeater GB3KD is working on generator power"),
            it("HF contact with the county emergency centre is good on 3.760 MHz"),
        ],
        "response": [
            it("Operators posted at {rest} rest centres{rest.was}", rest="n 1 6"),
            it("A mobile station is with the flood wardens at Colbridge bridge"),
            it("Messages relayed between the rest centres and the emergency centre every hour"),
        ],
        "activity": [
            it("{messages} formal messages handled since the net opened{messages.was}", messages="n 10 240"),
            it("Welfare checks for {welfare} isolated farms passed to the council", welfare="n 2 40"),
            it("Road closure reports logged and passed to highways"),
        ],
        "workforce": [
            it("{ops} operators on the rota for today{ops.was}", ops="n 6 40"),
            it("Two operators stood down after a twelve-hour shift"),
            it("Volunteers from the North Wolds group are helping with the night shift"),
        ],
        "risks": [
            risk("The risk of the repeater generator running out of fuel {trend}",
                 mit=("fuel run to the mast site by the 4x4 team at 1200",)),
            risk("Operator fatigue on long shifts",
                 mit=("shifts limited to eight hours with a rest break at the centre",)),
            risk("Loss of the HF link if the storm damages antennas {trend}",
                 mit=("spare antennas packed in the mobile station",)),
        ],
        "next": [
            it("Next scheduled net at 1900 local"),
            it("Review the need for the net with the council at 1600"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "response": (1, 3), "activity": (1, 3), "workforce": (1, 3),
     "risks": (2, 3), "next": (1, 2)},
    date(2024, 1, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
