"""A note's raised mark after the text it is anchored to is left out of a PDF's text, whatever numbers the notes:
Word's endnotes in lower-case Roman numerals ("hospital.ⁱⁱ"), a note's letter ("levelsᵃ"), its sign ("*", "†"), as
its figures were before. Before, "discharged from hospital.i" was read. A raised figure that is a unit's power
("10 km²") stays. Layouts: a PDF typeset from paragraph styles and a Word file with superscript runs saved as PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

POINTS = [
    ("Carers were not told when their relative would be discharged from hospital.", "i"),
    ("The urgent treatment centre will open until midnight from 9 December.", "ii"),
    ("River levels are falling at every gauge", "a"),
    ("Two care homes have closed to admissions.", "†"),
    ("Flooding covers 10 km", "2"),
]
# ... the last is a unit's power: "10 km²" is read with its figure
READ = [text for text, _ in POINTS[:-1]] + ["Flooding covers 10 km2"]


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Winter briefing 1", 0)
    d.add_heading("Summary", 1)
    for text, mark in POINTS:
        p = d.add_paragraph(text, style="List Bullet")
        p.add_run(mark).font.superscript = True
    d.add_heading("Next steps", 1)
    d.add_paragraph("Meet the urgent care lead on 8 December.", style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _typeset() -> bytes:
    styles = getSampleStyleSheet()
    story = [Paragraph("Winter briefing 1", styles["Title"]), Paragraph("Summary", styles["Heading1"])]
    points = [ListItem(Paragraph(f"{text}<super>{mark}</super>", styles["Normal"])) for text, mark in POINTS]
    story += [ListFlowable(points, bulletType="bullet"), Paragraph("Next steps", styles["Heading1"])]
    story.append(ListFlowable([ListItem(Paragraph("Meet the urgent care lead on 8 December.", styles["Normal"]))],
                              bulletType="bullet"))  # fmt: skip
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _summary(data: bytes) -> list[str]:
    report = parse_bytes(data, "briefing.pdf")[0]
    return [i.text for i in next(s for s in report.sections if s.heading == "Summary").items]


def test_raised_note_marks_are_left_out() -> None:
    assert _summary(_typeset()) == READ


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_raised_note_marks_of_a_word_file_saved_as_pdf_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "briefing.docx").write_bytes(_word())
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "briefing.docx")],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    assert _summary((tmp_path / "briefing.pdf").read_bytes()) == READ
