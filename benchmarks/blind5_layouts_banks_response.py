"""Item ideas of the responders among the ``blind5_layouts`` partners: an acute hospital trust's operational
pressures report, a fire and rescue service's severe weather update, a water company's supply interruption
update and a train operator's disruption bulletin (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner, shared

from sitroom.generate.banks import it, risk

HOSPITAL = Partner(
    "hospital",
    "Operational Pressures",
    ("Northfield Hospitals NHS Foundation Trust", "Southfield and Wendham NHS Trust",
     "Eastbrook University Hospitals NHS Trust", "Westmoor Acute and Community NHS Trust"),
    {"staff": "registered nurses", "agency": "agency nurses", "peers": "neighbouring trusts",
     "funder": "NHS England", "channel": "the Trust website and intranet",
     "tcg_name": "system winter cell", "comms_cell": "system communications cell", "board": "Trust Board",
     "cost_drivers": "escalation beds and agency staff", "short": "the Trust"},
    {
        "situation": [
            it("The Trust is at OPEL {opel}{opel.was}", "OPEL {opel} confirmed at the morning site meeting{opel.was}",
               opel="n 2 4"),
            it("Emergency Department attendances: {ed} in the last 24 hours{ed.was}, {four} seen within four hours",
               "{ed} patients attended the Emergency Department in the last 24 hours{ed.was}; {four} were seen "
               "within four hours", ed="n 260 420", four="pct 52 78"),
            it("General and acute bed occupancy is {occ}{occ.was}, with {esc} escalation beds open",
               "{esc} escalation beds are open and general and acute occupancy is {occ}{occ.was}",
               occ="pct 91 99", esc="n 4 36"),
            it("{handover} ambulance handovers took longer than 60 minutes yesterday{handover.was}",
               handover="n 3 41"),
            it("{nctr} patients have no criteria to reside and are waiting for discharge{nctr.was}",
               "Patients with no criteria to reside: {nctr}{nctr.was}", nctr="n 60 180"),
            it("Critical care has {cc} of 24 beds occupied{cc.was}", cc="n 14 24"),
            it("{covid} inpatients have COVID-19, {icu} of them in critical care", covid="n 20 90", icu="n 1 8"),
            it("Flu inpatients: {flu}{flu.was}; a flu cohort ward is open on level 4", flu="n 8 46"),
            it("Norovirus has closed {bays} bays on the medical wards", bays="n 2 6"),
        ],
        "risks": [
            risk("The risk from ambulance handover delays {trend}, with crews held outside the Emergency "
                 "Department at peak times",
                 mit=("a cohorting area staffed by an ambulance liaison nurse from 10:00 to 22:00",
                      "a rapid handover protocol agreed with the ambulance service")),
            risk("Risk of delayed discharges to care homes {trend} while home care capacity remains short",
                 mit=("daily escalation calls with the council brokerage team",
                      "a discharge-to-assess pathway using spot-purchased nursing home beds")),
            risk("Nurse staffing on medical wards fell below safe levels on {unsafe} shifts this week",
                 mit=("redeployment of specialist nurses and a safe staffing huddle at 08:00 and 20:00",),
                 unsafe="n 3 14"),
            risk("Industrial action on {strike} will reduce elective and outpatient capacity",
                 mit=("derogations agreed for emergency, cancer and critical care",
                      "rescheduling of non-urgent clinics ahead of the strike days"), strike="date 4 18"),
            risk("Infection control pressure {trend} as norovirus and flu circulate together",
                 mit=("daily outbreak meetings and side rooms kept free for suspected cases",)),
            risk("The pathology IT system is unstable after last week's outage and may fail again",
                 mit=("paper downtime procedures tested on every ward",)),
        ],
        **shared(
            workforce=[it("Registered nurse vacancy rate is {rnv}{rnv.was}", rnv="pct 6 13"),
                       it("Medical staff sickness absence is {med}, with junior doctor rota gaps filled by locums",
                          med="pct 2 7")],
            finance=[it("Escalation beds are costing {escc} a week{escc.was}", escc="money 60 220"),
                     it("Winter funding of {winter} has been confirmed for the system", winter="money 500 2500")],
        ),
        "recovery": [
            it("Elective activity is at {elect} of the 2019/20 baseline{elect.was}", elect="pct 72 104"),
            it("Patients waiting more than 52 weeks: {ww}{ww.was}", ww="n 120 900"),
            it("Outpatient clinics restart from {restore}, starting with cancer and urgent referrals",
               restore="date 3 20"),
            it("The day surgery unit reopens on {reopen} once the escalation beds close", reopen="date 5 25"),
            it("Diagnostic waits over six weeks are down to {diag}{diag.was}", diag="pct 8 30"),
        ],
    },
    {"situation": (3, 5), "risks": (2, 4), "workforce": (2, 3), "finance": (1, 2), "recovery": (1, 3),
     "communications": (1, 2), "next": (2, 3)},
    date(2022, 12, 12), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

FIRE = Partner(
    "fire",
    "Severe Weather Response",
    ("Northshire Fire and Rescue Service", "Wendham and Vale Fire and Rescue Service",
     "Fellside Fire and Rescue Service", "Lune Valley Fire and Rescue Service"),
    {"staff": "firefighters", "agency": "on-call firefighters on extra duty",
     "peers": "neighbouring fire and rescue services", "funder": "the Home Office",
     "channel": "the service website and social media", "tcg_name": "LRF tactical co-ordinating group",
     "comms_cell": "LRF communications cell", "board": "Fire Authority",
     "cost_drivers": "overtime, fuel and hired pumps", "short": "the service"},
    {
        "situation": [
            it("Control has taken {calls} emergency calls in the last 24 hours{calls.was}", calls="n 180 640"),
            it("Crews attended {floods} flooding incidents overnight, {rescues} of them rescues from vehicles or "
               "homes", floods="n 12 70", rescues="n 2 19"),
            it("{roads} roads remain closed by flood water in the service area", roads="n 4 26"),
            it("Levels on the River Lune peaked overnight and are now falling slowly"),
            it("A major incident remains declared by the local resilience forum"),
            it("{evac} residents were evacuated from the Riverside caravan park and are at the rest centre",
               evac="n 20 140"),
        ],
        "response": [
            it("{hvp} high-volume pumps are deployed, {mutual_hvp} of them from other services under national "
               "mutual aid", hvp="n 2 8", mutual_hvp="n 0 4"),
            it("Water rescue teams are on standby at {stations} stations", stations="n 2 6"),
            it("Drones have flown {sorties} sorties to survey flooded areas{sorties.was}", sorties="n 4 30"),
            it("Crews are pumping out {pumped} properties on the Marsh estate", pumped="n 8 60"),
            it("The boat team has checked every property on the Lune floodplain for residents who need help"),
            it("Joint patrols with the police continue in evacuated streets overnight"),
        ],
        "risks": [
            risk("The risk of more homes flooding as rain falls on saturated ground {trend}",
                 mit=("pumps and sandbags placed in advance at the known hot spots",)),
            risk("Pressure on on-call appliance availability {trend} as crews are held at flooding incidents",
                 mit=("wholetime crews standing by at on-call stations and a review of cover every four hours",)),
            risk("Crew fatigue after long shifts in cold water",
                 mit=("enforced rest periods and welfare units at the larger incidents",)),
            risk("Contaminated flood water is a health risk to crews",
                 mit=("decontamination at every incident and hepatitis B boosters offered",)),
            risk("The Marsh Lane fire station is at risk of flooding",
                 mit=("appliances moved to Hallam station until levels fall",)),
            risk("Demand for non-emergency pumping out {trend}",
                 mit=("a triage line that refers non-emergency requests to the council and insurers",)),
        ],
        **shared(
            workforce=[it("On-call appliance availability is {avail}{avail.was}", avail="pct 58 92"),
                       it("{back} staff have come back from leave or rest days to support the response",
                          back="n 6 40")],
            finance=[it("Fuel and equipment replacement costs are estimated at {kit}", kit="money 20 90"),
                     it("The service expects to pass the Bellwin threshold of {bellwin} this week",
                        bellwin="money 90 200")],
        ),
        "recovery": [
            it("Stations return to normal crewing from {normal}", normal="date 2 10"),
            it("Home fire safety visits resume in the flooded areas on {hfsv}", hfsv="date 3 12"),
            it("Damaged equipment is being inspected; {kit_out} items are out of service", kit_out="n 4 35"),
            it("Crews are giving safety advice to residents returning to flooded homes"),
        ],
    },
    {"situation": (2, 4), "response": (2, 4), "risks": (2, 4), "workforce": (2, 3), "finance": (1, 2),
     "recovery": (1, 2), "communications": (1, 2), "next": (1, 3)},
    date(2024, 1, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "water",
    "Supply Interruption",
    ("Northfield Water", "Vale and Fell Water Services", "Wendham Water", "Lune Water and Sewerage"),
    {"staff": "network technicians", "agency": "contractor crews", "peers": "neighbouring water companies",
     "funder": "our insurers", "channel": "the incident page of our website",
     "tcg_name": "LRF tactical co-ordinating group", "comms_cell": "LRF communications cell",
     "board": "executive incident team", "cost_drivers": "tankers, bottled water and contractors",
     "short": "the company"},
    {
        "situation": [
            it("{cust} customers are without water supply{cust.was}", "Customers without supply: {cust}{cust.was}",
               cust="n 800 9000"),
            it("The burst on the 600mm trunk main at Fell Road has been isolated"),
            it("Hallam service reservoir is at {res} of capacity{res.was}", res="pct 18 75"),
            it("Low pressure is affecting a further {lowp} properties in the Upper Vale", lowp="n 200 2400"),
            it("Water quality samples taken after repressurisation have all passed"),
            it("Demand is running at {demand} megalitres a day against 240 a day of treatment capacity",
               demand="n 180 260"),
        ],
        "impacts": [
            it("{bsp} bottled water stations are open{bsp.was}", bsp="n 2 9"),
            it("{psr} customers on the Priority Services Register have had bottled water delivered",
               psr="n 120 1400"),
            it("{schools} schools and {homes} care homes are without supply and receiving tankered water",
               schools="n 2 9", homes="n 2 8"),
            it("A boil water notice remains in place for {bwn} properties in Low Fell", bwn="n 60 600"),
            it("The Fell Road hospital site is being supplied by tanker"),
        ],
        "recovery": [
            it("Supply is expected to be restored to all customers by {restore}", restore="date 1 3"),
            it("Repair of the burst main is {repair} complete", repair="pct 30 95"),
            it("Rezoning has restored supply to {rezoned} properties since the last update", rezoned="n 300 4000"),
            it("Tankers are injecting water into the network at {inject} points", inject="n 2 8"),
        ],
        "risks": [
            risk("Hot weather demand {trend} and may drain service reservoirs overnight",
                 mit=("water efficiency messages and night-time rezoning of the network",)),
            risk("Pressure on bottled water stock at the regional depot {trend}",
                 mit=("an order for 200,000 more litres through the national mutual aid framework",)),
            risk("Repressurisation may cause further bursts on the older cast iron mains",
                 mit=("slow, staged repressurisation with leakage crews on standby",)),
            risk("The number of discoloured water complaints {trend} as flows return",
                 mit=("flushing of the affected mains overnight",)),
            risk("Vulnerable customers not on the Priority Services Register may be missed",
                 mit=("door knocking with council and volunteer teams",)),
        ],
        **shared(
            workforce=[it("{crews} repair and network crews are deployed{crews.was}", crews="n 8 45"),
                       it("{office} office staff have been redeployed to bottled water stations",
                          office="n 10 80")],
            finance=[it("Guaranteed Standards Scheme payments due to customers are estimated at {gss}",
                        gss="money 60 900"),
                     it("Tankering and bottled water have cost {tank} so far", tank="cum 50 400")],
        ),
    },
    {"situation": (2, 4), "impacts": (2, 3), "recovery": (1, 3), "risks": (2, 3), "workforce": (1, 2),
     "finance": (1, 2), "communications": (1, 3), "next": (1, 2)},
    date(2023, 7, 10), cadence_days=1, punct="stop", mitigation="is",
)  # fmt: skip

TRANSPORT = Partner(
    "transport",
    "Disruption Bulletin",
    ("Northfield Trains", "Vale Connect Rail", "Fellside Metro", "Lune Coast Railway"),
    {"staff": "drivers and guards", "agency": "drivers on rest-day working", "peers": "neighbouring operators",
     "funder": "the Department for Transport", "channel": "our website and app",
     "tcg_name": "LRF tactical co-ordinating group", "comms_cell": "LRF communications cell",
     "board": "executive board", "cost_drivers": "replacement buses and overtime", "short": "the operator"},
    {
        "situation": [
            it("{cancelled} services cancelled today{cancelled.was}", cancelled="n 20 180"),
            it("Line blocked between Hallam and Marsh End after a landslip; buses replace trains"),
            it("{ppm} of trains ran on time yesterday{ppm.was}", ppm="pct 48 86"),
            it("{units} trains are out of service with storm damage to windscreens and pantographs",
               units="n 3 19"),
            it("Overhead line damage at Fell Junction limits services to {tph} trains an hour", tph="n 2 4"),
            it("Replacement buses run every {rrb} minutes between Hallam and Lune Bridge", rrb="n 10 30"),
        ],
        "risks": [
            risk("The risk of driver shortages at the weekend {trend}",
                 mit=("rest-day working agreed with the union and managers trained as drivers on standby",)),
            risk("Further high winds may bring down more trees on the line",
                 mit=("extra vegetation teams and speed restrictions on exposed sections",)),
            risk("Crowding at Hallam station {trend} at the evening peak",
                 mit=("queuing systems and extra staff on the concourse from 16:00",)),
            risk("Replacement coach supply is short at weekends",
                 mit=("coaches booked from three operators and taxis held for passengers who need assistance",)),
        ],
        **shared(
            workforce=[it("{drivers} drivers are unavailable today{drivers.was}", drivers="n 6 48"),
                       it("Station staff are redeployed to Hallam and Lune Bridge to help passengers")],
            finance=[it("Lost fare revenue is estimated at {fares} a day", fares="money 40 260"),
                     it("Delay Repay claims this week: {claims}{claims.was}", claims="n 900 7000"),
                     it("Replacement buses are costing {rrbc} a day", rrbc="money 12 60")],
        ),
        "recovery": [
            it("Network Rail expects the line to reopen on {reopen}", reopen="date 2 9"),
            it("A full timetable is planned from {timetable}", timetable="date 4 14"),
            it("Repaired trains are returning to service at {returned} a day", returned="n 1 4"),
        ],
    },
    {"situation": (2, 4), "risks": (1, 3), "workforce": (1, 2), "finance": (1, 2), "recovery": (1, 3),
     "communications": (1, 2), "next": (1, 2)},
    date(2023, 11, 20), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip
