"""Word writers of the ``blind11_layouts`` set: a university's business continuity incident report (a cover
page of the university, the title, the incident, the report's number and date, its classification and a
Version | Date | Author table; a "Contents" page holding Word's TOC field with its cached entries and page
numbers; headings "1. Executive summary" … in Heading 1 with typed numbers, Word bullets, "Mitigation:" in bold
inside a risk's bullet, an "Appendix A – Incident management team" heading over a contacts table; a footer
with the classification and a PAGE field) and a strategic coordinating group's meeting record with its
decision log (an "OFFICIAL" header, the group, the incident and the meeting over a details table of date,
venue, chair and secretariat; agenda items "Item 1 – Situation update (Fire)" in Heading 2 with the
agency's points under them; the risks as a Risk | Likelihood | Impact | Mitigation table; the decision log as
a No. | Decision | Rationale | Owner | Time table; "Next meeting" and the secretariat's note).
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from council_layouts_gold import Doc
from council_layouts_writers import _save

BC_LEAD = "Mitigation:"
CONTACTS = (("Gold (strategic)", "Pro Vice-Chancellor (Operations)", "Ext. 4410"),
            ("Silver (tactical)", "Director of Digital Services", "Ext. 4322"),
            ("Business continuity", "Business Continuity Manager", "Ext. 4101"),
            ("Communications", "Head of Internal Communications", "Ext. 4057"))  # fmt: skip


def _field(paragraph, code: str, cached: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) as Word saves one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r

    p = paragraph._p
    p.append(char("begin"))
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    r.append(instr)
    p.append(r)
    p.append(char("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    p.append(r)
    p.append(char("end"))


def _grid(d, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _bullet(d, text: str, lead: str | None = None) -> None:
    p = d.add_paragraph(style="List Bullet")
    if lead and f" {lead} " in text:
        before, after = text.split(f" {lead} ", 1)
        p.add_run(before + " ")
        p.add_run(lead).bold = True
        p.add_run(" " + after)
    else:
        p.add_run(text)


# ---------------------------------------------------------------- university business continuity report


def docx_bc_report(doc: Doc) -> bytes:
    """The business continuity manager's incident report, from the university's report template."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    toc = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = d.styles["Normal"]
    toc.paragraph_format.tab_stops.add_tab_stop(Cm(16))
    foot = d.sections[0].footer.paragraphs[0]
    foot.add_run(f"{doc.organisation} – Business Continuity – INTERNAL\tPage ")
    _field(foot, "PAGE", "1")
    for text, size in ((doc.organisation, 20), ("Business Continuity Incident Report", 26), (doc.service, 16),
                       (f"Report {doc.number} – {when.day} {when:%B %Y}", 14)):  # fmt: skip
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(size)
    d.add_paragraph("Classification: INTERNAL – not for circulation outside the university")
    _grid(
        d,
        ("Version", "Date", "Author", "Change"),
        [
            (f"{doc.number}.0", f"{when:%d/%m/%Y}", "Business Continuity Manager", "Position at 08:00"),
            (f"{doc.number}.1", f"{when:%d/%m/%Y}", "Director of Digital Services", "Recovery figures checked"),
        ],
    )
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Contents", style="TOC Heading")
    entries = [s.heading for s in doc.sections] + ["Appendix A – Incident management team"]
    first = d.add_paragraph(style="toc 1")
    _field(first, 'TOC \\o "1-3" \\h \\z \\u', f"{entries[0]}\t3")
    for n, heading in enumerate(entries[1:], start=1):
        d.add_paragraph(f"{heading}\t{3 + n // 3}", style="toc 1")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            _bullet(d, it.text, BC_LEAD if s.risks else None)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Appendix A – Incident management team", style="Heading 1")
    _grid(d, ("Role", "Post holder", "Contact"), list(CONTACTS))
    return _save(d)


# ---------------------------------------------------------------- SCG meeting record and decision log

RATIONALE = ("Public safety takes priority over access", "Capacity of the fire service's own aircraft",
             "Registrations at the first rest centre rising", "To reduce the risk of new ignitions")  # fmt: skip
OWNERS = ("SCG chair", "Fire TCG", "Council", "Police TCG")
LIKELIHOOD = ("Possible", "Likely", "Almost certain")


def docx_scg_log(doc: Doc) -> bytes:
    """The SCG secretariat's record of the meeting, with the decision log as the group keeps it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    when = report_day(doc)
    for part in (d.sections[0].header, d.sections[0].footer):
        p = part.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("OFFICIAL").bold = True
    run = d.add_paragraph().add_run(f"{doc.organisation}\nStrategic Coordinating Group – {doc.service}")
    run.bold, run.font.size = True, Pt(15)
    d.add_paragraph(f"SCG meeting {doc.number}: record of discussion and decisions").runs[0].bold = True
    _grid(d, ("Date / time", "Venue", "Chair", "Secretariat"),
          [(f"{when:%d/%m/%Y} 08:00", "Colbridge Fire Station and MS Teams", "ACC D. Marsh (Police)",
            "LRF secretariat")])  # fmt: skip
    d.add_paragraph()
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2")
        if s.risks:
            _grid(d, ("Risk", "Likelihood", "Impact", "Mitigation"),
                  [(it.body, LIKELIHOOD[min(it.level, 2)], ("Moderate", "Major")[n % 2], it.mitigation or "–")
                   for n, it in enumerate(s.items)])  # fmt: skip
        elif s.key == "decisions":
            _grid(d, ("No.", "Decision", "Rationale", "Owner", "Time"),
                  [(f"{doc.number}.{n + 1}", it.text, RATIONALE[n % 4], OWNERS[n % 4], "08:40")
                   for n, it in enumerate(s.items)])  # fmt: skip
        else:
            for it in s.items:
                d.add_paragraph(it.text, style="List Bullet")
    d.add_paragraph()
    note = d.add_paragraph("Record agreed by the chair. Amendments to the LRF secretariat within 24 hours.")
    note.runs[0].italic = True
    return _save(d)
