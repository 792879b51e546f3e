"""Item ideas of five ``blind34_layouts`` publishers writing in English: a metro operator's control centre after a
signalling failure, a social-housing landlord in a damp-and-mould crisis, a small American city's water utility
under a boil-water advisory, a council's children's services department after a ransomware attack and a regional
food bank network in a cost-of-living surge (``blind5_layouts_content`` explains the slots).
``blind34_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

METRO = Partner(
    "metro-signalling",
    "Signalling failure",
    ("Wearside Metro", "Clydevale Subway", "Avonmouth Rapid Transit", "Trentside Metro"),
    {},
    {
        "summary": [
            it("A failure of the signalling interlocking at Central began at 06:40 on {failed}", failed="date -2 -2"),
            it("Trains are running every {headway} minutes on the rest of the network", headway="n 8 20"),
        ],
        "pattern": [
            it("{trains} of scheduled trains ran yesterday{trains.was}", trains="pct 40 95"),
            it("The line is split in two with trains turning back at Park Lane and Monkgate"),
        ],
        "fault": [
            it("Engineers traced the fault to a damaged fibre-optic cable in the tunnel"),
            it("The supplier's engineers replaced {cards} circuit cards in the interlocking", cards="n 2 14"),
            it("Trains pass through {sections} signal sections under manual authority", sections="n 2 12"),
        ],
        "impact": [
            it("{journeys} passenger journeys were made yesterday{journeys.was}", journeys="n 20000 110000"),
            it("Journeys across the city centre take {delay} minutes longer than usual", delay="n 5 30"),
        ],
        "buses": [
            it("{buses} replacement buses run between Central and Park Lane{buses.was}", buses="n 6 60"),
            it("Metro tickets are accepted on all city bus services"),
        ],
        "staffing": [
            it("{marshals} customer service marshals are deployed at stations", marshals="n 10 90"),
            it("Drivers' hours are checked every day because of the longer shifts"),
        ],
        "costs": [
            it("The cost of replacement buses so far is {bus_cost}", bus_cost="cum 20 600"),
            it("Lost fare revenue this week is estimated at {fares}", fares="money 40 500"),
        ],
        "risks": [
            risk("The risk of a signal passed at danger while trains run under manual authority {trend}",
                 mit=("a second person rides in the cab through manual sections and speed is limited to 15 mph",)),
            risk("The risk of overcrowding on the platforms at Park Lane {trend}",
                 mit=("platform staff control entry and extra trains run in the peaks",)),
            risk("Delay to the delivery of spare circuit cards",
                 mit=("cards are borrowed from the test rig at the depot",)),
        ],
        "comms": [
            it("Service updates are posted on the app and the website every hour"),
            it("{complaints} customer complaints were received{complaints.was}", complaints="n 20 900"),
        ],
        "next": [
            it("Complete testing of the repaired interlocking by {testing}", testing="date 1 4"),
            it("Agree the return to the full timetable with the safety regulator"),
        ],
    },
    {"summary": (1, 2), "pattern": (1, 2), "fault": (1, 3), "impact": (1, 2), "buses": (1, 2), "staffing": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DAMP = Partner(
    "housing-damp-mould",
    "Damp and mould",
    ("Calder Valley Homes", "Brookmere Housing Association", "Eastgate Community Homes",
     "Lowther Estates Housing Trust"),
    {},
    {
        "headlines": [
            it("{open} open damp and mould cases are on the tracker{open.was}", open="n 200 2500"),
            it("The Housing Ombudsman asked for our action plan on {ombudsman}", ombudsman="date -6 -2"),
        ],
        "position": [
            it("{hazards} cases are rated category 1 hazards under the HHSRS", hazards="n 5 120"),
            it("Most new cases were reported after the local television report on {story}", story="date -20 -10"),
        ],
        "inspections": [
            it("{surveys} homes were surveyed this week{surveys.was}", surveys="n 40 600"),
            it("Surveyors use moisture meters and thermal cameras on every visit"),
        ],
        "repairs": [
            it("{completed} repair jobs were completed{completed.was}", completed="n 30 500"),
            it("Mould wash and treatment is done within {days} working days of the survey", days="n 2 10"),
            it("Extractor fans are being fitted in {fans} flats in the tower blocks", fans="n 10 300"),
        ],
        "vulnerable": [
            it("{households} households with children under five have been contacted", households="n 20 400"),
            it("Residents with breathing conditions are visited first"),
        ],
        "decants": [
            it("{decanted} households have moved to temporary homes while works are done{decanted.was}",
               decanted="n 2 60"),
            it("Hotel use has stopped and all decants are in empty association flats"),
        ],
        "staffing": [
            it("{surveyors} surveyors are working on the damp and mould programme", surveyors="n 4 40"),
            it("Two more contractors joined the repairs framework on {framework}", framework="date -4 0"),
        ],
        "budget": [
            it("Spend on the programme to date is {spend}", spend="cum 50 2500"),
            it("The board approved an extra {extra} for extractor fans", extra="money 50 600"),
        ],
        "risks": [
            risk("The risk of a child or vulnerable resident coming to harm from mould {trend}",
                 mit=("homes with children or health conditions are surveyed within 48 hours",)),
            risk("The risk of the survey backlog growing faster than we can clear it {trend}",
                 mit=("Saturday surveys and two extra contractors",)),
            risk("Shortage of homes for decants", mit=("empty homes are repaired first so that they can be used",)),
        ],
        "comms": [
            it("A leaflet on condensation and ventilation went to all tenants"),
            it("{calls} calls about damp and mould came to the contact centre{calls.was}", calls="n 50 1500"),
        ],
        "actions": [
            it("Report progress to the board on {board}", board="date 3 10"),
            it("Publish the revised damp and mould policy"),
        ],
    },
    {"headlines": (1, 2), "position": (1, 2), "inspections": (1, 2), "repairs": (1, 3), "vulnerable": (1, 2),
     "decants": (1, 2), "staffing": (1, 2), "budget": (1, 2), "risks": (1, 3), "comms": (1, 2), "actions": (1, 2)},
    date(2026, 11, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

BOIL = Partner(
    "us-boil-water",
    "Boil water advisory",
    ("City of Harlow Springs Utilities", "City of Lakemont Water Department", "Redbud County Water District",
     "City of Elk Prairie Utilities"),
    {},
    {
        "summary": [
            it("A boil water advisory has been in effect since {since} after a water main break dropped pressure",
               since="date -3 -3"),
            it("{customers} customers remain under the advisory{customers.was}", customers="n 800 9000"),
        ],
        "area": [
            it("The advisory covers all addresses north of Route 9 and the Hillcrest subdivision"),
            it("Pressure has been restored to {pressure} of the system", pressure="pct 60 100"),
        ],
        "testing": [
            it("{samples} bacteriological samples were collected{samples.was}", samples="n 10 80"),
            it("Two consecutive days of clear samples are needed before the advisory is lifted"),
            it("Chlorine residuals are within range at {stations} sampling stations", stations="n 6 30"),
        ],
        "repairs": [
            it("Crews replaced {feet} feet of 16-inch main on Maple Avenue", feet="n 20 400"),
            it("The break was caused by a corroded cast-iron section laid in 1958"),
        ],
        "bottled": [
            it("{cases} cases of bottled water were handed out at the community center{cases.was}", cases="n 100 4000"),
            it("Water is delivered to homebound residents who call the utility"),
        ],
        "schools": [
            it("Schools in the advisory area are serving bottled water and prepackaged lunches"),
            it("The health department visited {restaurants} restaurants in the area", restaurants="n 5 90"),
        ],
        "staffing": [
            it("{crew} utility crew members are working twelve-hour shifts", crew="n 8 60"),
            it("Mutual aid crews arrived from {mutual} neighboring utilities", mutual="n 1 5"),
        ],
        "costs": [
            it("Response costs to date are {costs}", costs="cum 20 900"),
            it("Bottled water purchases total {water}", water="money 10 200"),
        ],
        "risks": [
            risk("The risk of contamination entering the system while pressure is low {trend}",
                 mit=("the mains are flushed and chlorine is raised in the affected zone",)),
            risk("The risk of residents not hearing about the advisory {trend}",
                 mit=("door hangers go to every address and alerts are sent by text",)),
            risk("A second break on the aging main", mit=("valve crews and spare pipe are kept on standby",)),
        ],
        "advice": [
            it("Boil water for at least one minute before drinking, cooking or brushing teeth"),
            it("Throw away ice made since the advisory began"),
        ],
        "next": [
            it("Collect the second round of samples on {second_round}", second_round="date 1 2"),
            it("Lift the advisory once the state drinking water program approves"),
        ],
    },
    {"summary": (1, 2), "area": (1, 2), "testing": (1, 3), "repairs": (1, 2), "bottled": (1, 2), "schools": (1, 2),
     "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 6, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "childrens-cyber",
    "Cyber incident",
    ("Harwick Borough Council", "Stenfield City Council", "Marlow Vale District Council", "Kingsford Borough Council"),
    {},
    {
        "summary": [
            it("The council's network was shut down after the ransomware attack on {attack}", attack="date -5 -5"),
            it("Children's social care is working on paper and clean devices under the continuity plan"),
        ],
        "systems": [
            it("The case management system is still offline"),
            it("{laptops} clean laptops have been issued to social workers{laptops.was}", laptops="n 10 150"),
            it("Read-only access to the backup of case records is expected by {backup}", backup="date 1 6"),
        ],
        "safeguarding": [
            it("{cp} children on child protection plans have been seen or spoken to{cp.was}", cp="n 20 300"),
            it("All visits due this week to children in care have taken place"),
        ],
        "frontdoor": [
            it("{contacts} contacts came to the front door by phone and paper forms", contacts="n 20 400"),
            it("Police and health partners send referrals to a temporary secure mailbox"),
        ],
        "court": [
            it("The court has agreed to adjourn {hearings} hearings while records are unavailable", hearings="n 1 20"),
            it("Legal services are rebuilding court bundles from paper files"),
        ],
        "staff": [
            it("{overtime} hours of overtime were worked since the attack", overtime="n 40 900"),
            it("Staff absence stands at {absence}{absence.was}", absence="pct 3 15"),
        ],
        "costs": [
            it("Extra costs to date are {costs}", costs="cum 20 600"),
            it("Temporary devices and mobile phones cost {devices}", devices="money 10 120"),
        ],
        "risks": [
            risk("The risk of missing a safeguarding concern without the case history {trend}",
                 mit=("managers check every new contact against the paper index and police checks",)),
            risk("The risk of a data breach from notes kept on paper {trend}",
                 mit=("locked bags and a sign-out sheet for all paper files",)),
            risk("Staff burnout from the manual workarounds", mit=("daily check-ins and extra admin support",)),
        ],
        "comms": [
            it("Foster carers were told how to reach the service on {carers}", carers="date -2 0"),
            it("The Information Commissioner's Office has been notified"),
        ],
        "next": [
            it("Restore email to children's services by {email}", email="date 1 3"),
            it("Agree a plan with the court for the adjourned hearings"),
        ],
    },
    {"summary": (1, 2), "systems": (1, 3), "safeguarding": (1, 2), "frontdoor": (1, 2), "court": (1, 2),
     "staff": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 5, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FOOD = Partner(
    "food-bank-surge",
    "Cost of living",
    ("Tamesis Food Bank Network", "North Pennines Food Bank Network", "Severnside Food Bank Network",
     "Solent Community Food Network"),
    {},
    {
        "summary": [
            it("Emergency food parcels given out this week rose to {parcels}{parcels.was}", parcels="n 400 4000"),
            it("The rise in the energy price cap on {cap} brought a new wave of referrals", cap="date -20 -10"),
        ],
        "demand": [
            it("{newhh} households used a food bank for the first time this week", newhh="n 20 600"),
            it("{children} of the people fed were children", children="pct 25 45"),
            it("Working families make up a growing share of referrals"),
        ],
        "stock": [
            it("Stocks of tinned meat and UHT milk will last about {weeks} weeks", weeks="n 2 6"),
            it("{tonnes} tonnes of food were donated this week{tonnes.was}", tonnes="n 2 40"),
        ],
        "centres": [
            it("{centres} distribution centres are open across the network", centres="n 6 40"),
            it("The Hillside centre moved to evening opening for working families"),
        ],
        "volunteers": [
            it("{vols} volunteers gave their time this week{vols.was}", vols="n 60 900"),
            it("A volunteer induction was held on {induction}", induction="date -5 -1"),
        ],
        "funding": [
            it("Spend on buying food this year is {spend}", spend="cum 20 400"),
            it("The community foundation awarded a grant of {grant}", grant="money 5 80"),
        ],
        "risks": [
            risk("The risk of running out of core items before Christmas {trend}",
                 mit=("bulk buying through the wholesaler and a public appeal for tins",)),
            risk("The risk of volunteer burnout at the busiest centres {trend}",
                 mit=("shorter shifts and volunteers moved between centres",)),
            risk("Breakdown of the warehouse van", mit=("a spare van is on loan from the council",)),
        ],
        "referrals": [
            it("{agencies} agencies issued e-vouchers this week", agencies="n 20 300"),
            it("Citizens Advice advisers now sit in {advice} centres", advice="n 2 20"),
        ],
        "comms": [
            it("The appeal post on social media was shared {shares} times", shares="n 100 9000"),
            it("Local papers and radio covered the Christmas appeal"),
        ],
        "next": [
            it("Open the new warehouse space by {warehouse}", warehouse="date 5 20"),
            it("Agree holiday opening hours with all centres"),
        ],
    },
    {"summary": (1, 2), "demand": (1, 3), "stock": (1, 2), "centres": (1, 2), "volunteers": (1, 2),
     "funding": (1, 2), "risks": (1, 3), "referrals": (1, 2), "comms": (1, 2), "next": (1, 2)},
    date(2026, 10, 19), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
