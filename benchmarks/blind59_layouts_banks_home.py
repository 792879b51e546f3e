"""Item ideas of four ``blind59_layouts`` publishers writing in English: the Canadian Coast Guard's regions
responding to an oil spill, the state forestry agencies of Australia in a bushfire season, the Probation Service's
regions in England and Wales after a national IT outage, and the area offices of the Philippine Postal Corporation
after a typhoon (``blind5_layouts_content`` explains the slots). ``blind59_layouts_content`` prints the amounts,
dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named after
real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip
LEVELS = ("being monitored", "rising", "high", "very high")

SPILL = Partner(
    "ca-ccg-oil-spill",
    "Pollution incident",
    ("Canadian Coast Guard – Western Region", "Canadian Coast Guard – Central Region",
     "Canadian Coast Guard – Atlantic Region", "Canadian Coast Guard – Arctic Region"),
    {},
    {
        "hl": [
            it("The response to the diesel spill reported on {reported} continues", reported="date -3 -3"),
            it("Oiled shoreline assessed by SCAT teams in metres: {shore}{shore.was}", shore="n 100 9000"),
        ],
        "sit": [
            it("Winds of 20 to 30 knots are forecast, with seas of up to two metres"),
            it("Overflight observation shows sheen drifting north-east of the source"),
        ],
        "imp": [
            it("Oiled birds collected by wildlife responders: {birds}{birds.was}", birds="n 2 300"),
            it("Fisheries and Oceans Canada has closed shellfish harvesting in the area"),
        ],
        "ta": [
            it("Containment boom deployed in metres: {boom}{boom.was}", boom="n 100 8000"),
            it("Skimmers are working at the source when the sea state allows"),
        ],
        "tb": [
            it("Oily waste recovered in cubic metres: {waste}{waste.was}", waste="n 2 400"),
            it("Dive surveys of the vessel's fuel tanks have been completed"),
        ],
        "help": [
            it("Members of the public should not touch oiled wildlife and should report sightings to the hotline"),
            it("First Nations guardians are taking part in shoreline assessment"),
        ],
        "staff": [
            it("Responders on scene: {staff}{staff.was}", staff="n 10 400"),
            it("Vessels of the Coast Guard and the response organization are on scene"),
        ],
        "money": [
            it("Response costs recorded to date: {cost}", cost="cum 100 4000"),
            it("A claim of {claim} has been filed with the Ship-source Oil Pollution Fund", claim="money 100 900"),
        ],
        "risks": [
            risk("Risk of oil reaching sensitive eelgrass beds is {trend}", levels=LEVELS,
                 mit=("protective boom has been placed across the bay entrance",)),
            risk("Risk of further release from the sunken vessel is {trend}", levels=LEVELS,
                 mit=("a salvage plan to pump out the remaining fuel is being reviewed",)),
            risk("Responder fatigue during long shifts on the water",
                 mit=("crews are rotated every twelve hours",)),
        ],
        "next": [
            it("Removal of the remaining fuel is planned to start on {start}", start="date 1 3"),
            it("The next situation report will be issued on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FOREST = Partner(
    "au-forestry-bushfire",
    "Bushfire",
    ("Forestry Corporation of NSW", "Forestry Tasmania", "VicForests", "HQPlantations Queensland"),
    {},
    {
        "hl": [
            it("Total fire bans remain in place across state forests since {since}", since="date -4 -4"),
            it("Fires burning in or near state forests: {fires}{fires.was}", fires="n 2 40"),
        ],
        "sit": [
            it("The Bureau of Meteorology forecasts extreme fire danger on the coast and tablelands"),
            it("Hot northerly winds are expected ahead of a southerly change on the weekend"),
        ],
        "imp": [
            it("State forest area burnt in hectares: {ha}{ha.was}", ha="n 100 90000"),
            it("Several plantation compartments have been lost to fire"),
        ],
        "ta": [
            it("State forests closed to the public: {closed}{closed.was}", closed="n 2 60"),
            it("Camping grounds and walking tracks in closed forests are shut until further notice"),
        ],
        "tb": [
            it("Harvesting and haulage operations have been suspended on high fire danger days"),
            it("Kilometres of fire trail graded: {km}{km.was}", km="n 5 500"),
        ],
        "help": [
            it("Visitors should check closures on the forest closures map before travelling"),
            it("Neighbours can report smoke to Triple Zero (000)"),
        ],
        "staff": [
            it("Forestry firefighters deployed: {crews}{crews.was}", crews="n 10 400"),
            it("Our crews are working under the Rural Fire Service at incident control centres"),
        ],
        "money": [
            it("Firefighting costs to date: {cost}", cost="cum 100 4000"),
            it("A claim of {claim} has been lodged under the disaster recovery funding arrangements",
               claim="money 100 900"),
        ],
        "risks": [
            risk("Risk of fire spreading into softwood plantations is {trend}", levels=LEVELS,
                 mit=("containment lines are being built around high-value compartments",)),
            risk("Risk of trees falling on roads in burnt areas is {trend}", levels=LEVELS,
                 mit=("roads are closed until hazardous trees are assessed",)),
            risk("Illegal entry into closed forests",
                 mit=("patrols with police are being carried out on weekends",)),
        ],
        "next": [
            it("Closures will be reviewed on {review}", review="date 1 3"),
            it("The next update will be published on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 12, 7), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PROBATION = Partner(
    "uk-probation-it-outage",
    "IT outage",
    ("Probation Service – North West region", "Probation Service – Yorkshire and the Humber region",
     "Probation Service – Wales", "Probation Service – London region"),
    {},
    {
        "hl": [
            it("The national case management system has been unavailable since {since}", since="date -2 -2"),
            it("Offices working under business continuity arrangements: {offices}{offices.was}", offices="n 2 40"),
        ],
        "sit": [
            it("Digital services have restored access to email and Teams but not to case records"),
            it("Supplier engineers expect a partial restoration of the case system within days"),
        ],
        "imp": [
            it("Supervision appointments rescheduled: {appts}{appts.was}", appts="n 20 4000"),
            it("Court reports are being prepared from paper records and phone calls to police"),
        ],
        "ta": [
            it("Approved premises are holding paper registers of residents"),
            it("Risk assessments completed on paper forms: {forms}{forms.was}", forms="n 5 600"),
        ],
        "tb": [
            it("Unpaid work sessions have continued with paper sign-in sheets"),
            it("Unpaid work hours delivered: {hours}{hours.was}", hours="n 100 9000"),
        ],
        "help": [
            it("People on probation have been told by text to attend as usual unless contacted"),
            it("Victim liaison officers are phoning victims whose contact was due this week"),
        ],
        "staff": [
            it("Staff absent or redeployed: {staff}{staff.was}", staff="n 5 300"),
            it("Administrators from unaffected teams are helping with data entry"),
        ],
        "money": [
            it("Overtime and agency costs to date: {cost}", cost="cum 100 4000"),
            it("The region has asked HMPPS for {request} to clear the backlog", request="money 100 900"),
        ],
        "risks": [
            risk("Risk of missing information on high-risk cases is {trend}", levels=LEVELS,
                 mit=("senior probation officers review every high-risk case daily",)),
            risk("Risk of a backlog in recall decisions is {trend}", levels=LEVELS,
                 mit=("recalls are escalated by phone to the Public Protection Casework Section",)),
            risk("Loss of paper records before they are entered",
                 mit=("records are kept in locked cabinets and logged",)),
        ],
        "next": [
            it("Data entry of paper records will begin on {start}", start="date 1 3"),
            it("The next SITREP will be sent to Gold command on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

POSTAL = Partner(
    "ph-phlpost-typhoon",
    "Typhoon",
    ("PHLPost Area 1 – Northern Luzon", "PHLPost Area 5 – Bicol", "PHLPost Area 7 – Central Visayas",
     "PHLPost Area 8 – Eastern Visayas"),
    {},
    {
        "hl": [
            it("Typhoon signals were raised in the area on {raised}", raised="date -2 -2"),
            it("Post offices temporarily closed: {closed}{closed.was}", closed="n 2 60"),
        ],
        "sit": [
            it("PAGASA reports that the typhoon has left the area of responsibility"),
            it("Moderate to heavy rains continue over the eastern coastal towns"),
        ],
        "imp": [
            it("Post offices with damaged roofs or flooding: {damaged}{damaged.was}", damaged="n 1 40"),
            it("Mail trucks cannot pass some national roads due to landslides"),
        ],
        "ta": [
            it("Mail items held at the mail processing centre: {held}{held.was}", held="n 500 90000"),
            it("Express mail and parcels are given priority once routes reopen"),
        ],
        "tb": [
            it("Payment of pensions and cash assistance through post offices continues where possible"),
            it("Beneficiaries paid at temporary payout sites: {paid}{paid.was}", paid="n 50 9000"),
        ],
        "help": [
            it("Customers may track items and check office status on the PHLPost website"),
            it("Affected customers are not charged for storage of held mail"),
        ],
        "staff": [
            it("Employees affected by the typhoon: {staff}{staff.was}", staff="n 2 200"),
            it("Letter carriers were instructed not to deliver during heavy rains"),
        ],
        "money": [
            it("Estimated cost of damage to post offices: {cost}", cost="cum 100 4000"),
            it("A request of {request} was made for repairs and emergency supplies", request="money 100 900"),
        ],
        "risks": [
            risk("Risk of water damage to mail in low-lying post offices is {trend}", levels=LEVELS,
                 mit=("mail bags were moved to upper floors and sealed in plastic",)),
            risk("Risk of delayed delivery of pensions is {trend}", levels=LEVELS,
                 mit=("the DSWD was informed of the temporary payout sites",)),
            risk("Theft from closed post offices",
                 mit=("security guards were posted at closed offices",)),
        ],
        "next": [
            it("All post offices are expected to resume operations by {resume}", resume="date 1 3"),
            it("The next situation report will be submitted on {next}", next="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
