"""Item ideas of three ``blind58_layouts`` publishers writing in English: the provincial offices of Sri Lanka's Road
Development Authority when the south-west monsoon floods the national roads, Pacific ministries of education after a
tropical cyclone and Zambian provincial health offices in a cholera outbreak (``blind5_layouts_content`` explains the
slots). ``blind58_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each
publisher's conventions. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
LEVELS = ("being monitored", "rising", "high", "very high")

ROADS = Partner(
    "lk-rda-monsoon-roads",
    "Flood situation",
    ("RDA Provincial Director's Office (Sabaragamuwa)", "RDA Provincial Director's Office (Southern)",
     "RDA Provincial Director's Office (Western)", "RDA Provincial Director's Office (Central)"),
    {},
    {
        "hl": [
            it("Heavy rains since {since} have caused flooding and earth slips on national roads in the province",
               since="date -3 -3"),
            it("National road sections closed to traffic: {closed}{closed.was}", closed="n 2 40"),
        ],
        "sit": [
            it("The Department of Meteorology forecasts heavy showers above 100 mm in the western slopes"),
            it("The Irrigation Department reports that river levels are falling slowly"),
        ],
        "imp": [
            it("Road sections under water: {flooded}{flooded.was}", flooded="n 2 60"),
            it("Heavy vehicles have been stopped on the A4 road until the water recedes"),
        ],
        "ta": [
            it("Earth slips cleared by RDA maintenance teams: {slips}{slips.was}", slips="n 3 120"),
            it("NBRO has issued landslide warnings for several road sections in the hill areas"),
        ],
        "tb": [
            it("Bridges inspected after the floods: {bridges}{bridges.was}", bridges="n 5 90"),
            it("One culvert was washed away and a temporary Bailey bridge is being installed"),
        ],
        "help": [
            it("Road users are advised to use the alternative routes marked by the Police"),
            it("Up-to-date information on road closures is given by the RDA hotline"),
        ],
        "staff": [
            it("Staff, machinery and backhoe loaders deployed: {staff}{staff.was}", staff="n 10 250"),
            it("Maintenance teams are working with the Tri-Forces and the District Secretariat"),
        ],
        "money": [
            it("Cost of emergency restoration to date: {cost}", cost="cum 100 4000"),
            it("A request for {request} has been made to the Ministry of Highways for permanent repairs",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of further earth slips on roads in the hill areas is {trend}", levels=LEVELS,
                 mit=("road sections below unstable slopes are closed at night",)),
            risk("Undermining of road foundations by flood water is {trend}", levels=LEVELS,
                 mit=("traffic is restricted to light vehicles on the affected sections",)),
            risk("Accidents on roads with damaged surfaces",
                 mit=("warning signs and barricades have been erected",)),
        ],
        "next": [
            it("All closed national roads are expected to reopen by {reopen}", reopen="date 1 3"),
            it("The next situation report will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SCHOOLS = Partner(
    "pacific-moe-cyclone",
    "Education in emergencies",
    ("Ministry of Education and Training, Vanuatu", "Ministry of Education and Training, Tonga",
     "Ministry of Education, Fiji", "Ministry of Education and Human Resources Development, Solomon Islands"),
    {},
    {
        "hl": [
            it("The tropical cyclone that made landfall on {landfall} has closed schools across the affected "
               "provinces", landfall="date -4 -4"),
            it("Schools reported damaged so far: {damaged}{damaged.was}", damaged="n 5 200"),
        ],
        "sit": [
            it("The cyclone has moved away but heavy rain continues over the northern islands"),
            it("Communication with some outer islands is still limited to HF radio"),
        ],
        "imp": [
            it("Students whose schooling is disrupted: {students}{students.was}", students="n 500 40000"),
            it("Many classrooms have lost their roofs and school materials have been soaked"),
        ],
        "ta": [
            it("Schools still in use as evacuation centres: {evac}{evac.was}", evac="n 2 80"),
            it("Principals are working with the National Disaster Management Office to move families to other "
               "shelters"),
        ],
        "tb": [
            it("Temporary learning spaces set up with tents and tarpaulins: {tls}{tls.was}", tls="n 2 120"),
            it("Radio lessons are broadcast every weekday morning for primary students"),
        ],
        "help": [
            it("School kits and recreation kits are being distributed with UNICEF and Save the Children"),
            it("Teachers are giving psychosocial support to students in their first weeks back"),
        ],
        "staff": [
            it("Teachers directly affected by the cyclone: {teachers}{teachers.was}", teachers="n 10 900"),
            it("Education officers have been deployed to the affected provinces to assess schools"),
        ],
        "money": [
            it("Emergency spending by the Ministry to date: {spent}", spent="cum 100 4000"),
            it("The Ministry has requested {request} from development partners to repair classrooms",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of delays in reopening schools still used as evacuation centres is {trend}", levels=LEVELS,
                 mit=("alternative shelters are being identified with the disaster office",)),
            risk("Risk of waterborne disease in schools without safe water is {trend}", levels=LEVELS,
                 mit=("water tanks and purification tablets are being provided to schools",)),
            risk("Loss of examination records and student files",
                 mit=("schools are sending copies to the provincial education office",)),
        ],
        "next": [
            it("All undamaged schools are expected to reopen on {reopen}", reopen="date 1 3"),
            it("The next situation report will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHOLERA = Partner(
    "zm-pho-cholera",
    "Cholera",
    ("Lusaka Provincial Health Office", "Copperbelt Provincial Health Office", "Central Provincial Health Office",
     "Southern Provincial Health Office"),
    {},
    {
        "hl": [
            it("The cholera outbreak declared on {declared} continues in the province", declared="date -20 -20"),
            it("Cumulative cases since the start of the outbreak: {cases}{cases.was}", cases="n 20 3000"),
        ],
        "sit": [
            it("Most new cases are coming from densely populated townships that depend on shallow wells"),
            it("The positivity rate of rapid diagnostic tests has started to fall"),
        ],
        "imp": [
            it("Patients currently admitted in treatment centres: {admitted}{admitted.was}", admitted="n 5 400"),
            it("The case fatality rate is {cfr}{cfr.was}", cfr="pct 1 4"),
        ],
        "ta": [
            it("Cholera treatment centres and units operating: {ctc}{ctc.was}", ctc="n 2 30"),
            it("Oral rehydration points have been opened in the most affected townships"),
        ],
        "tb": [
            it("People vaccinated with oral cholera vaccine: {vaccinated}{vaccinated.was}", vaccinated="n 1000 90000"),
            it("Vaccination teams are moving door to door in the hotspot areas"),
        ],
        "help": [
            it("Community health workers are sharing messages on safe water, hand washing and early treatment"),
            it("Chlorine is being distributed free of charge to households in hotspot areas"),
        ],
        "staff": [
            it("Health workers deployed to treatment centres: {workers}{workers.was}", workers="n 20 400"),
            it("Defence Force medical teams are supporting the largest treatment centre"),
        ],
        "money": [
            it("Expenditure on the response to date: {spent}", spent="cum 100 4000"),
            it("The province has requested {request} from the Ministry of Health for medical supplies",
               request="money 100 900"),
        ],
        "risks": [
            risk("Risk of spread to neighbouring districts along trading routes is {trend}", levels=LEVELS,
                 mit=("screening points have been set up at bus stations and markets",)),
            risk("Risk of stock-outs of intravenous fluids at treatment centres is {trend}", levels=LEVELS,
                 mit=("buffer stocks have been moved from the medical stores agency",)),
            risk("Overflowing pit latrines in flooded townships",
                 mit=("councils are emptying latrines and treating them with lime",)),
        ],
        "next": [
            it("The provincial incident management team will review the response on {review}", review="date 1 3"),
            it("The next situation report will be shared on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
