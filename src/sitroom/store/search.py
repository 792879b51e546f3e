"""Full-text search over items: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank), same results shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, Link

# Highlight markers in snippets: rare in sitreps, unlike brackets, and safe in JSON, terminals and HTML.
MARK_START, MARK_END = "«", "»"
_WORD = re.compile(r"\w+", re.UNICODE)


class BadQuery(SitroomError):
    http_status = 400


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What to search within. ``series_ids``: only items of these series (those a user may read), applied
    inside the query so ``limit`` counts only hits the user may see; None means every series.
    ``include_superseded``: also items of returns a correction replaced (each hit says its ``status``);
    left out by default so a superseded line is never quoted as current."""

    series: str | int | None = None
    section: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 20
    series_ids: frozenset[int] | None = None
    include_superseded: bool = False


def _series_in(ids: frozenset[int]) -> str:
    """A SQL condition on ``r.series_id``: the ids written as integer literals (never user text), so one
    statement serves both dialects; no ids is a condition that holds for no row."""
    if not ids:
        return "1 = 0"
    return f"r.series_id IN ({', '.join(str(int(i)) for i in sorted(ids))})"


def _fts5_query(query: str) -> str:
    """User words as FTS5 terms, all required; quotes keep operators in the input inert.

    Words are stemmed by the index (porter), so "visit" finds "visits"; no prefix expansion, which
    at 100,000 reports costs ten times more than the word itself.
    """
    words = _WORD.findall(query)
    if not words:
        raise BadQuery(f"nothing to search for in {query!r}")
    return " ".join(f'"{w}"' for w in words)


# Ranking every match costs time in proportion to the matches; at 100,000 reports a common word
# matches hundreds of thousands of items. So the newest matches (by item id, i.e. ingest order) are
# taken first, cheaply in index order, and only those are ranked: the best of the latest.
CANDIDATE_WINDOW = 1000
_PG_HEADLINE = (
    "ts_headline('english', i.text, to_tsquery('english', :q), "
    f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10')"
)
# PostgreSQL reads matches from the heap; the newest this many items are searched first (about a
# fortnight of fifty daily returns). Few enough that reading them in id order with the text condition
# as a filter stays cheap whatever plan a word gets; the whole index is read only when they hold too few.
RECENT_ITEMS = 20_000
ENOUGH_RECENT = 20


# The most hits one ranking gives: a page past it would need a ranking of its own.
MAX_RANKED = 500


def search_items(session: Session, query: str, filters: SearchFilters | None = None) -> list[dict]:
    """Items matching every word of ``query``, best first, with a highlighted snippet.

    Ranking (bm25 on SQLite, ts_rank on PostgreSQL) applies to the most recent
    ``CANDIDATE_WINDOW`` matches that pass the filters.
    """
    return search_page(session, query, filters)[1]


def search_page(
    session: Session, query: str, filters: SearchFilters | None = None, offset: int = 0
) -> tuple[int, list[dict]]:
    """``(total, hits)``: the hits from ``offset`` of one ranking (``filters.limit`` of them), and how
    many hits that ranking holds in all (the candidates ranked, at most ``MAX_RANKED``).

    Asking for a later page ranks the same candidates, so pages never overlap or skip.
    """
    f = filters or SearchFilters()
    offset = max(0, min(offset, MAX_RANKED))
    total, rows = _ranked(session, query, f, min(offset + max(1, f.limit), MAX_RANKED))
    return min(total, MAX_RANKED), rows[offset:]


