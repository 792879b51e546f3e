"""Partner organisations' sitrep series for the ``blind5_layouts`` set: who writes, how often, what about.

The council sets draw their content from ``sitroom.generate``'s council services. The partners of an
incident response (a hospital trust, a fire and rescue service, a water company, a school trust, a
volunteer network, a train operator, a housing association, a health protection team) write about other
things, so this set brings phrase banks of its own (``blind5_layouts_banks``) and runs them through the
generator's churn model (:class:`sitroom.generate.content.SeriesModel`): items continue, get new figures,
are reworded, escalate, close, drop and appear from report to report exactly as in the council series,
with each item's thread as the linking gold. The sections every partner writes alike (staffing, money,
communications, next steps) are here, with the partner's own words filled in from its vocabulary.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from council_layouts_gold import Doc

from sitroom.generate import GeneratedReport
from sitroom.generate.banks import Spec, it
from sitroom.generate.content import SeriesModel, Style
from sitroom.generate.profiles import Profile, slug
from sitroom.generate.writers import Layout as PlainLayout

SeriesSource = Callable[..., Iterator[Iterator[GeneratedReport]]]


@dataclass(frozen=True, slots=True)
class Partner:
    """One kind of partner organisation: its series' organisations, rhythm, vocabulary and banks."""

    kind: str
    service: str  # what its reports are about, "Operational Pressures"
    organisations: tuple[str, ...]
    vocab: dict[str, str]
    banks: dict[str, list[Spec]]  # generator section key → item ideas, in the order printed
    sizes: dict[str, tuple[int, int]]  # generator section key → (fewest, most) items
    start: date
    cadence_days: int = 7
    punct: str = "stop"
    mitigation: str = "colon"

    def series(self, series: int, reports: int, seed: int = 0, organisations: int = 2) -> Iterator[Iterator]:
        """Like :func:`sitroom.generate.iter_series`: for each series (one organisation of this kind in
        turn) an iterator over its reports. ``organisations`` is accepted for the same call and unused:
        every series of a partner set is a different organisation."""
        del organisations
        for i in range(series):
            yield self._reports(self.organisations[i % len(self.organisations)], reports, seed)

    def _reports(self, org: str, reports: int, seed: int) -> Iterator[GeneratedReport]:
        series_id = f"{slug(org)}/{slug(self.service)}"
        rng = random.Random(f"{seed}:{series_id}")
        style = Style(punct=self.punct, mitigation=self.mitigation, cadence_days=self.cadence_days)
        # any known vocabulary builds the model; the partner's own words replace it before the first report
        model = SeriesModel(series_id, "emergency", self.banks, self.sizes, style, rng, self.start)
        model.vocab = self.vocab
        profile = Profile(self.kind, self.service, "partner", {}, self.sizes, "", style, PlainLayout())
        for _ in range(reports):
            yield GeneratedReport(series_id, org, self.service, profile, model.next_report())


# ---------------------------------------------------------------- sections every partner writes alike

WORKFORCE: list[Spec] = [
    it(
        "Overall staff absence is {abs}{abs.was}, mainly respiratory illness and stress",
        "Staff absence across the organisation stands at {abs}{abs.was}, most of it respiratory illness",
        abs="pct 4 13",
    ),
    it(
        "{vac} vacancies for {staff} remain open, with {offers} offers made and awaiting pre-employment checks",
        "There are {vac} vacant posts for {staff}; {offers} candidates have accepted offers and await checks",
        vac="n 12 64",
        offers="n 2 15",
    ),
    it(
        "{ag} {agency} are covering rota gaps this week{ag.was}",
        "Rota gaps are being covered by {ag} {agency}{ag.was}",
        ag="n 5 40",
    ),
    it(
        "Mutual aid: {mutual} {staff} on loan from {peers} until {until}",
        "{peers} have loaned us {mutual} {staff} until {until}",
        mutual="n 2 12",
        until="date 5 20",
    ),
    it(
        "Overtime is being offered to fill gaps in the rota; uptake this week is {uptake}",
        "Uptake of the extra shifts offered to cover the rota is {uptake}",
        uptake="pct 40 85",
    ),
    it(
        "Wellbeing support is available to all staff through the employee assistance programme",
        "All staff can use the employee assistance programme and the wellbeing hub",
    ),
]

