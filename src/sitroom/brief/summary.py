"""The top of the brief: how much changed, and the few changes that matter most.

A strategic group reads the first lines and maybe nothing else. The counts say how much changed
(new, updated, escalating, resolved, not reported in the cycle or still not reported, missing
returns); the picks are three to five changes, new and escalating risks first, then risks that
went quiet, then new and updated items in the order of the changes part (most salient first when
the brief was shortened).
"""

from __future__ import annotations

from sitroom.brief.model import Brief, BriefLine, RiskLine

MIN_TOP, MAX_TOP = 3, 5


def summary(brief: Brief) -> tuple[list[str], list[tuple[str, BriefLine | RiskLine]]]:
    """(the counts that are not zero, as phrases: "3 new items"; the top changes, as (kind, line))."""
    c = brief.changes
    went_quiet = {r.source.item_id for r in c.unreported_risks}
    quiet = [r for r in brief.risks if r.status == "unreported" and r.source.item_id not in went_quiet]
    counts = [
        (len(c.new_risks), "new risk", "new risks"),
        (len(c.escalating_risks), "escalating risk", "escalating risks"),
        (len(c.closed_risks), "resolved risk", "resolved risks"),
        (len(c.unreported_risks), "risk no longer reported", "risks no longer reported"),
        # quiet since an earlier cycle: still to chase, so still counted
        (len(quiet), "risk still not reported", "risks still not reported"),
        (len(c.new), "new item", "new items"),
        (len(c.updated), "updated item", "updated items"),
        (len(c.figures), "figure moved", "figures moved"),
        (len(brief.missing), "missing return", "missing returns"),
    ]
    first: list[tuple[str, BriefLine | RiskLine]] = [
        *(("new risk", r) for r in c.new_risks),
        *(("escalating risk", r) for r in c.escalating_risks),
    ]
    rest: list[tuple[str, BriefLine | RiskLine]] = [
        *(("not reported", r) for r in c.unreported_risks),
        *(("resolved", r) for r in c.closed_risks),
        *(("new", x) for x in c.new),
        *(("updated", x) for x in c.updated),
    ]
    top = first[:MAX_TOP]
    top += rest[: max(0, MIN_TOP - len(top))]
    return [f"{n} {one if n == 1 else many}" for n, one, many in counts if n], top
