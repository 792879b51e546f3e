"""PDF writers of the ``blind34_layouts`` set (reportlab, with ``blind32_layouts_print``'s helpers).

A Kyrgyz state nature park's directorate's daily operational report on a forest fire, in Kyrgyz, made by the park's
GIS officer as a QGIS print layout and exported with "Export as PDF" (QGIS naming itself creator): an A3 landscape
sheet whose first page holds a banner (the park, "ТОКОЙ ӨРТҮ БОЮНЧА ОПЕРАТИВДИК МААЛЫМАТ № 3" and the time it stands
at), the map frame at the left (terrain, the river and the park boundary, the fire's perimeter, the fire breaks, the
place names, the grid's coordinates around its edge, the legend "Шарттуу белгилер", the scale bar and the north
arrow), at the right an attribute table item "Негизги көрсөткүчтөр" (figures that are not items) and under it text
label items holding the sections — each heading bold, the summary as paragraphs, the other points "• ", "Чаралар:"
bold inside a risk's point —; the layout's second page three label items side by side with the rest of the
sections, each label holding whole sections as the officer placed them, and a line of credits along its foot
(prepared by, the coordinate system, the imagery, "QGIS 3.34"). "3 400 сом", "1,25 млн сом", "1 250", "12 %",
"16-август", "(мурунку маалымат: 5)".

A Chilean regional government's border complex situation report on a holiday surge after a snow closure, in
Spanish, made as a Google Slides deck and downloaded as PDF (the Skia "Google Docs Renderer" producer): 16:9 slides,
a title slide (the "Gobierno de Chile" mark, the delegation, "Reporte de situación N° 3", the complex, date and hour),
a "Cifras del día" slide of four figure cards (figures that are not items), then a slide per section, its title the
heading, the points Google's "●" bullets — the summary a slide of its own in larger type —, each risk a bullet with
its mitigation a second-level "○" bullet beginning "Mitigación:", a section too long for its slide continued on the
next slide under the same title with "(cont.)", the slide number at the bottom right and the mark at the bottom left
of every slide, the last slide "Próximo reporte" and the contact. "$3.400", "$1,25 millones", "1.250", "12 %",
"16 de julio", "(informe anterior: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind23_layouts_print import BOLD, SANS, fonts, wrap
from blind32_layouts_print import Op, line, pdf
from blind34_layouts_content import ES_MONTHS, KY_MONTHS, parts
from council_layouts_gold import Doc

A3W, A3H = 1190.55, 841.89


def _words(text: str, font: str = SANS) -> list[tuple[str, str]]:
    return [(w, font) for w in text.split()]


def _item_runs(item, lang: str) -> list[tuple[str, str]]:
    risk, lead, rest = parts(item, lang)
    return _words(risk) + _words(lead, BOLD) + _words(rest) if lead else _words(item.text)


# ---------------------------------------------------------------- QGIS print layout, Kyrgyz

OFFICERS = {"Көк-Жайык": "Н. Т. Асанов", "Арча-Булак": "Г. К. Жумабаева", "Таш-Булак": "Э. С. Токтогулов",
            "Кызыл-Үңкүр": "А. Б. Орозбекова"}  # fmt: skip


def _map(ops: list[Op], x0: float, y0: float, w: float, h: float, seed: int) -> None:
    """The map frame: terrain, river, the park boundary, the fire and its breaks, names, grid, legend, scale, arrow."""

    def draw(c) -> None:
        c.setFillColorRGB(0.88, 0.92, 0.84)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)
        c.rect(x0, y0, w, h, 1, 1)
        c.setStrokeColorRGB(0.7, 0.62, 0.5)
        c.setLineWidth(0.4)
        for k in range(9):  # contour lines
            p = c.beginPath()
            p.moveTo(x0, y0 + 40 + k * 62)
            for j in range(1, 9):
                p.lineTo(x0 + j * w / 8, y0 + 40 + k * 62 + ((seed >> j) % 30) - 15)
            c.drawPath(p)
        c.setStrokeColorRGB(0.2, 0.45, 0.85)
        c.setLineWidth(2.2)
        p = c.beginPath()
        p.moveTo(x0 + 40, y0 + h - 20)
        p.curveTo(x0 + 200, y0 + 420, x0 + 330, y0 + 300, x0 + w - 30, y0 + 60)
        c.drawPath(p)
        c.setStrokeColorRGB(0.1, 0.5, 0.1)
        c.setDash(6, 3)
        c.rect(x0 + 25, y0 + 25, w - 50, h - 50, 1, 0)
        c.setDash()
        c.setFillColorRGB(0.92, 0.35, 0.2, alpha=0.55)
        c.setStrokeColorRGB(0.8, 0.05, 0.05)
        c.setLineWidth(1.6)
        p = c.beginPath()
        cx, cy = x0 + w * 0.55, y0 + h * 0.55
        pts = [(cx + (110 + (seed >> k) % 60) * dx, cy + (80 + (seed >> (k + 3)) % 50) * dy)
               for k, (dx, dy) in enumerate(((1, 0), (0.7, 0.8), (0, 1), (-0.8, 0.6), (-1, 0), (-0.6, -0.9),
                                             (0, -1), (0.8, -0.7)))]  # fmt: skip
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.setStrokeColorRGB(0.45, 0.25, 0.05)
        c.setLineWidth(2.5)
        c.line(cx - 170, cy - 140, cx + 40, cy - 170)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont(SANS, 10)
        for name, dx, dy in (("«Тар-Суу» капчыгайы", -0.25, 0.32), ("«Кара-Таш» капчыгайы", 0.12, 0.38),
                             ("Кызыл-Булак айылы", -0.3, -0.2), ("Чоң-Тоо ашуусу", 0.22, -0.3)):  # fmt: skip
            c.drawCentredString(x0 + w * (0.5 + dx), y0 + h * (0.5 + dy), name)
        c.setFont(SANS, 7)
        for k in range(1, 5):  # the grid's coordinates along the frame
            c.drawCentredString(x0 + k * w / 5, y0 + h + 4, f"74°{20 + 4 * k:02d}′")
            c.drawRightString(x0 - 3, y0 + k * h / 5, f"42°{28 + 2 * k:02d}′")
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.6)
        c.rect(x0 + 12, y0 + 12, 190, 104, 1, 1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 10)
        c.drawString(x0 + 20, y0 + 100, "Шарттуу белгилер")
        c.setFont(SANS, 8.5)
        for k, (label, rgb) in enumerate(
            (
                ("Өрттүн чеги", (0.8, 0.05, 0.05)),
                ("Күйгөн аянт", (0.92, 0.35, 0.2)),
                ("Өрткө каршы тилке", (0.45, 0.25, 0.05)),
                ("Парктын чеги", (0.1, 0.5, 0.1)),
                ("Дарыя", (0.2, 0.45, 0.85)),
            )
        ):
            c.setFillColorRGB(*rgb)
            c.rect(x0 + 20, y0 + 84 - 15 * k, 16, 7, 0, 1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x0 + 42, y0 + 84 - 15 * k, label)  # fmt: skip
        c.setFillColorRGB(0, 0, 0)
        for k in range(4):  # the scale bar
            c.rect(x0 + w - 230 + 50 * k, y0 + 22, 50, 5, 1, k % 2 == 0)
        c.setFont(SANS, 8)
        for k in range(5):
            c.drawCentredString(x0 + w - 230 + 50 * k, y0 + 31, str(k))
        c.drawString(x0 + w - 22, y0 + 22, "км")
        p = c.beginPath()
        p.moveTo(x0 + w - 40, y0 + h - 30)
        p.lineTo(x0 + w - 50, y0 + h - 62)
        p.lineTo(x0 + w - 30, y0 + h - 62)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.setFont(BOLD, 12)
        c.drawCentredString(x0 + w - 40, y0 + h - 76, "Т")

    ops.append(draw)


def pdf_qgis_forest_fire_kg(doc: Doc) -> bytes:
    """The park's operational report as QGIS exports its print layout to PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    park = doc.organisation.split("»")[0].removeprefix("«")
    day = f"{when.day}-{KY_MONTHS[when.month - 1]} {when.year}-жыл"
    size, lead = 9.5, 12.2
    page1: list[Op] = []
    page1.append(lambda c: (c.setFillColorRGB(0.13, 0.3, 0.18), c.rect(30, A3H - 92, A3W - 60, 62, 0, 1),
                            c.setFillColorRGB(1, 1, 1), c.setFont(SANS, 12), c.drawString(44, A3H - 50,
                                                                                          doc.organisation),
                            c.setFont(BOLD, 20), c.drawString(44, A3H - 76,
                                                              f"ТОКОЙ ӨРТҮ БОЮНЧА ОПЕРАТИВДИК МААЛЫМАТ № {doc.number}"),
                            c.setFont(SANS, 12), c.drawRightString(A3W - 44, A3H - 76,
                                                                   f"{day}, саат 08:00 абалы боюнча")))  # fmt: skip
    _map(page1, 40, 60, 700, A3H - 175, h)
    px, pw = 770.0, A3W - 30 - 770.0
    area = count(doc, ("каптаган аянт",), 40 + h % 300)
    rows = (("Көрсөткүч", "Маани"), ("Өрт каптаган аянт, га", f"{area:,}".replace(",", " ")),
            ("Активдүү чектер, км", str(count(doc, ("чектеринин",), 2 + h % 9))),
            ("Тартылган адамдар", str(count(doc, ("адамдардын",), 60 + h % 200))),
            ("Тик учактар", str(1 + h % 3)), ("Абанын температурасы, °C", f"+{28 + h % 9}"))  # fmt: skip
    ty = A3H - 122
    page1.append(lambda c: (c.setFillColorRGB(0, 0, 0), c.setFont(BOLD, 11),
                            c.drawString(px, ty, "Негизги көрсөткүчтөр")))  # fmt: skip
    y = ty - 8
    for k, (a, b) in enumerate(rows):
        page1.append(lambda c, y=y, a=a, b=b, hd=k == 0: (
            c.setStrokeColorRGB(0.4, 0.4, 0.4), c.setLineWidth(0.5),
            c.setFillColorRGB(*((0.82, 0.88, 0.82) if hd else (1, 1, 1))), c.rect(px, y - 16, pw * 0.7, 16, 1, 1),
            c.rect(px + pw * 0.7, y - 16, pw * 0.3, 16, 1, 1), c.setFillColorRGB(0, 0, 0),
            c.setFont(BOLD if hd else SANS, 9), c.drawString(px + 4, y - 11.5, a),
            c.drawRightString(px + pw - 4, y - 11.5, b)))  # fmt: skip
        y -= 16
    # the label items: the first beside the map, three on the second page; each holds whole sections
    gap = 22.0
    col = (A3W - 60 - 2 * gap) / 3
    boxes = [(px, y - 24, pw, 60.0, page1)]
    page2: list[Op] = []
    boxes += [(30 + k * (col + gap), A3H - 50, col, 70.0, page2) for k in range(3)]
    blocks = []
    for s in doc.sections:
        lines: list[tuple[list, float, float]] = [([(s.heading, BOLD)], 4.0, 0.0)]
        for it in s.items:
            runs = _item_runs(it, "ky")
            if s.key != "highlights":
                runs = [("•", SANS), *runs]
            wrapped = wrap(runs, min(bx[2] for bx in boxes) - 12, size)
            hang = 0.0 if s.key == "highlights" else 9.0
            lines += [(ln, 0.0, hang if k else 0.0) for k, ln in enumerate(wrapped)]
            lines[-1] = (lines[-1][0], 3.0, lines[-1][2])
        blocks.append((lines, sum(lead + after for _, after, _ in lines) + 10))
    # the officer put the first three sections beside the map and spread the rest over the second page by eye
    target = sum(high for _, high in blocks[3:]) / 3
    b, cy, used = 0, boxes[0][1], 0.0
    for k, (lines, high) in enumerate(blocks):
        if k == 3 or (k > 3 and b < 3 and used > 0 and used + high / 2 > target):
            b, cy, used = b + 1, boxes[b + 1][1], 0.0
        used += high
        bx, _, _, _, ops = boxes[b]
        for ln, after, indent in lines:
            ops.append(lambda c, y=cy, ln=ln, x=bx + indent: (c.setFillColorRGB(0, 0, 0), line(c, x, y, ln, size)))
            cy -= lead + after
        cy -= 10
    shot = when - timedelta(days=1)
    credits = (f"Даярдаган: ГМС адиси {OFFICERS[park]}   ·   Координаттар системасы: WGS 84 / UTM 43N   ·   "
               f"Космостук сүрөт: Sentinel-2, {shot.day}-{KY_MONTHS[shot.month - 1]}   ·   QGIS 3.34")  # fmt: skip
    for ops in (page1, page2):
        ops.append(lambda c: (c.setFillColorRGB(0.3, 0.3, 0.3), c.setFont(SANS, 8), c.drawString(30, 24, credits)))
    return pdf([page1, page2], (A3W, A3H), {"title": f"ОМ_{doc.number}_{when:%Y%m%d}", "author": OFFICERS[park],
                                            "creator": "QGIS 3.34.6-Prizren", "producer": "Qt 5.15.13"})  # fmt: skip


