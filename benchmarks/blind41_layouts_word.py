"""Word writers of the ``blind41_layouts`` set (python-docx, with the parts it does not make written here).

A Kurdish association's weekly situation report in a water crisis in north-east Syria, in Kurmanji, typed in Word
from the association's template with two of Word's own charts in it (Insert → Chart): the page header (the
association at the left, "Rapora Rewşê ya Heftane" at the right) and footer ("Rûpel 1 ji 2" by the PAGE and NUMPAGES
fields, the association's e-mail); the title ("Rapora Rewşê: Krîza Avê") and subtitle (the number and the day); each
section a "Heading 1", the summary as paragraphs, the other points "List Bullet" paragraphs, "Tedbîr:" in bold inside a
risk's point; under the water trucking a column chart of the water handed out on each of the last seven days and under
the effects on families a line chart of diarrhoea cases a week — each a chart part (``word/charts/chartN.xml``:
``c:barChart`` / ``c:lineChart`` with its title, category and value caches and data labels) with the workbook it was
typed in embedded (``word/embeddings/Microsoft_Excel_Worksheet.xlsx``, openpyxl), drawn inline by ``c:chart`` in a
``wp:inline`` —, a "Caption" paragraph under each ("Wêne 1: …"); at the end "Amadekar:" with the programme officer's
name and post. "3.400 dolar", "1,25 milyon dolar", "1.250", "%12", "16ê Tebaxê", "(rapora berê: 5)".

A Scottish community council's storm update drafted by its secretary with ChatGPT and pasted from the chat into a
blank Word document (Ctrl+V, keeping the source formatting) and saved as it came: the assistant's opening line
("Here's a clear, friendly update you can share with residents:"), Word's horizontal-line shapes where the answer had
its "---" rules (a VML ``v:rect`` with ``o:hr``), the title as "Heading 2" with a rain emoji, the date and "Prepared
by" lines with their labels in bold, each section a "Heading 3" with an emoji before its name ("📝 Summary"), the
summary as paragraphs, the other points a bulleted list of the kind Word makes from HTML (a numbering definition of
its own, the Symbol bullet, paragraphs in "Normal (Web)" spacing with auto spacing before and after), "What we're
doing:" in bold inside a risk's point, every run in Segoe UI and the chat's near-black, the emoji in Segoe UI Emoji;
at the end the council's closing line and its name in italics, and the assistant's offer to make a shorter version,
left in. "£3,400", "£1.25 million", "16 November", "(last update: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind32_layouts_word import _app, _save
from blind41_layouts_banks_en import STORM
from blind41_layouts_banks_world import AV
from blind41_layouts_content import KU_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- a Word chart: its part, workbook and drawing


def _workbook(head: tuple[str, str], rows: list[tuple[str, int]]) -> bytes:
    """The workbook Word keeps a chart's data in, as Excel saves it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(list(head))
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _chart_xml(kind: str, title: str, series: str, rows: list[tuple[str, int]], colour: str) -> bytes:
    """A chart part of one series, ``kind`` "bar" (columns) or "line", with its caches filled as Word fills them."""
    n = len(rows)
    cats = "".join(f'<c:pt idx="{i}"><c:v>{escape(c)}</c:v></c:pt>' for i, (c, _) in enumerate(rows))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, (_, v) in enumerate(rows))
    labels = ('<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/>'
              '<c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
              '<c:showBubbleSize val="0"/></c:dLbls>')  # fmt: skip
    fill = f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    spr = f"<c:spPr>{fill}</c:spPr>" if kind == "bar" else f'<c:spPr><a:ln w="28575" cap="rnd">{fill}</a:ln></c:spPr>'
    ser = (f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache>'
           f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(series)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
           f"{spr}" + ('<c:invertIfNegative val="0"/>' if kind == "bar" else
                       f'<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>{fill}</c:spPr></c:marker>')
           + f'{labels}<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>{cats}'
           f'</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${n + 1}</c:f><c:numCache>'
           f'<c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{vals}</c:numCache></c:numRef></c:val>'
           + ("" if kind == "bar" else '<c:smooth val="0"/>') + "</c:ser>")  # fmt: skip
    body = (f'<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>{ser}'
            '<c:gapWidth val="80"/><c:axId val="50131201"/><c:axId val="50131202"/></c:barChart>' if kind == "bar" else
            f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{ser}<c:marker val="1"/>'
            '<c:axId val="50131201"/><c:axId val="50131202"/></c:lineChart>')  # fmt: skip
    axes = ('<c:catAx><c:axId val="50131201"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>'
            '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50131202"/><c:crosses '
            'val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl '
            'val="0"/></c:catAx><c:valAx><c:axId val="50131202"/><c:scaling><c:orientation val="minMax"/>'
            '</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill>'
            '<a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode='
            '"General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos '
            'val="nextTo"/><c:crossAx val="50131201"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>'
            "</c:valAx>")  # fmt: skip
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="{NS_C}" xmlns:a="{NS_A}"'
           f' xmlns:r="{NS_R}"><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/><c:chart>'
           '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r>'
           f'<a:rPr lang="ku-TR" sz="1200" b="1"/><a:t>{escape(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay '
           f'val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>{body}{axes}</c:plotArea>'
           '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>'
           '<a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p>'
           '</c:txPr><c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>')  # fmt: skip
    return xml.encode()


