"""Word writer of the ``blind26_layouts`` set: an Australian local health district's Health Emergency Operations Centre
situation report on a flood, issued as a PDF and turned back into Word by Adobe Acrobat's "Export PDF > Microsoft Word"
at the council that received it (the .docx forwarded on as it came out): every page of the PDF a section of its own
(``w:sectPr`` with the PDF's page size and margins, the next section starting on a new page), the PDF's running header
("NSW Health" and the district, "OFFICIAL: Sensitive") and footer ("Situation Report 3 | Page 1 of 2") as framed
paragraphs placed absolutely at the top and foot of each page (``w:framePr``), a point that ran over a page of the PDF
cut into two paragraphs in two sections (the second without its bullet, indented as the point's text; these reports are
short enough that in the recorded runs none was), no style but Normal — headings are paragraphs of bold navy 12 pt runs,
exact line spacing and before and after spacing on every paragraph —, each paragraph's text in several runs with their
own character spacing (``w:spacing``, Acrobat's way of keeping the PDF's justification and kerning), the details grid a
real table, the points a "•" and a tab under a hanging indent, "Risk treatment:" in a bold run inside a risk's point,
the approver and distribution lines at the end; "1,250", "$3,400", "$1.25 million", "5 March", "(previous sitrep: 5)".
"""

from __future__ import annotations

import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind26_layouts_content import parts
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NAVY = "1F3864"
LINES_PER_PAGE = 46
CHARS_PER_LINE = 92
SECT = ('<w:sectPr {w}><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1420" w:right="1000" w:bottom="1200" '
        'w:left="1000" w:header="0" w:footer="0" w:gutter="0"/><w:cols w:space="720"/>{t}</w:sectPr>')  # fmt: skip
LHDS = {"Northern Rivers": ("Lismore", "Dr Alison Carter"), "Hunter Valley": ("Maitland", "Mark Henderson"),
        "Murrumbidgee Plains": ("Wagga Wagga", "Dr Rebecca Nguyen"),
        "Western Ranges": ("Dubbo", "Stuart Kelly")}  # fmt: skip


def _runs(text: str, seed: str, bold: bool = False, size: int = 20, colour: str = "000000") -> str:
    """``text`` in runs of a few words, each with its own character spacing, as Acrobat writes them."""
    words = text.split(" ")
    out, k, n = [], 0, zlib.crc32(seed.encode())
    while k < len(words):
        take = 2 + (n >> k % 13) % 4
        chunk = " ".join(words[k : k + take]) + (" " if k + take < len(words) else "")
        spacing = (-1, 0, 1, -2, 0)[(n >> (k % 7)) % 5]
        sp = f'<w:spacing w:val="{spacing}"/>' if spacing else ""
        b = "<w:b/><w:bCs/>" if bold else ""
        out.append(f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>{b}<w:color w:val="{colour}"/>'
                   f'{sp}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr><w:t xml:space="preserve">'
                   f"{escape(chunk)}</w:t></w:r>")  # fmt: skip
        k += take
    return "".join(out)


def _p(runs: str, before: int = 0, after: int = 0, line: int = 240, ind: str = "", frame: str = "",
       tabs: str = "", sect: str = "") -> str:  # fmt: skip
    return (
        f'<w:p {W}><w:pPr>{frame}{tabs}<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" '
        f'w:lineRule="exact"/>{ind}{sect}</w:pPr>{runs}</w:p>'
    )


def _frame(text: str, y: int, seed: str, align_right: bool = False) -> str:
    frame = (f'<w:framePr w:w="9900" w:h="260" w:hRule="exact" w:wrap="auto" w:vAnchor="page" w:hAnchor="page" '
             f'w:x="1000" w:y="{y}"/>')  # fmt: skip
    jc = '<w:jc w:val="right"/>' if align_right else ""
    return _p(_runs(text, seed, size=16, colour="595959"), frame=frame, ind=jc)


def _lines(text: str, room: int = CHARS_PER_LINE) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > room:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return [*out, cur] if cur else out


