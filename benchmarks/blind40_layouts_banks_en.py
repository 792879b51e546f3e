"""Item ideas of three ``blind40_layouts`` publishers writing in English: US county health departments in a cluster
of Legionnaires' disease, English councils writing Easy Read updates after a winter storm's long power cuts, and
Australian local control centres in an outbreak of avian influenza on poultry farms (``blind5_layouts_content``
explains the slots). ``blind40_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

LEGIONELLA = Partner(
    "us-county-legionella",
    "Legionnaires' disease cluster",
    ("Harmon County Public Health", "Lakeview County Health Department", "Brennan County Department of Health",
     "Twin Rivers Health District"),
    {},
    {
        "summary": [
            it("The cluster of Legionnaires' disease first reported on {first} is still under investigation",
               first="date -6 -6"),
            it("{cases} confirmed cases are now linked to the cluster{cases.was}", cases="n 3 90"),
        ],
        "epi": [
            it("{hosp} patients remain hospitalized{hosp.was}", hosp="n 2 60"),
            it("{icu} patients are being treated in intensive care", icu="n 1 12"),
        ],
        "actions": [
            it("Health orders were issued to {orders} building owners to disinfect their cooling towers{orders.was}",
               orders="n 2 40"),
            it("A door-to-door survey of the affected ZIP codes was completed"),
        ],
        "environment": [
            it("{towers} cooling towers have been sampled within the one-mile radius{towers.was}", towers="n 5 120"),
            it("Laboratory results for the remaining samples are expected by {results}", results="date 2 6"),
        ],
        "facilities": [
            it("All {hospitals} hospitals in the county have been asked to test pneumonia patients for Legionella",
               hospitals="n 2 9"),
            it("One long-term care facility has restricted showers while its water system is flushed"),
        ],
        "guidance": [
            it("A health alert was sent to clinicians recommending urine antigen testing and a lower respiratory "
               "culture"),
            it("Clinicians should report suspected cases within {hours} hours", hours="n 12 24"),
        ],
        "staffing": [
            it("{staff} staff are assigned to the investigation{staff.was}", staff="n 8 90"),
            it("The state health department has sent {epis} epidemiologists to support case interviews",
               epis="n 1 6"),
        ],
        "costs": [
            it("Response costs to date total {cost}", cost="cum 20 900"),
            it("Laboratory testing has cost {lab} so far", lab="money 5 200"),
        ],
        "risks": [
            risk("The risk of further cases from an unidentified source {trend}",
                 mit=("sampling has been extended to rooftop units outside the radius",)),
            risk("The risk of delays at the public health laboratory {trend}",
                 mit=("samples are split with the state laboratory",)),
            risk("Misinformation about tap water on social media",
                 mit=("a frequently asked questions page explains that tap water is safe to drink",)),
        ],
        "messaging": [
            it("A press conference was held with the mayor on {press}", press="date -2 -1"),
            it("The call center answered {calls} calls from residents{calls.was}", calls="n 20 900"),
        ],
        "next": [
            it("Complete interviews with all new cases by {interviews}", interviews="date 1 3"),
            it("Hold the next partner call on {partners}", partners="date 1 4"),
        ],
    },
    {"summary": (1, 2), "epi": (1, 2), "actions": (1, 2), "environment": (1, 2), "facilities": (1, 2),
     "guidance": (1, 2), "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "messaging": (1, 2), "next": (1, 2)},
    date(2026, 7, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

EASY_LEVELS = ("is something we are watching", "is getting bigger", "is now serious", "is now very serious")

STORM = Partner(
    "gb-easy-read-storm",
    "Storm update",
    ("Northmoor Council", "Allen Vale Council", "Coquet Valley Council", "Wansbeck and Tyne Council"),
    {},
    {
        "summary": [
            it("A big storm hit our area on {storm}", storm="date -4 -4"),
            it("{homes} homes still have no electricity{homes.was}", homes="n 100 9000"),
        ],
        "situation": [
            it("Engineers are working day and night to fix the power lines"),
            it("{schools} schools are still closed{schools.was}", schools="n 1 40"),
        ],
        "forecast": [
            it("The weather will stay very cold until {cold}", cold="date 2 6"),
            it("There may be snow on high ground on {snow}", snow="date 1 4"),
        ],
        "impacts": [
            it("{trees} roads are blocked by fallen trees{trees.was}", trees="n 2 90"),
            it("Some people cannot cook or keep warm at home"),
        ],
        "power": [
            it("The power company says most homes will have power again by {power}", power="date 2 7"),
            it("{generators} generators have been taken to villages with no power", generators="n 2 40"),
        ],
        "warm": [
            it("{warm} warm places are open in village halls and libraries{warm.was}", warm="n 2 40"),
            it("You can get a hot drink and charge your phone at a warm place"),
        ],
        "help": [
            it("We have taken {meals} hot meals to people at home{meals.was}", meals="n 20 3000"),
            it("We have phoned {calls} people who get care and support from us", calls="n 50 2000"),
        ],
        "staff": [
            it("{staff} council staff are helping with the storm{staff.was}", staff="n 20 600"),
            it("Volunteers are helping us to check on people who live alone"),
        ],
        "money": [
            it("The storm has cost the council {cost} so far", cost="cum 20 900"),
            it("The Government will give us {grant} to help people", grant="money 20 500"),
        ],
        "risks": [
            risk("The risk that people get too cold at home {trend}",
                 mit=("we are visiting people who are on their own",), levels=EASY_LEVELS),
            risk("The risk that people eat food that has gone bad {trend}",
                 mit=("we are telling people which food to throw away",), levels=EASY_LEVELS),
            risk("Some care workers cannot get to people because of the roads",
                 mit=("we are using four-wheel drive cars",)),
        ],
        "next": [
            it("We will open more warm places by {open}", open="date 1 3"),
            it("We will write the next update on {update}", update="date 1 2"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "power": (1, 2), "warm": (1, 2),
     "help": (1, 2), "staff": (1, 2), "money": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 1, 15), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

AU_LEVELS = ("is being monitored", "is rising", "is now rated high", "is now rated extreme")

AVIAN = Partner(
    "au-lcc-avian-influenza",
    "Avian influenza response",
    ("Moorabool Local Control Centre", "Strathbogie Local Control Centre", "Hopkins Local Control Centre",
     "Barwon Local Control Centre"),
    {},
    {
        "keypoints": [
            it("H7 highly pathogenic avian influenza was confirmed in the control area on {confirmed}",
               confirmed="date -5 -5"),
            it("{birds} birds on infected premises are awaiting destruction{birds.was}", birds="n 1000 900000"),
        ],
        "situation": [
            it("The Local Control Centre is operating from the shire offices with day and night shifts"),
            it("The restricted area and control area remain in place"),
        ],
        "premises": [
            it("{ips} infected premises remain under quarantine{ips.was}", ips="n 1 12"),
            it("Decontamination of IP2 is expected to be finished by {decon}", decon="date 2 6"),
        ],
        "surveillance": [
            it("{farms} poultry properties in the restricted area have been visited{farms.was}", farms="n 5 200"),
            it("{samples} samples were submitted to the laboratory in the last 24 hours", samples="n 20 900"),
        ],
        "movement": [
            it("{permits} movement permits for eggs and poultry products were issued{permits.was}",
               permits="n 5 400"),
            it("A housing order for all poultry in the control area is in force"),
        ],
        "impacts": [
            it("Egg supply to supermarkets in the state has fallen by {eggs}{eggs.was}", eggs="pct 2 30"),
            it("{workers} farm workers have been stood down on affected properties", workers="n 5 300"),
        ],
        "resourcing": [
            it("{personnel} personnel are deployed to the response{personnel.was}", personnel="n 20 600"),
            it("Interstate deployments have brought {interstate} staff to the control centre",
               interstate="n 2 60"),
        ],
        "finance": [
            it("Response expenditure to date is {spend}", spend="cum 100 5000"),
            it("Compensation claims of {claims} have been lodged by owners", claims="money 50 900"),
        ],
        "risks": [
            risk("The risk of spread to neighbouring properties {trend}", levels=AU_LEVELS,
                 mit=("biosecurity checkpoints operate on all roads into the restricted area",)),
            risk("The risk of fatigue among response personnel {trend}", levels=AU_LEVELS,
                 mit=("shift lengths are capped at twelve hours and rest days are rostered",)),
            risk("Public attendance at infected premises", mit=("police patrol the IP boundaries",)),
        ],
        "comms": [
            it("{calls} calls were taken by the hotline in the last 24 hours{calls.was}", calls="n 10 600"),
            it("A community meeting was held at the town hall on {meeting}", meeting="date -2 -1"),
        ],
        "next": [
            it("Complete destruction and disposal on IP{ipnext} by {disposal}", ipnext="n 3 9",
               disposal="date 1 3"),
            it("Review the restricted area boundary on {boundary}", boundary="date 1 4"),
        ],
    },
    {"keypoints": (1, 2), "situation": (1, 2), "premises": (1, 2), "surveillance": (1, 2), "movement": (1, 2),
     "impacts": (1, 2), "resourcing": (1, 2), "finance": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 5, 28), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
