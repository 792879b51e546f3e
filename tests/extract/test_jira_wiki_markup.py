"""Jira's and Confluence's wiki markup, Textile's dialect, reads as the page it shows: a panel's title opening the
page is its title (" | " within it included), "||Area||Dwellings||" a table's header row, and the macros around
text ("{info}", "{color:#97a0af}", "{quote}") markup; a line a macro opens is a block of its own. A closing line
inviting a group to call a desk ("Field officers with device problems call the help desk on …") is the close."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

PANEL = (
    "{panel:title=Census Field Operations – Northern Region | Weekly sitrep 4|borderStyle=solid|bgColor=#fafbfc}\n"
    "*Week ending:* 17 Aug 2026 | *Prepared by:* [~lwhite]\n"
    "{panel}\n"
)
H1 = "h1. Census Field Operations – Northern Region | Weekly sitrep 4\n\n*Week ending:* 17 Aug 2026\n"
BODY = """
h2. Summary
* 70% of dwellings have responded so far.
* {color:#de350b}3 field offices{color} are closed after the floods.

||Workload area||Dwellings||Responded||
|Darwin North|10,606|81%|
|Palmerston|11,453|78%|

h2. Risks and issues
* Flooding closes roads to remote communities. *Treatment:* Visits are rescheduled.

h2. Next steps
# Close the field follow-up phase on 31 August.

{info}Field officers with device or safety problems call the field help desk on 1800 555 017 (7am–9pm).{info}

----
_Next sitrep: 24 Aug 2026, after the regional managers' call._
{color:#97a0af}FIELDOPS-227 · Census Field Operations · updated by Lauren White{color}
"""
SECTIONS = [
    ("Summary", ["70% of dwellings have responded so far.", "3 field offices are closed after the floods."]),
    ("Risks and issues", ["Flooding closes roads to remote communities. Treatment: Visits are rescheduled."]),
    ("Next steps", ["Close the field follow-up phase on 31 August."]),
]


@pytest.mark.parametrize("head", [PANEL, H1], ids=["panel", "h1"])
def test_jira_markup_reads_as_its_page(head: str) -> None:
    report = parse_bytes((head + BODY).encode(), "sitrep.txt")[0]
    assert report.title == "Census Field Operations – Northern Region | Weekly sitrep 4"
    assert report.number == 4
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[1].items[0].mitigation == "Visits are rescheduled."
    assert [(t.rows, t.cols) for t in report.tables] == [(3, 3)]


@pytest.mark.parametrize(
    "line",
    [
        "Field officers with device or safety problems call the field help desk on 1800 555 017 (7am–9pm).",
        "Staff with any questions should email resilience@northfield.example.",
        "Residents with concerns can call the council on 01632 960 500.",
    ],
)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_an_invitation_to_call_closes_the_report(line: str, fmt: str) -> None:
    if fmt == "html":
        body = f"<h2>Next steps</h2><ul><li>Review.</li></ul><p>{line}</p>"
        doc = f"<html><body><h1>Flood sitrep 2</h1>{body}</body></html>"
    else:
        doc = f"# Flood sitrep 2\n\n## Next steps\n\n- Review.\n\n{line}\n"
    report = parse_bytes(doc.encode(), f"r.{fmt}")[0]
    assert [i.text for i in report.items()] == ["Review."]
