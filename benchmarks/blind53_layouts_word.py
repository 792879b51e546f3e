"""Word writer of the ``blind53_layouts`` set (python-docx, in Word's place): a Norwegian municipality's situation
report to the county governor on contaminated drinking water, written as a letter from the archive system Elements.

A Norwegian municipality in Østfold after coliform bacteria were found in its drinking water: the crisis
management's "Situasjonsrapport nr. 3" to the county governor (Statsforvalteren i Østfold, Buskerud, Oslo og
Akershus), produced as an outgoing letter in Elements — the case and archive system many Norwegian municipalities
file their letters in — from the municipality's letter template, in Word with Norwegian styles, and sent through
SvarUt: the municipality's name with the unit, the recipient's address, the line of references ("Deres ref.:",
"Vår ref.: 26/214-9", "Saksbehandler:", "Dato:") whose values are content controls bound to the archive's custom XML
part (tags "Sas_ArkivSakID", "Sdo_DokDato" …), the title from the archive ("Sdo_Tittel") in bold, the line on which
period the report covers, each section's name in the template's "Overskrift 2" (its style id localised as Word
writes it: "Overskrift2", the bullets "Punktliste"), the summary as paragraphs, the other points bulleted,
"Iverksatte tiltak:" in bold, "Med hilsen", the signer and post, "Dokumentet er elektronisk godkjent og har derfor
ingen håndskrevne signaturer.", "Kopi til:" with a borderless table of addresses, the municipality's addresses in
the footer and "Vår ref.: …" with "Side 2 av 2" at the top from the second page. "3 400 kroner",
"1,25 millioner kroner", "1 250", "12 prosent", "16. januar", "(forrige rapport: 5)".
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_field
from blind53_layouts_banks_away import DRIKKEVANN
from blind53_layouts_content import parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

KOMMUNER = (
    ("Moss", "Postboks 175, 1501 Moss", "Dronningens gate 2", "69 24 10 00", "920 123 899", "Ingrid Haugland",
     "kommunalsjef teknisk", "Siri Mjelde", "kommunedirektør og kriseleder"),
    ("Fredrikstad", "Postboks 1405, 1602 Fredrikstad", "Nygaardsgata 16", "69 30 60 00", "940 039 541",
     "Eirik Tveit", "beredskapskoordinator", "Ole Kristian Fjell", "kommunedirektør"),
    ("Sarpsborg", "Postboks 237, 1702 Sarpsborg", "Kirkegata 28", "69 10 80 00", "938 801 363", "Tone Lygre",
     "beredskapsrådgiver", "Anders Hope", "kommunedirektør og leder av kriseledelsen"),
    ("Halden", "Postboks 150, 1751 Halden", "Storgata 7", "69 17 45 00", "959 159 092", "Marit Sølvberg",
     "fagleder vann og avløp", "Gunnar Hestad", "kommunedirektør"),
)  # fmt: skip
NS = "urn:sikri:elements:document:2019"


def _sdt(tag: str, alias: str, value: str, store: str, sid: int, bold: bool = False, size: int = 0) -> object:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    xml = (f"<w:sdt {nsdecls('w')}><w:sdtPr><w:rPr>{rpr}</w:rPr><w:alias w:val=\"{alias}\"/>"
           f'<w:tag w:val="{tag}"/><w:id w:val="{sid}"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'{NS}\'" '
           f'w:xpath="/ns0:document[1]/ns0:{tag}[1]" w:storeItemID="{store}"/><w:text/></w:sdtPr><w:sdtContent>'
           f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{value}</w:t></w:r>'
           "</w:sdtContent></w:sdt>")  # fmt: skip
    return parse_xml(xml)


def _no_borders(table) -> None:
    borders = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{borders}</w:tblBorders>"))


def _point(d, it) -> None:
    p = d.add_paragraph(style="List Bullet")
    risk, lead, rest = parts(it, "no")
    if lead:
        p.add_run(f"{risk} ")
        p.add_run(lead).bold = True
        p.add_run(f" {rest}")
    else:
        p.add_run(it.text)


def _package(data: bytes, fields: dict[str, str], store: str) -> bytes:
    """The package as Elements leaves it: its custom XML part with the archive's fields (beside Word's
    bibliography part), and Word's Norwegian style ids ("Overskrift2", "Punktliste") for the built-in styles."""
    body = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
    extra = {
        "customXml/item2.xml": f'<?xml version="1.0" encoding="utf-8"?><document xmlns="{NS}">{body}</document>',
        "customXml/itemProps2.xml": '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem '
        f'ds:itemID="{store}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NS}"/></ds:schemaRefs></ds:datastoreItem>',
        "customXml/_rels/item2.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps2.xml"/>'
        "</Relationships>",
    }
    ids = {"Heading2": "Overskrift2", "ListBullet": "Punktliste", "Header": "Topptekst", "Footer": "Bunntekst"}
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            text = src.read(info.filename)
            if info.filename.endswith(".xml") and info.filename.startswith("word/"):
                s = text.decode()
                for a, b in ids.items():
                    s = re.sub(f'(w:styleId|w:val)="{a}"', rf'\1="{b}"', s)
                text = s.encode()
            elif info.filename == "word/_rels/document.xml.rels":
                text = text.replace(b"</Relationships>", b'<Relationship Id="rId900" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/customXml" '
                                    b'Target="../customXml/item2.xml"/></Relationships>')  # fmt: skip
            elif info.filename == "[Content_Types].xml":
                text = text.replace(b"</Types>", b'<Override PartName="/customXml/itemProps2.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
                                    b"</Types>")  # fmt: skip
            z.writestr(info, text)
        for name, text in extra.items():
            z.writestr(name, text)
    return out.getvalue()