def _ranked(session: Session, query: str, f: SearchFilters, limit: int) -> tuple[int, list[dict]]:
    dialect = session.get_bind().dialect.name
    params: dict = {"limit": limit, "window": CANDIDATE_WINDOW}
    where = []
    if f.series is not None:
        params["series_id"] = find_series(session, f.series).id
        where.append("r.series_id = :series_id")
    if f.series_ids is not None:
        where.append(_series_in(f.series_ids))
    if f.section:
        params["section"] = f.section
        where.append("s.key = :section")
    for key, op, value in (("since", ">=", f.since), ("until", "<=", f.until)):
        if value is not None:
            params[key] = value.isoformat() if dialect == "sqlite" else value  # ISO text in SQLite
            where.append(f"r.period_date {op} :{key}")
    if not f.include_superseded:
        # Superseded returns are few: their item ids, gathered once, are cheaper to exclude than
        # joining every candidate to its report.
        where.append(
            "{item_id} NOT IN (SELECT xi.id FROM item xi JOIN report xr ON xr.id = xi.report_id "
            f"WHERE xr.status = '{SUPERSEDED}')"
        )
    extra = "".join(f" AND {w}" for w in where)
    joins = (
        "JOIN section s ON s.id = i.section_id JOIN report r ON r.id = i.report_id "
        "JOIN series se ON se.id = r.series_id"
    )
    cols = "i.id, i.report_id, i.text, s.key, s.heading, r.period_date, se.name, r.status"
    if dialect == "sqlite":
        params["q"] = _fts5_query(query)
        # Without filters, candidates and their ranks come from the full-text index alone, and only the
        # best few are joined to their sections and reports; a filter needs the joins to pick candidates.
        joined = [w for w in where if "{item_id}" not in w]
        filtered = f"FROM item_fts JOIN item i ON i.id = item_fts.rowid {joins} WHERE item_fts MATCH :q{extra}"
        base = filtered if joined else "FROM item_fts WHERE item_fts MATCH :q" + extra
        base = base.replace("{item_id}", "item_fts.rowid")
        floor, total = session.execute(
            text(
                "SELECT min(id), count(*) FROM "
                f"(SELECT item_fts.rowid AS id {base} ORDER BY item_fts.rowid DESC LIMIT :window)"
            ),
            params,
        ).one()
        if floor is None:
            return 0, []
        params["floor"] = floor
        rows = session.execute(
            text(
                f"WITH best AS (SELECT item_fts.rowid AS id, bm25(item_fts) AS rank {base} "
                "AND item_fts.rowid >= :floor ORDER BY rank, item_fts.rowid DESC LIMIT :limit) "
                f"SELECT {cols}, best.rank FROM best JOIN item i ON i.id = best.id {joins} "
                "ORDER BY best.rank, best.id DESC"
            ),
            params,
        ).all()
        snippets = _sqlite_snippets(session, params["q"], [r[0] for r in rows])
    else:
        words = _WORD.findall(query)
        if not words:
            raise BadQuery(f"nothing to search for in {query!r}")
        params["q"] = " & ".join(words)  # to_tsquery stems each word with the english configuration
        # Join only what the filters need: the candidate scan touches every match.
        need = ""
        if f.section:
            need += " JOIN section s ON s.id = i.section_id"
        if f.series is not None or f.series_ids is not None or f.since or f.until:
            need += " JOIN report r ON r.id = i.report_id"
        base = f"FROM item i{need} WHERE i.search @@ to_tsquery('english', :q){extra}".replace("{item_id}", "i.id")
        # Ranked on the item rows alone; only the best few are joined to their sections and reports,
        # and given their highlighted snippet, in the same statement.
        rank = (
            ", best AS (SELECT i.id, -ts_rank(i.search, to_tsquery('english', :q)) AS rank "
            "FROM recent JOIN item i ON i.id = recent.id ORDER BY rank, i.id DESC LIMIT :limit) "
            f"SELECT {cols}, best.rank, {_PG_HEADLINE} AS snippet, (SELECT count(*) FROM recent) AS total "
            f"FROM best JOIN item i ON i.id = best.id {joins} ORDER BY best.rank, best.id DESC"
        )
        # The newest items first: a bitmap of the id range keeps the heap visits to recent matches;
        # only when they are too few is the whole index read.
        params["recent_from"] = (session.execute(text("SELECT max(id) FROM item")).scalar() or 0) - RECENT_ITEMS
        rows = session.execute(
            text(
                f"WITH recent AS (SELECT i.id {base} AND i.id > :recent_from ORDER BY i.id DESC LIMIT :window) {rank}"
            ),
            params,
        ).all()
        # The whole index is read when the recent items hold too few hits: fewer than asked for, or than
        # ENOUGH_RECENT. The second bound does not move with ``limit``, so asking for more (the next page)
        # reads the same candidates and extends the same order.
        if len(rows) < min(params["limit"], ENOUGH_RECENT) and params["recent_from"] > 0:
            rows = session.execute(
                text(f"WITH recent AS (SELECT i.id {base} ORDER BY i.id DESC LIMIT :window) {rank}"), params
            ).all()
        snippets = {r[0]: r[9] for r in rows}
        total = rows[0][10] if rows else 0
    return total, [
        {
            "item_id": r[0],
            "report_id": r[1],
            "text": r[2],
            "section": r[3],
            "heading": r[4],
            "date": r[5].isoformat() if hasattr(r[5], "isoformat") else r[5],
            "series": r[6],
            "status": r[7],
            "snippet": snippets.get(r[0], r[2]),
            "score": round(-float(r[8]), 4),
        }
        for r in rows
    ]


def _sqlite_snippets(session: Session, fts_query: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    rows = session.execute(
        text(
            f"SELECT rowid, snippet(item_fts, 0, '{MARK_START}', '{MARK_END}', '…', 24) FROM item_fts "
            f"WHERE item_fts MATCH :q AND rowid IN ({marks})"
        ),
        {"q": fts_query},
    ).all()
    return {r[0]: r[1] for r in rows}


def collapse_threads(session: Session, hits: list[dict]) -> list[dict]:
    """Hits of one thread (items linked report to report) said once: the newest, at the place of the
    thread's best-ranked hit, with the others newest first under ``earlier``.

    An item said unchanged for seven weeks is one result with "and 6 earlier reports", not seven of
    the top eight.
    """
    if len(hits) < 2:
        return [{**h, "earlier": []} for h in hits]
    ids = [h["item_id"] for h in hits]
    parent = {i: i for i in ids}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n in range(0, len(ids), 900):  # some databases cap the bound parameters of one IN list
        chunk = ids[n : n + 900]
        links = session.execute(
            select(Link.item_id, Link.prev_item_id).where(Link.item_id.in_(chunk), Link.prev_item_id.is_not(None))
        ).all()
        for item, prev in links:
            if prev in parent:
                parent[root(item)] = root(prev)
    groups: dict[int, list[dict]] = {}
    for h in hits:  # in rank order: a group sits where its best hit ranks
        groups.setdefault(root(h["item_id"]), []).append(h)
    out = []
    for members in groups.values():
        members = sorted(members, key=lambda h: (h["date"] or "", h["item_id"]), reverse=True)
        out.append({**members[0], "earlier": members[1:]})
    return out
