"""A mail designer's headings are spans set in bold by their style (``font-weight:bold``, ``700``), alone in
their table row or block, over paragraphs: they head those paragraphs as ``<b>`` lines do. The writer's name
and post closing the message ("Professor Helen Ashworth" over "Chief Operating Officer") are its signature.

Three layouts: a bulletin built from nested tables (a span per heading row, or the heading row's cell bold by
its own style), and one of divs whose headings are ``<span style="font-weight: 700">`` in a div of their own.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["40 students have been moved to other accommodation.", "Hollins Hall remains closed."],
    "Support for students": ["Students can collect belongings on Thursday between 10:00 and 16:00."],
}


def _eml(layout: str) -> bytes:
    parts = []
    for heading, paras in SECTIONS.items():
        body = "".join(f'<p style="font-size:14px">{p}</p>' for p in paras)
        if layout == "tables":
            parts.append(f'<tr><td><span style="font-size:18px;font-weight:bold">{heading}</span></td></tr>')
            parts.append(f"<tr><td>{body}</td></tr>")
        elif layout == "cells":  # the heading row's cell set in bold by its own style, a band of colour
            parts.append(f'<tr><td style="background:#0B2D4F;color:#fff;font-weight:bold">{heading}</td></tr>')
            parts.append(f"<tr><td>{body}</td></tr>")
        else:
            parts.append(
                f'<div><span style="font-weight: 700; font-size: 17px">{heading}</span></div><div>{body}</div>'
            )
    sign = '<p style="font-size:14px">Professor Helen Ashworth<br>Chief Operating Officer and Incident Director</p>'
    if layout in ("tables", "cells"):
        html = f"<html><body><table>{''.join(parts)}<tr><td>{sign}</td></tr></table></body></html>"
    else:
        html = f"<html><body>{''.join(parts)}<div>{sign}</div></body></html>"
    msg = EmailMessage()
    msg["From"] = "Incident Team <incident@avonside.example>"
    msg["To"] = "all-students@avonside.example"
    msg["Subject"] = "Incident Bulletin 1"
    msg["Date"] = "Mon, 4 Nov 2024 17:00:00 +0000"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


@pytest.mark.parametrize("layout", ["tables", "cells", "divs"])
def test_bold_spans_head_their_paragraphs_and_the_name_and_post_sign(layout: str) -> None:
    report = parse_bytes(_eml(layout), "bulletin.eml")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert any("signature" in w for w in report.warnings)
