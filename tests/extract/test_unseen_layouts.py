"""Layouts no reading rule was first written for (see benchmarks/unseen_layouts.py), generated here and
asserted on the parsed structure: bullet-only web pages, rating columns, headings that frame a topic."""

from __future__ import annotations

import io

import docx
import pytest
from docx_xml import save

from sitroom.model import Report
from sitroom.read import parse_bytes

ACTIVITY = [
    "Face to face visits continue for children assessed as being at highest risk.",
    "Virtual child protection conferences are now routine, with families joining by telephone.",
]
FINANCE = ["Additional expenditure so far is £154,000, mostly placements and agency staff."]
LINKS = ("Home", "Council services", "Coronavirus updates", "Adult social care", "Council tax", "Contact us")


def _parse(data: bytes, name: str) -> Report:
    return parse_bytes(data, name)[0]


def _headings(report: Report) -> list[str]:
    return [s.heading for s in report.sections if s.heading]


def _docx(build) -> bytes:
    d = docx.Document()
    build(d)
    return save(d)


# ---------------------------------------------------------------- web pages of bullets only


def _div_page() -> str:
    nav = "".join(f"<li><a href='/{n}'>{t}</a></li>" for n, t in enumerate(LINKS))
    return (
        "<!doctype html><html><head><title>Children's services update 2</title></head><body>"
        f"<div class='wrapper'><div class='left'><ul>{nav}</ul></div><div class='content'>"
        "<h1>Children's services update 2</h1>"
        f"<h3>Service update</h3><ul>{''.join(f'<li>{t}</li>' for t in ACTIVITY)}</ul>"
        f"<h3>Finance</h3><ul>{''.join(f'<li>{t}</li>' for t in FINANCE)}</ul></div>"
        "<div class='bottom'><p>Northfield Council, Civic Centre, Market Street, Northfield NF1 2AB</p>"
        "<p>© Northfield Council 2020</p></div></div></body></html>"
    )


