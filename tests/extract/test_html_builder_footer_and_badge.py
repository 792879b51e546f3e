"""A page made with a site builder: its footer is a section named so only by its class ("footer7", "site-footer"),
and after it the builder's badge, a part holding nothing but one short link to the builder's site ("Website Maker",
"Made with Carrd"). Under the page's title, the incident's name, a dash and the day ("Tropical storm – 14 September
2026, 6:00 p.m.") date the report. None of it is a point of the report.

A last section's point that links to another site in its sentence stays a point.

Layouts: three builders' markup (sections with numbered classes, divisions, a paragraph badge).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Overview", ["The storm brought heavy rain and strong winds to Grand Bay overnight."]),
    ("Roads and bridges", ["Roads blocked by landslides: 6.", "The Geneva bridge is closed to vehicles."]),
    ("Next steps", ["Complete the house-to-house damage assessment by 15 September."]),
]
FOOTERS = {
    "mobirise": ('<section class="footer7 cid-u40" once="footers"><div class="container"><p class="mbr-text">'
                 "Grand Bay CDMC – Chair: Marcella Joseph – in partnership with the Village Council</p>"
                 '<p>© Copyright 2026 Grand Bay CDMC - All Rights Reserved</p></div></section>'
                 '<section class="display-7"><a href="https://mobiri.se/6978447"></a><p>&#8204;</p>'
                 '<a href="https://mobirise.com/builder/website-maker.html">Website Maker</a></section>'),
    "divs": ('<div class="site-footer"><p>Grand Bay CDMC – Chair: Marcella Joseph – with the Village Council</p>'
             '<p>Roseau Road, Grand Bay</p></div>'
             '<div class="badge"><a href="https://carrd.co">Made with Carrd</a></div>'),
    "para": ('<div class="footer-widgets"><p>Grand Bay Community Disaster Management Committee, Roseau Road</p></div>'
             '<p><a href="https://example-builder.com/?ref=badge">Built with Sitebuilder</a></p>'),
}  # fmt: skip


def _page(footer: str, last: str = "") -> bytes:
    body = ['<section class="header1"><h1><strong>Situation Update No. 1</strong></h1>'
            "<p>Tropical storm – 14 September 2026, 6:00 p.m.</p></section>"]  # fmt: skip
    for name, points in SECTIONS:
        items = "".join(f"<li>{p}</li>" for p in points)
        body.append(f'<section class="content5"><h2>{name}</h2><ul>{items}{last if name == "Next steps" else ""}</ul>')
        body[-1] += "</section>"
    return f"<html><body>{''.join(body)}{footer}</body></html>".encode()


@pytest.mark.parametrize("builder", sorted(FOOTERS))
def test_footer_badge_and_date_line_are_no_points(builder: str) -> None:
    report = parse_bytes(_page(FOOTERS[builder]), f"{builder}.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_a_lone_link_among_the_content_stays() -> None:
    last = '<li><a href="https://www.example.org/minutes/08.html">Previous minutes</a></li>'
    report = parse_bytes(_page(FOOTERS["mobirise"], last), "page.html")[0]
    assert report.sections[-1].items[-1].text == "Previous minutes"


def test_a_point_with_a_link_in_its_sentence_stays() -> None:
    last = '<li>Forecasts are on the <a href="https://www.weather.gov.dm">met service site</a> every 3 hours.</li>'
    report = parse_bytes(_page(FOOTERS["mobirise"], last), "page.html")[0]
    assert report.sections[-1].items[-1].text == "Forecasts are on the met service site every 3 hours."
