"""What prints around a report's content in a PDF is furniture, dropped and counted: a web page printed
from a browser (print date and time, page title, address, "1/3" counter, site menu, cookie banner,
sidebar of links, site footer), and a letterhead (organisation name beside an address block, phone,
e-mail, web and social lines, a reference code, "Page 1 of 3" or "1 | P a g e"); a summary table of
figures on page 1 is a table, not items."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, HEIGHT, WIDTH, Sheet

from sitroom.read import parse_bytes

SECTIONS = {
    "Situation": [
        "River levels fell across the county this week after the heavy rain of last weekend.",
        "All flood warnings were lifted on Tuesday evening by the national agency.",
    ],
    "Response": [
        "Crews cleared debris from fourteen roads and reopened the main road on Wednesday.",
        "Rest centres closed after the last families returned to their homes.",
    ],
    "Recovery": [
        "Grants for flooded homes open on Monday through the council's website.",
        "Insurance advice sessions run in the town hall every afternoon this week.",
    ],
}
SIDEBAR = ["Related", "Flood warnings map", "Sandbag locations", "Report a flood", "Latest news", "Road closures"]
MENU = ["Home", "News", "Services", "About us", "Contact"]
FOOTER = ["Contact us", "Privacy policy", "Accessibility", "© 2026 County Council"]
COOKIE = "We use cookies to improve your experience on our website. Accept all cookies"


def _wrapped(text: str, words: int = 9) -> list[str]:
    """A sentence as a narrow column prints it."""
    w = text.split()
    return [" ".join(w[i : i + words]) for i in range(0, len(w), words)]


def _web_page(pages: int, sidebar: bool, stamp: str) -> bytes:
    s = Sheet(size=9.5)

    def chrome(sh: Sheet, n: int) -> None:
        sh.text(30, HEIGHT - 20, stamp, size=8)
        sh.text(WIDTH / 2 - 60, HEIGHT - 20, "Flood update | County Council", size=8)
        sh.text(30, 20, "https://www.county.example.gov/news/flood-update", size=8)
        sh.text(WIDTH - 50, 20, f"{n}/{pages}", size=8)

    s.every_page(chrome)
    s.y = HEIGHT - 50
    x = 40.0
    for entry in MENU:
        x = s.text(x, s.y, entry, size=9) + 25
    s.y -= 28
    s.line(COOKIE, size=8)
    s.gap(1.5)
    s.heading("Flood update", size=16)
    if sidebar:
        s.right = 380
        y = s.y
        for n, t in enumerate(SIDEBAR):
            s.text(420, y - 14 * n, t, BOLD if t in ("Related", "Latest news") else "Helvetica", 9)
    for n, (heading, lines) in enumerate(SECTIONS.items()):
        if pages > 1 and n == 2:
            s.new_page()
            s.y = HEIGHT - 60
        s.heading(heading)
        for t in lines:
            s.bullet(_wrapped(t))
    s.gap(3)
    for t in FOOTER:
        s.line(t, size=8)
    return s.pdf()


@pytest.mark.parametrize(
    ("pages", "sidebar", "stamp"),
    [(2, True, "03/12/2026, 10:15"), (1, True, "12/3/26, 9:05 AM"), (3, False, "2026-12-03 10:15")],
)
def test_a_printed_web_page_gives_only_its_content(pages: int, sidebar: bool, stamp: str) -> None:
    report = parse_bytes(_web_page(pages, sidebar, stamp), "flood.pdf")[0]
    by_heading = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    for heading, lines in SECTIONS.items():
        assert by_heading.get(heading) == lines, (heading, report.sections)
    everything = " ".join([*(i.text for i in report.items()), *(s.heading or "" for s in report.sections)])
    for furniture in [*SIDEBAR, *MENU[:4], *FOOTER, "cookies", stamp, "https://"]:
        assert furniture not in everything, furniture
    warnings = " ".join(report.warnings)
    for counted in ("print date and time", "site navigation", "cookie notice", "site footer"):
        assert counted in warnings, (counted, warnings)
    assert ("sidebar of links" in warnings) == sidebar


def test_a_column_of_sentences_beside_the_text_is_kept() -> None:
    s = Sheet(size=9.5)
    s.heading("Flood update", size=16)
    s.right = 380
    y = s.y
    box = ["Sandbags are free", "at the depot on", "Mill Lane until", "Friday evening."]
    for n, t in enumerate(box):
        s.text(420, y - 14 * n, t, "Helvetica", 9)
    for heading, lines in SECTIONS.items():
        s.heading(heading)
        for t in lines:
            s.bullet(_wrapped(t))
    report = parse_bytes(s.pdf(), "flood.pdf")[0]
    assert not any("sidebar of links" in w for w in report.warnings)


def _letterhead(layout: str, footer: str) -> bytes:
    s = Sheet(size=10)
    s.every_page(lambda sh, n: sh.text(WIDTH / 2 - 25, 25, footer.format(n=n), size=8))
    address = ["12 High Street", "Northtown NT1 2AB", "Tel: 01234 567 890", "info@northshire.example.org"]
    address += ["www.northshire.example.org", "@NorthshirePH"]
    if layout == "address right":
        s.text(56, HEIGHT - 50, "Northshire Public Health Service", BOLD, 14)
        for n, t in enumerate(address):
            s.text(400, HEIGHT - 45 - 11 * n, t, size=8)
        s.text(56, HEIGHT - 70, "Ref: NPHS/SR/2026/048", size=8)
    else:  # the organisation's name over its address, on the left
        s.text(56, HEIGHT - 45, "Northshire Public Health Service", BOLD, 12)
        for n, t in enumerate(address):
            s.text(56, HEIGHT - 60 - 10 * n, t, size=8)
        s.text(430, HEIGHT - 45, "Our ref. NPHS-SR-2026-048", size=8)
    s.y = HEIGHT - 150
    s.heading("Situation Report 48 – 3 December 2026", size=15)
    grid = [["Indicator", "This week", "Last week", "Change"], ["Cases", "1,204", "1,310", "-8%"]]
    grid += [["Admissions", "88", "97", "-9%"], ["Deaths", "5", "7", "-29%"]]
    s.table([56, 200, 300, 400], [[[c] for c in row] for row in grid])
    s.heading("Key points")
    s.bullet(["Cases fell for the third week running in all districts of the county."])
    s.bullet(["Hospital admissions are at their lowest level since September."])
    s.new_page()
    s.y = HEIGHT - 60
    s.heading("Next steps")
    s.bullet(["Clinics continue through December with extra evening sessions."])
    return s.pdf()


@pytest.mark.parametrize(
    ("layout", "footer"),
    [("address right", "Page {n} of 2"), ("address left", "{n} | P a g e"), ("address right", "- {n} -")],
)
def test_a_letterhead_is_left_out_and_the_summary_grid_is_a_table(layout: str, footer: str) -> None:
    report = parse_bytes(_letterhead(layout, footer), "sitrep-48.pdf")[0]
    assert report.title == "Situation Report 48 – 3 December 2026"
    assert report.number == 48
    assert str(report.date) == "2026-12-03"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        (
            "Key points",
            [
                "Cases fell for the third week running in all districts of the county.",
                "Hospital admissions are at their lowest level since September.",
            ],
        ),
        ("Next steps", ["Clinics continue through December with extra evening sessions."]),
    ]
    assert any(t.rows >= 3 for t in report.tables)
    warnings = " ".join(report.warnings)
    assert "contact details" in warnings
    assert "letterhead" in warnings or "document reference" in warnings
    assert "page number" in warnings or "running header or footer" in warnings


def _logo_page(beside: list[tuple[str, str, float]], title: str | None) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    s = Sheet()
    s.c.drawImage(ImageReader(Image.new("RGB", (120, 80), (20, 90, 160))), 56, HEIGHT - 110, width=90, height=60)
    for n, (text, font, size) in enumerate(beside):
        s.text(160, HEIGHT - 70 - 16 * n, text, font, size)
    s.y = HEIGHT - 160
    if title:
        s.heading(title, size=18)
    s.heading("Key points")
    s.bullet(["Cases fell for the third week running in all districts of the county."])
    s.bullet(["Hospital admissions are at their lowest level since September."])
    return s.pdf()


@pytest.mark.parametrize(
    "beside",
    [
        [("Northshire Public Health Service", BOLD, 13), ("Health Protection Team", "Helvetica", 10)],
        [("NORTHSHIRE COUNTY COUNCIL", BOLD, 11)],
    ],
)
def test_the_organisation_beside_its_logo_is_letterhead(beside: list[tuple[str, str, float]]) -> None:
    report = parse_bytes(_logo_page(beside, "Situation Report 48 – 3 December 2026"), "sitrep.pdf")[0]
    assert report.title == "Situation Report 48 – 3 December 2026"
    assert [s.heading for s in report.sections] == ["Key points"]
    assert f"{len(beside)} line{'s' if len(beside) > 1 else ''} left out as letterhead" in report.warnings


def test_a_title_beside_the_logo_stays_the_title() -> None:
    report = parse_bytes(_logo_page([("Weekly Situation Report 12", BOLD, 18)], None), "sitrep.pdf")[0]
    assert report.title == "Weekly Situation Report 12"
    assert not any("letterhead" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("header", "title_size", "body"),
    [("Sheet1", 17, 13.5), ("Part 1", 15, 12), ("Tab 2", 16, 12.5)],
    ids=["sheet-name", "part", "tab"],
)
def test_a_header_over_a_bold_title_a_few_points_larger_is_left_out(header: str, title_size: float, body: float):
    # a sheet or a one-page report prints its header once: it never repeats, yet it names the page, not the report;
    # a title bold and a few points larger than the body is a title, though less than a third larger
    s = Sheet(size=body)
    s.text(WIDTH / 2 - 20, HEIGHT - 50, header, size=body)
    s.y = HEIGHT - 80
    s.heading("Northshire Drainage Board", size=title_size)
    s.line("Drought report No 3 – 17 June 2026", font=BOLD, size=body + 1)
    for heading, lines in SECTIONS.items():
        s.heading(heading, size=body)
        for t in lines:
            s.bullet(_wrapped(t))
    report = parse_bytes(s.pdf(), "drought.pdf")[0]
    everything = [i.text for i in report.items()] + [s.heading for s in report.sections if s.heading]
    assert header not in everything, report.sections
    assert report.title in ("Northshire Drainage Board", "Drought report No 3 – 17 June 2026")
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert "1 line left out as letterhead" in report.warnings
