"""Dates in Romansh ("13 da fanadur 2026", under "Stadi:") and Tetum ("9 Marsu 2026") date the report, in a report's
date line and in a document's text."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.parse.metadata import find_date, is_date_line
from sitroom.read import parse_bytes


@pytest.mark.parametrize(
    ("line", "day"),
    [("Stadi: 13 da fanadur 2026, 18.00", date(2026, 7, 13)), ("9 da zercladur 2026", date(2026, 6, 9)),
     ("data 9 Marsu 2026, oras 16:00", date(2026, 3, 9)), ("11 Outubru 2026", date(2026, 10, 11))],
)  # fmt: skip
def test_the_date_line_dates_the_report(line: str, day: date) -> None:
    assert is_date_line(line) and find_date(line) == day
    md = f"# Rapport nr. 2\n\n{line}\n\n## Resumaziun\n\n- 237 persunas èn evacuadas.\n\n## Custs\n\n- CHF 843'000.\n"
    assert parse_bytes(md.encode(), "r.md")[0].date == day
