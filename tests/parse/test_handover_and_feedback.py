"""What a message or a page says about itself is not the report: the covering line that hands a return
over ("our return for this week is below") and a site's "Was this page useful?" prompt are left out and
counted, in e-mail, letter-shaped text, web pages and web pages printed to PDF; a sentence that only
mentions figures below stays."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes

ACTIVITY = [
    "Schools remain open for the children of key workers, with 1,240 pupils attending on Monday.",
    "Free school meal vouchers were issued to 3,100 families this week.",
]
HANDOVER = "Apologies for the delay – our Education return for this week is below."


def _items(report: Report) -> list[str]:
    return [i.text for s in report.sections for i in s.items]


def _body(first: str) -> str:
    lines = ["Hello team,", "", first, "", "KEY ACTIVITY", "", *(f"• {t}" for t in ACTIVITY), "", "Thanks,", "Jo"]
    return "\n".join(lines)


def _eml(first: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jo@example.org", "cell@example.org", "Education return 3"
    msg["Date"] = "Mon, 20 Apr 2020 09:00:00 +0100"
    msg.set_content(_body(first))
    return bytes(msg)


@pytest.mark.parametrize(
    ("name", "make"),
    [("return.eml", _eml), ("return.txt", lambda first: _body(first).encode())],
)
def test_the_covering_line_of_a_return_is_left_out_and_counted(name: str, make) -> None:
    report = parse_bytes(make(HANDOVER), name)[0]
    assert _items(report) == ACTIVITY
    assert any("covering line" in w for w in report.warnings)


@pytest.mark.parametrize(("name", "make"), [("return.eml", _eml), ("return.txt", lambda f: _body(f).encode())])
def test_a_first_sentence_about_figures_below_is_content(name: str, make) -> None:
    first = "Figures below show attendance rising for the third week running."
    report = parse_bytes(make(first), name)[0]
    assert first in _items(report)


def _page() -> str:
    items = "".join(f"<li>{t}</li>" for t in ACTIVITY)
    return (
        "<html><head><title>Education update 3</title></head><body><main><h1>Education update 3</h1>"
        f"<h2>Key activity</h2><ul>{items}</ul>"
        "<div class='rate'><p>Was this page useful? <a href='/y'>Yes</a> <a href='/n'>No</a></p></div>"
        "<p>Is this page useful? Yes / No</p></main></body></html>"
    )


def test_a_page_feedback_prompt_is_page_furniture() -> None:
    report = parse_bytes(_page().encode(), "update.html")[0]
    assert _items(report) == ACTIVITY
    assert any("feedback" in w for w in report.warnings)


def test_a_page_feedback_prompt_in_a_printed_page_is_left_out() -> None:
    weasyprint = pytest.importorskip("weasyprint")
    pdf = weasyprint.HTML(string=_page()).write_pdf()
    report = parse_bytes(pdf, "update.pdf")[0]
    assert not any("useful" in t for t in _items(report))
    assert any("feedback" in w for w in report.warnings)
