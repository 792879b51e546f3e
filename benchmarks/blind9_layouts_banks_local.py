"""Item ideas of four local publishers of the ``blind9_layouts`` set: a community food partnership's weekly
winter update written in Google Docs, a festival's event control day report kept in Notion, a university's
campus operations team posting in Slack during snow, and a county council's public "latest updates" web page
on flooding (``blind5_layouts_content`` explains the slots). The organisations, places and figures are
invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

FOOD = Partner(
    "food-partnership",
    "Winter Food Support",
    ("Brackwater Community Food Partnership", "Eastholme Food Network", "Kelby and District Food Alliance",
     "Upper Carrow Food Bank Network"),
    {},
    {
        "highlights": [
            it("{parcels} food parcels went out this week{parcels.was}", parcels="n 180 1400"),
            it("Demand is now higher than at any point last winter"),
            it("Two new distribution points opened at St Aidan's church hall and Carrow Road library"),
        ],
        "situation": [
            it("{new} households were referred to us for the first time{new.was}", new="n 15 160"),
            it("Referrals from GP surgeries and schools continue to rise",
               "More of our referrals now come from GP surgeries and schools"),
            it("Households in work make up {working} of referrals{working.was}", working="pct 18 45"),
            it("Many families tell us they are choosing between heating and eating"),
        ],
        "assistance": [
            it("{warm} warm spaces open across the district{warm.was}", warm="n 6 40"),
            it("Fuel vouchers issued to {fuel} households through the household support fund", fuel="n 20 300"),
            it("Hot meals served at the community kitchen on {meals} evenings a week", meals="n 2 6"),
            it("Baby bank packs available at every distribution point"),
        ],
        "workforce": [
            it("{vols} volunteers gave time this week{vols.was}", vols="n 40 320"),
            it("We are short of drivers for the Saturday rural round",
               "Volunteer drivers are still needed for Saturday's rural round"),
            it("Food hygiene training for new volunteers on {training}", training="date 2 9"),
        ],
        "risks": [
            risk("Stock of tinned protein and UHT milk {trend}",
                 mit=("a supermarket appeal this weekend and a bulk order from the wholesaler",)),
            risk("Volunteer burnout at the busiest sites",
                 mit=("a rota that limits anyone to two sessions a week",)),
            risk("The risk that the warehouse van fails its MOT {trend}",
                 mit=("a loan vehicle agreed with the council's fleet team",)),
        ],
        "finance": [
            it("{raised} raised from the winter appeal so far", raised="cum 4 60"),
            it("A grant bid to the community foundation for {bid} was submitted on {sub}", bid="money 5 30",
               sub="date -6 -1"),
        ],
        "next": [
            it("Partnership meeting on {meet} at the Brackwater Hub", meet="date 2 7"),
            it("Christmas hamper packing day on {hamper}", hamper="date 4 14"),
            it("Agree the January opening hours with the warm space hosts"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 3), "assistance": (2, 4), "workforce": (1, 3), "risks": (2, 3),
     "finance": (1, 2), "next": (1, 3)},
    date(2024, 11, 29), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

FESTIVAL = Partner(
    "event-control",
    "Festival Operations",
    ("Harbourside Music Festival", "Greenmoor Weekender", "Castle Lawns Folk Festival", "Riverbank Live"),
    {},
    {
        "highlights": [
            it("Gates opened on time at 11:00 and the site was at capacity by 16:30"),
            it("{att} people on site at the peak{att.was}", att="n 8000 42000"),
            it("No major incidents overnight; campsites quiet after 02:00"),
        ],
        "situation": [
            it("Arena ingress took {ingress} minutes at the peak{ingress.was}", ingress="n 12 75"),
            it("Main stage front-of-house pit cleared twice for surges"),
            it("Campsite B is {campb} full{campb.was}", campb="pct 60 100"),
            it("Trackway laid on the car park entrance after the rain"),
        ],
        "assistance": [
            it("{pat} patients seen by the medical provider{pat.was}", pat="n 40 420"),
            it("{conv} conveyed to hospital, none with serious injuries", conv="n 1 12"),
            it("Welfare tent supported {welfare} people, mostly heat and intoxication", welfare="n 10 160"),
            it("Lost children point reunited {lost} children with their families", lost="n 1 20"),
        ],
        "impacts": [
            it("Queues on the A38 slip road reached {queue} minutes after the headliner", queue="n 15 70"),
            it("Shuttle buses ran every {bus} minutes from the station", bus="n 5 20"),
            it("Residents on Mill Lane complained about parking on verges"),
        ],
        "forecast": [
            it("Dry with highs of {high}°C tomorrow", high="n 19 31"),
            it("Thunderstorms possible after 17:00 on {storm}", storm="date 1 2"),
        ],
        "risks": [
            risk("The risk of crowd crush at the main stage barrier {trend}",
                 mit=("a second pit team and a delayed start for the headliner",)),
            risk("Heat illness if the temperature passes 28°C",
                 mit=("free water points doubled and shade at the arena entrance",)),
            risk("Lightning affecting the stages",
                 mit=("the show-stop procedure briefed to every stage manager",)),
        ],
        "workforce": [
            it("{stewards} stewards on shift today{stewards.was}", stewards="n 80 400"),
            it("SIA security short by {sia} staff on the late shift", sia="n 2 30"),
            it("Volunteer litter pickers on the campsites from 08:00"),
        ],
        "actions": [
            it("Move the water refill station away from the bar queue"),
            it("Extra lighting on the footpath to campsite C"),
            it("Brief the traffic marshals on the new exit route"),
            it("Check the fencing repair on the north perimeter"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "assistance": (2, 4), "impacts": (1, 3), "forecast": (1, 2),
     "risks": (2, 3), "workforce": (1, 3), "actions": (2, 4)},
    date(2024, 7, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

CAMPUS = Partner(
    "campus-ops",
    "Snow Response",
    ("University of Fellgate", "Marston Hill University", "Kingsreach College", "University of the North Wolds"),
    {},
    {
        "highlights": [
            it("Campus open, but the Hilltop car park is closed"),
            it("{snow} cm of lying snow on the main campus{snow.was}", snow="n 2 25"),
            it("Teaching runs as timetabled apart from the sports centre"),
        ],
        "situation": [
            it("Gritting of the primary routes finished at 06:30"),
            it("{lectures} lectures moved online today{lectures.was}", lectures="n 5 90"),
            it("Library open until 18:00 instead of midnight"),
            it("The heating failed overnight in {halls} halls of residence", halls="n 2 6"),
        ],
        "risks": [
            risk("The risk of slips on the steps by the library {trend}",
                 mit=("the steps closed and the ramp gritted every two hours",)),
            risk("Burst pipes in the empty teaching blocks",
                 mit=("frost protection checks by the plumbers at 16:00",)),
            risk("Students in halls running short of food",
                 mit=("the campus shop opening early and a food delivery to the far halls",)),
        ],
        "workforce": [
            it("{grit} grounds staff on the gritting rota{grit.was}", grit="n 4 30"),
            it("Security covering the halls overnight with two extra officers"),
            it("Staff who cannot travel safely may work from home today"),
        ],
        "communications": [
            it("Campus status banner updated on the website at 07:00"),
            it("Text alert sent to {alert} students and staff", alert="n 2000 24000"),
            it("Residence life team messaged every hall's group chat"),
        ],
        "next": [
            it("Next update at 16:00 today"),
            it("Decision on tomorrow's teaching by 18:00"),
            it("Open the Hilltop car park once it has been gritted twice"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "risks": (2, 3), "workforce": (1, 3), "communications": (1, 3),
     "next": (1, 3)},
    date(2024, 1, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

COUNTY_PAGE = Partner(
    "county-web",
    "Flooding",
    ("Wendle County Council", "Orrinshire County Council", "Southmarsh Council", "North Avonley Council"),
    {},
    {
        "situation": [
            it("{warnings} flood warnings are in force across the county{warnings.was}", warnings="n 2 30"),
            it("River levels on the Wendle are falling but remain high at Colbridge"),
            it("{flooded} homes have been reported flooded so far{flooded.was}", flooded="n 10 480"),
            it("The Environment Agency expects levels to peak overnight at Amberford"),
        ],
        "impacts": [
            it("{roads} roads are closed because of flooding{roads.was}", roads="n 4 60"),
            it("The A4091 between Colbridge and Hatherley is closed in both directions"),
            it("{schools} schools are closed today; check your school's website", schools="n 1 25"),
            it("Bin collections are suspended in Lower Amberford"),
        ],
        "assistance": [
            it("A rest centre is open at Colbridge Leisure Centre for anyone who has had to leave their home"),
            it("Sandbags are available at the Hatherley highways depot until 20:00"),
            it("Flood recovery grants of up to {grant} per household are open for applications", grant="money 1 5"),
            it("Council tax relief is available for flooded homes for at least three months"),
        ],
        "risks": [
            risk("Further flooding in Lower Amberford if the river overtops the defences {trend}",
                 mit=("temporary barriers are in place and pumps are on standby",)),
            risk("Landslips on the B4211 at Thornhill",
                 mit=("the road is closed and our engineers inspect it every morning",)),
            risk("Contaminated floodwater in gardens and streets",
                 mit=("environmental health officers are visiting affected streets",)),
        ],
        "next": [
            it("We will update this page at 08:00 and 17:00 each day"),
            it("A drop-in session for flooded residents will be held at Amberford village hall on {drop}",
               drop="date 1 4"),
            it("Clean-up of Colbridge high street starts once the water has gone"),
        ],
    },
    {"situation": (2, 4), "impacts": (2, 4), "assistance": (2, 4), "risks": (2, 3), "next": (1, 3)},
    date(2024, 2, 6), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
