"""The thanks of a word or two closing a message, over the short lines of who sends it (the office, the post and
name, the telephone, the address), with the invitation to call set over the thanks, are the close, in any
language: no points of the last section. Points in a list under a one-word line stay. In plain text and mail."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    (
        "一、重點摘要",
        ["颱風吹襲期間，中心服務範圍內多條低窪街道出現水浸，部分大廈停電停水，街坊需要協助清理家居及購買日用品。"],
    ),
    ("十、下一步工作", ["下一次通報將於9月15日發出。"]),
]
CLOSES = {
    "chinese": ["如有查詢，請致電2896 5120與本中心陳美玲主任聯絡。", "", "謝謝！", "", "街總下環社區中心",
                "主任 陳美玲",
                "電話：(853) 2896 5120", "地址：澳門下環街五十六號二樓"],
    "kabyle": ["Tanemmirt.", "", "Agraw n taddart n Tewrirt Mimun", "Aselway: Saïd Hamoum", "Tiliγri: 0550 12 34 56"],
    "english": ["Thanks!", "", "Riverside Community Centre", "Manager, Jo Tan", "Tel. 01632 960 123"],
}  # fmt: skip


def _text(close: list[str]) -> str:
    lines = []
    for heading, points in SECTIONS:
        lines += [heading, *points, ""]
    return "\n".join([*lines, *close])


def _mail(close: list[str]) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "centre@example.org", "office@example.org", "颱風社區情況通報第1號"
    msg.set_content(_text(close))
    return bytes(msg)


@pytest.mark.parametrize("as_mail", [False, True], ids=["text", "mail"])
@pytest.mark.parametrize("language", sorted(CLOSES))
def test_the_thanks_and_who_sends_it_close_the_message(language: str, as_mail: bool) -> None:
    close = CLOSES[language]
    data = _mail(close) if as_mail else _text(close).encode()
    report = parse_bytes(data, "r.eml" if as_mail else "r.txt")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == SECTIONS


def test_points_in_a_list_under_a_short_line_stay() -> None:
    text = (
        "SUMMARY\nLevels fell overnight.\n\nNEXT STEPS\nDone.\n- Reopen the A40 bridge\n- Stand down the rest centre\n"
    )
    report = parse_bytes(text.encode(), "r.txt")[0]
    assert [i.text for i in report.sections[-1].items][-2:] == ["Reopen the A40 bridge", "Stand down the rest centre"]
