"""A web page printed to PDF whose list discs are drawn as small circles and whose side column holds
excerpts of other posts closed by "Read more" links; a summary table whose row labels wrap over several
lines and whose header row stands tall above a ruling line; figure and table captions in Spanish."""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, HEIGHT, Sheet

from sitroom.read import parse_bytes

CASES = {
    "Northern District": [
        "A 41-year-old woman who returned from a conference abroad",
        "A 63-year-old man with no history of travel",
        "A 29-year-old man who travelled by ferry last week",
    ],
    "Coastal District": [
        "A 55-year-old woman who works at the regional airport",
        "A 12-year-old boy in contact with a confirmed case",
    ],
}
TEASER = ["Weekly", "update", "May 4, 2026", "The council", "has opened", "two more test", "centres in", "Read more »"]


def _web_post(teasers: int, columns: int) -> bytes:
    s = Sheet(size=10)
    s.heading("Outbreak update", size=18)
    s.para(["The health service confirms five new cases of the infection", "today, all in isolation at home."])
    s.right = 360
    top = s.y
    for heading, lines in CASES.items():
        s.heading(heading, size=10)
        for t in lines:
            s.c.circle(s.left + 8, s.y + 3, 1.9, stroke=0, fill=1)
            s.line(t, s.left + 16)
    s.text(420, top, "RECENT POSTS", BOLD, 11)
    y = top - 20
    for n in range(teasers):
        for c in range(columns):
            for k, t in enumerate(TEASER):
                s.text(420 + 70 * c, y - 13 * k, t if k != 2 else t.replace("4", str(4 - n)), size=8)
        y -= 13 * len(TEASER) + 10
    return s.pdf()


@pytest.mark.parametrize(("teasers", "columns"), [(1, 1), (2, 1), (1, 2)])
def test_a_column_of_post_teasers_is_left_out_and_drawn_discs_are_bullets(teasers: int, columns: int) -> None:
    report = parse_bytes(_web_post(teasers, columns), "post.pdf")[0]
    by_heading = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert by_heading == CASES
    everything = " ".join(i.text for i in report.items())
    for word in ("RECENT POSTS", "Read more", "has opened", "centres in"):
        assert word not in everything
    assert any("sidebar of links" in w for w in report.warnings)


def test_a_narrow_column_without_read_more_links_is_not_taken_for_teasers() -> None:
    s = Sheet(size=10)
    s.heading("Outbreak update", size=18)
    s.right = 360
    top = s.y
    s.heading("Situation", size=10)
    s.para(["The health service confirms five new cases of the infection today, all in isolation at home."])
    for k, t in enumerate(["Cases", "today: 5", "Total", "cases: 212", "Deaths: 3"]):
        s.text(420, top - 13 * k, t, size=8)
    report = parse_bytes(s.pdf(), "post.pdf")[0]
    assert not any("sidebar of links" in w for w in report.warnings)


def _summary(label_lines: int, header_gap: float) -> bytes:
    s = Sheet(size=10)
    s.heading("Daily situation update 12", size=15)
    cols = [56, 190, 260, 330, 400]
    s.rule(s.y + 12)
    for k, name in enumerate(["North", "South", "East", "West"]):
        s.text(cols[k + 1], s.y - 4, name, BOLD, 10)
    s.y -= header_gap
    s.rule(s.y + 14)
    labels = [["Cases (rate)"], ["New cases", "since the last", "update, 09:00"][:label_lines], ["Deaths (CFR)"]]
    figures = [
        ["1.204(5,1)", "310(2,2)", "88(0,9)", "42(1,0)"],
        ["51", "12", "0", "7"],
        ["17(1,4)", "3(1,0)", "0", "1(2,4)"],
    ]
    for label, row in zip(labels, figures, strict=True):
        mid = s.y - 6 * (len(label) - 1)
        for n, t in enumerate(label):
            s.text(cols[0], s.y - 12 * n, t, BOLD, 10)
        for c, v in enumerate(row):
            s.text(cols[c + 1], mid, v, size=8)
        s.y -= 12 * len(label) + 14
        s.rule(s.y + 12)
    s.heading("1. Background")
    s.para(["The outbreak was first reported six weeks ago in the northern district of the region."])
    s.heading("Figura 2. Casos por semana", size=10)
    s.para(["Tabla 1. Casos por distrito"])
    return s.pdf()


@pytest.mark.parametrize(("label_lines", "header_gap"), [(2, 20), (3, 20), (3, 34)])
def test_a_summary_table_with_wrapped_row_labels_is_a_table(label_lines: int, header_gap: float) -> None:
    report = parse_bytes(_summary(label_lines, header_gap), "update-12.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items or s.heading] == [
        ("1. Background", ["The outbreak was first reported six weeks ago in the northern district of the region."])
    ]
    assert any(t.rows >= 3 for t in report.tables)
    assert HEIGHT > 0


def _report_page(date: str, lang: str) -> bytes:
    words = {"es": ("Figura", "Enero"), "fr": ("Graphique", "Janvier"), "de": ("Abbildung", "Januar")}[lang]
    s = Sheet(size=11)
    s.heading("Update no. 12. Outbreak of a respiratory infection", size=14)
    s.text(480, s.y - 16, date, BOLD, 11)
    s.y -= 36
    s.heading("SUMMARY OF CONFIRMED CASES", size=11)
    s.gap(2.5)
    cols = [56, 190, 260, 330, 400]
    for k, name in enumerate(["North", "South", "East", "West"]):
        s.text(cols[k + 1], s.y, name, BOLD, 10)
    s.y -= 16
    for label, row in [("Cases", ["1204", "310", "88", "42"]), ("Deaths", ["17", "3", "0", "1"])]:
        s.text(cols[0], s.y, label, BOLD, 10)
        for c, v in enumerate(row):
            s.text(cols[c + 1], s.y, v, size=8)
        s.y -= 14
    s.line("CR: cases per 100 000 inhabitants in the district", size=9)
    s.heading("1. Background")
    s.para(["The outbreak was first reported six weeks ago in the northern district of the region."])
    s.line(f"{words[0]} 1. Cases by week of onset", size=10)
    for t in ["400", "300", "200", "100", "0", words[1], "North", "South"]:
        s.line(t, size=8)
    s.gap(1)
    s.para(["Cases rose in every district during the second week and fell in the third."])
    s.rule(110, 56, 200)
    s.text(56, 96, "1 This report is published every weekday at noon.", size=9)
    s.text(56, 84, "2 Sources: the regional health services and the national laboratory network.", size=9)
    return s.pdf()


@pytest.mark.parametrize(("date", "lang"), [("28.02.2020", "es"), ("3/12/2026", "fr"), ("2026-12-03", "de")])
def test_a_report_with_a_dated_masthead_legend_figure_and_numbered_footnotes(date: str, lang: str) -> None:
    report = parse_bytes(_report_page(date, lang), "update.pdf")[0]
    assert report.title == "Update no. 12. Outbreak of a respiratory infection"
    assert report.date is not None
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == [
        (
            "1. Background",
            [
                "The outbreak was first reported six weeks ago in the northern district of the region.",
                "Cases rose in every district during the second week and fell in the third.",
            ],
        )
    ]
    assert any(t.rows >= 2 for t in report.tables)
