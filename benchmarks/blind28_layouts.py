"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-ninth blind, first-sight measure.

    python benchmarks/blind28_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-ninth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind27_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it): a New South Wales public school, an NHS integrated care
board, an ambulance service, a housing association, a South African local municipality writing in Setswana — a
language no earlier set printed —, a police force, a US county fire district and a university's IT service; each
layout a way real contributors' files are made that no earlier set printed. Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind28_layouts_banks_uk``, ``blind28_layouts_banks_abroad``, run through the generator's churn model, so items
continue, change, close and appear from report to report) printed in the publisher's own conventions for amounts,
dates, comparisons and a mitigation's lead (``blind28_layouts_content``). The eight: a school principal's daily
update typed on the school's Word letterhead with each section's points in ONE paragraph, typed "- " lines parted by
manual line breaks (``blind28_layouts_word``: Shift+Enter, ``<w:br/>``; bold underlined heading lines, memo lines,
"Control measures:" plain); an ICB system co-ordination centre's daily sitrep from the ICB's Word template (the same
module: a cover page with its small table and protective marking, then a landscape section holding one table Area |
Update | RAG | Lead whose Area cell is merged down over its rows, ``w:vMerge``, the header row repeated, "Actions:"
bold, "Page 2 of 3" fields); an ambulance service's REAP sitrep rendered by SQL Server Reporting Services and exported
to PDF (``blind28_layouts_pdf``: landscape, page header and parameters, repeated column headers Update | Status | Last
updated | Updated by, each category a shaded row-group header, detail rows with a status word, time stamp and domain
account, "Mitigations in place:" typed in the update, "Run by …" and "Page 1 of 2"); a housing association's major
incident record in Dynamics 365 printed from the browser (the same module: the browser's date, title, long URL and
"1/3", the record's header fields and business process bar, each tab a title over a rule, the label "Update" beside
a multi-line text box of typed "- " lines wrapped back to the box's edge, "Modified by" and "Modified on"); a North
West local municipality's water outage report in Setswana posted as a Joomla article and saved from the browser
(``blind28_layouts_web``: skip link, main menu, breadcrumbs, the ``h2`` title and article information block,
TinyMCE's ``h3`` headings with a trailing ``&nbsp;``, ``<p>&nbsp;</p>`` spacers, "<strong>Kganelo:</strong>", the
pager, the latest news module and footer); a police gold group's IIMARCH sitrep e-mail signed with S/MIME
(``blind28_layouts_mail``: ``multipart/signed`` with a detached ``smime.p7s``, ``text/plain; format=flowed`` in
quoted-printable, so every paragraph is cut into lines ending in a soft-break space, "OFFICIAL-SENSITIVE" top and
foot, headings in capitals on lines of their own, "- " points, "Control measures:", signature and notice); a US county
fire district's wildfire update typed into a computer-aided dispatch narrative and printed as the CAD's "Incident
Detail Report" (the same module: 80-column pages parted by form feeds with the report's header on each, the unit
history table, "NARRATIVE:" and the entry's stamp, all in capitals, "SITUATION:" heading lines, "- " points cut at 72
columns with hanging continuation lines, "MITIGATION:"); and a university IT service's cyber incident page in its
Azure DevOps wiki exported as Markdown (the same module: ``[[_TOC_]]``, a quoted classification line with an
``@<Name>`` mention, a service status table with emoji, a ``::: mermaid`` block, ``#`` sections, "* " points, a
"- [ ] " task list for the next steps, "**Containment:**"). The generator's structure is the gold; the scorer and
linking measure are ``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``, imported).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the school's letterhead, footer, memo
  lines and sign-off; the ICB's cover page (name, title, date, period, its table, the marking), the running header and
  footer, the table's header row, RAG and Lead cells and the closing "Next SCC sitrep" line; the SSRS page header,
  parameters, column headers, Status, Last updated and Updated by cells and the page footer; the browser's header and
  footer, the Dynamics record's title, entity, header fields, process bar, the "Update", "Modified by" and "Modified
  on" labels and values; Joomla's skip link, menu, breadcrumbs, title, article information, icons, lead paragraph,
  pager, latest news and footer; the e-mail's headers, marking, handling line, the operation's title, time and gold
  commander lines, the "Next sitrep" line, signature, notice and the signature part; the CAD's page headers, rules,
  unit history, "NARRATIVE:", the stamp and "END OF REPORT"; the wiki's ``[[_TOC_]]``, classification line, status
  table, mermaid block, rule and review line.
