"""Newsletter writer of the ``blind49_layouts`` set that prints HTML to PDF (WeasyPrint, in the design tool's place):
the weekly Asian hornet update of a government of the Channel Islands or the Isle of Man, laid out as a two-column
newsletter in a brand templating tool (Marq, once Lucidpress) and downloaded as a PDF for print.

The government's "Asian Hornet Update" on its newsletter template: the masthead band across the top of the first
page (the crest, "Asian Hornet Update", the issue's number and date and the government's name), a shaded "At a
glance" box across the page holding the summary's paragraphs, then the sections flowing down two columns of the one
page — each section's name a bold heading in the government's colour, the points after bullets, "Our
response:" in bold inside a risk's point —, a photograph's box with its caption after the second section, a pull
quote repeating a sentence of the summary in large italics after the fourth, the hornet team's contact box at the
end (telephone, e-mail, web address) and the web address and "Page 1" at the foot of every page. "£3,400",
"£1.25m", "16 June", "(last issue: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind49_layouts_banks_north import HORNET
from blind49_layouts_content import parts
from council_layouts_gold import Doc

ISLANDS = (("#C8102E", "gov.je/asianhornet", "asianhornet@gov.je", "01534 441600", "Grands Vaux"),
           ("#00703C", "gov.gg/asianhornet", "asianhornet@gov.gg", "01481 234567", "Saints Bay"),
           ("#1F4E79", "alderney.gov.gg/asianhornet", "asianhornet@alderney.gov.gg", "01481 820000", "Longis Common"),
           ("#A6192E", "gov.im/asianhornet", "asianhornet@gov.im", "01624 685835", "Port Erin"))  # fmt: skip


def _point(it, lang: str = "ci") -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def pdf_marq_newsletter_ci(doc: Doc) -> bytes:
    """The government's weekly hornet update as the newsletter template lays it out, downloaded as a PDF."""
    when = report_day(doc)
    k = HORNET.organisations.index(doc.organisation)
    colour, web, mail, phone, site = ISLANDS[k]
    h = zlib.crc32(doc.title.encode())
    glance, flow = "", []
    quote = ""
    for n, s in enumerate(doc.sections):
        if s.key == "highlights":
            glance = (f'<div class="glance"><h2>{escape(s.heading)}</h2>'
                      + "".join(f"<p>{escape(it.text)}</p>" for it in s.items) + "</div>")  # fmt: skip
            quote = s.items[-1].text
            continue
        flow.append(f"<h2>{escape(s.heading)}</h2><ul>" + "".join(f"<li>{_point(it)}</li>" for it in s.items)
                    + "</ul>")  # fmt: skip
        if n == 2:
            flow.append(f'<div class="photo"><div class="pic" style="background:#{h % 0x777777 + 0x555555:06x}">'
                        f'</div><p class="caption">A bait station at {escape(site)}. Photo: {escape(doc.organisation)}'
                        "</p></div>")  # fmt: skip
        if n == 4 and quote:
            flow.append(f'<blockquote class="pull">“{escape(quote)}”</blockquote>')
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Asian Hornet Update – Issue {doc.number}</title><meta name="generator" content="Marq">
<style>
@page {{ size: A4; margin: 12mm 12mm 16mm 12mm;
  @bottom-left {{ content: "{web}"; font: 8pt "Liberation Sans"; color: #666; }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt "Liberation Sans"; color: #666; }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; margin: 0; }}
.mast {{ background: {colour}; color: #fff; padding: 7mm 8mm 6mm; }}
.crest {{ float: left; width: 16mm; height: 19mm; background: #fff; border-radius: 2mm; margin-right: 6mm; }}
.mast .name {{ font-size: 30pt; font-weight: bold; line-height: 1.1; }}
.mast .issue {{ font-size: 10pt; margin-top: 2mm; letter-spacing: 0.3pt; }}
.glance {{ background: #FFF4D6; border-left: 3mm solid {colour}; padding: 3mm 5mm; margin: 5mm 0; }}
.glance h2 {{ margin-top: 0; }}
.glance p {{ font-size: 10.5pt; margin: 0 0 2mm; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
h2 {{ color: {colour}; font-size: 12.5pt; margin: 0 0 2mm; break-after: avoid; }}
ul {{ padding-left: 5mm; margin: 0 0 5mm; }} li {{ margin-bottom: 1.5mm; }}
.photo {{ margin: 0 0 5mm; break-inside: avoid; }}
.pic {{ height: 38mm; border-radius: 1mm; }}
.caption {{ font-size: 7.5pt; color: #666; font-style: italic; margin: 1mm 0 0; }}
.pull {{ font-size: 14pt; font-style: italic; color: {colour}; border-top: 0.6mm solid {colour};
  border-bottom: 0.6mm solid {colour}; margin: 2mm 0 5mm; padding: 2mm 0; break-inside: avoid; }}
.contact {{ background: {colour}; color: #fff; padding: 3mm 4mm; font-size: 9pt; break-inside: avoid; }}
.contact b {{ font-size: 10.5pt; }}
</style></head><body>
<div class="mast"><div class="crest"></div><div class="name">Asian Hornet Update</div>
<div class="issue">Issue {doc.number} | {when.day} {when:%B %Y} | {escape(doc.organisation)}</div></div>
{glance}
<div class="cols">
{"".join(flow)}
<div class="contact"><b>Asian Hornet Team</b><br>T {phone}<br>E {mail}<br>W {web}</div>
</div>
</body></html>"""
    return _pdf(html)
