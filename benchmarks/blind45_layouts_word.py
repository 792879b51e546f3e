"""Word writers of the ``blind45_layouts`` set: a Word file saved as PDF by LibreOffice, and Confluence's Word export.

A Kashubian commune's report on a cloudburst and flash flood, in Kashubian, written in Word (python-docx) the way
Polish communal crisis teams fill their report template — the sections a table of two columns, each section's name
bold in a shaded cell at the left and its points in Word's bullet list in the cell at the right, the table's header
row ("Dzél" | "Òpisënk") repeated on each page and its rows allowed to break across pages — and saved as PDF by
LibreOffice (``soffice --headless --convert-to pdf``): the commune's name and the crisis team in the page header,
the title in bold capitals, the "stón na dzéń …" line and the "Do:" line, the summary as plain paragraphs in its
cell, "Dzejania:" in bold inside a risk's point, "Przigòtowôł:" and the name under the table, the page number in the
footer. "3 400 zł", "1,25 mln zł", "1 250", "12%", "16 lëpinca", "(pòprzédny rapòrt: 5)".

A German municipal utility's situation report after a cyberattack, kept as a page in the crisis team's Confluence
space and exported with Confluence's "Export to Word": a ``.doc`` that is a MIME message (``multipart/related``,
"Subject: Exported From Confluence") holding the page as Word-flavoured HTML (the ``mso`` settings, ``@page
Section1``, Confluence's style sheet) and its attached picture as a ``file:///C:/…tmp`` part: the title as ``<h1>``,
the page properties table (Stand, Status lozenge, Verantwortlich as a user mention, Verteiler), a warning macro
("VERTRAULICH …"), each section an ``<h2>`` with Confluence's generated id, the summary as paragraphs, the other
points as a list, "Gegenmaßnahme:" in ``<strong>`` inside a risk's point, the network diagram after the restoration
points. "3.400 €", "1,25 Mio. €", "1.250", "12 %", "16. Februar",
"(letzter Bericht: 5)".
"""

from __future__ import annotations

import base64
import io
import quopri
import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind43_layouts_word import soffice_pdf
from blind45_layouts_banks_new import ULEWA
from blind45_layouts_banks_other import CYBER
from blind45_layouts_content import CSB_MONTHS, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# ---------------------------------------------------------------- a Kashubian commune's report, sections as a table

MAKERS = ("Kristina Szlaga", "Tomasz Bòrk", "Marta Czaja", "Józef Brzeski")


def _shade(cell, fill: str) -> None:
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def _field(paragraph, instr: str, shown: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _word_section_table_csb(doc: Doc) -> bytes:
    when = report_day(doc)
    k = ULEWA.organisations.index(doc.organisation)
    day = f"{when.day} {CSB_MONTHS[when.month - 1]} {when.year}"
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    head = sec.header.paragraphs[0]
    r = head.add_run(f"{doc.organisation} – Gminny Zespół Zarządzaniô Krizowégò")
    r.font.size = Pt(8)
    r.italic = True
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Strona ").font.size = Pt(8)
    _field(foot, "PAGE", "1")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"RAPÒRT Ò SYTUACJI NR {doc.number}")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"Ùlewa i pòwódz – stón na dzéń {day}, gòdz. 18.00")
    p = d.add_paragraph()
    p.add_run("Do: ").bold = True
    p.add_run("Pòwiatowé Centrum Zarządzaniô Krizowégò w Kartuzach")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    widths = (Cm(4.6), Cm(12.4))
    hdr = t.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for cell, text, w in zip(hdr.cells, ("Dzél", "Òpisënk"), widths, strict=True):
        cell.width = w
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "BFBFBF")
    for s in doc.sections:
        row = t.add_row()
        name, body = row.cells
        name.width, body.width = widths
        _shade(name, "E7E6E6")
        name.paragraphs[0].add_run(s.heading).bold = True
        first = True
        for it in s.items:
            para = body.paragraphs[0] if first else body.add_paragraph()
            first = False
            if s.key != "highlights":
                para.style = d.styles["List Bullet"]
            risk, lead, rest = parts(it, "csb")
            if lead:
                para.add_run(f"{risk} ")
                para.add_run(lead).bold = True
                para.add_run(f" {rest}")
            else:
                para.add_run(it.text)
            para.paragraph_format.space_after = Pt(3)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Przigòtowôł: ").bold = True
    p.add_run(f"{MAKERS[k]}, kòòrdinator Gminnégò Zespòłu Zarządzaniô Krizowégò")
    d.core_properties.author = MAKERS[k]
    d.core_properties.title = f"Rapòrt ò sytuacji nr {doc.number}"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf_soffice_section_table_csb(doc: Doc) -> bytes:
    """The commune's report, its sections a two-column table, saved as PDF by LibreOffice."""
    return soffice_pdf(_word_section_table_csb(doc), ".docx")


# ---------------------------------------------------------------- a utility's Confluence page exported to Word

