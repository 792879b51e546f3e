"""A LINE group's saved chat history: the app's header ("[LINE] … のトーク履歴", "保存日時：…"), a line for each day,
each message its time, writer and text parted by tabs, a message of several lines in double quotes. The report
posted in the group is the message read, its "■" lines heading the points under them, a summary line opening with
a figure ("7月1日からの…") its item, its "以上" close and the writer's name left out; the group's talk around it is
left out and counted. Checked with the summary as a line and as a point, and with the day line repeated."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "【大滝町災害ボランティアセンター 活動報告 第1報】"
SECTIONS = [
    ("概要", "highlights", ["7月1日からの大雨により、町内で浸水被害が発生した。"]),
    ("現在の状況", "situation", ["これまでに518件の依頼に対応した。", "センターを町総合体育館に開設している。"]),
    ("運営スタッフ", "workforce", ["運営スタッフは34人で、うち12人は県内の社協からの応援。"]),
    ("課題・リスク", "risks", ["ボランティアの熱中症の危険性がある。対策：休憩と水分補給を徹底。"]),
]


def _history(summary_point: bool, second_day: bool) -> bytes:
    body = [TITLE, "7月6日（月）17:00現在", ""]
    for name, _, points in SECTIONS:
        glyph = "" if name == "概要" and not summary_point else "・"
        body += [f"■{name}", *(f"{glyph}{p}" for p in points), ""]
    body += ["以上、よろしくお願いいたします。", "大滝町社協 災害VC 高橋"]
    lines = ["[LINE] 大滝町災害VC 連絡調整のトーク履歴", "保存日時：2026/07/06 21:31", "", "2026/07/06(月)"]
    lines += ["7:41\t大滝町社協 高橋 亮\tおはようございます。本日もよろしくお願いいたします。",
              "7:42\t鈴木（役場福祉課）\t[スタンプ]", "12:06\t鈴木（役場福祉課）\t[写真]"]  # fmt: skip
    lines += [f'17:31\t大滝町社協 高橋 亮\t"{body[0]}', *body[1:-1], f'{body[-1]}"']
    lines += ["17:33\t山本（県社協）\tご報告ありがとうございます。"]
    if second_day:
        lines += ["", "2026/07/07(火)", "7:40\t鈴木（役場福祉課）\t本日もよろしくお願いします。"]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("summary_point", [False, True], ids=["summary line", "summary point"])
@pytest.mark.parametrize("second_day", [False, True], ids=["one day", "two days"])
def test_the_report_in_a_line_history_is_read(summary_point: bool, second_day: bool) -> None:
    report = parse_bytes(_history(summary_point, second_day), "line.txt")[0]
    got = [(s.heading.lstrip("■ "), s.key, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
    assert not [s for s in report.sections if not s.heading and s.items]
    risk = report.sections[-1].items[0]
    assert risk.mitigation == "休憩と水分補給を徹底。"
    left = " ".join(report.warnings)
    assert "chat message other than the report" in left and "chat day line" in left
