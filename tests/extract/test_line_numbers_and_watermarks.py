"""A draft printed with its lines numbered in the margin and a word stamped slanted across the page: the line numbers
are no part of the text and the watermark's letters fall in no line, however pdfium orders them.

Generated with reportlab in several layouts: the count restarting on each page or
running on, the watermark drawn under the text or over it.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": [
        "1,639 properties were affected across the three districts.",
        "The recovery group took over from the strategic group on 29 January.",
    ],
    "Infrastructure": [
        "5 bridges remain closed pending structural inspection.",
        "The humanitarian assistance centre at the library will close on 13 February.",
        "The water company has completed repairs to the pumping station at Low Ferry.",
    ],
    "Communications": ["A recovery newsletter was delivered to 7,108 homes."],
}


def _watermark(c: canvas.Canvas, word: str) -> None:
    c.saveState()
    c.setFillGray(0.85)
    c.setFont("Helvetica-Bold", 110)
    c.translate(150, 250)
    c.rotate(45)
    c.drawString(0, 0, word)
    c.restoreState()


def _pdf(step: int, restart: bool, watermark: str | None, under: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    lines = [("title", "Recovery Update 3")]
    for heading, items in SECTIONS.items():
        lines.append(("heading", heading))
        lines += [("item", f"\u2022  {t}") for t in items]
    number, per_page = 0, 5  # two pages, so the count may restart
    for page in range(0, len(lines), per_page):
        if watermark and under:
            _watermark(c, watermark)
        y = 760
        if restart:
            number = 0
        for kind, text in lines[page : page + per_page]:
            number += 1
            size = {"title": 16, "heading": 13}.get(kind, 11)
            c.setFont("Helvetica-Bold" if kind != "item" else "Helvetica", size)
            c.drawString(72, y, text)
            if number % step == 0:
                c.setFont("Helvetica", 8)
                c.drawRightString(56, y, str(number))
            y -= 2.2 * size
        if watermark and not under:
            _watermark(c, watermark)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("step", "restart"), [(1, True), (1, False)])
@pytest.mark.parametrize(("watermark", "under"), [(None, True), ("DRAFT", True), ("DRAFT", False)])
def test_line_numbers_and_a_watermark_are_no_text(step: int, restart: bool, watermark: str | None, under: bool) -> None:
    report = parse_bytes(_pdf(step, restart, watermark, under), "draft.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == "Recovery Update 3"
    assert any("line number" in w for w in report.warnings)


def test_a_column_of_figures_in_a_table_is_no_line_numbering() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 760, "Shelters")
    c.setFont("Helvetica", 11)
    for n, (name, people) in enumerate([("Town hall", 41), ("School", 17), ("Library", 9), ("Church", 6)]):
        c.drawString(72, 730 - 18 * n, f"{name} has {people} people staying overnight.")
    c.save()
    report = parse_bytes(buf.getvalue(), "shelters.pdf")[0]
    assert not any("line number" in w for w in report.warnings)


def _short_last_page(restart: bool) -> bytes:
    """A draft numbered line by line whose last page holds a short section and the version table."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    number = 0
    points = {h: [("heading", h)] + [("item", f"\u2022  {t}") for t in items] for h, items in SECTIONS.items()}
    pages = [
        [("title", "Recovery Update 3"), *points["Summary"], *points["Infrastructure"]],
        [*points["Communications"], ("heading", "Version control")],
    ]
    for lines in pages:
        y = 760
        number = 0 if restart else number
        for kind, text in lines:
            number += 1
            size = {"title": 16, "heading": 13}.get(kind, 11)
            c.setFont("Helvetica-Bold" if kind != "item" else "Helvetica", size)
            c.drawString(72, y, text)
            c.setFont("Helvetica", 8)
            c.drawRightString(56, y, str(number))
            y -= 2.2 * size
        if len(lines) < 5:  # the version table under the last section, its rows unnumbered
            c.setFont("Helvetica", 10)
            for row in (
                ("Version", "Date", "Author"),
                ("0.1", "08/02/2025", "S. Achebe"),
                ("0.2", "09/02/2025", "S. Achebe"),
            ):
                for x, cell in zip((76, 140, 220), row, strict=True):
                    c.drawString(x, y, cell)
                y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("restart", [True, False])
def test_a_last_page_of_few_numbered_lines_is_numbered_in_the_same_column(restart: bool) -> None:
    # its few line numbers are no figures, and make no table of the points beside them
    report = parse_bytes(_short_last_page(restart), "draft.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == SECTIONS
