"""Item ideas of four ``blind54_layouts`` publishers writing in English: New South Wales local health districts while
their electronic medical record is down, Florida Medical Reserve Corps units staffing shelters after a hurricane,
New Zealand regional tourism organisations after a cyclone and the regional democratic councils of Guyana in a
season of floods (``blind5_layouts_content`` explains the slots). ``blind54_layouts_content`` prints the amounts,
dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named after real
kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

EMR = Partner(
    "au-nsw-lhd-emr",
    "eMR outage",
    ("Western Sydney Local Health District", "Hunter New England Local Health District",
     "Illawarra Shoalhaven Local Health District", "Northern NSW Local Health District"),
    {},
    {
        "hl": [
            it("The electronic medical record (eMR) has been unavailable across the district since {start}",
               start="date -1 -1"),
            it("{sites} hospitals and health services are running on downtime procedures{sites.was}", sites="n 4 40"),
        ],
        "sit": [
            it("eHealth NSW has traced the fault to a storage array in the data centre and is working with the vendor"),
            it("Read-only access to the downtime viewer is available on designated PCs in each ward"),
        ],
        "imp": [
            it("{delayed} elective procedures have been postponed{delayed.was}", delayed="n 5 300"),
            it("Pathology and medical imaging results are being phoned or printed to wards"),
        ],
        "ta": [
            it("Medication charts have reverted to the paper National Inpatient Medication Chart"),
            it("{restored} of clinical applications are available again{restored.was}", restored="pct 20 95"),
        ],
        "tb": [
            it("{ed} patients presented to our emergency departments in the last 24 hours{ed.was}", ed="n 200 3000"),
            it("Emergency departments are registering patients on paper and entering them afterwards"),
        ],
        "help": [
            it("Downtime kits with paper forms have been delivered to every ward and unit"),
            it("The service desk is open 24 hours a day on extension 5000 for downtime questions"),
        ],
        "staff": [
            it("{ict} ICT staff and vendor engineers are working on the restoration{ict.was}", ict="n 5 120"),
            it("Clinical informatics nurses are visiting wards on every shift"),
        ],
        "money": [
            it("Additional costs of the outage so far are {cost}", cost="cum 100 4000"),
            it("Overtime for entering paper records after recovery is estimated at {ot}", ot="money 100 900"),
        ],
        "risks": [
            risk("The risk of medication errors during downtime {trend}",
                 mit=("pharmacists are reviewing every paper medication chart daily",)),
            risk("The risk of results not reaching the treating team {trend}",
                 mit=("pathology is phoning all critical results to the ward",)),
            risk("A backlog of paper records to be entered into the eMR",
                 mit=("data entry teams have been rostered for the week after recovery",)),
        ],
        "next": [
            it("eHealth NSW expects to restore the eMR by {restore}", restore="date 1 3"),
            it("The next status update will be sent on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SHELTERS = Partner(
    "us-fl-mrc-hurricane",
    "Hurricane deployment",
    ("Pinellas County MRC", "Lee County MRC", "Hillsborough County MRC", "Sarasota County MRC"),
    {},
    {
        "hl": [
            it("The hurricane made landfall on {landfall} and our unit remains activated", landfall="date -3 -3"),
            it("{volunteers} MRC volunteers have worked at least one shift this week{volunteers.was}",
               volunteers="n 20 300"),
        ],
        "sit": [
            it("The county Emergency Operations Center remains at Level 1, full activation"),
            it("Power is still out in much of the county and boil water notices remain in place"),
        ],
        "imp": [
            it("{residents} residents are staying in county shelters tonight{residents.was}", residents="n 100 4000"),
            it("Two special needs shelters are at capacity and are accepting transfers only"),
        ],
        "ta": [
            it("Volunteers are staffing {sns} special needs shelters around the clock{sns.was}", sns="n 1 6"),
            it("Oxygen and dialysis transport are being coordinated with the health department"),
        ],
        "tb": [
            it("Nurses and EMTs are supporting {pods} points of distribution{pods.was}", pods="n 2 20"),
            it("Tetanus shots are offered at every point of distribution"),
        ],
        "help": [
            it("Meals and a quiet rest area are available for volunteers at every shelter"),
            it("Volunteers who need to step back can call the unit coordinator at any time"),
        ],
        "staff": [
            it("{shifts} volunteer shifts are open for the next 72 hours{shifts.was}", shifts="n 5 120"),
            it("Licensed nurses and pharmacists are most needed"),
        ],
        "money": [
            it("Volunteer hours donated so far are valued at {value}", value="cum 100 4000"),
            it("Mileage reimbursement requested so far comes to {miles}", miles="money 100 900"),
        ],
        "risks": [
            risk("The risk of volunteer fatigue {trend}",
                 mit=("shifts are capped at 12 hours with a day off after three shifts",)),
            risk("The risk of heat illness in shelters without power {trend}",
                 mit=("generators and cooling stations are in place at every shelter",)),
            risk("Volunteers self-deploying without checking in",
                 mit=("every volunteer must check in through the unit before reporting",)),
        ],
        "next": [
            it("Shelter consolidation is planned for {consolidation}", consolidation="date 1 3"),
            it("The next volunteer briefing call is on {call}", call="date 1 2"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYCLONE = Partner(
    "nz-rto-cyclone",
    "Cyclone recovery",
    ("Hawke's Bay Tourism", "Tairāwhiti Gisborne Tourism", "Destination Coromandel", "Northland Inc"),
    {},
    {
        "hl": [
            it("Cyclone rain and wind hit the region on {storm}, closing roads and cutting power", storm="date -4 -4"),
            it("{open} of operators who answered our survey are open for business{open.was}", open="pct 20 95"),
        ],
        "sit": [
            it("A state of emergency remains in place for parts of the region"),
            it("NZTA is working to reopen the state highway into the region"),
        ],
        "imp": [
            it("Operators have reported {cancel} cancelled bookings in the past week{cancel.was}", cancel="n 50 3000"),
            it("Several wineries and cycle trails are closed until damage is assessed"),
        ],
        "ta": [
            it("{roads} local roads remain closed{roads.was}", roads="n 2 80"),
            it("The airport is open and flights are running to schedule"),
        ],
        "tb": [
            it("Motels and holiday parks are housing {workers} contractors and recovery workers{workers.was}",
               workers="n 20 900"),
            it("Some accommodation is being held for displaced residents"),
        ],
        "help": [
            it("Business support grants are open through the regional recovery fund"),
            it("Our team is calling every operator listed on our website this week"),
        ],
        "staff": [
            it("{staff} of our staff are working on recovery and visitor information{staff.was}", staff="n 3 25"),
            it("The i-SITE visitor information centre is open with reduced hours"),
        ],
        "money": [
            it("Government support confirmed for regional tourism recovery so far totals {fund}", fund="cum 100 4000"),
            it("We have applied for {ask} from the regional events fund to bring events back", ask="money 100 900"),
        ],
        "risks": [
            risk("The risk of visitors cancelling summer trips {trend}",
                 mit=("we are sharing road and operator information with travel trade partners every day",)),
            risk("The risk of operators closing permanently {trend}",
                 mit=("operators are being connected with business mentors and the recovery fund",)),
            risk("Visitors using closed roads and trails",
                 mit=("closures are listed on our website and updated every morning",)),
        ],
        "next": [
            it("A domestic marketing campaign is planned to launch on {campaign}", campaign="date 3 9"),
            it("Our next industry update will be published on {next}", next="date 2 3"),
        ],
    },
    SIZES,
    date(2026, 2, 16), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

FLOODS = Partner(
    "gy-rdc-floods",
    "Flooding",
    ("Regional Democratic Council, Region Two", "Regional Democratic Council, Region Five",
     "Regional Democratic Council, Region Six", "Regional Democratic Council, Region Ten"),
    {},
    {
        "hl": [
            it("Heavy rainfall since {start} has flooded farmlands and villages along the rivers and the coast",
               start="date -5 -5"),
            it("{households} households have been affected by flooding{households.was}", households="n 100 6000"),
        ],
        "sit": [
            it("The Hydrometeorological Service forecasts more heavy showers over the next three days"),
            it("Water levels in the conservancy remain above the safe level"),
        ],
        "imp": [
            it("{acres} acres of rice and cash crops are under water{acres.was}", acres="n 200 9000"),
            it("Several schools are closed because their compounds are flooded"),
        ],
        "ta": [
            it("{pumps} mobile pumps are operating across the region{pumps.was}", pumps="n 2 30"),
            it("Sluice gates are being opened at every low tide"),
        ],
        "tb": [
            it("Regional health teams have seen {patients} patients at flood clinics{patients.was}",
               patients="n 20 900"),
            it("Water purification tablets are being distributed to affected households"),
        ],
        "help": [
            it("{hampers} food hampers and cleaning kits have been distributed{hampers.was}", hampers="n 100 5000"),
            it("Residents needing help can call the Regional Emergency Operations Centre"),
        ],
        "staff": [
            it("{personnel} regional staff, soldiers and volunteers are deployed{personnel.was}",
               personnel="n 20 400"),
            it("The Civil Defence Commission has sent a team to support the region"),
        ],
        "money": [
            it("Regional expenditure on the flood response to date is {spend}", spend="cum 100 4000"),
            it("The region has requested {req} from central government for relief supplies", req="money 100 900"),
        ],
        "risks": [
            risk("The risk of waterborne diseases {trend}",
                 mit=("residents are advised to boil drinking water and health teams are visiting villages",)),
            risk("The risk of a breach in the conservancy dam {trend}",
                 mit=("engineers inspect the dam twice a day and sandbags are stockpiled",)),
            risk("Residents refusing to leave flooded homes",
                 mit=("community leaders and the police are visiting each household",)),
        ],
        "next": [
            it("A joint damage assessment with the Ministry of Agriculture begins on {assess}", assess="date 1 3"),
            it("The next report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
