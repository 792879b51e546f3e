"""Text extraction: encodings, offsets, refusing binaries."""

from __future__ import annotations

import pytest

from sitroom.analyse.figures import extract_figures
from sitroom.errors import CorruptDocument, EmptyDocument
from sitroom.extract import extract_bytes
from sitroom.extract.text import decode_text
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


# Western European texts, each short enough that a neighbouring code page decodes it without visible mess.
WESTERN = [
    "Budget: £1.2m agreed, £300k pending and £45k spent.\n",
    "Spending to date £1.2m\n",
    "Coût: 1.2m€ — café, naïve, £1.2m\n",
    "Schöne Grüße aus Köln: “Straße” 5 geöffnet\n",
    "Le café est fermé; l’hôpital reçoit 1 200 patients — «urgence».\n",
]
CENTRAL = [
    "Ośrodek w Łodzi\n",
    "Zażółć gęślą jaźń. Raport sytuacyjny nr 5: liczba ewakuowanych osób wzrosła do 1200.\n",
    "Příliš žluťoučký kůň úpěl ďábelské ódy. Situační zpráva č. 5: evakuováno 1 200 osob.\n",
]


@pytest.mark.parametrize("text", WESTERN)
def test_cp1252_is_preferred_when_it_reads_the_text_as_well_as_a_neighbour(text):
    assert decode_text(text.encode("cp1252"), "sitrep.txt") == text


@pytest.mark.parametrize("text", CENTRAL)
def test_central_european_text_keeps_its_code_page(text):
    assert decode_text(text.encode("cp1250"), "sitrep.txt") == text


def test_money_in_a_cp1252_file_is_found_as_in_utf8():
    text = WESTERN[0]
    figures = {
        encoding: [
            (f.value, f.currency)
            for b in extract_bytes(text.encode(encoding), "finance.txt").blocks
            for f in extract_figures(b.text)
        ]
        for encoding in ("utf-8", "cp1252")
    }
    assert figures["utf-8"] == [(1_200_000, "GBP"), (300_000, "GBP"), (45_000, "GBP")]
    assert figures["cp1252"] == figures["utf-8"]
