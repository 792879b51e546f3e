"""Word writers of the ``blind22_layouts`` set: a Hebridean community resilience group's storm "Aithisg
Suidheachaidh" in Scottish Gaelic as its incident log web app exports it to Word — the way ``html-docx-js`` and its
kind make a .docx: ``document.xml`` holds nothing but one ``<w:altChunk>`` and the page's section properties, the
report is an MHT part (``afchunk.mht``, ``message/rfc822``, the HTML quoted-printable) that Word converts on
opening: the app's export banner, ``<h1>`` title, a details table, ``<h2>`` headings, ``<ul>`` points (the situation
as ``<p>`` paragraphs), "<strong>Lasachadh:</strong>" inside a risk's point, the export line and the handling note;
"1,250", "12%", "£3,400", "28 Faoilleach" — and a KwaZulu-Natal local municipality's disaster management centre's
flood "Umbiko Wesimo" typed into the centre's Word template of legacy form fields (a protected form:
``w:documentProtection w:edit="forms"``; the municipality and the centre over a rule, "UMBIKO WESIMO SENHLEKELELE",
a details table whose values are ``FORMTEXT`` fields and a ``FORMCHECKBOX`` row of the incident's status, then each
section's label a shaded bold paragraph and its points typed by the officer into one ``FORMTEXT`` field, each point
a line of its own after a line break, led by a typed "• " (Msunduzi, uMhlathuze) or "- " (KwaDukuza, Ray Nkonyeni),
"Ukunciphisa:" typed plain inside a risk's line; the officer's and the head's names and the date in fields at the
foot, "Ikhasi 1 kwangu-2" in the footer; "1 250", "12%", "R3 400", "14 Ephreli").
"""

from __future__ import annotations

import io
import quopri
import zipfile
import zlib
from html import escape
from xml.sax.saxutils import escape as xesc

from blind7_layouts_content import report_day
from blind14_layouts_word import _fields
from blind17_layouts_content import split_mitigation
from blind22_layouts_content import INYANGA, LEADS, MIOSAN
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Default Extension="mht" ContentType="message/rfc822"/>\
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="/word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" \
Target="/word/afchunk.mht"/></Relationships>"""
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w10="urn:schemas-microsoft-com:office:word"><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr>\
<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" \
w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>"""
GD_PARA = ("situation",)


def _gd_point(item) -> str:
    risk, lead, rest = split_mitigation(item, LEADS["gd"])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <strong>{escape(lead)}</strong> {escape(rest, quote=False)}"


def _gd_html(doc: Doc) -> str:
    when = report_day(doc)
    day = f"{when.day} {MIOSAN[when.month - 1]} {when.year}"
    place = doc.organisation.removeprefix("Buidheann Seasmhachd ")
    rows = (("Buidheann", doc.organisation), ("Tachartas", "Stoirm"), ("Ceann-latha", f"{day}, 08:00"),
            ("Àireamh", str(doc.number)), ("Inbhe", "Fosgailte"))  # fmt: skip
    body = [
        '<p style="font-family:Arial;font-size:8pt;color:#777777">ResilienceLog · Às-mhalairt gu Word · '
        f"{when:%d/%m/%Y} 08:{10 + doc.number:02d}</p>",
        f'<h1 style="font-family:Arial;font-size:18pt;color:#1b4965">Aithisg Suidheachaidh {doc.number} – Stoirm</h1>',
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;'
        'font-size:10pt;width:100%">',
    ]
    for k, v in rows:
        body.append(f'<tr><td style="background:#e8eef3;width:30%"><b>{k}</b></td><td>{escape(v)}</td></tr>')
    body.append("</table>")
    for s in doc.sections:
        body.append(f'<h2 style="font-family:Arial;font-size:13pt;color:#1b4965">{escape(s.heading)}</h2>')
        if s.key in GD_PARA:
            body += [f'<p style="font-family:Arial;font-size:10pt">{_gd_point(it)}</p>' for it in s.items]
            continue
        body.append('<ul style="font-family:Arial;font-size:10pt">')
        body += [f"<li>{_gd_point(it)}</li>" for it in s.items]
        body.append("</ul>")
    body += [
        '<hr size="1">',
        f'<p style="font-family:Arial;font-size:8pt;color:#777777">Air a às-mhalairt le Oifigear na Buidhne, '
        f"{escape(place)}. Chaidh an aithisg seo a chruthachadh gu fèin-ghluasadach.</p>",
        '<p style="font-family:Arial;font-size:8pt;color:#777777"><i>Dìomhair – do chom-pàirtichean a-mhàin. '
        "Na sgaoil gun chead.</i></p>",
    ]
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Aithisg Suidheachaidh</title></head><body>'
        + "\n".join(body)
        + "</body></html>"
    )


