"""Item ideas of two ``blind41_layouts`` publishers writing in English: Malawian open mapping communities in a
mapping activation after a cyclone's floods in the Shire valley, and Scottish community councils after a storm's
floods and power cuts (``blind5_layouts_content`` explains the slots). ``blind41_layouts_content`` prints the
comparisons, amounts, dates and the mitigation's lead in each publisher's words. The organisations are named after
real kinds of body; the places' events and the figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MW_LEVELS = ("is being watched", "is growing", "is now high", "is now very high")

MAPPING = Partner(
    "mw-osm-flood-mapping",
    "Flood mapping activation",
    ("Blantyre Mappers", "Zomba Open Mapping Community", "Mzuzu University YouthMappers", "Lilongwe Open Data Hub"),
    {},
    {
        "highlights": [
            it("Our community activated on {activated} to map the flood-affected districts of the Shire valley",
               activated="date -8 -8"),
            it("{buildings} buildings have been mapped since the activation began{buildings.was}",
               buildings="n 2000 90000"),
        ],
        "situation": [
            it("Floodwater is receding in Chikwawa but large areas of Nsanje remain under water"),
            it("{camps} displacement camps have been identified on the map{camps.was}", camps="n 5 120"),
        ],
        "outlook": [
            it("The meteorological services expect more heavy rain in the south until {rain}", rain="date 1 4"),
            it("The Shire is forecast to rise again at Chiromo from {rise}", rise="date 2 5"),
        ],
        "impacts": [
            it("{roads} km of roads have been tagged as impassable{roads.was}", roads="n 20 800"),
            it("{bridges} bridges are reported washed away", bridges="n 2 40"),
        ],
        "tasking": [
            it("{projects} Tasking Manager projects are open{projects.was}", projects="n 2 12"),
            it("The priority project for Nsanje is {done} mapped and {validated} validated", done="pct 30 98",
               validated="pct 10 80"),
        ],
        "field": [
            it("Field teams collected {points} points with ODK Collect{points.was}", points="n 50 3000"),
            it("Drone imagery of {villages} villages was captured this week", villages="n 2 30"),
        ],
        "data": [
            it("Maps of camps and water points were shared with {partners} partner organisations", partners="n 3 25"),
            it("Daily exports of the new data are published on the Humanitarian Data Exchange"),
        ],
        "volunteers": [
            it("{mappers} volunteer mappers have contributed{mappers.was}", mappers="n 30 900"),
            it("{validators} experienced validators check the new mapping each day", validators="n 3 40"),
        ],
        "funding": [
            it("Our activation costs to date total {costs}", costs="cum 2 60"),
            it("A microgrant of {grant} covers data bundles for the field teams", grant="money 1 15"),
        ],
        "risks": [
            risk("The risk of poor-quality mapping by new volunteers {trend}", levels=MW_LEVELS,
                 mit=("every task is validated before the data is exported",)),
            risk("The risk that field teams cannot reach cut-off villages {trend}", levels=MW_LEVELS,
                 mit=("teams travel only in the district council's boats",)),
            risk("Power cuts and weak mobile data in the field", mit=("teams carry power banks and upload at night",)),
        ],
        "next": [
            it("Hold a validation mapathon at the university on {mapathon}", mapathon="date 1 5"),
            it("Deliver updated camp maps to the district council by {maps}", maps="date 1 4"),
        ],
    },
    {"highlights": (1, 2), "situation": (1, 2), "outlook": (1, 2), "impacts": (1, 2), "tasking": (1, 2),
     "field": (1, 2), "data": (1, 2), "volunteers": (1, 2), "funding": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 3, 12), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

SC_LEVELS = ("is something we are keeping an eye on", "is growing", "is now high", "is now very high")

STORM = Partner(
    "sc-community-council-storm",
    "Storm update",
    ("Glenmarkie Community Council", "Invercraig and District Community Council", "Ardmore Bay Community Council",
     "Kinlochbrae Community Council"),
    {},
    {
        "summary": [
            it("The storm that reached the glen on {storm} brought the worst flooding in years", storm="date -3 -3"),
            it("{homes} homes in the area are still without power{homes.was}", homes="n 5 600"),
        ],
        "situation": [
            it("The river has fallen back within its banks but the haugh fields remain under water"),
            it("{roads} local roads are still closed{roads.was}", roads="n 1 12"),
        ],
        "weather": [
            it("The Met Office has a yellow warning for rain in force until {warning}", warning="date 1 3"),
            it("Temperatures could drop to minus {frost} degrees overnight", frost="n 2 8"),
        ],
        "impact": [
            it("{flooded} properties have been flooded{flooded.was}", flooded="n 2 80"),
            it("The primary school is closed until {school}", school="date 1 5"),
        ],
        "power": [
            it("SSEN expects most homes to be reconnected by {power}", power="date 1 4"),
            it("A generator is keeping the village hall running as a warm space"),
        ],
        "roads": [
            it("{trees} fallen trees have been cleared from the roads{trees.was}", trees="n 3 120"),
            it("The footbridge at the mill stays closed until it has been inspected"),
        ],
        "help": [
            it("Volunteers have delivered {meals} hot meals to people at home{meals.was}", meals="n 10 800"),
            it("The village hall is open with hot drinks, showers and phone charging"),
        ],
        "volunteers": [
            it("{vols} volunteers are on the resilience team rota{vols.was}", vols="n 5 60"),
            it("We need more volunteers with four-wheel drive vehicles for deliveries"),
        ],
        "funding": [
            it("The resilience fund has received {donations} in donations", donations="cum 1 40"),
            it("We have spent {spent} on fuel and food so far", spent="money 1 10"),
        ],
        "risks": [
            risk("The risk to older residents living alone {trend}", levels=SC_LEVELS,
                 mit=("volunteers phone or visit everyone on our list each day",)),
            risk("The risk of more flooding at the haugh {trend}", levels=SC_LEVELS,
                 mit=("sandbags are stored at the fire station for residents to collect",)),
            risk("Scam callers claiming to be from the power company",
                 mit=("warnings are up on the noticeboards and our Facebook page",)),
        ],
        "next": [
            it("Residents' drop-in session at the village hall on {dropin}", dropin="date 1 4"),
            it("Meet the council's resilience officer on {meet}", meet="date 1 5"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "weather": (1, 2), "impact": (1, 2), "power": (1, 2), "roads": (1, 2),
     "help": (1, 2), "volunteers": (1, 2), "funding": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 11, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
