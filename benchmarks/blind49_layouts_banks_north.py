"""Item ideas of four ``blind49_layouts`` publishers: Canadian provincial archives after a burst pipe flooded their
storage vaults, American state universities' facilities services after the central heating plant failed in a cold
spell, Northern Ireland councils in a disruption of heating oil deliveries, and the governments of the Channel Islands
and the Isle of Man after nests of the Asian hornet were found (``blind5_layouts_content`` explains the slots).
``blind49_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

VAULTS = Partner(
    "ca-provincial-archives-vault-flood",
    "Vault flood",
    ("Provincial Archives of Alberta", "Archives of Manitoba", "Provincial Archives of New Brunswick",
     "Nova Scotia Archives"),
    {},
    {
        "hl": [
            it("A sprinkler pipe burst above the lower storage vault on {burst}", burst="date -9 -9"),
            it("{boxes} boxes of records have been moved to the freezer truck for drying{boxes.was}",
               boxes="n 40 900"),
        ],
        "sit": [
            it("The water has been pumped out and the vault is being dried with dehumidifiers"),
            it("Relative humidity in the vault is down to {rh}{rh.was}", rh="pct 45 80"),
        ],
        "imp": [
            it("The reading room is closed to researchers until further notice"),
            it("{series} record series are confirmed wet or damaged{series.was}", series="n 5 120"),
        ],
        "ta": [
            it("Conservators are triaging wet photographs and maps first"),
            it("{frozen} boxes have been vacuum freeze-dried by the contractor{frozen.was}", frozen="n 10 400"),
        ],
        "tb": [
            it("The plumbing contractor has replaced the failed section of pipe"),
            it("Shelving in the lower vault will be inspected for rust by {shelves}", shelves="date 3 9"),
        ],
        "help": [
            it("Researchers with booked visits are offered digitized copies by email"),
            it("{donors} donors have been told about the condition of their records{donors.was}", donors="n 3 40"),
        ],
        "staff": [
            it("{volunteers} staff and volunteers are working on the salvage each day{volunteers.was}",
               volunteers="n 6 40"),
            it("Staff handling wet records wear masks and gloves and take breaks every two hours"),
        ],
        "money": [
            it("Costs of salvage and drying to date are {cost}", cost="cum 20 500"),
            it("The freezer truck and dehumidifiers are costing {week} a week", week="money 3 40"),
        ],
        "risks": [
            risk("The risk of mould growing on damp records {trend}",
                 mit=("wet boxes are frozen within 48 hours and the vault is checked twice a day",)),
            risk("The risk of losing the order of records as boxes are moved {trend}",
                 mit=("every box is labelled and logged before it leaves the vault",)),
            risk("Further leaks from the old pipework above the upper vault",
                 mit=("the sprinkler system has been drained and a fire watch is in place",)),
        ],
        "next": [
            it("Meeting with the insurer's adjuster on {adjuster}", adjuster="date 1 4"),
            it("Reopen the reading room by {reopen}", reopen="date 10 21"),
        ],
    },
    SIZES,
    date(2026, 1, 19), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

HEATING = Partner(
    "us-university-heating-plant",
    "Heating plant outage",
    ("University of Wyoming", "University of North Dakota", "University of Minnesota Duluth",
     "Montana State University"),
    {},
    {
        "hl": [
            it("The central heating plant lost both steam boilers early on {lost}", lost="date -3 -3"),
            it("{heated} campus buildings are back on heat{heated.was}", heated="n 5 60"),
        ],
        "sit": [
            it("One boiler is running at reduced pressure while the second is repaired"),
            it("{cold} buildings are still below 60 degrees{cold.was}", cold="n 2 30"),
        ],
        "imp": [
            it("Classes in the science buildings have moved online for the rest of the week"),
            it("{pipes} frozen pipes have been reported in residence halls{pipes.was}", pipes="n 2 40"),
        ],
        "ta": [
            it("The boiler manufacturer's technician has replaced the burner controls"),
            it("Tube inspections on the second boiler will finish by {tubes}", tubes="date 1 4"),
        ],
        "tb": [
            it("{heaters} portable heaters have been placed in critical spaces{heaters.was}", heaters="n 20 300"),
            it("A rented temporary boiler is connected to the hospital and the research labs"),
        ],
        "help": [
            it("Warming rooms are open in the student union around the clock"),
            it("{moved} students were moved from cold rooms to other residence halls{moved.was}", moved="n 10 400"),
        ],
        "staff": [
            it("{crews} plant operators and trades staff are working extended shifts{crews.was}", crews="n 6 50"),
            it("Custodial staff are checking every building for leaks each night"),
        ],
        "money": [
            it("Costs of the outage to date are {cost}", cost="cum 30 900"),
            it("The temporary boiler rental costs {week} a week", week="money 5 60"),
        ],
        "risks": [
            risk("The risk of freeze damage to research freezers and animal facilities {trend}",
                 mit=("backup generators and portable heat are assigned to every lab on the critical list",)),
            risk("The risk of a failure of the boiler that is still running {trend}",
                 mit=("a second temporary boiler is on standby with the rental company",)),
            risk("Water damage from pipes bursting as buildings warm up",
                 mit=("plumbers walk through each building as the heat comes back on",)),
        ],
        "next": [
            it("Return the second boiler to service by {boiler}", boiler="date 2 7"),
            it("Review of the outage with the campus emergency management team on {review}", review="date 3 10"),
        ],
    },
    SIZES,
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

OIL = Partner(
    "ni-council-heating-oil",
    "Heating oil supply disruption",
    ("Mid Ulster District Council", "Fermanagh and Omagh District Council", "Causeway Coast and Glens Borough Council",
     "Newry, Mourne and Down District Council"),
    {},
    {
        "hl": [
            it("Deliveries of home heating oil have been disrupted since the terminal closed on {closed}",
               closed="date -6 -6"),
            it("{calls} calls have been taken on the council's cold weather helpline{calls.was}",
               calls="n 20 900"),
        ],
        "sit": [
            it("Suppliers are rationing orders to 300 litres per household"),
            it("Waiting times for a delivery are now {wait} working days{wait.was}", wait="n 3 15"),
        ],
        "imp": [
            it("Older residents in rural areas have run out of oil during the cold spell"),
            it("{homes} households have reported having no heating{homes.was}", homes="n 10 400"),
        ],
        "ta": [
            it("The Department for the Economy has asked suppliers to give priority to vulnerable households"),
            it("{tankers} extra tankers are bringing oil from terminals in the Republic{tankers.was}",
               tankers="n 2 20"),
        ],
        "tb": [
            it("Leisure centres are open as warm spaces until 10pm"),
            it("Oil for council depots and care homes is secured until {secured}", secured="date 5 14"),
        ],
        "help": [
            it("{heaters} oil-filled radiators have been lent to vulnerable residents{heaters.was}",
               heaters="n 20 500"),
            it("Community groups are carrying out welfare checks on people living alone"),
        ],
        "staff": [
            it("{staff} council staff have been redeployed to the helpline and warm spaces{staff.was}",
               staff="n 5 60"),
            it("Environmental health officers are supporting the welfare checks"),
        ],
        "money": [
            it("Costs of the council's response to date are {cost}", cost="cum 10 300"),
            it("Running the warm spaces late costs {week} a week", week="money 2 20"),
        ],
        "risks": [
            risk("The risk of harm to vulnerable people left without heating {trend}",
                 mit=("health and social care trusts share lists of high-risk clients with the council daily",)),
            risk("The risk of oil theft from domestic tanks {trend}",
                 mit=("the PSNI has increased patrols and tank alarms are offered to residents",)),
            risk("Unsafe use of portable gas heaters indoors",
                 mit=("fire safety advice is given with every radiator lent",)),
        ],
        "next": [
            it("Emergency Preparedness Group meeting on {epg}", epg="date 1 3"),
            it("Review of warm space opening hours by {review}", review="date 3 8"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

HORNET = Partner(
    "ci-asian-hornet",
    "Asian hornet incursion",
    ("Government of Jersey", "States of Guernsey", "States of Alderney", "Isle of Man Government"),
    {},
    {
        "hl": [
            it("The first Asian hornet nest of the season was found on {first}", first="date -20 -20"),
            it("{nests} nests have been found and destroyed so far this year{nests.was}", nests="n 3 90"),
        ],
        "sit": [
            it("Most nests are in hedges and sheds within two miles of the coast"),
            it("{sightings} confirmed sightings were reported this week{sightings.was}", sightings="n 5 200"),
        ],
        "imp": [
            it("{apiaries} apiaries have reported hornets hunting at their hives{apiaries.was}",
               apiaries="n 2 40"),
            it("Two public footpaths were closed while nests next to them were destroyed"),
        ],
        "ta": [
            it("Volunteers are tracking hornets from bait stations back to their nests"),
            it("The thermal imaging camera found {thermal} nests hidden in dense cover{thermal.was}",
               thermal="n 2 20"),
        ],
        "tb": [
            it("{traps} spring queen traps are being checked by volunteers{traps.was}", traps="n 20 400"),
            it("Trap catches are logged on the shared map every Monday"),
        ],
        "help": [
            it("Beekeepers can borrow entrance reducers and hive muzzles from the team"),
            it("A talk on hornet hunting is being given to each parish"),
        ],
        "staff": [
            it("{hunters} trained volunteer nest hunters are active{hunters.was}", hunters="n 10 150"),
            it("The contractor's pest control technicians destroy nests the same day they are found"),
        ],
        "money": [
            it("Spending on the hornet response this year is {cost}", cost="cum 5 150"),
            it("Nest destruction by the contractor costs {nest} a week", nest="money 1 15"),
        ],
        "risks": [
            risk("The risk of secondary nests being missed in tall trees {trend}",
                 mit=("a cherry picker and a long pole lance have been hired for the summer",)),
            risk("The risk of stings to the public near nests {trend}",
                 mit=("nest sites are cordoned off and warning signs put up",)),
            risk("Volunteer fatigue late in the season",
                 mit=("rotas limit each volunteer to three tracking sessions a week",)),
        ],
        "next": [
            it("Meeting of the hornet working group on {group}", group="date 2 6"),
            it("Autumn trapping begins on {autumn}", autumn="date 10 30"),
        ],
    },
    SIZES,
    date(2026, 6, 8), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
