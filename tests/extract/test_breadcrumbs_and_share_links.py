"""A web page's trail of pages ("Home › Emergencies › Flooding") and its share line ("Share this page:
Facebook · X · Email") are the site's, not the report's: left out and counted, whether the page is read as
HTML (in elements no class names) or printed to PDF from a browser."""

from __future__ import annotations

import pytest
from weasyprint import HTML

from sitroom.extract.html.chrome import is_breadcrumb, is_share_line
from sitroom.read import parse_bytes

SECTIONS = {
    "Current situation": ["407 homes have been reported flooded so far.", "24 flood warnings are in force."],
    "Help and support": ["A rest centre is open at the leisure centre.", "Sandbags are at the highways depot."],
}
TRAILS = ["Home › Emergencies › Flooding: latest updates", "Accueil » Actualités » Inondations"]
SHARES = ["Share this page: Facebook · X · Email", "Follow us: Facebook | Instagram | YouTube"]


@pytest.mark.parametrize(
    ("text", "trail", "share"),
    [
        ("Home › Emergencies › Flooding: latest updates", True, False),
        ("Home > Flooding", True, False),
        ("Accueil / Actualités / Crue", True, False),
        ("Gold > Silver > Bronze", False, False),
        ("Staffing › 20 off sick. Cover is arranged for the night shift.", False, False),
        ("Share this page: Facebook · X · Email", False, True),
        ("Share: Facebook Twitter LinkedIn Copy link", False, True),
        ("Share this page with your team before the briefing.", False, False),
        ("Follow the diversion signs on the A49.", False, False),
    ],
)
def test_what_a_trail_and_a_share_line_are(text: str, trail: bool, share: bool) -> None:
    assert is_breadcrumb(text) is trail
    assert is_share_line(text) is share


def _page(trail: str, share: str) -> str:
    body = "".join(
        f"<h2>{h}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in SECTIONS.items()
    )
    return (
        "<html><head><title>Flooding: latest updates</title></head><body>"
        f"<div><p>{trail}</p></div><div><h1>Flooding: latest updates</h1>{body}"
        f"<p>{share}</p></div></body></html>"
    )


def _check(report, trail: str, share: str) -> None:
    texts = [i.text for i in report.items()]
    assert texts == [i for items in SECTIONS.values() for i in items]
    assert [s.heading for s in report.sections if s.items] == list(SECTIONS)
    assert any("breadcrumbs" in w for w in report.warnings)
    assert any("share links" in w for w in report.warnings)


@pytest.mark.parametrize(("trail", "share"), list(zip(TRAILS, SHARES, strict=True)))
def test_a_web_page_loses_its_trail_and_share_line(trail: str, share: str) -> None:
    html = _page(trail, share)
    _check(parse_bytes(html.encode(), "flooding.html")[0], trail, share)


@pytest.mark.parametrize(("trail", "share"), list(zip(TRAILS, SHARES, strict=True)))
def test_a_printed_web_page_loses_its_trail_and_share_line(trail: str, share: str) -> None:
    pdf = HTML(string=_page(trail, share)).write_pdf()
    _check(parse_bytes(pdf, "flooding.pdf")[0], trail, share)
