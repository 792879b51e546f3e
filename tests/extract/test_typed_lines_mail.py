"""A message typed on a phone or in a web mail sets each typed line of its HTML part in a block of its own; its plain
part then holds the same lines, none wrapped by the mail program. Each line is its writer's: a summary typed a
sentence a line is that many items, not one paragraph. A plain part the program wrapped (its HTML one block a
paragraph) still joins its lines. The covering line naming the report and its sender ("Sitrep 3 from children's
services, as at 5pm.") is no item."""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import pytest

from sitroom.read import parse_bytes

SUMMARY = [
    "The council's network was shut down after the ransomware attack on 6 May.",
    "Children's social care is working on paper and clean devices under the continuity plan.",
    "Police and health partners send referrals to a temporary secure mailbox.",
]
SECTIONS = [
    ("SUMMARY", SUMMARY),
    ("STAFF", ["837 hours of overtime were worked since the attack.", "Agency social workers start on Monday."]),
    ("COSTS", ["Extra costs to date are £186,000."]),
]
COVERING = "Sitrep 3 from children's services, as at 5pm. Sorry for the format, still no laptops for most of us."


def _lines(covering: bool = True) -> list[str]:
    lines = ["Hi all,", ""] + ([COVERING, ""] if covering else [])
    for heading, points in SECTIONS:
        lines.append(heading)
        lines.extend(points if heading == "SUMMARY" else [f"- {p}" for p in points])
        lines.append("")
    return [*lines, "Thanks", "Claire Ashworth", "Assistant Director, Children's Social Care"]


def _div_per_line(lines: list[str]) -> str:
    return "".join(f'<div dir="auto">{escape(t) if t else "<br>"}</div>' for t in lines)


def _br_lines(lines: list[str]) -> str:
    return "<div>" + "<br>\n".join(escape(t) for t in lines) + "</div>"


def _gmail(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{escape(t) if t else '<br>'}</div>" for t in lines) + "</div>"


HTML = {"phone": _div_per_line, "line breaks": _br_lines, "web mail": _gmail}


def _message(plain: str, html: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Claire Ashworth <claire@example.org>"
    msg["To"] = "Silver <silver@example.org>"
    msg["Subject"] = "Children's services sitrep 3"
    msg["Date"] = "Fri, 09 May 2025 17:05:00 +0100"
    msg.set_content(plain)
    if html is not None:
        msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    return msg.as_bytes()


@pytest.mark.parametrize("html", list(HTML))
def test_each_line_the_html_sets_apart_is_its_writers(html: str) -> None:
    lines = _lines()
    report = parse_bytes(_message("\n".join(lines) + "\n", HTML[html](lines)), "sitrep.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


def test_a_plain_part_the_program_wrapped_joins_its_lines() -> None:
    import textwrap

    paragraph = " ".join(SUMMARY)
    plain = "Hi all,\n\nSUMMARY\n" + textwrap.fill(paragraph, 60) + "\n\nCOSTS\n- Extra costs to date are £186,000.\n"
    html = f"<p>Hi all,</p><p>SUMMARY</p><p>{escape(paragraph)}</p><p>COSTS</p><ul><li>Extra costs to date are"
    html += " £186,000.</li></ul>"
    report = parse_bytes(_message(plain, html), "sitrep.eml")[0]
    assert [i.text for i in report.sections[0].items] == [paragraph]


@pytest.mark.parametrize("html", [None, "phone"])
def test_the_covering_line_naming_the_report_is_no_item(html: str | None) -> None:
    lines = _lines()
    body = HTML[html](lines) if html else None
    report = parse_bytes(_message("\n".join(lines) + "\n", body), "sitrep.eml")[0]
    assert COVERING not in [i.text for i in report.items()]
    assert report.sections[0].heading == "SUMMARY"
