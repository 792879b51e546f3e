"""Browser-printed PDF writers of the ``blind35_layouts`` set (weasyprint).

An American rural electric cooperative's daily storm report after an ice storm, kept on its operations team's
Grafana dashboard (light theme) and printed from Chrome with Save as PDF (letter landscape, "Headers and footers" on):
Chrome's header (the date and time printed, the page's title "Storm outage - Dashboards - Grafana") and footer (the
dashboard's address with ``kiosk`` and "1/2"); Grafana's top bar (the breadcrumb Home › Dashboards › Operations ›
Storm outage, the time picker "Last 24 hours", "Refresh"), the variables "Region" and "Substation" set to "All", the
collapsible row "Overview" with four stat panels (each title an ``<h2>``, a big value, its sparkline drawn on a canvas
— figures that are not items), the time series panel "Members without power" (the chart a canvas, so no text, under
it the legend table: the series, "Mean", "Max" and "Last") and the bar gauge "Open outages by substation" (names and
values); the row "Situation report" with a text panel whose title is "Situation report – update 3" and whose Markdown
is rendered into the panel: each section a ``###`` heading, the summary as paragraphs, the points ``-`` items,
"**Mitigation:**" bold in a risk's point; the text panel runs on over the page break. "$3,400", "$1.25 million",
"Jan. 27", "(was 5 yesterday)".

An international NGO's country office's daily sitrep after an earthquake, written as a Notion page and exported with
Export › PDF (A4, 100 %): the page's title, its properties (Date, Author, Status and Tags, the last two as coloured
pills), a grey callout "For internal use – figures are preliminary", a four-column row of callouts each a key figure
(a number and what it counts — figures that are not items), the highlights in a yellow callout under a bold line
"Highlights" with its bullets, every other section a toggle heading exported open (its disclosure triangle drawn, not
a character) holding its bullets, the risks an inline database "Risk log" shown as a table Risk | Mitigation | Owner |
Status (a risk's mitigation its own cell, empty where it has none; the owner and the status pill are furniture).
"USD 3,400", "USD 1.25 million", "16 Nov", "(prev. sitrep: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind35_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Grafana, printed from Chrome

GRAFANA_CSS = """
@page { size: letter landscape; margin: 12mm 10mm;
  @top-left { content: "PRINTED"; font: 7.5pt "Liberation Sans"; }
  @top-center { content: "Storm outage - Dashboards - Grafana"; font: 7.5pt "Liberation Sans"; }
  @bottom-left { content: "ADDRESS"; font: 7.5pt "Liberation Sans"; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt "Liberation Sans"; } }
