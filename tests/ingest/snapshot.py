"""What a store holds, by natural keys (source, part, position) rather than ids: two stores filled by
different engines compare equal when they hold the same reports, items, links, figures, themes and risks."""

from __future__ import annotations

from sqlalchemy import select

from sitroom.store import session_scope
from sitroom.store.risks import risk_register
from sitroom.store.tables import FigureRow, Item, ItemTheme, Link, Report, Section, Series


def snapshot(engine) -> dict[str, list[str]]:
    with session_scope(engine) as s:
        reports = {r.id: (r.source, r.part) for r in s.scalars(select(Report))}
        items = {i.id: (*reports[i.report_id], i.position) for i in s.scalars(select(Item))}
        out = {
            "reports": [
                (r.source, r.part, name, r.period_date, r.number, r.status, r.title, r.template, tuple(r.warnings))
                for r, name in s.execute(select(Report, Series.name).join(Series, Series.id == Report.series_id))
            ],
            "items": [
                (items[i.id], i.text, i.mitigation, sec.key, sec.heading)
                for i, sec in s.execute(select(Item, Section).join(Section, Section.id == Item.section_id))
            ],
            "links": [
                (
                    reports[k.report_id],
                    items.get(k.item_id),
                    reports.get(k.prev_report_id),
                    items.get(k.prev_item_id),
                    k.status,
                    None if k.score is None else round(k.score, 6),
                    k.possible,
                )
                for k in s.scalars(select(Link))
            ],
            "figures": [
                (
                    items[f.item_id],
                    *(f.value, f.value_high, f.unit, f.currency, f.qualifier),
                    *(f.subject, f.text, f.as_of, f.relation, f.earlier),
                )
                for f in s.scalars(select(FigureRow))
            ],
            "themes": [(items[t.item_id], t.theme, round(t.score, 6)) for t in s.scalars(select(ItemTheme))],
            "risks": [
                (t.series, t.text, t.status, t.trend, t.reports, t.first_seen, t.last_seen) for t in risk_register(s)
            ],
        }
    return {kind: sorted(map(repr, rows)) for kind, rows in out.items()}
