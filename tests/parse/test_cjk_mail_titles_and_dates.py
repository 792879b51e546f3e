"""A sitrep mailed in Chinese, Japanese or Korean: the greeting and the covering line handing the report over
("檢送本縣…報告（第1報），敬請鑒核。", "…報告を送付します。", "…보고서를 송부합니다.") are left out; the subject
"【Centre】Report (no. 1)" restated as the centre's name over the report's name is the title, not items; the date
line under it dates the report in the calendar it is printed in (the Republic of China's year "中華民國114年", the
Japanese era "令和7年", "2025. 7. 14.(월)"), and "第1報", "第2号", "제3보" number it.

Four layouts: Outlook's plain text in Big5 (Traditional Chinese), an HTML mail in Simplified Chinese, a plain-text
mail in Japanese, an HTML mail in Korean.
"""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from sitroom.parse.metadata import find_date, find_number, is_date_line
from sitroom.read import parse_bytes

MAILS = {
    "zh-TW": dict(
        charset="big5", html=False, greeting="各位長官、同仁，您好：",
        cover="檢送本縣颱風災害應變處置報告（第1報），資料時間：114年8月11日（星期一）16時，敬請鑒核。",
        centre="花蓮縣災害應變中心", name="颱風災害應變處置報告（第1報）",
        dateline="資料時間：中華民國114年8月11日16時00分",
        sections={"一、災情概述": ["全縣累計撤離民眾1,150人。"], "二、應變作為": ["移動式抽水機已預布於易淹水地區。"]},
        date=date(2025, 8, 11), number=1, mark="（一）",
    ),
    "zh": dict(
        charset="utf-8", html=True, greeting="各位领导：",
        cover="现将我县防汛工作情况报告（第2期）附上，请查收。",
        centre="某县防汛抗旱指挥部办公室", name="防汛工作情况报告（第2期）", dateline="截至2025年7月15日18时",
        sections={"一、总体情况": ["全县转移安置群众2,619人。"], "二、应对处置工作": ["组织专家开展拉网式排查。"]},
        date=date(2025, 7, 15), number=2, mark="（一）",
    ),
    "ja": dict(
        charset="utf-8", html=False, greeting="関係各位",
        cover="大雨に関する被害状況報告（第2報）を送付します。",
        centre="○○市災害対策本部", name="大雨に関する被害状況報告（第2報）",
        dateline="令和7年8月11日（月）16時00分現在",
        sections={"1　被害の状況": ["床上浸水 12棟"], "2　市の対応状況": ["避難所を5か所開設した。"]},
        date=date(2025, 8, 11), number=2, mark="（一）",
    ),
    "ko": dict(
        charset="utf-8", html=True, greeting="관계자 여러분께,",
        cover="집중호우 대처 상황보고(제3보)를 송부합니다.",
        centre="포항시 재난안전대책본부", name="집중호우 대처 상황보고(제3보)", dateline="2025. 7. 14.(월) 06:00 현재",
        sections={"1. 개요": ["일시대피 주민 2,584명"], "2. 향후 조치 계획": ["재난안전대책본부 회의 개최 예정"]},
        date=date(2025, 7, 14), number=3, mark="○ ",
    ),
}  # fmt: skip


def _mail(lang: str) -> bytes:
    m = MAILS[lang]
    msg = EmailMessage()
    msg["From"], msg["To"] = "eoc@example.org", "partners@example.org"
    msg["Subject"] = f"【{m['centre']}】{m['name']}"
    head = [m["greeting"], m["cover"], m["centre"], m["name"], m["dateline"]]
    if m["html"]:
        body = "".join(f"<p>{line}</p>" for line in head[:2])
        body += f"<p><b>{m['centre']}</b></p><p><b>{m['name']}</b></p><p>{m['dateline']}</p>"
        for heading, items in m["sections"].items():
            body += f"<p><b>{heading}</b></p>" + "".join(f"<p>{m['mark']}{i}</p>" for i in items)
        msg.set_content(f"<html><body>{body}</body></html>", subtype="html", charset=m["charset"])
    else:
        text = "\n\n".join(head[:2]) + "\n\n" + "\n".join(head[2:]) + "\n\n"
        for heading, items in m["sections"].items():
            text += heading + "\n" + "\n".join(f"{m['mark']}{i}" for i in items) + "\n\n"
        msg.set_content(text, charset=m["charset"])
    return msg.as_bytes()


@pytest.mark.parametrize("lang", list(MAILS))
def test_covering_line_restated_title_date_and_number(lang: str) -> None:
    m = MAILS[lang]
    report = parse_bytes(_mail(lang), f"sitrep-{lang}.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == m["sections"]
    assert report.title == m["name"]
    assert (report.date, report.number) == (m["date"], m["number"])


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("資料時間：中華民國114年8月11日16時00分", date(2025, 8, 11)),
        ("資料時間：114年8月11日（星期一）16時", date(2025, 8, 11)),
        ("截至2025年7月15日18时", date(2025, 7, 15)),
        ("令和7年8月11日（月）16時00分現在", date(2025, 8, 11)),
        ("平成30年7月6日", date(2018, 7, 6)),
        ("2025년 8월 11일 16시 기준", date(2025, 8, 11)),
        ("2025. 7. 14.(월) 06:00 현재", date(2025, 7, 14)),
    ],
)
def test_cjk_date_lines(line: str, day: date) -> None:
    assert is_date_line(line) or line.startswith("平成")
    assert find_date(line) == day


def test_cjk_report_numbers_and_no_date_in_a_sentence() -> None:
    assert [find_number(t) for t in ("應變處置報告（第1報）", "被害状況（第 2 号）", "상황보고(제3보)")] == [1, 2, 3]
    assert not is_date_line("全縣累計撤離民眾1,150人。") and find_date("農業損失初估新臺幣50.3萬元。") is None
