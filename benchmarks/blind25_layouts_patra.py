"""Word writer of the ``blind25_layouts`` set: an Indian state disaster management authority's daily flood report in
Hindi, typed as the official letter ("पत्र") of an Indian government office in Word with Unicode Devanagari (Mangal, as
a complex script: ``w:cs``, ``w:szCs``, ``w:bCs``, ``w:lang w:bidi="hi-IN"``) — the authority, the state government
and the address centred over a rule, "पत्रांक:" at the left and "दिनांक: 06.08.2025" at the right, "सेवा में," and the
addressee, "विषय:-" and "महोदय,", the opening paragraph that ends "निम्नवत है:-", the headings bold and underlined lines
numbered by hand "1. सारांश:-" (the colon and dash of Indian official Hindi after a heading), the points entries of a
Word list lettered "(क)", "(ख)", "(ग)" by ``w:numFmt w:val="hindiConsonants"`` in numbering.xml (the letters nowhere in
the text, each section's list started afresh), the situation as justified paragraphs, "शमन उपाय:" in bold inside a
risk's entry, under the damage the caption "जिलावार विवरण:-" and a ruled table of districts with a "कुल" row, the
closing request, "भवदीय," and the joint secretary's signature "ह०/-", then the endorsement "ज्ञापांक:" with
"प्रतिलिपि: … प्रेषित:-" and its numbered list of copies, the signature again, and "पृष्ठ 1 का 2" in the footer; the
Indian grouping "1,25,000", "12 प्रतिशत", "₹7,54,000", "7 अगस्त", the danda "।" after every sentence).
"""

from __future__ import annotations

import zlib
from typing import Any

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list
from blind17_layouts_content import count
from blind25_layouts_content import indian, split_lead
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MANGAL = "Mangal"
LETTERED = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="hindiConsonants"/><w:lvlText w:val="(%1)"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Mangal" w:hAnsi="Mangal" w:cs="Mangal"/></w:rPr></w:lvl>')  # fmt: skip
STATES = {
    "बिहार": (
        "बिहार सरकार",
        "पंत भवन, द्वितीय तल, बेली रोड, पटना – 800001",
        "बि.रा.आ.प्र.प्रा.",
        "अनिल कुमार",
        ("दरभंगा", "सीतामढ़ी", "मुजफ्फरपुर", "सुपौल"),
    ),
    "उत्तराखंड": (
        "उत्तराखंड शासन",
        "आई.टी. पार्क, सहस्त्रधारा रोड, देहरादून – 248001",
        "उ.रा.आ.प्र.प्रा.",
        "सुनीता रावत",
        ("चमोली", "रुद्रप्रयाग", "पिथौरागढ़", "उत्तरकाशी"),
    ),
    "हिमाचल": (
        "हिमाचल प्रदेश सरकार",
        "हिमलैंड, शिमला – 171002",
        "हि.प्र.रा.आ.प्र.प्रा.",
        "राजेश ठाकुर",
        ("मंडी", "कुल्लू", "शिमला", "चंबा"),
    ),
    "मध्य": (
        "मध्य प्रदेश शासन",
        "वल्लभ भवन, भोपाल – 462004",
        "म.प्र.रा.आ.प्र.प्रा.",
        "प्रदीप शर्मा",
        ("नर्मदापुरम", "रायसेन", "सीहोर", "विदिशा"),
    ),
}
COPIES = ("मुख्य सचिव, {state}", "अपर मुख्य सचिव, आपदा प्रबंधन विभाग", "राष्ट्रीय आपदा प्रबंधन प्राधिकरण, नई दिल्ली",
          "सभी संबंधित जिलाधिकारी", "गार्ड फाइल")  # fmt: skip


def _run(p, text: str, bold: bool = False, size: float = 12, underline: bool = False) -> None:
    """One run in Mangal as a complex script, as Hindi Word writes it."""
    from docx.oxml import parse_xml

    r = p.add_run(text)
    b = "<w:b/><w:bCs/>" if bold else ""
    u = '<w:u w:val="single"/>' if underline else ""
    for el in parse_xml(f'<w:rPr {W}><w:rFonts w:ascii="{MANGAL}" w:hAnsi="{MANGAL}" w:cs="{MANGAL}"/>{b}{u}'
                        f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
                        '<w:lang w:bidi="hi-IN"/></w:rPr>'):  # fmt: skip
        r._r.get_or_add_rPr().append(el)


def _para(d, text: str = "", bold: bool = False, align=None, indent: float = 0.0, first: float = 0.0,
          after: float = 4.0, underline: bool = False, size: float = 12) -> Any:  # fmt: skip
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    f = p.paragraph_format
    f.space_after = Pt(after)
    if indent or first:  # a list entry keeps the indents of its list
        f.left_indent, f.first_line_indent = Cm(indent), Cm(first)
    if align is not None:
        p.alignment = align
    if text:
        _run(p, text, bold, size, underline)
    return p


