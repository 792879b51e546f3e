"""An incident tracked as an issue on a code-hosting site and saved as Markdown: the thread's own line
("Open · @rkhan opened this issue on 5 Mar 2024 · 4 comments"), its labels and assignees, the collapsible
block whose ``<summary>`` titles a section, and the closing stamp ("Last updated by @abaines at 09:12 UTC.
Next update at 12:00.").

Two layouts: a GitHub issue (``###`` headings, a blank line inside ``<details>``) and a GitLab issue
(``##`` headings, ``<details><summary>…</summary>`` on one line, "Issue created … · 3 comments").
"""

from __future__ import annotations

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["7,936 failed payment attempts since the outage began"]),
    ("Impact", ["Council tax reminders paused until 11 March"]),
]
RISK = "The risk of residents paying twice when the service returns is increasing."
MITIGATION = "Refund process agreed with finance and a check on duplicate payments."


def _github() -> str:
    lines = [
        "# Incident: Online payments outage – update 2 #428",
        "",
        "**Open** · @rkhan opened this issue on 5 Mar 2024 · 4 comments",
        "",
        "Labels: `incident` `sev-2` · Assignees: @rkhan @tmorley",
        "",
    ]
    for heading, points in SECTIONS:
        lines += [f"### {heading}", "", *(f"- {p}" for p in points), ""]
    lines += ["<details>", "<summary>Risks and mitigations</summary>", "", f"- {RISK} Mitigation: {MITIGATION}"]
    lines += ["", "</details>", "", "---", "", "_Last updated by @abaines at 09:12 UTC. Next update at 12:00._"]
    return "\n".join(lines) + "\n"


def _gitlab() -> str:
    lines = [
        "# Online payments outage – update 2",
        "",
        "Open · Issue created 5 March 2024 by Rita Khan · 3 comments",
        "",
    ]
    for heading, points in SECTIONS:
        lines += [f"## {heading}", "", *(f"* {p}" for p in points), ""]
    lines += ["<details><summary>Risks and mitigations</summary>", "", f"* {RISK} Mitigation: {MITIGATION}", ""]
    lines += ["</details>", "", "Last updated by Rita Khan at 09:12. Next update at 12:00."]
    return "\n".join(lines) + "\n"


def _check(report: Report) -> None:
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS] + ["Risks and mitigations"]
    assert [[i.text for i in s.items] for s in report.sections][:-1] == [p for _, p in SECTIONS]
    risks = report.sections[-1]
    assert risks.key == "risks"
    assert [i.mitigation for i in risks.items] == [MITIGATION]


@pytest.mark.parametrize("page", [_github, _gitlab])
def test_an_incident_issue_saved_as_markdown_reads_as_its_sections(page) -> None:
    _check(parse_bytes(page().encode(), "incident-428.md")[0])
