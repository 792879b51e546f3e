"""PDF writers of the ``blind31_layouts`` set (reportlab, with ``blind23_layouts_print``'s fonts and measures).

A state-owned island ferry operator's disruption bulletin for island communities and stakeholders, laid out by its
communications team in Affinity Publisher from the bulletin's master page and exported to PDF ("PDF (press ready)"
off, "PDF (for export)"): A4, on the first page a masthead band in the operator's blue (its name, "Disruption
bulletin", the issue and date), a tinted sidebar down the left with "Sailings at a glance" (each route and its
status) and "Contact us", and the text in two columns beside it; on the pages after, two columns across the page;
each section a bold heading in the accent colour, the summary as paragraphs, the other sections "•" points with a
hanging indent, "What we are doing:" bold inside a risk's point; the master page's footer (the operator, "Disruption
bulletin 3" and "Page 1 of 2"); Affinity names itself the file's creator and producer. "£3,400", "£1.25m",
"(previous bulletin: 5)".

A Spanish river basin authority's flood situation report ("Parte de situación"), generated each morning by the
hydrological information system's report server with JasperReports and served as PDF: the bands of a Jasper report —
the title band on the first page (the ministry and the authority in small capitals beside the logo box, the report's
title, the episode and the issue time), the page header band on every page (the system's name and a rule), a group
header per section (a grey-filled band with the section's title, "1. Resumen"), the detail band per point (a "•" in
its own text field and the text field beside it, stretched over as many lines as the text needs), "Medidas:" bold in
a styled text field, the summary band (the duty engineer and the note on the next report) and the page footer band
("Página 1 de 2" and the generation time); "JasperReports Library version 6.20.6" as creator and OpenPDF as producer.
"3.400 €", "1,25 M€", "1.250", "12 %", "16 de enero", "(anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from datetime import timedelta

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, fonts, width, wrap
from blind31_layouts_content import ES_MONTHS, parts
from council_layouts_gold import Doc

Op = Callable[[object], object]
A4W, A4H = 595.28, 841.89
Run = tuple[str, str]


def _runs(item, lang: str) -> list[Run]:
    risk, lead, rest = parts(item, lang)
    words = [(w, SANS) for w in risk.split()]
    return words + [(w, BOLD) for w in lead.split()] + [(w, SANS) for w in rest.split()] if lead else words


def _line(c, x: float, y: float, line: list[Run], size: float) -> None:
    """A line drawn a font run at a time, the words of a run in one string as layout programs write them."""
    k = 0
    while k < len(line):
        font = line[k][1]
        j = k
        while j < len(line) and line[j][1] == font:
            j += 1
        text = " ".join(w for w, _ in line[k:j]) + (" " if j < len(line) else "")
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += width(text, font, size)
        k = j


def _pdf(pages: list[list[Op]], title: str, creator: str, producer: str, author: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4W, A4H))
    c.setTitle(title)
    c.setCreator(creator)
    c.setAuthor(author)
    c._doc.info.producer = producer
    for page in pages:
        for op in page:
            op(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- Affinity Publisher, two columns and a sidebar

BLUE, ACCENT, TINT = (0.0, 0.22, 0.45), (0.0, 0.42, 0.62), (0.9, 0.94, 0.97)
ROUTES = {"Hebridean": ("Ardcarra – Port Sgeir", "Lochbuie – Castlemor", "Kilbrann – Tobhta",
                        "Inverlair – Sgurr"),
          "Orcadia": ("Kirkvoe – Westness", "Kirkvoe – Saltay", "Houlton – Lynessa", "Tingholm – Rousholm"),
          "Clyde": ("Wemyss Point – Rothbay", "Ardlarg – Brodmore", "Largbank – Cumbrae Beg",
                    "Colstrath – Rhuvaig"),
          "Shetland": ("Toftness – Ulsvoe", "Gutcherwick – Belmonth", "Laxavoe – Symbay",
                       "Lerwood – Bressholm")}  # fmt: skip
STATUS = ("Reduced timetable", "Normal service", "Relief vessel", "Normal service", "Disrupted")
SIZE, LEAD = 9.5, 12.5


def pdf_affinity_ferry_gb(doc: Doc) -> bytes:
    """The disruption bulletin as Affinity Publisher exports it to PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    routes = next(v for k, v in ROUTES.items() if doc.organisation.startswith(k))
    gap, margin, side = 16.0, 40.0, 150.0
    first = [(margin + side + gap, A4H - 150, 60.0), None]  # (x, top, foot) of the text frames on page one
    col1 = (A4W - 2 * margin - side - 2 * gap) / 2
    first[1] = (first[0][0] + col1 + gap, A4H - 150, 60.0)
    col2 = (A4W - 2 * margin - gap) / 2
    later = [(margin, A4H - 60, 60.0), (margin + col2 + gap, A4H - 60, 60.0)]
    pages: list[list[Op]] = [[]]
    frames = list(first)
    fx, y, foot = frames.pop(0)
    room = col1

    def next_frame() -> None:
        nonlocal fx, y, foot, room, frames
        if not frames:
            pages.append([])
            frames = list(later)
            room = col2
        fx, y, foot = frames.pop(0)

    def need(height: float) -> None:
        if y - height < foot:
            next_frame()

    for s in doc.sections:
        need(LEAD * 3 + 10)
        y -= 8
        pages[-1].append(lambda c, x=fx, y=y, t=s.heading: (c.setFillColorRGB(*ACCENT), c.setFont(BOLD, 12),
                                                          c.drawString(x, y, t)))  # fmt: skip
        y -= LEAD + 3
        bullets = s.key != "highlights"
        for it in s.items:
            indent = 10.0 if bullets else 0.0
            lines = wrap(_runs(it, "ferry"), room - indent, SIZE)
            for k, line in enumerate(lines):
                need(LEAD)
                if k == 0 and bullets:
                    pages[-1].append(lambda c, x=fx, y=y: (c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(SANS, SIZE),
                                                           c.drawString(x, y, "•")))  # fmt: skip
                pages[-1].append(lambda c, x=fx + indent, y=y, line=line: (c.setFillColorRGB(0.1, 0.1, 0.1),
                                                                           _line(c, x, y, line, SIZE)))  # fmt: skip
                y -= LEAD
            y -= 4

    total = len(pages)

    def masthead(c) -> None:
        c.setFillColorRGB(*BLUE)
        c.rect(0, A4H - 120, A4W, 120, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 24)
        c.drawString(margin, A4H - 58, doc.organisation)
        c.setFont(SANS, 14)
        c.drawString(margin, A4H - 82, "Disruption bulletin")
        c.drawRightString(A4W - margin, A4H - 82, f"Issue {doc.number} · {when:%A} {when.day} {when:%B %Y}")
        c.setFillColorRGB(*TINT)
        c.rect(margin - 8, 60, side + 8, A4H - 200, stroke=0, fill=1)
        c.setFillColorRGB(*BLUE)
        c.setFont(BOLD, 11)
        c.drawString(margin, A4H - 160, "Sailings at a glance")
        yy = A4H - 180
        for k, route in enumerate(routes):
            c.setFont(BOLD, 8.5)
            c.drawString(margin, yy, route)
            c.setFont(SANS, 8.5)
            c.drawString(margin, yy - 11, STATUS[(h >> k) % len(STATUS)] if k else STATUS[0])
            yy -= 28
        c.setFont(BOLD, 11)
        c.drawString(margin, yy - 10, "Contact us")
        c.setFont(SANS, 8.5)
        for k, text in enumerate(("Customer services", f"0800 066 5{h % 900:03d}", "Open 7am to 9pm",
                                  f"www.{doc.organisation.split()[0].lower()}ferries.example",
                                  "Text FERRY to 60777 for alerts")):  # fmt: skip
            c.drawString(margin, yy - 26 - 11 * k, text)

    pages[0].insert(0, masthead)
    for n, page in enumerate(pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0.4, 0.4, 0.4), c.setFont(SANS, 8),
                                    c.drawString(margin, 34, f"{doc.organisation} · Disruption bulletin {doc.number}"),
                                    c.drawRightString(A4W - margin, 34, f"Page {n} of {total}")))  # fmt: skip
    return _pdf(
        pages,
        f"Disruption bulletin {doc.number}",
        "Affinity Publisher 2.5.7",
        "Affinity Publisher 2.5.7",
        "Communications Team",
    )


