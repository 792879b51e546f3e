"""PDF writer of the ``blind56_layouts`` set that prints HTML (WeasyPrint, in wkhtmltopdf's place): an Albanian
municipality's flood report filed in an online reporting system and downloaded as the PDF the system renders.

An Albanian municipality in a winter flood: the civil emergency unit's daily "Raport situate" to the prefecture and
the National Civil Protection Agency, filled in a web reporting system built on Bootstrap, whose "Shkarko PDF"
button renders the report page through wkhtmltopdf: the system's header with the emblem and "REPUBLIKA E
SHQIPËRISË", "AGJENCIA KOMBËTARE E MBROJTJES CIVILE" and the system's name, then a table of the report's fields
("Institucioni", "Nr. i raportit", "Data dhe ora", "Lloji i ngjarjes", "Statusi" with a badge), then one Bootstrap
card per section — the card's header the section's name after its number ("1. Përmbledhje"), its body the text of
the field, the points as the list the editor writes, "Masat e marra:" in bold —, the block "Plotësuar nga" and
"Miratuar nga" with names and posts, and the footer wkhtmltopdf prints on every page: the system's address and
"Gjeneruar më 16.11.2026 16:05" at the left, "Faqe 1 / 2" at the right. "34.000.000 lekë" (a pound as a hundred
lekë), "1.250", "12%", "16 nëntor", "(raporti i mëparshëm: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind56_layouts_banks_away import PERMBYTJE
from blind56_layouts_content import parts
from council_layouts_gold import Doc

BASHKI = (("Shkodër", "Arben Kola", "Drejtor i Emergjencave Civile", "Valbona Hoxha", "Kryetare e Bashkisë"),
          ("Lezhë", "Gjergj Marku", "Përgjegjës i Sektorit të Emergjencave", "Pjerin Ndreu", "Kryetar i Bashkisë"),
          ("Vau i Dejës", "Ardian Gjoni", "Specialist i Emergjencave Civile", "Zef Hila", "Kryetar i Bashkisë"),
          ("Fier", "Elira Doda", "Drejtore e Emergjencave Civile", "Armando Subashi",
           "Kryetar i Bashkisë"))  # fmt: skip


def _card(s) -> str:
    if s.key == "highlights":
        inner = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
    else:
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "sq")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead
                       else f"<li>{escape(it.text)}</li>")  # fmt: skip
        inner = "<ul>" + "".join(lis) + "</ul>"
    return (f'<div class="card mb-3"><div class="card-header"><h5 class="card-title">{escape(s.heading)}</h5></div>'
            f'<div class="card-body">{inner}</div></div>')  # fmt: skip


def pdf_wkhtmltopdf_raport_permbytje_sq(doc: Doc) -> bytes:
    """The municipality's flood report as the reporting system's "Shkarko PDF" renders it."""
    from weasyprint import HTML

    when = report_day(doc)
    town, filler, post, chief, chief_post = BASHKI[PERMBYTJE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    stamp = f"{when:%d.%m.%Y}"
    made = f"Gjeneruar më {stamp} {15 + h % 3}:{h % 50 + 10:02d}"
    status = "Në vazhdim" if doc.number < 3 else "Në monitorim"
    html = f"""<!DOCTYPE html><html lang="sq"><head><meta charset="utf-8"><title>Raport situate nr. {doc.number} – \
{escape(doc.organisation)}</title><style>
@page {{ size: A4; margin: 16mm 14mm 20mm 14mm;
  @bottom-left {{ content: "raportimi.mbrojtjacivile.gov.al | {made}"; font: 7.5pt "DejaVu Sans"; color: #666; }}
  @bottom-right {{ content: "Faqe " counter(page) " / " counter(pages); font: 7.5pt "DejaVu Sans"; color: #666; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #212529; line-height: 1.45; }}
.sys {{ display: flex; align-items: center; border-bottom: 3px solid #c8102e; padding-bottom: 6px;
  margin-bottom: 10px; }}
.emb {{ width: 34px; height: 40px; background: #c8102e; border-radius: 0 0 17px 17px; margin-right: 10px; }}
.sys .t1 {{ font-weight: bold; font-size: 10pt; }} .sys .t2 {{ font-size: 8.5pt; color: #555; }}
table.fields {{ width: 100%; border-collapse: collapse; margin-bottom: 12px; font-size: 9pt; }}
table.fields th, table.fields td {{ border: 1px solid #dee2e6; padding: 4px 6px; text-align: left; }}
table.fields th {{ background: #f8f9fa; width: 30%; }}
.badge {{ background: #ffc107; border-radius: 3px; padding: 1px 6px; font-size: 8pt; font-weight: bold; }}
.card {{ border: 1px solid #dee2e6; border-radius: 4px; margin-bottom: 10px; page-break-inside: auto; }}
.card-header {{ background: #f1f3f5; border-bottom: 1px solid #dee2e6; padding: 5px 10px; }}
h5.card-title {{ margin: 0; font-size: 10pt; }} .card-body {{ padding: 6px 10px; }}
.card-body p {{ margin: 0 0 5px; }} .card-body ul {{ margin: 0; padding-left: 18px; }}
.card-body li {{ margin: 0 0 4px; }}
.sign {{ display: flex; margin-top: 16px; }} .sign div {{ width: 50%; }}
</style></head><body>
<div class="sys"><div class="emb"></div><div><div class="t1">REPUBLIKA E SHQIPËRISË</div>
<div class="t1">AGJENCIA KOMBËTARE E MBROJTJES CIVILE</div><div class="t2">Sistemi i raportimit të emergjencave \
civile</div></div></div>
<h4 style="margin:4px 0 8px">Raport situate</h4>
<table class="fields"><tr><th>Institucioni</th><td>{escape(doc.organisation)} – Njësia e Emergjencave Civile</td></tr>
<tr><th>Nr. i raportit</th><td>{doc.number}</td></tr><tr><th>Data dhe ora</th><td>{stamp}, ora 14:00</td></tr>
<tr><th>Lloji i ngjarjes</th><td>Përmbytje</td></tr><tr><th>Statusi</th><td><span class="badge">{status}</span></td>\
</tr></table>
{"".join(_card(s) for s in doc.sections)}
<div class="sign"><div><b>Plotësuar nga:</b><br>{filler}<br>{post}</div><div><b>Miratuar nga:</b><br>{chief}<br>\
{chief_post} {escape(town)}</div></div>
</body></html>"""
    return HTML(string=html).write_pdf()
