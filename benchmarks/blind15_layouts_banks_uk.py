"""Item ideas of four ``blind15_layouts`` publishers of Britain and Ireland: an NHS integrated care board's
system-wide winter sitrep, the Irish HSE's regional winter pressures report, a local resilience forum's
Strategic Coordinating Group sitrep during a prolonged water outage, and a UK university's incident bulletin
after a fire in a residence (``blind5_layouts_content`` explains the slots). The generator's figures, dates and
"(up from … )" notes are British English; ``blind15_layouts_content`` prints them in each publisher's
conventions. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

ICB = Partner(
    "icb-uk",
    "System Winter Pressures",
    ("NHS Wrekin and Severn Integrated Care Board", "NHS Mersey Estuary Integrated Care Board",
     "NHS Fenland and Ouse Integrated Care Board", "NHS Tamar Valley Integrated Care Board"),
    {},
    {
        "summary": [
            it("The system is at OPEL 3 with both acute sites under sustained pressure"),
            it("Ambulance handover delays over 60 minutes fell to {hdl} yesterday{hdl.was}", hdl="n 2 40"),
            it("{nctr} patients in acute beds have no criteria to reside{nctr.was}", nctr="n 60 260"),
        ],
        "acute": [
            it("General and acute bed occupancy is {occ} across the two trusts{occ.was}", occ="pct 91 99"),
            it("{corr} patients were cared for in corridor spaces at 08:00", corr="n 0 30"),
            it("Four-hour performance in the emergency departments was {ed}", ed="pct 55 74"),
        ],
        "community": [
            it("{vw} of {vwc} virtual ward beds are occupied", vw="n 40 120", vwc="n 120 140"),
            it("Care home outbreaks of norovirus have closed {ch} homes to admissions", ch="n 0 9"),
            it("GP practices reported extra same-day appointments for respiratory illness"),
        ],
        "workforce": [
            it("Staff sickness across NHS providers is {sick}{sick.was}", sick="pct 4 9"),
            it("Mutual aid of {ma} nurses was agreed between the trusts for the weekend", ma="n 2 20"),
        ],
        "risks": [
            risk("The risk of ambulance handover delays harming patients {trend}",
                 mit=("a system-wide rapid release protocol at 45 minutes and cohorting areas staffed by the trusts",)),
            risk("Delays in discharge to social care placements",
                 mit=("daily escalation calls with both local authorities and spot purchase of beds",)),
            risk("Fragility of the out-of-hours GP rota over the bank holiday",
                 mit=("enhanced rates for shifts and a clinical assessment service in the hub",)),
        ],
        "next": [
            it("System call to review the escalation triggers at 14:00 on {call}", call="date 1 2"),
            it("Confirm the bank holiday discharge plan with the local authorities by {due}", due="date 1 4"),
        ],
    },
    {"summary": (2, 3), "acute": (2, 3), "community": (1, 3), "workforce": (1, 2), "risks": (1, 3),
     "next": (1, 2)},
    date(2024, 12, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HSE = Partner(
    "hse-ie",
    "Winter Pressures",
    ("HSE Dublin and Midlands", "HSE South West", "HSE West and North West", "HSE Dublin and North East"),
    {},
    {
        "overview": [
            it("{trolley} patients were on trolleys in the region's emergency departments at 08:00{trolley.was}",
               trolley="n 40 260"),
            it("Attendances at emergency departments were {att} in the last 24 hours", att="n 600 1900"),
            it("Influenza remains the main driver of admissions across the region"),
        ],
        "hospitals": [
            it("{dtoc} delayed transfers of care are reported across the model 4 hospitals{dtoc.was}",
               dtoc="n 40 220"),
            it("Elective activity has been curtailed at two sites to free beds"),
            it("{surge} surge beds are open{surge.was}", surge="n 10 120"),
        ],
        "community": [
            it("{hc} home support hours were delivered last week", hc="n 9000 40000"),
            it("Community nursing units have accepted {cnu} step-down patients", cnu="n 5 60"),
            it("Injury units in Tullamore and Roscrea are open until 20:00"),
        ],
        "vaccination": [
            it("Flu vaccine uptake among people aged 65 and over is {fluv}", fluv="pct 55 78"),
            it("Uptake among healthcare workers is {hcw}{hcw.was}", hcw="pct 35 60"),
        ],
        "risks": [
            risk("The risk of trolley numbers exceeding the escalation threshold {trend}",
                 mit=("full capacity protocol invoked at the two largest hospitals and weekend discharge teams",)),
            risk("Nurse vacancies in the emergency departments",
                 mit=("agency cover approved and a recruitment campaign for the region",)),
        ],
        "actions": [
            it("The Regional Executive Officer chairs a daily escalation call at 10:00"),
            it("Additional funding of {extra} for private beds approved", extra="money 200 900"),
            it("Public messaging on using GPs, pharmacies and injury units continues"),
        ],
    },
    {"overview": (2, 3), "hospitals": (1, 3), "community": (1, 3), "vaccination": (1, 2), "risks": (1, 2),
     "actions": (1, 3)},
    date(2025, 1, 6), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

LRF = Partner(
    "lrf-uk",
    "Loss of Water Supply",
    ("Mendip and Vale Local Resilience Forum", "Tees Valley and Durham Local Resilience Forum",
     "Marches Local Resilience Forum", "Solway and Eden Local Resilience Forum"),
    {},
    {
        "situation": [
            it("{props} properties remain without a piped water supply{props.was}", props="n 500 18000"),
            it("The treatment works at Cheddar Gorge is operating at reduced output"),
            it("The water company expects supplies to be restored by {eta}", eta="date 1 3"),
        ],
        "welfare": [
            it("{bsp} bottled water stations are open across the affected area", bsp="n 2 12"),
            it("{litres} litres of bottled water have been handed out{litres.was}", litres="n 20000 900000"),
            it("Deliveries to customers on the Priority Services Register continue"),
        ],
        "health": [
            it("Both hospitals have water tankers on site and are operating normally"),
            it("{homes} care homes have been supplied by bowser", homes="n 3 40"),
        ],
        "education": [
            it("{schools} schools are closed today{schools.was}", schools="n 0 45"),
            it("Exams at Wells Cathedral School have been moved to a partner site"),
        ],
        "risks": [
            risk("The risk of vulnerable people going without water {trend}",
                 mit=("door knocking by the council and cross-checks of the shared vulnerable persons data",)),
            risk("Traffic congestion at bottled water stations",
                 mit=("police traffic management at the two busiest sites",)),
            risk("Public frustration at the length of the outage",
                 mit=("joint messaging through the warning and informing cell",)),
        ],
        "media": [
            it("A joint press conference was held at 11:00"),
            it("{reach} people reached by the LRF's social media posts{reach.was}", reach="n 5000 120000"),
        ],
    },
    {"situation": (2, 3), "welfare": (1, 3), "health": (1, 2), "education": (1, 2), "risks": (1, 3),
     "media": (1, 2)},
    date(2024, 6, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

UNI = Partner(
    "uni-uk",
    "Fire at Hollins Hall",
    ("University of Northmoor", "Castlegate University", "University of the South Downs", "Avonside University"),
    {},
    {
        "summary": [
            it("Hollins Hall remains closed while the building is made safe"),
            it("{moved} students have been moved to other accommodation{moved.was}", moved="n 40 320"),
        ],
        "students": [
            it("Students from Hollins Hall can collect belongings by appointment from {pickup}", pickup="date 1 3"),
            it("A hardship grant of £250 is available to every affected student"),
            it("{calls} calls to the student support line since the fire{calls.was}", calls="n 30 600"),
        ],
        "teaching": [
            it("Teaching in the Kelvin Building has moved online for the rest of the week"),
            it("Deadlines for affected students have been extended by seven days"),
        ],
        "estates": [
            it("The fire investigation by the fire and rescue service is complete"),
            it("The insurers' loss adjusters visited the building on {visit}", visit="date -1 0"),
            it("Repair costs are estimated at {cost} so far", cost="cum 200 2400"),
        ],
        "risks": [
            risk("The risk to student wellbeing {trend}",
                 mit=("extra counselling appointments and wardens on call overnight",)),
            risk("Not enough rooms for all displaced students at the end of the month",
                 mit=("hotel rooms held in reserve in the city centre",)),
        ],
    },
    {"summary": (1, 2), "students": (2, 3), "teaching": (1, 2), "estates": (1, 3), "risks": (1, 2)},
    date(2024, 11, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
