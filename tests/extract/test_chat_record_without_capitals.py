"""A chat record saved as text whose writers' names are in a script without capitals (Chinese, Japanese, Arabic):
each message under its writer's name and time ("林晓燕  08:04"). The report posted in two messages reads as one,
its title and "as at" line over its sections; the group's talk around it (a call for figures, a picture, thanks,
a sticker) is left out and counted. Its sentences typed one a line stay items of their own, and a point numbered
"1、" before a figure loses only its number where the report opens every list with "1、". Checked on a WeChat
merged record, the same with the day's separator left out, and a Japanese record."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "海澄街道防御台风“海鸥”工作情况（第2期）"
SECTIONS = [
    ("要点", ["台风“海鸥”于8月23日在我市沿海登陆。", "辖区共转移群众2255人。"]),
    ("当前情况", ["全街道已启动防台风Ⅱ级应急响应。", "辖区内587棵树木倒伏，已清理大部分。"]),
    ("受灾情况", ["4465户居民停电，供电部门正在抢修。"]),
    ("值守力量", ["街道和社区共有103名干部在岗值守。"]),
]
SECOND = [("风险隐患", ["山体滑坡风险正在上升。措施：已在隐患点设置警示标志并安排专人巡查。"]),
          ("下一步工作", ["待台风预警解除后组织群众有序返回。", "8月26日前完成受损房屋安全排查。"])]  # fmt: skip


def _lines(sections: list[tuple[str, list[str]]]) -> list[str]:
    out = []
    for name, points in sections:
        numbered = [f"{n}、{p}" for n, p in enumerate(points, start=1)] if name != "要点" else points
        out += [f"【{name}】", *numbered]
    return out


def _record(separator: bool, names: tuple[str, str, str]) -> bytes:
    chair, writer, other = names
    lines = ["\ufeff“海澄街道防台风工作群”的聊天记录", ""]
    lines += ["—————  2026-08-25  —————", ""] if separator else []
    lines += [f"{chair}  07:43", "@所有人 请各社区和工作组8点半前报送最新情况", ""]
    lines += [f"{writer}  08:03", "[图片]", ""]
    lines += [f"{writer}  08:04", TITLE, "（截至8月25日8时）", "", *_lines(SECTIONS), ""]
    lines += [f"{writer}  08:05", *_lines(SECOND), ""]
    lines += [f"{chair}  08:08", "收到，辛苦了👍", "", f"{other}  08:09", "[表情]"]
    return "\n".join(lines).encode()


LAYOUTS = {
    "wechat record": (True, ("陈志明", "林晓燕", "刘芳")),
    "no day separator": (False, ("陈志明", "林晓燕", "刘芳")),
    "japanese names": (True, ("山田太郎", "佐藤花子", "鈴木一郎")),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_report_in_a_chat_record_is_read_and_the_talk_left_out(layout: str) -> None:
    report = parse_bytes(_record(*LAYOUTS[layout]), "record.txt")[0]
    assert report.title == TITLE
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    assert got == SECTIONS + SECOND
    assert next(s for s in report.sections if s.heading == "值守力量").key == "workforce"
    assert "2 chat message other than the report(s) left out" not in report.warnings
    assert "4 chat message other than the report(s) left out" in report.warnings
