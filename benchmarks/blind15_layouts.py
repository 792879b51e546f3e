"""Sitreps of eight more publishers in layouts nobody tuned for, a sixteenth blind, first-sight measure.

    python benchmarks/blind15_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixteenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind14_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it), mostly in English, one in Spanish. Each layout
is one kind of publisher; its four series are four organisations of that kind, their content from phrase banks of
this set (``blind15_layouts_banks_*``, run through the generator's churn model, so items continue, change, close
and appear from report to report): an NHS integrated care board's daily "System Sitrep" in Word built from tables
(the ICB's name and "SYSTEM SITREP" white on NHS blue in a one-row banner table, a Date / Time / System OPEL /
Sitrep no. / Prepared by grid, a "RAG summary" of Area | RAG | Trend with filled RAG cells, then headings that are
only bold body text "1. System Summary", the points paragraphs numbered by hand "1.1", "1.2" with a hanging
indent, "Actions to mitigate:" in bold inside a risk's paragraph, "Approved by:", "Distribution:" and "Next
sitrep:" lines, "OFFICIAL-SENSITIVE" in the page header, "System Sitrep 3 – 20/12/2024 Page 1 of 2" in the
footer; "1,250", "12%", "18 December"); the Irish HSE region's weekly "Winter Pressures Report" in Word (the HSE's
name in Irish and English in the page header, the region and the title in bold, "Week 2 | Reporting period: …", a
Key indicator | This week | Last week table, each heading white in a green one-cell band table, the points
lettered by hand "(a)", "(b)" with a hanging indent, "Controls in place:" in bold inside a risk's paragraph,
"Prepared by:" and the REO's office; "1,250", "€3,400", "€1.25m", "(previous week: 5)", "6 January"); the IFRC's
"DREF Operation Update" on a national society's flood response as a PDF (the IFRC's mark, the title, the country
and hazard, a grid of the appeal's details, "Description of the Event", an italic "Table 1: Needs – …" caption
over a Sector | People in need | People targeted table, "Detailed Operational Plan" over red sector sub-headings
each with a Budget / Targeted persons strip, an Indicator | Target | Actual table and "Progress towards
outcome" over paragraphs, the risks a Risk | Mitigation action table under "Operational Risk Assessment", the
"Contact information" block, the appeal code and "Page 1 of 2" in the footer; "1,250", "CHF 312,456", "11
March"); a US state health department's weekly measles update as a landscape dashboard PDF (a navy band with
"Measles Outbreak – 2025", the department and "Updated Friday, February 21, 2025", on the first page a row of four
KPI boxes, then the sections flowing down three columns under navy headings, "•" points, a County | Cases table
with a Total row under the epidemiology, "Current mitigation:" in bold inside a risk's point, the data note and
web address and "Page 1" in the footer; "1,250", "12%", "February 21"); a local resilience forum's Strategic
Coordinating Group sitrep on a loss of water supply kept in Excel and printed to PDF (landscape, the forum's name
and "SCG SITUATION REPORT" in merged cells, an Incident / Sitrep no. / Date/time / Class. block, then a Ref |
Area | Update | RAG | Lead agency grid whose header rows repeat on each page, the area named only in the first of
its rows, each update a cell, a risk's "Control measures:" on a new line inside its cell, RAG cells filled, the
workbook's path, the sheet's name and "Page 1 of 2"; "1,250", "12%", "(was 5)", "10/06/2024 14:00"); a Canadian
province's wildfire service's "Wildfire Situation Update" web page (the government header and menu,
breadcrumbs, the ``<h1>``, "Last updated: July 22, 2024 at 10:15 a.m. PDT", a "Report a wildfire" call-out, each
section a ``<details>`` accordion with its heading in the ``<summary>``, only the first open, ``<ul>`` points,
"What's being done:" in bold inside a risk's point, an "Evacuation orders and alerts" table, "Was this page
helpful?" and the footer; "1,250", "July 22", "(up from 5 yesterday)"); a UK university's "Incident Bulletin"
e-mailed to all students and staff from a bulk mailer (an HTML newsletter of nested tables: a maroon banner, a
grey "Bulletin 3 | Tuesday 5 November 2024, 17:00" strip, the covering line, each heading large bold maroon type
in a ``<span>`` in a row of its own over ``<p>`` paragraphs, "What we are doing:" in bold inside a risk's
paragraph, a "Where to get help" table, the Incident Director's name and the mailing footer; the plain part with
capitals headings and "* " points; "1,250", "£250", "(up from 5 since the last bulletin)", "7 November"); and a
Latin American national civil protection agency's "Informe de situación" on its WordPress site (header, menu,
breadcrumbs, the ``<h1>``, "Publicado el 17 de septiembre de 2024 | 06:00 horas", share links, an Elementor
accordion of ``<div>`` tab titles "1. SITUACIÓN GENERAL" over ``hidden`` tab contents of ``<p>`` paragraphs,
"Acciones:" in bold inside a risk's paragraph, an "Afectación por departamento" table with a Total row, the
emergency number, tags and the footer; "1.250", "12 %", "$3.400", "18 de septiembre", "(informe anterior: 5)").
The generator's structure is the gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the ICB's page header, banner
  table, details grid, "RAG summary" and its table (labels and ratings, not items), "Approved by:",
  "Distribution:", "Next sitrep:" and the footer; the HSE report's page header, region and title lines, "Week …
  | Reporting period: …", the key indicators table, "Prepared by:", the office line and footer; the DREF update's
  mark, title, country line, details grid, the needs caption and table, each sector's budget strip, indicator
  table and "Progress towards outcome" label (a label of the template, not a heading), the risk table's column
  headings, the contact information block (heading included: the operation's reference, not its content) and
  footer; the measles dashboard's band, KPI boxes, county table, data note and footer; the SCG grid's title
  cells, details block, column headings, Ref, RAG and Lead agency cells, the path, sheet name and page footer;
  the wildfire page's header, menu, breadcrumbs, ``<h1>``, "Last updated: …", the "Report a wildfire" call-out
  (the same on every page of the service), the evacuation table, "Was this page helpful?" and the footer; the
  bulletin's banner, stamp strip, covering line, help table, the Incident Director's name and the mailing footer;
  the informe's header, menu, breadcrumbs, ``<h1>``, "Publicado el …", share links, the table, the emergency
  number line, tags and footer.
- Headings are printed as the reader sees them, with their typed numbers ("1. System Summary", "1. SITUACIÓN
  GENERAL"). Level 1, but the DREF sectors ("Shelter, Housing and Settlements" … "Protection, Gender and
  Inclusion"): level 2 under "Detailed Operational Plan", a level-1 heading without items of its own. The SCG
  grid's Area cells are its headings (once per area, in the first row); the wildfire ``<summary>`` and the
  informe's tab titles are headings though their contents are folded away on screen (the contents are in the
  page and are the report).
- Items: each paragraph, point, grid Update cell or tab paragraph is one item, without its hand-typed number
  ("1.1", "(a)") or marker ("•", "* ").
- Risks with their mitigation are one item, the mitigation printed with its lead: "Actions to mitigate:"
  (bold), "Controls in place:" (bold), "Control measures:" (on a new line of the risk's cell), "Current
  mitigation:" (bold), "What's being done:" (bold), "What we are doing:" (bold), "Acciones:" (bold). In the DREF
  update the risks are rows of a table: the item is the Risk cell, its mitigation the Mitigation action cell.
- Keys: "1. System Summary", "Key Points", "Current Situation Highlights" and "Summary" highlights; "2. Acute
  Hospitals" and "3. Community, Primary Care and Social Care" (ICB: the state of the system's services),
  "1. Overview", "Description of the Event", "Epidemiology", "Situation", "Fire Activity" and "1. SITUACIÓN
  GENERAL" situation; "Weather Outlook" forecast; "2. Acute Hospitals" (HSE), "Health and Social Care",
  "Schools and Education", "Teaching and assessment", "2. AFECTACIÓN" and "3. INFRAESTRUCTURA VIAL" impacts;
  "3. Community Services", "4. Vaccination", the DREF's Health, Water, Sanitation and Hygiene and Protection,
  Gender and Inclusion, "Public Health Response" and "4. ACCIONES DE RESPUESTA" response; "6. Actions" actions;
  "Shelter, Housing and Settlements", "Welfare and Bottled Water", "Evacuation Orders and Alerts" and "Support for
  students" assistance; "4. Workforce" and "Resources Assigned" workforce; "The building" recovery; every risk
  heading risks; "Public Exposure Locations", "Guidance for Clinicians and the Public", "Warning and Informing"
  and "6. RECOMENDACIONES A LA POBLACIÓN" communications; "6. Actions for the Next 24 Hours" next-steps.
- Figures as printed in the publisher's conventions: "1,250", "12%", "£1.25m", "18 December" British and
  Irish ("€3,400", "€1.25m"); "1,250", "CHF 3,400", "11 March" IFRC; "1,250", "$3,400", "February 21" US and
  "July 22" Canadian; "1.250", "12 %", "$3.400", "18 de septiembre" Latin American.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    docx-sitrep-icb                 0.632    0.852          0.852  0.630        0.115    1.000    0.845
    docx-winter-hse                 1.000    0.957          0.957  0.705        1.000    1.000    0.952
    pdf-dref-ifrc                   0.721    0.245          0.215  0.284        0.941    1.000    0.229
    pdf-measles-us                  0.973    0.892          0.892  0.750        0.158    1.000    0.890
    pdf-scg-lrf                     0.000    1.000          0.000  0.000        1.000    1.000    0.994
    html-wildfire-ca                0.923    0.958          0.958  0.257        0.056    1.000    0.955
    eml-bulletin-uni                0.000    0.734          0.000  0.000        1.000    1.000    0.723
    html-informe-latam              0.000    0.000          0.000    nan        0.000      nan    0.000
    TOTAL                           0.665    0.658          0.463  0.390        0.546    1.000    0.643

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    docx-sitrep-icb                 0.632    0.852          0.852  0.623        0.136    1.000    0.840
    docx-winter-hse                 1.000    0.959          0.959  0.683        1.000    1.000    0.957
    pdf-dref-ifrc                   0.721    0.249          0.228  0.329        1.000    1.000    0.224
    pdf-measles-us                  0.986    0.903          0.903  0.696        0.000    1.000    0.881
    pdf-scg-lrf                     0.000    1.000          0.000  0.000        1.000    1.000    1.000
    html-wildfire-ca                0.923    0.957          0.957  0.291        0.526    1.000    0.956
    eml-bulletin-uni                0.000    0.708          0.000  0.000        1.000    1.000    0.692
    html-informe-latam              0.000    0.000          0.000    nan        0.000      nan    0.000
    TOTAL                           0.666    0.658          0.478  0.399        0.547    1.000    0.641

No writer was changed after the first run: the documents were looked at (rendered pages of the PDFs, the Word
files through LibreOffice, the e-mail's plain part and the pages' text) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): content folded away or set in layout tables is where the
parse goes wrong, then furniture read as content, then leads and keys; the HSE report (headings in one-cell band
tables, items lettered by hand) is read right but for its reporting-period line. Lost content: the informe's
Elementor accordion — tab titles in ``<div>``s over ``hidden`` tab contents — is read as six items under no
heading, their typed numbers stripped ("SITUACIÓN GENERAL" for "1. SITUACIÓN GENERAL"), and every paragraph of
the tab contents is left out (all figures 0 in every document). Headings not seen: the SCG grid's Area cells
("Situation", "Risks and Issues") are never taken for headings, so every Update cell is an item under no heading
(item F1 1.000, section item F1 0.000), though the Ref, RAG and Lead agency cells are rightly left out; the
university bulletin's headings, large bold maroon ``<span>`` type in table rows of their own ("Summary", "What
we are keeping an eye on"), are read as items under no heading, with every paragraph. Layout tables read as
headings or items: the ICB's RAG summary table is read as a section "RAG summary" whose Area cells become
headings ("System Summary", "Acute Hospitals", "Workforce", "Risks and Mitigations") with the other Area cells
as their items ("Community, Primary Care and Social Care", "Actions for the Next 24 Hours"); the DREF update's
details grid, budget strips and indicator tables are read as items of the sections ("Budget: CHF 73,144",
"Targeted persons: 5,352", "Indicator", "Target", "Actual", "# of people reached (shelter)", "3,568"), and
each sector's template label is joined to its first paragraph ("Progress towards outcome 1,667 households
received shelter toolkits …"), so that paragraph is missed; the measles dashboard's KPI boxes are read as
items and headings ("Confirmed cases", "Hospitalized", "Deaths" as items, the values "1" and "0" as headings
over "Counties with cases" and "Deaths"). Column breaks: a measles risk point that runs from one column into the
next is cut in two ("… Current mitigation: School-based clinics and exclusion of" | "unvaccinated students
after exposure."). Furniture kept: the DREF update's mark line, title and "Malawi | Floods" as headings, its
"Contact information" as a section with "At the Malawi Red Cross Society" as a heading and the contacts as items;
the ICB's "Distribution:" and "Next sitrep:" lines as headings with their values as items; the HSE report's
"Week 3 | Reporting period: …" line as an item; the wildfire page's "Report a wildfire" call-out as a heading
with its phone line as an item; the bulletin's covering line and the Incident Director's signature as items.
Leads: "Actions to mitigate:" (bold, ICB), "Current mitigation:" (bold, measles) and "What's being done:" (bold,
wildfire) are almost never taken for a mitigation; "Controls in place:", "Control measures:" on a new line of a
cell, "What we are doing:" and the DREF's Mitigation action column are. Keys: "Current Situation Highlights" is
taken for situation, "Fire Activity" for activity, "Resources Assigned" for guidance, "Evacuation Orders and
Alerts" for impacts, "Guidance for Clinicians and the Public" for guidance, "Detailed Operational Plan" for
next-steps, "Contact information" for contact; "2. Acute Hospitals" and "3. Community, Primary Care and Social
Care" (ICB), "2. Acute Hospitals" and "3. Community Services" (HSE), "Description of the Event", "Shelter,
Housing and Settlements", "Water, Sanitation and Hygiene", "Protection, Gender and Inclusion" and "Public
Exposure Locations" get none. Numbers are read as printed wherever items are read ("€1.25m", "CHF 312,456").
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind15_layouts_grid as grid  # noqa: E402
import blind15_layouts_mail as mail  # noqa: E402
import blind15_layouts_pdf as pdf  # noqa: E402
import blind15_layouts_web as web  # noqa: E402
import blind15_layouts_word as word  # noqa: E402
from blind15_layouts_banks_uk import HSE, ICB, LRF, UNI  # noqa: E402
from blind15_layouts_banks_world import DREF, MEASLES, PROTECCION, WILDFIRE  # noqa: E402
from blind15_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

PLAN = "Detailed Operational Plan"

LAYOUTS = (
    Layout("docx-sitrep-icb", "docx", word.docx_sitrep_icb, publisher_wording(
        [("summary", "1. System Summary", "highlights"), ("acute", "2. Acute Hospitals", "situation"),
         ("community", "3. Community, Primary Care and Social Care", "situation"),
         ("workforce", "4. Workforce", "workforce"), ("risks", "5. Risks and Mitigations", "risks"),
         ("next", "6. Actions for the Next 24 Hours", "next-steps")]),
        "System Sitrep {n} – {org}", ICB.series, restyle=partial(localise, lang="icb")),
    Layout("docx-winter-hse", "docx", word.docx_winter_hse, publisher_wording(
        [("overview", "1. Overview", "situation"), ("hospitals", "2. Acute Hospitals", "impacts"),
         ("community", "3. Community Services", "response"), ("vaccination", "4. Vaccination", "response"),
         ("risks", "5. Risks", "risks"), ("actions", "6. Actions", "actions")]),
        "Winter Pressures Report – {org}", HSE.series, restyle=partial(localise, lang="ie")),
    Layout("pdf-dref-ifrc", "pdf", pdf.pdf_dref_ifrc, publisher_wording(
        [("description", "Description of the Event", "situation"),
         ("shelter", "Shelter, Housing and Settlements", "assistance", PLAN), ("health", "Health", "response", PLAN),
         ("wash", "Water, Sanitation and Hygiene", "response", PLAN),
         ("pgi", "Protection, Gender and Inclusion", "response", PLAN),
         ("risks", "Operational Risk Assessment", "risks")]),
        "DREF Operation Update – {org} – {service}", DREF.series, risk_table=True,
        restyle=partial(localise, lang="ifrc")),
    Layout("pdf-measles-us", "pdf", pdf.pdf_measles_us, publisher_wording(
        [("key", "Key Points", "highlights"), ("epi", "Epidemiology", "situation"),
         ("response", "Public Health Response", "response"),
         ("exposures", "Public Exposure Locations", "communications"), ("risks", "Risks and Mitigation", "risks"),
         ("guidance", "Guidance for Clinicians and the Public", "communications")]),
        "Measles Outbreak Update – {org}", MEASLES.series, restyle=partial(localise, lang="us")),
    Layout("pdf-scg-lrf", "pdf", grid.pdf_scg_lrf, publisher_wording(
        [("situation", "Situation", "situation"), ("welfare", "Welfare and Bottled Water", "assistance"),
         ("health", "Health and Social Care", "impacts"), ("education", "Schools and Education", "impacts"),
         ("risks", "Risks and Issues", "risks"), ("media", "Warning and Informing", "communications")]),
        "SCG Situation Report {n} – {org}", LRF.series, restyle=partial(localise, lang="lrf")),
    Layout("html-wildfire-ca", "html", web.html_wildfire_ca, publisher_wording(
        [("highlights", "Current Situation Highlights", "highlights"), ("fire", "Fire Activity", "situation"),
         ("weather", "Weather Outlook", "forecast"), ("resources", "Resources Assigned", "workforce"),
         ("evacuations", "Evacuation Orders and Alerts", "assistance"), ("risks", "Challenges and Risks", "risks")]),
        "Wildfire Situation Update – {org}", WILDFIRE.series, restyle=partial(localise, lang="ca")),
    Layout("eml-bulletin-uni", "eml", mail.email_bulletin_uni, publisher_wording(
        [("summary", "Summary", "highlights"), ("students", "Support for students", "assistance"),
         ("teaching", "Teaching and assessment", "impacts"), ("estates", "The building", "recovery"),
         ("risks", "What we are keeping an eye on", "risks")]),
        "Incident Bulletin {n}: {service}", UNI.series, restyle=partial(localise, lang="uni")),
    Layout("html-informe-latam", "html", web.html_informe_latam, publisher_wording(
        [("situation", "1. SITUACIÓN GENERAL", "situation"), ("affected", "2. AFECTACIÓN", "impacts"),
         ("roads", "3. INFRAESTRUCTURA VIAL", "impacts"), ("actions", "4. ACCIONES DE RESPUESTA", "response"),
         ("risks", "5. RIESGOS", "risks"), ("recommendations", "6. RECOMENDACIONES A LA POBLACIÓN", "communications")]),
        "Informe de situación No. {n} – {service}", PROTECCION.series, restyle=partial(localise, lang="es")),
)  # fmt: skip


SEED_OFFSET = 1600  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
