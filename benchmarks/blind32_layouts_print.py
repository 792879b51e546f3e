"""PDF helpers of the ``blind32_layouts`` set, and its Scribus writer.

A Portuguese marine institute's regional delegation's weekly marine biotoxin bulletin ("Boletim de Biotoxinas
Marinhas") for shellfish harvesters, growers and the port authorities, laid out by the delegation in Scribus from its
newsletter template and exported to PDF (Scribus names itself creator and producer): A4, a teal masthead band (the
institute, the bulletin's name, the number and date), under it a full-width table "Estado das zonas de produção"
(each production zone's code, species, status and the last toxin result, in µg/kg — figures that are not items), then
the text in three justified columns, the text frames linked so that a point runs on from the foot of one column to the
head of the next and onto the next page; each section a bold teal heading, the highlights as paragraphs, the others
"•" points with a hanging indent, "Medidas de controlo:" bold inside a risk's point; on page one the template's
picture frame and its caption head the first column, and its "Legenda" box (the statuses) and framed "Mais
informações" box (the green line and the website) head the third; the footer (the institute, the delegation and the
page number alone).
"3 400 €", "1,25 milhões de euros", "1 250", "12 %", "16 de janeiro", "(boletim anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, fonts, width, wrap
from blind32_layouts_content import PT_MONTHS, parts
from council_layouts_gold import Doc

Op = Callable[[object], object]
A4W, A4H = 595.28, 841.89
Run = tuple[str, str]
SERIF, SERIF_BOLD = "B32Serif", "B32Serif-Bold"


def serif() -> None:
    """Liberation Serif (Times' metrics) under this set's names, beside the shared sans."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((SERIF, "Regular"), (SERIF_BOLD, "Bold")):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation2/LiberationSerif-{file}.ttf"))


def runs(item, lang: str, font: str = SANS, bold: str = BOLD) -> list[Run]:
    """An item's words with their fonts, the mitigation's lead in bold."""
    risk, lead, rest = parts(item, lang)
    words = [(w, font) for w in risk.split()]
    return words + [(w, bold) for w in lead.split()] + [(w, font) for w in rest.split()] if lead else words


def line(c, x: float, y: float, words: list[Run], size: float, justify: float = 0.0) -> None:
    """A line drawn a font run at a time; with ``justify`` (the frame's width) the spaces are stretched to fill it,
    word by word, as a layout program places justified text."""
    if justify and len(words) > 1:
        used = sum(width(w, f, size) for w, f in words)
        gap = (justify - used) / (len(words) - 1)
        for w, f in words:
            c.setFont(f, size)
            c.drawString(x, y, w)
            x += width(w, f, size) + gap
        return
    k = 0
    while k < len(words):
        font = words[k][1]
        j = k
        while j < len(words) and words[j][1] == font:
            j += 1
        text = " ".join(w for w, _ in words[k:j]) + (" " if j < len(words) else "")
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += width(text, font, size)
        k = j


