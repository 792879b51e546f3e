"""Sizes in one decimal unit and file names kept to one line in messages."""

from __future__ import annotations

import pytest

from sitroom.display import format_size, mb_to_bytes, one_line
from sitroom.errors import CorruptDocument


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (999, "999 bytes"),
        (1500, "1.5 kB"),
        (20_000_000, "20 MB"),
        (200_000_000, "200 MB"),
        (52_428_800, "52.4 MB"),
        (1_260_000_000, "1.3 GB"),
    ],
)
def test_sizes_are_decimal_with_at_most_one_decimal(size: int, text: str) -> None:
    assert format_size(size) == text


def test_a_limit_in_mb_is_decimal_like_the_messages() -> None:
    assert mb_to_bytes(20) == 20_000_000
    assert format_size(mb_to_bytes(20)) == "20 MB"


def test_control_characters_and_line_separators_are_escaped() -> None:
    assert one_line("a\nb\r\x1b[31mc\u2028d\u202ee") == "a\\nb\\r\\x1b[31mc\\u2028d\\u202ee"
    assert one_line("Relatório nº 3 — 日本.docx") == "Relatório nº 3 — 日本.docx"


def test_an_error_naming_a_file_is_one_line() -> None:
    e = CorruptDocument("sitrep\n2.docx", "damaged zip entry")
    assert str(e) == "sitrep\\n2.docx: damaged zip entry"
    assert e.source == "sitrep\n2.docx"  # the name itself is kept for the program
