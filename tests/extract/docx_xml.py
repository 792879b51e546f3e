"""Word test documents built with python-docx plus raw WordprocessingML fragments and package parts,
for the features python-docx has no API for (tracked changes, content controls, fields, notes...)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import parse_xml

from sitroom.extract.base import ExtractContext
from sitroom.extract.docx import DocxExtractor
from sitroom.model import BlockKind, Document

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


def sdt_block(text: str, placeholder: bool, tag: str = "field") -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    rstyle = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/>{shown}</w:sdtPr><w:sdtContent>'
        f'<w:p><w:r>{rstyle}<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )


NUMBERING = f"""<w:numbering {NS}>
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


def replace_numbering(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = NUMBERING.encode() if info.filename == "word/numbering.xml" else src.read(info.filename)
            dst.writestr(info, body)
    return out.getvalue()


def num_para(num_id: int, ilvl: int, text: str, bold: bool = False) -> str:
    num = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p><w:pPr>{num}</w:pPr>{run(text, bold)}</w:p>"


def tc_xml(text: str, *, span: int = 1, vmerge: str | None = None, fill: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge is not None:
        props += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run(text) if text else ''}</w:p></w:tc>"


def table_xml(rows: list[list[str]], cols: int) -> str:
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(cols))
    body = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def head_cells(*texts: str) -> list[str]:
    """A header row's cells: short bold labels."""
    return [tc_xml(t).replace("<w:r>", "<w:r><w:rPr><w:b/></w:rPr>", 1) for t in texts]
