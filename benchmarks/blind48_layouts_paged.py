"""Writers of the ``blind48_layouts`` set that print HTML to PDF (WeasyPrint, in the browsers' place): a marine
mammal rescue charity's stranding sitrep, a record of its response database printed from the browser, and a Scottish
health protection team's mpox incident report, knitted from R Markdown to a paged HTML report and printed to PDF.

A marine mammal rescue charity's mass stranding sitrep, a record of the charity's response base in an online
database, opened in its expanded view and printed with "Print record" from the browser: the browser's header (date
and time, "Airtable") and footer (the record's address and "1/2"), the base and table's names, the record's primary
field as its title, then every field of the record — its name small and grey over its value with the field type's
icon drawn before it, a date, a single select "pill" on its colour, a collaborator with the circle of their
initials, the species, then one long text field per section of the sitrep, the field's name the section's heading,
its rich text the points (the summary as paragraphs, the others as a bulleted list, "Response:" in bold inside a
risk's point), an attachments field of picture thumbnails with their file names, and the "Last modified" field.
Each charity prints amounts in its own currency: "NZ$3,400", "A$3,400", "£3,400", "€3,400", "16 January",
"(yesterday: 5)".

A Scottish health board's health protection team's mpox incident report, written in R Markdown and knitted with
pagedown's ``html_paged`` format, printed to PDF by the browser (``chrome_print``): a cover page (the title, the
board's name, "Health Protection Team", the date, "OFFICIAL SENSITIVE"), a "Contents" page of the sections with
dotted leaders and page numbers, then the report with the current section's name in the running head on the right
(CSS ``string-set`` from the ``<h2>``) and the report's short title on the left, the page number at the foot, each
section an ``<h2>``, the summary as paragraphs, the points ``<ul>`` lists, "Control measures:" in bold inside a risk's
point, and a footnote on the situation's first point (its call "1" after the point, its text at the foot of the
page). "£3,400", "£1.25 million", "16 August", "(previous report: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind48_layouts_banks_north import MPOX, STRANDING
from blind48_layouts_content import parts
from council_layouts_gold import Doc


def _point(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- a charity's database record, printed

SITES = ("Farewell Spit, Golden Bay", "Crowdy Head, NSW", "Kyle of Durness, Sutherland", "Brandon Bay, Co. Kerry")
LEADS = ("Daren Grover", "Ronny Ling", "Dan Jarvis", "Mick O'Connell")
PILLS = ("#d0f0fd", "#ffeab6", "#d1f7c4")
ICON = ('<svg width="12" height="12" viewBox="0 0 16 16" style="vertical-align:-1px;margin-right:5px">'
        '<path d="{d}" fill="none" stroke="#616670" stroke-width="1.6"/></svg>')  # fmt: skip
SHAPES = {"text": "M2 3h12M2 7h12M2 11h8", "date": "M2 4h12v10H2zM2 7h12M5 2v3M11 2v3",
          "select": "M8 2a6 6 0 1 0 0.1 0zM5.5 7l2.5 2.5L10.5 7", "user": "M8 2a3 3 0 1 0 0.1 0zM2 14c1-4 11-4 12 0",
          "long": "M2 3h12M2 6h12M2 9h12M2 12h7", "file": "M4 2h6l3 3v9H4zM10 2v3h3",
          "clock": "M8 2a6 6 0 1 0 0.1 0zM8 5v3l2 2"}  # fmt: skip


def _field(name: str, kind: str, value: str) -> str:
    return (f'<div class="field"><div class="label">{ICON.format(d=SHAPES[kind])}{escape(name)}</div>'
            f'<div class="value">{value}</div></div>')  # fmt: skip


def pdf_airtable_record_intl(doc: Doc) -> bytes:
    """The charity's sitrep, a record of its response base, printed from the browser's expanded record view."""
    when = report_day(doc)
    k = STRANDING.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    stamp = when.replace(hour=18 + h % 4, minute=h % 60)
    initials = "".join(w[0] for w in LEADS[k].split())
    fields = [
        _field("Report date", "date", f"{when.day}/{when.month:02d}/{when.year}"),
        _field("Status", "select", f'<span class="pill" style="background:{PILLS[h % 3]}">'
               f"{'Active response' if doc.number < 3 else 'Monitoring'}</span>"),
        _field("Incident lead", "user", f'<span class="avatar">{initials}</span> {escape(LEADS[k])}'),
        _field("Location", "text", escape(SITES[k])),
        _field("Species", "select", '<span class="pill" style="background:#e9e1ff">Long-finned pilot whale</span>'),
    ]  # fmt: skip
    for s in doc.sections:
        if s.key == "highlights":
            value = "".join(f"<p>{escape(it.text)}</p>" for it in s.items)
        else:
            value = "<ul>" + "".join(f"<li>{_point(it, 'intl')}</li>" for it in s.items) + "</ul>"
        fields.append(_field(s.heading, "long", value))
    thumbs = "".join(f'<span class="thumb"><span class="pic" style="background:#{(h >> n * 4) % 0xFFFFFF:06x}">'
                     f"</span>IMG_{2040 + n + doc.number * 7}.jpg</span>" for n in range(3))  # fmt: skip
    fields += [
        _field("Photos", "file", thumbs),
        _field("Last modified", "clock", f"{when.day}/{when.month:02d}/{when.year} {stamp:%-I:%M%p}".lower()),
    ]
    rec = f"rec{h:08x}Qa{doc.number}"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Airtable</title>
<style>
@page {{ size: A4; margin: 14mm 10mm 14mm 10mm;
  @top-left {{ content: "{when.day}/{when.month:02d}/{when.year % 100:02d}, {stamp:%H:%M}"; font: 8pt Arial; }}
  @top-center {{ content: "Airtable"; font: 8pt Arial; }}
  @bottom-left {{ content: "https://airtable.com/app{h % 99999:05d}Strand/tblSitreps/viwGrid/{rec}?blocks=hide";
    font: 8pt Arial; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt Arial; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; color: #1d1f25; font-size: 10.5pt; margin: 0 24px; }}
.crumb {{ color: #616670; font-size: 9pt; margin-bottom: 6px; }}
h1 {{ font-size: 19pt; font-weight: 600; margin: 0 0 18px; }}
.field {{ margin: 0 0 16px; page-break-inside: auto; }}
.label {{ color: #616670; font-size: 8.5pt; margin-bottom: 4px; }}
.value {{ border: 1px solid #e0e2e7; border-radius: 6px; padding: 6px 9px; }}
.value p {{ margin: 0 0 6px; }} .value ul {{ margin: 0; padding-left: 20px; }} .value li {{ margin: 0 0 4px; }}
.pill {{ border-radius: 10px; padding: 1px 8px; font-size: 9pt; }}
.avatar {{ display: inline-block; width: 18px; height: 18px; border-radius: 9px; background: #f82b60; color: #fff;
  font-size: 7pt; text-align: center; line-height: 18px; }}
.thumb {{ display: inline-block; margin-right: 14px; font-size: 8pt; color: #616670; text-align: center; }}
.pic {{ display: block; width: 70px; height: 50px; margin-bottom: 3px; border-radius: 3px; }}
</style></head><body>
<div class="crumb">{escape(doc.organisation)} – Stranding response › Sitreps</div>
<h1>Sitrep {doc.number} – {escape(SITES[k].split(",")[0])}</h1>
{"".join(fields)}
</body></html>"""
    return _pdf(html)


