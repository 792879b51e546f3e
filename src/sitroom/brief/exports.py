"""Exports of the store for spreadsheets and other tools: items, links, the risk register and figures.

``collect`` reads one snapshot through the store; the writers turn it into an XLSX workbook (one
sheet per table), CSV files (a folder or a zip) or one JSON document. Text that a spreadsheet would
run as a formula (starting with = + - @, tab or CR) is neutralised in XLSX and CSV.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.risks import risk_register
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, FigureRow, Item, ItemTheme, Link, Report, Section, Series
from sitroom.views.items import link_fields

# Column order of each table; JSON uses the same keys.
COLUMNS: dict[str, list[str]] = {
    "items": [
        "item_id",
        "report_id",
        "report_date",
        "report_number",
        "series",
        "section_key",
        "section_heading",
        "position",
        "text",
        "mitigation",
        "page",
        "themes",
        "link_status",
        "prev_item_id",
        "report_status",  # "superseded" only in an export asked to include superseded returns
    ],
    "links": [
        "report_id",
        "report_date",
        "series",
        "item_id",
        "prev_report_id",
        "prev_item_id",
        "status",
        "score",
        "possible",
    ],
    "risks": [
        "thread",
        "series",
        "status",
        "trend",
        "first_seen",
        "last_seen",
        "reports",
        "risk",
        "mitigation",
        "items",
        "label",  # the status as the brief prints it ("not reported since 4 May 2020")
    ],
    "figures": [
        "figure_id",
        "report_id",
        "report_date",
        "series",
        "item_id",
        "subject",
        "value",
        "value_high",
        "unit",
        "currency",
        "qualifier",
        "relation",
        "earlier",
        "as_of",
        "text",
    ],
}
SHEETS = {"items": "Items", "links": "Links", "risks": "Risks", "figures": "Figures"}
# Columns of running text: wrapped in XLSX and given a wider cap.
WRAPPED = {"text", "mitigation", "risk", "section_heading"}

# A spreadsheet evaluates a cell starting with one of these (CSV injection, OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WIDTH_CAP, _WRAPPED_WIDTH_CAP, _WIDTH_MIN = 40, 80, 8
_XLSX_MAX_CHARS = 32767  # longer cell text makes Excel report the workbook as damaged


class ExportError(SitroomError):
    """An export cannot be written; the message names the path."""


@dataclass(slots=True)
class ExportData:
    """The rows of each exported table, as plain values (dates as ``date``, themes as lists)."""

    items: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    risks: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    filters: dict = field(default_factory=dict)

    def tables(self) -> dict[str, list[dict]]:
        return {"items": self.items, "links": self.links, "risks": self.risks, "figures": self.figures}


def collect(
    session: Session,
    series: str | int | None = None,
    since: date | None = None,
    until: date | None = None,
    include_superseded: bool = False,
) -> ExportData:
    """Items, links, risk threads and figures of one series (or all), of reports dated in [since, until].

    A report without a date is kept only when no date bound is given. Items of superseded returns
    (replaced by a correction) are left out unless ``include_superseded``; then ``report_status`` marks them.
    """
    series_row = find_series(session, series) if series is not None else None

    def scoped(q):
        if series_row is not None:
            q = q.where(Report.series_id == series_row.id)
        if since:
            q = q.where(Report.period_date >= since)
        if until:
            q = q.where(Report.period_date <= until)
        return q

    report_order = (Series.name, Report.period_date.nulls_first(), Report.number.nulls_first(), Report.id)
    items_q = scoped(
        select(Item, Report.period_date, Report.number, Series.name, Section.key, Section.heading, Report.status)
        .join(Section, Section.id == Item.section_id)
        .join(Report, Report.id == Item.report_id)
        .join(Series, Series.id == Report.series_id)
    ).order_by(*report_order, Item.position)
    if not include_superseded:
        items_q = items_q.where(Report.status != SUPERSEDED)
    links_q = scoped(
        select(Link, Report.period_date, Series.name)
        .join(Report, Report.id == Link.report_id)
        .join(Series, Series.id == Report.series_id)
    ).order_by(*report_order, Link.id)
    themes_q = scoped(select(ItemTheme.item_id, ItemTheme.theme).join(Report, Report.id == ItemTheme.report_id))
    figures_q = scoped(
        select(FigureRow, Report.period_date, Series.name)
        .join(Report, Report.id == FigureRow.report_id)
        .join(Series, Series.id == Report.series_id)
    ).order_by(*report_order, FigureRow.item_id, FigureRow.id)

    themes: dict[int, list[str]] = defaultdict(list)
    for item_id, theme in session.execute(themes_q.order_by(ItemTheme.item_id, ItemTheme.theme)):
        themes[item_id].append(theme)
    links = session.execute(links_q).all()
    item_link = {link.item_id: link for link, _, _ in links if link.item_id is not None}

    data = ExportData(
        filters={
            "series": series_row.name if series_row else None,
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "include_superseded": include_superseded,
        }
    )
    for item, day, number, name, key, heading, status in session.execute(items_q):
        link = item_link.get(item.id)
        data.items.append(
            {
                "item_id": item.id,
                "report_id": item.report_id,
                "report_date": day,
                "report_number": number,
                "series": name,
                "section_key": key,
                "section_heading": heading,
                "position": item.position,
                "text": item.text,
                "mitigation": item.mitigation,
                "page": item.page,
                "themes": themes.get(item.id, []),
                "link_status": link.status if link else None,
                "prev_item_id": link.prev_item_id if link else None,
                "report_status": status,
            }
        )
    for link, day, name in links:
        data.links.append(
            {
                "report_id": link.report_id,
                "report_date": day,
                "series": name,
                **link_fields(link),
            }
        )
    for t in risk_register(session, series_row.id if series_row else None):
        # A thread belongs to the window when it was reported at any time within it.
        if since and (t.last_seen is None or t.last_seen < since):
            continue
        if until and (t.first_seen is None or t.first_seen > until):
            continue
        data.risks.append(t.to_row())
    for fig, day, name in session.execute(figures_q):
        data.figures.append(
            {
                "figure_id": fig.id,
                "report_id": fig.report_id,
                "report_date": day,
                "series": name,
                "item_id": fig.item_id,
                "subject": fig.subject,
                "value": fig.value,
                "value_high": fig.value_high,
                "unit": fig.unit,
                "currency": fig.currency,
                "qualifier": fig.qualifier,
                "relation": fig.relation,
                "earlier": fig.earlier,
                "as_of": fig.as_of,
                "text": fig.text,
            }
        )
    return data


def is_formula_like(value: object) -> bool:
    """True for text a spreadsheet would evaluate rather than show."""
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def _flat(value: object) -> object:
    """A value for one spreadsheet cell: lists joined with '; ', everything else unchanged."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def _csv_cell(value: object) -> object:
    value = _flat(value)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if is_formula_like(value):
        # The leading apostrophe is what spreadsheets themselves use to mark text.
        return "'" + value
    return value


