"""A Polish situation report dates itself under its title ("stan na dzień 14 września 2024 r., godz.
06:00"), closes with who prepared and approved it ("Sporządził: dyżurny WCZK", "Zatwierdził: dyrektor …"),
and lists the actions taken under "Podjęte działania": the dating line and the sign-off are no items, the
date is read from the month's genitive, and the actions are actions.

Two layouts: a Word report (bold capitals headings, "1)" points) and the same as plain text.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

TITLE = "RAPORT SYTUACYJNY nr 3/2024"
DATED = "stan na dzień 14 września 2024 r., godz. 06:00"
SECTIONS = [
    ("I. SYTUACJA HYDROLOGICZNA", ["Przekroczone stany alarmowe na 12 wodowskazach w dorzeczu Odry."]),
    ("II. PODJĘTE DZIAŁANIA", ["Ewakuowano 1 250 mieszkańców z zagrożonych terenów.", "Uruchomiono 8 punktów."]),
]
CLOSE = ["Sporządził: dyżurny WCZK", "Zatwierdził: dyrektor Wydziału Bezpieczeństwa i Zarządzania Kryzysowego"]


def _word() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run(TITLE).bold = True
    d.add_paragraph(DATED)
    for heading, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for n, point in enumerate(points, 1):
            d.add_paragraph(f"{n}) {point}")
    for line in CLOSE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> str:
    lines = [TITLE, DATED, ""]
    for heading, points in SECTIONS:
        lines += [heading, "", *(f"{n}) {p}" for n, p in enumerate(points, 1)), ""]
    return "\n".join([*lines, *CLOSE, ""])


def _check(report: Report) -> None:
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[1].key == "actions"
    assert report.date == date(2024, 9, 14)
    assert report.number == 3  # "nr 3/2024": the third of the year


@pytest.mark.parametrize("layout", ["docx", "txt"])
def test_a_polish_report_s_dating_line_and_sign_off_are_no_items(layout: str) -> None:
    if layout == "docx":
        _check(parse_bytes(_word(), "raport-3.docx")[0])
    else:
        _check(parse_text(_text(), "raport-3.txt"))
