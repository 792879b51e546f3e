"""PDF writers of the ``blind38_layouts`` set (weasyprint).

A Graubünden commune's crisis staff report after a debris flow, in Romansh, as the commune's official gazette
("Fegl ufficial") prints it — laid out in Adobe InDesign by the print shop and exported for the web ("[Smallest File
Size]", no marks): A4, the text in two columns, ragged right, with a hairline rule between them, the running head "Fegl
ufficial da la Vischnanca da … · Nr. 29 · 16 da fanadur 2026" and the page number at the foot of every page but the
first; the masthead on page one (the title in large type, the commune, issue number and date, "Organ da publicaziun
uffizial"); the gazette's own notices first ("Communicaziuns dal cussegl communal", "Dumondas da construcziun" with
its parcel numbers), then the crisis staff's article — the kicker "BOVA DA RUNCS", the headline "Rapport dal stab da
crisa nr. 3", the standfirst "Stadi: …, 18.00", each section a bold subhead in the commune's colour, the
summary as paragraphs, the other points after InDesign's bullet "•" on a hanging indent, "Mesira:" in bold italics
inside a risk's point, the signature "Stab da crisa communal" —, the tinted box "Infurmaziuns" with the hotline, and the
"Agenda" with the coming events. "CHF 3'400", "CHF 1,25 mio.", "1'250", "12 %", "16 da fanadur", "(ultim rapport: 5)".

A New Zealand marae community hub's daily update after a cyclone, typed in Apple Notes on the hub lead's iPad and
sent on as Notes' "Export as PDF": no header or footer, the note's Title (bold, large), "Kia ora koutou," and a
line on who it goes to, each section a Heading (bold), the summary as Body paragraphs, the other points in Notes'
bulleted list ("•", the list's own indent), "Action:" inside a risk's point, the next steps as a checklist (drawn
circles, ticked ones filled), a photo of the damage attached after the damage list with its file name under it, the
"Contacts" table of Notes (grey rules), and "Ngā mihi," with the hub lead's name. "$3,400", "$1.25m", "16 February",
"(previously 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind38_layouts_banks_world import DEBRIS_FLOW
from blind38_layouts_content import RM_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- InDesign gazette, Romansh

FEGL_CSS = """
@page { size: A4; margin: 20mm 16mm 18mm;
  @top-left { content: "RUNNING"; font: 7.5pt "DejaVu Sans"; color: #555; }
  @bottom-center { content: counter(page); font: 8pt "DejaVu Sans"; } }
@page :first { @top-left { content: none; } @bottom-center { content: none; } }
body { font: 9.5pt/1.32 "DejaVu Serif", serif; color: #111; }
.mast { border-bottom: 2.5pt solid #a31e22; margin-bottom: 8pt; padding-bottom: 4pt; }
.mast .t { font: bold 34pt "DejaVu Sans"; letter-spacing: -1pt; color: #a31e22; }
.mast .s { font: 9pt "DejaVu Sans"; display: flex; justify-content: space-between; }
.cols { columns: 2; column-gap: 6mm; column-rule: 0.3pt solid #999; }
h2 { font: bold 10.5pt "DejaVu Sans"; margin: 0 0 3pt; } .note p { margin: 0 0 3pt; }
.kicker { font: bold 7.5pt "DejaVu Sans"; letter-spacing: 1.2pt; color: #a31e22; margin-top: 10pt; }
h1 { font: bold 17pt/1.1 "DejaVu Sans"; margin: 2pt 0 4pt; } .stand { font-weight: bold; margin-bottom: 5pt; }
h3 { font: bold 9pt "DejaVu Sans"; color: #a31e22;
  margin: 6pt 0 2pt; break-after: avoid; }
p { margin: 0 0 2.5pt; } .b { padding-left: 9pt; text-indent: -9pt; } .sig { font-style: italic; margin-top: 5pt; }
.box { background: #f3e3e3; padding: 5pt 6pt; margin-top: 8pt; break-inside: avoid; font: 8.5pt/1.3 "DejaVu Sans"; }
.agenda { margin-top: 8pt; font: 8.5pt/1.3 "DejaVu Sans"; } .agenda b { color: #a31e22; }
"""
PARCELS = (
    "Parcella nr. 412, Via Principala 18: sanaziun dal tetg",
    "Parcella nr. 1077, Runcs: nov clavà agricul",
    "Parcella nr. 88, Plazza da scola: installaziun fotovoltaica",
)


def pdf_indesign_fegl_rm(doc: Doc) -> bytes:
    """The crisis staff's report as an article of the commune's gazette, exported from InDesign."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = DEBRIS_FLOW.organisations.index(doc.organisation)
    place = doc.organisation.removeprefix("Vischnanca da ")
    issue = 24 + doc.number + k
    day = f"{when.day} da {RM_MONTHS[when.month - 1]} {when.year}"
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h3>{escape(s.heading)}</h3>")
        for it in s.items:
            if s.key == "highlights":
                body.append(f"<p>{escape(it.text)}</p>")
                continue
            risk, lead, rest = parts(it, "rm")
            text = f"{escape(risk)} <b><i>{escape(lead)}</i></b> {escape(rest)}" if lead else escape(it.text)
            body.append(f'<p class="b">•\u2002{text}</p>')
    notes = ('<div class="note"><h2>Communicaziuns dal cussegl communal</h2><p>La sesida dal cussegl communal dals '
             f"{when.day + 7 if when.day < 20 else 3} vegn spustada pervia da la bova.</p><h2>Dumondas da "
             "construcziun</h2>" + "".join(f"<p>{escape(p)}</p>" for p in PARCELS[: 2 + h % 2])
             + "<p>Las dumondas pon vegnir consultadas durant 20 dis en la chanzlia communala.</p></div>")  # fmt: skip
    article = (f'<div class="kicker">BOVA DA RUNCS</div><h1>Rapport dal stab da crisa nr. {doc.number}</h1>'
               f'<p class="stand">Stadi: {day}, 18.00</p>{"".join(body)}'
               '<p class="sig">Stab da crisa communal</p>')  # fmt: skip
    box = (
        f'<div class="box"><b>Infurmaziuns</b><br>Hotline dal stab da crisa: 081 {400 + k * 11} {h % 90 + 10} '
        f"{h % 80 + 10}<br>Mintga di da las 08.00 a las 20.00<br>www.{place.lower()}.example.ch/bova</div>"
    )
    agenda = (
        '<div class="agenda"><b>Agenda</b><br>Sonda: Marcà purtret sin la plazza<br>Dumengia: Cult divin '
        "ecumenic en la baselgia<br>Mesemna: Consultaziun da mamma e bab en la chasa da scola</div>"
    )
    running = f"Fegl ufficial da la {doc.organisation} · Nr. {issue} · {day}"
    html = ('<!DOCTYPE html><html lang="rm"><head><meta charset="utf-8"><meta name="generator" content="Adobe '
            f'InDesign 19.4 (Macintosh)"><title>Fegl ufficial {issue}</title><style>CSS</style></head><body>'
            '<div class="mast"><div class="t">Fegl ufficial</div><div class="s"><span>da la '
            f"{escape(doc.organisation)} · Organ da publicaziun uffizial</span><span>Nr. {issue} · {day}</span></div>"
            f'</div><div class="cols">{notes}{article}{box}{agenda}</div></body></html>')  # fmt: skip
    return HTML(string=html.replace("CSS", FEGL_CSS.replace("RUNNING", running))).write_pdf()


# ---------------------------------------------------------------- Apple Notes, NZ marae hub

NOTES_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font: 11pt/1.35 "Liberation Sans", "Helvetica Neue", sans-serif; color: #1c1c1e; }
h1 { font-size: 21pt; margin: 0 0 8pt; } h2 { font-size: 15pt; margin: 12pt 0 3pt; }
p { margin: 0 0 3pt; } ul { margin: 0 0 3pt; padding-left: 22pt; } li { margin: 0 0 2pt; }
ul.check { list-style: none; padding-left: 4pt; } .c { display: inline-block; width: 10pt; height: 10pt;
  border: 1pt solid #c7c7cc; border-radius: 6pt; margin-right: 7pt; vertical-align: -1pt; }
.c.done { background: #f5b400; border-color: #f5b400; } li.done { color: #8e8e93; }
.photo { width: 150pt; height: 100pt; background: #8a7b62; border-radius: 6pt; margin: 5pt 0 1pt; }
.cap { font-size: 8pt; color: #8e8e93; margin-bottom: 6pt; }
table { border-collapse: collapse; margin: 6pt 0; } td { border: 0.6pt solid #d1d1d6; padding: 3pt 8pt; }
"""
LEADS_NZ = ("Aroha Tipene", "Hemi Walker", "Mere Paewai", "Tama Hiha")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def pdf_apple_notes_nz(doc: Doc) -> bytes:
    """The marae hub's daily update as Apple Notes exports the note to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    hub = doc.organisation.removesuffix(" Community Hub")
    lead = LEADS_NZ[h % 4]
    body: list[str] = []
    for s in doc.sections:
        body.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        if s.key == "next-steps":
            rows = []
            for j, it in enumerate(s.items):
                done = " done" if (h >> j) % 3 == 0 else ""
                rows.append(f'<li class="{done.strip()}"><span class="c{done}"></span>{escape(it.text)}</li>')
            body.append(f'<ul class="check">{"".join(rows)}</ul>')
            continue
        rows = []
        for it in s.items:
            risk, lead_, rest = parts(it, "nz")
            rows.append(f"<li>{escape(risk)} {escape(lead_)} {escape(rest)}</li>" if lead_ else
                        f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f"<ul>{''.join(rows)}</ul>")
        if s.key == "impacts":
            body.append(f'<div class="photo"></div><div class="cap">IMG_{4100 + h % 800}.HEIC</div>')
    contacts = ("<table><tr><td><b>Contacts</b></td><td></td></tr><tr><td>Hub phone</td><td>06 8"
                f"{h % 90 + 10} {h % 9000 + 1000}</td></tr><tr><td>Civil Defence liaison</td><td>0800 {h % 900 + 100}"
                f" {h % 900 + 100}</td></tr><tr><td>Marae committee</td><td>{LEADS_NZ[(h + 1) % 4]}</td></tr>"
                "</table>")  # fmt: skip
    title = f"{hub} hub update – {DAYS[when.weekday()]} {when.day} {when:%B}"
    html = (
        '<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><meta name="generator" content="Notes">'
        f"<title>{escape(title)}</title><style>CSS</style></head><body><h1>{escape(title)}</h1>"
        f"<p>Kia ora koutou,</p><p>Update {doc.number} from the hub for the council, Civil Defence and the iwi "
        f"trust.</p>{''.join(body)}{contacts}<p>Ngā mihi,</p><p>{lead}<br>Hub lead</p></body></html>"
    )
    return HTML(string=html.replace("CSS", NOTES_CSS)).write_pdf()
