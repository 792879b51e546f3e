"""Risk wording read as coordinators mean it: direction, severity, and which sections list risks."""

from __future__ import annotations

import pytest

from sitroom.analyse.risks import trend_of
from sitroom.analyse.riskwords import direction, is_risk_section


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The risk of a spike in referrals once schools return to normal is increasing.", 1),
        ("Gaps in learning for disadvantaged pupils are widening.", 1),
        ("Pressure on the supply of PPE is now significant.", 1),
        ("Rising demand for beds in the north of the county.", 1),
        ("Hospital admissions are rising and staffing is worsening.", 1),
        ("La pression sur les lits s'aggrave.", 1),
        ("Le nombre de cas est en hausse dans la région.", 1),
        ("Pressure on the front door is easing.", -1),
        ("The backlog of assessments is reducing.", -1),
        ("Attendance is improving week on week.", -1),
        ("Le nombre de cas est en baisse.", -1),
        ("La situation s'améliore dans les écoles.", -1),
        # "reducing" acts on a noun here: it says nothing of the risk's own direction.
        ("Vacancy rates in care homes are at 10%, reducing income for providers.", 0),
        ("Shortfall of 40 care home beds.", 0),
    ],
)
def test_direction_from_wording(text, expected):
    assert direction(text) == expected


def test_a_risk_said_to_increase_week_after_week_is_escalating_every_week():
    same = "The risk of a spike in referrals is increasing."
    assert trend_of([same] * 7) == "escalating"
    assert trend_of(["Gaps are widening."] * 2) == "escalating"
    assert trend_of(["Demand is high.", "Demand is now significant."]) == "escalating"
    assert trend_of(["Beds short by 40.", "Beds short by 25."]) == "de-escalating"
    assert trend_of(["Loss of landfill capacity.", "Loss of landfill capacity."]) == "stable"


@pytest.mark.parametrize(
    "key, heading, expected",
    [
        (None, "RISKS / CHALLENGES (AND MITIGATION)", True),
        (None, "Key risks and issues", True),
        (None, "Risk register", True),
        (None, "Critical challenges listed", True),
        (None, "Principaux risques", True),
        (None, "Risk Communication", False),
        (None, "Risk Communication and Community Engagement", False),
        (None, "Finance", False),
        ("risks", "Anything at all", True),
        ("challenges", "Issues", True),
        ("actions", "Risk Communication", False),
    ],
)
def test_a_risk_section_by_meaning(key, heading, expected):
    assert is_risk_section(key, heading) is expected


@pytest.mark.parametrize(
    "text, closed",
    [
        ("Hotel contracts issue resolved and will be removed from the next report.", True),
        ("The risk is now closed.", True),
        ("Le risque est résolu.", True),
        ("Income lost from closed venues is estimated at £24,000 a month.", False),
        ("Schools closed to most pupils remain a risk.", False),
        ("Unresolved staffing gaps at weekends.", False),
    ],
)
def test_resolved_only_when_the_report_says_the_risk_is(text, closed):
    from sitroom.analyse.risks import says_closed

    assert says_closed(text) is closed
