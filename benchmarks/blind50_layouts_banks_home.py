"""Item ideas of four ``blind50_layouts`` publishers writing in English: national Antarctic programmes after a fire
in a research station's power house, American state departments of agriculture with H5N1 avian influenza in dairy
herds, national and university supercomputing centres after their cooling plant failed, and American state park
systems recovering from a hurricane (``blind5_layouts_content`` explains the slots). ``blind50_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are
named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind50_layouts_banks_away import SIZES

from sitroom.generate.banks import it, risk

STATION = Partner(
    "aq-station-power-house-fire",
    "Power house fire",
    ("British Antarctic Survey", "Australian Antarctic Division", "Antarctica New Zealand",
     "United States Antarctic Program"),
    {},
    {
        "hl": [
            it("A fire broke out in the main power house on {fire} and was put out by the station fire team",
               fire="date -2 -2"),
            it("All {people} wintering personnel are safe and accounted for", people="n 12 40"),
        ],
        "sit": [
            it("The station is running on the emergency generator in the science building"),
            it("Power available is {power} of normal winter demand{power.was}", power="pct 30 80"),
        ],
        "imp": [
            it("Science programmes other than long-term monitoring are suspended"),
            it("{buildings} buildings are closed to save heat and fuel{buildings.was}", buildings="n 2 12"),
        ],
        "ta": [
            it("The emergency generator has run for {hours} hours without fault{hours.was}", hours="n 20 300"),
            it("Fuel use is measured twice a day at the bulk tanks"),
        ],
        "tb": [
            it("The fire damaged the main switchboard and the cabling of two generator sets"),
            it("The electrician expects one main generator back on line by {gen}", gen="date 2 8"),
        ],
        "help": [
            it("Every member of the wintering team has had a debrief with the station doctor"),
            it("Each person has had a private satellite call home"),
        ],
        "staff": [
            it("Fire team members are on a reduced work roster after the incident"),
            it("{watch} people are on the overnight fire watch rota{watch.was}", watch="n 2 8"),
        ],
        "money": [
            it("Replacement parts are estimated to cost {parts}", parts="money 40 600"),
            it("Spending on the incident to date is {cost}", cost="cum 20 900"),
        ],
        "risks": [
            risk("The risk of losing the emergency generator {trend}",
                 mit=("a second portable generator is held ready in the workshop",)),
            risk("The risk of frozen water and waste lines in unheated buildings {trend}",
                 mit=("heat trace runs from the emergency supply and lines are checked every four hours",)),
            risk("Delay to spare parts until the first flight of the season",
                 mit=("parts are being sent to the gateway port for the first flight",)),
        ],
        "next": [
            it("Inspect the generator cabling with the head office engineer by video link on {video}",
               video="date 1 2"),
            it("Restore heating to the accommodation building by {heat}", heat="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DAIRY = Partner(
    "us-state-ag-h5n1-dairy",
    "H5N1 in dairy cattle",
    ("Colorado Department of Agriculture", "Idaho State Department of Agriculture",
     "Michigan Department of Agriculture and Rural Development", "California Department of Food and Agriculture"),
    {},
    {
        "hl": [
            it("H5N1 avian influenza was first confirmed in a dairy herd in the state on {first}",
               first="date -40 -40"),
            it("{herds} herds are now under quarantine{herds.was}", herds="n 3 90"),
        ],
        "sit": [
            it("New detections this week came from the weekly bulk milk tank tests"),
            it("{released} herds have been released from quarantine after testing negative{released.was}",
               released="n 1 60"),
        ],
        "imp": [
            it("Affected herds are seeing lower milk production for two to three weeks"),
            it("{milk} pounds of milk have been discarded from quarantined herds{milk.was}", milk="n 20000 900000"),
        ],
        "ta": [
            it("Every licensed dairy is tested under the National Milk Testing Strategy"),
            it("{samples} bulk tank samples were tested this week{samples.was}", samples="n 100 2000"),
        ],
        "tb": [
            it("Lactating cattle must test negative before they are moved across state lines"),
            it("Quarantined herds cannot move cattle until three weekly tests are negative"),
        ],
        "help": [
            it("Personal protective equipment has been sent to {kits} dairies{kits.was}", kits="n 5 200"),
            it("Workers with symptoms can get free testing and antivirals through the state health department"),
        ],
        "staff": [
            it("{vets} veterinarians and animal health technicians are assigned to the response{vets.was}",
               vets="n 4 60"),
            it("USDA staff are supporting the epidemiology work"),
        ],
        "money": [
            it("State spending on the response to date is {cost}", cost="cum 100 3000"),
            it("Indemnity payments to producers this week total {indemnity}", indemnity="money 20 400"),
        ],
        "risks": [
            risk("The risk of spread to poultry flocks near affected dairies {trend}",
                 mit=("poultry flocks within 10 miles are tested every week",)),
            risk("The risk of infection in dairy workers {trend}",
                 mit=("the health department monitors exposed workers for 10 days",)),
            risk("Raw milk sales from affected areas",
                 mit=("raw milk producers must test every batch before sale",)),
        ],
        "next": [
            it("Call with producers and herd veterinarians on {call}", call="date 1 4"),
            it("Review the quarantine rules with USDA by {review}", review="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 7, 6), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

COOLING = Partner(
    "hpc-cooling-failure",
    "Cooling failure",
    ("Pawsey Supercomputing Research Centre", "New Zealand eScience Infrastructure", "EPCC",
     "Texas Advanced Computing Center"),
    {},
    {
        "hl": [
            it("A failure in the chilled water plant on {failed} forced us to shut down the supercomputer",
               failed="date -3 -3"),
            it("{nodes} compute nodes are back in service{nodes.was}", nodes="n 50 1500"),
        ],
        "sit": [
            it("One of the two chillers has been repaired and is running at full load"),
            it("The data hall is holding at {temp} degrees{temp.was}", temp="n 18 32"),
        ],
        "imp": [
            it("Batch jobs queued before the shutdown are held and will restart automatically"),
            it("{projects} research projects have lost allocated time{projects.was}", projects="n 10 300"),
        ],
        "ta": [
            it("The chiller manufacturer's engineer has replaced the failed compressor"),
            it("A rented chiller will be connected by {chiller}", chiller="date 1 5"),
        ],
        "tb": [
            it("Nodes are brought back one cabinet at a time while temperatures are watched"),
            it("The file systems stayed online and no data was lost"),
        ],
        "help": [
            it("Allocation hours lost to the outage will be credited back to every project"),
            it("The help desk has answered {tickets} tickets about the outage{tickets.was}", tickets="n 20 600"),
        ],
        "staff": [
            it("Systems engineers are working in shifts to cover the data hall overnight"),
            it("{engineers} engineers from the vendor are on site{engineers.was}", engineers="n 2 8"),
        ],
        "money": [
            it("The rented chiller costs {week} a week", week="money 5 60"),
            it("Repair costs to date are {cost}", cost="cum 20 800"),
        ],
        "risks": [
            risk("The risk of the second chiller failing under full load {trend}",
                 mit=("compute load is capped at 70% until the rented chiller is connected",)),
            risk("The risk of hardware faults in nodes that overheated {trend}",
                 mit=("each node runs a burn-in test before it takes jobs",)),
            risk("Deadlines for grant reports and theses",
                 mit=("users can ask us for a letter confirming the outage",)),
        ],
        "next": [
            it("Bring the remaining cabinets back by {cabinets}", cabinets="date 1 5"),
            it("Publish a post-incident review by {review}", review="date 10 21"),
        ],
    },
    SIZES,
    date(2026, 2, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PARKS = Partner(
    "us-state-parks-hurricane",
    "Hurricane recovery",
    ("Florida State Parks", "South Carolina State Parks", "North Carolina State Parks",
     "Georgia State Parks & Historic Sites"),
    {},
    {
        "hl": [
            it("The hurricane came ashore on {landfall} and closed every coastal park", landfall="date -5 -5"),
            it("{reopened} parks have reopened for day use{reopened.was}", reopened="n 2 60"),
        ],
        "sit": [
            it("Roads into the barrier island parks are still covered with sand"),
            it("{closed} parks remain fully closed{closed.was}", closed="n 2 40"),
        ],
        "imp": [
            it("{refunds} campsite reservations have been cancelled and refunded{refunds.was}",
               refunds="n 100 5000"),
            it("Beach access points stay closed until the dunes are assessed"),
        ],
        "ta": [
            it("{trees} downed trees have been cleared from park roads{trees.was}", trees="n 200 9000"),
            it("Contractors are hauling debris to temporary sites in each district"),
        ],
        "tb": [
            it("Cabins with roof damage are tarped and closed to bookings"),
            it("Water and sewer systems at campgrounds are tested before they reopen"),
        ],
        "help": [
            it("{housed} staff whose homes were damaged are living in park residences{housed.was}",
               housed="n 2 40"),
            it("Rangers are helping county crews clear roads next to the parks"),
        ],
        "staff": [
            it("{sawyers} certified sawyers from other districts are on loan{sawyers.was}", sawyers="n 4 60"),
            it("Crews work 12-hour shifts with one day off in seven"),
        ],
        "money": [
            it("Damage to park facilities is estimated at {damage}", damage="cum 500 9000"),
            it("Debris contracts are costing {week} a week", week="money 50 400"),
        ],
        "risks": [
            risk("The risk of injury to crews clearing hanging limbs {trend}",
                 mit=("only certified sawyers work in damaged stands",)),
            risk("The risk of losing FEMA reimbursement for poorly documented work {trend}",
                 mit=("every crew logs hours and photos in the daily tracker",)),
            risk("Visitors entering closed parks", mit=("gates are locked and rangers patrol twice a day",)),
        ],
        "next": [
            it("Reopen the main beach access by {beach}", beach="date 2 7"),
            it("FEMA site visit on {fema}", fema="date 1 5"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
