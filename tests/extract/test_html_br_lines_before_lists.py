"""Text set as lines parted by ``<br>`` (a shared pad's export, a mail written in a web client): a bold line closing
the lines right over a list heads that list, and lines each a whole sentence, ended where the writer broke the line,
are points of their own. Written two ways: as a pad exports its body (bold names, ``<br>``, lists) and as a mail's
``<div>`` of the same; wrapped lines of one sentence, and a risk's "Mitigation:" line, stay with their paragraph."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SUMMARY = ["21 fires were reported to the fire service this week.", "The committee patrols the scrub every day."]


def _pad(body: str) -> bytes:
    return (
        "<!DOCTYPE HTML><html><head><title>committee-situation-2026</title><meta charset='utf-8'></head>"
        f"<body>{body}</body></html>"
    ).encode()


def _mail(body: str) -> bytes:
    html = f"<html><body><div dir='ltr'>{body}</div></body></html>"
    return (
        "From: Committee <committee@example.org>\r\nTo: partners@example.org\r\nSubject: Situation update 4\r\n"
        "Date: Thu, 9 Jul 2026 20:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        f"{html}\r\n"
    ).encode()


BODY = (
    "<strong>SUMMARY</strong><br>" + "<br>".join(SUMMARY) + "<br><br><strong>SITUATION</strong><br>"
    "<ul><li>The scrub is very dry and the wind rises every afternoon.</li><li>337 hectares have burnt.</li></ul>"
    "<br><strong>LOOKOUT POSTS</strong><br>- The lookout post at the point is held all afternoon.<br><br>"
    "<strong>SUPPORT TO RESIDENTS</strong><br><ul><li>265 families were advised on clearing brush.</li></ul><br>"
    "<strong>RISKS</strong><br>The risk of a large fire in the scrub is growing.<br>Mitigation: patrols are doubled "
    "on windy days.<br><br><strong>NEXT STEPS</strong><br>The committee meets at the town hall on 9 July and<br>"
    "trains the new volunteers on the radio on 11 July.<br>"
)
LAYOUTS = {"pad export": (_pad, "sitrep.html"), "web mail": (_mail, "sitrep.eml")}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_bold_lines_over_lists_head_them_and_sentence_lines_are_points(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(BODY), name)[0]
    sections = {s.heading: s for s in report.sections if s.heading}
    assert [i.text for i in sections["SUMMARY"].items] == SUMMARY
    assert "SITUATION" in sections and len(sections["SITUATION"].items) == 2
    assert "SUPPORT TO RESIDENTS" in sections
    assert [i.text for i in sections["SUPPORT TO RESIDENTS"].items] == ["265 families were advised on clearing brush."]
    risks = sections["RISKS"].items
    assert [(i.text.split(" Mitigation")[0], i.mitigation) for i in risks] == [
        ("The risk of a large fire in the scrub is growing.", "patrols are doubled on windy days.")
    ]
    assert [i.text for i in sections["NEXT STEPS"].items] == [
        "The committee meets at the town hall on 9 July and trains the new volunteers on the radio on 11 July."
    ]
