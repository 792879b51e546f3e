"""Item ideas of five ``blind28_layouts`` publishers in the United Kingdom: an NHS integrated care board's system
co-ordination centre in winter, an ambulance service's resource escalation during a surge, a housing association
after a fire closed a block of flats, a police force's gold group for a weekend of protests, and a university's IT
service during a cyber incident (``blind5_layouts_content`` explains the slots). ``blind28_layouts_content`` prints the
comparisons, the amounts and the mitigation's lead in each publisher's words. The organisations are named after real
kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

ICB = Partner(
    "nhs-icb-scc",
    "System Pressures",
    ("NHS Mercia and Severn Integrated Care Board", "NHS Fenland and Wash Integrated Care Board",
     "NHS Tees and Wear Integrated Care Board", "NHS Solent Downs Integrated Care Board"),
    {},
    {
        "overview": [
            it("The system is at OPEL level 3 and was at level 4 for six hours on {opel}", opel="date -2 -1"),
            it("{beds} escalation beds are open across the acute trusts{beds.was}", beds="n 10 120"),
        ],
        "acute": [
            it("General and acute bed occupancy is {occ}{occ.was}", occ="pct 88 99"),
            it("{nctr} patients no longer meet the criteria to reside{nctr.was}", nctr="n 40 400"),
            it("Both trusts have stood down non-urgent elective activity for 48 hours"),
        ],
        "handovers": [
            it("Average ambulance handover time was {handover} minutes yesterday", handover="n 20 90"),
            it("{lost} ambulance hours were lost to handover delays{lost.was}", lost="n 50 900"),
        ],
        "discharge": [
            it("{pathway} patients are waiting for a pathway 1 package of care", pathway="n 10 150"),
            it("The transfer of care hub is open seven days a week until {hub}", hub="date 5 20"),
            it("Virtual ward occupancy is {vw}{vw.was}", vw="pct 50 95"),
        ],
        "primary": [
            it("GP practices reported {appts} same-day appointments yesterday", appts="n 2000 14000"),
            it("Extended access hubs are open on Saturday and Sunday"),
        ],
        "workforce": [
            it("Staff sickness across providers is {sick}{sick.was}", sick="pct 4 11"),
            it("Bank and agency fill rate for registered nurses is {fill}", fill="pct 60 95"),
        ],
        "risks": [
            risk("Corridor care in the emergency departments {trend}",
                 mit=("a system-wide escalation call is held at 08:00 and 14:00 to move capacity",)),
            risk("Norovirus closing bays on the medical wards {trend}",
                 mit=("infection prevention teams review closed bays twice a day",)),
            risk("Care home capacity for discharges running out",
                 mit=("the local authority has block-booked 20 interim beds",)),
        ],
        "comms": [
            it("The Think Pharmacy First campaign has reached {reach} people{reach.was}", reach="n 5000 90000"),
            it("Partners share a daily system message by 11:00"),
        ],
    },
    {"overview": (1, 2), "acute": (1, 3), "handovers": (1, 2), "discharge": (1, 3), "primary": (1, 2),
     "workforce": (1, 2), "risks": (1, 3), "comms": (1, 2)},
    date(2025, 12, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AMBULANCE = Partner(
    "ambulance-reap",
    "Resource Escalation",
    ("Downland Ambulance Service NHS Foundation Trust", "Mid Pennine Ambulance Service NHS Trust",
     "Anglia Coast Ambulance Service NHS Trust", "Severn Marches Ambulance Service NHS Trust"),
    {},
    {
        "demand": [
            it("The Trust moved to REAP level 3 on {reap} because of sustained demand", reap="date -3 -1"),
            it("{calls} 999 calls were answered in the last 24 hours{calls.was}", calls="n 2000 9000"),
        ],
        "response": [
            it("The category 2 mean response time was {catmean} minutes{catmean.was}", catmean="n 25 90"),
            it("{waiting} patients were waiting for a response at 08:00", waiting="n 20 300"),
        ],
        "handovers": [
            it("{hours} hours were lost at hospital handover yesterday{hours.was}", hours="n 50 800"),
            it("Hospital ambulance liaison officers are deployed at the three busiest sites"),
        ],
        "fleet": [
            it("{vor} vehicles are off the road for repair", vor="n 3 40"),
            it("Two additional double-crewed ambulances have been hired until {hired}", hired="date 5 15"),
        ],
        "staffing": [
            it("Frontline abstraction is {abst}{abst.was}", abst="pct 12 30"),
            it("{hart} staff from the HART team are supporting frontline rotas", hart="n 2 12"),
            it("Overtime incentives are in place for all frontline shifts"),
        ],
        "finance": [
            it("Overtime and private provider costs this week are {cost}", cost="money 80 600"),
        ],
        "risks": [
            risk("Patients coming to harm while waiting for an ambulance {trend}",
                 mit=("clinicians in the control room call back every category 3 patient who waits over an hour",)),
            risk("Staff fatigue after late finishes {trend}",
                 mit=("meal breaks are protected and late finishes are capped at one per shift",)),
            risk("Fuel card failures at the depots",
                 mit=("a reserve fuel tanker is stationed at the central depot",)),
        ],
        "comms": [
            it("Press releases asked the public to use NHS 111 online for minor conditions"),
            it("Staff briefings are held at 07:00 and 19:00 each day"),
        ],
    },
    {"demand": (1, 2), "response": (1, 2), "handovers": (1, 2), "fleet": (1, 2), "staffing": (1, 3),
     "finance": (1, 1), "risks": (1, 3), "comms": (1, 2)},
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HOUSING = Partner(
    "housing-block-fire",
    "Block Evacuation",
    ("Riverside Vale Housing", "Northern Moor Homes", "Thameside Housing Trust", "Castlegate Housing Association"),
    {},
    {
        "summary": [
            it("A fire in a ground-floor flat at Linden Court on {fire} led to the evacuation of the block",
               fire="date -6 -3"),
            it("{decanted} households remain in temporary accommodation{decanted.was}", decanted="n 10 90"),
        ],
        "residents": [
            it("Every household has a named housing officer as its single point of contact"),
            it("{hardship} hardship payments have been made to residents{hardship.was}", hardship="n 5 90"),
            it("{returned} households have returned to their homes on the upper floors", returned="n 0 40"),
        ],
        "building": [
            it("The fire service has handed the building back to the association"),
            it("A waking watch is in place around the clock until {watch}", watch="date 3 10"),
            it("Fire door surveys have been completed on {doors} of the flats", doors="pct 20 100"),
        ],
        "repairs": [
            it("Contractors have stripped out {stripped} flats damaged by water", stripped="n 2 20"),
            it("The lifts are expected back in service by {lifts}", lifts="date 2 12"),
        ],
        "staffing": [
            it("{officers} housing officers are working from the community centre each day", officers="n 3 15"),
        ],
        "costs": [
            it("Temporary accommodation has cost {ta} so far", ta="cum 10 300"),
            it("The insurer has agreed an interim payment of {interim}", interim="money 50 400"),
        ],
        "risks": [
            risk("Residents leaving temporary accommodation before the block is safe {trend}",
                 mit=("housing officers phone every household each day and explain the timetable",)),
            risk("Damp spreading in flats below the fire {trend}",
                 mit=("drying equipment is in place and moisture readings are taken every two days",)),
            risk("Complaints escalating to the Housing Ombudsman",
                 mit=("a senior manager reviews every complaint within two working days",)),
        ],
        "comms": [
            it("A residents' meeting was held at the community centre with {attended} people", attended="n 20 120"),
            it("Written updates are pushed under every door on Friday"),
        ],
    },
    {"summary": (1, 2), "residents": (1, 3), "building": (1, 3), "repairs": (1, 2), "staffing": (1, 1),
     "costs": (1, 2), "risks": (1, 3), "comms": (1, 2)},
    date(2025, 9, 15), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

POLICE = Partner(
    "police-gold-group",
    "Operation Kestrel",
    ("Wessex Vale Police", "Mercia Borders Constabulary", "Humber Estuary Police", "Chiltern Hills Constabulary"),
    {},
    {
        "information": [
            it("Two protest groups have notified marches in the city centre on {march}", march="date 1 3"),
            it("{arrests} arrests have been made since the operation began{arrests.was}", arrests="n 2 60"),
            it("Community tension is assessed as elevated in the east of the city"),
        ],
        "intent": [
            it("Facilitate peaceful protest while keeping the groups apart"),
            it("Reassure communities and protect places of worship"),
        ],
        "method": [
            it("A section 14 condition sets the route and the finish time of each march"),
            it("{psu} police support units are deployed across the city{psu.was}", psu="n 4 30"),
            it("Dispersal orders under section 35 are in force until {dispersal}", dispersal="date 1 4"),
        ],
        "administration": [
            it("{aid} officers are on mutual aid from neighbouring forces", aid="n 20 300"),
            it("Rest days have been cancelled for public order trained officers until {rest}", rest="date 2 6"),
        ],
        "risks": [
            risk("Disorder when the two groups come close at the war memorial {trend}",
                 mit=("a sterile zone and mounted officers are in place at the memorial",)),
            risk("Misinformation on social media raising tension {trend}",
                 mit=("the digital team monitors posts and publishes rebuttals within the hour",)),
            risk("Officer injuries from thrown missiles",
                 mit=("all PSU officers deploy in full protective equipment",)),
        ],
        "comms": [
            it("Community engagement officers met {leaders} faith and community leaders", leaders="n 4 40"),
            it("The force's posts on the operation were seen {views} times{views.was}", views="n 5000 200000"),
        ],
        "humanitarian": [
            it("Businesses on the march route have been advised to close early"),
            it("{victims} victims of hate crime have been referred to support services", victims="n 0 20"),
        ],
    },
    {"information": (1, 3), "intent": (1, 2), "method": (1, 3), "administration": (1, 2), "risks": (1, 3),
     "comms": (1, 2), "humanitarian": (1, 2)},
    date(2025, 8, 4), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CYBER = Partner(
    "uni-cyber-incident",
    "Cyber Incident",
    ("University of Wessex Downs", "Tyneside Metropolitan University", "University of the Marches",
     "Clydebank Institute of Technology"),
    {},
    {
        "summary": [
            it("Ransomware was found on file servers on {found} and the network was isolated", found="date -4 -2"),
            it("{restored} of core services have been restored{restored.was}", restored="pct 10 90"),
        ],
        "status": [
            it("Email and Microsoft Teams are working normally"),
            it("The virtual learning environment is available read-only"),
            it("{servers} servers are still being rebuilt{servers.was}", servers="n 5 120"),
        ],
        "impact": [
            it("Exams due this week have been moved to {exams}", exams="date 5 14"),
            it("{labs} research groups cannot reach their shared drives", labs="n 3 40"),
        ],
        "containment": [
            it("All staff and student passwords were reset and multi-factor authentication enforced"),
            it("The incident response firm has imaged {imaged} affected machines", imaged="n 10 400"),
            it("The National Cyber Security Centre is supporting the investigation"),
        ],
        "staffing": [
            it("IT staff are working in two shifts of 12 hours"),
            it("{contractors} contractors have joined the rebuild team", contractors="n 2 20"),
        ],
        "costs": [
            it("Incident response and recovery costs to date are {cost}", cost="cum 50 900"),
        ],
        "risks": [
            risk("Personal data published by the attackers {trend}",
                 mit=("the data protection officer has reported the breach to the ICO and the dark web is monitored",)),
            risk("Reinfection from machines not yet checked {trend}",
                 mit=("no device joins the network until it has been scanned and reimaged",)),
            risk("Phishing e-mails exploiting the incident",
                 mit=("staff are reminded that IT will never ask for passwords",)),
        ],
        "comms": [
            it("The status page has been updated {posts} times{posts.was}", posts="n 5 60"),
            it("Students received a text message asking them to reset passwords"),
        ],
        "next": [
            it("Restore the student records system by {records}", records="date 2 7"),
            it("Complete the forensic report for the insurer"),
        ],
    },
    {"summary": (1, 2), "status": (1, 3), "impact": (1, 2), "containment": (1, 3), "staffing": (1, 2),
     "costs": (1, 1), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 10, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
