"""PDF writer of the ``blind52_layouts`` set that prints HTML (WeasyPrint, in the browser's place): a Swedish
municipality's situation picture after a cloudburst, entered in WIS and printed from the browser.

A Swedish municipality after a cloudburst flooded streets, cellars and tunnels: the municipality's "lägesbild",
entered in WIS — the web-based information system for crisis preparedness in which Swedish municipalities, county
administrative boards and agencies share their situation pictures — and printed from Microsoft Edge to PDF for the
crisis management group's binder: the browser's date and the page's title at the top of every page and its address
and "1/3" at the foot; WIS's bar with its name, the logged-in user, the menu and the breadcrumbs, the title, the
table of particulars ("Händelse", "Aktör", "Lägesbilden avser", "Nästa lägesbild", "Informationsklass",
"Upprättad av", "Kontakt"), the actor's assessment ("Förmåga att hantera händelsen"), then the form's fields — each
section's name a label in a grey band over its text, the summary as paragraphs, the other points a list,
"Vidtagna åtgärder:" in bold —, the attachment and the line of who last changed it. "3 400 kr",
"1,25 miljoner kr", "1 250", "12 %", "16 augusti", "(föregående lägesbild: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind52_layouts_banks_away import SKYFALL
from blind52_layouts_content import MANADER, parts
from council_layouts_gold import Doc

TOWNS = (("Gävle", "Anna Berg", "säkerhetssamordnare", "026-17 80 00", ("Sätra", "Andersberg", "Strömsbro")),
         ("Sandviken", "Jonas Lindqvist", "beredskapssamordnare", "026-24 00 00", ("Nordanbäck", "Björksätra")),
         ("Hudiksvall", "Maria Sjöberg", "krisberedskapssamordnare", "0650-190 00", ("Sanna", "Håstaholmen")),
         ("Söderhamn", "Erik Öhman", "säkerhetschef", "0270-750 00", ("Östra Berget", "Mohed")))  # fmt: skip


def _point(it) -> str:
    risk, lead, rest = parts(it, "se")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_wis_lagesbild_skyfall_se(doc: Doc) -> bytes:
    """The municipality's situation picture in WIS, printed from the browser."""
    when = report_day(doc)
    k = SKYFALL.organisations.index(doc.organisation)
    town, writer, post, phone, areas = TOWNS[k]
    h = zlib.crc32(doc.title.encode())
    hour = 9 + h % 7
    event = f"Skyfall i {town} {MANADER[when.month - 1]} {when.year}"
    title = f"Lägesbild {doc.number} – {doc.organisation}"
    url = f"https://wis.mcf.se/Handelse/{4100 + h % 800}/Lagesbild/Visa/{60000 + h % 30000}"
    stamp = f"{when:%Y-%m-%d} {hour + 1:02d}:{h % 60:02d}"
    rows = [("Händelse", event), ("Aktör", doc.organisation),
            ("Lägesbilden avser", f"{when:%Y-%m-%d} kl. {hour:02d}.00"),
            ("Nästa lägesbild", f"{when + timedelta(days=1):%Y-%m-%d} kl. {hour:02d}.00"),
            ("Informationsklass", "Öppen information"), ("Upprättad av", f"{writer}, {post}"),
            ("Kontakt", f"Kommunens tjänsteperson i beredskap, {phone}")]  # fmt: skip
    table = "".join(f"<tr><th>{a}</th><td>{escape(b)}</td></tr>" for a, b in rows)
    fields = []
    for s in doc.sections:
        if s.key == "highlights":
            value = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
        else:
            value = "<ul>" + "".join(f"<li>{_point(it)}</li>" for it in s.items) + "</ul>"
        fields.append(f'<div class="wis-field"><div class="wis-label">{escape(s.heading)}</div>'
                      f'<div class="wis-value">{value}</div></div>')  # fmt: skip
    ability = ("Ja", "Ja, med stöd", "Delvis")[h % 3]
    html = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>WIS – {escape(title)}</title>
<style>
@page {{ size: A4; margin: 14mm 10mm 14mm 10mm;
  @top-left {{ content: "{stamp[:10]} {stamp[11:]}"; font: 8pt "Liberation Sans"; }}
  @top-center {{ content: "WIS – {escape(title)}"; font: 8pt "Liberation Sans"; }}
  @bottom-left {{ content: "{url}"; font: 8pt "Liberation Sans"; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt "Liberation Sans"; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0; }}
.bar {{ background: #00325a; color: #fff; padding: 3mm 5mm; display: flex; justify-content: space-between; }}
.bar .name {{ font-weight: bold; font-size: 13pt; }} .bar .user {{ font-size: 8.5pt; }}
.menu {{ background: #e8eef3; padding: 2mm 5mm; font-size: 9pt; }} .menu span {{ margin-right: 5mm; }}
.crumbs {{ font-size: 8.5pt; color: #555; padding: 2mm 5mm; }}
.page {{ padding: 0 5mm; }}
h1 {{ font-size: 15pt; color: #00325a; margin: 2mm 0 4mm; }}
table.meta {{ border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 4mm; }}
table.meta th {{ text-align: left; width: 45mm; background: #f2f4f6; border: 0.5pt solid #c9d1d9; padding: 1.5mm; }}
table.meta td {{ border: 0.5pt solid #c9d1d9; padding: 1.5mm; }}
.ability {{ border-left: 3pt solid #e0a000; background: #fff8e1; padding: 2mm 3mm; margin-bottom: 4mm; }}
.wis-field {{ margin-bottom: 3mm; }}
.wis-label {{ background: #dfe6ec; font-weight: bold; font-size: 9.5pt; padding: 1.2mm 2mm; }}
.wis-value {{ padding: 1mm 2mm 0; }} .wis-value p {{ margin: 0 0 1.5mm; }}
.wis-value ul {{ margin: 0 0 1mm; padding-left: 6mm; }} .wis-value li {{ margin-bottom: 1mm; }}
.foot {{ font-size: 8.5pt; color: #555; border-top: 0.5pt solid #c9d1d9; margin-top: 4mm; padding-top: 2mm; }}
</style></head><body>
<div class="bar"><span class="name">WIS <small>Webbaserat informationssystem</small></span>\
<span class="user">Inloggad som {escape(writer)}, {escape(doc.organisation)} | Logga ut</span></div>
<div class="menu"><span>Start</span><span>Händelser</span><span>Lägesbilder</span><span>Dokument</span>\
<span>Kontakter</span><span>Kalender</span><span>Sök</span></div>
<div class="crumbs">Start › Händelser › {escape(event)} › Lägesbilder › Lägesbild {doc.number}</div>
<div class="page">
<h1>{escape(title)}</h1>
<table class="meta">{table}</table>
<div class="ability"><strong>Förmåga att hantera händelsen:</strong> {ability}. <strong>Påverkan på samhällsviktig \
verksamhet:</strong> {("Begränsad", "Betydande", "Allvarlig")[(h >> 3) % 3]}. <strong>Berörda områden:</strong> \
{", ".join(areas)}</div>
{chr(10).join(fields)}
<div class="foot">Bilagor: Karta avstängda vägar och tunnlar.pdf ({300 + h % 500} kB)<br>
Spridning: Alla WIS-användare i Gävleborgs län<br>
Senast ändrad {when:%Y-%m-%d} {hour:02d}:{(h >> 5) % 50 + 5:02d} av {escape(writer)}</div>
</div></body></html>"""
    return _pdf(html)
