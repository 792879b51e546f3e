"""Word writers of the ``blind42_layouts`` set (python-docx, with the parts it does not make written here).

A Polish volunteer fire brigade's ("OSP") information on its flood operations for the mayor and the district fire
service, typed in Word by the brigade's chief with the main points in a SmartArt graphic (Insert → SmartArt → "Vertical
Bullet List": each point a red rounded box with white type) and the command set out in a second one (an organisation
chart): the page header ("OCHOTNICZA STRAŻ POŻARNA w …" at the left, "Informacja nr 3" at the right) and footer
("Strona 1 z 3" by the PAGE and NUMPAGES fields); the title and subtitle; each section a "Heading 1", the main points
only in the first SmartArt, the other points "List Bullet" paragraphs, "Środki zaradcze:" in bold inside a risk's
point; under the volunteers the organisation chart with a "Caption" ("Rys. 1. …"); at the end "Sporządził:" with the
chief's name and telephone. Each SmartArt is what Word writes: ``dgm:relIds`` in a ``wp:inline`` pointing at the data
model (``word/diagrams/data1.xml``: the points' text in ``dgm:pt`` nodes joined by ``dgm:cxn``), the layout, quick
style and colours parts, and the drawing Word caches for other readers (``drawing1.xml``: the boxes and connectors with
their text, ``dsp:dataModelExt`` in the data model naming it). "3 400 zł", "1,25 mln zł", "1 250", "12%",
"16 września", "(poprzednia informacja: 5)".

A Sardinian barracelli company's situation report after a great wildfire, in Sardinian, typed by its captain in the
company's Word template for reports to the mayor: the header (the municipality and the company), the footer (the
form's code and version, "Pàgina 1 de 2" by fields), the title "RELATA DE SITUATZIONE", a details table (company,
captain, number, date, to whom); each section a "Heading 1", under it the template's guidance ("[Iscrie inoghe …]") in
grey italics formatted as hidden text — its paragraph mark hidden too, so that it is neither seen nor printed and takes
no line — left in as the captain typed beneath it, a hidden note on how to fill the form above the title; the summary as
paragraphs, the other points "List Bullet", "Providèntzia:" in bold inside a risk's point; "Su Capitanu", the name and
"(firmadu in s'originale)" at the right. "3.400 èuros", "1,25 milliones de èuros", "1.250", "12%", "16 de austu",
"(relata de prima: 5)".
"""

from __future__ import annotations

import math
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind32_layouts_word import _app, _save
from blind42_layouts_banks_min import FOGU
from blind42_layouts_content import PL_MONTHS, SC_MONTHS, parts
from council_layouts_gold import Doc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
CT = "application/vnd.openxmlformats-officedocument.drawingml.diagram"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagram"
EMU = 914400

# ---------------------------------------------------------------- a SmartArt graphic: its five parts and its drawing


def _guid(seed: str) -> str:
    x = f"{zlib.crc32(seed.encode()):08X}{zlib.crc32(seed[::-1].encode()):08X}{zlib.crc32((seed * 2).encode()):08X}"
    return f"{{{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:24]}{x[:8]}}}"


def _text(text: str, size: int = 0, colour: str = "", align: str = "l") -> str:
    rpr = f' sz="{size}"' if size else ""
    fill = f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>' if colour else ""
    font = '<a:latin typeface="Calibri"/>' if colour else ""
    return "".join(f'<a:p><a:pPr algn="{align}"/><a:r><a:rPr lang="pl-PL"{rpr}>{fill}{font}</a:rPr>'
                   f"<a:t>{escape(line)}</a:t></a:r></a:p>" for line in text.split("\n"))  # fmt: skip


