"""Item ideas of four ``blind47_layouts`` publishers of the southern hemisphere and India: an Australian state's
biosecurity teams in a fruit fly outbreak, South African metropolitan municipalities in a bulk water shutdown, Indian
district disaster management authorities in a heat wave, and New Zealand public health services in a whooping cough
outbreak (``blind5_layouts_content`` explains the slots). The municipalities keep their risks in a sheet's rows, so
their risk section holds more risks. ``blind47_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind47_layouts_banks_north import SIZES, TABLE

from sitroom.generate.banks import it, risk

FRUIT_FLY = Partner(
    "au-biosecurity-fruit-fly",
    "Fruit fly outbreak response",
    ("Biosecurity Queensland – Sunshine Coast", "Biosecurity Queensland – Wide Bay", "Biosecurity Queensland – "
     "Darling Downs", "Biosecurity Queensland – Far North"),
    {},
    {
        "hl": [
            it("The outbreak was confirmed on {confirmed} after larvae were found in a backyard tree",
               confirmed="date -10 -10"),
            it("{detections} fruit fly detections have been made inside the control zone{detections.was}",
               detections="n 2 60"),
        ],
        "sit": [
            it("The control zone stays at a radius of 15 kilometres around the first detection"),
            it("{traps} surveillance traps are being checked every week{traps.was}", traps="n 50 900"),
        ],
        "imp": [
            it("{growers} commercial growers cannot send fruit out of the zone without treatment{growers.was}",
               growers="n 5 120"),
            it("Farmers' markets in the zone have stopped selling host fruit"),
        ],
        "ta": [
            it("Field officers inspected {properties} properties this week{properties.was}", properties="n 50 1500"),
            it("Protein bait is being sprayed on host trees within 200 metres of each detection"),
        ],
        "tb": [
            it("Roadside signs and fruit disposal bins are in place at {bins} sites{bins.was}", bins="n 2 30"),
            it("Interstate markets have accepted the treatment protocol for mangoes"),
        ],
        "help": [
            it("The hotline took {calls} calls from residents and growers{calls.was}", calls="n 20 600"),
            it("Growers can apply for free treatment of their packing sheds"),
        ],
        "staff": [
            it("{officers} field officers are working in the control zone{officers.was}", officers="n 10 120"),
            it("Staff from the Darling Downs office are backfilling the surveillance team"),
        ],
        "money": [
            it("Response costs to date are {cost}", cost="cum 50 900"),
            it("The Commonwealth has agreed to share {share} of eradication costs", share="money 50 400"),
        ],
        "risks": [
            risk("The risk of the fly spreading beyond the control zone {trend}",
                 mit=("extra traps are set in a 5 kilometre ring outside the zone",)),
            risk("The risk of growers losing interstate market access {trend}",
                 mit=("the department is negotiating area freedom with the other states",)),
            risk("Residents moving home-grown fruit out of the zone",
                 mit=("disposal bins and signs are placed on every main road out of the zone",)),
        ],
        "next": [
            it("Briefing for growers at the showgrounds on {briefing}", briefing="date 1 4"),
            it("Decision on lifting movement controls by {decision}", decision="date 5 12"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

SHUTDOWN = Partner(
    "za-metros-water-shutdown",
    "Bulk water shutdown",
    ("City of Johannesburg", "City of Tshwane", "City of Ekurhuleni", "Emfuleni Local Municipality"),
    {},
    {
        "hl": [
            it("The bulk supplier's planned maintenance started on {started} and supply is reduced",
               started="date -4 -4"),
            it("{suburbs} suburbs have had low pressure or no water{suburbs.was}", suburbs="n 5 90"),
        ],
        "sit": [
            it("The bulk supplier is pumping at reduced capacity until the pipe work is finished"),
            it("Reservoir levels are at {level} of capacity on average{level.was}", level="pct 15 70"),
        ],
        "imp": [
            it("{complaints} complaints about no water were logged at the call centre{complaints.was}",
               complaints="n 100 5000"),
            it("Some high-lying areas only get water at night"),
        ],
        "ta": [
            it("{empty} reservoirs and towers are empty or critically low{empty.was}", empty="n 2 20"),
            it("Valves are being closed at night to let the reservoirs recover"),
        ],
        "tb": [
            it("{tankers} water tankers are deployed to affected areas{tankers.was}", tankers="n 10 120"),
            it("Static water tanks have been placed at community halls"),
        ],
        "help": [
            it("Hospitals and clinics are supplied first by tanker"),
            it("{schools} schools received water deliveries this week{schools.was}", schools="n 5 150"),
        ],
        "staff": [
            it("{teams} maintenance teams are working shifts around the clock{teams.was}", teams="n 5 60"),
            it("Ward councillors are sharing tanker schedules with residents"),
        ],
        "money": [
            it("The cost of the tanker service to date is {cost}", cost="cum 100 900"),
            it("Overtime for the week came to {ot}{ot.was}", ot="money 50 400"),
        ],
        "risks": [
            risk("The risk of the maintenance running longer than planned {trend}",
                 mit=("daily progress meetings are held with the bulk supplier",)),
            risk("The risk of protests in areas without water {trend}",
                 mit=("councillors and the police are briefed on the tanker routes",)),
            risk("The risk of pipe bursts when supply is restored {trend}",
                 mit=("the system is filled slowly and the valves opened in stages",)),
            risk("Illegal connections to the static tanks",
                 mit=("security guards are posted at the tanks",)),
            risk("The risk of tankers not reaching informal settlements {trend}",
                 mit=("smaller bakkies deliver where the roads are too narrow",)),
        ],
        "next": [
            it("Joint operations committee meeting on {joc}", joc="date 1 3"),
            it("Full supply to be restored by {restore}", restore="date 3 9"),
        ],
    },
    TABLE,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HEAT = Partner(
    "in-ddma-heat-wave",
    "Heat wave",
    ("District Disaster Management Authority, Nagpur", "District Disaster Management Authority, Jaipur",
     "District Disaster Management Authority, Prayagraj", "District Disaster Management Authority, Anantapur"),
    {},
    {
        "hl": [
            it("Heat wave conditions have prevailed in the district since {since}", since="date -5 -5"),
            it("The maximum temperature touched {temp} degrees Celsius yesterday", temp="n 42 48"),
        ],
        "sit": [
            it("The India Meteorological Department has issued an orange alert for the next three days"),
            it("{mandals} blocks reported severe heat wave conditions{mandals.was}", mandals="n 2 20"),
        ],
        "imp": [
            it("{cases} cases of suspected heat stroke were reported{cases.was}", cases="n 5 400"),
            it("Power demand reached a record and there were unscheduled cuts in rural areas"),
        ],
        "ta": [
            it("{tankers} tankers are supplying drinking water to villages{tankers.was}", tankers="n 10 200"),
            it("Water kiosks are open at all bus stands and markets"),
        ],
        "tb": [
            it("{screened} people were screened at heat health camps{screened.was}", screened="n 20000 400000"),
            it("Cold rooms with ORS and IV fluids are ready in every community health centre"),
        ],
        "help": [
            it("{sheds} cooling shelters are open for workers and travellers{sheds.was}", sheds="n 10 300"),
            it("Working hours for labourers under MGNREGA are changed to early morning"),
        ],
        "staff": [
            it("{asha} ASHA workers are doing door-to-door visits{asha.was}", asha="n 200 3000"),
            it("Medical officers on leave have been recalled"),
        ],
        "money": [
            it("Expenditure from the State Disaster Response Fund to date is {cost}", cost="cum 50 900"),
            it("An amount of {release} has been released for drinking water", release="money 20 400"),
        ],
        "risks": [
            risk("The risk of deaths among outdoor workers {trend}",
                 mit=("labour department teams check work sites at midday",)),
            risk("The risk of fires in crop residue and godowns {trend}",
                 mit=("fire tenders are stationed at the block headquarters",)),
            risk("The risk of drinking water sources drying up {trend}",
                 mit=("new borewells are being sanctioned on priority",)),
        ],
        "next": [
            it("Review meeting under the chairmanship of the District Collector on {review}", review="date 1 3"),
            it("Heat action plan awareness drive in all schools by {drive}", drive="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 4, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PERTUSSIS = Partner(
    "nz-public-health-pertussis",
    "Pertussis outbreak",
    ("National Public Health Service – Waikato", "National Public Health Service – Canterbury",
     "National Public Health Service – Bay of Plenty", "National Public Health Service – Northland"),
    {},
    {
        "hl": [
            it("The outbreak was declared on {declared}", declared="date -20 -20"),
            it("{cases} cases have been notified since the outbreak began{cases.was}", cases="n 20 600"),
        ],
        "sit": [
            it("Case numbers are still rising in the under-fives"),
            it("{weekly} new cases were notified in the last week{weekly.was}", weekly="n 5 90"),
        ],
        "imp": [
            it("{infants} infants have been admitted to hospital{infants.was}", infants="n 2 30"),
            it("Two early childhood centres have asked unwell children to stay home"),
        ],
        "ta": [
            it("{doses} pregnancy vaccinations were given this month{doses.was}", doses="n 50 900"),
            it("Pharmacies can now give the pregnancy vaccine without a prescription"),
        ],
        "tb": [
            it("{contacts} close contacts were offered antibiotics{contacts.was}", contacts="n 20 600"),
            it("Case investigation is prioritised where there is a baby in the household"),
        ],
        "help": [
            it("Kaupapa Māori providers have held {clinics} pop-up clinics{clinics.was}", clinics="n 2 40"),
            it("Information packs have gone to every midwife in the region"),
        ],
        "staff": [
            it("{nurses} public health nurses are working on case follow-up{nurses.was}", nurses="n 5 60"),
            it("Staff from the immunisation team are supporting contact tracing"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 20 500"),
            it("Extra funding of {funding} was approved for outreach vaccination", funding="money 20 200"),
        ],
        "risks": [
            risk("The risk of a death in an infant too young to be vaccinated {trend}",
                 mit=("every pregnant person who has not had the vaccine is followed up",)),
            risk("The risk of public health staff becoming overwhelmed {trend}",
                 mit=("contact tracing of adult cases is limited to high-risk settings",)),
            risk("Low uptake in communities with poor access to primary care",
                 mit=("mobile clinics visit marae and schools",)),
        ],
        "next": [
            it("Update to the regional leadership group on {update}", update="date 1 4"),
            it("Review of the outbreak case definition by {review}", review="date 5 12"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
