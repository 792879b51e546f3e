"""Council sitreps in layouts none of sitroom's reading rules were written for: an honest measure.

    python benchmarks/unseen_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

``council_layouts.py`` scores twelve layouts the parser has been tuned on. This is a second, separate
set, kept apart so that its figures say how sitroom reads a publisher nobody tuned for: a French
return (Word, French headings and risk table), a Spanish one (PDF, "–" dashes, a mitigation on the line
after "Mitigation:"), a PDF with a "SITUATION IN NUMBERS" box beside the body, a form-style PDF (a
label | value grid, then bulleted sections), Roman-numeral headings in bold body-size text, a Word
return whose sections are table rows with a RAG column, Markdown with front matter, link headings,
hard-wrapped paragraphs and a fenced block, and a web page of plain ``<div>``s with a left-hand list
of links and a footer. The generator's structure is the gold; the scorer and the linking measure are
those of ``council_layouts.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import unseen_layouts_web as web  # noqa: E402
import unseen_layouts_writers as w  # noqa: E402
from council_layouts import _wording, run  # noqa: E402
from council_layouts_gold import Doc, Wording  # noqa: E402


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # a service's return, the flood response
    title: str  # format string: {org} {service} {n} {date}
    risk_table: bool = False
    restyle: Callable[[Doc], None] | None = None  # changes the printed text (and so the gold) first


LAYOUTS = (
    Layout("word-french", "docx", w.word_french, _wording(
        [("Points saillants", "highlights"), ("Défis", "risks"), ("Ressources humaines", "workforce"),
         ("Finances", "finance"), ("Relèvement", "recovery"), ("Communication", "communications")],
        [("Situation actuelle", "situation"), ("Prévisions", "forecast"), ("Impacts", "impacts"),
         ("Riposte", "response"), ("Défis", "risks"), ("Relèvement", "recovery"),
         ("Communication", "communications")]),
        "{org} – Rapport de situation n° {n} – {service}", risk_table=True),
    Layout("pdf-spanish-dashes", "pdf", w.pdf_spanish_dashes, _wording(
        [("Aspectos destacados", "highlights"), ("Riesgos", "risks"), ("Personal", "workforce"),
         ("Costes", "finance"), ("Recuperación", "recovery"), ("Comunicación", "communications")],
        [("Situación actual", "situation"), ("Pronóstico", "forecast"), ("Impactos", "impacts"),
         ("Respuesta", "response"), ("Riesgos", "risks"), ("Recuperación", "recovery"),
         ("Comunicación", "communications")]),
        "Informe de situación n.º {n} – {service}", restyle=w.restyle_mitigation_line),
    Layout("pdf-sidebar-numbers", "pdf", w.pdf_sidebar, _wording(
        [("Overview of activity", "activity"), ("Risks and issues", "risks"), ("Workforce", "workforce"),
         ("Finance", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation overview", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and issues", "risks"), ("Recovery", "recovery"),
         ("Communications", "communications")]),
        "{service} Situation Report {n} – {date}"),
    Layout("pdf-form-grid", "pdf", w.pdf_form, _wording(
        [("Summary of activity", "activity"), ("Risks", "risks"), ("Staffing", "workforce"),
         ("Financial impact", "finance"), ("Recovery planning", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery planning", "recovery"), ("Communications", "communications")]),
        "{org} weekly return form – {service}"),
    Layout("pdf-roman-bold", "pdf", w.pdf_roman, _wording(
        [("Key points", "highlights"), ("Risks", "risks"), ("Human resources", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Communication", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Communication", "communications")]),
        "{org} {service} situation report no. {n}", restyle=w.restyle_roman),
    Layout("word-rows-rag", "docx", w.word_rows_rag, _wording(
        [("Service activity", "activity"), ("Issues and risks", "risks"), ("Staffing", "workforce"),
         ("Budget", "finance"), ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Issues and risks", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} – highlight report {n} – {date}"),
    Layout("markdown-linked", "md", web.markdown_linked, _wording(
        [("Activity", "activity"), ("Risks", "risks"), ("Workforce", "workforce"), ("Finance", "finance"),
         ("Recovery", "recovery"), ("Communications", "communications")],
        [("Situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"), ("Response", "response"),
         ("Risks", "risks"), ("Recovery", "recovery"), ("Communications", "communications")]),
        "{service} weekly return {n}"),
    Layout("html-left-nav", "html", web.html_left_nav, _wording(
        [("Service update", "activity"), ("Risks and issues", "risks"), ("Our workforce", "workforce"),
         ("Finance", "finance"), ("Recovery", "recovery"), ("Keeping people informed", "communications")],
        [("Current situation", "situation"), ("Forecast", "forecast"), ("Impacts", "impacts"),
         ("Response", "response"), ("Risks and issues", "risks"), ("Recovery", "recovery"),
         ("Keeping people informed", "communications")]),
        "{service} update {n}: {date}"),
)  # fmt: skip


SEED_OFFSET = 100  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    # other seeds than council_layouts.py's, so that the content is not the tuned set's either
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=22)


if __name__ == "__main__":
    main()
