"""A board of lists printed from the browser (each list a box with rounded corners, its title with the "···" of its
menu, its cards framed inside it with a tag over the text and badges and initials under it, "+ Add a card" closing
it; four lists to a row, the last row short): read row by row, each list a section, each card's text an item; the
tags, badges, menu buttons, add buttons and the controls in the title bar are left out. Drawn with the board on the
first page and with it pushed to the second by the title bar, and with lists whose cards carry no badges."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Kiewa Ranges recovery – weekly sitrep"
LISTS = [
    ("Snapshot", ["The Ridge Road fire burnt 57,176 hectares across the valley before it was contained.",
                  "233 homes were lost in the fire."]),
    ("Where things are at", ["2 local roads are still closed for tree clearing."]),
    ("Losses", ["3,365 head of livestock were lost or had to be euthanised."]),
    ("Recovery hub", ["The recovery hub at the old school has had 177 visits since it opened."]),
    ("Volunteers and crews", ["368 volunteers are registered with the committee."]),
    ("Risks", ["The risk of ash washing into water tanks is being monitored.", "Fatigue among farmers."]),
]  # fmt: skip
CSS = """@page { size: A4 landscape; margin: 10mm 8mm; @top-left { content: "12/1/26, 15:49"; font: 7.5pt sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt sans-serif; } }
body { font: 8.5pt "Liberation Sans", sans-serif; margin: 0; }
.bar { display: flex; align-items: center; padding: 4pt 6pt; border: 1px solid #dfe1e6; }
.bar b { font-size: 13pt; margin-right: 10pt; } .bar span { margin-right: 8pt; }
.lists { font-size: 0; } .list { display: inline-block; vertical-align: top; width: 22.6%; margin: 6pt 0.6% 0;
  border: 1px solid #dfe1e6; border-radius: 6pt; padding: 4pt; font-size: 8.5pt; }
.head { display: flex; justify-content: space-between; font-weight: bold; font-size: 9pt; padding: 2pt 3pt 4pt; }
.card { border: 1px solid #c1c7d0; border-radius: 4pt; padding: 3pt 4pt; margin-bottom: 4pt; }
.tag { display: inline-block; border-radius: 3pt; padding: 0 4pt; font-size: 6.5pt; font-weight: bold; color: #fff;
  background: #1f845a; } .badges { font-size: 6.5pt; color: #44546f; } .add { color: #44546f; padding: 2pt 3pt; }"""


def _board(badges: bool, tall_bar: bool) -> bytes:
    from weasyprint import HTML

    lists = []
    for n, (title, cards) in enumerate(LISTS):
        inner = "".join(
            f'<div class="card"><span class="tag">New</span><div>{escape(text)}</div>'
            + (f'<div class="badges">{k + 2} &nbsp; {n + 1}/3 &nbsp; JH SK</div>' if badges else "")
            + "</div>"
            for k, text in enumerate(cards)
        )
        lists.append(f'<div class="list"><div class="head"><span>{escape(title)}</span><span>···</span></div>'
                     f'{inner}<div class="add">+ Add a card</div></div>')  # fmt: skip
    spacer = '<div style="height:160mm"></div>' if tall_bar else ""
    html = (
        f'<html><head><style>{CSS}</style></head><body><div class="bar"><b>{escape(TITLE)}</b><span>Workspace '
        f"visible</span><span>Board ⌄</span><span>Filters</span><span>Share ···</span></div>{spacer}"
        f'<div class="lists">{"".join(lists)}</div></body></html>'
    )
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize("badges", [True, False], ids=["badges", "no badges"])
@pytest.mark.parametrize("tall_bar", [False, True], ids=["board on page one", "board on page two"])
def test_a_board_is_read_list_by_list(badges: bool, tall_bar: bool) -> None:
    report = parse_bytes(_board(badges, tall_bar), "board.pdf")[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == LISTS
