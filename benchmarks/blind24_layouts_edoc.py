"""PDF writer of the ``blind24_layouts`` set: a Kazakh regional akimat's operational information on spring floods
("Су тасқыны жағдайы туралы жедел ақпарат"), signed with a digital signature in the state's electronic document system
and printed from it — the way such a letter reaches its addressee as a file: the akimat's bilingual letterhead
(Kazakh at the left, the same in Russian at the right, the emblem drawn between, a double rule, the address), the
outgoing number and date, the addressee at the right, the title and "(… жағдай бойынша)" line centred, bold centred
headings, justified paragraphs in Times with a first-line indent, the points opening with a typed "– ", "Қабылданған
шаралар:" in bold inside a risk's point, the deputy governor's signature line and the executor's name and telephone
in small type; and on every page the system's stamp at the foot — a QR code beside the document's number, the
signer, the time of signing and the note that the paper copy is the same as the electronic document —, then an added
last page "Электрондық цифрлық қолтаңба туралы мәлімет" with the approval sheet's table of who agreed and when and
the signature's certificate details; "1 250", "12%", "340 000 мың теңге", "16 сәуір").
"""

from __future__ import annotations

import io
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import AILAR, LEADS
from council_layouts_gold import Doc

SERIF, SERIF_B = "B24Serif", "B24Serif-Bold"
OBLYS = {"Атырау": ("АТЫРАУСКОЙ ОБЛАСТИ", "Н. Сейітқали", "А. Жұмабаева", "8 (7122) 35-12-48", "Атырау қаласы"),
         "Ақтөбе": ("АКТЮБИНСКОЙ ОБЛАСТИ", "Е. Құдайбергенов", "Г. Есенова", "8 (7132) 55-40-17", "Ақтөбе қаласы"),
         "Батыс": ("ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ", "Б. Нұрланов", "Д. Мұқанова", "8 (7112) 51-23-09", "Орал қаласы"),
         "Қостанай": ("КОСТАНАЙСКОЙ ОБЛАСТИ", "С. Әбдірахманов", "Ж. Тәжібаева", "8 (7142) 53-61-20",
                      "Қостанай қаласы")}  # fmt: skip


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((SERIF, "Regular"), (SERIF_B, "Bold")):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation2/LiberationSerif-{file}.ttf"))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_B, italic=SERIF, boldItalic=SERIF_B)


