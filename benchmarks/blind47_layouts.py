"""Sitreps of eight more publishers in layouts nobody tuned for, a forty-eighth blind, first-sight measure.

    python benchmarks/blind47_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A forty-eighth set beside ``council_layouts.py`` … ``blind46_layouts.py``, written from what eight more publishers
send and not from what the parser expects (the parser's code was not read to write it), this time eight publishers
writing in English — in England, Ireland, Australia, Canada, South Africa, the United States, India and New Zealand —
in the ordinary tools a coordinator receives them from: English further education college groups after crumbling
concrete (RAAC) was found in their buildings (``blind47_layouts_word``, python-docx: the group's Word template, the
page header a table of three cells — the logo picture, "RAAC Situation Report" and the group's name, the date, report
number and version —, "OFFICIAL-SENSITIVE" and "Page 1 of 3" in the footer, a "Prepared by … Circulation …" line in
italics, then each section a Heading 1 over a two-column table "Update | RAG", a row per point with "G", "A" or "R"
in a cell shaded green, amber or red, the risks a table Risk | RAG | Control measures, "Next report: …" at the end);
Irish county councils fighting gorse fires on the hills (``blind47_layouts_flow``: a Word template filled in by a
flow from the crisis management team's list — the council's name in Irish and English in the header, the template's
title, a table of particulars whose values are plain-text content controls, each section's name a locked content
control in Heading 2 and its points a repeating section content control (``w15:repeatingSection``) of one item per
entry, a risk's item two controls, the risk and "Actions: …", the template's "Other matters" left at its grey
placeholder "Click or tap here to enter text.", the approver in a control at the end); an Australian state's
biosecurity teams in a fruit fly outbreak (``blind47_layouts_web``: the incident's wiki page exported to PDF — the
space's header and "Page 1 of 2", the page's title, a page properties table with a coloured status lozenge and the
incident controller as a mention, a blue info panel with its "i" icon, the table of contents macro listing the
sections as links, ``<h2>`` sections, "Treatment:" in bold, the next steps a task list with its check boxes);
Canadian cities in an extreme cold spell (the same module: a classic SharePoint wiki page saved from the browser as a
complete web page — suite bar, ribbon, site logo, top navigation, search box, page title with its breadcrumb and
quick launch around the wiki field, a layouts table holding the editor's content: a small table of the operational
period, EOC activation and next update, ``<h2 class="ms-rteElement-H2">`` sections, "Mitigation:" in bold, every
paragraph and point opening with the editor's zero-width space —, "Last modified at … by …" under it, the ASP.NET
form's hidden fields and scripts); South African metropolitan municipalities in a bulk water shutdown
(``blind47_layouts_print``, reportlab: the joint operations centre's sheet printed to PDF landscape with gridlines
and row and column headings — the band of column letters A … F and the row numbers down the left, the header row 5
printed again at the top of the next page (10 of 12 reports run to two pages at seed 0, 9 at seed 11), the sheet's
name "Sitrep" at the head, the workbook's path and "Page 1 of 2" at the foot, the title, municipality and date in
rows 1 to 3, then a row per point: its number "2.1", the workstream in a cell merged down over its rows and centred
in it, the update wrapped in its cell, the status on its fill, the responsible directorate and, in a risk's row, the
"Mitigation / intervention" cell); American hospital systems short of IV fluids (the same module: a page of the
supply chain team's notebook exported to PDF — the page title over a thin rule with the date and time under it, the
main note container with each section in the notebook's "Heading 2" style, "Action:" in bold, a star tag drawn before
the most serious risk once one has escalated, the next steps "To Do" tagged with their check boxes drawn, a "Pasted
from <…>" line under the supply status, and a second container of contacts and links beside the first at the top of
the page); Indian district disaster management authorities in a heat wave (``blind47_layouts_mail``: a plain-text
e-mail from the government's mail service, quoted-printable, the report typed as the office writes a letter — "To,"
the addressee, "Sub:", "Ref:", "Respected Sir/Madam,", the submitting line, each section's name in capitals with a
colon, the points "(i)", "(ii)" broken by hand with their lines set under their text, "Action taken:", "Yours
faithfully,", "(Sd/-)", the officer, a "Copy to:" list and the service's long legal footer between dashed rules); and
New Zealand public health services in a whooping cough outbreak (the Word module: a public service briefing saved as
PDF by LibreOffice ``soffice --headless --convert-to pdf`` — "IN CONFIDENCE" at the head of every page, the service's
name, "Briefing" and the title, a table of particulars, "Purpose" and its paragraph, then each section a bold heading
with its paragraphs numbered by Word's list on through the whole briefing, "1." for the purpose, "2." and on after
it, "What we are doing:" in bold, a "Recommendations" table of what the group is asked to note and agree — "Noted",
"Agree / Disagree" —, the Medical Officer of Health's name, post and date). College groups in a RAAC closure,
councils in gorse fires, biosecurity teams, cities' cold weather wiki pages, municipalities' sheets in a water
shutdown, hospital systems' notebooks, district authorities' heat wave letters and public health briefings are kinds
no earlier set printed. Each layout is one kind of publisher; its four series are four organisations of that kind,
their content from this set's banks (``blind47_layouts_banks_north``, ``blind47_layouts_banks_south``) through the
generator's churn model, printed in each publisher's conventions (``blind47_layouts_content``). The generator's
structure is the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer.

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the college's header table, footer, "Prepared by" line, the tables' header rows and RAG cells and "Next
report: …"; the council's header and footer, title, particulars table, "Other matters" with its placeholder and the
approver; the wiki export's header and foot, page title, page properties table, info panel and table of contents; the
SharePoint page's chrome, its operational period table and "Last modified …" line; the sheet's column letters and row
numbers, its head and foot, rows 1 to 4, the header row, the No., Status and Responsible cells; the notebook page's
title, date and time, the contacts container and the "Pasted from <…>" line; the letter's addressee, "Sub:", "Ref:",
salutation, submitting line, closing, signature, "Copy to:" list and the legal footer; the briefing's header and
footer, title, particulars table, "Purpose" and its paragraph, "Recommendations" with its table, and the signature.
Headings as printed, all level 1 (the heat wave letter's in capitals, without their colons). Items: each point,
paragraph, cell or row without its bullet, check box or number — Word's "2." before a briefing paragraph and the typed
"(i)" of the letter are not part of the text —; a risk with its mitigation is one item printed with its lead
("Actions:", "Treatment:", "Mitigation:", "Action:", "Action taken:", "What we are doing:") or, in the college's risks
table and the municipality's sheet (``risk_table``), as the risk's cell with its Control measures or Mitigation /
intervention cell the mitigation ("–" or an empty cell where a risk has none). Keys: summary highlights (whatever its
name: "Summary", "At a glance", "In brief", "What's changed", "Executive summary", "Bottom line", "BRIEF", "Key
points"), situation situation, impacts impacts, the two topic sections None, help assistance, staff workforce, money
finance, risks risks, next steps next-steps ("Looking ahead", "Way forward", "ACTION PROPOSED" too), in every
publisher. Figures as printed: "£3,400", "£1.25m", "16 March", "(was 5)"; "€3,400", "€1.25m", "16 April", "(last
update: 5)"; "$1.25 million", "16 March", "(previous report: 5)"; "January 16", "(last update: 5)"; "R3 400", "R1,25
million", "1 250", "(previous: 5)"; "October 16", "(last report: 5)"; "1,25,000", "Rs. 3,40,000", "Rs. 12.5 lakh",
"16th April", "(previous report: 5)"; "$1.25m", "(last update: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit d7719c8, the commit
this set was branched from, before any change to it for this set, the worktree's own ``src`` first on the path; the
columns narrowed):

    layout                               heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-update-rag-tables-raac-gb            1.000      1.000      1.000      0.913      1.000      1.000      1.000
    docx-flow-template-gorse-ie               0.952      1.000      1.000      1.000      1.000      1.000      1.000
    pdf-wiki-export-fruit-fly-au              0.833      0.941      0.941      1.000      1.000      1.000      0.937
    html-sharepoint-wiki-cold-ca              1.000      1.000      1.000      0.888      1.000      1.000      1.000
    pdf-sheet-print-headings-water-za         0.528      0.345      0.100      0.394      0.306      0.924      0.331
    pdf-notebook-export-iv-fluids-us          0.952      0.886      0.886      1.000      1.000      1.000      0.880
    eml-nic-plaintext-heat-wave-in            1.000      1.000      1.000      0.735      1.000      1.000      1.000
    pdf-soffice-briefing-pertussis-nz         0.769      0.938      0.938      1.000      1.000      1.000      0.934
    TOTAL                                     0.876      0.820      0.763      0.883      0.883      0.993      0.821
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                               heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-update-rag-tables-raac-gb            1.000      1.000      1.000      0.873      1.000      1.000      1.000
    docx-flow-template-gorse-ie               0.952      1.000      1.000      1.000      1.000      1.000      1.000
    pdf-wiki-export-fruit-fly-au              0.833      0.934      0.934      1.000      1.000      1.000      0.929
    html-sharepoint-wiki-cold-ca              1.000      1.000      1.000      0.860      1.000      1.000      1.000
    pdf-sheet-print-headings-water-za         0.505      0.305      0.086      0.330      0.000      0.887      0.279
    pdf-notebook-export-iv-fluids-us          0.952      0.888      0.888      1.000      1.000      1.000      0.882
    eml-nic-plaintext-heat-wave-in            1.000      1.000      1.000      0.722      1.000      1.000      1.000
    pdf-soffice-briefing-pertussis-nz         0.769      0.939      0.939      1.000      1.000      1.000      0.937
    TOTAL                                     0.877      0.830      0.785      0.873      0.825      0.992      0.834

Before writing, the kinds were checked against the layouts printed so far: Issue | Update | RAG tables under each
heading (``blind_layouts``' ``word-outline-rag``), Word templates of content controls (``blind6``, ``blind20``'s
Latvian template with its placeholders), tracked changes and comments (``blind3``, ``blind20``), a press release with
"ENDS" and "Notes to editors" (``blind14``), pages printed from Outlook on the web (``blind10``, ``blind38``),
OneNote pages sent by e-mail (``blind23``), Confluence's HTML and Word exports (``blind6``, ``blind45``), SharePoint
news pages (``html-sharepoint-news``), sheets printed with merged cells (``pdf-calc-merged-regantes-es``) and saved
as CSV (``blind46``), Impress notes pages (``blind41``) and Indian reports in PDF (``blind14``,
``pdf-eoffice-lumpy-skin-in``) were printed before, so each layout here differs in its kind, channel or tool: no
benchmark file named a header table of logo, title and date cells, a repeating section content control, a wiki's PDF
export, a classic SharePoint wiki page (``ms-rteElement``), a sheet printed with its row and column headings, a
notebook page exported to PDF, a government mail service's letter with its legal footer, a briefing numbered on
through its paragraphs, RAAC, gorse fires, fruit fly, extreme cold, a bulk water shutdown, an IV fluid shortage, an
Indian district's heat wave or whooping cough (heatwaves were printed before, in Australia and Canada). The fonts
needed are Liberation Sans ("ā" of "whānau") and DejaVu Sans (the task list's "☐"). The documents and gold were
written without parsing them and looked at (``pdftotext`` and ``pdftoppm`` pages, the Word files through LibreOffice,
the e-mail decoded, the page's text): every gold heading, item, risk and mitigation is in the extracted text at seeds
0 and 11. Fixes of that stage: the letter's points broken over two lines repeated their "(i)" on the second (36 gold
texts missing at seed 0); a workstream of one row whose name takes two lines ran over the row's gridlines (the rows
are now as tall as the name), and every sheet fitted one page at 8.5 pt so the repeated header row never printed (the
sheet is now in 10 pt); "Overview", first the summary's name in three publishers, is what the project's own key set
calls the situation (``SectionKey.SITUATION``): those summaries are now "At a glance", "In brief" and "Executive
summary"; the page fields of the footers were in the body's size and the college's header table closed its header
with no paragraph after it. The figures above are those of the final code.

Failure classes seen at first sight (``-v``, seed 0):

- Printed sheet: the column letters, row numbers and references are read as text — "10 4.1", "12 5.1", "2.1 7" become
  headings or items —, a wrapped cell's lines part ("work is finished.", "(previous: 344)." items of their own, so
  the figures of those points are cut, numbers 0.924), a two-line workstream is two headings ("Reservoirs and" and
  "towers", "Support to" and "communities", "1.1 Executive" in 4 reports), every Responsible cell an item, the
  title's rows items before the first heading and the workbook's path an item of "Way forward"; the Mitigation /
  intervention cells are items of their own, not the risks' mitigations (0.306; 0.000 at seed 11), and most points
  fall under a wrong heading (right hd. 0.100).
- Briefing: every numbered paragraph read without its number and under its heading (the purpose left out), but the
  Recommendations table is read as headings — "a) note the contents of this briefing", "Noted", "b) agree that …",
  "Agree / Disagreec)" with "c) note that a further update …" its item — and "It is recommended that the Regional
  Leadership Group:" an item of "Recommendations" (heading F1 0.769).
- Wiki export: the page properties table's labels and status are headings ("Incident" with the incident's name its
  item, "Status", "RESPONSE") and the info panel's "i" icon is a heading over the panel's text, in all 12 reports; the
  table of contents is left out, every section, point and "Treatment:" read right.
- Notebook page: the contacts container beside the title is read first — "Contacts and links" a heading and its lines
  items of "Bottom line" — and the "Pasted from <…>" line an item of "Supply status" (12 of 12); every heading, point,
  tag and "Action:" read right otherwise.
- Flow-filled template: every control read in place, the repeating sections' items and "Actions:" right (1.000), but
  the placeholder section "Other matters" is kept as an empty heading (heading F1 0.952).
- Heat wave letter: read whole and right, the letter's parts and the legal footer left out, "(i)" set aside; "BRIEF"
  and "MANPOWER DEPLOYED" not keyed, "ACTION PROPOSED" keyed actions.
- College template and SharePoint page: read whole and right (1.000), the header table, RAG cells, chrome and tables
  left out; "Learner support" not keyed, "What's changed" not keyed.

Figures are read as printed wherever an item is found whole. The run did not crash, no document was refused and each
seed's run took about 35 seconds (the LibreOffice and WeasyPrint conversions most of it).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind47_layouts_flow as flow  # noqa: E402
import blind47_layouts_mail as mail  # noqa: E402
import blind47_layouts_print as printed  # noqa: E402
import blind47_layouts_web as web  # noqa: E402
import blind47_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind47_layouts_banks_north import COLD, FLUIDS, GORSE, RAAC  # noqa: E402
from blind47_layouts_banks_south import FRUIT_FLY, HEAT, PERTUSSIS, SHUTDOWN  # noqa: E402
from blind47_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-update-rag-tables-raac-gb", "docx", word.docx_update_rag_raac_gb, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Where we are", "situation"),
         ("imp", "Impact on learners", "impacts"), ("ta", "Estates and surveys", None),
         ("tb", "Teaching and exams", None), ("help", "Learner support", "assistance"),
         ("staff", "People", "workforce"),
         ("money", "Money", "finance"), ("risks", "Issues for escalation", "risks"),
         ("next", "Looking ahead", "next-steps")]),
        "RAAC situation report {n} – {org}", RAAC.series, risk_table=True, restyle=partial(localise, lang="gb")),
    Layout("docx-flow-template-gorse-ie", "docx", flow.docx_flow_template_ie, publisher_wording(
        [("hl", "At a glance", "highlights"), ("sit", "Fire situation", "situation"),
         ("imp", "Impact on communities", "impacts"), ("ta", "Firefighting on the hills", None),
         ("tb", "Roads and access", None), ("help", "Supports for residents", "assistance"),
         ("staff", "Crews and resources", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next actions", "next-steps")]),
        "Situation report {n} – Gorse fires – {org}", GORSE.series, restyle=partial(localise, lang="ie")),
    Layout("pdf-wiki-export-fruit-fly-au", "pdf", web.pdf_wiki_export_au, publisher_wording(
        [("hl", "In brief", "highlights"), ("sit", "Current status", "situation"),
         ("imp", "Impacts on growers and the community", "impacts"), ("ta", "Surveillance and treatment", None),
         ("tb", "Movement controls", None), ("help", "Support for industry", "assistance"),
         ("staff", "Our people", "workforce"), ("money", "Funding", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Fruit fly outbreak – situation report {n} – {org}", FRUIT_FLY.series, restyle=partial(localise, lang="au")),
    Layout("html-sharepoint-wiki-cold-ca", "html", web.html_sharepoint_wiki_ca, publisher_wording(
        [("hl", "What's changed", "highlights"), ("sit", "Current situation", "situation"),
         ("imp", "Impacts", "impacts"), ("ta", "Warming centres", None), ("tb", "Street outreach", None),
         ("help", "Supports for residents", "assistance"), ("staff", "Staffing", "workforce"),
         ("money", "Financial", "finance"), ("risks", "Risks and mitigations", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Extreme Cold Sitrep {n} – {org}", COLD.series, restyle=partial(localise, lang="ca")),
    Layout("pdf-sheet-print-headings-water-za", "pdf", printed.pdf_sheet_print_za, publisher_wording(
        [("hl", "Executive summary", "highlights"), ("sit", "Supply status", "situation"),
         ("imp", "Impact on residents", "impacts"), ("ta", "Reservoirs and towers", None),
         ("tb", "Water tankers", None), ("help", "Support to communities", "assistance"),
         ("staff", "Teams on site", "workforce"), ("money", "Cost", "finance"), ("risks", "Risks", "risks"),
         ("next", "Way forward", "next-steps")]),
        "Bulk water shutdown – daily situation report {n} – {org}", SHUTDOWN.series, risk_table=True,
        restyle=partial(localise, lang="za")),
    Layout("pdf-notebook-export-iv-fluids-us", "pdf", printed.pdf_notebook_export_us, publisher_wording(
        [("hl", "Bottom line", "highlights"), ("sit", "Supply status", "situation"),
         ("imp", "Clinical impact", "impacts"), ("ta", "Conservation measures", None),
         ("tb", "Substitutions", None), ("help", "Support for sites and patients", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "IV Fluid Shortage – Sitrep {n} – {org}", FLUIDS.series, restyle=partial(localise, lang="us")),
    Layout("eml-nic-plaintext-heat-wave-in", "eml", mail.eml_nic_plaintext_in, publisher_wording(
        [("hl", "BRIEF", "highlights"), ("sit", "PRESENT STATUS", "situation"), ("imp", "IMPACT", "impacts"),
         ("ta", "DRINKING WATER", None), ("tb", "HEALTH", None), ("help", "RELIEF MEASURES", "assistance"),
         ("staff", "MANPOWER DEPLOYED", "workforce"), ("money", "FUNDS", "finance"),
         ("risks", "AREAS OF CONCERN", "risks"), ("next", "ACTION PROPOSED", "next-steps")]),
        "Daily situation report No. {n} – Heat wave – {org}", HEAT.series, restyle=partial(localise, lang="in")),
    Layout("pdf-soffice-briefing-pertussis-nz", "pdf", word.pdf_soffice_briefing_nz, publisher_wording(
        [("hl", "Key points", "highlights"), ("sit", "Where we are", "situation"),
         ("imp", "Impact on whānau and services", "impacts"), ("ta", "Vaccination", None),
         ("tb", "Case and contact follow-up", None), ("help", "Support for communities", "assistance"),
         ("staff", "People", "workforce"), ("money", "Money", "finance"), ("risks", "Risks", "risks"),
         ("next", "Looking ahead", "next-steps")]),
        "Briefing: pertussis outbreak update {n} – {org}", PERTUSSIS.series, restyle=partial(localise, lang="nz")),
)  # fmt: skip


SEED_OFFSET = 4800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=36)


if __name__ == "__main__":
    main()
