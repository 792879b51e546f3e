"""Item ideas of four ``blind49_layouts`` publishers: New Zealand regional councils' public transport teams after the
bus ticketing system failed, American mosquito control districts in a West Nile virus outbreak, Nigerian state
ministries of health in a Lassa fever outbreak, and national positioning agencies after a faulty firmware update took
their GNSS reference stations offline (``blind5_layouts_content`` explains the slots). ``blind49_layouts_content``
prints the amounts, dates, comparisons and the mitigation's lead in each publisher's words. The organisations are
named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

TICKETING = Partner(
    "nz-regional-bus-ticketing",
    "Bus ticketing outage",
    ("Waikato Regional Council", "Otago Regional Council", "Bay of Plenty Regional Council",
     "Northland Regional Council"),
    {},
    {
        "hl": [
            it("Card readers on our buses stopped accepting cards on {failed}", failed="date -3 -3"),
            it("{fixed} buses now have working card readers{fixed.was}", fixed="n 5 120"),
        ],
        "sit": [
            it("The ticketing supplier has traced the fault to a failed software release"),
            it("{out} buses are still running without a working reader{out.was}", out="n 2 80"),
        ],
        "imp": [
            it("Passengers cannot top up their cards online or at the kiosks"),
            it("Free travel has been given on {trips} trips since the outage began{trips.was}", trips="n 500 20000"),
        ],
        "ta": [
            it("Technicians are reloading the reader software at each depot overnight"),
            it("The back office is processing a backlog of {taps} card taps{taps.was}", taps="n 1000 90000"),
        ],
        "tb": [
            it("Concession fares will be credited to cards once the system is restored"),
            it("Top-ups made during the outage will appear on cards by {topups}", topups="date 2 6"),
        ],
        "help": [
            it("Customer service staff are at the main bus interchange from 7am to 7pm"),
            it("{refunds} refund requests have been received{refunds.was}", refunds="n 10 600"),
        ],
        "staff": [
            it("Drivers have been briefed to let passengers travel without tagging on"),
            it("{agents} extra call centre agents are answering ticketing calls{agents.was}", agents="n 2 20"),
        ],
        "money": [
            it("Fare revenue lost since the outage began is estimated at {lost}", lost="cum 10 400"),
            it("Extra call centre staff are costing {week} a week", week="money 1 12"),
        ],
        "risks": [
            risk("The risk of the fault returning when the next update is installed {trend}",
                 mit=("the supplier will test every release on ten buses before it goes to the fleet",)),
            risk("The risk of passengers being charged twice for the same trip {trend}",
                 mit=("duplicate taps are removed by hand before fares are charged",)),
            risk("Crowding at the interchange kiosks when top-ups come back",
                 mit=("extra staff will be on hand on the first two mornings",)),
        ],
        "next": [
            it("Meeting with the ticketing supplier on {supplier}", supplier="date 1 3"),
            it("Normal fares resume on {fares}", fares="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 4, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MOSQUITO = Partner(
    "us-mosquito-west-nile",
    "West Nile virus",
    ("Sacramento-Yolo Mosquito and Vector Control District", "Harris County Mosquito and Vector Control",
     "Salt Lake City Mosquito Abatement District", "Maricopa County Vector Control"),
    {},
    {
        "hl": [
            it("West Nile virus was first found in mosquito samples this season on {first}", first="date -30 -30"),
            it("{positive} mosquito samples have tested positive so far{positive.was}", positive="n 5 160"),
        ],
        "sit": [
            it("Most positive samples came from neighborhoods along the river"),
            it("{human} human cases have been reported by the health department{human.was}", human="n 2 20"),
        ],
        "imp": [
            it("Evening events at two parks were moved indoors this week"),
            it("{birds} dead birds were reported by residents{birds.was}", birds="n 10 300"),
        ],
        "ta": [
            it("Truck-mounted spraying will take place between 9pm and 5am in the treatment zones"),
            it("{acres} acres were treated by air this week{acres.was}", acres="n 1000 60000"),
        ],
        "tb": [
            it("{traps} traps are being checked twice a week{traps.was}", traps="n 40 400"),
            it("Crews are treating storm drains and neglected swimming pools with larvicide"),
        ],
        "help": [
            it("Free mosquito fish are available for ponds and water troughs"),
            it("{inspections} service requests from residents were answered{inspections.was}",
               inspections="n 20 900"),
        ],
        "staff": [
            it("{techs} field technicians are working seven days a week{techs.was}", techs="n 10 80"),
            it("Seasonal staff have been kept on until the end of October"),
        ],
        "money": [
            it("Spending on the outbreak response to date is {cost}", cost="cum 40 900"),
            it("Aerial spraying costs {flight} per flight", flight="money 5 40"),
        ],
        "risks": [
            risk("The risk of more human cases as temperatures stay high {trend}",
                 mit=("spraying has been extended to every zone with a positive sample",)),
            risk("The risk of mosquitoes becoming resistant to the spray {trend}",
                 mit=("the lab is testing resistance and crews rotate products",)),
            risk("Bees being harmed by spraying",
                 mit=("beekeepers are told 48 hours ahead and spraying is done after dark",)),
        ],
        "next": [
            it("Next aerial treatment is planned for {aerial}", aerial="date 1 5"),
            it("Board of trustees briefing on {board}", board="date 3 10"),
        ],
    },
    SIZES,
    date(2026, 8, 3), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

LASSA = Partner(
    "ng-state-moh-lassa",
    "Lassa fever outbreak",
    ("Ondo State Ministry of Health", "Edo State Ministry of Health", "Bauchi State Ministry of Health",
     "Ebonyi State Ministry of Health"),
    {},
    {
        "hl": [
            it("The Lassa fever emergency operations centre was activated on {eoc}", eoc="date -21 -21"),
            it("{confirmed} confirmed cases have been recorded this year{confirmed.was}", confirmed="n 5 300"),
        ],
        "sit": [
            it("{lgas} local government areas have reported at least one confirmed case{lgas.was}",
               lgas="n 2 14"),
            it("The case fatality rate among confirmed cases is {cfr}{cfr.was}", cfr="pct 10 25"),
        ],
        "imp": [
            it("Elective surgery at the federal medical centre has been postponed"),
            it("{hcw} health workers have been infected since the start of the year{hcw.was}", hcw="n 2 12"),
        ],
        "ta": [
            it("All confirmed cases are treated with ribavirin at the treatment centre"),
            it("{admitted} patients are on admission at the isolation ward{admitted.was}", admitted="n 2 40"),
        ],
        "tb": [
            it("{contacts} contacts are under follow-up{contacts.was}", contacts="n 20 900"),
            it("Rapid response teams are investigating every new case within 24 hours"),
        ],
        "help": [
            it("Families of patients receive food and transport support while on admission"),
            it("Psychologists are counselling survivors before they are discharged"),
        ],
        "staff": [
            it("{trained} health workers were trained on infection prevention and control{trained.was}",
               trained="n 20 400"),
            it("Ad hoc nurses have been engaged to staff the isolation ward"),
        ],
        "money": [
            it("Funds released by the state government for the response total {funds}", funds="cum 50 900"),
            it("Allowances for the rapid response teams cost {week} a week", week="money 2 30"),
        ],
        "risks": [
            risk("The risk of spread among health workers {trend}",
                 mit=("personal protective equipment has been distributed to all secondary facilities",)),
            risk("The risk of running short of ribavirin {trend}",
                 mit=("a request for more stock has been sent to the national centre",)),
            risk("Late presentation of cases to hospital",
                 mit=("town criers and radio jingles urge people with fever to go early",)),
        ],
        "next": [
            it("Review meeting of the emergency operations centre on {review}", review="date 2 6"),
            it("Rodent control campaign in the hotspot wards begins on {rodent}", rodent="date 4 12"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

GNSS = Partner(
    "intl-gnss-firmware-outage",
    "GNSS network outage",
    ("Toitū Te Whenua Land Information New Zealand", "Ordnance Survey", "Geoscience Australia", "Tailte Éireann"),
    {},
    {
        "hl": [
            it("A receiver firmware update installed on {update} took reference stations offline",
               update="date -4 -4"),
            it("{online} reference stations are back online{online.was}", online="n 5 90"),
        ],
        "sit": [
            it("The receiver manufacturer has confirmed a fault in the new firmware"),
            it("{offline} stations are still offline or sending incomplete data{offline.was}", offline="n 2 40"),
        ],
        "imp": [
            it("Surveyors and machine guidance users in the worst-affected areas have no real-time corrections"),
            it("{gaps} hours of data are missing from the national archive{gaps.was}", gaps="n 5 90"),
        ],
        "ta": [
            it("Engineers are rolling back the firmware station by station over the remote link"),
            it("{visits} stations needed a site visit to restart the receiver{visits.was}", visits="n 2 20"),
        ],
        "tb": [
            it("The network correction service is running on the remaining stations"),
            it("Data gaps will be filled from the receivers' internal memory by {backfill}", backfill="date 2 7"),
        ],
        "help": [
            it("The service desk is advising users on switching to single-base corrections"),
            it("{tickets} support requests have been answered{tickets.was}", tickets="n 10 400"),
        ],
        "staff": [
            it("{engineers} engineers are working on the restoration{engineers.was}", engineers="n 3 25"),
            it("Field staff in two regions are on call for site visits"),
        ],
        "money": [
            it("Costs of the incident to date are {cost}", cost="cum 10 300"),
            it("Site visits and travel are costing {week} a week", week="money 1 15"),
        ],
        "risks": [
            risk("The risk of stations failing again after a power cycle {trend}",
                 mit=("automatic firmware updates have been switched off across the network",)),
            risk("The risk of users relying on degraded positions without knowing {trend}",
                 mit=("quality flags are broadcast and a notice is on the service status page",)),
            risk("Loss of data at stations whose memory is nearly full",
                 mit=("those stations are downloaded first",)),
        ],
        "next": [
            it("Call with the receiver manufacturer on {call}", call="date 1 3"),
            it("Restore the full network by {restore}", restore="date 4 12"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
