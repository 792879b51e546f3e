"""Item ideas of four ``blind52_layouts`` publishers writing in English: OCHA country offices in a season of river
floods, Welsh county borough councils after a coal tip slipped above a valley village, Queensland local disaster
management groups in a monsoon flood and Appalachian counties after the remnants of a tropical storm
(``blind5_layouts_content`` explains the slots). ``blind52_layouts_content`` prints the amounts, dates, comparisons
and the mitigation's lead in each publisher's conventions. The organisations are named after real kinds of body; the
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

FLOODS = Partner(
    "un-ocha-floods",
    "Floods",
    ("OCHA Somalia", "OCHA Ethiopia", "OCHA South Sudan", "OCHA Mozambique"),
    {},
    {
        "hl": [
            it("Heavy rains since {onset} have caused flooding in riverine areas", onset="date -10 -10"),
            it("{affected} people have been affected by the floods{affected.was}", affected="n 20000 900000"),
        ],
        "sit": [
            it("River levels remain high and further rain is forecast for the coming week"),
            it("{displaced} people have been displaced to higher ground{displaced.was}", displaced="n 5000 300000"),
        ],
        "imp": [
            it("Roads to several districts are cut off, leaving communities reachable only by boat or air"),
            it("{cholera} suspected cholera cases have been reported since the floods began{cholera.was}",
               cholera="n 10 2000"),
        ],
        "ta": [
            it("Partners have distributed emergency shelter kits to {households} households{households.was}",
               households="n 200 20000"),
            it("Many displaced families are staying in overcrowded sites without adequate shelter"),
        ],
        "tb": [
            it("{water} people have received safe water through water trucking and chlorination{water.was}",
               water="n 1000 200000"),
            it("Latrines in many displacement sites have collapsed or overflowed"),
        ],
        "help": [
            it("Partners have reached {reached} people with food assistance{reached.was}", reached="n 5000 400000"),
            it("The UN Humanitarian Air Service is flying relief supplies to areas cut off by water"),
        ],
        "staff": [
            it("{partners} humanitarian partners are responding in the affected districts{partners.was}",
               partners="n 10 120"),
            it("Inter-agency assessment teams have been deployed to the worst-affected areas"),
        ],
        "money": [
            it("Funding received for the flood response stands at {received}", received="cum 500 9000"),
            it("The Central Emergency Response Fund has allocated {cerf} for the response", cerf="money 100 900"),
        ],
        "risks": [
            risk("The risk of a cholera outbreak in displacement sites {trend}",
                 mit=("partners are scaling up chlorination and oral cholera vaccination",)),
            risk("The risk that relief stocks run out before roads reopen {trend}",
                 mit=("additional supplies are being prepositioned in regional hubs",)),
            risk("Insecurity along supply routes",
                 mit=("convoys move with humanitarian notification and access negotiation",)),
        ],
        "next": [
            it("A joint needs assessment mission is scheduled for {mission}", mission="date 2 5"),
            it("The revised flood response plan will be launched on {plan}", plan="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 11, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

COALTIP = Partner(
    "cy-council-coal-tip",
    "Coal tip landslip",
    ("Rhondda Cynon Taf County Borough Council", "Merthyr Tydfil County Borough Council",
     "Caerphilly County Borough Council", "Blaenau Gwent County Borough Council"),
    {},
    {
        "hl": [
            it("A landslip at the former colliery tip above the village on {slip} blocked the valley road",
               slip="date -14 -14"),
            it("{evacuated} households remain out of their homes{evacuated.was}", evacuated="n 5 80"),
        ],
        "sit": [
            it("Ground movement at the tip has slowed, according to the latest survey readings"),
            it("The Coal Authority and the council's engineers inspect the tip daily"),
        ],
        "imp": [
            it("The valley road remains closed, with a diversion of {diversion} miles in place{diversion.was}",
               diversion="n 3 20"),
            it("Bus services to the upper valley are running on a shortened route"),
        ],
        "ta": [
            it("Contractors have removed {tonnes} tonnes of slipped material{tonnes.was}", tonnes="n 500 30000"),
            it("Temporary drainage channels have been cut across the tip to carry water away from the slip"),
        ],
        "tb": [
            it("{sensors} ground movement sensors and rain gauges are now reporting in real time{sensors.was}",
               sensors="n 4 40"),
            it("Drone surveys of the tip are flown after every period of heavy rain"),
        ],
        "help": [
            it("Evacuated households are staying with family or in accommodation arranged by the council"),
            it("A drop-in session for residents is held each week at the community centre"),
        ],
        "staff": [
            it("{contractors} contractor staff are working on site{contractors.was}", contractors="n 5 80"),
            it("Highways and drainage engineers have been redeployed from planned work"),
        ],
        "money": [
            it("Spend on the emergency works to date is {spend}", spend="cum 100 5000"),
            it("Welsh Government has confirmed {grant} of emergency funding", grant="money 200 900"),
        ],
        "risks": [
            risk("The risk of further movement during heavy rain {trend}",
                 mit=("a rainfall trigger plan closes the road and evacuates more homes when set levels are reached",)),
            risk("The risk of blocked culverts flooding homes downstream {trend}",
                 mit=("culvert grilles are checked and cleared before and after every storm",)),
            risk("Members of the public entering the closed area",
                 mit=("security patrols and fencing are in place around the site",)),
        ],
        "next": [
            it("The next multi-agency tactical meeting is on {tcg}", tcg="date 1 4"),
            it("A decision on when residents can return home is expected by {returning}", returning="date 5 14"),
        ],
    },
    SIZES,
    date(2026, 2, 23), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

MONSOON = Partner(
    "au-qld-ldmg-flood",
    "Monsoon flooding",
    ("Townsville Local Disaster Management Group", "Burdekin Local Disaster Management Group",
     "Hinchinbrook Local Disaster Management Group", "Cassowary Coast Local Disaster Management Group"),
    {},
    {
        "hl": [
            it("Record rainfall since {rain} has caused major flooding across the local government area",
               rain="date -4 -4"),
            it("{isolated} residents remain isolated by floodwater{isolated.was}", isolated="n 100 8000"),
        ],
        "sit": [
            it("The Bureau of Meteorology has a Flood Warning current for the main river catchments"),
            it("River levels are falling slowly but remain above the major flood level at several gauges"),
        ],
        "imp": [
            it("{homes} homes have reported water over floor level{homes.was}", homes="n 10 900"),
            it("The Bruce Highway is closed at several locations, cutting road access to the south"),
        ],
        "ta": [
            it("{roads} council roads remain closed{roads.was}", roads="n 10 150"),
            it("Resupply to isolated communities is being flown in by helicopter"),
        ],
        "tb": [
            it("Residents are asked to conserve water while the water treatment plant runs at reduced capacity"),
            it("{pumps} sewage pump stations are out of service{pumps.was}", pumps="n 2 30"),
        ],
        "help": [
            it("{evac} people are registered at the evacuation centres{evac.was}", evac="n 20 1200"),
            it("A Community Recovery Hub is open with Queensland Government staff on site"),
        ],
        "staff": [
            it("{crews} council crews are working on road inspections and clean-up{crews.was}", crews="n 5 60"),
            it("The Local Disaster Coordination Centre is staffed around the clock"),
        ],
        "money": [
            it("Council's expenditure on the event to date is {spend}", spend="cum 100 5000"),
            it("Council has activated disaster recovery funding arrangements worth {drfa}", drfa="money 100 900"),
        ],
        "risks": [
            risk("The risk of a second flood peak from further rainfall {trend}",
                 mit=("the LDCC monitors Bureau forecasts and has pre-positioned sandbags",)),
            risk("The risk to public health from contaminated floodwater {trend}",
                 mit=("public health messages are issued daily with Queensland Health",)),
            risk("Motorists driving into floodwater",
                 mit=("police and council have closed flooded roads and repeat the 'If it's flooded, forget it' "
                      "message",)),
        ],
        "next": [
            it("The next LDMG meeting is on {ldmg}", ldmg="date 1 1"),
            it("Rapid damage assessments are planned to be completed by {rda}", rda="date 2 7"),
        ],
    },
    SIZES,
    date(2026, 2, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

REMNANTS = Partner(
    "us-county-storm-remnants",
    "Storm recovery",
    ("Buncombe County", "Watauga County", "Yancey County", "Haywood County"),
    {},
    {
        "hl": [
            it("Remnants of the tropical storm brought catastrophic flooding to the county on {storm}",
               storm="date -5 -5"),
            it("{nopower} customers are still without power{nopower.was}", nopower="n 1000 90000"),
        ],
        "sit": [
            it("Search and rescue teams have completed checks on every road that can be reached"),
            it("A countywide curfew from 7 p.m. to 7 a.m. remains in effect"),
        ],
        "imp": [
            it("Water service remains out for most customers, and a boil water notice is in effect where it has "
               "returned"),
            it("{closed} roads are still closed because of washouts and landslides{closed.was}", closed="n 20 400"),
        ],
        "ta": [
            it("Crews have repaired {mains} of the damaged water mains{mains.was}", mains="pct 10 90"),
            it("Temporary pipelines are being laid to bypass the damaged line from the treatment plant"),
        ],
        "tb": [
            it("Debris crews have hauled {debris} cubic yards of storm debris{debris.was}", debris="n 1000 90000"),
            it("State and county crews are opening single-lane access to isolated communities"),
        ],
        "help": [
            it("{sites} water and food distribution sites are open daily{sites.was}", sites="n 3 30"),
            it("FEMA Disaster Recovery Centers are open at the main library and the community college"),
        ],
        "staff": [
            it("{mutual} mutual aid crews from other states are working in the county{mutual.was}", mutual="n 10 200"),
            it("County staff are working 12-hour shifts at the Emergency Operations Center"),
        ],
        "money": [
            it("Emergency spending by the county so far is {spend}", spend="cum 500 9000"),
            it("The county has requested {advance} in FEMA public assistance advance funding", advance="money 200 900"),
        ],
        "risks": [
            risk("The risk of carbon monoxide poisoning from generators {trend}",
                 mit=("generators must be run outdoors and at least 20 feet from windows",)),
            risk("The risk of scams by fake contractors and FEMA impostors {trend}",
                 mit=("residents are urged to report suspected fraud to the Attorney General's hotline",)),
            risk("Unstable slopes after the rain",
                 mit=("geologists are inspecting slopes above homes and roads",)),
        ],
        "next": [
            it("The next county briefing is at 11 a.m. on {briefing}", briefing="date 1 1"),
            it("Water service is expected to return to most customers by {water_back}", water_back="date 5 20"),
        ],
    },
    SIZES,
    date(2026, 10, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
