"""Word writers of the ``blind17_layouts`` set: a Dutch water board's "Situatierapport hoogwater" written in a Dutch
Word (the board, "Calamiteitenorganisatie" and "Niet voor publicatie" in the page header, the title in the style
Dutch Word calls ``Titel``, a Nummer / Datum en tijd / Opschalingsniveau / Opgesteld door / Volgend situatierapport
table with shaded labels, headings in ``Kop1``, the points entries of ``Lijstopsommingsteken``, "Aanpak:" in bold
inside a risk's entry, a "Tabel 1" of water levels in metres above NAP under the forecast, "Verspreiding:" and
"Vastgesteld door:", "Pagina 1 van 2" in the footer; "1.250", "12%", "€ 3.400", "5 januari") and an NHS trust's
"Critical Incident Update" (the NHS mark and the trust's name right-aligned in the page header under "OFFICIAL",
the title in NHS blue, the incident and "Update 3 | Wednesday 20 November 2024 | 14:00", an incident status table
with a red status cell, then Word's own multilevel list numbering the whole report — the headings in Heading 1
at its first level "1.", each point a paragraph at its second level "1.1", "1.2" restarting under each heading,
the numbers in numbering.xml and nowhere in the text —, each risk's mitigation its next sentence in italics after
a line break in the same paragraph, without a lead, "Prepared by:", "Next update:" and "Enquiries:" lines and
"Page 1 of 2" in the footer; "1,250", "12%", "(previous update: 5)").
"""

from __future__ import annotations

from datetime import timedelta

from blind7_layouts_content import MAANDEN, report_day
from blind8_layouts_ooxml import add_list, number_paragraph
from blind10_layouts_word import _shade
from blind14_layouts_word import _fields
from blind17_layouts_content import DAGEN_NL, LEADS, split_mitigation
from council_layouts_gold import Doc
from council_layouts_writers import _save

NL_IDS = {"Heading1": "Kop1", "Heading2": "Kop2", "Title": "Titel", "ListParagraph": "Lijstalinea",
          "ListBullet": "Lijstopsommingsteken", "Header": "Koptekst", "Footer": "Voettekst",
          "Caption": "Bijschrift"}  # fmt: skip
GAUGES = {
    "Waterschap Rivierenland": (("Lobith (Rijn)", 15.1), ("Nijmegen-haven (Waal)", 12.9), ("Tiel (Waal)", 9.4),
                                ("Zaltbommel (Waal)", 6.8)),
    "Waterschap Limburg": (("Sint Pieter (Maas)", 46.2), ("Roermond (Maas)", 20.6), ("Venlo (Maas)", 16.9),
                           ("Gennep (Maas)", 13.1)),
    "Waterschap Vallei en Veluwe": (("Deventer (IJssel)", 6.7), ("Olst (IJssel)", 5.4), ("Wijhe (IJssel)", 4.6),
                                    ("Hattem (IJssel)", 2.9)),
    "Waterschap Rijn en IJssel": (("Lobith (Rijn)", 15.1), ("Pannerden (Pannerdensch Kanaal)", 14.2),
                                  ("Doesburg (IJssel)", 11.3), ("Zutphen (IJssel)", 8.6)),
}  # fmt: skip
NHS_BLUE = "005EB8"
LEGAL = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
)


def _rename_ids(d, ids: dict[str, str]) -> None:
    """The style ids a localised Word writes for its built-in styles (the names stay "heading 1" …), in the
    styles, their references and the list levels that name them."""
    from docx.oxml.ns import qn

    for style in d.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in ids:
            style.set(qn("w:styleId"), ids[style.get(qn("w:styleId"))])
        for ref in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(ref))
            if el is not None and el.get(qn("w:val")) in ids:
                el.set(qn("w:val"), ids[el.get(qn("w:val"))])
    for el in d.part.numbering_part.element.iter(qn("w:pStyle")):
        if el.get(qn("w:val")) in ids:
            el.set(qn("w:val"), ids[el.get(qn("w:val"))])


def _lead_runs(p, item, lang: str) -> None:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        p.add_run(item.text)
        return
    p.add_run(risk + " ")
    p.add_run(lead).bold = True
    p.add_run(" " + mitigation)


def _nl_day(when) -> str:
    return f"{DAGEN_NL[when.weekday()]} {when.day} {MAANDEN[when.month - 1]} {when.year}"


# ---------------------------------------------------------------- Dutch water board


