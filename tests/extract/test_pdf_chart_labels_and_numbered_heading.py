"""A chart drawn in the page, its caption under it: its ticks, legend and axis titles are read before the
caption, and they are the chart's, not points of the section. A numbered heading in bold over a sentence in
smaller print is a heading, however short that sentence's line. Two layouts: the legend beside the chart or
under it."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet

from sitroom.read import parse_bytes

SECTIONS = {
    "1. Andamento epidemiologico": ["Si stima che 139.615 persone abbiano avuto una sindrome simil-influenzale."],
    "2. Sorveglianza virologica": ["Il virus respiratorio sinciziale è stato identificato in 29 campioni."],
}


def _pdf(legend: str) -> bytes:
    s = Sheet(size=9)
    s.line("Bollettino settimanale", font=BOLD, size=16)
    s.gap()
    (h1, items1), (h2, items2) = SECTIONS.items()
    s.heading(h1, size=11)
    s.para(items1)
    left, bottom, width, height = s.left + 30, s.y - 130, 300, 110
    s.c.line(left, bottom, left + width, bottom)
    s.c.line(left, bottom, left, bottom + height)
    for n, tick in enumerate(("0", "4", "8", "12", "16")):
        s.text(left - 14, bottom + n * height / 4 - 3, tick, REGULAR, 6)
    for n, week in enumerate(("42", "44", "46", "48", "50", "52")):
        s.text(left + n * width / 5 - 4, bottom - 10, week, REGULAR, 6)
    s.text(left, bottom + height + 6, "casi per 1.000 assistiti", REGULAR, 6)
    s.text(left + width / 2, bottom - 20, "settimana", REGULAR, 6)
    series = ("2022/2023", "2023/2024", "2024/2025")
    for n, name in enumerate(series):
        x, y = (left + width + 20, bottom + height - 12 * n) if legend == "beside" else (left + 90 * n, bottom - 32)
        s.text(x, y, name, REGULAR, 6)
    s.y = bottom - 48
    s.line("Figura 1 – Incidenza settimanale delle sindromi simil-influenzali, stagioni 2022/2023 – 2024/2025", size=7)
    s.gap()
    s.heading(h2, size=11)
    s.para(items2)
    return s.pdf()


@pytest.mark.parametrize("legend", ["beside", "under"])
def test_a_charts_labels_are_no_points_and_a_numbered_heading_heads_its_sentence(legend: str) -> None:
    report = parse_bytes(_pdf(legend), "bollettino.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert any("figure text" in w or "table" in w for w in report.warnings)  # counted, not dropped silently
