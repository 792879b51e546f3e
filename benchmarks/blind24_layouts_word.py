"""Word writers of the ``blind24_layouts`` set.

An Egyptian governorate's crisis and disaster management centre's flash-flood "تقرير موقف" typed in an Arabic Word —
the whole document right to left as Word writes it: ``w:bidi`` in the section and in every paragraph, every run
``w:rtl`` with its complex-script font, size and bold (``w:rFonts w:cs``, ``w:szCs``, ``w:bCs``) and ``w:lang
w:bidi="ar-EG"``, the page header's republic / governorate / centre lines at the right, the title, subject and time
lines centred, a details table laid out right to left (``w:bidiVisual``: its first column on the right), Heading 1
headings numbered "أ-", "ب-", "ج-" by Word's Arabic abjad numbering (``w:numFmt w:val="arabicAbjad"`` in
numbering.xml, the letters nowhere in the text), the points entries of a bullet list indented from the right, the
situation as justified paragraphs, "إجراءات المواجهة:" in bold inside a risk's point, the closing formula, the
director's and the governor's signatures side by side in a borderless table, "صفحة ١ من ٢" in the footer; every
figure in Arabic-Indic digits "١٬٢٥٠", "١٢٪", "٣٤٠٬٠٠٠ جنيه", "١٦ مارس". And an Armenian regional administration's
mudflow "Տեղեկանք" in Word: the republic and the administration centred over a rule, "ՏԵՂԵԿԱՆՔ" and the subject line,
the place and date, Heading 1 headings numbered "1." by a list in numbering.xml (the numbers nowhere in the text),
the points paragraphs lettered by hand with Armenian letters "ա)", "բ)", "գ)" and a tab under a hanging indent, the
situation as paragraphs, "Ձեռնարկվող միջոցներ՝" in bold inside a risk's point, the deputy governor's signature and
"Էջ 1 / 2" in the footer; GHEA Grapalat on every run, the Armenian full stop "։" and "՝" before a figure.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import AMISNER, AYYAM, LEADS, SHUHUR, ar_digits
from council_layouts_gold import Doc
from council_layouts_writers import _save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ABJAD = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="arabicAbjad"/><w:pStyle w:val="Heading1"/>'
         '<w:lvlText w:val="%1-"/><w:lvlJc w:val="left"/><w:pPr><w:bidi/><w:ind w:left="567" w:hanging="567"/>'
         '</w:pPr><w:rPr><w:rFonts w:cs="Simplified Arabic"/><w:b/><w:bCs/><w:szCs w:val="30"/><w:rtl/></w:rPr>'
         "</w:lvl>")  # fmt: skip
BULLET = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
          '<w:lvlJc w:val="left"/><w:pPr><w:bidi/><w:ind w:left="720" w:hanging="360"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')  # fmt: skip
DECIMAL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
           '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
           "</w:lvl>")  # fmt: skip
ARMENIAN_LETTERS = "աբգդեզէըթժիլխծկհձղճմ"
EG = {"أسوان": ("م. هشام عبد الحليم", "اللواء أحمد فؤاد سليم"), "سوهاج": ("م. نادية عبد الستار", "د. طارق محمود رزق"),
      "البحر الأحمر": ("م. كريم السيد حسن", "اللواء عمرو حنفي رشاد"),
      "جنوب سيناء": ("م. منى فتحي إبراهيم", "اللواء خالد شوقي عطية")}  # fmt: skip
HY = {"Լոռու": ("Վանաձոր", "Արմեն Սարգսյան"), "Տավուշի": ("Իջևան", "Լուսինե Հովհաննիսյան"),
      "Սյունիքի": ("Կապան", "Գագիկ Մելքոնյան"), "Արագածոտնի": ("Աշտարակ", "Անի Պետրոսյան")}  # fmt: skip


def _r(text: str, bold: bool = False, size: int = 28, rtl: bool = True) -> str:
    """One run of an Arabic document: its complex-script font, bold and size, right to left."""
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="Simplified Arabic" w:hAnsi="Simplified Arabic" w:cs="Simplified Arabic"/>'
            f'{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{"<w:rtl/>" if rtl else ""}<w:lang w:bidi="ar-EG"/>'
            f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')  # fmt: skip


def _p(runs: str, style: str = "", jc: str = "", num: int = 0, after: int = 80) -> str:
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    np = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else ""
    j = f'<w:jc w:val="{jc}"/>' if jc else ""
    return f'<w:p {W}><w:pPr>{ps}{np}<w:bidi/><w:spacing w:after="{after}"/>{j}</w:pPr>{runs}</w:p>'


def _add(d, xml: str) -> None:
    from docx.oxml import parse_xml

    body = d.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def _field(instr: str, shown: str) -> str:
    rpr = '<w:rPr><w:rtl/><w:lang w:bidi="ar-EG"/></w:rPr>'
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> {instr} '
            f'</w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{rpr}<w:t>{shown}</w:t>'
            f'</w:r><w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def _cell(xml: str, width: int, shade: str = "", borders: bool = True) -> str:
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    edge = "" if borders else '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>' \
        '<w:right w:val="nil"/></w:tcBorders>'  # fmt: skip
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{edge}{fill}</w:tcPr>{xml}</w:tc>'


def _table(rows: list[list[str]], widths: list[int], borders: bool = True, shade: str = "") -> str:
    edges = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV")) if borders else ""  # fmt: skip
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl {W}><w:tblPr><w:bidiVisual/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f"<w:tblBorders>{edges}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]  # fmt: skip
    for row in rows:
        cells = "".join(
            _cell(c, w, shade if k == 0 else "", borders) for k, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        out.append(f"<w:tr>{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def docx_rtl_ar(doc: Doc) -> bytes:
    """The governorate's situation report as the crisis centre types it in an Arabic Word."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Cm

    d = Document()
    h1 = d.styles["Heading 1"]
    h1.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = add_list(d, ABJAD, "singleLevel")
    h1.font.color.rgb = None
    bullets = add_list(d, BULLET)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec._sectPr.append(parse_xml(f"<w:bidi {W}/>"))
    when = report_day(doc)
    gov = doc.organisation.removeprefix("محافظة ")
    director, governor = EG[gov]
    day = ar_digits(f"{when.day} {SHUHUR[when.month - 1]} {when.year}")
    head = sec.header._element
    for p in list(head):
        head.remove(p)
    for text in ("جمهورية مصر العربية", doc.organisation, "مركز إدارة الأزمات والكوارث"):
        head.append(parse_xml(_p(_r(text, bold=True, size=24), after=0)))
    foot = sec.footer._element
    for p in list(foot):
        foot.remove(p)
    foot.append(parse_xml(_p(_r("صفحة ", size=20) + _field("PAGE", "١") + _r(" من ", size=20)
                             + _field("NUMPAGES", "٢"), jc="center")))  # fmt: skip
    for p in list(d.element.body)[:-1]:
        d.element.body.remove(p)
    _add(d, _p(_r(f"تقرير موقف رقم ({ar_digits(str(doc.number))})", bold=True, size=36), jc="center", after=40))
    _add(d, _p(_r("بشأن الأمطار الغزيرة والسيول", bold=True, size=30), jc="center", after=40))
    _add(d, _p(_r(f"حتى الساعة ٠٨:٠٠ صباح يوم {AYYAM[when.weekday()]} {day}"), jc="center", after=160))
    rows = (("الحدث", "أمطار غزيرة وسيول"), ("رقم التقرير", ar_digits(f"({doc.number})")),
            ("تاريخ ووقت التقرير", ar_digits(f"{when.day}/{when.month}/{when.year} – 08:00")),
            ("التقرير التالي", "الساعة ٠٨:٠٠ صباح الغد"))  # fmt: skip
    _add(d, _table([[_p(_r(a, bold=True, size=24), after=0), _p(_r(b, size=24), after=0)] for a, b in rows],
                   [2800, 5600], shade="D9E2F3"))  # fmt: skip
    _add(d, _p("", after=120))
    for s in doc.sections:
        _add(d, _p(_r(s.heading.split("- ", 1)[-1], bold=True, size=30), style="Heading1", after=80))
        for it in s.items:
            risk, lead, rest = split_mitigation(it, LEADS["ar"])
            runs = _r(risk + " ") + _r(lead, bold=True) + _r(" " + rest) if lead else _r(it.text)
            if s.key == "situation":
                _add(d, _p(runs, jc="both"))
            else:
                _add(d, _p(runs, style="ListParagraph", jc="both", num=bullets, after=40))
    _add(d, _p(_r("وتفضلوا بقبول وافر الاحترام والتقدير،،،", bold=True), jc="center", after=240))
    left = _p(_r("مدير مركز إدارة الأزمات والكوارث", bold=True), jc="center", after=0) + _p(_r(director), jc="center")
    right = (
        _p(_r("يعتمد،", bold=True), jc="center", after=0)
        + _p(_r(f"محافظ {gov}", bold=True), jc="center", after=0)
        + _p(_r(governor), jc="center")
    )
    _add(d, _table([[left, right]], [4200, 4200], borders=False))
    return _save(d)


