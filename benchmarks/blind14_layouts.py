"""Sitreps of eight more publishers in layouts nobody tuned for, a fifteenth blind, first-sight measure.

    python benchmarks/blind14_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A fifteenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind13_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it), this time all in English and from the wider
English-writing world. Each layout is one kind of publisher; its four series are four organisations of that kind,
their content from phrase banks of this set (``blind14_layouts_banks_*``, run through the generator's churn
model, so items continue, change, close and appear from report to report): an Australian state emergency
service's "Operational Update" on an East Coast Low as a PDF (an orange band with the service's mark and
"OPERATIONAL UPDATE #3", the event and "Issued: 0600 hrs AEDT …", a boxed "KEY MESSAGES" panel across the page,
then the sections in two balanced columns under orange capitals over a rule, "•" points, "Treatment:" in bold
inside a risk's point, a Unit | RFAs (24 hrs) | Flood rescues | Total RFAs table with a Total row kept whole and
so often set at the top of the other column beside the first sections, "Authorised by …", "OFFICIAL" at the top
and foot of each page, the SES and Triple Zero line and "Page 1 of 1"; "1,250", "12%", "5 March"); an Indian
state disaster management department's "Daily Flood Situation Report" as a PDF in Times (the government, the
department and the State Emergency Operation Centre centred with its address, "No. SEOC/FLOOD/2024/003" and
"Date: 13.07.2024", the title underlined, "(As on … at 10:00 hrs)", numbered bold headings "1. General
Situation", each point a hanging "(i)", "(ii)" paragraph, under "3. Extent of Damage" the line "District-wise
details are given below:" and a Sl. No. | Name of District | … table with a Total row, "Action taken:" bold and
underlined inside an area of concern, "Sd/-" and the signatory, the memo number and a numbered "Copy forwarded
to:" list, "- 2 -" at the top of later pages; the lakh grouping "24,00,000", "12%", "15.07.2024"); a Philippine
province's disaster risk reduction and management office's "Situational Report" on a tropical storm as a PDF
(two seals beside "Republic of the Philippines", the province and the office, a double rule, "SITUATIONAL
REPORT NO. 03", "re: Preparedness Measures and Effects of …", "as of 6:00 AM, …", Roman-numbered bold headings,
"II. EFFECTS" over indented lettered sub-headings "A. Affected Population" …, points numbered "1." afresh in each
section, an affected population table by municipality with a TOTAL row and "Source: …" / "Note: …" lines under
it, "Actions taken:" in bold inside a concern's point, a Prepared by / Noted by table, the office and "Page 1
of 2" in the footer; "1,250", "PHP 1.25 million", "October 24"); a Kenyan county department of health's
"Cholera Outbreak Situation Report" in Word (the county's coat of arms as a picture over the county, the
department and the division, the title, a Sitrep No. / Date / Epi week table, numbered Heading 1 headings, Word
bullets, the epidemiological summary on a landscape page of its own with a Sub-county | New cases | … | Status
table and its Total row, "3. Response Activities" a Pillar | Activities undertaken table whose bold pillar cells
head the bullets beside them, "Way forward:" in bold inside a challenge's bullet, the next steps in Word's
numbered list, "Prepared by" / "Approved by" / contact lines and "Page 1 of 3"; "1,250", "12%", "16th March");
a US county public health department's "Respiratory Illness Weekly Situation Report" in Word (the department
and its program in the page header, the title and the reporting period in bold navy body type, a "Key Points"
text box as Word writes it — DrawingML in ``mc:AlternateContent`` with its VML fallback, the content in both —,
a "Table 1. Key surveillance indicators" of this week, the previous week and the trend, headings that are only
bold navy body text, Word bullets, "Mitigation strategy:" in bold inside a risk's bullet, the data sources and
contact lines in small italics, "Data are provisional and subject to change." and "Page 1 of 2" in the footer;
"1,250", "12%", "March 16"); a New Zealand civil defence emergency management group's ECC "Situation Report" typed
into the CIMS sitrep form in Word on landscape pages (the group and "IN-CONFIDENCE" in the page header,
"SITUATION REPORT" and the form's name, a four-column grid of grey label cells and values, then each section a
box: a teal label cell over a cell of Word bullets, which Word may break across a page, the lifelines' Utility |
Status | Comment grid nested inside the lifelines box, the risks a Risk / Issue | Likelihood | Consequence |
Mitigation | Owner table under a merged label cell, the priorities numbered, the Controller's signature grid,
"Page 1 of 2" in the footer; "1,250", "12%", "16 February"); a South African municipality's disaster management
centre's situation report sent from Outlook (Word's HTML: "Good day Colleagues,", the covering line, the title
and "Date: … | Time: 12h00" in bold, numbered capitals headings "3. IMPACTS" in bold navy body type, Outlook's
Symbol-font "·" bullets behind ``<![if !supportLists]>``, a Ward | Households affected | People displaced |
Shelter table with a TOTAL row under the impacts, the risks a Risk | Mitigation | Responsible table, "Kind
regards", the signature with the 24-hour call centre and the e-mail disclaimer; the plain part with "-" points
and "|" rows; "1 250", "R3 400", "R1,25 million", "08h00"); and a British gas distribution network's incident
page on its website, written like a press release (the cookie banner, a "Smell gas?" strip, header, menu and
breadcrumbs, the ``<h1>``, "Published: … · Last updated: …", a "Latest update" callout in an ``<aside>``,
``<h2>`` headings over paragraphs, a "Where to find us" table of welfare locations, "How we're managing it:" in
bold inside a risk's paragraph, an "Incident timeline" ``<ol>`` of entries "8 December, 11:30 – …" newest first,
"ENDS", "Notes to editors" with the company's boilerplate and the press office, share links and the footer;
"1,250", "(up from 77 yesterday)", "12 December"). The generator's structure is the gold; the scorer and
linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the operational update's band,
  event, "Issued: …" line, "Table 1: …" caption and table (figures of the items, not items), "Authorised by …",
  "OFFICIAL" and the footer; the flood report's government, department, centre and address lines, "No. …" and
  "Date: …", the title, "(As on …)", the line "District-wise details are given below:" (the table's lead-in, a
  caption) and the district table, "Sd/-", the signatory, the memo number, "Copy forwarded to:" and its numbered
  list, "- 2 -"; the situational report's seals, masthead, title, "re: …" and "as of …" lines, the population
  table with its "Source: …" and "Note: …" lines, the signature table and footer; the cholera report's arms,
  masthead lines, title, details table, "Table 1: …" caption and the sub-county table, "Prepared by", "Approved
  by" and the contact, the page header and footer; the weekly report's page header, title, reporting period
  line, "Table 1. …" and the indicator table, the data sources and contact lines, the footer; the NZ form's page
  header, title line, details grid, the lifelines grid (labels and a status, not items), the risk table's column
  headings, Likelihood, Consequence, Mitigation and Owner cells (the mitigation is the risk's, below), the
  signature grid and footer; the e-mail's greeting, covering line, title, "Date: … | Time: …", the ward table,
  the risk table's column headings and Responsible cells, "Kind regards", the signature and disclaimer; the gas
  page's cookie banner, emergency strip, header, menu, breadcrumbs, ``<h1>``, "Published: …", the welfare
  locations table, "ENDS", the "Notes to editors" (the company's boilerplate for journalists, not the incident),
  the press office line, share links and footer.
- Headings are printed as the reader sees them, with their typed numbers ("1. General Situation", "I.
  SITUATION OVERVIEW", "3. IMPACTS"). Level 1, but for the Philippine "A. Affected Population" … "D. …" under
  "II. EFFECTS" and the Kenyan pillars ("Coordination" … "Risk Communication and Community Engagement", the row
  labels of the pillar table, which head the bullets beside them) under "3. Response Activities": level 2, their
  parent a level-1 heading without items of its own. The key messages box's and the text box's title ("KEY
  MESSAGES", "Key Points") and the gas page's callout title ("Latest update") are headings of sections of their
  own (they carry sentences); the NZ form's teal label cells and the risk table's merged label cell are the
  headings of the form's sections.
- Items: each point, numbered paragraph, table-cell bullet or paragraph is one item, without its marker ("•",
  "(ii)", "1.", "·", "-"). A timeline entry is one item with its date and time ("8 December, 11:30 – We began …"):
  the stamp is part of the entry as printed, and the same in every report.
- Risks with their mitigation are one item, the mitigation printed with its lead: "Treatment:" (bold), "Action
  taken:" (bold, underlined), "Actions taken:" (bold), "Way forward:" (bold), "Mitigation strategy:" (bold), "How
  we're managing it:" (bold). In the NZ form and the e-mail the risks are rows of a table: the item is the risk
  cell, its mitigation the Mitigation cell of its row ("–" where the risk has none).
- Keys: "KEY MESSAGES", "1. Highlights", "Key Points" and "Latest update" highlights; "SITUATION", "1. General
  Situation", "I. SITUATION OVERVIEW", "2. Epidemiological Summary", "Surveillance Summary", "Situation Summary",
  "2. SITUATION OVERVIEW" and "Incident timeline" situation (the timeline tells how the incident came about and
  stands); "WEATHER AND FLOOD OUTLOOK", "2. Rainfall and River Situation" and "1. WEATHER WARNING" forecast; "3.
  Extent of Damage", the four "II. EFFECTS" sub-sections (lifelines too: roads, power and sea travel cut are what
  the storm did), "Healthcare System Impact", "Outbreaks in Congregate Settings", "Lifelines and
  Infrastructure", "3. IMPACTS" and "Who is affected" impacts; "OPERATIONAL ACTIVITY", "4. Rescue and Relief
  Operations" (rescue and relief camps run by the response), "III. RESPONSE ACTIONS AND INTERVENTIONS", the four
  response pillars, "Vaccination and Treatment", "Response Activities" and "4. RESPONSE" response; "What we're
  doing" actions; "EVACUATIONS", "Welfare" and "Support for customers" assistance; "RESOURCES" and "5. Deployment
  of NDRF / SDRF" workforce; "RISKS AND TREATMENTS", "6. Areas of Concern", "IV. ISSUES AND CONCERNS", "4.
  Challenges", "Risks and Mitigation Strategies", "Risks and Issues", "5. RISKS AND MITIGATION" and "What could
  slow us down" risks; "7. Advisories and Public Awareness", "Risk Communication and Community Engagement",
  "Communications" and "Public Information" communications; "5. Next Steps", "Next Steps", "Priorities for Next
  Operational Period" and "6. WAY FORWARD" next-steps.
- Figures as printed in the publisher's conventions: "1,250", "12%", "$3,400", "5 March" Australian;
  "24,00,000" (lakh), "12%", "Rs. 250 lakh", "15.07.2024" Indian; "1,250", "PHP 1.25 million", "October 24"
  Philippine; "1,250", "12%", "16th March" Kenyan; "1,250", "12%", "March 16" US; "1,250", "16 February" New
  Zealand; "1 250", "R3 400", "R1,25 million" South African; "1,250", "(up from 77 yesterday)", "9 December" British.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-opupdate-au                 0.969    0.877          0.826  0.487        0.316    1.000    0.873
    pdf-flood-report-in             0.634    0.519          0.282  0.535        1.000    1.000    0.495
    pdf-sitrep-ph                   1.000    0.965          0.965  0.823        1.000    1.000    0.962
    docx-cholera-ke                 1.000    1.000          1.000  0.670        0.375    1.000    1.000
    docx-weekly-us                  1.000    1.000          1.000  0.636        1.000    1.000    1.000
    docx-sitrep-nz                  0.043    0.916          0.000  0.000        0.269    1.000    0.919
    eml-dmc-za                      0.857    0.930          0.930  1.000        1.000    1.000    0.926
    html-incident-gb                0.625    0.621          0.621  0.198        1.000    1.000    0.605
    TOTAL                           0.726    0.839          0.684  0.557        0.736    1.000    0.830

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-opupdate-au                 0.950    0.862          0.783  0.431        0.188    1.000    0.857
    pdf-flood-report-in             0.650    0.512          0.302  0.543        1.000    1.000    0.481
    pdf-sitrep-ph                   1.000    0.964          0.964  0.855        1.000    1.000    0.956
    docx-cholera-ke                 1.000    1.000          1.000  0.598        0.000    1.000    1.000
    docx-weekly-us                  1.000    1.000          1.000  0.607        1.000    1.000    1.000
    docx-sitrep-nz                  0.037    0.924          0.000  0.000        0.304    1.000    0.922
    eml-dmc-za                      0.857    0.932          0.932  1.000        1.000    1.000    0.928
    html-incident-gb                0.625    0.642          0.642  0.154        1.000    1.000    0.616
    TOTAL                           0.728    0.832          0.676  0.529        0.699    1.000    0.821

No writer was changed after the first run: the documents were looked at (rendered pages of the PDFs, the Word
files through LibreOffice, the e-mail's parts and the page's source) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): tables and form cells are where the
parse goes wrong, then furniture read as content, then leads and keys; the Word report with a text box, the
Word report with a landscape page and a pillar table, and the e-mail's tables are read right. Tables and cells:
the NZ form's section labels (teal label cells over content cells) are not read as headings at all (heading F1
0.043), so every point falls under no heading or under the grid cells read as headings — the lifelines grid's
Comment cells ("Partial restoration; rural feeders still down") and the risk table's column headings and value
cells ("Risk / Issue", "Likelihood", "Possible", "Moderate", "Logistics") as level-2 headings, the Mitigation
cells as items under "Moderate", not as the risks' mitigations; the operational update's RFA table, set at the
top of the right column beside the first section, cuts the left column's lines it sits beside: its "Unit"
header cell becomes an item of "SITUATION", points beside it are lost or cut ("Major flooding is occurring on
the Orara River at" without "Glenreagh."), and in 5 of 12 the heading "WEATHER AND FLOOD OUTLOOK" is lost, its
points joining "SITUATION"; the flood report's district table ends its section: the heading after it ("4. Rescue
and Relief Operations") is lost in 10 of 12 documents (and "5. Deployment of NDRF / SDRF" in some), their
points then under "3. Extent of Damage" or lost, and two points are at times joined into one ("Crop area of …
is submerged. 6,230 houses have been …"); the gas page's welfare locations table is read as level-2 headings
(each location) with its address and hours as items. Markers: the flood report's hanging "(i)", "(ii)" markers
are read as level-2 headings ("(i) (ii)", "(ii)") in every document. Lost: the gas page's "Latest update"
callout (an ``<aside>``) is left out whole, heading and points. Furniture kept: the flood report's government
and department lines read as headings with the address and "Date: …" as items, the title as a heading with "(As
on …)" as its item, "District-wise details are given below:" as an item, and the whole sign-off ("Sd/-", the
signatory, the memo number, "Copy forwarded to:" and the five numbered copies) as items of "7. Advisories and
Public Awareness"; the operational update's footer line ("For emergency help in floods and storms call the SES
on 132 500 …") as an item of its last section; the situational report's "re: … as of …" lines as an item (its
masthead, table and signatures are left out right); the NZ form's "SITUATION REPORT CIMS form: …" line as an
item; the e-mail's greeting and covering line as items, its title and "Date: … | Time: 12h00" as headings (its
tables, signature and disclaimer are left out right); the gas page's "ENDS" as a heading and the "Notes to
editors" as a section of items with the press office line. Leads: "Treatment:" (bold), "Way forward:" (bold) and
the NZ Mitigation column are never taken for a mitigation; "Action taken:" (bold, underlined), "Actions taken:",
"Mitigation strategy:" and "How we're managing it:" are, and so is the e-mail's Mitigation column. Keys:
"OPERATIONAL ACTIVITY" is taken for activity, "EVACUATIONS" and "Support for customers" for impacts, "RESOURCES"
for guidance, "5. Deployment of NDRF / SDRF" and "What we're doing" for response, "2. Epidemiological Summary"
for highlights, "Surveillance Summary", "Surveillance and Laboratory" and "Case Management" for surveillance,
"C. Status of Lifelines" for situation; "7. Advisories and Public Awareness", "Outbreaks in Congregate
Settings", "Vaccination and Treatment", "What could slow us down", "Incident timeline" and every section of the
NZ form get none. Numbers are read as printed everywhere (lakh grouping, "1 250", "R1,25 million" included).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind14_layouts_form as form  # noqa: E402
import blind14_layouts_mail as mail  # noqa: E402
import blind14_layouts_pdf as pdf  # noqa: E402
import blind14_layouts_pdf_ph as pdf_ph  # noqa: E402
import blind14_layouts_web as web  # noqa: E402
import blind14_layouts_word as word  # noqa: E402
from blind14_layouts_banks_anglo import CDEM, COUNTY, GAS, SES  # noqa: E402
from blind14_layouts_banks_global import CHOLERA, DMC, PDRRMO, SDMA  # noqa: E402
from blind14_layouts_content import localise, timeline  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

RESPONSE = "3. Response Activities"
EFFECTS = "II. EFFECTS"

LAYOUTS = (
    Layout("pdf-opupdate-au", "pdf", pdf.pdf_opupdate_au, publisher_wording(
        [("key", "KEY MESSAGES", "highlights"), ("situation", "SITUATION", "situation"),
         ("forecast", "WEATHER AND FLOOD OUTLOOK", "forecast"), ("response", "OPERATIONAL ACTIVITY", "response"),
         ("assistance", "EVACUATIONS", "assistance"), ("workforce", "RESOURCES", "workforce"),
         ("risks", "RISKS AND TREATMENTS", "risks")]),
        "Operational Update #{n} – {service}", SES.series, restyle=partial(localise, lang="au")),
    Layout("pdf-flood-report-in", "pdf", pdf.pdf_flood_report_in, publisher_wording(
        [("situation", "1. General Situation", "situation"),
         ("forecast", "2. Rainfall and River Situation", "forecast"),
         ("impacts", "3. Extent of Damage", "impacts"), ("response", "4. Rescue and Relief Operations", "response"),
         ("workforce", "5. Deployment of NDRF / SDRF", "workforce"), ("risks", "6. Areas of Concern", "risks"),
         ("communications", "7. Advisories and Public Awareness", "communications")]),
        "Daily Flood Situation Report – {service} – report {n}", SDMA.series, restyle=partial(localise, lang="in")),
    Layout("pdf-sitrep-ph", "pdf", pdf_ph.pdf_sitrep_ph, publisher_wording(
        [("situation", "I. SITUATION OVERVIEW", "situation"),
         ("population", "A. Affected Population", "impacts", EFFECTS),
         ("casualties", "B. Casualties", "impacts", EFFECTS),
         ("lifelines", "C. Status of Lifelines", "impacts", EFFECTS),
         ("damage", "D. Damaged Houses and Cost of Damage", "impacts", EFFECTS),
         ("response", "III. RESPONSE ACTIONS AND INTERVENTIONS", "response"),
         ("risks", "IV. ISSUES AND CONCERNS", "risks")]),
        "SitRep No. {n} re Preparedness Measures and Effects of {service}", PDRRMO.series,
        restyle=partial(localise, lang="ph")),
    Layout("docx-cholera-ke", "docx", word.docx_cholera_ke, publisher_wording(
        [("key", "1. Highlights", "highlights"), ("situation", "2. Epidemiological Summary", "situation"),
         ("coord", "Coordination", "response", RESPONSE),
         ("surveillance", "Surveillance and Laboratory", "response", RESPONSE),
         ("casemgmt", "Case Management", "response", RESPONSE),
         ("wash", "Water, Sanitation and Hygiene (WASH)", "response", RESPONSE),
         ("rcce", "Risk Communication and Community Engagement", "communications", RESPONSE),
         ("risks", "4. Challenges", "risks"), ("next", "5. Next Steps", "next-steps")]),
        "Cholera Outbreak Situation Report No. {n}", CHOLERA.series, restyle=partial(localise, lang="ke")),
    Layout("docx-weekly-us", "docx", word.docx_weekly_us, publisher_wording(
        [("key", "Key Points", "highlights"), ("situation", "Surveillance Summary", "situation"),
         ("impacts", "Healthcare System Impact", "impacts"),
         ("outbreaks", "Outbreaks in Congregate Settings", "impacts"),
         ("response", "Vaccination and Treatment", "response"), ("risks", "Risks and Mitigation Strategies", "risks"),
         ("communications", "Communications", "communications"), ("next", "Next Steps", "next-steps")]),
        "Respiratory Illness Weekly Situation Report #{n}", COUNTY.series, restyle=partial(localise, lang="us")),
    Layout("docx-sitrep-nz", "docx", form.docx_sitrep_nz, publisher_wording(
        [("situation", "Situation Summary", "situation"), ("impacts", "Lifelines and Infrastructure", "impacts"),
         ("assistance", "Welfare", "assistance"), ("response", "Response Activities", "response"),
         ("risks", "Risks and Issues", "risks"), ("communications", "Public Information", "communications"),
         ("next", "Priorities for Next Operational Period", "next-steps")]),
        "Situation Report {n} – {service}", CDEM.series, risk_table=True, restyle=partial(localise, lang="nz")),
    Layout("eml-dmc-za", "eml", mail.email_dmc_za, publisher_wording(
        [("forecast", "1. WEATHER WARNING", "forecast"), ("situation", "2. SITUATION OVERVIEW", "situation"),
         ("impacts", "3. IMPACTS", "impacts"), ("response", "4. RESPONSE", "response"),
         ("risks", "5. RISKS AND MITIGATION", "risks"), ("next", "6. WAY FORWARD", "next-steps")]),
        "Situation Report No. {n}: {service}", DMC.series, risk_table=True, restyle=partial(localise, lang="za")),
    Layout("html-incident-gb", "html", web.html_incident_gb, publisher_wording(
        [("key", "Latest update", "highlights"), ("impacts", "Who is affected", "impacts"),
         ("actions", "What we're doing", "actions"), ("assistance", "Support for customers", "assistance"),
         ("risks", "What could slow us down", "risks"), ("situation", "Incident timeline", "situation")]),
        "{service} in Kelsey Bridge", GAS.series, restyle=timeline),
)  # fmt: skip


SEED_OFFSET = 1500  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
