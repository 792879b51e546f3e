"""A form's answers as a reader takes them: each question heads its answer, each line of an answer typed one
point a line is an item, the short fields above the questions (name, ID, completed by, date) are the return's
particulars and no item, and a form service's notice and "do not reply" footer are left out. Under a risks
question, "Action:" after a risk is its mitigation. Read alike from a form service's multipart e-mail (questions
in label cells beside the answers), an HTML page with the questions in bold over the answers, and Word forms
(answers as paragraphs or as lines parted by line breaks)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from html import escape

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sitroom.model import Report
from sitroom.read import parse_bytes

FIELDS = [
    ("Name of school", "Hillside Primary"),
    ("School reference", "URN 104512"),
    ("Completed by", "Business manager"),
    ("Date of return", "21/06/2023"),
]
ANSWERS = [
    (
        "What is the position at the school today?",
        ["Four classrooms were above 28 °C by noon", "The hall is open as a cool room", "Outdoor play moved to 9 am"],
    ),
    ("How are pupils affected?", ["Attendance is down to 91 %"]),
    (
        "What risks do you have, and what action are you taking?",
        [
            "Pupils with asthma may struggle in the heat. Action: Inhalers checked and kept in each classroom.",
            "The kitchen may go above safe working temperatures. Action: Cold lunches served until Friday.",
        ],
    ),
    ("What are your plans for the next two days?", ["Close the top-floor rooms", "Send a heat letter to parents"]),
]
INTRO = 'A new response has been submitted to the form "School heat return".'
FOOTER = "This is an automated message from the council's online forms. Please do not reply."
FIELD_VALUES = {v for _, v in FIELDS}


def _html_table() -> str:
    label = 'style="background:#f3f4f6;font-weight:bold;width:40%"'
    rows = "".join(f"<tr><td {label}>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in FIELDS)
    rows += "".join(
        f"<tr><td {label}>{escape(q)}</td><td>{'<br>'.join(escape(x) for x in lines)}</td></tr>" for q, lines in ANSWERS
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        "<div style='background:#005a9c;color:#fff;font-weight:bold'>Council online forms</div>"
        f"<p>{escape(INTRO)}<br>Submitted: 21/06/2023 09:14</p><table>{rows}</table>"
        f"<p style='font-size:12px'>{escape(FOOTER)}<br><a href='https://forms.example.org/r/1'>View this response</a>"
        "</p></body></html>"
    )


def _email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Council online forms <noreply@forms.example.org>"
    msg["To"] = "sitreps@example.org"
    msg["Subject"] = "New response: School heat return – Hillside Primary"
    msg["Date"] = "Wed, 21 Jun 2023 09:14:00 +0100"
    plain = [INTRO, "Submitted: 21/06/2023 09:14", ""]
    plain += [f"{k}: {v}" for k, v in FIELDS] + [""]
    for question, lines in ANSWERS:
        plain += [question, *lines, ""]
    plain += ["---", FOOTER]
    msg.set_content("\n".join(plain))
    msg.add_alternative(_html_table(), subtype="html")
    return msg.as_bytes()


def _page() -> bytes:
    """The questions in bold over their answers, the answer lines parted by ``<br>``."""
    body = "".join(f"<p><b>{escape(q)}</b><br>{'<br>'.join(escape(x) for x in lines)}</p>" for q, lines in ANSWERS)
    return f"<html><body><h1>School heat return</h1>{body}<p>{escape(FOOTER)}</p></body></html>".encode()


def _shade(cell) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "F3F4F6")
    cell._tc.get_or_add_tcPr().append(shd)


def _word(breaks: bool) -> bytes:
    """A two-column form table: the fields, then each question in a shaded bold cell beside its answer, the
    answer's lines as paragraphs or (``breaks``) as lines parted by line breaks in one paragraph."""
    d = docx.Document()
    d.add_paragraph("School heat return", style="Title")
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, lines in [*((k, [v]) for k, v in FIELDS), *ANSWERS]:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(label).bold = True
        _shade(left)
        if breaks:
            para = right.paragraphs[0]
            for n, line in enumerate(lines):
                run = para.add_run(line)
                if n < len(lines) - 1:
                    run.add_break()
        else:
            right.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                right.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DOCUMENTS = {
    "email": (_email, "return.eml"),
    "html-page": (_page, "return.html"),
    "word-paragraphs": (lambda: _word(False), "return.docx"),
    "word-line-breaks": (lambda: _word(True), "return.docx"),
}


@pytest.fixture(params=sorted(DOCUMENTS))
def report(request) -> Report:
    make, name = DOCUMENTS[request.param]
    return parse_bytes(make(), name)[0]


def test_each_question_heads_its_answer_lines(report: Report) -> None:
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    assert got == [(q, lines) for q, lines in ANSWERS]


def test_fields_notice_and_footer_are_no_items(report: Report) -> None:
    texts = [i.text for i in report.items()]
    assert not FIELD_VALUES & set(texts)
    assert not any(t.startswith(("A new response", "This is an automated", "Council online forms")) for t in texts)
    assert all(s.heading for s in report.sections)


def test_action_after_a_risk_is_its_mitigation(report: Report) -> None:
    risks = next(s for s in report.sections if s.heading.startswith("What risks"))
    assert [i.mitigation for i in risks.items] == [
        "Inhalers checked and kept in each classroom.",
        "Cold lunches served until Friday.",
    ]


def test_a_form_dates_the_return_by_its_fields() -> None:
    # the Word form has no other date than its "Date of return" field
    assert str(parse_bytes(_word(False), "return.docx")[0].date) == "2023-06-21"


def test_the_email_is_read_from_its_html_table() -> None:
    # the plain-text alternative sets each question over its answer and loses where one ends
    report = parse_bytes(_email(), "return.eml")[0]
    assert report.sections[0].items[0].text == ANSWERS[0][1][0]
    assert report.title == "New response: School heat return – Hillside Primary"
    assert str(report.date) == "2023-06-21"


def test_action_outside_risks_is_no_mitigation() -> None:
    html = (
        "<html><body><table>"
        "<tr><td>What is the position today?</td><td>Two rooms are hot. Action: fans ordered.<br>"
        "The hall is open</td></tr>"
        "<tr><td>What are your plans?</td><td>Close the top floor<br>Write to parents</td></tr>"
        "</table></body></html>"
    )
    report = parse_bytes(html.encode(), "form.html")[0]
    assert [i.mitigation for i in report.items()] == [None] * 4
