"""Points whose dash stands at a paragraph's first-line indent, their wrapped lines running on at the left
margin (as official letters in Russian, Kazakh or French are set, justified): each point is one item,
however many lines it wraps onto. Laid out with platypus, justified, in English and in Russian."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

SECTIONS = {
    "en": {
        "Summary": [
            "Melting snow and heavy rain flooded several districts of the region overnight and cut two roads.",
            "Flooded homes: 982.",
        ],
        "Risks": [
            "Residents may return to their homes too early. Measures taken: the village heads explain to "
            "residents that the danger remains and patrols check the evacuated streets every night.",
        ],
    },
    "ru": {
        "Краткая информация": [
            "Талые воды и сильные дожди вызвали подтопление в нескольких районах области и перекрыли две дороги.",
            "Подтоплено домов: 982.",
        ],
        "Риски": [
            "Жители могут вернуться в свои дома слишком рано. Принятые меры: акимы сёл разъясняют жителям, "
            "что опасность сохраняется, а патрули каждую ночь проверяют эвакуированные улицы.",
        ],
    },
}


def _font() -> str:
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ):
        try:
            pdfmetrics.registerFont(TTFont("Body", path))
            return "Body"
        except Exception:
            continue
    pytest.skip("no TrueType serif font with Cyrillic letters")


def _pdf(lang: str) -> bytes:
    font = _font()
    body = ParagraphStyle("b", fontName=font, fontSize=12, leading=15, alignment=TA_JUSTIFY, firstLineIndent=36)
    head = ParagraphStyle("h", fontName=font, fontSize=15, leading=20, alignment=TA_CENTER, spaceBefore=10)
    title = ParagraphStyle("t", parent=head, fontSize=18, leading=24)
    story = [Paragraph(escape("Flood Information No. 1" if lang == "en" else "Информация о паводке № 1"), title)]
    for heading, items in SECTIONS[lang].items():
        story.append(Paragraph(escape(heading), head))
        story.extend(Paragraph(escape("– " + item), body) for item in items)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_point_wrapped_back_to_the_margin_is_one_item(lang: str) -> None:
    report = parse_bytes(_pdf(lang), "info.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.items}
    assert got == SECTIONS[lang]