# ---------------------------------------------------------------- JasperReports, Spanish

ENGINEERS = {"Jalón": "Ing. Marta Lasheras", "Alberche": "Ing. Jorge Sanz Robledo", "Serpis": "Ing. Vicent Ferrer",
             "Nalón": "Ing. Covadonga Suárez"}  # fmt: skip
GREY = (0.85, 0.85, 0.85)


def pdf_jasper_parte_es(doc: Doc) -> bytes:
    """The flood situation report as the report server's JasperReports renders it."""
    fonts()
    when = report_day(doc)
    basin = doc.organisation.removeprefix("Confederación Hidrográfica del ")
    engineer = ENGINEERS[basin]
    x0, room, size, lead = 42.0, A4W - 84.0, 9.0, 11.5
    pages: list[list[Op]] = [[]]
    y = A4H - 170  # below the title band

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = A4H - 70  # below the page header band

    for s in doc.sections:
        if y - 20 - lead * 2 < 50:
            new_page()
        pages[-1].append(lambda c, y=y, t=s.heading: (c.setFillColorRGB(*GREY), c.rect(x0, y - 16, room, 16, 0, 1),
                                                      c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 10),
                                                      c.drawString(x0 + 4, y - 12, t)))  # fmt: skip
        y -= 22
        for it in s.items:
            lines = wrap(_runs(it, "es"), room - 16, size)
            band = lead * len(lines) + 3
            if y - band < 50:  # a detail band moves whole to the next page, as Jasper's default
                new_page()
            pages[-1].append(lambda c, y=y: (c.setFont(SANS, size), c.drawString(x0 + 4, y - size, "•")))
            for k, line in enumerate(lines):
                pages[-1].append(lambda c, yy=y - size - k * lead, line=line: _line(c, x0 + 16, yy, line, size))
            y -= band
        y -= 6
    if y - 60 < 50:
        new_page()
    nxt = when + timedelta(days=1)
    summary = (
        f"Técnico de guardia: {engineer}",
        f"El próximo parte se emitirá el {nxt.day} de {ES_MONTHS[nxt.month - 1]} a las 08:00 horas.",
    )
    pages[-1].append(lambda c, y=y: [(c.setFont(SANS, 8.5), c.drawString(x0, y - 14 - 12 * k, t))
                                     for k, t in enumerate(summary)])  # fmt: skip
    total = len(pages)
    stamp = f"{when:%d/%m/%Y} 08:0{doc.number % 10}:{zlib.crc32(doc.title.encode()) % 60:02d}"

    def title_band(c) -> None:
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x0, A4H - 100, 60, 60, 1, 0)
        c.setFont(SANS, 6)
        c.drawCentredString(x0 + 30, A4H - 72, "LOGO")
        c.setFont(BOLD, 7.5)
        c.drawString(x0 + 70, A4H - 52, "MINISTERIO PARA LA TRANSICIÓN ECOLÓGICA Y EL RETO DEMOGRÁFICO")
        c.drawString(x0 + 70, A4H - 63, doc.organisation.upper())
        c.setFont(BOLD, 13)
        c.drawString(x0 + 70, A4H - 90, f"PARTE DE SITUACIÓN N.º {doc.number} – EPISODIO DE AVENIDAS")
        c.setFont(SANS, 9)
        c.drawString(x0, A4H - 125, f"Cuenca: {basin}    Fecha de emisión: {when:%d/%m/%Y} 08:00")
        c.line(x0, A4H - 135, x0 + room, A4H - 135)

    pages[0].insert(0, title_band)
    for n, page in enumerate(pages, start=1):
        if n > 1:
            page.insert(0, lambda c: (c.setFont(SANS, 7.5), c.drawString(x0, A4H - 40, f"SAIH {basin} · Sistema "
                                      "Automático de Información Hidrológica"), c.line(x0, A4H - 46, x0 + room,
                                                                                       A4H - 46)))  # fmt: skip
        page.append(lambda c, n=n: (c.setFont(SANS, 7.5), c.drawString(x0, 30, f"Generado: {stamp}"),
                                    c.drawRightString(x0 + room, 30, f"Página {n} de {total}")))  # fmt: skip
    jasper = "JasperReports Library version 6.20.6-5c96b6aa8a39ac1dc6b6bea4b81168e16dd39231"
    return _pdf(pages, f"Parte de situación {doc.number}", jasper, "OpenPDF 1.3.30", "SAIH")
