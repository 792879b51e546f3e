"""Item ideas of the four English-writing publishers of the ``blind13_layouts`` set: a Canadian province's
emergency operations centre during a wildfire season, an NHS acute trust's operational pressures (OPEL)
report, a Scottish regional resilience partnership's coordinating group in a winter storm, and a university's
incident team after a power failure on its main campus (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

PEOC = Partner(
    "peoc-ca",
    "Wildfire Season 2024",
    ("Province of New Alder", "Province of Western Marchland", "Province of Lakehead", "Province of Maple Bay"),
    {},
    {
        "situation": [
            it("{fires} active wildfires in the province{fires.was}", fires="n 20 180"),
            it("{oc} fires are classified out of control", oc="n 2 40"),
            it("A heat warning is in effect for the northern region until {heat}", heat="date 1 3"),
        ],
        "impacts": [
            it("Highway 17 is closed between Pine Falls and Crane River"),
            it("{communities} communities are under evacuation order{communities.was}", communities="n 1 20"),
            it("Power is out to about {power} customers near Crane River", power="n 0 6000"),
        ],
        "response": [
            it("{crews} wildland firefighters and {air} aircraft deployed", crews="n 100 900", air="n 4 30"),
            it("Structural protection units are set up around Pine Falls"),
            it("Interprovincial crews from two provinces arrived overnight"),
        ],
        "assistance": [
            it("{evacuees} evacuees registered at reception centres{evacuees.was}", evacuees="n 50 4000"),
            it("Reception centre at the Lakeshore Arena is open 24 hours"),
        ],
        "risks": [
            risk("The risk of the Crane River fire reaching the highway {trend}",
                 mit=("fuel break built by heavy equipment along the east flank",)),
            risk("Smoke affecting air quality in the reception centres",
                 mit=("portable air cleaners and masks provided at each centre",)),
        ],
        "communications": [
            it("Evacuation alerts issued through the public alerting system"),
            it("Media availability with the fire information officer at 14:00"),
        ],
        "next": [
            it("Next situation report on {next} at 09:00", next="date 1 1"),
            it("Coordination call with First Nations leadership at 11:00"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "response": (1, 3), "assistance": (1, 2), "risks": (1, 2),
     "communications": (1, 2), "next": (1, 2)},
    date(2024, 7, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

OPEL = Partner(
    "opel-trust",
    "Operational pressures",
    ("Kelby Hospitals NHS Foundation Trust", "Northmoor University Hospitals NHS Trust",
     "Carrow Valley Healthcare NHS Trust", "Fenmarsh and District NHS Foundation Trust"),
    {},
    {
        "summary": [
            it("The trust remains at OPEL 3 with pressure in the emergency department and on medical beds"),
            it("{breaches} patients waited over 12 hours from arrival in ED yesterday{breaches.was}",
               breaches="n 5 80"),
        ],
        "ed": [
            it("{attend} attendances to the emergency department in the last 24 hours{attend.was}",
               attend="n 250 600"),
            it("Average ambulance handover time was {handover} minutes", handover="n 15 90"),
            it("The majors area is running at {majors} of its capacity", majors="pct 90 160"),
        ],
        "flow": [
            it("{mffd} patients are medically fit for discharge{mffd.was}", mffd="n 20 140"),
            it("The discharge lounge opened at 08:00 and took {lounge} patients", lounge="n 5 40"),
            it("Escalation beds open on Ward 14 and the day surgery unit"),
        ],
        "workforce": [
            it("Nursing fill rate for the night shift was {fill}", fill="pct 75 98"),
            it("Two consultants redeployed from elective work to the acute medical unit"),
        ],
        "risks": [
            risk("The risk of harm to patients waiting in corridors {trend}",
                 mit=("a corridor care nurse on every shift and hourly safety checks",)),
            risk("Delayed handovers holding ambulances at the front door",
                 mit=("the rapid release protocol with the ambulance service",)),
        ],
        "actions": [
            it("Site meeting at 14:00 to review the bed position"),
            it("Ask the ICB to support {packages} care packages for discharge today", packages="n 3 30"),
            it("Stand down elective inpatient lists for {elective}", elective="date 1 2"),
        ],
    },
    {"summary": (1, 2), "ed": (1, 3), "flow": (1, 3), "workforce": (1, 2), "risks": (1, 2), "actions": (1, 3)},
    date(2024, 12, 30), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RRP = Partner(
    "rrp-scot",
    "Storm Eilidh",
    ("North of Scotland RRP", "West of Scotland RRP", "East of Scotland RRP", "Highlands and Islands RRP"),
    {},
    {
        "situation": [
            it("Met Office amber warning for wind in force until {until}", until="date 0 1"),
            it("{props} properties without power across the partnership area{props.was}", props="n 500 40000"),
            it("Ferry services to the islands are cancelled for the day"),
        ],
        "impacts": [
            it("The A82 is closed at Glen Mor after a landslip"),
            it("{schools} schools closed across the partnership area", schools="n 0 90"),
            it("Care at home visits delayed in rural areas"),
        ],
        "response": [
            it("SSEN has {engineers} engineers working on faults{engineers.was}", engineers="n 100 1200"),
            it("Police Scotland advising against all but essential travel"),
            it("Mountain rescue teams on standby for welfare checks"),
        ],
        "assistance": [
            it("{centres} resilience centres open with hot food and charging", centres="n 2 30"),
            it("Welfare calls made to {calls} customers on the priority services register", calls="n 100 4000"),
        ],
        "risks": [
            risk("The risk of power cuts lasting beyond 48 hours {trend}",
                 mit=("generators for care homes and welfare vans from SSEN",)),
            risk("Fuel running short on the islands",
                 mit=("priority fuel deliveries agreed with the supplier",)),
        ],
        "next": [
            it("Next RRP teleconference at 16:00"),
            it("Recovery group to meet on {recovery}", recovery="date 1 3"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "response": (1, 3), "assistance": (1, 2), "risks": (1, 2),
     "next": (1, 2)},
    date(2024, 1, 22), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CAMPUS = Partner(
    "campus-power",
    "Main campus power failure",
    ("University of Kelby", "Northmoor University", "Carrow Valley University", "University of Fenmarsh"),
    {},
    {
        "summary": [
            it("Power to the main campus failed after a fault at the substation on {fault}", fault="date -3 -1"),
            it("{bldgs} buildings are back on mains power{bldgs.was}", bldgs="n 2 40"),
        ],
        "impacts": [
            it("Teaching in the Science Quarter moves online until {online}", online="date 1 5"),
            it("Freezers in the life sciences labs are on temporary generators"),
            it("{halls} students in halls had no heating or hot water overnight", halls="n 0 1500"),
        ],
        "actions": [
            it("The estates team is working with the network operator on the substation"),
            it("Research groups are moving samples to the hospital's biobank"),
            it("Timetabled exams in the Science Quarter are moved to the sports hall"),
        ],
        "risks": [
            risk("The risk of losing research samples {trend}",
                 mit=("generator fuel checked every four hours and alarms on each freezer",)),
            risk("Students in halls without heating",
                 mit=("temporary heaters and rooms offered in other halls",)),
        ],
        "assistance": [
            it("The Student Hub is open late with hot drinks and charging points"),
            it("The wellbeing team has seen {seen} students since the power cut", seen="n 5 200"),
        ],
        "next": [
            it("Next update on {next} by 17:00", next="date 1 1"),
            it("The incident team meets at 09:30"),
        ],
    },
    {"summary": (1, 2), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "assistance": (1, 2),
     "next": (1, 2)},
    date(2024, 2, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
