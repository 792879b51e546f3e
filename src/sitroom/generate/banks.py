"""Phrase banks: the items a public-service sitrep series is written from.

Each :class:`Spec` is one *thread*: an item idea that can run from report to report. Its ``texts`` are
alternative phrasings (a rewording picks another); they name the same slots:

- ``{name}``: a figure declared in ``figures`` as ``"kind lo hi"`` — ``pct`` (a percentage that
  walks), ``n`` (a count that walks), ``money`` (£ thousands that walk), ``cum`` (£ thousands to
  date, only ever rising), ``date`` (a day ``lo``-``hi`` days after the report date, negative for
  the past) or ``month`` (the name of the month ``lo``-``hi`` days ahead);
- ``{name.was}``: " (up from 5% last week)" after an update, empty otherwise;
- ``{trend}``: the escalation wording of a risk (see ``LEVELS``);
- any other ``{word}``: the service vocabulary (:data:`VOCAB`).

Risks carry ``mitigations`` (noun phrases: "Mitigation is …" or "Mitigation: …" is added by the
writer of the series). The wording is invented for this project; nothing is copied from real reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How a risk reads as it escalates: level 0 (watching) .. 3 (critical).
LEVELS = ("is being monitored", "is increasing", "is now significant", "is now critical")


@dataclass(frozen=True, slots=True)
class Spec:
    """One item idea with its phrasings, figures and (for risks) mitigations."""

    texts: tuple[str, ...]
    figures: dict[str, str] = field(default_factory=dict)
    mitigations: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # set when the text has a {trend} slot


def it(*texts: str, **figures: str) -> Spec:
    """An ordinary item."""
    return Spec(tuple(texts), dict(figures))


def risk(*texts: str, mit: tuple[str, ...] = (), levels: tuple[str, ...] = (), **figures: str) -> Spec:
    """A risk item; ``{trend}`` in a text makes it escalate through ``levels`` (default :data:`LEVELS`)."""
    if any("{trend}" in t for t in texts) and not levels:
        levels = LEVELS
    return Spec(tuple(texts), dict(figures), tuple(mit), tuple(levels))


VOCAB: dict[str, dict[str, str]] = {
    "childrens": {
        "service": "children's services",
        "staff": "social workers",
        "users": "children and families",
        "board": "Safeguarding Children Partnership",
        "director": "Director of Children's Services",
        "agency": "agency social workers",
        "cost_drivers": "placements and agency staff",
    },
    "adults": {
        "service": "adult social care",
        "staff": "care staff",
        "users": "residents receiving care",
        "board": "Safeguarding Adults Board",
        "director": "Director of Adult Social Services",
        "agency": "agency care workers",
        "cost_drivers": "provider support and agency staff",
    },
    "education": {
        "service": "education services",
        "staff": "school staff",
        "users": "pupils and families",
        "board": "Schools Forum",
        "director": "Director of Education",
        "agency": "supply teachers",
        "cost_drivers": "cleaning, transport and supply cover",
    },
    "public-health": {
        "service": "public health",
        "staff": "public health practitioners",
        "users": "residents",
        "board": "Health Protection Board",
        "director": "Director of Public Health",
        "agency": "contact tracers on temporary contracts",
        "cost_drivers": "the testing site and contact tracing",
    },
    "housing": {
        "service": "housing services",
        "staff": "housing officers",
        "users": "tenants",
        "board": "Housing Board",
        "director": "Director of Housing",
        "agency": "agency housing officers",
        "cost_drivers": "hotel accommodation and agency staff",
    },
    "emergency": {
        "service": "the flood response",
        "staff": "council staff",
        "users": "affected residents",
        "board": "Strategic Co-ordinating Group",
        "director": "Director of Place",
        "agency": "contractor crews",
        "cost_drivers": "pumping, plant hire and overtime",
    },
}

# Sections every COVID-19 series shares; service wording comes from VOCAB.
COMMON: dict[str, list[Spec]] = {
    "workforce": [
        it(
            "Staff absence is at {abs} across the service{abs.was}, mostly self-isolation",
            "Sickness absence across the service stands at {abs}{abs.was}, most of it self-isolation",
            abs="pct 3 14",
        ),
        it(
            "{ag} {agency} in post, {more} more starting on {start}",
            "{ag} {agency} currently in post with a further {more} due to start on {start}",
            ag="n 6 28",
            more="n 1 5",
            start="date 3 12",
        ),
        it(
            "Workforce capacity is manageable at present and able to meet demand",
            "Capacity remains manageable and we are able to meet current demand",
        ),
        it(
            "{shield} staff are shielding and working from home on case recording and telephone contact",
            "{shield} members of staff remain shielding and are working from home",
            shield="n 4 19",
        ),
        it(
            "Redeployment pool now holds {pool} staff from closed council services, {placed} placed so far",
            "{pool} staff from closed services are in the redeployment pool and {placed} have been placed",
            pool="n 20 60",
            placed="n 5 30",
        ),
        it(
            "Morale remains generally good; wellbeing sessions are offered weekly to all {staff}",
            "Staff morale is holding up well and weekly wellbeing sessions are being used",
        ),
        it(
            "Testing for symptomatic staff is available through the regional testing site with results "
            "within {turn} hours",
            "Symptomatic staff can book a test at the regional site; results are coming back in {turn} hours",
            turn="n 24 72",
        ),
        it(
            "Annual leave is being encouraged so that staff rest before the expected rise in demand",
            "Managers are encouraging staff to take annual leave ahead of the expected rise in demand",
        ),
    ],
    "finance": [
        it(
            "Additional costs of {costs} to date, mainly {cost_drivers}",
            "Additional expenditure so far is {costs}, mostly {cost_drivers}",
            costs="cum 60 180",
        ),
        it(
            "Loss of income from closed venues estimated at {loss} per month",
            "Income lost from closed venues is estimated at {loss} a month",
            loss="money 20 60",
        ),
        it(
            "Personal protective equipment purchased outside the national scheme has cost {ppe} to date",
            "Spend on PPE bought locally, outside the national supply scheme, now stands at {ppe}",
            ppe="cum 15 60",
        ),
        it(
            "All COVID-19 related costs are being recorded against a separate cost code for the government return",
            "COVID-19 costs continue to be captured on a dedicated cost code for the government return",
        ),
        it(
            "The cost of extending provider payments to the end of {month} is estimated at {prov}",
            "Extending support payments to providers until the end of {month} would cost around {prov}",
            prov="money 40 220",
            month="month 20 45",
        ),
        it(
            "Savings of {sav} are expected from reduced travel and cancelled training",
            "Reduced travel and cancelled training are expected to save {sav}",
            sav="money 8 30",
        ),
        it(
            "Risk and cost will increase if we need to use residential or other high cost provision",
            "Costs are likely to rise if higher cost provision has to be used as demand returns",
        ),
        it(
            "Delays to planned savings programmes are estimated to cost {delay} this financial year",
            "Slippage in the savings programme is now estimated at {delay} for the year",
            delay="money 90 400",
        ),
    ],
    "communications": [
        it(
            "Weekly message from the {director} to all staff",
            "The {director} continues to send a weekly message to all staff",
        ),
        it(
            "Regular communications only as part of business as usual",
            "Communications are now part of business as usual",
        ),
        it(
            "Newsletter for partners issued on {sent}",
            "Partner newsletter sent out on {sent}",
            sent="date -6 -1",
        ),
        it(
            "Joint message from the Cabinet Member and the {director} thanking staff for their commitment",
        ),
        it(
            "Updated guidance for {users} published on the council website",
            "Guidance for {users} on the council website has been refreshed",
        ),
        it(
            "Briefing for elected members held on {brief}, with {qs} questions answered",
            "Elected members were briefed on {brief} and {qs} questions have been answered",
            brief="date -6 -1",
            qs="n 8 40",
        ),
        it(
            "Social media campaign on keeping in touch with {users} reached {reach} people this week",
            "This week's social media posts aimed at {users} reached {reach} people",
            reach="n 2000 14000",
        ),
    ],
}

# Sections whose items depend on the service: activity, risks and recovery.
SERVICE: dict[str, dict[str, list[Spec]]] = {
    "childrens": {
        "activity": [
            it(
                "Face to face visits continue for children assessed as being at highest risk; other visits "
                "are taking place by video call",
                "Children at highest risk continue to be visited face to face, with other visits held by video call",
            ),
            it(
                "Virtual child protection conferences now routine, with families joining by telephone "
                "where they have no internet access",
            ),
            it(
                "{beds} residential beds open at Elm House for children with complex needs",
                "Elm House now has {beds} beds open for children with complex needs",
                beds="n 2 8",
            ),
            it(
                "{vuln}% of children with a social worker are attending school",
                "School attendance of children with a social worker is at {vuln}%",
                vuln="n 5 40",
            ),
            it(
                "Links between early help services and the community hubs are established and working well",
            ),
            it(
                "Contact between children in care and their families is taking place by video call where it "
                "cannot safely happen in person",
            ),
            it(
                "Care leavers have each been contacted and {laptops} laptops have been issued so far",
                "Every care leaver has been contacted; {laptops} laptops issued to date",
                laptops="n 20 90",
            ),
            it(
                "Court hearings are going ahead remotely with a backlog of {hear} cases",
                "The family court is hearing cases remotely and the backlog stands at {hear} cases",
                hear="n 10 45",
            ),
            it(
                "Short breaks for disabled children have resumed in small groups at two centres",
            ),
        ],
        "risks": [
            risk(
                "Referrals from schools remain around {refs}% below the usual level",
                mit=(
                    "weekly contact between social workers and designated safeguarding leads",
                    "asking the {board} and community hubs to refer on as needed",
                ),
                refs="n 25 50",
            ),
            risk(
                "Pressure on foster placements {trend} as some carers shield",
                mit=(
                    "a recruitment campaign brought forward and retention payments agreed",
                    "continued liaison with placement providers through the Access to Resources Team",
                ),
            ),
            risk(
                "The risk of a spike in referrals once schools return to normal {trend}",
                mit=(
                    "additional capacity being planned for the front door and assessment teams",
                    "a surge plan agreed with the {board}",
                ),
            ),
            risk(
                "Supply of aprons and gloves for home visits is uncertain beyond the next fortnight",
                mit=("weekly stock checks and mutual aid with neighbouring authorities",),
            ),
            risk(
                "Staffing risk if more of our staff become unwell {trend}",
                mit=("continued prioritising and re-prioritising of work so that reduced capacity can be managed",),
            ),
            risk(
                "Early release of young offenders is placing additional strain on placement and housing markets",
                mit=("joint planning with the youth offending service and housing colleagues",),
            ),
            risk(
                "Delays in court proceedings mean some children remain longer in interim arrangements",
                mit=("case reviews every fortnight for every child affected",),
            ),
        ],
        "recovery": [
            it("Focus on recruitment of foster carers continuing"),
            it(
                "Planning for a rise in referrals when schools reopen, with extra capacity at the front door",
            ),
            it(
                "Recovery plan to be presented to the Children and Young People Committee on {cmte}",
                "The recovery plan goes to the Children and Young People Committee on {cmte}",
                cmte="date 7 30",
            ),
            it("Review of which virtual ways of working to keep once restrictions are lifted"),
            it("Ensuring staff working from home keep case files and chronologies up to date"),
            it("Work with the regional adoption agency to restart introductions for matched children"),
        ],
    },
    "adults": {
        "activity": [
            it(
                "{homes} care homes are reporting cases among residents or staff",
                "Cases among residents or staff are being reported by {homes} care homes",
                homes="n 3 24",
            ),
            it(
                "Hospital discharge team working seven days a week; {disch} people discharged into care this week",
                "The seven-day discharge team supported {disch} people out of hospital into care this week",
                disch="n 30 120",
            ),
            it(
                "Day centres remain closed; staff are making welfare calls to all regular attendees",
            ),
            it(
                "Infection control funding has been passed to {prov} providers",
                "{prov} providers have now received their infection control funding",
                prov="n 40 140",
            ),
            it(
                "Mobile testing unit visiting care homes on a rota agreed with the local NHS trust",
            ),
            it(
                "Carers' support line has taken {calls} calls since it opened",
                "The carers' support line has answered {calls} calls since opening",
                calls="n 150 900",
            ),
            it(
                "Emergency respite beds available at Oakwood Court for carers who become unwell",
            ),
            it(
                "Safeguarding concerns are being triaged daily with the police and health partners",
            ),
        ],
        "risks": [
            risk(
                "Sustainability of the domiciliary care market {trend}",
                mit=(
                    "weekly calls with every provider and payment on planned rather than delivered hours",
                    "a provider failure plan agreed with the clinical commissioning group",
                ),
            ),
            risk(
                "Vacancy rates in care homes are at {vac}%, reducing income for providers",
                mit=("block-booking of beds for discharge where this represents value for money",),
                vac="n 8 22",
            ),
            risk(
                "Pressure on the supply of PPE for home care workers {trend}",
                mit=("the council PPE hub supplying providers who cannot source stock",),
            ),
            risk(
                "Carer breakdown where day services remain closed {trend}",
                mit=("outreach support and emergency respite beds",),
            ),
            risk(
                "Delays to Care Act assessments are building a backlog of {back} cases",
                mit=("a triage of the waiting list by senior practitioners",),
                back="n 40 160",
            ),
            risk(
                "Some providers report difficulty in getting staff tested quickly",
                mit=("escalation of problem cases to the regional testing cell",),
            ),
        ],
        "recovery": [
            it("Planning the phased reopening of day centres with smaller groups"),
            it(
                "Market sustainability review to report to Cabinet on {cab}",
                "The market sustainability review is due at Cabinet on {cab}",
                cab="date 10 35",
            ),
            it("Restarting annual reviews for people whose support has changed during lockdown"),
            it("Lessons learned exercise on hospital discharge to be held with health partners"),
            it("Considering whether the seven-day discharge rota should continue through the winter"),
        ],
    },
    "education": {
        "activity": [
            it(
                "{open} of {schools} schools open to vulnerable pupils and children of key workers",
                "{open} schools out of {schools} are open for vulnerable pupils and key workers' children",
                open="n 60 110",
                schools="n 112 112",
            ),
            it(
                "Attendance of pupils with an education, health and care plan is at {ehcp}%",
                "Pupils with an education, health and care plan are attending at {ehcp}%",
                ehcp="n 8 45",
            ),
            it(
                "Free school meal vouchers issued to {fsm} families this week",
                "{fsm} families received free school meal vouchers this week",
                fsm="n 3000 5200",
            ),
            it(
                "Home to school transport running for pupils in special schools with reduced numbers on each vehicle",
            ),
            it(
                "Laptops from the national scheme delivered to {lap} disadvantaged pupils",
                "{lap} disadvantaged pupils have received laptops from the national scheme",
                lap="n 200 1400",
            ),
            it(
                "Headteachers' briefing held each week with the {director}",
            ),
            it(
                "Risk assessments for wider opening returned by {ra} schools",
                "{ra} schools have returned risk assessments for wider opening",
                ra="n 40 112",
            ),
            it("Early years settings supported to stay open through sustainability grants"),
        ],
        "risks": [
            risk(
                "Low attendance of vulnerable pupils {trend}",
                mit=("social workers and schools jointly contacting every family who has not attended",),
            ),
            risk(
                "Capacity for social distancing in primary classrooms {trend} as more year groups return",
                mit=("use of halls and outdoor space, with staggered start and finish times",),
            ),
            risk(
                "Staff anxiety about the wider reopening of schools",
                mit=("consultation with the trade unions on each school's risk assessment",),
            ),
            risk(
                "Viability of some private nurseries {trend}",
                mit=("sustainability grants and early payment of funding",),
            ),
            risk(
                "Gaps in learning for disadvantaged pupils are widening",
                mit=("catch-up tutoring targeted at the pupils furthest behind",),
            ),
            risk(
                "Transport capacity for September is short by about {seats} seats",
                mit=("additional vehicles procured and staggered school start times",),
                seats="n 150 600",
            ),
        ],
        "recovery": [
            it("Planning for the full return of all pupils in September"),
            it(
                "Catch-up programme to be agreed with headteachers by {catch}",
                "Headteachers will agree the catch-up programme by {catch}",
                catch="date 7 28",
            ),
            it("Review of remote learning offer with the teaching school alliance"),
            it("Transition support for pupils moving to secondary school being planned"),
            it("Admissions appeals to be held virtually over the summer"),
        ],
    },
    "public-health": {
        "activity": [
            it(
                "{cases} new confirmed cases in the borough in the last seven days",
                "Confirmed cases in the last seven days: {cases}",
                cases="n 12 160",
            ),
            it(
                "Local contact tracing team has reached {trace}% of cases referred by the national service",
                "The local tracing team reached {trace}% of the cases passed to it by the national service",
                trace="n 60 92",
            ),
            it(
                "Outbreak control plan published and the {board} meeting weekly",
            ),
            it(
                "Testing site at the civic centre car park open seven days a week, {tests} tests last week",
                "The civic centre testing site carried out {tests} tests last week",
                tests="n 600 2600",
            ),
            it(
                "Infection prevention and control training delivered to {ipc} care settings",
                "{ipc} care settings have now had infection prevention and control training",
                ipc="n 20 90",
            ),
            it("Daily review of case data with the regional health protection team"),
            it("Support for people self-isolating is co-ordinated through the community hubs"),
            it("Smoking cessation and weight management services continue by telephone"),
        ],
        "risks": [
            risk(
                "The local rate of infection {trend}",
                mit=("targeted testing and door-to-door engagement in the wards most affected",),
            ),
            risk(
                "Capacity of the local tracing team {trend} as case numbers rise",
                mit=("redeployment of staff from closed services to tracing",),
            ),
            risk(
                "Outbreaks in workplaces where staff cannot work from home",
                mit=("visits by environmental health officers and advice to employers",),
            ),
            risk(
                "Low uptake of testing in some communities",
                mit=("community champions and translated materials",),
            ),
            risk(
                "Substance misuse services are seeing higher demand with reduced face to face capacity",
                mit=("increased outreach and same-day prescribing where safe",),
            ),
        ],
        "recovery": [
            it("Local outbreak management plan to be refreshed for the winter"),
            it(
                "Flu vaccination programme for eligible residents to start on {flu}",
                "The flu vaccination programme for eligible residents begins on {flu}",
                flu="date 14 40",
            ),
            it("Health needs assessment on the wider impact of lockdown being drafted"),
            it("Restart of NHS health checks being planned with GP practices"),
        ],
    },
    "housing": {
        "activity": [
            it(
                "{rough} people sleeping rough have been accommodated in hotels",
                "Hotel accommodation has been provided for {rough} people sleeping rough",
                rough="n 20 75",
            ),
            it(
                "Emergency repairs only are being carried out in occupied homes",
            ),
            it(
                "Welfare calls made to {calls} tenants aged over 70",
                "{calls} tenants over 70 have received a welfare call",
                calls="n 400 2400",
            ),
            it(
                "Households in temporary accommodation: {ta}",
                "There are {ta} households in temporary accommodation",
                ta="n 180 320",
            ),
            it("Lettings have restarted for homes that were ready before the lockdown"),
            it(
                "Rent collection stands at {rent}% of the amount due",
                "{rent}% of rent due has been collected",
                rent="n 88 99",
            ),
            it("Homelessness advice continues by telephone and online"),
        ],
        "risks": [
            risk(
                "Move-on from hotel accommodation for people sleeping rough {trend}",
                mit=("a move-on panel meeting twice weekly with supported housing providers",),
            ),
            risk(
                "A backlog of {rep} non-urgent repairs is building up",
                mit=("contractors' capacity being increased once restrictions allow",),
                rep="n 300 1600",
            ),
            risk(
                "Rent arrears among tenants who have lost income {trend}",
                mit=("early contact from the income team and referrals to benefits advice",),
            ),
            risk(
                "Demand for temporary accommodation when the ban on evictions ends",
                mit=("prevention work with private landlords and additional leased properties",),
            ),
            risk(
                "Domestic abuse refuge spaces are full",
                mit=("emergency spot-purchase of self-contained units",),
            ),
        ],
        "recovery": [
            it("Phased restart of planned maintenance being agreed with contractors"),
            it(
                "Rough sleeping move-on plan to be submitted to government by {plan}",
                "The move-on plan for people sleeping rough is due with government by {plan}",
                plan="date 5 25",
            ),
            it("Review of the allocations policy to take account of new priorities"),
            it("Estate inspections to restart with social distancing"),
        ],
    },
}

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
