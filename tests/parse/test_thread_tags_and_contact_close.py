"""A thread unrolled into a page or copied out as text: its first post closes with its tags and its counter
("#CycloneArun #Kutch 🧵👇 (1/4)"), its last with the control room's numbers and the accounts it tags ("District
control room: 0288-2553404 Toll free: 1077 @InfoGujarat"). Neither is a point of the report; the tags are
counted once the counter is off, the numbers as a contact line. In English and Gujarati (its own digits), in HTML
and text."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

THREADS = {
    "english": {
        "title": "Cyclone Arun situation report 1 (14 June 2026, 08:00)",
        "tags": "#CycloneArun #Kutch #GujaratFightsCyclone 🧵👇",
        "sections": [("🔶 Summary", ["Cyclone Arun made landfall on the district coast on 13 June."]),
                     ("🔶 Damage", ["214 houses are partly damaged."])],
        "contact": "For more information and help, district control room: 0288-2553404 Toll free: 1077 "
                   "@InfoGujarat @SEOCGujarat",
    },
    "gujarati": {
        "title": "'અરુણ' વાવાઝોડા અંગે પરિસ્થિતિ અહેવાલ – ૧",
        "tags": "#CycloneArun #Jamnagar #GujaratFightsCyclone 🧵👇",
        "sections": [("🔶 સારાંશ", ["'અરુણ' વાવાઝોડું ૧૩ જૂનના રોજ જિલ્લાના દરિયાકાંઠે ત્રાટક્યું."]),
                     ("🔶 નુકસાન", ["૨૧૪ મકાનોને આંશિક નુકસાન થયું છે."])],
        "contact": "વધુ માહિતી તથા મદદ માટે જિલ્લા કંટ્રોલ રૂમ: ૦૨૮૮-૨૫૫૩૪૦૪ ટોલ ફ્રી: ૧૦૭૭ @InfoGujarat @SEOCGujarat",
    },
}  # fmt: skip


def _posts(t: dict) -> list[list[str]]:
    posts = [[t["title"], t["tags"]]]
    posts += [[h, *(f"• {p}" for p in pts)] for h, pts in t["sections"]]
    posts.append([t["contact"]])
    total = len(posts)
    return [[*lines[:-1], f"{lines[-1]} ({n}/{total})"] for n, lines in enumerate(posts, 1)]


def _html(t: dict) -> bytes:
    posts = "".join(f"<div class='content-tweet'>{'<br>'.join(escape(x) for x in p)}</div>" for p in _posts(t))
    return f"<html><body><main>{posts}</main></body></html>".encode()


def _text(t: dict) -> bytes:
    return "\n\n".join("\n".join(p) for p in _posts(t)).encode()


@pytest.mark.parametrize("make,name", [(_html, "thread.html"), (_text, "thread.txt")])
@pytest.mark.parametrize("language", list(THREADS))
def test_the_tags_and_the_numbers_are_no_points(make, name: str, language: str) -> None:
    t = THREADS[language]
    report = parse_bytes(make(t), name)[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, pts in t["sections"] for p in pts]
