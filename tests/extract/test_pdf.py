"""PDF extractor: layout analysis on PDFs generated with reportlab, bad input, and the real corpus."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract import extract_bytes
from sitroom.extract.base import ExtractContext
from sitroom.extract.pdf import PdfExtractor, join_lines
from sitroom.extract.pdf.hyphens import word_counts
from sitroom.model import BlockKind

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
WIDTH, HEIGHT = A4
BODY = ("Helvetica", 11)
LEAD = 13.5


def _lines(c: canvas.Canvas, x: float, y: float, lines: list[str], font=BODY) -> float:
    """Draw lines top-down from y; return the y under the last one."""
    c.setFont(*font)
    for line in lines:
        c.drawString(x, y, line)
        y -= LEAD
    return y


def _bullet(c: canvas.Canvas, y: float, lines: list[str], glyph: str = "•", x: float = 40) -> float:
    c.setFont(*BODY)
    c.drawString(x, y, glyph)
    return _lines(c, x + 18, y, lines)


def _furniture(c: canvas.Canvas, page: int) -> None:
    c.setFont("Helvetica", 9)
    c.drawString(40, HEIGHT - 25, "Ministry of Testing - Daily Situation Report")
    c.drawString(WIDTH / 2 - 15, 20, f"Page {page}")


def _report_pdf() -> bytes:
    """Two pages: masthead, HIGHLIGHTS beside a figures sidebar, a number table, a second section."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _furniture(c, 1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, HEIGHT - 70, "Example Outbreak Situation Report - 7")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, HEIGHT - 110, "HIGHLIGHTS")
    y = HEIGHT - 135
    # the main column ends at x = 390, the sidebar starts at x = 420
    y = _bullet(c, y, ["No new countries reported cases in the past 24 hours."]) - 6
    y = (
        _bullet(
            c,
            y,
            [
                "The ministry is convening a global research forum to",
                "mobilize action on trans-",
                "mission and to identify knowledge gaps about the 2019-",
                "nCoV outbreak, with members of the scientific community",
                "and many regulatory experts from the region.",
            ],
        )
        - 6
    )
    y = _bullet(c, y, ["Contact tracing continues in all affected districts."]) - 6
    # the sidebar: figures only, lines on their own baselines, right of a wide gutter
    c.setFont("Helvetica-Bold", 12)
    c.drawString(420, HEIGHT - 114, "SITUATION IN NUMBERS")
    c.setFont("Helvetica", 12)
    sy = HEIGHT - 140
    for text in ("Globally", "40 554 confirmed", "(3085 new)", "China", "909 deaths", "(97 new)"):
        c.drawString(424, sy, text)
        sy -= 17
    # a small number table with a caption
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, y - 20, "Table 1. Confirmed cases by region")
    ty = y - 45
    c.setFont("Helvetica", 11)
    for row in (
        ("Region", "Cases", "Deaths", "New"),
        ("North", "120", "4", "12"),
        ("South", "98", "2", "7"),
        ("East", "45", "0", "3"),
        ("Total", "263", "6", "22"),
    ):
        for col, cell in enumerate(row):
            c.drawString(40 + col * 110, ty, cell)
        ty -= 15
    c.showPage()
    _furniture(c, 2)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, HEIGHT - 70, "PREPAREDNESS AND RESPONSE")
    y = HEIGHT - 95
    y = (
        _lines(
            c,
            40,
            y,
            [
                "WHO is working with partners on the response. The basic principles to reduce",
                "the general risk of transmission include the following:",
            ],
        )
        - 6
    )
    y = _bullet(c, y, ["Avoiding close contact with people suffering from acute infections."]) - 2
    y = (
        _bullet(
            c, y, ["Frequent hand-washing, especially after direct contact with ill people or", "their environment."]
        )
        - 2
    )
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def report():
    return extract_bytes(_report_pdf(), "report.pdf")


def _kinds(doc) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


def test_masthead_is_title_not_heading(report) -> None:
    first = report.blocks[0]
    assert first.text == "Example Outbreak Situation Report - 7"
    assert first.kind == BlockKind.PARAGRAPH and first.style["title"] is True
    assert report.title == "Example Outbreak Situation Report - 7"


