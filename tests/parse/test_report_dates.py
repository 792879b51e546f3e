"""Report dates and numbers from the report itself, in English, French, Spanish and Portuguese."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.parse.metadata import find_date, find_number, report_date
from sitroom.read import parse_text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Novel Coronavirus Situation Report – 16", 16),
        ("Flood Situation Report – 1 8", 18),  # digits kerned apart at the end of a PDF title
        ("Situation Report – 16 - ERRATUM", 16),
        ("Sitrep N° 15", 15),
        ("Actualización nº 31. Enfermedad por el coronavirus", 31),
        ("Boletim Epidemiológico nº 5", 5),
        ("Point de situation n° 7", 7),
        ("Surveillance report, epi week 42", 42),
        ("Weekly Bulletin No. 5", 5),
        ("COVID-19 UPDATE 16 March 2020", None),  # a day of the month, not a number
        ("Update 2020", None),
    ],
)
def test_report_numbers(text, number):
    assert find_number(text) == number


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("26.02.2020", date(2020, 2, 26)),
        ("Data update as of 07 th November 2022", date(2022, 11, 7)),
        ("26 de febrero de 2020", date(2020, 2, 26)),
        ("Date de rapportage : 3 mars 2020", date(2020, 3, 3)),
        ("Situação em 1 de março de 2021", date(2021, 3, 1)),
        ("July 02, 2021", date(2021, 7, 2)),
        ("10/16/2017", date(2017, 10, 16)),
    ],
)
def test_dates_in_four_languages(text, day):
    assert find_date(text) == day


def test_the_masthead_date_beats_a_table_caption_and_the_newest_dateline_wins_without_one():
    caption = ["Contact tracing summaries as of 02nd November 2022"]
    assert report_date(["Situation Report 43", "as of 3 November 2022"], "", caption) == date(2022, 11, 3)
    body = "On 20th September 2022 an outbreak was declared. Summaries as of 02nd November 2022."
    later = ["Case management summaries as of 03rd November 2022"]
    assert report_date(["Situation Report 43"], body, later) == date(2022, 11, 3)


def test_a_parsed_report_takes_its_masthead_date_not_a_past_event():
    report = parse_text(
        "Outbreak Situation Report 12\n\nData as reported by 5 February 2020\n\nHIGHLIGHTS\n\n"
        "• The outbreak was declared on 20 January 2020\n\n• Cases as of 3 February 2020 in the annex\n",
        source="sitrep (4).txt",
    )
    assert (report.number, report.date) == (12, date(2020, 2, 5))


def test_a_title_naming_only_a_month_dates_the_report_to_its_end():
    assert report_date(["Reproducible Builds in September 2019"], "published 2019-10-05") == date(2019, 9, 30)
    assert report_date(["Informe mensual de febrero de 2020"], "") == date(2020, 2, 29)
    assert report_date(["Situation Report 4 – 20 April 2020"], "") == date(2020, 4, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Weekly report covering 1 March 2021 to 7 March 2021",
        "Rapport hebdomadaire du 1er mars 2021 au 7 mars 2021",
        "Informe semanal del 01/03/2021 al 07/03/2021",
        "Relatório semanal de 1 de março de 2021 até 7 de março de 2021",
        "Reporting period: 01.03.2021 – 07.03.2021",
        "Weekly report, 1–7 March 2021",
    ],
)
def test_a_report_on_a_period_stands_as_of_its_last_day(text):
    assert find_date(text) == date(2021, 3, 7)


def _docx_report(subtitle: str, caption: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Weekly Situation Report 12", style="Title")
    d.add_paragraph(subtitle, style="Subtitle")
    d.add_heading("Key activity", level=1)
    d.add_paragraph("Vaccination centres opened in two more districts.", style="List Bullet")
    d.add_paragraph(caption)
    d.add_heading("Risks", level=1)
    d.add_paragraph("Staff absence is rising in the east.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("subtitle", "caption"),
    [
        ("Covering 1 March 2021 to 7 March 2021", "Table 1. Cases as of 28 February 2021"),
        ("Période du 1er au 7 mars 2021", "Tableau 2. Données au 5 mars 2021"),
        ("Datos hasta el 7 de marzo de 2021", "Tabla 1. Casos a 1 de marzo de 2021"),
    ],
)
def test_the_title_area_dates_a_word_report_not_its_table_caption(subtitle, caption):
    from sitroom.read import parse_bytes

    report = parse_bytes(_docx_report(subtitle, caption), "sitrep (9).docx")[0]
    assert (report.number, report.date) == (12, date(2021, 3, 7))


def test_the_title_area_dates_a_web_page_report():
    from sitroom.read import parse_bytes

    page = (
        "<html><body><main><h1>Flood bulletin No. 3</h1><p>Situation as at 7 March 2021, 18:00</p>"
        "<h2>Response</h2><ul><li>Pumps deployed on the river road since 1 March 2021.</li>"
        "<li>Rest centre open.</li></ul><p>Figure 1. Rainfall to 2 March 2021</p></main></body></html>"
    )
    report = parse_bytes(page.encode(), "sitrep (2).html")[0]
    assert (report.number, report.date) == (3, date(2021, 3, 7))
