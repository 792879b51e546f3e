"""A newsletter-style bulletin: the masthead in a shaded band across the top of page 1, two columns, a
picture with its caption inside the left column, and the publisher's address in the page foot."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pdf_sheets import BOLD, HEIGHT, REGULAR, WIDTH, Sheet
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

from sitroom.read import parse_bytes

LEFT, RIGHT, COL = 50, 318, 228
BODY = 9.5
CAPTION = "Volunteers filling sandbags at the depot on Monday. Photo: press office"
TITLES = {"band": "Eastbury Flood Recovery Bulletin", "band-split": "Flood Recovery Bulletin"}
ADDRESS = "Civic Centre, High Street, Eastbury EB1 4XY · 01632 960 123 · emergency@example.org"

LEFT_TEXT = [
    ("Latest position", ["River levels are falling at all six gauges on the Wey.", "Two rest centres remain open."]),
    ("Pressures", ["Staff fatigue after ten days of shifts.", "Pumps are short at the Mill Lane site."]),
]
RIGHT_TEXT = [
    ("Recovery", ["Clean-up crews started work in Riverside ward."]),
    ("Communications", ["Leaflets on grants went to every flooded home."]),
]


def _column(s: Sheet, x: float, y: float, sections: list[tuple[str, list[str]]]) -> float:
    for heading, items in sections:
        s.text(x, y, heading, BOLD, 13)
        y -= 20
        for item in items:
            s.text(x + 2, y, "•", REGULAR, BODY)
            s.text(x + 12, y, item, REGULAR, BODY)
            y -= 13
        y -= 8
    return y


def _picture(s: Sheet, kind: str, x: float, top: float, width: float, height: float) -> None:
    if kind == "drawn":  # a drawn stand-in: sky with the ground over it
        s.c.setFillColor(colors.HexColor("#9FC5E8"))
        s.c.rect(x, top - height, width, height, stroke=0, fill=1)
        s.c.setFillColor(colors.HexColor("#6AA84F"))
        s.c.rect(x, top - height, width, height * 0.4, stroke=0, fill=1)
        s.c.setFillColor(colors.black)
    else:
        photo = io.BytesIO()
        Image.new("RGB", (60, 40), (40, 90, 60)).save(photo, "PNG")
        s.c.drawImage(ImageReader(photo), x, top - height, width=width, height=height)


def _bulletin(masthead: str, picture: str, footer: bool, caption_beside: bool = False) -> bytes:
    s = Sheet(size=BODY)
    c = s.c
    if masthead == "band":
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.rect(0, HEIGHT - 95, WIDTH, 95, stroke=0, fill=1)
        c.setFillColor(colors.white)
        s.text(LEFT, HEIGHT - 28, "EASTBURY DISTRICT COUNCIL", REGULAR, 10)
        s.text(LEFT, HEIGHT - 58, TITLES[masthead], BOLD, 22)  # runs over the gutter between the columns
        s.text(LEFT, HEIGHT - 80, "Issue 4 · 14 March 2024", REGULAR, 10)
        c.setFillColor(colors.black)
        y = HEIGHT - 130
    elif masthead == "band-split":  # a paler band: the title at the left, the organisation and date at the right
        c.setFillColor(colors.HexColor("#DDEBF7"))
        c.rect(0, HEIGHT - 80, WIDTH, 80, stroke=0, fill=1)
        c.setFillColor(colors.black)
        s.text(LEFT, HEIGHT - 50, TITLES[masthead], BOLD, 16)
        c.setFont(BOLD, 11)
        c.drawRightString(WIDTH - LEFT, HEIGHT - 38, "Eastbury District Council")
        c.setFont(REGULAR, 10)
        c.drawRightString(WIDTH - LEFT, HEIGHT - 55, "Issue 4 – 14 March 2024")
        y = HEIGHT - 130
    else:  # a title set across both columns, then its date line
        s.text(LEFT, HEIGHT - 60, "Eastbury District Council – Flood Recovery Bulletin No. 4", BOLD, 20)
        s.text(LEFT, HEIGHT - 80, "14 March 2024", REGULAR, 10)
        y = HEIGHT - 120
    y = _column(s, LEFT, y, LEFT_TEXT[:1])
    pic_w = 130 if caption_beside else COL
    _picture(s, picture, LEFT, y, pic_w, 120)
    if caption_beside:
        for n, part in enumerate(["Volunteers filling", "sandbags at the depot", "on Monday."]):
            s.text(LEFT + pic_w + 8, y - 10 - n * 9, part, "Helvetica-Oblique", 7)
        y -= 135
    else:
        s.text(LEFT, y - 130, CAPTION, "Helvetica-Oblique", 7)
        y -= 150
    _column(s, LEFT, y, LEFT_TEXT[1:])
    _column(s, RIGHT, HEIGHT - (120 if masthead == "plain" else 130), RIGHT_TEXT)
    if footer:
        c.setFont(REGULAR, 7)
        c.drawString(LEFT, 30, ADDRESS)
    return s.pdf()


def _report(data: bytes):
    return parse_bytes(data, "bulletin.pdf")[0]


LAYOUTS = [
    pytest.param("band", "drawn", True, False, id="band-drawn-footer"),
    pytest.param("band", "image", True, True, id="band-image-caption-beside"),
    pytest.param("band", "image", False, False, id="band-image-no-footer"),
    pytest.param("band-split", "drawn", True, False, id="split-band-drawn-footer"),
    pytest.param("plain", "drawn", False, False, id="wide-title-drawn"),
    pytest.param("plain", "image", True, True, id="wide-title-image-footer"),
]


@pytest.mark.parametrize(("masthead", "picture", "footer", "beside"), LAYOUTS)
def test_bulletin_reads_sections_column_by_column_without_furniture(masthead, picture, footer, beside):
    report = _report(_bulletin(masthead, picture, footer, beside))
    headings = [s.heading for s in report.sections]
    # the left column, broken by its picture, is read to its end before the right one
    assert headings == ["Latest position", "Pressures", "Recovery", "Communications"]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [t for _, its in LEFT_TEXT + RIGHT_TEXT for t in its]
    assert report.date == date(2024, 3, 14)


@pytest.mark.parametrize(("band", "picture"), [("band", "drawn"), ("band", "image"), ("band-split", "image")])
def test_text_in_a_band_across_the_top_is_the_masthead(band, picture):
    report = _report(_bulletin(band, picture, footer=True))
    assert report.title == TITLES[band]
    assert all(
        s.heading and "Council" not in s.heading.title() and "Bulletin" not in s.heading for s in report.sections
    )
    assert report.date == date(2024, 3, 14)
    assert not any("Issue 4" in i.text for s in report.sections for i in s.items)


def test_a_band_low_on_the_page_is_not_a_masthead():
    """A shaded box in the body (a call-out) keeps its text: only a band across the top is the masthead."""
    s = Sheet(size=BODY)
    s.text(LEFT, HEIGHT - 60, "Flood Recovery Bulletin", BOLD, 22)
    y = _column(s, LEFT, HEIGHT - 100, LEFT_TEXT)
    s.c.setFillColor(colors.HexColor("#DDEBF7"))
    s.c.rect(LEFT - 5, y - 70, WIDTH - 2 * LEFT, 70, stroke=0, fill=1)
    s.c.setFillColor(colors.black)
    s.text(LEFT, y - 20, "Key message", BOLD, 13)
    s.text(LEFT + 12, y - 40, "Residents should keep away from flood water.", REGULAR, BODY)
    report = _report(s.pdf())
    assert "Key message" in [s.heading for s in report.sections]
    assert any("flood water" in i.text for s in report.sections for i in s.items)


def test_body_text_set_small_under_a_picture_that_is_not_its_caption_kept():
    """Only a short run of small lines right under the picture is its caption; the body under it stays."""
    report = _report(_bulletin("plain", "image", footer=False))
    items = [i.text for s in report.sections for i in s.items]
    assert CAPTION not in items
    assert "Staff fatigue after ten days of shifts." in items
