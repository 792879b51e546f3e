"""Item ideas of four more publishers of the ``blind9_layouts`` set: a council's recovery programme office
writing its weekly highlight report, a humanitarian coordination office's flash updates on floods, a
scientific and technical advice cell's summary advice on the smoke from a large fire, and an environment
agency area's monthly water situation report published as a government web page (``blind5_layouts_content``
explains the slots). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

PROGRAMME = Partner(
    "programme-office",
    "Storm Recovery Programme",
    ("Tenbury Vale District Council", "Colwick Borough Council", "Saltmarsh Coast Council",
     "Hexley and Dunmoor Council"),
    {},
    {
        "highlights": [
            it("The programme remains on track for the March milestone, with the schools workstream at amber"),
            it("{repaired} of damaged council homes have now been repaired{repaired.was}", repaired="pct 10 90"),
            it("The recovery board approved the revised sea wall design on {board}", board="date -6 -1"),
        ],
        "activity": [
            it("Roof repairs completed at {roofs} council homes{roofs.was}", roofs="n 5 160"),
            it("Contract for the harbour wall survey awarded to Coastline Engineering"),
            it("Drop-in advice sessions held in Saltford and Kelham"),
            it("Business recovery grants paid to {biz} firms{biz.was}", biz="n 4 90"),
            it("Tree clearance finished on the Westwood estate"),
        ],
        "next": [
            it("Start the structural survey of Kelham Primary School on {survey}", survey="date 2 6"),
            it("Open the second round of business recovery grants"),
            it("Submit the Bellwin claim to the government by {bellwin}", bellwin="date 5 14"),
            it("Agree the temporary accommodation exit plan with the housing team"),
        ],
        "risks": [
            risk("Contractor capacity for roof repairs {trend}",
                 mit=("a second framework contractor called off for the estates in Kelham",)),
            risk("Costs exceed the Bellwin threshold",
                 mit=("monthly cost reports to the Section 151 officer",)),
            risk("Delay to the school's reopening after the half-term break",
                 mit=("temporary classrooms ordered as a fallback",)),
        ],
        "finance": [
            it("Spend to date {spend} against a budget of £2.4m", spend="cum 80 1900"),
            it("Forecast outturn remains within budget"),
        ],
        "decisions": [
            it("The board is asked to approve the use of contingency for the temporary classrooms"),
            it("The board is asked to agree the revised milestone for the harbour wall"),
        ],
    },
    {"highlights": (1, 3), "activity": (3, 5), "next": (2, 4), "risks": (2, 3), "finance": (1, 2),
     "decisions": (1, 2)},
    date(2024, 1, 19), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

FLASH = Partner(
    "humanitarian",
    "Floods",
    ("Humanitarian Coordination Office – Lower Tavas", "Humanitarian Coordination Office – Marenga Delta",
     "Humanitarian Coordination Office – Keshi Valley", "Humanitarian Coordination Office – Oru Coast"),
    {},
    {
        "highlights": [
            it("Heavy rains since 2 October have caused widespread flooding along the Tavas River"),
            it("An estimated {affected} people are affected across six districts{affected.was}",
               affected="n 20000 480000"),
            it("Access to Barisa and Ulem districts remains cut off by road"),
            it("The government has requested international assistance for shelter and health"),
        ],
        "situation": [
            it("At least {deaths} people have died and {missing} are missing, according to local authorities",
               deaths="n 3 90", missing="n 2 60"),
            it("{displaced} people are displaced, most staying in schools and public buildings{displaced.was}",
               displaced="n 3000 120000"),
            it("Water levels are receding in the upper basin but still rising near the coast"),
            it("Damage to {hectares} hectares of cropland ahead of the harvest", hectares="n 1000 40000"),
        ],
        "shelter": [
            it("{kits} shelter kits distributed in Barisa and Ulem{kits.was}", kits="n 200 9000"),
            it("Partners estimate that {need} households still need emergency shelter", need="n 500 20000"),
            it("Collective centres are overcrowded in Tavas town"),
        ],
        "health": [
            it("Mobile health teams reached {reached} people this week{reached.was}", reached="n 500 30000"),
            it("{cholera} suspected cholera cases reported in displacement sites{cholera.was}", cholera="n 2 300"),
            it("Two district hospitals are flooded and running at reduced capacity"),
        ],
        "wash": [
            it("Water trucking serves {trucked} people a day{trucked.was}", trucked="n 1000 60000"),
            it("Latrines and handwashing stations installed at {sites} displacement sites", sites="n 3 60"),
            it("Hygiene kits are in short supply in the Keshi Valley pipeline"),
        ],
        "risks": [
            risk("The risk of waterborne disease outbreaks in crowded sites {trend}",
                 mit=("oral cholera vaccine requested and chlorination scaled up",)),
            risk("Insecurity on the Barisa road limiting access for convoys",
                 mit=("humanitarian notification with the authorities and air transport for priority items",)),
            risk("Funding shortfalls forcing partners to cut food rations",
                 mit=("an emergency allocation from the pooled fund",)),
        ],
        "finance": [
            it("The flash appeal seeking US${appeal} million is {funded} funded", appeal="n 12 80",
               funded="pct 5 60"),
            it("The pooled fund released an allocation on {cbpf}", cbpf="date -5 -1"),
        ],
    },
    {"highlights": (2, 4), "situation": (2, 4), "shelter": (1, 3), "health": (1, 3), "wash": (1, 3),
     "risks": (1, 3), "finance": (1, 2)},
    date(2024, 10, 7), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

STAC = Partner(
    "stac",
    "Large Fire",
    ("Brennock Resilience Forum", "Harlan and Tees Resilience Forum", "Marchland Local Resilience Forum",
     "West Carrow Resilience Partnership"),
    {},
    {
        "highlights": [
            it("Smoke from the fire at the Ferrybank waste site is likely to affect the town for several more days"),
            it("STAC advises that residents within 1 km keep windows and doors closed (high confidence)"),
            it("There is no evidence of harm to the public water supply (medium confidence)"),
        ],
        "situation": [
            it("The fire involves around {tonnes} tonnes of mixed waste{tonnes.was}", tonnes="n 800 12000"),
            it("The fire service expects to let the fire burn under control for {burn} more days", burn="n 2 12"),
            it("Firewater run-off is contained in the site lagoon"),
        ],
        "surveillance": [
            it("The PM2.5 hourly peak at Ferrybank School was {pm} µg/m³{pm.was}", pm="n 40 380"),
            it("Mobile monitoring units are deployed at {units} sites downwind", units="n 2 8"),
            it("Asbestos fibres were not detected in air samples taken on {asb}", asb="date -3 -1"),
            it("Dioxin sampling results are expected by {dioxin}", dioxin="date 2 6"),
        ],
        "advice": [
            it("People with asthma should carry their reliever inhaler"),
            it("Schools within the plume may keep children indoors at break times"),
            it("Residents should not eat produce from gardens within 500 m until results are known"),
        ],
        "impacts": [
            it("Run-off has reached the Ferry Brook with a fish kill of about {fish} fish", fish="n 20 600"),
            it("GP surgeries have reported {gp} smoke-related consultations{gp.was}", gp="n 3 120"),
        ],
        "risks": [
            risk("A change in wind direction carrying the plume over the hospital {trend}",
                 mit=("hourly forecasts from the Met adviser and an early warning to the hospital's estates team",)),
            risk("Contamination of the brook from firewater",
                 mit=("booms on the brook and tankering from the lagoon",)),
            risk("Public anxiety outrunning the evidence",
                 mit=("daily joint statements from the health and environment agencies",)),
        ],
        "attendees": [
            it("Health protection team"),
            it("Environment agency air quality and water quality officers"),
            it("Fire and rescue service hazardous materials adviser"),
            it("Met office adviser"),
            it("Council environmental health"),
        ],
        "next": [
            it("The next STAC meeting is on {stac} at 10:00", stac="date 1 2"),
            it("Review the advice to schools once the dioxin results are in"),
        ],
    },
    {"highlights": (2, 3), "situation": (1, 3), "surveillance": (2, 4), "advice": (1, 3), "impacts": (1, 2),
     "risks": (2, 3), "attendees": (3, 5), "next": (1, 2)},
    date(2024, 5, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "water-situation",
    "Water Situation",
    ("Environment Agency – Marshlands area", "Environment Agency – Chalk Downs area",
     "Environment Agency – North Fells area", "Environment Agency – Severn Vale area"),
    {},
    {
        "highlights": [
            it("Rainfall was below average across most of the area for the third month running"),
            it("River flows were below normal at {flowsites} of the indicator sites{flowsites.was}",
               flowsites="pct 20 90"),
            it("Groundwater levels are falling and are below normal at most sites"),
        ],
        "rainfall": [
            it("The area received {rain} of the long-term average rainfall for the month{rain.was}", rain="pct 30 120"),
            it("The wettest day was {wet}, when a band of rain crossed the west of the area", wet="date -25 -10"),
            it("Rainfall totals were lowest in the east of the area"),
        ],
        "soil": [
            it("Soil moisture deficits increased through the month and are larger than normal for the time of year"),
            it("The deficit at the end of the month was {smd} mm{smd.was}", smd="n 20 140"),
        ],
        "rivers": [
            it("Monthly mean flows were notably low at {low} indicator sites", low="n 1 12"),
            it("The River Wend at Amberford recorded its lowest flow for the month since 1976"),
            it("Flows on the chalk streams are receding but remain within the normal range"),
        ],
        "groundwater": [
            it("Levels at {gw} of the indicator boreholes were below normal{gw.was}", gw="pct 20 90"),
            it("The chalk aquifer at Ashcombe fell to a notably low level"),
        ],
        "reservoirs": [
            it("Total reservoir stocks were at {stocks} of capacity{stocks.was}", stocks="pct 45 95"),
            it("Stocks at Hollow Water are below the drought trigger for the time of year"),
        ],
        "risks": [
            risk("The risk of drought conditions developing by the summer {trend}",
                 mit=("weekly monitoring and meetings of the area drought group",)),
            risk("Low flows harming fish in the chalk streams",
                 mit=("fish rescues on standby and abstraction licences reviewed",)),
        ],
        "forecast": [
            it("River flows are likely to be below normal by the end of {month}", month="month 25 35"),
            it("Groundwater levels are expected to remain below normal until the autumn"),
        ],
    },
    {"highlights": (2, 3), "rainfall": (1, 3), "soil": (1, 2), "rivers": (1, 3), "groundwater": (1, 2),
     "reservoirs": (1, 2), "risks": (1, 2), "forecast": (1, 2)},
    date(2024, 4, 8), cadence_days=28, punct="stop", mitigation="colon",
)  # fmt: skip
