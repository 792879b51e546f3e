"""DOCX extractor: fixtures are generated with python-docx (and zipfile for broken packages)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Inches, Pt

from sitroom.errors import CorruptDocument, EmptyDocument, UnsupportedFormat
from sitroom.extract import extract_bytes
from sitroom.extract.base import ExtractContext
from sitroom.extract.docx import DocxExtractor, stub_big_data_tables
from sitroom.extract.text import TextExtractor
from sitroom.model import BlockKind, Document

CTX = ExtractContext()
DROMIC = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dswd-dromic-covid19"


def save(d: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def extract(data: bytes, name: str = "report.docx", ctx: ExtractContext = CTX) -> Document:
    return DocxExtractor().extract(data, name, ctx)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


def bold_para(d: docx.document.Document, text: str, size: float | None = None) -> None:
    run = d.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def test_heading_styles_title_and_offsets() -> None:
    d = docx.Document()
    d.add_paragraph("Weekly Situation Report No. 5", style="Title")
    d.sections[0].header.paragraphs[0].text = "Page header text"
    d.sections[0].footer.paragraphs[0].text = "Page footer text"
    d.add_heading("Overview", level=1)
    d.add_paragraph("The situation remains stable across all districts this week, with minor changes.")
    d.add_heading("Staffing", level=2)
    d.add_paragraph("")  # empty paragraphs are skipped
    d.add_paragraph("Sickness absence is around 5% of staff, similar to the previous week.")
    doc = extract(save(d))

    assert kinds(doc) == [
        ("paragraph", "Weekly Situation Report No. 5"),
        ("heading", "Overview"),
        ("paragraph", "The situation remains stable across all districts this week, with minor changes."),
        ("heading", "Staffing"),
        ("paragraph", "Sickness absence is around 5% of staff, similar to the previous week."),
    ]
    assert doc.blocks[0].style["title"] is True
    assert doc.title == "Weekly Situation Report No. 5"
    assert [b.level for b in doc.blocks if b.kind is BlockKind.HEADING] == [1, 2]
    assert all(b.page is None for b in doc.blocks) and doc.pages is None
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    assert "header" not in doc.text and "footer" not in doc.text


def test_visual_headings_and_masthead_without_styles() -> None:
    d = docx.Document()
    bold_para(d, "DSWD DROMIC Report #153 on the Coronavirus Disease (COVID19)", 14)
    d.add_paragraph().add_run("as of 06 June 2020, 6AM").font.size = Pt(12)
    bold_para(d, "Situation Overview", 14)
    body = "The coronavirus disease is an infectious disease that was unknown before the outbreak began."
    d.add_paragraph().add_run(body).font.size = Pt(12)
    bold_para(d, "DSWD-FO NCR", 12)
    d.add_paragraph().add_run("REGIONAL UPDATES").font.size = Pt(12)  # ALL CAPS, not bold
    bold_para(d, "This bold sentence ends with a full stop, so it is running text.", 12)
    doc = extract(save(d))

    title = [b.text for b in doc.blocks if b.style.get("title")]
    assert title == ["DSWD DROMIC Report #153 on the Coronavirus Disease (COVID19)", "as of 06 June 2020, 6AM"]
    headings = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == [("Situation Overview", 1), ("DSWD-FO NCR", 2), ("REGIONAL UPDATES", 2)]
    assert kinds(doc)[-1] == ("paragraph", "This bold sentence ends with a full stop, so it is running text.")


def test_word_lists_and_literal_glyphs_become_items() -> None:
    d = docx.Document()
    d.add_heading("Actions", level=1)
    d.add_paragraph("First bullet point here.", style="List Bullet")
    d.add_paragraph("Second bullet point here.", style="List Bullet")
    d.add_paragraph("Step one.", style="List Number")
    d.add_paragraph("Step two.", style="List Number")
    d.add_paragraph("• Staff shortages in two wards.")
    d.add_paragraph("\uf0b7 Symbol-font bullet.")
    d.add_paragraph("- Dash bullet.")
    d.add_paragraph("1. Literal number.")
    d.add_paragraph("a) Supplies are low.")
    doc = extract(save(d))

    items = [(b.bullet, b.text, b.level) for b in doc.blocks if b.kind is BlockKind.ITEM]
    assert items == [
        ("•", "First bullet point here.", 1),
        ("•", "Second bullet point here.", 1),
        ("1.", "Step one.", 1),
        ("2.", "Step two.", 1),
        ("•", "Staff shortages in two wards.", 1),
        ("•", "Symbol-font bullet.", 1),
        ("-", "Dash bullet.", 1),
        ("1.", "Literal number.", 1),
        ("a)", "Supplies are low.", 1),
    ]


def test_nested_lists_from_separate_list_styles_take_their_level_from_the_indent() -> None:
    # "List Bullet 2" / "List Number 2" are separate single-level lists at ilvl 0: only their
    # indentation (0.5 in against 0.25 in) shows that they sit under the item above.
    d = docx.Document()
    d.add_heading("Response", level=1)
    d.add_paragraph("Food packs were delivered.", style="List Bullet")
    d.add_paragraph("Region I received 500 packs.", style="List Bullet 2")
    d.add_paragraph("Of which 200 went to Pangasinan.", style="List Bullet 3")
    d.add_paragraph("Region II received 300 packs.", style="List Bullet 2")
    d.add_paragraph("Hygiene kits are being prepared.", style="List Bullet")
    d.add_paragraph("Coordinate with the LGUs.", style="List Number")
    d.add_paragraph("Send the request letter.", style="List Number 2")
    d.add_paragraph("Follow up by phone.", style="List Number 2")
    d.add_paragraph("Report to the central office.", style="List Number")
    # A hand-indented list style paragraph nests by its own indentation.
    d.add_paragraph("Field offices report daily.", style="List Bullet")
    d.add_paragraph("Including weekends.", style="List Bullet").paragraph_format.left_indent = Inches(0.75)
    # Running text ends the run of list items: the next list starts at level 1 again.
    d.add_paragraph("The operations center remains on blue alert status until further notice.")
    d.add_paragraph("A list under running text starts over.", style="List Bullet 2")
    doc = extract(save(d))

    items = [(b.bullet, b.text, b.level) for b in doc.blocks if b.kind is BlockKind.ITEM]
    assert items == [
        ("•", "Food packs were delivered.", 1),
        ("•", "Region I received 500 packs.", 2),
        ("•", "Of which 200 went to Pangasinan.", 3),
        ("•", "Region II received 300 packs.", 2),
        ("•", "Hygiene kits are being prepared.", 1),
        ("1.", "Coordinate with the LGUs.", 1),
        ("1.", "Send the request letter.", 2),
        ("2.", "Follow up by phone.", 2),
        ("2.", "Report to the central office.", 1),
        ("•", "Field offices report daily.", 1),
        ("•", "Including weekends.", 2),
        ("•", "A list under running text starts over.", 1),
    ]


def test_text_table_with_labels_dates_and_bullets() -> None:
    d = docx.Document()
    bold_para(d, "Situational Reports", 14)
    bold_para(d, "DSWD-FO CAR")
    table = d.add_table(rows=3, cols=2)
    for cell, text in zip(table.rows[0].cells, ("DATE", "SITUATIONS / ACTIONS UNDERTAKEN"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.cell(1, 0).text = "05 June 2020"
    cell = table.cell(1, 1)
    cell.paragraphs[0].text = "Monitored the stockpile in the provinces."
    cell.paragraphs[0].style = d.styles["List Bullet"]
    cell.add_paragraph("Coordinated with SWAD staff on provincial updates.", style="List Bullet")
    cell.add_paragraph().add_run("Social Amelioration Program (SAP)").bold = True
    cell.add_paragraph("A total of 297,151 beneficiaries received SAP assistance.", style="List Bullet")
    table.cell(2, 0).text = "Logistics"
    table.cell(2, 1).text = "Trucks were hired to move 2,000 food packs to the northern provinces."
    doc = extract(save(d))

    assert kinds(doc) == [
        ("heading", "Situational Reports"),
        ("heading", "DSWD-FO CAR"),
        ("item", "Monitored the stockpile in the provinces."),
        ("item", "Coordinated with SWAD staff on provincial updates."),
        ("heading", "Social Amelioration Program (SAP)"),
        ("item", "A total of 297,151 beneficiaries received SAP assistance."),
        ("heading", "Logistics"),
        ("paragraph", "Trucks were hired to move 2,000 food packs to the northern provinces."),
    ]
    sub = [b for b in doc.blocks if b.kind is BlockKind.HEADING and b.style.get("in_table")]
    assert [b.level for b in sub] == [2, 2]
    assert doc.blocks[2].style["date"] == "05 June 2020"
    assert doc.tables == []


def test_numbers_table_is_skipped_and_listed() -> None:
    d = docx.Document()
    d.add_heading("Assistance Provided", level=1)
    d.add_paragraph("A total of 13 million pesos of assistance was provided to the affected families.")
    d.add_paragraph().add_run("Table 1. Cost of Assistance Provided").bold = True
    table = d.add_table(rows=4, cols=3)
    rows = [
        ("REGION", "DSWD", "LGUs"),
        ("NCR", "108,453,356.70", "1,328,185,293.85"),
        ("Caloocan City", "7,421,000.00", "200,000,000.00"),
        ("Las Pinas", "-", "41,838,500.00"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_paragraph().add_run("Source: DSWD Field Offices").font.size = Pt(8)
    d.add_paragraph("The stockpile remains sufficient for the coming two weeks of operations.")
    doc = extract(save(d))

    texts = [b.text for b in doc.blocks]
    assert "108,453,356.70" not in doc.text and "Caloocan City" not in doc.text
    assert "Table 1. Cost of Assistance Provided" not in texts  # a caption, not a heading or item
    assert "Source: DSWD Field Offices" not in texts  # fine print under the table
    assert texts[-1] == "The stockpile remains sufficient for the coming two weeks of operations."
    assert len(doc.tables) == 1
    info = doc.tables[0]
    assert (info.rows, info.cols, info.caption) == (4, 3, "Table 1. Cost of Assistance Provided")


def test_nested_tables_in_bullet_cells() -> None:
    d = docx.Document()
    d.add_heading("Field Offices", level=1)
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "NCR"
    cell = outer.cell(0, 1)
    cell.paragraphs[0].text = "Relief goods were hauled to the cities listed below."
    numbers = cell.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("LGU", "Bags"), ("Caloocan", "500"), ("Manila", "14,637")]):
        numbers.cell(r, 0).text, numbers.cell(r, 1).text = a, b
    prose = cell.add_table(rows=1, cols=1)
    prose.cell(0, 0).text = "Partner agencies provided trucks for the hauling of the goods."
    cell.add_paragraph("Coordination with the police continues for security.", style="List Bullet")
    doc = extract(save(d))

    assert kinds(doc) == [
        ("heading", "Field Offices"),
        ("heading", "NCR"),
        ("paragraph", "Relief goods were hauled to the cities listed below."),
        ("paragraph", "Partner agencies provided trucks for the hauling of the goods."),
        ("item", "Coordination with the police continues for security."),
    ]
    assert [(t.rows, t.cols) for t in doc.tables] == [(3, 2)]


def test_large_numbers_table_is_stubbed_before_parsing() -> None:
    d = docx.Document()
    d.add_heading("Assistance", level=1)
    table = d.add_table(rows=1200, cols=3)
    # Filled through the XML: python-docx's cell API is too slow for a test of this size.
    for i, tr in enumerate(table._tbl.tr_lst):
        for j, tc in enumerate(tr.tc_lst):
            tc.p_lst[0].add_r().text = f"{i * 1000 + j:,}.00" if j else f"Town {i}"
    d.add_paragraph("Assistance continues in all regions of the country this week.")
    data = save(d)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert b'sitroom-rows="1200"' in stub_big_data_tables(xml)  # never built into a tree
    doc = extract(data)

    assert [(t.rows, t.cols) for t in doc.tables] == [(1200, 3)]
    assert kinds(doc) == [
        ("heading", "Assistance"),
        ("paragraph", "Assistance continues in all regions of the country this week."),
    ]


def test_large_numbers_table_with_a_nested_table_is_one_stub() -> None:
    d = docx.Document()
    d.add_paragraph("Summary of assistance provided to the affected families.")
    table = d.add_table(rows=1200, cols=3)
    for i, tr in enumerate(table._tbl.tr_lst):
        for j, tc in enumerate(tr.tc_lst):
            tc.p_lst[0].add_r().text = f"{i * 1000 + j:,}.00" if j else f"Town {i}"
    # a small table of figures inside one cell: its end tag must not end the big one
    nested = table.cell(0, 1).add_table(rows=2, cols=2)
    for r in range(2):
        nested.cell(r, 0).text, nested.cell(r, 1).text = str(r), str(r * 10)
    d.add_table(rows=1, cols=2).cell(0, 0).text = "Small table"
    d.add_paragraph("Assistance continues in all regions of the country this week.")
    xml = zipfile.ZipFile(io.BytesIO(save(d))).read("word/document.xml")
    stubbed = stub_big_data_tables(xml)

    assert stubbed.count(b"sitroom-rows=") == 1
    assert b'sitroom-cols="3"' in stubbed
    assert stubbed.count(b"<w:tbl>") == 1  # the small table after it is left whole
    assert b"Assistance continues in all regions" in stubbed and b"Town 1199" not in stubbed


def test_zip_bomb_refused_by_declared_size() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (3 * 1024 * 1024))
    small = ExtractContext(max_unzipped_bytes=1024 * 1024)
    with pytest.raises(CorruptDocument, match="zip bomb"):
        extract(buf.getvalue(), ctx=small)


def test_zip_bomb_refused_by_compression_ratio() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/bomb.bin", bytes(40 * 1024 * 1024))
    data = buf.getvalue()
    assert len(data) < 200_000  # highly compressible: the archive is tiny
    with pytest.raises(CorruptDocument, match=r"zip bomb suspected: word/media/bomb.bin inflates"):
        extract(data)


def _long_report(paragraphs: int) -> bytes:
    d = docx.Document()
    d.add_heading("Situation overview", level=1)
    for i in range(paragraphs):
        d.add_paragraph(f"Families in district {i % 97} received relief packs on day {i % 31}.", style="List Bullet")
    return save(d)


def test_a_part_that_expands_past_the_part_limit_is_refused_before_it_is_parsed() -> None:
    data = _long_report(3000)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    # Under the bomb checks: a plausible ratio and a small total.
    assert info.file_size < 200 * info.compress_size and info.file_size < CTX.max_unzipped_bytes
    assert len(extract(data).blocks) == 3001
    small = ExtractContext(max_part_bytes=info.file_size - 1)
    with pytest.raises(CorruptDocument, match=r"word/document\.xml inflates to [\d.]+ [kM]B, over the .* limit"):
        extract(data, ctx=small)


def test_a_part_with_too_many_xml_elements_is_refused_before_the_tree_is_built() -> None:
    data = _long_report(3000)
    with pytest.raises(CorruptDocument, match=r"word/document\.xml holds about [\d,]+ XML elements, over the limit"):
        extract(data, ctx=ExtractContext(max_xml_elements=5000))
    # The styles part is read under the same limits.
    data = _long_report(10)
    styles = len(zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml"))
    with pytest.raises(CorruptDocument, match=r"word/styles\.xml inflates"):
        extract(data, ctx=ExtractContext(max_part_bytes=styles - 1))


def test_not_a_zip_truncated_and_missing_document_part() -> None:
    with pytest.raises(CorruptDocument, match="not a zip"):
        extract(b"This is plain text saved with a .docx name.\n")
    good = save(docx.Document())
    with pytest.raises(CorruptDocument, match="damaged or truncated"):
        extract(good[: len(good) // 2])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(CorruptDocument, match=r"without word/document\.xml"):
        extract(buf.getvalue())


def test_legacy_doc_and_empty_document() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    with pytest.raises(UnsupportedFormat, match=r"save it as \.docx"):
        extract(ole, "old.doc")
    with pytest.raises(EmptyDocument):
        extract(save(docx.Document()))


def test_score_claims_only_word_zips() -> None:
    ex = DocxExtractor()
    data = save(docx.Document())
    assert ex.score(data[:4096], "anything.bin") >= 0.8
    assert ex.score(data[:4096], "report.docx") >= 0.8
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)
    assert ex.score(ole, "mail.msg") == 0.0  # Outlook messages belong to the e-mail extractor
    assert 0 < ex.score(ole, "old.doc") < 0.5
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("data.csv", "a,b\n1,2\n")
    assert ex.score(other_zip.getvalue()[:4096], "data.zip") == 0.0
    assert ex.score(b"%PDF-1.7", "report.pdf") == 0.0


def test_registry_routes_docx_by_content() -> None:
    d = docx.Document()
    d.add_heading("Overview", level=1)
    d.add_paragraph("All services are running normally and no new risks were reported.")
    doc = extract_bytes(save(d), "upload.bin", extractors=[TextExtractor(), DocxExtractor()])
    assert doc.format == "docx"
    assert kinds(doc)[0] == ("heading", "Overview")


@pytest.mark.corpus
@pytest.mark.skipif(not DROMIC.is_dir(), reason="corpus not available")
def test_dromic_report_structure() -> None:
    data = (DROMIC / "2020-06-06T0600-report-153.docx").read_bytes()
    doc = extract(data, "2020-06-06T0600-report-153.docx")

    title = [b.text for b in doc.blocks if b.style.get("title")]
    assert title == ["DSWD DROMIC Report #153 on the Coronavirus Disease (COVID19)", "as of 06 June 2020, 6AM"]
    headings = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings[:4] == [
        ("Situation Overview", 1),
        ("I. Assistance Provided", 1),
        ("Status of Prepositioned Resources: Stockpile and Standby Funds", 1),
        ("a. Standby Funds", 2),
    ]
    assert ("DSWD-FO NCR", 2) in headings and ("PHOTO DOCUMENTATION", 1) in headings
    assert sum(1 for h, _ in headings if h == "Social Amelioration Program (SAP)") == 13
    assert sum(1 for b in doc.blocks if b.kind is BlockKind.ITEM) == 137
    assert doc.tables[0].rows == 1247
    assert doc.tables[0].caption == "Table 1. Cost of Assistance Provided to Affected Families / Persons"
    assert "Caloocan City" not in doc.text and "Prepared by" not in doc.text


def test_reading_a_docx_leaves_no_reference_cycles():
    # A cycle (a nested function calling itself, say) holding an XML element keeps the whole document
    # tree, memory the garbage collector does not see, alive until a full collection: a worker reading
    # thousands of files grew by a hundred MB before it ran. Nothing read may need the collector.
    import gc

    d = docx.Document()
    d.add_heading("Staffing", level=1)
    for text in ("12 staff absent (5%).", "Agency cover booked for the weekend."):
        d.add_paragraph(text, style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 0).text = "Schools", "Open"
    data = save(d)
    extract(data)
    gc.collect()
    gc.disable()
    try:
        doc = extract(data)
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()