def _stamp(c, doc_id: str, signer: str, signed: str) -> None:
    """The electronic document system's stamp at the foot of a page: a QR code and three lines."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    qr = QrCodeWidget(f"https://edoc.example.kz/verify/{doc_id}")
    x0, y0, x1, y1 = qr.getBounds()
    size = 50.0
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, c, 56, 22)
    c.setFont(SERIF, 7)
    lines = (f"Электрондық құжат № {doc_id}",
             f"ЭЦҚ қойған: {signer}, {signed}",
             "Бұл қағаз нұсқа жүйеде сақталған электрондық құжаттың көшірмесі болып табылады.")  # fmt: skip
    for k, line in enumerate(lines):
        c.drawString(112, 58 - k * 10, line)
    c.setLineWidth(0.4)
    c.line(56, 76, 539, 76)


def pdf_edoc_kk(doc: Doc) -> bytes:
    """The akimat's letter as the electronic document system prints it, stamp and signature page included."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table

    _fonts()
    when = report_day(doc)
    region = doc.organisation.split()[0]
    ru, deputy, executor, phone, city = OBLYS[region]
    doc_id = f"{zlib.crc32(doc.organisation.encode()) % 90_000 + 10_000}-{doc.number:04d}"
    signed = f"{when:%d.%m.%Y} 08:{30 + doc.number % 20:02d}"
    signer = f"{deputy} (облыс әкімінің орынбасары)"
    body = ParagraphStyle("b", fontName=SERIF, fontSize=13, leading=16.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1.25 * cm, spaceAfter=3)  # fmt: skip
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    head = ParagraphStyle("h", parent=centre, fontName=SERIF_B, spaceBefore=8, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, firstLineIndent=0, alignment=0)
    right = ParagraphStyle("r", parent=small, fontSize=12, leading=15, alignment=TA_RIGHT)
    sig = ParagraphStyle("g", parent=small, fontName=SERIF_B, fontSize=13, leading=16)
    kz = ParagraphStyle("k", parent=small, fontName=SERIF_B, fontSize=10, leading=12.5, alignment=TA_CENTER)

    def letterhead(c, _doc) -> None:
        _stamp(c, doc_id, signer, signed)
        if c.getPageNumber() != 1:
            return
        c.setStrokeColorRGB(0.1, 0.35, 0.7)
        c.setFillColorRGB(0.1, 0.35, 0.7)
        c.circle(297.6, 770, 24, stroke=1, fill=0)
        c.circle(297.6, 770, 9, stroke=0, fill=1)
        c.setLineWidth(1.6)
        c.line(56, 735, 539, 735)
        c.setLineWidth(0.5)
        c.line(56, 731, 539, 731)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    story = [Table([[Paragraph(f"ҚАЗАҚСТАН РЕСПУБЛИКАСЫ<br/>{escape(region.upper())} ОБЛЫСЫНЫҢ<br/>ӘКІМДІГІ", kz), "",
                     Paragraph(f"РЕСПУБЛИКА КАЗАХСТАН<br/>АКИМАТ<br/>{ru}", kz)]],
                   colWidths=[7 * cm, 3 * cm, 7 * cm], style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
             Spacer(1, 16),
             Paragraph(f"{city}, Әбілхайыр хан даңғылы, 77 &nbsp; тел.: {phone[:-9]} 35-00-00", small),
             Paragraph(f"№ 06-14/{1200 + doc.number} &nbsp; {when:%d.%m.%Y}", small), Spacer(1, 6),
             Paragraph("Қазақстан Республикасы<br/>Төтенше жағдайлар министрлігінің<br/>Дағдарыс жағдайларында "
                       "басқару орталығына", right), Spacer(1, 10),
             Paragraph(f"<b>Су тасқыны жағдайы туралы жедел ақпарат № {doc.number}</b>", centre),
             Paragraph(f"({when.year} жылғы {when.day} {AILAR[when.month - 1]}, сағат 08:00 жағдай бойынша)", centre),
             Spacer(1, 6)]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), head))
        for it in s.items:
            risk, lead, rest = split_mitigation(it, LEADS["kk"])
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text if s.key == "situation" else f"– {text}", body))
    story += [Spacer(1, 20),
              Table([[Paragraph("Облыс әкімінің орынбасары", sig), Paragraph(deputy, sig)]],
                    colWidths=[12 * cm, 5 * cm]),
              Spacer(1, 24), Paragraph(f"Орынд.: {executor}<br/>тел.: {phone}", small), PageBreak(),
              Paragraph("<b>Электрондық цифрлық қолтаңба туралы мәлімет</b>", centre), Spacer(1, 8)]  # fmt: skip
    rows = [["Лауазымы", "Аты-жөні", "Шешім", "Күні мен уақыты"],
            ["Төтенше жағдайлар департаментінің бастығы", "М. Оспанов", "Келісілді", f"{when:%d.%m.%Y} 07:52"],
            ["Облыс әкімі аппаратының басшысы", "Қ. Ерғалиев", "Келісілді", f"{when:%d.%m.%Y} 08:15"],
            ["Облыс әкімінің орынбасары", deputy, "Қол қойылды", signed]]  # fmt: skip
    story += [Table([[Paragraph(escape(c), small) for c in r] for r in rows],
                    colWidths=[6 * cm, 3.5 * cm, 3 * cm, 4 * cm],
                    style=[("GRID", (0, 0), (-1, -1), 0.4, "black"), ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8")]),
              Spacer(1, 10),
              Paragraph(f"Сертификат: {zlib.crc32(deputy.encode()):08X}{doc_id.replace('-', '')}<br/>"
                        f"Кілт иесі: {deputy}<br/>Тексеру нәтижесі: ЭЦҚ жарамды", small)]  # fmt: skip
    buf = io.BytesIO()
    frame = Frame(2.0 * cm, 3.0 * cm, A4[0] - 3.5 * cm, A4[1] - 4.6 * cm, id="f")
    pdf = BaseDocTemplate(buf, pagesize=A4, title=f"Жедел ақпарат № {doc.number}", author=executor,
                          pageTemplates=[PageTemplate("p", [frame], onPage=letterhead)])  # fmt: skip
    pdf.build(story)
    return buf.getvalue()
