"""Item ideas of four ``blind16_layouts`` publishers writing in British English: a blood service's stocks alert
update to hospital transfusion teams, a national park authority's moorland fire update, a container port's
operations update to its customers in a storm, and a maritime rescue co-ordination centre's oil pollution sitrep
(``blind5_layouts_content`` explains the slots). ``blind16_layouts_content`` prints the figures' comparisons and
the mitigation's lead in each publisher's words. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

BLOOD = Partner(
    "blood-uk",
    "Blood Stocks Amber Alert",
    ("Pennine Blood and Transplant Service", "Wessex Blood Service", "Caledonian Blood Transfusion Service",
     "Cambrian Blood Service"),
    {},
    {
        "summary": [
            it("Total red cell stocks stand at {days} days{days.was}", days="n 3 6"),
            it("Group O D negative stocks are at {oneg} days, below the pre-amber level", oneg="n 1 3"),
            it("Hospitals are asked to reduce red cell use by {cut}", cut="pct 10 25"),
        ],
        "stocks": [
            it("{units} units of red cells were issued to hospitals last week{units.was}", units="n 20000 40000"),
            it("Platelet stocks are stable at {plt} adult doses", plt="n 800 2400"),
            it("Stocks of O D positive have recovered to {opos} days", opos="n 3 6"),
        ],
        "collection": [
            it("{appts} extra donation appointments were added at donor centres this week", appts="n 500 6000"),
            it("{newd} new donors registered after the national appeal{newd.was}", newd="n 2000 40000"),
            it("Mobile sessions are running extended hours in Leeds, Sheffield and Hull"),
        ],
        "hospitals": [
            it("Hospitals should defer elective surgery likely to need more than two units of red cells"),
            it("{hosp} hospitals have activated their emergency blood management plans", hosp="n 10 120"),
            it("O D negative red cells should be kept for patients of that group and for emergencies"),
        ],
        "risks": [
            risk("The risk of moving to a Red Alert {trend}",
                 mit=("daily national stock calls and targeted appeals to O negative donors",)),
            risk("Staff shortages at collection sessions",
                 mit=("overtime and redeployment of staff from the donor contact centre",)),
            risk("Cold chain failures during the hot weather",
                 mit=("refrigerated vans on the longer routes and temperature logging checks",)),
        ],
        "comms": [
            it("The donor appeal has reached {reach} people on social media", reach="n 100000 900000"),
            it("Hospital transfusion teams were briefed on {brief}", brief="date -2 -1"),
        ],
    },
    {"summary": (2, 3), "stocks": (1, 3), "collection": (1, 3), "hospitals": (1, 3), "risks": (1, 3),
     "comms": (1, 2)},
    date(2024, 8, 5), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

PARK = Partner(
    "npa-uk",
    "Moorland Fire",
    ("High Moors National Park Authority", "Cheviot Fells National Park Authority",
     "Black Mountains National Park Authority", "Western Moors National Park Authority"),
    {},
    {
        "summary": [
            it("The fire on Harrow Edge has burned an estimated {ha} hectares of moorland{ha.was}", ha="n 30 900"),
            it("The fire is contained but hot spots remain in the deep peat"),
            it("No homes or farms are under threat at present"),
        ],
        "fire": [
            it("{crews} fire crews worked overnight on the eastern flank{crews.was}", crews="n 4 30"),
            it("A helicopter made {drops} water drops yesterday", drops="n 10 120"),
            it("Smouldering peat is being dug out by hand along a {front} metre front", front="n 200 1800"),
        ],
        "weather": [
            it("The Met Office fire severity index is at level {fsi} for the park", fsi="n 3 5"),
            it("No significant rain is forecast before {rain}", rain="date 2 5"),
        ],
        "access": [
            it("{paths} public rights of way are closed around the fire ground", paths="n 3 25"),
            it("The Harrow Edge car park and the bridleway to Greave Clough remain closed"),
            it("Access land is closed to the public until {until} under a direction", until="date 3 10"),
        ],
        "partners": [
            it("{rangers} rangers and {vols} volunteers are patrolling the park{rangers.was}", rangers="n 5 30",
               vols="n 10 80"),
            it("Gamekeepers from neighbouring estates are helping with all-terrain vehicles and leaf blowers"),
            it("The water company has opened its reservoirs to the helicopter"),
        ],
        "risks": [
            risk("The risk of the fire flaring up again in drying winds {trend}",
                 mit=("crews stay on the fire ground and drones with thermal cameras fly morning and evening",)),
            risk("Disposable barbecues starting new fires",
                 mit=("a ban on barbecues and extra ranger patrols at the busiest car parks",)),
            risk("Harm to ground-nesting birds in the breeding season",
                 mit=("ecologists advising crews where to dig and where to hold back",)),
        ],
        "messages": [
            it("Please do not use barbecues or light fires anywhere in the national park"),
            it("Our posts about the fire have been seen {views} times{views.was}", views="n 20000 400000"),
        ],
    },
    {"summary": (2, 3), "fire": (2, 3), "weather": (1, 2), "access": (1, 3), "partners": (1, 3), "risks": (1, 3),
     "messages": (1, 2)},
    date(2025, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PORT = Partner(
    "port-uk",
    "Storm Disruption",
    ("Port of Kingsferry", "Humber Gateway Ports", "Solent Container Terminal", "Port of Westhaven"),
    {},
    {
        "summary": [
            it("High winds stopped crane operations for {hours} hours overnight", hours="n 3 14"),
            it("The port is open but working at reduced capacity"),
            it("{queue} vessels are at anchor waiting for a berth{queue.was}", queue="n 2 18"),
        ],
        "terminal": [
            it("Yard utilisation is {yard}{yard.was}", yard="pct 78 97"),
            it("{moves} container moves were completed in the last 24 hours", moves="n 2000 14000"),
            it("Reefer plugs are available for import boxes only until further notice"),
        ],
        "haulage": [
            it("Average truck turnaround time is {tat} minutes", tat="n 45 180"),
            it("{slots} vehicle booking slots were cancelled and will be reissued", slots="n 100 2400"),
            it("The A14 holding area at Seven Hills is in use for port traffic"),
        ],
        "marine": [
            it("Winds are forecast to ease below 35 knots by {ease}", ease="date 0 2"),
            it("Pilots are boarding at the inner station while the swell stays above {swell} metres", swell="n 2 5"),
        ],
        "risks": [
            risk("The risk of the yard filling with empty containers {trend}",
                 mit=("lines asked to evacuate empties and an overflow stack opened at the north terminal",)),
            risk("Further crane stoppages if gusts exceed 45 knots",
                 mit=("vessel schedules replanned daily with the lines and extra shifts when the wind drops",)),
            risk("Late running of rail services to the inland terminals",
                 mit=("extra rail paths agreed with the freight operators for the weekend",)),
        ],
        "customers": [
            it("Storage charges on import containers are waived until {waive}", waive="date 2 5"),
            it("The customer service desk is open 24 hours a day"),
        ],
    },
    {"summary": (2, 3), "terminal": (1, 3), "haulage": (1, 3), "marine": (1, 2), "risks": (1, 3),
     "customers": (1, 2)},
    date(2024, 12, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MRCC = Partner(
    "mrcc-uk",
    "Oil Pollution",
    ("MRCC Kilbrannan", "MRCC Fairhaven", "MRCC Barrow Sound", "MRCC Westmouth"),
    {},
    {
        "situation": [
            it("The tanker Nordic Grace remains aground on Carrick Shoal with a breach in number 3 port tank"),
            it("An estimated {tonnes} tonnes of crude oil have been lost{tonnes.was}", tonnes="n 20 900"),
            it("Salvors have transferred {xfer} tonnes of cargo to a lightering vessel", xfer="n 500 18000"),
        ],
        "weather": [
            it("Wind south-west force 5 to 6, sea state moderate, visibility good"),
            it("The wind is forecast to back south-easterly by {back}, driving oil towards the coast",
               back="date 1 2"),
        ],
        "pollution": [
            it("Aerial surveillance observed a slick of {km} km extending north-east from the casualty", km="n 2 24"),
            it("{shore} km of shoreline are lightly oiled between Port Ellen and Kildalton", shore="n 1 30"),
            it("{birds} oiled birds have been recovered by wildlife rescue teams{birds.was}", birds="n 5 400"),
        ],
        "response": [
            it("{vessels} response vessels are deploying containment boom and skimmers", vessels="n 2 12"),
            it("Dispersant spraying was approved for offshore use only"),
            it("{boom} metres of boom protect the salmon farms in Loch Indaal", boom="n 500 6000"),
        ],
        "risks": [
            risk("The risk of further release if the hull breaks up {trend}",
                 mit=("lightering continues around the clock and a tug stands by on scene",)),
            risk("Oil reaching the seabird colonies on the Oa",
                 mit=("shoreline protection teams pre-positioned and deflection boom laid off the cliffs",)),
        ],
        "media": [
            it("A joint press release was issued with the harbour authority at 1100"),
            it("The public are advised not to touch oil or oiled wildlife and to report sightings"),
        ],
        "plans": [
            it("Overflight at first light on {flight} to map the slick", flight="date 1 1"),
            it("Shoreline clean-up assessment teams to survey the Kildalton beaches"),
        ],
    },
    {"situation": (2, 3), "weather": (1, 2), "pollution": (1, 3), "response": (1, 3), "risks": (1, 2),
     "media": (1, 2), "plans": (1, 2)},
    date(2024, 10, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
