"""A page of a collaborative workspace saved as HTML or Markdown: a status board of labels (Workstream |
Status | Owner) is data, not points; a task's closing @mention names its owner, a value beside it, while a
mention the sentence needs stays; the reactions under the page ("👍 4 · 👀 2") are how readers answered it.

Two layouts: a workspace page saved from the browser (``<h2>``, a status table, a task list of checkboxes
with mention spans) and a Markdown export (``##``, a pipe table, ``- [ ]`` tasks).
"""

from __future__ import annotations

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

BOARD = [("Supplier fix", "At risk", "@Priya Shah"), ("Downtime procedures", "On track", "@Tom Ellery")]
SUMMARY = ["Wards are working on the paper downtime procedures", "1,345 paper records wait to be entered"]
TASKS = [
    ("Supplier to confirm the restore window by 15 May", "@Priya Shah"),
    ("Daily check-in with ward managers at 09:30", "@ngozi.adebayo"),
    ("Send the backlog figures to @Tom Ellery", ""),
]


def _html() -> str:
    board = "".join(
        f"<tr><td>{w}</td><td><span class='status'>{s}</span></td><td><span class='mention'>{o}</span></td></tr>"
        for w, s, o in BOARD
    )
    tasks = "".join(
        f"<li><span role='checkbox' aria-checked='false'></span><span>{t}</span> <span class='mention'>{o}</span></li>"
        for t, o in TASKS
    )
    summary = "".join(f"<li>{p}</li>" for p in SUMMARY)
    return (
        "<html><body><main><h1>EPR outage – sitrep 2</h1><h2>Summary</h2>"
        f"<ul>{summary}</ul><table><thead><tr><th>Workstream</th><th>Status</th><th>Owner</th></tr></thead>"
        f"<tbody>{board}</tbody></table><h2>Actions</h2><ul>{tasks}</ul>"
        "<div class='reactions'>👍 4 · 👀 2</div></main></body></html>"
    )


def _markdown() -> str:
    lines = ["# EPR outage – sitrep 2", "", "## Summary", "", *(f"- {p}" for p in SUMMARY), ""]
    lines += ["| Workstream | Status | Owner |", "| --- | --- | --- |", *(f"| {w} | {s} | {o} |" for w, s, o in BOARD)]
    lines += ["", "## Actions", "", *(f"- [ ] {t} {o}".rstrip() for t, o in TASKS), "", "👍 4 · 👀 2", ""]
    return "\n".join(lines)


def _check(report: Report) -> None:
    sections = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert sections["Summary"] == SUMMARY
    assert sections["Actions"] == [t for t, _ in TASKS]
    assert len(report.tables) == 1
    assert "2 owner mention(s) taken off the end of items" in report.warnings


@pytest.mark.parametrize("name,page", [("sitrep-2.html", _html), ("sitrep-2.md", _markdown)])
def test_a_workspace_page_reads_its_points_without_board_owners_or_reactions(name, page) -> None:
    _check(parse_bytes(page().encode(), name)[0])
