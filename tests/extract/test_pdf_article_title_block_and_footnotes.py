"""A report typeset as an article: the title block centred under the title (authors side by side with their
affiliation marks, an initial that looks like a list number, the date) is masthead, not a heading or items;
the footnotes set small under a short rule at the page's foot, each opening with a raised mark, are left out
and counted; and a paragraph told from the one before only by its first line's indent (no space between
paragraphs) is a paragraph of its own. Drawn in two layouts: LaTeX's article class (Times, numbered
sections, 1.5 em indents, the notes' marks raised well over their line) and a Word report (Helvetica, bold
sections, half-inch indents, the marks raised a little)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from pdf_sheets import HEIGHT, WIDTH, Sheet

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind, Report
from sitroom.read import parse_bytes


@dataclass(frozen=True)
class Style:
    """One publisher's typesetting."""

    regular: str
    bold: str
    size: float
    left: float
    right: float
    indent: float  # the first-line indent of a paragraph after the first
    numbered: bool  # sections numbered "1  Summary"
    mark_raise: float  # how far a note's mark is raised over the note's baseline
    note_lead: float  # the notes' line spacing
    title: tuple[str, ...]
    authors: tuple[str, ...]  # side by side on one line, each with a raised "*"
    dated: str


LATEX = Style(
    "Times-Roman", "Times-Bold", 11, 90, 505, 15, True, 7, 15,
    ("Flood situation in the northern", "districts: report No 4"), ("A. Banda", "K. Phiri"), "12 March 2025",
)  # fmt: skip
WORD = Style(
    "Helvetica", "Helvetica-Bold", 10.5, 72, 523, 36, False, 3, 12, ("Cyclone Response Situation Report 3",),
    ("C. Mwale",), "12 March 2025",
)  # fmt: skip

SITUATION = [
    # one line, ending its sentence just short of the right margin: only the next line's indent ends it
    ["The river crested at 4.2 metres on the Monday evening, its highest level since the 2019 floods."],
    [
        "River levels at the three gauges rose again overnight and the embankment near the",
        "mill was breached in two places.",
    ],
    ["Some 2 400 people moved to the school shelters before midnight."],
    [
        "Roads to the upland villages are cut and the ferry stays closed until the river slows,",
        "which the water board expects by Friday.",
    ],
]
NOTES = [
    "District emergency office, planning unit.",
    "Gauge readings from the water board's telemetry.",
    "Figures from the shelter registers at 06:00.",
]


def _justified(s: Sheet, style: Style, x0: float, text: str, last: bool) -> None:
    """One line of a justified paragraph: words spread to the right margin, the last line left as it is."""
    line = s.c.beginText(x0, s.y)
    line.setFont(style.regular, style.size)
    spaces = text.count(" ")
    if not last and spaces:
        spare = style.right - x0 - s.c.stringWidth(text, style.regular, style.size)
        assert spare >= 0, text
        line.setWordSpace(spare / spaces)
    line.textOut(text)
    s.c.drawText(line)
    s.y -= style.size * 1.24


def _centred(s: Sheet, text: str, font: str, size: float, after: float) -> float:
    x = (WIDTH - s.c.stringWidth(text, font, size)) / 2
    s.text(x, s.y, text, font, size)
    s.y -= after
    return x


def _heading(s: Sheet, style: Style, n: int, text: str) -> None:
    s.y -= 10
    if style.numbered:
        s.text(style.left, s.y, str(n), style.bold, 14)
        s.text(style.left + 22, s.y, text, style.bold, 14)
    else:
        s.text(style.left, s.y, text, style.bold, 12)
    s.y -= 20


def _draw(style: Style) -> bytes:
    s = Sheet(size=style.size, left=style.left, right=style.right)
    s.y = HEIGHT - 90
    _centred(s, "NORTHERN REGION EMERGENCY OFFICE", style.regular, 12, 34)
    for line in style.title:
        _centred(s, line, style.regular if style.numbered else style.bold, 17, 20)
    s.y -= 14
    # the authors side by side, centred together, each with a raised affiliation mark
    gap = 40
    widths = [s.c.stringWidth(a, style.regular, 12) + 4 for a in style.authors]
    x = (WIDTH - sum(widths) - gap * (len(widths) - 1)) / 2
    for author, width in zip(style.authors, widths, strict=True):
        end = s.text(x, s.y, author, style.regular, 12)
        s.text(end + 0.5, s.y + 5, "*", style.regular, 7)
        x += width + gap
    s.y -= 22
    _centred(s, style.dated, style.regular, 12, 30)
    _heading(s, style, 1, "Summary")
    for point in ("Two embankments breached.", "Shelters opened at four schools."):
        s.text(style.left + 14, s.y, "•", style.regular, style.size)
        s.text(style.left + 26, s.y, point, style.regular, style.size)
        s.y -= style.size * 1.4
    _heading(s, style, 2, "Situation")
    for n, para in enumerate(SITUATION):
        for k, line in enumerate(para):
            x0 = style.left + (style.indent if n and not k else 0)
            _justified(s, style, x0, line, k == len(para) - 1)
    _heading(s, style, 3, "Next steps")
    s.text(style.left + 14, s.y, "•", style.regular, style.size)
    s.text(style.left + 26, s.y, "The crisis group meets again on Thursday at 09:00.", style.regular, style.size)
    # the footnotes under a short rule at the page's foot
    s.rule(165, style.left, style.left + 0.4 * (style.right - style.left))
    y = 152
    for n, note in enumerate(NOTES):
        mark = "*" if n == 0 else str(n)
        s.text(style.left + 6, y + style.mark_raise, mark, style.regular, 6)
        s.text(style.left + 10, y, note, style.regular, 8.5)
        y -= style.note_lead
    _centred_at(s, "1", style, 72)
    return s.pdf()


