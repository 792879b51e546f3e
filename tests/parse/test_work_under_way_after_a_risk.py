"""Under a heading of risks, a clause after the risk that says what is under way about it ("…; working to
complete early this week", "… Seeking agency cover.") is its mitigation, though no label says so. A risk that
opens with such words, or a clause that only says more about the risk, has none; and under any other heading
the same words are just work.

Two layouts: a project's weekly status in Word (numbered headings in bold body text, "–" owners after
items) and a service's return in Markdown (``##`` headings, ``-`` bullets).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

RISKS = [
    ("The test server still needs its certificates before use", "working to finish them on Monday – A. Patel"),
    ("Two vacancies in the reablement team remain unfilled.", "Seeking agency cover for both posts."),
    ("Supplier deliveries are late for the second week.", "We are working with the supplier on a new date."),
]
PLAIN = [
    "Looking into a new booking system remains on hold.",
    "Roads to the depot flood at high tide. Further rain is expected.",
]
WORK = "Paperwork for the grant completed; working to submit it on Friday."


def _texts() -> list[str]:
    return [f"{risk}; {mit}" if not risk.endswith(".") else f"{risk} {mit}" for risk, mit in RISKS]


def _word() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Weekly status report – week 8").bold = True
    for heading, items in (
        ("1) Accomplishments for the week", [WORK]),
        ("2) List of issues, problems, or concerns", [*_texts(), *PLAIN]),
    ):
        d.add_paragraph().add_run(heading).bold = True
        for text in items:
            d.add_paragraph(text, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> str:
    lines = ["# Reablement service return, 14 March", "", "## Key activity", "", f"- {WORK}", "", "## Risks", ""]
    lines += [f"- {text}" for text in [*_texts(), *PLAIN]]
    return "\n".join(lines) + "\n"


def _check(report: Report) -> None:
    work, risks = report.sections[-2], report.sections[-1]
    assert risks.key == "risks"
    assert [i.mitigation for i in risks.items] == [mit for _, mit in RISKS] + [None, None]
    assert [i.text for i in risks.items] == [*_texts(), *PLAIN]
    assert [(i.text, i.mitigation) for i in work.items] == [(WORK, None)]


def test_work_under_way_after_a_risk_in_a_word_status_report_is_its_mitigation() -> None:
    _check(parse_bytes(_word(), "status-week-08.docx")[0])


def test_work_under_way_after_a_risk_in_a_markdown_return_is_its_mitigation() -> None:
    _check(parse_text(_markdown(), "return.md"))
