"""Item ideas of four ``blind47_layouts`` publishers of the northern hemisphere: English further education college
groups after crumbling concrete (RAAC) was found in their buildings, Irish county councils fighting gorse fires on
the hills, Canadian cities in an extreme cold spell, and American hospital systems short of IV fluids after a
supplier's plant closed (``blind5_layouts_content`` explains the slots). The colleges keep a risks table, so their
risk section holds more risks. ``blind47_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the events and
figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
TABLE = dict(SIZES, risks=(2, 4))

RAAC = Partner(
    "gb-colleges-raac",
    "RAAC response",
    ("Capital City College Group", "Chichester College Group", "Nottingham College", "The Sheffield College"),
    {},
    {
        "hl": [
            it("Surveys found RAAC in {blocks} of our buildings{blocks.was}", blocks="n 2 9"),
            it("Most learners have been back on site since {back}", back="date -6 -6"),
        ],
        "sit": [
            it("Four teaching blocks remain closed while the structural engineers finish their checks"),
            it("Around {onsite} of timetabled teaching is taking place on site{onsite.was}", onsite="pct 55 95"),
        ],
        "imp": [
            it("{learners} learners are still taught online for part of the week{learners.was}",
               learners="n 40 900"),
            it("The engineering workshops cannot be used for practical assessments"),
        ],
        "ta": [
            it("Temporary props are in place in {propped} rooms{propped.was}", propped="n 3 40"),
            it("The Department for Education has confirmed the roof replacement at the main campus"),
        ],
        "tb": [
            it("{moved} classes have moved to partner schools and community venues{moved.was}", moved="n 5 60"),
            it("Exam boards have agreed extra time for coursework in the affected subjects"),
        ],
        "help": [
            it("Travel passes were issued to {passes} learners attending other sites{passes.was}",
               passes="n 20 600"),
            it("Learners with high needs have kept their own rooms and support staff"),
        ],
        "staff": [
            it("{staff} staff are working from other campuses{staff.was}", staff="n 10 200"),
            it("Estates teams are working weekends to fit out the temporary classrooms"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 50 900"),
            it("Hire of temporary classrooms is costing {hire} a month{hire.was}", hire="money 20 160"),
        ],
        "risks": [
            risk("The risk of a further block closing at short notice {trend}",
                 mit=("engineers inspect the propped rooms every week",)),
            risk("The risk of learners leaving their courses {trend}",
                 mit=("tutors call every learner who misses two sessions",)),
            risk("The risk of delays to the temporary classrooms {trend}",
                 mit=("a second supplier is lined up for the units",)),
            risk("Students entering cordoned areas of the closed blocks",
                 mit=("fencing and signs are checked by security at every shift change",)),
            risk("The risk that the capital funding does not cover the full repairs {trend}",
                 mit=("costs are shared with the Department for Education each month",)),
        ],
        "next": [
            it("Meeting with the Department for Education on {meeting}", meeting="date 1 4"),
            it("Reopen the library building by {reopen}", reopen="date 4 12"),
        ],
    },
    TABLE,
    date(2026, 3, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

GORSE = Partner(
    "ie-councils-gorse-fires",
    "Gorse fires",
    ("Wicklow County Council", "Kerry County Council", "Donegal County Council", "Galway County Council"),
    {},
    {
        "hl": [
            it("Fire crews have been on the hills since {started}", started="date -4 -4"),
            it("{hectares} hectares of gorse and forestry have burned so far{hectares.was}",
               hectares="n 40 900"),
        ],
        "sit": [
            it("The fire on the northern slope is contained but not yet out"),
            it("{fronts} active fire fronts were reported this morning{fronts.was}", fronts="n 2 9"),
        ],
        "imp": [
            it("{homes} homes were evacuated as a precaution{homes.was}", homes="n 2 60"),
            it("Smoke has closed the scenic route through the national park"),
        ],
        "ta": [
            it("The Air Corps helicopter made {drops} water drops yesterday{drops.was}", drops="n 5 80"),
            it("Firebreaks are being cut with the help of Coillte crews"),
        ],
        "tb": [
            it("{roads} local roads are closed to traffic{roads.was}", roads="n 2 12"),
            it("Gardaí are managing traffic at the approach roads"),
        ],
        "help": [
            it("The community centre has housed {evacuees} people overnight{evacuees.was}", evacuees="n 5 120"),
            it("Farmers have been offered help to move livestock off the hills"),
        ],
        "staff": [
            it("{firefighters} firefighters from four stations are on duty{firefighters.was}",
               firefighters="n 10 120"),
            it("Retained crews from neighbouring counties are providing relief"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 20 600"),
            it("Helicopter hire is costing {heli} a day", heli="money 10 60"),
        ],
        "risks": [
            risk("The risk of the fire crossing into forestry plantations {trend}",
                 mit=("a firebreak is being held along the forest road",)),
            risk("The risk of new fires being started deliberately {trend}",
                 mit=("Gardaí and park rangers are patrolling the known hotspots",)),
            risk("Fatigue among crews working long shifts on steep ground",
                 mit=("shifts are limited to twelve hours with a rest day after three",)),
        ],
        "next": [
            it("Review of the fire danger rating with Met Éireann on {review}", review="date 1 3"),
            it("Reopen the scenic route by {reopen}", reopen="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 4, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

COLD = Partner(
    "ca-cities-extreme-cold",
    "Extreme cold weather response",
    ("City of Winnipeg", "City of Edmonton", "City of Saskatoon", "City of Thunder Bay"),
    {},
    {
        "hl": [
            it("The extreme cold weather alert has been in effect since {alert}", alert="date -4 -4"),
            it("{visits} visits were made to warming centres overnight{visits.was}", visits="n 50 900"),
        ],
        "sit": [
            it("Wind chill values near minus 45 are expected again tonight"),
            it("{nights} nights in a row have been below minus 30{nights.was}", nights="n 2 12"),
        ],
        "imp": [
            it("Emergency departments treated {frostbite} people for frostbite this week{frostbite.was}",
               frostbite="n 2 60"),
            it("Transit buses are running late because of frozen switches and doors"),
        ],
        "ta": [
            it("{centres} warming centres are open around the clock{centres.was}", centres="n 2 14"),
            it("Libraries and recreation centres are extending their hours"),
        ],
        "tb": [
            it("Outreach teams made {contacts} contacts with people sleeping outside{contacts.was}",
               contacts="n 20 400"),
            it("The outreach van is handing out sleeping bags, hand warmers and hot drinks"),
        ],
        "help": [
            it("{rides} free rides to shelters were given by transit{rides.was}", rides="n 10 300"),
            it("Wellness checks are being made on seniors who live alone"),
        ],
        "staff": [
            it("{workers} city staff are redeployed to the response{workers.was}", workers="n 10 150"),
            it("Volunteers from community agencies are staffing two of the centres"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 20 500"),
            it("Overtime is costing {ot} a week{ot.was}", ot="money 10 80"),
        ],
        "risks": [
            risk("The risk of deaths from exposure among people sleeping outside {trend}",
                 mit=("outreach teams check known encampments twice a night",)),
            risk("The risk of warming centres reaching capacity {trend}",
                 mit=("two further centres can open within an hour",)),
            risk("The risk of water main breaks leaving homes without water {trend}",
                 mit=("repair crews are on standby overnight",)),
        ],
        "next": [
            it("Review of the cold weather alert with Environment Canada on {review}", review="date 1 2"),
            it("Debrief with shelter partners by {debrief}", debrief="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FLUIDS = Partner(
    "us-hospitals-iv-fluids",
    "IV fluid shortage",
    ("Mission Health", "Novant Health", "Atrium Health Wake Forest Baptist", "Cone Health"),
    {},
    {
        "hl": [
            it("Our main supplier's plant has been closed since {closed}", closed="date -9 -9"),
            it("We have {days} days of IV fluids on hand at current use{days.was}", days="n 3 20"),
        ],
        "sit": [
            it("Deliveries are capped at 40 percent of our usual order"),
            it("Use of large-volume IV bags is down {cut} from normal{cut.was}", cut="pct 10 45"),
        ],
        "imp": [
            it("{cases} elective surgeries were postponed this week{cases.was}", cases="n 5 120"),
            it("Oral hydration is now the default for stable patients"),
        ],
        "ta": [
            it("Pharmacy is reviewing every IV order over {volume} milliliters", volume="n 500 1000"),
            it("Small-volume bags are reserved for medicines that cannot be given by mouth"),
        ],
        "tb": [
            it("{pumps} infusion pumps were reset to the new default rates{pumps.was}", pumps="n 20 600"),
            it("Premixed bags from a second supplier are being used in the emergency department"),
        ],
        "help": [
            it("{clinics} outpatient clinics received a share of the reserve stock{clinics.was}",
               clinics="n 2 30"),
            it("Patients receiving home infusion have been called about their supplies"),
        ],
        "staff": [
            it("{trained} nurses have completed the conservation training{trained.was}", trained="n 20 900"),
            it("Pharmacists are covering the supply desk around the clock"),
        ],
        "money": [
            it("Extra costs of the shortage to date are {cost}", cost="cum 50 900"),
            it("Spot purchases from other suppliers cost {spot} this week{spot.was}", spot="money 20 200"),
        ],
        "risks": [
            risk("The risk of running out of IV fluids in the emergency department {trend}",
                 mit=("a reserve of two days' stock is held by pharmacy",)),
            risk("The risk of dehydration in patients switched to oral fluids {trend}",
                 mit=("nurses record fluid intake every four hours",)),
            risk("Errors when staff use unfamiliar products from other suppliers",
                 mit=("each new product has a one-page guide on the unit",)),
        ],
        "next": [
            it("Call with the supplier on {call}", call="date 1 3"),
            it("Review of the elective surgery schedule by {review}", review="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 10, 5), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip
