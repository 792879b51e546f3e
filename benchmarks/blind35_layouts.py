"""Sitreps of eight more publishers in layouts nobody tuned for, a thirty-sixth blind, first-sight measure.

    python benchmarks/blind35_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A thirty-sixth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind34_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), this time where a sitrep sits among maps, dashboards and
the prints of data tools: a Canadian regional health authority in a heat emergency, a Brazilian town's civil defence
after landslides, writing in Portuguese, an American rural electric cooperative after an ice storm, an American school
district during a teachers' strike, an Ethiopian zone's disaster risk management office in a drought, writing in Amharic
— a language and a script no earlier set printed —, a Frisian municipality in an outbreak of bird flu, writing in West
Frisian — a language no earlier set printed —, a German university after a cyber attack, writing in German, and an
international NGO's country office after an earthquake; each layout a way real contributors' files are made that no
earlier set printed. Each layout is one kind of publisher; its four series are four organisations of that kind, their
content from phrase banks of this set (``blind35_layouts_banks_en``, ``blind35_layouts_banks_abroad``, run through the
generator's churn model, so items continue, change, close and appear from report to report) printed in the publisher's
own conventions for amounts, dates, comparisons and a mitigation's lead (``blind35_layouts_content``). The eight: the
health authority's sitrep kept as a Tableau workbook and printed to PDF (``blind35_layouts_pdf``: letter landscape, the
"Overview" dashboard — title and "Data as of 08:00 PDT" line, the "Health Service Delivery Area" filter card, four KPI
tiles with "▲ 21 vs previous day" (figures that are not items), a bar chart of ED visits by day and a line chart of the
daily maximum with a dashed reference line, all drawn with their axes, ticks and labels — and a text object at the right
holding the first four sections (headings bold, the summary as paragraphs, "•" points on a hanging indent, "Mitigating
action:" bold), the "Response Details" dashboard on the second page with two text objects side by side, the second from
the risks on, and a horizontal bar chart of cooling centre visits by community, the sources note at the foot of both);
the civil defence's bulletin in the rich text element of its ArcGIS Dashboards page, saved from the browser
(``blind35_layouts_web``: the app's ``<noscript>`` line, the dashboard header, the side panel's rich text — "BOLETIM Nº
3" and "Atualizado em …" centred over a rule, each section a bold coloured line in a larger size (``<p><strong><span
style="font-size:16px">``, not a heading element), the summary as ``<p>``, ``<ul>`` points, "<strong>Medidas:</strong>"
—, then four indicator elements whose values are SVG text, the map element with its zoom buttons, Esri attribution and
"Powered by Esri", the legend element, a serial chart whose labels are SVG text and the list element "Abrigos ativos"
with "5 itens"); the cooperative's storm report on its Grafana dashboard printed from Chrome (``blind35_layouts_print``,
weasyprint: Chrome's header and footer with the time printed, the page's title, the address and "1/2", Grafana's
breadcrumb, time picker and variables, the row titles "Overview" and "Situation report", four stat panels whose titles
are ``<h2>`` and whose values are big numbers (not items), a time series panel whose chart is a canvas (no text) over
its legend table "Mean", "Max", "Last", a bar gauge of open outages by substation, and the text panel "Situation report
– update 3" with its Markdown rendered — ``###`` headings, the summary as paragraphs, ``-`` points, "**Mitigation:**" —
running on over the page break); the school district's strike report built in Looker Studio and downloaded as PDF
(``blind35_layouts_pdf``: the report-level header band on each page with the date range and "School" controls, four
scorecards with "▲ 3.1%" (not items), a time series "Attendance rate" and a table chart "Attendance by school" (a
numbers grid, not items), the sitrep typed into text boxes — a box per heading on a pale band and a box for its body,
the points typed "• " so that a wrapped line runs back to the box's edge, "Mitigation:" typed plain —, at the right of
the first page and in two columns under a bar chart "Meals served by site" on the second, "Link to report:" and the
address at the foot of each page); the drought office's weekly report in Word (``blind35_layouts_word``: the header
table with two emblems (pictures) and the office's Amharic and English names over a double rule, the centred title,
report number and the week in the Ethiopian calendar, each section in "Heading 1" numbered "1.", "2." by a list linked
to the style, the summary as justified paragraphs, the other points typed with a Ge'ez letter, a slash and a tab ("ሀ/",
"ለ/" …) on a hanging indent, the caption "ሠንጠረዥ 1፦ …" over a table of the woredas' beneficiaries and grain with its
total row (not items), the risks a table ተ.ቁ | ስጋት | የመፍትሄ እርምጃ | ኃላፊነት የሚወስደው, "ከሰላምታ ጋር", the head's name and title,
the copy list "ግልባጭ፦" and the footer's telephone, fax, post box and "ገጽ" with the page number field); the municipality's
update sent as a Laposta newsletter (``blind35_layouts_mail``: quoted-printable ``multipart/alternative``, the text part
as the service derives it with the headings in capitals, the HTML part's nested layout tables — the hidden preheader,
"Besjoch dit berjocht yn jo browser", the logo, the title block, the greeting and covering line, a map image of the 3 km
and 10 km zones with its caption, a text block a section with its ``<h2>``, the summary as paragraphs, ``<ul>`` points,
"<strong>Maatregel:</strong>" —, the button and the footer with "Ôfmelde"); the university's "Lagebericht" sent from
Thunderbird (the same module: ``User-Agent: Mozilla Thunderbird``, the ``format=flowed`` text part, the HTML part the
composer's own — greeting and covering line, then a table inserted with Insert › Table whose first row is "Thema" |
"Stand 08:00 Uhr" and whose every other row is a section, its name bold in the left cell and its points in the right,
the summary lines parted by ``<br>``, the other points a ``<ul>`` in the cell, "<b>Maßnahme:</b>" —, "Viele Grüße", the
first name and the ``moz-signature`` after "-- "); and the NGO's sitrep written as a Notion page and exported to PDF
(``blind35_layouts_print``, weasyprint: the page title, the properties Date, Author, Status and Tags, a grey callout
"For internal use – figures are preliminary", a row of four blue callouts each a key figure (not items), the highlights
in a yellow callout under a bold "Highlights" with "★" as its icon, every other section a toggle heading exported open
(its triangle drawn, not a character) over its bullets, the risks an inline database "Risk log" as a table Risk |
Mitigation | Owner | Status). The generator's structure is the gold; the scorer and linking measure are
``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``, imported). The Amharic series are told
apart by their names in Latin letters (``blind18_layouts_content.Romanised``).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise), agreed before any
scoring:

- Furniture is not an item and no section with heading null is in the gold: Tableau's titles, the "Data as of" line, the
  filter card, the KPI tiles, both charts with all their labels, the text of the bar chart on the second page and the
  sources note; the ArcGIS page's head, ``<noscript>`` line, header and links, "BOLETIM Nº 3" and "Atualizado em …", the
  indicators, the map's buttons and attribution, the legend, the serial chart's labels and the list element with its
  items and "5 itens"; Chrome's header and footer, Grafana's breadcrumb, time picker, buttons, variables, row titles,
  every panel's title (the text panel's "Situation report – update 3" included), the stat values, the legend table and
  the bar gauge; Looker Studio's header band with its controls, the scorecards, both charts, the table chart and the
  report link; the Word report's header (emblems, names), title, report number and week, the woreda table with its
  caption, the risk table's header row, serial numbers and responsible-body cells, the closing, name and title, the copy
  list and the footer; the newsletter's headers, text part (the HTML part is the message as read), preheader, browser
  line, logo, title block, greeting, covering line, map and caption, button and footer; the Thunderbird message's
  headers, text part, greeting, covering line, the table's first row, "Viele Grüße", the name and the signature;
  Notion's title, properties, the "For internal use" callout, the key figure callouts, the "★" icon, the database's
  title "Risk log", its header row, the Owner and Status cells.
- Headings as printed, all level 1: the Amharic ones with the numbers their list gives them ("1. ማጠቃለያ", the text
  holding none); the highlights callout's bold line "Highlights" is the heading of its points; Notion's toggle headings
  without their triangle; the Thunderbird row names as the left cell prints them.
- Items: each point, paragraph or ``<br>``-parted line without its "•", "-", "*" or Ge'ez letter and slash ("ሀ/"); a
  point wrapped in a text box, a panel, a cell or over a page break is one item. Risks with their mitigation are one
  item, the mitigation printed with its lead ("Mitigating action:", "Medidas:", "Mitigation:", "Maatregel:",
  "Maßnahme:"); in the Amharic risk table and Notion's risk log (``risk_table``) the item is the ስጋት or Risk cell and
  the mitigation the የመፍትሄ እርምጃ or Mitigation cell. A risk printed without a mitigation has none ("-" in the Amharic
  table, an empty Mitigation cell in Notion).
- Keys: a section gets a key only where the heading's own words name the kind of content that follows, as any reader
  would name it from the heading alone (the meanings of ``sitroom.model.SectionKey``); a heading that names only a topic
  or subject gets None, and the scorer counts keys only where the gold names one; where a heading mixes a topic with a
  kind, the kind decides. Every heading of the set: heat — "Summary" highlights, "Forecast" forecast, "Emergency
  departments" None, "Syndromic surveillance" surveillance, "Cooling centres" None, "Long-term care homes" None,
  "Staffing" workforce, "Costs" finance, "Risks" risks, "Public messaging" communications, "Next 24 hours" next-steps;
  landslides — "Resumo" (summary) highlights, "Situação atual" (current situation) situation, "Chuvas acumuladas"
  (accumulated rainfall) None, "Ocorrências" (incidents) None, "Abrigos" (shelters) None, "Ajuda humanitária"
  (humanitarian aid) assistance, "Equipes em campo" (teams in the field) workforce, "Custos" (costs) finance, "Riscos"
  (risks) risks, "Orientações à população" (guidance to the population) advice, "Próximos passos" (next steps)
  next-steps; ice storm — "Summary" highlights, "Current situation" situation, "Weather outlook" forecast, "Substations
  and lines" None, "Critical facilities" None, "Member services" None, "Crews and mutual aid" workforce, "Costs"
  finance, "Risks" risks, "Member communications" communications, "Next 24 hours" next-steps; strike — "Summary"
  highlights, "School operations" None, "Attendance" None, "Student meals" None, "Special education" None, "Staffing"
  workforce, "Costs" finance, "Risks" risks, "Family communications" communications, "Next steps" next-steps; drought —
  "1. ማጠቃለያ" (summary) highlights, "2. አጠቃላይ ሁኔታ" (general situation) situation, "3. የአየር ትንበያ" (weather forecast)
  forecast, "4. የምግብ እርዳታ ስርጭት" (food aid distribution) assistance, "5. የውሃ አቅርቦት" (water supply) None, "6. እንስሳትና መኖ"
  (livestock and fodder) None, "7. ጤናና ሥነ-ምግብ" (health and nutrition) None, "8. የሰው ኃይል" (manpower) workforce, "9. በጀት"
  (budget) finance, "10. ስጋቶች" (risks) risks, "11. ቀጣይ ተግባራት" (next tasks) next-steps; bird flu — "Gearfetting"
  (summary) highlights, "Stân fan saken" (state of affairs) situation, "Besmette bedriuwen" (infected farms) None,
  "Ophokplicht en ferfierferbod" (housing order and transport ban) None, "Wylde fûgels" (wild birds) None, "Hobbyhâlders
  en húsdieren" (hobby keepers and pets) None, "Folkssûnens" (public health) None, "Meiwurkers" (staff) workforce,
  "Kosten" (costs) finance, "Risiko's" (risks) risks, "Advys foar ynwenners" (advice for residents) advice, "Folgjende
  stappen" (next steps) next-steps; cyber — "Zusammenfassung" (summary) highlights, "Lage" (situation) situation,
  "Betroffene Systeme" (affected systems) None, "Forensik" (forensics) None, "Wiederherstellung" (restoration) recovery,
  "Studium und Lehre" (studies and teaching) None, "Personal" (staff) workforce, "Kosten" (costs) finance, "Risiken"
  (risks) risks, "Kommunikation" (communication) communications, "Nächste Schritte" (next steps) next-steps; earthquake
  — "Highlights" highlights, "Situation overview" situation, "Shelter and NFIs" None, "WASH" None, "Health" None,
  "Access and logistics" None, "Staffing" workforce, "Funding" finance, "Risks" risks, "Coordination" None, "Next steps"
  next-steps.
- Figures as printed: "$3,400", "$1.25M", "July 16", "(previous day: 5)"; "R$ 3.400", "R$ 1,25 milhão", "R$ 2,40
  milhões", "1.250", "16 de janeiro", "(boletim anterior: 5)"; "$1.25 million", "Jan. 27", "(was 5 yesterday)"; "4/16",
  "(prior day: 5)"; "3,400 ብር", "1.25 ሚሊዮን ብር", "1,250", "ነሐሴ 4 ቀን" (the Ethiopian calendar), "(ባለፈው ሳምንት፦ 5)", the
  sentences ended with "።"; "€ 3.400", "€ 1,25 miljoen", "16 febrewaris", "(foarige update: 5)"; "3.400 €", "1,25 Mio.
  €", "12 %", "16. März", "(Vortag: 5)"; "USD 3,400", "USD 1.25 million", "16 Nov", "(prev. sitrep: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b35base``, before any change
to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                              heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-tableau-heatwave-ca                  0.923      0.831      0.823      0.986      0.968      0.995      0.781
    html-arcgis-dashboard-landslide-br       0.000      0.000      0.000        nan      0.000        nan      0.000
    pdf-grafana-outage-coop-us               1.000      0.947      0.947      0.882      1.000      1.000      0.943
    pdf-looker-studio-strike-us              0.866      0.759      0.743      1.000      1.000      1.000      0.787
    docx-drought-drm-am                      0.880      0.792      0.792      0.000      0.414      1.000      0.794
    eml-laposta-fugelgryp-fy                 1.000      0.901      0.901      0.450      1.000      1.000      0.893
    eml-thunderbird-cyber-uni-de             0.917      1.000      1.000      1.000      1.000      1.000      1.000
    pdf-notion-earthquake-ngo                0.957      0.950      0.817      1.000      1.000      1.000      0.948
    TOTAL                                    0.851      0.812      0.792      0.744      0.828      0.999      0.819
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                              heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-tableau-heatwave-ca                  0.939      0.848      0.840      1.000      0.943      1.000      0.832
    html-arcgis-dashboard-landslide-br       0.000      0.000      0.000        nan      0.000        nan      0.000
    pdf-grafana-outage-coop-us               1.000      0.945      0.945      0.901      1.000      1.000      0.942
    pdf-looker-studio-strike-us              0.865      0.761      0.724      1.000      1.000      1.000      0.816
    docx-drought-drm-am                      0.880      0.793      0.793      0.000      0.136      1.000      0.793
    eml-laposta-fugelgryp-fy                 1.000      0.905      0.905      0.441      1.000      1.000      0.899
    eml-thunderbird-cyber-uni-de             0.917      1.000      1.000      1.000      1.000      1.000      1.000
    pdf-notion-earthquake-ngo                0.957      0.942      0.826      1.000      1.000      1.000      0.944
    TOTAL                                    0.853      0.813      0.792      0.744      0.757      1.000      0.828

Faults found in this set's writers and banks, none of the gold toward the parser's output. Before any writing, three of
the kinds first thought of were found printed by earlier sets and replaced: an Excel sheet printed to PDF with merged
title rows, print titles and "Page 1 of 2" (blind21's Azerbaijani workbook) by the Looker Studio download, a Tagalog or
Māori page (Filipino printed in blind19, te reo Māori in blind21) by West Frisian, and a WordPress page (two earlier
sets) by the Laposta newsletter; the Amharic report, first planned as a letter with "ጉዳዩ፦" and sections numbered by hand
in bold paragraphs (blind32's Bosnian letter is that), became the template's "Heading 1" numbered by a list. The
documents and their gold were then written without parsing them (a script calling each layout's writer and ``Doc.gold``
alone), and looked at — ``pdftotext`` with and without ``-layout`` and ``pdftoppm`` for the PDFs, a LibreOffice
rendering for the Word files (boxes in place of the Ethiopic letters, no Ethiopic font being installed; the text read
from the package), the e-mail parts decoded, the HTML as text — and every gold heading, item, risk and mitigation was
checked to be in the extracted text (at seeds 0 and 11, all in the plain ``pdftotext`` text of the PDFs and in the HTML
part of the e-mails; with ``-layout`` the side-by-side text objects, columns and table cells interleave, and the
newsletter's text part prints the headings in capitals); the fixes of that stage: a point "… at 7 a.m. and 5 p.m." would
have ended "p.m.." and was reworded; Tableau's text object overlapped the KPI tiles; Tableau's and Looker Studio's first
text box took nearly every section and left the second page bare (the overview holds the first four sections now, the
rest are split at the risks, as an analyst places text objects); Grafana's time series fell below zero, its row titles
carried a "▾" character where Grafana draws an icon, and the text panel, a flex item, was pushed whole onto the second
page (it runs on over the break now, as Chrome prints it); the ArcGIS rain indicator showed the "72" of "72 horas"
instead of the millimetres; the Amharic woreda table did not add up to the point's figures, and the risk table's column
widths were set on the cells only, so LibreOffice drew equal columns; Thunderbird's text part lost the space of the
signature's "-- ", the sender's name with "ı" was not encoded, and the sign-off took the surname of a "Dr.". Nothing was
changed after the first scored run.

Failure classes seen at first sight (``-v``, seed 0). ArcGIS Dashboards: the side panel's rich text — the whole bulletin
— is not read at all; what is read is the list element "Abrigos ativos", each shelter's name a heading over its address
and occupancy line as an item (nothing of the gold found: every figure 0.000, key and numbers not judged). Looker
Studio: every text box heading on its band is found and keyed right, and every point read (no item missed), but the
charts' titles "Attendance rate", "Attendance by school" and "Meals served by site" are headings (keyed attendees and
assistance) and their axis ticks ("Apr 9", "25%"), the scorecards' labels and the date range become items (118 extras),
points fall under a chart's title instead of their own section (right heading 0.743), and in four documents "Special
education", level with the table chart's title across the page, is lost as a heading together with it. Tableau: every
section's heading on both dashboards found and keyed right (key 0.986), but the KPI tiles' labels are items before the
first heading, the second dashboard's title "Situation Report #3 – Response Details" is a heading (keyed situation), the
bar and line charts' date labels and "Heat warning criteria: 33 °C" are items of the first text object's last section,
and on the second dashboard, where two text objects stand side by side, a section's heading or points are now and then
lost ("Costs", "Public messaging", 11 points missed) and one risk's point is read wrong, its mitigation with it
(mitigation 0.968). Grafana: every Markdown heading and point of the text panel read right over the page break (heading
F1 1.000, mitigation 1.000) and no panel title taken for a heading, but the toolbar "Share Last 24 hours Refresh" and
the row title "Overview" are items; "Member services" and "Member communications" keyed attendees. Amharic Word: every
"Heading 1" found with the number its list gives it, every lettered point found (none missed), the Ethiopian dates and
"ብር" amounts read (numbers 1.000), but no Amharic heading is keyed (key 0.000); the table caption "ሠንጠረዥ 1፦ …", the
head's name and "ግልባጭ፦" are headings, the closing and copy list items; the risk table's cells are read one item each,
the remedial action and the responsible body as items of their own and not as the risk's mitigation (mitigation 0.414,
0.136 at seed 11). Laposta newsletter: the text part is read, not the HTML — the headings found in its capitals (heading
F1 1.000 as the scorer folds case), every point found with its "Maatregel:" (mitigation 1.000), but the greeting, the
covering line, the date line and the button's "Alle ynformaasje op ús webside:" are items, and only "Kosten", "Risiko's"
and "Advys foar ynwenners" of the Frisian headings are keyed (key 0.450). Thunderbird: every section row's name is a
heading and every point its item, mitigations right (item F1, mitigation and key 1.000), but the table's first row
"Thema" | "Stand 08:00 Uhr" gives two headings of its own. Notion: every toggle heading and the highlights callout's
bold line found and keyed right, the risk log's columns read as risk and mitigation (mitigation 1.000), but the
database's title "Risk log" is a heading that takes the risks from "Risks" (right heading 0.817), and the tag pill
"Earthquake" and the internal-use callout are items joined to their icons ("Earthquakeℹ", "… preliminary★"). Figures are
read as printed wherever an item is found (numbers 0.999), the Ethiopian "ነሐሴ 4 ቀን", the Frisian "€ 62.000", the German
"1,59 Mio. €" and the AP "Jan. 27" included. The run did not crash, and no document was refused as empty. The smoke
checks of ``tests/benchmarks/test_layout_sets.py``, run by hand on this set's eight layouts after the scored runs (one
series of two reports, seed 0, the parser's refusals unguarded), pass.

"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind35_layouts_mail as mail  # noqa: E402
import blind35_layouts_pdf as pdf  # noqa: E402
import blind35_layouts_print as prints  # noqa: E402
import blind35_layouts_web as web  # noqa: E402
import blind35_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind35_layouts_banks_abroad import BIRD_FLU, CYBER, DROUGHT, LANDSLIDE  # noqa: E402
from blind35_layouts_banks_en import HEAT, OUTAGE, QUAKE, STRIKE  # noqa: E402
from blind35_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-tableau-heatwave-ca", "pdf", pdf.pdf_tableau_heat_ca, publisher_wording(
        [("summary", "Summary", "highlights"), ("forecast", "Forecast", "forecast"),
         ("ed", "Emergency departments", None), ("surveillance", "Syndromic surveillance", "surveillance"),
         ("cooling", "Cooling centres", None), ("ltc", "Long-term care homes", None),
         ("staffing", "Staffing", "workforce"), ("costs", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("comms", "Public messaging", "communications"), ("next", "Next 24 hours", "next-steps")]),
        "Extreme Heat Response – Situation Report #{n} – {org}", HEAT.series,
        restyle=partial(localise, lang="heat")),
    Layout("html-arcgis-dashboard-landslide-br", "html", web.html_arcgis_dashboard_br, publisher_wording(
        [("resumo", "Resumo", "highlights"), ("situacao", "Situação atual", "situation"),
         ("chuvas", "Chuvas acumuladas", None), ("ocorrencias", "Ocorrências", None), ("abrigos", "Abrigos", None),
         ("ajuda", "Ajuda humanitária", "assistance"), ("equipes", "Equipes em campo", "workforce"),
         ("custos", "Custos", "finance"), ("risks", "Riscos", "risks"),
         ("orientacoes", "Orientações à população", "advice"), ("passos", "Próximos passos", "next-steps")]),
        "Boletim nº {n} – {org}", LANDSLIDE.series, restyle=partial(localise, lang="pt")),
    Layout("pdf-grafana-outage-coop-us", "pdf", prints.pdf_grafana_outage_us, publisher_wording(
        [("summary", "Summary", "highlights"), ("situation", "Current situation", "situation"),
         ("weather", "Weather outlook", "forecast"), ("grid", "Substations and lines", None),
         ("critical", "Critical facilities", None), ("members", "Member services", None),
         ("crews", "Crews and mutual aid", "workforce"), ("costs", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("comms", "Member communications", "communications"), ("next", "Next 24 hours", "next-steps")]),
        "Storm outage situation report {n} – {org}", OUTAGE.series, restyle=partial(localise, lang="coop")),
    Layout("pdf-looker-studio-strike-us", "pdf", pdf.pdf_looker_strike_us, publisher_wording(
        [("summary", "Summary", "highlights"), ("schools", "School operations", None),
         ("attendance", "Attendance", None), ("meals", "Student meals", None), ("sped", "Special education", None),
         ("staffing", "Staffing", "workforce"), ("costs", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("comms", "Family communications", "communications"), ("next", "Next steps", "next-steps")]),
        "Strike Operations Daily Report {n} – {org}", STRIKE.series, restyle=partial(localise, lang="school")),
    Layout("docx-drought-drm-am", "docx", word.docx_drought_drm_am, publisher_wording(
        [("summary", "1. ማጠቃለያ", "highlights"), ("situation", "2. አጠቃላይ ሁኔታ", "situation"),
         ("forecast", "3. የአየር ትንበያ", "forecast"), ("food", "4. የምግብ እርዳታ ስርጭት", "assistance"),
         ("water", "5. የውሃ አቅርቦት", None), ("livestock", "6. እንስሳትና መኖ", None),
         ("health", "7. ጤናና ሥነ-ምግብ", None), ("staff", "8. የሰው ኃይል", "workforce"), ("budget", "9. በጀት", "finance"),
         ("risks", "10. ስጋቶች", "risks"), ("next", "11. ቀጣይ ተግባራት", "next-steps")]),
        "የድርቅ ሁኔታ ሪፖርት ቁጥር {n} – {org}", DROUGHT.series, risk_table=True, restyle=partial(localise, lang="am")),
    Layout("eml-laposta-fugelgryp-fy", "eml", mail.eml_laposta_fugelgryp_fy, publisher_wording(
        [("gearfetting", "Gearfetting", "highlights"), ("stan", "Stân fan saken", "situation"),
         ("bedriuwen", "Besmette bedriuwen", None), ("ophok", "Ophokplicht en ferfierferbod", None),
         ("wyld", "Wylde fûgels", None), ("hobby", "Hobbyhâlders en húsdieren", None),
         ("sunens", "Folkssûnens", None), ("meiwurkers", "Meiwurkers", "workforce"), ("kosten", "Kosten", "finance"),
         ("risks", "Risiko's", "risks"), ("advys", "Advys foar ynwenners", "advice"),
         ("stappen", "Folgjende stappen", "next-steps")]),
        "Fûgelgryp: update {n} – {org}", BIRD_FLU.series, restyle=partial(localise, lang="fy")),
    Layout("eml-thunderbird-cyber-uni-de", "eml", mail.eml_thunderbird_cyber_de, publisher_wording(
        [("zusammenfassung", "Zusammenfassung", "highlights"), ("lage", "Lage", "situation"),
         ("systeme", "Betroffene Systeme", None), ("forensik", "Forensik", None),
         ("wiederherstellung", "Wiederherstellung", "recovery"), ("lehre", "Studium und Lehre", None),
         ("personal", "Personal", "workforce"), ("kosten", "Kosten", "finance"), ("risks", "Risiken", "risks"),
         ("kommunikation", "Kommunikation", "communications"), ("schritte", "Nächste Schritte", "next-steps")]),
        "Lagebericht Nr. {n} – IT-Sicherheitsvorfall – {org}", CYBER.series, restyle=partial(localise, lang="de")),
    Layout("pdf-notion-earthquake-ngo", "pdf", prints.pdf_notion_earthquake_ngo, publisher_wording(
        [("highlights", "Highlights", "highlights"), ("situation", "Situation overview", "situation"),
         ("shelter", "Shelter and NFIs", None), ("wash", "WASH", None), ("health", "Health", None),
         ("access", "Access and logistics", None), ("staffing", "Staffing", "workforce"),
         ("funding", "Funding", "finance"), ("risks", "Risks", "risks"), ("coordination", "Coordination", None),
         ("next", "Next steps", "next-steps")]),
        "Earthquake response sitrep {n} – {org}", QUAKE.series, risk_table=True,
        restyle=partial(localise, lang="ngo")),
)  # fmt: skip


SEED_OFFSET = 3600  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