- Headings as printed, all level 1: the ICB's Area cell once (a row label that works as a heading, kept at level 1
  like the earlier sets' sections-as-table layouts); the police's capitals ("RISK ASSESSMENT"); the CAD's "SITUATION:"
  with its colon; the Joomla ``h3`` without its ``&nbsp;``.
- Items: each point or table row's update, without its typed "- ", "* " or "[ ] "; a point cut by a soft line break
  (flowed text), by the CAD's 72 columns, by a table cell or text box's wrap or by a page break is one item. Risks
  with their mitigation are one item, the mitigation printed with its lead ("Control measures:", "Actions:",
  "Mitigations in place:", "Mitigation in place:", "Kganelo:", "MITIGATION:", "Containment:"); no layout of this set
  prints its risks as a risk table. The CAD's items are in capitals, as printed.
- Keys: the summary and overview sections highlights; "School site", "Acute hospitals", "Demand", "Building safety",
  "Maemo a metsi", "INFORMATION", "SITUATION:", "Service status" situation; "FIRE BEHAVIOR:" forecast; "Students and
  learning", "Ambulance handovers", "Response times", "Hospital handovers", "Residents", "Ditlamorago mo baaging",
  "HUMANITARIAN ISSUES", "EVACUATIONS:", "Impact on teaching and research" impacts; "Discharge and community",
  "Primary care", "Fleet", "Tsibogo ya mmasepala", "METHOD", "OPERATIONS:", "Containment and recovery" response;
  "Repairs and contractors" recovery; staff sections workforce; costs finance; risk sections risks; communications
  communications; next steps next-steps; the police's "INTENT" none (a commander's intent is none of the keys).
- Figures as printed: "$3,400", "$1.25 million", "(last report 5)"; "£1.25m", "(prev: 5)"; "(last sitrep: 5)";
  "(was 5)"; "R3 400", "9 275", "R1.25 milione", "16 Phatwe", "(pego e e fetileng: 5)"; "(previously 5)"; "$1.25M",
  "AUGUST 16", "(PREV 5)"; "(5 at the last update)".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b28base``, before any
change to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-soft-breaks-school-au          1.000      1.000      1.000      0.694      1.000      1.000      1.000
    docx-vmerge-log-icb-gb              0.869      0.909      0.896      0.375      1.000      1.000      0.899
    pdf-ssrs-tablix-ambulance-gb        0.995      0.644      0.644      0.493      0.857      1.000      0.681
    pdf-dynamics-print-housing-gb       0.516      0.610      0.016      0.027      0.304      1.000      0.608
    html-joomla-article-tn              1.000      0.964      0.964      0.000      0.200      1.000      0.963
    eml-smime-flowed-police-gb          0.933      0.894      0.894      0.260      1.000      1.000      0.889
    txt-cad-narrative-us                0.696      0.824      0.824      0.787      1.000      1.000      0.813
    md-azure-wiki-gb                    1.000      0.965      0.965      0.842      1.000      1.000      0.963
    TOTAL                               0.834      0.829      0.732      0.448      0.768      1.000      0.832
    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-soft-breaks-school-au          1.000      1.000      1.000      0.697      1.000      1.000      1.000
    docx-vmerge-log-icb-gb              0.889      0.928      0.928      0.323      1.000      1.000      0.925
    pdf-ssrs-tablix-ambulance-gb        0.995      0.569      0.569      0.485      0.304      1.000      0.590
    pdf-dynamics-print-housing-gb       0.525      0.562      0.012      0.022      0.000      1.000      0.545
    html-joomla-article-tn              1.000      0.964      0.964      0.000      0.000      1.000      0.963
    eml-smime-flowed-police-gb          0.933      0.893      0.893      0.328      1.000      1.000      0.889
    txt-cad-narrative-us                0.696      0.819      0.819      0.761      1.000      1.000      0.810
    md-azure-wiki-gb                    1.000      0.969      0.969      0.866      1.000      1.000      0.966
    TOTAL                               0.839      0.814      0.725      0.455      0.661      1.000      0.814
    96 documents, 64 report pairs linked.

