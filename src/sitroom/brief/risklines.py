"""The risk register as of a cycle: each thread new, continuing, unreported or closed, with its trend.

The register (``store.risks.risk_register``) follows threads over the whole history; a brief for an
earlier date cuts each thread at that date and recomputes its status and trend from what was known
then. A thread is ``new`` when it started inside the cycle; ``closed`` only when a report said it is
resolved (since the baseline, the report before the cycle); ``unreported`` when its series stopped
saying it — never taken as closed, since a coordinator must chase it; else ``continuing``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.orm import Session

from sitroom.analyse.risks import says_closed, trend_of
from sitroom.brief.model import RiskLine, Source
from sitroom.store.risks import risk_register
from sitroom.views.cycle import SeriesCycle


def cycle_risks(
    session: Session,
    cycles: list[SeriesCycle],
    series: str | int | None = None,
    history_from: date | None = None,
    series_ids: Collection[int] | None = None,
) -> list[RiskLine]:
    """Risk lines of the series in the cycle: open ones (new, continuing, unreported) and those resolved in it.

    ``series_ids`` only narrows what is read: the cycle's own series decide what is kept.
    """
    by_name = {c.name: c for c in cycles if c.cycle}
    register = risk_register(session, series, since=history_from, series_ids=series_ids)
    threads = [t for t in register if t.series in by_name]
    positions = {name: {rid: n for n, rid in enumerate(sc.order)} for name, sc in by_name.items()}
    # Each thread carries its items' reports: no query per item id (300,000 ids at 100,000 reports).
    report_of = {i: r for t in threads for i, r in zip(t.item_ids, t.report_ids, strict=True)}
    out = []
    for t in threads:
        sc = by_name[t.series]
        pos = positions[t.series]
        kept = [(i, pos[report_of[i]]) for i in t.item_ids if report_of.get(i) in pos]
        if not kept:
            continue  # the thread starts after the cycle date
        history = t.history[: len(kept)]
        first_cycle = pos[sc.cycle[0]]
        item_id, k = kept[-1]
        closed = says_closed(history[-1])
        root = kept[0][1]
        if closed:
            if k < first_cycle:
                continue  # said resolved before this cycle: not news any more
            status = "closed"
        elif sc.order[k] != sc.latest:
            status = "unreported"  # open, but not said in the series' latest report
        else:
            status = "new" if root >= first_cycle else "continuing"

        def source(item: int, n: int, sc: SeriesCycle = sc) -> Source:
            return Source(sc.name, sc.order[n], sc.dates[sc.order[n]], item)

        mitigation_source = None
        if t.mitigation_item_id is not None and t.mitigation_item_id != item_id:
            n = next((n for i, n in kept if i == t.mitigation_item_id), None)
            mitigation_source = source(t.mitigation_item_id, n) if n is not None else None
        out.append(
            RiskLine(
                text=history[-1],
                source=source(item_id, k),
                status=status,
                trend=trend_of(history),
                mitigation=t.mitigation if t.mitigation_item_id == item_id or mitigation_source else None,
                previous=history[-2] if len(history) > 1 else None,
                first_seen=sc.dates[sc.order[root]],
                reports=len(kept),
                previous_source=source(*kept[-2]) if len(kept) > 1 else None,
                mitigation_source=mitigation_source,
            )
        )
    return out
