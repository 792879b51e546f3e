"""A details table under a report's title set as a bold paragraph (the only heading so far): its fields (the
date, the incident, who prepared it, when the next report comes) are the report's particulars, not sections;
a date written with a linking word ("10 a viz C'hwevrer 2025", "5 de mayo de 2024") dates it.

Layouts: a LibreOffice Writer HTML export (shaded bold label cells), and a Word HTML export (MsoNormal paragraphs).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

FIELDS = [("Date", "10 a viz C'hwevrer 2025, 8e00"), ("Incident", "Storm"), ("Prepared by", "Crisis cell"),
          ("Next report", "tomorrow, 08:00")]  # fmt: skip
SECTIONS = {"Summary": ["Nobody was badly hurt.", "Roads closed: 3."], "Next steps": ["Clear the fallen trees."]}


def _writer() -> str:
    rows = "".join(f'<tr><td bgcolor="#dee6ef"><p><b>{a}</b></p></td><td><p>{b}</p></td></tr>' for a, b in FIELDS)
    return (
        '<p align="center"><font size="6"><b>Report on the storm no. 1 – Plougastell</b></font></p>'
        f'<table width="100%" cellpadding="4">{rows}</table>'
    )


def _word() -> str:
    rows = "".join(
        f'<tr><td><p class="MsoNormal"><b>{a}</b></p></td><td><p class="MsoNormal">{b}</p></td></tr>' for a, b in FIELDS
    )
    title = '<p class="MsoNormal"><b><span style="font-size:20pt">Situation report no. 1 – storm</span></b></p>'
    return f"{title}<table>{rows}</table>"


@pytest.mark.parametrize("head", [_writer, _word], ids=["writer-export", "word-export"])
def test_the_details_under_a_bold_title_are_particulars(head) -> None:
    body = "".join(f"<h1>{h}</h1><ul>{''.join(f'<li>{p}</li>' for p in pts)}</ul>" for h, pts in SECTIONS.items())
    html = f"<html><head><title>report</title></head><body>{head()}{body}</body></html>"
    report = parse_bytes(html.encode(), "report.html")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert report.date is not None and report.date.month == 2 and report.date.day == 10
