"""Headings marked by a glyph: in a Korean or Japanese report each "□" or "■" line, a short label, heads the
points set with another mark under it ("○", "・"), kept as printed; parts numbered "Ⅰ." head them in turn. A
list whose "●" points are sentences stays a list. Layouts: a plain text, a Markdown page, a Word document."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

KOREAN = [
    ("□ 개요", ["집중호우로 시 전역에 침수 피해 발생", "일시대피 주민 2,584명"]),
    ("□ 현재 상황", ["임시주거시설 30개소 운영"]),
    ("□ 피해 현황", ["주택 침수 46동", "농경지 침수 604ha"]),
]
JAPANESE = [
    ("■ 概要", ["記録的な大雨により、市内各地で浸水被害が発生した。", "避難指示の対象世帯数2,536世帯。"]),
    ("■ 被害の状況", ["床上浸水327棟。"]),
]


def _text(sections: list[tuple[str, list[str]]], child: str, part: str | None = None) -> str:
    out = f"{part}\n\n" if part else ""
    for heading, points in sections:
        out += heading + "\n" + "".join(f"  {child} {p}\n" for p in points) + "\n"
    return out


def _sections(data: bytes, name: str) -> list[tuple[str | None, list[str]]]:
    report = parse_bytes(data, name)[0]
    return [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


@pytest.mark.parametrize(("sections", "child"), [(KOREAN, "○"), (JAPANESE, "・")], ids=["korean", "japanese"])
@pytest.mark.parametrize("name", ["r.txt", "r.md"])
def test_a_marked_label_heads_the_points_of_another_mark(sections, child: str, name: str) -> None:
    text = _text(sections, child if name.endswith(".txt") else "-")
    if name.endswith(".md"):  # a Markdown list: the heading marks on points of their own
        text = "".join(f"- {h}\n" + "".join(f"  - {child} {p}\n" for p in pts) for h, pts in sections)
    got = _sections(text.encode(), name)
    assert [h for h, _ in got if h] == [h for h, _ in sections]


def test_a_part_numbered_with_a_roman_sign_heads_the_marked_headings() -> None:
    got = _sections(_text(KOREAN, "○", part="Ⅰ. 상황 개요").encode(), "r.txt")
    assert got[0] == ("Ⅰ. 상황 개요", [])
    assert got[1:] == KOREAN


def test_marked_labels_in_a_word_document() -> None:
    d = docx.Document()
    for heading, points in KOREAN:
        d.add_paragraph(heading)
        for p in points:
            d.add_paragraph("○ " + p)
    buf = io.BytesIO()
    d.save(buf)
    assert _sections(buf.getvalue(), "r.docx") == KOREAN


def test_a_list_of_sentences_stays_a_list() -> None:
    text = (
        "Summary\n\n● Roads are closed in the north.\n  ○ A12 at the bridge.\n● Schools reopen on Monday.\n"
        "  ○ Two stay shut.\n"
    )
    got = _sections(text.encode(), "r.txt")
    assert all(not (h or "").startswith("●") for h, _ in got)
