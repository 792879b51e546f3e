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
