"""Word writer of the ``blind30_layouts`` set.

A Pakistani district disaster management authority's daily flood situation report in Urdu, typed by the district
emergency officer's clerk in WPS Writer (WPS Office, the free office suite on most of the district's computers) in
the Jameel Noori Nastaleeq font and saved as a Word document (.docx), as WPS writes one: ``docProps/app.xml``
naming "WPS Office_12.2.0…", ``docProps/custom.xml`` with WPS's ``KSOProductBuildVer`` and ``ICV``, every paragraph
right to left (``w:bidi``) with WPS's ``w:snapToGrid w:val="0"``, every run ``w:rtl`` with ``w:hint="cs"`` and the
Urdu font as its complex-script font, WPS's default margins (2.54 cm and 3.18 cm) on A4 and the section right to left;
the letterhead centred in bold (the provincial government, the authority and its emergency operations centre), the
letter number and the date on one line parted by a tab, the report's title bold and underlined and the "as at" line,
a table of the day's key figures repeated from the text under its bold caption, each section a bold paragraph
shaded grey with its number typed before it ("1۔ خلاصہ"), the points a WPS bullet list ("●"), "تدارکی اقدامات:"
bold inside a risk's point, the deputy commissioner's signature block, the copy-to line, "صفحہ 1 از 2" in the footer
(PAGE and NUMPAGES fields). "3,400 روپے", "12.5 لاکھ روپے", "4,35,000", "12 فیصد", "26 اگست", "(گزشتہ رپورٹ میں 5)".
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind30_layouts_banks_abroad import DDMA
from blind30_layouts_content import parts, ur_date
from council_layouts_gold import Doc

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')  # fmt: skip
FONT = "Jameel Noori Nastaleeq"
BUILD = "12.2.0.19805"
PROVINCES = {"daryapur": "پنجاب", "kot-noor": "پنجاب", "chenababad": "پنجاب", "sindhu-nagar": "سندھ"}
COPIES = ("ڈائریکٹر جنرل پی ڈی ایم اے", "کمشنر ڈویژن", "ڈسٹرکٹ پولیس آفیسر", "سی ای او ڈسٹرکٹ ہیلتھ اتھارٹی",
          "ڈسٹرکٹ ایمرجنسی آفیسر ریسکیو 1122", "ایگزیکٹو انجینئر محکمہ آبپاشی")  # fmt: skip
FIGURES = (("جاں بحق", r"([\d,]+) افراد جاں بحق"), ("متاثرہ دیہات", r"([\d,]+) دیہات"),
           ("ریلیف کیمپ", r"([\d,]+) ریلیف کیمپوں"), ("منتقل کیے گئے افراد", r"([\d,]+) افراد کو"))  # fmt: skip


def _rpr(size: int = 28, bold: bool = False, underline: bool = False) -> str:
    b = "<w:b/><w:bCs/>" if bold else ""
    u = '<w:u w:val="single"/>' if underline else ""
    return (
        f'<w:rPr><w:rFonts w:hint="cs" w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>{b}{u}'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:rtl/><w:lang w:val="en-US" w:bidi="ur-PK"/></w:rPr>'
    )


def _run(text: str, **kw) -> str:
    return f'<w:r>{_rpr(**kw)}<w:t xml:space="preserve">{escape(text, False)}</w:t></w:r>'


def _p(runs: str, jc: str = "both", extra: str = "", size: int = 28) -> str:
    return (
        f'<w:p><w:pPr>{extra}<w:bidi/><w:snapToGrid w:val="0"/><w:spacing w:after="60" w:line="300" '
        f'w:lineRule="auto"/><w:jc w:val="{jc}"/>{_rpr(size)}</w:pPr>{runs}</w:p>'
    )


def _count(doc: Doc, pattern: str) -> str:
    """The figure an item gives for one of the table's columns, as printed; "—" when no item says it."""
    for s in doc.sections:
        for it in s.items:
            if m := re.search(pattern, it.text):
                return m.group(1)
    return "—"


