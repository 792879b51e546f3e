"""In a plain text in Chinese (a file, a mail's text), the parts numbered "一、" are headings kept as printed (no
space after the number), and the points numbered "（一）" or "1." with no space after the number are items."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "一、災情概述": ["花蓮縣受颱風影響，多處發生淹水。", "目前無人員傷亡。"],
    "二、應變作為": ["開設避難收容處所16處。", "調派抽水機12台。"],
}


@pytest.mark.parametrize("mark", ["（{n}）", "{n}."], ids=["bracketed", "numbered"])
@pytest.mark.parametrize("name", ["report.txt", "report.eml.txt"])
def test_numbered_parts_head_their_numbered_points(mark: str, name: str) -> None:
    hanzi = "一二三"
    text = "颱風災害應變處置報告（第1報）\n\n"
    for heading, points in SECTIONS.items():
        text += heading + "\n"
        for n, point in enumerate(points):
            text += mark.format(n=hanzi[n] if "（" in mark else n + 1) + point + "\n"
        text += "\n"
    report = parse_bytes(text.encode(), name)[0]
    # the title line naming the report is the vocabulary's to tell
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items and s.heading} == SECTIONS


@pytest.mark.parametrize("indent", ["\u3000\u3000", ""], ids=["ideographic-indent", "flush"])
def test_a_paragraph_under_a_numbered_part_is_its_text(indent: str) -> None:
    text = "颱風災害應變處置報告（第1報）\n\n一、災情概述\n（一）花蓮縣受颱風影響，多處發生淹水。\n\n"
    text += f"二、當前狀況\n{indent}開設避難收容處所16處。\n\n三、經費\n（一）已申請中央災害準備金。\n"
    report = parse_bytes(text.encode(), "report.txt")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert got == {
        "一、災情概述": ["花蓮縣受颱風影響，多處發生淹水。"],
        "二、當前狀況": ["開設避難收容處所16處。"],
        "三、經費": ["已申請中央災害準備金。"],
    }