def _csv_text(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def table_csv(rows: list[dict], columns: list[str]) -> str:
    """One table as CSV text with a header row, formula-like cells neutralised (for a single download)."""
    return _csv_text(rows, columns)


def table_xlsx(name: str, rows: list[dict]) -> bytes:
    """One table (items, links, risks or figures) as a one-sheet workbook laid out as ``write_xlsx`` does."""
    buf = io.BytesIO()
    write_xlsx(ExportData(**{name: rows}), buf, tables=(name,))
    return buf.getvalue()


def write_csv(data: ExportData, path: Path) -> list[str]:
    """One CSV per table (items.csv, links.csv, risks.csv, figures.csv) in folder ``path``, or in a zip
    when ``path`` ends with .zip. Returns the file names written."""
    path = Path(path)
    texts = {f"{name}.csv": _csv_text(rows, COLUMNS[name]) for name, rows in data.tables().items()}
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, text in texts.items():
                    zf.writestr(name, text.encode("utf-8"))
        else:
            path.mkdir(parents=True, exist_ok=True)
            for name, text in texts.items():
                (path / name).write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise ExportError(f"{path}: cannot write the export ({e.strerror or e})") from e
    return list(texts)


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def to_json(data: ExportData) -> dict:
    """The export as one JSON-ready object: the filters and a list of rows per table."""
    out: dict = {"filters": dict(data.filters)}
    for name, rows in data.tables().items():
        out[name] = [{c: _json_value(row.get(c)) for c in COLUMNS[name]} for row in rows]
    return out


def write_json(data: ExportData, target: Path | TextIO | None = None) -> None:
    """The export as JSON into file ``target``, or a stream (stdout when None)."""
    text = json.dumps(to_json(data), ensure_ascii=False, indent=1) + "\n"
    if target is None or not isinstance(target, str | Path):
        (target or sys.stdout).write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as e:
        raise ExportError(f"{target}: cannot write the export ({e.strerror or e})") from e


def write_xlsx(data: ExportData, path: Path | BinaryIO, tables: Collection[str] | None = None) -> None:
    """A workbook with one sheet per table: frozen, filterable header; real dates; sized, wrapped columns.

    ``path`` may be a binary stream; ``tables`` names the tables to include (default: all).
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, rows in data.tables().items():
        if tables is not None and name not in tables:
            continue
        ws = wb.create_sheet(SHEETS[name])
        columns = COLUMNS[name]
        ws.append(columns)
        for cell in ws[1]:
            cell.font = bold
        widths = [len(c) for c in columns]
        for r, row in enumerate(rows, start=2):
            for c, key in enumerate(columns, start=1):
                value = _flat(row.get(key))
                if isinstance(value, str):
                    # Control characters other than tab/newline are invalid in the XML of a sheet.
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_XLSX_MAX_CHARS]
                cell = ws.cell(row=r, column=c, value=value)
                if is_formula_like(value):
                    # Stored as a string (never a formula) and marked quote-prefixed, as if typed
                    # after an apostrophe, so Excel and LibreOffice keep it text even when edited.
                    cell.data_type = "s"
                    cell.quotePrefix = True
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                    widths[c - 1] = max(widths[c - 1], 10)
                elif value is not None:
                    widths[c - 1] = max(widths[c - 1], len(str(value)))
                if key in WRAPPED:
                    cell.alignment = wrap
        for c, key in enumerate(columns, start=1):
            cap = _WRAPPED_WIDTH_CAP if key in WRAPPED else _WIDTH_CAP
            ws.column_dimensions[get_column_letter(c)].width = max(_WIDTH_MIN, min(widths[c - 1], cap) + 2)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    try:
        wb.save(path)
    except OSError as e:
        raise ExportError(f"{path}: cannot write the export ({e.strerror or e})") from e
