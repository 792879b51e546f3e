"""Item ideas of two publishers of the ``blind10_layouts`` set: a veterinary authority's regional outbreak
team reporting on avian influenza, and an Australian city council's emergency operations centre (EOC)
keeping its heatwave situation report on the EOC's wiki (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

AVIAN = Partner(
    "animal-health",
    "Avian Influenza H5N1",
    ("Animal Health Outbreak Team – Eastern Region", "Animal Health Outbreak Team – Fens and Wolds",
     "Animal Health Outbreak Team – Western Marches", "Animal Health Outbreak Team – North Moors"),
    {},
    {
        "highlights": [
            it("Highly pathogenic avian influenza H5N1 confirmed on {ip} infected premises{ip.was}", ip="n 1 14"),
            it("The Avian Influenza Prevention Zone housing measures remain in force"),
            it("No change to the risk to public health, which remains very low"),
        ],
        "situation": [
            it("The latest case was confirmed on {latest} at a commercial turkey farm near Haddon",
               latest="date -3 -1"),
            it("{birds} birds have been culled on infected premises to date{birds.was}", birds="n 4000 380000"),
            it("Wild bird findings in the area rose to {wild} this week", wild="n 2 60"),
            it("Protection and surveillance zones cover {zone} premises", zone="n 20 240"),
        ],
        "response": [
            it("Culling and preliminary cleansing completed at IP{ipn}", ipn="n 2 14"),
            it("{licences} movement licences issued in the zones this week{licences.was}", licences="n 10 300"),
            it("Secondary cleansing and disinfection under way at the Haddon site"),
            it("Biosecurity visits to backyard flocks in the protection zone"),
        ],
        "surveillance": [
            it("{visits} surveillance visits completed in the zones{visits.was}", visits="n 10 180"),
            it("Tracings from the infected premises found {tracings} dangerous contacts", tracings="n 0 8"),
            it("Sampling of wild birds at the Haddon reservoir continues"),
        ],
        "risks": [
            risk("The risk of spread to neighbouring commercial units {trend}",
                 mit=("enhanced biosecurity audits and restricted access to the zones",)),
            risk("Disposal capacity for carcasses during a cluster of cases",
                 mit=("a second rendering contract placed on standby",)),
            risk("Fatigue among veterinary staff on long deployments {trend}",
                 mit=("rotation of field teams every five days",)),
        ],
        "workforce": [
            it("{vets} veterinary staff deployed in the field{vets.was}", vets="n 10 90"),
            it("Contractors for culling and cleansing on site at {contractors} premises", contractors="n 1 6"),
            it("Staff from other regions support the outbreak team until {until}", until="date 5 14"),
        ],
        "next": [
            it("Review of the housing measures by {review}", review="date 3 10"),
            it("Lift the protection zone around IP1 once surveillance is complete"),
            it("Publish the epidemiology report for the first cases"),
        ],
    },
    {"highlights": (1, 3), "situation": (2, 4), "response": (2, 4), "surveillance": (1, 3), "risks": (2, 3),
     "workforce": (1, 3), "next": (1, 3)},
    date(2024, 11, 12), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

EOC = Partner(
    "eoc-wiki",
    "Heatwave",
    ("City of Mallee Plains", "City of Port Wirra", "Riverina Shire Council", "City of Kurrajong Heights"),
    {},
    {
        "highlights": [
            it("Extreme heatwave conditions are forecast for the next {days} days", days="n 2 5"),
            it("The EOC is activated at Level 2"),
            it("Cooling centres are open at all council libraries"),
        ],
        "forecast": [
            it("Forecast maximum of {max}°C today and {tomorrow}°C tomorrow", max="n 38 46", tomorrow="n 36 45"),
            it("Overnight minimums near {min}°C give little relief", min="n 24 32"),
            it("A cool change is expected late on {change}", change="date 2 5"),
        ],
        "impacts": [
            it("Ambulance callouts for heat-related illness {amb} above normal{amb.was}", amb="pct 10 80"),
            it("{outages} homes lost power during the evening peak", outages="n 100 9000"),
            it("Two aged care homes reported air conditioning faults"),
        ],
        "assistance": [
            it("{visits} visits to cooling centres yesterday{visits.was}", visits="n 40 900"),
            it("Welfare phone calls to {calls} registered vulnerable residents", calls="n 50 800"),
            it("Free water stations at the bus interchange and the mall"),
            it("Pool entry is free until the cool change"),
        ],
        "risks": [
            risk("The risk of harm to people sleeping rough {trend}",
                 mit=("outreach patrols twice a day with water and transport to cooling centres",)),
            risk("Grass fire starting on the urban fringe {trend}",
                 mit=("total fire ban enforced and slashing crews on standby",)),
            risk("Power outages affecting cooling centres",
                 mit=("generators on hire for the two largest libraries",)),
        ],
        "workforce": [
            it("{staff} council staff rostered in the EOC and cooling centres{staff.was}", staff="n 10 90"),
            it("Outdoor works crews on early shifts finishing at 11:00"),
            it("Volunteers from the Red Cross support the welfare calls"),
        ],
        "communications": [
            it("Heat health alert shared on the council website and social media"),
            it("Translated heat advice sent to {groups} community groups", groups="n 5 40"),
            it("Local radio interview with the Mayor at 07:30"),
        ],
        "next": [
            it("EOC briefing at 16:00 daily until the cool change"),
            it("Decide on the opening hours of cooling centres for the weekend"),
        ],
    },
    {"highlights": (1, 3), "forecast": (1, 3), "impacts": (1, 3), "assistance": (2, 4), "risks": (2, 3),
     "workforce": (1, 3), "communications": (1, 3), "next": (1, 2)},
    date(2024, 1, 29), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
