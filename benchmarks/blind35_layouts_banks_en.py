"""Item ideas of four ``blind35_layouts`` publishers writing in English: Canadian regional health authorities in a
heat emergency, American rural electric cooperatives after an ice storm, American school districts during a
teachers' strike and an international NGO's country offices after an earthquake (``blind5_layouts_content`` explains the
slots). ``blind35_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each
publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

HEAT = Partner(
    "ca-extreme-heat",
    "Extreme heat",
    ("Salish Coast Health", "Okanagan Valley Health Authority", "Kootenay Boundary Health",
     "Northern Rockies Health Authority"),
    {},
    {
        "summary": [
            it("A heat warning has been in effect across the region since {since}", since="date -2 -2"),
            it("Paramedics responded to {calls} heat-related calls yesterday{calls.was}", calls="n 20 600"),
        ],
        "forecast": [
            it("Daytime highs of {high} °C are forecast through the weekend", high="n 30 41"),
            it("Overnight lows will stay above {low} °C, giving little relief indoors", low="n 16 24"),
        ],
        "ed": [
            it("{edvisits} emergency department visits for heat illness were recorded yesterday{edvisits.was}",
               edvisits="n 20 400"),
            it("Waits for a bed at the three largest emergency departments exceeded {wait} hours", wait="n 3 14"),
        ],
        "surveillance": [
            it("Heat-related visits are {above} above the expected level for this time of year", above="pct 20 300"),
            it("Sudden deaths reported to the coroner are being reviewed for a link to the heat"),
        ],
        "cooling": [
            it("{centres} cooling centres are open across the region{centres.was}", centres="n 5 60"),
            it("{visits} people used a cooling centre yesterday", visits="n 100 6000"),
            it("Libraries and community centres have extended their opening hours to 10 pm"),
        ],
        "ltc": [
            it("{homes} long-term care homes reported indoor temperatures above 26 °C", homes="n 2 40"),
            it("Portable air conditioners were delivered to {units} care homes", units="n 2 30"),
        ],
        "staffing": [
            it("{nurses} extra nurses were scheduled in emergency departments{nurses.was}", nurses="n 5 80"),
            it("{outreach} outreach workers are checking on people without housing", outreach="n 10 150"),
        ],
        "costs": [
            it("Response costs to date are {costs}", costs="cum 50 1500"),
            it("Overtime for emergency department staff this week is {overtime}", overtime="money 20 400"),
        ],
        "risks": [
            risk("The risk of deaths among older people living alone {trend}",
                 mit=("wellness calls to registered clients and door-to-door checks in high-rise buildings",)),
            risk("The risk of emergency departments running out of capacity {trend}",
                 mit=("elective surgery has been reduced and a surge area opened",)),
            risk("Power outages at care homes during peak demand",
                 mit=("generators are on standby at the largest homes",)),
        ],
        "comms": [
            it("Heat alerts reached {reach} people through social media yesterday", reach="n 10000 400000"),
            it("Messages are issued in English, French, Punjabi and Chinese"),
        ],
        "next": [
            it("Review cooling centre hours with municipalities on {review}", review="date 1 2"),
            it("Prepare to stand down the response if the warning ends on {end}", end="date 2 5"),
        ],
    },
    {"summary": (1, 2), "forecast": (1, 2), "ed": (1, 2), "surveillance": (1, 2), "cooling": (1, 3), "ltc": (1, 2),
     "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

OUTAGE = Partner(
    "us-ice-storm-outage",
    "Ice storm outage",
    ("Cedar Valley Electric Cooperative", "Prairie Hills Rural Electric", "Big Bend Electric Membership Corporation",
     "Tri-River Electric Cooperative"),
    {},
    {
        "summary": [
            it("An ice storm on {storm} brought down lines across the co-op's service area", storm="date -3 -3"),
            it("{out} members remain without power{out.was}", out="n 500 15000"),
        ],
        "situation": [
            it("{restored} of members who lost power have been restored", restored="pct 40 98"),
            it("Ice on trees continues to bring down lines in the northern districts"),
        ],
        "weather": [
            it("The National Weather Service expects temperatures below freezing until {thaw}", thaw="date 1 4"),
            it("Winds of up to {wind} mph could bring down more trees", wind="n 15 45"),
        ],
        "grid": [
            it("{poles} broken poles have been replaced{poles.was}", poles="n 10 400"),
            it("Crews restrung {miles} miles of line", miles="n 5 200"),
            it("The Millbrook substation is back in service after its transformer was repaired"),
        ],
        "critical": [
            it("The county hospital and {plants} water plants are running on generators", plants="n 1 6"),
            it("Power is back at {shelters} warming shelters in churches and schools", shelters="n 2 15"),
        ],
        "members": [
            it("The call center answered {calls} calls yesterday{calls.was}", calls="n 300 9000"),
            it("Members on the medical equipment list were called and offered help"),
        ],
        "crews": [
            it("{linemen} line workers are in the field, including mutual aid crews{linemen.was}", linemen="n 40 600"),
            it("Crews arrived from {coops} cooperatives in neighboring states", coops="n 2 12"),
        ],
        "costs": [
            it("Storm restoration costs are estimated at {costs} to date", costs="cum 200 6000"),
            it("Contractor and mutual aid crews cost {contract} a day", contract="money 40 300"),
        ],
        "risks": [
            risk("The risk of injury to line workers on long shifts in icy conditions {trend}",
                 mit=("mandatory rest periods and daily safety briefings",)),
            risk("The risk of a second round of outages from ice-laden trees {trend}",
                 mit=("right-of-way crews are clearing trees along the main feeders",)),
            risk("Shortage of poles and transformers",
                 mit=("materials are borrowed from the statewide emergency stockpile",)),
        ],
        "comms": [
            it("The outage map is updated every 15 minutes"),
            it("Restoration updates are posted on Facebook every morning and evening"),
        ],
        "next": [
            it("Restore power to the remaining members in the Fox Hollow district by {fox}", fox="date 1 3"),
            it("Release mutual aid crews once restoration passes 95%"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "weather": (1, 2), "grid": (1, 3), "critical": (1, 2),
     "members": (1, 2), "crews": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

STRIKE = Partner(
    "us-teachers-strike",
    "Teachers' strike",
    ("Riverbend Unified School District", "Mesa Verde Unified School District", "North Cascade School District",
     "Lakeshore Public Schools"),
    {},
    {
        "summary": [
            it("The teachers' union began a strike on {start} after contract talks broke down", start="date -2 -2"),
            it("{open} schools remain open with substitute staff{open.was}", open="n 5 40"),
        ],
        "schools": [
            it("{closed} schools are closed because of low staffing", closed="n 1 12"),
            it("Before- and after-school programs are suspended at all sites"),
        ],
        "attendance": [
            it("Student attendance yesterday was {att}{att.was}", att="pct 30 85"),
            it("{excused} absences were excused at families' request", excused="n 100 4000"),
        ],
        "meals": [
            it("{meals} grab-and-go meals were served at {sites} sites", meals="n 500 20000", sites="n 5 40"),
            it("Meals are free for every student, with no sign-up needed"),
        ],
        "sped": [
            it("{aides} special education aides are working with the students with the highest needs",
               aides="n 10 200"),
            it("IEP meetings due this week have been rescheduled"),
        ],
        "staffing": [
            it("{subs} substitute teachers are in classrooms today{subs.was}", subs="n 20 600"),
            it("{admins} central office staff are covering classrooms", admins="n 5 80"),
        ],
        "costs": [
            it("Strike-related costs to date are {costs}", costs="cum 50 1500"),
            it("Substitute pay this week totals {subpay}", subpay="money 40 500"),
        ],
        "risks": [
            risk("The risk of unsafe supervision ratios at the largest schools {trend}",
                 mit=("classes are combined in gyms and libraries with extra administrators",)),
            risk("The risk of confrontations at picket lines during drop-off {trend}",
                 mit=("school resource officers are stationed at entrances",)),
            risk("Loss of state funding tied to attendance days",
                 mit=("the district has asked the state for a waiver",)),
        ],
        "comms": [
            it("A daily update goes to families by text, email and the district app"),
            it("The family hotline took {hotline} calls yesterday{hotline.was}", hotline="n 50 2000"),
        ],
        "next": [
            it("Resume bargaining with the union on {bargain}", bargain="date 1 3"),
            it("Publish the plan for make-up instructional days"),
        ],
    },
    {"summary": (1, 2), "schools": (1, 2), "attendance": (1, 2), "meals": (1, 2), "sped": (1, 2),
     "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 4, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

QUAKE = Partner(
    "ngo-earthquake",
    "Earthquake response",
    ("Mercy Bridge International", "Highland Relief Alliance", "OpenHands Humanitarian", "Shelter Forward"),
    {},
    {
        "highlights": [
            it("A magnitude 6.4 earthquake struck the Tarakot valley on {quake}", quake="date -5 -5"),
            it("{affected} people are affected in the districts where we work{affected.was}", affected="n 5000 90000"),
        ],
        "situation": [
            it("{aftershocks} aftershocks above magnitude 4 have been recorded", aftershocks="n 3 60"),
            it("{damaged} houses are fully or partly damaged{damaged.was}", damaged="n 500 20000"),
            it("Night temperatures in the upper villages fall below freezing"),
        ],
        "shelter": [
            it("{tarps} tarpaulins and {blankets} blankets were distributed", tarps="n 100 5000",
               blankets="n 200 9000"),
            it("Winterised tents are on order from the regional warehouse"),
        ],
        "wash": [
            it("Water trucking serves {camps} displacement sites", camps="n 2 30"),
            it("{latrines} emergency latrines have been built", latrines="n 10 400"),
        ],
        "health": [
            it("Our mobile clinics saw {consults} patients{consults.was}", consults="n 50 3000"),
            it("Cases of acute respiratory infection are rising among children"),
        ],
        "access": [
            it("The road to {villages} villages is still blocked by landslides", villages="n 2 30"),
            it("A helicopter shuttle flies relief items to Simkot twice a day"),
        ],
        "staffing": [
            it("{surge} surge staff have arrived from the regional office", surge="n 2 40"),
            it("National staff affected by the earthquake have been given paid leave"),
        ],
        "funding": [
            it("Funds received for the response total {received}", received="cum 100 4000"),
            it("A proposal for {proposal} was submitted to ECHO", proposal="money 200 900"),
        ],
        "risks": [
            risk("The risk of harm to staff from aftershocks in damaged buildings {trend}",
                 mit=("structural checks before any office or warehouse is used",)),
            risk("The risk of aid diversion at distribution points {trend}",
                 mit=("beneficiary lists verified with ward committees and a complaints hotline",)),
            risk("Fuel shortages delaying trucks", mit=("fuel stock bought in advance for two weeks",)),
        ],
        "coordination": [
            it("We lead the shelter cluster sub-group in two districts"),
            it("{meetings} coordination meetings were attended this week", meetings="n 2 15"),
        ],
        "next": [
            it("Start cash distributions in Dhara and Pipalkot by {cash}", cash="date 2 8"),
            it("Complete the multi-sector needs assessment"),
        ],
    },
    {"highlights": (1, 2), "situation": (1, 3), "shelter": (1, 2), "wash": (1, 2), "health": (1, 2),
     "access": (1, 2), "staffing": (1, 2), "funding": (1, 2), "risks": (1, 3), "coordination": (1, 2),
     "next": (1, 2)},
    date(2026, 11, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
