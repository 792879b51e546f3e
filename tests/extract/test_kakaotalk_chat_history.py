"""A KakaoTalk group chat saved on a computer: the app's header ("… 님과 카카오톡 대화", "저장한 날짜 : …"), a day line
between rules, each message "[writer] [time] text", a message of several lines running on under its first. The
report posted in the group is the message read: its name in brackets ("[운곡군 산불 상황보고 제2보]") names it, its "□"
lines head the "○" points under them, "대책:" is a risk's mitigation; the group's talk around it is left out and
counted. In Korean and in the app's English, with one day and with two."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("□ 상황 요약", "highlights", ["산불영향구역 12,869ha로 추정 (전보 17,875)"]),
    ("□ 현재 상황", "situation", ["주불은 잡혔으나 잔불 정리 중", "진화율 48% (전보 40%)"]),
    ("□ 인력ㆍ장비 동원", "workforce", ["인력 2,235명 투입"]),
    ("□ 위험 요인", "risks", ["강풍으로 인한 재발화 위험 증가 중. 대책: 잔불 감시조 24시간 운영."]),
    ("□ 향후 계획", "next-steps", ["3.27. 중앙재난안전대책본부 회의 참석"]),
]
APP = {
    "korean": {
        "header": ["운곡군 산불 대응 상황 공유방 님과 카카오톡 대화", "저장한 날짜 : 2026-03-24 오후 8:27:57"],
        "days": ["--------------- 2026년 3월 24일 화요일 ---------------",
                 "--------------- 2026년 3월 25일 수요일 ---------------"],
        "times": ["오후 5:27", "오후 7:05", "오후 7:11", "오전 7:02"],
    },
    "english": {
        "header": ["Ungok County wildfire room with KakaoTalk Chats", "Date Saved : Mar 24, 2026 at 8:27 PM"],
        "days": ["--------------- Tuesday, March 24, 2026 ---------------",
                 "--------------- Wednesday, March 25, 2026 ---------------"],
        "times": ["5:27 PM", "7:05 PM", "7:11 PM", "7:02 AM"],
    },
}  # fmt: skip


def _history(app: dict, second_day: bool) -> bytes:
    report = ["[운곡군 산불 상황보고 제2보]", "(3.24. 19:00 기준, 운곡군 재난안전대책본부)", ""]
    for heading, _, points in SECTIONS:
        report += [heading, *(f"○ {p}" for p in points), ""]
    report += ["※ 다음 보고: 3.25.(수) 07:00"]
    t = app["times"]
    lines = [*app["header"], "", "", app["days"][0]]
    lines += [
        f"[박민호 안전총괄팀장] [{t[0]}] 헬기 추가 투입 요청 들어갔습니다",
        f"[이서연 주무관] [{t[1]}] {report[0]}",
    ]
    lines += report[1:]
    lines += [f"[최은지 도 상황실] [{t[2]}] 확인했습니다. 도 상황실로 보고하겠습니다"]
    if second_day:
        lines += [app["days"][1], f"[박민호 안전총괄팀장] [{t[3]}] 밤사이 특이사항 없습니다"]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize("second_day", [False, True], ids=["one day", "two days"])
@pytest.mark.parametrize("language", list(APP))
def test_the_report_in_a_kakaotalk_history_is_read(language: str, second_day: bool) -> None:
    report = parse_bytes(_history(APP[language], second_day), "kakao.txt")[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[3].items[0].mitigation == "잔불 감시조 24시간 운영."
    left = " ".join(report.warnings)
    assert "chat message other than the report" in left and "chat day line" in left
