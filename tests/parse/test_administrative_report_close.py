"""A report of a Spanish, Catalan or Portuguese administration, signed electronically, closes with the formula that
it is all there is to report ("És tot el que s'informa als efectes oportuns.", "Lo que se informa a los efectos
oportunos.", "É o que se informa."), the place and the day of the signature ("Calella, a la data de la signatura
electrònica.", "Madrid, a fecha de firma."), the signer's post ("L'alcaldessa") and the note that it is signed
electronically ("Document signat electrònicament al marge"). None of it is a point of the last section. Its title
names the report with an accented number mark ("INFORME DE SITUACIÓ NÚM. 2"). In a PDF and a Word document."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REPORTS = {
    "ca": ("INFORME DE SITUACIÓ NÚM. 2",
           [("1. Resum", ["Hi ha 9 platges tancades al públic."]),
            ("2. Properes actuacions", ["Previsió de reobrir el passeig marítim el 25 de gener."])],
           ["És tot el que s'informa als efectes oportuns.", "Calella, a la data de la signatura electrònica.",
            "L'alcaldessa", "Document signat electrònicament al marge"]),
    "es": ("INFORME DE SITUACIÓN NÚM. 4",
           [("1. Resumen", ["Hay 9 playas cerradas al público."]),
            ("2. Próximas actuaciones", ["Se prevé reabrir el paseo marítimo el 25 de enero."])],
           ["Lo que se informa a los efectos oportunos.", "Madrid, a fecha de firma electrónica.", "El alcalde",
            "Documento firmado electrónicamente"]),
    "pt": ("INFORME TÉCNICO N.º 7",
           [("1. Resumo", ["Há 9 praias fechadas ao público."]),
            ("2. Próximas ações", ["Prevê-se reabrir o passeio marítimo a 25 de janeiro."])],
           ["É o que se informa.", "Lisboa, na data da assinatura eletrónica.", "O Presidente",
            "Documento assinado eletronicamente"]),
}  # fmt: skip


def _pdf(title: str, sections: list, close: list[str]) -> tuple[bytes, str]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(297, y, title)
    for heading, points in sections:
        y -= 34
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, heading)
        for n, point in enumerate(points):
            y -= 20
            c.setFont("Helvetica", 10)
            c.drawString(72, y, f"{'abc'[n]})")
            c.drawString(90, y, point)
    for line in close:
        y -= 26
        c.drawString(90, y, line)
    c.save()
    return buf.getvalue(), "informe.pdf"


def _word(title: str, sections: list, close: list[str]) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph().add_run(title).bold = True
    for heading, points in sections:
        d.add_paragraph().add_run(heading).bold = True
        for n, point in enumerate(points):
            d.add_paragraph(f"{'abc'[n]}) {point}")
    for line in close:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "informe.docx"


@pytest.mark.parametrize("make", [_pdf, _word])
@pytest.mark.parametrize("lang", list(REPORTS))
def test_the_administrative_close_is_no_point(lang: str, make) -> None:
    title, sections, close = REPORTS[lang]
    report = parse_bytes(*make(title, sections, close))[0]
    assert report.title == title
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
