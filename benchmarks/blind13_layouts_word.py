"""Word writers of the ``blind13_layouts`` set: a Finnish municipality's preparedness group's "Tilannekatsaus"
typed in a Finnish Word to the layout of the Finnish standard for official documents (the built-in styles under
the ids Finnish Word gives them — ``Otsikko1``, ``Numeroituluettelo`` — the municipality, "TILANNEKATSAUS",
the date and "1 (2)" in the page header on tab stops, an "Asia" line, headings at the left margin and the text
at the 4.6 cm indent, each point an entry of Word's own numbered list, a risk's "Toimenpiteet: …" after a line
break inside its entry, "Jakelu" and "Laatija" lines at the end; "1 250", "12 %", "16.8."); an NHS acute
trust's daily operational pressures (OPEL) report (bold title lines, a Site | OPEL | ED attendances | Bed
occupancy | MFFD table with shaded OPEL cells, the declared level on its own line, Heading 2 headings over
narrative paragraphs without bullets, "Mitigating actions:" inside a risk's paragraph, the on-call director
lines and an "OFFICIAL-SENSITIVE" footer); and a Spanish autonomous community's emergency agency's "Informe de
situación" (a header table of the agency and "INFORME DE SITUACIÓN Nº 3", a Plan / Situación operativa /
Fecha / Hora / Fuente table, Roman-numbered capitals headings "III. INCIDENCIAS" in Heading 1, a Provincia |
Incidencias | Desalojados table above the points of that section, Word bullets, a risk's "Medidas: …" on an
indented italic paragraph under its bullet, the director's "Fdo.:" signature; "1.250", "12 %", "29 de
octubre").
"""

from __future__ import annotations

from blind5_layouts_content import figure
from blind7_layouts_content import report_day
from blind12_layouts_word import SHADE, _shade
from council_layouts_gold import Doc
from council_layouts_writers import _save

FI_LEAD = "Toimenpiteet:"
OPEL_LEAD = "Mitigating actions:"
ES_LEAD = "Medidas:"
FINNISH_IDS = {"Heading1": "Otsikko1", "Heading2": "Otsikko2", "ListNumber": "Numeroituluettelo",
               "ListBullet": "Merkittyluettelo", "Title": "Otsikko", "ListParagraph": "Luettelokappale"}  # fmt: skip
SITES = ("Main site", "Community hospital")
PROVINCIAS = ("Norte", "Centro", "Sur")


def _style_ids(d, ids: dict[str, str]) -> None:
    """The style ids a localised Word writes for its built-in styles (the names stay "heading 1" …)."""
    from docx.oxml.ns import qn

    for style in d.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in ids:
            style.set(qn("w:styleId"), ids[style.get(qn("w:styleId"))])
        for ref in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(ref))
            if el is not None and el.get(qn("w:val")) in ids:
                el.set(qn("w:val"), ids[el.get(qn("w:val"))])
    body = d.element.body
    for el in body.iter(qn("w:pStyle")):
        if el.get(qn("w:val")) in ids:
            el.set(qn("w:val"), ids[el.get(qn("w:val"))])


# ---------------------------------------------------------------- Finnish tilannekatsaus


def docx_tilannekatsaus_fi(doc: Doc) -> bytes:
    """The preparedness group's situation review as its secretary types it from the municipality's template."""
    from docx import Document
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    day = f"{when.day}.{when.month}.{when.year}"
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    for pos in (Cm(9.2), Cm(16)):
        head.paragraph_format.tab_stops.add_tab_stop(pos)
    head.add_run(f"{doc.organisation.upper()}\tTILANNEKATSAUS\t1 (2)").bold = False
    head.add_run().add_break()
    head.add_run(f"Valmiusjohtoryhmä\t\t{day}")
    asia = d.add_paragraph()
    asia.paragraph_format.tab_stops.add_tab_stop(Cm(4.6))
    asia.paragraph_format.space_after = Pt(12)
    asia.add_run(f"Asia\t{doc.service}, tilannekatsaus {doc.number}").bold = True
    d.add_paragraph(f"Tilanne {day} kello 10.00. Katsaus on laadittu valmiusjohtoryhmän kokouksen pohjalta.")
    d.paragraphs[-1].paragraph_format.left_indent = Cm(4.6)
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            p = d.add_paragraph(style="List Number")
            p.paragraph_format.left_indent = Cm(5.2)
            if s.risks and f" {FI_LEAD} " in it.text:
                risk, mit = it.text.split(f" {FI_LEAD} ", 1)
                p.add_run(risk).add_break()
                p.add_run(f"{FI_LEAD} {mit}")
            else:
                p.add_run(it.text)
    for label, text in (("Jakelu", "Valmiusjohtoryhmä, pelastuslaitos, hyvinvointialueen valmiuspäällikkö"),
                        ("Laatija", "valmiuspäällikkö Anna Virtanen, p. 040 123 4567")):  # fmt: skip
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6))
        p.paragraph_format.space_before = Pt(12)
        p.add_run(f"{label}\t{text}")
    _style_ids(d, FINNISH_IDS)
    return _save(d)


