"""PDF writers of the ``blind32_layouts`` set (reportlab, with ``blind32_layouts_print``'s helpers).

A courts and tribunals service region's daily incident sitrep on a case management system outage, sent by the
regional incident lead from Outlook as an HTML message and printed by a court manager from Thunderbird to "Save to
PDF": the page header and footer of the print engine (the message's subject at the top left; "1 of 2" at the foot's
left and the date and time at its right), the message header block Thunderbird prints (Subject, From, Date, To, CC with
their labels in bold, a rule beneath), then the body as rendered — the greeting and covering line, the title bold, the
"Position as at" line, each section a bold line, the summary as paragraphs, the other points list items whose disc
markers the print engine draws as filled circles (not as text), "Mitigating action:" bold inside a risk's point, the
closing line, the signature block and the department's e-mail disclaimer in small grey type. "£3,400", "£1.25m",
"(yesterday: 5)".

A state examinations board's daily exam season sitrep, kept on the board's internal MediaWiki ("Exams Ops Wiki") as
the subpage "Exam season 2026/Daily sitrep 5", printed from the browser with its headers and footers to PDF (Chrome's
"Save as PDF", the Vector skin's print stylesheet): the date and time at the top left and the page's title at the top
centre, its address at the foot's left and "1/3" at its right; the title in the serif display face over a rule, the
subpage's breadcrumb ("< Exam season 2026") and "From Exams Ops Wiki", an infobox table at the right (the sitrep's
day, sessions, centres open, duty manager and next sitrep — figures that are not items), the lead paragraph, the
"Contents" box with its numbered entries ("1 Summary"), each section an ``==`` heading in the serif face over a rule,
the points "•" (drawn as text, as Chrome draws a list's markers), "Controls:" bold inside a risk's point; at the end
"Retrieved from …", the categories box and "This page was last edited on …". "$3,400", "$1.25m", "(previous day: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind23_layouts_print import BOLD, SANS, width, wrap
from blind32_layouts_content import slug
from blind32_layouts_print import SERIF, Op, line, pdf, runs, serif
from council_layouts_gold import Doc

A4W, A4H = 595.28, 841.89

# ---------------------------------------------------------------- Thunderbird print of an Outlook message

LEADS_BY_REGION = {"Northern": ("Gareth Holloway", "0300 303 0651"),
                   "Midlands": ("Priya Chaudhry", "0300 303 0652"), "Wales": ("Rhodri Beynon", "0300 303 0653"),
                   "South East": ("Fiona Latham", "0300 303 0654")}  # fmt: skip
DISCLAIMER = ("This e-mail and any attachments are intended only for the addressee(s) and may contain sensitive "
              "information. If you have received it in error, please tell the sender and delete it. Communications "
              "with the Courts and Tribunals Service may be monitored or recorded for lawful purposes.")  # fmt: skip


def pdf_thunderbird_courts_gb(doc: Doc) -> bytes:
    """The day's incident sitrep as Thunderbird prints the message to PDF."""
    serif()
    when = report_day(doc)
    region = doc.organisation.split(" – ")[1].removesuffix(" Region")
    lead, phone = LEADS_BY_REGION[region]
    h = zlib.crc32(doc.title.encode())
    subject = f"Courts incident – sitrep {doc.number} – {region} Region"
    left, right, top, foot, size, lead_h = 36.0, A4W - 36.0, A4H - 48, 50.0, 10.5, 14.0
    room = right - left
    pages: list[list[Op]] = [[]]
    y = top

    def need(height: float) -> None:
        nonlocal y
        if y - height < foot:
            pages.append([])
            y = top

    def para(words: list[tuple[str, str]], gap: float = 6.0, indent: float = 0.0, disc: bool = False,
             size_: float = size, grey: bool = False) -> None:  # fmt: skip
        nonlocal y
        for k, ln in enumerate(wrap(words, room - indent, size_)):
            need(lead_h)
            if k == 0 and disc:  # the list marker is a shape the print engine fills, no glyph
                pages[-1].append(lambda c, y=y: (c.setFillColorRGB(0, 0, 0), c.circle(left + 18, y + 3.2, 2.1, 0, 1)))
            pages[-1].append(lambda c, y=y, ln=ln, g=grey: (c.setFillColorRGB(*((0.45,) * 3 if g else (0, 0, 0))),
                                                         line(c, left + indent, y, ln, size_)))  # fmt: skip
            y -= lead_h if size_ == size else size_ + 3
        y -= gap

    sent = when.replace(hour=8, minute=40 + doc.number % 15)
    heads = (("Subject", subject), ("From", f"{lead} <{slug(lead).replace('-', '.')}@courts-tribunals.example>"),
             ("Date", f"{sent:%d/%m/%Y}, {sent:%H:%M}"),
             ("To", f"{region} Region Courts Incident Distribution <{slug(region)}.incident@courts-tribunals.example>"),
             ("CC", "Regional Support Unit <rsu@courts-tribunals.example>"))  # fmt: skip
    for label, value in heads:
        pages[-1].append(lambda c, y=y, lb=label, v=value: (
            c.setFont(BOLD, 9.5), c.drawRightString(left + 52, y, lb + ":"), c.setFont(SANS, 9.5),
            c.drawString(left + 58, y, v)))  # fmt: skip
        y -= 13
    pages[-1].append(lambda c, y=y: (c.setStrokeColorRGB(0.6, 0.6, 0.6), c.line(left, y + 4, right, y + 4)))
    y -= 18
    plain = lambda t, f=SANS: [(w, f) for w in t.split()]  # noqa: E731
    para(plain("Good morning all,"))
    para(plain("Please see below this morning's sitrep on the case management system outage in the region."))
    para(plain(f"COURTS INCIDENT – SITREP {doc.number}", BOLD), 2)
    para(plain(f"Position as at 08:00 on {when:%A} {when.day} {when:%B %Y}"), 10)
    for s in doc.sections:
        need(lead_h * 3)
        para(plain(s.heading, BOLD), 3)
        for it in s.items:
            bulleted = s.key != "highlights"
            para(runs(it, "courts"), 3 if bulleted else 6, 30.0 if bulleted else 0.0, bulleted)
        y -= 6
    para(plain(f"The next sitrep will be issued at 08:00 tomorrow. The regional incident room is on {phone}."), 10)
    for t in ("Kind regards,", "", lead, f"Regional Incident Lead | {region} Region", "Courts and Tribunals Service",
              f"M: 07700 9{h % 100000:05d}"):  # fmt: skip
        para(plain(t) if t else [], 0)
    y -= 10
    para(plain(DISCLAIMER), 0, size_=7.5, grey=True)
    total = len(pages)
    printed = when.replace(hour=9, minute=h % 50 + 5)
    for n, page in enumerate(pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0, 0, 0), c.setFont(SANS, 8),
                                    c.drawString(left, A4H - 22, subject),
                                    c.drawString(left, 22, f"{n} of {total}"),
                                    c.drawRightString(right, 22, f"{printed:%d/%m/%Y}, {printed:%H:%M}")))  # fmt: skip
    return pdf(pages, (A4W, A4H), {"title": subject, "creator": "Mozilla Thunderbird",
                                   "producer": "cairo 1.18.0 (https://cairographics.org)"})  # fmt: skip


