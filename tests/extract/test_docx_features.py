"""DOCX features of real Word files: tracked changes and comments, content controls, text boxes,
headers, footers and footnotes. Every fixture is generated (``docx_xml``)."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx_xml import (
    CHANGE,
    NS,
    PLACEHOLDER,
    extract,
    head_cells,
    items,
    raw,
    run,
    save,
    sdt_block,
    table_xml,
)

from sitroom.parse import parse_document

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


def test_content_controls_read_in_place_and_placeholders_never_items() -> None:
    d = docx.Document()
    d.add_heading("Key activity", level=1)
    raw(d, sdt_block("Home visits resumed in the north of the county.", placeholder=False))
    raw(d, sdt_block(PLACEHOLDER, placeholder=True))
    d.add_heading("Risks", level=1)
    raw(d, sdt_block(PLACEHOLDER, placeholder=True))
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
    tc.append(parse_xml(sdt_block(PLACEHOLDER, placeholder=True).replace("<w:sdt>", f"<w:sdt {NS}>", 1)))
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
        return f"<w:tc><w:tcPr/>{sdt_block(text, placeholder)}</w:tc>"

    d = docx.Document()
    d.add_heading("Risks", level=1)
    head = head_cells("Risk", "Mitigation")
    moved = (
        "<w:tc><w:tcPr/><w:p>"
        f"<w:moveFrom {CHANGE.format(1)}>{run('Old wording of the risk. ')}</w:moveFrom>"
        f"{run('Schools may close at short notice.')}</w:p></w:tc>"
    )
    raw(
        d,
        table_xml(
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