def test_headings_items_and_order(report) -> None:
    kinds = _kinds(report)
    assert ("heading", "HIGHLIGHTS") in kinds
    assert ("heading", "PREPAREDNESS AND RESPONSE") in kinds
    items = [b for b in report.blocks if b.kind == BlockKind.ITEM]
    assert [i.text[:20] for i in items] == [
        "No new countries rep",
        "The ministry is conv",
        "Contact tracing cont",
        "Avoiding close conta",
        "Frequent hand-washin",
    ]
    assert all(i.bullet == "•" for i in items)
    assert items[-1].text.endswith("with ill people or their environment.")
    assert items[0].page == 1 and items[-1].page == 2
    # the paragraph before the list is one block of running text
    para = next(b for b in report.blocks if b.text.startswith("WHO is working"))
    assert para.kind == BlockKind.PARAGRAPH and para.text.endswith("include the following:")


def test_wrapped_lines_joined_and_hyphens(report) -> None:
    item = next(b for b in report.blocks if b.text.startswith("The ministry"))
    assert "research forum to mobilize action on transmission and to identify" in item.text
    assert "about the 2019-nCoV outbreak" in item.text
    assert item.text.endswith("community and many regulatory experts from the region.")
    assert item.style["x0"] > 50 and item.style["size"] == pytest.approx(11, abs=0.5)


def test_sidebar_of_figures_skipped(report) -> None:
    text = report.text
    for figure in ("SITUATION IN NUMBERS", "40 554", "909 deaths", "Globally"):
        assert figure not in text


def test_running_header_footer_and_page_numbers_removed(report) -> None:
    assert "Ministry of Testing" not in report.text
    assert "Page 1" not in report.text and "Page 2" not in report.text
    assert report.pages == 2


def test_number_table_kept_out_of_blocks(report) -> None:
    assert len(report.tables) == 1
    table = report.tables[0]
    assert table.page == 1 and table.rows >= 4 and table.cols == 4
    assert table.caption and table.caption.startswith("Table 1.")
    assert "263" not in report.text and "Table 1." not in report.text


def test_offsets_point_into_text(report) -> None:
    for b in report.blocks:
        assert report.text[b.start : b.end] == b.text


