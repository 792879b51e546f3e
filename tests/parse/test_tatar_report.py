"""Operative information in Tatar, as a district of Tatarstan writes it in spring floods: its numbered sections keyed
(brief information, current situation, forecast, damage caused, forces and means, expenses, dangers, next steps) and
a danger's measures after "Чаралар:" read as its mitigation. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import io

import docx
import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

TITLE = "Язгы ташу барышы турында оператив мәгълүмат № 2"
RISK = ("Боз бөкесе барлыкка килү куркынычы бар.", "Елга буенда тәүлек буе күзәтү оештырылды.")
SECTIONS = [
    ("1. Кыскача мәгълүмат", "highlights", ["Районда 3 авыл су астында калды."]),
    ("2. Хәзерге вазгыять", "situation", ["Елгада су дәрәҗәсе 12 см га күтәрелде."]),
    ("3. Су дәрәҗәсе һәм һава торышы фаразы", "forecast", ["Киләсе өч көндә су дәрәҗәсе күтәрелер."]),
    ("4. Китерелгән зыян", "impacts", ["41 йорт су астында калды."]),
    ("5. Көчләр һәм чаралар", "workforce", ["Эшләргә 214 кеше һәм 37 техника җәлеп ителде."]),
    ("6. Чыгымнар", "finance", ["Чыгымнар 1 250 000 сум тәшкил итә."]),
    ("7. Куркынычлар", "risks", [f"{RISK[0]} Чаралар: {RISK[1]}"]),
    ("8. Киләсе адымнар", "next-steps", ["Җимерелгән күперне 15 майга торгызу."]),
]


def _docx() -> bytes:
    return word_bold_lines(TITLE, SECTIONS, "–")


def _docx_register() -> bytes:
    """The dangers set out as a register (№ | Куркыныч | Чаралар | Җаваплы), as a district's note lays them."""
    d = docx.Document()
    d.add_paragraph().add_run(TITLE).bold = True
    for heading, _, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        if heading == "7. Куркынычлар":
            table = d.add_table(rows=2, cols=4)
            for cell, text in zip(table.rows[0].cells, ("№", "Куркыныч", "Чаралар", "Җаваплы"), strict=True):
                cell.text = text
            for cell, text in zip(table.rows[1].cells, ("1.", RISK[0], RISK[1], "Авыл җирлеге башлыгы"), strict=True):
                cell.text = text
            continue
        for point in points:
            d.add_paragraph(f"– {point}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    return html_page(TITLE, SECTIONS)


def _markdown() -> bytes:
    return markdown(TITLE, SECTIONS)


@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_html, "r.html"), (_markdown, "r.md")])
def test_a_tatar_report_is_keyed_and_its_dangers_mitigated(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == TITLE
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[6].items[0].mitigation == RISK[1]


def test_a_tatar_register_gives_each_danger_its_measures() -> None:
    report = parse_bytes(_docx_register(), "r.docx")[0]
    dangers = report.sections[6]
    assert (dangers.key, [(i.text, i.mitigation) for i in dangers.items]) == ("risks", [RISK])
