"""A report that numbers its sections "1.0", "2.0" (or "1.", "2.") and its points under each by the section's number
("1.1 Households receiving drought relief: 7,756.", "2.1 …"), as district committees type their sitreps in a mail or
in Word: the "1.1" is the point's number, not a figure of it, so the point's figures are exactly those it states. A
sub-heading numbered so ("2.1. Evacuation", a few words, no stop) keeps its number; a lone line opening with a
decimal figure ("2.5 metres of water stood in the square.") keeps it."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("HIGHLIGHTS", ["Households receiving drought relief: 7,756.",
                    "The district has been under the national state of disaster since 31 January."]),
    ("SITUATION OVERVIEW", ["The district received less than half of its normal rainfall this season.",
                            "Boreholes broken down or dry: 149."]),
    ("WAY FORWARD", ["The next sitrep will be submitted on 9 March."]),
]  # fmt: skip


def _lines(scheme: str) -> list[str]:
    lines = ["DROUGHT SITUATION REPORT NO. 1", ""]
    for n, (heading, points) in enumerate(SECTIONS, 1):
        lines += [f"{n}.0 {heading}" if scheme == "decimal" else f"{n}. {heading}"]
        lines += [f"{n}.{k} {p}" for k, p in enumerate(points, 1)] + [""]
    return lines


def _mail(scheme: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dcpc@example.zw", "pdc@example.zw", "Drought sitrep no. 1"
    msg.set_content("\n".join(_lines(scheme)) + "\n")
    return bytes(msg)


def _docx(scheme: str) -> bytes:
    d = docx.Document()
    for line in _lines(scheme):
        if line:
            d.add_paragraph(line).runs[0].bold = not line[:3].strip(".0123456789 ").islower() and line.isupper()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("scheme", ["decimal", "plain"])
@pytest.mark.parametrize("fmt", ["eml", "docx"])
def test_a_points_number_under_its_section_is_no_figure(fmt: str, scheme: str) -> None:
    data = _mail(scheme) if fmt == "eml" else _docx(scheme)
    report = parse_bytes(data, f"sitrep.{fmt}")[0]
    got = [[i.text for i in s.items] for s in report.sections if s.items]
    assert got == [points for _, points in SECTIONS]


def test_numbered_subheadings_and_a_lone_decimal_figure_stay() -> None:
    lines = ["FLOOD SITREP NO. 2", "", "1. SITUATION", "2.5 metres of water stood in the square.", "",
             "2. RESPONSE", "2.1. Evacuation", "Families moved to the school: 40.", "2.2. Shelter",
             "Beds set up in the hall: 120."]  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.org", "b@example.org", "Sitrep 2"
    msg.set_content("\n".join(lines) + "\n")
    report = parse_bytes(bytes(msg), "sitrep.eml")[0]
    texts = [t for s in report.sections for t in (s.heading or "", *(i.text for i in s.items))]
    assert "2.5 metres of water stood in the square." in texts
    # the sub-headings' numbers are kept with them: no point lost its own
    assert any(t.startswith("2.1. Evacuation") for t in texts) and "Evacuation" not in texts
