"""A chat channel saved as text: the export's header, the name-and-time line over each message, "(Edited)",
reactions, the thread's markers and the replies set under a message are left out and counted; the report
posted in two messages ("(continued)") reads as one, its covering line left out. Checked on a Teams-style
and a Slack-style conversation, and on a report whose meeting times only look like message lines."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Highways sitrep 5 – 7 December 2026"
FIRST = [
    ("Where we are:", ["Gritting routes were all treated overnight.", "Two depots open longer hours."]),
    ("Met Office view:", ["Frost is expected on high ground until Friday."]),
]
SECOND = [
    ("Things keeping us awake:", ["Salt stocks fall below 40% by the weekend.", "Driver sickness is rising."]),
    ("Jobs for the week:", ["Depot gates repainted."]),
]


def _body(sections: list[tuple[str, list[str]]], glyph: str) -> list[str]:
    return [line for heading, items in sections for line in [heading, *(f"{glyph} {t}" for t in items)]]


def _teams() -> str:
    return "\n".join(
        [
            "Highways Cell > Daily sitreps",
            "Conversation saved 07/12/2026 18:05 by Duty Officer",
            "",
            "Sam Patel (Highways)  07/12/2026 08:58",
            TITLE,
            "Morning all 👋 sitrep 5 below, rest to follow after the 10:00 call.",
            "",
            *_body(FIRST, "•"),
            "(Edited)",
            "👍 3   😮 1",
            "2 replies",
            "",
            "    Jo Bloggs  07/12/2026 09:05",
            "    Can we have the salt figures by depot?",
            "",
            "    Sam Patel (Highways)  07/12/2026 09:07",
            "    Will do",
            "",
            "Sam Patel (Highways)  07/12/2026 10:40",
            "(continued)",
            *_body(SECOND, "•"),
            "",
            "Like",
        ]
    )


def _slack() -> str:
    return "\n".join(
        [
            "#highways-sitreps",
            "",
            "Sam Patel, Yesterday 8:58 AM",
            TITLE,
            "Hi all – sitrep 5 below.",
            *_body(FIRST, "-"),
            ":thumbsup: 2",
            "View 1 more reply",
            "  Jo Bloggs, Yesterday 9:05 AM",
            "  Can we have the salt figures by depot?",
            "",
            "Sam Patel, Yesterday 10:40 AM",
            "(cont'd)",
            *_body(SECOND, "-"),
            "(edited)",
        ]
    )


LAYOUTS = {"teams": _teams, "slack": _slack}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_saved_chat_reads_as_the_report_it_carries(layout: str) -> None:
    report = parse_bytes(LAYOUTS[layout]().encode(), f"{layout}.txt")[0]
    assert report.title == TITLE
    got = [(s.heading.rstrip(":") if s.heading else None, [i.text for i in s.items]) for s in report.sections]
    assert got == [(h.rstrip(":"), items) for h, items in FIRST + SECOND]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_chat_furniture_is_counted(layout: str) -> None:
    report = parse_bytes(LAYOUTS[layout]().encode(), f"{layout}.txt")[0]
    warned = {w.split(" ", 1)[1]: int(w.split(" ", 1)[0]) for w in report.warnings if w.endswith("left out")}
    header = 2 if layout == "teams" else 1
    names = 4 if layout == "teams" else 3
    assert warned["chat export header line(s) left out"] == header
    assert warned["chat name-and-time line(s) left out"] == names
    assert warned["reaction line(s) left out"] >= 1
    assert warned["edit mark(s) left out"] == 1
    assert warned["thread marker(s) left out"] == 1
    assert warned["continuation mark(s) left out"] == 1
    assert warned["covering line(s) left out"] == 1
    assert warned["thread reply line(s) left out"] == (2 if layout == "teams" else 1)


@pytest.mark.parametrize("gap", [" ", "  "])
def test_meeting_times_do_not_make_a_report_a_chat(gap: str) -> None:
    text = "\n".join(
        [
            "Highways sitrep 5 – 7 December 2026",
            "Meetings:",
            f"Tactical Group{gap}09:30",
            "Chaired by the police.",
            f"Strategic Group{gap}14:00",
            "Chaired by the council.",
            "",
            "Where we are:",
            "• Gritting routes were all treated overnight.",
            "",
        ]
    )
    report = parse_bytes(text.encode(), "update.txt")[0]
    texts = " ".join(i.text for i in report.items())
    assert f"Tactical Group{gap}09:30".replace("  ", " ") in texts and "Chaired by the council." in texts
    assert not any("chat" in w for w in report.warnings)
