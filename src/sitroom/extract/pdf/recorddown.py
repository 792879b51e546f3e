"""Risks set out down the page, one field a row ("Risk | …", "Treatment | …", "Residual rating | …"), as a form
tool's report or a small table of two columns prints each record.

A run of two or more rows, each a short label at one edge and its value at another (a value wrapping onto lines
of its own at its edge), whose labels name a risk and its mitigation (``columns.record_down``), is one risk:
its value an item carrying the mitigation's value, its other short values (a rating, an owner) fields. A label
standing again opens the next record. Any other run of label and value rows is left to the readers after.
"""

from __future__ import annotations

from collections import Counter

from sitroom.extract.columns import Column, column_roles, record_down, record_roles
from sitroom.extract.pdf.gridrecords import grid_entry
from sitroom.extract.pdf.grids import baselines
from sitroom.extract.pdf.hyphens import join_lines
from sitroom.extract.pdf.layout import Box
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import WORD, sentence_like
from sitroom.extract.rowtable import is_empty_cell

LABEL_WORDS = 4
EDGE = 6  # points: how far a row's label or value may stand from its column's edge
GRID_BASE = 2000  # apart from the grids' and the lattices' numbers


def take_records_down(
    page: PageData, frags: list[Frag], words: Counter[str]
) -> tuple[list[Frag], list[Entry], list[Box]]:
    """Split the risks set out down the page off its lines: the lines left, the items, and where they stood."""
    rows = baselines(frags)
    taken: set[int] = set()
    entries: list[Entry] = []
    boxes: list[Box] = []
    i = 0
    while i < len(rows):
        run = _run(rows, i, last=i == len(rows) - 1)
        roles = _roles([label.text for label, _ in run])
        if roles is not None:
            # each row the risk, its mitigation or a short field: a sentence under another label ("Situation |
            # …") makes the rows side headings, not records
            roles = record_roles(roles, [join_lines([f.text for f in v], words) for _, v in run])
        if roles is None:
            i += max(1, sum(len(v) for _, v in run))  # none of its rows opens a record either
            continue
        for record, its_roles in _records(run, roles):
            entries.extend(_read(page, record, its_roles, words, len(boxes) + 1 + GRID_BASE))
            lines = [f for label, values in record for f in (label, *values)]
            taken.update(id(f) for f in lines)
            box = (min(f.x0 for f in lines), min(f.bottom for f in lines), max(f.x1 for f in lines), lines[0].top)
            boxes.append(box)
        i += sum(len(v) for _, v in run)
    if not taken:
        return frags, [], []
    return [f for f in frags if id(f) not in taken], entries, boxes


def join_records_across_pages(entries: list[Entry]) -> list[Entry]:
    """A record broken by a page: the rows carried over (its treatment, its rating) give the mitigation of the
    risk the page before left without one."""
    out: list[Entry] = []
    for e in entries:
        if e.grid > GRID_BASE and not e.lines[0].text and e.mitigation is not None:
            risk = next((o for o in reversed(out) if o.grid > GRID_BASE and o.lines[0].text), None)
            if risk is not None and risk.mitigation is None:
                risk.mitigation = e.mitigation
            continue
        out.append(e)
    return out


def _label(f: Frag) -> bool:
    text = f.text.strip()
    return 0 < len(WORD.findall(text)) <= LABEL_WORDS and not sentence_like(text) and not f.bullet


def _run(rows: list[list[Frag]], i: int, last: bool) -> list[tuple[Frag, list[Frag]]]:
    """The label and value rows from ``rows[i]`` on: each a label at one edge and its value (with the lines it
    wraps onto) at another; two at least, or one at the foot of the page (a record the page breaks)."""
    first = rows[i]
    if len(first) != 2 or not _label(first[0]) or first[1].x0 < first[0].x1:
        return []
    if column_roles([f.text for f in first]) is not None:
        return []  # "Risk | Mitigation action": a register's header over its rows, no record
    left, right = first[0].x0, first[1].x0
    run: list[tuple[Frag, list[Frag]]] = []
    for row in rows[i:]:
        if len(row) == 2 and abs(row[0].x0 - left) < EDGE and abs(row[1].x0 - right) < EDGE and _label(row[0]):
            run.append((row[0], [row[1]]))
        elif run and len(row) == 1 and abs(row[0].x0 - right) < EDGE:
            run[-1][1].append(row[0])  # the value wraps onto a line of its own
        else:
            break
    footed = i + sum(len(values) for _, values in run) == len(rows)
    return run if len(run) >= 2 or (run and (last or footed)) else []


def _role(label: str) -> Column:
    """A row's role by its label, as it would name a register's column beside a risk or a mitigation column."""
    as_risk = record_down([label, "Mitigation"])
    if as_risk is not None and as_risk[0] is Column.RISK:
        return Column.RISK
    beside = record_down(["Risk", label])
    return beside[1] if beside is not None else Column.OTHER


def _roles(labels: list[str]) -> list[Column] | None:
    """The roles of a run's rows, when they set out risks: one record or several, each its risk row first, and
    maybe first the rows a page carried over from a record above, or last a lone risk row the page breaks off;
    None for any other run."""
    roles = [_role(label) for label in labels]
    if roles[:1] == [Column.RISK] and len(roles) == 1:
        return roles  # a risk row the page breaks off (``_run`` takes one row only there)
    return roles if Column.MITIGATION in roles else None


def _records(
    run: list[tuple[Frag, list[Frag]]], roles: list[Column]
) -> list[tuple[list[tuple[Frag, list[Frag]]], list[Column]]]:
    """The run cut before each risk row: one record each (the first perhaps carried over from the page before)."""
    records: list[tuple[list[tuple[Frag, list[Frag]]], list[Column]]] = []
    for row, role in zip(run, roles, strict=True):
        if not records or role is Column.RISK:
            records.append(([], []))
        records[-1][0].append(row)
        records[-1][1].append(role)
    return records


def _read(
    page: PageData, record: list[tuple[Frag, list[Frag]]], roles: list[Column], words: Counter[str], grid: int
) -> list[Entry]:
    """The record's risk with its mitigation, and any sentence written in another of its rows; its labels and
    fields (``roles`` read with the values) are counted as left out. Rows carried over from a risk on the page
    before give an entry of no text that carries their mitigation to it (``join_records_across_pages``)."""
    values = [join_lines([f.text for f in v], words) for _, v in record]
    mitigation = " ".join(v for v, r in zip(values, roles, strict=True) if r is Column.MITIGATION)
    page.drop("risk record labels", len(record))
    left = min(label.x0 for label, _ in record)  # the record stands from its labels' edge, where its heading does
    out: list[Entry] = []
    if Column.RISK not in roles and mitigation and not is_empty_cell(mitigation):
        out.append(_entry(page, "", record[0][1], grid, left))
        out[-1].mitigation = mitigation
    for (_, lines), text, role in zip(record, values, roles, strict=True):
        if role is Column.MITIGATION:
            continue
        if role is Column.ATTRIBUTE or is_empty_cell(text):
            page.drop("risk record fields", len(lines))
            continue
        entry = _entry(page, text, lines, grid, left)
        if role is Column.RISK:
            entry.mitigation = None if is_empty_cell(mitigation) else mitigation
        out.append(entry)
    return out


def _entry(page: PageData, text: str, lines: list[Frag], grid: int, left: float) -> Entry:
    entry = grid_entry(page, text, lines, lines[0].size)
    entry.lines[0].x0, entry.grid = left, grid
    return entry
