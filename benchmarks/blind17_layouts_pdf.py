"""PDF writers of the ``blind17_layouts`` set: an Italian regional health directorate's weekly bulletin on acute
respiratory infections (the region's arms and name over its directorate top left, "Bollettino n. 3" and the week
top right, the title in the region's colour with "Stagione 2024/2025 – Settimana 50 (dal 9 al 15 dicembre
2024)", an "In sintesi" box of "•" points, numbered headings "1. Andamento epidemiologico" over justified
paragraphs without bullets, a line chart of the weekly incidence of three seasons with its "Figura 1 – …" caption
under it, a "Tabella 1 – …" of positive samples by virus with its caption over it, the risks as "▪" points with
"Azioni di contenimento:" in bold italics, the next bulletin, the authors and the note on provisional data, a
running head on later pages and "Pag. 1 di 3" in the footer; "1.250", "12%", "18 dicembre") and a Norwegian
county governor's situation report on a storm in Nynorsk (the governor's arms and name top left and "Vår dato" /
"Vår ref." top right, the title, "Situasjonen per torsdag 16. januar 2025 kl. 12.00" and the addressees across
the page, then the sections in two columns, bold blue headings over "•" points, a Kommune | Straumlause kundar |
Stengde vegar table in the column under the consequences, "Avbøtande tiltak:" in bold inside a risk's point, the
next report, "Med helsing" and "Dokumentet er elektronisk godkjent", the governor's address and "Side 1 av 2"
in the footer; "1 250" with a no-break space, "12 %", "18. desember"). Both are set in DejaVu Sans.
"""

from __future__ import annotations

import io
import math
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts, _two_pass
from blind12_layouts_content import MESI
from blind17_layouts_content import DAGAR_NN, GIORNI, LEADS, MANADER_NN, NBSP, count, group, split_mitigation
from council_layouts_gold import Doc, Item

REGION_COLOURS = {"Toscana": "#B5121B", "Piemonte": "#1F4E96", "Marche": "#0A6E5C", "Liguria": "#00519E"}
VIRUSES = (("Influenza A(H1N1)pdm09", 0.45), ("Influenza A(H3N2)", 0.3), ("Influenza B", 0.1),
           ("Virus respiratorio sinciziale (RSV)", 0.09), ("SARS-CoV-2", 0.06))  # fmt: skip
COUNTIES = {
    "Vestland": (("Kinn", "Bremanger", "Askvoll", "Fjaler", "Solund"), "Postboks 310, 6802 Førde", "57 64 30 00",
                 "sfvlpost"),
    "Møre og Romsdal": (("Ålesund", "Giske", "Hareid", "Sande", "Herøy"), "Postboks 2520, 6404 Molde",
                        "71 25 84 00", "sfmrpost"),
    "Rogaland": (("Sokndal", "Lund", "Bjerkreim", "Hjelmeland", "Suldal"), "Postboks 59 Sentrum, 4001 Stavanger",
                 "51 56 87 00", "sfropost"),
    "Nordland": (("Lødingen", "Vågan", "Flakstad", "Moskenes", "Røst"), "Postboks 1405, 8002 Bodø",
                 "75 53 15 00", "sfnopost"),
}  # fmt: skip


def _marked(item: Item, lang: str, italic: bool = False) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        return escape(item.text, quote=False)
    mark = f"<b><i>{escape(lead)}</i></b>" if italic else f"<b>{escape(lead)}</b>"
    return f"{escape(risk, quote=False)} {mark} {escape(mitigation, quote=False)}"


def _it_day(when) -> str:
    return f"{GIORNI[when.weekday()]} {when.day} {MESI[when.month - 1]} {when.year}"


def _curve(peak_week: float, height: float, n: int = 28) -> list[float]:
    return [round(1.5 + height * math.exp(-(((k - peak_week) / 4.2) ** 2)), 1) for k in range(n)]


