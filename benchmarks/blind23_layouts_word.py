"""Word writer of the ``blind23_layouts`` set: an Eastern Cape local municipality's disaster management unit's storm
"Ingxelo yeMeko" laid out in Word like a newsletter, every section in a floating text box of its own — the way a
communications officer makes a one-off bulletin look designed: the municipality, the unit and the title in the body
at the top of the first page, a rule, then the page's boxes (``wps:wsp`` text boxes in ``mc:AlternateContent`` with
their VML ``v:textbox`` fallback, "Resize shape to fit text", positioned on the page in two columns, all anchored in
one empty paragraph of their page as Word anchors boxes drawn on an empty page; a page break and another anchor
paragraph for the next page): in each box the heading a bold white paragraph on the box's coloured band, the points
"List Bullet" paragraphs, the situation plain paragraphs, "Isisombululo:" in bold inside a risk's point; the
emergency number and "Iphepha x ku-y" in the footer; "1 250", "12%", "R3 400", "9 Juni").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind14_layouts_word import _fields
from blind17_layouts_content import split_mitigation
from blind23_layouts_content import LEADS, NYANGA
from council_layouts_gold import Doc
from council_layouts_writers import _save

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"')  # fmt: skip
CM = 360_000
COLOURS = ("8B1A1A", "1F4E79", "38761D", "7F6000")
COL_X = (1.5, 10.8)
COL_W = 8.7
TOP = (7.2, 2.0)  # the first box's top on the first page and on later pages, cm
BOTTOM = 27.0


def _run(text: str, bold: bool = False, white: bool = False) -> str:
    rpr = ("<w:b/>" if bold else "") + ('<w:color w:val="FFFFFF"/>' if white else "")
    return f'<w:r><w:rPr>{rpr}<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _box_body(section, colour: str) -> str:
    out = [f'<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="{colour}"/><w:spacing w:after="80"/></w:pPr>'
           f"{_run(section.heading, bold=True, white=True)}</w:p>"]  # fmt: skip
    for it in section.items:
        ppr = '<w:pPr><w:spacing w:after="60"/></w:pPr>'
        if section.key != "situation":
            ppr = '<w:pPr><w:pStyle w:val="ListBullet"/><w:spacing w:after="40"/></w:pPr>'
        risk, lead, rest = split_mitigation(it, LEADS["xh"])
        runs = _run(risk + " ") + _run(lead, bold=True) + _run(" " + rest) if lead else _run(it.text)
        out.append(f"<w:p>{ppr}{runs}</w:p>")
    return "".join(out)


def _height(section) -> float:
    """The box's height in cm, as the text will need it at 10 pt in the column (about 44 letters a line)."""
    lines = sum(1 + len(it.text) // 40 for it in section.items)
    return 1.0 + 0.46 * lines + 0.14 * len(section.items) + 0.3


def _box(section, sid: int, x: float, y: float, h: float) -> str:
    colour = COLOURS[sid % len(COLOURS)]
    body = _box_body(section, colour)
    cx, cy = int(COL_W * CM), int(h * CM)
    name = f"Text Box {sid}"
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + sid * 1024}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x * CM)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y * CM)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{sid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F7F4EE"/>'
        f'</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x * 28.35:.1f}pt;margin-top:{y * 28.35:.1f}pt;'
        f"width:{COL_W * 28.35:.1f}pt;height:{h * 28.35:.1f}pt;z-index:{251659264 + sid * 1024};"
        'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#f7f4ee" '
        f'strokecolor="#{colour.lower()}" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t">'
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _pages(doc: Doc) -> list[list[tuple[object, float, float, float]]]:
    """The boxes of each page: (section, x, y, height), down the left column and then the right."""
    pages, page, col, y = [], [], 0, TOP[0]
    for s in doc.sections:
        h = _height(s)
        if y + h > BOTTOM:
            col, y = col + 1, TOP[0] if not pages else TOP[1]
            if col == 2:
                pages.append(page)
                page, col, y = [], 0, TOP[1]
        page.append((s, COL_X[col], y, h))
        y += h + 0.4
    return [*pages, page]


def docx_textboxes_xh(doc: Doc) -> bytes:
    """The unit's storm bulletin, each section a text box on the page."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = int(21 * CM), int(29.7 * CM)
    sec.left_margin = sec.right_margin = int(1.5 * CM)
    sec.top_margin, sec.bottom_margin = int(1.5 * CM), int(1.5 * CM)
    when = report_day(doc)
    foot = sec.footer.paragraphs[0]
    foot.add_run("Ifowuni yongxamiseko: 0800 656 111    |    ").font.size = Pt(8)
    _fields(foot, "Iphepha {PAGE} ku-{NUMPAGES}")
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(doc.organisation.upper())
    r.bold, r.font.size, r.font.color.rgb = True, Pt(12), RGBColor(0x8B, 0x1A, 0x1A)
    p = d.add_paragraph("Iziko loLawulo lweNtlekele")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(doc.title.split(" – ")[0].upper())
    r.bold, r.font.size = True, Pt(20)
    p = d.add_paragraph(f"Umhla: {when.day} {NYANGA[when.month - 1]} {when.year}   |   Ixesha: 08:00")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(4)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="18" w:space="4" w:color="8B1A1A"/></w:pBdr>'))  # fmt: skip
    sid = 1
    for n, page in enumerate(_pages(doc)):
        if n:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        anchor = d.add_paragraph()
        for s, x, y, h in page:
            anchor._p.append(parse_xml(_box(s, sid, x, y, h).replace("<w:r>", f"<w:r {NS}>", 1)))
            sid += 1
    return _save(d)