def test_glyphless_list_and_row_labels() -> None:
    """A two-column table: pillar names left, entries right, no bullet glyph in the text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    arrow = ImageReader(Image.new("RGB", (16, 16), (40, 80, 200)))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, HEIGHT - 60, "Actions to date")
    rows = [
        (
            "Coordination",
            [
                ["Daily task force meetings held in all districts."],
                ["National task force meets three times a week to review the", "response plan and the budget."],
            ],
        ),
        (
            "Laboratory",
            [
                ["Total of 45 samples processed at the national laboratory."],
                ["Test kits are adequate at all testing laboratories."],
            ],
        ),
    ]
    y = HEIGHT - 90
    for label, entries in rows:
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(40, y, label)
        for lines in entries:
            c.drawImage(arrow, 126, y - 1, 8, 8)  # the bullet is a picture, not a character
            y = _lines(c, 140, y, lines, font=("Helvetica", 10)) - 3
        y -= 8
    c.showPage()
    c.save()
    doc = extract_bytes(buf.getvalue(), "table.pdf")
    kinds = [(b.kind.value, b.level, b.text[:25]) for b in doc.blocks]
    assert kinds[0] == ("heading", 1, "Actions to date")
    labels = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING and b.level == 2]
    assert labels == ["Coordination", "Laboratory"]
    texts = [b.text for b in doc.blocks if b.kind != BlockKind.HEADING]
    assert "National task force meets three times a week to review the response plan and the budget." in texts
    # each label comes right before its own entries
    order = [b.text[:12] for b in doc.blocks]
    assert order.index("Coordination") < order.index("Daily task f") < order.index("Laboratory")
    assert order.index("Laboratory") < order.index("Total of 45 ")
    assert all(b.kind == BlockKind.ITEM and b.bullet is None for b in doc.blocks if b.text[:5] in ("Daily", "Test "))


def test_join_lines_hyphen_rules() -> None:
    assert join_lines(["trans-", "mission"]) == "transmission"
    assert join_lines(["the 2019-", "nCoV outbreak"]) == "the 2019-nCoV outbreak"
    assert join_lines(["COVID-", "19 cases"]) == "COVID-19 cases"
    assert join_lines(["one", "two"]) == "one two"
    # the document's own words decide: its spelling first, then whether both parts are words of it
    words = word_counts(["a long stay", "the term ends", "in-formations", "informations", "in-formations"])
    assert join_lines(["long-", "term care"], words) == "long-term care"
    assert join_lines(["les in-", "formations"], words) == "les in-formations"
    assert join_lines(["confor-", "mément à"], words) == "conformément à"
    assert join_lines(["read-", "ings"], word_counts(["readings"])) == "readings"


def test_score_sniffs_content() -> None:
    ex = PdfExtractor()
    assert ex.score(b"%PDF-1.7\n...", "x.bin") == 1.0
    assert 0 < ex.score(b"hello", "x.pdf") < 0.5
    assert ex.score(b"hello", "x.txt") == 0.0


def test_encrypted_pdf_is_refused() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt="secret")
    c.drawString(40, 700, "Confidential situation report")
    c.showPage()
    c.save()
    with pytest.raises(CorruptDocument, match="encrypted"):
        PdfExtractor().extract(buf.getvalue(), "locked.pdf", ExtractContext())


def test_truncated_pdf_is_refused() -> None:
    data = _report_pdf()
    with pytest.raises(CorruptDocument, match="damaged or truncated"):
        extract_bytes(data[: len(data) // 2], "cut.pdf")
    with pytest.raises(CorruptDocument, match="damaged or truncated"):
        extract_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF", "junk.pdf")


def test_pdf_without_text_layer() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(50, 50, 300, 400, fill=1)  # a "scan": drawing only, no text
    c.showPage()
    c.save()
    with pytest.raises(EmptyDocument, match=r"no text layer \(scanned PDF\?\)"):
        extract_bytes(buf.getvalue(), "scan.pdf")


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus in ../shared not available")
def test_corpus_sidebar_does_not_interleave_highlights() -> None:
    path = CORPUS / "who-covid-sitreps" / "2020-02-13.pdf"
    doc = extract_bytes(path.read_bytes(), path.name)
    blocks = doc.blocks
    start = next(i for i, b in enumerate(blocks) if b.kind == BlockKind.HEADING and b.text == "HIGHLIGHTS")
    end = next(i for i, b in enumerate(blocks) if i > start and b.kind == BlockKind.HEADING)
    highlights = blocks[start + 1 : end]
    assert len(highlights) >= 3 and all(b.kind == BlockKind.ITEM for b in highlights)
    joined = " ".join(b.text for b in highlights)
    for sidebar in ("SITUATION IN NUMBERS", "confirmed (", "WHO RISK ASSESSMENT", "Very High"):
        assert sidebar not in joined
    assert any(t.rows >= 10 for t in doc.tables)  # the SURVEILLANCE case tables


def _masthead_pdf(title: list[str], title_size: float, heading: str, heading_size: float, body: float) -> bytes:
    """One page like the project's generator draws it: a bold title (maybe wrapped), a heading, bullets."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = HEIGHT - 80
    c.setFont("Helvetica-Bold", title_size)
    for line in title:
        c.drawString(70, y, line)
        y -= title_size * 1.3
    y -= 10
    c.setFont("Helvetica-Bold", heading_size)
    c.drawString(70, y, heading)
    y -= heading_size * 1.6
    for text in ("Daily review of case data with the regional team.", "Care settings have had infection training."):
        c.setFont("Helvetica", body)
        c.drawString(70, y, "•")
        c.drawString(84, y, text)
        y -= body * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


def test_wrapped_title_stays_in_title() -> None:
    """A title wrapping onto a second line (… as of 6 / April 2020) is one title block, not an item."""
    lines = ["Northfield Council – Public Health COVID-19 Sitrep No. 1 – as of 6", "April 2020"]
    doc = extract_bytes(_masthead_pdf(lines, 14, "KEY ACTIVITY HEADLINES", 13, 12), "t.pdf")
    assert doc.title == "Northfield Council – Public Health COVID-19 Sitrep No. 1 – as of 6 April 2020"
    assert doc.blocks[0].style["title"] is True and doc.blocks[0].kind == BlockKind.PARAGRAPH
    assert _kinds(doc)[1] == ("heading", "KEY ACTIVITY HEADLINES")
    items = [b.text for b in doc.blocks if b.kind == BlockKind.ITEM]
    assert items == ["Daily review of case data with the regional team.", "Care settings have had infection training."]


def test_title_wrapped_at_a_dash_is_not_a_list_entry() -> None:
    lines = ["Southfield County Council – Flood Response Situation Report No. 1", "– as of 6 April 2020"]
    doc = extract_bytes(_masthead_pdf(lines, 14, "CURRENT SITUATION", 11.5, 10.5), "t.pdf")
    assert doc.title == "Southfield County Council – Flood Response Situation Report No. 1 – as of 6 April 2020"
    assert not any(b.text.startswith("as of") for b in doc.blocks)


