"""A cover page's date line under the title, with a photograph right below it: the report's date, not the
picture's caption."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from PIL import Image
from reportlab.lib.utils import ImageReader

from sitroom.read import parse_bytes


def _cover(date_line: str, title_size: float) -> bytes:
    s = Sheet(size=12)
    s.line("EBOLA OUTBREAK RESPONSE", font=BOLD, size=title_size)
    s.gap(6)
    s.line("Situation Report 44", font=BOLD, size=18)
    s.line(date_line, font=BOLD, size=14)
    photo = io.BytesIO()
    Image.new("RGB", (60, 40), (40, 90, 60)).save(photo, "PNG")
    top = s.y + 8  # the photograph starts right under the date line
    s.c.drawImage(ImageReader(photo), 56, top - 220, width=480, height=220)
    s.y = top - 240
    s.heading("Key Highlights")
    s.bullet(["No newly confirmed cases, deaths or recoveries in the past 24 hours."])
    s.bullet(["Contact summaries as of 02nd November 2022 at 22:00 HRS are in the annex."])
    s.heading("Coordination", font=REGULAR)
    s.para(["District task forces met daily and the national task force three times a week."])
    return s.pdf()


@pytest.mark.parametrize(
    ("date_line", "title_size"),
    [
        ("Data update as of 05th November 2022 at 22:00 HRS", 30),
        ("Situation as of 5 November 2022", 24),
        ("As at November 5, 2022, 10 am", 36),
    ],
)
def test_the_date_line_under_the_title_dates_the_report_and_is_not_a_caption(date_line, title_size):
    report = parse_bytes(_cover(date_line, title_size), "sitrep (3).pdf")[0]
    assert report.date == date(2022, 11, 5)
    assert report.number == 44
    # the date line is the masthead's, not part of the publication's title
    assert "2022" not in (report.title or "")
    assert "Situation Report 44" in (report.title or "")
