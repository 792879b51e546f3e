"""Bold or plain "Risk:" and "Mitigation:" labels name the parts of one risk, in every format: they are
never sections, and a mitigation set apart on its own line or paragraph under its risk is that risk's."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from sitroom.read import parse_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
_sheets = importlib.import_module("pdf_sheets")

RISKS = [
    ("Temporary accommodation may run out by May.", "Two hotels are on standby."),
    ("Staff absence may reach 20%.", "Agency cover is booked."),
    ("Rent arrears are rising quickly.", "The advice line is open longer."),
]
WORKFORCE = "Staff absence is 8% across the service this week."


def _pdf(paragraph_gap: float) -> bytes:
    s = _sheets.Sheet()
    s.line("Housing Sitrep 4", size=18)
    s.heading("Risks and issues")
    for risk, mitigation in RISKS:
        x = s.text(s.left, s.y, "Risk:", _sheets.BOLD)
        s.text(x + 3, s.y, risk)
        s.y -= s.lead * (1 + paragraph_gap)
        x = s.text(s.left, s.y, "Mitigation:", _sheets.BOLD)
        s.text(x + 3, s.y, mitigation)
        s.y -= s.lead
        s.gap(0.6)
    s.heading("Workforce")
    s.para([WORKFORCE])
    s.c.save()
    return s.buf.getvalue()


def _text() -> bytes:
    lines = ["HOUSING SITREP 4", "", "RISKS AND ISSUES", ""]
    for risk, mitigation in RISKS:
        lines += [f"Risk: {risk}", "", f"Mitigation: {mitigation}", ""]
    return "\n".join([*lines, "WORKFORCE", "", WORKFORCE, ""]).encode()


@pytest.mark.parametrize(
    ("name", "data"), [("h.pdf", _pdf(0.0)), ("h.pdf", _pdf(0.8)), ("h.txt", _text())], ids=["pdf", "pdf-gap", "txt"]
)
def test_risk_and_mitigation_labels_make_one_risk_each(name: str, data: bytes) -> None:
    report = parse_bytes(data, name)[0]
    assert [s.heading.lower() for s in report.sections if s.heading] == ["risks and issues", "workforce"]
    risks = report.sections[0].items
    assert [i.mitigation for i in risks] == [m for _, m in RISKS]
    assert all(r in i.text for i, (r, _) in zip(risks, RISKS, strict=True))
    assert [i.text for i in report.sections[1].items] == [WORKFORCE]
