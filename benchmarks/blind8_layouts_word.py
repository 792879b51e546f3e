"""Word writers of the ``blind8_layouts`` set: a housing service's weekly report made from last week's copy with
Track Changes on and the changes left in (kept words as plain runs, new text in ``w:ins``, removed text in
``w:del`` — whole paragraphs of last week's points deleted in place — and a reviewer's comments; Heading
styles and bullets of a real Word list, ``w:numPr`` on each paragraph) and a water company's formal report to
its board (a cover page, a table of contents field with its cached entries and page numbers, headings
numbered "1." and "1.1" by a multilevel list linked to the heading styles so that no number is typed, body
paragraphs, a running header and a "Page x of y" footer).
"""

from __future__ import annotations

from datetime import timedelta

import blind8_layouts_ooxml as ox
from blind8_layouts_content import previous, remember, report_day
from council_layouts_gold import Doc
from council_layouts_writers import _save

REVIEWER = ("Sam Okafor", "SO")
CHECK = "Can we check this against Tuesday's count before it goes out?"
CONFIRM = "Finance to confirm the hotel figure – SO"


def _merged(old: tuple[tuple[str, str], ...], new: list) -> list[tuple[str | None, object]]:
    """This week's items in order, with each of last week's items that is gone placed after the item it
    followed last week (or first): (old text or None, this week's item or None)."""
    before, kept = dict(old), {it.thread for it in new}
    out: list[tuple[str | None, object]] = [(before.get(it.thread), it) for it in new]
    at = 0
    for thread, text in old:
        if thread in kept:
            at = next(k for k, (_, it) in enumerate(out) if it is not None and it.thread == thread) + 1
        else:
            out.insert(at, (text, None))
            at += 1
    return out


def docx_tracked_changes(doc: Doc) -> bytes:
    """The report as last week's document edited with Track Changes on: the title's number and the week line's
    date changed, each point kept, edited word by word, typed new or deleted whole; two comments."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    last = previous(doc)
    remember(doc)
    d = Document()
    when = report_day(doc)
    rev = ox.Revisions(REVIEWER[0], f"{when + timedelta(hours=9, minutes=40):%Y-%m-%dT%H:%M:00Z}")
    ox.track_revisions(d)
    bullets = ox.add_list(d, ox.BULLET_LEVELS)
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = f"{doc.organisation} – Housing Options Service"
    title = d.add_paragraph(style="Title")
    title.add_run(f"{doc.service} (SWEP) – Situation Report ")
    line = d.add_paragraph()
    line.add_run("Week ending ")
    if last is None:
        title.add_run(str(doc.number))
        line.add_run(doc.date)
    else:
        rev.edit(title, str(last.number), str(doc.number))
        rev.edit(line, last.date, doc.date)
    line.add_run(" | Prepared by the Housing Options Team Leader")
    asked = False  # one comment on the first figure of the report, one on the costs heading
    for s in doc.sections:
        heading = d.add_heading(s.heading, level=s.level)
        if s.heading == "Costs":
            d.add_comment(heading.runs[0], text=CONFIRM, author=REVIEWER[0], initials=REVIEWER[1])
        pairs = _merged(last.items(s.heading), s.items) if last else [(None, it) for it in s.items]
        for old, it in pairs:
            p = d.add_paragraph(style="List Paragraph")
            ox.number_paragraph(p, bullets)
            if it is None:  # last week's point, deleted whole
                rev.delete(p, old)
                rev.paragraph_mark(p, inserted=False)
            elif last is not None and old is None:  # a new point typed this week
                rev.insert(p, it.text)
                rev.paragraph_mark(p, inserted=True)
            elif old is None or old == it.text:
                run = p.add_run(it.text)
                if not asked and any(ch.isdigit() for ch in it.text):
                    d.add_comment(run, text=CHECK, author=REVIEWER[0], initials=REVIEWER[1])
                    asked = True
            else:
                rev.edit(p, old, it.text)
    return _save(d)


# ---------------------------------------------------------------- the board report

CLASSIFICATION = "OFFICIAL – COMMERCIAL"
LINES_PER_PAGE = 44


def _pages(doc: Doc) -> list[int]:
    """The page each section starts on, as Word laid it out: the cover and contents first, then about
    ``LINES_PER_PAGE`` lines of 95 characters a page."""
    pages, lines = [], 0
    for s in doc.sections:
        lines += 3
        pages.append(3 + lines // LINES_PER_PAGE)
        lines += sum(len(it.text) // 95 + 2 for it in s.items)
    return pages


def docx_board_report(doc: Doc) -> bytes:
    """The formal report: the cover page (company, "Report to the Board", title, number, date, classification,
    author), the contents page (a TOC field whose cached entries carry the numbers Word gave the headings and
    their pages), then the numbered headings over justified paragraphs; the header and footer on every page
    but the cover."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    ox.number_headings(d)
    for name, indent in (("toc 1", 0), ("toc 2", 0.8)):
        style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = name.replace("toc ", "TOC")
        style.base_style = d.styles["Normal"]
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(indent + 1.0))
        style.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    head = sec.header.paragraphs[0]
    head.text = f"{doc.organisation} | {doc.service} – Report to the Board"
    head.runs[0].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"{CLASSIFICATION}\t\tPage ").font.size = Pt(8)
    ox.add_field(foot, "PAGE", "2")
    foot.add_run(" of ")
    ox.add_field(foot, "NUMPAGES", str(max(_pages(doc)) + 1))
    navy = RGBColor(0x00, 0x3B, 0x5C)
    for text, size, bold in ((doc.organisation, 20, True), ("", 12, False), ("Report to the Board", 16, False),
                             (f"{doc.service}: position and response", 26, True),
                             (f"Report no. {doc.number}", 14, False), (doc.date, 14, False), ("", 12, False),
                             (f"Classification: {CLASSIFICATION}", 11, False),
                             ("Author: Director of Water Quality and Environment", 11, False)):  # fmt: skip
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.size, run.bold, run.font.color.rgb = Pt(size), bold, navy
        p.paragraph_format.space_after = Pt(14)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Contents", style="TOC Heading")
    pages, numbers, top, sub = _pages(doc), [], 0, 0
    for s in doc.sections:
        top, sub = (top + 1, 0) if s.level == 1 else (top, sub + 1)
        numbers.append(f"{top}." if s.level == 1 else f"{top}.{sub}")
    for k, s in enumerate(doc.sections):
        p = d.add_paragraph(style=f"toc {s.level}")
        text = s.heading.split(" ", 1)[1]
        ox.toc_entry(p, numbers[k], text, f"_Toc{1600 + k}", pages[k], k == 0, k == len(doc.sections) - 1)
    d.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
    for k, s in enumerate(doc.sections):
        heading = d.add_heading(s.heading.split(" ", 1)[1], level=s.level)  # Word prints the number
        ox.bookmark(heading, f"_Toc{1600 + k}", k)
        for it in s.items:
            p = d.add_paragraph(it.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(8)
    return _save(d)
