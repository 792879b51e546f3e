"""A risk register headed in a language written in Cyrillic (Ризик | Проценка | Мерки | Одговорен, Риск | Оценка |
Меры | Ответственный) is read row by row, as an English one is: the risk cell the item, the measures cell its
mitigation, the rating and owner cells no item; in Word and HTML; and so is one headed in Greek, Turkish, Arabic,
Chinese, Japanese or Korean. Macedonian and Serbian section names take their
keys. Under an official letterhead, the reference line "Бр. 09-579/2 Датум: 27.01.2026 година" and the line giving
the period the report covers ("за периодот од …", "For the period from …", "Pour la période du …") are the
masthead's."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

REGISTERS = {
    "macedonian": (
        ["Ризик", "Проценка", "Мерки", "Одговорен"],
        [
            ("Прекин на снабдувањето со вода.", "Среден", "Обезбедена е цистерна со вода.", "Црвен крст"),
            ("Ризикот од пренатрупаност на центарот се следи.", "Низок", "—", "Раководител на центарот"),
        ],
    ),
    "russian": (
        ["Риск", "Оценка", "Меры", "Ответственный"],
        [
            ("Подтопление подвалов жилых домов.", "Высокий", "Работают две насосные станции.", "МЧС"),
            ("Обрыв линий электропередачи при ветре.", "Средний", "Дежурят три аварийные бригады.", "Энергосеть"),
        ],
    ),
    "serbian": (
        ["Ризик", "Процена", "Мере", "Одговоран"],
        [("Поплава локалних путева.", "Висок", "Постављени су џакови с песком.", "Општина")],
    ),
}
HEADINGS = {"macedonian": ("1. Резиме", "7. Ризици"), "russian": ("Краткая информация", "Риски"),
            "serbian": ("Сажетак", "Ризици")}  # fmt: skip


def _docx(language: str) -> bytes:
    header, rows = REGISTERS[language]
    summary, risks = HEADINGS[language]
    d = docx.Document()
    d.add_paragraph("ДНЕВЕН ИЗВЕШТАЈ бр. 2").runs[0].bold = True
    d.add_heading(summary, 1)
    d.add_paragraph("213", style="List Bullet")
    d.add_heading(risks, 1)
    table = d.add_table(rows=0, cols=4)
    for row in [header, *rows]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(language: str) -> bytes:
    header, rows = REGISTERS[language]
    summary, risks = HEADINGS[language]
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<html><body><h1>ДНЕВЕН ИЗВЕШТАЈ бр. 2</h1><h2>{summary}</h2><ul><li>213</li></ul>"
        f"<h2>{risks}</h2><table><tr>{head}</tr>{body}</table></body></html>"
    ).encode()


@pytest.mark.parametrize("language", list(REGISTERS))
@pytest.mark.parametrize("make,name", [(_docx, "r.docx"), (_html, "r.html")])
def test_a_cyrillic_risk_register_is_read_row_by_row(make, name: str, language: str) -> None:
    report = parse_bytes(make(language), name)[0]
    risks = next(s for s in report.sections if s.heading == HEADINGS[language][1])
    assert risks.key == "risks"
    rows = REGISTERS[language][1]
    assert [i.text for i in risks.items] == [r[0] for r in rows]
    assert [i.mitigation for i in risks.items] == [None if r[2] == "—" else r[2] for r in rows]
    assert report.sections[0].key == "highlights"


@pytest.mark.parametrize(
    "heading,key",
    [("2. Во бројки", "figures"), ("5. Доделена помош", "assistance"), ("8. Наредни чекори", "next-steps"),
     ("Предузете мере", "response"), ("Трошкови", "finance"), ("Наредни кораци", "next-steps")],
)  # fmt: skip
def test_macedonian_and_serbian_section_names_take_their_keys(heading: str, key: str) -> None:
    html = f"<html><body><h1>Извештај бр. 1</h1><h2>{heading}</h2><ul><li>Point.</li></ul></body></html>"
    assert parse_bytes(html.encode(), "r.html")[0].sections[0].key == key


LETTERHEAD = ["РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", "ЦЕНТАР ЗА УПРАВУВАЊЕ СО КРИЗИ", "Бр. 09-579/2 Датум: 27.01.2026 година"]
PERIODS = {
    "macedonian": ("ДНЕВЕН ИЗВЕШТАЈ бр. 2", "за периодот од 08:00 часот на 26 јануари до 08:00 часот на 27 јануари"
                   " 2026 година"),
    "english": ("DAILY REPORT No. 2", "For the period from 08:00 on 26 January to 08:00 on 27 January 2026"),
    "french": ("RAPPORT JOURNALIER n° 2", "Pour la période du 26 janvier 08h00 au 27 janvier 2026 08h00"),
    # ... or as a field: "Periode laporan: …"
    "indonesian": ("LAPORAN SITUASI No. 2", "Periode laporan: Selasa, 27 Januari 2026 pukul 08.00 WIB"),
}  # fmt: skip


@pytest.mark.parametrize("language", list(PERIODS))
def test_the_letterhead_reference_and_period_lines_are_the_masthead(language: str) -> None:
    title, period = PERIODS[language]
    d = docx.Document()
    for line in LETTERHEAD:
        d.add_paragraph(line).alignment = 1
    d.add_paragraph(title).runs[0].bold = True
    d.add_paragraph(period)
    d.add_heading("1. Резиме", 1)
    d.add_paragraph("Во центарот престојуваат 213 лица.", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert report.title == title
    assert report.number == 2
    assert report.date == date(2026, 1, 27)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("1. Резиме", ["Во центарот престојуваат 213 лица."])
    ]


MORE_REGISTERS = {
    "greek": (["Κίνδυνος", "Αξιολόγηση", "Μέτρα", "Υπεύθυνος"], "Πλημμύρα υπογείων.", "Λειτουργούν δύο αντλίες."),
    "turkish": (["Risk", "Seviye", "Önlemler", "Sorumlu"], "Bodrum katları su basabilir.", "İki pompa çalışıyor."),
    "arabic": (["الخطر", "المستوى", "إجراءات التخفيف", "المسؤول"], "غرق الطوابق السفلية.", "تعمل مضختان."),
    "chinese": (["风险", "等级", "应对措施", "责任人"], "地下室可能进水。", "两台水泵正在运行。"),
    "japanese": (["リスク", "評価", "対策", "担当"], "地下室の浸水のおそれ。", "排水ポンプ2台が稼働中。"),
    "korean": (["위험 요인", "등급", "대응 조치", "담당"], "지하층 침수 우려.", "배수 펌프 2대 가동 중."),
}


@pytest.mark.parametrize("language", list(MORE_REGISTERS))
def test_a_risk_register_headed_in_other_scripts_is_read_row_by_row(language: str) -> None:
    header, risk, mitigation = MORE_REGISTERS[language]
    head = "".join(f"<th>{h}</th>" for h in header)
    row = "".join(f"<td>{c}</td>" for c in (risk, "—", mitigation, "—"))
    html = f"<html><body><h1>Report 2</h1><h2>Risks</h2><table><tr>{head}</tr><tr>{row}</tr></table></body></html>"
    items = parse_bytes(html.encode(), "r.html")[0].items()
    assert [(i.text, i.mitigation) for i in items] == [(risk, mitigation)]
