"""Word writer of the ``blind29_layouts`` set.

A multi-agency air quality cell's report during a large fire at a recycling site — the Environment Agency, UKHSA, the
Met Office and the Food Standards Agency advising the strategic co-ordinating group —, written by the cell's analyst
in Markdown and converted to Word by pandoc with the cell's reference document, as a data team makes its reports: the
pandoc styles and not Word's — "Title", "Subtitle", "Author" and "Date" for the title block, "Heading 1" headings each
wrapped in a bookmark named after the heading ("key-messages"), the running text of a section in "First Paragraph"
and then "Body Text" paragraphs, the points in "Compact" paragraphs with a numbering instance of their own for each
list, "**Action:**" bold inside a risk's point, a link in a point as a ``w:hyperlink`` run in the "Hyperlink" style;
a data table of the monitors' readings in pandoc's "Table" style with its "Table Caption" above it, a plume map in a
"Captioned Figure" paragraph with its "Image Caption" under it; the reference document's header "OFFICIAL" and
footer. "£3,400", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind29_layouts_content import parts, slug
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BULLET = (f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
          '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr>'
          '<w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
          "</w:abstractNum>")  # fmt: skip
AGENCIES = "Environment Agency, UKHSA, Met Office, Food Standards Agency"
MONITORS = ("Brackley Lane (site boundary)", "Oakfield Primary School", "Mill Road", "Church Street allotments")
PARAGRAPHS = ("Incident and site status", "Meteorology and plume forecast")  # written as running text


def _styles(d) -> None:
    """The pandoc styles the cell's reference document carries."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    for name, base, size, colour in (("First Paragraph", "Body Text", None, None), ("Compact", "Body Text", None,
                                     None), ("Author", "Normal", 11, None), ("Date", "Normal", 11, None),
                                     ("Table Caption", "Caption", None, None), ("Image Caption", "Caption", None,
                                     None), ("Captioned Figure", "Normal", None, None)):  # fmt: skip
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles[base]
        if size:
            st.font.size = Pt(size)
        if colour:
            st.font.color.rgb = RGBColor(*colour)
    link = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb, link.font.underline = RGBColor(0x4F, 0x81, 0xBD), True
    d.styles.add_style("Table", WD_STYLE_TYPE.TABLE).base_style = d.styles["Normal Table"]
    d.styles["Compact"].paragraph_format.space_after = Pt(2)
    d.part.numbering_part.element.insert(0, _xml(BULLET))


def _xml(text: str):
    from docx.oxml import parse_xml

    return parse_xml(text)


def _heading(d, text: str, mark: int) -> None:
    p = d.add_paragraph(style="Heading 1")
    p._p.append(_xml(f'<w:bookmarkStart {W} w:id="{mark}" w:name="{slug(text)}"/>'))
    p.add_run(text)
    p._p.append(_xml(f'<w:bookmarkEnd {W} w:id="{mark}"/>'))


def _list(d) -> int:
    """A numbering instance of its own for the next list, as pandoc writes one per list."""
    numbering = d.part.numbering_part.element
    num = 1000 + len(numbering.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"))
    numbering.append(_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="90"/></w:num>'))
    return num


def _link(d, p, text: str, url: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rid = d.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(_xml(f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                     f'relationships" r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t '
                     f'xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'))  # fmt: skip


def _point(d, p, it, site: str) -> None:
    risk, lead, rest = parts(it, "aqc")
    if lead:
        p.add_run(risk + " ")
        p.add_run(lead).bold = True
        p.add_run(" " + rest)
    elif "incident page" in it.text:
        before, after = it.text.split("incident page", 1)
        p.add_run(before)
        _link(d, p, "incident page", f"https://www.gov.uk/guidance/{site}-fire-air-quality")
        p.add_run(after)
    else:
        p.add_run(it.text)


def _plume(seed: int) -> bytes:
    """The Met Office plume footprint the analyst pasted in: a raster map, no text in the document."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (480, 300), (236, 240, 228))
    dr = ImageDraw.Draw(img)
    for k in range(0, 480, 40):
        dr.line((k, 0, k + 60, 300), fill=(250, 250, 250), width=3)
    reach = 180 + seed % 120
    for n, shade in enumerate((200, 170, 140)):
        dr.ellipse((60 + 20 * n, 110 + 12 * n, 60 + reach - 25 * n, 190 - 12 * n), fill=(shade, shade - 20, 90))
    dr.ellipse((52, 142, 68, 158), fill=(200, 0, 0))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _table(d, doc: Doc) -> None:
    from docx.shared import Pt

    cap = d.add_paragraph(style="Table Caption")
    cap.add_run("Table 1: PM2.5 at the cell's monitors in the 24 hours to 09:00 (µg/m³)")
    table = d.add_table(rows=1 + len(MONITORS), cols=4)
    table.style = d.styles["Table"]
    for j, head in enumerate(("Monitor", "Highest hourly", "24-hour mean", "Hours above 35")):
        table.cell(0, j).text = head
    for i, name in enumerate(MONITORS, start=1):
        h = zlib.crc32(f"{doc.title}{name}".encode())
        high, mean = 20 + h % 300, 8 + h % 60
        for j, value in enumerate((name, str(high), str(mean), str(h % 19))):
            table.cell(i, j).text = value
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].style = d.styles["Compact"]
            cell.paragraphs[0].runs[0].font.size = Pt(9)


def docx_pandoc_aqcell_gb(doc: Doc) -> bytes:
    """The cell's report as pandoc writes it from the analyst's Markdown."""
    from docx import Document
    from docx.shared import Cm, Pt

    when = report_day(doc)
    d = Document()
    d.styles["Normal"].font.name, d.styles["Normal"].font.size = "Cambria", Pt(11)
    _styles(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = 1
    sec.footer.paragraphs[0].text = f"{doc.organisation} – advice to the SCG. Not for publication."
    site = "brackley-lane"
    d.add_paragraph(f"Air Quality Cell report {doc.number}: Brackley Lane recycling site fire", style="Title")
    d.add_paragraph("Advice to the Strategic Co-ordinating Group", style="Subtitle")
    d.add_paragraph(f"{doc.organisation} ({AGENCIES})", style="Author")
    d.add_paragraph(f"{when.day} {when:%B %Y}, 15:00", style="Date")
    mark = 20
    for s in doc.sections:
        _heading(d, s.heading, mark)
        mark += 1
        if s.heading == "Monitoring results":
            _table(d, doc)
        if s.heading in PARAGRAPHS:
            for k, it in enumerate(s.items):
                _point(d, d.add_paragraph(style="First Paragraph" if k == 0 else "Body Text"), it, site)
        else:
            num = _list(d)
            for it in s.items:
                p = d.add_paragraph(style="Compact")
                p._p.get_or_add_pPr().append(_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/>'
                                                  "</w:numPr>"))  # fmt: skip
                _point(d, p, it, site)
        if s.key == "forecast":
            fig = d.add_paragraph(style="Captioned Figure")
            fig.add_run().add_picture(io.BytesIO(_plume(zlib.crc32(doc.title.encode()))), width=Cm(12))
            d.add_paragraph("Figure 1: Modelled plume footprint for the next 24 hours (Met Office NAME model)",
                            style="Image Caption")  # fmt: skip
    d.core_properties.title = f"Air Quality Cell report {doc.number}: Brackley Lane recycling site fire"
    d.core_properties.author = doc.organisation
    return _save(d)
