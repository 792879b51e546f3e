"""In a script without capitals (Georgian, Arabic, Hebrew) a short line over a list heads it as a capitalised
one does in Latin letters; and the block a meeting app adds under a message (the join link, "Meeting ID",
"Passcode", dial-in numbers) is left out and counted. Layouts: plain-text e-mails, a text file."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "ka": {
        "მიმდინარე ვითარება": ["დროებითი თავშესაფრები: 5.", "მდინარეების დონე კლებულობს."],
        "რეაგირება": ["დარიგებული სურსათის ამანათები: 214."],
    },
    "ar": {
        "الوضع الحالي": ["مراكز الإيواء المفتوحة: 5.", "منسوب المياه في انخفاض."],
        "الاستجابة": ["الطرود الغذائية الموزعة: 214."],
    },
    "he": {
        "מצב נוכחי": ["מרכזי קליטה פתוחים: 5.", "מפלס המים יורד."],
        "פעולות": ["חבילות מזון שחולקו: 214."],
    },
}


def _text(sections: dict[str, list[str]]) -> str:
    return "".join(f"{h}\n" + "".join(f"  *   {i}\n" for i in items) + "\n" for h, items in sections.items())


def _eml(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ops@example.org", "staff@example.org", "Situation report 1"
    msg.set_content(body)
    return msg.as_bytes()


def _sections(data: bytes, name: str) -> dict[str | None, list[str]]:
    report = parse_bytes(data, name)[0]
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items}


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_a_short_line_over_a_list_heads_it_in_a_script_without_capitals(lang: str) -> None:
    assert _sections(_eml(_text(SECTIONS[lang])), "m.eml") == SECTIONS[lang]
    assert _sections(_text(SECTIONS[lang]).encode(), "m.txt") == SECTIONS[lang]


TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_3969%40thread.v2/0>

Meeting ID: 396 926 684
Passcode: aB1xQz
Download Teams<https://www.microsoft.com/microsoft-teams/download-app>
________________________________________________________________________________
"""
ZOOM = """Join Zoom Meeting
https://us02web.zoom.us/j/85512345678?pwd=abc

Meeting ID: 855 1234 5678
Passcode: 449911
+44 203 481 5240 United Kingdom
"""

ENGLISH = {
    "Current situation": ["Shelters open: 5.", "River levels are falling."],
    "Next steps": ["Damage survey with the villages."],
}


@pytest.mark.parametrize("block", [TEAMS, ZOOM], ids=["teams", "zoom"])
def test_the_meetings_joining_block_is_left_out_and_counted(block: str) -> None:
    report = parse_bytes(_eml(_text(ENGLISH) + block), "m.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == ENGLISH
    assert any("meeting's joining details" in w for w in report.warnings)


def test_a_link_to_a_meeting_inside_a_point_stays() -> None:
    text = _text(ENGLISH).replace(
        "Damage survey with the villages.",
        "Debrief on https://us02web.zoom.us/j/85512345678 at 16:00, all cluster leads to attend.",
    )
    report = parse_bytes(_eml(text), "m.eml")[0]
    assert report.sections[-1].items[-1].text.startswith("Debrief on")
