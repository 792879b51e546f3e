"""A heading in two languages on one line ("Impacts / Répercussions") means what either half means, even
where one half is unknown to the vocabulary ("Next Report / Prochain rapport"); and the occurrences a
Portuguese or Spanish civil protection counts ("Ocorrências", "Incidencias") are the impacts.

Two layouts: a Word report (headings in a heading style over List Bullet points) and a plain-text report
(capitals headings over "- " points).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

BILINGUAL = [
    ("Situation Overview / Aperçu de la situation", "situation", "Fire activity increased in the north."),
    ("Impacts / Répercussions", "impacts", "Highway 6 closed between Elk Lake and Pine Falls."),
    ("Risks / Risques", "risks", "Dry lightning forecast on Friday."),
    ("Next Report / Prochain rapport", "next-steps", "July 23, 2024 at 18:00 CDT."),
]
OCCURRENCES = [
    ("1. Ponto de situação", "situation", "A depressão afasta-se para nordeste."),
    ("2. Ocorrências", "impacts", "Registadas 1.250 ocorrências, sobretudo quedas de árvores."),
    ("3. Incidencias", "impacts", "Cortes de carretera en la comarca."),
]


def _word(sections: list[tuple[str, str, str]]) -> bytes:
    d = docx.Document()
    d.add_heading("Situation Report 4", level=0)
    for heading, _, item in sections:
        d.add_heading(heading, level=1)
        d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(sections: list[tuple[str, str, str]]) -> str:
    return "Situation Report 4\n\n" + "".join(f"{h.upper()}\n- {item}\n\n" for h, _, item in sections)


def _check(report: Report, sections: list[tuple[str, str, str]]) -> None:
    got = [(s.heading.casefold(), s.key, s.items[0].text) for s in report.sections if s.heading]
    assert got == [(h.casefold(), key, item) for h, key, item in sections]


def test_a_heading_in_two_languages_means_what_either_half_means() -> None:
    _check(parse_bytes(_word(BILINGUAL), "sitrep.docx")[0], BILINGUAL)
    _check(parse_text(_text(BILINGUAL), "sitrep.txt"), BILINGUAL)


def test_occurrences_are_the_impacts() -> None:
    _check(parse_bytes(_word(OCCURRENCES), "relatorio.docx")[0], OCCURRENCES)
    _check(parse_text(_text(OCCURRENCES), "relatorio.txt"), OCCURRENCES)