def _chart(d, n: int, kind: str, title: str, series: str, rows: list[tuple[str, int]], colour: str) -> None:
    """A paragraph holding Word chart ``n`` inline, its part and its embedded workbook related as Word relates them."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    package = d.part.package
    book = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n - 1 or ''}.xlsx"), CT_XLSX,
                _workbook(("", series), rows), package)  # fmt: skip
    part = Part(PackURI(f"/word/charts/chart{n}.xml"), CT_CHART, _chart_xml(kind, title, series, rows, colour),
                package)  # fmt: skip
    part.relate_to(book, RT.PACKAGE)
    rid = d.part.relate_to(part, RT.CHART)
    p = d.add_paragraph()
    p.alignment = 1
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="{NS_A}"'
        f' xmlns:c="{NS_C}" xmlns:r="{NS_R}"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="2651760"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{n}" name="Chart {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{NS_C}">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))  # fmt: skip


def _field(p, code: str, shown: str) -> None:
    from docx.oxml import parse_xml

    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" {code} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


# ---------------------------------------------------------------- Kurmanji, Word with charts

OFFICERS_KU = (("Rojîn Ehmed", "Berpirsiyara bernameyan"), ("Dilovan Silêman", "Rêveberê projeyê"),
               ("Berîvan Mihemed", "Hevrêza tîma avê"), ("Şêrzad Îbrahîm", "Berpirsê tenduristiya giştî"))  # fmt: skip


def docx_word_charts_ku(doc: Doc) -> bytes:
    """The association's weekly report as Word saves it, its two charts Word's own."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = AV.organisations.index(doc.organisation)
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.text = f"{doc.organisation}\t\tRapora Rewşê ya Heftane"
    head.runs[0].font.color.rgb = RGBColor(0x1F, 0x6E, 0x43)
    head.runs[0].bold = True
    foot = sec.footer.paragraphs[0]
    foot.add_run("Rûpel ")
    _field(foot, "PAGE", "1")
    foot.add_run(" ji ")
    _field(foot, "NUMPAGES", "2")
    foot.add_run(f"\t\tinfo@{ascii_slug(doc.organisation.split()[-1])}.org")
    day = f"{when.day}ê {KU_MONTHS[when.month - 1]} {when.year}"
    d.add_paragraph("Rapora Rewşê: Krîza Avê", style="Title")
    d.add_paragraph(f"Hejmar {doc.number} – {day}", style="Subtitle")
    cubic = count(doc, ("metrekûp av",), 300 + h % 500)
    cases = count(doc, ("îshal",), 40 + h % 200)
    charts = 0
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
                continue
            risk, lead, rest = parts(it, "ku")
            p = d.add_paragraph(style="List Bullet")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
        if s.heading.startswith("Tenker"):
            charts += 1
            rows = [(f"{(when - timedelta(days=6 - j)):%d/%m}", max(10, cubic * (85 + (h >> j) % 30) // 100))
                    for j in range(7)]  # fmt: skip
            _chart(d, charts, "bar", "Ava belavkirî (m³)", "m³", rows, "2E75B6")
            d.add_paragraph(f"Wêne {charts}: Ava ku di 7 rojên dawî de bi tenkeran hatiye belavkirin (m³)",
                            style="Caption")  # fmt: skip
        if s.heading.startswith("Bandor"):
            charts += 1
            week = when.isocalendar()[1]
            rows = [(f"Hefte {week - 5 + j}", max(1, cases * (40 + j * 12 + (h >> j) % 9) // 100)) for j in range(6)]
            _chart(d, charts, "line", "Rewşên îshalê li gor hefteyan", "Rewş", rows, "C00000")
            d.add_paragraph(f"Wêne {charts}: Rewşên îshalê yên ku navendên tenduristiyê tomar kirine", style="Caption")
    name, post = OFFICERS_KU[k]
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Amadekar: ").bold = True
    p.add_run(f"{name}, {post}")
    d.core_properties.author = name
    d.core_properties.title = f"Rapora Rewşê {doc.number}"
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))


# ---------------------------------------------------------------- ChatGPT's answer pasted into Word, Scottish

SECRETARIES = ("Morag Stewart", "Iain MacLeod", "Fiona Cruickshank", "Alasdair Grant")
OPENERS = ("Here's a clear, friendly update you can share with residents:",
           "Here's a version of the storm update that's easy for residents to read:",
           "Sure — here's an updated storm update for residents, based on your notes:")  # fmt: skip
OFFERS = ("If you'd like, I can also make a shorter version for the Facebook page or a printable poster for the "
          "noticeboard.", "Would you like me to turn this into a short post for social media as well?")  # fmt: skip
HR = ('<w:r xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
      '<v:rect id="_x0000_i10NN" style="width:0;height:1.5pt" o:hralign="center" o:hrstd="t" o:hr="t" '
      'fillcolor="#a0a0a0" stroked="f"/></w:pict></w:r>')  # fmt: skip
PASTED_LIST = (
    '<w:abstractNum {W} w:abstractNumId="90"><w:nsid w:val="3A5C21F0"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="9C6A2E44"/>LEVELS</w:abstractNum>'
)


def _levels() -> str:
    out = []
    for i in range(9):
        glyph, font = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")][i % 3]
        pos = 720 * (i + 1)
        out.append(f'<w:lvl w:ilvl="{i}" w:tentative="{int(i > 0)}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                   f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" '
                   f'w:pos="{pos}"/></w:tabs><w:ind w:left="{pos}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
                   f'w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/><w:sz w:val="20"/></w:rPr>'
                   "</w:lvl>")  # fmt: skip
    return "".join(out)


def _pasted(p, text: str, bold: bool = False, italic: bool = False, size: float = 0) -> None:
    """Runs as Word keeps them from the chat's HTML: Segoe UI in near-black, each emoji in Segoe UI Emoji."""
    from docx.shared import Pt, RGBColor

    chunks, cur, emoji = [], "", False
    for ch in text:
        e = ord(ch) > 0x2500 and ch not in "–—’“”…"
        e = e or (emoji and ch == "\ufe0f")
        if cur and e != emoji:
            chunks.append((cur, emoji))
            cur = ""
        cur, emoji = cur + ch, e
    if cur:
        chunks.append((cur, emoji))
    for chunk, is_emoji in chunks:
        r = p.add_run(chunk)
        r.font.name = "Segoe UI Emoji" if is_emoji else "Segoe UI"
        r.font.color.rgb = RGBColor(0x0D, 0x0D, 0x0D)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)


def docx_chatgpt_paste_sco(doc: Doc) -> bytes:
    """The community council's storm update as ChatGPT answered and Word kept it when pasted."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.shared import Pt

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = STORM.organisations.index(doc.organisation)
    d = Document()
    web = d.styles.add_style("Normal (Web)", WD_STYLE_TYPE.PARAGRAPH)
    web.base_style = d.styles["Normal"]
    web.font.name, web.font.size = "Times New Roman", Pt(12)
    numbering = d.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    first_num.addprevious(parse_xml(PASTED_LIST.replace("{W}", W).replace("LEVELS", _levels())))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    spacing = parse_xml(f'<w:spacing {W} w:before="100" w:beforeAutospacing="1" w:after="100" '
                        'w:afterAutospacing="1" w:line="240" w:lineRule="auto"/>')  # fmt: skip
    rules = 0

    def para(text: str = "", style: str = "Normal (Web)", bullet: bool = False):
        p = d.add_paragraph(style=style)
        ppr = p._p.get_or_add_pPr()
        if bullet:
            ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
        if style == "Normal (Web)":
            ppr.append(parse_xml(spacing.xml))
        if text:
            _pasted(p, text)
        return p

    def rule() -> None:
        nonlocal rules
        rules += 1
        p = d.add_paragraph()
        p.alignment = 1
        p._p.append(parse_xml(HR.replace("NN", f"{25 + rules:02d}").replace("<w:r ", f"<w:r {W} ", 1)))

    para(OPENERS[(h + doc.number) % len(OPENERS)])
    rule()
    title = para(style="Heading 2")
    _pasted(title, f"🌧️ Storm Update No. {doc.number} – {doc.organisation}", size=18)
    for label, value in (("Date:", f"{when:%A} {when.day} {when:%B %Y}"),
                         ("Prepared by:", f"{doc.organisation} Resilience Team")):  # fmt: skip
        p = para()
        _pasted(p, label, bold=True)
        _pasted(p, f" {value}")
    for s in doc.sections:
        rule()
        head = para(style="Heading 3")
        _pasted(head, s.heading, size=15)
        for it in s.items:
            if s.key == "highlights":
                para(it.text)
                continue
            risk, lead, rest = parts(it, "sco")
            p = para(bullet=True)
            if lead:
                _pasted(p, f"{risk} ")
                _pasted(p, lead, bold=True)
                _pasted(p, f" {rest}")
            else:
                _pasted(p, it.text)
    rule()
    para("Thank you to everyone who has checked on a neighbour this week. Please keep looking out for one another.")
    _pasted(para(), doc.organisation, italic=True)
    rule()
    para(OFFERS[h % len(OFFERS)])
    d.core_properties.author = SECRETARIES[k]
    d.core_properties.title = ""
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))
