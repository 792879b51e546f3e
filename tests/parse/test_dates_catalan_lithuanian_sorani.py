"""A report dated in Catalan ("26 de gener de 2026", "3 d'abril de 2026", with the "d'" before a vowel), in
Lithuanian ("2026 m. spalio 13 d.": the year, the month in the genitive, the day) or in Sorani Kurdish ("١٦ی ئازار
٢٠٢٦": the day with its "ی", the month's Syriac name, Eastern Arabic digits) is dated that day, whether the date
stands in its masthead line or in a letter's date line beside its number. In plain text and Word."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.parse.metadata import find_date
from sitroom.read import parse_bytes

DATES = [
    ("26 de gener de 2026", date(2026, 1, 26)),
    ("Calella, 3 d'abril de 2026", date(2026, 4, 3)),
    ("14 de març de 2026", date(2026, 3, 14)),
    ("2026 m. spalio 13 d.", date(2026, 10, 13)),
    ("2026-10-13 Nr. (E)-4.15-4634", date(2026, 10, 13)),
    ("Šiauliai, 2026 m. lapkričio 2 d. Nr. S-118", date(2026, 11, 2)),
    ("بڵاوکراوەتەوە: ١٦ی ئازار ٢٠٢٦ · ژووری قەیرانی پارێزگا", date(2026, 3, 16)),
    ("3ی تشرینی یەکەم 2026", date(2026, 10, 3)),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_the_date_is_read(text: str, day: date) -> None:
    assert find_date(text) == day


def _text(title: str, dateline: str) -> tuple[bytes, str]:
    point = "- Hi ha 9 platges tancades al públic després que el temporal malmetés el mur del passeig marítim."
    return f"{title}\n{dateline}\n\nSITUACIÓ\n\n{point}\n".encode(), "r.txt"


def _word(title: str, dateline: str) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph(dateline)
    d.add_heading("Padėtis", 2)
    d.add_paragraph("Gaisras lokalizuotas.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


@pytest.mark.parametrize("make", [_text, _word])
@pytest.mark.parametrize(
    ("title", "dateline", "day"),
    [("Informe de situació núm. 3", "Calella, 26 de gener de 2026", date(2026, 1, 26)),
     ("Pranešimas Nr. 2", "Šiauliai, 2026 m. spalio 13 d.", date(2026, 10, 13))],
)  # fmt: skip
def test_the_report_is_dated_that_day(title: str, dateline: str, day: date, make) -> None:
    report = parse_bytes(*make(title, dateline))[0]
    assert report.date == day
    assert report.title == title


@pytest.mark.parametrize("text", ["Situation report 2 – 4 January 12:00", "Mise à jour du 4 janvier 12h00"])
def test_an_hour_after_a_day_and_month_is_no_year(text: str) -> None:
    # "12:00" after "4 January" is the hour: a year of two figures read from it would date the report 2012
    assert find_date(text) is None
    report = parse_bytes(f"<html><body><main><h1>{text}</h1><h2>Summary</h2><ul><li>9 schools are closed."
                         "</li></ul></main></body></html>".encode(), "r.html")[0]  # fmt: skip
    assert report.title == text
    assert report.date is None or report.date.year >= 2020
