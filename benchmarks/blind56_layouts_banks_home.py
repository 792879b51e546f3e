"""Item ideas of four ``blind56_layouts`` publishers writing in English: the Philippine Ports Authority's port
management offices in a typhoon, Kenyan water service providers rationing water in a drought, the ports and airports
of the Channel Islands and the Isle of Man in a winter storm, and Nigerian electricity distribution companies after a
flood takes out substations (``blind5_layouts_content`` explains the slots). ``blind56_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named
after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

TYPHOON = Partner(
    "ph-ppa-pmo-typhoon",
    "Typhoon",
    ("PMO Batangas", "PMO Bicol", "PMO Eastern Leyte/Samar", "PMO Surigao"),
    {},
    {
        "hl": [
            it("Sea travel remains suspended in all ports of the PMO since {suspended} under Tropical Cyclone Wind "
               "Signal No. 2", suspended="date -2 -2"),
            it("Outbound passengers stranded in ports: {stranded}{stranded.was}", stranded="n 50 6000"),
        ],
        "sit": [
            it("PAGASA reports the typhoon moving west-northwest and expected to exit the area tomorrow"),
            it("The Coast Guard has not yet lifted the no-sail policy for vessels of all tonnage"),
        ],
        "imp": [
            it("Rolling cargoes stranded in port areas: {rolling}{rolling.was}", rolling="n 20 900"),
            it("Vessels taking shelter in the anchorage areas: {vessels}{vessels.was}", vessels="n 2 60"),
        ],
        "ta": [
            it("Passenger terminal buildings remain open round the clock for stranded passengers"),
            it("Minor damage was reported to the roofing of two terminal buildings"),
        ],
        "tb": [
            it("Cargo handling operations are suspended at all base and other ports"),
            it("Container yards are secured and reefer vans are on generator power"),
        ],
        "help": [
            it("Food packs distributed to stranded passengers: {packs}{packs.was}", packs="n 100 8000"),
            it("Malasakit help desks are providing drinking water, medical aid and charging stations"),
        ],
        "staff": [
            it("PPA personnel and port police on duty: {personnel}{personnel.was}", personnel="n 20 300"),
            it("Port management offices are on heightened alert with disaster teams on standby"),
        ],
        "money": [
            it("Expenses for relief operations to date: {expenses}", expenses="cum 100 4000"),
            it("A request for {request} has been sent to Head Office for repairs to port facilities",
               request="money 100 900"),
        ],
        "risks": [
            risk("Congestion at passenger terminals when trips resume is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("shipping lines will add extra trips and priority lanes for senior citizens",)),
            risk("Risk of storm surge in low-lying port areas is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("passengers have been moved to the upper floors of terminal buildings",)),
            risk("Fraudulent ticket sales to stranded passengers",
                 mit=("port police are patrolling the terminals and ticketing areas",)),
        ],
        "next": [
            it("Sea travel is expected to resume by {resume} once the Coast Guard lifts the suspension",
               resume="date 1 3"),
            it("The next report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DROUGHT = Partner(
    "ke-wsp-drought",
    "Drought response",
    ("Nairobi City Water and Sewerage Company", "Mombasa Water Supply and Sanitation Company",
     "Nakuru Water and Sanitation Services Company", "Kisumu Water and Sanitation Company"),
    {},
    {
        "hl": [
            it("Water rationing has been in force across the service area since {since} owing to the drought",
               since="date -6 -6"),
            it("Production at the treatment works is down to {production} of normal{production.was}",
               production="pct 35 90"),
        ],
        "sit": [
            it("Dam levels continue to fall and the long rains are forecast to start late"),
            it("Boreholes are running longer hours to make up for the drop in surface water"),
        ],
        "imp": [
            it("{estates} estates are receiving water on fewer than three days a week{estates.was}",
               estates="n 3 80"),
            it("Informal settlements at the end of the network have had the longest gaps in supply"),
        ],
        "ta": [
            it("Leaks and bursts repaired since the start of rationing: {leaks}{leaks.was}", leaks="n 20 900"),
            it("Illegal connections disconnected by the enforcement team: {illegal}{illegal.was}",
               illegal="n 5 300"),
        ],
        "tb": [
            it("Water bowsers are serving schools, hospitals and water kiosks on a fixed schedule"),
            it("Bowser trips completed this week: {trips}{trips.was}", trips="n 20 600"),
        ],
        "help": [
            it("The rationing schedule for each zone is published on the website and social media"),
            it("Customers can report leaks and missed supply on the toll-free line and WhatsApp"),
        ],
        "staff": [
            it("Technical staff deployed on repairs and bowser operations: {staff}{staff.was}", staff="n 20 400"),
            it("Zonal managers hold a daily briefing with the county disaster team"),
        ],
        "money": [
            it("Spending on the drought response to date: {spent}", spent="cum 100 4000"),
            it("The company has applied to the Water Sector Trust Fund for {grant} for new boreholes",
               grant="money 100 900"),
        ],
        "risks": [
            risk("Risk of waterborne disease in areas relying on unsafe sources is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("chlorine tablets are being distributed with the county health department",)),
            risk("Vandalism of pipelines during rationing is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("security patrols have been increased on the main lines",)),
            risk("Pump breakdowns from boreholes running continuously",
                 mit=("spare pumps have been procured for the main wellfields",)),
        ],
        "next": [
            it("The rationing schedule will be reviewed on {review}", review="date 1 3"),
            it("The next situation report will be shared on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 16), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

GALE = Partner(
    "ci-ports-airports-storm",
    "Storm travel",
    ("Ports of Jersey", "Guernsey Ports", "Isle of Man Ports", "Alderney Airport and Harbour"),
    {},
    {
        "hl": [
            it("Storm force winds since {onset} have disrupted flights and sailings", onset="date -1 -1"),
            it("{cancelled} flights and sailings have been cancelled{cancelled.was}", cancelled="n 5 120"),
        ],
        "sit": [
            it("The Met Office forecast shows winds easing from tomorrow afternoon"),
            it("The harbour is closed to all commercial traffic until the swell drops"),
        ],
        "imp": [
            it("{passengers} passengers have had their journeys disrupted{passengers.was}",
               passengers="n 200 9000"),
            it("Freight sailings are delayed and some fresh food deliveries will be late"),
        ],
        "ta": [
            it("The runway remains open but crosswinds are above the limits of most aircraft"),
            it("Airlines have added extra flights once the winds ease"),
        ],
        "tb": [
            it("Fast craft sailings are cancelled and the conventional ferry is running late"),
            it("Inter-island boat services have been suspended"),
        ],
        "help": [
            it("Passengers should check with their airline or ferry operator before travelling"),
            it("The terminal building is open with refreshments for passengers waiting for news"),
        ],
        "staff": [
            it("Extra staff are on duty in the terminals and on the quayside"),
            it("Harbour patrol and airport fire crews are on standby throughout the storm"),
        ],
        "money": [
            it("Storm damage repairs are estimated at {damage}", damage="cum 100 4000"),
            it("An insurance claim of {claim} has been lodged for the damaged pontoons", claim="money 100 900"),
        ],
        "risks": [
            risk("Wave overtopping on the harbour roads is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("the roads will be closed at high water",)),
            risk("Risk of falling debris in the car parks is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("parts of the car parks have been fenced off",)),
            risk("Damage to moored boats in the marinas",
                 mit=("berth holders have been asked to check their mooring lines",)),
        ],
        "next": [
            it("Normal schedules are expected to resume by {resume}", resume="date 1 3"),
            it("We will update this page again on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

GRID = Partner(
    "ng-disco-flood-outage",
    "Flood outage",
    ("Abuja Electricity Distribution Company", "Ikeja Electric", "Eko Electricity Distribution Company",
     "Ibadan Electricity Distribution Company"),
    {},
    {
        "hl": [
            it("Flooding since {since} has submerged injection substations across our network", since="date -3 -3"),
            it("{feeders} feeders remain out of service{feeders.was}", feeders="n 3 90"),
        ],
        "sit": [
            it("NiMet forecasts further heavy rainfall over the next three days"),
            it("Supply from the national grid to our transmission interface points is stable"),
        ],
        "imp": [
            it("{customers} customers are without supply{customers.was}", customers="n 500 40000"),
            it("Water pumping stations and some hospitals are running on generators"),
        ],
        "ta": [
            it("Injection substations restored after the water receded: {restored}{restored.was}",
               restored="n 1 40"),
            it("Damaged transformers are being dried out and tested before they are re-energised"),
        ],
        "tb": [
            it("Hospitals and water works are given priority in the restoration plan"),
            it("Prepaid meter vending is working normally on all channels"),
        ],
        "help": [
            it("Customers should keep away from fallen poles and submerged equipment"),
            it("Faults can be reported through our contact centre, WhatsApp and social media handles"),
        ],
        "staff": [
            it("Technical crews deployed across the business units: {crews}{crews.was}", crews="n 10 300"),
            it("Crews are working with emergency management agencies in the flooded communities"),
        ],
        "money": [
            it("The cost of damaged equipment is estimated at {cost}", cost="cum 100 4000"),
            it("We have requested {request} from our insurers to replace damaged transformers",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of electrocution in flooded streets is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("supply to flooded areas is switched off until they are safe",)),
            risk("Theft of cables and equipment from flooded substations is {trend}",
                 levels=("being monitored", "rising", "high", "very high"),
                 mit=("security guards have been posted at the affected substations",)),
            risk("Overloading of feeders when supply is restored",
                 mit=("supply will be restored in stages to each feeder",)),
        ],
        "next": [
            it("We expect to restore most affected feeders by {restore}", restore="date 1 3"),
            it("Our next update will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
