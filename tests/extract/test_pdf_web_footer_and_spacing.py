"""A web page printed to PDF: the site footer from the share buttons to the copyright line is left out,
over one page or two; text whose glyph boxes are smaller than its stated font size (a scaled text
matrix, wide letter spacing) still reads as whole lines."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, HEIGHT, Sheet

from sitroom.read import parse_bytes

ARTICLE = {
    "Situation": ["River levels fell across the county this week after the heavy rain of last weekend."],
    "Response": ["Crews cleared debris from fourteen roads and reopened the main road on Wednesday."],
}
INTRO = "The county council publishes this update every week while the flood warnings last."
FOOTER = ["Quick links", "Dashboard", "Videos", "Sitemap", "Stay connected", "Sign up to our mailing list", "Name"]
FOOTER += ["Email address", "Send"]


def _post(label: str, split: bool, copyright_line: bool, disclaimer_alone: bool = False) -> bytes:
    s = Sheet(size=10)
    s.heading("Flood update", size=16)
    s.para([INTRO])
    for heading, lines in ARTICLE.items():
        s.heading(heading)
        s.para(lines)
    s.gap(2)
    s.line(label, font=BOLD, size=14)
    for n, t in enumerate(FOOTER):
        if split and n == 4:
            s.new_page()
            s.y = HEIGHT - 60
        s.line(t, size=9)
    if copyright_line:
        s.line("© County Council 2026. All rights reserved | Terms & conditions", size=9)
        s.line("Disclaimer: the council does not give medical advice to the public; for medical advice", size=9)
        if disclaimer_alone:  # the page break leaves the disclaimer's last line alone on the last page
            s.new_page()
            s.y = HEIGHT - 60
        s.line("please consult your doctor or your local pharmacy.", size=9)
    return s.pdf()


@pytest.mark.parametrize(("label", "split"), [("Share", False), ("SHARE", True), ("Share this post", True)])
def test_the_site_footer_from_the_share_buttons_is_left_out(label: str, split: bool) -> None:
    report = parse_bytes(_post(label, split, True), "post.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == {None: [INTRO], **ARTICLE}
    assert any("site footer" in w for w in report.warnings)


@pytest.mark.parametrize(("label", "split"), [("Share", False), ("SHARE", True)])
def test_the_footer_lines_run_onto_a_last_page_of_their_own_are_left_out(label: str, split: bool) -> None:
    report = parse_bytes(_post(label, split, True, disclaimer_alone=True), "post.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == {None: [INTRO], **ARTICLE}


def test_without_a_copyright_line_nothing_is_taken_for_the_footer() -> None:
    report = parse_bytes(_post("Share", False, False), "post.pdf")[0]
    text = " ".join([*(s.heading or "" for s in report.sections), *(i.text for i in report.items())])
    assert "Dashboard" in text
    assert not any("site footer" in w for w in report.warnings)


def _scaled(scale: float, tracking: float) -> bytes:
    s = Sheet(size=10)
    s.heading("Outbreak update", size=16)

    def line(words: str, y: float) -> None:
        # the font says 16 pt, the text matrix draws it smaller: glyph boxes are short for the size
        s.c.saveState()
        s.c.scale(scale, scale)
        x = s.left
        for w in words.split():
            s.c.setFont("Helvetica", 16)
            s.c.drawString(x / scale, y / scale, w)
            x += s.c.stringWidth(w, "Helvetica", 16) * scale + tracking
        s.c.restoreState()

    line("a common scenario ensures new measures arose as rain fell in the north district today and", s.y)
    line("the second line of the paragraph follows here with more words.", s.y - 16 * scale * 1.4)
    return s.pdf()


@pytest.mark.parametrize(("scale", "tracking"), [(0.6, 5.0), (0.65, 4.0), (0.55, 6.0)])
def test_lines_of_scaled_text_stay_whole(scale: float, tracking: float) -> None:
    report = parse_bytes(_scaled(scale, tracking), "update.pdf")[0]
    assert [i.text for i in report.items()] == [
        "a common scenario ensures new measures arose as rain fell in the north district today and "
        "the second line of the paragraph follows here with more words."
    ]
