"""Smartsheet writer of the ``blind34_layouts`` set (weasyprint).

A metro operator's control centre's incident tracker after a signalling failure, kept as a Smartsheet sheet and
printed with File › Print to PDF ("Include: sheet name, print date, page numbers", landscape A4, "fit to page width"):
the sheet's name and the print date over the grid on every page, "Page 1 of 3" at the foot; the grid's column header
row (Update, RAG, Owner, Mitigation, Modified) repeated at the top of each page, each row's number in the grey
left-hand gutter; the sections are parent rows of the hierarchy (bold, with the collapse arrow "▾"), their points
child rows indented under them in the primary column, the RAG column a coloured ball with no text, the owner's name,
the row's last modified date and time ("09/03/26 14:05"); a risk's mitigation stands in the Mitigation column of its
row; a row is kept whole on its page. "£3,400", "£1.25m", "(yesterday: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

OWNERS = ("Duty Control Manager", "Signalling Engineer", "Customer Services Lead", "Fleet Controller",
          "Comms Officer", "Head of Operations")  # fmt: skip
BALLS = ("#3aa845", "#f5b800", "#e8422e")
CSS = """
@page { size: A4 landscape; margin: 18mm 10mm 14mm 10mm;
  @top-left { content: element(sheetname); }
  @top-right { content: "Printed: PRINTED"; font: 8pt Liberation Sans; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt Liberation Sans; color: #555; } }
body { font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #222; }
.sheetname { position: running(sheetname); font: bold 11pt "Liberation Sans"; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { background: #dfe6ee; text-align: left; font-weight: bold; border: 0.5pt solid #b8c2cc; padding: 3pt 4pt; }
td { border: 0.5pt solid #d4d9de; padding: 3pt 4pt; vertical-align: top; }
td.n { background: #f2f3f5; color: #777; text-align: right; }
tr { break-inside: avoid; }
tr.parent td { font-weight: bold; background: #fafbfc; }
td.child { padding-left: 22pt; }
.ball { display: inline-block; width: 9pt; height: 9pt; border-radius: 50%; }
"""


def pdf_smartsheet_metro_gb(doc: Doc) -> bytes:
    """The control centre's tracker as Smartsheet prints the sheet to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    rows, n = [], 0
    for s in doc.sections:
        n += 1
        stamp = f"{when:%d/%m/%y} 0{5 + h % 2}:{h % 50 + 10:02d}"
        rows.append(f'<tr class="parent"><td class="n">{n}</td><td>▾ {escape(s.heading)}</td><td></td><td></td>'
                    f"<td></td><td>{stamp}</td></tr>")  # fmt: skip
        for k, it in enumerate(s.items):
            n += 1
            g = zlib.crc32(f"{doc.title}/{it.id}".encode())
            ball = BALLS[min(it.level, 2)] if s.risks else BALLS[g % 3 if g % 5 == 0 else 0]
            text, mitigation = (it.body, it.mitigation or "") if s.risks else (it.text, "")
            stamp = f"{when - timedelta(days=1):%d/%m/%y} {(6 + g % 17):02d}:{g % 59:02d}"
            rows.append(f'<tr><td class="n">{n}</td><td class="child">{escape(text)}</td><td><span class="ball" '
                        f'style="background:{ball}"></span></td><td>{OWNERS[(h + k + n) % len(OWNERS)]}</td>'
                        f"<td>{escape(mitigation)}</td><td>{stamp}</td></tr>")  # fmt: skip
    name = f"{doc.organisation} – Signalling failure – Incident tracker (Sitrep {doc.number})"
    printed = f"{when:%d/%m/%Y} 07:{h % 50 + 5:02d}"
    html = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(name)}</title>'
            f'<style>{CSS.replace("PRINTED", printed)}</style></head><body><div class="sheetname">{escape(name)}</div>'
            '<table><colgroup><col style="width:4%"><col style="width:40%">'
            '<col style="width:5%"><col style="width:14%"><col style="width:26%"><col style="width:11%"></colgroup>'
            "<thead><tr><th></th><th>Update</th><th>RAG</th><th>Owner</th><th>Mitigation</th><th>Modified</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table></body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
