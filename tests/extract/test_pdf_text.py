"""PDF text as printed: numbers split into runs, bold faked by double drawing, furniture in any dress,
numbered and Roman-numeral headings, in English and French layouts generated with reportlab."""

from __future__ import annotations

from pdf_sheets import BOLD, HEIGHT, WIDTH, Sheet

from sitroom.extract import extract_bytes
from sitroom.extract.base import ExtractContext
from sitroom.model import Report
from sitroom.read import parse_bytes


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _items(report: Report) -> list[str]:
    return [i.text for i in report.items()]


def _headings(report: Report) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in report.sections if s.heading]


def _intro(sheet: Sheet, title: str = "Weekly Situation Report No. 12") -> None:
    sheet.line(title, font=BOLD, size=18)
    sheet.gap()


def test_digits_of_one_number_stay_together_however_the_runs_are_split() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Key figures")
    # each part is its own text object; the gaps are the thin spacing producers put inside numbers
    s.runs([("Since the start of the outbreak 1", 0.4), ("88 deaths were recorded, 1", 0.3), ("7.0% of cases.", 0)])
    s.runs([("Most cases are aged 21", 0.2), ("-30 years; the 1", 0.3), ("st week saw 40 554 contacts.", 0)])
    s.runs([("Cases were found in 1", 0.2), ("1", 0.2), ("3 Local Government Areas of the state.", 0)])
    s.gap()
    s.line("Two words drawn apart stay apart: the next", font="Helvetica")
    s.runs([("sentence ends", 3.5), ("here.", 0)])
    text = " ".join(_items(_parse(s.pdf())))
    assert "188 deaths" in text and "17.0% of cases" in text
    assert "21-30 years" in text and "1st week" in text
    assert "113 Local Government Areas" in text
    assert "40 554 contacts" in text  # a printed thousands space is kept
    assert "sentence ends here." in text
    assert "1 88" not in text and "1 7.0" not in text


def test_bold_faked_by_drawing_twice_reads_once() -> None:
    s = Sheet()
    _intro(s)
    s.fake_bold("Coordination")
    s.para(["Partners met twice this week to plan the response in the three districts."])
    s.fake_bold("Surveillance", per_glyph=True)
    s.para(["Active case finding continues in all health facilities of the districts."])
    report = _parse(s.pdf())
    assert [h for h, _ in _headings(report)] == ["Coordination", "Surveillance"]
    assert _items(report)[0].startswith("Partners met twice")


def _furniture(sheet: Sheet, page: int) -> None:
    sheet.text(56, HEIGHT - 30, "Ministry of Health", BOLD, 9)
    sheet.text(56, HEIGHT - 41, "Plot 6 Lourdel Road, P.O. Box 7272, Kampala", size=8)
    sheet.text(330, HEIGHT - 30, "Tel: +256 414 340 874 | info@health.example.org", size=8)
    sheet.text(330, HEIGHT - 41, "Twitter: @MinHealthExample", size=8)
    footer = (f"{page} | P a g e", f"Page {page} of 3", f"- {page} -")[page - 1]
    sheet.text(WIDTH / 2 - 20, 28, footer, size=8)


def test_page_furniture_in_any_form_is_left_out_and_counted() -> None:
    s = Sheet()
    s.every_page(_furniture)
    _intro(s)
    for page in range(3):
        s.heading(f"Section {page + 1} of the report")
        for n in range(4):
            s.bullet([f"Point {n + 1} of section {page + 1}: teams visited the sites and reported back."])
        if page < 2:
            s.new_page()
    data = s.pdf()
    report = _parse(data)
    text = " ".join(_items(report))
    for furniture in ("P a g e", "Page 2", "Kampala", "Tel", "@MinHealth", "Ministry of Health", "- 3 -"):
        assert furniture not in text
    assert len(_items(report)) == 12
    warnings = extract_bytes(data, "generated.pdf", ExtractContext()).warnings
    assert any("page number" in w for w in warnings)
    assert any("running header or footer" in w or "contact details" in w for w in warnings)


