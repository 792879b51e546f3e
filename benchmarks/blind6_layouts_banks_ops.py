"""Item ideas of three operators of the ``blind6_layouts`` set: a local resilience forum's information cell
reporting on a fire at a recycling plant (with the events of its incident log), an airport in snow and a
broadband network operator in a major outage (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

PLUME = Partner(
    "resilience-forum",
    "Recycling Plant Fire",
    ("Ashcombe and Kelderby Local Resilience Forum", "Thornvale Resilience Partnership",
     "Marrick Shire Local Resilience Forum", "Coldharbour Local Resilience Forum"),
    {},
    {
        "situation": [
            it("Crews estimate the fire is {contained} contained{contained.was}", contained="pct 20 95"),
            it("The smoke plume is drifting east over the town centre; visibility on the ring road is reduced"),
            it("{tonnes} tonnes of baled waste remain alight in the main storage bay{tonnes.was}",
               "About {tonnes} tonnes of baled waste are still burning in the main storage bay{tonnes.was}",
               tonnes="n 200 3000"),
            it("Air quality monitors at {mon} sites report fine particles above the daily objective", mon="n 2 8"),
            it("The {cordon} metre cordon around the site remains in place", cordon="n 200 800"),
            it("Kelder Lane and Mill Street remain closed, with diversions signed"),
        ],
        "advice": [
            it("Residents within {radius} km of the site should keep windows and doors closed", radius="n 1 5"),
            it("People with asthma or other lung conditions should carry their inhalers and stay indoors when "
               "the smoke is heavy"),
            it("Schools in the plume area are keeping pupils indoors at break times"),
            it("Fruit and vegetables from allotments near the site should be washed before eating"),
            it("Call NHS 111 for health advice and 999 in an emergency"),
        ],
        "risks": [
            risk("Risk of the fire spreading to the adjacent timber yard {trend}",
                 mit=("a water curtain kept up along the boundary fence",
                      "timber stock moved back 30 metres by the yard owner")),
            risk("Run-off of firewater into the Kelder Brook {trend}",
                 mit=("booms and drain covers placed by the Environment Agency",
                      "firewater pumped into tankers and taken off site")),
            risk("Prolonged smoke exposure for residents of the Mill Street care home",
                 mit=("air purifiers supplied and residents moved to rooms on the upwind side",)),
            risk("Structural collapse of the main storage building",
                 mit=("an exclusion zone inside the cordon and drone checks of the roof",)),
            risk("Asbestos in the roof sheeting of the damaged office block",
                 mit=("air sampling at the cordon and a licensed contractor appointed for removal",)),
            risk("Public concern about the health effects of the smoke {trend}",
                 mit=("daily air quality results published on the council website",)),
        ],
        "workforce": [
            it("{pumps} fire engines and {aerial} aerial ladder platforms committed at the height of the "
               "shift{pumps.was}", pumps="n 4 15", aerial="n 1 3"),
            it("Council staff in the incident cell: {cell} over three shifts", cell="n 6 24"),
            it("Environment Agency officers on site: {ea}", ea="n 2 9"),
            it("Rest breaks are enforced every four hours for crews in breathing apparatus"),
        ],
        "communications": [
            it("Warning and informing messages issued {msgs} times on radio, social media and the council "
               "website{msgs.was}", msgs="n 4 30"),
            it("Door-to-door visits completed at {doors} homes inside the 1 km zone", doors="n 100 900"),
            it("A public drop-in session is planned at Kelderby library on {dropin}", dropin="date 1 5"),
            it("Media briefing held at 1100 with the incident commander and the Director of Public Health"),
        ],
        "next": [
            it("Agree with the site operator a plan to remove the burnt waste by {removal}", removal="date 4 14"),
            it("Review the need for a rest centre with the council's emergency planning team"),
            it("Prepare the recovery plan for handover to the Recovery Co-ordinating Group by {rcg}",
               rcg="date 3 12"),
            it("Commission soil testing on the allotments downwind of the site"),
        ],
    },
    {"situation": (2, 4), "advice": (2, 3), "risks": (2, 4), "workforce": (1, 3), "communications": (1, 3),
     "next": (1, 3)},
    date(2024, 1, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

# Events of the incident log: drawn once each per series, so that no two reports log the same event.
LOG_EVENTS = (
    "Fire service report {n} pumps in attendance and ask for the cordon to be extended to Mill Street",
    "Tactical Co-ordinating Group teleconference; schools in the plume area to stay open with pupils kept indoors",
    "Environment Agency confirm booms in place on the Kelder Brook below the outfall",
    "Monitor at Kelderby Primary School reads {n} micrograms of fine particles per cubic metre",
    "Warning and informing message issued on local radio and social media",
    "Police close Kelder Lane to all traffic between the ring road and the level crossing",
    "Health protection advice agreed for publication on partner websites",
    "Site operator confirms no gas cylinders are stored in Bay 3",
    "Drone survey shows {n} hot spots in the northern stack",
    "Care home on Mill Street reports residents well; air purifiers delivered",
    "Wind backs south-westerly; the plume is now over the town centre",
    "Strategic Co-ordinating Group not stood up; tactical level to continue",
    "Water company asks for run-off to be kept out of the foul sewer",
    "Fire service change to a defensive strategy for the main storage bay",
    "Council opens the incident helpline; {n} calls taken in the first hour",
    "Rail operator stops trains at Kelderby station while smoke crosses the line",
    "Ambulance service report {n} patients taken to hospital with breathing difficulties",
    "Highways team set up diversion signs on the A614",
    "Mobile air monitoring unit arrives from the regional scientific team",
    "Media briefing at the cordon with the incident commander",
    "Loose asbestos sheeting found at the office block; cordon adjusted",
    "Firefighters withdraw from the western side after a partial roof collapse",
    "Recovery Co-ordinating Group chair nominated by the council chief executive",
    "Bins collections suspended on {n} streets inside the cordon",
    "Site operator's insurer on site to assess the damage",
    "Second water main brought into use to raise pressure at the hydrants",
    "Door-knocking team completes visits to {n} homes on the Marsh estate",
    "GP surgeries briefed on health advice for patients with lung conditions",
    "Night shift handover at the forward command post",
    "Thermal imaging confirms the fire is smouldering under the collapsed roof",
    "Leisure centre on standby as a rest centre; not opened",
    "Sandbags placed at the yard gate to hold back firewater",
)

AIRPORT = Partner(
    "airport",
    "Winter Disruption",
    ("Ashcombe Airport", "Kelderby International Airport", "Thornvale Regional Airport", "Marrick Airport"),
    {},
    {
        "situation": [
            it("The runway is open and {rwy} of scheduled flights are operating{rwy.was}", rwy="pct 40 100"),
            it("{cancel} departures and {cancel_arr} arrivals have been cancelled today",
               cancel="n 5 90", cancel_arr="n 5 90"),
            it("Average departure delay is {delay} minutes{delay.was}", delay="n 15 180"),
            it("{diverted} inbound flights diverted to other airports overnight", diverted="n 1 12"),
            it("De-icing capacity is the main limit on the departure rate"),
            it("Car parks and the forecourt are gritted and open"),
        ],
        "impacts": [
            it("{stranded} passengers spent the night in the terminal{stranded.was}", stranded="n 20 900"),
            it("Airlines have booked {hotels} hotel rooms for disrupted passengers", hotels="n 50 1200"),
            it("A backlog of {bags} bags is waiting to be reunited with passengers", bags="n 100 3500"),
            it("Trains to the city centre are running to a reduced timetable"),
            it("Assistance for passengers with reduced mobility is running {prm} minutes late", prm="n 10 60"),
        ],
        "response": [
            it("{plough} snow ploughs and {blowers} snow blowers are working in rotation",
               plough="n 4 16", blowers="n 1 6"),
            it("Runway friction is measured every {fric} minutes", fric="n 20 60"),
            it("De-icing fluid stock stands at {fluid} litres{fluid.was}", fluid="n 20000 120000"),
            it("Stands 1 to 14 are clear of snow; the remote stands remain closed"),
            it("A second de-icing pad has opened on the western apron"),
        ],
        "risks": [
            risk("Risk of running out of de-icing fluid {trend}",
                 mit=("an emergency delivery of 40,000 litres booked with the supplier",
                      "fluid recovered and recycled at the central pad")),
            risk("Freezing fog overnight may close the runway again",
                 mit=("low visibility procedures rehearsed with air traffic control",)),
            risk("Crowding in the departure lounge {trend}",
                 mit=("passengers held landside until their flight is confirmed",)),
            risk("Slips and falls on icy walkways",
                 mit=("gritting rounds every two hours and extra matting at the entrances",)),
            risk("Crew hours limits may cause more late cancellations",
                 mit=("airlines asked to confirm crew availability by 14:00",)),
        ],
        "workforce": [
            it("Airfield operations staff on duty: {airops}{airops.was}", airops="n 30 90"),
            it("{helpers} head office staff are volunteering as terminal helpers", helpers="n 5 40"),
            it("Security lanes open: {lanes} of 12", lanes="n 4 12"),
            it("Staff shuttle buses run every 15 minutes from the staff car park"),
        ],
        "communications": [
            it("Flight status is updated on the airport app and website every 30 minutes"),
            it("{posts} posts on social media in the last 24 hours{posts.was}", posts="n 10 80"),
            it("Terminal announcements every 20 minutes explain how to claim hotel vouchers"),
            it("Airline station managers are briefed at 0800 and 1600"),
        ],
        "finance": [
            it("Extra snow clearing and de-icing costs to date: {snowcost}", snowcost="cum 40 500"),
            it("Lost landing and passenger charges are estimated at {lost} a day", lost="money 30 200"),
            it("Overtime for airfield and terminal staff this week: {ot}", ot="money 10 80"),
        ],
        "next": [
            it("Restore the full schedule from {full} if no more snow falls", full="date 1 4"),
            it("Review the winter operations plan with the airlines on {wop}", wop="date 2 8"),
            it("Order more de-icing fluid for the rest of the season"),
            it("Debrief with the ground handlers once the disruption ends"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 3), "response": (2, 3), "risks": (2, 3), "workforce": (1, 3),
     "communications": (1, 2), "finance": (1, 2), "next": (1, 3)},
    date(2023, 12, 4), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

NETWORK = Partner(
    "network",
    "Core Network Outage",
    ("Fibrelink Networks", "Ashline Broadband", "Thornvale Fibre", "MarrickNet"),
    {},
    {
        "highlights": [
            it("Service restored to {restored} of affected customers{restored.was}", restored="pct 10 99"),
            it("Root cause confirmed as a fibre cut by third-party roadworks near the Kelder exchange"),
            it("The severity 1 incident remains open with the incident bridge staffed around the clock"),
            it("Ofcom has been notified of the outage"),
            it("Full restoration is expected by {etr}", etr="date 1 4"),
        ],
        "impacts": [
            it("{cust} broadband customers are without service{cust.was}", cust="n 2000 48000"),
            it("{leased} business leased lines are down, {sla} of them on four-hour repair terms",
               leased="n 10 240", sla="n 2 60"),
            it("{psr} customers on the priority services register have been called", psr="n 30 600"),
            it("Mobile backhaul is affected at {masts} masts of a partner mobile network", masts="n 2 30"),
            it("Landline calls over broadband, including 999 calls, are unavailable to affected customers"),
        ],
        "recovery": [
            it("{splices} of 288 fibre splices completed{splices.was}", splices="n 20 288"),
            it("Traffic for {rerouted} exchanges is rerouted over the western ring", rerouted="n 2 12"),
            it("The core router in the Ashcombe data centre has been replaced and tested"),
            it("A temporary cable is laid along the verge until the duct is repaired"),
        ],
        "response": [
            it("{teams} jointing teams are working at the break site", teams="n 2 10"),
            it("A night working permit has been agreed with the highways authority"),
            it("Excavation is finished and the duct is exposed over {duct} metres", duct="n 20 180"),
            it("Generators are supplying {gens} street cabinets that lost mains power", gens="n 3 40"),
        ],
        "risks": [
            risk("Risk of a second cut during the roadworks {trend}",
                 mit=("a banksman from our team at the excavation at all times",
                      "the cable route marked out and the contractor briefed")),
            risk("Battery backup at street cabinets is running down",
                 mit=("generators moved between cabinets on a rota",)),
            risk("Complaints escalating to the ombudsman {trend}",
                 mit=("automatic compensation credited without customers having to ask",)),
            risk("Jointer fatigue on night shifts",
                 mit=("shifts capped at 12 hours and a second team brought in from the north region",)),
            risk("Spare fibre stock for the permanent repair is low",
                 mit=("an urgent order placed with two suppliers",)),
        ],
        "workforce": [
            it("{eng} field engineers deployed{eng.was}", eng="n 20 140"),
            it("The contact centre has {agents} extra agents on overtime", agents="n 10 90"),
            it("Engineers from the north region are on loan until {loan}", loan="date 2 7"),
        ],
        "finance": [
            it("Automatic compensation paid so far: {comp}", comp="cum 20 800"),
            it("Repair costs are estimated at {repair}", repair="money 40 300"),
            it("Legal are preparing a claim against the roadworks contractor"),
        ],
        "communications": [
            it("The service status page is updated every two hours"),
            it("{sms} customers have had SMS updates{sms.was}", sms="n 2000 48000"),
            it("A press statement was agreed and issued to local media"),
            it("The local MP's office was briefed on {mp}", mp="date -1 0"),
        ],
        "next": [
            it("Complete the remaining splices and test every circuit"),
            it("Permanent duct repair booked with the highways authority for {duct_fix}", duct_fix="date 5 20"),
            it("Major incident review set for {mir}", mir="date 3 10"),
            it("Confirm the final compensation totals with finance"),
        ],
    },
    {"highlights": (2, 3), "impacts": (2, 4), "recovery": (1, 3), "response": (1, 3), "risks": (2, 3),
     "workforce": (1, 2), "finance": (1, 2), "communications": (1, 2), "next": (2, 3)},
    date(2024, 3, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
