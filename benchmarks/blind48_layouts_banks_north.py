"""Item ideas of four ``blind48_layouts`` publishers: national research and education networks after a subsea cable
was cut, English councils' digital teams after their hosting provider's data centre failed, marine mammal rescue
charities at a mass stranding of pilot whales, and Scottish health boards' health protection teams in a cluster of
mpox cases (``blind5_layouts_content`` explains the slots). ``blind48_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's words. The organisations are named after real kinds of
body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

CABLE = Partner(
    "nren-subsea-cable-cut",
    "Subsea cable incident",
    ("AARNet", "REANNZ", "HEAnet", "Jisc"),
    {},
    {
        "hl": [
            it("International traffic has been carried on backup paths since the cable fault on {cut}",
               cut="date -5 -5"),
            it("Peak utilisation on the remaining international links is {peak}{peak.was}", peak="pct 60 95"),
        ],
        "sit": [
            it("The cable operator has located the fault about 40 kilometres offshore"),
            it("{paths} of our international paths are still out of service{paths.was}", paths="n 2 6"),
        ],
        "imp": [
            it("Members report slower access to overseas cloud services during the afternoon peak"),
            it("{tickets} service desk tickets have been raised about the incident{tickets.was}",
               tickets="n 20 400"),
        ],
        "ta": [
            it("Extra capacity of {gbps} gigabits per second was leased on a second cable system{gbps.was}",
               gbps="n 10 200"),
            it("Traffic engineering has moved research data transfers to the overnight window"),
        ],
        "tb": [
            it("The repair ship is expected on site by {ship}", ship="date 3 9"),
            it("Splicing of the damaged section will take about five days once the ship arrives"),
        ],
        "help": [
            it("{members} member institutions were given advice on caching and transfer scheduling{members.was}",
               members="n 5 60"),
            it("The large data transfer team is helping research groups reschedule their uploads"),
        ],
        "staff": [
            it("{engineers} network engineers are on the incident rota{engineers.was}", engineers="n 4 30"),
            it("The network operations centre is staffed around the clock until the repair is complete"),
        ],
        "money": [
            it("Costs of the leased capacity to date are {cost}", cost="cum 40 800"),
            it("The emergency capacity contract costs {week} a week", week="money 10 90"),
        ],
        "risks": [
            risk("The risk of a second fault on the backup route {trend}",
                 mit=("diverse paths over a third system have been pre-ordered",)),
            risk("The risk of the repair being delayed by weather at sea {trend}",
                 mit=("the leased capacity has been extended for a further month",)),
            risk("Congestion affecting video teaching at the start of the new term",
                 mit=("teaching platforms have been given priority in the traffic policy",)),
        ],
        "next": [
            it("Call with the cable operator on {call}", call="date 1 3"),
            it("Restore the original routing by {restore}", restore="date 7 14"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

HOSTING = Partner(
    "gb-council-digital-hosting",
    "Digital services outage",
    ("London Borough of Hackney", "Leeds City Council", "Buckinghamshire Council", "Brighton & Hove City Council"),
    {},
    {
        "hl": [
            it("Our website and online forms have been affected since the hosting provider's failure on {failed}",
               failed="date -6 -6"),
            it("{restored} of our online services have been restored{restored.was}", restored="n 5 60"),
        ],
        "sit": [
            it("The provider's second data centre is now carrying the restored services"),
            it("{open} services are still offline or running on paper forms{open.was}", open="n 2 30"),
        ],
        "imp": [
            it("Residents cannot pay their council tax online until the payment pages are back"),
            it("Calls to the contact centre are up {calls} on a normal week{calls.was}", calls="pct 10 80"),
        ],
        "ta": [
            it("The missed bin and bulky waste forms were rebuilt on the cloud form builder"),
            it("{migrated} databases have been restored from the overnight backups{migrated.was}",
               migrated="n 2 40"),
        ],
        "tb": [
            it("Payments are being taken by phone through the contact centre's card terminals"),
            it("{payments} phone payments were taken since the outage began{payments.was}", payments="n 100 5000"),
        ],
        "help": [
            it("Library staff are helping residents complete paper housing applications"),
            it("{visits} residents were helped at the customer service centre{visits.was}", visits="n 20 900"),
        ],
        "staff": [
            it("{staff} staff from other teams are covering the contact centre{staff.was}", staff="n 5 60"),
            it("Developers are working in two shifts to rebuild the remaining forms"),
        ],
        "money": [
            it("Costs of the outage to date are {cost}", cost="cum 20 600"),
            it("Cloud hosting for the restored services costs {month} a month", month="money 5 60"),
        ],
        "risks": [
            risk("The risk of losing form submissions made on the day of the failure {trend}",
                 mit=("residents are asked by text to resubmit anything sent that morning",)),
            risk("The risk of phishing messages claiming to offer refunds {trend}",
                 mit=("a warning is on the website banner and in every call queue message",)),
            risk("The risk that benefit payments are delayed {trend}",
                 mit=("payment files are being sent to the bank by hand each evening",)),
        ],
        "next": [
            it("Lessons learned session with the provider on {lessons}", lessons="date 2 6"),
            it("Bring the planning portal back online by {portal}", portal="date 3 10"),
        ],
    },
    SIZES,
    date(2026, 5, 11), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

STRANDING = Partner(
    "marine-mammal-rescue-stranding",
    "Mass stranding response",
    ("Project Jonah", "ORRCA", "British Divers Marine Life Rescue", "Irish Whale and Dolphin Group"),
    {},
    {
        "hl": [
            it("{stranded} pilot whales stranded on the beach on {stranded_on}", stranded="n 20 120",
               stranded_on="date -2 -2"),
            it("{refloated} whales have been refloated so far{refloated.was}", refloated="n 5 60"),
        ],
        "sit": [
            it("{alive} whales are still alive on the beach{alive.was}", alive="n 2 30"),
            it("The pod is holding in the shallows about 300 metres from shore"),
        ],
        "imp": [
            it("{dead} whales have died or had to be euthanised{dead.was}", dead="n 2 40"),
            it("The beach car park is closed to the public during the rescue"),
        ],
        "ta": [
            it("Rescuers are keeping the whales upright, wet and shaded between tides"),
            it("Pontoons were used to move {moved} whales to deeper water{moved.was}", moved="n 2 20"),
        ],
        "tb": [
            it("Carcasses are being towed to a burial site agreed with the landowner"),
            it("Samples were taken from {sampled} whales for research{sampled.was}", sampled="n 2 30"),
        ],
        "help": [
            it("Local iwi and community groups are providing food and shelter for volunteers"),
            it("A hot drinks station is running at the surf club"),
        ],
        "staff": [
            it("{medics} trained marine mammal medics are on the beach{medics.was}", medics="n 10 150"),
            it("Volunteers are rotated off the water every hour to avoid hypothermia"),
        ],
        "money": [
            it("Donations to the rescue appeal have reached {donated}", donated="cum 5 200"),
            it("Hire of pontoons and boats is costing {hire} a day", hire="money 1 12"),
        ],
        "risks": [
            risk("The risk of the refloated whales restranding on the next high tide {trend}",
                 mit=("boats are herding the pod towards open water at first light",)),
            risk("Injuries to volunteers working in cold water",
                 mit=("only medics in wetsuits enter the water and a first aid tent is staffed",)),
            risk("The risk of sharks gathering near the carcasses {trend}",
                 mit=("carcasses are removed from the water within the day",)),
        ],
        "next": [
            it("Debrief with volunteers on {debrief}", debrief="date 1 3"),
            it("Reopen the beach by {reopen}", reopen="date 2 6"),
        ],
    },
    SIZES,
    date(2026, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MPOX = Partner(
    "sco-health-protection-mpox",
    "Mpox incident",
    ("NHS Lothian", "NHS Greater Glasgow and Clyde", "NHS Grampian", "NHS Tayside"),
    {},
    {
        "hl": [
            it("The incident management team first met on {imt} after a cluster of mpox cases", imt="date -9 -9"),
            it("{cases} confirmed cases are now linked to the cluster{cases.was}", cases="n 3 40"),
        ],
        "sit": [
            it("All confirmed cases are clade Ib and are linked to a single venue"),
            it("{contacts} close contacts have been identified{contacts.was}", contacts="n 10 300"),
        ],
        "imp": [
            it("{admitted} cases have been admitted to the regional infectious diseases unit{admitted.was}",
               admitted="n 2 9"),
            it("Sexual health clinics have moved routine appointments to make room for urgent testing"),
        ],
        "ta": [
            it("{vaccinated} eligible contacts have received a first dose of vaccine{vaccinated.was}",
               vaccinated="n 10 400"),
            it("Vaccine clinics are running in the evenings at two sexual health centres"),
        ],
        "tb": [
            it("Contact tracers have reached {reached} of close contacts{reached.was}", reached="pct 60 98"),
            it("Contacts are asked to check for symptoms daily for 21 days"),
        ],
        "help": [
            it("Cases isolating at home are offered food parcels and welfare calls"),
            it("Leaflets in four languages were given to community organisations"),
        ],
        "staff": [
            it("{tracers} health protection staff are working on the incident{tracers.was}", tracers="n 5 40"),
            it("Nurses from the vaccination team have been redeployed to the contact clinics"),
        ],
        "money": [
            it("Costs of the incident response to date are {cost}", cost="cum 10 400"),
            it("Overtime for the contact tracing team is {ot} a week", ot="money 2 30"),
        ],
        "risks": [
            risk("The risk of onward spread in households of cases {trend}",
                 mit=("household contacts are offered vaccine within four days",)),
            risk("The risk of vaccine supply running short {trend}",
                 mit=("a further allocation has been requested from the national stock",)),
            risk("Stigma putting people off coming forward for testing",
                 mit=("messages were agreed with community partners before publication",)),
        ],
        "next": [
            it("Next incident management team meeting on {next_imt}", next_imt="date 1 4"),
            it("Review of the case definition with Public Health Scotland by {review}", review="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 8, 3), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