def _data(nodes: list[tuple[str, str | None]], layout: str, colours: str, drawing_rel: str, seed: str) -> bytes:
    """The data model: a doc point, a point a node (its text) and a connection from its parent, as Word saves it."""
    doc_id = _guid(seed + "doc")
    pts = [f'<dgm:pt modelId="{doc_id}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/'
           f'layout/{layout}" loCatId="{"hierarchy" if "org" in layout else "list"}" qsTypeId="urn:microsoft.com/'
           'office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/'
           f'officeart/2005/8/colors/{colours}" csCatId="accent2" phldr="1"/><dgm:spPr/><dgm:t><a:bodyPr/>'
           '<a:lstStyle/><a:p><a:endParaRPr lang="pl-PL"/></a:p></dgm:t></dgm:pt>']  # fmt: skip
    cxns, ids = [], []
    for i, (text, parent) in enumerate(nodes):
        nid, par, sib, cx = (_guid(f"{seed}{i}{x}") for x in "npsc")
        ids.append(nid)
        src = doc_id if parent is None else ids[int(parent)]
        pts.append(f'<dgm:pt modelId="{nid}"><dgm:prSet phldrT="[Tekst]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                   f"{_text(text)}</dgm:t></dgm:pt>")  # fmt: skip
        for kind, pid in (("parTrans", par), ("sibTrans", sib)):
            pts.append(f'<dgm:pt modelId="{pid}" type="{kind}" cxnId="{cx}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
                       '<a:lstStyle/><a:p><a:endParaRPr lang="pl-PL"/></a:p></dgm:t></dgm:pt>')  # fmt: skip
        order = sum(1 for _, p in nodes[:i] if p == parent)
        cxns.append(f'<dgm:cxn modelId="{cx}" srcId="{src}" destId="{nid}" srcOrd="{order}" destOrd="0" '
                    f'parTransId="{par}" sibTransId="{sib}"/>')  # fmt: skip
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel xmlns:dgm="{NS_DGM}" '
            f'xmlns:a="{NS_A}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst><dgm:bg/>'
            '<dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="{drawing_rel}" minVer="http://schemas.openxmlformats.org/'
            'drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>').encode()  # fmt: skip


def _layout(layout: str, algorithm: str, shape: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a='
            f'"{NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/{layout}"><dgm:title val=""/>'
            '<dgm:desc val=""/><dgm:catLst><dgm:cat type="list" pri="3000"/></dgm:catLst><dgm:layoutNode name="root">'
            f'<dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="{algorithm}"/>'
            '<dgm:shape/><dgm:presOf/><dgm:constrLst><dgm:constr type="h" for="ch" forName="node" refType="primFontSz"'
            ' refFor="ch" refForName="node" fact="0.52"/></dgm:constrLst><dgm:ruleLst/><dgm:forEach name="nodes" '
            'axis="ch" ptType="node"><dgm:layoutNode name="node" styleLbl="node1"><dgm:varLst><dgm:bulletEnabled '
            f'val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape type="{shape}"><dgm:adjLst/></dgm:shape><dgm:presOf '
            'axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/>'
            '</dgm:constrLst><dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst>'
            "</dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>").encode()  # fmt: skip


STYLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}"'
         ' uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title '
         'val=""/><dgm:desc val=""/>'
         '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"'
         '/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst='
         '"orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style>'
         '<a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/>'
         '</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor">'
         '<a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>').encode()  # fmt: skip


def _colours(name: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a='
            f'"{NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/{name}"><dgm:title val=""/><dgm:desc '
            'val=""/><dgm:catLst><dgm:cat type="accent2" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1">'
            '<dgm:fillClrLst meth="repeat"><a:schemeClr val="accent2"/></dgm:fillClrLst><dgm:linClrLst meth="repeat">'
            '<a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst '
            'meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl>'
            "</dgm:colorsDef>").encode()  # fmt: skip


