"""Item ideas of four ``blind30_layouts`` publishers in the United Kingdom: a museum service whose collections store
flooded, a music festival's event control, a space weather operations centre in a geomagnetic storm and a public
health rapid support team deployed to a diphtheria outbreak in a refugee settlement abroad
(``blind5_layouts_content`` explains the slots). ``blind30_layouts_content`` prints the comparisons, the amounts, the
dates and the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the
places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MUSEUM = Partner(
    "museum-store-flood",
    "Collections Emergency",
    ("Tynedale Museums and Archives", "Wealden Museums Service", "Carrick Heritage Trust",
     "Severnside Museum and Art Gallery"),
    {},
    {
        "summary": [
            it("Flood water entered the Riverside collections store on {flooded} and reached {depth} cm on the "
               "ground floor", flooded="date -4 -4", depth="n 10 60"),
            it("The galleries remain open to visitors but the store is closed to everyone except the salvage team"),
        ],
        "damage": [
            it("{boxes} archive boxes were wet when the water went down{boxes.was}", boxes="n 40 600"),
            it("{objects} objects have been recorded as damaged so far{objects.was}", objects="n 20 900"),
            it("The lowest shelves of the textile and social history stores were under water"),
            it("Mud and silt have stained the packing of the archaeology boxes on the bottom racks"),
        ],
        "salvage": [
            it("{frozen} wet archive boxes have been frozen at the cold store to stop mould{frozen.was}",
               frozen="n 20 400"),
            it("Conservators are air-drying the costume collection in the education room"),
            it("{triaged} of the wet objects have been triaged by the conservators{triaged.was}", triaged="pct 10 95"),
        ],
        "store": [
            it("Dehumidifiers are running in the store and the relative humidity is {rh}{rh.was}", rh="pct 55 90"),
            it("The loss adjuster inspected the building on {adjuster}", adjuster="date -2 0"),
            it("An electrician has made the store's power supply safe"),
        ],
        "people": [
            it("{volunteers} volunteers are helping the salvage team each day{volunteers.was}", volunteers="n 4 30"),
            it("{conservators} conservators have come from other museums under the regional emergency plan",
               conservators="n 2 8"),
        ],
        "costs": [
            it("Salvage and drying costs so far are {salvage}", salvage="cum 5 300"),
            it("The insurers have agreed an interim payment of {interim}", interim="money 20 200"),
        ],
        "risks": [
            risk("Risk of mould growth on wet paper and textiles {trend}",
                 mit=("wet boxes are frozen within 48 hours and the store is kept below 60% relative humidity",)),
            risk("Risk of further flooding if the river rises again {trend}",
                 mit=("the objects left on the lowest shelves have been moved to the first floor",)),
            risk("Risk of staff and volunteer fatigue",
                 mit=("shifts in the store are limited to four hours with breaks taken outside",)),
        ],
        "comms": [
            it("A statement on the museum's website explains that the galleries remain open"),
            it("{lenders} lenders whose objects are in the store have been contacted", lenders="n 2 15"),
        ],
        "next": [
            it("Finish the triage of the social history store by {triage}", triage="date 2 6"),
            it("Agree a drying plan for the frozen archives with the county record office"),
            it("Report to the trustees on {trustees}", trustees="date 3 8"),
        ],
    },
    {"summary": (1, 2), "damage": (1, 3), "salvage": (1, 3), "store": (1, 2), "people": (1, 2), "costs": (1, 2),
     "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 2, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

FESTIVAL = Partner(
    "festival-event-control",
    "Event Control",
    ("Riverside Live Festival", "Longmoor Folk Festival", "Castlefield Summer Weekender", "Harbour Lights Festival"),
    {},
    {
        "summary": [
            it("Site open and operating normally with {onsite} people on site at 14:00", onsite="n 8000 45000"),
            it("Heat health alert amber in force until {heat}", heat="date 1 2"),
            it("No major incident declared since gates opened"),
        ],
        "crowd": [
            it("Main arena reached {arena} of capacity at peak{arena.was}", arena="pct 40 98"),
            it("Queue at the Gate B ingress peaked at {queue} minutes", queue="n 10 90"),
            it("Campsite C closed to new arrivals after the ground became waterlogged"),
            it("{lost} lost children reunited with their parents at the welfare point", lost="n 2 15"),
        ],
        "weather": [
            it("Max temperature {temp}C expected tomorrow with a very high UV index", temp="n 24 34"),
            it("Met Office yellow warning for thunderstorms from 18:00 on {storms}", storms="date 1 2"),
        ],
        "medical": [
            it("{patients} patients seen by the medical provider since gates opened{patients.was}",
               patients="n 40 600"),
            it("{conveyed} patients taken to hospital by ambulance, none with life-threatening conditions",
               conveyed="n 2 12"),
            it("Welfare tent has handed out {water} litres of free water today", water="n 500 9000"),
        ],
        "staffing": [
            it("{stewards} stewards and {security} SIA security staff on shift{stewards.was}", stewards="n 150 600",
               security="n 40 250"),
            it("Shortfall of {short} stewards on the late shift covered by the security contractor", short="n 5 40"),
        ],
        "risks": [
            risk("Heat illness in the crowd at the main arena {trend}",
                 mit=("free water points, shade tents and misting stations open and stewards patrol the front of "
                      "stage",)),
            risk("Crowd surge at the front of the main stage during the headline set {trend}",
                 mit=("pit barrier fully staffed and the show stop procedure briefed to the stage manager",)),
            risk("Lightning strike on exposed areas of the site",
                 mit=("lightning detection monitored in event control and the arena evacuation plan ready",)),
        ],
        "comms": [
            it("Heat safety messages running on the big screens between acts and in the festival app"),
            it("Push notification about the shuttle buses sent to {app} app users", app="n 2000 30000"),
        ],
        "plan": [
            it("Safety Advisory Group call at 09:00"),
            it("Reopen Campsite C once the ground has been checked by the site manager"),
            it("Brief the night security team on the exit plan at 22:30"),
        ],
    },
    {"summary": (1, 2), "crowd": (1, 3), "weather": (1, 2), "medical": (1, 3), "staffing": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "plan": (1, 2)},
    date(2025, 7, 18), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

SPACE = Partner(
    "space-weather-storm",
    "Space Weather",
    ("Albion Space Weather Operations Centre", "North Atlantic Space Weather Service",
     "Caledonian Geomagnetic Service", "Pennine Solar-Terrestrial Forecast Centre"),
    {},
    {
        "summary": [
            it("A severe (G4) geomagnetic storm is in progress after a coronal mass ejection arrived on {arrival}",
               arrival="date -1 -1"),
            it("Further storm conditions are possible over the next {days} days", days="n 2 4"),
        ],
        "activity": [
            it("The Kp index reached {kp} in the last 24 hours", kp="n 5 9"),
            it("Solar wind speed is around {wind} km/s{wind.was}", wind="n 400 1200"),
            it("Active region 4087 remains capable of producing X-class flares"),
            it("{flares} M-class flares were observed in the past day", flares="n 2 9"),
        ],
        "forecast": [
            it("The probability of a further severe storm in the next 24 hours is {prob}", prob="pct 10 70"),
            it("A second coronal mass ejection is expected to arrive on {cme}", cme="date 1 3"),
            it("Aurora may be visible across northern parts of the country tonight"),
        ],
        "impacts": [
            it("Survey and agriculture users reported GNSS positioning errors of up to {gnss} metres", gnss="n 2 30"),
            it("HF radio blackouts affected transatlantic flights for {hf} hours", hf="n 1 12"),
            it("The grid operator recorded geomagnetically induced currents at {gic} substations", gic="n 1 15"),
            it("Satellite operators reported increased drag on satellites in low Earth orbit"),
        ],
        "actions": [
            it("The G4 alert was sent to infrastructure operators and government departments"),
            it("The operations centre has moved to 24-hour forecaster cover"),
            it("Briefings were given to the Cabinet Office and the aviation regulator on {brief}", brief="date -1 0"),
        ],
        "staff": [
            it("{forecasters} forecasters are on shift across the 24-hour rota{forecasters.was}",
               forecasters="n 4 12"),
            it("Scientists from the research team are supporting the duty forecaster"),
        ],
        "risks": [
            risk("Loss of solar wind data from the L1 monitor {trend}",
                 mit=("the backup spacecraft feed and coronagraph imagery are used to forecast arrivals",)),
            risk("Damage to transformers on the high-voltage grid {trend}",
                 mit=("the grid operator has reconfigured the network to reduce induced currents",)),
            risk("Public concern from media coverage of the storm",
                 mit=("press lines are agreed with the government news team",)),
        ],
        "comms": [
            it("The public space weather forecast page had {views} views in the last day{views.was}",
               views="n 5000 400000"),
            it("The aurora alert on social media was shared {shares} times", shares="n 500 40000"),
        ],
        "next": [
            it("Next bulletin at 06:00 UTC tomorrow"),
            it("Review the storm warning level at the 12:00 UTC forecast conference"),
            it("Complete the post-event report for government by {report}", report="date 7 14"),
        ],
    },
    {"summary": (1, 2), "activity": (1, 3), "forecast": (1, 2), "impacts": (1, 3), "actions": (1, 2),
     "staff": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 5, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DEPLOY = Partner(
    "rapid-support-diphtheria",
    "Outbreak Deployment",
    ("Field Epidemiology Deployment Team", "Tropical Outbreak Response Unit", "Global Health Rapid Response Team",
     "Humanitarian Public Health Support Team"),
    {},
    {
        "summary": [
            it("The diphtheria outbreak in Nyamurondo settlement continues with {cases} suspected cases since "
               "{first}", cases="n 20 400", first="date -20 -20"),
            it("The team arrived on {arrived} and is working with the health ministry and the settlement's health "
               "partners", arrived="date -6 -6"),
        ],
        "epi": [
            it("{new} new suspected cases were reported in the last 48 hours{new.was}", new="n 2 60"),
            it("{deaths} deaths have been recorded, a case fatality ratio of {cfr}", deaths="n 1 20", cfr="pct 2 12"),
            it("Most cases are children aged 5 to 14 living in blocks 3 and 4"),
            it("{confirmed} cases have been confirmed by culture at the reference laboratory", confirmed="n 2 40"),
        ],
        "response": [
            it("Contact tracing has reached {traced} of listed contacts{traced.was}", traced="pct 40 95"),
            it("{prophylaxis} contacts have started antibiotic prophylaxis", prophylaxis="n 50 1500"),
            it("The isolation ward at the settlement clinic has {beds} beds", beds="n 8 40"),
        ],
        "vaccination": [
            it("The reactive vaccination campaign has reached {vacc} children{vacc.was}", vacc="n 500 20000"),
            it("Coverage in blocks 3 and 4 is estimated at {coverage}", coverage="pct 30 90"),
        ],
        "team": [
            it("{members} team members are deployed, epidemiologists, a microbiologist and a logistician",
               members="n 3 8"),
            it("The team's rotation is planned for {rotation}", rotation="date 7 14"),
        ],
        "risks": [
            risk("The risk of diphtheria antitoxin running out at the clinic {trend}",
                 mit=("an emergency order has been placed through the global stockpile",)),
            risk("Spread to the host community outside the settlement {trend}",
                 mit=("surveillance has been extended to the two nearest health centres",)),
            risk("Team security on the road to the settlement",
                 mit=("the team travels in convoy and keeps to the UN security timings",)),
        ],
        "comms": [
            it("Community health workers are handing out leaflets on symptoms in four languages"),
            it("The daily sitrep goes to the ministry and the health cluster by 18:00"),
        ],
        "next": [
            it("Start the second round of vaccination in block 5 on {round2}", round2="date 2 5"),
            it("Train the clinic staff in diphtheria case management"),
            it("Send the next batch of swabs to the reference laboratory by {swabs}", swabs="date 1 3"),
        ],
    },
    {"summary": (1, 2), "epi": (1, 3), "response": (1, 3), "vaccination": (1, 2), "team": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "next": (1, 3)},
    date(2026, 3, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
