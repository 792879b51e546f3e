"""Item ideas of four ``blind53_layouts`` publishers writing in English: Oregon county emergency management offices
in an ice storm, English water companies after a treatment works failed in hot weather, Victorian local public
health units in a season of Japanese encephalitis and Canadian universities after a fire in a chemistry building
(``blind5_layouts_content`` explains the slots). ``blind53_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

ICESTORM = Partner(
    "us-or-county-ice-storm",
    "Ice storm",
    ("Multnomah County", "Clackamas County", "Washington County", "Marion County"),
    {},
    {
        "hl": [
            it("Freezing rain that began on {storm} coated the county in up to an inch of ice", storm="date -2 -2"),
            it("{outages} customers are still without power{outages.was}", outages="n 2000 150000"),
        ],
        "sit": [
            it("Temperatures are forecast to stay below freezing for at least two more days"),
            it("The county's emergency declaration remains in effect"),
        ],
        "imp": [
            it("{closed} county roads are closed by ice and fallen trees{closed.was}", closed="n 5 200"),
            it("Public transit is running on snow routes only, with delays of up to an hour"),
        ],
        "ta": [
            it("Utility crews have restored power to {restored} of affected customers{restored.was}",
               restored="pct 20 95"),
            it("Crews are prioritizing hospitals, water pump stations and warming centers"),
        ],
        "tb": [
            it("Road crews have cleared {trees} downed trees from county roads{trees.was}", trees="n 20 1500"),
            it("Sanding trucks are working around the clock on bridges and hills"),
        ],
        "help": [
            it("{centers} warming centers are open overnight{centers.was}", centers="n 2 20"),
            it("Call 211 for a free ride to a warming center"),
        ],
        "staff": [
            it("{staff} county staff are working in the Emergency Coordination Center and in the field{staff.was}",
               staff="n 20 300"),
            it("Outreach teams are checking on people sleeping outside"),
        ],
        "money": [
            it("County storm costs so far total {spend}", spend="cum 100 4000"),
            it("The county has requested {aid} in state emergency assistance", aid="money 100 900"),
        ],
        "risks": [
            risk("The risk of hypothermia for people without heat {trend}",
                 mit=("outreach teams hand out blankets and offer rides to warming centers",)),
            risk("The risk of injuries from falling ice and branches {trend}",
                 mit=("residents are urged to stay away from trees and downed lines",)),
            risk("Drivers going around road closure signs",
                 mit=("sheriff's deputies are staffing the worst closures",)),
        ],
        "next": [
            it("The next update will be posted in the evening of {next}", next="date 1 1"),
            it("Warming centers will stay open at least through {through}", through="date 2 5"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SUPPLY = Partner(
    "gb-water-company-supply",
    "Loss of supply",
    ("South East Water", "Southern Water", "Affinity Water", "Anglian Water"),
    {},
    {
        "hl": [
            it("A failure at the water treatment works on {failure} left customers in the area without water or "
               "with low pressure", failure="date -2 -2"),
            it("{without} properties are currently without water{without.was}", without="n 500 20000"),
        ],
        "sit": [
            it("The treatment works is back in operation but producing less water than customers are using"),
            it("Demand remains high because of the hot weather"),
        ],
        "imp": [
            it("Schools and businesses in the affected postcodes have closed or shortened their opening hours"),
            it("{psr} customers on our Priority Services Register live in the affected area{psr.was}",
               psr="n 200 6000"),
        ],
        "ta": [
            it("The works is producing {output} of its normal output{output.was}", output="pct 40 100"),
            it("Engineers have replaced the failed filter valves and are bringing the last stream back into service"),
        ],
        "tb": [
            it("{tankers} tankers are pumping water directly into the network{tankers.was}", tankers="n 5 80"),
            it("Water quality samples taken since supplies returned have all been satisfactory"),
        ],
        "help": [
            it("{stations} bottled water stations are open from 8am to 8pm{stations.was}", stations="n 2 12"),
            it("Bottled water is being delivered to customers on our Priority Services Register"),
        ],
        "staff": [
            it("{colleagues} colleagues and contractors are working on the incident{colleagues.was}",
               colleagues="n 50 900"),
            it("Volunteers from partner organisations are helping at the bottled water stations"),
        ],
        "money": [
            it("Compensation paid automatically to affected customers so far totals {comp}", comp="cum 100 4000"),
            it("Hiring tankers and buying bottled water is costing around {hire} a day", hire="money 10 300"),
        ],
        "risks": [
            risk("The risk that demand outstrips supply again over the weekend {trend}",
                 mit=("we are asking customers to use water only for essential needs",)),
            risk("The risk of discoloured water when the network is refilled {trend}",
                 mit=("we are refilling mains slowly and flushing hydrants",)),
            risk("Anti-social behaviour at bottled water stations",
                 mit=("security staff are present at every station",)),
        ],
        "next": [
            it("Our next stakeholder update will be issued on {next}", next="date 1 1"),
            it("We expect supplies to be fully restored by {restore}", restore="date 2 5"),
        ],
    },
    SIZES,
    date(2026, 7, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

JEV = Partner(
    "au-vic-lphu-jev",
    "Japanese encephalitis",
    ("Loddon Mallee Public Health Unit", "North Eastern Public Health Unit", "Goulburn Valley Public Health Unit",
     "Grampians Wimmera Southern Mallee Public Health Unit"),
    {},
    {
        "hl": [
            it("Japanese encephalitis virus has been detected in mosquitoes trapped in the region since {first}",
               first="date -14 -14"),
            it("{cases} human cases of Japanese encephalitis have been confirmed in the region this "
               "season{cases.was}", cases="n 2 12"),
        ],
        "sit": [
            it("Recent flooding along the Murray River has created ideal breeding conditions for mosquitoes"),
            it("Mosquito numbers are expected to stay high until the first frosts"),
        ],
        "imp": [
            it("{hospitalised} people have been admitted to hospital with mosquito-borne illness{hospitalised.was}",
               hospitalised="n 2 20"),
            it("Several outdoor community events have been rescheduled to avoid dusk and dawn"),
        ],
        "ta": [
            it("{traps} mosquito traps are being checked each week across the region{traps.was}", traps="n 10 90"),
            it("Councils are treating standing water in parks and drains with larvicide"),
        ],
        "tb": [
            it("{doses} doses of Japanese encephalitis vaccine have been given in the region{doses.was}",
               doses="n 200 9000"),
            it("Free vaccination is available to eligible people who live or work in the high-risk areas"),
        ],
        "help": [
            it("Free mosquito repellent is available at council offices and libraries"),
            it("Pop-up vaccination clinics are running at {clinics} locations{clinics.was}", clinics="n 2 20"),
        ],
        "staff": [
            it("{staff} staff are working on the response across the unit and partner agencies{staff.was}",
               staff="n 10 90"),
            it("Environmental health officers from local councils are supporting mosquito surveillance"),
        ],
        "money": [
            it("Spending on the response to date is {spend}", spend="cum 100 3000"),
            it("The department has allocated {grant} to councils for mosquito control", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of further human cases {trend}",
                 mit=("we are urging people to cover up and use repellent, especially at dusk and dawn",)),
            risk("The risk that vaccine supply does not meet demand {trend}",
                 mit=("clinics are prioritising people at highest risk of exposure",)),
            risk("Low awareness among seasonal farm workers",
                 mit=("information is being shared in community languages through employers",)),
        ],
        "next": [
            it("The next update will be published on {next}", next="date 7 7"),
            it("A further round of pop-up clinics will start on {clinic}", clinic="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

LABFIRE = Partner(
    "ca-university-lab-fire",
    "Chemistry building fire",
    ("Memorial University of Newfoundland", "University of Manitoba", "Dalhousie University",
     "University of Saskatchewan"),
    {},
    {
        "hl": [
            it("A fire broke out in the chemistry building on {fire}, and the building remains closed",
               fire="date -2 -2"),
            it("{relocated} classes have been moved to other rooms or online{relocated.was}", relocated="n 20 400"),
        ],
        "sit": [
            it("The fire was contained to the third floor, but smoke and water damaged the floors below"),
            it("The fire marshal's investigation into the cause is ongoing"),
        ],
        "imp": [
            it("{labs} research labs are out of use{labs.was}", labs="n 5 60"),
            it("Labs for first-year chemistry courses are cancelled this week"),
        ],
        "ta": [
            it("Engineers have completed structural checks on {floors} of the building's floor area{floors.was}",
               floors="pct 20 100"),
            it("A restoration contractor is removing water and smoke residue from the lower floors"),
        ],
        "tb": [
            it("Researchers have recovered samples from {freezers} freezers moved to other buildings{freezers.was}",
               freezers="n 5 80"),
            it("Hazardous chemicals on the damaged floor are being removed by a specialist contractor"),
        ],
        "help": [
            it("Student Wellness and the Employee and Family Assistance Program are offering drop-in support"),
            it("Graduate students can apply for extensions to thesis deadlines"),
        ],
        "staff": [
            it("{staff} Facilities Management staff and contractors are working on site{staff.was}",
               staff="n 10 150"),
            it("Campus Safety is staffing the building's entrances around the clock"),
        ],
        "money": [
            it("Emergency restoration costs to date are {cost}", cost="cum 100 4000"),
            it("The university's insurer has approved an initial advance of {advance}", advance="money 100 900"),
        ],
        "risks": [
            risk("The risk of delays to graduate research and thesis defences {trend}",
                 mit=("departments are arranging temporary lab space in other buildings",)),
            risk("The risk of exposure to hazardous materials during clean-up {trend}",
                 mit=("only trained contractors with protective equipment may enter the damaged floors",)),
            risk("Unauthorized entry to the building",
                 mit=("access cards for the building have been suspended",)),
        ],
        "next": [
            it("The next update will be posted on {next}", next="date 1 1"),
            it("A decision on reopening the lower floors is expected by {reopen}", reopen="date 3 7"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
