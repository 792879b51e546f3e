"""Item ideas of five ``blind29_layouts`` publishers in the United Kingdom: a multi-agency air quality cell during a
fire at a recycling site, a mountain rescue team in a search for a missing walker, a prison in a norovirus outbreak,
a trunk road operating company in a winter storm, and an inland navigation authority in a drought
(``blind5_layouts_content`` explains the slots). ``blind29_layouts_content`` prints the comparisons, the amounts, the
dates and the mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the
places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

AQC = Partner(
    "air-quality-cell",
    "Major Fire Air Quality",
    ("Humber Air Quality Cell", "Severn Vale Air Quality Cell", "Tees Valley Air Quality Cell",
     "Medway Air Quality Cell"),
    {},
    {
        "key": [
            it("Smoke from the fire at the Brackley Lane recycling site is still reaching homes downwind"),
            it("Hourly PM2.5 went above {peak} µg/m³ at the nearest monitor overnight", peak="n 40 400"),
        ],
        "site": [
            it("The fire service reports that {burning} of the stockpile is still burning{burning.was}",
               burning="pct 5 80"),
            it("Crews are turning the waste over with excavators, which increases the smoke for short periods"),
            it("The operator has stopped taking in waste at the site until {accept}", accept="date 5 20"),
        ],
        "met": [
            it("Winds are forecast to stay south-westerly at {wind} mph until {shift}", wind="n 5 25",
               shift="date 1 3"),
            it("A temperature inversion tonight may trap the smoke close to the ground"),
            it("Rain is expected on {rain}, which should damp the plume down", rain="date 1 4"),
        ],
        "monitoring": [
            it("{monitors} mobile monitors are deployed around the site{monitors.was}", monitors="n 2 12"),
            it("The highest hourly PM2.5 in the last 24 hours was {pmmax} µg/m³ at Oakfield Primary School",
               pmmax="n 20 350"),
            it("Asbestos fibres were not found in any of the {samples} air samples analysed so far", samples="n 4 60"),
            it("Dioxin results are expected back from the laboratory by {dioxin}", dioxin="date 2 8"),
        ],
        "advice": [
            it("UKHSA advises residents within {radius} km of the site to keep windows and doors closed",
               radius="n 1 5"),
            it("People with asthma should carry their inhalers and avoid exercise outdoors downwind of the fire"),
            it("Schools in the advice area are keeping children indoors at break times"),
        ],
        "resources": [
            it("{scientists} Environment Agency officers are running the monitors in shifts{scientists.was}",
               scientists="n 4 20"),
            it("The Met Office is running the plume model every {modelling} hours", modelling="n 3 12"),
        ],
        "risks": [
            risk("Smoke levels rising sharply if the stockpile collapses {trend}",
                 mit=("the fire service watches the stack with a drone and will warn the cell at once",)),
            risk("Firewater run-off reaching the Brackley Brook {trend}",
                 mit=("booms and a temporary bund are in place at the outfall",)),
            risk("Monitors losing power overnight",
                 mit=("battery packs are changed every morning and each monitor reports its status hourly",)),
        ],
        "comms": [
            it("The incident page with the latest advice has had {views} views{views.was}", views="n 500 40000"),
            it("Partners answer media enquiries with the cell's agreed lines"),
        ],
        "next": [
            it("Next cell meeting at 10:00 on {meeting}", meeting="date 1 2"),
            it("Review the advice area once monitoring has been below the threshold for two days"),
        ],
    },
    {"key": (1, 2), "site": (1, 3), "met": (1, 3), "monitoring": (1, 3), "advice": (1, 3), "resources": (1, 2),
     "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2025, 8, 11), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MRT = Partner(
    "mountain-rescue-search",
    "Missing Walker Search",
    ("Langdale Edge Mountain Rescue Team", "Brecon Uplands Search and Rescue Team", "Glen Orrin Mountain Rescue Team",
     "Kinder Moor Mountain Rescue Team"),
    {},
    {
        "summary": [
            it("The search for the walker last seen near the summit cairn on {seen} continues", seen="date -2 -2"),
            it("{hours} search hours have been logged by team members so far", hours="n 60 900"),
        ],
        "areas": [
            it("{searched} of the priority search areas have been cleared{searched.was}", searched="pct 20 95"),
            it("The north gully and the scree below the crags were searched with a dog team today"),
            it("The drone team flew {flights} thermal flights over the forest block", flights="n 2 14"),
        ],
        "teams": [
            it("{members} team members deployed today{members.was}", members="n 12 60"),
            it("{neighbours} neighbouring teams sent members under the regional callout", neighbours="n 1 6"),
            it("The coastguard helicopter flew a search of the crags in the morning"),
        ],
        "weather": [
            it("Cloud base down to {cloud} metres with rain clearing by {clear}", cloud="n 200 800", clear="date 1 2"),
            it("Gusts of {gusts} mph on the tops make the ridge unsafe for search parties", gusts="n 30 70"),
        ],
        "welfare": [
            it("The village hall is open as the rest and food point for searchers"),
            it("{rested} members have been stood down to rest for 24 hours", rested="n 2 15"),
        ],
        "risks": [
            risk("Searcher fatigue after long days on steep ground {trend}",
                 mit=("shifts are capped at eight hours and the team doctor checks everyone at debrief",)),
            risk("Rockfall in the north gully {trend}",
                 mit=("parties keep out of the fall line and wear helmets",)),
            risk("Radio dead spots on the east side of the valley",
                 mit=("a relay is set up on the ridge and parties check in every 30 minutes",)),
        ],
        "media": [
            it("Police are leading on media and issued a fresh appeal on {appeal}", appeal="date -1 0"),
            it("Our Facebook post asking walkers to check their photos was shared {shares} times", shares="n 100 8000"),
        ],
        "plan": [
            it("Briefing at base at 07:30"),
            it("Search the river banks downstream with the swift water team"),
            it("Review the search strategy with the police search adviser by {review}", review="date 1 2"),
        ],
    },
    {"summary": (1, 2), "areas": (1, 3), "teams": (1, 3), "weather": (1, 2), "welfare": (1, 2), "risks": (1, 3),
     "media": (1, 2), "plan": (1, 3)},
    date(2025, 10, 3), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PRISON = Partner(
    "prison-outbreak",
    "Outbreak Sitrep",
    ("HMP Ashcombe", "HMP Kestrel Moor", "HMP Blackwater", "HMP Thornbury Fields"),
    {},
    {
        "overview": [
            it("The prison has been under outbreak control measures since {since}", since="date -4 -4"),
            it("{cases} prisoners have reported symptoms since the outbreak began{cases.was}", cases="n 10 140"),
        ],
        "roll": [
            it("The roll is {roll} against an operational capacity of 990", roll="n 600 980"),
            it("{isolated} prisoners are isolating in their cells{isolated.was}", isolated="n 5 80"),
            it("Transfers in and out are paused apart from court production"),
        ],
        "regime": [
            it("The regime is restricted to {unlock} hours of unlock a day", unlock="n 1 6"),
            it("Social visits are cancelled until {visits}", visits="date 2 7"),
            it("Education and workshops are closed on the two affected wings"),
        ],
        "healthcare": [
            it("The healthcare team checks every prisoner with symptoms twice a day"),
            it("{samples} samples have been sent to the laboratory", samples="n 2 20"),
            it("The UKHSA health protection team chaired an outbreak control meeting on {ocm}", ocm="date -1 0"),
        ],
        "staffing": [
            it("{absent} officers are off sick with symptoms{absent.was}", absent="n 2 40"),
            it("Officers on detached duty from other prisons are covering {detached} shifts", detached="n 2 20"),
        ],
        "risks": [
            risk("Tension on the wings because of the restricted regime {trend}",
                 mit=("extra time out of cell for exercise and phone calls is given wing by wing",)),
            risk("Spread of the outbreak to staff {trend}",
                 mit=("staff with symptoms stay off for 48 hours and hand hygiene stations are at every wing gate",)),
            risk("Food service disrupted if servery workers fall ill",
                 mit=("the kitchen sends food in sealed trolleys and officers serve the meals",)),
        ],
        "comms": [
            it("A notice to prisoners explaining the restrictions was put up on every wing"),
            it("Families were told about the cancelled visits through the booking line and the prison's web page"),
        ],
        "actions": [
            it("Deep clean of the wing where the outbreak began by {clean}", clean="date 1 2"),
            it("Review the restrictions at the outbreak control meeting on {review}", review="date 1 3"),
        ],
    },
    {"overview": (1, 2), "roll": (1, 3), "regime": (1, 3), "healthcare": (1, 3), "staffing": (1, 2),
     "risks": (1, 3), "comms": (1, 2), "actions": (1, 2)},
    date(2025, 11, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

ROADS = Partner(
    "trunk-roads-storm",
    "Storm Response",
    ("Highland Trunk Roads", "Grampian Roads Operating Company", "Galloway Trunk Road Unit",
     "Forth and Tay Trunk Roads"),
    {},
    {
        "summary": [
            it("Amber warning for snow and wind in force until {warning}", warning="date 1 2"),
            it("{closed} trunk road sections are closed{closed.was}", closed="n 0 12"),
        ],
        "network": [
            it("The A9 is closed between the pass and the county boundary because of drifting snow"),
            it("{trees} fallen trees have been cleared from the network since the storm began", trees="n 5 200"),
            it("The A835 over the moor is open under convoy with a plough in front"),
        ],
        "treatment": [
            it("{gritters} gritters are out on the patrol routes{gritters.was}", gritters="n 6 40"),
            it("{salt} tonnes of salt were spread in the last 24 hours", salt="n 200 3000"),
            it("Snowploughs with blowers are working the high passes"),
        ],
        "impacts": [
            it("{held} HGVs are held at the stacking site at the depot", held="n 5 150"),
            it("Bus and coach services on the trunk routes are suspended"),
            it("Power cuts have stopped the traffic signals at {signals} junctions", signals="n 1 12"),
        ],
        "resources": [
            it("{operatives} operatives are on shift including mutual aid from the south unit", operatives="n 20 140"),
            it("Salt stocks at the depots are at {stock} of capacity{stock.was}", stock="pct 30 95"),
        ],
        "costs": [
            it("Storm response costs to date are {cost}", cost="cum 40 900"),
        ],
        "risks": [
            risk("Drivers going round road closures {trend}",
                 mit=("police staff the closure points and the variable message signs are set",)),
            risk("Salt stocks running low if the snow lasts {trend}",
                 mit=("extra deliveries from the port are booked and the treatment plan is prioritised",)),
            risk("Avalanche on the high pass",
                 mit=("the pass stays closed until the avalanche service gives the all-clear",)),
        ],
        "comms": [
            it("Traffic Scotland radio and social media are updated every hour"),
            it("Messages to hauliers went out through the freight forum on {freight}", freight="date -1 0"),
        ],
        "next": [
            it("Reopen the A9 once the ploughs have cleared the drifts"),
            it("Inspect the river bridge for scour damage by {bridge}", bridge="date 1 3"),
        ],
    },
    {"summary": (1, 2), "network": (1, 3), "treatment": (1, 3), "impacts": (1, 3), "resources": (1, 2),
     "costs": (1, 1), "risks": (1, 3), "comms": (1, 2), "next": (1, 2)},
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CANAL = Partner(
    "navigation-drought",
    "Drought Update",
    ("Fenland Waterways Trust", "Severn and Avon Navigation Authority", "Pennine Canals Trust",
     "Weald River Navigation"),
    {},
    {
        "summary": [
            it("The reservoirs that feed the canals are at {res} of capacity{res.was}", res="pct 20 70"),
            it("The drought restrictions that began on {began} remain in place", began="date -20 -20"),
        ],
        "reservoirs": [
            it("Hollins reservoir is at {hollins}{hollins.was}", hollins="pct 10 60"),
            it("Inflows from the feeder streams have fallen to {inflow} megalitres a day", inflow="n 2 30"),
            it("Back-pumping at the flight of locks is returning water to the summit pound"),
        ],
        "navigation": [
            it("{flights} lock flights are open only between 10:00 and 14:00", flights="n 1 8"),
            it("The summit pound is closed to boats drawing more than {draught} cm", draught="n 60 110"),
            it("{boats} boats are stranded above the closed locks{boats.was}", boats="n 2 60"),
        ],
        "response": [
            it("Lock keepers are asking boaters to share locks to save water"),
            it("{gates} leaking lock gates have been repaired{gates.was}", gates="n 1 15"),
            it("We have asked the Environment Agency for a drought permit to take water from the river"),
        ],
        "people": [
            it("{volunteers} volunteer lock keepers are on duty at the busiest flights", volunteers="n 10 80"),
        ],
        "costs": [
            it("Back-pumping has cost {pumping} in electricity so far", pumping="cum 10 200"),
            it("Repairs to lock gates this month have cost {repairs}", repairs="money 20 150"),
        ],
        "risks": [
            risk("Fish deaths in shallow pounds {trend}",
                 mit=("aeration pumps are ready and the fisheries team checks oxygen levels every day",)),
            risk("Embankments cracking as the clay dries out {trend}",
                 mit=("engineers inspect the high embankments every week",)),
            risk("Boats running aground and damaging the canal bed",
                 mit=("depth markers are in place and boaters are told the draught available",)),
        ],
        "customers": [
            it("Stoppage notices are updated on the stoppages page each morning"),
            it("The drought update email went to {subscribers} subscribers", subscribers="n 800 20000"),
        ],
        "next": [
            it("Decide on closing the summit pound at the drought group on {group}", group="date 2 5"),
            it("Publish the next update on {publish}", publish="date 3 4"),
        ],
    },
    {"summary": (1, 2), "reservoirs": (1, 3), "navigation": (1, 3), "response": (1, 3), "people": (1, 1),
     "costs": (1, 2), "risks": (1, 3), "customers": (1, 2), "next": (1, 2)},
    date(2025, 7, 7), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip
