"""Item ideas of four ``blind14_layouts`` publishers of the wider English-writing world: an Indian state's
disaster management department in a monsoon flood, a Kenyan county's department of health in a cholera
outbreak, a South African municipality's disaster management centre in disruptive rain, and a Philippine
province's disaster risk reduction and management office in a tropical storm (``blind5_layouts_content``
explains the slots). The generator's figures, dates and "(up from … )" notes are British English;
``blind14_layouts_content`` prints them in each publisher's conventions ("24,00,000", "16th March", "R3 400",
"PHP 1.25 million"). The organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SDMA = Partner(
    "sdma-in",
    "Monsoon Floods 2024",
    ("Government of Suvarnapur", "Government of Kosala Pradesh", "Government of Tirhut", "Government of Vanganga"),
    {},
    {
        "situation": [
            it("Heavy to very heavy rainfall was recorded in {dists} districts in the last 24 hours", dists="n 3 14"),
            it("{districts} districts, {blocks} blocks and {villages} villages are affected by floods{villages.was}",
               districts="n 4 18", blocks="n 20 140", villages="n 300 2600"),
            it("The total population affected is {pop}{pop.was}", pop="n 150000 2400000"),
        ],
        "forecast": [
            it("IMD has issued an orange alert for very heavy rainfall till {till}", till="date 1 3"),
            it("The river Suvarnarekha is flowing {cm} cm above danger level at Rajghat", cm="n 10 160"),
            it("The water level of the river Kosi is showing a falling trend at Baltara"),
        ],
        "impacts": [
            it("{houses} houses have been fully or partially damaged{houses.was}", houses="n 500 32000"),
            it("{lives} human lives have been lost due to drowning and house collapse so far", lives="n 2 60"),
            it("Crop area of {ha} hectares is submerged", ha="n 2000 150000"),
            it("{cattle} cattle heads have been lost", cattle="n 20 3000"),
        ],
        "response": [
            it("{camps} relief camps are functional with {inmates} inmates{inmates.was}", camps="n 10 400",
               inmates="n 2000 180000"),
            it("{kitchens} community kitchens are running in the affected districts", kitchens="n 20 900"),
            it("{boats} boats have been deployed for rescue and evacuation", boats="n 40 900"),
            it("Dry ration packets and polythene sheets have been distributed to the affected families"),
            it("Gratuitous relief of Rs. {gr} lakh has been sanctioned to the affected districts", gr="n 50 2500"),
        ],
        "workforce": [
            it("{ndrf} teams of NDRF and {sdrf} teams of SDRF are deployed{ndrf.was}", ndrf="n 4 24", sdrf="n 6 40"),
            it("{army} columns of the Army are on standby at Barauni", army="n 1 6"),
        ],
        "risks": [
            risk("The threat of a breach in the Kosi embankment near Nirmali {trend}",
                 mit=("Water Resources Department engineers are patrolling the embankment round the clock and EC "
                      "bags have been stacked at vulnerable points",)),
            risk("Outbreak of water-borne diseases in the relief camps",
                 mit=("medical teams have been deployed in all camps and halogen tablets distributed",)),
            risk("Snake bite cases in the flood affected villages",
                 mit=("anti-snake venom has been stocked at all PHCs",)),
        ],
        "communications": [
            it("Advisories have been issued to the public through All India Radio, Doordarshan and social media"),
            it("SMS alerts were sent to {sms} mobile subscribers in the flood prone blocks", sms="n 50000 900000"),
        ],
    },
    {"situation": (2, 3), "forecast": (1, 3), "impacts": (2, 4), "response": (2, 4), "workforce": (1, 2),
     "risks": (1, 2), "communications": (1, 2)},
    date(2024, 7, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CHOLERA = Partner(
    "cholera-ke",
    "Cholera Outbreak",
    ("County Government of Mwangaza", "County Government of Tana Ridge", "County Government of Kilima",
     "County Government of Ziwa Magharibi"),
    {},
    {
        "key": [
            it("{cases} cumulative cases have been reported since the onset of the outbreak{cases.was}",
               cases="n 40 1800"),
            it("{deaths} deaths have been reported, a case fatality rate of {cfr}", deaths="n 0 30", cfr="pct 1 4"),
            it("{subc} sub-counties are affected", subc="n 2 7"),
            it("The outbreak was confirmed by culture at the National Public Health Laboratory on {conf}",
               conf="date -20 -10"),
        ],
        "situation": [
            it("{new} new cases were reported this week{new.was}", new="n 5 300"),
            it("{rdt} samples were tested by RDT, of which {pos} were positive", rdt="n 20 300", pos="n 5 120"),
            it("Most cases are aged between 15 and 34 years"),
            it("Most cases are from the fishing villages along the lake shore"),
        ],
        "coord": [
            it("The County Public Health Emergency Management Committee meets daily"),
            it("Partner mapping has been updated with the Red Cross, UNICEF and MSF"),
        ],
        "surveillance": [
            it("Active case search was conducted in {villages} villages", villages="n 4 60"),
            it("{chp} community health promoters were trained on community-based surveillance", chp="n 20 300"),
        ],
        "casemgmt": [
            it("{ctc} cholera treatment centres and units are operational", ctc="n 1 8"),
            it("{orp} oral rehydration points have been set up in the affected villages", orp="n 3 40"),
        ],
        "wash": [
            it("{hh} households received Aquatabs and jerrycans", hh="n 200 9000"),
            it("Water points at Kendu and Homa beaches are being chlorinated daily"),
        ],
        "rcce": [
            it("Radio talk shows are running on Radio Ziwa FM in Dholuo and Kiswahili"),
            it("{reached} households were reached through door-to-door health education{reached.was}",
               reached="n 500 20000"),
        ],
        "risks": [
            risk("The shortage of IV fluids and cholera kits {trend}",
                 mit=("a request has been made to KEMSA and partners for emergency supplies",)),
            risk("Open defecation along the lake shore",
                 mit=("CLTS triggering and construction of latrines with partners",)),
            risk("Delayed stipends for community health promoters",
                 mit=("resource mobilisation with partners and the County Treasury",)),
        ],
        "next": [
            it("Oral cholera vaccination campaign targeting {ocv} people from {start}", ocv="n 20000 200000",
               start="date 3 14"),
            it("Strengthen cross-border surveillance with the neighbouring counties"),
            it("Hold the weekly partners' review meeting on {meet}", meet="date 1 6"),
        ],
    },
    {"key": (2, 4), "situation": (2, 3), "coord": (1, 2), "surveillance": (1, 2), "casemgmt": (1, 2),
     "wash": (1, 2), "rcce": (1, 2), "risks": (1, 2), "next": (1, 3)},
    date(2024, 3, 14), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

DMC = Partner(
    "dmc-za",
    "Disruptive Rain and Flooding",
    ("Kwena Bay Metropolitan Municipality", "Thabeng District Municipality", "Nqaba Local Municipality",
     "Lwandle Coast District Municipality"),
    {},
    {
        "forecast": [
            it("The SAWS Orange Level 8 warning for disruptive rain is in place until {until}", until="date 0 2"),
            it("Rainfall of up to {rain} mm is expected over the next 24 hours", rain="n 20 120"),
        ],
        "situation": [
            it("{wards} wards have reported flooding incidents{wards.was}", wards="n 3 40"),
            it("The Umhlali River has burst its banks near the N2 bridge"),
            it("Informal settlements along the river banks are the worst affected"),
        ],
        "impacts": [
            it("{hh} households have been affected{hh.was}", hh="n 100 6000"),
            it("{displaced} people have been displaced and are accommodated in community halls",
               displaced="n 20 2400"),
            it("{roads} roads are closed due to flooding and sinkholes", roads="n 2 45"),
            it("{fatal} fatalities have been confirmed by SAPS", fatal="n 0 12"),
        ],
        "response": [
            it("Fire and Rescue Services conducted {rescues} water rescues", rescues="n 1 60"),
            it("SASSA and Social Development are distributing food parcels and blankets"),
            it("Municipal electricity teams have restored supply to {pwr} of affected customers", pwr="pct 30 95"),
            it("Humanitarian relief valued at {relief} has been distributed", relief="money 100 3000"),
        ],
        "risks": [
            risk("Further flooding of informal settlements along the Umhlali River {trend}",
                 mit=("pre-emptive relocation of residents to community halls",)),
            risk("Structural failure of the Mgababa low-water bridge",
                 mit=("bridge closed pending inspection by the Roads Department",)),
            risk("Looting of damaged spaza shops", mit=("SAPS and Metro Police patrols in the affected wards",)),
        ],
        "next": [
            it("The Joint Operations Committee meets at 08h00 on {meet}", meet="date 1 1"),
            it("Submit the classification request to the Provincial Disaster Management Centre by {due}",
               due="date 1 4"),
            it("Conduct damage assessments in all affected wards"),
        ],
    },
    {"forecast": (1, 2), "situation": (2, 3), "impacts": (2, 4), "response": (2, 3), "risks": (1, 3),
     "next": (1, 3)},
    date(2024, 6, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PDRRMO = Partner(
    "pdrrmo-ph",
    'Severe Tropical Storm "DALISAY"',
    ("Province of Nueva Alcala", "Province of San Rafael del Norte", "Province of Isla Mabini",
     "Province of Aurelia Sur"),
    {},
    {
        "situation": [
            it('Severe Tropical Storm "DALISAY" was last located {km} km west of Baler', km="n 60 400"),
            it("Tropical Cyclone Wind Signal No. 2 remains raised over the northern municipalities"),
            it("Moderate to heavy rains with gusty winds continue over the province"),
        ],
        "population": [
            it("{fam} families or {per} persons are affected in {brgy} barangays{fam.was}", fam="n 200 30000",
               per="n 800 120000", brgy="n 10 300"),
            it("{ec} evacuation centers are open, serving {ecfam} families", ec="n 5 120", ecfam="n 50 8000"),
        ],
        "casualties": [
            it("{dead} dead, {inj} injured and {miss} missing have been reported{dead.was}", dead="n 0 20",
               inj="n 0 40", miss="n 0 10"),
            it("All reported casualties are subject to validation by the MDRRMOs"),
        ],
        "lifelines": [
            it("{roads} road sections are not passable due to landslides and flooding", roads="n 1 30"),
            it("Power interruption is reported in {pw} municipalities{pw.was}", pw="n 1 15"),
            it("Sea travel is suspended at all ports of the province"),
        ],
        "damage": [
            it("{houses} houses have been damaged, {totally} of them totally", houses="n 10 9000",
               totally="n 0 900"),
            it("Damage to agriculture is estimated at {agri}", agri="money 500 9000"),
        ],
        "response": [
            it("Pre-emptive evacuation of {pre} families from high-risk areas", pre="n 50 6000"),
            it("Family food packs worth {ffp} were distributed by the PSWDO", ffp="money 100 4000"),
            it("The Provincial Emergency Operations Center is on Red Alert status"),
            it("Rescue teams of the BFP, PNP and PCG are on standby"),
        ],
        "risks": [
            risk("Possible landslides in the mountain barangays {trend}",
                 mit=("forced evacuation of residents in landslide-prone areas",)),
            risk("Shortage of potable water in evacuation centers",
                 mit=("water tankers from the BFP and the provincial water district",)),
            risk("Isolated barangays in the upland areas",
                 mit=("relief goods delivered by Philippine Air Force helicopter",)),
        ],
    },
    {"situation": (2, 3), "population": (1, 2), "casualties": (1, 2), "lifelines": (1, 3), "damage": (1, 2),
     "response": (2, 4), "risks": (1, 2)},
    date(2024, 10, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
