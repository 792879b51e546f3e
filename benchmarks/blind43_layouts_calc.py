"""Sheet writer of the ``blind43_layouts`` set (weasyprint, drawing the sheet as LibreOffice Calc prints it).

A Spanish irrigation community's ("comunidad de regantes") weekly drought report to its members and the river basin
authority, kept as a sheet and exported to PDF from LibreOffice Calc: the community's name and "PARTE DE SITUACIÓN DE
LA SEQUÍA N.º 3 – 16 de junio de 2026" in cells merged across the sheet, then a grid of three columns — "Apartado |
Situación | Medidas adoptadas" — in which each section's name is one cell merged down over the rows of its points and
centred in it, as a sheet's owner merges a group's label, each point a row of its own, a risk's measure in the third
column beside it (no lead printed); under the grid a table of the volumes served per sector with its "TOTAL" row,
Calc's default header (the sheet's name, "Parte 3") and a footer "Página 1 de 2". (The machines the set runs on have
LibreOffice's Writer and not its Calc, so the sheet's print is drawn here with Calc's own page furniture.)
"3.400 €", "1,25 millones de €", "1.250", "12 %", "16 de junio", "(parte anterior: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind43_layouts_content import ES_MONTHS
from council_layouts_gold import Doc

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm;
  @top-center { content: "SHEET"; font: 10pt "Liberation Sans"; }
  @bottom-center { content: "Página " counter(page) " de " counter(pages); font: 10pt "Liberation Sans"; } }
body { font: 10pt/1.25 "Liberation Sans", sans-serif; margin: 0; }
.t1 { font: bold 13pt "Liberation Sans"; color: #1f4e79; } .t2 { font: bold 11pt "Liberation Sans"; color: #1f4e79;
  margin-bottom: 14pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #808080; padding: 1pt 2pt;
  vertical-align: top; text-align: left; font-weight: normal; }
th { background: #1f4e79; color: #fff; font-weight: bold; }
td.ap { background: #ddebf7; font-weight: bold; text-align: center; vertical-align: middle; width: 19%; }
td.sit { width: 46%; }
table.vol { width: 50%; margin-top: 14pt; } .b { font-weight: bold; } .n { text-align: right; }
"""


def _sheet(doc: Doc) -> str:
    """The sheet as Calc prints it: the cells' text, the merged section cells centred down their rows."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    rows = []
    for s in doc.sections:
        for j, it in enumerate(s.items):
            text, measure = (it.body, it.mitigation or "") if s.risks else (it.text, "")
            first = f'<td class="ap" rowspan="{len(s.items)}">{escape(s.heading)}</td>' if j == 0 else ""
            rows.append(f'<tr>{first}<td class="sit">{escape(text)}</td><td>{escape(measure)}</td></tr>')
    vols = [20000 + (h >> (i * 4)) % 90000 for i in range(4)]
    vol = "".join(f'<tr><td>Sector {i + 1}</td><td class="n">{v:,}</td></tr>'.replace(",", ".")
                  for i, v in enumerate(vols))  # fmt: skip
    total = f"{sum(vols):,}".replace(",", ".")
    return (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Parte {doc.number}</title><style>'
            f'{CSS.replace("SHEET", f"Parte {doc.number}")}</style></head><body><div class="t1">'
            f'{escape(doc.organisation.upper())}</div><div class="t2">PARTE DE SITUACIÓN DE LA SEQUÍA N.º {doc.number} '
            f"– {when.day} de {ES_MONTHS[when.month - 1]} de {when.year}</div><table><tr><th>Apartado</th>"
            f"<th>Situación</th><th>Medidas adoptadas</th></tr>{''.join(rows)}</table><table class=\"vol\"><tr><td "
            f'class="b" colspan="2" style="border:0">Volumen servido por sector (m³)</td></tr>{vol}<tr><td class="b">'
            f'TOTAL</td><td class="b n">{total}</td></tr></table></body></html>')  # fmt: skip


def pdf_calc_merged_es(doc: Doc) -> bytes:
    """The community's sheet as LibreOffice Calc exports it to PDF, the sections merged down their rows."""
    from weasyprint import HTML

    return HTML(string=_sheet(doc)).write_pdf()
