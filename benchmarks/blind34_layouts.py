"""Sitreps of eight more publishers in layouts nobody tuned for, a thirty-fifth blind, first-sight measure.

    python benchmarks/blind34_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A thirty-fifth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind33_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it): a Kyrgyz state nature park's directorate in a forest
fire, writing in Kyrgyz — a language no earlier set printed —, a metro operator's control centre after a signalling
failure, a Chilean regional government's border crossing complex in a holiday surge after a snow closure, writing in
Spanish, the Dutch asylum reception agency's locations in an overcrowding crisis, writing in Dutch, a social-housing
landlord in a damp-and-mould crisis, a small American city's water utility under a boil water advisory, a council's
children's services department after a ransomware attack and a regional food bank network in a cost-of-living surge;
each layout a way real contributors' files are made that no earlier set printed. Each layout is one kind of
publisher; its four series are four organisations of that kind, their content from phrase banks of this set
(``blind34_layouts_banks_en``, ``blind34_layouts_banks_abroad``, run through the generator's churn model, so items
continue, change, close and appear from report to report) printed in the publisher's own conventions for amounts,
dates, comparisons and a mitigation's lead (``blind34_layouts_content``). The eight: the park's operational report as
a QGIS print layout exported to PDF (``blind34_layouts_pdf``: an A3 landscape sheet, the banner with the park, "ТОКОЙ
ӨРТҮ БОЮНЧА ОПЕРАТИВДИК МААЛЫМАТ № 3" and the hour it stands at, the map frame — terrain, river, park boundary, the
fire's perimeter and breaks, place names, the grid's coordinates, the legend "Шарттуу белгилер", scale bar and north
arrow —, the attribute table "Негизги көрсөткүчтөр" at the right (figures that are not items), text label items with
the first three sections beside the map and the rest spread over three labels on the second page, headings bold,
points "• ", "Чаралар:" bold, the credits line along the foot of both pages); the metro's incident tracker kept in
Smartsheet and printed to PDF (``blind34_layouts_grid``, weasyprint: the sheet's name and "Printed:" over the grid on
every page, "Page 1 of 2", the column header row Update | RAG | Owner | Mitigation | Modified repeated on each page,
row numbers in the grey gutter, each section a bold parent row "▾ Summary" of the hierarchy, its points indented child
rows, RAG a coloured ball with no text, a risk's mitigation in its row's Mitigation column, the rows kept whole); the
border complex's deck made in Google Slides and downloaded as PDF (``blind34_layouts_pdf``: 16:9 slides, the title
slide, a "Cifras del día" slide of four figure cards — figures that are not items —, a slide per section under its
title with "●" bullets, each risk a bullet and its mitigation a second-level "○" bullet "Mitigación: …", a section too
long for its slide continued on the next under "Riesgos (cont.)", the whole point moved on, "Gobierno de Chile" and the
slide number on every slide, the closing "Próximo reporte" slide); the reception location's weekly report in Word in
the Dutch central government's house style, the Rijkshuisstijl "Notitie" (``blind34_layouts_word``: the emblem's
ribbon and the agency's name in the header, the colophon in a text frame, ``w:framePr``, at the right margin of the
first page — directorate, location, contact, "Datum", "Kenmerk" —, "Situatierapportage", the "Onderwerp" and "Aan"
lines, the caption "Tabel 1 Bezetting op …" over a figures table (not items), each section in the template's own
"Rijksoverheid Kop 1" style, "–" bullets, the risks a register table Risico | Beheersmaatregel | Eigenaar whose row can
break over the page, "Pagina 1 van 2" in fields); the landlord's weekly position statement produced by its housing
management system's document production from a Word template with merge fields (the same module: the header with the
landlord, "OFFICIAL" and the statement's name, the bold title, a borderless table of merged particulars, the "Key
measures" table of merged figures under a heading in the section style — not items —, each section in the template's
"HA Section Heading" style with its teal rule and no outline level, "List Bullet" points whose figure is a
``MERGEFIELD`` with a number switch and its result, "Controls:" bold, the small italic closing note and the footer
"Produced by the housing management system – Document Production – … Page 1 of 2"); the water utility's update in its
city's CivicPlus (CivicEngage) Alert Center, saved from the browser (``blind34_layouts_web``: the banner, search and
mega menu, the breadcrumb, "Alert Center" as ``<h1>``, the category line, the alert's ``<h2 class="alertTitle">`` and
"Posted on:", the Froala "fr-view" body — the lead paragraph, each section an ``<h3>``, the summary as ``<p>``, ``<ul>``
points, "<strong>Action taken:</strong>", a bordered table of sample results by pressure zone under the testing
section (figures that are not items) —, the tools bar with "Notify Me®", "Return to full list »", the sidebar's "Alert
Categories" ``<h3>`` and the footer's "Government Websites by CivicPlus®"); the children's services sitrep typed on a
phone in Samsung Email and sent from the emergency tenant set up after the attack (``blind34_layouts_mail``: the
``@email.android.com`` message id, the ``--_com.samsung.android.email_`` boundary, both parts base64, the HTML part a
``<div dir="auto">`` a typed line, the greeting and covering line, each heading typed in capitals on a line of its own,
the summary's sentences a line each, the other points typed "- ", "Mitigation:", the sign-off, name, title, the phone
number note and "Sent from my Galaxy" in ``<div id="composer_signature">``); and the food bank network's weekly post
on its Discourse forum, kept as the post's raw Markdown (``blind34_layouts_text``, ``.md``: the greeting with
":wave:", the covering line, a ``[details="Network figures this week"]`` block holding a Markdown table of figures
(not items), ``###`` sections, the summary as paragraphs, "* " points, "**Action:**" bold, the ``@centre-leads`` line,
a ``[poll]`` whose question is a "# " line and whose options are "* " lines, the thanks and the name). The generator's
structure is the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer
(``blind24_layouts._scorer``, imported). The Kyrgyz series are told apart by their names in Latin letters
(``blind18_layouts_content.Romanised``).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise), agreed before any
scoring:

- Furniture is not an item and no section with heading null is in the gold: the QGIS banner, the map and all its
  labels, legend, scale and grid coordinates, the attribute table with its name and the credits; the Smartsheet sheet
  name, print date, column header row, row numbers, RAG balls, owners, modified stamps and page numbers; the Google
  Slides title slide, the "Cifras del día" slide, the mark and slide numbers, the "(cont.)" titles (a continued
  section is one section) and the closing slide; the Rijkshuisstijl header, colophon, "Situatierapportage", the
  "Onderwerp" and "Aan" lines, the caption and figures table, the register's header row and Eigenaar cells and the
  footer; the merge template's header, title, particulars table, "Key measures" with its table, the closing note and
  footer; CivicPlus's head, banner, menu, breadcrumb, "Alert Center", category line, alert title, "Posted on:", the
  lead paragraph, the sample results table, the tools, the return link, sidebar and footer; Samsung Email's headers,
  the greeting, covering line, sign-off, name, title, phone note and "Sent from my Galaxy"; the Discourse greeting,
  covering line, the details block and its table, the ``@centre-leads`` line, the poll (its question and options),
  the thanks and the name.
- Headings as printed, all level 1: the Samsung Email ones in the capitals typed ("NEXT 24 HOURS"), the Smartsheet
  ones without the collapse arrow "▾".
- Items: each point or paragraph without its "- ", "* ", "•", "●" or "–"; a point wrapped on the page or carried over
  a page break (the Rijkshuisstijl register row) is one item; each summary sentence typed on a line of its own (the
  Samsung Email summary, the QGIS summary paragraphs) is one item. Risks with their mitigation are one item, the
  mitigation printed with its lead ("Чаралар:", "Mitigación:" — on its own "○" bullet under the risk's —,
  "Controls:", "Action taken:", "Mitigation:", "Action:"); in the Smartsheet sheet and the Rijkshuisstijl register
  (``risk_table``) the item is the Update or Risico cell and the mitigation the Mitigation or Beheersmaatregel cell. A
  risk printed without a mitigation has none (an empty Mitigation cell, "–" in the register).
- Keys: a section gets a key only where the heading's own words name the kind of content that follows, as any reader
  would name it from the heading alone (the meanings of ``sitroom.model.SectionKey``); a heading that names only a
  topic or subject gets None, and the scorer counts keys only where the gold names one; where a heading mixes a topic
  with a kind, the kind decides. Every heading of the set: forest fire — "Кыскача маалымат" (brief information)
  highlights, "Учурдагы абал" (current situation) situation, "Өрт өчүрүү иштери" (firefighting operations) response,
  "Келтирилген зыян" (damage caused) impacts, "Калк жана туристтер" (population and tourists) None, "Тартылган
  күчтөр жана каражаттар" (forces and means engaged) workforce, "Чыгымдар" (expenses) finance, "Тобокелдиктер" (risks)
  risks, "Калкка маалымат берүү" (informing the population) communications, "Кийинки күнгө пландар" (plans for the
  next day) next-steps; metro — "Summary" highlights, "Service pattern" None, "Signalling fault" None, "Customer
  impact" impacts, "Rail replacement" None, "Staffing" workforce, "Costs" finance, "Risks" risks, "Customer
  communications" communications, "Next steps" next-steps; border — "Resumen" (summary) highlights, "Situación
  actual" (current situation) situation, "Flujo de pasajeros y vehículos" (flow of passengers and vehicles) None,
  "Control fronterizo" (border control) None, "Asistencia a viajeros" (assistance to travellers) assistance,
  "Dotación" (staffing) workforce, "Costos" (costs) finance, "Riesgos" (risks) risks, "Comunicaciones"
  (communications) communications, "Próximos pasos" (next steps) next-steps; reception — "Samenvatting" (summary)
  highlights, "Stand van zaken" (state of affairs) situation, "Bezetting en instroom" (occupancy and intake) None,
  "Medische zorg" (medical care) None, "Veiligheid" (safety) None, "Personeel" (staff) workforce, "Financiën"
  (finances) finance, "Risico's" (risks) risks, "Communicatie" (communication) communications, "Vervolgacties"
  (follow-up actions) actions; damp and mould — "Headlines" highlights, "Current position" situation, "Inspections"
  None, "Repairs" None, "Vulnerable residents" None, "Decants" None, "Staffing and contractors" workforce, "Budget"
  finance, "Risks" risks, "Tenant communications" communications, "Actions for next week" actions; boil water —
  "Update summary" highlights, "Advisory area" None, "Water quality testing" surveillance, "Water main repairs" None,
  "Bottled water distribution" assistance, "Schools and businesses" None, "Crews and staffing" workforce, "Costs"
  finance, "Risks we are managing" risks, "What residents should do" advice, "Next steps" next-steps; children's
  services — "SUMMARY" highlights, "SYSTEMS" None, "SAFEGUARDING" None, "FRONT DOOR" None, "COURT WORK" None, "STAFF"
  workforce, "COSTS" finance, "RISKS" risks, "COMMS" communications, "NEXT 24 HOURS" next-steps; food banks —
  "Summary" highlights, "Demand" None, "Stock and donations" None, "Distribution centres" None, "Volunteers"
  workforce, "Funding" finance, "Risks and issues" risks, "Referral partners" None, "Comms" communications, "Coming
  up" next-steps.
- Figures as printed: "3 400 сом", "1,25 млн сом", "1 250", "12 %", "16-август", "(мурунку маалымат: 5)"; "£3,400",
  "£1.25m", "(yesterday: 5)"; "$3.400", "$1,25 millones", "1.250", "12 %", "16 de julio", "(informe anterior: 5)";
  "€ 3.400", "€ 1,25 mln", "1.250", "12%", "16 augustus", "(vorige rapportage: 5)"; "(last week: 5)"; "$3,400",
  "$1.25 million", "June 16", "(previous update: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b34base``, before any
change to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-qgis-forest-fire-kg             0.869      0.689      0.451      0.000      0.296      0.995      0.674
    pdf-smartsheet-metro-gb             0.000      0.010      0.000      0.000      0.000      0.000      0.000
    pdf-gslides-border-cl               0.934      1.000      0.974      0.795      1.000      1.000      1.000
    docx-rijkshuisstijl-opvang-nl       0.952      0.917      0.917      0.910      1.000      1.000      0.912
    docx-merge-damp-mould-gb            0.957      0.970      0.970      1.000      1.000      1.000      0.967
    html-civicplus-boil-water-us        1.000      0.971      0.971      0.748      1.000      1.000      0.969
    eml-samsung-childrens-cyber-gb      1.000      0.945      0.945      1.000      1.000      1.000      0.937
    md-discourse-foodbank-gb            0.952      0.809      0.809      1.000      1.000      1.000      0.799
    TOTAL                               0.892      0.834      0.789      0.729      0.769      0.998      0.827
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-qgis-forest-fire-kg             0.814      0.677      0.384      0.000      0.000      1.000      0.673
    pdf-smartsheet-metro-gb             0.000      0.000      0.000        nan      0.000        nan      0.000
    pdf-gslides-border-cl               0.949      1.000      0.995      0.787      1.000      1.000      1.000
    docx-rijkshuisstijl-opvang-nl       0.952      0.910      0.910      0.874      1.000      1.000      0.905
    docx-merge-damp-mould-gb            0.957      0.968      0.968      1.000      1.000      1.000      0.966
    html-civicplus-boil-water-us        1.000      0.972      0.972      0.775      1.000      1.000      0.970
    eml-samsung-childrens-cyber-gb      1.000      0.902      0.902      1.000      1.000      1.000      0.890
    md-discourse-foodbank-gb            0.952      0.826      0.826      1.000      1.000      1.000      0.821
    TOTAL                               0.887      0.833      0.784      0.740      0.740      1.000      0.827
    96 documents, 64 report pairs linked

Faults found in this set's writers and banks, none of the gold toward the parser's output. The documents and their
gold were first written without parsing them (a script calling each layout's writer and ``Doc.gold`` alone), and
looked at — ``pdftotext`` with and without ``-layout`` and ``pdftoppm`` for the PDFs, a LibreOffice rendering for the
Word files, the e-mail parts decoded, the HTML and the Markdown as text — and every gold heading, item, risk and
mitigation was checked to be in the extracted text (at seeds 0 and 11; the slides' second-level bullets are read out
of order by plain ``pdftotext``, in order with ``-layout``); the fixes of that stage: two slots named with a digit
("{cat1}", "{round2}") were printed raw by the generator and were renamed; the QGIS labels beside the map held every
section and left the layout's second page empty (the first three sections stand beside the map now, the rest on the
second page), and a wrapped line of a point lost its hanging indent where it began with the bold "Чаралар:"; the
Smartsheet print date came out empty and the rows' modified stamps fell after it; a slide split a risk from its
mitigation over two slides (the author moves the whole point on now); the Dutch norm capacity did not agree with the
places over it, and the week's intake lacked its thousands mark; a merge field's XML broke on "&" in the landlord's
particulars, and "OFFICIAL" stood at the header's centre tab; Samsung Email's HTML escaped the apostrophes; a food
bank item read "will last 1 weeks". Nothing was changed after the first scored run. The run did not crash
(``_parse_or_nothing`` guards a refusal: the parser refused eleven of the twelve Smartsheet PDFs at seed 0 and all
twelve at seed 11 as "no text found outside tables and page furniture", scored as nothing read).

Failure classes seen at first sight (``-v``, seed 0). Smartsheet print: the whole sitrep stands in the grid, read as
a table and so as furniture — the parser refuses the document or reads nothing of it (no heading, no point, no risk;
heading F1 0.000). QGIS layout: every section label but the first is found as a heading, but the map's legend title
"Шарттуу белгилер" is taken for one, the map's place names, grid coordinates and legend entries become items (149
extras), the summary's first sentence is joined to a map label under the legend, so "Кыскача маалымат" is lost as a
heading, and risks are missed or cut (mitigation 0.296, 0.000 at seed 11); no Kyrgyz heading is keyed (key 0.000).
Google Slides: every slide title is found and every point read right with its "○ Mitigación:" (item F1 and mitigation
1.000), but the "Cifras del día" slide is a heading of its own (keyed figures) and a "Riesgos (cont.)" slide title a
second heading; "Dotación" and "Comunicaciones" unkeyed. Rijkshuisstijl: every heading in the template's own style and
every point found, the register read right (mitigation 1.000), but "Situatierapportage" is read as a heading over the
"Onderwerp" and "Aan" lines and the colophon frame is an item (36 extras); "Vervolgacties" unkeyed. Merge template:
every heading in the unnumbered section style found, the merge fields' results read as the text (item F1 0.970),
"Key measures" read as a heading (its figures not taken as items), the closing note an item of the last section.
CivicPlus: every ``<h3>`` and point found, the lead paragraph an item (12 extras); "Water quality testing" and "What
residents should do" unkeyed. Samsung Email: every capitals heading found and keyed right, but the summary's
sentences typed a line each are read as one paragraph (6 missed) and the covering line is an item. Discourse: every
``###`` heading and point found, but the ``[details]`` and ``[/details]`` markers, the ``@centre-leads`` line and the
poll's opening marker are items and the poll's "# " question a heading with its options as items (84 extras). Figures
are read as printed wherever an item is found (numbers 0.998), the Kyrgyz "1 250" and "3 400 сом", the Chilean
"$3.400" and the Dutch "€ 3.400" included.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind34_layouts_grid as grid  # noqa: E402
import blind34_layouts_mail as mail  # noqa: E402
import blind34_layouts_pdf as pdf  # noqa: E402
import blind34_layouts_text as text  # noqa: E402
import blind34_layouts_web as web  # noqa: E402
import blind34_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind34_layouts_banks_abroad import BORDER, FOREST_FIRE, RECEPTION  # noqa: E402
from blind34_layouts_banks_en import BOIL, CYBER, DAMP, FOOD, METRO  # noqa: E402
from blind34_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-qgis-forest-fire-kg", "pdf", pdf.pdf_qgis_forest_fire_kg, publisher_wording(
        [("kyskacha", "Кыскача маалымат", "highlights"), ("abal", "Учурдагы абал", "situation"),
         ("ochuruu", "Өрт өчүрүү иштери", "response"), ("zyyan", "Келтирилген зыян", "impacts"),
         ("kalk", "Калк жана туристтер", None), ("kuchtor", "Тартылган күчтөр жана каражаттар", "workforce"),
         ("chygym", "Чыгымдар", "finance"), ("risks", "Тобокелдиктер", "risks"),
         ("maalymat", "Калкка маалымат берүү", "communications"), ("plan", "Кийинки күнгө пландар", "next-steps")]),
        "Оперативдик маалымат № {n} – {org}", FOREST_FIRE.series, restyle=partial(localise, lang="ky")),
    Layout("pdf-smartsheet-metro-gb", "pdf", grid.pdf_smartsheet_metro_gb, publisher_wording(
        [("summary", "Summary", "highlights"), ("pattern", "Service pattern", None),
         ("fault", "Signalling fault", None), ("impact", "Customer impact", "impacts"),
         ("buses", "Rail replacement", None), ("staffing", "Staffing", "workforce"), ("costs", "Costs", "finance"),
         ("risks", "Risks", "risks"), ("comms", "Customer communications", "communications"),
         ("next", "Next steps", "next-steps")]),
        "Signalling failure sitrep {n} – {org}", METRO.series, risk_table=True,
        restyle=partial(localise, lang="metro")),
    Layout("pdf-gslides-border-cl", "pdf", pdf.pdf_gslides_border_cl, publisher_wording(
        [("resumen", "Resumen", "highlights"), ("situacion", "Situación actual", "situation"),
         ("flujo", "Flujo de pasajeros y vehículos", None), ("control", "Control fronterizo", None),
         ("asistencia", "Asistencia a viajeros", "assistance"), ("dotacion", "Dotación", "workforce"),
         ("costos", "Costos", "finance"), ("risks", "Riesgos", "risks"),
         ("comunicaciones", "Comunicaciones", "communications"), ("pasos", "Próximos pasos", "next-steps")]),
        "Reporte de situación N° {n} – {org}", BORDER.series, restyle=partial(localise, lang="es")),
    Layout("docx-rijkshuisstijl-opvang-nl", "docx", word.docx_rijkshuisstijl_opvang_nl, publisher_wording(
        [("samenvatting", "Samenvatting", "highlights"), ("stand", "Stand van zaken", "situation"),
         ("bezetting", "Bezetting en instroom", None), ("medisch", "Medische zorg", None),
         ("veiligheid", "Veiligheid", None), ("personeel", "Personeel", "workforce"),
         ("financien", "Financiën", "finance"), ("risks", "Risico's", "risks"),
         ("communicatie", "Communicatie", "communications"), ("vervolg", "Vervolgacties", "actions")]),
        "Situatierapportage nr. {n} – {org}", RECEPTION.series, risk_table=True,
        restyle=partial(localise, lang="nl")),
    Layout("docx-merge-damp-mould-gb", "docx", word.docx_merge_damp_mould_gb, publisher_wording(
        [("headlines", "Headlines", "highlights"), ("position", "Current position", "situation"),
         ("inspections", "Inspections", None), ("repairs", "Repairs", None),
         ("vulnerable", "Vulnerable residents", None), ("decants", "Decants", None),
         ("staffing", "Staffing and contractors", "workforce"), ("budget", "Budget", "finance"),
         ("risks", "Risks", "risks"), ("comms", "Tenant communications", "communications"),
         ("actions", "Actions for next week", "actions")]),
        "Damp and mould position statement {n} – {org}", DAMP.series, restyle=partial(localise, lang="damp")),
    Layout("html-civicplus-boil-water-us", "html", web.html_civicplus_boil_water_us, publisher_wording(
        [("summary", "Update summary", "highlights"), ("area", "Advisory area", None),
         ("testing", "Water quality testing", "surveillance"), ("repairs", "Water main repairs", None),
         ("bottled", "Bottled water distribution", "assistance"), ("schools", "Schools and businesses", None),
         ("staffing", "Crews and staffing", "workforce"), ("costs", "Costs", "finance"),
         ("risks", "Risks we are managing", "risks"), ("advice", "What residents should do", "advice"),
         ("next", "Next steps", "next-steps")]),
        "Boil Water Advisory – Update #{n} – {org}", BOIL.series, restyle=partial(localise, lang="boil")),
    Layout("eml-samsung-childrens-cyber-gb", "eml", mail.eml_samsung_childrens_cyber_gb, publisher_wording(
        [("summary", "SUMMARY", "highlights"), ("systems", "SYSTEMS", None), ("safeguarding", "SAFEGUARDING", None),
         ("frontdoor", "FRONT DOOR", None), ("court", "COURT WORK", None), ("staff", "STAFF", "workforce"),
         ("costs", "COSTS", "finance"), ("risks", "RISKS", "risks"), ("comms", "COMMS", "communications"),
         ("next", "NEXT 24 HOURS", "next-steps")]),
        "Children's services sitrep {n} – {org}", CYBER.series, restyle=partial(localise, lang="cyber")),
    Layout("md-discourse-foodbank-gb", "md", text.md_discourse_foodbank_gb, publisher_wording(
        [("summary", "Summary", "highlights"), ("demand", "Demand", None),
         ("stock", "Stock and donations", None), ("centres", "Distribution centres", None),
         ("volunteers", "Volunteers", "workforce"), ("funding", "Funding", "finance"),
         ("risks", "Risks and issues", "risks"), ("referrals", "Referral partners", None),
         ("comms", "Comms", "communications"), ("next", "Coming up", "next-steps")]),
        "Network sitrep {n} – {org}", FOOD.series, restyle=partial(localise, lang="food")),
)  # fmt: skip


SEED_OFFSET = 3500  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
