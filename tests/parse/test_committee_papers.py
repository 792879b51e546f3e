"""An update carried by a council's committee paper: the paper's purpose, the recommendation put to the members, the
implications its template asks for and the background papers are its form, not the update; the update's own
sections stay, and so do a report's recommendations to its readers and a paper's financial implications.

Written in Word, as a web page and in Markdown; and as a PDF whose paragraphs are numbered in the margin ("3.2"),
some opening with a figure ("862 homes …").
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

PROCEDURAL = {
    "1. Purpose of the report": ["This report updates the Committee on the response to the flooding."],
    "2. Recommendation": ["That the Committee notes the update and comments on the recovery arrangements."],
}
UPDATE = {
    "3. Current position": ["862 homes have been confirmed as flooded internally.", "10 households remain in hotels."],
    "4. Financial implications": ["The gross cost of the response to date is estimated at £662,000."],
    "5. Recommendations to residents": ["Residents should boil tap water until further notice."],
}
CLOSING = {
    "6. Implications": [
        "Legal: The Council acts under the Civil Contingencies Act 2004.",
        "Equalities: An equality impact assessment of the grants was completed.",
    ],
}
BACKGROUND = "Background papers: None."


def _sections() -> list[tuple[str, list[str]]]:
    return [*PROCEDURAL.items(), *UPDATE.items(), *CLOSING.items()]


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Flood Response – Update Report 2", level=1)
    for heading, items in _sections():
        document.add_heading(heading, level=2)
        for item in items:
            document.add_paragraph(item)
    document.add_paragraph(BACKGROUND)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{i}</p>" for i in items) for h, items in _sections())
    return f"<html><body><h1>Flood Response – Update Report 2</h1>{body}<p>{BACKGROUND}</p></body></html>".encode()


def _markdown() -> bytes:
    body = "\n\n".join(f"## {h}\n\n" + "\n\n".join(items) for h, items in _sections())
    return f"# Flood Response – Update Report 2\n\n{body}\n\n{BACKGROUND}\n".encode()


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, 780, "Flood Response – Update Report 2")
    y = 750
    for n, (heading, items) in enumerate(_sections(), start=1):
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(70, y, heading)
        y -= 22
        c.setFont("Helvetica", 11.5)
        for k, item in enumerate(items, start=1):
            c.drawString(70, y + 2.3, f"{n}.{k}")  # the margin number a little off the text's baseline
            first, rest = item.split(" ", 1)
            c.drawString(110, y, first)  # a figure opening the text is a run of its own, as word processors write it
            c.drawString(110 + c.stringWidth(f"{first} ", "Helvetica", 11.5), y, rest)
            y -= 18
        y -= 8
    c.drawString(70, y, BACKGROUND)
    c.save()
    return buf.getvalue()


WRITERS = {"docx": _docx, "html": _html, "md": _markdown, "pdf": _pdf}


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_a_committee_papers_procedural_parts_are_left_out(fmt: str) -> None:
    report = parse_bytes(WRITERS[fmt](), f"paper.{fmt}")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == UPDATE
    assert any("committee paper's procedural parts" in w for w in report.warnings)


def test_a_decision_asked_with_its_figure_stays() -> None:
    text = "# Board update\n\n## 7. Recommendations\n\n- The Board is asked to approve spending of £886,000.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [i.text for s in report.sections for i in s.items] == ["The Board is asked to approve spending of £886,000."]


def test_a_reports_own_recommendations_stay() -> None:
    text = "# Flood update 2\n\n## Recommendations\n\n- Schools should stay closed on Monday.\n"
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [i.text for s in report.sections for i in s.items] == ["Schools should stay closed on Monday."]


# a template numbering its sections "1.0", "2.0", closing with the recommendation and the list of what is attached
DECIMAL = [
    ("1.0 Current position", ["45 households have reported having no heating."]),
    ("2.0 Next steps", ["The emergency management team meets again on 4 February."]),
    ("3.0 Recommendation", ["Members are asked to note the contents of this report and the actions being taken."]),
    ("4.0 Appendices – Documents Attached", ["None."]),
]


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_a_decimal_numbered_recommendation_and_no_appendices_are_left_out(fmt: str) -> None:
    if fmt == "md":
        body = "\n\n".join(f"## {h}\n\n" + "\n\n".join(items) for h, items in DECIMAL)
        data = f"# Heating oil supply disruption – report 1\n\n{body}\n".encode()
    else:
        document = docx.Document()
        document.add_heading("Heating oil supply disruption – report 1", level=1)
        for heading, items in DECIMAL:
            document.add_heading(heading, level=2)
            for item in items:
                document.add_paragraph(item)
        buf = io.BytesIO()
        document.save(buf)
        data = buf.getvalue()
    report = parse_bytes(data, f"paper.{fmt}")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == DECIMAL[:2]


# a staff report in a council agenda: the motion to receive it, under its reference, and its links to the plan
STAFF_REPORT = [
    ("Recommendation", ["That Report CSC-2026-067, Cybersecurity Incident – Update 2, BE RECEIVED for information."]),
    ("Executive Summary", ["Email and the permit portal are back online."]),
    ("Strategic Plan Linkage", ["Council Priority: Modern, Efficient and Effective Government",
                                "Focus Area: Service Delivery"]),
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_a_staff_reports_motion_and_plan_links_are_left_out(fmt: str) -> None:
    if fmt == "md":
        body = "\n\n".join(f"## {h}\n\n" + "\n\n".join(items) for h, items in STAFF_REPORT)
        data = f"# Cybersecurity Incident – Update 2\n\n{body}\n".encode()
    elif fmt == "html":
        body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{i}</p>" for i in items) for h, items in STAFF_REPORT)
        data = f"<html><body><h1>Cybersecurity Incident – Update 2</h1>{body}</body></html>".encode()
    else:
        document = docx.Document()
        document.add_heading("Cybersecurity Incident – Update 2", level=1)
        for heading, items in STAFF_REPORT:
            document.add_heading(heading, level=2)
            for item in items:
                document.add_paragraph(item)
        buf = io.BytesIO()
        document.save(buf)
        data = buf.getvalue()
    report = parse_bytes(data, f"paper.{fmt}")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [STAFF_REPORT[1]]
