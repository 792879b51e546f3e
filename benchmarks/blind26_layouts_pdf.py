"""PDF writers of the ``blind26_layouts`` set.

A district council's flood response update report to its Overview and Scrutiny Committee as it stands in the
meeting's agenda pack, the PDF that the committee management system (modern.gov style) publishes: every page numbered
by the pack ("Page 47", the report's pages somewhere in the middle of the pack), "Agenda Item 8" boxed at the top
right of the report's first page, the council's name, the report's cover grid (Report to / Date of meeting / Report
of / Portfolio / Wards affected / Key decision / Exempt) ruled in a table, the title in bold, then the council's
report template: "1. Purpose of the report" and "2. Recommendation" with one paragraph each, the update's sections
numbered on from "3." in bold, every paragraph numbered "3.1", "3.2" in the margin with the text hung beside the
number, the resources section's two sub-headings in bold italics with no number and its paragraphs numbered on
across both ("6.1" … "6.5"), "Management action:" in bold inside a risk's paragraph, then the "Implications"
section of the template (legal, equalities, climate), "Background papers" and the contact officer's block.

And a local resilience forum's recovery co-ordinating group's weekly recovery update as a draft circulated for
partners' comments: Word's line numbering switched on (every line of text numbered in the left margin from 1 on
each page, tables and the header and footer not counted) and a grey "DRAFT" watermark across each page, saved to
PDF; "DRAFT v0.4 – NOT FOR WIDER CIRCULATION" and "OFFICIAL-SENSITIVE" in the header, the forum and group, the
update's number and "Position as at 16:00, …", Heading 1 headings in blue, the workstreams as Heading 2 under the
itemless "Recovery by workstream", "•" points with a hanging indent, "Mitigating action:" in bold inside a risk's
point, the version control table at the end and "Page 1 of 2".
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, Run, draw_line, fonts, wrap
from blind26_layouts_content import parts
from council_layouts_gold import Doc, Item

PW, PH = 595.28, 841.89
ITALIC_BOLD = "B26Sans-BoldItalic"
Op = Callable[[object], None]


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts()
    if ITALIC_BOLD not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont(ITALIC_BOLD, "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf")
        )


def item_runs(item: Item, lang: str) -> list[Run]:
    """An item's words with their fonts, the mitigation's lead in bold."""
    risk, lead, rest = parts(item, lang)
    words = [(w, SANS) for w in risk.split()]
    if lead:
        words += [(w, BOLD) for w in lead.split()] + [(w, SANS) for w in rest.split()]
    return words


def plain(text: str, font: str = SANS) -> list[Run]:
    return [(w, font) for w in text.split()]


class Pages:
    """Lines laid down pages between margins; each page's drawing operations and the baselines of its numbered
    lines (for Word's line numbering)."""

    def __init__(self, left: float, right: float, top: float, bottom: float, size: float, lead: float) -> None:
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.size, self.lead = size, lead
        self.pages: list[list[Op]] = [[]]
        self.numbered: list[list[float]] = [[]]
        self.y = top

    def put(self, op: Op) -> None:
        self.pages[-1].append(op)

    def need(self, h: float) -> None:
        if self.y - h < self.bottom:
            self.pages.append([])
            self.numbered.append([])
            self.y = self.top

    def para(self, words: list[Run], x: float = 0.0, label: str = "", label_font: str = SANS, size: float = 0.0,
             after: float = 6.0, colour: tuple = (0, 0, 0), keep: int = 1) -> None:  # fmt: skip
        """A paragraph from ``x`` (past the left margin), ``label`` (a number or bullet) at the margin."""
        size = size or self.size
        lines = wrap(words, self.right - self.left - x, size)
        self.need(self.lead * keep)
        for k, line in enumerate(lines):
            self.need(self.lead)
            yy = self.y
            if k == 0 and label:
                self.put(
                    lambda c, t=label, f=label_font, s=size, y=yy: (c.setFont(f, s), c.drawString(self.left, y, t))
                )
            self.put(lambda c, ln=line, y=yy, s=size, col=colour: (c.setFillColorRGB(*col),
                     draw_line(c, self.left + x, y, ln, s), c.setFillColorRGB(0, 0, 0)))  # fmt: skip
            self.numbered[-1].append(yy)
            self.y -= self.lead * size / self.size
        self.y -= after


def _render(pages: Pages, title: str, author: str, decorate: Callable[[object, int, int], None]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft® Word for Microsoft 365")
    total = len(pages.pages)
    for n, page in enumerate(pages.pages, start=1):
        decorate(c, n, total)
        for op in page:
            op(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- the committee report in its agenda pack

COUNCILS = {"Ashdown Vale": ("Helen Marsh", "Flood Recovery Manager", "01892 602 418", 41),
            "Brockley Marsh": ("Daniel Okafor", "Emergency Planning Lead", "01553 616 230", 23),
            "Eastwold": ("Priya Raman", "Head of Community Safety", "01502 523 117", 67),
            "Tamebridge": ("Gareth Lloyd", "Resilience and Recovery Officer", "0121 464 3305", 35)}  # fmt: skip


def pdf_agenda_pack_gb(doc: Doc) -> bytes:
    """The update report as printed in the committee's agenda pack."""
    _fonts()
    when = report_day(doc)
    place = doc.organisation.replace(" District Council", "").replace(" Borough Council", "")
    officer, post, phone, first_page = COUNCILS[place]
    meeting = f"{when.day} {when:%B %Y}"
    out = Pages(70.0, PW - 62.0, PH - 120.0, 70.0, 11.5, 15.0)
    out.put(lambda c: (c.setLineWidth(1), c.rect(PW - 170, PH - 62, 108, 24), c.setFont(BOLD, 12),
                       c.drawCentredString(PW - 116, PH - 54, "Agenda Item 8")))  # fmt: skip
    out.y = PH - 96
    out.para(plain(doc.organisation.upper(), BOLD), size=14, after=12)
    grid = (("Report to:", "Overview and Scrutiny Committee"), ("Date of meeting:", meeting),
            ("Report of:", "Director of Communities and Environment"),
            ("Portfolio:", "Cabinet Member for Environment and Community Safety"), ("Wards affected:", "All"),
            ("Key decision:", "No"), ("Exempt:", "No"))  # fmt: skip
    row = 19.0
    top = out.y + 13
    for k, (label, value) in enumerate(grid):
        yy = top - row * (k + 1) + 6

        def cell(c, lab=label, val=value, y=yy, t=top - row * k) -> None:
            c.setLineWidth(0.5)
            c.rect(out.left, t - row, 150, row)
            c.rect(out.left + 150, t - row, out.right - out.left - 150, row)
            c.setFont(BOLD, 10.5)
            c.drawString(out.left + 5, y, lab)
            c.setFont(SANS, 10.5)
            c.drawString(out.left + 155, y, val)

        out.put(cell)
    out.y = top - row * len(grid) - 26
    out.para(plain(f"Flood Response – Update Report {doc.number}", BOLD), size=14, after=14)
    out.para(plain("1. Purpose of the report", BOLD), after=8)
    out.para(plain(f"This report updates the Committee on the Council's response to the flooding and on the "
                   f"recovery of the affected communities since the last update. It reflects the position on "
                   f"{meeting}."),
             x=40, label="1.1")  # fmt: skip
    out.y -= 4
    out.para(plain("2. Recommendation", BOLD), after=8)
    out.para(plain("That the Committee notes the update and comments on the recovery arrangements set out in "
                   "this report."), x=40, label="2.1")  # fmt: skip
    number, sub = 2, 0
    for s in doc.sections:
        if s.level == 1:
            number += 1
            sub = 0
            out.y -= 4
            out.para(plain(s.heading, BOLD), after=8, keep=3)
        else:
            out.para(plain(s.heading, ITALIC_BOLD), x=40, after=6, keep=3)
        for it in s.items:
            sub += 1
            out.para(item_runs(it, "council"), x=40, label=f"{number}.{sub}")
    number += 1
    out.y -= 4
    out.para(plain(f"{number}. Implications", BOLD), after=8, keep=3)
    notes = ("Legal: The Council acts under the Civil Contingencies Act 2004 and its duties as a local housing "
             "authority. There are no further legal implications arising from this report.",
             "Equalities: An equality impact assessment of the recovery grants was completed and is kept under "
             "review.", "Climate and environment: The recovery plan includes natural flood management measures "
             "agreed with the Environment Agency.")  # fmt: skip
    for k, note in enumerate(notes, start=1):
        out.para(plain(note), x=40, label=f"{number}.{k}")
    out.y -= 4
    out.para(plain("Background papers: None.", BOLD), after=10)
    for line in ("Contact officer:", f"{officer}, {post}", f"Telephone: {phone}",
                 f"Email: {officer.split()[0].lower()}.{officer.split()[-1].lower()}@{place.lower().replace(' ', '')}"
                 ".gov.uk"):  # fmt: skip
        out.para(plain(line), after=1)

    def pack(c, n: int, total: int) -> None:
        c.setFont(SANS, 10)
        c.drawCentredString(PW / 2, 36, f"Page {first_page + n - 1}")

    return _render(out, f"Agenda item 8 – Flood response update {doc.number}", "Democratic Services", pack)


# ---------------------------------------------------------------- the draft with Word's line numbering

FORUMS = {"Westmarch": ("Karen Doyle", "LRF Recovery Lead"), "Northfold": ("Simon Achebe", "RCG Secretariat"),
          "Severnside": ("Laura Jenkins", "Recovery Co-ordinator"),
          "Calderdale and Kirkby": ("Tom Whitaker", "LRF Partnership Manager")}  # fmt: skip
BLUE = (0.18, 0.33, 0.59)


def pdf_line_numbered_draft_gb(doc: Doc) -> bytes:
    """The recovery update as a draft with line numbers and a watermark, saved from Word."""
    _fonts()
    when = report_day(doc)
    forum = doc.organisation.removesuffix(" Local Resilience Forum")
    author = FORUMS[forum][0]
    version = f"0.{doc.number + 2}"
    out = Pages(72.0, PW - 72.0, PH - 86.0, 78.0, 11.0, 15.0)
    out.para(plain(f"{doc.organisation} – Recovery Co-ordinating Group", BOLD), size=15, after=6)
    out.para(plain(f"Recovery Update {doc.number}", BOLD), size=13, after=4)
    out.para(plain(f"Position as at 16:00, {when:%A} {when.day} {when:%B %Y}"), after=12)
    for s in doc.sections:
        out.y -= 6
        big = 13.0 if s.level == 1 else 11.5
        out.para(plain(s.heading, BOLD), size=big, colour=BLUE, after=6, keep=3)
        for it in s.items:
            out.para(item_runs(it, "rcg"), x=18, label="•", after=4)
    out.y -= 10
    out.need(120)
    out.para(plain("Version control", BOLD), after=6)
    rows = [("Version", "Date", "Author", "Comment")]
    last = doc.number + 2
    rows += [(f"0.{k}", f"{when - timedelta(days=last - k):%d/%m/%Y}", author,
              "First draft" if k == 1 else "Comments from partners") for k in range(1, last + 1)]  # fmt: skip
    top = out.y + 12
    cols = (0.0, 60.0, 140.0, 270.0, out.right - out.left)
    for k, row in enumerate(rows):

        def trow(c, r=row, t=top - 16 * k, head=k == 0) -> None:
            c.setLineWidth(0.5)
            for a, b in pairwise(cols):
                c.rect(out.left + a, t - 16, b - a, 16)
            c.setFont(BOLD if head else SANS, 9.5)
            for a, text in zip(cols, r, strict=False):
                c.drawString(out.left + a + 4, t - 11.5, text)

        out.put(trow)
    out.y = top - 16 * len(rows)
    numbered = out.numbered

    def frame(c, n: int, total: int) -> None:
        c.saveState()
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.setFont(BOLD, 120)
        c.translate(PW / 2, PH / 2)
        c.rotate(45)
        c.drawCentredString(0, -40, "DRAFT")
        c.restoreState()
        c.setFont(SANS, 8.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(72, PH - 44, f"DRAFT v{version} – NOT FOR WIDER CIRCULATION")
        c.drawRightString(PW - 72, PH - 44, "OFFICIAL-SENSITIVE")
        for k, y in enumerate(numbered[n - 1], start=1):
            c.drawRightString(72 - 16, y, str(k))
        c.drawCentredString(PW / 2, 40, f"Page {n} of {total}")
        c.setFillColorRGB(0, 0, 0)

    return _render(out, f"DRAFT Recovery Update {doc.number} v{version}", author, frame)
