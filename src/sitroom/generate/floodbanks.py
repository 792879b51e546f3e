"""The phrase banks of a flood response and recovery, written to the flood-response template, in the form of
``sitroom.generate.banks``."""

from __future__ import annotations

from sitroom.generate.banks import Spec, it, risk

# A flood response and recovery, written to the flood-response template.
FLOOD: dict[str, list[Spec]] = {
    "situation": [
        it(
            "River levels on the Wend are falling but remain above normal at the town bridge gauge",
            "Levels on the River Wend are dropping and remain above normal at the town bridge gauge",
        ),
        it(
            "{flooded} properties are confirmed as flooded internally since the start of the event",
            "The count of properties flooded internally stands at {flooded}",
            flooded="n 180 420",
        ),
        it(
            "{roads} roads remain closed, including the A614 at Marsh End",
            "Road closures: {roads}, including the A614 at Marsh End",
            roads="n 3 18",
        ),
        it("Groundwater flooding continues in the low-lying villages to the east of the district"),
        it(
            "{evac} households remain evacuated from their homes",
            "Households still evacuated: {evac}",
            evac="n 20 110",
        ),
        it("Power has been restored to all properties affected by the substation failure"),
    ],
    "forecast": [
        it(
            "Further rain expected from {rain}, with up to {mm}mm on high ground",
            "The Met Office expects further rain from {rain}, up to {mm}mm on high ground",
            rain="date 1 4",
            mm="n 10 40",
        ),
        it(
            "{warn} flood warnings and {alerts} flood alerts are in force across the district",
            "Flood warnings in force: {warn}; flood alerts: {alerts}",
            warn="n 0 6",
            alerts="n 1 9",
        ),
        it("The Environment Agency expects river levels to stay high for the next few days"),
        it("No severe weather warnings are in force for the coming week"),
    ],
    "impacts": [
        it(
            "{rest} people used the rest centre at Wendham Leisure Centre overnight",
            "Overnight use of the Wendham Leisure Centre rest centre: {rest} people",
            rest="n 0 45",
        ),
        it(
            "{sandbags} sandbags issued from the depot since the start of the event",
            "Sandbags issued from the depot to date: {sandbags}",
            sandbags="n 4000 16000",
        ),
        it(
            "{schools} schools closed because of flooding or access problems",
            "Schools closed by flooding or access problems: {schools}",
            schools="n 0 7",
        ),
        it(
            "Waste collections suspended in {rounds} rounds because of road closures",
            "Road closures have suspended waste collections on {rounds} rounds",
            rounds="n 1 9",
        ),
        it("Two care homes were evacuated and all residents have been placed safely"),
        it("Bus services are diverted around the closed sections of the A614"),
    ],
    "response": [
        it(
            "Emergency centre stood down to recovery mode; the tactical group meets daily at 09:30",
            "The tactical co-ordinating group continues to meet each morning at 09:30",
        ),
        it(
            "Highways crews are clearing debris and gullies on the main routes into the town",
            "Debris and gully clearance continues on the main routes into the town",
        ),
        it(
            "Pumping continues at Marsh End with {pumps} high-volume pumps supplied by the fire service",
            "The fire service has {pumps} high-volume pumps working at Marsh End",
            pumps="n 2 8",
        ),
        it("Door knocking completed in all streets affected, with welfare needs logged for follow-up"),
        it(
            "Environmental health officers have inspected {food} food businesses affected by flood water",
            "{food} food businesses affected by flood water have been inspected",
            food="n 10 70",
        ),
        it("Mutual aid received from neighbouring councils for building control inspections"),
        it("Skips placed in the worst affected streets for flood-damaged household items"),
    ],
    "risks": [
        risk(
            "Risk of further flooding if forecast rain falls on saturated ground {trend}",
            mit=("pre-deployment of pumps and sandbags to the known hot spots",),
            levels=("is low", "is increasing", "is significant", "is critical"),
        ),
        risk(
            "Structural damage to the Marsh End bridge is being assessed",
            mit=("closure of the bridge to vehicles until the engineers' report is received",),
        ),
        risk(
            "Contaminated flood water in homes poses a health risk to residents returning",
            mit=("advice leaflets and cleaning kits issued with public health colleagues",),
        ),
        risk(
            "Staff fatigue after extended shifts {trend}",
            mit=("a rota limiting shifts to twelve hours with mutual aid to fill gaps",),
        ),
        risk(
            "Loss of landfill capacity for flood waste",
            mit=("a temporary waste transfer site agreed with the Environment Agency",),
        ),
        risk(
            "Insurance delays are leaving some households in temporary accommodation for longer",
            mit=("a dedicated housing officer working with the main insurers",),
        ),
    ],
    "recovery": [
        it(
            "Flood recovery grant of £500 paid to {grants} households so far",
            "{grants} households have now received the £500 flood recovery grant",
            grants="n 80 380",
        ),
        it(
            "Council tax relief applied to {ctax} flooded properties",
            "{ctax} flooded properties have had council tax relief applied",
            ctax="n 100 380",
        ),
        it(
            "The cost of the response to date is estimated at {cost}",
            "Response costs to date are estimated at {cost}",
            cost="cum 150 400",
        ),
        it("Business recovery support offered through the growth hub"),
        it(
            "A community recovery drop-in will be held at the village hall on {drop}",
            "The next community recovery drop-in is at the village hall on {drop}",
            drop="date 3 14",
        ),
        it("Section 19 flood investigation has started and will take several months"),
    ],
    "communications": [
        it("Daily press release issued with road closures and support available"),
        it(
            "Flood recovery pages on the council website had {views} views this week",
            "The council website's flood recovery pages had {views} views this week",
            views="n 2000 20000",
        ),
        it("Leaflets on cleaning up safely delivered to every affected household"),
        it("Local radio interview with the Leader on the recovery grant"),
        it("Ward members briefed on {brief} and will receive a weekly update", brief="date -6 -1"),
    ],
}
