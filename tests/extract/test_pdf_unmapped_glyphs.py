"""A PDF glyph that maps to no text inside a word is a ligature whose font forgot its letters, read as fi
("con?rmed" → "confirmed", "?rst" → "first"); the hyphens pdfium reports the same way stay hyphens
("up-to-date", "follow-up"). Such fonts come from real typesetting, so the documents are real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.read import parse_file

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus in ../shared not available")


def _text(path: Path) -> str:
    return " ".join(i.text for r in parse_file(path) for i in r.items())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("nicd-covid19-updates/2020-03-20-update-22.pdf", ["confidence", "confirm 52", "confirmed"]),
        ("nicd-covid19-updates/2020-03-18-update-20.pdf", ["first", "confirms"]),
    ],
)
def test_a_glyph_without_text_inside_a_word_is_its_ligature(name: str, words: list[str]) -> None:
    text = _text(CORPUS / name)
    assert all(w in text for w in words)
    assert "con-" not in text and "\ufffe" not in text


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("who-covid-weekly-epi-update/2020-10-12.pdf", ["up-to-date"]),
        ("uganda-moh-ebola-sitreps/2022-10-26-sitrep-36.pdf", ["follow-up"]),
    ],
)
def test_hyphens_reported_alike_stay_hyphens(name: str, words: list[str]) -> None:
    text = _text(CORPUS / name)
    assert all(w in text for w in words)
    assert "fi" + "up" not in text and "tofidate" not in text