def test_roman_numeral_and_numbered_headings_in_a_french_report() -> None:
    s = Sheet()
    _intro(s, "Rapport de situation hebdomadaire n° 14")
    s.heading("POINTS SAILLANTS", number="I.")
    s.bullet(["Au total, 1 245 cas suspects ont été notifiés au cours de la semaine."])
    s.bullet(["Le taux de létalité reste stable à 2,1 % dans les zones de santé touchées."])
    s.heading("SITUATION ÉPIDÉMIOLOGIQUE", number="II.")
    s.heading("Situation des alertes", number="1.", font="Helvetica", size=s.size)
    s.para(["Les équipes ont investigué 87 alertes, dont 64 validées comme cas suspects."], x=84)
    s.heading("Riposte", number="2.", font="Helvetica", size=s.size)
    s.para(["La vaccination des contacts se poursuit dans les aires de santé concernées."], x=84)
    s.heading("Coordination", number="2.1", font=BOLD, size=s.size)
    s.para(["Les réunions de coordination se tiennent chaque jour au centre des opérations."], x=84)
    report = _parse(s.pdf())
    assert _headings(report) == [
        ("I. POINTS SAILLANTS", 1),
        ("II. SITUATION ÉPIDÉMIOLOGIQUE", 1),
        ("1. Situation des alertes", 2),
        ("2. Riposte", 2),
        ("2.1 Coordination", 3),
    ]
    assert _items(report)[0].startswith("Au total, 1 245 cas suspects")


def test_a_numbered_list_stays_a_list() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Recommendations")
    for n, t in enumerate(("Train staff in the new triage protocol", "Stock two weeks of supplies", "Report daily")):
        s.text(s.left, s.y, f"{n + 1}.")
        s.line(t, x=s.left + 18)
    report = _parse(s.pdf())
    assert _headings(report) == [("Recommendations", 1)]
    assert _items(report) == ["Train staff in the new triage protocol", "Stock two weeks of supplies", "Report daily"]


def test_a_masthead_beside_the_logo_is_not_content() -> None:
    s = Sheet()
    s.c.rect(260, HEIGHT - 80, 60, 50)  # the logo's frame
    s.text(56, HEIGHT - 45, "Ministère de la Santé Publique", BOLD, 9)
    s.text(56, HEIGHT - 56, "Direction de la Surveillance Épidémiologique", size=8)
    s.text(360, HEIGHT - 45, "République Démocratique du Congo", BOLD, 9)
    s.text(360, HEIGHT - 56, "Avenue de la Justice 39, Kinshasa", size=8)
    s.y = HEIGHT - 120
    s.line("Rapport de situation n° 21 – Rougeole", font=BOLD, size=18)
    s.gap()
    s.heading("Points saillants")
    s.bullet(["Au total, 312 cas suspects ont été notifiés dans 14 zones de santé."])
    s.bullet(["La riposte vaccinale a commencé dans deux zones de santé."])
    report = _parse(s.pdf())
    assert report.title == "Rapport de situation n° 21 – Rougeole"
    assert _headings(report) == [("Points saillants", 1)]
    assert len(_items(report)) == 2


def test_a_contact_block_and_a_photo_caption_are_not_content() -> None:
    s = Sheet()
    _intro(s)
    s.heading("Next steps")
    s.bullet(["The next report will be issued on Friday after the coordination meeting."])
    s.gap()
    s.c.rect(s.left, s.y - 80, 200, 90)  # a photo's frame, and its caption under it
    s.y -= 95
    s.line("Photo: the vaccination team in Kasese district", size=8)
    s.gap(2)
    s.line("For further information, please contact:")
    for t in ("Dr Jane Achieng", "Incident Manager, Ministry of Health", "Tel: +256 772 123 456"):
        s.line(t)
    s.line("Email: j.achieng@health.example.org")
    report = _parse(s.pdf())
    text = " ".join(_items(report))
    for line in ("Achieng", "Incident Manager", "+256", "Email", "Photo", "vaccination team"):
        assert line not in text
    assert _items(report)[0].startswith("The next report will be issued on Friday")
