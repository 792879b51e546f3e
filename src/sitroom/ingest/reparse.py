"""Re-parsing stored originals after the parser improves: same reports, new sections and items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from sitroom.errors import SitroomError
from sitroom.parse import AUTO
from sitroom.read import parse_bytes
from sitroom.store.analysis import analyse_report
from sitroom.store.engine import session_scope
from sitroom.store.links import link_in_series
from sitroom.store.tables import SUPERSEDED, Original, Report
from sitroom.store.write import replace_content


@dataclass(slots=True)
class ReparseResult:
    report_id: int
    source: str
    items_before: int
    items_after: int
    error: str | None = None


def reparse(
    engine: Engine,
    report_ids: list[int] | None = None,
    template: str = AUTO,
    on_original: Callable[[int, int], None] | None = None,
) -> list[ReparseResult]:
    """Re-parse the originals of the given reports (all when None); each original in its own transaction.
    ``on_original(done, total)`` reports progress before each original and at the end (progress bars)."""
    with session_scope(engine) as session:
        q = select(Report.sha256).distinct()
        if report_ids is not None:
            q = q.where(Report.id.in_(report_ids))
        digests = list(session.scalars(q))
    results: list[ReparseResult] = []
    for done, digest in enumerate(digests, 1):
        if on_original:
            on_original(done - 1, len(digests))
        with session_scope(engine) as session:
            original = session.get(Original, digest)
            reports = list(session.scalars(select(Report).where(Report.sha256 == digest).order_by(Report.part)))
            try:
                parsed = parse_bytes(original.data, original.filename, template)
            except SitroomError as e:
                results.extend(ReparseResult(r.id, r.source, 0, 0, str(e)) for r in reports)
                continue
            for r in reports:
                if report_ids is not None and r.id not in report_ids:
                    continue
                if r.part >= len(parsed):
                    results.append(ReparseResult(r.id, r.source, 0, 0, "the new parse has no such part"))
                    continue
                before = _count_items(session, r.id)
                replace_content(session, r, parsed[r.part])
                link_in_series(session, r.id)
                if r.status != SUPERSEDED:  # a superseded return keeps no figures or themes
                    analyse_report(session, r.id)
                results.append(ReparseResult(r.id, r.source, before, len(parsed[r.part].items())))
    if on_original:
        on_original(len(digests), len(digests))
    return results


def _count_items(session, report_id: int) -> int:
    from sqlalchemy import func

    from sitroom.store.tables import Item

    return session.scalar(select(func.count(Item.id)).where(Item.report_id == report_id)) or 0
