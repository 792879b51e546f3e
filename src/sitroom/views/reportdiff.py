"""A report beside the previous one of its series: a word-level diff of each continued item, section by section."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.tables import Item, Section
from sitroom.views.reports import DROPPED, NEW, STATUSES, ReportRef, ReportView, report_refs, report_view

_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")

Segment = tuple[str, str]  # (op, text): op is "equal", "delete" (old side) or "insert" (new side)


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _join(segments: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if segments and segments[-1][0] == op:
        segments[-1] = (op, segments[-1][1] + text)
    else:
        segments.append((op, text))


def word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """The old and new text cut into segments, changed words marked: ``delete`` on the old side,
    ``insert`` on the new side, ``equal`` elsewhere. Compares word tokens (words, punctuation and
    runs of space), so "£135,000" → "£158,000" marks the number, not the whole line. The segments
    are raw text: the caller escapes them.
    """
    a, b = _tokens(old), _tokens(new)
    left: list[Segment] = []
    right: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            _join(left, "equal", old_part)
            _join(right, "equal", new_part)
            continue
        # A change of spacing alone is not worth a mark.
        _join(left, "delete" if old_part.strip() else "equal", old_part)
        _join(right, "insert" if new_part.strip() else "equal", new_part)
    return left, right


@dataclass(slots=True)
class DiffRow:
    """One line of a side-by-side diff. ``status``: new (right only), dropped (left only), updated or
    continuing (both sides). ``old_report_id`` differs from the previous report when the item skipped
    a report or two."""

    status: str
    heading: str | None
    old_item_id: int | None
    old_report_id: int | None
    new_item_id: int | None
    old: list[Segment]
    new: list[Segment]
    mitigation_old: str | None = None
    mitigation_new: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the words differ (a continuing item may still differ in spacing or case)."""
        return any(op != "equal" for op, _ in self.old + self.new)


@dataclass(slots=True)
class ReportDiff:
    """A report against the report before it in its series."""

    report: ReportRef
    series_id: int
    series: str
    previous: ReportRef | None
    rows: list[DiffRow]
    dates: dict[int, date | None]  # report id → date, for rows whose old item is older than ``previous``
    view: ReportView  # the report itself, with its statuses and neighbours

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(r.status for r in self.rows)
        return {s: c.get(s, 0) for s in STATUSES}


def report_diff(session: Session, report_id: int) -> ReportDiff:
    """Each item of the report paired with its predecessor, as word diffs; new items on the new side
    only, dropped items on the old side only, dropped ones placed after the row their old neighbour is in.

    Raises ``ReportNotFound`` (404) for an unknown id.
    """
    view = report_view(session, report_id)
    report = view.report
    old_ids = {s.prev_item_id for s in view.statuses.values() if s.prev_item_id} | {d.item_id for d in view.dropped}
    old_items = {}
    if old_ids:
        for item, heading in session.execute(
            select(Item, Section.heading).join(Section, Section.id == Item.section_id).where(Item.id.in_(old_ids))
        ).all():
            old_items[item.id] = (item, heading)
    rows: list[tuple[float, DiffRow]] = []
    old_pos_to_key: list[tuple[tuple[int, int], float]] = []
    for section in report.sections:
        for item in section.items:
            st = view.statuses.get(item.id)
            key = float(item.position)
            if st is None or st.status == NEW or st.prev_item_id not in old_items:
                rows.append((key, DiffRow(NEW, section.heading, None, None, item.id, [], [("equal", item.text)])))
                rows[-1][1].mitigation_new = item.mitigation
                continue
            old, _ = old_items[st.prev_item_id]
            left, right = word_diff(old.text, item.text)
            row = DiffRow(st.status, section.heading, old.id, old.report_id, item.id, left, right)
            row.mitigation_old, row.mitigation_new = old.mitigation, item.mitigation
            rows.append((key, row))
            old_pos_to_key.append(((old.report_id, old.position), key))
    old_pos_to_key.sort()
    for d in view.dropped:
        old, heading = old_items[d.item_id]
        # After the row whose old item came just before this one in the old report.
        before = [k for (rid, pos), k in old_pos_to_key if rid == old.report_id and pos < old.position]
        key = (max(before) if before else -1.0) + 0.5
        row = DiffRow(DROPPED, heading, old.id, old.report_id, None, [("equal", old.text)], [])
        row.mitigation_old = old.mitigation
        rows.append((key, row))
    rows.sort(key=lambda kr: kr[0])  # stable: dropped rows sharing a slot keep their old order
    # One block per section: a dropped row placed after the last row of its section would otherwise
    # open a second block of the same heading before the new rows that follow it.
    first: dict[str, int] = {}
    for n, (_, row) in enumerate(rows):
        first.setdefault(" ".join((row.heading or "").lower().split()), n)
    order = {id(row): n for n, (_, row) in enumerate(rows)}
    rows.sort(key=lambda kr: (first[" ".join((kr[1].heading or "").lower().split())], order[id(kr[1])]))
    ref = ReportRef(report.id, report.period_date, report.number, report.title)
    other = {r.old_report_id for _, r in rows if r.old_report_id}
    dates = {i: r.date for i, r in report_refs(session, list(other)).items()}
    return ReportDiff(ref, view.series_id, view.series, view.previous, [r for _, r in rows], dates, view)
