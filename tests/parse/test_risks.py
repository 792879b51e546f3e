"""Risk items split into risk and mitigation."""

from __future__ import annotations

import pytest

from sitroom.model import Item
from sitroom.parse.risks import apply_mitigations, split_risk


@pytest.mark.parametrize(
    ("text", "risk", "mitigation"),
    [
        (
            "Staff may fall ill. Mitigation is to re-prioritise work;",
            "Staff may fall ill.",
            "to re-prioritise work;",
        ),
        (
            "PPE advice differs. Mitigation: clarification sought.",
            "PPE advice differs.",
            "clarification sought.",
        ),
        (
            "Referrals low. Mitigation available is limited, but hubs are aware",
            "Referrals low.",
            "Mitigation available is limited, but hubs are aware",
        ),
        ("Beds short. Mitigated by spot purchasing.", "Beds short.", "spot purchasing."),
        # safety and emergency services name a risk's mitigation its control measures
        ("Flooding at the station. Control measures: pumps deployed.", "Flooding at the station.", "pumps deployed."),
        ("Crews fatigued. CONTROL MEASURES – rest periods enforced.", "Crews fatigued.", "rest periods enforced."),
        ("Riesgo de inundación. Medidas de control: bombas.", "Riesgo de inundación.", "bombas."),
        ("Youth justice releases strain placements.", "Youth justice releases strain placements.", None),
        (
            "Mitigation planning is under way for winter.",
            "Mitigation planning is under way for winter.",
            None,
        ),
    ],
)
def test_split_risk(text, risk, mitigation):
    assert split_risk(text) == (risk, mitigation)


def test_mitigation_for_both_also_covers_the_item_before():
    items = [
        Item("Low referrals continue;"),
        Item("Few vulnerable children attend school. Mitigation for both includes asking hubs to refer;"),
        Item("A spike in referrals is likely;"),
    ]
    apply_mitigations(items)
    assert [i.mitigation for i in items] == ["asking hubs to refer;", "asking hubs to refer;", None]
    assert items[1].text.startswith("Few vulnerable children")  # the item text stays as printed
