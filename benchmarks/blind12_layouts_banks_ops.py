"""Item ideas of the five English-writing publishers of the ``blind12_layouts`` set: an Irish county council's
crisis management team in a storm, a water company's incident team during a boil water notice, a
multi-academy trust's IT outage, a city council's severe weather emergency protocol cell for rough sleepers,
and a council's digital team during an outage of its online payments (``blind5_layouts_content`` explains the
slots). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

CMT = Partner(
    "cmt-ie",
    "Severe Weather – Storm Fionnuala",
    ("Kilbrack County Council", "Ardmore County Council", "Slievenagh County Council", "Corrabeg County Council"),
    {},
    {
        "situation": [
            it("Met Éireann Status Orange wind warning in place until {warning}", warning="date 0 1"),
            it("{calls} calls to the council's emergency line overnight{calls.was}", calls="n 20 600"),
            it("Coastal flooding reported at Ballinree pier at high tide"),
        ],
        "roads": [
            it("{closed} regional and local roads closed by fallen trees{closed.was}", closed="n 2 60"),
            it("The R445 at Knockmore is passable with care"),
            it("Outdoor crews clearing trees with contractors since 05:00"),
        ],
        "water": [
            it("{off} customers without water after power loss at pumping stations", off="n 0 4000"),
            it("Generators deployed to the Ballinree and Crossgar reservoirs"),
        ],
        "welfare": [
            it("Community centre at Knockmore open as a warm hub"),
            it("Civil Defence checked on {checks} vulnerable people{checks.was}", checks="n 5 200"),
        ],
        "risks": [
            risk("The risk of further tree falls in the second band of wind {trend}",
                 mit=("crews pre-positioned in each municipal district",)),
            risk("Loss of power to the council's own buildings",
                 mit=("generators checked and fuel ordered for the civic offices",)),
        ],
        "comms": [
            it("Updates on the council's website and social media every three hours"),
            it("Local radio interview with the chief executive at 08:15"),
        ],
        "next": [
            it("Next CMT meeting at 16:00 on {cmt}", cmt="date 0 1"),
            it("Area engineers to report on road damage costs"),
        ],
    },
    {"situation": (2, 3), "roads": (1, 3), "water": (1, 2), "welfare": (1, 2), "risks": (1, 2), "comms": (1, 2),
     "next": (1, 2)},
    date(2024, 1, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

WATER = Partner(
    "water-bwn",
    "Boil water notice",
    ("Kelbeck Water", "Northmoor Water Services", "Carrow Valley Water", "Fenmarsh Water"),
    {},
    {
        "summary": [
            it("A boil water notice is in place for {props} properties{props.was}", props="n 500 40000"),
            it("Cryptosporidium was found at the Hallow Hill treatment works"),
        ],
        "customers": [
            it("{vuln} customers on the priority services register contacted", vuln="n 50 3000"),
            it("Two hospitals and {schools} schools are in the notice area", schools="n 2 40"),
            it("Businesses preparing food advised by environmental health"),
        ],
        "supplies": [
            it("Bottled water stations open at {stations} sites", stations="n 2 12"),
            it("{litres} litres of bottled water delivered to vulnerable customers", litres="n 2000 90000"),
        ],
        "risks": [
            risk("The risk of the notice extending into next week {trend}",
                 mit=("extra sampling at every reservoir in the zone",)),
            risk("Bottled water stock running short at the stations",
                 mit=("a second supplier on contract from today",)),
        ],
        "comms": [
            it("Text messages sent to all customers in the affected postcodes"),
            it("Press conference with the director of public health at 11:00"),
        ],
        "next": [
            it("Next update to partners at 17:00"),
            it("Sampling results expected by {results}", results="date 1 3"),
        ],
    },
    {"summary": (1, 2), "customers": (1, 3), "supplies": (1, 2), "risks": (1, 2), "comms": (1, 2),
     "next": (1, 2)},
    date(2024, 8, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TRUST = Partner(
    "mat-outage",
    "IT network outage",
    ("Kelby Learning Trust", "Northmoor Academies Trust", "Carrow Valley Schools Partnership",
     "Fenmarsh Multi-Academy Trust"),
    {},
    {
        "situation": [
            it("The trust's network has been down since Monday morning"),
            it("{schools} of our schools have internet access again{schools.was}", schools="n 1 14"),
            it("Our IT partner expects the remaining schools to be back by {back}", back="date 1 4"),
        ],
        "impacts": [
            it("Registers are being taken on paper"),
            it("ParentPay is not available, so dinner money can be paid in cash"),
            it("Coursework saved on school computers since {saved} may need to be redone", saved="date -9 -5"),
        ],
        "actions": [
            it("Staff laptops are being checked one by one before they reconnect"),
            it("Year 11 and Year 13 have priority for the working computer rooms"),
            it("Exam boards have been told about the outage"),
        ],
        "risks": [
            risk("The risk that coursework deadlines are missed {trend}",
                 mit=("extensions agreed with exam boards for every affected subject",)),
            risk("Safeguarding records not up to date",
                 mit=("paper logs kept by each designated safeguarding lead",)),
        ],
        "next": [
            it("We will write again on {next}", next="date 1 2"),
            it("Parents' evening for Year 9 goes ahead on paper appointments"),
        ],
    },
    {"situation": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2), "next": (1, 2)},
    date(2024, 11, 4), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

SWEP = Partner(
    "swep-cell",
    "SWEP – cold weather",
    ("Kelby City Council", "Northmoor City Council", "Carrow City Council", "Fenmarsh City Council"),
    {},
    {
        "situation": [
            it("SWEP activated until at least {until}", until="date 1 4"),
            it("{beds} emergency beds in use across the city{beds.was}", beds="n 10 120"),
            it("Overnight temperatures forecast to reach minus five"),
        ],
        "outreach": [
            it("Outreach team found {found} people sleeping rough last night{found.was}", found="n 2 60"),
            it("St Anne's church hall open as a night shelter from 20:00"),
            it("Day centre hours extended to 18:00"),
        ],
        "risks": [
            risk("The risk that people refuse a bed and stay out in the cold {trend}",
                 mit=("extra outreach shifts and a dog-friendly space at the shelter",)),
            risk("Night shelter volunteers falling short at weekends",
                 mit=("council staff volunteering through the staff bank",)),
        ],
        "next": [
            it("Review SWEP with the forecast at 14:00"),
            it("Confirm hotel rooms for the weekend by {hotel}", hotel="date 0 2"),
        ],
    },
    {"situation": (2, 3), "outreach": (1, 3), "risks": (1, 2), "next": (1, 2)},
    date(2024, 12, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DIGITAL = Partner(
    "digital-payments",
    "Online payments outage",
    ("Kelby Borough Council", "Northmoor District Council", "Carrow Valley Council", "Fenmarsh Borough Council"),
    {},
    {
        "summary": [
            it("Card payments on the council website are failing for most residents"),
            it("{failed} failed payment attempts since the outage began{failed.was}", failed="n 100 9000"),
        ],
        "status": [
            it("The payment provider has confirmed a fault in its gateway"),
            it("Direct debits are not affected"),
            it("A fix is being tested in the provider's staging environment"),
        ],
        "impacts": [
            it("Council tax reminders paused until {paused}", paused="date 2 6"),
            it("Contact centre call volumes up by {calls}", calls="pct 10 80"),
            it("Parking permits cannot be renewed online"),
        ],
        "actions": [
            it("Add a banner to the payments pages"),
            it("Agree a late payment amnesty with the revenues team"),
            it("Ask the provider for a root cause report by {rca}", rca="date 3 7"),
        ],
        "risks": [
            risk("The risk of residents paying twice when the service returns {trend}",
                 mit=("refund process agreed with finance and a check on duplicate payments",)),
            risk("Contact centre waiting times",
                 mit=("extra staff on the phones from the revenues team",)),
        ],
    },
    {"summary": (1, 2), "status": (2, 3), "impacts": (1, 3), "actions": (1, 3), "risks": (1, 2)},
    date(2024, 3, 4), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip
