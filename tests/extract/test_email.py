"""E-mail extraction: body, subject, date and attachments of generated .eml files; .msg refusal.

Outlook .msg files cannot be generated without Outlook, so the .msg path is tested only for what
can be built here: a valid OLE compound file that is not a message is refused with a clear error.
"""

from __future__ import annotations

import io
import struct
from email.message import EmailMessage

import docx
import pytest

from sitroom.errors import CorruptDocument, EmptyDocument, UnsupportedFormat
from sitroom.extract import ExtractContext, choose_extractor, extract_bytes
from sitroom.extract.email import EmailExtractor
from sitroom.model import BlockKind

BODY = "Daily sitrep, see attached.\n\nRISKS\n- staff sickness around 5%\n- hubs open\n"


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_heading("Key Highlights", 1)
    d.add_paragraph("Referrals remain low.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _message(body: str | None = BODY, subject: str = "Sitrep 4 – 20 April") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Duty Manager <duty@example.org>"
    msg["To"] = "coordinator@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 20 Apr 2020 09:30:00 +0100"
    if body is not None:
        msg.set_content(body)
    return msg


def _ole(*stream_names: str) -> bytes:
    """A minimal valid OLE compound file (CFB v3) whose directory lists empty streams."""
    free, end = 0xFFFFFFFF, 0xFFFFFFFE
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, end, *([free] * 126))

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        start = end if kind == 5 else 0
        return raw.ljust(64, b"\0") + struct.pack(
            "<HBBIII16sIQQIQ", len(raw), kind, 1, free, right, child, bytes(16), 0, 0, 0, start, 0
        )

    names = list(stream_names)[:3]
    entries = [entry("Root Entry", 5, child=1 if names else free)]
    entries += [entry(n, 2, right=i + 2 if i + 1 < len(names) else free) for i, n in enumerate(names)]
    entries += [entry("", 0)] * (4 - len(entries))
    return header + fat + b"".join(entries)


def test_plain_body_subject_date_and_attachments():
    msg = _message()
    msg.add_alternative("<html><body><p>HTML version</p></body></html>", subtype="html")
    msg.add_attachment(
        _docx_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="sitrep-4.docx",
    )
    msg.add_attachment(b"ACTIONS\n- deliveries on time\n", maintype="text", subtype="plain", filename="notes.txt")
    doc = extract_bytes(msg.as_bytes(), "sitrep.eml")
    assert doc.format == "eml"
    assert doc.title == "Sitrep 4 – 20 April"
    assert doc.meta["date"] == "2020-04-20T09:30:00+01:00"
    assert doc.meta["from"] == "Duty Manager <duty@example.org>"
    # Plain text preferred over the HTML alternative, one LINE block per line as for text files.
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.LINE, "Daily sitrep, see attached."),
        (BlockKind.LINE, "RISKS"),
        (BlockKind.LINE, "- staff sickness around 5%"),
        (BlockKind.LINE, "- hubs open"),
    ]
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    assert doc.warnings == []
    assert [a.source for a in doc.attachments] == ["sitrep.eml/sitrep-4.docx", "sitrep.eml/notes.txt"]
    word, notes = doc.attachments
    assert word.format == "docx"
    assert (BlockKind.HEADING, "Key Highlights") in [(b.kind, b.text) for b in word.blocks]
    assert any(b.text == "Referrals remain low." for b in word.blocks)
    assert [b.text for b in notes.blocks] == ["ACTIONS", "- deliveries on time"]


def test_html_only_body_goes_through_the_html_extractor():
    msg = _message(body=None)
    msg.set_content(
        "<html><body><p><b>Key highlights</b></p><ul><li>Two new cases<sup>1</sup>.</li>"
        "<li>Hubs open</li></ul></body></html>",
        subtype="html",
    )
    doc = extract_bytes(msg.as_bytes(), "mail.eml")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Key highlights"),
        (BlockKind.ITEM, "Two new cases."),
        (BlockKind.ITEM, "Hubs open"),
    ]


def test_broken_attachment_gives_a_warning_not_a_crash():
    msg = _message()
    msg.add_attachment(b"%PDF-1.4\n1 0 obj garbage", maintype="application", subtype="pdf", filename="broken.pdf")
    msg.add_attachment(b"RISKS\n- fine\n", maintype="text", subtype="plain", filename="ok.txt")
    doc = extract_bytes(msg.as_bytes(), "sitrep.eml")
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("attachment broken.pdf: ")
    assert [a.source for a in doc.attachments] == ["sitrep.eml/ok.txt"]
    assert doc.blocks  # the body is still there


def test_attached_messages_respect_the_depth_limit():
    inner = _message("inner body\n", subject="inner")
    inner.add_attachment(b"deep text\n", maintype="text", subtype="plain", filename="deep.txt")
    outer = _message()
    outer.add_attachment(inner, filename="forwarded.eml")
    doc = extract_bytes(outer.as_bytes(), "outer.eml", ExtractContext(max_attachment_depth=1))
    (fwd,) = doc.attachments
    assert fwd.title == "inner" and [b.text for b in fwd.blocks] == ["inner body"]
    assert fwd.attachments == [] and "deep.txt" in fwd.warnings[0] and "nested" in fwd.warnings[0]
    full = extract_bytes(outer.as_bytes(), "outer.eml")
    assert [b.text for b in full.attachments[0].attachments[0].blocks] == ["deep text"]


def test_empty_email_is_an_empty_document():
    with pytest.raises(EmptyDocument):
        extract_bytes(_message(body="\n\n").as_bytes(), "empty.eml")
    with pytest.raises(EmptyDocument):
        extract_bytes(
            b"From: a@example.org\r\nSubject: nothing\r\nDate: Mon, 20 Apr 2020 09:30:00 +0100\r\n\r\n", "empty.eml"
        )


def test_eml_is_recognised_by_its_headers_not_its_name():
    data = _message().as_bytes()
    assert choose_extractor(data[:4096], "forwarded.txt").name == "email"
    assert EmailExtractor().score(b"Dear all,\nplease find the sitrep.\n", "notes.txt") == 0.0


def test_ole_files_that_are_not_outlook_messages_are_refused():
    ex = EmailExtractor()
    plain_ole = _ole()
    assert ex.score(plain_ole, "report.doc") == 0.0
    assert ex.score(plain_ole, "mail.msg") > 0.9
    with pytest.raises(CorruptDocument, match="not an Outlook message"):
        extract_bytes(plain_ole, "mail.msg")
    # The MAPI property stream names mark a message even under another name.
    with_streams = _ole("__substg1.0_0037001F")
    assert ex.score(with_streams, "attachment.bin") > 0.9
    with pytest.raises(CorruptDocument):
        extract_bytes(with_streams, "attachment.bin")
    with pytest.raises((UnsupportedFormat, CorruptDocument)):
        extract_bytes(plain_ole, "report.doc")
