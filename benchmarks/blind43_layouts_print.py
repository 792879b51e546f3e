"""PDF writers of the ``blind43_layouts`` set drawn with weasyprint (a tool's own print of a document).

A US community health center's hurricane situation report, written in Google Docs in its pageless format and
downloaded as PDF (File → Download → PDF): one page as long as the document, with no page breaks, headers or footers;
the title in the "Title" style, the people and date smart chips ("Prepared by @…", the date chip), Google Docs'
horizontal line, each section a "Heading 2", the highlights as paragraphs, the other points in Docs' bulleted list
("●"), "Mitigation:" in bold inside a risk's point, the next steps as Docs' checklist (a drawn box before each point,
no glyph in the text), a table of the clinic sites (site, status, hours) under the sites and the closing line with
the emergency management contact. "$3,400", "$1.25 million", "September 16", "(last report: 5)".

An Australian surf life saving branch's briefing deck for its clubs and the SES, made in PowerPoint and circulated as
its outline printed to PDF (File → Print → Outline): the date at the top right and the page number at the foot, each
slide's number with a small slide icon and its title in bold — the title slide with the branch and the date, a slide
a section —, the points under the title at their levels (a risk's point, its "Treatment: …" a point of the second
level under it), the summary slide's points too, the "Questions?" slide at the end. "$3,400", "$1.25 million",
"16 July", "(last briefing: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind43_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a health center's report, Google Docs pageless

GD_CSS = """
@page { size: 8.5in HEIGHT; margin: 0.6in 1in; }
body { font: 11pt/1.15 "Liberation Sans", Arial, sans-serif; color: #000; margin: 0; }
h1 { font: 26pt/1.15 "Liberation Sans"; margin: 0 0 3pt; } .chips { margin: 0 0 10pt; font-size: 10pt; }
.chip { background: #e8eaed; border-radius: 9pt; padding: 1pt 6pt; margin-right: 4pt; }
hr { border: 0; border-top: 1pt solid #a0a0a0; margin: 10pt 0; }
h2 { font: 16pt/1.15 "Liberation Sans"; margin: 18pt 0 6pt; color: #000; }
p { margin: 0 0 8pt; } ul { margin: 0 0 8pt; padding-left: 0.5in; } li { margin: 0 0 2pt; }
ul.check { list-style: none; padding-left: 0.25in; } ul.check li { position: relative; padding-left: 0.25in; }
ul.check li::before { content: ""; position: absolute; left: 0; top: 2pt; width: 9pt; height: 9pt;
  border: 1.2pt solid #5f6368; border-radius: 1.5pt; }
table { border-collapse: collapse; margin: 6pt 0 10pt; } td, th { border: 1pt solid #000; padding: 5pt 7pt;
  font-size: 10pt; text-align: left; } th { background: #f3f3f3; }
.small { font-size: 9pt; color: #444; }
"""
STAFF = ("Dana Thibodeaux", "Marcus Reyes", "LaToya Simmons", "Kevin Nguyen")
SITES = ("Main Street Clinic", "Eastside Clinic", "School-Based Health Center", "Mobile Unit")


def _pageless_height(html: str) -> str:
    """The height of the one page: the document's own, as Google Docs sets it for a pageless download."""
    from weasyprint import HTML

    doc = HTML(string=html.replace("HEIGHT", "5000mm")).render()
    box = doc.pages[0]._page_box

    def bottom(b) -> float:
        """The lowest edge of the lines and drawn boxes under ``b``."""
        own = b.position_y + b.margin_height() if type(b).__name__ in ("LineBox", "TableBox") else 0
        return max([own] + [bottom(c) for c in getattr(b, "children", [])])

    return f"{bottom(box) * 0.75 + 44:.0f}pt"


def pdf_gdocs_pageless_us(doc: Doc) -> bytes:
    """The health center's report as Google Docs downloads a pageless document: one long page."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    body = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            lis.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead else
                       f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f'<ul class="{"check" if s.key == "next-steps" else ""}">{"".join(lis)}</ul>')
        if s.heading == "Clinic sites":
            rows = "".join(f"<tr><td>{site}</td><td>{('Open', 'Closed', 'Open – generator')[(h >> i) % 3]}</td>"
                           f"<td>{('8am–5pm', '—', '9am–3pm')[(h >> i) % 3]}</td></tr>"
                           for i, site in enumerate(SITES))  # fmt: skip
            body.append(f"<table><tr><th>Site</th><th>Status</th><th>Hours</th></tr>{rows}</table>")
    html = (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
            f"<style>{GD_CSS}</style></head><body><h1>Hurricane Situation Report #{doc.number}</h1>"
            f'<div class="chips">Prepared by <span class="chip">@{STAFF[h % 4]}</span> Date <span class="chip">'
            f"{when:%b} {when.day}, {when.year}</span> Status <span class=\"chip\">Final</span></div>"
            f"<p>{escape(doc.organisation)} – Emergency Operations</p><hr>{''.join(body)}<hr>"
            f'<p class="small">Questions: Emergency Management Coordinator, (337) 555-0{h % 900 + 100}, '
            f"em@{doc.organisation.split()[0].lower()}health.org</p></body></html>")  # fmt: skip
    html = html.replace("HEIGHT", _pageless_height(html), 1) if "HEIGHT" in html else html
    css_html = html
    return HTML(string=css_html).write_pdf()


# ---------------------------------------------------------------- a surf life saving deck, printed as its outline

OUT_CSS = """
@page { size: A4; margin: 20mm 22mm 20mm;
  @top-right { content: "DATE"; font: 9pt "Liberation Sans"; }
  @bottom-right { content: counter(page); font: 9pt "Liberation Sans"; } }
body { font: 11pt/1.3 "Liberation Sans", sans-serif; margin: 0; }
.slide { display: flex; margin: 0 0 7pt; page-break-inside: avoid; }
.no { width: 8mm; font-size: 10pt; padding-top: 1pt; }
.icon { width: 7mm; height: 5mm; border: 0.8pt solid #555; margin: 2pt 3mm 0 0; flex: none; }
.t { flex: 1; } .t b { font-size: 12pt; } .t p { margin: 1pt 0 0 6mm; } .t p.l2 { margin-left: 14mm; font-size: 10pt; }
"""


def pdf_pptx_outline_au(doc: Doc) -> bytes:
    """The branch's deck as PowerPoint prints its outline: the slides' titles and points, nothing else."""
    from weasyprint import HTML

    when = report_day(doc)
    slides = [(f"{doc.organisation} – East Coast Low briefing", [(f"Briefing {doc.number}", 1),
               (f"{when.day} {when:%B %Y}", 1), ("Surf Life Saving NSW", 1)])]  # fmt: skip
    for s in doc.sections:
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, "sls")
            points += [(risk, 1), (f"{lead} {rest}", 2)] if lead else [(it.text, 1)]
        slides.append((s.heading, points))
    slides.append(("Questions?", [(f"Branch Duty Officer – 0400 555 0{doc.number % 10 * 11 + 100}", 1)]))
    out = []
    for n, (title, points) in enumerate(slides, start=1):
        ps = "".join(f'<p class="l{lv}">{escape(t)}</p>' for t, lv in points)
        out.append(f'<div class="slide"><div class="no">{n}</div><div class="icon"></div><div class="t">'
                   f"<b>{escape(title)}</b>{ps}</div></div>")  # fmt: skip
    css = OUT_CSS.replace("DATE", f"{when.day}/{when.month:02d}/{when.year}")
    html = (f'<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{escape(doc.title)}.pptx</title>'
            f"<style>{css}</style></head><body>{''.join(out)}</body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
