"""Two things official PDF reports print that are none of their points.

A footnote mark raised after a paragraph's last word ("…continues.¹"), set at 80% of the text's size as some
word processors do (others at 58–65%): it is no point of its own and no figure of the text. And the signature
set in the right half of the last page under the last point — a name over the signer's post, in any language,
with no sign-off word over it — or alone on a page of its own after the report.

Each in two layouts: two sizes of type and mark, and a signature on the last page of the text or on a page
after it.
"""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, WIDTH, Sheet

from sitroom.read import parse_bytes

POINTS = [
    ["Aftershocks continue across the province; the largest this week reached magnitude 4.6."],
    ["Damage assessment teams have inspected 7,075 buildings so far."],
]
SIGNATURE = [("Mehmet OZDEMIR", BOLD), ("Director of Disaster and Emergency", None)]


def _report(size: float, mark: float, own_page: bool = False) -> bytes:
    sheet = Sheet(size=size)
    sheet.line("PROVINCIAL EARTHQUAKE SITUATION REPORT", font=BOLD, size=size + 3)
    sheet.gap()
    for n, lines in enumerate(POINTS, start=1):
        sheet.heading(f"{n}. {'SUMMARY' if n == 1 else 'DAMAGE'}", size=size + 0.5)
        x = sheet.text(sheet.left, sheet.y, lines[0])
        # the mark raised after the paragraph's last word, in smaller type
        sheet.text(x + 0.5, sheet.y + 0.35 * size, str(n), size=mark)
        sheet.y -= sheet.lead
        sheet.gap()
    if own_page:
        sheet.new_page()
    for text, font in SIGNATURE:
        width = sheet.c.stringWidth(text, font or "Helvetica", size)
        sheet.text(WIDTH * 0.72 - width / 2, sheet.y, text, font or "Helvetica")
        sheet.y -= sheet.lead
    # the notes the marks refer to, in small print under a short rule at the foot of the page
    sheet.rule(66, sheet.left, sheet.left + 120)
    for n in (1, 2):
        sheet.text(sheet.left, 60 - 10 * n, f"{n} Source: the national seismological observatory.", size=7)
    return sheet.pdf()


@pytest.mark.parametrize(("size", "mark"), [(9.6, 7.7), (11.0, 7.0)])
def test_a_raised_footnote_mark_is_no_point(size: float, mark: float) -> None:
    report = parse_bytes(_report(size, mark), "report.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [lines[0] for lines in POINTS]
    assert any("footnote mark" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("own_page", [False, True])
def test_a_signature_in_the_right_half_closing_the_report_is_left_out(own_page: bool) -> None:
    report = parse_bytes(_report(10.0, 7.0, own_page), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("1. SUMMARY", [POINTS[0][0]]),
        ("2. DAMAGE", [POINTS[1][0]]),
    ]
    assert any("signature block line" in w for w in report.warnings), report.warnings
