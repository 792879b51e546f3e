"""Item ideas of four publishers of the ``blind7_layouts`` set: an ambulance service's METHANE messages from
a rail derailment, a recovery co-ordinating group's flood recovery action tracker, a county council's staff
news page on snow and ice, and a town's flood wardens' coordination group (``blind5_layouts_content``
explains the slots). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

METHANE = Partner(
    "ambulance-control",
    "Rail Derailment",
    ("Western Marches Ambulance Service", "Fenland and Ouse Ambulance Service", "High Peak Ambulance Service",
     "Solent Coast Ambulance Service"),
    {},
    {
        "major": [
            it("Major incident declared at 0642 by the ambulance tactical commander"),
            it("Declaration confirmed by police and fire; partners notified via the resilience direct page"),
            it("Standby lifted for the acute trusts outside the region"),
        ],
        "location": [
            it("Holme Cutting, 400 m east of the Station Road bridge, grid ref SK 218 734"),
            it("Rendezvous point at the Station Road car park; forward command post at the bridge"),
            it("Casualty clearing station in the goods yard off Mill Lane"),
        ],
        "type": [
            it("Passenger train derailed in a cutting, {coaches} coaches on their sides{coaches.was}",
               coaches="n 2 5"),
            it("Freight wagon on the adjacent line damaged; its contents are being identified"),
            it("Overhead line equipment brought down across both lines"),
        ],
        "risks": [
            risk("Overhead lines may still be live",
                 mit=("isolation confirmed by Network Rail at 0710 and earthed by fire crews",)),
            risk("The risk from unstable coaches on the embankment {trend}",
                 mit=("shoring by the fire service urban search and rescue team",
                      "no entry to the rear two coaches until they are stabilised")),
            risk("Diesel leaking from the locomotive fuel tank",
                 mit=("foam blanket laid and drains covered",)),
            risk("Crowds gathering on the Station Road bridge",
                 mit=("police cordon moved back to the end of the bridge",)),
        ],
        "access": [
            it("Access via Station Road from the A61 only; Mill Lane is blocked by vehicles"),
            it("Egress via Holme Lane to the north; one-way system in place"),
            it("Helicopter landing site on the playing field at Holme Primary School"),
        ],
        "casualties": [
            it("{pone} P1 casualties{pone.was}", pone="n 2 14"),
            it("{ptwo} P2 casualties{ptwo.was}", ptwo="n 5 30"),
            it("{pthree} P3 walking wounded taken to the survivor reception centre at the village hall{pthree.was}",
               pthree="n 20 140"),
            it("{dead} fatalities confirmed{dead.was}", dead="n 1 6"),
            it("{conveyed} patients conveyed to hospital so far{conveyed.was}", conveyed="n 4 40"),
        ],
        "services": [
            it("On scene: {amb} ambulances, {hart} HART teams and {docs} doctors{amb.was}",
               amb="n 6 30", hart="n 1 3", docs="n 1 6"),
            it("Fire: {pumps} pumps and the rescue tender; police: {pol} officers", pumps="n 4 14", pol="n 10 60"),
            it("Required: {more} further ambulances and a mass casualty vehicle", more="n 2 12"),
            it("Air ambulance on scene and a second requested"),
        ],
    },
    {"major": (1, 2), "location": (1, 2), "type": (1, 2), "risks": (2, 3), "access": (1, 2),
     "casualties": (2, 4), "services": (2, 3)},
    date(2024, 3, 4), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

TRACKER = Partner(
    "recovery-group",
    "Flood Recovery",
    ("Severnside Recovery Co-ordinating Group", "Calder Valley Recovery Group", "East Lindmoor Recovery Cell",
     "Ouse and Foss Recovery Co-ordinating Group"),
    {},
    {
        "humanitarian": [
            it("Pay the flood hardship grant to {hh} affected households{hh.was}", hh="n 40 900"),
            it("Run the community assistance centre at Brook Street church hall until {cac}", cac="date 5 20"),
            it("Visit every flooded home to offer a welfare check and register needs"),
            it("Find temporary accommodation for the {tmp} households still in hotels", tmp="n 4 60"),
        ],
        "infrastructure": [
            it("Repair the scoured abutment of the Weir Road bridge by {bridge}", bridge="date 14 60"),
            it("Clear debris from {culv} blocked culverts{culv.was}", culv="n 5 40"),
            it("Survey flood damage to {roadsk} km of the road network", roadsk="n 8 70"),
            it("Restore the pumping station at Lower Marsh with the water company"),
        ],
        "business": [
            it("Process business recovery grants: {grants} paid so far{grants.was}", grants="n 10 180"),
            it("Hold a business drop-in with the chamber of commerce on {dropin}", dropin="date 2 9"),
            it("Agree business rate relief for flooded premises with the revenues team"),
        ],
        "environment": [
            it("Collect flood-damaged household waste: {waste} tonnes removed{waste.was}", waste="n 60 900"),
            it("Test private water supplies in the flooded hamlets"),
            it("Remove silt from the river frontage in the town park by {silt}", silt="date 7 30"),
        ],
        "communications": [
            it("Publish the weekly recovery newsletter on the council website"),
            it("Brief ward councillors on the recovery programme on {brief}", brief="date 1 7"),
            it("Answer the {mp} MP enquiries received this week", mp="n 2 15"),
        ],
        "risks": [
            risk("The risk of further flooding before the flood defences are repaired {trend}",
                 mit=("temporary barriers held in stock and deployable in 6 hours",)),
            risk("Insurance claims delayed for uninsured or underinsured households",
                 mit=("advice sessions with the insurers' association at the assistance centre",)),
            risk("The risk of volunteer fatigue in the community flood groups {trend}",
                 mit=("volunteer rotas co-ordinated by the voluntary services council",)),
            risk("Recovery costs exceed the grant from government; {gap} unfunded to date", gap="cum 200 2400",
                 mit=("a claim under the emergency financial assistance scheme",)),
        ],
    },
    {"humanitarian": (2, 3), "infrastructure": (2, 3), "business": (1, 2), "environment": (1, 2),
     "communications": (1, 2), "risks": (2, 3)},
    date(2024, 2, 19), cadence_days=7, punct="none", mitigation="colon",
)  # fmt: skip

INTRANET = Partner(
    "council-intranet",
    "Snow and Ice",
    ("Northmoor County Council", "Wealdshire County Council", "Upper Tyne County Council", "Kesteven Vale Council"),
    {},
    {
        "situation": [
            it("Snow fell across the county overnight, up to {snow} cm on higher ground", snow="n 5 30"),
            it("Temperatures are forecast to stay below freezing until {thaw}", thaw="date 1 4"),
            it("Our gritters have treated the priority routes {grit} times since Monday{grit.was}", grit="n 3 18"),
            it("Most main roads are passable with care; rural roads remain difficult"),
        ],
        "impacts": [
            it("{closed} schools are closed today{closed.was}", closed="n 5 80"),
            it("Bin collections are suspended in the rural areas; missed collections will be picked up next week"),
            it("Home care visits: {missed} visits could not be made yesterday{missed.was}", missed="n 3 60"),
            it("Libraries in Hexley and Calder Bridge are closed"),
        ],
        "response": [
            it("Our four-by-four volunteers have taken care staff to {visits} visits{visits.was}",
               visits="n 20 220"),
            it("Grit bins on {bins} hills have been refilled", bins="n 40 300"),
            it("Extra salt has been ordered: {salt} tonnes arrive on {delivery}", salt="n 500 3000",
               delivery="date 1 3"),
        ],
        "risks": [
            risk("The risk of salt stocks running low if the cold spell continues {trend}",
                 mit=("mixing salt with grit sand on secondary routes",)),
            risk("Staff slipping on icy car parks and paths at council sites",
                 mit=("site teams gritting car parks before 7am",)),
            risk("The risk of vulnerable people being cut off in rural villages {trend}",
                 mit=("daily phone calls from the community hubs to people on the priority register",)),
        ],
        "workforce": [
            it("If you cannot get to work safely, tell your manager and work from home where you can"),
            it("{absent} staff reported they could not travel today{absent.was}", absent="n 30 400"),
            it("Volunteers with four-by-four vehicles can still sign up through the staff portal"),
        ],
        "next": [
            it("The next staff update will be published on {update}", update="date 1 1"),
            it("The decision on reopening the schools will be taken with headteachers on {heads}", heads="date 1 2"),
            it("A thaw and flood watch plan will be ready by {flood}", flood="date 2 5"),
        ],
    },
    {"situation": (2, 3), "impacts": (2, 3), "response": (1, 3), "risks": (2, 3), "workforce": (1, 2),
     "next": (1, 2)},
    date(2024, 1, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WARDENS = Partner(
    "flood-wardens",
    "Flood Watch",
    ("Bewdley Quay Flood Wardens", "Lowbridge Flood Action Group", "Tenford St Mary Flood Wardens",
     "Wyreham Community Flood Team"),
    {},
    {
        "levels": [
            it("Quay gauge reading {gauge} cm{gauge.was}", gauge="n 280 560"),
            it("EA flood warning still in force for the Severnside and Wharf Road"),
            it("Peak expected overnight into {peak}", peak="date 1 1"),
            it("Brook behind the school has gone down and is back in its banks"),
        ],
        "properties": [
            it("{flooded} houses with water inside{flooded.was}", flooded="n 1 25"),
            it("{gardens} gardens and garages flooded on Wharf Road{gardens.was}", gardens="n 2 30"),
            it("The Quay pub has its barrier up and is dry"),
        ],
        "sandbags": [
            it("{bags} sandbags handed out from the fire station{bags.was}", bags="n 50 900"),
            it("Flood barriers up on Severnside, all {barriers} bays", barriers="n 4 12"),
            it("Pumps running at 3 houses on Mill Street"),
        ],
        "risks": [
            risk("Elderly residents on Wharf Road not answering the door",
                 mit=("wardens to knock again at 8 and call the council if no answer",)),
            risk("Risk that cars parked on the quay car park end up under water {trend}",
                 mit=("owners being messaged and the car park closed at 6pm",)),
            risk("Children playing near the flood water at the riverside park",
                 mit=("signs up and the school asked to warn parents",)),
        ],
        "volunteers": [
            it("{wardens} wardens out tonight in pairs{wardens.was}", wardens="n 4 16"),
            it("Rota for tomorrow morning is on the shared sheet"),
        ],
        "next": [
            it("Next river check at 2200"),
            it("Meet at the fire station on {meet} for the clean-up", meet="date 1 3"),
            it("Ask the council for a skip for Wharf Road"),
        ],
    },
    {"levels": (2, 3), "properties": (1, 3), "sandbags": (1, 2), "risks": (1, 3), "volunteers": (1, 2),
     "next": (1, 2)},
    date(2024, 11, 23), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip
