"""Word writers of the ``blind16_layouts`` set: a Swiss cantonal command staff's "Lagebericht" written in a German
Word (the canton, the staff and "INTERN" in the page header, the title, an Ereignis / Stand / Verfasser table, the
headings in the styles German Word calls ``berschrift1`` and ``berschrift2``, numbered "1", "1.1" by a multilevel
list linked to those styles — the numbers come from numbering.xml and are nowhere in the text —, the points
entries of a "–" list in ``Listenabsatz``, "Eingeleitete Massnahmen:" in bold inside a risk's entry, "Nächster
Lagebericht:", "Verteiler:" and the Chef Lage's signature, "Seite 1 von 2" in the footer; "1’250", "12 %", "CHF
3’400", "CHF 1.25 Mio.", "22. Juni") and a blood service's "Blood Stocks Update" to hospital transfusion teams
(the service and the title, "Amber Alert – Update 3 | Thursday 8 August 2024, 12:00", a stock table of blood groups
with their days of stock and filled status cells under a "Table 1" caption, Heading 1 headings with typed numbers
"1. Summary", Word bullets, Word footnotes on some points — the note's number a superscript reference after the
point's full stop, the notes at the foot of the page —, "Actions in hand:" in bold inside a risk's bullet, "Issued
by:", "Next update:" and the contact, "OFFICIAL" in the page header and "Page 1 of 2" in the footer).
"""

from __future__ import annotations

from datetime import timedelta

from blind3_layouts_word import _footnotes_part, _note_mark
from blind7_layouts_content import report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind10_layouts_word import GERMAN_IDS, _shade
from blind14_layouts_word import _fields, _lead
from blind16_layouts_content import LEADS, WOCHENTAGE, count
from council_layouts_gold import Doc
from council_layouts_writers import _save

CH_IDS = GERMAN_IDS | {"ListParagraph": "Listenabsatz"}
CH_HEADINGS = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="berschrift1"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="berschrift2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
)
DASHES = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="851" w:hanging="284"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:hint="default"/></w:rPr></w:lvl>'
)
NOTES = (
    ("days", "Days of stock are the units held divided by the average daily issues of the previous 28 days."),
    ("issued", "Issues to hospitals from Monday to Sunday; returns and re-issues are not included."),
    ("new donors", "People who registered online or through the contact centre since the appeal began."),
)
GROUPS = (("O D negative", ("O D negative",), 2), ("O D positive", ("O D positive",), 5), ("A D negative", (), 4),
          ("A D positive", (), 6), ("B D negative", (), 3), ("B D positive", (), 5), ("AB", (), 7))  # fmt: skip
STATUS_FILL = {"Red": "E53935", "Amber": "FFB300", "Green": "43A047"}


def _numbered_headings(d) -> None:
    """The heading styles' own numbering ("1", "1.1"), as a Swiss template links a multilevel list to them."""
    from docx.oxml.ns import qn

    nid = add_list(d, CH_HEADINGS, "multilevel")
    for style in d.styles.element.findall(qn("w:style")):
        level = {"berschrift1": 0, "berschrift2": 1}.get(style.get(qn("w:styleId")))
        if level is not None:
            num_pr = style.get_or_add_pPr().get_or_add_numPr()
            if level:
                num_pr.get_or_add_ilvl().val = level
            num_pr.get_or_add_numId().val = nid


def _rename(d) -> None:
    """The style ids a German Word writes for its built-in styles (the names stay "heading 1" …)."""
    from docx.oxml.ns import qn

    for style in d.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in CH_IDS:
            style.set(qn("w:styleId"), CH_IDS[style.get(qn("w:styleId"))])
        for ref in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(ref))
            if el is not None and el.get(qn("w:val")) in CH_IDS:
                el.set(qn("w:val"), CH_IDS[el.get(qn("w:val"))])


# ---------------------------------------------------------------- Swiss cantonal Lagebericht