def _restart(d, nid: int) -> int:
    """A new instance of list ``nid`` that counts from its first letter again."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.element
    aid = next(n.find(qn("w:abstractNumId")).get(qn("w:val")) for n in numbering.findall(qn("w:num"))
               if n.get(qn("w:numId")) == str(nid))  # fmt: skip
    new = 1 + max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{new}"><w:abstractNumId w:val="{aid}"/><w:lvlOverride '
                               'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))  # fmt: skip
    return new


def _districts(d, doc: Doc, names: tuple[str, ...]) -> None:
    """The ruled table of districts under the damage, its total row summing them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    _para(d, "जिलावार विवरण:-", bold=True, indent=1.0, after=2)
    seed = zlib.crc32(f"{names[0]}{doc.number}".encode())
    houses = count(doc, ("मकानों",), 40 + seed % 200)
    rows = []
    for k, name in enumerate(names):
        share = houses // 4 + (houses % 4 if k == 0 else 0)
        rows.append([str(k + 1), name, str(3 + (seed >> k) % 9), str(12 + (seed >> (2 * k)) % 60),
                     indian(2000 + (seed >> (3 * k)) % 90000), str(share)])  # fmt: skip
    total = ["", "कुल", *(indian(sum(int(r[c].replace(",", "")) for r in rows)) for c in range(2, 6))]
    head = ["क्र.सं.", "जिला", "प्रभावित प्रखंड", "प्रभावित पंचायत", "प्रभावित जनसंख्या", "क्षतिग्रस्त मकान"]
    table = d.add_table(rows=0, cols=6)
    table.style = "Table Grid"
    for r, row in enumerate([head, *rows, total]):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            p = cells[c].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 else None
            _run(p, text, bold=r == 0 or r == len(rows) + 1, size=10)
    _para(d, after=2)


def docx_patra_hi(doc: Doc) -> bytes:
    """The authority's daily report as the letter its section officer types in Word."""
    from blind8_layouts_ooxml import number_paragraph
    from blind14_layouts_word import _fields
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(2)
    sec.left_margin = sec.right_margin = Cm(2.5)
    lettered = add_list(d, LETTERED, "singleLevel")
    when = report_day(doc)
    state = doc.organisation.split()[0]
    government, address, short, secretary, districts = STATES[state]
    full_state = doc.organisation.removesuffix(" राज्य आपदा प्रबंधन प्राधिकरण")
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fields(foot, "पृष्ठ {PAGE} का {NUMPAGES}")
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(d, doc.organisation, bold=True, align=centre, after=0, size=16)
    _para(d, f"({government})", align=centre, after=0)
    p = _para(d, address, align=centre, after=8, size=10)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="double" w:sz="6" w:space="4" '
                                           'w:color="000000"/></w:pBdr>'))  # fmt: skip
    number = f"पत्रांक: {short}/बाढ़-{when.year}/{340 + doc.number}"
    p = _para(d, after=8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2)
    _run(p, f"{number}\tदिनांक: {when:%d.%m.%Y}")
    _para(d, "सेवा में,", after=0)
    for line in ("संयुक्त सचिव (आपदा प्रबंधन),", "गृह मंत्रालय, भारत सरकार,", "नॉर्थ ब्लॉक, नई दिल्ली।"):
        _para(d, line, indent=1.5, after=0)
    p = _para(d, indent=1.5, first=-1.5, after=6)
    p.paragraph_format.space_before = Cm(0.3)
    _run(p, "विषय:- ", bold=True)
    _run(p, f"{full_state} में बाढ़ की स्थिति पर दैनिक प्रतिवेदन (संख्या {doc.number}) के संबंध में।", bold=True)
    _para(d, "महोदय,", after=4)
    _para(d, f"उपर्युक्त विषय के संबंध में सूचित करना है कि दिनांक {when:%d.%m.%Y} को प्रातः 08:00 बजे तक "
             f"{full_state} में बाढ़ की स्थिति निम्नवत है:-", first=1.25, align=WD_ALIGN_PARAGRAPH.JUSTIFY)  # fmt: skip
    for s in doc.sections:
        _para(d, s.heading, bold=True, underline=True, after=2).paragraph_format.space_before = Cm(0.2)
        num = _restart(d, lettered)
        for it in s.items:
            risk, lead, rest = split_lead(it.text, "hi")
            if s.key == "situation":
                p = _para(d, first=1.25, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            else:
                p = _para(d, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2)
                number_paragraph(p, num)
            if lead:
                _run(p, risk + " ")
                _run(p, lead, bold=True)
                _run(p, " " + rest)
            else:
                _run(p, it.text)
        if s.key == "impacts":
            _districts(d, doc, districts)
    _para(d, "अनुरोध है कि उपर्युक्त सूचना को संज्ञान में लेने की कृपा की जाए।", first=1.25, after=10)
    for k, line in enumerate(("भवदीय,", "ह०/-", f"({secretary})", "संयुक्त सचिव")):
        _para(d, line, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0 if k else 14, bold=k == 3)
    p = _para(d, after=4)
    p.paragraph_format.space_before = Cm(0.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2)
    _run(p, f"ज्ञापांक: {short}/बाढ़-{when.year}/{340 + doc.number}\tदिनांक: {when:%d.%m.%Y}")
    _para(d, "प्रतिलिपि: निम्नलिखित को सूचनार्थ एवं आवश्यक कार्रवाई हेतु प्रेषित:-", after=2)
    for k, line in enumerate(COPIES, start=1):
        _para(d, f"{k}. {line.format(state=government.removesuffix(' सरकार').removesuffix(' शासन'))}", indent=1.0,
              after=0)  # fmt: skip
    for k, line in enumerate(("ह०/-", f"({secretary})", "संयुक्त सचिव")):
        _para(d, line, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=k == 2).paragraph_format.space_before = Cm(
            0.5 if k == 0 else 0
        )
    return _save(d)
