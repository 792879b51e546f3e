"""Item ideas of four ``blind14_layouts`` publishers of the old English-speaking world: an Australian state
emergency service during an East Coast Low, a US county public health department through a respiratory virus
season, a New Zealand civil defence emergency management group after an ex-tropical cyclone, and a British gas
distribution network after water got into its mains (``blind5_layouts_content`` explains the slots). The
generator's figures, dates and "(up from … )" notes are British English; ``blind14_layouts_content`` prints them
in each publisher's conventions. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SES = Partner(
    "ses-au",
    "East Coast Low – Severe Weather and Flooding",
    ("Kurrajong State Emergency Service", "Tasman Coast State Emergency Service",
     "Carpentaria State Emergency Service", "Wimmera Ranges State Emergency Service"),
    {},
    {
        "key": [
            it("Never drive, ride or walk through floodwater"),
            it("Evacuation Orders are in place for low-lying parts of Coraki and Woodburn"),
            it("Residents of the Lower Clarence should be ready to leave by {leave}", leave="date 0 1"),
            it("Moderate flooding is expected at Grafton from {peak}", peak="date 0 2"),
            it("Stay informed through the Hazards Near Me app and local ABC radio"),
        ],
        "situation": [
            it("The East Coast Low is expected to move offshore by {off}", off="date 1 2"),
            it("{ew} Emergency Warnings and {wa} Watch and Act warnings are current{ew.was}", ew="n 1 12",
               wa="n 2 30"),
            it("Major flooding is occurring on the Orara River at Glenreagh"),
            it("Up to {rain} mm of rain fell in the 24 hours to 9 am", rain="n 80 320"),
        ],
        "forecast": [
            it("The Bureau of Meteorology has a Severe Weather Warning current for damaging winds and heavy rain"),
            it("The Clarence River at Grafton may reach the major flood level of 7.9 metres on {peak}",
               peak="date 0 2"),
            it("A further {rain} mm of rain is forecast for the ranges over the next 24 hours", rain="n 30 150"),
        ],
        "response": [
            it("{rfa} requests for assistance received in the last 24 hours{rfa.was}", rfa="n 150 1800"),
            it("{rescues} flood rescues completed since the start of the event", rescues="n 5 140"),
            it("Storm teams are tarping roofs damaged in Lismore and Casino"),
            it("Resupply of isolated communities by high clearance vehicle and aircraft is under way"),
        ],
        "assistance": [
            it("Evacuation centres are open at the Grafton Showground and Maclean High School"),
            it("{reg} people have registered at evacuation centres{reg.was}", reg="n 40 2600"),
            it("About {isol} properties are isolated by floodwater", isol="n 100 5000"),
        ],
        "workforce": [
            it("{members} SES members are deployed across the zone{members.was}", members="n 120 900"),
            it("{ias} interstate personnel from Tasmania and South Australia arrived overnight", ias="n 20 120"),
            it("{air} aircraft are available, including two rescue helicopters", air="n 3 12"),
        ],
        "risks": [
            risk("The risk of the Coraki levee being overtopped {trend}",
                 mit=("sandbagging crews on the levee and an Evacuation Order drafted ready to issue",)),
            risk("Flash flooding in the Orara Valley overnight",
                 mit=("door knocking of caravan parks and camping grounds before dark",)),
            risk("Fatigue of volunteers after five days of operations",
                 mit=("crew rotations of no more than 12 hours and interstate relief teams",)),
        ],
    },
    {"key": (2, 4), "situation": (2, 3), "forecast": (1, 2), "response": (2, 3), "assistance": (1, 3),
     "workforce": (1, 2), "risks": (1, 2)},
    date(2024, 3, 5), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

COUNTY = Partner(
    "resp-us",
    "Respiratory Virus Season 2023–24",
    ("Harlan Valley County Public Health", "Sauk River County Health Department",
     "Pinecrest County Department of Public Health", "Alder County Health and Human Services"),
    {},
    {
        "key": [
            it("Respiratory illness activity remains high in the county"),
            it("COVID-19 test positivity is {pos}{pos.was}", pos="pct 6 19"),
            it("Influenza hospitalizations decreased for the second week in a row"),
            it("RSV activity is declining in children under 5"),
        ],
        "situation": [
            it("Emergency department visits for influenza-like illness account for {ili} of all visits{ili.was}",
               ili="pct 2 9"),
            it("{flu} laboratory-confirmed influenza cases were reported this week{flu.was}", flu="n 40 900"),
            it("Wastewater SARS-CoV-2 levels at the Riverside treatment plant are moderate"),
            it("Influenza A(H1N1)pdm09 remains the predominant subtype"),
        ],
        "impacts": [
            it("{hosp} residents are hospitalized with COVID-19, influenza or RSV{hosp.was}", hosp="n 20 160"),
            it("ICU occupancy across county hospitals is {icu}", icu="pct 65 98"),
            it("Two hospitals reported emergency department boarding times of more than 12 hours"),
        ],
        "outbreaks": [
            it("{ltcf} active outbreaks in long-term care facilities{ltcf.was}", ltcf="n 1 14"),
            it("{schools} schools reported absenteeism above the 10 percent threshold", schools="n 0 12"),
            it("An influenza outbreak at the county detention center is under investigation"),
        ],
        "response": [
            it("{vax} of residents aged 65 and older have received the updated COVID-19 vaccine", vax="pct 25 48"),
            it("Free flu shot clinics were held at {clinics} locations this week", clinics="n 2 12"),
            it("Antiviral treatment is recommended for all hospitalized patients with suspected influenza"),
        ],
        "risks": [
            risk("The risk of hospitals exceeding staffed bed capacity {trend}",
                 mit=("daily capacity calls with hospitals and activation of the regional transfer center",)),
            risk("Low vaccination coverage among residents of long-term care facilities",
                 mit=("mobile vaccination teams visiting every facility by the end of the month",)),
            risk("Shortage of pediatric antiviral suspension at local pharmacies",
                 mit=("compounding guidance shared with pharmacists and the state stockpile requested",)),
        ],
        "communications": [
            it("Health advisory sent to {han} providers through the Health Alert Network", han="n 200 1800"),
            it("The social media campaign on staying home when sick continues in English and Spanish"),
        ],
        "next": [
            it("The next report will be published on {next}", next="date 7 7"),
            it("Update the school exclusion guidance with the school districts by {due}", due="date 3 10"),
        ],
    },
    {"key": (2, 4), "situation": (2, 3), "impacts": (1, 3), "outbreaks": (1, 2), "response": (1, 3),
     "risks": (1, 2), "communications": (1, 2), "next": (1, 2)},
    date(2024, 1, 12), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

CDEM = Partner(
    "cdem-nz",
    "Ex-Tropical Cyclone Kaia",
    ("Te Awa Nui CDEM Group", "Kaimai Coast CDEM Group", "Rangitāne Plains CDEM Group",
     "Waitaha West Coast CDEM Group"),
    {},
    {
        "situation": [
            it("A state of local emergency remains in force until {until}", until="date 3 7"),
            it("{isol} households remain isolated by slips and flooding{isol.was}", isol="n 50 3000"),
            it("River levels are falling across the region after the overnight peak"),
            it("The MetService heavy rain watch for the ranges was lifted at 06:00"),
        ],
        "impacts": [
            it("{pwr} customers are without power{pwr.was}", pwr="n 100 24000"),
            it("State Highway 2 is closed between Tūtira and Putorino"),
            it("A boil water notice is in place for {bwn} properties on the Haumoana supply", bwn="n 200 6000"),
            it("Cell coverage is limited in the coastal settlements"),
        ],
        "assistance": [
            it("{cdc} Civil Defence Centres are open with {occ} people staying overnight{occ.was}", cdc="n 1 8",
               occ="n 20 900"),
            it("Needs assessments have been completed for {needs} households", needs="n 50 1500"),
            it("Food parcels are being delivered to isolated communities by helicopter"),
        ],
        "response": [
            it("Rapid building assessments have been completed for {rba} buildings", rba="n 40 900"),
            it("NZDF NH90 helicopters are supporting resupply to the Mohaka valley"),
            it("{usar} USAR technicians are deployed to Wairoa", usar="n 6 60"),
        ],
        "risks": [
            risk("The risk of further slips on saturated hillsides {trend}",
                 mit=("geotechnical assessments and cordons around the affected roads",)),
            risk("Fatigue of ECC staff after a week of 12-hour shifts",
                 mit=("staff rotations through the national CIMS resource pool",)),
            risk("Contamination of private rural water supplies",
                 mit=("water testing kits and bottled water distributed to rural households",)),
        ],
        "communications": [
            it("Media releases are shared on the Civil Defence Facebook page and with local radio"),
            it("The public information call centre handled {calls} calls{calls.was}", calls="n 50 1400"),
        ],
        "next": [
            it("Restore road access to Putorino by {open}", open="date 1 4"),
            it("Begin transition planning for recovery with the Recovery Manager"),
            it("Complete welfare needs assessments in the Mohaka valley"),
        ],
    },
    {"situation": (2, 3), "impacts": (2, 3), "assistance": (1, 3), "response": (1, 3), "risks": (1, 3),
     "communications": (1, 2), "next": (1, 3)},
    date(2024, 2, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

GAS = Partner(
    "gdn-uk",
    "Gas supply interruption",
    ("Pennine Gas Distribution", "Westmere Gas Networks", "Solent and Downs Gas", "Anglia Gas Networks"),
    {},
    {
        "key": [
            it("We have restored gas to {restored} properties{restored.was}", restored="n 300 6000"),
            it("Around {left} homes are still without gas", left="n 50 3000"),
            it("We expect everyone to have their gas back by {eta}", eta="date 1 4"),
        ],
        "impacts": [
            it("Homes and businesses in Kelsey Bridge, Holme Lane and the Mill Estate are affected"),
            it("{sch} schools are closed because they have no heating", sch="n 0 6"),
            it("{psr} customers on our Priority Services Register are affected{psr.was}", psr="n 40 900"),
        ],
        "actions": [
            it("{eng} engineers are working in the area today{eng.was}", eng="n 40 400"),
            it("We have pumped {litres} litres of water out of our gas pipes so far", litres="n 5000 600000"),
            it("Engineers are visiting every property to turn the supply off at the meter and then safely back on"),
            it("We are working with the water company to repair the burst main that flooded our pipes"),
        ],
        "assistance": [
            it("{heaters} electric heaters and {hobs} hot plates have been handed out{heaters.was}",
               heaters="n 200 5000", hobs="n 100 3000"),
            it("Our customer welfare unit is at Kelsey Bridge Community Centre from 8am to 8pm"),
            it("Domestic customers will receive compensation under the Guaranteed Standards of Performance"),
            it("Hotel rooms are available for vulnerable customers who need them"),
        ],
        "risks": [
            risk("The number of properties we cannot get into {trend}",
                 mit=("we leave a card and come back the next day, so please call us to book a time",)),
            risk("Freezing temperatures forecast overnight",
                 mit=("priority visits to vulnerable customers and extra heaters from our depot",)),
            risk("More water getting into the network from the burst main",
                 mit=("pumping units stationed at the lowest points of the network",)),
        ],
        "situation": [
            it("{at} – We were called to reports of low gas pressure in Kelsey Bridge", at="date 0 0"),
            it("{at} – Water from a burst main was found in our gas pipes", at="date 0 0"),
            it("{at} – We began turning off the supply to the affected streets to keep people safe", at="date 0 0"),
            it("{at} – The first streets had their gas turned back on", at="date 0 0"),
            it("{at} – Our welfare unit arrived at the community centre", at="date 0 0"),
        ],
    },
    {"key": (2, 3), "impacts": (1, 3), "actions": (2, 3), "assistance": (1, 3), "risks": (1, 2),
     "situation": (2, 4)},
    date(2024, 12, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