def _section_page() -> str:
    related = "".join(f"<li><a href='/r{n}'>{t}</a></li>" for n, t in enumerate(LINKS))
    return (
        "<!doctype html><html><head><title>Children's services update 2</title></head><body>"
        "<h1>Children's services update 2</h1>"
        f"<section id='updates'><h2>Service update</h2><ol>{''.join(f'<li>{t}</li>' for t in ACTIVITY)}</ol>"
        f"<h2>Finance</h2><ol>{''.join(f'<li>{t}</li>' for t in FINANCE)}</ol></section>"
        f"<div id='related'><h4>Related pages</h4><ul>{related}</ul></div>"
        "<div id='foot'><p>Telephone the contact centre on 01632 960 000 between 9am and 5pm.</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("page", [_div_page, _section_page])
def test_a_web_return_of_bullets_only_is_read_from_its_lists_not_from_the_footer_paragraphs(page) -> None:
    report = _parse(page().encode(), "update.html")
    assert _headings(report) == ["Service update", "Finance"]
    assert [i.text for i in report.items()] == ACTIVITY + FINANCE


# ---------------------------------------------------------------- rating columns of text tables

ROWS = [("Service activity", ACTIVITY, "Green"), ("Budget", FINANCE, "Amber")]


def _rows_docx() -> bytes:
    def build(d):
        d.add_paragraph().add_run("Children's services highlight report 2").bold = True
        table = d.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for c, name in zip(table.rows[0].cells, ("Area", "Update", "RAG"), strict=True):
            c.paragraphs[0].add_run(name).bold = True
        for heading, texts, rag in ROWS:
            left, mid, right = table.add_row().cells
            left.paragraphs[0].add_run(heading).bold = True
            for n, t in enumerate(texts):
                para = mid.paragraphs[0] if n == 0 else mid.add_paragraph()
                para.style = d.styles["List Bullet"]
                para.add_run(t)
            right.text = rag

    return _docx(build)


def _rows_html() -> bytes:
    body = "".join(
        f"<tr><td>{h}</td><td><ul>{''.join(f'<li>{t}</li>' for t in texts)}</ul></td><td>{rag}</td>"
        "<td>Head of Service</td></tr>"
        for h, texts, rag in ROWS
    )
    return (
        "<html><head><title>Highlight report 2</title></head><body><main><h1>Highlight report 2</h1>"
        f"<table><tr><th>Area</th><th>Update</th><th>Status</th><th>Owner</th></tr>{body}</table>"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize("name,make", [("rows.docx", _rows_docx), ("rows.html", _rows_html)])
def test_a_tables_rating_and_owner_columns_describe_its_rows_and_are_no_items(name, make) -> None:
    report = _parse(make(), name)
    assert _headings(report) == ["Service activity", "Budget"]
    assert [i.text for i in report.items()] == ACTIVITY + FINANCE


def test_a_sentence_under_a_status_column_is_still_an_item() -> None:
    page = (
        "<html><body><main><h1>Actions</h1><table><tr><th>Action</th><th>Status</th></tr>"
        "<tr><td>Open two more rest centres.</td><td>Done; both centres opened on 3 April.</td></tr>"
        "<tr><td>Review the discharge rota.</td><td>Green</td></tr></table></main></body></html>"
    )
    items = [i.text for i in _parse(page.encode(), "actions.html").items()]
    assert items == [
        "Open two more rest centres.",
        "Done; both centres opened on 3 April.",
        "Review the discharge rota.",
    ]


RISK = "Supply of aprons and gloves for home visits is uncertain beyond the next fortnight."
MITIGATION = "weekly stock checks and mutual aid with neighbouring authorities."


def _french_register() -> bytes:
    def build(d):
        d.add_paragraph("Rapport de situation n° 2", style="Title")
        d.add_heading("Défis", level=1)
        table = d.add_table(rows=1, cols=4)
        for c, name in zip(table.rows[0].cells, ("Risque", "Niveau", "Mesures d'atténuation", "Responsable"),
                           strict=True):  # fmt: skip
            c.paragraphs[0].add_run(name).bold = True
        for c, v in zip(table.add_row().cells, (RISK, "Élevé", MITIGATION, "Pôle 1"), strict=True):
            c.text = v

    return _docx(build)


def _spanish_register() -> bytes:
    return (
        "# Informe de situación 2\n\n## Riesgos\n\n| Riesgo | Nivel | Medidas de mitigación | Encargado |\n"
        f"| --- | --- | --- | --- |\n| {RISK} | Alto | {MITIGATION} | Jefa de servicio |\n"
    ).encode()


@pytest.mark.parametrize("name,make", [("r.docx", _french_register), ("r.md", _spanish_register)])
def test_a_french_or_spanish_risk_register_gives_its_risk_and_mitigation_and_no_rating(name, make) -> None:
    report = _parse(make(), name)
    section = next(s for s in report.sections if s.heading in ("Défis", "Riesgos"))
    assert section.key == "risks"
    assert [(i.text, i.mitigation) for i in section.items] == [(RISK, MITIGATION)]


# ---------------------------------------------------------------- headings that frame a topic

FRAMED = [("Summary of activity", "activity", ACTIVITY), ("Overview of finances", "finance", FINANCE),
          ("Keeping people informed", "communications", ["Newsletter for partners issued on 1 April."])]  # fmt: skip


def _framed_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table

    buf = io.BytesIO()
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=10, spaceAfter=5)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    story = [Paragraph("Northfield Council weekly return form", title),
             Table([["Service", "Children's services", "Return number", "2"]])]  # fmt: skip
    for heading, _, texts in FRAMED:
        story.append(Paragraph(heading, head))
        story.append(ListFlowable([ListItem(Paragraph(t, body)) for t in texts], bulletType="bullet", start="•"))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _framed_html() -> bytes:
    parts = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{t}</li>' for t in texts)}</ul>" for h, _, texts in FRAMED)
    return f"<html><body><main><h1>Weekly return 2</h1>{parts}</main></body></html>".encode()


@pytest.mark.parametrize("name,make", [("form.pdf", _framed_pdf), ("page.html", _framed_html)])
def test_a_heading_that_frames_a_topic_takes_the_topics_key(name, make) -> None:
    report = _parse(make(), name)
    assert [(s.heading, s.key) for s in report.sections if s.heading] == [(h, k) for h, k, _ in FRAMED]


# ---------------------------------------------------------------- one-line paragraphs in PDF

# short words, so that the line can be made to stop within a word's width of where the writer wanted
WORDS = "The cost of food and fuel for the hubs is kept on one code and sent to the fund each week".split()
SPEND = "A total of £48,000 has been spent on protective equipment bought locally."
LONG = (
    "Delays to assessments are building a backlog of cases, and each case is reviewed every fortnight by a "
    "senior practitioner so that the people waiting longest are seen first."
)


def _nearly_full_line(edge: float, font: str, size: float) -> str:
    """A sentence whose line stops short of the text's right edge ``edge`` by just more than the next
    paragraph's first word: it looks full (within an eighth of the edge), yet that word would have fitted."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = stringWidth(SPEND.split()[0] + " ", font, size) + 4
    words: list[str] = []
    for n in range(200):
        nxt = [*words, WORDS[n % len(WORDS)]]
        if stringWidth(" ".join(nxt) + ";", font, size) > edge - room:
            break
        words = nxt
    line = " ".join(words) + ";"
    assert stringWidth(line, font, size) > 0.88 * edge, "the line must look full"
    return line


def _edge(text: str, style, width: float) -> float:
    """Where the wrapped lines of ``text`` end: the text's right edge as the page shows it."""
    from reportlab.platypus import Paragraph

    para = Paragraph(text, style)
    para.wrap(width, 1000)
    return max(width - line[0] for line in para.blPara.lines[:-1])


def _pdf(font: str, size: float, columns: int, unpunctuated: bool = False) -> tuple[bytes, str]:
    """Roman-numeral headings in bold at the body's size over plain paragraphs, in one or two columns;
    ``unpunctuated``: the second section is one-line entries with no full stop, set as paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    w, h = A4
    margin, gap = 56, 20
    col = (w - 2 * margin - gap * (columns - 1)) / columns
    frames = [Frame(margin + n * (col + gap), margin, col, h - 2 * margin, id=f"c{n}") for n in range(columns)]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    head = ParagraphStyle("h", fontName=bold, fontSize=size, leading=size * 1.3, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    full = _nearly_full_line(_edge(LONG, body, col - 12), font, size)
    story = [Paragraph("Children's services situation report no. 2", ParagraphStyle("t", fontSize=15, leading=19)),
             Paragraph("I. KEY POINTS", head), Paragraph(LONG, body)]  # fmt: skip
    if unpunctuated:
        story.append(Paragraph(LONG2, body))
    story.append(Paragraph("II. FINANCE", head))
    texts = [full, SPEND] if not unpunctuated else [t.rstrip(".") for t in UNPUNCTUATED]
    story += [Paragraph(t, body) for t in texts]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("p", frames)])
    doc.build(story)
    return buf.getvalue(), full if not unpunctuated else ""


@pytest.mark.parametrize("font,size,columns", [("Helvetica", 10, 1), ("Times-Roman", 10.5, 2)])
def test_a_line_with_room_left_for_the_next_word_ends_its_paragraph(font, size, columns) -> None:
    data, full = _pdf(font, size, columns)
    report = _parse(data, "report.pdf")
    assert _headings(report) == ["I. KEY POINTS", "II. FINANCE"]
    assert [i.text for i in report.items()] == [LONG, full, SPEND]


LONG2 = (
    "Children at highest risk continue to be visited face to face, and other visits are held by video call "
    "or by telephone where a family asks for it or where someone in the household is self-isolating."
)
UNPUNCTUATED = [
    "Additional costs of £174,000 to date, mainly the testing site and contact tracing",
    "Spend on PPE bought locally now stands at £38,000",
    "Savings expected from cancelled training and reduced travel",
]


@pytest.mark.parametrize("font,size,columns", [("Helvetica", 10, 1), ("Times-Roman", 10.5, 2)])
def test_paragraphs_of_one_line_without_a_full_stop_are_told_apart_by_the_space_between_them(
    font, size, columns
) -> None:
    data, _ = _pdf(font, size, columns, unpunctuated=True)
    report = _parse(data, "report.pdf")
    assert _headings(report) == ["I. KEY POINTS", "II. FINANCE"]
    assert [i.text for i in report.items()] == [LONG, LONG2, *UNPUNCTUATED]
