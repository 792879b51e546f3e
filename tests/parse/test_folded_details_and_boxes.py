"""A risk written as a sentence with what is done about it folded away under it (a collapsible block whose
summary is the risk, or a term over its description) is one point, its detail the mitigation; a collapsible
block titled by a name still heads what it holds. A box's title ("Key points" in a callout's or a card's
header) heads the box's points, and a fold of program code under "Code" is none of the report.

Layouts: an issue in GitLab Markdown, a web page with <details>, a web page with a definition list; a page
rendered by a notebook publisher (a callout and a code fold) and a page built with cards.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

RISKS = [
    ("Data corruption on the storage arrays is increasing.", "Every volume is checked against the last backup."),
    ("The second generator may run out of fuel overnight.", "A tanker is booked for 22:00."),
]
PLAIN = "Key staff are exhausted after three nights."


def _markdown() -> bytes:
    lines = [
        "# Incident update 42: data centre power failure",
        "",
        "## Current status",
        "",
        "- Power is back in hall A.",
        "",
    ]
    lines += ["## Risks", ""]
    for risk, answer in RISKS:
        lines += ["<details>", f"<summary>{risk}</summary>", "", answer, "", "</details>", ""]
    lines += [f"- {PLAIN}", "", "<details>", "<summary>Timeline</summary>", "", "- 02:10 power lost", "", "</details>"]
    return "\n".join(lines).encode()


def _html_details() -> bytes:
    folded = "".join(f"<details><summary>{r}</summary><p>{a}</p></details>" for r, a in RISKS)
    return (
        "<html><body><h1>Incident 42</h1><h2>Current status</h2><ul><li>Power is back in hall A.</li></ul>"
        f"<h2>Risks</h2>{folded}<ul><li>{PLAIN}</li></ul>"
        "<details><summary>Timeline</summary><ul><li>02:10 power lost</li></ul></details></body></html>"
    ).encode()


def _html_terms() -> bytes:
    terms = "".join(f"<dt>{r}</dt><dd>{a}</dd>" for r, a in RISKS)
    return (
        "<html><body><h1>Incident 42</h1><h2>Current status</h2><ul><li>Power is back in hall A.</li></ul>"
        f"<h2>Risks</h2><dl>{terms}</dl><ul><li>{PLAIN}</li></ul>"
        "<h2>Timeline</h2><ul><li>02:10 power lost</li></ul></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("make", "name"), [(_markdown, "issue.md"), (_html_details, "page.html"), (_html_terms, "page.html")]
)
def test_a_risk_with_its_answer_folded_under_it_is_one_point_with_its_mitigation(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [(i.text, i.mitigation) for i in risks.items] == [(f"{r} {a}", a) for r, a in RISKS] + [(PLAIN, None)]
    assert [s.heading for s in report.sections] == ["Current status", "Risks", "Timeline"]


CLINICS = (
    "<h2>Vaccination clinics</h2><p>Three walk-in clinics opened this week at the schools and the health centre.</p>"
    "<p>1,204 doses were given since Monday, most of them to children under ten.</p>"
)
POINTS = ["Most cases are in children who had not received the vaccine.", "No deaths have been reported."]


def _notebook() -> bytes:
    return (
        "<html><body><main><h1>Measles outbreak update 3</h1>"
        '<div class="callout callout-important callout-titled"><div class="callout-header">'
        '<div class="callout-title-container">Key points</div></div><div class="callout-body-container">'
        f"<ul>{''.join(f'<li>{p}</li>' for p in POINTS)}</ul></div></div>"
        '<h2>Case investigation</h2><details class="code-fold"><summary>Code</summary>'
        '<pre class="sourceCode r"><code>cases &lt;- read_csv("linelist.csv")</code></pre></details>'
        f"<ul><li>41 cases have been confirmed.</li></ul>{CLINICS}</main></body></html>"
    ).encode()


def _cards() -> bytes:
    return (
        "<html><body><main><h1>Measles outbreak update 3</h1>"
        '<div class="card"><div class="card-header">Key points</div><div class="card-body">'
        f"<ul>{''.join(f'<li>{p}</li>' for p in POINTS)}</ul></div></div>"
        "<h2>Case investigation</h2><pre><code>cases &lt;- read_csv('linelist.csv')</code></pre>"
        f"<ul><li>41 cases have been confirmed.</li></ul>{CLINICS}</main></body></html>"
    ).encode()


@pytest.mark.parametrize("make", [_notebook, _cards], ids=["notebook-callout", "cards"])
def test_a_boxs_title_heads_its_points_and_code_is_left_out(make) -> None:
    report = parse_bytes(make(), "update.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Key points", POINTS),
        ("Case investigation", ["41 cases have been confirmed."]),
        (
            "Vaccination clinics",
            [
                "Three walk-in clinics opened this week at the schools and the health centre.",
                "1,204 doses were given since Monday, most of them to children under ten.",
            ],
        ),
    ]
