"""Sitreps of eight more publishers in layouts nobody tuned for, a forty-sixth blind, first-sight measure.

    python benchmarks/blind45_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A forty-sixth set beside ``council_layouts.py`` … ``blind44_layouts.py``, written from what eight more publishers send
and not from what the parser expects (the parser's code was not read to write it), this time where the structure is
drawn rather than marked — a ruled table over a page break, two flowing columns with a box, a Word table printed by
an office suite, a form's grid of labels, a page of boxes — and in two everyday channels: Irish port companies after
an oil spill in the harbour (``blind45_layouts_pdf``, reportlab: the Harbour Master's report, the day's harbour chart
with its caption, then the risk register as a table drawn with ruling lines, Risk | Likelihood | Impact | Mitigation
| Owner, each row's Mitigation cell its risk's, running over a page break with the header row printed again — in 20
of the 24 reports at seeds 0 and 11); Friulian mountain communities after a windstorm, writing in Friulian — a
language no earlier set printed — (the same module: a newsletter in two columns under a masthead band, the text
flowing from the first column into the second under a shaded "Il fortunâl in numars" box of four big figures, a
picture and its caption, headings in green capitals, the summary as bold lead paragraphs, "Misuris:" in bold);
Kashubian rural communes after a cloudburst, writing in Kashubian — no earlier set printed it — (``blind45_layouts_
word``: Word with the sections a table of two columns, the name in a shaded cell and the points in Word's bullet
list beside it, the header row "Dzél" | "Òpisënk" set to repeat, saved as PDF by LibreOffice ``soffice --headless
--convert-to pdf``); Fijian provincial offices after a cyclone, writing in Fijian — no earlier set printed it —
(``blind45_layouts_forms``: a report form, a ruled grid of bilingual labels and values — "Naba ni leqa / Incident
ref.", "Ituvaki / Status", "Gauna ni ripote / Reporting period" … — and a row of tick boxes above the sections, each a
boxed field under a shaded bar, the signature grid at the end); German municipal utilities after a cyberattack
(``blind45_layouts_word``: a Confluence page exported with "Export to Word", a ``.doc`` that is a MIME message of
Word-flavoured HTML — "Subject: Exported From Confluence", the page properties table with its status lozenge and user
mention, a warning macro, ``<h2>`` sections, the attached picture as a ``file:///C:/…tmp`` part); northern Canadian
hamlets in a spring breakup flood (``blind45_layouts_web``: a note exported from Evernote for Windows as HTML, the
note's attributes table, every line a ``<div>``, bold 13pt lines as headings); English county highway authorities in
a week of snow (``blind45_layouts_forms``: a winter service placemat, one A3 landscape page of boxes in three rows,
each section a box under a coloured bar with a status dot); and American county emergency management after a tornado
(``blind45_layouts_web``: a message on a Basecamp project as Basecamp e-mails it, plain text and HTML, Trix's
``<h1>`` headings, the poster's line, category and title above and Basecamp's reply and subscription lines below).
Port companies, mountain communities, Kashubian communes, Fijian provincial offices, municipal utilities, northern
hamlets, highway authorities' placemats and Basecamp's notifications are kinds no earlier set printed. Each layout is
one kind of publisher; its four series are four organisations of that kind, their content from this set's banks
(``blind45_layouts_banks_new``, ``blind45_layouts_banks_other``) through the generator's churn model, printed in each
publisher's conventions (``blind45_layouts_content``). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s with blind24's scorer.

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the port company's running head, title, "Issued …" line, chart and caption, the register's header row,
ratings and owners, the foot's address and "Page 1 of 2"; the newsletter's masthead band, the numbers box, the
picture and caption, running head and foot; the commune's page header, title, "stón na dzéń …" and "Do:" lines, the
table's header row, "Przigòtowôł:" and the name, the page number; the form's title lines, the grid of particulars,
the alert level's tick boxes, the signature grid and the form's foot; the Confluence export's MIME and Word wrapping,
title, page properties table, warning macro and picture; Evernote's exporter lines, title, attributes table, "Sent
to:" line and the officer's name and post; the placemat's title band, "OFFICIAL", the status dots, the duty officer's
line and "Next placemat"; Basecamp's poster line, "Announcement", the message's title, the greeting, the line saying
what follows, the sign-off, the reply and subscription lines and the link. Headings as printed, all level 1 (the
newsletter's in capitals). Items: each point, paragraph, line or cell paragraph without its bullet; a risk with its
mitigation is one item, printed with its lead ("Misuris:", "Dzejania:", "Na cava e caka tiko:", "Gegenmaßnahme:",
"Action taken:", "Action:", "Mitigation steps:") or, in the port company's register (``risk_table``), as the risk's
cell with its Mitigation cell the mitigation ("–" where a risk has none). Keys: summary highlights, situation
situation, impacts impacts, the two topic sections None, help assistance, staff workforce, money finance, risks
risks, next steps next-steps, in every publisher. Figures as printed: "€3,400", "€1.25m", "16 March"; "3.400 €",
"1,25 milions di €", "16 di novembar", "(bolletin precedent: 5)"; "3 400 zł", "1,25 mln zł", "1 250", "16 lëpinca";
"$1.25 milioni", "16 ni Janueri", "(ripote sa oti: 5)"; "1,25 Mio. €", "12 %", "16. Februar"; "May 16"; "£1.25m";
"April 16", "(previous update: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 884f690, before any
change to it for this set, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                               heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-ruled-register-port-ie                1.000      0.994      0.994      0.793      1.000      1.000      0.997
    pdf-newsletter-columns-fur                0.975      0.962      0.946      0.245      0.457      1.000      0.961
    pdf-soffice-section-table-csb             0.952      0.917      0.917      0.306      1.000      1.000      0.911
    pdf-form-grid-cyclone-fj                  0.712      0.749      0.420      0.086      0.097      1.000      0.744
    doc-confluence-word-cyber-de              1.000      0.968      0.968      1.000      1.000      1.000      0.966
    html-evernote-export-breakup-ca           1.000      0.912      0.912      0.852      1.000      1.000      0.907
    pdf-placemat-a3-snow-gb                   1.000      1.000      1.000      0.763      1.000      1.000      1.000
    eml-basecamp-message-tornado-us           0.952      0.792      0.792      1.000      1.000      1.000      0.780
    TOTAL                                     0.938      0.906      0.857      0.639      0.825      1.000      0.901
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                               heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-ruled-register-port-ie                1.000      1.000      1.000      0.795      1.000      1.000      1.000
    pdf-newsletter-columns-fur                0.967      0.951      0.919      0.181      0.200      1.000      0.949
    pdf-soffice-section-table-csb             0.952      0.947      0.947      0.276      1.000      1.000      0.946
    pdf-form-grid-cyclone-fj                  0.708      0.740      0.541      0.056      0.000      1.000      0.732
    doc-confluence-word-cyber-de              1.000      0.970      0.970      1.000      1.000      1.000      0.968
    html-evernote-export-breakup-ca           1.000      0.915      0.915      0.877      1.000      1.000      0.910
    pdf-placemat-a3-snow-gb                   1.000      1.000      1.000      0.748      1.000      1.000      1.000
    eml-basecamp-message-tornado-us           0.952      0.797      0.797      1.000      1.000      1.000      0.791
    TOTAL                                     0.936      0.908      0.876      0.632      0.850      1.000      0.904

Before writing, the kinds were checked against the layouts printed so far: a risk table whose row a page break cuts
(README's risk tables), two-column PDFs (``council_layouts``' ``pdf-two-column``), "In numbers" boxes, Word's
sections-as-table (``council_layouts``), details tables under a title, Confluence's HTML export (``blind6``),
Notion, Teams and PowerPoint handouts were printed before, so each layout here differs in its kind, channel or
language: no benchmark file named Friulian, Kashubian, Fijian, Evernote, Basecamp, a placemat, a port authority or
Confluence's Word export. The fonts needed are Liberation Sans (for "â", "ł", "ż", "€") and DejaVu Sans (the tick
boxes "☐", "☒"). The documents and gold were written without parsing them and looked at (``pdftotext``, ``pdftoppm``
pages, the e-mails' and the ``.doc``'s parts decoded, the HTML rendered): every gold heading, item, risk and
mitigation is in the extracted text at seeds 0 and 11 (one newsletter point a report at each seed only in its own
column's text, the plain extraction interleaving the two columns' lines). Fixes of that stage: the register first
never crossed a page — its heading, kept with the table, moved the whole table over — so the heading is no longer
kept with it, the register follows the impacts under the day's chart and holds five to seven risks with fuller
mitigations; the English risks were reworded "The risk of …" (an escalation read "… is increasing" after a bare
noun phrase); "1 slipways" in the bank; the newsletter's headings were first printed in capitals against a gold in
lower case (the wording is in capitals now); the picture's trunks ran out of its frame. The figures above are those
of the final code.

Failure classes seen at first sight (``-v``, seed 0):

- Fijian form: the grid's labels are headings ("Naba ni leqa / Incident ref.", "Yasana / Province" keyed areas, "Na
  leqa / Hazard" keyed risks) with their values as items, and the boxed fields are read out of order — every box's
  points fall under the alert level's line ("Kalasi ni leqa / Alert level: ☐", keyed next-steps) and the ten shaded
  titles follow as empty headings (right hd. 0.420); "Na cava e caka tiko:" is not split off (mitigation 0.097) and
  no Fijian heading is keyed.
- Basecamp: "… posted a new message in Tornado Recovery" is a heading with "Announcement", the message's title, the
  greeting and the line saying what follows its items; the sign-off, "Reply to this email …", the link and "You're
  getting this email …" are items of "Next steps" (item F1 0.792); every Trix heading and point is found, every key
  right.
- Friulian newsletter: the summary's bold lead paragraphs are lost or taken apart — the two-line lead "Dai … di
  otubar la Comunitât e à il centri operatîf viert …" is left out wherever it stands (8 of 12), a lead wrapped with
  its comparison is a heading "I volontaris a son intervignûts 75 voltis (bolletin" (keyed workforce) over "precedent:
  66).", and "IN CURT" itself is missing in 3 —; the columns and the box are read rightly otherwise, the box's
  figures left out; "Misuris:" split off in under half the risks (0.457, 0.200 at seed 11); only "VOLONTARIS E
  PERSONÂL" and "SPESIS" keyed.
- Kashubian Word table: each cell's name and points are read as a section, but wherever the summary has two plain
  paragraphs in its cell they are joined into one item, and "Przigòtowôł:" is a heading with the maker's name its
  item (heading F1 0.952); only "Pòmòc lëdzóm" and "Zagrożenia" keyed.
- Ruled register: every risk and every Mitigation cell read across the page break (mitigation 1.000); the repeated
  header's "Risk" an item of the register in three reports; "Shoreline clean-up" keyed impacts, "Harbour users" and
  "Responders" not keyed.
- Confluence's Word export: read as a message of HTML, every heading, point and "Gegenmaßnahme:" right, the page
  properties table left out; the warning macro's "VERTRAULICH – …" an item before the first heading; "Wiederherstellung
  der Systeme" keyed recovery (None in the gold, not judged).
- Evernote: the attributes table left out, "Sent to: …" an item before the first heading and the officer's name and
  "SAO" items of "Next steps"; "River and ice" not keyed, "Water and sewage" keyed impacts in some reports.
- Placemat: every box read in the order of the rows (item F1 1.000); "Network condition" not keyed, "Vulnerable
  people" keyed impacts (assistance).

Figures are read as printed wherever an item is found (numbers 1.000). The run did not crash, no document was refused
and each seed's run took about 35 seconds (the LibreOffice conversions most of it).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind45_layouts_forms as forms  # noqa: E402
import blind45_layouts_pdf as pdf  # noqa: E402
import blind45_layouts_web as web  # noqa: E402
import blind45_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind45_layouts_banks_new import CAGILABA, FORTUNAL, ULEWA  # noqa: E402
from blind45_layouts_banks_other import BREAKUP, CYBER, PORTS, TORNADO, WINTER  # noqa: E402
from blind45_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-ruled-register-port-ie", "pdf", pdf.pdf_ruled_register_ie, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Incident status", "situation"),
         ("imp", "Environmental impact", "impacts"), ("risks", "Risk register", "risks"),
         ("ta", "Shipping and berths", None), ("tb", "Shoreline clean-up", None),
         ("help", "Harbour users", "assistance"), ("staff", "Responders", "workforce"), ("money", "Costs", "finance"),
         ("next", "Next steps", "next-steps")]),
        "Pollution incident situation report {n} – {org}", PORTS.series, risk_table=True,
        restyle=partial(localise, lang="ie")),
    Layout("pdf-newsletter-columns-fur", "pdf", pdf.pdf_newsletter_columns_fur, publisher_wording(
        [("hl", "IN CURT", "highlights"), ("sit", "LA SITUAZION", "situation"), ("imp", "I DAMS", "impacts"),
         ("ta", "STRADIS E BOSCS", None), ("tb", "LÛS E TELEFON", None), ("help", "JUTORI AE INT", "assistance"),
         ("staff", "VOLONTARIS E PERSONÂL", "workforce"), ("money", "SPESIS", "finance"),
         ("risks", "PERICUI", "risks"), ("next", "I PROSSIMS PAS", "next-steps")]),
        "Bolletin dal fortunâl n. {n} – {org}", FORTUNAL.series, restyle=partial(localise, lang="fur")),
    Layout("pdf-soffice-section-table-csb", "pdf", word.pdf_soffice_section_table_csb, publisher_wording(
        [("hl", "Nôwôżniészé", "highlights"), ("sit", "Sytuacjô", "situation"), ("imp", "Szkòdë", "impacts"),
         ("ta", "Drodżi i mòstë", None), ("tb", "Wòda i prąd", None), ("help", "Pòmòc lëdzóm", "assistance"),
         ("staff", "Lëdze w akcji", "workforce"), ("money", "Kòszta", "finance"), ("risks", "Zagrożenia", "risks"),
         ("next", "Pòstãpné kroczi", "next-steps")]),
        "Rapòrt ò sytuacji nr {n} – Ùlewa i pòwódz – {org}", ULEWA.series, restyle=partial(localise, lang="csb")),
    Layout("pdf-form-grid-cyclone-fj", "pdf", forms.pdf_form_grid_fj, publisher_wording(
        [("hl", "Vakamacala lekaleka", "highlights"), ("sit", "Na ituvaki", "situation"),
         ("imp", "Na veika e vakacacani", "impacts"), ("ta", "Na sala kei na wavu", None),
         ("tb", "Na wai kei na livaliva", None), ("help", "Na veivuke", "assistance"),
         ("staff", "Na tamata cakacaka", "workforce"), ("money", "Na ilavo", "finance"),
         ("risks", "Na leqa e rawa ni yaco", "risks"), ("next", "Na ka me caka", "next-steps")]),
        "Ripote ni Ituvaki naba {n} – Cagilaba – {org}", CAGILABA.series, restyle=partial(localise, lang="fj")),
    Layout("doc-confluence-word-cyber-de", "doc", word.doc_confluence_word_de, publisher_wording(
        [("hl", "Zusammenfassung", "highlights"), ("sit", "Lage", "situation"), ("imp", "Auswirkungen", "impacts"),
         ("ta", "Wiederherstellung der Systeme", None), ("tb", "Kundenservice", None),
         ("help", "Unterstützung für Kunden", "assistance"), ("staff", "Personal", "workforce"),
         ("money", "Kosten", "finance"), ("risks", "Risiken", "risks"), ("next", "Nächste Schritte", "next-steps")]),
        "Lagebericht Nr. {n} – Cyberangriff – {org}", CYBER.series, restyle=partial(localise, lang="de")),
    Layout("html-evernote-export-breakup-ca", "html", web.html_evernote_export_ca, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "River and ice", "situation"), ("imp", "Impacts", "impacts"),
         ("ta", "Roads and airstrip", None), ("tb", "Water and sewage", None),
         ("help", "Help for residents", "assistance"), ("staff", "Staff and volunteers", "workforce"),
         ("money", "Costs", "finance"), ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Breakup flood update {n} – {org}", BREAKUP.series, restyle=partial(localise, lang="ca")),
    Layout("pdf-placemat-a3-snow-gb", "pdf", forms.pdf_placemat_a3_gb, publisher_wording(
        [("hl", "Headlines", "highlights"), ("sit", "Network condition", "situation"),
         ("imp", "Impact on the public", "impacts"), ("ta", "Gritting", None),
         ("tb", "Footways and town centres", None), ("help", "Vulnerable people", "assistance"),
         ("staff", "Crews", "workforce"), ("money", "Budget", "finance"), ("risks", "Risks and issues", "risks"),
         ("next", "Next 48 hours", "next-steps")]),
        "Winter service placemat {n} – {org}", WINTER.series, restyle=partial(localise, lang="gb")),
    Layout("eml-basecamp-message-tornado-us", "eml", web.eml_basecamp_message_us, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current situation", "situation"), ("imp", "Impacts", "impacts"),
         ("ta", "Debris removal", None), ("tb", "Roads", None), ("help", "Help for residents", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Tornado recovery update {n} – {org}", TORNADO.series, restyle=partial(localise, lang="us")),
)  # fmt: skip


SEED_OFFSET = 4600  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=36)


if __name__ == "__main__":
    main()
