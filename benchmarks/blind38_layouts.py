"""Sitreps of eight more publishers in layouts nobody tuned for, a thirty-ninth blind, first-sight measure.

    python benchmarks/blind38_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A thirty-ninth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind37_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), this time where the sitrep is made with a tool of the
writer's everyday life rather than an office's — a print shop's layout program, a notes app, a phone's mail app, a
neighbourhood forum's digest, a gaming chat server, a state messenger, a typist's legacy fonts and an old groupware
suite —: Graubünden communes' crisis staffs after a debris flow, writing in Romansh — a language no earlier set
printed —, New Zealand marae community hubs after a cyclone, Cambodian provincial committees for disaster management
in a Mekong flood, writing in Khmer — a language no earlier set printed —, Timor-Leste municipal civil protection
services after floods, writing in Tetum — a language no earlier set printed —, Vermont town emergency management
directors after a flash flood, western North Carolina mutual aid hubs after a hurricane, French prefectures'
departmental operations centres after a Mediterranean flood, writing in French, and Manitoba rural municipalities in a
Red River flood; each layout a way real contributors' files are made that no earlier set printed. Each layout is one
kind of publisher; its four series are four organisations of that kind, their content from phrase banks of this set
(``blind38_layouts_banks_en``, ``blind38_layouts_banks_world``, run through the generator's churn model, so items
continue, change, close and appear from report to report) printed in the publisher's own conventions for amounts,
dates, comparisons and a mitigation's lead (``blind38_layouts_content``). The eight: the crisis staff's report as an
article of the commune's official gazette, "Fegl ufficial", laid out in Adobe InDesign by the print shop and exported
for the web (``blind38_layouts_pdf``, weasyprint: A4, two ragged-right columns with a hairline between them, the
masthead, the running head and page number after page one, the council's notices and building applications before
the article, the kicker "BOVA DA RUNCS", the headline "Rapport dal stab da crisa nr. 3" and "Stadi: …, 18.00", each
section a bold subhead in the commune's red, the summary as paragraphs, the other points after InDesign's "•" on a
hanging indent, "Mesira:" in bold italics inside a risk's point, "Stab da crisa communal", the tinted "Infurmaziuns"
box and the "Agenda"); the marae hub's daily update typed in Apple Notes on the hub lead's iPad and sent as Notes'
"Export as PDF" (the same module: the note's Title "… hub update – Tuesday 17 February", "Kia ora koutou," and whom
it goes to, each section a Heading, the summary as Body lines, the other points a bulleted list, "Action:" inside a
risk's point, the next steps a checklist with drawn circles, a photo after the damage list with "IMG_….HEIC" under it,
the "Contacts" table, "Ngā mihi," and the hub lead); the provincial committee's report to the national committee typed
in Word as Cambodian offices type letters (``blind38_layouts_word``: the Khmer OS fonts set on the runs as the
complex-script font, Muol Light for motto, name, title and headings, Siemreap for the text, no heading styles; the
motto "ព្រះរាជាណាចក្រកម្ពុជា" / "ជាតិ សាសនា ព្រះមហាក្សត្រ" centred over the ornament typed as "3" in the Tacteing font,
the committee's name, "លេខ៖ …" and the ornament again, "របាយការណ៍" and "ស្ដីពី … (លើកទី៣)", "គោរពជូន" and the
addressee, "កម្មវត្ថុ៖", "យោង៖" and the opening sentence, each section a heading numbered in Khmer digits as typed
("១. សេចក្ដីសង្ខេប"), the summary as indented paragraphs, the other points after a typed "- ", "វិធានការ៖" inside a
risk's point, the closing courtesies, the lunar and solar date lines, the governor's posts and name, "ចម្លងជូន៖" and its
list); the municipal service's report typed on the coordinator's phone in Yahoo Mail for Android
(``blind38_layouts_mail``: ``X-Mailer: … YahooMailAndroidMobile``, a ``multipart/mixed`` of the text and HTML
alternatives — the HTML a ``<div dir='ltr'>`` per typed line and the app's "Sent from Yahoo Mail on Android" link —
and a photo; "Ex.mo Sr. Diretór Nasionál Protesaun Sivíl," and a line saying what follows, each section's name in
capitals, the summary as lines, the other points after "- ", "Asaun:" inside a risk's point, "Obrigadu barak.", name,
post and telephone); the director's update posted to the town's Front Porch Forum and delivered in the next morning's
digest (the same module: ``From: Front Porch Forum``, "<town> Front Porch Forum No. …", the HTML of layout tables —
header, "Issue No. … · <date>", "Good morning, neighbors!", "In this issue" with the postings' titles, then four
postings, each its title, author, role and street, its plain text with line breaks, "Reply to …" and "Reply to the
forum" —, the sponsor and the footer; the director's posting second, each section's name typed between asterisks,
"*Bottom line*", the points after "- " (not the summary's lines), "What we're doing:" inside a risk's point, "Thanks
for looking out for each other." and the name; the text part alike); the hub lead's sitrep in the "#sitreps" channel
of the hubs' Discord server, exported with DiscordChatExporter for the EOC's liaison (``blind38_layouts_chat``: HTML,
the preamble with the server, "Hub Ops / sitreps", the topic and "After … • Before …", message groups of avatar,
author and "10/16/2026 7:42 PM", each message's text in a ``chatlog__markdown-preserve`` span with raw newlines kept by
``white-space: pre-wrap``, ``**…**`` a ``<strong>``, emoji as Twemoji images with their ``alt``; the sitrep one
message — "📋 **SITREP #3 — <hub> hub — Fri 10/16**", each section's name in bold on its own line, its points after "- "
(the summary too), "Plan:" inside a risk's point (a sitrep over Discord's 2,000 characters would go as messages in a
row, each from a section's name; none does at these seeds) — with reactions, before and after it the EOC liaison's
reminder, another hub lead's note, a reply quoting the sitrep's first line and a runner's offer, then "Exported 5
message(s)"); the COD's "point de situation" posted in the crisis room of Tchap, the French state's Matrix messenger,
and exported as plain text by the zone's duty officer (the same module: a line for each event, "16/10/2026
18:42:05 - ", the sender's display name with its ministry in brackets and ": ", a body of several lines going on over
the next lines without a prefix, Markdown as typed; the report one message — "**Point de situation n°3 – COD de
l'Aude**", "Arrêté à 18h00", each section's name between "**" on its own line, the points after "- " (the summary
too), "Mesure :" inside a risk's point, "Prochain point : demain 10h00" —, among a member joining, an image by its file
name, a reply "En réponse à <@…> …" and other messages); and the municipality's report sent from GroupWise (the mail
module: ``X-Mailer: GroupWise Internet Agent 18.5.1``, GroupWise's ``Message-Id`` and "=__Part….0__=" boundary, the
HTML part MSHTML's upper-case tags in "10pt Segoe UI", a ``<DIV>`` a line, each section's name bold and underlined, the
summary as lines, the other points in ``<UL><LI>``, "Mitigation:" bold inside a risk's point, the opening line, the
signature and the confidentiality notice; the text part with the points after "* "). The generator's structure is the
gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``,
imported). The Khmer series are told apart by their names in Latin letters (``blind18_layouts_content.Romanised``).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise), agreed before any
scoring:

- Furniture is not an item and no section with heading null is in the gold: the gazette's masthead, running head,
  page numbers, the council's notices and building applications, the kicker, headline, "Stadi: …", "Stab da crisa
  communal", the "Infurmaziuns" box and the "Agenda"; the note's title, "Kia ora koutou," and the line under it, the
  photo and its file name, the "Contacts" table, "Ngā mihi," and the name; the Khmer motto, both ornaments ("3"), the
  committee's name, "លេខ៖ …", "របាយការណ៍" and "ស្ដីពី …", "គោរពជូន" and the addressee, "កម្មវត្ថុ៖", "យោង៖", the
  opening and closing sentences, both date lines, the posts, the name and "ចម្លងជូន៖" with its list; Yahoo's headers,
  the greeting, the line saying what follows, "Obrigadu barak.", the name, post, telephone, "Sent from Yahoo Mail on
  Android" and the photo; the digest's header, issue line, greeting, "In this issue" list, the other postings, the
  director's posting's title, author line, "Thanks for looking out …" and name, the "Reply" links, sponsor and
  footer; the Discord preamble, every message's author and time, the other messages, the sitrep's title line, the
  reactions, the reply and the postamble; every Tchap line's date, time and sender, the other events, the report's
  title line, "Arrêté à 18h00" and "Prochain point : …"; GroupWise's headers, the opening line, the signature and the
  notice.
- Headings as printed, all level 1: the gazette's and the note's subheads, the Khmer headings with their Khmer numbers
  ("១. សេចក្ដីសង្ខេប"), the Tetum capitals ("REZUMU"), the forum's and the chats' names without their asterisks
  ("Bottom line", "TL;DR", "Synthèse"), GroupWise's bold lines ("Key points").
- Items: each point, line or paragraph without its "•", "- " or "* ", the checklist's items without their circles; a
  point's wrapped lines are one item. Risks with their mitigation are one item, the mitigation printed with its lead
  ("Mesira:", "Action:", "វិធានការ៖", "Asaun:", "What we're doing:", "Plan:", "Mesure :", "Mitigation:"); a risk whose
  note says it will be dropped has none.
- Keys: a section gets a key only where the heading's own words name the kind of content that follows, as any reader
  would name it from the heading alone (the meanings of ``sitroom.model.SectionKey``); a heading that names only a
  topic gets None, and the scorer counts keys only where the gold names one; where a heading mixes a topic with a kind,
  the kind decides. Every heading of the set: debris flow — "Resumaziun" (summary) highlights, "Situaziun actuala"
  (current situation) situation, "Prognosa da l'aura" (weather forecast) forecast, "Donns" (damage) impacts,
  "Evacuaziun" (evacuation) None, "Vias e colliaziuns" (roads and connections) None, "Forzas d'intervenziun" (the
  forces deployed) workforce, "Custs" (costs) finance, "Ristgs" (risks) risks, "Recumandaziuns a la populaziun"
  (recommendations to the population) advice, "Proxims pass" (next steps) next-steps; marae hub — "Quick summary"
  highlights, "Where we're at" situation, "Weather" forecast (a sitrep's weather section is the outlook, and every
  point under it is one), "Damage" impacts, "Whānau staying at the marae" None, "Kai and supplies" None, "Power, water
  and phones" None, "Volunteers" workforce, "Money" finance, "Worries" risks (what the writer is worried may happen),
  "Next steps" next-steps; Mekong flood — "១. សេចក្ដីសង្ខេប" (summary) highlights, "២. ស្ថានភាពបច្ចុប្បន្ន" (current
  situation) situation, "៣. ការព្យាករណ៍អាកាសធាតុ" (weather forecast) forecast, "៤. ផលប៉ះពាល់" (impacts) impacts, "៥.
  ការជម្លៀសប្រជាពលរដ្ឋ" (evacuation of the people) None, "៦. វិស័យកសិកម្ម" (the agriculture sector) None, "៧.
  ការចែកជូនជំនួយ" (distribution of aid) assistance, "៨. កម្លាំងចុះអន្តរាគមន៍" (forces deployed) workforce, "៩. ថវិកា"
  (budget) finance, "១០. ហានិភ័យ" (risks) risks, "១១. ទិសដៅបន្ត" (further direction) next-steps; Timor floods —
  "REZUMU" (summary) highlights, "SITUASAUN ATUÁL" (current situation) situation, "PREVIZAUN TEMPU" (weather forecast)
  forecast, "ESTRAGUS" (damage) impacts, "EVAKUASAUN" (evacuation) None, "BEE MOOS NO SANEAMENTU" (clean water and
  sanitation) None, "ASISTÉNSIA HUMANITÁRIA" (humanitarian assistance) assistance, "REKURSU UMANU" (human resources)
  workforce, "ORSAMENTU" (budget) finance, "RISKU SIRA" (risks) risks, "PLANU BA LORON TUIR MAI" (plan for the coming
  days) next-steps; flash flood — "Bottom line" highlights, "Where things stand" situation, "Weather" forecast (as
  above), "Damage" impacts, "Roads and bridges" None, "Shelter" None, "Who's helping" workforce, "FEMA and money"
  finance (a topic and a kind: the kind decides), "Things we're watching" risks, "What you can do" advice, "What's
  next" next-steps; mutual aid — "TL;DR" highlights (the internet's "too long; didn't read", a summary), "Status"
  situation, "Weather" forecast, "Damage" impacts, "Supplies in / out" None, "Water" None, "Runners & volunteers"
  workforce, "Funds" finance, "Heads up" risks (warnings of what may go wrong), "Asks" None (what the hub needs given,
  neither advice nor a next step of the writer's), "Next 24h" next-steps; Mediterranean flood — "Synthèse" (summary)
  highlights, "Situation actuelle" situation, "Prévisions météo" forecast, "Bilan humain et matériel" (human and
  material toll) impacts, "Hébergement d'urgence" (emergency shelter) None, "Réseaux (électricité, eau, télécoms)"
  (networks) None, "Moyens engagés" (resources committed, the people and aircraft at work) workforce, "Coûts" finance,
  "Points de vigilance" (points to watch, the French sitrep's risks) risks, "Consignes à la population" (instructions
  to the population) advice, "Prochaines étapes" next-steps; Red River — "Key points" highlights, "Current situation"
  situation, "River forecast" forecast, "Impacts" impacts, "Dikes and pumping" None, "Road closures" None,
  "Evacuations" None, "Personnel" workforce, "Costs" finance, "Risks" risks, "Next operational period" next-steps.
- Figures as printed: "CHF 3'400", "CHF 1,25 mio.", "2'319", "12 %", "10 da fanadur", "(ultim rapport: 5)"; "$3,400",
  "$1.25m", "13 February", "(previously 5)"; Khmer digits, "៥១២.០០០ ដុល្លារ", "១,២៥ លានដុល្លារ", "៥.០១០",
  "ថ្ងៃទី១៧ ខែកញ្ញា", "(លើកមុន៖ ៥)", sentences ended with "។"; "US$ 129.000", "US$ 1,25 millaun", "2.766", "6 Marsu",
  "(relatóriu anterior: 5)"; "$55,000", "$1.25 million", "July 16", "(last update: 5)"; "$169,000", "$1.25M", "10/5",
  "(yesterday: 5)"; "2 111", "396 000 €", "1,25 M€", "14 octobre", "(point précédent : 5)"; "63,372", "$841,000",
  "$1.25 million", "April 17", "(prev. 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 79440b3, before any
change to it for this set; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-indesign-fegl-ufficial-rm       0.786      0.889      0.889      0.000      0.111      1.000      0.892
    pdf-apple-notes-hub-nz              1.000      0.938      0.938      1.000      1.000      1.000      0.918
    docx-khmer-os-pcdm-km               0.917      0.600      0.600      0.000      0.176      1.000      0.586
    eml-yahoo-android-tet               1.000      0.831      0.831      0.061      0.400      1.000      0.839
    eml-fpf-digest-emd-vt               0.000      0.000      0.000        nan      0.000        nan      0.000
    html-discord-export-aidhub-us       0.000      0.000      0.000        nan      0.267        nan      0.000
    txt-tchap-export-cod-fr             0.000      0.742      0.000      0.000      1.000      1.000      0.732
    eml-groupwise-rm-flood-ca           1.000      0.896      0.896      1.000      1.000      1.000      0.890
    TOTAL                               0.721      0.663      0.558      0.304      0.460      1.000      0.660
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-indesign-fegl-ufficial-rm       0.786      0.899      0.899      0.000      0.231      1.000      0.904
    pdf-apple-notes-hub-nz              1.000      0.965      0.965      1.000      1.000      1.000      0.952
    docx-khmer-os-pcdm-km               0.917      0.603      0.603      0.000      0.185      1.000      0.589
    eml-yahoo-android-tet               1.000      0.832      0.832      0.092      0.083      1.000      0.834
    eml-fpf-digest-emd-vt               0.000      0.000      0.000        nan      0.000        nan      0.000
    html-discord-export-aidhub-us       0.000      0.000      0.000        nan      0.250        nan      0.000
    txt-tchap-export-cod-fr             0.000      0.756      0.000      0.000      1.000      1.000      0.743
    eml-groupwise-rm-flood-ca           1.000      0.874      0.874      1.000      1.000      1.000      0.863
    TOTAL                               0.721      0.669      0.559      0.318      0.488      1.000      0.666
    96 documents, 64 report pairs linked

Faults found in this set's writers and banks, none of the gold toward the parser's output. Before any writing, the
kinds first thought of were checked against the layouts printed so far and some replaced: a Google Doc with suggestions
(blind20 printed tracked changes), a Korean county's report saved from Hancom as Word (blind25 printed the HWP
report), a HackMD note (blind22), a Facebook post printed to PDF (blind22 printed the page), a slide deck (blind22) and
a page printed from Outlook on the web (blind10 printed its messages) by the Tchap export, the GroupWise message, the
Front Porch Forum digest and the Apple Notes export; Microsoft Publisher (blind27) was printed, not InDesign; no
benchmark file names Romansh, Khmer, Tetum, Discord, Tchap, GroupWise, Front Porch Forum, Yahoo Mail, Apple Notes or
InDesign. The machines the set runs on have only the DejaVu and Liberation fonts, so the Khmer report is a Word file
(whose text needs no font) and the PDFs are in Latin letters. The documents and their gold were then written without
parsing them (a script calling each layout's writer and ``Doc.gold`` alone), and looked at — ``pdftotext`` with and
without ``-layout`` and ``pdftoppm`` for the PDFs, a LibreOffice rendering for the Word files (the Khmer drawn as boxes
for want of a font, the layout whole on two pages), the e-mail parts decoded, the HTML and text as text — and every
gold heading, item, risk and mitigation was checked to be in the extracted text (at seeds 0 and 11, all in the plain
``pdftotext`` text of the PDFs, the package's paragraphs of the Word files, both parts of every e-mail, the text of the
HTML pages and the Tchap file; with ``-layout`` the gazette's two columns interleave, 152 and 136 not found, while the
Apple Notes pages keep every item whole). The fixes of that stage: the risks of three English banks were first under
keys of their own ("worries", "watch", "headsup"), which the generator does not treat as risks (renamed "risks", the
headings staying); the gazette's columns were first justified, with small-capital subheads and a justified headline,
and ``pdftotext`` broke words out of their lines and spaced the subheads' letters ("R esumaziun", "F oRzas"), 134
items not found (ragged right and bold subheads now, as many gazettes set them); the dates and "£1.25m" before a Khmer
letter are converted by a pass without the shared patterns' word boundary, and the Khmer sentence's "." becomes "។"
only where a sentence ends, not between the thousands' digits. After the first scored run the Discord layout was
renamed from "html-discord-export-mutualaid-us" to "html-discord-export-aidhub-us" (at most 30 characters, as the
other sets' names) and the docstrings of the chat and Word modules corrected (one message, the motto centred); both
runs were repeated and gave the same figures. Nothing else was changed after the first scored run.

Failure classes seen at first sight (``-v``, seed 0). InDesign gazette: every subhead found (heading F1 0.786 only for
the furniture made headings), and no point missed, but the council's notices and building applications are headings
with items (a notice's lines joined into one item, "Parcella nr. 412, … tetg Parcella nr. 1077, …"), so are the
kicker with its letters spaced ("B O VA D A R U N C S"), the headline, "Stadi: …" and "Agenda" (its three lines one
item), "Stab da crisa communal" is an item of the last section, no Romansh heading gets a key (key 0.000), and
"Mesira:" is not read as a lead (mitigation 0.111, 0.231 at seed 11: the risks printed without one). Apple Notes: every
Heading found and keyed right and every "Action:" read (key and mitigation 1.000), but the summary's two Body lines are
one item, and the checklist's points under "Next steps" (circles drawn, no bullet character) are lost in most
documents (the "Hui …" point missed in nine of twelve). Khmer Word: every Khmer-numbered heading found (the Muol font
and numbering alone), but the Tacteing ornament "3" and "របាយការណ៍" are headings, the motto and the committee's lines
items, the addressee, subject, reference and opening sentence items of "របាយការណ៍", the courtesies, both date lines,
posts, name and the "ចម្លងជូន៖" list items of "១១. ទិសដៅបន្ត" (276 extra items, no point missed); no heading keyed
(key 0.000), and "វិធានការ៖" is not read as a lead (mitigation 0.176). Yahoo Mail: every Tetum heading in capitals
found (heading F1 1.000), the photo and the HTML part's signature link left alone, but the greeting and the line
saying what follows are items before the first heading and "Obrigadu barak.", the name, post, telephone and "Sent
from Yahoo Mail on Android" items of the last section; only "ORSAMENTU" is keyed (finance; key 0.061), and "Asaun:" is
not read (mitigation 0.400, 0.083 at seed 11). Front Porch Forum: nothing of the director's posting is read — the
only heading is the digest's "In this issue" (keyed risks), its three titles the only items, and every posting after
the list, the sitrep with it, is lost (206 points missed; heading, item and link F1 0.000). Discord: no heading found
— the export's newlines, kept only by the ``pre-wrap`` style, are not seen, so the whole sitrep is one item ("SITREP
#1 — Laurel Fork hub — Fri 10/2 TL;DR - Still no cell service …"), and the preamble's topic and dates, every author
and timestamp line, the other messages, the reply's quoted line and "Exported 5 message(s)" are items (item F1
0.000). Tchap: the lines are read one by one and every point found (item F1 0.742) with its "Mesure :" (mitigation
1.000), but no heading — each "**Synthèse**" line is an item with its asterisks, all under no heading (right heading
0.000); the export's other lines (a member joining, the image, the other messages, the report's first line with its
date, sender and title, "Arrêté à 18h00", "Prochain point : …") are all left out, the "**…**" lines the only extra
items. GroupWise: every bold-underlined heading found and keyed
right and every "Mitigation:" read (key and mitigation 1.000), the confidentiality notice left out, but the signature
(name, post, municipality, telephones) is items of the last section; "Road closures" and "Evacuations" are keyed
impacts (gold None, not counted). Figures are read as printed wherever an item is found (numbers 1.000 at both seeds),
"CHF 2'319", Khmer digits with "." thousands, "US$ 129.000", "2 111" and "396 000 €" included. The run did not crash,
and no document was refused as empty. The smoke check of ``tests/benchmarks/test_layout_sets.py``, run by hand on this
set's eight layouts after the scored runs (its test function imported and called for each layout: one series of two
reports, seed 0, ``council_layouts._scorer`` and the parser's refusals unguarded), passes; the test's ``SETS`` does
not list ``blind38_layouts`` (only this set's files were written)."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind38_layouts_chat as chat  # noqa: E402
import blind38_layouts_mail as mail  # noqa: E402
import blind38_layouts_pdf as pdf  # noqa: E402
import blind38_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind38_layouts_banks_en import FLASH_FLOOD, MARAE, MUTUAL_AID, RED_RIVER  # noqa: E402
from blind38_layouts_banks_world import DEBRIS_FLOW, INONDATION, INUNDASAUN, MEKONG  # noqa: E402
from blind38_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-indesign-fegl-ufficial-rm", "pdf", pdf.pdf_indesign_fegl_rm, publisher_wording(
        [("summary", "Resumaziun", "highlights"), ("situation", "Situaziun actuala", "situation"),
         ("forecast", "Prognosa da l'aura", "forecast"), ("damage", "Donns", "impacts"),
         ("evacuation", "Evacuaziun", None), ("roads", "Vias e colliaziuns", None),
         ("forces", "Forzas d'intervenziun", "workforce"), ("costs", "Custs", "finance"),
         ("risks", "Ristgs", "risks"), ("advice", "Recumandaziuns a la populaziun", "advice"),
         ("next", "Proxims pass", "next-steps")]),
        "Rapport dal stab da crisa nr. {n} – {org}", DEBRIS_FLOW.series, restyle=partial(localise, lang="rm")),
    Layout("pdf-apple-notes-hub-nz", "pdf", pdf.pdf_apple_notes_nz, publisher_wording(
        [("summary", "Quick summary", "highlights"), ("situation", "Where we're at", "situation"),
         ("weather", "Weather", "forecast"), ("damage", "Damage", "impacts"),
         ("whanau", "Whānau staying at the marae", None), ("kai", "Kai and supplies", None),
         ("power", "Power, water and phones", None), ("volunteers", "Volunteers", "workforce"),
         ("money", "Money", "finance"), ("risks", "Worries", "risks"), ("next", "Next steps", "next-steps")]),
        "Hub update {n} – {org}", MARAE.series, restyle=partial(localise, lang="nz")),
    Layout("docx-khmer-os-pcdm-km", "docx", word.docx_khmer_pcdm, publisher_wording(
        [("summary", "១. សេចក្ដីសង្ខេប", "highlights"), ("situation", "២. ស្ថានភាពបច្ចុប្បន្ន", "situation"),
         ("forecast", "៣. ការព្យាករណ៍អាកាសធាតុ", "forecast"), ("impacts", "៤. ផលប៉ះពាល់", "impacts"),
         ("evacuation", "៥. ការជម្លៀសប្រជាពលរដ្ឋ", None), ("agriculture", "៦. វិស័យកសិកម្ម", None),
         ("aid", "៧. ការចែកជូនជំនួយ", "assistance"), ("forces", "៨. កម្លាំងចុះអន្តរាគមន៍", "workforce"),
         ("budget", "៩. ថវិកា", "finance"), ("risks", "១០. ហានិភ័យ", "risks"),
         ("next", "១១. ទិសដៅបន្ត", "next-steps")]),
        "របាយការណ៍ស្ដីពីស្ថានភាពទឹកជំនន់ លើកទី{n} – {org}", MEKONG.series, restyle=partial(localise, lang="km")),
    Layout("eml-yahoo-android-tet", "eml", mail.eml_yahoo_android_tet, publisher_wording(
        [("rezumu", "REZUMU", "highlights"), ("situasaun", "SITUASAUN ATUÁL", "situation"),
         ("previzaun", "PREVIZAUN TEMPU", "forecast"), ("estragus", "ESTRAGUS", "impacts"),
         ("evakuasaun", "EVAKUASAUN", None), ("bee", "BEE MOOS NO SANEAMENTU", None),
         ("asistensia", "ASISTÉNSIA HUMANITÁRIA", "assistance"), ("rekursu", "REKURSU UMANU", "workforce"),
         ("orsamentu", "ORSAMENTU", "finance"), ("risks", "RISKU SIRA", "risks"),
         ("planu", "PLANU BA LORON TUIR MAI", "next-steps")]),
        "Relatóriu Situasaun Inundasaun Nu. {n} – {org}", INUNDASAUN.series, restyle=partial(localise, lang="tet")),
    Layout("eml-fpf-digest-emd-vt", "eml", mail.eml_fpf_digest_vt, publisher_wording(
        [("summary", "Bottom line", "highlights"), ("situation", "Where things stand", "situation"),
         ("weather", "Weather", "forecast"), ("damage", "Damage", "impacts"),
         ("roads", "Roads and bridges", None), ("shelter", "Shelter", None),
         ("helpers", "Who's helping", "workforce"), ("money", "FEMA and money", "finance"),
         ("risks", "Things we're watching", "risks"), ("advice", "What you can do", "advice"),
         ("next", "What's next", "next-steps")]),
        "Flood update #{n} – {org}", FLASH_FLOOD.series, restyle=partial(localise, lang="vt")),
    Layout("html-discord-export-aidhub-us", "html", chat.html_discord_export_us, publisher_wording(
        [("tldr", "TL;DR", "highlights"), ("status", "Status", "situation"), ("weather", "Weather", "forecast"),
         ("damage", "Damage", "impacts"), ("supplies", "Supplies in / out", None), ("water", "Water", None),
         ("runners", "Runners & volunteers", "workforce"), ("funds", "Funds", "finance"),
         ("risks", "Heads up", "risks"), ("asks", "Asks", None), ("next", "Next 24h", "next-steps")]),
        "Sitrep #{n} – {org}", MUTUAL_AID.series, restyle=partial(localise, lang="wnc")),
    Layout("txt-tchap-export-cod-fr", "txt", chat.txt_tchap_export_fr, publisher_wording(
        [("synthese", "Synthèse", "highlights"), ("situation", "Situation actuelle", "situation"),
         ("meteo", "Prévisions météo", "forecast"), ("bilan", "Bilan humain et matériel", "impacts"),
         ("hebergement", "Hébergement d'urgence", None), ("reseaux", "Réseaux (électricité, eau, télécoms)", None),
         ("moyens", "Moyens engagés", "workforce"), ("couts", "Coûts", "finance"),
         ("risks", "Points de vigilance", "risks"), ("consignes", "Consignes à la population", "advice"),
         ("etapes", "Prochaines étapes", "next-steps")]),
        "Point de situation n°{n} – {org}", INONDATION.series, restyle=partial(localise, lang="fr")),
    Layout("eml-groupwise-rm-flood-ca", "eml", mail.eml_groupwise_mb, publisher_wording(
        [("key", "Key points", "highlights"), ("situation", "Current situation", "situation"),
         ("forecast", "River forecast", "forecast"), ("impacts", "Impacts", "impacts"),
         ("dikes", "Dikes and pumping", None), ("roads", "Road closures", None),
         ("evacuations", "Evacuations", None), ("personnel", "Personnel", "workforce"),
         ("costs", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next operational period", "next-steps")]),
        "Flood Situation Report #{n} – {org}", RED_RIVER.series, restyle=partial(localise, lang="mb")),
)  # fmt: skip


SEED_OFFSET = 3900  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
