"""Browser-printed PDF writers of the ``blind36_layouts`` set (weasyprint).

An Ethiopian woreda health office's weekly cholera report, in Afaan Oromoo, submitted through the zone health
department's Google Form and printed by the zone from the form's "Responses › Individual" view with Chrome (A4,
"Headers and footers" on): Chrome's header (the date and time, "Gabaasa torbanii dhukkuba kolaraa - Google Forms")
and footer (the form's address and "1/3"); the responses card ("12 responses", the "Summary", "Question" and
"Individual" tabs, the navigator "‹ 3 of 12 ›", "Accepting responses"); the response as the form shows it — the form's
header card (its title and description), the section cards "Odeeffannoo gabaasaa" and "Gabaasa haala dhukkubaa" (a
form's sections, furniture), the e-mail collected, the short answers (woreda, report number, the date), then each
section of the report a long-answer question whose title is the heading (the required "*" in red) and whose answer is
what the officer typed — the summary as lines, the other points one a line after "- ", "Tarkaanfii:" typed in a
risk's line —, a multiple-choice question of the overall risk level (the choice a filled circle) and a checkbox
question of the support needed (the boxes drawn, not characters). "Birr 3,400", "Birr miliyoona 1.25", "1,250",
"16 Adoolessa", "(gabaasa darbe: 5)".

A British water company's daily boil water notice sitrep, kept as a Microsoft Lists list on the incident's SharePoint
site (each update a list item, its "Section" a choice column) and printed from Edge in the view "By section" (grouped by
the section, in the order of the choices): Edge's header and footer, the SharePoint suite bar (the app launcher,
"SharePoint", the search box "Search this list"), the site header (its initials tile, the site's name, its navigation
and "Private group", "Following", "17 members"), the command bar ("+ New", "Edit in grid view", "Share", "Export",
"Automate", "Integrate", the view "By section"), the list's title, the column headers Update | Mitigation | Owner |
Status | Modified, and a group header row "Section : Summary (2)" (the column's name, the value — the heading — and the
count) over each section's items, a risk's mitigation in its own column (empty elsewhere), the owner a person, the
status a coloured pill and the modified time relative. "£3,400", "£1.25m", "16 September", "(previous: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind36_layouts_content import OM_MONTHS, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Google Forms, Afaan Oromoo

FORMS_CSS = """
@page { size: A4; margin: 12mm 10mm;
  @top-left { content: "PRINTED"; font: 7.5pt "Liberation Sans"; }
  @top-center { content: "Gabaasa torbanii dhukkuba kolaraa - Google Forms"; font: 7.5pt "Liberation Sans"; }
  @bottom-left { content: "ADDRESS"; font: 7pt "Liberation Sans"; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt "Liberation Sans"; } }
