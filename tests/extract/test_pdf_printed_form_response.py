"""A form's response printed from the browser: each question, set in its own style with a required "*" on some,
heads its answer (unmarked questions too, the "*" left off); a short one-line answer (a name, a number, a date) is
one of the report's details and dates it, and a choice question with its options set in past it is the form's own.
Printed as cards with larger questions (weasyprint), and as plain lines with bold questions at the body's size and
drawn circles before the options (reportlab)."""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest

from sitroom.read import parse_bytes

FIELDS = [("Email address", "duty.officer@example.org", True), ("Report number", "4", True),
          ("Date of report", "14 March 2026", True), ("Reported by", "Sam Okafor", False)]  # fmt: skip
ANSWERS = [
    ("Summary", True, ["Flood water is falling in every ward of the district since Tuesday morning."]),
    ("Current situation", True, ["- 212 homes remain without power.", "- The Mill Road bridge is closed."]),
    ("Shelters", False, ["- Two rest centres hold 64 people.", "- The school hall closed on Friday."]),
    ("Staffing", False, ["- 38 staff are deployed on the response."]),
    ("Risks", True, ["- More rain may flood the A40 again. Mitigation: pumps are kept on site overnight."]),
]
CHOICE = ("Overall risk level", ["Low", "Medium", "High", "Very high"])
NEXT = ("Next steps", False, ["- Reopen the Mill Road bridge by Monday."])
TITLE = "Weekly flood return"
INTRO = "Every district completes this return by 4 pm on Monday."


def _expected() -> list[tuple[str, list[str]]]:
    return [(q, [line.removeprefix("- ") for line in lines]) for q, _, lines in (*ANSWERS, NEXT)]


def _cards() -> bytes:
    from weasyprint import HTML

    def card(title: str, required: bool, inner: str) -> str:
        star = ' <span style="color:#d93025">*</span>' if required else ""
        return f'<div class="card"><div class="q">{escape(title)}{star}</div>{inner}</div>'

    def answer(lines: list[str]) -> str:
        return f'<div class="a">{escape(chr(10).join(lines))}</div>'

    options = "".join(f'<div class="opt"><span class="radio"></span>{escape(x)}</div>' for x in CHOICE[1])
    cards = [f'<div class="card"><h1>{TITLE}</h1><p>{INTRO}</p></div>']
    cards += [card(q, req, answer([a])) for q, a, req in FIELDS]
    cards += [card(q, req, answer(lines)) for q, req, lines in ANSWERS]
    cards += [card(CHOICE[0], True, options), card(NEXT[0], NEXT[1], answer(NEXT[2]))]
    css = """body { font: 10pt "Liberation Sans", sans-serif; background: #f0ebf8; }
.card { background: #fff; border: 1pt solid #dadce0; border-radius: 6pt; padding: 10pt 14pt; margin: 8pt 0; }
h1 { font-size: 20pt; font-weight: 400; } .q { font-size: 11pt; margin-bottom: 8pt; }
.a { white-space: pre-wrap; font-size: 10pt; border-bottom: 1px dotted #999; }
.opt { margin: 3pt 0 3pt 14pt; } .radio { display: inline-block; width: 8pt; height: 8pt; border: 1pt solid #555;
border-radius: 50%; margin-right: 6pt; }"""
    return HTML(string=f"<html><head><style>{css}</style></head><body>{''.join(cards)}</body></html>").write_pdf()


def _plain() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0

    def line(text: str, font: str, size: float, x: float = 56) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= size * 1.5

    line(TITLE, "Helvetica", 18)
    line(INTRO, "Helvetica", 10)
    y -= 10
    for q, a, req in FIELDS:
        line(q + (" *" if req else ""), "Helvetica-Bold", 10)
        line(a, "Helvetica", 10)
        y -= 12
    for q, req, lines in ANSWERS:
        line(q + (" *" if req else ""), "Helvetica-Bold", 10)
        for text in lines:
            line(text, "Helvetica", 10)
        y -= 12
    line(CHOICE[0] + " *", "Helvetica-Bold", 10)
    for option in CHOICE[1]:
        c.circle(62, y + 3.5, 3.5)
        line(option, "Helvetica", 10, x=74)
    y -= 12
    line(NEXT[0], "Helvetica-Bold", 10)
    for text in NEXT[2]:
        line(text, "Helvetica", 10)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("make", [_cards, _plain])
def test_each_question_heads_its_answer_and_short_answers_are_details(make) -> None:
    report = parse_bytes(make(), "response.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading and s.items]
    assert got == _expected()
    texts = {i.text for s in report.sections for i in s.items}
    assert not texts & {a for _, a, _ in FIELDS}  # the short answers are no items
    assert not texts & set(CHOICE[1]) and not any(CHOICE[0] in (s.heading or "") for s in report.sections)
    assert report.date == date(2026, 3, 14)
    risk = next(s for s in report.sections if s.heading == "Risks").items[0]
    assert risk.mitigation == "pumps are kept on site overnight."
    assert any("form field" in w for w in report.warnings) and any("form choice" in w for w in report.warnings)
