"""Item ideas of four more publishers of the ``blind8_layouts`` set: a US county's wildfire status summary, a
water company's board report on a Cryptosporidium incident, an IT service's status page on a datacentre
outage and a local resilience forum's weekly winter bulletin (``blind5_layouts_content`` explains the slots;
the wildfire's figures and dates are put into US conventions by ``blind8_layouts_content.localise``). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

WILDFIRE = Partner(
    "county-oem",
    "Wildfire",
    ("Sawtell County Office of Emergency Management", "Pinecrest Valley Fire Protection District",
     "Coldwater Basin Interagency Fire Center", "Harlow County Emergency Management"),
    {},
    {
        "situation": [
            it("Fire grew to {acres} acres overnight{acres.was}", "Fire is now mapped at {acres} acres{acres.was}",
               acres="n 800 24000"),
            it("Containment is at {cont}{cont.was}", cont="pct 5 60"),
            it("Active fire behavior with uphill runs on the northeast flank"),
            it("Spot fires across Highway 12 were caught by engines and dozers"),
            it("Dozer line completed along the south flank from Division A to Division C"),
        ],
        "risks": [
            risk("Red flag warning for gusty winds and low humidity",
                 mit=("additional engines staged with the structure protection groups",)),
            risk("The threat to the community of Pine Hollow {trend}",
                 mit=("structure protection in place and evacuation routes patrolled by the sheriff",)),
            risk("Smoke impacts on air quality in the valley towns",
                 mit=("health advisory issued by the county health department",)),
            risk("The risk of firefighter fatigue after extended shifts {trend}",
                 mit=("crews rotated with mandatory rest days",)),
        ],
        "workforce": [
            it("{pers} personnel assigned{pers.was}", pers="n 120 1400"),
            it("{eng} engines, {crews} hand crews and {doz} dozers on the incident", eng="n 10 80", crews="n 2 20",
               doz="n 2 12"),
            it("{helo} helicopters and {tankers} air tankers available", helo="n 2 8", tankers="n 2 4"),
            it("Type 2 Incident Management Team assumed command on {ibt}", ibt="date -3 -1"),
        ],
        "impacts": [
            it("Evacuation orders in effect for {zones} zones{zones.was}", zones="n 1 9"),
            it("{threat} structures threatened{threat.was}", threat="n 50 1800"),
            it("{lost} homes destroyed and {damaged} damaged", lost="n 1 30", damaged="n 2 40"),
            it("Highway 12 closed between mile markers 40 and 52"),
            it("Red Cross shelter at Sawtell High School housing {shelter} evacuees{shelter.was}", shelter="n 20 300"),
        ],
        "forecast": [
            it("High temperatures near {temp} degrees with minimum humidity of {rh}", temp="n 85 102", rh="pct 6 15"),
            it("Southwest winds 15 to 25 mph with gusts to {gust} mph", gust="n 30 50"),
            it("A dry cold front on {front} may bring erratic winds", front="date 1 3"),
        ],
        "next": [
            it("Continue structure protection in Pine Hollow and Elk Meadows"),
            it("Construct and hold direct line on the north flank"),
            it("Community meeting at the Sawtell High School gym on {mtg} at 6 PM", mtg="date 1 2"),
            it("Begin suppression repair on the completed dozer lines"),
        ],
        "finance": [
            it("Estimated cost to date {cost}", cost="cum 400 6000"),
            it("Fire Management Assistance Grant approved on {fmag}", fmag="date -4 -1"),
        ],
    },
    {"situation": (2, 4), "risks": (2, 3), "workforce": (2, 3), "impacts": (2, 4), "forecast": (1, 3),
     "next": (2, 3), "finance": (1, 2)},
    date(2024, 8, 12), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

WATER_BOARD = Partner(
    "water-board",
    "Cryptosporidium Incident",
    ("Calder and Ribble Water", "Southmoor Water Services", "Eastfen Water", "Severn Marches Water"),
    {},
    {
        "highlights": [
            it("The boil water notice affecting {props} properties remains in place{props.was}", props="n 5000 60000"),
            it("Cryptosporidium was last detected in treated water from Hollins works on {det}", det="date -6 -1"),
            it("The Drinking Water Inspectorate has been kept informed every day"),
            it("The company expects to lift the notice in stages from {lift}", lift="date 3 10"),
        ],
        "situation": [
            it("{samples} samples have been taken since the incident began{samples.was}", samples="n 120 1400"),
            it("{pos} samples have tested positive since the incident began", pos="n 2 30"),
            it("Ultraviolet treatment units have been fitted at Hollins works and are in service"),
            it("Flushing of the distribution network is {flush} complete{flush.was}", flush="pct 10 95"),
        ],
        "impacts": [
            it("{vuln} customers on the priority services register receive bottled water deliveries{vuln.was}",
               vuln="n 200 4000"),
            it("The health protection team has reported {cases} confirmed cases of cryptosporidiosis{cases.was}",
               cases="n 3 80"),
            it("Food businesses in the affected area have been given guidance by environmental health"),
            it("Goodwill payments of {comp} have been made to customers so far", comp="money 100 2000"),
        ],
        "response": [
            it("The incident management team meets twice daily"),
            it("{stations} bottled water stations remain open{stations.was}", stations="n 2 10"),
            it("Mutual aid from three water companies has provided {bowsers} bowsers", bowsers="n 5 40"),
            it("An independent review of the treatment works has been commissioned"),
        ],
        "risks": [
            risk("The risk of further detections after the notice is lifted {trend}",
                 mit=("lifting in stages with increased sampling in each zone",)),
            risk("Customer confidence in tap water falls",
                 mit=("independent public health advice published with each update",)),
            risk("Enforcement action by the Drinking Water Inspectorate",
                 mit=("full cooperation with the Inspectorate's investigation",)),
            risk("The risk of claims exceeding the insurance cover {trend}",
                 mit=("loss adjusters appointed and all claims logged centrally",)),
        ],
        "communications": [
            it("{contacts} customer contacts have been handled{contacts.was}", contacts="n 2000 40000"),
            it("Updates are published daily on the company website and by text message"),
            it("Local MPs were briefed on {mp}", mp="date -3 -1"),
            it("Letters have been sent to every affected household"),
        ],
        "finance": [
            it("The cost of the incident to date is {cost}", cost="cum 300 9000"),
            it("Costs are expected to fall outside the regulatory allowance"),
        ],
        "decisions": [
            it("The Board is asked to note the position on the boil water notice"),
            it("The Board is asked to approve additional spending of {spend} on treatment improvements",
               spend="money 200 3000"),
            it("The Board is asked to agree that the independent review reports by {rev}", rev="date 20 60"),
        ],
    },
    {"highlights": (2, 3), "situation": (2, 3), "impacts": (2, 3), "response": (2, 3), "risks": (2, 3),
     "communications": (1, 2), "finance": (1, 2), "decisions": (1, 3)},
    date(2024, 5, 7), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

IT_OUTAGE = Partner(
    "it-services",
    "Datacentre Outage",
    ("Fenwick University IT Services", "Stanmere Borough Digital Services", "Harrowgate Health Informatics",
     "Northwold Housing Group IT"),
    {},
    {
        "highlights": [
            it("Power failure at the primary datacentre on {fail} took most services offline", fail="date -3 -1"),
            it("{restored} of critical services restored{restored.was}", restored="pct 20 100"),
            it("No data loss found so far"),
            it("Full recovery expected by {eta}", eta="date 1 5"),
        ],
        "situation": [
            it("Core network and sign-in services running from the secondary site"),
            it("Storage array rebuild {rebuild} complete{rebuild.was}", rebuild="pct 10 100"),
            it("Backups checked for all tier 1 systems"),
            it("Replacement UPS module delivered and being fitted"),
        ],
        "impacts": [
            it("Staff cannot use the finance and payroll systems"),
            it("Printing: unavailable in all buildings"),
            it("Telephony: incoming calls working, voicemail down"),
            it("{tickets} tickets logged with the service desk{tickets.was}", tickets="n 200 3000"),
            it("Remote access: limited to {vpn} VPN users at a time", vpn="n 200 1500"),
        ],
        "actions": [
            it("Fail over email to the secondary site"),
            it("Rebuild the file server cluster"),
            it("Test restore of the payroll database"),
            it("Get a root cause report from the UPS vendor"),
            it("Publish workaround guidance for printing"),
        ],
        "risks": [
            risk("Secondary site capacity is exceeded at peak times",
                 mit=("non-essential batch jobs paused during the working day",)),
            risk("The risk of a second power failure before the UPS is repaired {trend}",
                 mit=("temporary generator on site with fuel for 48 hours",)),
            risk("Payroll deadline on {pay} is missed", pay="date 3 10",
                 mit=("manual payroll run agreed with the bank as a fallback",)),
            risk("The risk of phishing emails using the outage as cover {trend}",
                 mit=("warning sent to all staff and mail filters tightened",)),
        ],
        "communications": [
            it("Status page updated every 2 hours"),
            it("All-staff email sent each morning with the current position"),
            it("{views} views of the status page{views.was}", views="n 1000 30000"),
        ],
        "next": [
            it("Post-incident review booked for {pir}", pir="date 5 14"),
            it("Decide on failback to the primary site on {fb}", fb="date 1 4"),
            it("Next update at 16:00"),
        ],
    },
    {"highlights": (2, 3), "situation": (2, 3), "impacts": (2, 4), "actions": (2, 4), "risks": (2, 3),
     "communications": (1, 2), "next": (1, 2)},
    date(2024, 3, 5), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

FORUM = Partner(
    "resilience-forum",
    "Winter Resilience",
    ("Marchshire Local Resilience Forum", "Avonmoor Local Resilience Forum", "Fellside and Dales Resilience Forum",
     "Greywater Estuary Resilience Partnership"),
    {},
    {
        "highlights": [
            it("The cold weather alert has been raised to amber until {cold}", cold="date 2 6"),
            it("{warn} flood warnings are in force across the county{warn.was}", warn="n 1 14"),
            it("Hospital handover delays improved this week"),
            it("Partners met {tcg} times as a tactical coordinating group this week{tcg.was}", tcg="n 2 5"),
            it("The winter fuel support scheme opens on {fuel}", fuel="date 3 10"),
        ],
        "forecast": [
            it("Overnight lows of minus {low} degrees are expected in rural areas", low="n 2 9"),
            it("Heavy rain forecast on {rain} could cause surface water flooding", rain="date 1 4"),
            it("Milder conditions are expected from the weekend"),
        ],
        "health": [
            it("A&E attendances are {ae} above the same week last year", ae="pct 3 18"),
            it("{beds} escalation beds are open across the acute trusts{beds.was}", beds="n 10 90"),
            it("Community nursing teams are prioritising visits to housebound patients"),
        ],
        "councils": [
            it("Gritting crews treated the priority routes {grit} times this week{grit.was}", grit="n 3 20"),
            it("Warm spaces are open in {warm} libraries and community centres{warm.was}", warm="n 10 60"),
            it("Sandbag stocks have been checked and replenished at all depots"),
        ],
        "utilities": [
            it("{pc} properties lost power during the week, all restored within 12 hours", pc="n 100 5000"),
            it("The water company repaired {bursts} bursts after the freeze{bursts.was}", bursts="n 5 80"),
            it("The gas network reports no supply issues"),
        ],
        "risks": [
            risk("The risk of surface water flooding in Lowford and Brampton {trend}",
                 mit=("gullies cleared and community flood wardens briefed",)),
            risk("Pressure on ambulance response times during the cold spell",
                 mit=("handover escalation plans in place at both acute trusts",)),
            risk("The risk of isolation for vulnerable people in rural villages {trend}",
                 mit=("welfare calls from the councils to residents on priority registers",)),
            risk("Fuel poverty harms the health of older residents",
                 mit=("warm spaces and the winter fuel support scheme",)),
        ],
        "recovery": [
            it("The recovery group for the November floods has closed {closed} of its actions{closed.was}",
               closed="pct 40 95"),
            it("Flood recovery grants have been paid to {grants} households{grants.was}", grants="n 20 400"),
            it("Repairs to the Weir Lane footbridge will finish on {bridge}", bridge="date 7 30"),
        ],
        "communications": [
            it("Joint winter messages were shared by {partners} partner organisations", partners="n 8 24"),
            it("The community resilience newsletter reached {reach} residents", reach="n 5000 60000"),
            it("A media briefing on the cold weather was held on {mb}", mb="date -3 -1"),
        ],
        "next": [
            it("Tactical coordinating group exercise on {ex}", ex="date 5 20"),
            it("Winter debrief workshop on {deb}", deb="date 10 30"),
            it("Multi-agency flood plan training for new duty officers on {trn}", trn="date 4 15"),
        ],
    },
    {"highlights": (3, 4), "forecast": (2, 3), "health": (2, 3), "councils": (2, 3), "utilities": (2, 3),
     "risks": (2, 4), "recovery": (2, 3), "communications": (2, 3), "next": (2, 3)},
    date(2024, 1, 9), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