def _table(doc: Doc) -> str:
    cell = (
        '<w:tc><w:tcPr><w:tcW w:w="2100" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        "</w:tcPr>{p}</w:tc>"
    )
    head = "".join(cell.format(fill="BFBFBF", p=_p(_run(label, bold=True, size=24), "center")) for label, _ in FIGURES)
    body = "".join(cell.format(fill="FFFFFF", p=_p(_run(_count(doc, w), size=24), "center")) for _, w in FIGURES)
    borders = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for e in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    grid = '<w:gridCol w:w="2100"/>' * len(FIGURES)
    return (
        f'<w:tbl><w:tblPr><w:bidiVisual/><w:tblW w:w="8400" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
        f'{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        f"<w:tr>{head}</w:tr><w:tr>{body}</w:tr></w:tbl>"
    )


def _body(doc: Doc) -> str:
    when = report_day(doc)
    latin = DDMA.latin[DDMA.organisations.index(doc.organisation)]
    district = doc.organisation.removeprefix("ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی ")
    h = zlib.crc32(doc.organisation.encode())
    out = [_p(_run(f"حکومتِ {PROVINCES[latin]}", bold=True, size=32), "center"),
           _p(_run(f"ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی، {district}", bold=True, size=32), "center"),
           _p(_run("(ضلعی ایمرجنسی آپریشن سنٹر)", bold=True, size=28), "center"),
           _p(_run(f"نمبر: ڈی ڈی ایم اے/فلڈ/{when.year}/{200 + h % 300 + doc.number}") + '<w:r><w:tab/></w:r>'
              + _run(f"مورخہ: {ur_date(when)}"), "left",
              '<w:tabs><w:tab w:val="left" w:pos="6500"/></w:tabs>'),
           _p(_run(f"روزانہ سیلابی صورتحال رپورٹ نمبر {doc.number}", bold=True, underline=True, size=34), "center",
              '<w:spacing w:before="240"/>'),
           _p(_run("(صبح 8 بجے تک کی صورتحال)", size=26), "center"),
           _p(_run("اہم اعداد و شمار", bold=True), "center", '<w:keepNext/>'), _table(doc),
           _p("")]  # fmt: skip
    for s in doc.sections:
        shade = '<w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:spacing w:before="200"/>'
        out.append(_p(_run(s.heading, bold=True, size=30), "both", shade))
        for it in s.items:
            risk, lead, rest = parts(it, "ur")
            runs = _run(f"{risk} ") + _run(lead, bold=True) + _run(f" {rest}") if lead else _run(it.text)
            num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/>'
            out.append(_p(runs, "both", num))
    out += [_p(""), _p(_run("ڈپٹی کمشنر / چیئرمین", bold=True), "left"),
            _p(_run(f"ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی، {district}", bold=True), "left"), _p(""),
            _p(_run("نقل برائے اطلاع: ", bold=True, size=24) + _run("، ".join(COPIES) + "۔", size=24))]  # fmt: skip
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" '
        'r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
        'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
        '<w:bidi/><w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr>'
    )
    return f"<w:document {NS}><w:body>{''.join(out)}{sect}</w:body></w:document>"


def _field(code: str, cached: str) -> str:
    return (
        f'<w:r>{_rpr(22)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{_rpr(22)}<w:instrText '
        f'xml:space="preserve"> {code} </w:instrText></w:r><w:r>{_rpr(22)}<w:fldChar w:fldCharType="separate"/>'
        f'</w:r><w:r>{_rpr(22)}<w:t>{cached}</w:t></w:r><w:r>{_rpr(22)}<w:fldChar w:fldCharType="end"/></w:r>'
    )


