"""PDF writer of the ``blind40_layouts`` set for a document released under freedom of information (weasyprint).

An Australian local control centre's situation report in an outbreak of avian influenza on poultry farms, typed in
the department's Word template, saved as PDF and, months later, released to an applicant under the Freedom of
Information Act 1982 with the exempt parts redacted: A4, Arial (Liberation Sans); the protective marking
"OFFICIAL: Sensitive" in red centred at the head and foot of every page; the FOI officer's stamp at the head —
"Released under the Freedom of Information Act 1982" at the left and "FOI 26/0412 · Document 7 · Page 2" at the
right; the template's page number "Page 1 of 2" at the foot; the department's band (its name and the response's),
"SITUATION REPORT", a details table (incident, sitrep number, date and time, control centre, incident controller,
prepared by, next sitrep, distribution) in which the names, positions' holders and the distribution's people are
black boxes carrying the exemption's section in white, "s 33(1)"; then each section a numbered bold heading over a
rule ("1. Key points"), every point after Word's "•", the risks as a table Risk / issue | Rating | Treatment (the
treatment in its own cell, "–" where a risk has none); "Authorised by" with its name redacted. "$3,400", "$1.25m",
"1,250", "12%", "16 January", "(previous sitrep: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind40_layouts_banks_en import AU_LEVELS, AVIAN
from blind40_layouts_content import parts
from council_layouts_gold import Doc

FOI_CSS = """
@page { size: A4; margin: 30mm 18mm 24mm;
  @top-left { content: "Released under the Freedom of Information Act 1982"; font: bold 7.5pt "Liberation Sans";
    color: #1f3f99; vertical-align: top; padding-top: 6mm; }
  @top-center { content: "OFFICIAL: Sensitive"; font: bold 10pt "Liberation Sans"; color: #c00000;
    vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "FOI 26/0412 · Document DOCN · Page " counter(page); font: bold 7.5pt "Liberation Sans";
    color: #1f3f99; border: 1pt solid #1f3f99; padding: 1pt 3pt; vertical-align: top; margin-top: 5mm;
    height: 10pt; }
  @bottom-center { content: "OFFICIAL: Sensitive"; font: bold 10pt "Liberation Sans"; color: #c00000; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans"; } }
body { font: 10pt/1.3 "Liberation Sans", Arial, sans-serif; color: #000; }
.band { background: #00313c; color: #fff; padding: 6pt 9pt; } .band .d { font: bold 12pt "Liberation Sans"; }
.band .r { font-size: 9pt; } h1 { font: bold 16pt "Liberation Sans"; margin: 8pt 0 6pt; letter-spacing: 0.5pt; }
table { border-collapse: collapse; width: 100%; } .det td { border: 0.5pt solid #888; padding: 2pt 5pt;
  vertical-align: top; } .det td.k { width: 32%; background: #e8eef0; font-weight: bold; }
h2 { font: bold 11.5pt "Liberation Sans"; color: #00313c; border-bottom: 0.8pt solid #00313c; margin: 12pt 0 4pt;
  padding-bottom: 1pt; page-break-after: avoid; }
p.b { margin: 0 0 3pt; padding-left: 14pt; text-indent: -10pt; } p { margin: 0 0 4pt; }
.rk th { background: #00313c; color: #fff; text-align: left; padding: 3pt 5pt; font-size: 9pt; }
.rk td { border: 0.5pt solid #888; padding: 3pt 5pt; vertical-align: top; } .rk td.r { width: 13%; }
.rd { background: #000; color: #fff; font: bold 8pt "Liberation Sans"; padding: 0 6pt; display: inline-block;
  min-width: 28mm; text-align: center; }
"""
RATING = ("Medium", "High", "High", "Extreme")


def _rating(text: str) -> str:
    for level, words in reversed(list(enumerate(AU_LEVELS))):
        if words in text:
            return RATING[level]
    return "Medium"


def _redacted(section: str = "s 33(1)") -> str:
    return f'<span class="rd">{section}</span>'


def pdf_foi_release_au(doc: Doc) -> bytes:
    """The control centre's situation report as the department released it under FOI, exempt parts redacted."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = AVIAN.organisations.index(doc.organisation)
    area = doc.organisation.removesuffix(" Local Control Centre")
    details = [
        ("Incident", f"H7 HPAI – {area}"), ("Situation report number", str(doc.number)),
        ("Date / time", f"{when:%d/%m/%Y} 1600 hrs"), ("Control centre", escape(doc.organisation)),
        ("Incident Controller", _redacted()), ("Prepared by", f"{_redacted()} (Planning Officer)"),
        ("Next situation report", f"{when + timedelta(days=1):%d/%m/%Y} 1600 hrs"),
        ("Distribution", f"State Control Centre; Chief Veterinary Officer; {_redacted()}; {_redacted()}"),
    ]  # fmt: skip
    det = "".join(f'<tr><td class="k">{a}</td><td>{b}</td></tr>' for a, b in details)
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.risks:
            rows = []
            for it in s.items:
                risk, lead, rest = parts(it, "au")
                rows.append(f'<tr><td>{escape(risk if lead else it.text)}</td><td class="r">{_rating(it.text)}</td>'
                            f"<td>{escape(rest) if lead else '–'}</td></tr>")  # fmt: skip
            body.append('<table class="rk"><thead><tr><th>Risk / issue</th><th>Rating</th><th>Treatment</th></tr>'
                        f"</thead><tbody>{''.join(rows)}</tbody></table>")  # fmt: skip
            continue
        body += [f'<p class="b">•\u2002{escape(it.text)}</p>' for it in s.items]
    css = FOI_CSS.replace("DOCN", str(3 + k * 5 + doc.number))
    html = ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>Situation Report</title><style>'
            f'{css}</style></head><body><div class="band"><div class="d">Department of Primary Industries and Regions'
            '</div><div class="r">Emergency Animal Disease Response · Biosecurity Emergency Operations</div></div>'
            f'<h1>SITUATION REPORT</h1><table class="det">{det}</table>{"".join(body)}<p style="margin-top:12pt">'
            f"Authorised by: {_redacted()}, Incident Controller, {escape(doc.organisation)}</p><p style=\"font-size:"
            f'7.5pt;color:#555">Ref. EAD-{when:%Y}-{h % 9000 + 1000}</p></body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()