def _chart(current: list[float], colour):
    """The weekly incidence of three seasons (weeks 42 to 17) as the bulletin's line chart."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors

    seasons = (_curve(13, 11.8), _curve(10, 16.4), current)
    d = Drawing(460, 190)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 40, 30, 300, 140
    lp.data = [[(k, v) for k, v in enumerate(s)] for s in seasons]
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax, lp.xValueAxis.valueStep = 0, 27, 2
    weeks = [str(42 + k if k < 11 else k - 10) for k in range(28)]
    lp.xValueAxis.labelTextFormat = lambda v: weeks[int(v)] if 0 <= int(v) < 28 else ""
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax, lp.yValueAxis.valueStep = 0, 20, 4
    for axis in (lp.xValueAxis, lp.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = "DejaVu", 6.5
    shades = (colors.HexColor("#A0A0A0"), colors.HexColor("#4D4D4D"), colour)
    for k, shade in enumerate(shades):
        lp.lines[k].strokeColor = shade
        lp.lines[k].strokeWidth = 2.2 if k == 2 else 1.1
    d.add(lp)
    d.add(String(40, 178, "casi per 1.000 assistiti", fontName="DejaVu", fontSize=6.5))
    d.add(String(170, 8, "settimana", fontName="DejaVu", fontSize=6.5))
    for k, (label, shade) in enumerate(zip(("2022/2023", "2023/2024", "2024/2025"), shades, strict=True)):
        d.add(Line(360, 150 - 14 * k, 378, 150 - 14 * k, strokeColor=shade, strokeWidth=2))
        d.add(String(383, 147 - 14 * k, label, fontName="DejaVu", fontSize=7))
    return d


# ---------------------------------------------------------------- Italian regional respiratory bulletin


def pdf_bollettino_ira(doc: Doc) -> bytes:
    """The region's weekly bulletin on acute respiratory infections as its prevention unit publishes it."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    when = report_day(doc)
    region = doc.organisation.replace("Regione ", "")
    colour = colors.HexColor(REGION_COLOURS.get(region, "#1F4E96"))
    pw, ph = A4
    mon = when - timedelta(days=when.weekday() + 7)
    sun = mon + timedelta(days=6)
    week = mon.isocalendar().week
    season = f"{mon.year}/{mon.year + 1}" if mon.month >= 9 else f"{mon.year - 1}/{mon.year}"
    span = f"dal {mon.day}{'' if mon.month == sun.month else ' ' + MESI[mon.month - 1]} al {sun.day} " \
           f"{MESI[sun.month - 1]} {sun.year}"  # fmt: skip
    st = {
        "t1": ParagraphStyle("t1", fontName="DejaVu-Bold", fontSize=13.5, leading=17, textColor=colour),
        "t2": ParagraphStyle("t2", fontName="DejaVu", fontSize=9.5, leading=13),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11, leading=14, textColor=colour, spaceBefore=10,
                            spaceAfter=4),
        "box": ParagraphStyle("bx", fontName="DejaVu-Bold", fontSize=10.5, leading=13, spaceAfter=3),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=9, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=9, leading=12.2, leftIndent=12, bulletIndent=2,
                             spaceAfter=3),
        "cap": ParagraphStyle("cap", fontName="DejaVu-Oblique", fontSize=7.5, leading=9.5, spaceBefore=2,
                              spaceAfter=8),
        "cell": ParagraphStyle("c", fontName="DejaVu", fontSize=8, leading=10),
        "small": ParagraphStyle("s", fontName="DejaVu", fontSize=7.5, leading=10, textColor=colors.HexColor("#444444")),
    }  # fmt: skip
    incidence = count(doc, ("simil-influenzali è di",), 7)
    current = [*_curve(10.5, 12.0)[:8], float(incidence)]
    tested = count(doc, ("campioni analizzati",), 640)
    positive = round(tested * 0.21)
    share = [round(positive * s) for _, s in VIRUSES]

    def make(pages: int):
        out = [Paragraph("SORVEGLIANZA EPIDEMIOLOGICA E VIROLOGICA DELLE INFEZIONI RESPIRATORIE ACUTE", st["t1"]),
               Paragraph(f"Stagione {season} – Settimana {week} ({span})", st["t2"]),
               Paragraph(f"Dati aggiornati a {_it_day(when)}", st["t2"]), Spacer(1, 10)]  # fmt: skip
        for s in doc.sections:
            if s.key == "highlights":
                rows = [[Paragraph(escape(s.heading), st["box"])]]
                rows += [[Paragraph(escape(i.text), st["li"], bulletText="•")] for i in s.items]
                box = Table(rows, colWidths=[pw - 110])
                box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF2F7")),
                                         ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (0, 0), 7),
                                         ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))  # fmt: skip
                out += [box, Spacer(1, 4)]
                continue
            out.append(Paragraph(escape(s.heading), st["h"]))
            for i in s.items:
                if s.risks:
                    out.append(Paragraph(_marked(i, "it", italic=True), st["li"], bulletText="▪"))
                elif s.key == "communications":
                    out.append(Paragraph(escape(i.text), st["li"], bulletText="•"))
                else:
                    out.append(Paragraph(escape(i.text), st["p"]))
            if s.heading.startswith("1."):
                out += [_chart(current, colour),
                        Paragraph(f"Figura 1 – Incidenza settimanale delle sindromi simil-influenzali (casi per 1.000 "
                                  f"assistiti), stagioni 2022/2023 – {season}", st["cap"])]  # fmt: skip
            if s.heading.startswith("2."):
                head = [
                    Paragraph(f'<font color="white"><b>{c}</b></font>', st["cell"])
                    for c in ("Virus", "Campioni positivi", "% sui campioni analizzati")
                ]
                rows = [[name, group(n, "."), f"{100 * n / tested:.1f}".replace(".", ",")]
                         for (name, _), n in zip(VIRUSES, share, strict=True)]  # fmt: skip
                rows.append(["Totale campioni analizzati", group(tested, "."), "100,0"])
                table = Table([head] + [[Paragraph(c, st["cell"]) for c in r] for r in rows], colWidths=[210, 110, 130])
                table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colour),
                                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                                           ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEF2F7"))]))  # fmt: skip
                out += [Paragraph(f"Tabella 1 – Campioni positivi per virus respiratori, settimana {week}/"
                                  f"{mon.isocalendar().year}", st["cap"]), table, Spacer(1, 6)]  # fmt: skip
        nxt = when + timedelta(days=7)
        out += [
            Spacer(1, 10),
            Paragraph(f"Il prossimo bollettino sarà pubblicato {_it_day(nxt)}.", st["small"]),
            Paragraph(
                f"A cura del Settore Prevenzione collettiva – Epidemiologia, Regione {escape(region)}. "
                f"Per informazioni: sorveglianza.ira@regione.{region.lower()}.example.it",
                st["small"],
            ),
            Paragraph(
                "Nota: i dati delle ultime due settimane sono provvisori e possono subire variazioni. "
                "Fonte: rete dei medici sentinella e laboratori di riferimento regionali.",
                st["small"],
            ),
        ]
        total = [pages]

        def page(canvas, d) -> None:
            canvas.saveState()
            if canvas.getPageNumber() == 1:
                canvas.setFillColor(colour)
                canvas.roundRect(55, ph - 84, 30, 36, 5, fill=1, stroke=0)
                canvas.setFont("DejaVu-Bold", 13)
                canvas.drawString(94, ph - 60, f"REGIONE {region.upper()}")
                canvas.setFillColor(colors.HexColor("#333333"))
                canvas.setFont("DejaVu", 7.5)
                canvas.drawString(94, ph - 72, "Direzione Sanità, Welfare e Coesione sociale")
                canvas.drawString(94, ph - 82, "Settore Prevenzione collettiva")
                canvas.setFont("DejaVu-Bold", 9)
                canvas.drawRightString(pw - 55, ph - 60, f"Bollettino n. {doc.number}")
                canvas.setFont("DejaVu", 8)
                canvas.drawRightString(pw - 55, ph - 72, f"Settimana {week}/{mon.isocalendar().year}")
            else:
                canvas.setFont("DejaVu", 7)
                canvas.setFillGray(0.4)
                canvas.drawString(55, ph - 40, f"Regione {region} – Sorveglianza IRA – Bollettino n. {doc.number}")
                canvas.setStrokeColor(colour)
                canvas.line(55, ph - 45, pw - 55, ph - 45)
            canvas.setFont("DejaVu", 7)
            canvas.setFillGray(0.35)
            canvas.drawString(55, 28, f"Sorveglianza delle infezioni respiratorie acute – stagione {season}")
            canvas.drawRightString(pw - 55, 28, f"Pag. {canvas.getPageNumber()} di {max(total[0], 1)}")
            canvas.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=55, rightMargin=55, topMargin=100, bottomMargin=50,
                              title=f"Bollettino IRA n. {doc.number} – settimana {week}",
                              author=f"Regione {region}")  # fmt: skip
        d.build(out, onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Norwegian county governor (Nynorsk)


def pdf_situasjon_sf(doc: Doc) -> bytes:
    """The county governor's situation report as its emergency staff sends it to the municipalities each day."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    _fonts()
    when = report_day(doc)
    county = doc.organisation.replace("Statsforvaltaren i ", "")
    towns, address, phone, mail = COUNTIES.get(county, COUNTIES["Vestland"])
    storm = doc.service.replace("Ekstremvêret ", "")
    blue = colors.HexColor("#1B3F6B")
    pw, ph = A4
    gap, margin = 18, 50
    col = (pw - 2 * margin - gap) / 2
    st = {
        "t": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=3),
        "sub": ParagraphStyle("sub", fontName="DejaVu", fontSize=9.5, leading=13),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=13, textColor=blue, spaceBefore=8,
                            spaceAfter=3),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=8.8, leading=11.8, leftIndent=10, bulletIndent=0,
                             spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="DejaVu", fontSize=7.5, leading=9.5),
        "p": ParagraphStyle("p", fontName="DejaVu", fontSize=8.8, leading=11.8, spaceAfter=3),
    }  # fmt: skip

    def story() -> list:
        when_nn = f"{DAGAR_NN[when.weekday()]} {when.day}. {MANADER_NN[when.month - 1]} {when.year}"
        out: list = [
            Paragraph(f"Situasjonsrapport nr. {doc.number} – ekstremvêret «{escape(storm)}»", st["t"]),
            Paragraph(f"Situasjonen per {when_nn} kl. 12.00", st["sub"]),
            Paragraph(f"Til: Kommunane i {escape(county)}, fylkesberedskapsrådet og Direktoratet for samfunnstryggleik "
                      "og beredskap (DSB)", st["sub"]),
            FrameBreak(),
        ]  # fmt: skip
        customers = count(doc, ("straumbrot for",), 8400)
        roads = count(doc, ("vegar er stengde",), 14)
        shares = (0.34, 0.24, 0.18, 0.14, 0.10)
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            out += [Paragraph(_marked(i, "nn"), st["li"], bulletText="•") for i in s.items]
            if s.heading.startswith("Konsekvensar"):
                rows = [["Kommune", "Straumlause kundar", "Stengde vegar"]]
                rows += [[t, group(round(customers * f), NBSP), str(round(roads * f))]
                         for t, f in zip(towns, shares, strict=True)]  # fmt: skip
                table = Table(
                    [[Paragraph(c, st["cell"]) for c in r] for r in rows], colWidths=[col * 0.4, col * 0.34, col * 0.26]
                )
                table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, blue),
                                           ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EBF3"))]))  # fmt: skip
                out += [Spacer(1, 3), table, Spacer(1, 4)]
        nxt = when + timedelta(days=1)
        out += [Spacer(1, 8),
                Paragraph(f"Neste situasjonsrapport vert send ut {DAGAR_NN[nxt.weekday()]} {nxt.day}. "
                          f"{MANADER_NN[nxt.month - 1]} kl. 12.00.", st["p"]),
                Spacer(1, 6), Paragraph("Med helsing", st["p"]), Spacer(1, 4),
                Paragraph("Kari Nordal<br/>beredskapsdirektør", st["p"]),
                Paragraph("<i>Dokumentet er elektronisk godkjent</i>", st["cell"])]  # fmt: skip
        return out

    ref = f"{when.year}/{1200 + 37 * doc.number}"

    def make(pages: int):
        total = [pages]

        def page(canvas, d) -> None:
            canvas.saveState()
            if canvas.getPageNumber() == 1:
                canvas.setStrokeColor(blue)
                canvas.setFillColor(colors.HexColor("#E4EBF3"))
                canvas.rect(margin, ph - 86, 26, 32, fill=1, stroke=1)
                canvas.setFillColor(colors.black)
                canvas.setFont("DejaVu-Bold", 12)
                canvas.drawString(margin + 36, ph - 68, doc.organisation)
                canvas.setFont("DejaVu", 7.5)
                for k, (label, value) in enumerate((("Vår dato:", f"{when:%d.%m.%Y}"), ("Vår ref.:", ref),
                                                    ("Arkivkode:", "350"))):  # fmt: skip
                    canvas.drawString(pw - margin - 120, ph - 58 - 11 * k, label)
                    canvas.drawString(pw - margin - 60, ph - 58 - 11 * k, value)
            canvas.setStrokeColor(colors.HexColor("#999999"))
            canvas.line(margin, 42, pw - margin, 42)
            canvas.setFont("DejaVu", 6.8)
            canvas.setFillGray(0.3)
            canvas.drawString(margin, 31, f"{doc.organisation} · {address} · Telefon {phone} · {mail}@"
                                          "statsforvaltaren.no")  # fmt: skip
            canvas.drawRightString(pw - margin, 31, f"Side {canvas.getPageNumber()} av {max(total[0], 1)}")
            canvas.restoreState()

        top = ph - 100
        title_h = 78
        first = [Frame(margin, top - title_h, pw - 2 * margin, title_h, id="title"),
                 Frame(margin, 50, col, top - title_h - 60, id="l1"),
                 Frame(margin + col + gap, 50, col, top - title_h - 60, id="r1")]  # fmt: skip
        later = [Frame(margin, 50, col, ph - 110, id="l"), Frame(margin + col + gap, 50, col, ph - 110, id="r")]
        buf = io.BytesIO()
        d = BaseDocTemplate(buf, pagesize=A4, title=f"Situasjonsrapport nr. {doc.number}", author=doc.organisation)
        d.addPageTemplates([PageTemplate("first", first, onPage=page, autoNextPageTemplate="later"),
                            PageTemplate("later", later, onPage=page)])  # fmt: skip
        d.build(story())
        return buf.getvalue(), d.page

    return _two_pass(make)