Faults found in the generator and this set's writers, none of the gold toward the parser's output (the documents
were written with ``--write`` and looked at — ``pdftotext`` with and without ``-layout`` and ``pdftoppm`` for the
PDFs, python-docx and a LibreOffice rendering for the Word files, the HTML, e-mail, Markdown and text as text — and
every gold heading, item and mitigation was checked to be in the extracted text, the Markdown's ``**`` and the page
footer that ``pdftotext`` puts inside a point cut by a page break aside). That ``--write`` run also scored the set,
so the figures of a first draft were seen before these fixes; every fix is of a fault seen in a document, not in a
parse: the Dynamics record's header fields were drawn at the wrong height (a drawing operation took the page's last
``y``) and overprinted the first tab; a response-time item of the ambulance bank printed its slot unfilled
("{cat2} minutes{cat2.was}" — a slot name with a digit is not filled), renamed; the ICB's table lost its column widths
in LibreOffice (``autofit`` left on) and its cover had a page break before the section break, an empty page in Word;
the school's comparison "(yesterday: 5)" after items that say "yesterday" read badly and is "(last report 5)"; the
signed message's ``Content-Type`` line was not folded under 78 characters. The run did not crash (``_parse_or_nothing``,
blind24's, guards a refusal; the parser refused none of these documents), and each layout passes the smoke test's
checks (one series of two reports, seed 0: gold headings, items and links; figures in [0, 1]).