# ---------------------------------------------------------------- a health protection team's pagedown report

AREAS = ("Lothian", "Greater Glasgow and Clyde", "Grampian", "Tayside")
CHAIRS = ("Dr Fiona Mackay", "Dr Ravi Menon", "Dr Eilidh Grant", "Dr Stuart Lennox")


def pdf_pagedown_sco(doc: Doc) -> bytes:
    """The team's incident report knitted by pagedown, printed to PDF: cover, contents, running heads, a footnote."""
    when = report_day(doc)
    k = MPOX.organisations.index(doc.organisation)
    short = f"Mpox incident – report {doc.number}"
    body, toc = [], []
    for n, s in enumerate(doc.sections):
        sid = f"sec{n}"
        toc.append(f'<li><a href="#{sid}">{escape(s.heading)}</a></li>')
        body.append(f'<div class="section level2" id="{sid}"><h2>{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            lis = []
            for m, it in enumerate(s.items):
                note = ""
                if s.key == "situation" and m == 0:
                    note = (
                        '<span class="footnote">Case and contact counts are taken from the incident line list '
                        "at 09:00 on the day of the report and may change as results are confirmed.</span>"
                    )
                lis.append(f"<li>{_point(it, 'sco')}{note}</li>")
            body.append("<ul>" + "".join(lis) + "</ul>")
        body.append("</div>")
    nxt = when + timedelta(days=3)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(short)}</title>
<meta name="generator" content="pagedown via RMarkdown">
<style>
@page {{ size: A4; margin: 25mm 22mm 22mm 22mm;
  @top-left {{ content: "{escape(short)}"; font: 8.5pt "Liberation Sans"; color: #666; }}
  @top-right {{ content: string(section); font: 8.5pt "Liberation Sans"; color: #666; }}
  @bottom-center {{ content: counter(page); font: 9pt "Liberation Sans"; }}
  @footnote {{ border-top: 0.5pt solid #999; padding-top: 4pt; }} }}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} @bottom-center {{ content: none; }} }}
@page contents {{ @top-right {{ content: none; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.35; }}
.cover {{ page: cover; height: 230mm; break-after: page; padding-top: 60mm; }}
.cover .title {{ font: bold 26pt "Liberation Sans"; color: #005EB8; margin-bottom: 16pt; }}
.cover p {{ font: 13pt "Liberation Sans"; margin: 4pt 0; }}
.cover .marking {{ margin-top: 60mm; font-weight: bold; }}
.toc {{ page: contents; break-after: page; }}
.toc h1 {{ font: bold 18pt "Liberation Sans"; }}
.toc ul {{ list-style: none; padding: 0; }} .toc li {{ margin: 5pt 0; }}
.toc a {{ color: #000; text-decoration: none; }}
.toc a::after {{ content: leader('.') target-counter(attr(href), page); }}
h2 {{ string-set: section content(text); font: bold 14pt "Liberation Sans"; color: #005EB8; margin: 16pt 0 6pt;
  break-after: avoid; }}
ul {{ padding-left: 18pt; }} li {{ margin: 0 0 4pt; }}
.footnote {{ float: footnote; font-size: 8.5pt; }}
.footnote::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: 7pt; }}
.footnote::footnote-marker {{ content: counter(footnote) ". "; }}
</style></head><body>
<div class="cover"><div class="title">{escape(short)}</div>
<p>{escape(doc.organisation)} – Health Protection Team</p><p>{when.day} {when:%B %Y}</p>
<p>Incident Management Team chair: {CHAIRS[k]}</p><p>Next report: {nxt.day} {nxt:%B %Y}</p>
<p class="marking">OFFICIAL SENSITIVE</p></div>
<div class="toc"><h1>Contents</h1><ul>{"".join(toc)}</ul></div>
{"".join(body)}
</body></html>"""
    return _pdf(html)