def _box(mid: str, x: int, y: int, cx: int, cy: int, text: str, fill: str, ink: str, size: int, shape: str) -> str:
    align = "l" if shape == "roundRect" else "ctr"
    xfrm = f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    return (f'<dsp:sp modelId="{mid}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>'
            f'{xfrm}<a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/>'
            '</a:solidFill><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="FFFFFF"/>'
            '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></dsp:spPr><dsp:style><a:lnRef '
            'idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/>'
            '</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor">'
            '<a:schemeClr val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" '
            'wrap="square" lIns="68580" tIns="45720" rIns="68580" bIns="45720" numCol="1" spcCol="1270" anchor="ctr" '
            f'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{_text(text, size, ink, align)}'
            f"</dsp:txBody><dsp:txXfrm>"
            f'<a:off x="{x + 30000}" y="{y + 30000}"/><a:ext cx="{cx - 60000}" cy="{cy - 60000}"/></dsp:txXfrm>'
            "</dsp:sp>")  # fmt: skip


def _line(mid: str, points: list[tuple[int, int]]) -> str:
    """A connector of an organisation chart: an open path in its own frame, as Word's drawing keeps it."""
    x0, y0 = min(p[0] for p in points), min(p[1] for p in points)
    w, h = max(max(p[0] for p in points) - x0, 1), max(max(p[1] for p in points) - y0, 1)
    tags = ["moveTo"] + ["lnTo"] * (len(points) - 1)
    path = "".join(f'<a:{t}><a:pt x="{x - x0}" y="{y - y0}"/></a:{t}>' for t, (x, y) in zip(tags, points, strict=True))
    return (f'<dsp:sp modelId="{mid}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>'
            f'<a:xfrm><a:off x="{x0}" y="{y0}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:custGeom><a:avLst/><a:gdLst/>'
            f'<a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="0" b="0"/><a:pathLst><a:path w="{w}" h="{h}" fill="none">'
            f'{path}</a:path></a:pathLst></a:custGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr '
            'val="7F7F7F"/></a:solidFill></a:ln></dsp:spPr></dsp:sp>')  # fmt: skip


