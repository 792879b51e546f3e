"""A report closed by a thanks of a word or two over one line that signs it: the writer's name, a comma, their post
or office ("Meitaki maata." over "Teariki Tangata, Chair, Aitutaki Island Disaster Risk Management Committee"). The
thanks and the signing line are the writer's, not the last section's points. A last point of two words over a line
that names no one stays a point.

Layouts: HTML and plain text, in Cook Islands Māori (greeting "Kia orana kotou katoa."), English and French.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

CASES = {
    "rar": ("Kia orana kotou katoa.", "Meitaki maata.", "Teariki Tangata, Tiamana, Aitutaki Island Committee"),
    "en": ("Dear colleagues,", "Many thanks.", "Helen Marsh, Chair, Northfield Resilience Forum"),
    "fr": ("Bonjour à tous,", "Merci beaucoup.", "Hélène Martin, présidente, cellule de crise de Saint-Pierre"),
}
SECTIONS = [
    ("Summary", ["The dry spell has lasted 41 days and the tanks are low."]),
    ("Water", ["Households on carted water: 212.", "Tanks below a quarter full: 64."]),
    ("Next steps", ["Deliver water to the outer villages on Friday."]),
]


def _html(greeting: str, thanks: str, signed: str) -> bytes:
    parts = [f"<p>{greeting}</p>"]
    for name, points in SECTIONS:
        parts.append(f"<h2>{name}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
    parts += [f"<p>{thanks}</p>", f"<p>{signed}</p>"]
    return f"<html><body><main>{''.join(parts)}</main></body></html>".encode()


def _text(greeting: str, thanks: str, signed: str) -> bytes:
    lines = [greeting, ""]
    for name, points in SECTIONS:
        lines += [name.upper(), "", *(f"- {p}" for p in points), ""]
    lines += [thanks, signed]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("lang", sorted(CASES))
def test_thanks_and_signing_line_close_the_report(lang: str, fmt: str) -> None:
    greeting, thanks, signed = CASES[lang]
    data = (_html if fmt == "html" else _text)(greeting, thanks, signed)
    report = parse_bytes(data, f"close-{lang}.{fmt}")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, points in SECTIONS for p in points]


def test_a_short_last_point_over_a_line_naming_no_one_stays() -> None:
    data = _html("Dear colleagues,", "Work continues.", "Water is carted to the outer villages, weather permitting")
    report = parse_bytes(data, "points.html")[0]
    assert [i.text for i in report.sections[-1].items][-2:] == [
        "Work continues.",
        "Water is carted to the outer villages, weather permitting",
    ]
