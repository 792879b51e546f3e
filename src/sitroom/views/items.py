"""One item with its thread (the same statement in earlier and later reports), and a report's stored links."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.queries import get_report
from sitroom.store.tables import Item, Link, Report, Section, Series

# A thread longer than this is cut: no series publishes that many reports, and a cycle of links
# (which linking never makes, but a bad merge could) must not loop.
MAX_THREAD = 1000


class ItemNotFound(SitroomError):
    http_status = 404


def _rows(session: Session, item_ids: list[int]) -> dict[int, dict]:
    rows = session.execute(
        select(
            Item.id,
            Item.report_id,
            Item.position,
            Item.text,
            Item.mitigation,
            Item.page,
            Section.key,
            Section.heading,
            Report.period_date,
            Report.number,
            Series.id,
            Series.name,
        )
        .join(Section, Section.id == Item.section_id)
        .join(Report, Report.id == Item.report_id)
        .join(Series, Series.id == Report.series_id)
        .where(Item.id.in_(item_ids))
    ).all()
    return {
        r[0]: {
            "id": r[0],
            "report_id": r[1],
            "position": r[2],
            "text": r[3],
            "mitigation": r[4],
            "page": r[5],
            "section_key": r[6],
            "heading": r[7],
            "report_date": r[8].isoformat() if r[8] else None,
            "report_number": r[9],
            "series_id": r[10],
            "series": r[11],
        }
        for r in rows
    }


def _link_of(session: Session, item_id: int) -> Link | None:
    return session.scalar(select(Link).where(Link.item_id == item_id).limit(1))


def _successor(session: Session, item_id: int) -> Link | None:
    # A split item has two successors: the thread follows the first, as the risk register does.
    return session.scalar(
        select(Link).where(Link.prev_item_id == item_id, Link.item_id.is_not(None)).order_by(Link.id).limit(1)
    )


def item_thread(session: Session, item_id: int, series_ids: Collection[int] | None = None) -> dict:
    """The item, with ``previous`` (oldest first) and ``next`` (in order): its linked items in other reports.

    Each entry carries its link status against the report before it. Raises ``ItemNotFound`` — also for
    an item of a series not in ``series_ids`` (unless None), and the thread keeps only those series' items.
    """
    statuses: dict[int, tuple[str | None, float | None]] = {}
    item = session.get(Item, item_id)
    if item is None or (series_ids is not None and _series_of(session, item.report_id) not in series_ids):
        raise ItemNotFound(f"no item with id {item_id}")
    link = _link_of(session, item_id)
    statuses[item_id] = (link.status, link.score) if link else (None, None)
    before: list[int] = []
    seen = {item_id}
    while link is not None and link.prev_item_id is not None and len(before) < MAX_THREAD:
        prev = link.prev_item_id
        if prev in seen:
            break
        seen.add(prev)
        before.append(prev)
        link = _link_of(session, prev)
        statuses[prev] = (link.status, link.score) if link else (None, None)
    after: list[int] = []
    current = item_id
    while len(after) < MAX_THREAD and (nxt := _successor(session, current)) is not None:
        if nxt.item_id in seen:
            break
        seen.add(nxt.item_id)
        after.append(nxt.item_id)
        statuses[nxt.item_id] = (nxt.status, nxt.score)
        current = nxt.item_id
    rows = _rows(session, [item_id, *before, *after])
    if series_ids is not None:  # links stay within a series, but a merge gone wrong must not leak
        before = [i for i in before if rows[i]["series_id"] in series_ids]
        after = [i for i in after if rows[i]["series_id"] in series_ids]

    def entry(i: int) -> dict:
        status, score = statuses[i]
        return {**rows[i], "status": status, "score": score}

    out = entry(item_id)
    out["previous"] = [entry(i) for i in reversed(before)]
    out["next"] = [entry(i) for i in after]
    return out


def _series_of(session: Session, report_id: int) -> int | None:
    return session.scalar(select(Report.series_id).where(Report.id == report_id))


def link_fields(link: Link) -> dict:
    """A stored link as the API and the exports show it: the item, the one it continues, how and how sure."""
    return {
        "item_id": link.item_id,
        "prev_report_id": link.prev_report_id,
        "prev_item_id": link.prev_item_id,
        "status": link.status,
        "score": link.score,
        "possible": bool(link.possible),
    }


def report_links(session: Session, report_id: int) -> list[dict]:
    """The stored links of one report: each item's predecessor and status, and the dropped items.

    Raises ``ReportNotFound`` for an unknown report.
    """
    get_report(session, report_id)
    links = session.execute(select(Link).where(Link.report_id == report_id).order_by(Link.id)).scalars().all()
    texts = _rows(session, [i for link in links for i in (link.item_id, link.prev_item_id) if i is not None])
    return [
        {
            "id": link.id,
            "report_id": link.report_id,
            **link_fields(link),
            "text": texts[link.item_id]["text"] if link.item_id in texts else None,
            "prev_text": texts[link.prev_item_id]["text"] if link.prev_item_id in texts else None,
        }
        for link in links
    ]
