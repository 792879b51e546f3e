"""Section names a reader of Arabic, French and Chinese knows: the support and help given to the residents and the
councils ("الإسناد والمساعدة", "مساعدة الأهالي", "Appui aux municipalités"), the financial side and costs ("الجانب
المالي", "الكلف المالية", "Aspects financiers") and the manpower arranged ("人手安排"). In HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown

from sitroom.read import parse_bytes

REPORTS = {
    "arabic": [
        ("الإسناد والمساعدة", "assistance", ["حالات الإسناد المقدمة للمواطنين: 156."]),
        ("مساعدة الأهالي", "assistance", ["وزعت البلدية وجبات ساخنة على الأسر المتضررة."]),
        ("الجانب المالي", "finance", ["بلغت النفقات الطارئة حتى الآن 24,300 دينار."]),
        ("الكلف المالية", "finance", ["طلبت المديرية مخصصات طارئة لصيانة الآليات."]),
    ],
    "french": [
        ("Appui aux municipalités", "assistance", ["Camions-citernes mis à disposition des municipalités : 12."]),
        ("Aspects financiers", "finance", ["Dépenses engagées depuis le début de la crise : 2,4 millions."]),
    ],
    "chinese": [("人手安排", "workforce", ["街總義工隊分組上門協助長者清理家居。"])],
}


@pytest.mark.parametrize("make,name", [(html_page, "r.html"), (markdown, "r.md")], ids=["html", "md"])
@pytest.mark.parametrize("language", sorted(REPORTS))
def test_support_cost_and_manpower_sections_are_keyed(make, name: str, language: str) -> None:
    sections = REPORTS[language]
    report = parse_bytes(make("Situation report 1", sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in sections]
