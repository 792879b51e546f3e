"""Sitreps of eight more publishers in layouts nobody tuned for, a forty-second blind, first-sight measure.

    python benchmarks/blind41_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A forty-second set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind40_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), this time where the file is what an everyday tool makes of
a report its writer did not lay out as a report — a presentation's notes pages, an intranet page printed from the
browser, a Word file with Word's own charts, a chatbot's answer pasted into Word, a shared pad's export, a blogging
platform's page, a cloud drive's Markdown editor and a newsletter platform's e-mail —: German THW local chapters
(the federal technical relief agency's volunteer units) deployed after a Baltic storm surge, Portuguese local health
units ("ULS") in a long power cut, writing in Portuguese, Kurdish associations in north-east Syria in a summer water
crisis, writing in Kurmanji — a language no earlier set printed —, Scottish community councils after a storm's floods
and power cuts, Corsican communal forest fire committees ("CCFF") in a dry summer, writing in Corsican — a language no
earlier set printed —, Malawian open mapping communities in a mapping activation after a cyclone's floods, the town
councils of the Val d'Aran after a flood of the Garona, writing in Aranese Occitan — a language no earlier set printed
—, and Puerto Rican mutual aid centres in the mountains after a hurricane, writing in Spanish; each layout a way real
contributors' files are made that no earlier set printed. Each layout is one kind of publisher; its four series are
four organisations of that kind, their content from phrase banks of this set (``blind41_layouts_banks_en``,
``blind41_layouts_banks_eu``, ``blind41_layouts_banks_world``, run through the generator's churn model, so items
continue, change, close and appear from report to report) printed in the publisher's own conventions for amounts,
dates, comparisons and a mitigation's lead (``blind41_layouts_content``). The eight: the THW chapter's briefing deck
made in LibreOffice Impress and sent round as its notes pages exported to PDF (``blind41_layouts_pdf``, weasyprint: A4
portrait, one page a slide — the notes master's header with the chapter and "Lagevortrag Nr. 3", the date, the slide
drawn small at the top with its text as text, the chapter's template's THW-blue title band, the logo drawn as shapes,
the slide's footer and number, the points after Impress's "●" of the OpenSymbol font, "Gegenmaßnahme:" in bold inside
a risk's point, the summary as points too, the speaker's notes under the slide — who speaks, where the figures come
from, a reminder; some slides none —, "VS – Nur für den Dienstgebrauch" and the page number at the foot; the first
page the title slide with the greeting in its notes); the ULS's situation update as a news page of its SharePoint
intranet printed from Microsoft Edge (the same module: Edge's header — day and time, the page's title — and footer —
the address, "1/3" —, the suite bar with "SharePoint" and the search box, the site's header with its initials, name,
navigation, "Seguir" and "Partilhar", the banner, the title, "Gabinete de Comunicação" and "Publicado a …", the text
web part's "Título 1" headings (``h2``), the summary as paragraphs, the other points in a list, "Medidas em curso:" in
bold inside a risk's point, the "Ligações rápidas" web part in the right column, then "Gosto", the views,
"Comentários", the box to add one and two colleagues' comments); the association's weekly report typed in Word with
two of Word's charts (``blind41_layouts_word``: the page header and footer — the association, "Rapora Rewşê ya
Heftane", "Rûpel 1 ji 2" by fields, the e-mail —, Title and Subtitle, each section a "Heading 1", the summary as
paragraphs, the other points "List Bullet", "Tedbîr:" in bold inside a risk's point, a column chart of the water handed
out under the water trucking and a line chart of diarrhoea cases under the effects on families — chart parts with
their caches and the workbook embedded, drawn inline — with a "Caption" under each, "Wêne 1: …", and "Amadekar:" with
the officer's name and post); the community council's storm update drafted with ChatGPT and pasted from the chat into
Word (the same module: the assistant's opening line, Word's horizontal-line shapes for the answer's rules, the title as
"Heading 2" with a rain emoji, "Date:" and "Prepared by:" with their labels in bold, each section a "Heading 3" with an
emoji before its name, the summary as paragraphs, the other points a list of the kind Word makes from HTML in "Normal
(Web)" spacing, "What we're doing:" in bold inside a risk's point, Segoe UI in the chat's near-black, the council's
closing line, its name in italics and the assistant's offer of a shorter version, left in); the committee's situation
point kept in a Framapad pad and sent as Etherpad's "Export → HTML" (``blind41_layouts_web``: the pad's lines each
ending in ``<br>``, the title line in bold, the line saying who updated it and when, the italic request not to delete
the headings, each section's name typed in bold capitals, the summary as lines, the points in the pad's ``<ul
class="bullet">`` — in one section typed by hand after "- " —, "Misura:" in bold inside a risk's point, the uMap link
and the president's telephone); the mapping community's update as a Medium story saved from the browser (the same
module: Medium's top bar, the ``h1`` title and ``h2`` subtitle, the byline, claps, "Listen", "Share", the feature
image's caption, the opening paragraph, each section a story ``h1``, the summary as paragraphs, the other points in
lists, "How we're handling it:" in ``<strong>`` inside a risk's point, the closing call to map, Medium's generated
class names throughout, the tags, "Written by", "More from …", "Recommended from Medium" and the footer); the town
council's report written in Nextcloud Text and downloaded as its ``.md`` file (the same module: the title as ``#``, a
"::: warn" callout, "**Data:**" and "**Redactat per:**" joined by Text's backslash break, each section a ``##``, the
summary as paragraphs, the points after Text's "* ", "**Mesura:**" inside a risk's point, a table of the river's gauges,
a photo in Text's ``.attachments.…`` folder, a rule and the italic line giving the next report); and the centre's
update as its Substack newsletter reaches a subscriber (``blind41_layouts_mail``: Substack's and Mailgun's headers,
the plain text and the HTML — the hidden preheader, the publication's name, the ``h1`` title and ``h3`` subtitle, the
byline, "READ IN APP", the greeting paragraph, each section an ``h2``, the summary as paragraphs, the other points in
``<li><p>``, "Lo que estamos haciendo:" in ``<strong>`` inside a risk's point, a captioned photo, the closing thanks,
"Hacer un donativo" and "Share" buttons, "Like", "Comment", "Restack" and the footer). The generator's structure is
the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer
(``blind24_layouts._scorer``, imported).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise), agreed before any
scoring:

- Furniture is not an item and no section with heading null is in the gold: the notes pages' header, date, footer
  ("VS – Nur für den Dienstgebrauch") and page numbers, the title slide, every slide's footer and number, the logo and
  all the speaker's notes (the presenter's, not the report's: who speaks, where the figures come from, reminders);
  Edge's header and footer, SharePoint's suite bar, site header, banner, title and byline, the "Ligações rápidas" web
  part with its title and links, "Gosto" and the views, "Comentários", the box and the comments; the Word file's header
  and footer, Title and Subtitle, the charts (titles, labels, values) and their captions ("Wêne 1: …"), "Amadekar:" and
  the name and post; the assistant's opening line, the horizontal lines, the "Heading 2" title, the "Date:" and
  "Prepared by:" lines, the council's closing line, its name and the assistant's offer; the pad's title line, the line
  saying who updated it, the italic request, the uMap line and the president's line; Medium's top bar, title,
  subtitle, byline, claps, "Listen", "Share", the caption, the opening paragraph and the closing call to map, the tags,
  "Written by" with the bio, "More from …", "Recommended from Medium" with their ``h2`` titles and the footer;
  Nextcloud Text's ``#`` title, the callout, "Data:" and "Redactat per:", the gauge table, the photo, the rule and the
  italic line; Substack's headers, the preheader, the publication's name, title and subtitle (``h3``), byline, "READ IN
  APP", the greeting paragraph, the photo and its caption, the closing thanks, the buttons, "Like", "Comment",
  "Restack", the footer and the plain text's "View this post …" and "Unsubscribe" lines.
- Headings as printed, all level 1: the slide titles ("Lage in Kürze"); SharePoint's ``h2`` ("Resumo"); Word's
  "Heading 1" ("Kurtasî"); ChatGPT's "Heading 3" with its emoji ("📝 Summary"; the scorer's normalisation drops the
  emoji); the pad's bold capitals ("RIASSUNTU"); Medium's story ``h1`` ("Highlights"); Nextcloud Text's ``##``
  ("Resum"); Substack's ``h2`` ("Resumen").
- Items: each point, line or paragraph without its "●", "•", Symbol bullet, "- " or "* "; a point wrapped on a slide,
  on the page or in its list is one item, and a pad's point typed by hand after "- " is an item as a list's point is.
  Risks with their mitigation are one item, the mitigation printed with its lead ("Gegenmaßnahme:", "Medidas em
  curso:", "Tedbîr:", "What we're doing:", "Misura:", "How we're handling it:", "Mesura:", "Lo que estamos haciendo:");
  a risk whose note says it will be dropped, or that has no mitigation this time, has none.
- Keys: a section gets a key only where the heading's own words name the kind of content that follows, as any reader
  would name it from the heading alone (the meanings of ``sitroom.model.SectionKey``); a heading that names only a
  topic gets None, and the scorer counts keys only where the gold names one; where a heading mixes a topic with a kind,
  the kind decides. Every risk section's key is the canonical "risks" whatever the language. Every heading of the set:
  storm surge — "Lage in Kürze" (the situation in brief) highlights, "Aktuelle Lage" situation, "Prognose Wasserstand
  und Wetter" (forecast of water level and weather) forecast, "Schäden" (damage) impacts, "Pumpeinsatz" (pumping)
  None, "Deichverteidigung" (defending the dykes) None, "Hilfe für die Bevölkerung" (help for the population)
  assistance, "Einsatzkräfte" (the forces deployed) workforce, "Kosten" finance, "Gefahren und Risiken" risks,
  "Planung nächste Einsatzperiode" (planning of the next operational period) next-steps; power cut — "Resumo"
  highlights, "Situação atual" situation, "Previsão de reposição" (forecast of the restoration) forecast, "Impacto na
  atividade assistencial" (impact on care) impacts, "Geradores e combustível" None, "Sistemas informáticos" None,
  "Recursos humanos" workforce, "Custos" finance, "Riscos" risks, "Comunicação" communications, "Próximos passos"
  next-steps; water crisis — "Kurtasî" (summary) highlights, "Rewşa niha" (the situation now) situation, "Pêşbîniya
  hewayê" (weather forecast) forecast, "Bandorên li ser malbatan" (effects on families) impacts, "Tenkerên avê" (water
  tankers) None, "Bîr û tankên avê" (wells and water tanks) None, "Alîkariya hatî dayîn" (aid given) assistance,
  "Karmend û xwebexş" (staff and volunteers) workforce, "Lêçûn" (costs) finance, "Metirsî" (risks) risks, "Gavên bê"
  (next steps) next-steps; storm — "📝 Summary" highlights, "📍 Current situation" situation, "🌦️ Weather outlook"
  forecast, "🏠 Impact on the community" impacts, "⚡ Power" None, "🚧 Roads and bridges" None, "🤝 Help available"
  assistance, "🙋 Volunteers" workforce, "💷 Funding" finance, "⚠️ Risks" risks, "📅 Next steps" next-steps; fire
  season — "RIASSUNTU" (summary) highlights, "SITUAZIONE" situation, "PREVISIONE METEO" (weather forecast) forecast,
  "DANNI" (damage) impacts, "PATUGLIE" (patrols) None, "POSTI DI GUARDIA" (lookout posts) None, "SUSTEGNU À A
  POPULAZIONE" (support to the population) assistance, "VULUNTARII" workforce, "FINANZE" finance, "RISICHI" risks,
  "PROSSIME TAPPE" (next stages) next-steps; mapping — "Highlights" highlights, "The situation" situation, "Weather
  outlook" forecast, "Impact on communities" impacts, "Tasking Manager projects" None, "Field mapping" None, "Data for
  responders" None, "Our volunteers" workforce, "Funding" finance, "Risks and challenges" risks, "What's next"
  next-steps; Garona flood — "Resum" (summary) highlights, "Situacion actuau" situation, "Prevision meteorologica"
  forecast, "Damnatges" (damage) impacts, "Carretères e accèssi" (roads and access) None, "Evacuacions e lotjament"
  (evacuations and lodging) None, "Ajuda ara populacion" (aid to the population) assistance, "Personau e voluntaris"
  (staff and volunteers) workforce, "Despenes" (expenses) finance, "Risques" risks, "Actuacions previstes" (planned
  actions) next-steps; hurricane — "Resumen" highlights, "La situación hoy" situation, "Pronóstico del tiempo"
  forecast, "Daños" (damage) impacts, "Luz y agua" (power and water) None, "Caminos y derrumbes" (roads and
  landslides) None, "Lo que hemos repartido" (what we have handed out) assistance, "Voluntarios" workforce, "Donativos
  y gastos" (donations and spending) finance, "Riesgos y preocupaciones" risks, "Próximos pasos" next-steps.
- Figures as printed: "124.000 €", "20.730", "(letzter Lagevortrag: 22.771)", "22. Oktober"; "384 000 €", "1,01 milhões
  de euros", "2 121", "(ponto de situação anterior: 3 149)", "13 de maio"; "385.000 dolar", "12.644", "(rapora berê:
  2.247)", "9ê Tebaxê"; "£7,000", "(last update: 555)", "19 November"; "24 000 €", "(puntu precedente: 284)", "9 di
  lugliu"; "US$54,000", "35,497", "65%", "(last update: 1,175)", "14 March"; "461.000 €", "6.660", "(informe anterior:
  319)", "21 de junh"; "$264,000", "1,884", "(informe anterior: 1,812)", "26 de septiembre".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 39bfeff, before any
change to it for this set, the worktree's own ``src`` first on the path; scored with blind24's ``_scorer``; the columns
narrowed):

    layout                             heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-impress-notes-thw-de                0.957      0.710      0.710      0.797      1.000      1.000      0.775
    pdf-sharepoint-edge-apagao-pt           0.917      0.869      0.869      1.000      1.000      1.000      0.858
    docx-word-charts-krizava-ku             0.978      0.971      0.971      0.000      0.000      1.000      0.969
    docx-chatgpt-paste-storm-sco            1.000      0.917      0.917      0.907      1.000      1.000      0.927
    html-etherpad-ccff-co                   0.857      0.844      0.693      0.333      0.219      1.000      0.834
    html-medium-post-mapping-mw             0.957      0.887      0.887      1.000      1.000      1.000      0.878
    md-nextcloud-text-aigat-oc              1.000      0.917      0.917      0.602      1.000      1.000      0.910
    eml-substack-apoyo-mutuo-pr             0.917      0.890      0.890      0.879      1.000      1.000      0.884
    TOTAL                                   0.948      0.867      0.848      0.689      0.760      1.000      0.875
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                             heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-impress-notes-thw-de                0.957      0.706      0.706      0.763      1.000      1.000      0.765
    pdf-sharepoint-edge-apagao-pt           0.917      0.860      0.860      1.000      1.000      1.000      0.850
    docx-word-charts-krizava-ku             0.978      0.971      0.971      0.000      0.360      1.000      0.969
    docx-chatgpt-paste-storm-sco            1.000      0.915      0.915      0.908      1.000      1.000      0.924
    html-etherpad-ccff-co                   0.857      0.860      0.726      0.357      0.000      1.000      0.851
    html-medium-post-mapping-mw             0.957      0.893      0.893      1.000      1.000      1.000      0.886
    md-nextcloud-text-aigat-oc              1.000      0.921      0.921      0.659      1.000      1.000      0.914
    eml-substack-apoyo-mutuo-pr             0.917      0.889      0.889      0.865      1.000      1.000      0.883
    TOTAL                                   0.948      0.869      0.853      0.686      0.779      1.000      0.876
    96 documents, 64 report pairs linked

Faults found in this set's writers and banks, none of the gold toward the parser's output. Before any writing, the kinds
first thought of were checked against the layouts printed so far and some replaced: a web page with an "On this page"
list of its sections (``blind9`` printed one, in a browser's print), a PDF with footnotes (``blind19``'s Turkish report
and ``blind22``'s LaTeX article have them), a Microsoft Forms or Google Sheets print
(``pdf-gforms-response-cholera-om``, ``pdf-spreadsheet-print-az``), a two-up booklet (``pdf-print-2up-ha``), a Word
outline list whose levels are the headings (``docx-outline-list-sr``), Word text boxes and a landscape risk table
(``docx-textboxes-xh``, ``docx-porocilo-landscape-sl``), a Mattermost or Rocket.Chat export (``blind40`` weighed
Mattermost as a Teams or Slack post) and a Ghost post (``blind40``) by Impress's notes pages, the SharePoint page
printed from Edge, Word's charts, the ChatGPT paste, Etherpad, Medium, Nextcloud Text and Substack; an ODT and an RTF
were left aside, the README listing neither among the formats read. Tigrinya, Pashto and Guarani were weighed and
Kurmanji, Corsican and Aranese chosen, no benchmark file naming Kurdish, Corsica or Aran ("Occitan" only as a region's
name in ``blind16``'s banks, an Occitanie health agency), nor Impress's notes pages, Etherpad, Framapad, Nextcloud,
Medium's page, Substack or ChatGPT. The machines the set runs on have only the DejaVu and Liberation fonts (and
OpenSymbol), which the Latin letters of all eight languages need alone. The documents and their gold were then written
without parsing them (a script calling each layout's writer and ``Doc.gold`` alone), and looked at — ``pdftotext`` with
and without ``-layout`` and ``pdftoppm`` for the PDFs, a LibreOffice rendering of the Word files (the charts drawn from
their caches, the emoji as boxes for want of a font), the e-mail's parts decoded, the HTML as text, the Markdown as it
is — and every gold heading, item, risk and mitigation was checked to be in the extracted text: at seeds 0 and 11 all of
them in the plain ``pdftotext`` text of the PDFs, the paragraphs of the Word files, the text of the HTML, the Markdown
and the e-mail's HTML part; with ``-layout`` only the SharePoint page's points beside the "Ligações rápidas" column are
cut by its links (8 not found, 6 at seed 11). The fixes of that stage: the slides' points were first set at 8.6 points,
smaller than a slide's text drawn at that size (now 10.4); SharePoint's site header wrapped the site's name over two
lines and, once kept on one, ran its navigation under "Seguir" (one link fewer now); the Kurmanji header's and footer's
right-hand parts stood at Word's centre tab (now its right tab); the ChatGPT headings came out at "Heading 3"'s own size
where a paste keeps the chat's (now 15 and 18 points); the first Medium story said what had been done "since the last
update"; Substack's ``List-Unsubscribe`` with a 40-character token could not be folded and was written as encoded words
(the token shortened); lines Ruff found too long were broken. After the first scored run the speaker's notes'
"Zugführer" and "Gruppenführer" before three women's names were made "Zugführerin" and "Gruppenführerin" (notes only;
the figures the same to the last digit) and this docstring written.

Failure classes seen at first sight (``-v``, seed 0). Impress's notes pages: every slide title found as a heading and no
point missed, the notes pages' header, date, footer and page numbers, the title slide and every slide's footer and
number left out, every "Gegenmaßnahme:" read (mitigation 1.000); but the speaker's notes are read as the report's: the
title slide's notes give a heading of their first line ("Begrüßung der TEL, des Fachberaters THW und der
Verbindungsperson der") with "Feuerwehr." and "Anwesenheit feststellen, Handys lautlos." its items, and every other
slide's notes ("Vortrag: Zugführer Jan Petersen.", "Zahlen aus dem Einsatztagebuch, Stand 17:30 Uhr.", "Kurz halten –
max. 2 Minuten.") are items of its section (175 extra, item F1 0.710); "Lage in Kürze" is keyed situation (highlights)
and "Planung nächste Einsatzperiode" not keyed (next-steps; key 0.797). SharePoint from Edge: Edge's header and footer,
the suite bar, site header, banner, title, byline and the "Ligações rápidas" column are left out and every ``h2`` and
point found, keys and mitigations all right (1.000), but "♡ Gosto … visualizações" is an item of "Próximos passos",
"Comentários" a heading (keyed next-steps) with "Adicionar um comentário", the comments and their "Gosto · Responder" as
items, and in nine documents a commenter's name and time ("Paulo Correia · há 3 horas") a heading of its own (66 extra).
Word with charts: every "Heading 1" and point found (no point missed), the header, footer, title, subtitle, the charts
and their captions left out; "Amadekar:" with the name and post is an item of "Gavên bê" in six documents and a heading
"Amadekar" with the name and post its item in six (12 extra); no Kurmanji heading is keyed (key 0.000) and "Tedbîr:" is
never read as a lead (mitigation 0.000; 0.360 at seed 11, the risks without one alone right). The ChatGPT paste: every
"Heading 3" and point found, the opening line, the horizontal lines, the title, "Date:" and "Prepared by:" left out,
every "What we're doing:" read; the council's closing line, its name in italics and the assistant's offer ("Would you
like me to turn this into a short post for social media as well?") are items of "📅 Next steps" (36 extra); "🤝 Help
available" is not keyed (assistance; key 0.907). Etherpad: the bold title line is a heading with the update line and the
italic request joined as its item, the summary's two lines are joined into one item (16 missed), "SITUAZIONE" after the
summary's lines and "SUSTEGNU À A POPULAZIONE" after the points typed after "- " are not headings but items, so their
points fall under the section before (right heading 0.693), the uMap and president's lines are one item of "PROSSIME
TAPPE" (56 extra); only "PREVISIONE METEO", "DANNI" and "FINANZE" are keyed (key 0.333), "RISICHI" is not a risk section
and no "Misura:" is read (mitigation 0.219, the risks without one alone right; 0.000 at seed 11). Medium: the top bar,
tags, claps, "Written by", "More from …", "Recommended from Medium" and the footer are left out, every story ``h1`` and
point found and keyed (key 1.000; "Data for responders" keyed figures, gold None, not counted), every "How we're
handling it:" read; but the subtitle (``h2``) is a heading, the byline's name, "6 min read·Mar 12, 2026" and the opening
paragraph its items, and the closing call to map an item of "What's next" (48 extra). Nextcloud Text: every ``##`` and
point found, the title, gauge table, photo, rule and italic line left out, every "**Mesura:**" read (mitigation 1.000);
the callout, "Data: …" and "Redactat per: …" are items before the first heading (36 extra); "Damnatges" (impacts) and
"Personau e voluntaris" (workforce) are not keyed, "Despenes" (finance) keyed in three documents of twelve and
"Actuacions previstes" keyed response (next-steps; key 0.602). Substack: the headers, preheader, publication's name,
title, "READ IN APP", the photo's caption, the buttons and the footer are left out, every ``h2`` and point found, every
"Lo que estamos haciendo:" read; but the subtitle (``h3``) is a heading with the greeting paragraph its item, the
closing thanks an item of "Próximos pasos", and "Like" a heading with "Comment" and "Restack" its items (48 extra); "Lo
que hemos repartido" is not keyed (assistance; key 0.879). Figures are read as printed wherever an item is found
(numbers 1.000 at both seeds), "384 000 €" and "1 250" with a space, "385.000 dolar", "1,01 milhões de euros" and
"(ponto de situação anterior: 3 149)" included. The run did not crash, no document was refused (``_parse_or_nothing``
guards a refusal) and each seed's run took about 10 seconds."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind41_layouts_mail as mail  # noqa: E402
import blind41_layouts_pdf as pdf  # noqa: E402
import blind41_layouts_web as web  # noqa: E402
import blind41_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind41_layouts_banks_en import MAPPING, STORM  # noqa: E402
from blind41_layouts_banks_eu import AIGAT, APAGAO, FOCU, STURMFLUT  # noqa: E402
from blind41_layouts_banks_world import AV, RECUPERACION  # noqa: E402
from blind41_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-impress-notes-thw-de", "pdf", pdf.pdf_impress_notes_de, publisher_wording(
        [("kurz", "Lage in Kürze", "highlights"), ("lage", "Aktuelle Lage", "situation"),
         ("prognose", "Prognose Wasserstand und Wetter", "forecast"), ("schaeden", "Schäden", "impacts"),
         ("pumpen", "Pumpeinsatz", None), ("deich", "Deichverteidigung", None),
         ("hilfe", "Hilfe für die Bevölkerung", "assistance"), ("kraefte", "Einsatzkräfte", "workforce"),
         ("kosten", "Kosten", "finance"), ("risks", "Gefahren und Risiken", "risks"),
         ("naechste", "Planung nächste Einsatzperiode", "next-steps")]),
        "Lagevortrag Nr. {n} – Ostseesturmflut – {org}", STURMFLUT.series, restyle=partial(localise, lang="de")),
    Layout("pdf-sharepoint-edge-apagao-pt", "pdf", pdf.pdf_sharepoint_edge_pt, publisher_wording(
        [("resumo", "Resumo", "highlights"), ("situacao", "Situação atual", "situation"),
         ("previsao", "Previsão de reposição", "forecast"),
         ("impacto", "Impacto na atividade assistencial", "impacts"),
         ("geradores", "Geradores e combustível", None), ("sistemas", "Sistemas informáticos", None),
         ("rh", "Recursos humanos", "workforce"), ("custos", "Custos", "finance"), ("risks", "Riscos", "risks"),
         ("comunicacao", "Comunicação", "communications"), ("proximos", "Próximos passos", "next-steps")]),
        "Ponto de situação n.º {n} – Falha de energia – {org}", APAGAO.series, restyle=partial(localise, lang="pt")),
    Layout("docx-word-charts-krizava-ku", "docx", word.docx_word_charts_ku, publisher_wording(
        [("kurtasi", "Kurtasî", "highlights"), ("rewse", "Rewşa niha", "situation"),
         ("pesbini", "Pêşbîniya hewayê", "forecast"), ("bandor", "Bandorên li ser malbatan", "impacts"),
         ("tenker", "Tenkerên avê", None), ("bir", "Bîr û tankên avê", None),
         ("alikari", "Alîkariya hatî dayîn", "assistance"), ("karmend", "Karmend û xwebexş", "workforce"),
         ("lecun", "Lêçûn", "finance"), ("risks", "Metirsî", "risks"), ("gav", "Gavên bê", "next-steps")]),
        "Rapora Rewşê: Krîza Avê – Hejmar {n} – {org}", AV.series, restyle=partial(localise, lang="ku")),
    Layout("docx-chatgpt-paste-storm-sco", "docx", word.docx_chatgpt_paste_sco, publisher_wording(
        [("summary", "📝 Summary", "highlights"), ("situation", "📍 Current situation", "situation"),
         ("weather", "🌦️ Weather outlook", "forecast"), ("impact", "🏠 Impact on the community", "impacts"),
         ("power", "⚡ Power", None), ("roads", "🚧 Roads and bridges", None),
         ("help", "🤝 Help available", "assistance"), ("volunteers", "🙋 Volunteers", "workforce"),
         ("funding", "💷 Funding", "finance"), ("risks", "⚠️ Risks", "risks"), ("next", "📅 Next steps", "next-steps")]),
        "Storm Update No. {n} – {org}", STORM.series, restyle=partial(localise, lang="sco")),
    Layout("html-etherpad-ccff-co", "html", web.html_etherpad_ccff_co, publisher_wording(
        [("riassuntu", "RIASSUNTU", "highlights"), ("situazione", "SITUAZIONE", "situation"),
         ("meteo", "PREVISIONE METEO", "forecast"), ("danni", "DANNI", "impacts"), ("patuglie", "PATUGLIE", None),
         ("guardia", "POSTI DI GUARDIA", None), ("sustegnu", "SUSTEGNU À A POPULAZIONE", "assistance"),
         ("vuluntarii", "VULUNTARII", "workforce"), ("finanze", "FINANZE", "finance"), ("risks", "RISICHI", "risks"),
         ("tappe", "PROSSIME TAPPE", "next-steps")]),
        "{org} – Puntu di situazione n° {n}", FOCU.series, restyle=partial(localise, lang="co")),
    Layout("html-medium-post-mapping-mw", "html", web.html_medium_post_mw, publisher_wording(
        [("highlights", "Highlights", "highlights"), ("situation", "The situation", "situation"),
         ("outlook", "Weather outlook", "forecast"), ("impacts", "Impact on communities", "impacts"),
         ("tasking", "Tasking Manager projects", None), ("field", "Field mapping", None),
         ("data", "Data for responders", None), ("volunteers", "Our volunteers", "workforce"),
         ("funding", "Funding", "finance"), ("risks", "Risks and challenges", "risks"),
         ("next", "What's next", "next-steps")]),
        "Flood mapping activation update #{n} – {org}", MAPPING.series, restyle=partial(localise, lang="mw")),
    Layout("md-nextcloud-text-aigat-oc", "md", web.md_nextcloud_text_oc, publisher_wording(
        [("resum", "Resum", "highlights"), ("situacion", "Situacion actuau", "situation"),
         ("prevision", "Prevision meteorologica", "forecast"), ("damnatges", "Damnatges", "impacts"),
         ("carreteres", "Carretères e accèssi", None), ("lotjament", "Evacuacions e lotjament", None),
         ("ajuda", "Ajuda ara populacion", "assistance"), ("personau", "Personau e voluntaris", "workforce"),
         ("despenes", "Despenes", "finance"), ("risks", "Risques", "risks"),
         ("actuacions", "Actuacions previstes", "next-steps")]),
        "Informe de situacion n. {n} – Aigat dera Garona – {org}", AIGAT.series, restyle=partial(localise, lang="oc")),
    Layout("eml-substack-apoyo-mutuo-pr", "eml", mail.eml_substack_pr, publisher_wording(
        [("resumen", "Resumen", "highlights"), ("situacion", "La situación hoy", "situation"),
         ("pronostico", "Pronóstico del tiempo", "forecast"), ("danos", "Daños", "impacts"),
         ("luz", "Luz y agua", None), ("caminos", "Caminos y derrumbes", None),
         ("repartido", "Lo que hemos repartido", "assistance"), ("voluntarios", "Voluntarios", "workforce"),
         ("donativos", "Donativos y gastos", "finance"), ("risks", "Riesgos y preocupaciones", "risks"),
         ("pasos", "Próximos pasos", "next-steps")]),
        "Actualización #{n}: seguimos de pie – {org}", RECUPERACION.series, restyle=partial(localise, lang="pr")),
)  # fmt: skip


SEED_OFFSET = 4200  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=34)


if __name__ == "__main__":
    main()
