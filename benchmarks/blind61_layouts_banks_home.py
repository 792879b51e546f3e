"""Item ideas of four ``blind61_layouts`` publishers writing in English: Namibia's regional health directorates in
an outbreak of hepatitis E, Hong Kong's public transport operators under a typhoon signal, the Family Island
administrators of the Bahamas after a hurricane and the Mauritius Police Force's divisions under a cyclone warning
(``blind5_layouts_content`` explains the slots). ``blind61_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
LEVELS = ("being monitored", "rising", "high", "very high")

HEPATITIS = Partner(
    "na-health-hepatitis-e",
    "Hepatitis E outbreak",
    ("Khomas Regional Health Directorate", "Erongo Regional Health Directorate", "Oshana Regional Health Directorate",
     "Omusati Regional Health Directorate"),
    {},
    {
        "hl": [
            it("The hepatitis E outbreak in the informal settlements continues, with new cases every week"),
            it("Cumulative cases reported since the outbreak was declared: {cases}{cases.was}", cases="n 100 8000"),
        ],
        "sit": [
            it("New cases this epidemiological week: {new}{new.was}", new="n 10 400"),
            it("Most cases are young adults aged 15 to 39 years"),
        ],
        "imp": [
            it("Maternal deaths linked to hepatitis E: {deaths}{deaths.was}", deaths="n 1 20"),
            it("Clinics serving the affected constituencies report longer waiting times"),
        ],
        "ta": [
            it("Communal toilets installed or repaired: {toilets}{toilets.was}", toilets="n 5 300"),
            it("Water points are chlorinated daily with support from the town council"),
        ],
        "tb": [
            it("Samples tested by the Namibia Institute of Pathology: {samples}{samples.was}", samples="n 20 900"),
            it("Rapid diagnostic test kits have been distributed to health centres"),
        ],
        "help": [
            it("Hygiene kits and water containers are distributed to households in the hotspots"),
            it("Community health workers visit households to trace cases and give health education"),
        ],
        "staff": [
            it("Health workers deployed to the response: {hw}{hw.was}", hw="n 10 250"),
            it("Environmental health practitioners have been seconded from other districts"),
        ],
        "money": [
            it("Response expenditure to date: {spent}", spent="cum 100 4000"),
            it("A request for {ask} has been submitted to the Emergency Management Fund", ask="money 100 900"),
        ],
        "risks": [
            risk("Risk of spread to new settlements is {trend}", levels=LEVELS,
                 mit=("active case search has been extended to neighbouring settlements",)),
            risk("Risk of deaths among pregnant women is {trend}", levels=LEVELS,
                 mit=("all pregnant women in the hotspots are referred for antenatal follow-up",)),
            risk("Shortage of safe water during the dry season",
                 mit=("water tankers supply the worst-affected blocks",)),
        ],
        "next": [
            it("A review meeting with the regional emergency committee is planned for {review}", review="date 1 3"),
            it("The next bulletin will be published on {next}", next="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 9, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

TYPHOON = Partner(
    "hk-transport-typhoon",
    "Typhoon",
    ("MTR Corporation", "Kowloon Motor Bus", "Citybus", "Sun Ferry"),
    {},
    {
        "hl": [
            it("Services have been affected since Tropical Cyclone Warning Signal No. 8 was issued on {issued}",
               issued="date -1 -1"),
            it("Routes or lines with suspended or reduced service: {routes}{routes.was}", routes="n 2 80"),
        ],
        "sit": [
            it("The Hong Kong Observatory expects the strong winds to ease gradually over the next day"),
            it("Heavy rain has caused flooding at several low-lying stops and stations"),
        ],
        "imp": [
            it("Passenger journeys affected: {journeys}{journeys.was}", journeys="n 1000 90000"),
            it("Fallen trees have blocked a number of roads in the New Territories"),
        ],
        "ta": [
            it("Sections cleared and reopened after inspection: {sections}{sections.was}", sections="n 2 60"),
            it("Engineering teams are inspecting overhead lines, tracks and roads before services resume"),
        ],
        "tb": [
            it("Vehicles and vessels withdrawn for inspection: {withdrawn}{withdrawn.was}", withdrawn="n 5 300"),
            it("Depots on the waterfront have been protected with flood barriers"),
        ],
        "help": [
            it("Passengers are advised to check the latest service information before travelling"),
            it("Staff at major interchanges are helping passengers to find alternative routes"),
        ],
        "staff": [
            it("Frontline and maintenance staff on duty: {staff}{staff.was}", staff="n 50 3000"),
            it("Staff who cannot travel safely to work are excused under the typhoon work arrangements"),
        ],
        "money": [
            it("Estimated cost of repairs to date: {repairs}", repairs="cum 100 4000"),
            it("Fare revenue lost during the suspension is estimated at {lost}", lost="money 100 900"),
        ],
        "risks": [
            risk("Risk of landslides affecting routes on hill sections is {trend}", levels=LEVELS,
                 mit=("slopes along the routes are being inspected with the Geotechnical Engineering Office",)),
            risk("Risk of overcrowding when services resume is {trend}", levels=LEVELS,
                 mit=("additional trips and crowd marshals are deployed at busy stations",)),
            risk("Storm surge at piers and waterfront stations",
                 mit=("pier operations are suspended until water levels fall",)),
        ],
        "next": [
            it("Full service is expected to resume by {resume}", resume="date 1 2"),
            it("The next service update will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HURRICANE = Partner(
    "bs-family-islands-hurricane",
    "Hurricane",
    ("Administrator's Office, Central Abaco", "Administrator's Office, North Andros", "Administrator's Office, Exuma",
     "Administrator's Office, Inagua"),
    {},
    {
        "hl": [
            it("The island was impacted by the hurricane on {landfall}, with hurricane-force winds for several hours",
               landfall="date -2 -2"),
            it("Residents in official shelters: {sheltered}{sheltered.was}", sheltered="n 10 1200"),
        ],
        "sit": [
            it("The Department of Meteorology reports that conditions are improving, with scattered showers expected"),
            it("Storm surge has receded in most coastal settlements"),
        ],
        "imp": [
            it("Homes reported damaged: {homes}{homes.was}", homes="n 10 2000"),
            it("Several settlements remain without electricity and running water"),
        ],
        "ta": [
            it("The airport runway has been cleared of debris and is open to relief flights"),
            it("Government docks assessed and found usable: {docks}{docks.was}", docks="n 1 12"),
        ],
        "tb": [
            it("Customers restored by Bahamas Power and Light: {restored}{restored.was}", restored="n 100 9000"),
            it("The Water and Sewerage Corporation is running generators at the main well fields"),
        ],
        "help": [
            it("Food parcels and water are being distributed from the Administrator's Office"),
            it("Residents who need help should contact the Administrator's Office or the Emergency Operations Centre"),
        ],
        "staff": [
            it("Government personnel deployed on the island: {personnel}{personnel.was}", personnel="n 10 300"),
            it("Marines of the Royal Bahamas Defence Force are assisting with clearing roads"),
        ],
        "money": [
            it("Expenditure on the response to date: {expenditure}", expenditure="cum 100 4000"),
            it("A request for {request} has been made to the Ministry of Finance for emergency repairs",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of waterborne illness in flooded areas is {trend}", levels=LEVELS,
                 mit=("public health teams are distributing chlorine and testing wells",)),
            risk("Risk of injury during the clean-up is {trend}", levels=LEVELS,
                 mit=("residents are reminded to wear protective gear and to report downed lines",)),
            risk("Shortage of fuel for generators", mit=("fuel shipments are scheduled on the mail boat",)),
        ],
        "next": [
            it("A full damage assessment with NEMA is planned for {assessment}", assessment="date 1 3"),
            it("The next situation report will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 21), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYCLONE = Partner(
    "mu-police-cyclone",
    "Cyclone",
    ("Mauritius Police Force – Northern Division", "Mauritius Police Force – Eastern Division",
     "Mauritius Police Force – Southern Division", "Mauritius Police Force – Western Division"),
    {},
    {
        "hl": [
            it("A cyclone warning of Class III has been in force since {since}", since="date -1 -1"),
            it("Incidents reported to the division: {incidents}{incidents.was}", incidents="n 5 300"),
        ],
        "sit": [
            it("Mauritius Meteorological Services report gusts of up to 150 km/h over the division"),
            it("Torrential rain is expected to continue until the evening"),
        ],
        "imp": [
            it("Trees fallen across roads: {trees}{trees.was}", trees="n 2 200"),
            it("Several houses in low-lying areas have been flooded"),
        ],
        "ta": [
            it("Roads closed to traffic: {closed}{closed.was}", closed="n 1 40"),
            it("Traffic on the motorway is controlled by the Traffic Branch at the main roundabouts"),
        ],
        "tb": [
            it("Public beaches are closed and patrolled with the National Coast Guard"),
            it("Fishermen have been advised not to go out to sea"),
        ],
        "help": [
            it("Persons sheltered in refugee centres: {refugees}{refugees.was}", refugees="n 10 900"),
            it("Police officers are assisting elderly persons to reach the refugee centres"),
        ],
        "staff": [
            it("Police officers on duty in the division: {officers}{officers.was}", officers="n 50 800"),
            it("The Special Mobile Force has been placed on standby to support the division"),
        ],
        "money": [
            it("Overtime and fuel expenditure to date: {spent}", spent="cum 100 4000"),
            it("A supplementary allocation of {allocation} has been requested", allocation="money 100 900"),
        ],
        "risks": [
            risk("Risk of flash floods in the division is {trend}", levels=LEVELS,
                 mit=("patrols are deployed to flood-prone areas and residents are warned",)),
            risk("Risk of looting of vacated premises is {trend}", levels=LEVELS,
                 mit=("mobile patrols have been increased at night",)),
            risk("Communication failure if the mobile network goes down",
                 mit=("VHF radio sets have been issued to all police stations",)),
        ],
        "next": [
            it("A damage assessment with the District Council is planned for {assess}", assess="date 1 2"),
            it("The next situation report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