body { font: 9pt "Liberation Sans", Inter, Helvetica, Arial, sans-serif; color: #24292e; margin: 0; }
.topbar { display: flex; justify-content: space-between; border-bottom: 1px solid #dcdee1; padding: 4pt 6pt; }
.crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; }
.crumbs li { margin-right: 4pt; color: #5f6368; } .crumbs li + li::before { content: "› "; }
.tools span { border: 1px solid #c7d0d9; border-radius: 2pt; padding: 1pt 5pt; margin-left: 4pt; font-size: 8pt; }
.vars { padding: 5pt 6pt; font-size: 8pt; } .vars label { background: #f4f5f5; border: 1px solid #dcdee1;
  padding: 1pt 4pt; } .vars .select { border: 1px solid #dcdee1; padding: 1pt 14pt 1pt 4pt; margin-right: 8pt; }
.row-title { font-size: 10pt; font-weight: 500; margin: 6pt 6pt 3pt; }
.grid { display: flex; flex-wrap: wrap; }
.panel { border: 1px solid #dcdee1; border-radius: 2pt; margin: 3pt; background: #fff; }
.panel h2 { font-size: 8.5pt; font-weight: 500; margin: 3pt 6pt; }
.stat { width: 23%; height: 64pt; } .stat .value { font-size: 22pt; font-weight: 500; margin: 2pt 8pt; }
.stat.red .value { color: #d44a3a; } .stat.green .value { color: #1a7f37; } .stat svg { display: block; }
.ts { width: 58%; } .bars { width: 38%; } .legend { font-size: 7.5pt; width: 96%; margin: 0 6pt 4pt; }
.legend th { text-align: right; font-weight: 500; color: #5f6368; } .legend td { text-align: right; }
.legend td.name { text-align: left; } .bar { display: flex; align-items: center; margin: 2pt 6pt; font-size: 7.5pt; }
.bar .label { width: 70pt; } .bar .fill { background: #ff9830; height: 9pt; margin-right: 4pt; }
.text { width: 98%; } .markdown-html { padding: 2pt 10pt 6pt; font-size: 9pt; line-height: 1.45; }
.markdown-html h3 { font-size: 11pt; margin: 9pt 0 3pt; } .markdown-html p { margin: 0 0 4pt; }
.markdown-html ul { margin: 0 0 4pt; padding-left: 16pt; }
"""
SUBSTATIONS = ("Millbrook", "Fox Hollow", "Cedar Ridge", "Pine Bluff", "Elm Creek", "Harlan Flats")


def pdf_grafana_outage_us(doc: Doc) -> bytes:
    """The cooperative's storm dashboard as Chrome prints it to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    host = "".join(w[0] for w in doc.organisation.split()).lower()
    address = f"https://grafana.{host}.coop.example/d/storm-{h % 9000 + 1000}/storm-outage?orgId=1&kiosk"
    printed = f"{when.month}/{when.day}/{when:%y}, {6 + h % 3}:{h % 50 + 10:02d} AM"
    out = count(doc, ("without power",), 800 + h % 9000)
    stats = (("Members out", f"{out:,}", "red"), ("Open outages", str(20 + h % 300), "red"),
             ("Line workers in field", str(count(doc, ("line workers",), 60 + h % 400)), "green"),
             ("Restored last 24h", f"{(h >> 3) % 9000 + 500:,}", "green"))  # fmt: skip
    panels = []
    for title, value, tone in stats:
        spark = " ".join(f"{k * 14},{28 - (h >> k) % 20}" for k in range(12))
        panels.append(f'<div class="panel stat {tone}"><h2>{title}</h2><div class="value">{value}</div><svg '
                      f'width="160" height="30"><polyline points="{spark}" fill="none" stroke="#999" '
                      'stroke-width="1"/></svg></div>')  # fmt: skip
    series = [out + out * (23 - k) // 23 + (h >> k) % 300 for k in range(24)]
    top = max(series)
    line = " ".join(f"{40 + k * 18},{150 - 130 * v / top:.0f}" for k, v in enumerate(series))
    legend = (f'<table class="legend"><tr><th></th><th>Mean</th><th>Max</th><th>Last</th></tr><tr><td class="name">'
              f"<span style=\"color:#7eb26d\">━</span> Members out</td><td>{sum(series) // 24:,}</td><td>{top:,}</td>"
              f"<td>{series[-1]:,}</td></tr></table>")  # fmt: skip
    panels.append(f'<div class="panel ts"><h2>Members without power</h2><svg width="470" height="160"><rect x="40" '
                  'y="10" width="420" height="140" fill="none" stroke="#eee"/><polyline points="'
                  f'{line}" fill="none" stroke="#7eb26d" stroke-width="2"/></svg>{legend}</div>')  # fmt: skip
    opens = [(name, 3 + (h >> k) % 60) for k, name in enumerate(SUBSTATIONS)]
    bars = "".join(f'<div class="bar"><span class="label">{n}</span><span class="fill" style="width:{v * 2}pt">'
                   f"</span><span>{v}</span></div>" for n, v in opens)  # fmt: skip
    panels.append(f'<div class="panel bars"><h2>Open outages by substation</h2>{bars}</div>')
    md = []
    for s in doc.sections:
        md.append(f"<h3>{escape(s.heading)}</h3>")
        texts = []
        for it in s.items:
            risk, lead, rest = parts(it, "coop")
            texts.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text))
        if s.key == "highlights":
            md += [f"<p>{t}</p>" for t in texts]
        else:
            md.append("<ul>\n" + "\n".join(f"<li>{t}</li>" for t in texts) + "\n</ul>")
    text = "\n".join(md)
    css = GRAFANA_CSS.replace("PRINTED", printed).replace("ADDRESS", address)
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm outage - Dashboards - Grafana'
            f'</title><style>{css}</style></head><body><div class="grafana-app"><header class="topbar"><nav '
            'class="crumbs" aria-label="Breadcrumbs"><ol><li>Home</li><li>Dashboards</li><li>Operations</li>'
            '<li>Storm outage</li></ol></nav><div class="tools"><span>Share</span><span>Last 24 hours</span>'
            '<span>Refresh</span></div></header><div class="vars"><label>Region</label> <span class="select">All'
            '</span> <label>Substation</label> <span class="select">All</span></div><div class="row-title">'
            f'Overview</div><div class="grid">{"".join(panels)}</div><div class="row-title">Situation report</div>'
            f'<div class="panel text"><h2>Situation report – update {doc.number}</h2><div '
            f'class="markdown-html">{text}</div></div></div></body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- Notion, exported to PDF

NOTION_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font: 10.5pt "Liberation Sans", -apple-system, "Segoe UI", Helvetica, sans-serif; color: rgb(55, 53, 47);
  line-height: 1.5; }
.page-title { font-size: 26pt; font-weight: 700; margin: 0 0 8pt; line-height: 1.2; }
table.properties { border-collapse: collapse; margin-bottom: 10pt; font-size: 9.5pt; }
table.properties th { color: rgba(55, 53, 47, 0.65); font-weight: normal; text-align: left; width: 90pt;
  padding: 2pt 0; } table.properties td { padding: 2pt 0; }
.selected-value { border-radius: 3pt; padding: 0 5pt; margin-right: 4pt; font-size: 9pt; }
.select-value-color-green { background: rgba(123, 183, 129, 0.27); }
.select-value-color-blue { background: rgba(93, 165, 206, 0.27); }
.select-value-color-orange { background: rgba(245, 93, 0, 0.2); }
.select-value-color-red { background: rgba(244, 171, 159, 0.4); }
.select-value-color-gray { background: rgba(206, 205, 202, 0.5); }
.callout { display: flex; border-radius: 3pt; padding: 8pt 10pt; margin: 6pt 0; }
.callout .icon { font-family: "DejaVu Sans"; font-size: 13pt; width: 22pt; }
.block-color-gray_background { background: rgba(241, 241, 239, 1); }
.block-color-yellow_background { background: rgba(251, 243, 219, 1); }
.block-color-blue_background { background: rgba(231, 243, 248, 1); }
.column-list { display: flex; } .column { width: 25%; padding: 0 3pt; }
.column .callout { display: block; } .column strong { font-size: 15pt; display: block; }
ul.bulleted-list { margin: 2pt 0; padding-left: 18pt; }
ul.toggle { list-style: none; padding: 0; margin: 8pt 0 0; }
details > summary { font-weight: 600; font-size: 14pt; line-height: 1.3; margin: 0 0 2pt; list-style: none; }
details > summary::before { content: ""; display: inline-block; border-left: 5pt solid transparent;
  border-right: 5pt solid transparent; border-top: 7pt solid rgb(55, 53, 47); margin: 0 7pt 2pt 0; }
.collection-title { font-size: 11pt; margin: 4pt 0; }
table.collection-content { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.collection-content th, table.collection-content td { border: 1px solid rgb(233, 233, 231); padding: 3pt 5pt;
  vertical-align: top; text-align: left; } table.collection-content th { color: rgba(55, 53, 47, 0.65);
  font-weight: normal; }
"""
AUTHORS = {"Mercy": "Priya Raman", "Highland": "Tenzin Dolkar", "OpenHands": "Samuel Okello", "Shelter": "Ana Ruiz"}
OWNERS = ("Country Director", "Safety & Security Manager", "Logistics Coordinator", "MEAL Officer", "HR Manager")


def _uuid(seed: str) -> str:
    x = f"{zlib.crc32(seed.encode()):08x}{zlib.crc32(seed[::-1].encode()):08x}{zlib.adler32(seed.encode()):08x}"
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-8{x[17:20]}-{x[12:24]}{x[:4]}"


def pdf_notion_earthquake_ngo(doc: Doc) -> bytes:
    """The country office's sitrep page as Notion exports it to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    author = AUTHORS[doc.organisation.split()[0]]
    title = f"Sitrep #{doc.number} – Tarakot valley earthquake"
    figures = ((count(doc, ("people are affected",), 9000 + h % 50000), "people affected"),
               (count(doc, ("houses are",), 800 + h % 9000), "houses damaged"),
               (count(doc, ("mobile clinics",), 100 + h % 900), "consultations"),
               (count(doc, ("tarpaulins",), 300 + h % 3000), "tarpaulins distributed"))  # fmt: skip
    cols = "".join(f'<div class="column"><figure class="block-color-blue_background callout"><div><strong>{v:,}'
                   f"</strong>{label}</div></figure></div>" for v, label in figures)  # fmt: skip
    body = ['<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex"><div '
            'class="icon">ℹ</div><div style="width:100%">For internal use – figures are preliminary</div></figure>',
            f'<div class="column-list">{cols}</div>']  # fmt: skip
    for s in doc.sections:
        if s.key == "highlights":
            lis = "".join(f'<li style="list-style-type:disc">{escape(it.text)}</li>' for it in s.items)
            body.append('<figure class="block-color-yellow_background callout" style="white-space:pre-wrap;display:'
                        f'flex"><div class="icon">★</div><div style="width:100%"><p><strong>{escape(s.heading)}'
                        f'</strong></p><ul class="bulleted-list">{lis}</ul></div></figure>')  # fmt: skip
            continue
        if s.risks:
            rows = []
            for k, it in enumerate(s.items):
                closing = not it.mitigation and "closed" in it.text
                status = ("Closing", "gray") if closing else (("Open", "red") if it.level else ("Monitoring", "orange"))
                rows.append(f'<tr id="{_uuid(it.id + doc.title)}"><td class="cell-title">{escape(it.body)}</td><td>'
                            f'{escape(it.mitigation or "")}</td><td><span class="user">{OWNERS[(h + k) % 5]}</span>'
                            f'</td><td><span class="selected-value select-value-color-{status[1]}">{status[0]}</span>'
                            "</td></tr>")  # fmt: skip
            inner = ('<div class="collection-content"><h4 class="collection-title">Risk log</h4><table class="'
                     'collection-content"><thead><tr><th>Risk</th><th>Mitigation</th><th>Owner</th><th>Status</th>'
                     f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')  # fmt: skip
        else:
            lis = "".join(f'<li style="list-style-type:disc">{escape(it.text)}</li>' for it in s.items)
            inner = f'<ul class="bulleted-list">{lis}</ul>'
        body.append(f'<ul class="toggle"><li><details open=""><summary>{escape(s.heading)}</summary>{inner}'
                    "</details></li></ul>")  # fmt: skip
    props = (f'<table class="properties"><tbody><tr class="property-row property-row-date"><th>Date</th><td><time>'
             f'@{when:%B} {when.day}, {when.year}</time></td></tr><tr class="property-row property-row-person"><th>'
             f'Author</th><td><span class="user">{author}</span></td></tr><tr class="property-row '
             'property-row-select"><th>Status</th><td><span class="selected-value select-value-color-green">Final'
             '</span></td></tr><tr class="property-row property-row-multi_select"><th>Tags</th><td><span '
             'class="selected-value select-value-color-blue">Sitrep</span><span class="selected-value '
             'select-value-color-orange">Earthquake</span></td></tr></tbody></table>')  # fmt: skip
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{escape(title)}'
            f'</title><style>{NOTION_CSS}</style></head><body><article id="{_uuid(doc.title)}" class="page sans">'
            f'<header><h1 class="page-title">{escape(title)}</h1><p class="page-description"></p>{props}</header>'
            f'<div class="page-body">{"".join(body)}</div></article></body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()
