"""Item ideas of four ``blind51_layouts`` publishers writing in English: Singapore government agencies after an oil
spill reached the southern beaches, Irish county councils after a storm of record winds, Ontario municipalities after
a ransomware attack and Scottish seabird reserves in an outbreak of avian influenza (``blind5_layouts_content``
explains the slots). ``blind51_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in
each publisher's conventions. The organisations are named after real kinds of body; the events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

OILSPILL = Partner(
    "sg-agency-oil-spill",
    "Oil spill",
    ("Maritime and Port Authority of Singapore", "National Environment Agency", "National Parks Board",
     "Sentosa Development Corporation"),
    {},
    {
        "hl": [
            it("Oil from the collision at Pasir Panjang Terminal on {spill} has reached beaches along the southern "
               "coast", spill="date -2 -2"),
            it("{beaches} beaches remain closed to the public{beaches.was}", beaches="n 2 12"),
        ],
        "sit": [
            it("No new oil has been seen leaking from the vessel since its damaged tank was sealed"),
            it("{booms} metres of oil booms have been laid along the shoreline{booms.was}", booms="n 500 4000"),
        ],
        "imp": [
            it("Swimming, fishing and water activities are not allowed at the affected beaches"),
            it("Businesses along the beaches report {visitors} fewer visitors than usual{visitors.was}",
               visitors="pct 20 80"),
        ],
        "ta": [
            it("Cleaning crews have removed {sand} tonnes of oil-stained sand{sand.was}", sand="n 50 1500"),
            it("Oily debris is bagged at the beach and sent for incineration"),
        ],
        "tb": [
            it("{animals} oiled animals, mostly otters and birds, have been rescued{animals.was}", animals="n 2 60"),
            it("Volunteers are monitoring the mangroves at Berlayer Creek for signs of oil"),
        ],
        "help": [
            it("A hotline is open daily from 8am to 8pm for questions about the clean-up"),
            it("{volunteers} volunteers have signed up to help monitor the shoreline{volunteers.was}",
               volunteers="n 20 900"),
        ],
        "staff": [
            it("{workers} workers are deployed on the clean-up each day{workers.was}", workers="n 50 800"),
            it("Officers from partner agencies are stationed at the beach access points"),
        ],
        "money": [
            it("The cost of the clean-up so far is {cost}", cost="cum 100 4000"),
            it("The vessel's insurers have been asked to reimburse {claim}", claim="money 100 900"),
        ],
        "risks": [
            risk("The risk of oil spreading to the Southern Islands {trend}",
                 mit=("additional booms have been laid around the islands' lagoons",)),
            risk("The risk of heavy rain washing oil back onto cleaned beaches {trend}",
                 mit=("crews re-inspect cleaned beaches after each rainfall",)),
            risk("Members of the public touching oiled wildlife",
                 mit=("signs at the beaches ask the public to call the Animal Response Centre",)),
        ],
        "next": [
            it("The next joint inspection of the beaches is on {inspection}", inspection="date 1 3"),
            it("Beaches that pass water quality tests may reopen from {reopen}", reopen="date 3 14"),
        ],
    },
    SIZES,
    date(2026, 6, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EOWYN = Partner(
    "ie-county-council-storm",
    "Storm Éowyn",
    ("Galway County Council", "Mayo County Council", "Roscommon County Council", "Leitrim County Council"),
    {},
    {
        "hl": [
            it("Storm Éowyn brought record winds to the county on {storm}", storm="date -3 -3"),
            it("{nopower} homes and businesses are still without power{nopower.was}", nopower="n 500 20000"),
        ],
        "sit": [
            it("ESB Networks crews are working on the remaining faults in rural areas"),
            it("{supplies} public water supplies are affected by outages{supplies.was}", supplies="n 2 40"),
        ],
        "imp": [
            it("Several regional roads remain closed because of fallen trees and lines"),
            it("{schools} schools remain closed{schools.was}", schools="n 2 60"),
        ],
        "ta": [
            it("Area engineers have cleared {roads} roads since the storm{roads.was}", roads="n 20 400"),
            it("Contractors' machinery has been hired to clear the remaining blocked roads"),
        ],
        "tb": [
            it("Uisce Éireann has {tankers} tankers and bowsers in place{tankers.was}", tankers="n 2 40"),
            it("Generators have been fitted at the main water treatment plants"),
        ],
        "help": [
            it("Community response hubs are open for showers, phone charging and hot food"),
            it("Civil Defence volunteers have made {checks} welfare checks on vulnerable people{checks.was}",
               checks="n 20 800"),
        ],
        "staff": [
            it("Outdoor staff are working extended shifts on road clearance"),
            it("{staff} council staff are redeployed to the response{staff.was}", staff="n 10 200"),
        ],
        "money": [
            it("The cost of the council's response to date is {cost}", cost="cum 50 3000"),
            it("The council has sought {aid} from the Department for storm clean-up costs", aid="money 100 900"),
        ],
        "risks": [
            risk("The risk to people using generators indoors {trend}",
                 mit=("carbon monoxide safety messages are issued on local radio and social media",)),
            risk("The risk of further road closures in the next storm {trend}",
                 mit=("crews are cutting back damaged trees along regional roads",)),
            risk("Pressure on community response hubs",
                 mit=("hub opening hours have been extended and more volunteers rostered",)),
        ],
        "next": [
            it("The Crisis Management Team will next meet on {cmt}", cmt="date 1 2"),
            it("ESB Networks expects most customers to be reconnected by {esb}", esb="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 1, 27), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RANSOM = Partner(
    "ca-on-municipality-ransomware",
    "Cybersecurity incident",
    ("City of Brantford", "Town of Whitby", "City of Sault Ste. Marie", "Municipality of Chatham-Kent"),
    {},
    {
        "hl": [
            it("A ransomware attack was detected on the municipal network on {attack}", attack="date -10 -10"),
            it("{restored} of critical systems have been restored{restored.was}", restored="pct 20 90"),
        ],
        "sit": [
            it("No ransom has been paid, in line with Council's direction and the advice of police"),
            it("The forensic investigation into what data was accessed continues"),
        ],
        "imp": [
            it("Online payments and the customer service portal remain unavailable"),
            it("{permits} building permit applications are waiting to be processed{permits.was}",
               permits="n 20 400"),
        ],
        "ta": [
            it("{servers} servers have been rebuilt from clean backups{servers.was}", servers="n 5 120"),
            it("Staff e-mail has been restored with multi-factor authentication on all accounts"),
        ],
        "tb": [
            it("Penalties on property tax and water bills are waived until {waiver}", waiver="date 10 30"),
            it("Residents can pay by cheque, by telephone banking or in person at the municipal office"),
        ],
        "help": [
            it("A dedicated web page and phone line answer residents' questions about the incident"),
            it("{letters} residents whose data may be affected have received letters{letters.was}",
               letters="n 100 9000"),
        ],
        "staff": [
            it("IT staff are working extended hours with support from an incident response firm"),
            it("{overtime} hours of staff overtime have been worked on the incident{overtime.was}",
               overtime="n 100 3000"),
        ],
        "money": [
            it("Costs of the response to date are {cost}", cost="cum 100 3000"),
            it("The insurance deductible for the incident is {deductible}", deductible="money 20 200"),
        ],
        "risks": [
            risk("The risk that stolen data is published online {trend}",
                 mit=("the incident response firm monitors leak sites on the dark web",)),
            risk("The risk of a second attack through remaining weak points {trend}",
                 mit=("every device is scanned and patched before it reconnects",)),
            risk("Delays to payroll and vendor payments",
                 mit=("manual payment processes are in place with Finance",)),
        ],
        "next": [
            it("Staff will report back to Council on {council}", council="date 7 14"),
            it("The customer service portal is expected to return by {portal}", portal="date 5 20"),
        ],
    },
    SIZES,
    date(2026, 3, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

SEABIRD = Partner(
    "sco-seabird-reserve-hpai",
    "Seabird avian flu",
    ("Isle of May National Nature Reserve", "St Kilda World Heritage Site", "Handa Island Wildlife Reserve",
     "Sumburgh Head Nature Reserve"),
    {},
    {
        "hl": [
            it("Avian influenza was confirmed in dead birds on the reserve on {confirmed}", confirmed="date -12 -12"),
            it("{dead} dead seabirds have been counted since the outbreak began{dead.was}", dead="n 50 3000"),
        ],
        "sit": [
            it("Great skuas, gannets and guillemots are the species most affected"),
            it("New carcasses were found on {cliffs} of the monitored cliff sections{cliffs.was}",
               cliffs="pct 10 80"),
        ],
        "imp": [
            it("Visitor boats are not landing passengers on the reserve"),
            it("{cancelled} visitor trips have been cancelled{cancelled.was}", cancelled="n 2 60"),
        ],
        "ta": [
            it("Rangers have collected {carcasses} carcasses for safe disposal{carcasses.was}", carcasses="n 10 600"),
            it("Samples from species not yet tested are sent to the APHA laboratory"),
        ],
        "tb": [
            it("All ringing and handling of live birds is paused"),
            it("This year's seabird counts will be made from boats only"),
        ],
        "help": [
            it("Signs at the harbour ask people not to touch dead or sick birds"),
            it("Boat operators have guidance on what to tell their passengers"),
        ],
        "staff": [
            it("{volunteers} volunteers are stood down until the risk falls{volunteers.was}", volunteers="n 2 30"),
            it("Rangers work in pairs and wear full protective equipment when collecting carcasses"),
        ],
        "money": [
            it("Extra costs of the response so far are {cost}", cost="cum 5 200"),
            it("Lost income from landing fees is estimated at {income}", income="money 2 80"),
        ],
        "risks": [
            risk("The risk of spread to the tern colony {trend}",
                 mit=("carcasses near the colony are removed every day",)),
            risk("The risk of staff exposure to the virus {trend}",
                 mit=("everyone handling birds wears full PPE and follows the biosecurity protocol",)),
            risk("Visitors landing without permission",
                 mit=("boat operators have agreed to keep passengers on board",)),
        ],
        "next": [
            it("The next full carcass count is on {count}", count="date 1 5"),
            it("A decision on reopening landings will be taken on {decision}", decision="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
