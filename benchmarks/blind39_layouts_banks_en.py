"""Item ideas of two ``blind39_layouts`` publishers writing in English: US city offices of emergency management in
an extreme heat event, and local NGOs in central Myanmar after an earthquake (``blind5_layouts_content`` explains the
slots). ``blind39_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each
publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

HEAT = Partner(
    "us-oem-heat",
    "Extreme Heat",
    ("City of Sonora Flats", "City of Mesquite Valley", "City of Ocotillo Springs", "City of Saguaro Bend"),
    {},
    {
        "summary": [
            it("The Excessive Heat Warning has been in effect since {since}", since="date -3 -3"),
            it("{ed} heat-related emergency department visits were reported in the last 24 hours{ed.was}",
               ed="n 5 120"),
        ],
        "situation": [
            it("The EOC remains at Level 2 (partial activation)"),
            it("Yesterday's high at the airport was {high} °F{high.was}", high="n 108 118"),
        ],
        "forecast": [
            it("NWS expects highs of 112 to 116 °F through {until}", until="date 2 5"),
            it("Overnight lows will stay above {low} °F", low="n 88 96"),
        ],
        "impacts": [
            it("{deaths} suspected heat deaths are under review by the Medical Examiner{deaths.was}", deaths="n 1 30"),
            it("{calls} heat-related 911 calls were received in the last operational period{calls.was}",
               calls="n 20 400"),
        ],
        "cooling": [
            it("{centers} cooling centers are open{centers.was}", centers="n 4 40"),
            it("{visits} visits were logged at cooling centers yesterday{visits.was}", visits="n 100 3000"),
        ],
        "outreach": [
            it("Outreach teams handed out {water} bottles of water{water.was}", water="n 500 20000"),
            it("Two overnight respite centers are open from 7 p.m. to 7 a.m."),
        ],
        "staffing": [
            it("{staff} city staff are assigned to the heat response{staff.was}", staff="n 20 300"),
            it("{cert} CERT volunteers are supporting the cooling centers", cert="n 5 80"),
        ],
        "costs": [
            it("Response costs to date total {cost}", cost="cum 20 2000"),
            it("The state has approved {grant} from the heat relief fund", grant="money 20 600"),
        ],
        "risks": [
            risk("The risk of rolling power outages {trend}",
                 mit=("coordinating with the utility on the critical facilities list",)),
            risk("The risk of cooling center capacity being exceeded {trend}",
                 mit=("two library branches are on standby as overflow sites",)),
            risk("Air conditioning failures at senior housing complexes",
                 mit=("Code Enforcement is checking complexes daily",)),
        ],
        "messaging": [
            it("Heat safety messages went out in English and Spanish on all city channels"),
            it("The heat relief hotline took {hotline} calls yesterday{hotline.was}", hotline="n 20 600"),
        ],
        "next": [
            it("Open two additional cooling centers by {open}", open="date 1 3"),
            it("Brief the City Council on the heat response on {council}", council="date 1 6"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "cooling": (1, 2),
     "outreach": (1, 2), "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "messaging": (1, 2), "next": (1, 2)},
    date(2026, 7, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

QUAKE = Partner(
    "mm-eq-ngo",
    "Earthquake response",
    ("Sagaing Rural Development Association", "Mandalay Community Health Network",
     "Kyaukse Women's Development Group", "Shwebo Youth Volunteer Network"),
    {},
    {
        "summary": [
            it("The earthquake on {quake} destroyed most homes in the villages we work in", quake="date -4 -4"),
            it("We have reached {hh} households with assistance so far{hh.was}", hh="n 100 6000"),
        ],
        "situation": [
            it("Villages west of the river can still only be reached by boat"),
            it("{villages} villages have been assessed by our teams{villages.was}", villages="n 5 120"),
        ],
        "outlook": [
            it("Aftershocks continue and pre-monsoon storms are expected from {storms}", storms="date 2 8"),
            it("Daytime temperatures of up to {temp} °C are forecast", temp="n 36 43"),
        ],
        "damage": [
            it("{homes} homes are destroyed or unsafe in our target villages{homes.was}", homes="n 50 4000"),
            it("{schools} schools and {clinics} rural health centres are damaged", schools="n 2 40",
               clinics="n 1 12"),
        ],
        "shelter": [
            it("{tents} families are sleeping in tents or in the open{tents.was}", tents="n 50 3000"),
            it("Tarpaulins and rope are the items most requested by families"),
        ],
        "wash": [
            it("{wells} tube wells are damaged or contaminated{wells.was}", wells="n 5 150"),
            it("Water trucking reaches {trucked} people a day", trucked="n 200 9000"),
        ],
        "distributions": [
            it("{kits} hygiene kits have been distributed{kits.was}", kits="n 50 3000"),
            it("Multipurpose cash has reached {cashhh} households", cashhh="n 50 2000"),
        ],
        "staff": [
            it("{vols} staff and volunteers are working in the field{vols.was}", vols="n 10 200"),
            it("Two staff members are on leave after losing relatives in the earthquake"),
        ],
        "funding": [
            it("Funds received for the response total {funds}", funds="cum 20 900"),
            it("A proposal for {ask} is pending with the pooled fund", ask="money 50 600"),
        ],
        "risks": [
            risk("The risk of waterborne disease in the camps {trend}",
                 mit=("chlorination of water points and hygiene sessions in every camp",)),
            risk("The risk of checkpoints delaying our trucks {trend}",
                 mit=("travel authorisations are requested three days ahead",)),
            risk("Fuel shortages in the township", mit=("five days of fuel are kept at the warehouse",)),
        ],
        "next": [
            it("Joint assessment with partners in the eastern villages on {assess}", assess="date 1 4"),
            it("Start the shelter repair programme by {repair}", repair="date 3 10"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "outlook": (1, 2), "damage": (1, 2), "shelter": (1, 2),
     "wash": (1, 2), "distributions": (1, 2), "staff": (1, 2), "funding": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 3, 31), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
