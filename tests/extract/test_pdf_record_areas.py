"""A grid of records printed from a spreadsheet (Ref | Area | Update | RAG | Lead agency): the area column's
label heads the updates it names, once, whether the sheet names the area in the first of its rows only or
on every row; each update is an item, its reference, rating and lead are fields.

Two layouts: the area named once over its rows (a spreadsheet's habit), and named on every row.
"""

from __future__ import annotations

import pytest
from pdf_sheets import Sheet

from sitroom.read import parse_bytes

AREAS = {
    "Situation": ["1,355 properties remain without a piped water supply.",
                  "The water company expects supplies to be restored by Friday."],
    "Welfare and Bottled Water": ["Deliveries to customers on the priority register continue."],
    "Risks and Issues": ["Public frustration at the length of the outage is growing."],
}  # fmt: skip


def _pdf(once: bool) -> bytes:
    s = Sheet(size=8.5)
    s.line("SCG SITUATION REPORT", size=13)
    s.gap()
    rows = [[["Ref"], ["Area"], ["Update"], ["RAG"], ["Lead agency"]]]
    n = 0
    for area, updates in AREAS.items():
        for k, update in enumerate(updates):
            n += 1
            label = area if (k == 0 or not once) else ""
            rows.append([[f"{n}.0"], [label], [update], ["A"], ["Water company"]])
    s.table([s.left, s.left + 40, s.left + 170, s.left + 440, s.left + 470], rows)
    return s.pdf()


@pytest.mark.parametrize("once", [True, False])
def test_the_area_column_heads_its_updates(once: bool) -> None:
    report = parse_bytes(_pdf(once), "scg-sitrep.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == AREAS
