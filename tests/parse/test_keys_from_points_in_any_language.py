"""Sections named in a language the vocabulary does not read take their key from what their points state: sums of
money with their currency's sign are the finance, and points that each follow their statement with the same label
are the risks, that label's text their mitigation. In Word (bold lines), HTML and Markdown, in Wolof and in Sango."""

from __future__ import annotations

import io

import docx
import pytest
from keyed_formats import html_page, markdown

from sitroom.parse.itemkeys import CONTENT_CONFIDENCE
from sitroom.read import parse_bytes

WOLOF = (
    "Rapoor bu nimero 3 ci mbirum ndox mi",
    [
        ("Kër yi ak yoon yi", None, ["Yoon wi dem Brikama dafa tëju ba léegi.", "Kër yu bari dañu yàqu."]),
        (
            "Xaalis",
            "finance",
            ["Xaalis bi ñu jëfandikoo ba léegi: D1.96 million.", "Area Council bi joxe na D 250,000."],
        ),
        (
            "Li nu ragal",
            "risks",
            [
                "Feebaru sibiru ak feebar yi ndox di indi: ñu ngi ko topp. Li ñu def: Séddale nañu Aquatabs ci kër yi.",
                "Beneen taw mën na yàq yeneen kër. Li ñu def: Ñu ngi setal yoonu ndox yi ak Area Council bi.",
            ],
        ),
        ("Fi ñu dalal mbooloo mi", None, ["Lekool bu Bakau: 212 nit. Jàngukaay bi: 64 nit."]),
    ],
)
SANGO = (
    "Rapôro ti kobela ti kolera nimero 2",
    [
        (
            "NGINZA",
            "finance",
            ["Nginza so a sâra kusala juska laso: 15 960 000 FCFA.", "Comité nî ahunda 23 560 000 FCFA na Mairie."],
        ),
        (
            "ÂSIONI YE SO ALINGBI TI SÏ",
            "risks",
            [
                "Âzo ayeke kpë ti gue na da ti nganga. Ye so e sâra awe: Radio ayeke fa tënë na âzo.",
                "Ngû ti âpuits alingbi ti sara sioni: a yeke mû gbâ. Ye so e sâra awe: A yeke zîa chlore na âpuits.",
                "Kobela nî alingbi ti mû ndo na âkartier so ayeke na terê ni.",
            ],
        ),
        # one point with a label, or points with labels that differ, are no risks for that
        ("NGÛ TI NYÖN", None, ["Âpuits 12 a yeke na ngû. Ndo ti pupu: Kilomètre 5.", "Âpuits 3 a yeke sioni."]),
    ],
)


def _word(title: str, sections) -> bytes:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    for heading, _, points in sections:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _formats():
    return [(_word, "r.docx"), (html_page, "r.html"), (markdown, "r.md")]


@pytest.mark.parametrize("title,sections", [WOLOF, SANGO], ids=["wolof", "sango"])
@pytest.mark.parametrize("make,name", _formats(), ids=["docx", "html", "md"])
def test_sections_in_an_unread_language_are_keyed_by_their_points(make, name, title, sections) -> None:
    report = parse_bytes(make(title, sections), name)[0]
    got = [(s.heading, s.key) for s in report.sections]
    assert got == [(heading, key) for heading, key, _ in sections]
    for s in report.sections:
        if s.key is not None:
            assert s.key_confidence == CONTENT_CONFIDENCE  # read from the points, not from the heading
    risks = next(s for s in report.sections if s.key == "risks")
    points = next(points for _, key, points in sections if key == "risks")
    # the label's text is the mitigation; a risk the writer gave no measure for keeps none
    measures = [p.rsplit(": ", 1)[1] if (" def: " in p or " awe: " in p) else None for p in points]
    assert [i.mitigation for i in risks.items] == measures
