"""The closing block after a report's last point — an "end of report" line, a sign-off lead ("Für den
Bezirkshauptmann:", "Pour le préfet,", "Por orden,", "i.A.", "On behalf of", "Signed", "73 de …"), then a name
and a post — is furniture: left out and counted, never an item or a heading. Generated here in Word, plain
text and PDF, in English, French, Spanish and German, each in two layouts; a point that names a post, a
label over the last points and a list's last entry about the next meeting stay items."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

# (heading, points) of each report, and its closing block, by language
REPORTS = {
    "de": (
        "Lagebericht Nr. 4",
        [
            (
                "Lage",
                ["Die Schneefallgrenze sinkt auf 600 Meter.", "Drei Gemeinden sind nur eingeschränkt erreichbar."],
            ),
            (
                "Weitere Vorgangsweise",
                ["Nächste Lagebesprechung am 12. Jänner um 07:00 Uhr.", "Information der Gemeinden."],
            ),
        ],
        [
            "Ende des Berichts",
            "Für den Bezirkshauptmann:",
            "Mag. Eva Gruber e.h.",
            "Leiterin der Bezirkseinsatzleitung",
        ],
    ),
    "fr": (
        "Point de situation n° 2",
        [
            ("Situation générale", ["La crue de la Meuse se stabilise à Namur.", "Deux écoles restent fermées."]),
            (
                "Actions engagées",
                ["Distribution de sacs de sable dans trois communes.", "Renfort de la protection civile."],
            ),
        ],
        ["Fin du rapport", "Pour le préfet et par délégation,", "Le directeur de cabinet", "Jean Dupont"],
    ),
    "es": (
        "Reporte de situación N° 5",
        [
            ("Situación general", ["El incendio afecta a 1.200 hectáreas.", "Se mantiene la alerta roja comunal."]),
            ("Próximos pasos", ["Catastro de viviendas dañadas.", "Reunión del comité regional a las 09:00 horas."]),
        ],
        ["Fin del informe", "Por orden,", "María Soto Ríos", "Jefa de Operaciones"],
    ),
    "en": (
        "Situation Report 3",
        [
            ("Net status", ["Repeater on mains power again since 0400.", "HF link to the county working."]),
            ("Next net", ["Review the need for the net with the council at 1600.", "Next scheduled net at 1900."]),
        ],
        ["Sitrep ends.", "73 de G4ABC", "--", "RAYNET Northwold | Group Controller | G4ABC"],
    ),
}


def _points(lang: str) -> list[str]:
    return [p for _, points in REPORTS[lang][1] for p in points]


def _check(report, lang: str, signature: list[str]) -> None:
    items = [i.text for s in report.sections for i in s.items]
    headings = [s.heading for s in report.sections if s.heading]
    assert items == _points(lang)
    assert headings == [h for h, _ in REPORTS[lang][1]]
    assert not any(line in text for line in signature for text in [*items, *headings] if line != "--")
    assert any("signature" in w for w in report.warnings)


# ---------------------------------------------------------------- Word


def _docx(lang: str, styled: bool, closing: list[str]) -> bytes:
    title, sections, _ = REPORTS[lang]
    d = docx.Document()
    d.add_heading(title, 0)
    for heading, points in sections:
        if styled:
            d.add_heading(heading, 1)
        else:  # a bold line set as the heading by hand
            run = d.add_paragraph().add_run(heading)
            run.bold, run.font.size = True, Pt(13)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph("")
    for line in closing:
        para = d.add_paragraph(line)
        if not styled:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# other leads: signing for someone ("On behalf of", "i.A."), or "Signed" over the name
OTHER_CLOSINGS = {
    "en": ["End of report", "On behalf of the Chief Executive", "Sam Green", "Head of Resilience"],
    "de": ["i.A. Dr. Karl Huber", "Leiter des Stabes"],
    "es": ["Signed", "Ana Pérez", "Coordinadora regional"],
}


@pytest.mark.parametrize("styled", [True, False])
@pytest.mark.parametrize(
    "lang, other", [("de", False), ("fr", False), ("es", False), *((k, True) for k in OTHER_CLOSINGS)]
)
def test_word_signature_block_is_no_item(lang: str, other: bool, styled: bool) -> None:
    closing = OTHER_CLOSINGS[lang] if other else REPORTS[lang][2]
    report = parse_bytes(_docx(lang, styled, closing), "r.docx")[0]
    _check(report, lang, closing)


# ---------------------------------------------------------------- plain text


def _text(lang: str, setext: bool, closing: list[str]) -> bytes:
    title, sections, _ = REPORTS[lang]
    out = [title, "=" * len(title) if setext else "", ""]
    for heading, points in sections:
        out += [heading, "-" * len(heading), ""] if setext else [heading.upper(), ""]
        out += [f"{'*' if setext else '-'} {p}" for p in points]
        out.append("")
    for line in closing:
        out += [line, ""] if setext else [line]
    return "\n".join(out).encode()


@pytest.mark.parametrize("setext", [True, False])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_text_signature_block_is_no_item(lang: str, setext: bool) -> None:
    closing = REPORTS[lang][2]
    report = parse_bytes(_text(lang, setext, closing), "r.txt")[0]
    if not setext:  # headings typed in capitals
        report_headings = [s.heading for s in report.sections if s.heading]
        assert report_headings == [h.upper() for h, _ in REPORTS[lang][1]]
        items = [i.text for s in report.sections for i in s.items]
        assert items == _points(lang)
        assert any("signature" in w for w in report.warnings)
    else:
        _check(report, lang, closing)
    assert any("end-of-report" in w for w in report.warnings)


# ---------------------------------------------------------------- PDF

WIDTH, HEIGHT = A4


def _pdf(lang: str, centred: bool, closing: list[str], disclaimer: str | None = None) -> bytes:
    """One page: headings at the margin, "–" points under them; the closing block at the margin or centred
    under the last point, a disclaimer in small print below it."""
    title, sections, _ = REPORTS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = HEIGHT - 80
    c.setFont("Helvetica-Bold", 15)
    c.drawString(56, y, title)
    y -= 34
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, y, heading)
        y -= 18
        c.setFont("Helvetica", 10)
        for p in points:
            c.drawString(60, y, "–")
            c.drawString(72, y, p)
            y -= 14
        y -= 10
    y -= 24
    for n, line in enumerate(closing):
        font = "Helvetica-Bold" if centred and n == 0 else "Helvetica"
        c.setFont(font, 9.5)
        if centred:
            c.drawCentredString(WIDTH / 2, y, line)
        else:
            c.drawString(56, y, line)
        y -= 12
    if disclaimer:
        c.setFont("Helvetica", 8)
        c.drawString(56, y - 8, disclaimer)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", ["fr", "de", "es"])
def test_pdf_signature_block_under_a_lead_is_no_item(lang: str) -> None:
    closing = REPORTS[lang][2]
    report = parse_bytes(_pdf(lang, False, closing), "r.pdf")[0]
    _check(report, lang, closing)


CENTRED = {
    "es": (
        ["Director(a) Regional de Emergencias", "Dirección Regional de Emergencias"],
        "La información contenida en este reporte es preliminar y está sujeta a cambios.",
    ),
    "fr": (
        ["Sophie Martin", "Directrice de la sécurité civile", "Préfecture de la Meuse"],
        "Les informations contenues dans ce rapport sont provisoires.",
    ),
}


@pytest.mark.parametrize("lang", list(CENTRED))
def test_pdf_centred_signature_without_lead_is_no_item(lang: str) -> None:
    closing, disclaimer = CENTRED[lang]
    report = parse_bytes(_pdf(lang, True, closing, disclaimer), "r.pdf")[0]
    _check(report, lang, [*closing, disclaimer])
    assert any("disclaimer" in w for w in report.warnings)


# ---------------------------------------------------------------- what stays


def _word_ending(lines: list[str]) -> list[str]:
    d = docx.Document()
    d.add_heading("Lagebericht Nr. 4", 0)
    d.add_heading("Lage", 1)
    d.add_paragraph("Die Schneefallgrenze sinkt auf 600 Meter.", style="List Bullet")
    d.add_heading("Weitere Vorgangsweise", 1)
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert not any("signature" in w for w in report.warnings)
    return [i.text for i in report.items()]


@pytest.mark.parametrize(
    "lines",
    [
        # a label over the last points: no post named, so no one signs for "die Bevölkerung"
        ["Für die Bevölkerung:", "Notquartier in der Volksschule Hohenau", "Trinkwasser am Hauptplatz"],
        # a point naming a post is a sentence of the report
        ["Der Leiter des Krisenstabs informiert die Gemeinden um 9 Uhr."],
        ["Director to brief the council at 16:00", "Signed off by the council: the road plan is agreed."],
    ],
)
def test_points_at_the_end_stay_items(lines: list[str]) -> None:
    items = _word_ending(lines)
    assert all(any(line in item for item in items) for line in lines if not line.endswith(":"))


def test_list_entry_on_the_next_meeting_stays_an_item() -> None:
    text = "\n".join(
        [
            "NEXT STEPS",
            "",
            "- Catastro de viviendas dañadas.",
            "- Próxima reunión del comité el 4 de febrero a las 09:00.",
        ]
    )
    report = parse_bytes(text.encode(), "r.txt")[0]
    assert [i.text for i in report.items()][-1] == "Próxima reunión del comité el 4 de febrero a las 09:00."


def test_centred_heading_naming_a_post_over_sentences_stays() -> None:
    """A centred line naming a post over running text is a section of the report, not a signature."""
    closing = ["Note from the Director", "Crews will be rotated every twelve hours from tomorrow morning on."]
    report = parse_bytes(_pdf("en", True, closing), "r.pdf")[0]
    items = [i.text for i in report.items()]
    assert any("rotated every twelve hours" in t for t in items)
    assert not any("signature" in w for w in report.warnings)