def docx_altchunk_gd(doc: Doc) -> bytes:
    """The group's report as its web app's "Export to Word" writes it: an HTML chunk inside a .docx."""
    html = _gd_html(doc).encode()
    mht = (
        b'MIME-Version: 1.0\nContent-Type: multipart/related;\n    type="text/html";\n'
        b'    boundary="----=mhtDocumentPart"\n\n\n------=mhtDocumentPart\nContent-Type: text/html;\n'
        b'    charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n'
        b"Content-Location: file:///C:/fake/document.html\n\n"
        + quopri.encodestring(html)
        + b"\n\n------=mhtDocumentPart--\n"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", DOCUMENT)
        z.writestr("word/afchunk.mht", mht)
    return buf.getvalue()


# ---------------------------------------------------------------- KwaZulu-Natal: a template of legacy form fields

BULLET_ZU = ("uMasipala waseMsunduzi", "uMasipala wase-uMhlathuze")


def _field(name: str, bid: int, lines: list[str], kind: str = "FORMTEXT", checked: bool = False) -> str:
    """A legacy form field's runs with Word's bookmark round it: its result the ``lines`` after line breaks."""
    if kind == "FORMCHECKBOX":
        ff = f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/></w:checkBox>'
        result = ""
    else:
        ff = "<w:textInput/>"
        runs = []
        for k, line in enumerate(lines):
            if k:
                runs.append("<w:r><w:rPr><w:noProof/></w:rPr><w:br/></w:r>")
            runs.append(f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{xesc(line)}</w:t></w:r>')
        result = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + "".join(runs)
    return (
        f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/><w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{ff}</w:ffData></w:fldChar></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>{result}'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{bid}"/>'
    )


def _para(inner: str, ppr: str = "") -> object:
    from docx.oxml import parse_xml

    return parse_xml(f'<w:p xmlns:w="{W}"><w:pPr>{ppr}</w:pPr>{inner}</w:p>')


def _label(text: str) -> str:
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def docx_umbiko_zu(doc: Doc) -> bytes:
    """The centre's report as its duty officer fills in the municipality's protected Word form."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    when = report_day(doc)
    day = f"{when.day} {INYANGA[when.month - 1]} {when.year}"
    body = d.element.body
    sect = body[-1]
    ids = iter(range(1, 200))
    text_no = iter(range(1, 200))

    def add(p) -> None:
        sect.addprevious(p)

    rule = '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="006B3F"/></w:pBdr>'
    add(_para(f'<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>{xesc(doc.organisation.upper())}</w:t></w:r>',
              '<w:jc w:val="center"/>'))  # fmt: skip
    add(_para('<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>Isikhungo Sokulawula Izinhlekelele · Disaster Management '
              "Centre</w:t></w:r>", rule + '<w:jc w:val="center"/>'))  # fmt: skip
    add(_para('<w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t>UMBIKO WESIMO SENHLEKELELE</w:t></w:r>',
              '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>'))  # fmt: skip
    details = (("Inombolo yombiko:", [str(doc.number)]), ("Usuku:", [day]), ("Isikhathi:", ["08:00"]),
               ("Uhlobo lwesigameko:", ["Izikhukhula"]))  # fmt: skip
    rows = "".join(
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E2EFDA"/>'
        f'</w:tcPr><w:p>{_label(k)}</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr><w:p>'
        f"{_field(f'Text{next(text_no)}', next(ids), v)}</w:p></w:tc></w:tr>"
        for k, v in details
    )
    status = "".join(
        f"{_field(f'Check{n}', next(ids), [], 'FORMCHECKBOX', checked=n == 1)}"
        f'<w:r><w:t xml:space="preserve"> {word}   </w:t></w:r>'
        for n, word in enumerate(("Iyaqhubeka", "Ilawulwa", "Iphelile"), start=1)
    )
    rows += (
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
        f'w:fill="E2EFDA"/></w:tcPr><w:p>{_label("Isimo sesigameko:")}</w:p></w:tc><w:tc><w:tcPr><w:tcW '
        f'w:w="6000" w:type="dxa"/></w:tcPr><w:p>{status}</w:p></w:tc></w:tr>'
    )
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:color="808080"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    add(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}'
                  f'</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>'
                  f"{rows}</w:tbl>"))  # fmt: skip
    mark = "• " if doc.organisation in BULLET_ZU else "- "
    shade = '<w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="006B3F"/><w:spacing w:before="240" w:after="60"/>'
    box = ('<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/><w:left w:val="single" w:sz="4" '
           'w:space="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
           '<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>')  # fmt: skip
    for s in doc.sections:
        add(_para(f'<w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:t xml:space="preserve">{xesc(s.heading)}'
                  "</w:t></w:r>", shade))  # fmt: skip
        lines = [mark + it.text for it in s.items]
        add(_para(_field(f"Text{next(text_no)}", next(ids), lines), box))
    add(_para(""))
    sign = (("Ilungiselelwe ngu:", "S. Mkhize, Isikhulu Sezinhlekelele"), ("Igunyazwe ngu:", "T. Ndlovu, Inhloko "
            "Yesikhungo"), ("Usuku:", day))  # fmt: skip
    for k, v in sign:
        add(_para(_label(k + " ") + _field(f"Text{next(text_no)}", next(ids), [v])))
    settings = d.settings.element
    settings.append(parse_xml(f'<w:documentProtection xmlns:w="{W}" w:edit="forms" w:enforcement="1"/>'))
    foot = d.sections[0].footer.paragraphs[0]
    _fields(foot, "Ikhasi {PAGE} kwangu-{NUMPAGES}")
    foot.add_run(f"    ·    DMC/SITREP/{when.year}/{zlib.crc32(doc.organisation.encode()) % 90 + 10}")
    return _save(d)
