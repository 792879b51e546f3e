"""A bulletin sent through a mailing service and laid out in one table, and a site builder's page: the service's
rows under the report (the follow icons after "Stay Connected:", "Manage Preferences | Unsubscribe | Help"), a link
alone on a coloured box or set as a button ("Report a suspected case", a ``wixui-button``), and a post's greeting
to its readers with the line handing the update over ("Boozhoo relatives," / "Here is the latest update …") are
none of the report's points; each is counted.

Layouts: a bulletin laid out in one table, the same with ``bgcolor`` boxes, and a site builder's page."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Situation": ["Screwworm has been confirmed in 3 counties.", "Traps are set on 120 ranches."],
    "Next steps": ["Extend the trap lines to 6 more counties."],
}


def _sections() -> str:
    return "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in SECTIONS.items())


def _bulletin(box: str) -> bytes:
    html = (
        "<html><body><table width='600'><tr><td><h1>Screwworm update 4</h1>"
        f"{_sections()}<table align='center'><tr><td {box}><a href='https://example.gov/report'>Report a suspected "
        "case</a></td></tr></table></td></tr>"
        "<tr><td>Stay Connected: <a href='#'><img alt='Facebook' src='fb.png'></a> <a href='#'><img alt='X' "
        "src='x.png'></a> <a href='#'><img alt='YouTube' src='yt.png'></a></td></tr>"
        "<tr><td>SUBSCRIBER SERVICES:<br><a href='#'>Manage Preferences</a> | <a href='#'>Unsubscribe</a> | "
        "<a href='#'>Help</a></td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["Subject"] = "Screwworm update 4"
    msg["From"] = "bulletins@example.gov"
    msg["To"] = "producer@example.org"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def _site() -> bytes:
    return (
        "<html><body><main><h1 class='font_2'>Wildfire Evacuation Update #4</h1><p>Posted May 30, 2025 at 6:00 p.m.</p>"
        "<p>Boozhoo relatives,</p><p>Here is the latest update from Chief and Council and our Emergency Operations "
        f"Centre.</p>{_sections()}<a class='uDW_Qe wixui-button' href='https://www.redcross.ca/'><span "
        "class='wixui-button__label'>Register with the Red Cross</span></a> <a class='uDW_Qe wixui-button' "
        "href='tel:18005550142'><span>Evacuee hotline 1-800-555-0142</span></a></main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "write,name",
    [
        (lambda: _bulletin("style='background:#5a3e1b;padding:10px 18px'"), "bulletin.eml"),
        (lambda: _bulletin("bgcolor='#005eb8'"), "bulletin.eml"),
        (_site, "update.html"),
    ],
)
def test_the_services_parts_buttons_and_greeting_are_no_points(write, name) -> None:
    report = parse_bytes(write(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
    assert any("button" in w for w in report.warnings), report.warnings
