"""Slide writer of the ``blind49_layouts`` set drawn with reportlab: a Canadian provincial archives' briefing on a
flood in its storage vaults, a Keynote deck exported to PDF (File › Export To › PDF, one slide a page).

The archives' briefing deck for the deputy minister, made in Keynote on the "Basic White" theme and exported to PDF
at the slide's size (16:9), a slide on each page, no notes: the title slide (the briefing's title, the archives'
name, the date written "January 16, 2026" and "Prepared for the Deputy Minister"), an "Agenda" slide listing the
sections, then a slide per section — its title top left in bold, the summary slide's messages as paragraphs, the
other slides' points after "•" in the body placeholder, which Keynote shrinks to fit when a slide holds more text,
a risk's "Mitigation:" in bold on a line of its own inside the risk's point (typed after a line break, Shift-Return,
so without a bullet of its own) —, the archives' logo in the top right corner of every section slide (a picture),
the archives' name and the slide number at the foot, and a closing "Questions?" slide with the contact's name and
e-mail. "$3,400", "$1.25 million", "1,250", "January 16", "(previous briefing: 5)".
"""

from __future__ import annotations

import io
import zlib

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind47_layouts_print import wrap
from blind47_layouts_word import logo
from blind49_layouts_banks_north import VAULTS
from blind49_layouts_content import parts
from council_layouts_gold import Doc

ARCHIVES = (("PAA", (0x00, 0x33, 0x66), "Leslie Chan", "leslie.chan@gov.ab.ca"),
            ("AM", (0x00, 0x5E, 0x3C), "Marc Gauthier", "marc.gauthier@gov.mb.ca"),
            ("PANB", (0x8A, 0x1C, 0x2B), "Renée Cormier", "renee.cormier@gnb.ca"),
            ("NSA", (0x1F, 0x4E, 0x79), "Ian MacLeod", "ian.macleod@novascotia.ca"))  # fmt: skip
W, H = 960, 540
LEFT, RIGHT, TOP, BOTTOM = 64, 896, 404, 70  # the body placeholder
INDENT = 30  # the text after the bullet


def _blocks(section, lang: str = "ca") -> list[tuple[str, str, str]]:
    """(text, lead, rest after the lead) of each paragraph of a section's body placeholder."""
    out = []
    for it in section.items:
        risk, lead, rest = parts(it, lang)
        out.append((risk, lead, rest) if lead else (it.text, "", ""))
    return out


def _layout(blocks, bullets: bool, size: float) -> tuple[list[list[tuple[str, bool]]], float]:
    """The lines of every paragraph at ``size`` (each line with whether it opens with the bold lead), and their
    height."""
    width = RIGHT - LEFT - (INDENT if bullets else 0)
    paras, height = [], 0.0
    for text, lead, rest in blocks:
        lines = [(ln, False) for ln in wrap(text, "Sans", size, width)]
        if lead:  # the line break typed before the lead: a new line, no new bullet
            more = wrap(f"{lead} {rest}", "Sans", size, width - size)  # the bold lead is a little wider
            lines += [(ln, n == 0) for n, ln in enumerate(more)]
        paras.append(lines)
        height += len(lines) * size * 1.2 + size * 0.6
    return paras, height


def _fit(blocks, bullets: bool) -> tuple[list, float]:
    """Keynote's "shrink text to fit": the largest size, 28 pt down, at which the body fits its placeholder."""
    size = 28.0 if not bullets else 24.0
    while True:
        paras, height = _layout(blocks, bullets, size)
        if height <= TOP - BOTTOM or size <= 12:
            return paras, size
        size -= 1


def pdf_keynote_deck_ca(doc: Doc) -> bytes:
    """The archives' briefing deck as Keynote exports it to PDF."""
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    fonts()
    when = report_day(doc)
    k = VAULTS.organisations.index(doc.organisation)
    short, rgb, contact, mail = ARCHIVES[k]
    h = zlib.crc32(doc.title.encode())
    grey = HexColor("#8c8c8c")
    pic = ImageReader(io.BytesIO(logo(rgb, short)))
    out = io.BytesIO()
    c = Canvas(out, pagesize=(W, H))
    title = f"Vault flood – briefing {doc.number}"
    c.setTitle(title)
    c.setAuthor(contact)
    c.setCreator("Keynote")
    c.setProducer(f"macOS Version 15.{h % 4} (Build 24D{60 + h % 30}) Quartz PDFContext")

    def foot(number: int) -> None:
        c.drawImage(pic, W - 64 - 66, H - 30 - 44, width=66, height=44)
        c.setFillColor(grey)
        c.setFont("Sans", 11)
        c.drawString(LEFT, 30, doc.organisation)
        c.drawRightString(RIGHT, 30, str(number))
        c.setFillColor(black)

    # the title slide
    c.setFont("Sans-Bold", 50)
    c.drawCentredString(W / 2, 300, title)
    c.setFont("Sans", 26)
    c.drawCentredString(W / 2, 250, doc.organisation)
    c.setFillColor(grey)
    c.setFont("Sans", 20)
    c.drawCentredString(W / 2, 190, f"{when:%B} {when.day}, {when.year}")
    c.drawCentredString(W / 2, 160, "Prepared for the Deputy Minister")
    c.setFillColor(black)
    c.showPage()
    # the agenda
    c.setFont("Sans-Bold", 40)
    c.drawString(LEFT, 440, "Agenda")
    c.setFont("Sans", 22)
    y = TOP - 10
    for s in doc.sections:
        c.drawString(LEFT, y, "•")
        c.drawString(LEFT + INDENT, y, s.heading)
        y -= 30
    foot(2)
    c.showPage()
    for n, s in enumerate(doc.sections, start=3):
        c.setFont("Sans-Bold", 40)
        c.drawString(LEFT, 440, s.heading)
        bullets = s.key != "highlights"
        paras, size = _fit(_blocks(s), bullets)
        y = TOP - size
        x = LEFT + (INDENT if bullets else 0)
        for lines in paras:
            if bullets:
                c.setFont("Sans", size)
                c.drawString(LEFT, y, "•")
            for line, bold in lines:
                if bold:
                    lead, _, rest = line.partition(":")
                    c.setFont("Sans-Bold", size)
                    c.drawString(x, y, lead + ":")
                    c.setFont("Sans", size)
                    c.drawString(x + c.stringWidth(lead + ": ", "Sans-Bold", size), y, rest.strip())
                else:
                    c.setFont("Sans", size)
                    c.drawString(x, y, line)
                y -= size * 1.2
            y -= size * 0.6
        foot(n)
        c.showPage()
    # the closing slide
    c.setFont("Sans-Bold", 54)
    c.drawCentredString(W / 2, 290, "Questions?")
    c.setFont("Sans", 22)
    c.setFillColor(grey)
    c.drawCentredString(W / 2, 230, f"{contact} · {mail}")
    c.setFillColor(black)
    foot(len(doc.sections) + 3)
    c.showPage()
    c.save()
    return out.getvalue()
