"""DOCX features of real Word files: tracked changes, content controls, text boxes, notes, numbered
headings, merged and shaded tables, checkboxes, fields, and files saved by LibreOffice.

Every fixture is generated here: python-docx for the document, and raw WordprocessingML fragments
(or extra package parts) where python-docx has no API for the feature.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from sitroom.extract.base import ExtractContext
from sitroom.extract.docx import DocxExtractor
from sitroom.model import BlockKind, Document
from sitroom.parse import parse_document

CTX = ExtractContext()
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
CHANGE = 'w:id="{}" w:author="Editor" w:date="2026-11-30T09:00:00Z"'
PLACEHOLDER = "Click or tap here to enter text."


def raw(d: docx.document.Document, xml: str) -> None:
    """Append a body-level element written as WordprocessingML (before the section properties)."""
    first = min(i for i in (xml.find(" "), xml.find(">")) if i > 0)
    el = parse_xml(xml[:first] + f" {NS}" + xml[first:])
    anchor = d.add_paragraph()._p
    anchor.addnext(el)
    anchor.getparent().remove(anchor)


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def save(d: docx.document.Document, parts: dict[str, tuple[str, str, str]] | None = None) -> bytes:
    """The .docx bytes; ``parts`` adds package parts: name → (relationship type, content type, xml)."""
    buf = io.BytesIO()
    d.save(buf)
    if not parts:
        return buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                rels = "".join(
                    f'<Relationship Id="rIdX{i}" Type="{rel}" Target="{name.split("/", 1)[1]}"/>'
                    for i, (name, (rel, _, _)) in enumerate(parts.items())
                )
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            elif info.filename == "[Content_Types].xml":
                types = "".join(f'<Override PartName="/{n}" ContentType="{ct}"/>' for n, (_, ct, _) in parts.items())
                data = data.replace(b"</Types>", types.encode() + b"</Types>")
            dst.writestr(info, data)
        for name, (_, _, xml) in parts.items():
            dst.writestr(name, xml)
    return out.getvalue()


def extract(data: bytes) -> Document:
    return DocxExtractor().extract(data, "return.docx", CTX)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


def items(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is BlockKind.ITEM]


# -- 1. tracked changes and comments -----------------------------------------------------------


def test_tracked_changes_read_as_accepted_and_comments_are_not_content() -> None:
    d = docx.Document()
    d.add_heading("Key activity", level=1)
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run("Beds open across the county: ")}'
        f"<w:del {CHANGE.format(1)}><w:r><w:delText>40</w:delText></w:r></w:del>"
        f"<w:ins {CHANGE.format(2)}>{run('45')}</w:ins>{run(' this week.')}</w:p>",
    )
    # A sentence moved down the list: read where it now stands, once.
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:moveFromRangeStart w:id="9" w:name="move1"/>'
        f"<w:moveFrom {CHANGE.format(3)}>{run('Day centres reopen on Monday.')}</w:moveFrom>"
        '<w:moveFromRangeEnd w:id="9"/></w:p>',
    )
    raw(
        d,
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:commentRangeStart w:id="0"/>'
        f'{run("Agency staff cover 12 shifts.")}<w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>',
    )
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:moveToRangeStart w:id="10" w:name="move1"/>'
        f"<w:moveTo {CHANGE.format(4)}>{run('Day centres reopen on Monday.')}</w:moveTo>"
        '<w:moveToRangeEnd w:id="10"/></w:p>',
    )
    # A whole paragraph deleted, and one inserted.
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:del {CHANGE.format(5)}/></w:rPr></w:pPr>'
        f"<w:del {CHANGE.format(6)}><w:r><w:delText>Last week's line, no longer true.</w:delText></w:r></w:del></w:p>",
    )
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:ins {CHANGE.format(7)}/></w:rPr></w:pPr>'
        f"<w:ins {CHANGE.format(8)}>{run('Testing moved to the new site.')}</w:ins></w:p>",
    )
    comment = f'<w:comment w:id="0" w:author="Lead"><w:p>{run("Is 12 right?")}</w:p></w:comment>'
    comments = f"<w:comments {NS}>{comment}</w:comments>"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    doc = extract(save(d, {"word/comments.xml": (rel, ctype, comments)}))

    assert items(doc) == [
        "Beds open across the county: 45 this week.",
        "Agency staff cover 12 shifts.",
        "Day centres reopen on Monday.",
        "Testing moved to the new site.",
    ]
    assert "Is 12 right" not in doc.text and "40" not in doc.text


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next() -> None:
    # Accepting the deletion of a paragraph mark merges the two paragraphs into one.
    d = docx.Document()
    d.add_heading("Workforce", level=1)
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:del {CHANGE.format(1)}/></w:rPr></w:pPr>'
        f"{run('Sickness absence is')}</w:p>",
    )
    raw(d, f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run(" at 6% of staff this week.")}</w:p>')
    d.add_paragraph("Recruitment continues.", style="List Bullet")
    doc = extract(save(d))
    assert items(doc) == ["Sickness absence is at 6% of staff this week.", "Recruitment continues."]


# -- 2. content controls -----------------------------------------------------------------------


def _sdt_block(text: str, placeholder: bool, tag: str = "field") -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    rstyle = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/>{shown}</w:sdtPr><w:sdtContent>'
        f'<w:p><w:r>{rstyle}<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )


def test_content_controls_read_in_place_and_placeholders_never_items() -> None:
    d = docx.Document()
    d.add_heading("Key activity", level=1)
    raw(d, _sdt_block("Home visits resumed in the north of the county.", placeholder=False))
    raw(d, _sdt_block(PLACEHOLDER, placeholder=True))
    d.add_heading("Risks", level=1)
    raw(d, _sdt_block(PLACEHOLDER, placeholder=True))
    # Inline controls in a form line: the filled one read in place, the empty one not at all.
    raw(
        d,
        f"<w:p>{run('Staff absent: ')}<w:sdt><w:sdtPr><w:tag w:val='absent'/></w:sdtPr><w:sdtContent>"
        f"{run('14')}</w:sdtContent></w:sdt>{run(' across the service.')}</w:p>",
    )
    raw(
        d,
        "<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Choose an item.</w:t></w:r>'
        "</w:sdtContent></w:sdt></w:p>",
    )
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Comments"
    tc = table.cell(0, 1)._tc
    tc.remove(tc.find(f"{{{tc.nsmap['w']}}}p"))
    tc.append(parse_xml(_sdt_block(PLACEHOLDER, placeholder=True).replace("<w:sdt>", f"<w:sdt {NS}>", 1)))
    doc = extract(save(d))

    texts = [b.text for b in doc.blocks]
    assert PLACEHOLDER not in doc.text and "Choose an item" not in doc.text
    assert "Home visits resumed in the north of the county." in texts
    assert "Staff absent: 14 across the service." in texts
    report = parse_document(doc)
    assert all(i.text for i in report.items())


def test_a_risk_register_filled_in_through_content_controls_keeps_its_rows() -> None:
    # Form templates wrap each cell's paragraph in a content control; an unfilled one shows its prompt.
    def field(text: str, placeholder: bool = False) -> str:
        return f"<w:tc><w:tcPr/>{_sdt_block(text, placeholder)}</w:tc>"

    d = docx.Document()
    d.add_heading("Risks", level=1)
    head = [c.replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>", 1) for c in (_cell("Risk"), _cell("Mitigation"))]
    moved = (
        "<w:tc><w:tcPr/><w:p>"
        f"<w:moveFrom {CHANGE.format(1)}>{run('Old wording of the risk. ')}</w:moveFrom>"
        f"{run('Schools may close at short notice.')}</w:p></w:tc>"
    )
    raw(
        d,
        _table(
            [
                head,
                [field("Care providers may run short of staff."), field("Mutual aid agreed with two councils.")],
                [moved, field(PLACEHOLDER, placeholder=True)],
            ],
            2,
        ),
    )
    report = parse_document(extract(save(d)), template=None)
    assert [(i.text, i.mitigation) for i in report.items()] == [
        ("Care providers may run short of staff.", "Mutual aid agreed with two councils."),
        ("Schools may close at short notice.", None),
    ]


# -- 3. text boxes and shapes ------------------------------------------------------------------


def _textbox_para(text: str) -> str:
    box = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def test_text_box_with_choice_and_fallback_read_once() -> None:
    d = docx.Document()
    d.add_heading("Communications", level=1)
    d.add_paragraph("Press release issued on the reopening of libraries.", style="List Bullet")
    raw(d, _textbox_para("Key message: stay at home where you can."))
    raw(
        d,
        f"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>{run('Helpline open 8am to 8pm.')}"
        "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
    )
    doc = extract(save(d))
    assert doc.text.count("Key message: stay at home where you can.") == 1
    assert doc.text.count("Helpline open 8am to 8pm.") == 1


# -- 4. headers, footers, footnotes --------------------------------------------------------------


def test_footnotes_are_not_interleaved_and_are_counted_headers_and_footers_are_furniture() -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL SENSITIVE"
    d.sections[0].footer.paragraphs[0].text = "Children's Services weekly return"
    d.add_heading("Finance", level=1)
    raw(
        d,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{run("Additional spend is £1.2m to date")}'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        f"{run(', mostly on placements.')}</w:p>",
    )
    d.add_paragraph("Claims submitted for the grant.", style="List Bullet")
    notes = (
        f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{run(" Figures from the ledger.")}'
        "</w:p></w:footnote></w:footnotes>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    doc = extract(save(d, {"word/footnotes.xml": (rel, ctype, notes)}))

    assert items(doc) == ["Additional spend is £1.2m to date, mostly on placements.", "Claims submitted for the grant."]
    assert "ledger" not in doc.text and "OFFICIAL" not in doc.text and "weekly return" not in doc.text
    assert "1 footnote(s) left out" in doc.warnings


# -- 5. headings by numbering ------------------------------------------------------------------

_NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="91"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>
<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>
</w:numbering>"""


