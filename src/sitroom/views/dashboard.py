"""The dashboard's aggregates: the theme trend as a table and the figures whose values moved."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from sitroom.analyse.themes import load_taxonomy
from sitroom.views.analysis import figure_series, theme_counts

TABLE_WEEKS = 8  # weeks in the text table shown when the chart cannot be drawn


def theme_table(
    session: Session, on: date, series_ids: frozenset[int] | None = None
) -> tuple[list[str], list[tuple[str, list[int]]]]:
    """The theme trend as text: (week labels, [(theme label, count per week)]), top themes, last weeks."""
    weekly = theme_counts(session, by="week", series_ids=series_ids)
    counts = {w: c for w, c in weekly.items() if w <= on.isoformat()}
    weeks = sorted(counts)[-TABLE_WEEKS:]
    totals: dict[str, int] = {}
    for w in weeks:
        for theme, n in counts[w].items():
            totals[theme] = totals.get(theme, 0) + n
    taxonomy = load_taxonomy()
    top = sorted(totals, key=lambda t: (-totals[t], t))[:6]

    def label(key: str) -> str:
        t = taxonomy.theme(key)
        return t.label if t else key

    return weeks, [(label(t), [counts[w].get(t, 0) for w in weeks]) for t in top]


def figure_trends(
    session: Session, on: date, since: date, series_ids: frozenset[int] | None = None, k: int = 6
) -> list[dict]:
    """The ``k`` figures with at least three dated values from ``since`` to ``on``, values that moved first:
    each a ``figure_series`` group whose ``points`` keep one value a date, with its ``values`` and ``moved``."""
    out = []
    for g in figure_series(session, limit=60, since=since, series_ids=series_ids):
        by_date: dict[str, list[dict]] = {}
        for p in g["points"]:
            if p["date"] and p["date"] <= on.isoformat():
                by_date.setdefault(p["date"], []).append(p)
        # Two different values of one subject on one date are two things under one name (a count of
        # people and a count of posts, say): their line would zigzag meaninglessly, so skip them.
        if len(by_date) < 3 or any(len({p["value"] for p in ps}) > 1 for ps in by_date.values()):
            continue
        points = [ps[-1] for _, ps in sorted(by_date.items())]
        values = [p["value"] for p in points]
        out.append({**g, "points": points, "values": values, "moved": len(set(values)) > 1})
    out.sort(key=lambda g: (not g["moved"], -len(g["values"]), g["series"], g["subject"]))
    return out[:k]
