"""Chinese and Japanese writers mark a section of a message or a notice with its name in lenticular brackets on a
line of its own ("【要点】", "【风险隐患】"). The line heads a section named by what the brackets hold, keyed by it,
even right under a numbered point. In plain text, Word, HTML and Markdown."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "海澄街道防御台风工作情况（第1期）"
SECTIONS = [
    ("要点", "highlights", ["台风“海鸥”于8月23日在我市沿海登陆，辖区共转移群众2255人。"]),
    ("当前情况", "situation", ["全街道已启动防台风Ⅱ级应急响应。", "辖区内587棵树木倒伏，已清理大部分。"]),
    ("风险隐患", "risks", ["山体滑坡风险正在上升。措施：已在隐患点设置警示标志并安排专人巡查。"]),
]


def _numbered(points: list[str]) -> list[str]:
    return [f"{n}、{p}" for n, p in enumerate(points, start=1)] if len(points) > 1 else points


def _text() -> bytes:
    lines = [TITLE, ""]
    for name, _, points in SECTIONS:
        lines += [f"【{name}】", *_numbered(points)]
    return ("\n".join(lines) + "\n").encode()


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    for name, _, points in SECTIONS:
        d.add_paragraph(f"【{name}】")
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(f"<p>【{n}】</p>" + "".join(f"<p>{p}</p>" for p in _numbered(pts)) for n, _, pts in SECTIONS)
    return f"<html><body><main><h1>{TITLE}</h1>{body}</main></body></html>".encode()


def _markdown() -> bytes:
    body = "".join(f"\n【{n}】\n\n" + "".join(f"{p}\n\n" for p in _numbered(pts)) for n, _, pts in SECTIONS)
    return f"---\ntitle: {TITLE}\n---\n{body}".encode()


@pytest.mark.parametrize("make,name", [(_text, "r.txt"), (_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
def test_a_name_in_lenticular_brackets_heads_its_section(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS


POINTS = ["待台风预警解除后组织群众有序返回。", "8月26日前完成受损房屋安全排查。", "12时前报送受损情况。"]


def _numbered_text() -> bytes:
    lines = [
        TITLE,
        "",
        "【下一步工作】",
        *(f"{n}、{p}" for n, p in enumerate(POINTS, start=1)),
        "【受灾情况】",
        "1、2号楼停电。",
    ]
    return ("\n".join(lines) + "\n").encode()


def _numbered_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("【下一步工作】")
    for n, p in enumerate(POINTS, start=1):
        d.add_paragraph(f"{n}、{p}")
    d.add_paragraph("【受灾情况】")
    d.add_paragraph("1、2号楼停电。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make,name", [(_numbered_text, "r.txt"), (_numbered_docx, "r.docx")])
def test_a_point_numbered_before_a_figure_keeps_the_figure(make, name: str) -> None:
    """ "2、8月26日前…" under "1、…" is the second point, its text the date; a lone "1、2号楼停电。" names
    buildings 1 and 2."""
    report = parse_bytes(make(), name)[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert got["下一步工作"] == POINTS
    assert got["受灾情况"] == ["1、2号楼停电。"]
