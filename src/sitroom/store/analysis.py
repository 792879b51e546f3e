"""Figures and themes of stored items, computed on ingest (read back by ``views.analysis``)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sitroom.analyse.report_analysis import ReportAnalysis, analyse_texts
from sitroom.analyse.themes import Taxonomy
from sitroom.store.bulk import insert_rows
from sitroom.store.tables import FigureRow, Item, ItemTheme, Report


def analyse_report(session: Session, report_id: int, taxonomy: Taxonomy | None = None, *, fresh: bool = False) -> None:
    """(Re)compute the figures and theme tags of one report's items (``fresh``: just stored, none yet)."""
    if not fresh:
        clear_analysis(session, report_id)
    as_of = session.scalar(select(Report.period_date).where(Report.id == report_id))
    items = session.execute(select(Item.id, Item.text).where(Item.report_id == report_id).order_by(Item.position)).all()
    if items:
        ids = [item_id for item_id, _ in items]
        write_analysis(session, report_id, ids, analyse_texts([text for _, text in items], as_of, taxonomy))


def clear_analysis(session: Session, report_id: int) -> None:
    """Remove a report's figures and theme tags (before they are computed again)."""
    session.execute(delete(FigureRow).where(FigureRow.report_id == report_id))
    session.execute(delete(ItemTheme).where(ItemTheme.report_id == report_id))


def report_item_ids(session: Session, report_id: int) -> list[int]:
    """A stored report's item ids in document order (the positions ``ReportAnalysis`` names)."""
    return list(session.scalars(select(Item.id).where(Item.report_id == report_id).order_by(Item.position)))


def write_analysis(session: Session, report_id: int, item_ids: list[int], analysis: ReportAnalysis) -> None:
    """Insert figures and theme tags computed beforehand; one batched insert for each."""
    if analysis.figures:
        rows = [{**row, "item_id": item_ids[n], "report_id": report_id} for n, row in analysis.figures]
        insert_rows(session, FigureRow.__table__, rows)
    if analysis.themes:
        rows = [
            {"item_id": item_ids[n], "theme": key, "report_id": report_id, "score": score}
            for n, key, score in analysis.themes
        ]
        insert_rows(session, ItemTheme.__table__, rows)
