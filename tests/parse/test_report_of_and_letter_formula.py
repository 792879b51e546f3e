"""A report named by what it is of, its number marked after that ("Relatório de Ocorrências n.º 1 – Intempérie",
"Report of Incidents No. 3", "Informe de Emergencia N.º 2"), is the report's title and number under the sender's
name, not a section; a number with no mark after such a name ("Update on Ward 3") names no issue. The formula an
official letter opens with ("Por este medio se informa …", "Por medio de la presente …", "Pela presente …") is the
covering sentence, not a point. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import io

import docx
import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.parse.metadata import find_number
from sitroom.read import parse_bytes

SECTIONS = [("Resumo", None, ["Ocorrências registadas pela Junta: 166."]), ("Custos", None, ["Despesa: 12 400 €."])]
WRITERS = {"docx": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "md": (markdown, "r.md")}


@pytest.mark.parametrize(
    ("title", "number"),
    [("Relatório de Ocorrências n.º 1 – Intempérie", 1), ("Report of Incidents No. 3", 3),
     ("Informe de Emergencia N.º 2", 2), ("Boletim de Ocorrências nº 12", 12), ("Update on Ward 3", None),
     ("Report of the Board No. 2026", None)],
)  # fmt: skip
def test_a_report_named_by_what_it_is_of_carries_its_marked_number(title: str, number: int | None) -> None:
    assert find_number(title) == number


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_the_numbered_name_under_the_sender_is_the_title(fmt: str) -> None:
    make, name = WRITERS[fmt]
    sections = [("Proteção Civil Municipal", None, []), ("Relatório de Ocorrências n.º 4 – Intempérie", None, []),
                *SECTIONS]  # fmt: skip
    report = parse_bytes(make("Município do Funchal", sections), name)[0]
    assert report.number == 4
    assert [s.heading for s in report.sections] == [h for h, _, _ in SECTIONS]


FORMULAS = [
    "Por este medio se informa la situación del municipio a la fecha y hora indicadas.",
    "Por medio de la presente se hace del conocimiento la situación del municipio.",
    "Pela presente se comunica a situação da freguesia à data e hora indicadas.",
]
HEAD = ["Para: Comisión Departamental de Protección Civil", "Asunto: reporte de situación"]


def _letter_docx(formula: str) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("REPORTE DE SITUACIÓN No. 3").bold = True
    for line in [*HEAD, formula]:
        d.add_paragraph(line)
    for heading, _, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"- {point}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _letter_html(formula: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in [*HEAD, formula])
    body += "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, _, points in SECTIONS)
    return f"<html><body><h1>REPORTE DE SITUACIÓN No. 3</h1>{body}</body></html>".encode()


def _letter_md(formula: str) -> bytes:
    body = "".join(f"{line}\n\n" for line in [*HEAD, formula])
    body += "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in points) + "\n" for h, _, points in SECTIONS)
    return f"# REPORTE DE SITUACIÓN No. 3\n\n{body}".encode()


LETTERS = {"docx": (_letter_docx, "r.docx"), "html": (_letter_html, "r.html"), "md": (_letter_md, "r.md")}


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("fmt", sorted(LETTERS))
def test_an_official_letters_opening_formula_is_no_point(formula: str, fmt: str) -> None:
    make, name = LETTERS[fmt]
    report = parse_bytes(make(formula), name)[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, _, points in SECTIONS for p in points]