def test_first_heading_under_title_is_not_absorbed() -> None:
    """'Key updates' right under the title is the first section heading (it is no date line)."""
    lines = ["Housing Sitrep No. 1 – Southfield County Council – as of 6 April 2020"]
    doc = extract_bytes(_masthead_pdf(lines, 14, "Key updates", 11.5, 10.5), "t.pdf")
    assert doc.title == lines[0]
    assert _kinds(doc)[1] == ("heading", "Key updates")
    assert "title" not in doc.blocks[1].style


def test_title_only_slightly_larger_than_headings() -> None:
    """A 14 pt title over 13.5 pt headings is still the masthead, not a heading."""
    lines = ["Adult Social Care COVID-19 Situation Report 1 – Southfield County Council – as at 6 April 2020"]
    doc = extract_bytes(_masthead_pdf(lines, 14, "Key activity headlines", 13.5, 12.5), "t.pdf")
    assert doc.title == lines[0]
    assert doc.blocks[0].kind == BlockKind.PARAGRAPH and doc.blocks[0].style["title"] is True
    headings = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING]
    assert headings == ["Key activity headlines"]


def test_bulleted_item_continues_after_mitigation_and_full_stop() -> None:
    """Glyph-less lines at a bullet's text indent continue it, even after 'Mitigation:' or a full stop."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, HEIGHT - 60, "RISKS AND ISSUES")
    y = _bullet(
        c,
        HEIGHT - 85,
        [
            "Risk of further flooding if forecast rain falls on saturated ground is low. Mitigation:",
            "Pre-deployment of pumps and sandbags to the known hot spots.",
        ],
    )
    y = _bullet(c, y - 4, ["Domestic abuse refuge spaces are full.", "Mitigation: Emergency spot-purchase of units;"])
    y = _bullet(c, y - 4, ["Carers' support line has taken 446 calls since it opened."])
    c.drawString(40, y - 30, "A paragraph after a clear gap stands on its own.")
    c.showPage()
    c.save()
    doc = extract_bytes(buf.getvalue(), "risks.pdf")
    items = [b.text for b in doc.blocks if b.kind == BlockKind.ITEM]
    assert items == [
        "Risk of further flooding if forecast rain falls on saturated ground is low. Mitigation: "
        "Pre-deployment of pumps and sandbags to the known hot spots.",
        "Domestic abuse refuge spaces are full. Mitigation: Emergency spot-purchase of units;",
        "Carers' support line has taken 446 calls since it opened.",
    ]
    assert doc.blocks[-1].kind == BlockKind.PARAGRAPH


def test_wrapped_table_header_cell_and_chart_ticks_are_not_text() -> None:
    """A header cell wrapped onto a second line ('Response / Pillar') and a chart's axis ticks are skipped."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 700, "Response")
    c.drawString(250, 700, "Key updates in the past 24 hours")
    c.drawString(60, 688, "Pillar")
    c.setFont("Helvetica", 10)
    c.drawString(160, 674, "•")
    _lines(c, 172, 674, ["Daily task force meetings are held in all districts."], font=("Helvetica", 10))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 600, "Figure 1: Number of cases reported weekly, as of 11 October 2020")
    c.setFont("Helvetica", 11)  # tick labels set larger than the body text
    for n, tick in enumerate(("120 000", "80 000", "40 000", "0")):
        c.drawString(45, 570 - 25 * n, tick)
        c.drawString(480, 570 - 25 * n, f"{3 - n} 000")
    c.drawString(200, 450, "Week reported")
    c.setFont("Helvetica", 10)
    _lines(
        c, 40, 400, ["The number of cases continued to rise in the past week in most regions."], font=("Helvetica", 10)
    )
    c.showPage()
    c.save()
    doc = extract_bytes(buf.getvalue(), "t.pdf")
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("item", "Daily task force meetings are held in all districts."),
        ("paragraph", "The number of cases continued to rise in the past week in most regions."),
    ]


def test_styled_heading_after_a_short_item_is_a_heading() -> None:
    """A 16 pt bold line right under a short list entry starts a section; it does not wrap on from it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = _bullet(c, 700, ["WHO COVID-19 Dashboard"], x=60)
    y = _bullet(c, y - 2, ["WHO COVID-19 Weekly Operational Update"], x=60)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, y - 6, "Global epidemiological situation")
    _lines(c, 40, y - 30, ["The incidence of new cases has continued to accelerate this week."])
    c.showPage()
    c.save()
    doc = extract_bytes(buf.getvalue(), "t.pdf")
    assert ("heading", "Global epidemiological situation") in _kinds(doc)