def _replace_numbering(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = _NUMBERING.encode() if info.filename == "word/numbering.xml" else src.read(info.filename)
            dst.writestr(info, body)
    return out.getvalue()


def _num_para(num_id: int, ilvl: int, text: str, bold: bool = False) -> str:
    num = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p><w:pPr>{num}</w:pPr>{run(text, bold)}</w:p>"


def test_numbered_bold_lines_are_headings_at_their_list_level_and_bullets_items() -> None:
    d = docx.Document()
    raw(d, _num_para(90, 0, "Service delivery", bold=True))
    raw(d, _num_para(90, 1, "Children's homes", bold=True))
    raw(d, _num_para(91, 0, "All homes open with full staffing."))
    raw(d, _num_para(91, 1, "Two homes on reduced admissions."))
    raw(d, _num_para(90, 1, "Fostering", bold=True))
    raw(d, _num_para(91, 0, "Panels held online."))
    raw(d, _num_para(90, 0, "Workforce", bold=True))
    raw(d, _num_para(90, 1, "We recruited four new social workers this month, all now in post.", bold=False))
    doc = extract(_replace_numbering(save(d)))

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


def _cell(text: str, *, span: int = 1, vmerge: str | None = None, fill: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge is not None:
        props += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run(text) if text else ''}</w:p></w:tc>"


def _table(rows: list[list[str]], cols: int) -> str:
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(cols))
    body = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def test_risk_row_merged_down_keeps_every_mitigation_and_rag_colour_makes_no_item() -> None:
    d = docx.Document()
    d.add_heading("Risks and mitigations", level=1)
    head = [_cell(h) for h in ("Risk", "RAG", "Mitigation")]
    head = [c.replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>", 1) for c in head]
    raw(
        d,
        _table(
            [
                head,
                [
                    _cell("Placement capacity may run out for older children.", vmerge="restart"),
                    _cell("", fill="FF0000", vmerge="restart"),
                    _cell("Daily calls with providers to find beds."),
                ],
                [_cell("", vmerge="continue"), _cell("", vmerge="continue"), _cell("Spot purchase agreed by finance.")],
                [
                    _cell("Staff sickness could rise over winter."),
                    _cell("", fill="FFC000"),
                    _cell("Agency cover booked in advance."),
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
    head = [
        c.replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>", 1)
        for c in (_cell("Service"), _cell("Status"), _cell("Update"))
    ]
    raw(
        d,
        _table(
            [
                head,
                [
                    _cell("Day centres", vmerge="restart"),
                    _cell("", fill="00B050"),
                    _cell("Two centres reopened with reduced numbers on site."),
                ],
                [
                    _cell("", vmerge="continue"),
                    _cell("", fill="FFC000"),
                    _cell("Transport to the centres is limited to wheelchair users."),
                ],
                [_cell("All services will review their plans again next week.", span=3)],
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
    raw(d, _num_para(90, 0, "Service delivery", bold=True))
    raw(d, _num_para(90, 1, "Care homes", bold=True))
    raw(d, _num_para(91, 0, "All homes open with full staffing."))
    raw(d, _num_para(91, 1, "Two homes on reduced admissions."))
    raw(d, _sdt_block(PLACEHOLDER, placeholder=True))
    raw(d, _num_para(90, 0, "Actions", bold=True))
    raw(
        d, f'<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:tab/></w:r>{run("Fire drill done")}</w:p>'
    )
    raw(
        d,
        f"<w:p>{run('Visits resumed in ')}<w:del {CHANGE.format(1)}><w:r><w:delText>two</w:delText></w:r></w:del>"
        f"<w:ins {CHANGE.format(2)}>{run('three')}</w:ins>{run(' districts.')}</w:p>",
    )
    return _replace_numbering(save(d))


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
