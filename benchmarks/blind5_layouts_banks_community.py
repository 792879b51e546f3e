"""Item ideas of the community partners among the ``blind5_layouts`` partners: a school trust's return to
the local authority, a volunteer network's deployment report, a housing association's weekly return and a
health protection team's weekly surveillance summary (``blind5_layouts_content`` explains the slots). The
organisations, places and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import NEXT_STEPS, WORKFORCE, Partner, shared

from sitroom.generate.banks import it, risk

SCHOOL = Partner(
    "school",
    "Schools Return",
    ("Oakfield Academy Trust", "St Anne's Catholic Academy Trust", "Hallam Learning Partnership",
     "Lune Valley Schools Federation"),
    {"staff": "teachers", "agency": "supply teachers", "peers": "other trust schools",
     "funder": "the Department for Education", "channel": "the trust website and the parent app",
     "tcg_name": "local authority education cell", "comms_cell": "local authority communications team",
     "board": "trust board", "cost_drivers": "supply cover and cleaning", "short": "the trust"},
    {
        "situation": [
            it("{open} of our 14 schools are open to vulnerable pupils and children of critical workers",
               open="n 9 14"),
            it("Attendance of vulnerable pupils is {vuln}{vuln.was}", "Vulnerable pupils' attendance: {vuln}{vuln.was}",
               vuln="pct 18 62"),
            it("{kw} children of critical workers attended each day on average{kw.was}", kw="n 140 620"),
            it("Remote learning is live in every school, with live lessons each morning"),
            it("{laptops} laptops have been lent to pupils without a device{laptops.was}", laptops="n 80 900"),
            it("{fsm} families are receiving free school meal vouchers", fsm="n 600 2400"),
            it("Staff at every site take a lateral flow test twice a week"),
        ],
        "risks": [
            risk("Staff absence at Lune Valley Primary {trend} and may force a partial closure",
                 mit=("cover from other trust schools and merged bubbles in Key Stage 1",)),
            risk("Pupils without home internet are falling behind",
                 mit=("mobile data top-ups and paper packs collected weekly",)),
            risk("Safeguarding concern for pupils not seen in school {trend}",
                 mit=("weekly welfare calls and joint home visits with the local authority",)),
            risk("Teacher assessed grades for Year 11 and Year 13 rely on evidence that is still incomplete",
                 mit=("a trust-wide moderation timetable and evidence checklists",)),
            risk("The catering supplier may not deliver food hampers next week",
                 mit=("a second supplier on call",)),
        ],
        **shared(
            workforce=[it("Teacher absence is {tabs}{tabs.was}", tabs="pct 3 15")],
            finance=[it("Supply cover has cost {supplycost} this term", supplycost="cum 20 180"),
                     it("Free school meal vouchers cost {fsmcost} a week before reimbursement", fsmcost="money 9 36")],
        ),
        "recovery": [
            it("National Tutoring Programme sessions have started for {tutored} pupils", tutored="n 40 400"),
            it("Full reopening is planned for {reopen}, subject to government guidance", reopen="date 14 40"),
            it("Catch-up premium of {premium} is allocated to reading and maths interventions",
               premium="money 40 240"),
            it("A summer school for Year 6 and Year 7 pupils is planned for {summer}", summer="month 120 200"),
        ],
    },
    {"situation": (3, 5), "risks": (2, 4), "workforce": (2, 3), "finance": (1, 2), "recovery": (1, 3),
     "communications": (1, 2), "next": (1, 3)},
    date(2021, 1, 11), punct="semicolon", mitigation="mixed",
)  # fmt: skip

VOLUNTEERS = Partner(
    "voluntary",
    "Emergency Response Deployment",
    ("Volunteer Emergency Network – Northern Region", "Volunteer Emergency Network – Vale and Fell",
     "Volunteer Emergency Network – Lune Coast", "Volunteer Emergency Network – Wendham"),
    {"staff": "volunteers", "agency": "volunteers from other regions", "peers": "neighbouring regions",
     "funder": "the national disasters fund", "channel": "our website and local radio",
     "tcg_name": "LRF tactical co-ordinating group", "comms_cell": "LRF communications cell",
     "board": "regional leadership team", "cost_drivers": "fuel, food and volunteer accommodation",
     "short": "the network"},
    {
        "activity": [
            it("Volunteers have supported {people} people at rest centres since the deployment began",
               people="n 120 900"),
            it("The support line answered {calls} calls this week{calls.was}", calls="n 60 480"),
            it("Our teams made {visits} welfare visits to flooded households{visits.was}", visits="n 40 380"),
            it("{grants} hardship grants paid to households, totalling {grant_total}", grants="n 20 260",
               grant_total="money 5 80"),
            it("Mobility aids lent to {aids} people whose equipment was lost in the flood", aids="n 5 60"),
            it("Psychosocial support sessions run twice a week at Hallam community centre"),
            it("An emergency response vehicle is stationed at Marsh End for the clean-up"),
        ],
        "risks": [
            risk("Volunteer fatigue {trend} after three weeks of deployment",
                 mit=("shorter shifts and volunteers drawn from the neighbouring region",)),
            risk("Calls to the support line may exceed capacity if insurance payouts are delayed",
                 mit=("call-back slots and a text service",)),
            risk("Older residents in temporary accommodation are at risk of isolation",
                 mit=("weekly befriending calls and referrals to local befriending services",)),
            risk("Pressure on warehouse space from donated goods {trend}",
                 mit=("a pause on goods donations and a request for cash donations instead",)),
        ],
        **shared(
            skip=(WORKFORCE[1],),
            workforce=[it("{deployed} volunteers deployed this week{deployed.was}, giving {hours} hours",
                          deployed="n 30 160", hours="n 400 2600"),
                       it("{newvol} new volunteers have completed their induction", newvol="n 4 40")],
            finance=[it("The regional appeal has raised {appeal} so far", appeal="cum 20 400"),
                     it("Deployment costs this week are {dep}{dep.was}", dep="money 6 40")],
        ),
        "recovery": [
            it("The support line will pass to the council's recovery team on {handover}", handover="date 7 21"),
            it("Recovery caseworkers are helping {cases} households with insurance and grant claims",
               cases="n 20 240"),
            it("Plans to stand down the rest centre teams are agreed with the council"),
            it("Community resilience sessions are booked in {sessions} villages for {month}", sessions="n 2 9",
               month="month 20 60"),
        ],
    },
    {"activity": (3, 5), "risks": (2, 3), "workforce": (2, 3), "finance": (1, 2), "recovery": (1, 3),
     "communications": (1, 2), "next": (1, 2)},
    date(2024, 1, 22), punct="stop", mitigation="colon",
)  # fmt: skip

HOUSING = Partner(
    "housing-association",
    "Weekly Return",
    ("Fenwick Homes", "Kingsbridge Housing Group", "Marlow Vale Housing Association", "Stonebridge Community Homes"),
    {"staff": "repairs operatives", "agency": "agency trades staff", "peers": "partner housing associations",
     "funder": "the council", "channel": "the tenant portal and our social media",
     "tcg_name": "council's cold weather cell", "comms_cell": "council communications team", "board": "Board",
     "cost_drivers": "overtime, heaters and contractor call-outs", "short": "the association"},
    {
        "activity": [
            it("{welfare} welfare calls made to older and vulnerable tenants this week{welfare.was}",
               welfare="n 300 1800"),
            it("{emerg} emergency repairs raised, {within} of them completed within 24 hours", emerg="n 80 420",
               within="pct 71 97"),
            it("New damp and mould reports: {damp}{damp.was}", "Damp and mould: {damp} new reports{damp.was}",
               damp="n 20 140"),
            it("{voids} empty homes are being prepared for letting{voids.was}", voids="n 30 160"),
            it("{heat} homes were without heating at the end of the week", heat="n 2 40"),
            it("Warm spaces at three of our community centres are open every weekday"),
            it("Tenancy sustainment officers are supporting {tso} households with fuel debt", tso="n 30 220"),
        ],
        "risks": [
            risk("The number of damp and mould disrepair claims {trend}",
                 mit=("a dedicated surveying team that inspects within 10 working days",)),
            risk("The repairs backlog {trend} after the cold snap", mit=("two extra contractors and weekend working",)),
            risk("Tenants who cannot afford heating are at risk of cold-related illness",
                 mit=("fuel vouchers and referrals to the council's warm homes scheme",)),
            risk("Gas safety checks are overdue at {gas} homes",
                 mit=("evening and Saturday appointments and the no-access procedure",), gas="n 4 60"),
            risk("Frozen pipes in the Hallam tower blocks", mit=("pipe insulation works and a plumber on site",)),
        ],
        **shared(
            workforce=[it("{ops} repairs operatives are working overtime to clear the backlog", ops="n 10 60")],
            finance=[it("Rent arrears stand at {arrears}{arrears.was}", arrears="money 700 2400"),
                     it("Rent collection this month is {collect} of the amount due", collect="pct 91 99"),
                     it("Hardship fund awards this week total {hardship}", hardship="money 3 25")],
        ),
        "recovery": [
            it("The backlog of routine repairs is {backlog} jobs{backlog.was}", backlog="n 900 3200"),
            it("The planned kitchen and bathroom programme restarts on {restart}", restart="date 14 45"),
            it("Stock condition surveys for damp and mould will cover every home by {month}", month="month 60 150"),
        ],
    },
    {"activity": (3, 5), "risks": (2, 4), "workforce": (1, 3), "finance": (1, 3), "recovery": (1, 2),
     "communications": (1, 2), "next": (1, 2)},
    date(2023, 1, 9), punct="semicolon", mitigation="is",
)  # fmt: skip

HEALTH_PROTECTION = Partner(
    "health-protection",
    "Weekly Surveillance Summary",
    ("Northshire Health Protection Team", "Vale and Fell Health Protection Team",
     "Lune Coast Health Protection Team", "Wendham Health Protection Team"),
    {"staff": "health protection practitioners", "agency": "contract health protection nurses",
     "peers": "the regional health protection team", "funder": "the ICB", "channel": "the council website",
     "tcg_name": "Health Protection Board", "comms_cell": "ICB communications team",
     "board": "Health Protection Board", "cost_drivers": "outbreak clinics", "short": "the team"},
    {
        "highlights": [
            it("Influenza activity is rising and has crossed the baseline threshold for the season"),
            it("COVID-19 case rates fell for the third week running"),
            it("Two new measles cases were confirmed this week, both linked to one nursery"),
            it("Norovirus outbreaks in care homes are at their highest level for five years"),
            it("Flu vaccine uptake in people aged 65 and over is {fluold}", fluold="pct 58 79"),
        ],
        "cases": [
            it("The COVID-19 case rate is {rate} per 100,000{rate.was}", rate="n 40 260"),
            it("Flu positivity in sentinel GP samples is {flupos}{flupos.was}", flupos="pct 3 24"),
            it("GP consultations for influenza-like illness: {ili} per 100,000{ili.was}", ili="n 4 38"),
            it("{measles} confirmed measles cases this season{measles.was}", measles="n 2 14"),
            it("Scarlet fever notifications: {scarlet} this week{scarlet.was}", scarlet="n 3 60"),
            it("Hospital admissions with flu: {admits} this week{admits.was}", admits="n 6 90"),
        ],
        "outbreaks": [
            it("{ch} care home outbreaks are open{ch.was}, {closed} homes closed to admissions", ch="n 2 18",
               closed="n 2 6"),
            it("School outbreaks of respiratory illness reported this week: {school}", school="n 0 9"),
            it("Norovirus outbreak on two wards at the district hospital; both are closed to admissions"),
            it("TB contact tracing at Hallam College has screened {screened} contacts", screened="n 20 180"),
            it("{mmr} MMR doses given at pop-up clinics since the measles incident was declared", mmr="n 30 420"),
        ],
        "risks": [
            risk("The risk of flu and COVID-19 peaking together {trend}; it would add to hospital pressures",
                 mit=("a joint winter plan with the local NHS and early antiviral use in care homes",)),
            risk("Low MMR uptake in two wards risks further spread of measles",
                 mit=("outreach clinics with community leaders and catch-up letters to parents",)),
            risk("Delay in laboratory turnaround for outbreak samples {trend}",
                 mit=("priority testing for care homes agreed with the regional laboratory",)),
            risk("Surveillance data from the new GP system may be incomplete",
                 mit=("manual returns from sentinel practices until the feed is fixed",)),
        ],
        "workforce": [
            *WORKFORCE[:3],
            it("{onrota} health protection practitioners are on the on-call rota{onrota.was}", onrota="n 6 14")],
        "communications": [
            *shared()["communications"],
            it("A winter health letter went to all schools and nurseries on {letter}", letter="date -5 -1")],
        "next": [
            *NEXT_STEPS[:2],
            it("Launch the MMR catch-up campaign with the ICB by {mmrdate}", mmrdate="date 5 20"),
            it("Extend flu vaccination clinics to the two wards with the lowest uptake"),
            it("Share the care home outbreak review with the council by {review}", review="date 3 12")],
    },
    {"highlights": (2, 3), "cases": (2, 4), "outbreaks": (1, 3), "risks": (2, 3), "workforce": (1, 2),
     "communications": (1, 2), "next": (2, 3)},
    date(2022, 10, 3), punct="stop", mitigation="colon",
)  # fmt: skip
