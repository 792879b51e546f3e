"""A page whose content is lines parted by ``<br>`` in a table cell, with no paragraph around them: a forum's post
(the board lays out each post in a table, its text in one cell), or an old page laid out in a table. The cell's
lines are the page's prose: they hold the report, not the site's chrome around it, which is all a reader would
find if only paragraphs counted as prose.

In Chinese, a line is a sentence when it ends with its full-width stop ("。"), however few spaces it holds: lines
parted by ``<br>`` that each end a sentence are each a point, under the bold name over them.

Layouts: a forum thread (top bar, menu, breadcrumbs, the post in a cell of the board's table, two replies, the
board's footer) in Traditional Chinese and in English; a council page laid out in a table (the crest, the menu, the
content and the address each in a row of it); the Chinese post without bullets, one sentence a line.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

ZH = [
    ("【重點】", ["昨晚暴雨令低窪地區水浸，約三百戶居民受影響。", "區內兩間學校今日停課，家長請留意通知。"]),
    ("【受影響情況】", ["十二名居民受輕傷，已送院治理。", "四十間地舖入水，部分商戶暫停營業。"]),
    ("【人手安排】", ["本會安排二十名義工分三更當值。"]),
    ("【風險】", ["今晚再有大雨，水位可能再次上升。"]),
]  # fmt: skip
EN = [
    ("Summary", ["Heavy rain overnight flooded the lower streets and 300 households were affected.",
                 "Two schools in the area are closed today and parents should watch for notices."]),
    ("Impacts", ["12 residents were lightly injured and taken to hospital.",
                 "40 ground-floor shops took in water and some have closed for now."]),
    ("Our volunteers", ["20 volunteers are on duty in three shifts."]),
    ("Risks", ["More heavy rain is expected tonight and the water may rise again."]),
]  # fmt: skip


def _post(sections: list[tuple[str, list[str]]], bullet: str) -> str:
    lines = []
    for name, points in sections:
        lines.append(f'<strong><font color="#0000ff">{name}</font></strong>')
        lines += [f"{bullet}{p}" for p in points]
        lines.append("")
    return "<br />\n".join(lines)


def _forum(sections: list[tuple[str, list[str]]], bullet: str, title: str, greeting: str) -> bytes:
    chrome = (
        '<div id="toptb"><a href="/">Set as home</a> <a href="/fav">Bookmark</a></div>'
        '<div id="nv"><ul><li><a href="forum.php">Forum</a></li><li><a href="rank.php">Rankings</a></li></ul></div>'
        '<div id="pt"><a href="./">Neighbourhood forum</a> &raquo; <a href="forum-38-1.html">Community news</a></div>'
    )
    reply = (
        '<div id="post_{n}"><table class="plhin"><tr><td class="pls"><a href="space-uid-{n}.html">user{n}</a></td>'
        '<td class="plc"><div class="pct"><table><tr><td class="t_f">{text}</td></tr></table></div></td></tr>'
        '<tr><td class="plc"><a href="reply.php?pid={n}">Reply</a> <a href="report.php">Report</a></td></tr>'
        "</table></div>"
    )
    post = reply.format(n=101, text=f'<font size="3">{greeting}<br />\n<br />\n{_post(sections, bullet)}</font>')
    replies = reply.format(n=102, text="Thanks all") + reply.format(n=103, text="Stay safe")
    html = (
        f'<html><head><meta charset="utf-8"><title>{title} - Neighbourhood forum</title></head><body>{chrome}'
        f'<div id="wp"><div id="postlist"><h1 class="ts">{title}</h1>{post}{replies}</div></div>'
        '<div id="ft"><p><a href="archiver/">Archiver</a> | <a href="m.php">Mobile</a></p>'
        '<p class="xs0">GMT+8, 2026-9-14 21:14, Processed in 0.084 second(s), 28 queries.</p></div></body></html>'
    )
    return html.encode()


def _table_page(sections: list[tuple[str, list[str]]]) -> bytes:
    menu = " | ".join(f'<a href="/{x.lower()}.htm">{x}</a>' for x in ("Home", "Services", "News", "Contact"))
    html = (
        '<html><head><title>Flood update 2</title></head><body><table width="760">'
        '<tr><td><img src="crest.gif" alt="Town council"></td></tr>'
        f'<tr><td bgcolor="#003366">{menu}</td></tr><tr><td valign="top"><font face="Arial">'
        f'<font size="4"><b>Flood update 2</b></font><br><br>{_post(sections, "- ")}</font></td></tr>'
        '<tr><td><font size="1">Town Hall, High Street</font></td></tr></table></body></html>'
    )
    return html.encode()


LAYOUTS = {
    "forum post, Chinese": (lambda: _forum(ZH, "● ", "水浸情況更新（第1次）", "各位街坊："), ZH),
    "forum post, English": (lambda: _forum(EN, "• ", "Flood update 1", "Dear neighbours,"), EN),
    "table page, English": (lambda: _table_page(EN), EN),
    "forum post, Chinese, no bullets": (lambda: _forum(ZH, "", "水浸情況更新（第2次）", "各位街坊："), ZH),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_cells_lines_are_the_report(layout: str) -> None:
    make, sections = LAYOUTS[layout]
    report = parse_bytes(make(), "update.html")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    for name, points in sections:
        assert got.get(name.strip("【】")) == points or got.get(name) == points, (name, got)
    # nothing of the board's chrome, its footer or the replies is a point
    texts = " ".join(i.text for s in report.sections for i in s.items)
    assert "Processed in" not in texts and "Bookmark" not in texts and "Stay safe" not in texts
