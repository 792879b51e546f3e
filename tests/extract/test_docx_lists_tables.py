"""DOCX features of real Word files: headings by list numbering, merged and shaded table cells,
checkboxes, typed bullets, line breaks, links and fields, and files saved again by LibreOffice.
Every fixture is generated (``docx_xml``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx_xml import (
    CHANGE,
    PLACEHOLDER,
    extract,
    head_cells,
    num_para,
    raw,
    replace_numbering,
    run,
    save,
    sdt_block,
    table_xml,
    tc_xml,
)

from sitroom.model import BlockKind
from sitroom.parse import parse_document


# -- 5. headings by numbering ------------------------------------------------------------------
def test_numbered_bold_lines_are_headings_at_their_list_level_and_bullets_items() -> None:
    d = docx.Document()
    raw(d, num_para(90, 0, "Service delivery", bold=True))
    raw(d, num_para(90, 1, "Children's homes", bold=True))
    raw(d, num_para(91, 0, "All homes open with full staffing."))
    raw(d, num_para(91, 1, "Two homes on reduced admissions."))
    raw(d, num_para(90, 1, "Fostering", bold=True))
    raw(d, num_para(91, 0, "Panels held online."))
    raw(d, num_para(90, 0, "Workforce", bold=True))
    raw(d, num_para(90, 1, "We recruited four new social workers this month, all now in post.", bold=False))
    doc = extract(replace_numbering(save(d)))

    assert [(b.kind.value, b.text, b.level) for b in doc.blocks] == [
        ("heading", "1. Service delivery", 1),
        ("heading", "1.1 Children's homes", 2),
        ("item", "All homes open with full staffing.", 1),
        ("item", "Two homes on reduced admissions.", 2),
        ("heading", "1.2 Fostering", 2),
        ("item", "Panels held online.", 1),
        ("heading", "2. Workforce", 1),
        ("item", "We recruited four new social workers this month, all now in post.", 2),
    ]
    report = parse_document(doc, template=None)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == [
        ("1.1 Children's homes", ["All homes open with full staffing.", "Two homes on reduced admissions."]),
        ("1.2 Fostering", ["Panels held online."]),
        ("2. Workforce", ["We recruited four new social workers this month, all now in post."]),
    ]


# -- 6. tables: merged cells, RAG shading ------------------------------------------------------


def test_risk_row_merged_down_keeps_every_mitigation_and_rag_colour_makes_no_item() -> None:
    d = docx.Document()
    d.add_heading("Risks and mitigations", level=1)
    head = head_cells("Risk", "RAG", "Mitigation")
    raw(
        d,
        table_xml(
            [
                head,
                [
                    tc_xml("Placement capacity may run out for older children.", vmerge="restart"),
                    tc_xml("", fill="FF0000", vmerge="restart"),
                    tc_xml("Daily calls with providers to find beds."),
                ],
                [
                    tc_xml("", vmerge="continue"),
                    tc_xml("", vmerge="continue"),
                    tc_xml("Spot purchase agreed by finance."),
                ],
                [
                    tc_xml("Staff sickness could rise over winter."),
                    tc_xml("", fill="FFC000"),
                    tc_xml("Agency cover booked in advance."),
                ],
            ],
            3,
        ),
    )
    report = parse_document(extract(save(d)), template=None)
    got = [(i.text, i.mitigation) for i in report.items()]
    assert got == [
        (
            "Placement capacity may run out for older children.",
            "Daily calls with providers to find beds. Spot purchase agreed by finance.",
        ),
        ("Staff sickness could rise over winter.", "Agency cover booked in advance."),
    ]


def test_merged_cells_in_a_text_table_are_read_once_and_shaded_status_cells_are_no_items() -> None:
    d = docx.Document()
    d.add_heading("Service status", level=1)
    head = head_cells("Service", "Status", "Update")
    raw(
        d,
        table_xml(
            [
                head,
                [
                    tc_xml("Day centres", vmerge="restart"),
                    tc_xml("", fill="00B050"),
                    tc_xml("Two centres reopened with reduced numbers on site."),
                ],
                [
                    tc_xml("", vmerge="continue"),
                    tc_xml("", fill="FFC000"),
                    tc_xml("Transport to the centres is limited to wheelchair users."),
                ],
                [tc_xml("All services will review their plans again next week.", span=3)],
            ],
            3,
        ),
    )
    doc = extract(save(d))
    assert doc.text.count("Day centres") == 1
    assert doc.text.count("All services will review their plans again next week.") == 1
    assert "Transport to the centres is limited to wheelchair users." in doc.text
    report = parse_document(doc, template=None)
    assert all(i.text.strip() for i in report.items())
    assert not any(w for w in doc.warnings)


# -- 7. checkboxes, breaks, tabs, links, fields ------------------------------------------------


def test_checkboxes_soft_breaks_tab_bullets_links_and_fields() -> None:
    d = docx.Document()
    d.add_heading("Actions", level=1)
    d.add_paragraph("☐ Rota for the bank holiday agreed")
    d.add_paragraph("☒ PPE delivered to all homes")
    d.add_paragraph("✓ Letter to parents sent")
    # Checkbox drawn with the Wingdings symbol font (w:sym), as Word's "Insert Symbol" does.
    raw(
        d, f'<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:tab/></w:r>{run("Fire drill done")}</w:p>'
    )
    # A bullet typed as a glyph and a tab; Word's second-level "o" bullet typed the same way.
    raw(d, f"<w:p>{run('•')}<w:r><w:tab/></w:r>{run('Visits by video call where possible')}</w:p>")
    raw(
        d,
        f"<w:p><w:pPr><w:ind w:left='720'/></w:pPr>{run('o')}<w:r><w:tab/></w:r>"
        f"{run('Face to face for those most at risk')}</w:p>",
    )
    # One bullet, two lines (Shift+Enter).
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run("School places offered to 300 children")}'
        f"<w:r><w:br/></w:r>{run('of key workers.')}</w:p>",
    )
    # A hyperlink and two fields: the result text only, never the field code.
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run("Guidance is on the ")}'
        f'<w:hyperlink w:anchor="top">{run("council website")}</w:hyperlink>{run(".")}</w:p>',
    )
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run("Figures as at ")}'
        f'<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">{run("30 November 2026")}</w:fldSimple>'
        f"{run(', see ')}"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/data" \\o "tip" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run("the dashboard")}<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(".")}</w:p>',
    )
    doc = extract(save(d))
    got = [(b.bullet, b.text) for b in doc.blocks if b.kind is BlockKind.ITEM]
    assert got == [
        ("☐", "Rota for the bank holiday agreed"),
        ("☒", "PPE delivered to all homes"),
        ("✓", "Letter to parents sent"),
        ("☑", "Fire drill done"),
        ("•", "Visits by video call where possible"),
        ("o", "Face to face for those most at risk"),
        ("•", "School places offered to 300 children of key workers."),
        ("•", "Guidance is on the council website."),
        ("•", "Figures as at 30 November 2026, see the dashboard."),
    ]
    assert "HYPERLINK" not in doc.text and "DATE" not in doc.text and "\uf0fe" not in doc.text


# -- 8. files saved by LibreOffice -------------------------------------------------------------


def _sample_return() -> docx.document.Document:
    d = docx.Document()
    d.add_paragraph("Adult Social Care Weekly Return", style="Title")
    d.add_heading("Key activity", level=1)
    d.add_paragraph("Home care hours delivered rose by 4% on last week.", style="List Bullet")
    d.add_paragraph("Two care homes closed to admissions.", style="List Bullet 2")
    d.add_paragraph("☒ Winter plan signed off")
    d.add_heading("Risks", level=1)
    table = d.add_table(rows=3, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Risk", "Mitigation"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.cell(1, 0).text = "Providers may fail over the winter months."
    table.cell(1, 1).text = "Market support fund opened."
    table.cell(2, 0).text = "Hospital discharges may be delayed."
    table.cell(2, 1).text = "Discharge team works weekends."
    d.add_heading("Workforce", level=1)
    p = d.add_paragraph("Vacancy rate is 9%, ", style="List Bullet")
    p.add_run("up from 8%.").bold = False
    return d


def _form_return() -> bytes:
    """A return filled in on a form template: numbered headings, a form field left empty, a ticked
    box, tracked edits."""
    d = docx.Document()
    raw(d, num_para(90, 0, "Service delivery", bold=True))
    raw(d, num_para(90, 1, "Care homes", bold=True))
    raw(d, num_para(91, 0, "All homes open with full staffing."))
    raw(d, num_para(91, 1, "Two homes on reduced admissions."))
    raw(d, sdt_block(PLACEHOLDER, placeholder=True))
    raw(d, num_para(90, 0, "Actions", bold=True))
    raw(
        d, f'<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:tab/></w:r>{run("Fire drill done")}</w:p>'
    )
    raw(
        d,
        f"<w:p>{run('Visits resumed in ')}<w:del {CHANGE.format(1)}><w:r><w:delText>two</w:delText></w:r></w:del>"
        f"<w:ins {CHANGE.format(2)}>{run('three')}</w:ins>{run(' districts.')}</w:p>",
    )
    return replace_numbering(save(d))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_return_saved_again_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    src, form = tmp_path / "return.docx", tmp_path / "form.docx"
    src.write_bytes(save(_sample_return()))
    form.write_bytes(_form_return())
    out = tmp_path / "lo"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(src),
            str(form),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    word = parse_document(extract(src.read_bytes()), template=None)
    office = parse_document(extract((out / "return.docx").read_bytes()), template=None)

    def shape(r: object) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
        return [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in r.sections]  # type: ignore[attr-defined]

    assert shape(office) == shape(word)
    assert office.title == word.title == "Adult Social Care Weekly Return"
    assert [s.heading for s in word.sections] == ["Key activity", "Risks", "Workforce"]

    word_form = extract(form.read_bytes())
    office_form = extract((out / "form.docx").read_bytes())
    blocks = [(b.kind.value, b.text, b.level, b.bullet) for b in word_form.blocks]
    assert blocks == [
        ("heading", "1. Service delivery", 1, None),
        ("heading", "1.1 Care homes", 2, None),
        ("item", "All homes open with full staffing.", 1, "•"),
        ("item", "Two homes on reduced admissions.", 2, "o"),
        ("heading", "2. Actions", 1, None),
        ("item", "Fire drill done", 1, "☑"),
        ("paragraph", "Visits resumed in three districts.", 1, None),
    ]
    assert [(b.kind.value, b.text, b.level, b.bullet) for b in office_form.blocks] == blocks
    assert office_form.warnings == word_form.warnings == ["1 empty form field(s) left out"]
