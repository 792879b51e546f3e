"""PDF writers of the ``blind19_layouts`` set: a Turkish provincial disaster and emergency directorate's earthquake
"Durum Raporu" (reportlab: "T.C.", the governorship and the directorate centred, "Sayı:" and "Konu:" left and the
date right, the title and "(… saat 08.00 itibarıyla)", headings typed "1. ÖZET" in bold capitals over justified
paragraphs with a first-line indent, "Alınan tedbir:" in bold inside a risk's paragraph, superscript footnote marks
after some paragraphs and their footnotes under a short rule at the foot of the page where they stand, the director's
signature and "Sayfa 1 / 2"; "1.250", "%12", "3.400 TL", "16 Şubat") and an Indonesian regency disaster management
agency's flood "Laporan Situasi" on landscape pages (the regency's letterhead over a double rule — "PEMERINTAH
KABUPATEN …", the agency, its address —, the title, "Nomor:" and the period, a "DAFTAR ISI" of the headings with
dotted leaders and the pages they are on, headings "A. RINGKASAN KEJADIAN" in capitals, typed "1." "2." points
restarting under each heading with a hanging indent across the wide page, "Upaya penanganan:" in bold inside a risk's
point, the head of the agency's signature, "Tembusan:", a running head on later pages and "Halaman 1 dari 2"; "1.250",
"12%", "Rp3.400.000", "20 Januari").
"""

from __future__ import annotations

from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts
from blind17_layouts_content import split_mitigation
from blind19_layouts_content import AYLAR, BULAN, HARI, LEADS
from council_layouts_gold import Doc, Item

TR_NOTES = {
    "situation": "Kandilli Rasathanesi ve AFAD Deprem Dairesi Başkanlığı verileridir.",
    "impacts": "Hasar tespit çalışmaları sürdüğünden rakamlar geçicidir ve değişebilir.",
    "assistance": "AFAD, Türk Kızılay ve İl Sosyal Hizmetler Müdürlüğü verilerinden derlenmiştir.",
}


def _marked(item: Item, lang: str) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <b>{escape(lead)}</b> {escape(mitigation, quote=False)}"


# ---------------------------------------------------------------- Turkish provincial disaster directorate


