"""A report printed as one article of a gazette or a newsletter, among the council's notices: the headline naming
the report is set far larger than any other heading, the other articles stand before it under headings of their
own, its sections follow under smaller ones, and another article may follow it under a heading as large as the
others'. The report is the article: its headline names it, and no other article's text is an item; signed, it
ends at its byline. In two columns and in one, in Romansh and in English."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

ISSUES = {
    "romansh": {
        "before": [("Communicaziuns dal cussegl communal", "La sesida dal cussegl communal vegn spustada."),
                   ("Dumondas da construcziun", "Parcella nr. 412, Via Principala 18: sanaziun dal tetg.")],
        "headline": "Rapport dal stab da crisa nr. 2",
        "sections": [("Resumaziun", ["La bova ha cuvrì il quartier da Runcs cun crappa e fanga."]),
                     ("Donns", ["27 chasas èn donnegiadas.", "14 stallas èn cuvridas cun fanga."]),
                     ("Custs", ["Il chantun ha garantì ina contribuziun da CHF 843'000."])],
        "after": ("Avis da la chanzlia", "La chanzlia è serrada il venderdi."),
        "byline": "Stab da crisa communal",
        "agenda": ("Agenda", ["Sonda: Marcà purtret sin la plazza", "Dumengia: Cult divin en la baselgia"]),
    },
    "english": {
        "before": [("Council notices", "The council meeting of 20 July is postponed."),
                   ("Planning applications", "Plot 412, High Street 18: new roof.")],
        "headline": "Flood situation report No. 2",
        "sections": [("Summary", ["The debris flow covered the lower village in mud."]),
                     ("Damage", ["27 houses are damaged.", "14 barns are covered in mud."]),
                     ("Costs", ["The county has promised a grant of £843,000."])],
        "after": ("From the clerk's office", "The office is closed on Friday."),
        "byline": "— The village flood team",
        "agenda": ("What's on", ["Saturday: Farmers' market on the green", "Sunday: Service at St Mary's church"]),
    },
}  # fmt: skip


def _gazette(issue: dict, columns: int, signed: bool = False) -> bytes:
    from weasyprint import HTML

    before = "".join(f"<h3>{escape(h)}</h3><p>{escape(t)}</p>" for h, t in issue["before"])
    sections = "".join(
        f"<h4>{escape(h)}</h4><ul>{''.join(f'<li>{escape(p)}</li>' for p in pts)}</ul>" for h, pts in issue["sections"]
    )
    if signed:  # the byline under the last points, then the gazette's agenda in a box of its own
        title, lines = issue["agenda"]
        agenda = "".join(f"<div>{escape(t)}</div>" for t in lines)
        sections += f"<p><i>{escape(issue['byline'])}</i></p><div class='box'><h5>{escape(title)}</h5>{agenda}</div>"
    after = f"<h3>{escape(issue['after'][0])}</h3><p>{escape(issue['after'][1])}</p>"
    css = (
        f"@page{{size:A4;margin:15mm}} body{{font:9.5pt 'Liberation Serif'}}"
        f" .cols{{column-count:{columns};column-gap:6mm}}"
        " .mast{font:bold 34pt 'Liberation Sans'} h2{font:bold 17pt 'Liberation Sans'} h3{font:bold 10.5pt"
        " 'Liberation Sans'} h4{font:bold 9pt 'Liberation Sans';color:#a00} h5{font:bold 8.5pt 'Liberation Sans';"
        "margin:0} .box{margin-top:14pt;font-size:8.5pt}"
    )
    html = (
        f"<html><head><style>{css}</style></head><body><div class='mast'>Fegl ufficial</div><p>Nr. 25 · 15 July "
        f"2026</p><div class='cols'>{before}<h2>{escape(issue['headline'])}</h2>{sections}{after}</div></body></html>"
    )
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed-over-the-agenda"])
@pytest.mark.parametrize("columns", [2, 1], ids=["two-columns", "one-column"])
@pytest.mark.parametrize("language", list(ISSUES))
def test_the_report_is_its_article(language: str, columns: int, signed: bool) -> None:
    """Signed, the article ends at its byline: the agenda set after it in a box is the gazette's, not a section."""
    issue = ISSUES[language]
    report = parse_bytes(_gazette(issue, columns, signed), "gazette.pdf")[0]
    assert report.title == issue["headline"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == issue["sections"]
    assert any("other articles" in w for w in report.warnings)


def test_a_letterhead_set_as_headings_over_the_title_is_no_article() -> None:
    import io

    import docx
    from docx.shared import Pt

    d = docx.Document()
    for text, size in (("NHS Fenland and Wash Integrated Care Board", 16), ("System Co-ordination Centre", 14),
                       ("Daily System Situation Report 1", 24)):  # fmt: skip
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    d.add_paragraph("Monday 29 December 2025 – position at 08:00")
    for heading, point in (("System overview", "87 escalation beds are open."), ("Workforce", "Sickness is 5.2%.")):
        run = d.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(11)
        d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "sitrep.docx")[0]
    assert [s.heading for s in report.sections] == ["System overview", "Workforce"]
    assert not any("other articles" in w for w in report.warnings)
