"""Text extraction: encodings, offsets, refusing binaries."""

from __future__ import annotations

import pytest

from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract import extract_bytes
from sitroom.model import BlockKind

SAMPLE = "RISKS\n\n• Staff absence at 5% – rising;\n• Café closed\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.replace("•", "-").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"],
)
def test_text_is_decoded_whatever_the_encoding(encoded):
    doc = extract_bytes(encoded, "sitrep.txt")
    assert doc.format == "txt"
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "RISKS"
    assert any("Café closed" in t for t in texts)
    assert any("5% – rising" in t for t in texts)


def test_block_offsets_point_into_the_document_text():
    doc = extract_bytes("  Heading\n\n  • first item\ncontinued\n".encode(), "a.txt")
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    assert [b.style["gap_before"] for b in doc.blocks] == [0, 1, 0]
    assert doc.blocks[1].style["indent"] == 2


def test_markdown_headings_are_headings():
    doc = extract_bytes(b"# Weekly sitrep\n\n## Risks\n\n- one\n", "x.md")
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert kinds[0] == (BlockKind.HEADING, 1, "Weekly sitrep")
    assert kinds[1] == (BlockKind.HEADING, 2, "Risks")


def test_binary_bytes_in_a_txt_are_refused():
    with pytest.raises(CorruptDocument, match=r"junk\.txt: binary data"):
        extract_bytes(bytes(range(256)) * 20, "junk.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t "])
def test_empty_file_is_refused(data):
    with pytest.raises(EmptyDocument, match=r"empty\.txt"):
        extract_bytes(data, "empty.txt")