def pdf_durum_raporu_tr(doc: Doc) -> bytes:
    """The directorate's daily earthquake report as its coordination centre sends it to the governor's office."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

    _fonts()
    when = report_day(doc)
    il = doc.organisation.split(" İl ")[0]
    il_caps = il.replace("i", "İ").upper()  # Turkish capitals: i → İ, not I
    pw, ph = A4
    st = {
        "c": ParagraphStyle("c", fontName="DejaVu-Bold", fontSize=10.5, leading=14, alignment=TA_CENTER),
        "t": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=11.5, leading=15, alignment=TA_CENTER,
                            spaceBefore=12),
        "sub": ParagraphStyle("sub", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=9, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY,
                            firstLineIndent=28, spaceAfter=4),
        "s": ParagraphStyle("s", fontName="DejaVu", fontSize=9.6, leading=13),
        "sig": ParagraphStyle("sig", fontName="DejaVu", fontSize=9.6, leading=13, alignment=TA_CENTER),
    }  # fmt: skip

    def story() -> list:
        out = [Paragraph("T.C.", st["c"]), Paragraph(f"{il_caps} VALİLİĞİ", st["c"]),
               Paragraph("İl Afet ve Acil Durum Müdürlüğü", st["c"]), Spacer(1, 10),
               Table([[Paragraph(f"Sayı&nbsp;&nbsp;: E-{40712300 + len(il)}-310.01-{doc.number * 7 + 80}", st["s"]),
                       Paragraph(f"{when:%d.%m.%Y}", ParagraphStyle("r", parent=st["s"], alignment=2))],
                      [Paragraph(f"Konu : Deprem Durum Raporu (No: {doc.number})", st["s"]), ""]],
                     colWidths=[330, 150], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
               Paragraph(f"{il_caps} İLİ DEPREM DURUM RAPORU", st["t"]),
               Paragraph(f"({when.day} {AYLAR[when.month - 1]} {when.year} saat 08.00 itibarıyla)",
                         st["sub"])]  # fmt: skip
        n = 0
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            for k, i in enumerate(s.items):
                text = _marked(i, "tr")
                if k == 0 and s.key in TR_NOTES:
                    n += 1
                    text += f"<super>{n}</super>"
                    para = Paragraph(text, st["p"])
                    para._note = (n, TR_NOTES[s.key])  # type: ignore[attr-defined]
                    out.append(para)
                else:
                    out.append(Paragraph(text, st["p"]))
        out += [Spacer(1, 18), Table([["", Paragraph("Mehmet ÖZDEMİR<br/>İl Afet ve Acil Durum Müdürü", st["sig"])]],
                                     colWidths=[280, 200])]  # fmt: skip
        return out

    def make(state: tuple[int, dict[int, list]]) -> tuple[bytes, tuple[int, dict[int, list]]]:
        total, notes = state
        found: dict[int, list] = {}
        import io

        buf = io.BytesIO()

        class Template(BaseDocTemplate):
            def afterFlowable(self, flowable) -> None:
                note = getattr(flowable, "_note", None)
                if note:
                    found.setdefault(self.page, []).append(note)

        def page(canvas, d) -> None:
            canvas.saveState()
            here = notes.get(canvas.getPageNumber(), [])
            y = 58 + 11 * len(here)
            if here:
                canvas.setLineWidth(0.5)
                canvas.line(56, y + 8, 200, y + 8)
            canvas.setFont("DejaVu", 7.5)
            for k, (num, text) in enumerate(here):
                canvas.drawString(56, y - 11 * k - 2, f"{num} {text}")
            canvas.setFont("DejaVu", 8)
            canvas.drawCentredString(pw / 2, 30, f"Sayfa {canvas.getPageNumber()} / {total or 1}")
            canvas.restoreState()

        t = Template(buf, pagesize=A4, title=doc.title, author=doc.organisation)
        t.addPageTemplates([PageTemplate("p", [Frame(56, 100, pw - 112, ph - 150, id="f")], onPage=page)])
        t.build(story())
        return buf.getvalue(), (t.page, found)

    first = make((0, {}))[1]
    return make(first)[0]


# ---------------------------------------------------------------- Indonesian regency disaster agency


def pdf_laporan_situasi_id(doc: Doc) -> bytes:
    """The agency's flood situation report on landscape pages, as its operations centre sends it."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

    _fonts()
    when = report_day(doc)
    area = doc.organisation.removeprefix("BPBD ")
    pw, ph = landscape(A4)
    day = f"{HARI[when.weekday()]}, {when.day} {BULAN[when.month - 1]} {when.year}"
    st = {
        "t": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_CENTER),
        "toc": ParagraphStyle("toc", fontName="DejaVu-Bold", fontSize=10, leading=14, spaceBefore=10),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=3,
                            textColor=colors.HexColor("#E06C00")),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9.5, leading=13, leftIndent=22, bulletIndent=6,
                             spaceAfter=2),
        "s": ParagraphStyle("s", fontName="DejaVu", fontSize=9, leading=12),
        "sig": ParagraphStyle("sig", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_CENTER),
    }  # fmt: skip

    def story(pages: dict[str, int]) -> list:
        out = [Spacer(1, 48), Paragraph("LAPORAN SITUASI (SITREP) BENCANA BANJIR", st["t"]),
               Paragraph(f"Nomor: 360/{doc.number:03d}/BPBD/{when.year}", st["sub"]),
               Paragraph(f"Periode laporan: {day} pukul 07.00 WIB", st["sub"]),
               Paragraph("DAFTAR ISI", st["toc"])]  # fmt: skip
        rows = [[s.heading, "." * 150, str(pages.get(s.heading, 1))] for s in doc.sections]
        out.append(Table(rows, colWidths=[250, 420, 30], style=[
            ("FONT", (0, 0), (-1, -1), "DejaVu", 9), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        for s in doc.sections:
            head = Paragraph(escape(s.heading), st["h"])
            head._toc = s.heading  # type: ignore[attr-defined]
            out.append(head)
            for k, i in enumerate(s.items, start=1):
                out.append(Paragraph(_marked(i, "id"), st["li"], bulletText=f"{k}."))
        out += [Spacer(1, 14),
                Table([["", Paragraph(f"{area}, {when.day} {BULAN[when.month - 1]} {when.year}<br/>Kepala Pelaksana "
                                      f"BPBD {area}<br/><br/><br/><b>Drs. H. Asep Suryana, M.Si.</b><br/>NIP. "
                                      f"19680412 199103 1 00{doc.number % 9}", st["sig"])]], colWidths=[470, 260]),
                Paragraph("Tembusan:", st["s"])]  # fmt: skip
        for k, to in enumerate((f"Bupati {area.removeprefix('Kabupaten ').removeprefix('Kota ')} (sebagai laporan)",
                                "Kepala BNPB di Jakarta", "Kepala Pelaksana BPBD Provinsi"), start=1):  # fmt: skip
            out.append(Paragraph(f"{k}. {to}", st["s"]))
        return out

    def make(state: tuple[int, dict[str, int]]) -> tuple[bytes, tuple[int, dict[str, int]]]:
        total, pages = state
        found: dict[str, int] = {}
        import io

        buf = io.BytesIO()

        class Template(BaseDocTemplate):
            def afterFlowable(self, flowable) -> None:
                if heading := getattr(flowable, "_toc", None):
                    found[heading] = self.page

        def page(canvas, d) -> None:
            canvas.saveState()
            n = canvas.getPageNumber()
            if n == 1:
                canvas.setStrokeColor(colors.HexColor("#E06C00"))
                canvas.circle(70, ph - 58, 24)
                canvas.setFont("DejaVu-Bold", 8)
                canvas.drawCentredString(70, ph - 61, "BPBD")
                canvas.setFont("DejaVu-Bold", 11)
                canvas.drawCentredString(pw / 2, ph - 40, f"PEMERINTAH {area.upper()}")
                canvas.setFont("DejaVu-Bold", 13)
                canvas.drawCentredString(pw / 2, ph - 56, "BADAN PENANGGULANGAN BENCANA DAERAH")
                canvas.setFont("DejaVu", 8)
                canvas.drawCentredString(
                    pw / 2,
                    ph - 69,
                    f"Jl. Raya Soreang Km. {doc.number + 17} Telp. (022) "
                    f"5891{len(area):03d} Email: pusdalops@bpbd.example.go.id",
                )
                canvas.setStrokeColor(colors.black)
                canvas.setLineWidth(2)
                canvas.line(40, ph - 78, pw - 40, ph - 78)
                canvas.setLineWidth(0.6)
                canvas.line(40, ph - 81, pw - 40, ph - 81)
            else:
                canvas.setFont("DejaVu-Oblique", 8)
                canvas.drawString(40, ph - 28, f"Laporan Situasi Banjir No. {doc.number} – BPBD {area}")
            canvas.setFont("DejaVu", 8)
            canvas.drawRightString(pw - 40, 24, f"Halaman {n} dari {total or 1}")
            canvas.restoreState()

        t = Template(buf, pagesize=(pw, ph), title=doc.title, author=doc.organisation)
        t.addPageTemplates([PageTemplate("p", [Frame(40, 40, pw - 80, ph - 80, id="f")], onPage=page)])
        t.build(story(pages))
        return buf.getvalue(), (t.page, found)

    first = make((0, {}))[1]
    return make(first)[0]