# ---------------------------------------------------------------- Google Slides, Spanish

SW, SH = 720.0, 405.0
NAVY, RED = (0.0, 0.2, 0.45), (0.85, 0.1, 0.15)
REGIONS = {"Los Cóndores": "Valparaíso", "Paso Huemul": "Aysén", "Laguna Verde": "Atacama",
           "Río Grande Norte": "Magallanes"}  # fmt: skip


def _slide_frame(ops: list[Op], n: int) -> None:
    ops.append(lambda c: (c.setFillColorRGB(*NAVY), c.rect(0, 0, 40, 6, 0, 1), c.setFillColorRGB(*RED),
                          c.rect(40, 0, 40, 6, 0, 1), c.setFillColorRGB(0.35, 0.35, 0.35), c.setFont(BOLD, 8),
                          c.drawString(24, 14, "Gobierno de Chile"), c.setFont(SANS, 9),
                          c.drawRightString(SW - 24, 14, str(n))))  # fmt: skip


def pdf_gslides_border_cl(doc: Doc) -> bytes:
    """The border complex's report as Google Slides downloads the deck as PDF."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    complex_ = doc.organisation.removeprefix("Complejo Fronterizo ")
    region = REGIONS[complex_]
    day = f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}"
    slides: list[list[Op]] = [[]]
    slides[0].append(lambda c: (c.setFillColorRGB(*NAVY), c.rect(0, 0, SW, SH, 0, 1), c.setFillColorRGB(1, 1, 1),
                                c.setFont(BOLD, 12), c.drawString(48, SH - 60, "Gobierno de Chile"),
                                c.setFont(SANS, 13), c.drawString(48, SH - 80,
                                                                  f"Delegación Presidencial Regional de {region}"),
                                c.setFont(BOLD, 30), c.drawString(48, 200, f"Reporte de situación N° {doc.number}"),
                                c.setFont(SANS, 18), c.drawString(48, 170, f"Operativo {doc.organisation}"),
                                c.setFont(SANS, 14), c.drawString(48, 130, f"{day} · 08:00 horas")))  # fmt: skip
    cards = (
        ("Pasajeros (24 h)", f"{count(doc, ('pasajeros',), 2000 + h % 9000):,}".replace(",", ".")),
        ("Vehículos en fila", f"{count(doc, ('fila',), 200 + h % 900):,}".replace(",", ".")),
        ("Espera promedio", f"{count(doc, ('espera',), 2 + h % 9)} h"),
        ("Buses atendidos", str(count(doc, ("buses internacionales",), 20 + h % 60))),
    )
    figs: list[Op] = [lambda c: (c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(BOLD, 24),
                                 c.drawString(40, SH - 62, "Cifras del día"))]  # fmt: skip
    for k, (label, value) in enumerate(cards):
        x = 40 + k * 164
        figs.append(lambda c, x=x, label=label, value=value: (
            c.setFillColorRGB(0.93, 0.95, 0.98), c.roundRect(x, 150, 150, 130, 8, 0, 1), c.setFillColorRGB(*NAVY),
            c.setFont(BOLD, 30), c.drawCentredString(x + 75, 215, value), c.setFillColorRGB(0.3, 0.3, 0.3),
            c.setFont(SANS, 12), c.drawCentredString(x + 75, 180, label)))  # fmt: skip
    slides.append(figs)
    for s in doc.sections:
        size = 22.0 if s.key == "highlights" else 18.0
        lead = size * 1.3
        room = SW - 120
        ops: list[Op] = []
        title = s.heading
        y = SH - 120.0

        def start(title: str) -> list[Op]:
            new: list[Op] = [lambda c, t=title: (c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(BOLD, 24),
                                                 c.drawString(40, SH - 62, t), c.setFillColorRGB(*RED),
                                                 c.rect(40, SH - 76, 60, 3, 0, 1))]  # fmt: skip
            slides.append(new)
            return new

        ops = start(title)
        for it in s.items:
            risk, lead_word, rest = parts(it, "es")
            bullets = [(0, _words(risk))]
            if lead_word:
                bullets.append((1, _words(lead_word, BOLD) + _words(rest)))
            placed = [(level, wrap(words, room - 28 * level, size - 2 * level)) for level, words in bullets]
            if y - sum(len(lines) * lead + 8 for _, lines in placed) < 40:  # the author moves the whole point on
                ops, y = start(f"{title} (cont.)"), SH - 120.0
            for level, lines in placed:
                fs, x = size - 2 * level, 60 + 28 * level
                mark = "●" if level == 0 else "○"
                ops.append(lambda c, y=y, x=x, fs=fs, m=mark: (c.setFillColorRGB(0.2, 0.2, 0.2),
                                                               c.setFont(SANS, fs * 0.6),
                                                               c.drawString(x - 18, y + fs * 0.15, m)))  # fmt: skip
                for ln in lines:
                    ops.append(lambda c, y=y, x=x, ln=ln, fs=fs: (c.setFillColorRGB(0.2, 0.2, 0.2),
                                                                  line(c, x, y, ln, fs)))  # fmt: skip
                    y -= lead * (1 - 0.1 * level)
                y -= 8
    contact = f"Contacto: Unidad de Pasos Fronterizos · +56 2 2{h % 900 + 100} {h % 9000 + 1000}"
    last: list[Op] = [lambda c: (c.setFillColorRGB(*NAVY), c.rect(0, 0, SW, SH, 0, 1), c.setFillColorRGB(1, 1, 1),
                                 c.setFont(BOLD, 26), c.drawString(48, 220, "Próximo reporte: mañana, 08:00 horas"),
                                 c.setFont(SANS, 14), c.drawString(48, 185, contact))]  # fmt: skip
    slides.append(last)
    for n, ops in enumerate(slides[1:-1], start=2):
        _slide_frame(ops, n)
    return pdf(slides, (SW, SH), {"title": f"Reporte de situación {complex_} N°{doc.number}", "author": "",
                                  "creator": "", "producer": "Skia/PDF m126 Google Docs Renderer"})  # fmt: skip