def docx_lagebericht_ch(doc: Doc) -> bytes:
    """The Lagebericht as the staff's situation cell (Lage) writes it for the morning staff meeting."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    from docx.shared import RGBColor

    for name, size in (("Normal", 10), ("Heading 1", 13), ("Heading 2", 11), ("Title", 20)):
        font = d.styles[name].font
        font.name, font.size = "Arial", Pt(size)
        if name != "Normal":
            font.color.rgb = RGBColor(0, 0, 0)
    _rename(d)
    _numbered_headings(d)
    dashes = add_list(d, DASHES)
    when = report_day(doc)
    canton = doc.organisation.replace("Kantonaler Führungsstab ", "")
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(f"Kanton {canton}").bold = True
    head.add_run("\nKantonaler Führungsstab (KFS)\t\tINTERN")
    _fields(sec.footer.paragraphs[0], f"Lagebericht Nr. {doc.number} – {when:%d.%m.%Y}\t\tSeite {{PAGE}} von "
                                      "{NUMPAGES}")  # fmt: skip
    d.add_paragraph(f"Lagebericht Nr. {doc.number}", style="Title")
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in (("Ereignis", f"{doc.service} Misox / Calanca"),
                         ("Stand", f"{WOCHENTAGE[when.weekday()]}, {when.day}. {_monat(when)} {when.year}, 06.00 Uhr"),
                         ("Verfasser", "KFS, Chef Lage"), ("Klassifizierung", "INTERN")):  # fmt: skip
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    d.add_paragraph()
    for s in doc.sections:
        title = s.heading.split(" ", 1)[1] if s.heading[:1].isdigit() else s.heading
        d.add_paragraph(title, style="Heading 2" if s.level == 2 else "Heading 1")
        for it in s.items:
            p = d.add_paragraph(style="List Paragraph")
            number_paragraph(p, dashes)
            _lead(p, it.text, LEADS["ch"])
    nxt = when + timedelta(days=1)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Nächster Lagebericht: ").bold = True
    p.add_run(f"{WOCHENTAGE[nxt.weekday()]}, {nxt.day}. {_monat(nxt)} {nxt.year}, 06.00 Uhr")
    p = d.add_paragraph()
    p.add_run("Verteiler: ").bold = True
    p.add_run("Regierung; Gemeindeführungsstäbe der betroffenen Gemeinden; Kantonspolizei; Amt für Militär und "
              "Zivilschutz; Nationale Alarmzentrale (NAZ)")  # fmt: skip
    d.add_paragraph()
    for line in ("Kantonaler Führungsstab", "Chef Lage", "Major Reto Caduff"):
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.LEFT
    return _save(d)


def _monat(when) -> str:
    from blind7_layouts_content import MONATE

    return MONATE[when.month - 1]


# ---------------------------------------------------------------- blood service stocks update


def _status(days: int) -> str:
    return "Red" if days < 2 else "Amber" if days < 5 else "Green"


def docx_stocks_blood(doc: Doc) -> bytes:
    """The blood service's stocks update as its stock management team sends it to hospital transfusion teams."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    when = report_day(doc)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fields(sec.footer.paragraphs[0], f"Blood Stocks Update {doc.number} – {when:%d/%m/%Y}\t\t"
                                      "Page {PAGE} of {NUMPAGES}")  # fmt: skip
    run = d.add_paragraph().add_run(doc.organisation)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor(0xA0, 0x00, 0x2A)
    run = d.add_paragraph().add_run("Blood Stocks Update")
    run.bold, run.font.size = True, Pt(20)
    d.add_paragraph(f"Amber Alert – Update {doc.number} | {when:%A} {when.day} {when:%B %Y}, 12:00")
    cap = d.add_paragraph()
    cap.add_run("Table 1: Red cell stock by blood group at 08:00").italic = True
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Blood group", "Days of stock", "Status"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9D9D9")
    for label, words, default in GROUPS:
        days = count(doc, words, default) if words else default + doc.number % 2
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = label, str(days), _status(days)
        _shade(cells[2], STATUS_FILL[_status(days)])
    d.add_paragraph()
    notes: list[str] = []
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            p = d.add_paragraph(style="List Bullet")
            _lead(p, it.text, LEADS["blood"])
            for word, note in NOTES:
                if word in it.text and note not in notes:
                    notes.append(note)
                    _note_mark(p, len(notes))
                    break
    d.add_paragraph()
    nxt = when + timedelta(days=3)
    for label, text in (("Issued by: ", "Dr Sarah Okafor, Consultant Haematologist, on behalf of the Blood Stocks "
                                        "Management Team"),
                        ("Next update: ", f"{nxt:%A} {nxt.day} {nxt:%B %Y}, 12:00"),
                        ("Contact: ", "stock.management@blood.example.org | 0300 123 4567 (24 hours)")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
    _footnotes_part(d, notes or [NOTES[0][1]])
    return _save(d)
