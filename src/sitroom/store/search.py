"""Full-text search over items: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank), same results shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.series import find_series

# Highlight markers in snippets: rare in sitreps, unlike brackets, and safe in JSON, terminals and HTML.
MARK_START, MARK_END = "«", "»"
_WORD = re.compile(r"\w+", re.UNICODE)


class BadQuery(SitroomError):
    http_status = 400


@dataclass(frozen=True, slots=True)
class SearchFilters:
    series: str | int | None = None
    section: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 20


def _fts5_query(query: str) -> str:
    """User words as FTS5 prefix terms, all required; quotes keep operators in the input inert."""
    words = _WORD.findall(query)
    if not words:
        raise BadQuery(f"nothing to search for in {query!r}")
    return " ".join(f'"{w}"*' if len(w) > 2 else f'"{w}"' for w in words)


def search_items(session: Session, query: str, filters: SearchFilters | None = None) -> list[dict]:
    """Items matching every word of ``query``, best first, with a highlighted snippet."""
    f = filters or SearchFilters()
    params: dict = {"limit": max(1, min(f.limit, 500))}
    where = []
    if f.series is not None:
        params["series_id"] = find_series(session, f.series).id
        where.append("r.series_id = :series_id")
    if f.section:
        params["section"] = f.section
        where.append("s.key = :section")
    if f.since:
        params["since"] = f.since
        where.append("r.period_date >= :since")
    if f.until:
        params["until"] = f.until
        where.append("r.period_date <= :until")
    extra = "".join(f" AND {w}" for w in where)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":  # dates are stored as ISO text there
        for k in ("since", "until"):
            if k in params:
                params[k] = params[k].isoformat()
    if dialect == "sqlite":
        params["q"] = _fts5_query(query)
        sql = (
            "SELECT i.id, i.report_id, i.text, s.key, s.heading, r.period_date, se.name, "
            f"snippet(item_fts, 0, '{MARK_START}', '{MARK_END}', '…', 24) AS snip, bm25(item_fts) AS rank "
            "FROM item_fts JOIN item i ON i.id = item_fts.rowid JOIN section s ON s.id = i.section_id "
            "JOIN report r ON r.id = i.report_id JOIN series se ON se.id = r.series_id "
            f"WHERE item_fts MATCH :q{extra} ORDER BY rank LIMIT :limit"
        )
    else:
        words = _WORD.findall(query)
        if not words:
            raise BadQuery(f"nothing to search for in {query!r}")
        params["q"] = " & ".join(f"{w}:*" for w in words)
        sql = (
            "WITH hits AS (SELECT i.id, i.report_id, i.text, i.section_id, "
            "ts_rank(i.search, to_tsquery('english', :q)) AS rank FROM item i "
            "WHERE i.search @@ to_tsquery('english', :q)) "
            "SELECT h.id, h.report_id, h.text, s.key, s.heading, r.period_date, se.name, "
            f"ts_headline('english', h.text, to_tsquery('english', :q), "
            f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10') AS snip, -h.rank AS rank "
            "FROM hits h JOIN section s ON s.id = h.section_id JOIN report r ON r.id = h.report_id "
            f"JOIN series se ON se.id = r.series_id WHERE TRUE{extra} ORDER BY h.rank DESC LIMIT :limit"
        )
    rows = session.execute(text(sql), params).all()
    return [
        {
            "item_id": r[0],
            "report_id": r[1],
            "text": r[2],
            "section": r[3],
            "heading": r[4],
            "date": r[5].isoformat() if hasattr(r[5], "isoformat") else r[5],
            "series": r[6],
            "snippet": r[7],
            "score": round(-float(r[8]), 4),
        }
        for r in rows
    ]
