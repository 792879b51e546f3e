"""The registry picks the extractor from the bytes, whatever the file is called."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest
from reportlab.pdfgen import canvas

from sitroom.errors import ExtractError
from sitroom.extract import choose_extractor, extract_bytes


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "HIGHLIGHTS")
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Key highlights")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"] = "duty@example.org"
    msg["Subject"] = "Sitrep"
    msg["Date"] = "Mon, 20 Apr 2020 09:30:00 +0100"
    msg.set_content("RISKS\n- low referrals\n")
    return msg.as_bytes()


HTML = b"<!DOCTYPE html><html><body><main><h2>Risks</h2><p>Low referrals.</p></main></body></html>"


@pytest.mark.parametrize(
    ("make", "misleading_name", "expected"),
    [
        (_pdf, "report.txt", "pdf"),
        (_docx, "report.bin", "docx"),
        (_eml, "forwarded.txt", "email"),
        (lambda: HTML, "page.txt", "html"),
        (lambda: b"RISKS\n- low referrals\n", "notes.html", "text"),
    ],
    ids=["pdf-as-txt", "docx-as-bin", "eml-as-txt", "html-as-txt", "text-as-html"],
)
def test_content_decides_over_the_name(make, misleading_name, expected):
    data = make()
    assert choose_extractor(data[:4096], misleading_name).name == expected


@pytest.mark.parametrize("make", [_pdf, _docx, _eml, lambda: HTML])
def test_misnamed_files_are_extracted_by_their_content(make):
    doc = extract_bytes(make(), "misnamed.dat")
    assert doc.blocks


def test_binary_of_no_known_format_is_refused_with_a_project_error():
    data = bytes(range(256)) * 16
    with pytest.raises(ExtractError, match="binary"):
        extract_bytes(data, "blob.txt")