body { font: 10pt "Liberation Sans", Roboto, Arial, sans-serif; color: #202124; background: #f0ebf8; margin: 0; }
.card { background: #fff; border: 1px solid #dadce0; border-radius: 6pt; margin: 0 0 8pt; padding: 10pt 14pt; }
.tabs span { margin-right: 14pt; color: #5f6368; } .tabs .on { color: #673ab7; border-bottom: 2px solid #673ab7; }
.head { border-top: 8pt solid #673ab7; } .head h1 { font-size: 20pt; font-weight: 400; margin: 0 0 6pt; }
.section-card { background: #673ab7; color: #fff; border-radius: 6pt 6pt 0 0; padding: 4pt 12pt; font-size: 9pt; }
.section-title { font-size: 13pt; margin: 0; }
.q { font-size: 11pt; margin: 0 0 8pt; } .req { color: #d93025; }
.answer { white-space: pre-wrap; border-bottom: 1px dotted #9aa0a6; padding-bottom: 3pt; font-size: 10pt; }
.opt { display: flex; align-items: center; margin: 3pt 0; } .radio { width: 9pt; height: 9pt; border: 1.5pt solid
  #5f6368; border-radius: 50%; margin-right: 8pt; } .radio.on { border-color: #673ab7; background: radial-gradient(
  #673ab7 40%, #fff 45%); } .box { width: 9pt; height: 9pt; border: 1.5pt solid #5f6368; border-radius: 2pt;
  margin-right: 8pt; } .box.on { background: #673ab7; border-color: #673ab7; }
"""
WOREDAS = {"Dodolaa": "Baalee Lixaa", "Gololchaa": "Arsii", "Suudee": "Arsii", "Midhagaa": "Harargee Bahaa"}
OFFICERS = ("Caaltuu Guddataa", "Obsaa Tolasaa", "Lalisee Fayyisaa", "Gammachuu Dinquu")
LEVELS = ("Gadi aanaa", "Giddu-galeessa", "Olaanaa", "Baay'ee olaanaa")
NEEDS = ("Qoricha", "Kiloorinii", "Ogeeyyii fayyaa", "Geejjiba", "Maallaqa")


def _q(title: str, inner: str, required: bool = True) -> str:
    star = ' <span class="req">*</span>' if required else ""
    return f'<div class="card"><div class="q">{escape(title)}{star}</div>{inner}</div>'


def _answer(lines: list[str]) -> str:
    return f'<div class="answer">{escape(chr(10).join(lines))}</div>'


def pdf_gforms_cholera_om(doc: Doc) -> bytes:
    """The woreda's weekly cholera report as the zone prints its form response from Chrome."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    woreda = doc.organisation.rsplit(" ", 1)[1]
    k = list(WOREDAS).index(woreda)
    fid = f"1FAIpQLSe{h:08x}{zlib.crc32(woreda.encode()):08x}"
    printed = f"{when.month}/{when.day}/{when:%y}, {9 + h % 3}:{h % 50 + 10:02d} AM"
    css = FORMS_CSS.replace("PRINTED", printed).replace(
        "ADDRESS", f"https://docs.google.com/forms/d/{fid}/edit#response=ACYDBN{h:x}"
    )
    total = 8 + h % 10
    cards = [f'<div class="card"><div>{total} responses</div><div class="tabs"><span>Summary</span><span>Question'
             f'</span><span class="on">Individual</span></div><div>‹ {3 + k} of {total} ›</div><div>Accepting '
             "responses</div></div>",
             '<div class="card head"><h1>Gabaasa torbanii dhukkuba kolaraa</h1><p>Waajjira Fayyaa Godina '
             f"{WOREDAS[woreda]}. Waajjirri fayyaa aanaa hundi gabaasa kana guyyaa Wiixataa sa'aatii 4:00 dura haa "
             "guutu.</p></div>",
             '<div class="section-card">Kutaa 1 keessaa 2</div><div class="card"><p class="section-title">'
             "Odeeffannoo gabaasaa</p></div>",
             _q("Teessoo imeelii", _answer([f"{slug(OFFICERS[k]).replace('-', '.')}@gmail.com"])),
             _q("Maqaa aanaa", _answer([woreda])), _q("Lakkoofsa gabaasaa", _answer([str(doc.number)])),
             _q("Guyyaa gabaasaa", _answer([f"{when.day} {OM_MONTHS[when.month - 1]} {when.year}"])),
             _q("Maqaa nama gabaasu", _answer([OFFICERS[k]])),
             '<div class="section-card">Kutaa 2 keessaa 2</div><div class="card"><p class="section-title">'
             "Gabaasa haala dhukkubaa</p></div>"]  # fmt: skip
    for s in doc.sections:
        if s.key == "highlights":
            lines = [it.text for it in s.items]
        else:
            lines = [f"- {it.text}" for it in s.items]
        cards.append(_q(s.heading, _answer(lines), required=s.key in ("highlights", "situation", "risks")))
        if s.risks:
            pick = min(3, max(it.level for it in s.items) + 1)
            opts = "".join(f'<div class="opt"><div class="radio{" on" if j == pick else ""}"></div>{escape(x)}</div>'
                           for j, x in enumerate(LEVELS))  # fmt: skip
            cards.append(_q("Sadarkaa balaa waliigalaa", opts))
            boxes = "".join(f'<div class="opt"><div class="box{" on" if (h >> j) % 2 else ""}"></div>{escape(x)}'
                            "</div>" for j, x in enumerate(NEEDS))  # fmt: skip
            cards.append(_q("Deeggarsa barbaachisu", boxes, required=False))
    html = (f'<!DOCTYPE html><html lang="om"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f'{"".join(cards)}</body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- SharePoint list view, British water company

LIST_CSS = """
@page { size: A4 landscape; margin: 10mm 8mm;
  @top-left { content: "PRINTED"; font: 7.5pt "Liberation Sans"; }
  @top-center { content: "Sitrep log - By section"; font: 7.5pt "Liberation Sans"; }
  @bottom-left { content: "ADDRESS"; font: 7pt "Liberation Sans"; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt "Liberation Sans"; } }
body { font: 8.5pt "Liberation Sans", "Segoe UI", sans-serif; color: #323130; margin: 0; }
.suite { background: #03787c; color: #fff; padding: 4pt 8pt; display: flex; justify-content: space-between; }
.site { display: flex; align-items: center; padding: 8pt; border-bottom: 1px solid #edebe9; }
.tile { background: #03787c; color: #fff; width: 26pt; height: 26pt; text-align: center; line-height: 26pt;
  margin-right: 8pt; font-size: 11pt; } .site-name { font-size: 14pt; } .site nav span { margin-right: 10pt; }
.meta { margin-left: auto; color: #605e5c; } .cmd { padding: 4pt 8pt; border-bottom: 1px solid #edebe9; }
.cmd span { margin-right: 12pt; } .view { float: right; } h1.list-title { font-size: 14pt; font-weight: 600;
  margin: 8pt; } table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font-weight: 600; border-bottom: 1px solid #edebe9; padding: 4pt; }
td { padding: 4pt; border-bottom: 1px solid #f3f2f1; vertical-align: top; }
tr.group td { font-weight: 600; padding-top: 8pt; } .pill { border-radius: 8pt; padding: 1pt 6pt; }
.open { background: #fed9cc; } .ongoing { background: #fff1ce; } .done { background: #dff6dd; }
"""
PEOPLE = ("Hannah Bright", "Tom Okafor", "Gemma Lloyd", "Raj Patel", "Sian Morgan", "Craig Duffy")


def pdf_sp_list_crypto_gb(doc: Doc) -> bytes:
    """The water company's sitrep log as Edge prints the SharePoint list view grouped by section."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    tenant = slug(doc.organisation).replace("-", "")
    printed = f"{when:%d/%m/%Y}, {17 + h % 3}:{h % 50 + 10:02d}"
    css = LIST_CSS.replace("PRINTED", printed).replace(
        "ADDRESS", f"https://{tenant}.sharepoint.com/sites/IncidentBWN/Lists/Sitrep%20log/By%20section.aspx"
    )
    rows = []
    for s in doc.sections:
        rows.append(f'<tr class="group"><td colspan="5">⌄ Section : {escape(s.heading)} ({len(s.items)})</td></tr>')
        for n, it in enumerate(s.items):
            who = PEOPLE[(h + n + len(rows)) % len(PEOPLE)]
            status = (
                ("Open", "open") if s.risks else (("Ongoing", "ongoing") if it.status != "new" else ("New", "done"))
            )
            text = it.body if s.risks else it.text
            mit = escape(it.mitigation or "") if s.risks else ""
            mins = (h >> n) % 50 + 2
            rows.append(f"<tr><td>{escape(text)}</td><td>{mit}</td><td>{who}</td><td><span class=\"pill "
                        f'{status[1]}">{status[0]}</span></td><td>{mins} minutes ago</td></tr>')  # fmt: skip
    html = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<style>{css}</style></head><body><div class="suite"><span>▦ SharePoint</span><span>Search this list'
            f'</span><span>{"".join(w[0] for w in PEOPLE[h % 6].split())}</span></div><div class="site"><div '
            'class="tile">BW</div><div><div class="site-name">Incident – Boil Water Notice Hollins Lane</div><nav>'
            "<span>Home</span><span>Documents</span><span>Sitrep log</span><span>Actions log</span><span>Pages"
            '</span><span>Site contents</span></nav></div><div class="meta">Private group · Following · 17 members'
            '</div></div><div class="cmd"><span>+ New</span><span>Edit in grid view</span><span>Share</span><span>'
            "Export</span><span>Automate</span><span>Integrate</span><span>···</span><span class=\"view\">"
            'By section ⌄</span></div><h1 class="list-title">Sitrep log ☆</h1><table><colgroup><col style="width:42%">'
            '<col style="width:30%"><col style="width:10%"><col style="width:7%"><col style="width:11%"></colgroup>'
            "<thead><tr><th>Update</th><th>Mitigation</th><th>Owner</th><th>Status</th><th>Modified</th></tr>"
            f'</thead><tbody>{"".join(rows)}</tbody></table></body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()
