"""The writer's note to the readers that opens a report, above its first section, is no point of it: a greeting,
the report naming itself and leading into what follows, the series saying what it carries, the offer of the report
in other formats. A paragraph that goes on to news of the incident is kept whole (and in a PDF, naming an update
and a number does not make it the title's date line). Layouts: a web page, a Word document, a Markdown page, the
page printed to PDF and a PDF typeset from paragraph styles."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import weasyprint
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["1,884 families have received help from the centre."]),
    ("Next steps", ["Community meeting at the court on 26 September."]),
]
NOTES = [
    ["Kia ora koutou. Here is our update for the week on how farmers are getting on after the cyclone."],
    ["This is update #3 on our flood mapping activation. Here is what our volunteers have done since the last one."],
    ["¡Saludos, vecinos y amigos! Esta es nuestra actualización #3 desde el paso del huracán. Aquí les contamos "
     "cómo va todo."],
    ["Every week this winter we share what people tell us about their health and care services.",
     "If you need this briefing in another format, please contact us."],
    ["Dá lea orohaga dilledieđáhus nr. 1 goavvedili birra, 10. guovvamánu."],
    ["Česćeni knjeni a knježa,", "tu je naša rozprawa čo. 1 wo lěsnym wohenju w gmejnje."],
    ["Aloha mai kākou,", "Eia nā nūhou o kēia pule no ka ʻāina hoʻopulapula ma hope o ka ʻino Kona."],
]  # fmt: skip
# ... and an opening paragraph that goes on to the news is the report's
KEPT = "This is update 3. 45 homes were evacuated overnight."


def _page(opening: list[str]) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in opening)
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for h, items in SECTIONS)
    return f"<html><body><main><h1>Update 3</h1>{paragraphs}{body}</main></body></html>".encode()


def _word(opening: list[str]) -> bytes:
    d = docx.Document()
    d.add_heading("Update 3", 0)
    for p in opening:
        d.add_paragraph(p)
    for heading, items in SECTIONS:
        d.add_heading(heading, 1)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _markdown(opening: list[str]) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS)
    return ("# Update 3\n\n" + "".join(f"{p}\n\n" for p in opening) + body).encode()


def _printed_page(opening: list[str]) -> bytes:
    return weasyprint.HTML(string=_page(opening).decode()).write_pdf()


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(opening: list[str]) -> bytes:
    if not DEJAVU.exists():
        pytest.skip("no DejaVu font to draw the Sami letters with")
    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = "DejaVu"
    story = [Paragraph("Update 3", styles["Title"]), *(Paragraph(p, styles["Normal"]) for p in opening)]
    for heading, items in SECTIONS:
        story.append(Paragraph(heading, styles["Heading1"]))
        story.append(ListFlowable([ListItem(Paragraph(i, styles["Normal"])) for i in items], bulletType="bullet"))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


LAYOUTS = [(_page, "u.html"), (_word, "u.docx"), (_markdown, "u.md"), (_printed_page, "u.pdf"), (_pdf, "u.pdf")]
IDS = ["page", "word", "markdown", "printed-page", "pdf"]


NAMES = ["maori", "update-number", "spanish", "series-and-formats", "sami", "sorbian", "hawaiian"]


@pytest.mark.parametrize("opening", NOTES, ids=NAMES)
@pytest.mark.parametrize(("write", "name"), LAYOUTS, ids=IDS)
def test_the_opening_note_to_the_readers_is_no_point(write, name: str, opening: list[str]) -> None:
    report = parse_bytes(write(opening), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    # left out and counted: as the opening note, or as a greeting over its covering line where each is a paragraph;
    # a PDF sets the Sami line, naming the report's number and day right under the title, as the title's date line
    counted = any(what in w for w in report.warnings for what in ("opening note", "covering line", "greeting"))
    assert counted or (name.endswith(".pdf") and opening is NOTES[4])


@pytest.mark.parametrize(("write", "name"), LAYOUTS, ids=IDS)
def test_an_opening_paragraph_going_on_to_the_news_is_kept(write, name: str) -> None:
    report = parse_bytes(write([KEPT]), name)[0]
    assert [i.text for i in report.sections[0].items] == [KEPT]
