"""Print writer of the ``blind27_layouts`` set: a US university's office of emergency management's situation update on
a winter storm, written in Google Docs by the duty emergency manager and sent to the policy group as Docs' "File >
Download > PDF document" (weasyprint here, with the page Docs lays out): Letter pages with Docs' one-inch margins,
the header text "Lakeshore State University | Office of Emergency Management" and "Internal – not for public
release" in grey, the page number alone at the right of the footer; the Title style (26 pt) and the Subtitle (grey,
15 pt) with the update's number, date and time; the table of contents Docs inserts "with blue links" — every heading
again, indented by level, underlined blue, no page numbers —; a "Status at a glance" table of four figures; Heading 1
(20 pt) for the sections; the points in Docs' "●" bullets, the next steps as a checklist ("☐" before each), the date
smart chips as grey pills ("Jan 29, 2026" in a rounded box, inside the point's text), "Mitigation strategy:" bold
inside a risk's point; "$3,400", "$1.25M", "January 16", "(prior update: 5)".
"""

from __future__ import annotations

import re
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind27_layouts_content import parts
from council_layouts_gold import Doc

CSS = """
@page { size: Letter; margin: 72pt 72pt 72pt 72pt;
  @top-left { content: "%(uni)s | Office of Emergency Management"; font: 9pt Arial; color: #666; }
  @top-right { content: "Internal – not for public release"; font: 9pt Arial; color: #666; }
  @bottom-right { content: counter(page); font: 10pt Arial; } }
body { font-family: Arial, sans-serif; font-size: 11pt; line-height: 1.15; color: #000; }
h1.title { font-size: 26pt; font-weight: normal; margin: 0 0 3pt 0; }
p.subtitle { font-size: 15pt; color: #666; margin: 0 0 16pt 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 20pt 0 6pt 0; }
.toc p { margin: 0 0 4pt 0; } .toc a { color: #1155cc; text-decoration: underline; }
ul { margin: 0 0 8pt 0; padding-left: 36pt; } li { margin: 0 0 2pt 0; }
ul { list-style: none; } li { text-indent: -18pt; padding-left: 18pt; }
span.mark { display: inline-block; width: 18pt; text-indent: 0; } ul.docs span.mark { font-size: 8pt; }
span.chip { border: 1px solid #c4c7c5; border-radius: 9pt; padding: 0 5pt; background: #f1f3f4; }
table.glance { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt 0; }
table.glance td { border: 1px solid #999; padding: 5pt; text-align: center; font-size: 10pt; }
table.glance td b { font-size: 16pt; display: block; }
"""
MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) "
                   r"(\d{1,2})\b")  # fmt: skip
MANAGERS = {"Lakeshore State": "Dana Whitfield", "Northern Plains": "Marcus Bell", "Allegheny Ridge": "Tonya Ruiz",
            "Great Lakes Polytechnic": "Kevin O'Neal"}  # fmt: skip


def _chips(text: str, year: int) -> str:
    """A date as Docs' date smart chip shows it: "Jan 29, 2026" in a pill."""
    out = escape(text)
    return MONTH.sub(lambda m: f'<span class="chip">{m.group(1)[:3]} {m.group(2)}, {year}</span>', out)


def chip_text(text: str, year: int) -> str:
    """The text of a point as printed with its date chips ("January 29" → "Jan 29, 2026")."""
    return MONTH.sub(lambda m: f"{m.group(1)[:3]} {m.group(2)}, {year}", text)


def chip_restyle(doc: Doc) -> None:
    """The dates of every point printed as Docs' date chips, in the text and so in the gold."""
    year = report_day(doc).year
    for s in doc.sections:
        for it in s.items:
            it.text = chip_text(it.text, year)
            it.body = chip_text(it.body, year)
            it.mitigation = chip_text(it.mitigation, year) if it.mitigation else None


def pdf_gdocs_download_us(doc: Doc) -> bytes:
    """The update as Google Docs downloads it as a PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    uni = doc.organisation.removeprefix("University of the ").removesuffix(" University").removesuffix(" Institute")
    manager = MANAGERS[uni]
    year = when.year
    body = [f'<h1 class="title">Winter Storm Situation Update #{doc.number}</h1>',
            f'<p class="subtitle">{when:%A, %B} {when.day}, {year} · 5:00 p.m. · prepared by {escape(manager)}, '
            "Duty Emergency Manager</p>", '<div class="toc">']  # fmt: skip
    for n, s in enumerate(doc.sections):
        pad = 0 if s.level == 1 else 18
        body.append(f'<p style="margin-left:{pad}pt"><a href="#h.{n}">{escape(s.heading)}</a></p>')
    body.append("</div>")
    glance = (("Students in residence", count(doc, ("students remain",), 0)),
              ("Weather calls", count(doc, ("weather-related",), 0)),
              ("Essential staff", count(doc, ("essential employees",), 0)), ("Campus status", "Modified"))  # fmt: skip
    body.append('<table class="glance"><tr>' + "".join(
        f"<td><b>{v:,}</b>{escape(k)}</td>" if isinstance(v, int) else f"<td><b>{v}</b>{escape(k)}</td>"
        for k, v in glance) + "</tr></table>")  # fmt: skip
    for n, s in enumerate(doc.sections):
        tag = "h1" if s.level == 1 else "h2"
        body.append(f'<{tag} id="h.{n}">{escape(s.heading)}</{tag}>')
        cls = "check" if s.key == "next-steps" else "docs"
        body.append(f'<ul class="{cls}">')
        for it in s.items:
            risk, lead, rest = parts(it, "us")
            if lead:
                inner = f"{_chips(risk, year)} <b>{escape(lead)}</b> {_chips(rest, year)}"
            else:
                inner = _chips(it.text, year)
            mark = "☐" if cls == "check" else "●"
            body.append(f'<li><span class="mark">{mark}</span>{inner}</li>')
        body.append("</ul>")
    page = (f"<html><head><meta charset='utf-8'><title>{escape(doc.title)}</title>"
            f"<style>{CSS % {'uni': doc.organisation}}</style></head><body>{''.join(body)}</body></html>")  # fmt: skip
    return HTML(string=page).write_pdf()
