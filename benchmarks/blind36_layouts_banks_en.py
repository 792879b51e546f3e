"""Item ideas of four ``blind36_layouts`` publishers writing in English: American county public health departments in
wildfire smoke, New Zealand district councils after a ransomware attack, British water companies under a boil water
notice after Cryptosporidium was found, and American county offices of emergency management after a chemical plant
fire (``blind5_layouts_content`` explains the slots). ``blind36_layouts_content`` prints the comparisons, amounts,
dates and the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the
places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SMOKE = Partner(
    "us-wildfire-smoke",
    "Wildfire smoke",
    ("Klamath Basin County Public Health", "Upper Columbia Health District", "Sawtooth County Public Health",
     "Blue Ridge Valley Health Department"),
    {},
    {
        "summary": [
            it("Smoke from the Cinder Butte fire has covered the county since {since}", since="date -3 -3"),
            it("The Air Quality Index reached {aqi} yesterday, in the hazardous range{aqi.was}", aqi="n 160 480"),
        ],
        "situation": [
            it("An air quality alert remains in effect for the whole county"),
            it("The Cinder Butte fire has burned {acres} acres and is {contained} contained", acres="n 2000 90000",
               contained="pct 5 60"),
        ],
        "forecast": [
            it("Smoke is forecast to stay in the valley until {clear}, when a cold front is due", clear="date 1 4"),
            it("Overnight inversions will trap smoke near the ground in the mornings"),
        ],
        "impacts": [
            it("Emergency department visits for asthma rose to {visits} yesterday{visits.was}", visits="n 10 300"),
            it("Clinics report more calls from people with heart and lung conditions"),
        ],
        "cleanair": [
            it("{spaces} clean air spaces are open in libraries and senior centers{spaces.was}", spaces="n 2 30"),
            it("{filters} portable air cleaners were lent to residents", filters="n 50 2500"),
        ],
        "schools": [
            it("{schools} schools moved recess and sports indoors", schools="n 3 60"),
            it("The county fair has cancelled its outdoor events for the weekend"),
        ],
        "staffing": [
            it("{nurses} public health nurses are staffing clean air spaces{nurses.was}", nurses="n 4 60"),
            it("Environmental health staff are working extended shifts"),
        ],
        "costs": [
            it("Response costs to date are {costs}", costs="cum 30 900"),
            it("The state released {grant} for air cleaners and N95 masks", grant="money 20 400"),
        ],
        "risks": [
            risk("The risk of serious illness among outdoor workers {trend}",
                 mit=("N95 masks handed out at farms and building sites",)),
            risk("The risk of smoke exposure for people without housing {trend}",
                 mit=("outreach teams bring masks and rides to clean air spaces",)),
            risk("Power cuts stopping air cleaners at care homes",
                 mit=("backup generators checked at every licensed care home",)),
        ],
        "advice": [
            it("Keep windows and doors closed and set air conditioners to recirculate"),
            it("Wear a well-fitted N95 mask if you must be outdoors"),
        ],
        "next": [
            it("Reassess school and event guidance on {reassess}", reassess="date 1 2"),
            it("Open two more clean air spaces if the index stays above 300"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "cleanair": (1, 2),
     "schools": (1, 2), "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 8, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RANSOM = Partner(
    "nz-council-ransomware",
    "Ransomware incident",
    ("Rangitoto Coast District Council", "Waipara Plains District Council", "Te Awa Valley District Council",
     "Kahurangi Bay District Council"),
    {},
    {
        "summary": [
            it("Council systems were hit by ransomware on {attack}", attack="date -3 -3"),
            it("Core services remain available through manual workarounds"),
        ],
        "status": [
            it("The incident is contained; no new encryption has been seen since {contained}", contained="date -2 -1"),
            it("{servers} servers are still isolated from the network{servers.was}", servers="n 5 120"),
        ],
        "impact": [
            it("Building consent processing is delayed by about {delay} working days", delay="n 2 15"),
            it("Rates and dog registration payments can only be taken at the counter"),
        ],
        "services": [
            it("The website, library catalogue and online payments are offline"),
            it("Water and wastewater SCADA were not affected and run normally"),
        ],
        "restoration": [
            it("{restored} of business applications have been restored{restored.was}", restored="pct 10 90"),
            it("Email for all staff is expected back by {mail}", mail="date 1 4"),
        ],
        "resourcing": [
            it("{staff} IT staff and contractors are working on the recovery", staff="n 6 60"),
            it("The National Cyber Security Centre has provided {advisers} advisers", advisers="n 1 6"),
        ],
        "costs": [
            it("Incident costs to date are {costs}", costs="cum 50 1200"),
            it("The insurer has approved {claim} for forensic work", claim="money 40 400"),
        ],
        "risks": [
            risk("The risk that ratepayers' personal information was taken {trend}",
                 mit=("dark web monitoring and a privacy breach notification plan",)),
            risk("The risk of staff fatigue in the IT team {trend}", mit=("a two-shift roster and enforced days off",)),
            risk("Phishing emails pretending to be from the council", mit=("public warnings on radio and Facebook",)),
        ],
        "comms": [
            it("Updates are posted on the council's Facebook page twice a day"),
            it("The contact centre took {calls} calls about the incident yesterday{calls.was}", calls="n 50 1500"),
        ],
        "next": [
            it("Restore the rates and property system by {rates}", rates="date 2 6"),
            it("Brief elected members at the extraordinary meeting on {meeting}", meeting="date 1 3"),
        ],
    },
    {"summary": (1, 2), "status": (1, 2), "impact": (1, 2), "services": (1, 2), "restoration": (1, 2),
     "resourcing": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 3, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CRYPTO = Partner(
    "gb-boil-water-crypto",
    "Boil water notice",
    ("Severn Marches Water", "Wessex Downs Water", "Pennine Valleys Water", "East Anglian Fens Water"),
    {},
    {
        "summary": [
            it("A boil water notice has been in place for {homes} properties since {since}", homes="n 2000 60000",
               since="date -4 -4"),
            it("Cryptosporidium was found at the Hollins Lane treatment works"),
        ],
        "sampling": [
            it("{samples} samples were taken across the network yesterday{samples.was}", samples="n 20 400"),
            it("{clear} consecutive days of clear samples are needed before the notice is lifted", clear="n 2 5"),
        ],
        "notice": [
            it("The notice area covers {postcodes} postcode sectors", postcodes="n 3 30"),
            it("Businesses serving food have been told to use bottled water"),
        ],
        "supplies": [
            it("{bottles} litres of bottled water were handed out at {stations} stations", bottles="n 10000 400000",
               stations="n 2 12"),
            it("Deliveries to customers on the priority services register continue daily"),
        ],
        "health": [
            it("The UK Health Security Agency has confirmed {cases} cases of cryptosporidiosis{cases.was}",
               cases="n 2 90"),
            it("GPs in the area have been asked to send stool samples from anyone with diarrhoea"),
        ],
        "resourcing": [
            it("{staff} staff are working on the response, including bottled water stations", staff="n 30 400"),
            it("Mutual aid has been provided by two neighbouring water companies"),
        ],
        "costs": [
            it("Response costs to date are {costs}", costs="cum 100 3000"),
            it("Compensation payments of {comp} have been made to households", comp="money 50 900"),
        ],
        "risks": [
            risk("The risk of vulnerable customers drinking unboiled water {trend}",
                 mit=("doorstep visits to every household on the priority services register",)),
            risk("The risk of bottled water stocks running out {trend}",
                 mit=("a second supplier contracted and a reserve held at the depot",)),
            risk("Traffic at the bottled water stations", mit=("marshals and a one-way system at each site",)),
        ],
        "comms": [
            it("Leaflets were delivered to every property in the notice area"),
            it("The incident web page was viewed {views} times yesterday{views.was}", views="n 1000 90000"),
        ],
        "next": [
            it("Complete the inspection of the ultraviolet treatment units by {uv}", uv="date 1 3"),
            it("Agree the criteria for lifting the notice with the Drinking Water Inspectorate"),
        ],
    },
    {"summary": (1, 2), "sampling": (1, 2), "notice": (1, 2), "supplies": (1, 2), "health": (1, 2),
     "resourcing": (1, 2), "costs": (1, 2), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHEMFIRE = Partner(
    "us-chemical-fire",
    "Chemical plant fire",
    ("Harlan Ridge County Office of Emergency Management", "Bayou Teche Parish OHSEP",
     "Calumet River County Emergency Management", "Ohio Bend County EMA"),
    {},
    {
        "summary": [
            it("A fire broke out at the Delmar Chemical plant on {fire}", fire="date -2 -2"),
            it("{evacuated} residents remain under evacuation orders{evacuated.was}", evacuated="n 200 9000"),
        ],
        "situation": [
            it("The fire is out, but crews are still cooling tanks at the site"),
            it("The shelter-in-place order for the area north of Route 9 was lifted at {hour} a.m", hour="n 6 11"),
        ],
        "air": [
            it("EPA teams took {readings} air readings in neighborhoods yesterday{readings.was}", readings="n 40 900"),
            it("No readings above health screening levels were found outside the 1-mile zone"),
        ],
        "evacuation": [
            it("The evacuation zone covers a {radius}-mile radius around the plant", radius="n 1 3"),
            it("Residents may return to their homes from {return_}", return_="date 1 3"),
        ],
        "shelters": [
            it("{sheltered} people stayed overnight at the high school shelter", sheltered="n 10 600"),
            it("The Red Cross is also running a pet-friendly shelter at the fairgrounds"),
        ],
        "roads": [
            it("Route 9 between Mill Street and the county line remains closed"),
            it("{detours} school bus routes are on detours", detours="n 2 20"),
        ],
        "health": [
            it("The hospital has seen {patients} people for smoke or chemical exposure{patients.was}",
               patients="n 5 200"),
            it("The health department is collecting reports of symptoms through a survey"),
        ],
        "personnel": [
            it("{responders} responders from {agencies} agencies are assigned to the incident", responders="n 40 400",
               agencies="n 4 30"),
            it("A state hazardous materials team relieved the local crews overnight"),
        ],
        "costs": [
            it("County response costs to date are {costs}", costs="cum 50 1500"),
            it("The company has agreed to pay {claims} for residents' claims so far", claims="money 100 900"),
        ],
        "risks": [
            risk("The risk of runoff from firefighting foam reaching Sandy Creek {trend}",
                 mit=("booms and earthen dams placed along the creek",)),
            risk("The risk of a flare-up in the damaged storage tanks {trend}",
                 mit=("thermal imaging of the tanks every hour",)),
            risk("Residents returning before homes are cleared", mit=("sheriff's deputies staff every checkpoint",)),
        ],
        "info": [
            it("The public information line took {calls} calls yesterday", calls="n 50 3000"),
            it("A community meeting is planned at the high school gym"),
        ],
        "next": [
            it("Complete the testing of private wells near the plant by {wells}", wells="date 1 5"),
            it("Hand over the site to the state environmental agency"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "air": (1, 2), "evacuation": (1, 2), "shelters": (1, 2),
     "roads": (1, 2), "health": (1, 2), "personnel": (1, 2), "costs": (1, 2), "risks": (1, 3), "info": (1, 2),
     "next": (1, 2)},
    date(2026, 6, 1), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