STYLES = (
    f'<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:eastAsia="SimSun" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ur-PK"/></w:rPr></w:rPrDefault><w:pPrDefault/>'
    '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="0"/><w:bidi/><w:jc w:val="both"/></w:pPr></w:style><w:style '
    'w:type="character" w:default="1" w:styleId="5"><w:name w:val="Default Paragraph Font"/><w:semiHidden/>'
    '</w:style><w:style w:type="table" w:default="1" w:styleId="4"><w:name w:val="Normal Table"/><w:semiHidden/>'
    '<w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
    'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>'
)
NUMBERING = (
    f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5B2F3C1A"/><w:multiLevelType '
    'w:val="singleLevel"/><w:tmpl w:val="5B2F3C1A"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
    'w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" '
    'w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)
SETTINGS = (
    f'<w:settings {NS}><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/>'
    '<w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing '
    'w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
    "<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
    "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting "
    'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ur-PK"/></w:settings>'
)
FONTS = (
    f'<w:fonts {NS}><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/></w:font>'
    '<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:charset w:val="86"/></w:font><w:font w:name="Calibri"/>'
    f'<w:font w:name="{FONT}"><w:charset w:val="00"/><w:family w:val="auto"/></w:font></w:fonts>'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"


def docx_wps_ddma_ur(doc: Doc) -> bytes:
    """The flood situation report as WPS Writer saves it as .docx."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    header = f"<w:hdr {NS}>{_p(_run('فوری / بذریعہ ای میل', bold=True, size=22), 'left')}</w:hdr>"
    page = _run("صفحہ ", size=22) + _field("PAGE", "1") + _run(" از ", size=22) + _field("NUMPAGES", "2")
    footer = f"<w:ftr {NS}>{_p(page, 'center')}</w:ftr>"
    rels = (
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/><Relationship Id="rId3" '
        f'Type="{REL}/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="{REL}/numbering" '
        f'Target="numbering.xml"/><Relationship Id="rId6" Type="{REL}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId7" Type="{REL}/footer" Target="footer1.xml"/></Relationships>'
    )
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
             'ContentType="application/xml"/>'
             + "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in (
                 ("word/document.xml", f"{CT}.wordprocessingml.document.main+xml"),
                 ("word/styles.xml", f"{CT}.wordprocessingml.styles+xml"),
                 ("word/settings.xml", f"{CT}.wordprocessingml.settings+xml"),
                 ("word/fontTable.xml", f"{CT}.wordprocessingml.fontTable+xml"),
                 ("word/numbering.xml", f"{CT}.wordprocessingml.numbering+xml"),
                 ("word/header1.xml", f"{CT}.wordprocessingml.header+xml"),
                 ("word/footer1.xml", f"{CT}.wordprocessingml.footer+xml"),
                 ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("docProps/app.xml", f"{CT}.extended-properties+xml"),
                 ("docProps/custom.xml", f"{CT}.custom-properties+xml"))) + "</Types>")  # fmt: skip
    root = (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
            '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" '
            f'Type="{REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" '
            f'Type="{REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>')  # fmt: skip
    stamp = f"{when:%Y-%m-%d}T0{7 + doc.number % 2}:{10 + h % 40:02d}:00Z"
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>DEOC</dc:creator>'
        f'<cp:lastModifiedBy>DDMA PC</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}'
        f'</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal'
        f"</Template><Pages>2</Pages><Application>WPS Office_{BUILD}</Application><DocSecurity>0</DocSecurity>"
        "</Properties>"
    )
    custom = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
        'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>'
        f'1033-{BUILD}</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" '
        f'pid="3" name="ICV"><vt:lpwstr>{h:08X}{zlib.crc32(doc.organisation.encode()):08X}'
        f"{doc.number:04d}0000C0FFEE000A</vt:lpwstr></property></Properties>"
    )
    parts_ = {
        "[Content_Types].xml": types,
        "_rels/.rels": root,
        "docProps/app.xml": app,
        "docProps/core.xml": core,
        "docProps/custom.xml": custom,
        "word/document.xml": _body(doc),
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONTS,
        "word/numbering.xml": NUMBERING,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "word/_rels/document.xml.rels": rels,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts_.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + xml)
    return buf.getvalue()
