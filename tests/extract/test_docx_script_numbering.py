"""Headings Word numbers in the letters or digits of another script keep the label Word prints: Arabic abjad
("أ-", "هـ-"), Hebrew numerals ("א.", "טו."), Russian capitals ("А)", "В)"), Arabic-Indic digits ("١٢.")."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx_xml import NS, extract, num_para, raw, save

from sitroom.extract.docx.numbering import format_number

FORMATS = {
    "arabicAbjad": ("%1-", ["أ-", "ب-", "ج-", "د-", "هـ-"]),
    "hebrew1": ("%1.", ["א.", "ב.", "ג.", "ד.", "ה."]),
    "russianUpper": ("%1)", ["А)", "Б)", "В)", "Г)", "Д)"]),
    "hindiNumbers": ("%1.", ["١.", "٢.", "٣.", "٤.", "٥."]),
}
HEADINGS = ["Summary", "Situation", "Forecast", "Impacts", "Response"]


def _numbering(fmt: str, text: str) -> bytes:
    return (
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="80"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="80"><w:abstractNumId w:val="80"/></w:num></w:numbering>'
    ).encode()


def _docx(fmt: str) -> bytes:
    d = docx.Document()
    for heading in HEADINGS:
        raw(d, num_para(80, 0, heading, bold=True))
        d.add_paragraph("A point under it.", style="List Bullet")
    data = save(d)
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info.filename)
            dst.writestr(info, _numbering(fmt, FORMATS[fmt][0]) if info.filename == "word/numbering.xml" else part)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_headings_keep_the_label_word_prints_in_another_script(fmt: str) -> None:
    doc = extract(_docx(fmt))
    got = [b.text for b in doc.blocks if b.kind.value == "heading"]
    assert got == [f"{label} {h}" for label, h in zip(FORMATS[fmt][1], HEADINGS, strict=True)]


def test_hebrew_numerals_add_up_and_write_15_and_16_by_custom() -> None:
    assert [format_number(n, "hebrew1") for n in (10, 11, 15, 16, 21, 100)] == ["י", "יא", "טו", "טז", "כא", "ק"]


def test_past_the_last_letter_the_letter_doubles() -> None:
    assert format_number(29, "arabicAbjad") == "أأ"
