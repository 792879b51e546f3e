"""Item ideas of three council publishers of the ``blind8_layouts`` set: a council's member briefing deck on a
loss of mains water, a housing service's weekly report on its severe weather emergency protocol for people
sleeping rough, and a waste service's daily e-mail during industrial action (``blind5_layouts_content``
explains the slots). A point that opens with a short label ("Schools: …") is one a deck or a wiki indents
under the point above it. The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

DECK = Partner(
    "council-briefing",
    "Loss of Water Supply",
    ("Harrowfield Borough Council", "Stourmouth District Council", "Castlemere City Council",
     "Westbury Downs District Council"),
    {},
    {
        "situation": [
            it("{props} properties without mains water{props.was}",
               "Mains water still off at {props} properties{props.was}", props="n 600 9000"),
            it("Burst on the trunk main at Fordham Road isolated; repair under way by Southfold Water"),
            it("Supply restored to {back} of affected properties{back.was}", back="pct 20 95"),
            it("Southfold Water expect full restoration by {full}", full="date 1 4"),
            it("Low pressure in the higher parts of Castle Hill and Northgate"),
        ],
        "impacts": [
            it("Vulnerable residents are the priority for bottled water deliveries"),
            it("Schools: {schools} closed today{schools.was}", schools="n 2 25"),
            it("Care homes: {homes} supplied by tanker", homes="n 3 20"),
            it("GP surgeries: Northgate practice closed, patients seen at Castle Street"),
            it("Town centre businesses closed or trading with limits"),
            it("Food premises: {food} told to close until supply returns{food.was}", food="n 5 60"),
        ],
        "response": [
            it("{stations} bottled water stations open{stations.was}", stations="n 2 8"),
            it("Council depot at Mill Lane in use as a distribution hub"),
            it("{deliv} doorstep deliveries to priority services customers{deliv.was}", deliv="n 100 2400"),
            it("Leisure centre showers open to residents free of charge"),
            it("Welfare calls: {calls} council tenants called{calls.was}", calls="n 200 3000"),
        ],
        "risks": [
            risk("Bottled water runs out at the stations before the next delivery",
                 mit=("deliveries from Southfold Water doubled and a reserve held at the depot",)),
            risk("The risk of traffic queues at the water stations {trend}",
                 mit=("marshals and a one-way system at the leisure centre site",)),
            risk("Vulnerable people on no register are missed",
                 mit=("door-knocking by council staff and volunteers in the worst-hit streets",)),
            risk("The risk of fires being harder to fight with low hydrant pressure {trend}",
                 mit=("fire service water carriers on standby at Northgate",)),
        ],
        "workforce": [
            it("{staff} council staff redeployed to the water stations{staff.was}", staff="n 10 80"),
            it("Volunteers from the community hub cover the evening shifts"),
            it("Staff rota agreed through to {rota}", rota="date 2 5"),
        ],
        "finance": [
            it("Response costs to date {cost}", cost="cum 10 160"),
            it("Costs to be recovered from Southfold Water"),
            it("Overtime this week {ot}{ot.was}", ot="money 3 25"),
        ],
        "communications": [
            it("Website and social media updated every 2 hours"),
            it("Social media posts reached {reach} people{reach.was}", reach="n 8000 90000"),
            it("Leaflets delivered to every household in the affected area"),
            it("Daily briefing note to all members at 5pm"),
        ],
        "next": [
            it("Next Strategic Coordinating Group meeting on {scg} at 9am", scg="date 1 1"),
            it("Plan the stand-down of the water stations once supply is restored"),
            it("Collect lessons from staff and partners for the debrief"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 4), "response": (2, 4), "risks": (2, 3), "workforce": (1, 2),
     "finance": (1, 2), "communications": (1, 3), "next": (1, 3)},
    date(2024, 2, 6), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

HOUSING = Partner(
    "housing-options",
    "Severe Weather Emergency Protocol",
    ("Kelbury City Council", "Amblecote Borough Council", "Rushden Vale District Council", "Fordingham City Council"),
    {},
    {
        "situation": [
            it("SWEP was activated on {act} when the forecast fell below zero for three nights", act="date -6 -2"),
            it("{rs} people were found sleeping rough on the last street count{rs.was}",
               "The last street count found {rs} people sleeping rough{rs.was}", rs="n 4 40"),
            it("The Met Office forecasts overnight lows below freezing until {until}", until="date 2 9"),
            it("SWEP will stay active while the forecast stays at or below zero"),
        ],
        "accommodation": [
            it("{beds} emergency beds are in use across {sites} sites{beds.was}", beds="n 10 70", sites="n 2 5"),
            it("The night shelter at St Anne's church hall is open from 7pm to 8am"),
            it("{hotel} people have been placed in hotel rooms{hotel.was}", hotel="n 2 30"),
            it("{moved} people have moved on to supported housing since SWEP began{moved.was}", moved="n 1 20"),
        ],
        "outreach": [
            it("Outreach shifts run at 6am and 10pm every day"),
            it("{refused} people turned down an offer of accommodation this week; outreach will keep visiting them",
               refused="n 2 8"),
            it("Joint patrols with the police in the town centre on Friday and Saturday nights"),
            it("{referrals} referrals were received through StreetLink{referrals.was}", referrals="n 5 80"),
        ],
        "risks": [
            risk("Emergency beds are full on the coldest nights",
                 mit=("a standby arrangement with two hotels for up to 10 rooms",)),
            risk("The risk of a death on the street during the cold spell {trend}",
                 mit=("extra outreach shifts on nights forecast below -3C",)),
            risk("Guests with high support needs are placed in hotels without support",
                 mit=("a floating support worker visits each hotel every day",)),
            risk("The risk of gaps in volunteer cover at the night shelter {trend}",
                 mit=("agency staff booked for the weekend shifts",)),
        ],
        "workforce": [
            it("{extra} staff are working extra shifts{extra.was}", extra="n 4 30"),
            it("Two officers from the allocations team are seconded to outreach until {sec}", sec="date 7 21"),
            it("{vols} volunteers are on the night shelter rota{vols.was}", vols="n 12 60"),
        ],
        "finance": [
            it("SWEP spend to date is {spend}", spend="cum 5 60"),
            it("Hotel costs this week were {hotelcost}{hotelcost.was}", hotelcost="money 2 15"),
            it("Costs are met from the rough sleeping initiative grant"),
        ],
        "next": [
            it("Review the SWEP activation against the Met Office forecast on {rev}", rev="date 1 3"),
            it("Agree a move-on plan for every guest before SWEP closes"),
            it("Report to the homelessness partnership board on {board}", board="date 3 10"),
        ],
    },
    {"situation": (2, 3), "accommodation": (2, 3), "outreach": (1, 3), "risks": (2, 3), "workforce": (1, 2),
     "finance": (1, 2), "next": (1, 3)},
    date(2024, 1, 12), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

WASTE = Partner(
    "waste-services",
    "Waste Collection Disruption",
    ("Marlow Heath District Council", "Tindale Borough Council", "Coldbrook District Council",
     "Oakhurst Borough Council"),
    {},
    {
        "situation": [
            it("{rounds} of our 42 rounds went out this morning{rounds.was}", rounds="n 10 40"),
            it("Garden waste collections remain suspended"),
            it("Recycling collections are running a day late in the north of the district"),
            it("The household waste recycling centre at Brook Lane is open as normal"),
        ],
        "impacts": [
            it("{missed} households missed a collection yesterday{missed.was}", missed="n 500 9000"),
            it("{reports} missed bin reports came in through the website{reports.was}", reports="n 100 3000"),
            it("Fly-tipping reports are up in the town centre, with {fly} this week", fly="n 5 60"),
            it("All assisted collections were completed"),
        ],
        "response": [
            it("Agency crews are covering {agency} rounds{agency.was}", agency="n 2 12"),
            it("Skips have been placed at {skips} community sites for general waste", skips="n 3 15"),
            it("Assisted collections, flats and food waste come first"),
            it("Managers and office staff are driving the support vehicles"),
        ],
        "risks": [
            risk("The industrial action is extended beyond {until}", until="date 3 14",
                 mit=("talks with the unions through ACAS continue",)),
            risk("The risk of vermin from uncollected food waste {trend}",
                 mit=("pest control on standby and food waste collected first",)),
            risk("Agency drivers do not know the rural routes",
                 mit=("each agency crew paired with a council loader",)),
            risk("The risk of abuse towards crews and contact centre staff {trend}",
                 mit=("the lone working app and body cameras issued to all crews",)),
        ],
        "workforce": [
            it("{strike} staff are on strike today{strike.was}", strike="n 20 140"),
            it("{sick} crew members are off sick", sick="n 2 15"),
            it("The contact centre is open until 7pm with staff from revenues and benefits"),
        ],
        "communications": [
            it("Collection updates are posted on the website by 8am each day"),
            it("The contact centre took {calls} calls yesterday{calls.was}", calls="n 200 2500"),
            it("A briefing goes to ward members each evening"),
        ],
        "next": [
            it("Catch-up rounds are planned for Saturday in the worst-affected areas"),
            it("Meet the union representatives on {meet}", meet="date 1 3"),
            it("Decide whether to restart garden waste collections on {gw}", gw="date 2 6"),
        ],
    },
    {"situation": (2, 3), "impacts": (2, 3), "response": (2, 3), "risks": (1, 3), "workforce": (1, 2),
     "communications": (1, 2), "next": (1, 2)},
    date(2024, 3, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
