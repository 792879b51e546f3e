"""Word writers of the sixth blind council layouts (``blind4_layouts``): a Canadian municipal EOC report with
bilingual English / French headings (the French on a second line of the same heading) and a bilingual
details table, and an Irish crisis management team report whose headings and items are one real multilevel
list ("1." / "3.1" bold, the items lettered "a)"), in body-size text with no heading styles.
"""

from __future__ import annotations

import re
from datetime import datetime

from council_layouts_gold import Doc
from council_layouts_writers import _docx, _save

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre")  # fmt: skip
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def _page_field(para) -> None:
    para._p.append(_xml(f"<w:fldSimple xmlns:w='{W_NS}' w:instr=' PAGE '><w:r><w:t>1</w:t></w:r></w:fldSimple>"))


# ---------------------------------------------------------------- bilingual (Canada)


def _french_date(date: str) -> str:
    day = datetime.strptime(date, "%d %B %Y")
    return f"{day.day} {MOIS[day.month - 1]} {day.year}"


def word_bilingual(doc: Doc) -> bytes:
    """A municipal EOC report in both official languages: an "UNCLASSIFIED / NON CLASSIFIÉ" page header, the
    report's name in Title style, an English | French details table (operational period, activation
    level, prepared by), Heading 1 / Heading 2 headings printed "English", a line break, then "français"
    in italics, bullets in English, and a bilingual footer with a page number."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d, pt = _docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "UNCLASSIFIED / NON CLASSIFIÉ"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.text = "Emergency Operations Centre | Centre des opérations d'urgence – Page "
    _page_field(foot)
    d.add_paragraph(doc.title, style="Title")
    fr = _french_date(doc.date)
    rows = (("Operational period", f"{doc.date}, 07:00 to 19:00", "Période opérationnelle", f"{fr}, 7 h à 19 h"),
            ("EOC activation level", "2 – Partial", "Niveau d'activation du COU", "2 – Activation partielle"),
            ("Prepared by", "Planning Section", "Préparé par", "Section de la planification"),
            ("Next report", "Tomorrow, 16:00", "Prochain rapport", "Demain, 16 h"))  # fmt: skip
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for en_label, en, fr_label, fr_value in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(f"{en_label}: ").bold = True
        left.paragraphs[0].add_run(en)
        right.paragraphs[0].add_run(f"{fr_label} : ").bold = True
        right.paragraphs[0].add_run(fr_value)
    d.add_paragraph()
    for s in doc.sections:
        english, french = s.heading.split(" / ", 1)
        head = d.add_heading("", level=s.level)
        run = head.add_run(english)
        run.add_break()
        head.add_run(french).italic = True
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
    note = d.add_paragraph("Version française disponible sur demande auprès du COU. French version of the bullets "
                           "available from the EOC on request.")  # fmt: skip
    note.runs[0].font.size = pt(8)
    return _save(d)


# ---------------------------------------------------------------- multilevel outline (Ireland)


def restyle_outline(doc: Doc) -> None:
    """The headings as the list numbers them: "1. Current position", "3.1 Staffing"."""
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            s.heading = f"{top}. {s.heading}"
        else:
            sub += 1
            s.heading = f"{top}.{sub} {s.heading}"


_LEVELS = (("decimal", "%1.", 0), ("decimal", "%1.%2", 0), ("lowerLetter", "%3)", 720))
_OUTLINE = "<w:multiLevelType w:val='multilevel'/>" + "".join(
    f"<w:lvl w:ilvl='{n}'><w:start w:val='1'/><w:numFmt w:val='{fmt}'/><w:lvlText w:val='{text}'/>"
    f"<w:lvlJc w:val='left'/><w:pPr><w:ind w:left='{indent + 567}' w:hanging='567'/></w:pPr></w:lvl>"
    for n, (fmt, text, indent) in enumerate(_LEVELS)
)


def _outline_list(d, num_id: int) -> None:
    from docx.oxml.ns import nsdecls

    part = d.part.numbering_part.element
    part.insert(0, _xml(f"<w:abstractNum {nsdecls('w')} w:abstractNumId='{num_id}'>{_OUTLINE}</w:abstractNum>"))
    part.append(_xml(f"<w:num {nsdecls('w')} w:numId='{num_id}'><w:abstractNumId w:val='{num_id}'/></w:num>"))


def _listed(d, text: str, num_id: int, ilvl: int, bold: bool) -> None:
    from docx.oxml.ns import nsdecls

    para = d.add_paragraph(style="List Paragraph")
    para.add_run(text).bold = bold
    numpr = f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{ilvl}'/><w:numId w:val='{num_id}'/></w:numPr>"
    para._p.get_or_add_pPr().insert(1, _xml(numpr))


def word_irish_outline(doc: Doc) -> bytes:
    """A crisis management team report: the name in bold 14 pt, the meeting's date, venue, chair and
    distribution lines, then one multilevel list ("List Paragraph", no heading styles): level 1 "1." and
    level 2 "3.1" in bold body-size text are the headings, level 3 "a)", "b)" … the items (the letters
    start again under each heading); the digits and letters are the list's, not in the text."""
    d, pt = _docx()
    num_id = 41
    _outline_list(d, num_id)
    title = d.add_paragraph().add_run(doc.title)
    title.bold, title.font.size = True, pt(14)
    for line in (f"Date: {doc.date}    Time: 09:30    Venue: Civic Offices, Main Street",
                 "Chair: Chief Executive    Minutes: Senior Executive Officer, Emergency Management",
                 "Distribution: CMT members and the Principal Response Agencies' liaison officers"):  # fmt: skip
        d.add_paragraph(line).runs[0].font.size = pt(9)
    d.add_paragraph()
    for s in doc.sections:
        _listed(d, _NUMBER.sub("", s.heading), num_id, s.level - 1, bold=True)
        for it in s.items:
            _listed(d, it.text, num_id, 2, bold=False)
    d.add_paragraph()
    d.add_paragraph(f"Next meeting of the CMT: {doc.date} at 16:00, Civic Offices.").runs[0].italic = True
    return _save(d)
