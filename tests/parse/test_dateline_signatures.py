"""A report set as a letter closes with the place and date it is signed at, the signer's post and name, and
perhaps a note that the signature is printed or electronic: "Valdorca, 16/01/2024" / "Il Sindaco" / "f.to
Dott. Marco Bellini" / "(Firma autografa sostituita a mezzo stampa …)". That block says who signs, not what
happened: it is left out and counted, and the last point before it stays.

Two layouts (a municipal bulletin in Word with capitals headings and "– " paragraphs; a prefecture's update
as plain text), in Italian, French and Spanish.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

# a real update runs to more lines than the signature block, so that its wrap width shows
POINTS = {
    "it": (
        "SITUAZIONE GENERALE",
        [
            "Nevicate moderate su tutto il territorio comunale, fino a 30 cm in collina.",
            "Scuole chiuse fino a venerdì.",
            "Spazzaneve e spargisale in servizio su tutte le strade comunali dalle ore 4.00.",
            "Centro operativo comunale aperto con presidio continuo del personale tecnico.",
        ],
    ),
    "fr": (
        "SITUATION GÉNÉRALE",
        [
            "Chutes de neige modérées sur la commune, jusqu'à 30 cm sur les hauteurs.",
            "Écoles fermées jusqu'à vendredi.",
            "Chasse-neige et saleuses en service sur toutes les routes communales depuis 4 h.",
            "Poste de commandement communal ouvert avec une permanence des services techniques.",
        ],
    ),
    "es": (
        "SITUACIÓN GENERAL",
        [
            "Nevadas moderadas en todo el término municipal, hasta 30 cm en las zonas altas.",
            "Colegios cerrados hasta el viernes.",
            "Quitanieves y esparcidores de sal en servicio en todas las calles desde las 4.00.",
            "Centro de coordinación municipal abierto con presencia continua del personal técnico.",
        ],
    ),
}
BLOCKS = {
    "it": [
        "Valdorca, 16/01/2024",
        "Il Sindaco",
        "f.to Dott. Marco Bellini",
        "(Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)",
    ],
    "fr": ["Bellecombe, le 16 janvier 2024", "Le Préfet,", "Jean Dupuis", "Document signé électroniquement"],
    "es": ["Villaverde, 16 de enero de 2024", "El Alcalde", "Fdo.: Luis Moreno"],
}


def _word(lang: str) -> bytes:
    heading, points = POINTS[lang]
    d = docx.Document()
    d.add_paragraph().add_run("BOLLETTINO N. 2").bold = True
    d.add_paragraph().add_run(heading).bold = True
    for point in points:
        d.add_paragraph(f"– {point}")
    d.add_paragraph("")
    for line in BLOCKS[lang]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(lang: str) -> str:
    heading, points = POINTS[lang]
    # a plain-text message wraps its lines at about 70 columns: the width that tells a line ended by hand
    lines = [f"- {p}" if len(p) < 70 else f"- {p[:60].rsplit(' ', 1)[0]}\n  {p[len(p[:60].rsplit(' ', 1)[0]) + 1 :]}"
             for p in points]  # fmt: skip
    return "\n".join(["BULLETIN 2", "", heading, "", *lines, "", *BLOCKS[lang], ""])


def _check(report: Report, lang: str) -> None:
    texts = [i.text for s in report.sections for i in s.items]
    assert texts == POINTS[lang][1]
    assert any("signature" in w for w in report.warnings)


@pytest.mark.parametrize("lang", sorted(POINTS))
def test_a_dated_signature_block_closing_a_word_bulletin_is_left_out(lang: str) -> None:
    _check(parse_bytes(_word(lang), "bollettino.docx")[0], lang)


@pytest.mark.parametrize("lang", sorted(POINTS))
def test_a_dated_signature_block_closing_a_plain_text_update_is_left_out(lang: str) -> None:
    _check(parse_text(_text(lang), "update.txt"), lang)


def test_a_place_and_date_line_among_the_points_stays() -> None:
    """Only at the close: a dated line with points after it is one of the report's points."""
    text = "UPDATE 3\n\nSITUATION\n\n- Rest centre opened.\n\nVillaverde, 16 de enero de 2024\n\n- Roads gritted.\n"
    report = parse_text(text, "update.txt")
    assert [i.text for s in report.sections for i in s.items][-1] == "Roads gritted."
