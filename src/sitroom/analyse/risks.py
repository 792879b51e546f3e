"""The risk register: chains of linked risk items become threads with status and trend.

A thread starts at a risk item with no linked predecessor among the risks and follows the item
links forward. It is ``closed`` when its series has published ``close_after`` reports since it was
last reported, or when its last report says it is closed or resolved; otherwise ``open``. Its trend
is ``escalating`` when its figures rise or its wording escalates ("increasing", "significant",
"critical"), ``de-escalating`` in the opposite case, else ``stable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

DEFAULT_CLOSE_AFTER = 2

_ESCALATION = {
    "critical": 3,
    "severe": 3,
    "significant": 2,
    "serious": 2,
    "high": 1,
    "increasing": 1,
    "increased": 1,
    "rising": 1,
    "growing": 1,
    "worsening": 2,
    "escalating": 2,
    "escalated": 2,
    "deteriorating": 2,
    "reducing": -1,
    "reduced": -1,
    "decreasing": -1,
    "improving": -1,
    "improved": -1,
    "stable": -1,
    "stabilised": -1,
    "stabilized": -1,
    "low": -1,
    "lower": -1,
    "manageable": -1,
}
_WORD = re.compile(r"[a-z]+")
_CLOSED = re.compile(
    r"\b(?:closed|resolved|no longer (?:a )?(?:risk|an issue|required)|will be removed|removed from the (?:next )?"
    r"(?:report|register)|stood down)\b",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


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

    def to_row(self) -> dict:
        """The thread as a row of the risk register's table (the columns of ``sitroom export``), dates as dates."""
        return {
            "thread": self.thread_id,
            "series": self.series,
            "status": self.status,
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


def says_closed(text: str) -> bool:
    """Whether a risk statement says the risk is closed, resolved or about to be removed."""
    return bool(_CLOSED.search(text))


def escalation_level(text: str) -> int:
    return sum(_ESCALATION.get(w, 0) for w in _WORD.findall(text.lower()))


def _first_number(text: str) -> float | None:
    m = _NUMBER.search(text.replace(",", ""))
    try:
        return float(m.group(0)) if m else None
    except ValueError:
        return None


def trend_of(history: list[str]) -> str:
    """Escalating, de-escalating or stable, from the last two statements of a risk."""
    if len(history) < 2:
        return "escalating" if escalation_level(history[-1]) >= 2 else "stable"
    before, now = history[-2], history[-1]
    delta = escalation_level(now) - escalation_level(before)
    if delta == 0:
        a, b = _first_number(before), _first_number(now)
        if a is not None and b is not None and a != b:
            delta = 1 if b > a else -1
    return "escalating" if delta > 0 else "de-escalating" if delta < 0 else "stable"


def build_threads(
    entries: list[RiskEntry], latest_position: dict[str, int], close_after: int = DEFAULT_CLOSE_AFTER
) -> list[RiskThread]:
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
    for root in roots:
        chain = [root]
        while nxt := successors.get(chain[-1].item_id):
            chain.append(nxt[0])  # a split risk follows its first part; the second starts no new thread
        last = chain[-1]
        gone = latest_position.get(last.series, last.report_position) - last.report_position
        closed = gone >= close_after or says_closed(last.text)
        history = [c.text for c in chain]
        threads.append(
            RiskThread(
                thread_id=root.item_id,
                series=root.series,
                text=last.text,
                mitigation=next((c.mitigation for c in reversed(chain) if c.mitigation), None),
                first_seen=root.report_date,
                last_seen=last.report_date,
                reports=len(chain),
                status="closed" if closed else "open",
                trend=trend_of(history),
                item_ids=[c.item_id for c in chain],
                history=history,
                report_ids=[c.report_id for c in chain],
            )
        )
    threads.sort(key=lambda t: (t.status != "open", t.trend != "escalating", -(t.reports), t.series))
    return threads
