"""Word writers of the ``blind10_layouts`` set: an Austrian district authority's "Lagebericht" typed in a German
Word (the built-in styles under the ids German Word gives them — ``berschrift1``, ``berschrift2``,
``Aufzhlungszeichen`` — with the numbers "1." and "1.1" typed into the headings, a details table of
"Ereignis", "Stand", "Verfasser" and "Verteiler", a table of forces under "4. Personal", "Für den
Bezirkshauptmann:" and a "Seite x von y" footer of fields) and a police force's Gold group situation report
filled into its template (a details table, then every section a row of one two-column table — the heading in
the shaded left cell, Word's bullets in the right — and under it the risk register as a Risk | RAG |
Mitigation | Owner table, "OFFICIAL-SENSITIVE" in the header and footer).
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from council_layouts_gold import OWNERS, RAG, Doc
from council_layouts_writers import _save

GERMAN_IDS = {"Heading1": "berschrift1", "Heading2": "berschrift2", "ListBullet": "Aufzhlungszeichen",
              "Title": "Titel"}  # fmt: skip
FORCES = ("Freiwillige Feuerwehren", "Bundesheer", "Rotes Kreuz", "Bergrettung", "Polizei")


def _german_style_ids(d) -> None:
    """The style ids a German Word writes for its built-in styles (the names stay "heading 1" …)."""
    from docx.oxml.ns import qn

    for style in d.styles.element.findall(qn("w:style")):
        sid = style.get(qn("w:styleId"))
        if sid in GERMAN_IDS:
            style.set(qn("w:styleId"), GERMAN_IDS[sid])
        for ref in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(ref))
            if el is not None and el.get(qn("w:val")) in GERMAN_IDS:
                el.set(qn("w:val"), GERMAN_IDS[el.get(qn("w:val"))])


def _field(paragraph, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) with a cached result, as Word saves one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _details(d, rows: list[tuple[str, str]]) -> None:
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


# ---------------------------------------------------------------- Austrian Lagebericht


def docx_lagebericht_at(doc: Doc) -> bytes:
    """The Lagebericht as the S2 (situation) cell of the district's command types it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    _german_style_ids(d)
    when = report_day(doc)
    head = d.sections[0].header.paragraphs[0]
    head.text = f"{doc.organisation} – Bezirkseinsatzleitung"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = d.sections[0].footer.paragraphs[0]
    foot.add_run(f"Lagebericht Nr. {doc.number}\tSeite ")
    _field(foot, "PAGE")
    foot.add_run(" von ")
    _field(foot, "NUMPAGES")
    d.add_paragraph(doc.organisation.upper()).runs[0].bold = True
    d.add_paragraph(f"LAGEBERICHT Nr. {doc.number}", style="Title")
    _details(d, [("Ereignis", doc.service), ("Stand", f"{when:%d.%m.%Y}, 07:00 Uhr"),
                 ("Verfasser", "S2 – Lage, Bezirkseinsatzleitung"),
                 ("Verteiler",
                  "Landeswarnzentrale, Bürgermeister der betroffenen Gemeinden, Einsatzorganisationen")])  # fmt: skip
    d.add_paragraph()
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2" if s.level == 2 else "Heading 1")
        for it in s.items:
            d.add_paragraph(it.text, style="List Bullet")
        if s.key == "workforce":
            table = d.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Organisation", "Kräfte", "Fahrzeuge"), strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            for n, force in enumerate(FORCES):
                cells = table.add_row().cells
                cells[0].text = force
                cells[1].text = str(8 + (doc.number * 7 + n * 13) % 90)
                cells[2].text = str(1 + (doc.number + n * 3) % 12)
            d.add_paragraph()
    d.add_paragraph()
    d.add_paragraph("Für den Bezirkshauptmann:")
    d.add_paragraph("Mag. Andrea Leitner e.h.")
    d.add_paragraph("Leiterin der Bezirkseinsatzleitung")
    return _save(d)


# ---------------------------------------------------------------- police Gold group template


def docx_gold_template(doc: Doc) -> bytes:
    """The force's Gold group sitrep template, filled in by the staff officer."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    for part in (d.sections[0].header, d.sections[0].footer):
        p = part.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("OFFICIAL-SENSITIVE").bold = True
    title = d.add_paragraph()
    run = title.add_run(f"{doc.organisation}\nStrategic (Gold) Group – Situation Report")
    run.bold, run.font.size = True, Pt(14)
    _details(d, [("Operation", doc.service), ("Sitrep number", str(doc.number)),
                 ("Date / time", f"{when:%d/%m/%Y} 07:00"), ("Gold commander", "ACC R. Okafor"),
                 ("Prepared by", "Staff officer to Gold")])  # fmt: skip
    d.add_paragraph()
    risks = [s for s in doc.sections if s.risks]
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for s in doc.sections:
        if s.risks:
            continue
        left, right = table.add_row().cells
        left.width, right.width = Cm(4.2), Cm(12.3)
        _shade(left, "D9D9D9")
        left.paragraphs[0].add_run(s.heading).bold = True
        first = right.paragraphs[0]
        for n, it in enumerate(s.items):
            p = first if n == 0 else right.add_paragraph()
            p.style = d.styles["List Bullet"]
            p.add_run(it.text)
    for s in risks:
        d.add_paragraph()
        head = d.add_paragraph()
        head.add_run(s.heading).bold = True
        grid = d.add_table(rows=1, cols=4)
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, ("Risk", "RAG", "Mitigation", "Owner"), strict=True):
            cell.paragraphs[0].add_run(text).bold = True
            _shade(cell, "1F3864")
        for n, it in enumerate(s.items):
            cells = grid.add_row().cells
            cells[0].text = it.body
            cells[1].text = RAG[it.level]
            _shade(cells[1], {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}[RAG[it.level]])
            cells[2].text = it.mitigation or "–"
            cells[3].text = ("Silver commander", "Bronze cordons", "Comms lead", OWNERS[0])[n % 4]
    d.add_paragraph()
    d.add_paragraph("Handling: not for onward distribution outside the Gold group without the staff officer's "
                    "agreement.").runs[0].italic = True  # fmt: skip
    return _save(d)
