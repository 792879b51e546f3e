"""Reports set in Japanese and Korean type the reader supplies. Chinese and Japanese break a line at any letter, so
a line of theirs that stops short of the edge was ended by its writer: the point under "■ 現在の状況" is a point of
its own, not the heading's run-on, and the "■" lines head their "・" points. A report closing with the list of what
it encloses ("붙임 1. … 1부." / "2. … 1부. 끝.", "Enclosures:" over numbered documents) lists no points there; a
Korean date line ("2025. 7. 14.(월) 06:00 현재") dates the report.

Three layouts: a Japanese city's damage report (HeiseiMin-W3), a Korean headquarters' report (HYSMyeongJo-Medium),
and an English Word report closing with its enclosures.
"""

from __future__ import annotations

import io
from datetime import date

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))

JA = {
    "■ 概要": ["記録的な大雨により、市内各地で浸水被害が発生した。", "現時点で人的被害の報告はない。"],
    "■ 現在の状況": ["開設中の避難所11か所。"],
    "■ 被害の状況": ["床上浸水327棟。", "市道の一部が土砂崩れにより通行止めとなっている。"],
}
KO = {
    "1. 개요": ["집중호우로 시 전역에 침수 피해 발생", "일시대피 주민 2,584명"],
    "2. 향후 조치 계획": ["재난안전대책본부 회의 7. 16.(수) 개최 예정"],
}


def _japanese() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    c.setFont("HeiseiMin-W3", 14)
    c.drawString(130, y, "令和7年7月大雨に係る被害状況等について（第1報）")
    y -= 40
    for heading, points in JA.items():
        c.setFont("HeiseiMin-W3", 11)
        c.drawString(58, y, heading)
        y -= 18
        for point in points:
            # the situation's one point is typed without a mark, set in under the heading
            c.drawString(72, y, point if heading == "■ 現在の状況" else f"・{point}")
            y -= 18
        y -= 8
    c.save()
    return buf.getvalue()


def _korean() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("HYSMyeongJo-Medium", 16)
    c.drawString(170, 790, "집중호우 대처 상황보고(제1보)")
    c.setFont("HYSMyeongJo-Medium", 11)
    c.drawString(330, 760, "2025. 7. 14.(월) 06:00 현재")
    y = 720.0
    for heading, points in KO.items():
        c.drawString(60, y, heading)
        y -= 18
        for point in points:
            c.drawString(72, y, "○")
            c.drawString(86, y, point)
            y -= 18
        y -= 10
    c.drawString(60, y - 20, "붙임 1. 피해 현황 세부 내역 1부.")
    c.drawString(84, y - 38, "2. 재난안전대책본부 운영 현황 1부. 끝.")
    c.save()
    return buf.getvalue()


def _english() -> bytes:
    d = docx.Document()
    d.add_paragraph("Flood Situation Report 3", style="Title")
    d.add_heading("Situation", level=1)
    d.add_paragraph("River levels are falling at all gauges.", style="List Bullet")
    d.add_heading("Next steps", level=1)
    d.add_paragraph("The recovery group meets on Monday.", style="List Bullet")
    d.add_paragraph("Enclosures:")
    d.add_paragraph("1. Damage assessment by ward", style="List Number")
    d.add_paragraph("2. Rest centre rota", style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _sections(report) -> dict[str | None, list[str]]:
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items}


def test_a_short_japanese_line_was_ended_and_marked_headings_head_their_points() -> None:
    assert _sections(parse_bytes(_japanese(), "higai-1.pdf")[0]) == JA


def test_a_korean_report_closing_with_its_enclosures() -> None:
    report = parse_bytes(_korean(), "sanghwang-1.pdf")[0]
    assert _sections(report) == KO
    assert report.date == date(2025, 7, 14)


def test_an_english_report_closing_with_its_enclosures() -> None:
    report = parse_bytes(_english(), "report-3.docx")[0]
    assert _sections(report) == {
        "Situation": ["River levels are falling at all gauges."],
        "Next steps": ["The recovery group meets on Monday."],
    }
