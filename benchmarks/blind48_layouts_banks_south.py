"""Item ideas of four ``blind48_layouts`` publishers: American school districts after a case of tuberculosis at a
high school, Australian water utilities after PFAS was found in a drinking water supply, Canadian provincial cattle
associations in an anthrax outbreak among cattle on pasture, and Caribbean coastal agencies in a sargassum seaweed
influx (``blind5_layouts_content`` explains the slots). The water utilities keep a risk register, so their risk
section holds more risks. ``blind48_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead
in each publisher's words. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
REGISTER = dict(SIZES, risks=(2, 4))

TB = Partner(
    "us-school-districts-tb",
    "Tuberculosis exposure",
    ("Fresno Unified School District", "Tacoma Public Schools", "Omaha Public Schools", "Anchorage School District"),
    {},
    {
        "hl": [
            it("The county health department confirmed a case of active tuberculosis at the high school on {case}",
               case="date -8 -8"),
            it("{tested} students and staff have been screened so far{tested.was}", tested="n 40 900"),
        ],
        "sit": [
            it("The person with tuberculosis is receiving treatment and is not at school"),
            it("{positive} people have had a positive skin or blood test{positive.was}", positive="n 2 20"),
        ],
        "imp": [
            it("Classes are running as normal and the school remains open"),
            it("{absent} students were absent on the day of the first screening clinic{absent.was}",
               absent="n 10 200"),
        ],
        "ta": [
            it("The school-based clinic is offering blood tests in the gym"),
            it("{letters} exposure letters were sent to families of students in shared classes{letters.was}",
               letters="n 50 900"),
        ],
        "tb": [
            it("Chest x-rays were arranged for {xrays} people with a positive test{xrays.was}", xrays="n 2 20"),
            it("A second round of testing will take place eight weeks after the last exposure"),
        ],
        "help": [
            it("Interpreters in Spanish, Hmong and Somali are available at every clinic"),
            it("School nurses are calling families who have not yet booked a test"),
        ],
        "staff": [
            it("{nurses} nurses from the health department are supporting the clinics{nurses.was}",
               nurses="n 2 20"),
            it("Substitute teachers are covering classes while staff attend screening"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 5 200"),
            it("Transportation to the screening clinics costs {bus} a week", bus="money 1 15"),
        ],
        "risks": [
            risk("The risk of families missing the follow-up test {trend}",
                 mit=("reminders are sent by text, e-mail and phone call in the home language",)),
            risk("Misinformation on social media causing alarm among parents",
                 mit=("the district's website has a questions and answers page updated daily",)),
            risk("The risk of further cases among close contacts {trend}",
                 mit=("close contacts are offered a chest x-ray within the week",)),
        ],
        "next": [
            it("Community information session at the high school on {session}", session="date 1 4"),
            it("Second round of screening begins on {second}", second="date 5 12"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

PFAS = Partner(
    "au-water-utilities-pfas",
    "PFAS in drinking water",
    ("Hunter Water", "Icon Water", "TasWater", "Unitywater"),
    {},
    {
        "hl": [
            it("PFAS above the drinking water guideline was found at the water treatment plant on {found}",
               found="date -10 -10"),
            it("{homes} homes are supplied from the affected plant{homes.was}", homes="n 500 9000"),
        ],
        "sit": [
            it("The affected bore field has been taken out of supply"),
            it("The latest sample at the plant outlet was {level} of the guideline value{level.was}",
               level="pct 20 90"),
        ],
        "imp": [
            it("Customers are asked to use bottled water for infant formula until further notice"),
            it("{calls} customer calls about the water quality were taken{calls.was}", calls="n 50 900"),
        ],
        "ta": [
            it("Water is being blended with supply from the dam to lower PFAS levels"),
            it("{samples} water samples have been sent to the laboratory{samples.was}", samples="n 20 300"),
        ],
        "tb": [
            it("A mobile treatment unit with activated carbon filters is being commissioned"),
            it("The carbon filters will be changed every {weeks} weeks", weeks="n 3 8"),
        ],
        "help": [
            it("Bottled water stations are open at {stations} community halls{stations.was}", stations="n 2 9"),
            it("Customers with medical needs are receiving bottled water at home"),
        ],
        "staff": [
            it("{staff} staff are working on the response{staff.was}", staff="n 10 120"),
            it("Water quality scientists from a neighbouring utility are assisting"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 100 900"),
            it("Bottled water supply costs {water} a week", water="money 5 60"),
        ],
        "risks": [
            risk("The risk of PFAS levels rising after heavy rain {trend}",
                 mit=("daily sampling is in place at the plant outlet",)),
            risk("The risk of bottled water supplies running out at the stations {trend}",
                 mit=("a second supplier is delivering every morning",)),
            risk("Loss of customer confidence in tap water",
                 mit=("results are published on the website every day",)),
            risk("The risk of delays to the mobile treatment unit {trend}",
                 mit=("a spare filter vessel has been hired from interstate",)),
            risk("The risk that blending cannot meet summer demand {trend}",
                 mit=("water restrictions have been prepared for approval",)),
        ],
        "next": [
            it("Meeting with the state health department on {meeting}", meeting="date 1 4"),
            it("Results of the bore field investigation are expected by {results}", results="date 5 14"),
        ],
    },
    REGISTER,
    date(2026, 11, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

ANTHRAX = Partner(
    "ca-cattle-associations-anthrax",
    "Anthrax outbreak",
    ("Saskatchewan Cattle Association", "Manitoba Beef Producers", "Alberta Beef Producers",
     "BC Cattlemen's Association"),
    {},
    {
        "hl": [
            it("Anthrax was confirmed in cattle on a farm in the north of the province on {confirmed}",
               confirmed="date -9 -9"),
            it("{premises} premises are now under quarantine{premises.was}", premises="n 2 20"),
        ],
        "sit": [
            it("{deaths} cattle have died of anthrax so far{deaths.was}", deaths="n 5 90"),
            it("All confirmed cases are on pasture that flooded in the spring"),
        ],
        "imp": [
            it("Quarantined herds cannot be moved or sold for at least 20 days after vaccination"),
            it("{herds} neighbouring herds are being watched for sudden deaths{herds.was}", herds="n 5 60"),
        ],
        "ta": [
            it("{vaccinated} head of cattle have been vaccinated on affected and nearby farms{vaccinated.was}",
               vaccinated="n 200 9000"),
            it("Vaccine is being supplied through local veterinary clinics"),
        ],
        "tb": [
            it("Carcasses are being burned on site where the ground allows"),
            it("Soil around {sites} carcass sites has been treated with formalin{sites.was}", sites="n 2 40"),
        ],
        "help": [
            it("Producers can claim compensation for animals that died under the federal program"),
            it("Our producer help line took {calls} calls this week{calls.was}", calls="n 10 300"),
        ],
        "staff": [
            it("{vets} veterinarians from the provincial and federal agencies are in the field{vets.was}",
               vets="n 2 30"),
            it("Association staff are visiting quarantined farms with the district veterinarian"),
        ],
        "money": [
            it("Costs of vaccine and disposal to date are {cost}", cost="cum 10 400"),
            it("The emergency fund has paid {fund} to producers this week", fund="money 2 40"),
        ],
        "risks": [
            risk("The risk of further cases as cattle graze dry, short pasture {trend}",
                 mit=("producers are advised to move cattle off low-lying pasture",)),
            risk("The risk of a vaccine shortage at local clinics {trend}",
                 mit=("extra doses have been ordered from the manufacturer",)),
            risk("Exposure of people handling carcasses",
                 mit=("gloves, coveralls and masks are supplied to every quarantined farm",)),
        ],
        "next": [
            it("Town hall meeting for producers on {townhall}", townhall="date 1 5"),
            it("Quarantines on the first farms are expected to lift by {lift}", lift="date 7 20"),
        ],
    },
    SIZES,
    date(2026, 7, 20), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

SARGASSUM = Partner(
    "caribbean-coastal-sargassum",
    "Sargassum influx",
    ("Coastal Zone Management Unit, Barbados", "National Environment and Planning Agency, Jamaica",
     "Environmental Management Authority, Trinidad and Tobago", "Department of Environment, Antigua and Barbuda"),
    {},
    {
        "hl": [
            it("Heavy sargassum landings have been reported on the east coast since {since}", since="date -12 -12"),
            it("{beaches} beaches are affected{beaches.was}", beaches="n 3 30"),
        ],
        "sit": [
            it("Satellite images show large mats of seaweed still moving towards the islands"),
            it("About {tonnes} tonnes of sargassum were removed this week{tonnes.was}", tonnes="n 50 900"),
        ],
        "imp": [
            it("Fishers on the east coast cannot launch their boats from the landing sites"),
            it("{complaints} complaints about the smell of rotting seaweed were received{complaints.was}",
               complaints="n 5 200"),
        ],
        "ta": [
            it("Beach clean-up crews are working at {sites} priority sites{sites.was}", sites="n 2 15"),
            it("Heavy equipment is kept off the turtle nesting beaches"),
        ],
        "tb": [
            it("A floating barrier has been placed across the mouth of the fishing harbour"),
            it("Collected seaweed is taken to the composting trial at the agricultural station"),
        ],
        "help": [
            it("Fishers who cannot go to sea are receiving a weekly support payment"),
            it("Residents near the worst beaches were given advice on hydrogen sulphide"),
        ],
        "staff": [
            it("{workers} workers are employed on the clean-up{workers.was}", workers="n 20 300"),
            it("Officers from the fisheries division are supporting the landing sites"),
        ],
        "money": [
            it("Costs of the clean-up to date are {cost}", cost="cum 20 700"),
            it("Hire of loaders and trucks costs {hire} a week", hire="money 5 50"),
        ],
        "risks": [
            risk("The risk of hydrogen sulphide affecting residents near the beaches {trend}",
                 mit=("air quality is monitored daily at the worst sites",)),
            risk("The risk of the barrier breaking in rough seas {trend}",
                 mit=("a spare boom is held at the harbour",)),
            risk("Damage to turtle nests from clean-up work",
                 mit=("wardens mark nests before crews start each morning",)),
        ],
        "next": [
            it("Regional call with other Caribbean states on {call}", call="date 1 5"),
            it("Start the second composting trial by {trial}", trial="date 7 20"),
        ],
    },
    SIZES,
    date(2026, 6, 8), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
