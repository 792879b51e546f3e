"""Item ideas of four ``blind37_layouts`` publishers writing in English: Alaskan borough emergency operations centres
after an earthquake, Australian community recovery committees after a bushfire, Punjab district animal husbandry
offices in an outbreak of lumpy skin disease, and Philippine city and municipal disaster risk reduction and management
offices after an eruption of Kanlaon Volcano (``blind5_layouts_content`` explains the slots).
``blind37_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in each publisher's words.
The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

QUAKE = Partner(
    "us-ak-earthquake",
    "Earthquake",
    ("Chugach Bay Borough", "Tanana Flats Borough", "Kachemak Sound Borough", "Matanuska Ridge Borough"),
    {},
    {
        "summary": [
            it("A magnitude 7.1 earthquake struck the borough on {quake}", quake="date -2 -2"),
            it("{displaced} residents are displaced from damaged homes{displaced.was}", displaced="n 50 3000"),
        ],
        "situation": [
            it("The borough disaster declaration remains in effect"),
            it("{aftershocks} aftershocks of magnitude 3 or more have been recorded{aftershocks.was}",
               aftershocks="n 10 400"),
        ],
        "forecast": [
            it("The USGS puts the chance of a magnitude 6 or larger aftershock in the next week at {chance}",
               chance="pct 2 20"),
            it("Lows near {low} below zero are forecast through {until}", low="n 5 30", until="date 1 4"),
        ],
        "damage": [
            it("{homes} homes have major damage{homes.was}", homes="n 10 600"),
            it("{buildings} public buildings are closed pending structural inspection", buildings="n 2 30"),
        ],
        "sheltering": [
            it("{sheltered} people are sheltering at the borough recreation center{sheltered.was}",
               sheltered="n 20 800"),
            it("A warming center is open at the fire hall from 0800 to 2200"),
        ],
        "utilities": [
            it("{outages} customers are still without power{outages.was}", outages="n 100 9000"),
            it("The water system is under a boil water advisory after {breaks} main breaks", breaks="n 2 40"),
        ],
        "telecom": [
            it("Cell service is restored in {cell} of the borough", cell="pct 40 95"),
            it("Amateur radio operators are staffing the EOC and both shelters around the clock"),
        ],
        "staffing": [
            it("{staff} people are working in the EOC across two shifts", staff="n 12 60"),
            it("{engineers} structural engineers from the state are inspecting buildings{engineers.was}",
               engineers="n 2 20"),
        ],
        "costs": [
            it("Borough response costs to date are {costs}", costs="cum 100 3000"),
            it("The state has approved {grant} in disaster assistance", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of carbon monoxide poisoning from generators and heaters {trend}",
                 mit=("CO alarms handed out at the shelter and fire stations",)),
            risk("The risk of frozen pipes in unheated homes {trend}",
                 mit=("crews draining water lines in red-tagged homes",)),
            risk("A landslide onto the highway at Mile 42", mit=("geotechnical team checks the slope twice a day",)),
        ],
        "next": [
            it("Complete rapid damage assessments in the outlying villages by {rda}", rda="date 1 3"),
            it("Open a disaster recovery center with FEMA and the state"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "damage": (1, 2), "sheltering": (1, 2),
     "utilities": (1, 2), "telecom": (1, 2), "staffing": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 11, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

BUSHFIRE = Partner(
    "au-bushfire-recovery",
    "Bushfire recovery",
    ("Kiewa Ranges Community Recovery Committee", "Bundarra Plains Community Recovery Committee",
     "Towamba Valley Community Recovery Committee", "Omeo High Country Community Recovery Committee"),
    {},
    {
        "snapshot": [
            it("The Ridge Road fire burnt {ha} hectares across the valley before it was contained on {contained}",
               ha="n 2000 90000", contained="date -20 -14"),
            it("{homes} homes were lost in the fire{homes.was}", homes="n 5 300"),
        ],
        "situation": [
            it("The fire is now controlled and crews have moved to blacking out"),
            it("{roads} local roads are still closed for tree clearing{roads.was}", roads="n 2 20"),
        ],
        "outlook": [
            it("The Bureau forecasts hot and dry conditions, with a Total Fire Ban likely on {tfb}", tfb="date 1 6"),
            it("No significant rain is expected for the next fortnight"),
        ],
        "losses": [
            it("{stock} head of livestock were lost or had to be euthanised", stock="n 50 4000"),
            it("{fence} kilometres of boundary fencing were destroyed", fence="n 10 600"),
        ],
        "fencing": [
            it("BlazeAid volunteers have rebuilt {km} kilometres of fencing{km.was}", km="n 2 120"),
            it("{fodder} bales of donated fodder were delivered to farmers", fodder="n 50 3000"),
        ],
        "hub": [
            it("The recovery hub at the old school has had {visits} visits since it opened{visits.was}",
               visits="n 20 1500"),
            it("Services Australia and the Red Cross have staff at the hub on Tuesdays and Fridays"),
        ],
        "volunteers": [
            it("{vols} volunteers are registered with the committee{vols.was}", vols="n 20 400"),
            it("The council's recovery officer works from the hub three days a week"),
        ],
        "money": [
            it("The community appeal has raised {raised}", raised="cum 20 900"),
            it("Disaster recovery grants of {grants} have been paid to households", grants="money 20 600"),
        ],
        "risks": [
            risk("The risk of burnt trees falling on roads and fences {trend}",
                 mit=("arborists assessing trees along every reopened road",)),
            risk("The risk of ash and soil washing into water tanks {trend}",
                 mit=("free tank testing and straw bales on the steepest slopes",)),
            risk("Fatigue and stress among farmers",
                 mit=("a rural financial counsellor and a mental health clinician at the hub",)),
        ],
        "advice": [
            it("Wear a P2 mask and gloves when cleaning up ash and debris"),
            it("Do not drink tank water until it has been tested"),
        ],
        "coming": [
            it("Community meeting at the hall on {meeting} with the council and insurers", meeting="date 2 7"),
            it("Register for the clean-up program before {deadline}", deadline="date 7 21"),
        ],
    },
    {"snapshot": (1, 2), "situation": (1, 2), "outlook": (1, 2), "losses": (1, 2), "fencing": (1, 2),
     "hub": (1, 2), "volunteers": (1, 2), "money": (1, 2), "risks": (1, 3), "advice": (1, 2), "coming": (1, 2)},
    date(2026, 1, 12), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

LUMPY = Partner(
    "in-pb-lumpy-skin",
    "Lumpy skin disease",
    ("Office of the Deputy Director Animal Husbandry, Ludhiana", "Office of the Deputy Director Animal Husbandry, "
     "Bathinda", "Office of the Deputy Director Animal Husbandry, Hoshiarpur",
     "Office of the Deputy Director Animal Husbandry, Fazilka"),
    {},
    {
        "summary": [
            it("Lumpy skin disease was confirmed in cattle in the district on {first}", first="date -30 -20"),
            it("{cases} animals have been affected so far{cases.was}", cases="n 200 20000"),
        ],
        "situation": [
            it("The disease has been reported from {villages} villages in {blocks} blocks", villages="n 10 400",
               blocks="n 2 11"),
            it("{deaths} animals have died of the disease{deaths.was}", deaths="n 5 900"),
            it("{recovered} affected animals have recovered", recovered="n 50 12000"),
        ],
        "surveillance": [
            it("{samples} samples were sent to the NRDDL Jalandhar for testing", samples="n 5 120"),
            it("Veterinary teams surveyed {surveyed} villages during the week{surveyed.was}", surveyed="n 20 600"),
        ],
        "vaccination": [
            it("{vaccinated} cattle have been vaccinated with goat pox vaccine{vaccinated.was}",
               vaccinated="n 5000 300000"),
            it("A further {doses} doses are expected from the Directorate by {doses_by}", doses="n 10000 200000",
               doses_by="date 2 8"),
        ],
        "treatment": [
            it("Antibiotics, anti-inflammatory drugs and ointments are provided free of cost at all veterinary "
               "hospitals"),
            it("{dispensaries} veterinary dispensaries remain open on Sundays during the outbreak",
               dispensaries="n 10 80"),
        ],
        "disposal": [
            it("Carcasses are buried at least six feet deep with lime and salt"),
            it("{sites} burial sites have been identified with the gram panchayats", sites="n 5 60"),
        ],
        "staff": [
            it("{teams} rapid response teams of veterinary officers and inspectors are in the field{teams.was}",
               teams="n 5 60"),
            it("Leave of all field staff has been cancelled till further orders"),
        ],
        "finance": [
            it("An amount of {spent} has been spent on medicines and vaccination so far", spent="cum 100 3000"),
            it("{grant} has been released from the State Disaster Response Fund", grant="money 100 900"),
        ],
        "risks": [
            risk("The risk of spread through cattle fairs and the movement of animals {trend}",
                 mit=("cattle fairs banned in the district under section 163 of the BNSS",)),
            risk("The risk of spread by flies and mosquitoes {trend}",
                 mit=("fogging and spraying of cattle sheds through the gram panchayats",)),
            risk("Shortage of vaccine in the remote blocks",
                 mit=("demand placed with the Directorate for more doses",)),
        ],
        "advisory": [
            it("Isolate sick animals from the healthy herd"),
            it("Do not throw carcasses in open fields, drains or canals"),
        ],
        "plan": [
            it("Complete the vaccination of all cattle in the affected villages by {complete}", complete="date 5 15"),
            it("Hold awareness camps for dairy farmers in every block"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "surveillance": (1, 2), "vaccination": (1, 2), "treatment": (1, 2),
     "disposal": (1, 2), "staff": (1, 2), "finance": (1, 2), "risks": (1, 3), "advisory": (1, 2), "plan": (1, 2)},
    date(2026, 8, 10), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

ASHFALL = Partner(
    "ph-kanlaon-ashfall",
    "Kanlaon Volcano eruption",
    ("La Castellana MDRRMO", "Canlaon City CDRRMO", "La Carlota City CDRRMO", "Bago City CDRRMO"),
    {},
    {
        "highlights": [
            it("Kanlaon Volcano erupted on {eruption}, sending ash over the city", eruption="date -3 -3"),
            it("{families} families are staying in evacuation centers{families.was}", families="n 100 5000"),
        ],
        "situation": [
            it("PHIVOLCS keeps Kanlaon Volcano at Alert Level 3"),
            it("Ashfall was reported in {barangays} barangays{barangays.was}", barangays="n 2 30"),
        ],
        "outlook": [
            it("PHIVOLCS warns that another explosive eruption may occur within days"),
            it("PAGASA expects southwest winds to carry ash over the city until {until}", until="date 1 3"),
        ],
        "population": [
            it("{persons} persons in {affected} families are affected{persons.was}", persons="n 2000 40000",
               affected="n 100 1500"),
            it("{home} families are staying with relatives outside evacuation centers", home="n 20 2000"),
        ],
        "agriculture": [
            it("Damage to crops is estimated at {crops}", crops="money 100 900"),
            it("{hectares} hectares of sugarcane and rice are covered in ash", hectares="n 50 5000"),
        ],
        "relief": [
            it("{packs} family food packs were distributed by the CSWDO and DSWD{packs.was}", packs="n 200 9000"),
            it("{masks} N95 and surgical masks were given out in the ashfall areas", masks="n 1000 50000"),
        ],
        "personnel": [
            it("{personnel} personnel from the LGU, BFP, PNP and volunteer groups are deployed", personnel="n 50 900"),
            it("Two teams from the Philippine Army are assisting with the evacuation"),
        ],
        "cost": [
            it("The cost of assistance provided so far is {cost}", cost="cum 100 4000"),
            it("The Sangguniang Panlungsod released {qrf} from the Quick Response Fund", qrf="money 100 900"),
        ],
        "risks": [
            risk("The risk of respiratory illness in evacuation centers {trend}",
                 mit=("masks distributed and a medical team assigned to each center",)),
            risk("The risk of lahar along river channels during heavy rain {trend}",
                 mit=("families near river channels pre-emptively evacuated",)),
            risk("Congestion in evacuation centers", mit=("modular tents set up on the school grounds",)),
        ],
        "advisory": [
            it("Stay indoors and keep doors and windows closed during ashfall"),
            it("Wear an N95 mask or a damp cloth over your nose and mouth when outdoors"),
        ],
        "next": [
            it("Conduct a rapid damage and needs assessment in the affected barangays by {rdna}", rdna="date 1 3"),
            it("Prepare for the decampment of families once the alert level is lowered"),
        ],
    },
    {"highlights": (1, 2), "situation": (1, 2), "outlook": (1, 2), "population": (1, 2), "agriculture": (1, 2),
     "relief": (1, 2), "personnel": (1, 2), "cost": (1, 2), "risks": (1, 3), "advisory": (1, 2), "next": (1, 2)},
    date(2026, 6, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
