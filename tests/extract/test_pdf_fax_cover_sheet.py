"""A report sent by fax, as the receiving fax server files it: a cover sheet (the sender's letterhead, "TELEFAX",
the fields To / Fax / From / Date / Pages / Subject, a row of tick boxes and the confidentiality notice), then the
report's pages under the sender's line, its name with its number and its "as at" line. The cover sheet is no part
of the report's text (the notice and the tick boxes are counted), the report's name is its title and its sections
read as written. In German, with the subject naming the report, and with its particulars over a wider layout; in
English, whose To / From / Date / Subject fields are no mail's header, with the subject's label over its value ("Re:")
and with a US cover's capitals. The cover's name is set letter-spaced ("T E L E F A X"), read as the word."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

LANGUAGES = {
    "german": {
        "fields": [("An:", "Regierung von Oberbayern"), ("Fax:", "089 2176-2990"), ("Von:", "Thomas Huber, FüGK"),
                   ("Datum:", "19.01.2026"), ("Seiten:", "2"), ("Betreff:", "Lagemeldung Nr. 1 – Schneekatastrophe")],
        "boxes": ["Eilt", "Zur Kenntnis", "Bitte um Rückruf"],
        "notice": "Diese Telefaxmitteilung ist ausschließlich für den Adressaten bestimmt. Sollten Sie dieses Telefax "
                  "irrtümlich erhalten haben, benachrichtigen Sie uns bitte umgehend telefonisch.",
        "title": "Lagemeldung Nr. 1",
        "as_at": "Stand: 19. Januar 2026, 07:00 Uhr",
        "sections": [("1. Zusammenfassung", ["Seit dem 16. Januar führt starker Schneefall zu Beeinträchtigungen."]),
                     ("2. Eingesetzte Kräfte", ["Im Einsatz sind 412 Kräfte der Feuerwehren."])],
    },
    "german, more fields": {
        "fields": [("Empfänger:", "Regierung von Schwaben"), ("Telefax:", "0821 327-2990"), ("Absender:", "FüGK"),
                   ("Datum:", "20.01.2026"), ("Seiten (inkl. Deckblatt):", "2"), ("Bemerkung:", "Zur Weiterleitung."),
                   ("Betreff:", "Lagemeldung Nr. 2 – Schneekatastrophe")],
        "boxes": ["Dringend", "Zur Kenntnis", "Zur Stellungnahme", "Bitte um Rückruf"],
        "notice": "Dieses Telefax enthält vertrauliche Informationen und ist ausschließlich für den Empfänger "
                  "bestimmt.",
        "title": "Lagemeldung Nr. 2",
        "as_at": "Stand: 20. Januar 2026, 06:00 Uhr",
        "sections": [("1. Aktuelle Lage", ["In den letzten 24 Stunden fielen bis zu 40 cm Neuschnee."]),
                     ("2. Kosten", ["Die Kosten belaufen sich bisher auf 1,2 Mio. Euro."])],
    },
    "english": {
        "fields": [("To:", "Regional Emergency Operations Centre"), ("Fax:", "(555) 201-4400"),
                   ("From:", "Janet Moore, Duty Officer"), ("Date:", "19 January 2026"),
                   ("Pages:", "2 (including cover)"), ("Re:", "Situation Report No. 1 – Winter storm")],
        "boxes": ["Urgent", "For Review", "Please Comment", "Please Reply"],
        "notice": "This facsimile contains confidential information intended only for the addressee. If you have "
                  "received it in error, please notify us by telephone immediately.",
        "title": "Situation Report No. 1",
        "as_at": "As at 07:00, 19 January 2026",
        "sections": [("1. Summary", ["Heavy snow since 16 January has closed 14 roads."]),
                     ("2. Staffing", ["412 staff are deployed across the county."])],
    },
    "english, capitals": {
        "fields": [("TO:", "State EOC"), ("COMPANY:", "State Emergency Management"), ("FAX NUMBER:", "555-201-4400"),
                   ("FROM:", "County EOC"), ("DATE:", "01/20/2026"), ("TOTAL NO. OF PAGES INCLUDING COVER:", "2"),
                   ("SUBJECT:", "Situation Report No. 2"), ("NOTES/COMMENTS:", "Please distribute to the desks.")],
        "boxes": ["Urgent", "For Review", "Please Comment", "Please Reply", "Please Recycle"],
        "notice": "The information contained in this facsimile is confidential and intended only for the use of the "
                  "recipient named above.",
        "title": "Situation Report No. 2",
        "as_at": "As at 06:00, 20 January 2026",
        "sections": [("Current situation", ["Snow ploughs have cleared 80% of the primary routes."]),
                     ("Shelters", ["Two warming centres hosted 57 residents overnight."])],
    },
}  # fmt: skip
CSS = """@page { size: A4; margin: 18mm; } body { font: 10.5pt "Liberation Sans", sans-serif; }
.fax { font-size: 22pt; letter-spacing: 6pt; margin: 30pt 0 16pt; } td { padding: 4pt 10pt 4pt 0; vertical-align: top; }
.boxes { white-space: pre; } .notice { font-size: 9pt; margin-top: 24pt; } .page { page-break-before: always; }
h1 { font-size: 14pt; } h2 { font-size: 11.5pt; }"""


def _fax(lang: dict) -> bytes:
    from weasyprint import HTML

    rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in lang["fields"])
    boxes = "      ".join(f"{'☒' if n == 1 else '☐'} {escape(b)}" for n, b in enumerate(lang["boxes"]))
    body = "".join(
        f"<h2>{escape(h)}</h2><ul>{''.join(f'<li>{escape(p)}</li>' for p in pts)}</ul>" for h, pts in lang["sections"]
    )
    html = (
        f"<html><head><style>{CSS}</style></head><body><p><b>County Council</b><br>Emergency Management</p>"
        f'<div class="fax">TELEFAX</div><table>{rows}</table><p class="boxes">{boxes}</p>'
        f'<p class="notice">{escape(lang["notice"])}</p><div class="page"><p>County Council · Emergency '
        f"Management</p><h1>{escape(lang['title'])}</h1><p><b>{escape(lang['as_at'])}</b></p>{body}</div></body></html>"
    )
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_cover_sheet_is_no_part_of_the_report(language: str) -> None:
    lang = LANGUAGES[language]
    report = parse_bytes(_fax(lang), "fax.pdf")[0]
    assert (report.title or "").startswith(lang["title"])  # the cover's subject may name it, with its topic
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == lang["sections"]
    assert any("confidentiality notice" in w or "disclaimer" in w for w in report.warnings)
