"""A Word file whose report is an imported chunk of another format (``w:altChunk``), as web applications that
"export to Word" write it: Word renders the chunk on opening, so the report is there although the body holds no
paragraph. The chunk is read where it stands, as a web archive (MHT), as an HTML page or as plain text, between
the document's own paragraphs or as its whole body; a chunk of a format not read is counted, not a crash.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from sitroom.read import parse_bytes

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Situation report</title></head><body>
<p style="font-size:8pt">Exported from the incident log on 27/01/2025 08:11</p>
<h1>Situation report 4 – Storm</h1>
<h2>Summary</h2><ul><li>The storm crossed the island overnight.</li><li>Homes without power: 1,498.</li></ul>
<h2>Risks</h2><ul><li>Fuel stocks may run low. Mitigation: a tanker is booked for Tuesday.</li></ul>
<h2>Next steps</h2><p>The group meets again at 10:00 on 28 January.</p>
</body></html>"""

SECTIONS = [
    ("Summary", ["The storm crossed the island overnight.", "Homes without power: 1,498."]),
    ("Risks", ["Fuel stocks may run low. Mitigation: a tanker is booked for Tuesday."]),
    ("Next steps", ["The group meets again at 10:00 on 28 January."]),
]


def _mht(html: str) -> bytes:
    msg = EmailMessage()
    msg.set_content(html, subtype="html", cte="quoted-printable")
    msg.replace_header("Content-Type", 'text/html; charset="utf-8"')
    return b"MIME-Version: 1.0\r\n" + msg.as_bytes()


def _docx(chunk: bytes, name: str, content_type: str, before: str | None = None, after: str | None = None) -> bytes:
    document = docx.Document()
    if before:
        document.add_paragraph(before)
    part = Part(PackURI(f"/word/{name}"), content_type, chunk, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    body = document.element.body
    element = parse_xml(
        '<w:altChunk xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}"/>'
    )
    body.insert(len(body) - 1, element)  # before the section properties, after what is there
    if after:
        body.insert(len(body) - 1, document.add_paragraph(after)._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _read(data: bytes):
    report = parse_bytes(data, "export.docx")[0]
    return report, [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]


@pytest.mark.parametrize(
    ("chunk", "name", "content_type"),
    [
        (_mht(HTML), "afchunk.mht", "message/rfc822"),
        (HTML.encode(), "chunk.html", "text/html"),
        (HTML.encode("utf-16"), "chunk16.htm", "application/xhtml+xml"),
    ],
    ids=["mht", "html", "html-utf16"],
)
def test_a_body_that_is_one_chunk_is_read(chunk: bytes, name: str, content_type: str) -> None:
    report, sections = _read(_docx(chunk, name, content_type))
    assert sections == SECTIONS
    assert report.title.startswith("Situation report")


def test_a_chunk_stands_between_the_documents_own_paragraphs() -> None:
    later = "The group meets again at 14:00 on 29 January."
    _, sections = _read(_docx(HTML.encode(), "chunk.html", "text/html", before="Situation report 4", after=later))
    # the document's own paragraph after the chunk comes after the chunk's last point, under its last heading
    assert sections == [*SECTIONS[:2], ("Next steps", [*SECTIONS[2][1], later])]


def test_a_plain_text_chunk_is_read_as_paragraphs() -> None:
    text = "Summary\n\nThe storm crossed the island overnight.\n\nHomes without power: 1,498.\n"
    report, _ = _read(_docx(text.encode(), "chunk.txt", "text/plain", before="Situation report 4"))
    texts = [i.text for s in report.sections for i in s.items]
    assert "Homes without power: 1,498." in texts


def test_a_chunk_of_a_format_not_read_is_counted() -> None:
    data = _docx(b"{\\rtf1\\ansi Situation}", "chunk.rtf", "application/rtf", before="Situation report 4")
    report = parse_bytes(data, "export.docx")[0]
    assert any("imported chunk" in w for w in report.warnings)
