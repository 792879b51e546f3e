"""A wiki page's diagram, drawn from its source in a fenced block (Azure DevOps' ``::: mermaid`` … ``:::``, a
GitHub ``` ```mermaid ``` fence), is no text of the report: left out and counted. An admonition in a colon fence
(``:::note Title``) is still read, its title a heading over its text.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

DIAGRAM = "gantt\n    title Incident timeline\n    section Response\n    Isolation :done, a1, 2025-10-06, 1d"
SECTIONS = {
    "Summary": ["70% of core services have been restored."],
    "Service status": ["23 servers are still being rebuilt."],
}


def _page(open_fence: str, close_fence: str) -> bytes:
    body = "".join(f"# {h}\n\n" + "".join(f"* {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
    return f"{open_fence}\n{DIAGRAM}\n{close_fence}\n\n{body}".encode()


@pytest.mark.parametrize(
    ("open_fence", "close_fence"), [("::: mermaid", ":::"), (":::mermaid", ":::"), ("```mermaid", "```")]
)
def test_a_diagram_is_no_text(open_fence: str, close_fence: str) -> None:
    report = parse_bytes(_page(open_fence, close_fence), "wiki.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS


def test_an_admonition_in_a_colon_fence_is_read() -> None:
    md = "# Summary\n\n* 70% of core services have been restored.\n\n:::note Next update\nTomorrow at 09:00.\n:::\n"
    report = parse_bytes(md.encode(), "wiki.md")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections][-1] == (
        "Next update",
        ["Tomorrow at 09:00."],
    )