FINANCE: list[Spec] = [
    it(
        "Additional costs of the response to date are {cost}, mainly {cost_drivers}",
        "The response has cost an additional {cost} so far, most of it {cost_drivers}",
        cost="cum 40 900",
    ),
    it(
        "Overtime spend this period is {ot}{ot.was}",
        "Spend on overtime for the period stands at {ot}{ot.was}",
        ot="money 15 140",
    ),
    it(
        "A claim for {claim} has been submitted to {funder}; a decision is expected by {decision}",
        "We have asked {funder} for {claim} and expect a decision by {decision}",
        claim="money 80 600",
        decision="date 7 30",
    ),
    it(
        "All incident spend is coded to a separate cost centre so that it can be reclaimed",
        "Incident costs continue to be recorded on their own cost centre for recovery later",
    ),
]

COMMUNICATIONS: list[Spec] = [
    it(
        "Updates are published on {channel} every day by 10:00",
        "Daily updates continue on {channel}, published by 10:00",
    ),
    it(
        "{press} media enquiries handled this week{press.was}",
        "The press office has handled {press} media enquiries this week{press.was}",
        press="n 3 28",
    ),
    it(
        "Social media posts reached {reach} people{reach.was}",
        "Posts on social media have reached {reach} people{reach.was}",
        reach="n 12000 95000",
    ),
    it(
        "All-staff briefing held on {held}; the next one is on {next_brief}",
        "Staff were briefed on {held} and will be briefed again on {next_brief}",
        held="date -3 -1",
        next_brief="date 2 6",
    ),
    it(
        "Key messages agreed with the {comms_cell} and shared with partners",
        "Messages are agreed with the {comms_cell} before they go out",
    ),
    it(
        "A stakeholder briefing went to local MPs and councillors on {sent}",
        "Local MPs and councillors received a stakeholder briefing on {sent}",
        sent="date -2 0",
    ),
]

NEXT_STEPS: list[Spec] = [
    it(
        "Attend the {tcg_name} on {tcg}",
        "Represent {short} at the {tcg_name} on {tcg}",
        tcg="date 1 3",
    ),
    it(
        "Review the business continuity plan with the {board} by {bcp}",
        "The {board} to review the business continuity plan by {bcp}",
        bcp="date 3 14",
    ),
    it(
        "Submit the updated cost return to {funder} by {due}",
        "Updated cost return to go to {funder} by {due}",
        due="date 2 10",
    ),
    it(
        "Hold a structured debrief with {staff} once the response stands down",
        "Plan a structured debrief for {staff} for when the response stands down",
    ),
]


def shared(skip: tuple[Spec, ...] = (), **extra: list[Spec]) -> dict[str, list[Spec]]:
    """The shared banks less the ideas in ``skip`` (ones a partner would not write), each with the
    partner's own item ideas (``extra``) added to it."""
    base = {"workforce": WORKFORCE, "finance": FINANCE, "communications": COMMUNICATIONS, "next": NEXT_STEPS}
    return {key: [s for s in base.get(key, []) if s not in skip] + extra.get(key, []) for key in base | extra}


# ---------------------------------------------------------------- figures a writer repeats in a dashboard

_FIGURE = re.compile(r"£?\d[\d,.]*\d(?:m|%)?|£?\d(?:m|%)?")
_DAY = re.compile(r"\d{1,2} [A-Z][a-z]+")


def figure(doc: Doc, words: tuple[str, ...], pattern: str = "") -> tuple[str, str]:
    """(figure, trend) of the first item that holds one of ``words``: its first figure (or the first match of
    ``pattern``) and "up" / "down" from its "(up from … )" note, else ""; ("–", "") when no item says it."""
    find = re.compile(pattern) if pattern else _FIGURE
    for section in doc.sections:
        for item in section.items:
            if any(w.lower() in item.text.lower() for w in words) and (m := find.search(item.text)):
                trend = "up" if "(up from" in item.text else "down" if "(down from" in item.text else ""
                return m.group(), trend
    return "–", ""


def day_of(doc: Doc, words: tuple[str, ...]) -> str:
    """The first day ("13 July") named by an item that holds one of ``words``, else "–"."""
    return figure(doc, words, _DAY.pattern)[0]
