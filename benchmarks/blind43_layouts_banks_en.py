"""Item ideas of four ``blind43_layouts`` publishers writing in English: Church of England dioceses helping their
parishes through a winter flood, Scottish hospices through a winter of flu and snow, Australian surf life saving
branches after an East Coast Low, and US community health centers after a hurricane (``blind5_layouts_content``
explains the slots). ``blind43_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DIO_LEVELS = ("is being watched", "is growing", "is now high", "is now very high")

DIOCESE = Partner(
    "gb-diocese-flood",
    "Flood response bulletin",
    ("Diocese of Fenwold", "Diocese of Ribbledale", "Diocese of Severnmouth", "Diocese of Calderfield"),
    {},
    {
        "brief": [
            it("{churches} churches in the diocese have been affected by the floods{churches.was}", churches="n 3 80"),
            it("The Bishop visited flooded parishes on {visit} and thanks everyone who is helping", visit="date -3 -1"),
        ],
        "picture": [
            it("Most parishes in the river valleys are still cut off by road"),
            it("{parishes} parishes have asked the diocese for help{parishes.was}", parishes="n 2 60"),
        ],
        "weather": [
            it("The Met Office expects more rain on {rain}", rain="date 1 3"),
            it("River levels are forecast to stay high until {high}", high="date 2 7"),
        ],
        "damage": [
            it("{buildings} church buildings have water inside{buildings.was}", buildings="n 2 50"),
            it("The organ at one parish church has been badly damaged by water"),
        ],
        "halls": [
            it("{halls} parish halls are open as rest centres{halls.was}", halls="n 1 20"),
            it("Rest centres are serving hot meals twice a day"),
        ],
        "schools": [
            it("{closed} church schools are closed because of flooding{closed.was}", closed="n 1 25"),
            it("Pupils from one flooded school are being taught in the village hall"),
        ],
        "pastoral": [
            it("Clergy have made {visits} pastoral visits to flooded households{visits.was}", visits="n 10 900"),
            it("A listening service for people affected is running from the cathedral"),
        ],
        "clergy": [
            it("{volunteers} volunteers are helping in parishes{volunteers.was}", volunteers="n 10 400"),
            it("Two clergy houses are flooded and their families have moved out"),
        ],
        "appeal": [
            it("The Bishop's flood appeal has raised {raised} so far", raised="cum 5 200"),
            it("The Church Commissioners have offered an emergency grant of {grant}", grant="money 10 90"),
        ],
        "risks": [
            risk("The risk of lasting damage to listed church buildings {trend}", levels=DIO_LEVELS,
                 mit=("the diocesan surveyor is visiting every flooded church",)),
            risk("The risk that clergy and volunteers become exhausted {trend}", levels=DIO_LEVELS,
                 mit=("the Archdeacons are arranging cover for the worst-hit parishes",)),
            risk("Insurance claims taking a long time to settle",
                 mit=("the diocesan office is helping parishes with their claims",)),
        ],
        "ahead": [
            it("A service of prayer for those affected at the cathedral on {service}", service="date 2 9"),
            it("The diocesan recovery group will meet on {meeting}", meeting="date 1 5"),
        ],
    },
    {"brief": (1, 2), "picture": (1, 2), "weather": (1, 2), "damage": (1, 2), "halls": (1, 2), "schools": (1, 2),
     "pastoral": (1, 2), "clergy": (1, 2), "appeal": (1, 2), "risks": (1, 3), "ahead": (1, 2)},
    date(2026, 11, 18), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

HOS_LEVELS = ("is being monitored", "is increasing", "is now high", "is now very high")

HOSPICE = Partner(
    "sco-hospice-winter",
    "Weekly situation report",
    ("Strathmore Hospice", "Ardlaw Hospice", "Clyde Valley Hospice", "Firthside Hospice"),
    {},
    {
        "key": [
            it("The inpatient unit is running at {occupancy} occupancy this week{occupancy.was}",
               occupancy="pct 60 100"),
            it("Snow has made home visits difficult in the rural parts of our area"),
        ],
        "position": [
            it("{referrals} new referrals were received this week{referrals.was}", referrals="n 5 90"),
            it("Flu and norovirus are circulating in care homes across the area"),
        ],
        "outlook": [
            it("The Met Office warns of more snow and ice from {snow}", snow="date 1 4"),
            it("Demand is expected to stay high until {until}", until="date 7 21"),
        ],
        "impact": [
            it("{waiting} patients are waiting for a bed in the inpatient unit{waiting.was}", waiting="n 1 20"),
            it("Some families have not been able to visit because of the weather"),
        ],
        "ipu": [
            it("{beds} of our inpatient beds are open{beds.was}", beds="n 6 24"),
            it("Visiting is restricted to two visitors per patient while flu is circulating"),
        ],
        "home": [
            it("The Hospice at Home team made {visits} visits this week{visits.was}", visits="n 20 400"),
            it("4x4 vehicles lent by a local farm are taking nurses to remote patients"),
        ],
        "families": [
            it("Our family support team is supporting {families} bereaved families{families.was}", families="n 5 150"),
            it("The carers' drop-in has moved online until the roads are clear"),
        ],
        "staffing": [
            it("{absent} staff are off sick this week{absent.was}", absent="n 1 40"),
            it("Bank nurses are covering the night shifts on the inpatient unit"),
        ],
        "finance": [
            it("Agency staff have cost {agency} this winter", agency="cum 2 90"),
            it("The winter appeal has raised {appeal} so far", appeal="money 5 80"),
        ],
        "risks": [
            risk("The risk that we cannot staff the inpatient unit safely {trend}", levels=HOS_LEVELS,
                 mit=("bank and agency nurses are booked two weeks ahead",)),
            risk("The risk of flu spreading on the inpatient unit {trend}", levels=HOS_LEVELS,
                 mit=("all staff have been offered the vaccine and visiting is restricted",)),
            risk("Drugs not reaching patients at home in the snow",
                 mit=("community pharmacies are delivering with our volunteer drivers",)),
        ],
        "actions": [
            it("Review the snow plan with the Health and Social Care Partnership on {review}", review="date 1 5"),
            it("Reopen the day hospice on {reopen}", reopen="date 3 10"),
        ],
    },
    {"key": (1, 2), "position": (1, 2), "outlook": (1, 2), "impact": (1, 2), "ipu": (1, 2), "home": (1, 2),
     "families": (1, 2), "staffing": (1, 2), "finance": (1, 2), "risks": (1, 3), "actions": (1, 2)},
    date(2026, 1, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

SLS_LEVELS = ("is being monitored", "is rising", "is now high", "is now extreme")

SURF = Partner(
    "au-surf-life-saving-ecl",
    "East Coast Low briefing",
    ("Far North Coast Branch", "Mid North Coast Branch", "Hunter Branch", "Illawarra Branch"),
    {},
    {
        "points": [
            it("{closed} beaches remain closed across the branch{closed.was}", closed="n 2 40"),
            it("Our IRB crews have been on standby since {since}", since="date -4 -4"),
        ],
        "situation": [
            it("Large surf and erosion continue along the whole coast"),
            it("{rescues} rescues were made by our lifesavers this week{rescues.was}", rescues="n 1 60"),
        ],
        "outlook": [
            it("The Bureau of Meteorology forecasts hazardous surf until {surf}", surf="date 1 4"),
            it("Swell of up to {swell} metres is expected", swell="n 3 8"),
        ],
        "damage": [
            it("{clubs} clubhouses have storm damage{clubs.was}", clubs="n 1 15"),
            it("Erosion has undermined the access ramp at one club"),
        ],
        "closures": [
            it("Councils have closed {ramps} beach access points{ramps.was}", ramps="n 2 50"),
            it("Signs and flags are checked twice a day at the closed beaches"),
        ],
        "patrols": [
            it("Jetski and drone patrols are running at {patrolled} beaches", patrolled="n 2 30"),
            it("Our Support Operations team has supported the SES with flood rescue"),
        ],
        "community": [
            it("Clubhouses have hosted {evacuees} evacuated residents{evacuees.was}", evacuees="n 5 300"),
            it("Volunteers are helping the SES to fill sandbags"),
        ],
        "members": [
            it("{members} members have volunteered for extra shifts{members.was}", members="n 10 500"),
            it("Some members are unable to patrol because their homes are flooded"),
        ],
        "costs": [
            it("Repairs to clubhouses are estimated at {repairs}", repairs="cum 10 400"),
            it("The state government has approved {grant} in emergency funding", grant="money 10 90"),
        ],
        "risks": [
            risk("The risk of a drowning at a closed beach {trend}", levels=SLS_LEVELS,
                 mit=("roving patrols and drone surveillance at the closed beaches",)),
            risk("The risk of injury to lifesavers in big surf {trend}", levels=SLS_LEVELS,
                 mit=("only Bronze-qualified crews with two years' experience are rostered in the IRBs",)),
            risk("Clubhouse foundations failing after erosion",
                 mit=("engineers are inspecting the clubs at risk",)),
        ],
        "next": [
            it("Reopen the first beaches once the swell drops, expected on {reopen}", reopen="date 2 6"),
            it("Branch council meeting on {meeting}", meeting="date 1 5"),
        ],
    },
    {"points": (1, 2), "situation": (1, 2), "outlook": (1, 2), "damage": (1, 2), "closures": (1, 2),
     "patrols": (1, 2), "community": (1, 2), "members": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 7, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

FQHC_LEVELS = ("is being tracked", "is increasing", "is now high", "is now critical")

FQHC = Partner(
    "us-fqhc-hurricane",
    "Hurricane situation report",
    ("Bayou Teche Community Health", "Gulf Prairie Family Health Center", "Coastal Bend Health Partners",
     "Piney Woods Community Clinic"),
    {},
    {
        "highlights": [
            it("{open} of our clinic sites are open{open.was}", open="n 2 14"),
            it("Our mobile unit is seeing patients at the shelters"),
        ],
        "overview": [
            it("Power is still out in most of the parish"),
            it("{patients} patients were seen this week{patients.was}", patients="n 100 4000"),
        ],
        "weather": [
            it("The National Weather Service forecasts heat index values near {heat} degrees", heat="n 100 115"),
            it("Another tropical system may approach the coast by {storm}", storm="date 3 9"),
        ],
        "impact": [
            it("{missed} patients missed dialysis or chemotherapy appointments{missed.was}", missed="n 2 80"),
            it("Many patients lost their insulin when the power went out"),
        ],
        "sites": [
            it("{damaged} clinic sites have roof or water damage{damaged.was}", damaged="n 1 8"),
            it("The main clinic is running on a generator"),
        ],
        "pharmacy": [
            it("Our pharmacy has filled {scripts} emergency prescriptions{scripts.was}", scripts="n 50 3000"),
            it("Insulin and oxygen supplies are arriving from our partner network"),
        ],
        "assistance": [
            it("Staff have helped {families} families apply for FEMA assistance{families.was}", families="n 10 700"),
            it("We are handing out water, ice and hygiene kits at the clinics"),
        ],
        "staffing": [
            it("{displaced} staff members have been displaced from their homes{displaced.was}", displaced="n 1 60"),
            it("Volunteer clinicians from other health centers are helping at the shelters"),
        ],
        "finance": [
            it("Uncompensated care since the storm has cost {care}", care="cum 10 600"),
            it("HRSA has approved supplemental funding of {funding}", funding="money 20 90"),
        ],
        "risks": [
            risk("The risk of heat-related illness among patients without power {trend}", levels=FQHC_LEVELS,
                 mit=("outreach workers are checking on high-risk patients every day",)),
            risk("The risk of running out of generator fuel {trend}", levels=FQHC_LEVELS,
                 mit=("a second fuel supplier is under contract",)),
            risk("Patients not able to refill prescriptions",
                 mit=("our pharmacy is open extended hours and delivering to the shelters",)),
        ],
        "next": [
            it("Reopen the eastside clinic on {reopen}", reopen="date 2 8"),
            it("Join the parish health coordination call on {call}", call="date 1 3"),
        ],
    },
    {"highlights": (1, 2), "overview": (1, 2), "weather": (1, 2), "impact": (1, 2), "sites": (1, 2),
     "pharmacy": (1, 2), "assistance": (1, 2), "staffing": (1, 2), "finance": (1, 2), "risks": (1, 3),
     "next": (1, 2)},
    date(2026, 9, 2), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
