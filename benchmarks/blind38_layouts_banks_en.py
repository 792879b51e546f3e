"""Item ideas of four ``blind38_layouts`` publishers writing in English: New Zealand community-led centres run from
marae after a cyclone, Vermont town emergency management directors after a flash flood, western North Carolina
mutual aid hubs after a hurricane, and Manitoba rural municipalities in a Red River flood (``blind5_layouts_content``
explains the slots). ``blind38_layouts_content`` prints the comparisons, amounts, dates and the mitigation's lead in
each publisher's words. The organisations are named after real kinds of body; the places, events and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

MARAE = Partner(
    "nz-cyclone-marae-hub",
    "Cyclone community hub",
    ("Waipātiki Marae Community Hub", "Te Awa Iti Marae Community Hub", "Pākōwhai Marae Community Hub",
     "Rangiwhakaoma Marae Community Hub"),
    {},
    {
        "summary": [
            it("The cyclone came through on {hit} and cut the valley road", hit="date -3 -3"),
            it("{stickered} homes in the valley are red or yellow stickered{stickered.was}", stickered="n 5 200"),
        ],
        "situation": [
            it("The road out to town is open to 4WD only"),
            it("We have checked on {households} households so far{households.was}", households="n 10 400"),
        ],
        "weather": [
            it("MetService has a heavy rain watch out until {until}", until="date 1 3"),
            it("Up to {mm} mm of rain is expected in the ranges", mm="n 40 200"),
        ],
        "damage": [
            it("{slips} slips are blocking farm tracks and driveways{slips.was}", slips="n 2 60"),
            it("{silt} houses have silt right through them", silt="n 5 200"),
        ],
        "whanau": [
            it("{slept} people slept at the marae last night{slept.was}", slept="n 5 180"),
            it("Kaumātua are in the wharenui and families with kids are in the wharekai"),
        ],
        "kai": [
            it("We are cooking {meals} meals a day{meals.was}", meals="n 50 900"),
            it("Civil Defence dropped off {pallets} pallets of water and kai", pallets="n 2 30"),
        ],
        "power": [
            it("{nopower} homes are still without power{nopower.was}", nopower="n 10 900"),
            it("The boil water notice is still on for the whole valley"),
        ],
        "volunteers": [
            it("{vols} volunteers are on the roster today{vols.was}", vols="n 5 120"),
            it("Two nurses from the iwi health service come in every morning"),
        ],
        "money": [
            it("Donations in the hub account total {raised}", raised="cum 2 300"),
            it("The Mayoral Relief Fund has given us {grant}", grant="money 5 200"),
        ],
        "risks": [
            risk("The risk of more slips on the valley road {trend}",
                 mit=("a digger is parked at the bridge and the road is checked every morning",)),
            risk("The risk of a gastro bug going round the marae {trend}",
                 mit=("sanitiser at every door and a separate wharepaku for anyone crook",)),
            risk("Volunteers burning out", mit=("a roster so nobody does more than two days in a row",)),
        ],
        "next": [
            it("Hui with the council and Civil Defence at the marae on {hui}", hui="date 1 4"),
            it("Get a generator out to the whānau up the back road"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "weather": (1, 2), "damage": (1, 2), "whanau": (1, 2), "kai": (1, 2),
     "power": (1, 2), "volunteers": (1, 2), "money": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 2, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

FLASH_FLOOD = Partner(
    "us-vt-flash-flood",
    "Flash flood",
    ("Town of Granby Falls", "Town of East Wolcott", "Town of Marshfield Center", "Town of Winooski Gap"),
    {},
    {
        "summary": [
            it("The flash flood on {flood} hit the village and the Route 2 corridor", flood="date -4 -4"),
            it("{inspected} homes have been inspected by the town's damage team{inspected.was}",
               inspected="n 10 400"),
        ],
        "situation": [
            it("The Select Board has declared a local emergency"),
            it("{reopened} town roads are open again{reopened.was}", reopened="n 2 40"),
        ],
        "weather": [
            it("The National Weather Service has a flood watch through {until}", until="date 1 3"),
            it("Rivers are expected to crest below flood stage this time"),
        ],
        "damage": [
            it("{destroyed} homes are destroyed or unlivable{destroyed.was}", destroyed="n 2 60"),
            it("{culverts} culverts washed out on town roads", culverts="n 2 50"),
        ],
        "roads": [
            it("The Brook Road bridge is closed until further notice"),
            it("VTrans has reopened Route 2 to one lane with a flagger"),
        ],
        "shelter": [
            it("{sheltered} people are staying at the school shelter{sheltered.was}", sheltered="n 3 120"),
            it("The Red Cross is running the shelter overnight"),
        ],
        "helpers": [
            it("{vols} volunteers signed in at the town garage this week{vols.was}", vols="n 10 400"),
            it("Road crews from {towns} neighboring towns are helping ours", towns="n 2 9"),
        ],
        "money": [
            it("Town flood costs so far are {costs}", costs="cum 50 2000"),
            it("FEMA Individual Assistance has paid {ia} to residents", ia="money 20 900"),
        ],
        "risks": [
            risk("The risk of mold in flooded homes {trend}",
                 mit=("free mold kits at the town office and a Health Department visit",)),
            risk("The risk of the old dam on the upper pond failing {trend}",
                 mit=("the dam is inspected twice a day and an evacuation plan is ready",)),
            risk("Scams targeting flood survivors",
                 mit=("contractors must register with the town clerk before working",)),
        ],
        "advice": [
            it("Register with FEMA at DisasterAssistance.gov or call 1-800-621-3362"),
            it("Do not drink well water until it has been tested"),
        ],
        "next": [
            it("Community meeting at the town hall on {meeting} at 6:30 pm", meeting="date 1 5"),
            it("Curbside debris pickup starts on {pickup}", pickup="date 2 8"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "weather": (1, 2), "damage": (1, 2), "roads": (1, 2),
     "shelter": (1, 2), "helpers": (1, 2), "money": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 7, 14), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

MUTUAL_AID = Partner(
    "us-nc-hurricane-mutual-aid",
    "Hurricane mutual aid",
    ("Laurel Fork Mutual Aid Hub", "Cane Creek Community Hub", "Bee Tree Mutual Aid Hub", "Sandy Mush Mutual Aid Hub"),
    {},
    {
        "tldr": [
            it("Still no cell service up the hollows, the Starlink at the hub is our only link"),
            it("We reached {checks} households on wellness checks today{checks.was}", checks="n 10 300"),
        ],
        "status": [
            it("The hub at the fire department is open 8am to 8pm"),
            it("{blocked} roads are still blocked by trees or washouts{blocked.was}", blocked="n 2 40"),
        ],
        "weather": [
            it("NWS says dry through {until}, then rain", until="date 1 3"),
            it("Overnight lows around {low} degrees", low="n 34 50"),
        ],
        "damage": [
            it("{homes} homes with major damage are on our list{homes.was}", homes="n 5 300"),
            it("The low water bridge on the creek road is gone"),
        ],
        "supplies": [
            it("{loads} truckloads of supplies came in today{loads.was}", loads="n 2 30"),
            it("We are out of size 4 and 5 diapers and baby formula"),
        ],
        "water": [
            it("{gallons} gallons of drinking water went out today", gallons="n 200 9000"),
            it("Non-potable water for flushing is at the tanker in the church lot"),
        ],
        "runners": [
            it("{vols} volunteers checked in today{vols.was}", vols="n 10 250"),
            it("{saws} chainsaw crews went out to clear driveways", saws="n 2 20"),
        ],
        "funds": [
            it("The hub fund has raised {raised} so far", raised="cum 5 400"),
            it("We spent {spent} on generators and fuel this week", spent="money 2 60"),
        ],
        "risks": [
            risk("The risk of carbon monoxide from generators run indoors {trend}",
                 mit=("we hand out a CO detector with every generator",)),
            risk("The risk of landslides on the steep roads {trend}",
                 mit=("no runners on the ridge roads after dark",)),
            risk("People posing as FEMA inspectors",
                 mit=("ask for the badge and call the hub before letting anyone in",)),
        ],
        "asks": [
            it("We need chainsaw chains and bar oil"),
            it("Drivers with 4WD for deliveries up the hollows"),
        ],
        "next": [
            it("Wellness checks on the upper creek road"),
            it("The FEMA recovery center opens at the high school on {drc}", drc="date 1 4"),
        ],
    },
    {"tldr": (1, 2), "status": (1, 2), "weather": (1, 2), "damage": (1, 2), "supplies": (1, 2), "water": (1, 2),
     "runners": (1, 2), "funds": (1, 2), "risks": (1, 3), "asks": (1, 2), "next": (1, 2)},
    date(2026, 10, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

RED_RIVER = Partner(
    "ca-mb-red-river-flood",
    "Spring flood",
    ("RM of Morris", "RM of Montcalm", "RM of Emerson-Franklin", "RM of Ritchot"),
    {},
    {
        "key": [
            it("The Red River crested at Emerson on {crest}", crest="date -2 -2"),
            it("{evacuated} residents remain under an evacuation order{evacuated.was}", evacuated="n 10 900"),
        ],
        "situation": [
            it("The RM's state of local emergency remains in effect"),
            it("{ringdikes} community ring dikes are closed{ringdikes.was}", ringdikes="n 2 8"),
        ],
        "forecast": [
            it("The Hydrologic Forecast Centre expects the crest at Morris by {crest2}", crest2="date 1 5"),
            it("Water levels are expected to stay high for {days} days", days="n 3 20"),
        ],
        "impacts": [
            it("{surrounded} homes are surrounded by water{surrounded.was}", surrounded="n 5 400"),
            it("{acres} acres of farmland are under water", acres="n 500 90000"),
        ],
        "dikes": [
            it("{bags} sandbags have been placed{bags.was}", bags="n 5000 400000"),
            it("{pumps} pumps are running around the clock", pumps="n 2 40"),
        ],
        "roads": [
            it("{closed} municipal roads are closed{closed.was}", closed="n 2 80"),
            it("PTH 75 is closed south of Morris"),
        ],
        "evacuations": [
            it("{hotel} evacuees are staying in hotels in Winnipeg{hotel.was}", hotel="n 5 600"),
            it("Red Cross registration is open at the RM office"),
        ],
        "personnel": [
            it("{staff} staff and volunteers are on shift{staff.was}", staff="n 10 300"),
            it("{ff} firefighters from neighbouring RMs are helping with dike patrols", ff="n 4 60"),
        ],
        "costs": [
            it("Flood response costs to date are {costs}", costs="cum 50 3000"),
            it("Disaster Financial Assistance claims received total {dfa}", dfa="money 20 900"),
        ],
        "risks": [
            risk("The risk of a breach at the ring dike {trend}",
                 mit=("dike patrols every two hours and a standby crew with sandbags",)),
            risk("The risk of ice jams at the bridges {trend}",
                 mit=("ice-breaking equipment on standby at the bridge",)),
            risk("Fatigue among volunteers", mit=("shifts limited to twelve hours",)),
        ],
        "next": [
            it("Continue dike patrols and pumping"),
            it("Reassess the evacuation order on {reassess}", reassess="date 1 3"),
        ],
    },
    {"key": (1, 2), "situation": (1, 2), "forecast": (1, 2), "impacts": (1, 2), "dikes": (1, 2), "roads": (1, 2),
     "evacuations": (1, 2), "personnel": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 4, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