def docx_situatie_waterschap(doc: Doc) -> bytes:
    """The water board's high-water situation report as its action centre's information manager writes it."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    for name, size in (("Heading 1", 12.5), ("Title", 22)):
        d.styles[name].font.size = Pt(size)
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    _rename_ids(d, NL_IDS)
    when = report_day(doc)
    sec = d.sections[0]
    head = sec.header.paragraphs[0]
    head.add_run(doc.organisation).bold = True
    head.add_run("\tCalamiteitenorganisatie\tNiet voor publicatie")
    _fields(sec.footer.paragraphs[0], f"Situatierapport nr. {doc.number} – {when:%d-%m-%Y}\t\t"
                                      "Pagina {PAGE} van {NUMPAGES}")  # fmt: skip
    d.add_paragraph("Situatierapport hoogwater", style="Title")
    nxt = when + timedelta(days=1)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in (("Nummer", str(doc.number)), ("Datum en tijd", f"{_nl_day(when)}, 16.00 uur"),
                         ("Opschalingsniveau", "Fase 2 – Dreiging"),
                         ("Opgesteld door", "Informatiemanager Waterschapsactiecentrum (WAC)"),
                         ("Volgend situatierapport", f"{_nl_day(nxt)}, 08.00 uur")):  # fmt: skip
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _shade(cells[0], "DCEAF4")
        cells[1].paragraphs[0].add_run(value)
    d.add_paragraph()
    for s in doc.sections:
        d.add_paragraph(s.heading, style="Heading 1")
        for it in s.items:
            _lead_runs(d.add_paragraph(style="List Bullet"), it, "nl")
        if s.key == "forecast":
            _levels(d, doc, when)
    d.add_paragraph()
    for label, text in (("Verspreiding: ", "dijkgraaf en dagelijks bestuur, crisisteam, veiligheidsregio, "
                                           "Rijkswaterstaat, buurwaterschappen"),
                        ("Vastgesteld door: ", "beleidsteam waterschap")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
    return _save(d)


def _levels(d, doc: Doc, when) -> None:
    """The gauges' levels in metres above NAP under their caption, as Rijkswaterstaat gives them."""
    gauges = GAUGES.get(doc.organisation, GAUGES["Waterschap Rivierenland"])
    cap = d.add_paragraph(style="Caption")
    cap.add_run(f"Tabel 1 Waterstanden {when.day} {MAANDEN[when.month - 1]} 16.00 uur (bron: Rijkswaterstaat)")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Meetpunt", "Waterstand (m +NAP)", "Verwachting +48 uur", "Trend"),
                          strict=True):  # fmt: skip
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "DCEAF4")
    for gauge, base in gauges:
        level = base + 0.13 * doc.number
        cells = table.add_row().cells
        cells[0].text = gauge
        cells[1].text = f"{level:.2f}".replace(".", ",")
        cells[2].text = f"{level + 0.21 - 0.1 * doc.number:.2f}".replace(".", ",")
        cells[3].text = "▲" if doc.number < 3 else "▼"
    d.add_paragraph()


# ---------------------------------------------------------------- NHS trust critical incident update


def _legal_list(d) -> int:
    """Word's multilevel list "1." / "1.1", its first level linked to Heading 1; the list's numId."""
    nid = add_list(d, LEGAL, "multilevel")
    num_pr = d.styles["Heading 1"].element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = nid
    d.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
    return nid


def docx_critical_incident(doc: Doc) -> bytes:
    """The trust's critical incident update as its incident coordination centre issues it twice a day."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    h1 = d.styles["Heading 1"].font
    h1.name, h1.size, h1.color.rgb = "Arial", Pt(12.5), RGBColor.from_string(NHS_BLUE)
    nid = _legal_list(d)
    when = report_day(doc)
    sec = d.sections[0]
    official = sec.header.paragraphs[0]
    official.text = "OFFICIAL"
    official.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark = sec.header.add_paragraph()
    mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = mark.add_run(" NHS ")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), RGBColor(0xFF, 0xFF, 0xFF)
    run._r.get_or_add_rPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                             f'w:fill="{NHS_BLUE}"/>'))  # fmt: skip
    name = sec.header.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = name.add_run(doc.organisation)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(9.5), RGBColor.from_string(NHS_BLUE)
    _fields(sec.footer.paragraphs[0], f"Critical Incident Update {doc.number} – {when:%d/%m/%Y}\t\t"
                                      "Page {PAGE} of {NUMPAGES}")  # fmt: skip
    run = d.add_paragraph().add_run("Critical Incident Update")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), RGBColor.from_string(NHS_BLUE)
    run = d.add_paragraph().add_run("Pathology IT outage – Laboratory Information System (LIMS)")
    run.bold, run.font.size = True, Pt(13)
    d.add_paragraph(f"Update {doc.number} | {when:%A} {when.day} {when:%B %Y} | 14:00")
    declared = when - timedelta(days=doc.number - 1)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in (("Incident status", "CRITICAL INCIDENT – ONGOING"),
                         ("Declared", f"{declared.day} {declared:%B %Y}, 09:40"),
                         ("Incident Director (Gold)", "Chief Operating Officer"),
                         ("Tactical lead (Silver)", "Director of Operations, Clinical Support Services"),
                         ("Incident Coordination Centre", "Seminar Room 2, Education Centre – ext. 4400")):  # fmt: skip
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _shade(cells[0], "E8EDEE")
        run = cells[1].paragraphs[0].add_run(value)
        if label == "Incident status":
            run.bold, run.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
            _shade(cells[1], "DA291C")
    for s in doc.sections:
        title = s.heading.split(" ", 1)[1] if s.heading[:1].isdigit() else s.heading
        d.add_paragraph(title, style="Heading 1")
        for it in s.items:
            p = d.add_paragraph()
            number_paragraph(p, nid, 1)
            p.paragraph_format.space_after = Pt(4)
            risk, _, mitigation = split_mitigation(it, LEADS["nhs"])
            if mitigation:
                p.add_run(risk).add_break()
                p.add_run(mitigation).italic = True
            else:
                p.add_run(it.text)
    d.add_paragraph()
    nxt = when + timedelta(days=1)
    for label, text in (("Prepared by: ", "Incident Coordination Centre on behalf of the Incident Director"),
                        ("Next update: ", f"{nxt:%A} {nxt.day} {nxt:%B %Y}, 10:00"),
                        ("Enquiries: ", "Incident Coordination Centre, ext. 4400 | icc@nhs.example.net")):  # fmt: skip
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
    return _save(d)
