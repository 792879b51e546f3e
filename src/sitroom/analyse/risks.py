"""The risk register: chains of linked risk items become threads with status and trend.

A thread starts at a risk item with no linked predecessor among the risks and follows the item
links forward. Its status is what a coordinator reads in the brief: ``resolved`` only when its last
statement says it is closed or resolved; ``unreported`` when its series' latest report no longer
states it — "not reported since" its last date, to chase, never taken as closed however long it
stays away; otherwise ``open``. Its trend
is what its latest statement says of its direction ("is increasing", "are widening", "now
significant", "s'aggrave": ``escalating``; "is reducing", "easing": ``de-escalating``; see
``analyse.riskwords``), else what changed since the statement before (severity words, then its
figures), else ``stable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitroom.analyse.numbers import numbers_list
from sitroom.analyse.riskwords import direction, severity

STATUSES = ("open", "unreported", "resolved")

# "Closed" says the risk is closed only as a predicate ("the risk is now closed", "issue closed"): in
# "income lost from closed venues" it is the venues that are closed, and the risk is very much open.
_CLOSED = re.compile(
    r"\b(?:resolved|(?:is|are|was|were|been|now|be|being|risk|issue)\s+(?:now\s+)?closed|closed and"
    r"|no longer (?:a )?(?:risk|an issue|required)|will be removed|removed from the (?:next )?(?:report|register)"
    r"|stood down|résolue?s?|clôturée?s?|n['’]est plus un risque|resuelt[oa]s?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RiskEntry:
    """One risk item as stored: where it sits in its series and what it links back to."""

    item_id: int
    prev_item_id: int | None
    series: str
    report_id: int
    report_position: int  # index of its report in the series order
    report_date: date | None
    text: str
    mitigation: str | None


@dataclass(slots=True)
class RiskThread:
    thread_id: int
    series: str
    text: str
    mitigation: str | None
    first_seen: date | None
    last_seen: date | None
    reports: int
    status: str
    trend: str
    item_ids: list[int] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    report_ids: list[int] = field(default_factory=list)  # the report of each item, in the same order
    mitigation_item_id: int | None = None  # the item whose mitigation ``mitigation`` is

    @property
    def label(self) -> str:
        """How the brief tags it: ``escalating``, ``open``, ``resolved``, ``not reported since 4 May 2020``."""
        return risk_label(self.status, self.trend, self.last_seen)

    def to_row(self) -> dict:
        """The thread as a row of the risk register's table (the columns of ``sitroom export``), dates as dates."""
        return {
            "thread": self.thread_id,
            "series": self.series,
            "status": self.status,
            "label": self.label,
            "trend": self.trend,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "reports": self.reports,
            "risk": self.text,
            "mitigation": self.mitigation,
            "items": list(self.item_ids),
        }

    def to_json(self) -> dict:
        """The row of ``to_row`` with its dates as ISO text."""
        row = self.to_row()
        for key in ("first_seen", "last_seen"):
            row[key] = row[key].isoformat() if row[key] else None
        return row


def risk_label(status: str, trend: str, last_seen: date | None) -> str:
    """A risk's status as the brief and the register print it: ``not reported since 4 May 2020`` for an
    unreported one, ``resolved`` for a closed one, else its trend (``open`` when stable)."""
    if status == "unreported":
        return f"not reported since {last_seen.day} {last_seen:%B %Y}" if last_seen else "not reported since undated"
    if status in ("resolved", "closed"):
        return "resolved"
    return trend if trend != "stable" else "open"


def says_closed(text: str) -> bool:
    """Whether a risk statement says the risk is closed, resolved or about to be removed."""
    return bool(_CLOSED.search(text))


def trend_of(history: list[str]) -> str:
    """Escalating, de-escalating or stable: what the latest statement says, else how it moved from the one before."""
    now = history[-1]
    delta = direction(now)
    if delta == 0 and len(history) > 1:
        before = history[-2]
        delta = severity(now) - severity(before)
        if delta == 0:
            a, b = numbers_list(before), numbers_list(now)
            # The same figures in the same places, one of them changed: the first change says which way.
            if len(a) == len(b):
                delta = next((1 if y > x else -1 for x, y in zip(a, b, strict=True) if x != y), 0)
    elif delta == 0 and severity(now) >= 2:
        delta = 1  # a first statement that the risk is already significant or worse
    return "escalating" if delta > 0 else "de-escalating" if delta < 0 else "stable"


def _rank(t: RiskThread, new: set[int]) -> int:
    return 0 if t.thread_id in new else 1 if t.trend == "escalating" else 2


def build_threads(entries: list[RiskEntry], latest_position: dict[str, int]) -> list[RiskThread]:
    """Threads from risk entries; ``latest_position`` is each series' newest report index."""
    by_item = {e.item_id: e for e in entries}
    successors: dict[int, list[RiskEntry]] = {}
    roots = []
    for e in sorted(entries, key=lambda e: (e.series, e.report_position, e.item_id)):
        if e.prev_item_id is not None and e.prev_item_id in by_item:
            successors.setdefault(e.prev_item_id, []).append(e)
        else:
            roots.append(e)
    for later in successors.values():
        roots.extend(later[1:])  # the second part of a split risk is followed as a thread of its own
    threads = []
    new: set[int] = set()  # threads first said in their series' latest report
    for root in roots:
        chain = [root]
        while nxt := successors.get(chain[-1].item_id):
            chain.append(nxt[0])  # a split risk follows its first part; the second starts no new thread
        last = chain[-1]
        gone = latest_position.get(last.series, last.report_position) - last.report_position
        if root.report_position == latest_position.get(root.series, root.report_position):
            new.add(root.item_id)
        status = "resolved" if says_closed(last.text) else "unreported" if gone > 0 else "open"
        history = [c.text for c in chain]
        mitigated = next((c for c in reversed(chain) if c.mitigation), None)
        threads.append(
            RiskThread(
                thread_id=root.item_id,
                series=root.series,
                text=last.text,
                mitigation=mitigated.mitigation if mitigated else None,
                first_seen=root.report_date,
                last_seen=last.report_date,
                reports=len(chain),
                status=status,
                trend=trend_of(history),
                item_ids=[c.item_id for c in chain],
                history=history,
                report_ids=[c.report_id for c in chain],
                mitigation_item_id=mitigated.item_id if mitigated else None,
            )
        )
    # Open ones first — new in the latest report, then escalating —; then those to chase; then the resolved.
    threads.sort(key=lambda t: (STATUSES.index(t.status), _rank(t, new), -(t.reports), t.series))
    return threads
