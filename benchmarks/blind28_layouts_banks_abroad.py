"""Item ideas of three ``blind28_layouts`` publishers further away: a New South Wales public school closed by a
bushfire, a US county fire district's wildfire updates typed into its dispatch system, and a South African (North
West) local municipality's water outage reports written in Setswana (``blind5_layouts_content`` explains the slots).
``blind28_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

TN_LEVELS = ("e a lebelelwa", "e a oketsega", "jaanong e masisi", "jaanong e masisi thata")

SCHOOL = Partner(
    "nsw-school-bushfire",
    "Bushfire Closure",
    ("Kurrajong Flat Public School", "Wattle Creek High School", "Myall Coast Public School",
     "Bellbird Ridge High School"),
    {},
    {
        "summary": [
            it("The school has been non-operational since {closed} under the Department's bushfire direction",
               closed="date -4 -2"),
            it("{lost} teaching days have been lost so far", lost="n 1 9"),
        ],
        "students": [
            it("{online} students logged on to online learning yesterday{online.was}", online="n 40 900"),
            it("Year 12 students can sit their trial exams at the district office on {trials}", trials="date 3 10"),
            it("Wellbeing phone calls reached {checkins} families", checkins="n 10 300"),
        ],
        "site": [
            it("The Rural Fire Service has confirmed the school buildings are undamaged"),
            it("Smoke has got into the library and the hall, which need specialist cleaning"),
            it("The air quality index near the school was {aqi} this morning", aqi="n 50 400"),
        ],
        "staff": [
            it("{teachers} teachers are teaching remotely from home{teachers.was}", teachers="n 5 80"),
            it("{evacuated} staff have been evacuated from their own homes", evacuated="n 0 12"),
        ],
        "costs": [
            it("Cleaning and air filter costs so far are {cost}", cost="cum 5 90"),
            it("Casual teacher costs this week are {casual}", casual="money 5 40"),
        ],
        "risks": [
            risk("Smoke damage to computers and projectors {trend}",
                 mit=("the equipment is being cleaned and tested by the Department's contractor",)),
            risk("Students with asthma exposed to smoke when the school reopens {trend}",
                 mit=("air purifiers will be placed in every classroom before reopening",)),
            risk("Families unable to access online learning",
                 mit=("loan laptops and internet dongles are being posted to families",)),
        ],
        "families": [
            it("A message went to all families on the school app on {msg}", msg="date -1 0"),
            it("The school's Facebook page is updated every afternoon by 3pm"),
        ],
        "next": [
            it("Decide on reopening with the Director, Educational Leadership by {decide}", decide="date 1 3"),
            it("Arrange counsellors for students and staff when the school reopens"),
        ],
    },
    {"summary": (1, 2), "students": (1, 3), "site": (1, 3), "staff": (1, 2), "costs": (1, 2), "risks": (1, 3),
     "families": (1, 2), "next": (1, 2)},
    date(2025, 11, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FIRE = Partner(
    "us-fire-district-cad",
    "Hartley Fire",
    ("Pinal Mesa County Fire District", "Lake Tahoma Fire Protection District", "Cascade Foothills Fire and Rescue",
     "Blue Ridge County Fire-Rescue"),
    {},
    {
        "situation": [
            it("The Hartley Fire has burned {acres} acres{acres.was}", acres="n 200 9000"),
            it("Containment is {cont}{cont.was}", cont="pct 0 80"),
            it("The fire started on {start} near the county landfill", start="date -4 -2"),
        ],
        "behavior": [
            it("A red flag warning is in effect until {rfw} with gusts to 45 mph", rfw="date 0 2"),
            it("Fire activity was moderate overnight with backing fire on the north flank"),
        ],
        "evacuations": [
            it("{homes} homes are under a Level 3 GO evacuation order{homes.was}", homes="n 20 900"),
            it("{threat} structures are threatened", threat="n 50 1500"),
            it("The evacuation center at the high school housed {evacuees} people last night", evacuees="n 10 300"),
        ],
        "resources": [
            it("{personnel} personnel are assigned to the fire{personnel.was}", personnel="n 40 600"),
            it("{engines} engines and {dozers} dozers are working the fire", engines="n 4 40", dozers="n 1 8"),
        ],
        "operations": [
            it("Crews are building dozer line along the east flank"),
            it("Air tankers dropped retardant on the south flank"),
        ],
        "risks": [
            risk("Wind shift pushing the fire toward Cedar Springs {trend}",
                 mit=("contingency lines are cut along Highway 9 and structure protection groups are staged",)),
            risk("Heat illness among firefighters {trend}",
                 mit=("work-rest cycles and hydration checks every two hours",)),
            risk("Falling snags along the fire roads",
                 mit=("sawyers clear snags before crews use the roads",)),
        ],
        "info": [
            it("A community meeting will be held at Station 1 on {meeting}", meeting="date 1 3"),
            it("Evacuation status is posted on the county alert website"),
        ],
        "planned": [
            it("Hold the fire south of Highway 9 through the next operational period"),
            it("Begin damage assessment in the burned area"),
        ],
    },
    {"situation": (1, 3), "behavior": (1, 2), "evacuations": (1, 3), "resources": (1, 2), "operations": (1, 2),
     "risks": (1, 3), "info": (1, 2), "planned": (1, 2)},
    date(2025, 8, 18), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MMASEPALA = Partner(
    "za-nw-water-outage",
    "Water Outage",
    ("Bokamoso Local Municipality", "Kgetleng Valley Local Municipality", "Madikwe Plains Local Municipality",
     "Taung Hills Local Municipality"),
    {},
    {
        "kakaretso": [
            it("Metsi a kgaoletswe mo diwateng di le {wards} go simolola ka {since}", wards="n 2 14",
               since="date -5 -2"),
            it("Malapa a le {households} ga a na metsi{households.was}", households="n 500 20000"),
        ],
        "maemo": [
            it("Letamo la Molatedi le tletse ka {dam}{dam.was}", dam="pct 10 60"),
            it("Pompo e kgolo ya seteishene sa Kgetleng e sa ntse e baakanngwa"),
            it("Ditanka di le {reservoirs} di na le metsi a a lekaneng letsatsi le le lengwe fela",
               reservoirs="n 1 9"),
        ],
        "ditlamorago": [
            it("Dikolo di le {schools} di tswetswe ka ntlha ya tlhaelo ya metsi{schools.was}", schools="n 1 30"),
            it("Kliniki ya Lehurutshe e dirisa metsi a diteraka"),
        ],
        "tsibogo": [
            it("Diteraka tsa metsi di le {tankers} di isa metsi kwa metseng{tankers.was}", tankers="n 3 40"),
            it("Go abilwe dilitara di le {litres} tsa metsi a go nwa", litres="n 5000 200000"),
            it("Mmasepala o kopile thuso go Lefapha la Metsi le Kgeleloleswe"),
        ],
        "badiri": [
            it("Badiri ba le {staff} ba mmasepala ba dira diura tse di oketsegileng", staff="n 10 120"),
            it("Baithaopi ba Red Cross ba thusa go aba metsi"),
        ],
        "ditshenyegelo": [
            it("Ditshenyegelo tsa go hira diteraka go fitlha jaanong ke {cost}", cost="cum 50 900"),
            it("Mmasepala o kopile {grant} go tswa mo letloleng la masetlapelo", grant="money 200 3000"),
        ],
        "risks": [
            risk("Kotsi ya malwetse a a tshelwang ke metsi a a leswe {trend}", levels=TN_LEVELS,
                 mit=("badiri ba boitekanelo ba kgothaletsa baagi go bedisa metsi pele ba a nwa",)),
            risk("Kotsi ya gore pompo e nngwe e senyege pele ga e ntšha e goroga {trend}", levels=TN_LEVELS,
                 mit=("baenjenere ba tlhola dipompo gabedi ka letsatsi",)),
            risk("Kotsi ya dikgaruru tsa baagi ba ba sa bong ba bona metsi",
                 mit=("bakhanselara ba diwate ba kopana le baagi beke nngwe le nngwe",)),
        ],
        "tlhaeletsano": [
            it("Baagi ba itsisiwe ka seromamowa sa Motsweding FM"),
            it("Molaetsa wa SMS o rometswe kwa baaging ba le {sms}{sms.was}", sms="n 1000 40000"),
        ],
    },
    {"kakaretso": (1, 2), "maemo": (1, 3), "ditlamorago": (1, 2), "tsibogo": (1, 3), "badiri": (1, 2),
     "ditshenyegelo": (1, 2), "risks": (1, 3), "tlhaeletsano": (1, 2)},
    date(2025, 10, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