def docx_elements_situasjonsrapport_no(doc: Doc) -> bytes:
    """The crisis management's situation report as a letter from Elements, in Word."""
    when = report_day(doc)
    k = DRIKKEVANN.organisations.index(doc.organisation)
    town, post, visit, phone, orgnr, writer, role, signer, signer_post = KOMMUNER[k]
    h = zlib.crc32(doc.title.encode())
    ref = f"26/{200 + h % 700}-{doc.number + 4}"
    store = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{town}/{ref}")).upper() + "}"
    title = f"Situasjonsrapport nr. {doc.number} – forurenset drikkevann i {town} kommune"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0), Cm(2.0), Cm(2.2)
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Calibri", Pt(11)
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Calibri", Pt(12), RGBColor(0x1F, 0x3A, 0x5F)
    sec.different_first_page_header_footer = True
    later = sec.header.paragraphs[0]
    later.add_run(f"Vår ref.: {ref}\t\tSide ")
    add_field(later, "PAGE", "2")
    later.add_run(" av ")
    add_field(later, "NUMPAGES", "2")
    first = sec.first_page_header.paragraphs[0]
    r = first.add_run(f"{town.upper()} KOMMUNE")
    r.bold, r.font.size = True, Pt(16)
    first.add_run("\nKriseledelsen")
    site = f"{town.lower()}.kommune.no"
    foot = (f"Postadresse: {post} | Besøksadresse: {visit} | Telefon: {phone}\nE-post: postmottak@{site} | "
            f"Org.nr.: {orgnr} | www.{site}")  # fmt: skip
    for footer in (sec.first_page_footer, sec.footer):
        fp = footer.paragraphs[0]
        fp.add_run(foot).font.size = Pt(8)
    d.add_paragraph()
    for line in ("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus", "Postboks 325", "1502 MOSS"):
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    refs = d.add_table(rows=2, cols=4)
    _no_borders(refs)
    stamp = f"{when:%d.%m.%Y}"
    cells = (("Deres ref.:", "", ""), ("Vår ref.:", "Sas_ArkivSakID", ref), ("Saksbehandler:", "Sbr_Navn", writer),
             ("Dato:", "Sdo_DokDato", stamp))  # fmt: skip
    for n, (label, tag, value) in enumerate(cells):
        refs.cell(0, n).paragraphs[0].add_run(label).font.size = Pt(8)
        if tag:
            refs.cell(1, n).paragraphs[0]._p.append(_sdt(tag, label.rstrip(":"), value, store, 100 + n, size=20))
    d.add_paragraph()
    tp = d.add_paragraph()
    tp._p.append(_sdt("Sdo_Tittel", "Tittel", title, store, 200, bold=True, size=28))
    start = when - timedelta(days=1)
    d.add_paragraph(f"Rapporten gjelder perioden fra {start:%d.%m.%Y} kl. 12.00 til {stamp} kl. 12.00.")
    for s in doc.sections:
        d.add_heading(s.heading, level=2)
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
            else:
                _point(d, it)
    d.add_paragraph()
    d.add_paragraph("Med hilsen")
    d.add_paragraph()
    sign = d.add_paragraph(signer)
    sign.paragraph_format.space_after = Pt(0)
    d.add_paragraph(signer_post)
    note = d.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    note.runs[0].italic = True
    d.add_paragraph()
    d.add_paragraph().add_run("Kopi til:").bold = True
    copies = d.add_table(rows=2, cols=3)
    _no_borders(copies)
    for row, values in zip(copies.rows, (("Øst politidistrikt", "Postboks 300", "1502 MOSS"),
                                         ("Mattilsynet", "Postboks 383", "2381 BRUMUNDDAL")), strict=True):  # fmt: skip
        for cell, v in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(v)
    for p in d.paragraphs:
        if p.alignment is None:
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fields = {"Sas_ArkivSakID": ref, "Sdo_DokDato": stamp, "Sbr_Navn": writer, "Sdo_Tittel": title,
              "Sdo_AMNavn": "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus", "Sbr_Tittel": role}  # fmt: skip
    d.core_properties.author = writer
    d.core_properties.title = title
    d.core_properties.language = "nb-NO"
    out = io.BytesIO()
    d.save(out)
    return _package(out.getvalue(), fields, store)