LEADS = ("Katrin Hoffmann", "Michael Brandt", "Sabine Wolter", "Jörg Lindner")
STYLE = """<!--
        @page Section1 {
            size: 8.5in 11.0in;
            margin: 1.0in;
            mso-header-margin: .5in;
            mso-footer-margin: .5in;
            mso-paper-source: 0;
        }
        table {
            border: solid 1px;
            border-collapse: collapse;
        }
        table td, table th {
            border: solid 1px;
            padding: 5px;
        }
        td {
            page-break-inside: avoid;
        }
        tr {
            page-break-after: avoid;
        }
        div.Section1 {
            page: Section1;
        }
        /* Confluence print stylesheet applied to Word export */
        .confluence-information-macro {
            border: 1px solid #ccc;
            padding: 5px 10px;
            margin: 10px 0;
        }
        .aui-lozenge {
            font-weight: bold;
            text-transform: uppercase;
        }
        -->"""
# a 2 × 2 grey picture: the network diagram the team attached to the page
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNobm5mYGBgYmJiYGBgAAAR"
                       "yAH/kV1B3QAAAABJRU5ErkJggg==")  # fmt: skip


def _anchor(title: str, heading: str) -> str:
    return re.sub(r"[^\w.\-]", "", title) + "-" + re.sub(r"[^\w.\-]", "", heading)


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def doc_confluence_word_de(doc: Doc) -> bytes:
    """The crisis team's Confluence page as Confluence's "Export to Word" writes it (MIME HTML in a .doc)."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = CYBER.organisations.index(doc.organisation)
    stamp = int(when.replace(hour=17).timestamp() * 1000) + h % 999
    boundary = f"----=_Part_{h % 900 + 100}_{h % 2000000000}.{stamp}"
    image = f"file:///C:/{h:08x}-netzplan.tmp"
    body = [f"<h1>{escape(doc.title)}</h1>", '<div class="Section1">',
            '<div class="table-wrap"><table class="confluenceTable"><colgroup><col/><col/></colgroup><tbody>',
            f'<tr><th class="confluenceTh"><p>Stand</p></th><td class="confluenceTd"><p>{when:%d.%m.%Y}, 17:00 Uhr'
            "</p></td></tr>",
            '<tr><th class="confluenceTh"><p>Status</p></th><td class="confluenceTd"><p><span class="status-macro '
            'aui-lozenge aui-lozenge-current">IN BEARBEITUNG</span></p></td></tr>',
            f'<tr><th class="confluenceTh"><p>Verantwortlich</p></th><td class="confluenceTd"><p><a class="confluence'
            f'-userlink user-mention" data-username="{LEADS[k].split()[1].lower()}" href="https://wiki.'
            f'{doc.organisation.split()[-1].lower()}.de/display/~{LEADS[k].split()[1].lower()}">{LEADS[k]}</a>'
            "</p></td></tr>",
            '<tr><th class="confluenceTh"><p>Verteiler</p></th><td class="confluenceTd"><p>Krisenstab, '
            "Geschäftsführung, Aufsichtsratsvorsitz</p></td></tr></tbody></table></div>",
            '<div class="confluence-information-macro confluence-information-macro-warning"><span class="aui-icon '
            'aui-icon-small aui-iconfont-error confluence-information-macro-icon"> </span><div class="confluence-'
            'information-macro-body"><p>VERTRAULICH – nur für den Krisenstab. Bitte nicht weiterleiten.</p></div>'
            "</div>"]  # fmt: skip
    for s in doc.sections:
        body.append(f'<h2 id="{_anchor(doc.title, s.heading)}">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                       else f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f"<ul>{''.join(lis)}</ul>")
        if s.heading.startswith("Wiederherstellung"):
            body.append(f'<p><span class="confluence-embedded-file-wrapper"><img class="confluence-embedded-image" '
                        f'width="600" src="{image}" data-image-src="/download/attachments/{h % 900000}/'
                        'netzplan.png"></span></p>')  # fmt: skip
    body += ["</div>"]
    html = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'\n"
            "      xmlns:w='urn:schemas-microsoft-com:office:word'\n"
            "      xmlns:v='urn:schemas-microsoft-com:vml'\n"
            "      xmlns='urn:w3-org-ns:HTML'>\n<head>\n"
            '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f"    <title>{escape(doc.title)}</title>\n"
            "    <!--[if gte mso 9]>\n    <xml>\n        <o:OfficeDocumentSettings>\n"
            "            <o:TargetScreenSize>1024x640</o:TargetScreenSize>\n"
            "            <o:PixelsPerInch>72</o:PixelsPerInch>\n            <o:AllowPNG/>\n"
            "        </o:OfficeDocumentSettings>\n        <w:WordDocument>\n            <w:View>Print</w:View>\n"
            "            <w:Zoom>90</w:Zoom>\n            <w:DoNotOptimizeForBrowser/>\n        </w:WordDocument>\n"
            "    </xml>\n    <![endif]-->\n    <style>\n                " + STYLE + "\n    </style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>")  # fmt: skip
    day = f"{when:%a, %d %b %Y} 17:{h % 50 + 5:02d}:{h % 60:02d} +0100 (CET)"
    parts_ = [
        f"Date: {day}",
        f"Message-ID: <{h % 9000000}.{k}.{stamp}@wiki-prod>",
        "Subject: Exported From Confluence",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related; ",
        f'\tboundary="{boundary}"',
        "",
        f"--{boundary}",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: file:///C:/exported.html",
        "",
        _qp(html),
        "",
        f"--{boundary}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        f"Content-Location: {image}",
        "",
        base64.encodebytes(PNG).decode("ascii"),
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(parts_).replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