def pdf(pages: list[list[Op]], size: tuple[float, float], meta: dict[str, str]) -> bytes:
    """The pages drawn in turn; ``meta`` the document information (title, author, creator, producer)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle(meta.get("title", ""))
    c.setAuthor(meta.get("author", ""))
    c.setCreator(meta.get("creator", ""))
    c._doc.info.producer = meta.get("producer", "")
    for page in pages:
        for op in page:
            op(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- Scribus, three columns, Portuguese

TEAL = (0.0, 0.42, 0.45)
ZONES = {"Norte": (("L1", "Foz do Cávado Sul"), ("L2", "Esposende Mar"), ("RIA1", "Ria de Cortegaça")),
         "Centro": (("L4", "Praia da Vagueira Sul"), ("RIA3", "Ria de Carrapal"), ("L5", "Lagoa de Santa Luzia")),
         "Oeste": (("L5", "Lagoa de Santa Luzia"), ("L6", "Baleal Norte"), ("LOB", "Lagoa de Óbidos Nova")),
         "Sul": (("L8", "Sagres Mar"), ("RIA7", "Ria de Alvade"), ("L9", "Cacela Ocidental"))}  # fmt: skip
SPECIES = ("Mexilhão", "Berbigão", "Amêijoa-boa", "Ostra", "Lambujinha")
STATES = ("Interdita", "Aberta", "Interdição parcial", "Interdita")
SIZE, LEAD = 9.2, 12.0
PHOTOS = (
    "Jangadas de mexilhão na zona de produção. Foto: IMP",
    "Recolha de amostras de berbigão. Foto: IMP",
    "Apanha de bivalves na maré vazia. Foto: IMP",
)


def pdf_scribus_biotoxinas_pt(doc: Doc) -> bytes:
    """The weekly biotoxin bulletin as Scribus exports it, three linked columns under the zones table."""
    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    region = doc.organisation.rsplit(" ", 1)[-1]
    margin, gap = 36.0, 14.0
    col = (A4W - 2 * margin - 2 * gap) / 3
    zones = ZONES[region]
    table_top = A4H - 112
    table_bottom = table_top - 18 - 13 * (len(zones) * 2)
    # the third column of page one opens with the template's boxes (key to the table, contacts); text flows below
    first = [(margin + k * (col + gap), table_bottom - 18 - (128 if k == 2 else 0)) for k in range(3)]
    later = [(margin + k * (col + gap), A4H - 50) for k in range(3)]
    foot = 62.0
    pages: list[list[Op]] = [[]]
    frames = list(first)
    fx, y = frames.pop(0)
    # the template's picture frame and its caption head the first column; the text frame flows below them
    caption = PHOTOS[h % len(PHOTOS)]
    pages[0].append(lambda c, x=fx, y=y: (c.setFillColorRGB(0.8, 0.85, 0.86), c.rect(x, y - 110, col, 110, 0, 1),
                                          c.setFillColorRGB(0.3, 0.3, 0.3), c.setFont("B23Sans-Italic", 7.5),
                                          [c.drawString(x, y - 121 - 9 * k, " ".join(w for w, _ in ln))
                                           for k, ln in enumerate(wrap([(w, SANS) for w in caption.split()], col,
                                                                       7.5))]))  # fmt: skip
    y -= 150

    def need(height: float) -> None:
        nonlocal fx, y, frames
        if y - height >= foot:
            return
        if not frames:
            pages.append([])
            frames = list(later)
        fx, y = frames.pop(0)

    for s in doc.sections:
        need(LEAD * 3 + 8)
        y -= 6
        pages[-1].append(lambda c, x=fx, y=y, t=s.heading: (c.setFillColorRGB(*TEAL), c.setFont(BOLD, 10.5),
                                                          c.drawString(x, y, t)))  # fmt: skip
        y -= LEAD + 2
        bullets = s.key != "highlights"
        indent = 8.0 if bullets else 0.0
        for it in s.items:
            lines = wrap(runs(it, "pt"), col - indent, SIZE)
            for k, ln in enumerate(lines):
                need(LEAD)  # a point runs on in the next frame: the frames are linked
                last = k == len(lines) - 1
                if k == 0 and bullets:
                    pages[-1].append(lambda c, x=fx, y=y: (c.setFillColorRGB(0.1, 0.1, 0.1), c.setFont(SANS, SIZE),
                                                           c.drawString(x, y, "•")))  # fmt: skip
                pages[-1].append(lambda c, x=fx + indent, y=y, ln=ln, j=0.0 if last else col - indent: (
                    c.setFillColorRGB(0.1, 0.1, 0.1), line(c, x, y, ln, SIZE, j)))  # fmt: skip
                y -= LEAD
            y -= 3

    def masthead(c) -> None:
        c.setFillColorRGB(*TEAL)
        c.rect(0, A4H - 92, A4W, 92, 0, 1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(SANS, 9)
        c.drawString(margin, A4H - 26, doc.organisation.upper())
        c.setFont(BOLD, 24)
        c.drawString(margin, A4H - 58, "Boletim de Biotoxinas Marinhas")
        c.setFont(SANS, 11)
        c.drawString(margin, A4H - 78, f"N.º {doc.number}  |  {when.day} de {PT_MONTHS[when.month - 1]} de {when.year}")
        c.setFillColorRGB(*TEAL)
        c.setFont(BOLD, 9.5)
        c.drawString(margin, table_top + 4, "Estado das zonas de produção")
        heads = ("Código", "Zona", "Espécie", "Estado", "PSP (µg/kg)")
        xs = (margin, margin + 50, margin + 200, margin + 300, margin + 420)
        c.setFillColorRGB(0.88, 0.94, 0.94)
        c.rect(margin, table_top - 15, A4W - 2 * margin, 14, 0, 1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 8)
        for x, t in zip(xs, heads, strict=True):
            c.drawString(x + 3, table_top - 11, t)
        c.setFont(SANS, 8)
        yy = table_top - 28
        for k, (code, zone) in enumerate(zones):
            for j in range(2):
                g = (h >> (3 * k + j)) % 997
                cells = (code, zone, SPECIES[(k + j + h) % len(SPECIES)], STATES[g % 4], f"{g * 7 + 120}")
                for x, t in zip(xs, cells, strict=True):
                    c.drawString(x + 3, yy, t)
                c.setStrokeColorRGB(0.75, 0.75, 0.75)
                c.line(margin, yy - 4, A4W - margin, yy - 4)
                yy -= 13

    def boxes(c, x=margin + 2 * (col + gap), y=table_bottom - 18) -> None:
        c.setFillColorRGB(0.88, 0.94, 0.94)
        c.rect(x, y - 56, col, 56, 0, 1)
        c.setFillColorRGB(*TEAL)
        c.setFont(BOLD, 8.5)
        c.drawString(x + 5, y - 12, "Legenda")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(SANS, 7.5)
        for k, t in enumerate(("Interdita: apanha proibida", "Interdição parcial: só com depuração",
                               "Aberta: apanha e venda livres")):  # fmt: skip
            c.drawString(x + 5, y - 24 - 10 * k, t)
        c.setStrokeColorRGB(*TEAL)
        c.rect(x, y - 112, col, 46, 1, 0)
        c.setFillColorRGB(*TEAL)
        c.setFont(BOLD, 8.5)
        c.drawString(x + 5, y - 78, "Mais informações")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(SANS, 8)
        c.drawString(x + 5, y - 91, f"Linha verde: 800 20{h % 10} 3{h % 90:02d}")
        c.drawString(x + 5, y - 103, "www.imp-biotoxinas.example")

    pages[0][:0] = [masthead, boxes]
    for n, page in enumerate(pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0.35, 0.35, 0.35), c.setFont(SANS, 7.5),
                                    c.drawString(margin, 32, f"Instituto do Mar e da Pesca · Delegação {region}"),
                                    c.drawCentredString(A4W / 2, 32, str(n)),  # the page number field alone
                                    c.drawRightString(A4W - margin, 32, f"Boletim n.º {doc.number}")))  # fmt: skip
    return pdf(pages, (A4W, A4H), {"title": f"Boletim de Biotoxinas Marinhas n.º {doc.number}",
                                   "author": f"Delegação {region}", "creator": "Scribus 1.6.2",
                                   "producer": "Scribus PDF Library 1.6.2"})  # fmt: skip
