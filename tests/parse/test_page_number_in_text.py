"""A page's number left in the text as a paragraph of its own (a scanned report turned back into Word, a PDF's text
copied out): between two points it is left out and counted, and where a sentence runs on over the page break its
two halves are one point again. A key figure set over its label ("214" over "staff deployed") is no page number.
In Word and in plain text."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

BEFORE = ["Эшләргә 344 кеше һәм 43 берәмлек техника җәлеп ителде."]
SPLIT = ("Урнаштыру пунктларында 120 урын әзерләнде (шул исәптән 40 урын", "балалар өчен).")
AFTER = ["Республика резерв фондыннан 269 000 сум бүлеп бирелде."]


def _paragraphs(page_between: bool) -> list[str]:
    first = ["Situation report 4", "Staff and equipment", *BEFORE]
    if page_between:
        return [*first, "2", "Costs", *AFTER, SPLIT[0], "3", SPLIT[1]]
    return [*first, "Costs", *AFTER, f"{SPLIT[0]} {SPLIT[1]}"]


def _docx(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for text in paragraphs:
        p = d.add_paragraph()
        p.add_run(text).bold = text in ("Situation report 4", "Staff and equipment", "Costs")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(paragraphs: list[str]) -> bytes:
    return "\n\n".join(paragraphs).encode()


@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_text, "r.txt")])
def test_a_page_number_left_in_the_text_is_no_point(make, name: str) -> None:
    expected = parse_bytes(make(_paragraphs(False)), name)[0]
    report = parse_bytes(make(_paragraphs(True)), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        (s.heading, [i.text for i in s.items]) for s in expected.sections
    ]
    assert f"{SPLIT[0]} {SPLIT[1]}" in [i.text for s in report.sections for i in s.items]
    assert "2 page number(s) left in the text left out" in report.warnings


def test_a_key_figure_over_its_label_stays() -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Key figures").bold = True
    for figure, label in (("214", "staff deployed"), ("37", "vehicles in use")):
        d.add_paragraph(figure)
        d.add_paragraph(label)
    buf = io.BytesIO()
    d.save(buf)
    texts = " ".join(i.text for s in parse_bytes(buf.getvalue(), "k.docx")[0].sections for i in s.items)
    assert "214" in texts and "37" in texts
