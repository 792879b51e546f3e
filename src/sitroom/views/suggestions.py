"""Series suggestions as people read them: the open merges and splits ingestion was unsure of."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from sitroom.store.series_suggestions import MERGE, OPEN
from sitroom.store.tables import Report, Series, SeriesSuggestion


@dataclass(frozen=True, slots=True)
class SuggestionView:
    """A suggestion as people read it: series by name, the report by its title and date."""

    id: int
    kind: str
    series_id: int
    series: str
    other_series_id: int | None
    other_series: str | None
    report_id: int | None
    report: str | None
    score: float
    reason: str

    @property
    def text(self) -> str:
        if self.kind == MERGE:
            return f"merge '{self.series}' into '{self.other_series}' ({self.reason})"
        return f"move report {self.report} out of '{self.series}' into a series of its own ({self.reason})"


def open_suggestions(session: Session, series_id: int | None = None) -> list[SuggestionView]:
    """Open suggestions (those touching ``series_id`` only, unless None), likeliest first."""
    main, other = aliased(Series), aliased(Series)
    stmt = (
        select(SeriesSuggestion, main.name, other.name, Report.title, Report.period_date)
        .join(main, main.id == SeriesSuggestion.series_id)
        .outerjoin(other, other.id == SeriesSuggestion.other_series_id)
        .outerjoin(Report, Report.id == SeriesSuggestion.report_id)
        .where(SeriesSuggestion.status == OPEN)
        .order_by(SeriesSuggestion.score.desc(), SeriesSuggestion.id)
    )
    if series_id is not None:
        stmt = stmt.where(or_(SeriesSuggestion.series_id == series_id, SeriesSuggestion.other_series_id == series_id))
    views = []
    for s, name, other_name, title, on in session.execute(stmt):
        label = f"{title or 'untitled'}{f' of {on.isoformat()}' if on else ''}" if s.report_id else None
        views.append(
            SuggestionView(
                s.id, s.kind, s.series_id, name, s.other_series_id, other_name, s.report_id, label, s.score, s.reason
            )
        )
    return views
