"""Dates in Kurmanji ("4ê Tebaxê 2026", the "ê" after the day and the month), Corsican ("8 di lugliu 2026") and
Occitan, as the Val d'Aran writes it ("19 de junh de 2026", "21 de junhsèga de 2026") and as the standard does ("3 de
julhet de 2026"), date the report: in its title, in a line under it, in a labelled field. A sentence leading into the
report ("Here's an update you can share with residents:") over its title is no title."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.parse.metadata import find_date
from sitroom.read import parse_bytes

LINES = [
    ("Rapora Rewşê: Krîza Avê Hejmar 1 – 4ê Tebaxê 2026", date(2026, 8, 4)),
    ("Aghjurnatu u 8 di lugliu 2026 à 20 ore", date(2026, 7, 8)),
    ("Data: 19 de junh de 2026, 20.00 h", date(2026, 6, 19)),
    ("Data: 21 de junhsèga de 2026", date(2026, 7, 21)),
    ("Mes a jorn lo 3 de julhet de 2026", date(2026, 7, 3)),
]


@pytest.mark.parametrize(("line", "day"), LINES)
def test_the_line_dates_the_report(line: str, day: date) -> None:
    assert find_date(line) == day
    md = f"# Informe de situacion n. 2\n\n{line}\n\n## Resum\n\n- 509 vesins an estat evacuadi.\n"
    assert parse_bytes(md.encode(), "informe.md")[0].date == day


def _pasted(lead: str) -> bytes:
    d = docx.Document()
    d.add_paragraph(lead)
    d.add_heading("Storm Update No. 1 – Glenmarkie Community Council", 2)
    d.add_paragraph("Date: Tuesday 17 November 2026")
    d.add_heading("Summary", 3)
    d.add_paragraph("73 homes in the area are still without power.", style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "lead", ["Here's a clear, friendly update you can share with residents:", "Hier ist das Update für die Bewohner:"]
)
def test_a_sentence_leading_into_the_report_is_no_title(lead: str) -> None:
    report = parse_bytes(_pasted(lead), "update.docx")[0]
    assert report.title == "Storm Update No. 1 – Glenmarkie Community Council"
    assert report.date == date(2026, 11, 17)
