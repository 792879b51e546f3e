"""Item ideas of five ``blind33_layouts`` publishers writing in English: a state biosecurity agency's local control
centres in a foot-and-mouth disease outbreak, a water company's reservoir incident rooms after a dam spillway was
damaged, a city zoo in an avian influenza outbreak, a county's 911 emergency communications centre after a phone
system outage and a water and sewerage company's incident team after a sewage treatment works failed
(``blind5_layouts_content`` explains the slots). ``blind33_layouts_content`` prints the comparisons, amounts, dates and
the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places,
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

FMD = Partner(
    "fmd-outbreak",
    "Foot-and-mouth disease response",
    ("Agriculture Biosecurity – Local Control Centre Tarrawong", "Agriculture Biosecurity – Local Control Centre "
     "Mullindee", "Agriculture Biosecurity – Local Control Centre Yarrabool", "Agriculture Biosecurity – Local "
     "Control Centre Kooringa Flats"),
    {},
    {
        "summary": [
            it("Foot-and-mouth disease was confirmed on a dairy property near Tarrawong on {confirmed}",
               confirmed="date -6 -6"),
            it("{ips} infected premises are now confirmed in the control area{ips.was}", ips="n 1 14"),
        ],
        "premises": [
            it("{dcps} dangerous contact premises are under quarantine{dcps.was}", dcps="n 3 60"),
            it("Destruction and disposal is complete on {done} infected premises", done="n 1 10"),
            it("Burial pits at the second infected premises were approved by the EPA"),
        ],
        "surveillance": [
            it("{visits} surveillance visits were made to properties in the restricted area{visits.was}",
               visits="n 20 600"),
            it("{samples} samples were sent to the national laboratory today", samples="n 10 300"),
            it("Clinical signs were ruled out at the two sheep properties reported by the public"),
        ],
        "movement": [
            it("A national livestock standstill remains in force until {standstill}", standstill="date 1 5"),
            it("{permits} movement permits were issued for milk collection{permits.was}", permits="n 10 400"),
        ],
        "operations": [
            it("{teams} field teams are working from the Tarrawong showgrounds", teams="n 4 40"),
            it("Cleaning and disinfection stations are set up at {stations} road checkpoints", stations="n 2 12"),
        ],
        "industry": [
            it("The Mullindee saleyards are closed and the next sale is cancelled"),
            it("Milk from quarantined farms is being disposed of on site"),
            it("Losses to dairy farmers in the area are estimated at {losses}", losses="cum 100 3000"),
        ],
        "personnel": [
            it("{staff} staff are deployed in the control centre and the field{staff.was}", staff="n 40 500"),
            it("{interstate} veterinarians have arrived from interstate", interstate="n 2 30"),
        ],
        "risks": [
            risk("The risk of spread by wind-borne virus to neighbouring piggeries {trend}",
                 mit=("daily plume modelling and priority surveillance of properties downwind",)),
            risk("The risk of illegal livestock movements out of the restricted area {trend}",
                 mit=("police checkpoints on the main roads out of the area and tip-offs followed up the same day",)),
            risk("Fatigue of field staff working long shifts",
                 mit=("shifts are capped at twelve hours with a day off after five shifts",)),
        ],
        "comms": [
            it("A community meeting was held at the Tarrawong hall on {meeting}", meeting="date -1 0"),
            it("{calls} calls were taken by the emergency animal disease hotline{calls.was}", calls="n 50 2000"),
        ],
        "next": [
            it("Complete tracing of livestock sold at the Mullindee sale by {tracing}", tracing="date 1 3"),
            it("Review the size of the restricted area with the chief veterinary officer"),
        ],
    },
    {"summary": (1, 2), "premises": (1, 3), "surveillance": (1, 3), "movement": (1, 2), "operations": (1, 2),
     "industry": (1, 3), "personnel": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 2, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

DAM = Partner(
    "dam-spillway",
    "Reservoir incident",
    ("Pennine Water – Holdworth Reservoir", "Pennine Water – Scarbrook Reservoir", "Pennine Water – Ladybower "
     "Edge Reservoir", "Pennine Water – Thornsett Reservoir"),
    {},
    {
        "overview": [
            it("Part of the concrete spillway slab was washed away in the storm on {storm}", storm="date -3 -3"),
            it("The reservoir level is {level} metres below the spillway crest{level.was}", level="n 1 9"),
        ],
        "condition": [
            it("Engineers inspect the dam face by drone every six hours"),
            it("No new movement of the dam was recorded by the survey monitors"),
            it("{bags} tonnes of aggregate bags have been placed on the damaged slab", bags="n 100 900"),
        ],
        "drawdown": [
            it("{pumps} high-volume pumps are lowering the reservoir{pumps.was}", pumps="n 4 24"),
            it("The reservoir is being drawn down at {rate} centimetres an hour", rate="n 3 15"),
        ],
        "evacuation": [
            it("{evacuated} residents of the town below the dam remain evacuated{evacuated.was}",
               evacuated="n 200 1500"),
            it("The rest centre at the leisure centre hosted {rest} people last night", rest="n 10 200"),
            it("Residents were escorted back to their homes to collect pets and medicines"),
        ],
        "response": [
            it("The strategic coordinating group met at 08:00 and agreed the priorities for the day"),
            it("An RAF helicopter placed {lifts} lifts of aggregate on the spillway", lifts="n 5 90"),
        ],
        "staffing": [
            it("{operatives} company staff and contractors are working on site{operatives.was}",
               operatives="n 20 200"),
            it("Shift handovers are held at 07:00 and 19:00 at the incident room"),
        ],
        "costs": [
            it("The cost of the incident response so far is {costs}", costs="cum 200 4000"),
            it("Pump hire this week costs {hire}", hire="money 40 300"),
        ],
        "risks": [
            risk("The risk of further erosion beneath the spillway slab {trend}",
                 mit=("continuous drawdown and inspection of the slab after every rainfall event",)),
            risk("The risk of heavy rain forecast for the weekend raising the reservoir level {trend}",
                 mit=("extra pumps are held on site and the evacuation zone is kept in force",)),
            risk("Failure of pump fuel supply",
                 mit=("two fuel bowsers are kept on site and topped up every day",)),
        ],
        "information": [
            it("A drop-in session for residents was held at the school on {dropin}", dropin="date -1 0"),
            it("The company's incident web page was updated at 06:00 and 18:00"),
        ],
        "next": [
            it("Reduce the reservoir level to the safe working level by {safe}", safe="date 2 6"),
            it("Agree with the police when residents may return"),
        ],
    },
    {"overview": (1, 2), "condition": (1, 3), "drawdown": (1, 2), "evacuation": (1, 3), "response": (1, 2),
     "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "information": (1, 2), "next": (1, 2)},
    date(2026, 8, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ZOO = Partner(
    "zoo-avian-influenza",
    "Avian influenza",
    ("Dublin City Zoo", "Corrib Wildlife Park", "Slaney Valley Zoo", "Ballymore Bird and Wildlife Park"),
    {},
    {
        "summary": [
            it("Avian influenza H5N1 was confirmed in a dead pelican found on {found}", found="date -5 -5"),
            it("The bird areas of the zoo remain closed to visitors"),
        ],
        "position": [
            it("{housed} birds are now housed indoors{housed.was}", housed="n 40 400"),
            it("The department's restricted zone around the zoo stays in place"),
        ],
        "collection": [
            it("{deaths} birds of the collection have died or been put down since the outbreak began",
               deaths="n 1 30"),
            it("The flamingo flock has been moved to the winter house"),
            it("Keepers report no signs of illness in the penguins"),
        ],
        "testing": [
            it("{swabs} swabs were taken from birds in the collection{swabs.was}", swabs="n 10 300"),
            it("Wild birds found dead on site are sent to the regional laboratory"),
        ],
        "visitors": [
            it("Visitor numbers were {visitors} of the usual level for the season", visitors="pct 40 90"),
            it("The walk-through aviary and the farm area are closed"),
        ],
        "biosecurity": [
            it("Foot dips are in place at {dips} entrances to animal areas", dips="n 4 30"),
            it("Keepers change protective clothing between bird houses"),
        ],
        "staff": [
            it("{keepers} keepers are working in separate bird teams", keepers="n 6 40"),
            it("Staff absence stands at {absence}{absence.was}", absence="pct 2 15"),
        ],
        "finance": [
            it("Lost ticket income so far is estimated at {lost}", lost="cum 20 400"),
            it("Extra veterinary and laboratory costs this week are {vet}", vet="money 5 60"),
        ],
        "risks": [
            risk("The risk of the virus reaching the endangered bird collection {trend}",
                 mit=("the collection is housed and wild birds are kept off the ponds with netting",)),
            risk("The risk of staff infection {trend}",
                 mit=("masks and eye protection are worn and staff are offered antivirals",)),
            risk("Shortage of protective clothing",
                 mit=("a second supplier has been set up for gowns and masks",)),
        ],
        "media": [
            it("{queries} media queries were answered{queries.was}", queries="n 2 40"),
            it("A statement for members and annual pass holders was posted on the zoo's website"),
        ],
        "next": [
            it("Review the closure of the bird areas with the department on {review}", review="date 1 5"),
            it("Plan the reopening of the farm area"),
        ],
    },
    {"summary": (1, 2), "position": (1, 2), "collection": (1, 3), "testing": (1, 2), "visitors": (1, 2),
     "biosecurity": (1, 2), "staff": (1, 2), "finance": (1, 2), "risks": (1, 3), "media": (1, 2), "next": (1, 2)},
    date(2026, 11, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PSAP = Partner(
    "psap-phone-outage",
    "911 outage",
    ("Harlan County Emergency Communications", "Dawes County Emergency Communications",
     "Marion Valley Regional 911 Center", "Oconee Lakes Emergency Communications District"),
    {},
    {
        "summary": [
            it("The 911 phone system failed at the primary center on {failed}", failed="date -2 -2"),
            it("{answered} of 911 calls were answered within 15 seconds{answered.was}", answered="pct 60 99"),
        ],
        "system": [
            it("The vendor replaced the failed call-handling server and testing continues"),
            it("Text-to-911 remains unavailable until the system is fully restored"),
            it("{trunks} of the 911 trunks are back in service", trunks="pct 20 100"),
        ],
        "calls": [
            it("{calls} 911 calls were received in the last 24 hours{calls.was}", calls="n 300 2500"),
            it("{abandoned} calls were abandoned before answer", abandoned="n 2 90"),
        ],
        "backup": [
            it("Calls are routed to the backup center at the sheriff's office"),
            it("{positions} call-taker positions are staffed at the backup center", positions="n 3 12"),
        ],
        "impact": [
            it("Average time to dispatch priority calls is {dispatch} seconds", dispatch="n 40 180"),
            it("Fire and EMS crews are confirming addresses by radio before arrival"),
        ],
        "staffing": [
            it("{overtime} hours of overtime were worked by telecommunicators{overtime.was}", overtime="n 20 400"),
            it("{mutual} telecommunicators are on loan from neighboring counties", mutual="n 2 12"),
        ],
        "costs": [
            it("Overtime and vendor costs to date are {costs}", costs="cum 10 400"),
            it("The vendor's emergency call-out fee is {fee}", fee="money 5 60"),
        ],
        "risks": [
            risk("The risk of calls not reaching the backup center during peak hours {trend}",
                 mit=("overflow calls roll to the state police dispatch center",)),
            risk("The risk of wrong caller location while location data is unavailable {trend}",
                 mit=("call-takers confirm the address twice and use the radio to check landmarks",)),
            risk("Telecommunicator fatigue from extended shifts",
                 mit=("shifts are limited to twelve hours with a rest day after three shifts",)),
        ],
        "notification": [
            it("A public notice advising residents to call the ten-digit line if 911 fails was issued on {notice}",
               notice="date -1 0"),
            it("The county administrator briefed the board of commissioners"),
        ],
        "next": [
            it("Complete failover testing with the vendor by {failover}", failover="date 1 3"),
            it("Return call-taking to the primary center once testing is signed off"),
        ],
    },
    {"summary": (1, 2), "system": (1, 3), "calls": (1, 2), "backup": (1, 2), "impact": (1, 2), "staffing": (1, 2),
     "costs": (1, 2), "risks": (1, 3), "notification": (1, 2), "next": (1, 2)},
    date(2026, 4, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SEWAGE = Partner(
    "sewage-works-failure",
    "Wastewater incident",
    ("Severn Marches Water – Marsh Lane WwTW", "Severn Marches Water – Kingsmead WwTW",
     "Severn Marches Water – Aldbury Brook WwTW", "Severn Marches Water – Temeside WwTW"),
    {},
    {
        "summary": [
            it("The inlet pumping station failed after flooding of the control room on {failed}", failed="date -4 -4"),
            it("Untreated sewage has been discharged to the river through the storm overflow"),
        ],
        "works": [
            it("{pumps} of the inlet pumps are working{pumps.was}", pumps="n 1 4"),
            it("A temporary control panel was installed and is being tested"),
            it("Flow through the works is {flow} of normal", flow="pct 10 100"),
        ],
        "environment": [
            it("Dead fish were reported along {stretch} kilometres of river below the outfall", stretch="n 2 9"),
            it("The Environment Agency is investigating the discharge"),
        ],
        "sampling": [
            it("{samples} river samples were taken in the last 24 hours{samples.was}", samples="n 4 60"),
            it("Dissolved oxygen below the outfall has risen to {oxygen} of saturation", oxygen="pct 20 95"),
        ],
        "tankering": [
            it("{tankers} tankers are taking sewage to the Kingsmead works{tankers.was}", tankers="n 4 40"),
            it("Overpumping from the inlet chamber runs round the clock"),
        ],
        "customers": [
            it("{properties} properties were asked to limit water use{properties.was}", properties="n 100 3000"),
            it("Bathing at the Riverside Park beach is advised against until further notice"),
        ],
        "resourcing": [
            it("{staff} operators and contractors are on site{staff.was}", staff="n 10 120"),
            it("A second incident manager joins the rota from {rota}", rota="date 1 3"),
        ],
        "costs": [
            it("Incident costs so far are {costs}", costs="cum 50 2000"),
            it("Tankering costs this week are {tankering}", tankering="money 20 300"),
        ],
        "risks": [
            risk("The risk of further discharges if heavy rain arrives before the pumps are repaired {trend}",
                 mit=("extra tankers are booked and the storm tanks are kept empty",)),
            risk("The risk of harm to bathers downstream {trend}",
                 mit=("warning signs are placed at the beach and the council has been told",)),
            risk("Loss of power to the temporary control panel",
                 mit=("a standby generator is on site and tested every day",)),
        ],
        "engagement": [
            it("The Environment Agency and the council were briefed on {briefing}", briefing="date -1 0"),
            it("{complaints} customer complaints were received about odour{complaints.was}", complaints="n 2 80"),
        ],
        "actions": [
            it("Order replacement pump motors with delivery by {motors}", motors="date 3 10"),
            it("Send the root cause report to the regulator"),
        ],
    },
    {"summary": (1, 2), "works": (1, 3), "environment": (1, 2), "sampling": (1, 2), "tankering": (1, 2),
     "customers": (1, 2), "resourcing": (1, 2), "costs": (1, 2), "risks": (1, 3), "engagement": (1, 2),
     "actions": (1, 2)},
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