Failure classes seen at first sight (``-v``, seed 0). School letterhead: every line of a paragraph parted by manual
breaks is read as its own item (item F1 1.000, links 1.000); only "Students and learning" and "School site" are left
unkeyed (key 0.694). ICB template: the cover's date line and "OFFICIAL-SENSITIVE" are read as headings, the reporting
period an item under the date; the closing "Next SCC sitrep" line is an item of "Communications"; a few rows under a
merged Area cell are missed (5); "System overview" is keyed activity and most areas none (key 0.375). SSRS export: the
row-group headers are read as headings (0.995; once the column header "Update" too), but the Status, Last updated and
Updated by cells are items of their own (160 extras) and the page header and parameters items of no section; an
update wrapped in its cell is sometimes cut into two items, so the mitigation misses its risk (0.857, 0.304 at seed
11); "Demand", "Hospital handovers" and "Fleet" unkeyed. Dynamics print: the process bar's "Recover" and the field
labels "Update" and "Modified by Modified on" are read as headings, so nearly every point falls under "Update" (right
heading 0.016, key 0.027); the labels' values are items; a point wrapped back to the text box's edge is cut in two;
mitigations 0.304 (0.000 at seed 11). Joomla in Setswana: every heading and point is found (the lead paragraph an
extra; menu, breadcrumbs and the latest news left out right); no Setswana heading is keyed (key 0.000) and
"<strong>Kganelo:</strong>" is seldom split off (0.200, 0.000 at seed 11). S/MIME flowed e-mail: the signed part is
read and the soft breaks joined (no point missed); the operation's title line is read as a heading over the "As at"
line, the handling line and signature lines items; the IIMARCH headings are mostly unkeyed (0.260). CAD print: each
page header's lines are read as headings (the district's name with "PAGE 1", "INCIDENT DETAIL REPORT … PRINTED",
"UNIT DISP ENRT ONSC CLR") with the unit history rows as items (72 extras); the capitals' points and their 72-column
continuation lines are joined right (no point missed). Azure DevOps wiki: the mermaid block is one item of no
section; ``[[_TOC_]]``, the classification and the status table are left out and the task list read right (item F1
0.965). Figures are read as printed everywhere an item is found (numbers 1.000).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind28_layouts_mail as mail  # noqa: E402
import blind28_layouts_pdf as pdf  # noqa: E402
import blind28_layouts_web as web  # noqa: E402
import blind28_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind28_layouts_banks_abroad import FIRE, MMASEPALA, SCHOOL  # noqa: E402
from blind28_layouts_banks_uk import AMBULANCE, CYBER, HOUSING, ICB, POLICE  # noqa: E402
from blind28_layouts_content import capitals, localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-soft-breaks-school-au", "docx", word.docx_soft_breaks_school_au, publisher_wording(
        [("summary", "Summary", "highlights"), ("students", "Students and learning", "impacts"),
         ("site", "School site", "situation"), ("staff", "Staff", "workforce"), ("costs", "Costs", "finance"),
         ("risks", "Risks", "risks"), ("families", "Communication with families", "communications"),
         ("next", "Next steps", "next-steps")]),
        "Bushfire – Principal's Update {n} – {org}", SCHOOL.series, restyle=partial(localise, lang="au")),
    Layout("docx-vmerge-log-icb-gb", "docx", word.docx_vmerge_log_icb_gb, publisher_wording(
        [("overview", "System overview", "highlights"), ("acute", "Acute hospitals", "situation"),
         ("handovers", "Ambulance handovers", "impacts"), ("discharge", "Discharge and community", "response"),
         ("primary", "Primary care", "response"), ("workforce", "Workforce", "workforce"),
         ("risks", "System risks", "risks"), ("comms", "Communications", "communications")]),
        "Daily System Situation Report {n} – {org}", ICB.series, restyle=partial(localise, lang="icb")),
    Layout("pdf-ssrs-tablix-ambulance-gb", "pdf", pdf.pdf_ssrs_tablix_ambulance_gb, publisher_wording(
        [("demand", "Demand", "situation"), ("response", "Response times", "impacts"),
         ("handovers", "Hospital handovers", "impacts"), ("fleet", "Fleet", "response"),
         ("staffing", "Staffing", "workforce"), ("finance", "Finance", "finance"), ("risks", "Risks", "risks"),
         ("comms", "Communications", "communications")]),
        "REAP Daily Situation Report {n} – {org}", AMBULANCE.series, restyle=partial(localise, lang="amb")),
    Layout("pdf-dynamics-print-housing-gb", "pdf", pdf.pdf_dynamics_print_housing_gb, publisher_wording(
        [("summary", "Summary", "highlights"), ("residents", "Residents", "impacts"),
         ("building", "Building safety", "situation"), ("repairs", "Repairs and contractors", "recovery"),
         ("staffing", "Staffing", "workforce"), ("costs", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("comms", "Communications", "communications")]),
        "Linden Court fire – incident record {n} – {org}", HOUSING.series, restyle=partial(localise, lang="ha")),
    Layout("html-joomla-article-tn", "html", web.html_joomla_article_tn, publisher_wording(
        [("kakaretso", "Kakaretso", "highlights"), ("maemo", "Maemo a metsi", "situation"),
         ("ditlamorago", "Ditlamorago mo baaging", "impacts"), ("tsibogo", "Tsibogo ya mmasepala", "response"),
         ("badiri", "Badiri", "workforce"), ("ditshenyegelo", "Ditshenyegelo", "finance"),
         ("risks", "Dikotsi", "risks"), ("tlhaeletsano", "Tlhaeletsano", "communications")]),
        "Pego ya maemo ya bo{n}: go kgaoga ga metsi – {org}", MMASEPALA.series, restyle=partial(localise, lang="tn")),
    Layout("eml-smime-flowed-police-gb", "eml", mail.eml_smime_flowed_police_gb, publisher_wording(
        [("information", "INFORMATION", "situation"), ("intent", "INTENT", None), ("method", "METHOD", "response"),
         ("administration", "ADMINISTRATION", "workforce"), ("risks", "RISK ASSESSMENT", "risks"),
         ("comms", "COMMUNICATIONS", "communications"), ("humanitarian", "HUMANITARIAN ISSUES", "impacts")]),
        "Operation Kestrel – Gold Group Sitrep {n} – {org}", POLICE.series, restyle=partial(localise, lang="police")),
    Layout("txt-cad-narrative-us", "txt", mail.txt_cad_narrative_us, publisher_wording(
        [("situation", "SITUATION:", "situation"), ("behavior", "FIRE BEHAVIOR:", "forecast"),
         ("evacuations", "EVACUATIONS:", "impacts"), ("resources", "RESOURCES:", "workforce"),
         ("operations", "OPERATIONS:", "response"), ("risks", "HAZARDS:", "risks"),
         ("info", "PUBLIC INFO:", "communications"), ("planned", "PLANNED ACTIONS:", "next-steps")]),
        "Incident Detail Report – Hartley Fire {n} – {org}", FIRE.series, restyle=capitals),
    Layout("md-azure-wiki-gb", "md", web.md_azure_wiki_gb, publisher_wording(
        [("summary", "Summary", "highlights"), ("status", "Service status", "situation"),
         ("impact", "Impact on teaching and research", "impacts"),
         ("containment", "Containment and recovery", "response"), ("staffing", "Staffing", "workforce"),
         ("costs", "Costs", "finance"), ("risks", "Risks", "risks"), ("comms", "Communications", "communications"),
         ("next", "Next steps", "next-steps")]),
        "Cyber incident situation report {n} – {org}", CYBER.series, restyle=partial(localise, lang="uni")),
)  # fmt: skip


SEED_OFFSET = 2900  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
