"""Furniture found by what it is: page chrome, cookie notices, footers, e-mail greetings and signatures;
and the tables of web pages: form grids and risk registers."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.extract import extract_bytes
from sitroom.read import parse_bytes

PAGE = """<!doctype html><html><head><title>Weekly update</title></head><body>
<header class="masthead"><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">About</a></li><li><a href="/b">Services</a></li></ul></nav>
<div class="consent-box"><p>This website uses cookies to improve your experience.
<a href="#">Accept all</a> <a href="#">Preferences</a></p></div>
<main>
<h1>Weekly update, week 12</h1>
<h2>Highlights</h2>
<p>Vaccination reached 80% of care home residents this week, ahead of the plan agreed in March.</p>
<h2>Contacts</h2>
<table><tr><td>Reporting officer:</td><td>J. Smith</td></tr>
<tr><td>Telephone:</td><td>0123 456 789</td></tr></table>
<h2>Risk register</h2>
<table>
<tr><th>Risk</th><th>RAG</th><th>Mitigation</th><th>Owner</th></tr>
<tr><td>Staff absence may rise above 10% in January</td><td>Red</td><td>Agency staff booked</td><td>HR</td></tr>
<tr><td>Storms could close the depot</td><td>Amber</td><td>Second depot on standby</td><td>Ops</td></tr>
</table>
<p>© 2024 County Council. All rights reserved.</p>
</main>
<footer><p>Privacy policy</p><p>Terms of use</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page_report():
    return parse_bytes(PAGE.encode(), "week-12.html")[0]


def test_navigation_cookie_notice_and_footer_are_not_items_and_are_counted(page_report):
    texts = " ".join(i.text for i in page_report.items())
    for chrome in ("About", "cookies", "Privacy policy", "All rights reserved", "Home"):
        assert chrome not in texts
    warnings = " ".join(page_report.warnings)
    assert "cookie notice(s) left out" in warnings
    assert "footer(s) left out" in warnings


def test_a_form_grid_is_a_table_and_a_risk_table_gives_risks_with_mitigations(page_report):
    by_heading = {s.heading: s for s in page_report.sections}
    assert by_heading["Contacts"].items == []
    assert any(t.rows == 2 for t in page_report.tables)
    risks = by_heading["Risk register"]
    assert risks.key == "risks"
    assert [(i.text, i.mitigation) for i in risks.items] == [
        ("Staff absence may rise above 10% in January", "Agency staff booked"),
        ("Storms could close the depot", "Second depot on standby"),
    ]


PLAIN_LETTER = """Dear all,

HIGHLIGHTS
- Two new shelters opened in the north district.

RISKS
- Fuel for generators lasts three days. Mitigation: tanker ordered.

Kind regards,
Jane Doe
Duty Manager | Tel 0123 456 789

This e-mail and any attachments are confidential and intended solely for the addressee.
"""

HTML_LETTER = """<html><body><p>Hi team,</p>
<p><b>Highlights</b></p><ul><li>Two new shelters opened in the north district.</li></ul>
<p>Kind regards,<br>Jane Doe<br>Duty Manager</p>
<p>This message is confidential and intended only for the named recipient.</p>
</body></html>"""


def _eml(body: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Duty Manager <duty@example.org>"
    msg["To"] = "all@example.org"
    msg["Subject"] = "Sitrep 12"
    msg["Date"] = "Mon, 18 Mar 2024 09:30:00 +0000"
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


@pytest.mark.parametrize("body,subtype", [(PLAIN_LETTER, "plain"), (HTML_LETTER, "html")], ids=["plain", "html"])
def test_greeting_sign_off_signature_and_disclaimer_are_left_out(body, subtype):
    report = parse_bytes(_eml(body, subtype), "sitrep.eml")[0]
    texts = [i.text for i in report.items()]
    assert texts[0] == "Two new shelters opened in the north district."
    joined = " ".join(texts + [s.heading or "" for s in report.sections])
    for furniture in ("Dear all", "Hi team", "Kind regards", "Jane Doe", "Duty Manager", "confidential"):
        assert furniture not in joined
    assert any("greeting" in w for w in report.warnings)
    assert any("sign-off and signature" in w for w in report.warnings)


def test_a_sentence_that_starts_with_thanks_is_kept():
    doc = extract_bytes(_eml("Thanks to the volunteers, all roads reopened on Sunday.\n", "plain"), "a.eml")
    assert [b.text for b in doc.blocks] == ["Thanks to the volunteers, all roads reopened on Sunday."]


def test_a_first_line_that_only_starts_like_a_greeting_is_kept():
    doc = extract_bytes(_eml("Good morning shifts are fully staffed in all three hubs now\n", "plain"), "b.eml")
    assert len(doc.blocks) == 1