def _smartart(d, n: int, nodes, shapes: list[str], height: int, layout: str, algorithm: str) -> None:
    """A paragraph holding SmartArt ``n`` inline, its five parts related from the document as Word relates them."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    package = d.part.package
    drawing = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dsp:drawing xmlns:dgm="{NS_DGM}" '
               f'xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/>'
               f'<dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree>'
               "</dsp:drawing>")  # fmt: skip
    rel_drawing = d.part.relate_to(Part(PackURI(f"/word/diagrams/drawing{n}.xml"), "application/vnd.ms-office."
                                        "drawingml.diagramDrawing+xml", drawing.encode(), package),
                                   "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")  # fmt: skip
    colours = "accent2_2" if n == 1 else "accent1_2"
    blobs = (
        ("data", "Data", _data(nodes, layout, colours, rel_drawing, f"{n}{nodes}")),
        ("layout", "Layout", _layout(layout, algorithm, "roundRect" if n == 1 else "rect")),
        ("quickStyle", "Style", STYLE),
        ("colors", "Colors", _colours(colours)),
    )
    rids = {}
    for name, kind, blob in blobs:
        part = Part(PackURI(f"/word/diagrams/{name}{n}.xml"), f"{CT}{kind}+xml", blob, package)
        rel = {"Style": "QuickStyle"}.get(kind, kind)
        rids[name] = d.part.relate_to(part, f"{RT}{rel}")
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="{NS_A}"'
        f' xmlns:r="{NS_R}"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5760720" '
        f'cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Diagram {n}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{NS_DGM}"><dgm:relIds xmlns:dgm="{NS_DGM}" '
        f'r:dm="{rids["data"]}" r:lo="{rids["layout"]}" r:qs="{rids["quickStyle"]}" r:cs="{rids["colors"]}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"))  # fmt: skip


def _field(p, code: str, shown: str) -> None:
    from docx.oxml import parse_xml

    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" {code} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


# ---------------------------------------------------------------- Polish OSP, Word with SmartArt

HEADS = {"OSP Stronie Śląskie": ("w Stroniu Śląskim", "dh Marek Nowak"),
         "OSP Lądek-Zdrój": ("w Lądku-Zdroju", "dh Krzysztof Wiśniewski"),
         "OSP Głuchołazy": ("w Głuchołazach", "dh Tomasz Zieliński"),
         "OSP Bardo": ("w Bardzie", "dh Anna Lewandowska")}  # fmt: skip
TEAMS = ("Sekcja pompowa", "Ratownictwo wodne", "Zabezpieczenie wałów", "Logistyka i remiza")


def docx_smartart_pl(doc: Doc) -> bytes:
    """The brigade's information as Word saves it, the main points and the command in SmartArt graphics."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    where, chief = HEADS[doc.organisation]
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    head = sec.header.paragraphs[0]
    r = head.add_run("OCHOTNICZA STRAŻ POŻARNA ")
    r.bold, r.font.color.rgb = True, RGBColor(0xC0, 0x00, 0x00)
    head.add_run(f"{where}\tInformacja nr {doc.number}")
    foot = sec.footer.paragraphs[0]
    foot.alignment = 1
    foot.add_run("Strona ")
    _field(foot, "PAGE", "1")
    foot.add_run(" z ")
    _field(foot, "NUMPAGES", "3")
    d.add_paragraph("INFORMACJA O DZIAŁANIACH OSP PODCZAS POWODZI", style="Title")
    d.add_paragraph(f"nr {doc.number} – stan na {when.day} {PL_MONTHS[when.month - 1]} {when.year} r., godz. 18:00",
                    style="Subtitle")  # fmt: skip
    emu_line = int(0.21 * EMU)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        if s.key == "highlights":
            shapes, y = [], 0
            for i, it in enumerate(s.items):
                tall = int(0.16 * EMU) + emu_line * math.ceil(len(it.text) / 78)
                shapes.append(_box(_guid(f"{h}box{i}"), 0, y, 5760720, tall, it.text, "C00000", "FFFFFF", 1100,
                                   "roundRect"))  # fmt: skip
                y += tall + int(0.07 * EMU)
            _smartart(d, 1, [(it.text, None) for it in s.items], shapes, y, "vList2", "lin")
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "pl")
            p = d.add_paragraph(style="List Bullet")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
        if s.key == "workforce":
            nodes = [(f"Naczelnik OSP\n{chief}", None)] + [(t, "0") for t in TEAMS]
            bw, bh, gap = 1280160, 548640, 213360
            shapes = [_box(_guid(f"{h}org0"), (5760720 - bw) // 2, 0, bw, bh, nodes[0][0], "1F4E79", "FFFFFF", 1000,
                           "rect")]  # fmt: skip
            for i, (t, _) in enumerate(nodes[1:]):
                x = i * (bw + gap) + (5760720 - 4 * bw - 3 * gap) // 2
                shapes.append(
                    _line(
                        _guid(f"{h}ln{i}"),
                        [(2880360, bh), (2880360, bh + 180000), (x + bw // 2, bh + 180000), (x + bw // 2, bh + 360000)],
                    )
                )
                shapes.append(_box(_guid(f"{h}org{i + 1}"), x, bh + 360000, bw, bh, t, "2E75B6", "FFFFFF", 1000,
                                   "rect"))  # fmt: skip
            _smartart(d, 2, nodes, shapes, 2 * bh + 360000, "orgChart1", "hierRoot")
            d.add_paragraph("Rys. 1. Organizacja działań OSP podczas powodzi", style="Caption")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Sporządził: ").bold = True
    p.add_run(f"{chief}, naczelnik OSP, tel. 60{h % 10} {h % 900 + 100} {(h >> 8) % 900 + 100}")
    d.core_properties.author = chief.removeprefix("dh ")
    d.core_properties.title = f"Informacja nr {doc.number}"
    return _save(d, _app("Microsoft Office Word", "Normal.dotm", "16.0000"))


# ---------------------------------------------------------------- Sardinian barracelli, a template's hidden guidance

CAPTAINS = ("Giuanne Maria Sanna", "Antonio Piras", "Bachisio Mura", "Salvatore Corda")
GUIDANCE = {
    "Resumu": "Iscrie inoghe unu resumu curtzu (duas o tres frases) de sa situatzione.",
    "Situatzione": "Descrie sa situatzione in su sartu a s'ora de sa relata.",
    "Previsiones de su tempus": "Riporta sas previsiones de s'ARPAS pro sas dies imbenientes.",
    "Dannos": "Elenca sos dannos a aziendas, caminos, lìnias e bestiàmene.",
    "Patrullas": "Indica sos turnos fatos e sos caminos controllados.",
    "Bestiàmene e pastores": "Indica sos capos mortos o feridos e s'agiudu a sos pastores.",
    "Agiudu a sa populatzione": "Descrie s'agiudu dadu a sa populatzione.",
    "Barratzellos in servìtziu": "Indica cantos barratzellos sunt in servìtziu e sas assèntzias.",
    "Ispesas": "Indica sas ispesas de sa cumpagnia e sos contributos retzidos.",
    "Arriscos": "Pro onni arriscu iscrie sa providèntzia leada.",
    "Passos imbenientes": "Indica sas atividades previstas cun sas datas.",
}


def _hidden(d, text: str) -> None:
    """A paragraph of the template's guidance: grey italics, its runs and its mark hidden (``w:vanish``)."""
    from docx.oxml import parse_xml
    from docx.shared import RGBColor

    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(f"<w:rPr {W}><w:vanish/></w:rPr>"))
    r = p.add_run(text)
    r.italic, r.font.color.rgb, r.font.hidden = True, RGBColor(0x80, 0x80, 0x80), True


def docx_hidden_guidance_sc(doc: Doc) -> bytes:
    """The company's report as Word saves it from the template, the template's hidden guidance still in it."""
    from docx import Document
    from docx.shared import Cm, Pt

    when = report_day(doc)
    k = FOGU.organisations.index(doc.organisation)
    town = doc.organisation.removeprefix("Cumpagnia barratzellare de ")
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    head = sec.header.paragraphs[0]
    head.alignment = 1
    head.add_run(f"Comunu de {town}").bold = True
    head.add_run(" – Cumpagnia barratzellare")
    foot = sec.footer.paragraphs[0]
    foot.add_run("Mòdulu RS-02 · versione 2.1\t\tPàgina ")
    _field(foot, "PAGE", "1")
    foot.add_run(" de ")
    _field(foot, "NUMPAGES", "2")
    _hidden(d, "INDICATZIONES: iscrie in onni setzione su chi est sutzèdidu dae sa relata de prima. Sos testos in "
               "cursivu intre parèntesis sunt cuados e no s'imprentant; no los cantzelles.")  # fmt: skip
    d.add_paragraph("RELATA DE SITUATZIONE", style="Title")
    day = f"{when.day} de {SC_MONTHS[when.month - 1]} {when.year}"
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in (("Cumpagnia", doc.organisation), ("Capitanu", CAPTAINS[k]), ("Relata nùmeru", str(doc.number)),
                         ("Data", day), ("Imbiada a", f"Sìndigu de su Comunu de {town}")):  # fmt: skip
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        _hidden(d, f"[{GUIDANCE.get(s.heading, 'Iscrie inoghe.')}]")
        for it in s.items:
            if s.key == "highlights":
                d.add_paragraph(it.text)
                continue
            risk, lead, rest = parts(it, "sc")
            p = d.add_paragraph(style="List Bullet")
            if lead:
                p.add_run(f"{risk} ")
                p.add_run(lead).bold = True
                p.add_run(f" {rest}")
            else:
                p.add_run(it.text)
    d.add_paragraph()
    for text in ("Su Capitanu", CAPTAINS[k], "(firmadu in s'originale)"):
        d.add_paragraph(text).alignment = 2
    d.core_properties.author = CAPTAINS[k]
    d.core_properties.title = "Relata de situatzione"
    return _save(d, _app("Microsoft Office Word", "Relata barratzellos.dotx", "16.0000"))
