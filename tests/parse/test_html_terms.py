"""``<dl>`` and ``<details>`` as sections: a ``<dt>`` or ``<summary>`` is a heading (a ``<dt>`` inside a
section a sub-heading), each ``<dd>`` or ``<li>`` an item, collapsed ``<details>`` count; a ``<dl>`` of
short label/value pairs stays labelled lines. Checked on a web page with site chrome and on an
HTML-only e-mail body."""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Libraries weekly update 5"
TERMS = [
    ("Where we are", ["All twelve branches reopened for browsing on Monday.", "Visits are at 60% of normal."]),
    ("Worries", ["Two branches have no cover for Saturday opening.", "The van that carries stock broke down."]),
]
PARENT = "People and money"
SUBS = [
    ("Our team", ["Three staff returned from leave this week.", "Volunteers now cover the mobile library."]),
    ("Spending", ["Extra cleaning has cost £4,000 so far this month.", "Income from fines is down by half."]),
]
CLOSED = ("Looking ahead", ["Home delivery continues for shielding readers.", "Summer reading starts in July."])
DETAILS = "<dl class='meta'><dt>Chair</dt><dd>Jane Smith</dd><dt>Present</dt><dd>Bob, Carol</dd></dl>"


def _dl(pairs: list[tuple[str, list[str]]]) -> str:
    return "<dl>" + "".join(f"<dt>{h}</dt>" + "".join(f"<dd>{escape(t)}</dd>" for t in it) for h, it in pairs) + "</dl>"


def _body() -> str:
    head, items = CLOSED
    return (
        f"<h1>{escape(TITLE)}</h1>{_dl(TERMS)}"
        f"<details open><summary>{PARENT}</summary>{_dl(SUBS)}</details>"
        f"<details><summary>{head}</summary><ul>" + "".join(f"<li>{escape(t)}</li>" for t in items) + "</ul></details>"
    )


def _page() -> tuple[bytes, str]:
    html = (
        f"<!doctype html><html><head><title>{TITLE}</title></head><body><header><p>Borough Council</p>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav></header>"
        f"<main>{_body()}</main><footer><p>© Borough Council</p></footer></body></html>"
    )
    return html.encode(), "libraries.html"


def _email() -> tuple[bytes, str]:
    msg = EmailMessage()
    msg["From"] = "libraries@example.org"
    msg["To"] = "cell@example.org"
    msg["Subject"] = TITLE
    msg["Date"] = "Mon, 07 Dec 2026 09:30:00 +0000"
    msg.set_content(f"<html><body>{_body()}</body></html>", subtype="html")
    return bytes(msg), "libraries.eml"


LAYOUTS = {"web-page": _page, "email": _email}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_terms_and_summaries_are_headings_descriptions_items(layout: str) -> None:
    data, name = LAYOUTS[layout]()
    report = parse_bytes(data, name)[0]
    got = [(s.heading, s.level, [i.text for i in s.items]) for s in report.sections]
    expected = (
        [(h, 1, it) for h, it in TERMS]
        + [(PARENT, 1, [])]
        + [(h, 2, it) for h, it in SUBS]
        + [(CLOSED[0], 1, CLOSED[1])]
    )
    assert got == expected


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_list_of_short_values_is_no_run_of_sections(layout: str) -> None:
    data, name = LAYOUTS[layout]()
    data = data.replace(f"{escape(TITLE)}</h1>".encode(), f"{escape(TITLE)}</h1>{DETAILS}".encode())
    report = parse_bytes(data, name)[0]
    headings = [s.heading for s in report.sections if s.heading]
    assert headings[: len(TERMS)] == [h for h, _ in TERMS]
    # each label stays with its value, as one line; the chair under the title is the meeting's particulars
    items = {i.text for i in report.items()}
    assert "Present: Bob, Carol" in items and "Chair: Jane Smith" not in items