# ---------------------------------------------------------------- NHS trust OPEL report


def docx_opel_trust(doc: Doc) -> bytes:
    """The trust's daily operational pressures report, written by the site team for the on-call directors."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    when = report_day(doc)
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL-SENSITIVE – not for onward circulation"
    level = 3 + doc.number % 2
    for text, size in (
        (doc.organisation, 13),
        ("Daily Operational Pressures Report (OPEL)", 16),
        (f"Report {doc.number} – {when:%A} {when.day} {when:%B %Y} – position at 08:00", 10),
    ):
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)  # fmt: skip
    attend = figure(doc, ("attendances",))[0]
    mffd = figure(doc, ("medically fit",))[0]
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Site", "OPEL", "ED attendances (24 h)", "Bed occupancy", "MFFD"),
                          strict=True):  # fmt: skip
        cell.paragraphs[0].add_run(text).bold = True
    for n, site in enumerate(SITES):
        cells = table.add_row().cells
        row = (site, str(level - n), attend if n == 0 else "–", f"{97 - 6 * n}%", mffd if n == 0 else "–")
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
        _shade(cells[1], SHADE["Red" if level - n >= 3 else "Amber"])
    p = d.add_paragraph()
    p.add_run(f"Trust OPEL level: {level}").bold = True
    p.add_run(" (declared by the Director of Operations at 07:30)")
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 2")
        for it in s.items:
            p = d.add_paragraph()
            if f" {OPEL_LEAD} " in it.text:
                before, after = it.text.split(f" {OPEL_LEAD} ", 1)
                p.add_run(before + " ")
                p.add_run(OPEL_LEAD).bold = True
                p.add_run(" " + after)
            else:
                p.add_run(it.text)
    for line in ("Gold on call: Chief Operating Officer", "Silver on call: Deputy Director of Operations",
                 "Report compiled by the Site Management Team, ext. 2240"):  # fmt: skip
        d.add_paragraph(line)
    return _save(d)


# ---------------------------------------------------------------- Spanish informe de situación


def docx_informe_es(doc: Doc) -> bytes:
    """The agency's situation report from the emergency coordination centre's template."""
    from docx import Document
    from docx.shared import Cm, Pt

    d = Document()
    when = report_day(doc)
    top = d.add_table(rows=1, cols=2)
    left, right = top.rows[0].cells
    left.text = f"{doc.organisation}\nCentro de Coordinación de Emergencias 112"
    run = right.paragraphs[0].add_run(f"INFORME DE SITUACIÓN Nº {doc.number}")
    run.bold, run.font.size = True, Pt(14)
    d.add_paragraph()
    details = d.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for label, value in (("Plan activado", f"Plan Especial ante el Riesgo de Inundaciones – {doc.service}"),
                         ("Situación operativa", "1"), ("Fecha", f"{when:%d/%m/%Y}"), ("Hora", "08:00 h"),
                         ("Fuente", "CECOP – Centro de Coordinación Operativa")):  # fmt: skip
        cells = details.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    evac = figure(doc, ("desalojadas",))[0]
    calls = figure(doc, ("incidencias",))[0]
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        if s.key == "impacts":
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("Provincia", "Incidencias", "Desalojados"), strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            for n, prov in enumerate(PROVINCIAS):
                cells = t.add_row().cells
                cells[0].text = prov
                cells[1].text = calls if n == 0 else str(12 - 4 * n)
                cells[2].text = evac if n == 0 else "0"
            d.add_paragraph()
        for it in s.items:
            if s.risks and f" {ES_LEAD} " in it.text:
                risk, mit = it.text.split(f" {ES_LEAD} ", 1)
                d.add_paragraph(risk, style="List Bullet")
                sub = d.add_paragraph()
                sub.paragraph_format.left_indent = Cm(1.27)
                sub.add_run(f"{ES_LEAD} {mit}").italic = True
            else:
                d.add_paragraph(it.text, style="List Bullet")
    for line in ("", "EL DIRECTOR DE LA AGENCIA", "Fdo.: Luis Martín Herrero"):
        d.add_paragraph(line)
    d.sections[0].footer.paragraphs[0].text = f"{doc.organisation} – Informe de situación nº {doc.number}"
    return _save(d)
