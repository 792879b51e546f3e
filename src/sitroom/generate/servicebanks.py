"""The phrase banks of each council service's own sections (activity, risks, recovery), in the form of
``sitroom.generate.banks``."""

from __future__ import annotations

from sitroom.generate.banks import Spec, it, risk

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
