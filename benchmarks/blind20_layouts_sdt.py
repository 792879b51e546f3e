"""Word fill-in template writer of the ``blind20_layouts`` set: a Latvian municipality's civil protection commission's
"Situācijas pārskats" on a forest fire, written into the commission's Word template built of content controls
(python-docx with raw ``w:sdt``: the municipality and the commission in the page header, the template's title, a
details table whose values are plain-text and date controls — "Pārskata Nr.", "Datums", "Laiks", "Sagatavoja" and
a "Tālrunis" left at its placeholder —, each section's heading a locked control of its own in ``Virsraksts1``
(Heading 1) and its points a rich-text control holding ``Aizzmju saraksts`` (List Bullet) entries, "Pasākumi:" in
bold inside a risk's entry; the template's sections the contributor did not fill left showing their grey placeholder
text — the template's own instruction or Word's "Noklikšķiniet vai pieskarieties šeit, lai ievadītu tekstu." —; the
chair's name in a control and "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU" in the footer; "1 250", "12 %",
"3 400 EUR", the dates in figures "16.07.").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind14_layouts_word import _fields
from blind17_layouts_content import split_mitigation
from blind17_layouts_word import _rename_ids
from blind20_layouts_content import LEADS
from council_layouts_gold import Doc
from council_layouts_writers import _save

LV_IDS = {"Heading1": "Virsraksts1", "ListBullet": "Aizzmjusaraksts", "Header": "Galvene", "Footer": "Kjene",
          "Title": "Nosaukums"}  # fmt: skip
CLICK = "Noklikšķiniet vai pieskarieties šeit, lai ievadītu tekstu."
HINTS = {
    "Starptautiskā palīdzība": "Norādiet pieprasīto vai saņemto starptautisko palīdzību (valsts, resurss, apjoms).",
    "Citi jautājumi": CLICK,
}
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _pr(alias: str, sid: int, extra: str = "", placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.lower())}"/>'
            f'<w:id w:val="{sid}"/>{extra}{shown}</w:sdtPr>')  # fmt: skip


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _grey(text: str) -> str:
    return _run(text, '<w:rStyle w:val="Vietturateksts"/>')


def _block(d, alias: str, sid: int, paragraphs: list[str], extra: str = "", placeholder: bool = False) -> None:
    """A block-level content control holding ``paragraphs`` (``w:p`` XML), added at the end of the body."""
    from docx.oxml import parse_xml

    xml = f"<w:sdt {_W}>{_pr(alias, sid, extra, placeholder)}<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>"
    d.element.body.sectPr.addprevious(parse_xml(xml))


def _inline(cell, alias: str, sid: int, value: str, extra: str = "") -> None:
    """A run-level content control in a table cell's paragraph, ``value`` or its placeholder when empty."""
    from docx.oxml import parse_xml

    content = _run(value) if value else _grey(CLICK)
    xml = f"<w:sdt {_W}>{_pr(alias, sid, extra, not value)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"
    cell.paragraphs[0]._p.append(parse_xml(xml))


def _para(style: str, runs: str, bullet: bool = False) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>' if bullet or style else f"<w:p>{runs}</w:p>"


def _placeholder_style(d) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    st = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    st.element.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId", "Vietturateksts"
    )  # Latvian Word's id of "Placeholder Text"


def docx_parskats_lv(doc: Doc) -> bytes:
    """The commission's report typed into its template's content controls, two of its sections left unfilled."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    _rename_ids(d, LV_IDS)
    _placeholder_style(d)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    when = report_day(doc)
    seed = zlib.crc32(doc.organisation.encode())
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"{doc.organisation.upper()}\nCivilās aizsardzības komisija").bold = True
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = sec.footer.paragraphs[0]
    foot.add_run("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU\t").font.size = Pt(7)
    _fields(foot, "{PAGE}")
    title = d.add_paragraph("SITUĀCIJAS PĀRSKATS", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    details = d.add_table(rows=5, cols=2, style="Table Grid")
    date_pr = (f'<w:date w:fullDate="{when:%Y-%m-%d}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy."/>'
               '<w:lid w:val="lv-LV"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
               "</w:date>")  # fmt: skip
    rows = (("Pārskata Nr.:", str(doc.number), "<w:text/>"), ("Datums:", f"{when:%d.%m.%Y.}", date_pr),
            ("Laiks:", "08:00", "<w:text/>"), ("Sagatavoja:", "Ilze Bērziņa, CA komisijas sekretāre", "<w:text/>"),
            ("Tālrunis:", "", "<w:text/>"))  # fmt: skip
    for r, (label, value, kind) in enumerate(rows):
        details.cell(r, 0).paragraphs[0].add_run(label).bold = True
        _inline(details.cell(r, 1), label.rstrip(":"), 40 + seed % 9000 + r, value, kind)
    d.add_paragraph()
    lock = '<w:lock w:val="sdtContentLocked"/>'
    for k, s in enumerate(doc.sections):
        sid = 100 + seed % 9000 + 2 * k
        _block(d, f"Virsraksts {k + 1}", sid, [_para("Virsraksts1", _run(s.heading))], lock)
        if not s.items:
            hint = HINTS.get(s.heading, CLICK)
            _block(d, s.heading, sid + 1, [_para("", _grey(hint))], "<w:richText/>", placeholder=True)
            continue
        paras = []
        for it in s.items:
            risk, lead, mitigation = split_mitigation(it, LEADS["lv"])
            runs = _run(risk + " ") + _run(lead, "<w:b/>") + _run(" " + mitigation) if lead else _run(it.text)
            paras.append(_para("Aizzmjusaraksts", runs, bullet=True))
        _block(d, s.heading, sid + 1, paras, "<w:richText/>")
    d.add_paragraph()
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).paragraphs[0].add_run("Komisijas priekšsēdētājs")
    _inline(sign.cell(0, 1), "Priekšsēdētājs", 9000 + seed % 900, "A. Ozoliņš", "<w:text/>")
    sign.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return _save(d)