def _centred_at(s: Sheet, text: str, style: Style, y: float) -> None:
    s.text((WIDTH - s.c.stringWidth(text, style.regular, style.size)) / 2, y, text, style.regular, style.size)


def _items(report: Report) -> list[str]:
    return [i.text for sec in report.sections for i in sec.items]


@pytest.fixture(params=[LATEX, WORD], ids=["latex-article", "word-report"])
def style(request: pytest.FixtureRequest) -> Style:
    return request.param


def test_the_title_block_is_masthead_not_headings_or_items(style: Style) -> None:
    data = _draw(style)
    doc = extract_bytes(data, "sitrep.pdf")
    # the authors (an initial read as a list number given back, the affiliation's raised mark left out as a note's
    # mark is) and the date: the title block's lines
    for line in (*style.authors, style.dated):
        block = next(b for b in doc.blocks if b.text == line)
        assert block.kind == BlockKind.PARAGRAPH and block.bullet is None and block.style.get("masthead")
    assert [b.text.split()[-1] for b in doc.blocks if b.kind == BlockKind.HEADING] == ["Summary", "Situation", "steps"]
    report = parse_bytes(data, "sitrep.pdf")[0]
    headings = [sec.heading for sec in report.sections if sec.heading]
    assert [h.split()[-1] for h in headings] == ["Summary", "Situation", "steps"]
    text = " ".join(_items(report))
    for author in style.authors:
        assert author.split()[-1] not in text
    assert "March" not in text  # the date line dates the report
    assert report.date == date(2025, 3, 12)
    assert report.title is not None and style.title[-1] in report.title


def test_footnotes_under_a_short_rule_are_left_out_and_counted(style: Style) -> None:
    report = parse_bytes(_draw(style), "sitrep.pdf")[0]
    text = " ".join(_items(report))
    for note in NOTES:
        assert note not in text
    assert "The crisis group meets again on Thursday at 09:00." in _items(report)
    # the three notes' lines (their marks, when set as runs of their own, counted as marks)
    assert "3 lines left out as footnote or small print" in report.warnings


def test_a_paragraph_told_only_by_its_first_line_indent_stands_alone(style: Style) -> None:
    report = parse_bytes(_draw(style), "sitrep.pdf")[0]
    situation = next(sec for sec in report.sections if (sec.heading or "").endswith("Situation"))
    assert [i.text for i in situation.items] == [" ".join(p) for p in SITUATION]


def test_text_in_the_bodys_print_under_a_short_rule_stays() -> None:
    """A short rule over lines in the body's own print, with no raised mark, is no footnote rule (a signature
    line, a rule closing a box): the text under it is read."""
    s = Sheet(size=10.5)
    s.line("Storm Situation Report 2", font="Helvetica-Bold", size=18)
    s.heading("Response")
    s.para(["Crews cleared the coast road by noon."])
    s.rule(180, s.left, s.left + 150)
    s.y = 165
    s.para(["Ferries resume at 14:00 once the harbour master has inspected the pier."])
    report = parse_bytes(s.pdf(), "sitrep.pdf")[0]
    assert "Ferries resume at 14:00 once the harbour master has inspected the pier." in _items(report)
    assert not any("footnote" in w for w in report.warnings)


def test_lines_at_the_paragraphs_edge_stay_one_paragraph_whatever_sentence_ends_a_line() -> None:
    """Without an indent, a full line ending a sentence and a line going on at the same edge are one
    paragraph (a justified paragraph may end a sentence right at the margin)."""
    s = Sheet(size=11, left=118, right=477)
    column = Style(**{**LATEX.__dict__, "left": 118, "right": 477})
    s.line("Flood Situation Report 4", font="Times-Bold", size=18)
    s.heading("Situation", font="Times-Bold")
    lines = [
        "River levels at the three gauges rose again overnight and the embankment failed.",
        "Some 2 400 people moved to the school shelters before midnight on Tuesday.",
    ]
    for k, line in enumerate(lines):
        _justified(s, column, 118, line, k == len(lines) - 1)
    report = parse_bytes(s.pdf(), "sitrep.pdf")[0]
    assert " ".join(lines) in _items(report)