def docx_acrobat_export_au(doc: Doc) -> bytes:
    """The situation report PDF as Acrobat's export to Word gives it back."""
    from docx import Document
    from docx.oxml import parse_xml

    when = report_day(doc)
    district = doc.organisation.removesuffix(" Local Health District")
    town, controller = LHDS[district]
    day = f"{when:%A} {when.day} {when:%B %Y}"
    pages: list[list[str]] = [[]]
    used = 0

    def room(lines: int) -> int:
        return LINES_PER_PAGE - used - lines

    def add(xml: str, lines: int) -> None:
        nonlocal used
        if room(lines) < 0:
            pages.append([])
            used = 0
        pages[-1].append(xml)
        used += lines

    add(_p(_runs("HEALTH EMERGENCY OPERATIONS CENTRE", "t1", True, 30, NAVY), after=60, line=360), 2)
    add(_p(_runs(f"SITUATION REPORT No. {doc.number}", "t2", True, 26, NAVY), after=120, line=320), 2)
    grid = (
        ("Event", f"Flood emergency – {district}"),
        ("Date/time", f"0800 hrs, {day}"),
        ("Prepared by", "HEOC Planning Officer"),
        ("Next sitrep", "0800 hrs tomorrow or as the situation changes"),
    )
    cells = "".join(
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
        f'</w:tcPr>{_p(_runs(a, a, True))}</w:tc><w:tc><w:tcPr><w:tcW w:w="7500" w:type="dxa"/></w:tcPr>'
        f"{_p(_runs(b, b))}</w:tc></w:tr>"
        for a, b in grid
    )
    borders = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
                      for e in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    add(f'<w:tbl {W}><w:tblPr><w:tblW w:w="9900" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="7500"/>'
        f"</w:tblGrid>{cells}</w:tbl>", 5)  # fmt: skip
    bullet_ind = '<w:ind w:left="567" w:hanging="284"/>'
    tabs = '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>'
    for s in doc.sections:
        if room(4) < 0:
            pages.append([])
            used = 0
        add(_p(_runs(s.heading, s.heading, True, 24, NAVY), before=240, after=80, line=300), 2)
        for it in s.items:
            lead = parts(it, "au")[1]
            lines = _lines(it.text, CHARS_PER_LINE - 6)
            fit = max(room(0), 0)
            if len(lines) <= fit or fit == 0:
                split = [lines]
            else:
                split = [lines[:fit], lines[fit:]]
            first = True
            for chunk in split:
                piece = " ".join(chunk)
                if lead and f" {lead} " in piece:
                    a, b = piece.split(f" {lead} ", 1)
                    body = _runs(a + " ", it.thread) + _runs(lead + " ", "lead", True) + _runs(b, it.thread + "m")
                else:
                    body = _runs(piece, it.thread)
                mark = ('<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr><w:t>•</w:t>'
                        "</w:r><w:r><w:tab/></w:r>") if first else ""  # fmt: skip
                ind = bullet_ind if first else '<w:ind w:left="567"/>'
                add(_p(mark + body, after=60, line=250, ind=ind, tabs=tabs if first else ""), len(chunk))
                first = False
    add(_p(_runs(f"Approved: {controller}, HEOC Controller, {district} LHD", "ap"), before=240, line=250), 1)
    add(_p(_runs(f"Distribution: NSW Health EOC; {town} LEOCON; SES Region; LHD Executive", "di"), line=250), 1)
    d = Document()
    body = d.element.body
    for el in list(body):
        body.remove(el)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        xml = [_frame(f"NSW Health | {doc.organisation}", 500, f"h{n}"),
               _frame("OFFICIAL: Sensitive – NSW Government", 500, f"o{n}", True), *page,
               _frame(f"Situation Report {doc.number} – {when.day} {when:%B %Y} | Page {n} of {total}", 16100,
                      f"f{n}")]  # fmt: skip
        kind = '<w:type w:val="nextPage"/>' if n > 1 else ""
        if n < total:
            xml.append(_p("", sect=SECT.format(w=W, t=kind).replace(f"<w:sectPr {W}>", "<w:sectPr>")))
        for x in xml:
            body.append(parse_xml(x))
    body.append(parse_xml(SECT.format(w=W, t='<w:type w:val="nextPage"/>' if total > 1 else "")))
    d.core_properties.author = "Acrobat PDFMaker"
    d.core_properties.title = f"Situation Report {doc.number}"
    return _save(d)
