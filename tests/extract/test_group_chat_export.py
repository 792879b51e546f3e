"""A group chat exported to text (Android's "23/11/2024, 17:43 - Name: text", iOS's "[23/11/2024, 17:43:12]
Name: text"): the report pasted as one message is read, its first line its name and its headings keyed; the
group's other messages and the writer's sign-off are left out and counted, not run into the points beside
them. An export that carries no report keeps each message as a paragraph of its own."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

STAMPS = ["17:40", "17:43", "17:47", "17:51", "18:10", "18:13", "18:16", "18:25"]
SECTIONS = [
    ("River levels", "situation", ["Quay gauge reading 308 cm", "Peak expected overnight into 24 November"]),
    ("Houses", "impacts", ["21 houses with water inside"]),
    ("Worries", "risks", ["Elderly residents on Wharf Road not answering the door"]),
    ("Wardens", "workforce", ["7 wardens out tonight in pairs"]),
    ("Next", "next-steps", ["Meet at the fire station on 25 November for the clean-up"]),
]


def _head(layout: str, n: int, name: str | None, text: str) -> str:
    if layout == "android":
        return f"23/11/2024, {STAMPS[n]} - " + (f"{name}: {text}" if name else text)
    return f"[23/11/2024, {STAMPS[n]}:0{n}] {name or 'Wyreham Flood Wardens'}: {text}"


def _export(layout: str, report: bool = True) -> str:
    sitrep = [line for h, _, items in SECTIONS for line in ["", f"*{h}*", *(f"- {t}" for t in items)]]
    lines = [
        _head(layout, 0, None, "Messages and calls are end-to-end encrypted. Tap to learn more."),
        _head(layout, 1, "Mike Dorrell", "Anyone know if the barrier on the Severnside is fully up?"),
        _head(layout, 2, "Kath Wyatt", "Yes all up, did it with the EA lads at 4"),
        _head(layout, 3, "Pete Owusu", "<Media omitted>"),
    ]
    if report:
        lines += [_head(layout, 4, "Jo Meakin", "*Flood Watch update 1*"), *sitrep, "", "Shout if I've missed anything"]
    lines += [
        _head(layout, 5, "Kath Wyatt", "Thanks Jo 👏"),
        _head(layout, 6, "Mike Dorrell", "I can do the 10pm check with Pete"),
        _head(layout, 7, "Ann Beddoes", "Stay safe everyone x"),
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["android", "ios"])
def test_the_pasted_sitrep_is_the_report(layout: str) -> None:
    report = parse_bytes(_export(layout).encode(), "chat.txt")[0]
    assert report.title == "Flood Watch update 1"
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections]
    assert got == SECTIONS


@pytest.mark.parametrize("layout", ["android", "ios"])
def test_the_chat_around_the_sitrep_is_left_out_and_counted(layout: str) -> None:
    report = parse_bytes(_export(layout).encode(), "chat.txt")[0]
    texts = " ".join(i.text for i in report.items())
    assert "Shout" not in texts and "Thanks Jo" not in texts and "Severnside" not in texts
    assert "7 chat message other than the report(s) left out" in report.warnings
    assert "1 chat sign-off line(s) left out" in report.warnings


@pytest.mark.parametrize("layout", ["android", "ios"])
def test_a_chat_without_a_report_keeps_each_message_apart(layout: str) -> None:
    report = parse_bytes(_export(layout, report=False).encode(), "chat.txt")[0]
    texts = [i.text for i in report.items()]
    assert "Yes all up, did it with the EA lads at 4" in texts
    assert "Stay safe everyone x" in texts
    assert not any("23/11/2024" in t for t in texts)