# ---------------------------------------------------------------- Armenian regional administration


def _hy_run(p, text: str, bold: bool = False, size: float = 12) -> None:
    from docx.shared import Pt

    r = p.add_run(text)
    r.bold, r.font.size, r.font.name = bold or None, Pt(size), "GHEA Grapalat"


def docx_numbered_hy(doc: Doc) -> bytes:
    """The administration's note on the mudflows, typed in Word on its template."""
    from blind14_layouts_word import _fields
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "GHEA Grapalat", Pt(12)
    h1 = d.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "GHEA Grapalat", Pt(12), None
    h1.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = add_list(d, DECIMAL, "singleLevel")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    region = doc.organisation.split()[0]
    town, deputy = HY[region]
    when = report_day(doc)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fields(foot, "Էջ {PAGE} / {NUMPAGES}")
    for text, size in (("ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", 12), (doc.organisation.upper(), 13)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _hy_run(p, text, bold=True, size=size)
    rule = '<w:bottom w:val="thickThinSmallGap" w:sz="18" w:space="4" w:color="000000"/>'
    p._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {W}>{rule}</w:pBdr>"))
    p = d.add_paragraph()
    _hy_run(p, f"ք. {town}\t\t\t\t\t\t\t{when:%d.%m.%Y} թ.", size=11)
    for text, bold, size in (
        ("ՏԵՂԵԿԱՆՔ", True, 15),
        (
            f"մարզում սելավների հետևանքով ստեղծված իրավիճակի և ձեռնարկված միջոցառումների վերաբերյալ (№ {doc.number})",
            False,
            12,
        ),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _hy_run(p, text, bold=bold, size=size)
    for s in doc.sections:
        p = d.add_paragraph(style="Heading 1")
        _hy_run(p, s.heading.split(". ", 1)[-1], bold=True)
        for n, it in enumerate(s.items):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(4)
            if s.key == "situation":
                p.paragraph_format.first_line_indent = Cm(1)
            else:
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1), Cm(-0.75)
                _hy_run(p, f"{ARMENIAN_LETTERS[n]})\t")
            risk, lead, rest = split_mitigation(it, LEADS["hy"])
            if lead:
                _hy_run(p, risk + " ")
                _hy_run(p, lead, bold=True)
                _hy_run(p, " " + rest)
            else:
                _hy_run(p, it.text)
    d.add_paragraph()
    p = d.add_paragraph()
    _hy_run(p, f"Մարզպետի տեղակալ\t\t\t\t\t\t{deputy}", bold=True)
    p = d.add_paragraph()
    _hy_run(p, f"Տեղեկանքը կազմվել է {AMISNER[when.month - 1]} {when.day}-ի ժամը 09:00-ի դրությամբ։", size=9)
    return _save(d)