# ---------------------------------------------------------------- MediaWiki page printed from the browser

DUTY = {"Northland": "Aroha Tane", "Waimara": "Sam Whitcombe", "Southern Lakes": "Mere Paki", "Te Rangi": "Ben Cho"}
LINK = (0.2, 0.4, 0.8)


def pdf_mediawiki_exams_nz(doc: Doc) -> bytes:
    """The daily sitrep's wiki page as the browser prints it to PDF with headers and footers."""
    serif()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    board = next(k for k in DUTY if doc.organisation.startswith(k))
    page_title = f"Exam season {when.year}/Daily sitrep {doc.number}"
    host = f"wiki.{''.join(w[0] for w in doc.organisation.lower().split())}.example"
    url = f"https://{host}/index.php/{page_title.replace(' ', '_')}"
    left, right, top, foot = 42.0, A4W - 42.0, A4H - 52, 56.0
    room, size, lead_h = right - left, 10.0, 14.0
    pages: list[list[Op]] = [[]]
    y = top

    def need(height: float) -> None:
        nonlocal y
        if y - height < foot:
            pages.append([])
            y = top

    def text(t: str, font: str = SANS, sz: float = size, x: float = left, colour=(0.13, 0.13, 0.13)) -> None:
        nonlocal y
        for ln in wrap([(w, font) for w in t.split()], right - x, sz):
            need(sz + 4)
            pages[-1].append(lambda c, y=y, ln=ln, x=x: (c.setFillColorRGB(*colour), line(c, x, y, ln, sz)))
            y -= sz + 4

    pages[-1].append(lambda c: (c.setFillColorRGB(0, 0, 0), c.setFont(SERIF, 22), c.drawString(left, top - 10,
                                page_title), c.setStrokeColorRGB(0.64, 0.66, 0.67), c.line(left, top - 18, right,
                                                                                           top - 18)))  # fmt: skip
    y = top - 34
    text(f"< Exam season {when.year}", x=left, sz=9, colour=LINK)
    text("From Exams Ops Wiki", sz=9, colour=(0.33, 0.33, 0.33))
    y -= 6
    box_w, box_top = 170.0, y
    rows = (("Day of exams", str(doc.number + 5)), ("Sessions today", str(2 + h % 3)),
            ("Centres open", str(180 + h % 150)), ("Duty manager", DUTY[board]),
            ("Next sitrep", f"{(when + timedelta(days=1)).day} {(when + timedelta(days=1)):%B}"))  # fmt: skip

    def infobox(c) -> None:
        x = right - box_w
        c.setFillColorRGB(0.97, 0.98, 0.98)
        c.setStrokeColorRGB(0.64, 0.66, 0.67)
        c.rect(x, box_top - 20 - 15 * len(rows), box_w, 20 + 15 * len(rows) + 6, 1, 1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 10)
        c.drawCentredString(x + box_w / 2, box_top - 8, "Daily sitrep")
        for k, (a, b) in enumerate(rows):
            c.setFont(BOLD, 8.5)
            c.drawString(x + 6, box_top - 26 - 15 * k, a)
            c.setFont(SANS, 8.5)
            c.drawString(x + 80, box_top - 26 - 15 * k, b)

    pages[-1].append(infobox)
    narrow = right - box_w - 12
    for ln in wrap([(w, SANS) for w in (f"This page is the daily operational sitrep of the {doc.organisation} for the "
                                         "end-of-year examinations. The duty manager updates it by 17:00 on each "
                                         "exam day.").split()], narrow - left, size):  # fmt: skip
        pages[-1].append(lambda c, y=y, ln=ln: (c.setFillColorRGB(0.13, 0.13, 0.13), line(c, left, y, ln, size)))
        y -= lead_h
    y -= 8
    toc_h = 24 + 13 * len(doc.sections)
    toc_w = max(width(f"{k} {s.heading}", SANS, 9) for k, s in enumerate(doc.sections, 1)) + 40
    pages[-1].append(lambda c, y=y: (c.setFillColorRGB(0.97, 0.98, 0.98), c.setStrokeColorRGB(0.64, 0.66, 0.67),
                                     c.rect(left, y - toc_h + 10, toc_w, toc_h, 1, 1), c.setFillColorRGB(0, 0, 0),
                                     c.setFont(BOLD, 9.5),
                                     c.drawCentredString(left + toc_w / 2, y - 4, "Contents")))  # fmt: skip
    for k, s in enumerate(doc.sections, start=1):
        pages[-1].append(lambda c, y=y - 6 - 13 * k, k=k, t=s.heading: (
            c.setFillColorRGB(0.13, 0.13, 0.13), c.setFont(SANS, 9), c.drawString(left + 8, y, str(k)),
            c.setFillColorRGB(*LINK), c.drawString(left + 20, y, t)))  # fmt: skip
    y = min(y - toc_h, box_top - 40 - 15 * len(rows)) - 6
    for s in doc.sections:
        need(lead_h * 4)
        y -= 8
        pages[-1].append(lambda c, y=y, t=s.heading: (c.setFillColorRGB(0, 0, 0), c.setFont(SERIF, 16),
                                                      c.drawString(left, y, t), c.setStrokeColorRGB(0.64, 0.66, 0.67),
                                                      c.line(left, y - 5, right, y - 5)))  # fmt: skip
        y -= 22
        for it in s.items:
            for k, ln in enumerate(wrap(runs(it, "exams"), room - 18, size)):
                need(lead_h)
                if k == 0:
                    pages[-1].append(lambda c, y=y: (c.setFillColorRGB(0.13, 0.13, 0.13), c.setFont(SANS, size),
                                                     c.drawString(left + 6, y, "•")))  # fmt: skip
                pages[-1].append(lambda c, y=y, ln=ln: (c.setFillColorRGB(0.13, 0.13, 0.13),
                                                        line(c, left + 18, y, ln, size)))  # fmt: skip
                y -= lead_h
            y -= 2
    y -= 10
    text(f'Retrieved from "https://{host}/index.php?title={page_title.replace(" ", "_")}&oldid={40000 + h % 9000}"',
         sz=8.5)  # fmt: skip
    need(30)
    categories = f"Categories: Exam season {when.year} | Daily sitreps | {board}"
    pages[-1].append(lambda c, y=y: (c.setStrokeColorRGB(0.64, 0.66, 0.67), c.setFillColorRGB(0.97, 0.98, 0.98),
                                     c.rect(left, y - 8, room, 20, 1, 1), c.setFillColorRGB(0, 0, 0),
                                     c.setFont(SANS, 8.5), c.drawString(left + 6, y - 1, categories)))  # fmt: skip
    y -= 30
    text(f"This page was last edited on {when.day} {when:%B %Y}, at 16:{h % 50 + 5:02d}.", sz=8)
    total = len(pages)
    stamp = f"{when:%d/%m/%Y}, 17:{h % 40 + 10:02d}"
    for n, page in enumerate(pages, start=1):
        page.append(lambda c, n=n: (c.setFillColorRGB(0, 0, 0), c.setFont(SANS, 7.5),
                                    c.drawString(20, A4H - 16, stamp),
                                    c.drawCentredString(A4W / 2, A4H - 16, f"{page_title} - Exams Ops Wiki"),
                                    c.drawString(20, 14, url),
                                    c.drawRightString(A4W - 20, 14, f"{n}/{total}")))  # fmt: skip
    return pdf(pages, (A4W, A4H), {"title": f"{page_title} - Exams Ops Wiki", "creator": "Mozilla/5.0 (Windows NT "
                                   "10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                                   "Safari/537.36", "producer": "Skia/PDF m131"})  # fmt: skip
