"""A report posted in a chat channel and saved as Markdown is the post, not the app's lines around it: the
channel's name is the title, the day line dates it, and the writer's name and time ("**Priya Nair** 08:01"),
the covering line, the reactions, the "3 replies" link and the replies quoted under it are left out and
counted. Written as two chat apps save a post."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "🟢 Headlines": ["17 cm of lying snow on the main campus."],
    "🔴 Risks": ["Burst pipes in the empty teaching blocks.", "Students in halls running short of food."],
    "👥 Staffing": ["6 grounds staff on the gritting rota."],
}
REPLIES = [
    ("Tom Reid", "08:12", "Thanks – the sports centre team have put signs up."),
    ("Aisha Khan", "08:19", "Catering can open early."),
]


def _post(time: str, reactions: str, thread: str) -> str:
    lines = ["# #snow-response · Kingsreach College", "", "## Tuesday 16 January 2024", ""]
    lines += [f"**Priya Nair** {time}", "", "@channel Morning all 👋 here's the 08:00 campus update below.", ""]
    for heading, items in SECTIONS.items():
        lines += [f"**{heading}**", *(f"• {i}" for i in items), ""]
    lines += [reactions, "", thread, ""]
    for name, at, text in REPLIES:
        lines += [f"> **{name}** {at}", f"> {text}", ""]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("time", "reactions", "thread"),
    [
        ("08:01", "👍 10  🙏 3  ❄️ 2", "[3 replies](https://example.slack.com/archives/C04/p1705478061)"),
        ("8:01 AM", ":thumbsup: 4 :pray: 2", "2 replies"),
    ],
)
def test_a_chat_post_saved_as_markdown_is_the_post(time: str, reactions: str, thread: str) -> None:
    report = parse_bytes(_post(time, reactions, thread).encode(), "snow-response.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert report.title == "#snow-response · Kingsreach College"
    assert report.date == dt.date(2024, 1, 16)
    warnings = " ".join(report.warnings)
    for what in ("chat name-and-time line", "thread reply line", "reaction line", "thread marker"):
        assert what in warnings


def test_a_bold_name_and_time_alone_is_no_chat() -> None:
    # a meeting's "**Tactical Group** 09:30" over its points, with no app's marks: the document's own lines
    text = "# Flood update\n\n**Tactical Group** 09:30\n\n## Actions\n\n- Open the rest centre.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert "Open the rest centre." in [i.text for i in report.items()]
    assert not any("chat" in w for w in report.warnings)
