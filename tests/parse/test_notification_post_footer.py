"""A post sent out by a school or community notification service: under the report's last section, the writer's
thanks, name and post (a school's principal or headteacher), then the service's buttons ("View Post", "Reply"),
a menu of the languages the post can be read in, and why the reader got it. None of it is a point of the report.

Layouts: a plain-text post with bracketed links and a bar-separated language menu, a post with its links in angle
brackets and a dot-separated menu, and a post with no language menu at all.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

BODY = """Dear families,

What we know
* A case of measles was confirmed in a student on Monday.
* 38 classmates are being contacted by the health department.

What's next
* A vaccination clinic runs in the gym on Thursday.
* We will write again on Friday.

"""
FOOTERS = {
    "brackets": (
        "Thank you for your patience and support.\nDr. Maria Alvarez\nPrincipal, Roosevelt High School\n\n"
        "View Post [https://school.example/feeds/4637913]\nReply [https://school.example/feeds/4637913#reply]\n\n"
        "Translate: Español | Hmoob | Soomaali | Tiếng Việt | Tagalog\n\n"
        "You received this post because you are a member of Roosevelt High School.\n"
    ),
    "angles": (
        "Thank you for your support.\nJames Okoro\nHeadteacher, Hillside Primary\n\n"
        "View message <https://notify.example/m/77>\nReply <https://notify.example/m/77#reply>\n\n"
        "Read in: Polski · Français · Română · العربية\n\n"
        "You are receiving this message because you are a parent at Hillside Primary.\n"
    ),
    "no-menu": (
        "Thank you.\nAnna Berg\nPrincipal, Lakeside School\n\nView Post [https://school.example/feeds/12]\n\n"
        "You received this post because you follow Lakeside School.\n"
    ),
}


def _mail(footer: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "School <noreply@school.example>"
    msg["To"] = "parent@example.org"
    msg["Subject"] = "Measles update 2"
    msg["Date"] = "Mon, 14 Sep 2026 16:00:00 -0700"
    msg.set_content(BODY + footer)
    return msg.as_bytes()


@pytest.mark.parametrize("layout", FOOTERS)
def test_the_services_buttons_language_menu_and_signature_are_no_points(layout: str) -> None:
    report = parse_bytes(_mail(FOOTERS[layout]), f"{layout}.eml")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == [
        ("What we know", ["A case of measles was confirmed in a student on Monday.",
                          "38 classmates are being contacted by the health department."]),
        ("What's next", ["A vaccination clinic runs in the gym on Thursday.", "We will write again on Friday."]),
    ]  # fmt: skip
    assert report.sections[0].key == "situation"
