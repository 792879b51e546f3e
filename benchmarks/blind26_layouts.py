"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-seventh blind, first-sight measure.

    python benchmarks/blind26_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-seventh set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind25_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), and after two sets of other scripts back with the main
users — UK councils and their partners, a US county, Australian, New Zealand and Canadian agencies — and one layout
in Irish, a language no earlier set printed; each layout a way real contributors' files are made that no earlier set
printed. Each layout is one kind of publisher; its four series are four organisations of that kind, their content
from phrase banks of this set (``blind26_layouts_banks_isles``, ``blind26_layouts_banks_abroad``, run through the
generator's churn model, so items continue, change, close and appear from report to report) printed in the
publisher's own conventions for amounts, dates, comparisons and a mitigation's lead (``blind26_layouts_content``).
The eight: a district council's flood response update report to its Overview and Scrutiny Committee as published in
the meeting's agenda pack (``blind26_layouts_pdf``: "Agenda Item 8" boxed, the pack's "Page 41" on every page, the
cover grid, the template's "1. Purpose of the report" and "2. Recommendation", the update's sections numbered on
from "3.", every paragraph numbered "3.1" in the margin with its text hung beside it, the resources' two sub-headings
in bold italics numbered across "6.1" … "6.5", "Management action:" bold, the template's "Implications",
"Background papers" and contact officer); a local resilience forum's recovery co-ordinating group's weekly recovery
update circulated as a draft with Word's line numbering on and a grey "DRAFT" watermark, saved to PDF (the same
module: numbers 1, 2, 3 … down the left margin restarting on each page, "DRAFT v0.4 – NOT FOR WIDER CIRCULATION",
blue Heading 1 headings, the workstreams as Heading 2 under the itemless "Recovery by workstream", "•" points,
"Mitigating action:" bold, a version control table); a US county office of emergency management's hurricane
situation report on its WebEOC status board saved from the browser (``blind26_layouts_web``: the WebEOC bar and
menu, the record's field grid, each section a table whose first row is the label in capitals on a dark band and
whose second the text area as typed, lines led by "- " or "• " joined by ``<br>``, "Actions:" plain, the record's
history line); a New Zealand community-led welfare hub's situation sheet in Google Sheets published to the web (the
same module: ``table.waffle`` with column letters and row numbers, title and "Last updated" rows, an Area / Update /
Lead / Updated header row, each section a shaded row merged across, each point a row with its lead team and the day
it changed, the risks under a Risk / Mitigation / Owner row with the mitigation in its own cell, the Sheets footer);
a county council's adult social care team's daily update to care providers during a loss of water supply sent
through GOV.UK Notify (``blind26_layouts_mail``: Notify's HTML — ``<h2>`` headings, lists in presentation tables,
an inset ``<blockquote>``, ``<hr>`` — and its plain text with headings over 65 "-" and "•  " points; no bold, so
"Support available:" plain); a Canadian health authority's IT major incident updates on a failed health record as
ServiceNow sends them (the same module: a red "MAJOR INCIDENT – UPDATE 3" band, the incident's field grid, each
section a row of a two-column table — the label in a grey cell, the manager's "- " lines in the other —,
"Workaround:" plain, work notes, the "Ref:MSG…" watermark); an Australian local health district's emergency
operations centre situation report as a PDF turned back into Word by Acrobat's export (``blind26_layouts_word``: a
section per PDF page, the PDF's running header and footer as framed paragraphs at the top and foot of each page, no
style but Normal, every paragraph's text in runs of their own character spacing, exact line spacing, "•" and a tab
under a hanging indent, "Risk treatment:" in a bold run; a point that runs over a PDF page is cut into two
paragraphs, though in the recorded runs none did); and an Irish island community co-operative's storm update
written in Irish in Gmail and printed to PDF by the council's Gaeltacht officer (``blind26_layouts_print``, weasyprint:
the browser's date, page title, address and "1/1" in the margins, Gmail's print page with the officer's name,
subject, "1 message", sender, date, "To:" and "Cc:", the message's bold headings, ``<ul>`` points, the situation as
lines, "Maolú:" bold, "Le meas," and the Gmail signature). The generator's structure is the gold; the scorer and
linking measure are ``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``, imported, for the
Irish letters with their acute accents).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the agenda pack's item box, page
  numbers, council name, cover grid, title, the template's "1. Purpose of the report", "2. Recommendation" and
  "Implications" sections with their paragraphs, "Background papers" and the contact officer; the draft's header,
  watermark, line numbers, title lines, "Position as at" line, version control table and footer; WebEOC's bar, menu,
  toolbar, board title, office, field grid, history line, hidden fields and "Powered by"; the sheet's top bar, tabs,
  column letters, row numbers, title and "Last updated" rows, header rows, lead and date cells and footer; Notify's
  greeting, update line, inset note, rules, thanks, sign-off, hub address and do-not-reply line; ServiceNow's band,
  covering line, field grid, work notes, link, reason and "Ref:MSG…"; the Acrobat export's framed header and footer,
  title lines, details table, approver and distribution lines; Gmail's and the browser's print furniture, the
  greeting, covering line, "Le meas," and the signature.
- Headings as printed, with their numbers: "3. Summary of the position", "1. Overview"; the agenda pack's
  "6. Resources" and the draft's "Recovery by workstream" are itemless level 1 over level 2 children ("Workforce",
  "Financial position"; the five workstreams); all others level 1.
- Items: each numbered paragraph, point, text-area line, row or list entry, without its "3.1", "•", "- " or "• ",
  its wrapped lines joined. Risks with their mitigation are one item, the mitigation printed with its lead
  ("Management action:", "Mitigating action:", "Actions:", "Support available:", "Workaround:", "Risk treatment:",
  "Maolú:"); in the sheet (``risk_table``) the risk is its Risk cell and the mitigation its Mitigation cell. A risk
  printed without one has none.
- Keys: the summary sections highlights; "4. Current position", "What’s happening", "Current Status", "2. Current
  situation", "An staid reatha", "Roads and access" situation; the recovery workstreams recovery; the response and
  action sections response; people workforce; money finance; risk sections risks; public information
  communications; next steps next-steps; the two parents none.
- Figures as printed: "£1.25m", "(previously 5)", "(was 5)"; "$1.25 million", "September 16", "(up from 5 last op
  period)"; "$21,000"; "$1.25M", "March 16", "(previous update: 5)"; "(previous sitrep: 5)"; "€51,000", "26 Eanáir",
  "(tuairisc roimhe seo: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b26base``, before any
change to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-agenda-pack-gb                  0.784      0.801      0.626      0.606      1.000      1.000      0.794
    pdf-line-numbered-draft-gb          0.028      0.045      0.000      0.400      0.048      1.000      0.000
    html-webeoc-board-us                1.000      0.918      0.918      0.718      1.000      1.000      0.915
    html-gsheets-published-nz           0.000      0.372      0.000      0.020      0.292      1.000      0.363
    eml-govuk-notify-gb                 1.000      0.846      0.846      0.912      1.000      1.000      0.842
    eml-servicenow-mim-ca               0.947      0.853      0.853      0.741      1.000      1.000      0.846
    docx-acrobat-export-au              1.000      0.877      0.877      0.916      1.000      1.000      0.876
    pdf-gmail-print-ga                  1.000      0.826      0.826      0.000      0.273      1.000      0.818
    TOTAL                               0.686      0.695      0.589      0.563      0.690      1.000      0.692
    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-agenda-pack-gb                  0.765      0.819      0.612      0.641      1.000      1.000      0.809
    pdf-line-numbered-draft-gb          0.013      0.057      0.000      0.000      0.231      1.000      0.048
    html-webeoc-board-us                1.000      0.911      0.911      0.741      1.000      1.000      0.905
    html-gsheets-published-nz           0.000      0.367      0.000      0.034      0.200      1.000      0.357
    eml-govuk-notify-gb                 1.000      0.856      0.856      0.890      1.000      1.000      0.852
    eml-servicenow-mim-ca               0.947      0.850      0.850      0.800      1.000      1.000      0.844
    docx-acrobat-export-au              1.000      0.879      0.879      0.901      1.000      1.000      0.894
    pdf-gmail-print-ga                  1.000      0.833      0.833      0.000      0.000      1.000      0.824
    TOTAL                               0.682      0.700      0.590      0.568      0.620      1.000      0.695

One fault of the gold was found in the first run and fixed before these figures, not toward the parser: the WebEOC and
Irish banks named their risk sections "concerns" and "rioscai", and the gold lists a report's risks only from the
generator's section "risks", so those two layouts' gold had no risks and their mitigation column read nan (TOTAL
mitigation 0.711 at seed 0, 0.704 at seed 11); the keys were renamed "risks", the documents did not change (every other
figure the same). Nothing else was changed after the first run, and the run did not crash (``_parse_or_nothing``,
blind24's, guards a refusal: the parser refused 8 of the 12 drafts at seed 0 and 9 at seed 11 as holding no text, and
read 3 and 1 more as nothing). The documents were written without parsing them and looked at first (``pdftotext`` and
``pdftoppm`` for the PDFs, python-docx for the Word file, the HTML and e-mail parts as text), and every gold heading and
item was checked to be in the extracted text. A fault seen only in the run's output and left as it is: the Gmail print's
"To:" line gives the officer an address with an accent ("ciarán.conghaile@…"), furniture.

Failure classes seen at first sight (``-v``, seed 0). Agenda pack: a paragraph number whose paragraph is one line is
parted from its text and read as a heading ("4.1", "6.1"; the points after it go under it) or a stray item ("3.2");
the report template's "1. Purpose of the report", "2. Recommendation" and "9. Implications" are read as sections
with their paragraphs as items, "Background papers: None." an item, and the resources' sub-headings lose their
level; keys read the summary as situation, the response as recovery and "6. Resources" as guidance; the boilerplate
is linked to itself (54 wrong links). Line-numbered draft: the column of line numbers makes the page a data table, its
lines "left out as data table cells" or the whole refused as holding no text (11 of 12 drafts read as nothing); where
something is read the watermark's letters are threaded into the lines they cross ("will T close T on", a heading
"Risks D and"), wrapped points are cut into fragments and line numbers become headings ("25", "26"); 122 gold links
missed. WebEOC board: the board's office cell is an item of no section, the record history and "Powered by WebEOC"
items of the last section; keys "SITUATION SUMMARY" situation (highlights) and "PROTECTIVE ACTIONS" actions
(response); the points, their "- " / "• " marks and "Actions:" are read right. Published sheet: every row number is
read as a level-2 heading ("1" … "24"), each row its own section; every cell is an item — the section band rows (the
real headings), the header rows, the lead teams and the dates "17/02"; a risk's mitigation cell is an item apart
from its risk (mitigation found for none); 337 wrong links among the furniture cells. Notify: the update line and
the inset note are items of no section, the thanks, team and council items of the last section; "Contacts and
support" keyed contact. ServiceNow: "P1 – Critical" and the covering line are items, the work notes paragraph is read
as a heading "Latest work notes" over the note, the link and the "Ref:MSG…" watermark; keys "Actions Taken" actions
and "Resources Engaged" guidance. Acrobat export: the framed running header and footer are items — the footer and the
next page's header under the section at the page's end —; "1. Overview" keyed situation. Gmail print in Irish: the
print page's "Gmail - …", the date, "To:"/"Cc:", "A chairde," and the covering line are items of no section, "Le
meas," and the name one item and the signature another under the last heading; no Irish heading gets a key (0.000)
and "Maolú:" is never split off (mitigation 0.273 from the risks printed without one). Figures are read as printed
everywhere an item is found (numbers 1.000).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind26_layouts_mail as mail  # noqa: E402
import blind26_layouts_pdf as pdf  # noqa: E402
import blind26_layouts_print as prints  # noqa: E402
import blind26_layouts_web as web  # noqa: E402
import blind26_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind26_layouts_banks_abroad import EOC, HUB, LHD, MIM  # noqa: E402
from blind26_layouts_banks_isles import COMMITTEE, OILEAIN, PROVIDERS, RECOVERY  # noqa: E402
from blind26_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-agenda-pack-gb", "pdf", pdf.pdf_agenda_pack_gb, publisher_wording(
        [("summary", "3. Summary of the position", "highlights"), ("position", "4. Current position", "situation"),
         ("activity", "5. Response and recovery activity", "response"),
         ("workforce", "Workforce", "workforce", "6. Resources"),
         ("finance", "Financial position", "finance", "6. Resources"),
         ("risks", "7. Risks and mitigation", "risks"),
         ("comms", "8. Communications and engagement", "communications")]),
        "Flood Response – Update Report {n} – {org}", COMMITTEE.series, restyle=partial(localise, lang="council")),
    Layout("pdf-line-numbered-draft-gb", "pdf", pdf.pdf_line_numbered_draft_gb, publisher_wording(
        [("summary", "Summary", "highlights"),
         ("humanitarian", "Humanitarian assistance", "recovery", "Recovery by workstream"),
         ("economic", "Economic recovery", "recovery", "Recovery by workstream"),
         ("infrastructure", "Infrastructure", "recovery", "Recovery by workstream"),
         ("environment", "Environment", "recovery", "Recovery by workstream"),
         ("health", "Health and wellbeing", "recovery", "Recovery by workstream"),
         ("risks", "Risks and issues", "risks"), ("finance", "Finance", "finance"),
         ("comms", "Communications", "communications"), ("next", "Next steps", "next-steps")]),
        "Recovery Update {n} – {org}", RECOVERY.series, restyle=partial(localise, lang="rcg")),
    Layout("html-webeoc-board-us", "html", web.html_webeoc_board_us, publisher_wording(
        [("summary", "SITUATION SUMMARY", "highlights"), ("weather", "WEATHER", "forecast"),
         ("impacts", "IMPACTS / DAMAGE", "impacts"), ("protective", "PROTECTIVE ACTIONS", "response"),
         ("staffing", "EOC STAFFING & RESOURCES", "workforce"), ("cost", "COST TRACKING", "finance"),
         ("risks", "ISSUES / CONCERNS", "risks"), ("pio", "PUBLIC INFORMATION", "communications"),
         ("planned", "PLANNED ACTIONS – NEXT OPERATIONAL PERIOD", "next-steps")]),
        "Situation Report #{n} – {org}", EOC.series, restyle=partial(localise, lang="us")),
    Layout("html-gsheets-published-nz", "html", web.html_gsheets_published_nz, publisher_wording(
        [("overview", "Overview", "highlights"), ("welfare", "Welfare and kai", "response"),
         ("needs", "Community needs", "impacts"), ("access", "Roads and access", "situation"),
         ("volunteers", "Volunteers", "workforce"), ("funds", "Donations and funding", "finance"),
         ("risks", "Risks", "risks"), ("updates", "Keeping people informed", "communications")]),
        "Situation Sheet {n} – {org}", HUB.series, risk_table=True, restyle=partial(localise, lang="nz")),
    Layout("eml-govuk-notify-gb", "eml", mail.eml_govuk_notify_gb, publisher_wording(
        [("summary", "Summary", "highlights"), ("happening", "What’s happening", "situation"),
         ("impact", "Impact on care services", "impacts"), ("doing", "What we’re doing", "response"),
         ("staffing", "Staffing", "workforce"), ("payments", "Payments and extra costs", "finance"),
         ("risks", "Risks we’re watching", "risks"), ("contact", "Contacts and support", "communications")]),
        "Loss of water supply: update {n} for care providers – {org}", PROVIDERS.series,
        restyle=partial(localise, lang="notify")),
    Layout("eml-servicenow-mim-ca", "eml", mail.eml_servicenow_mim_ca, publisher_wording(
        [("summary", "Executive Summary", "highlights"), ("status", "Current Status", "situation"),
         ("impact", "Business Impact", "impacts"), ("actions", "Actions Taken", "response"),
         ("resources", "Resources Engaged", "workforce"), ("cost", "Financial Impact", "finance"),
         ("risks", "Risks", "risks"), ("comms", "Communications", "communications"),
         ("next", "Next Steps", "next-steps")]),
        "Major Incident Update {n} – {org}", MIM.series, restyle=partial(localise, lang="ca")),
    Layout("docx-acrobat-export-au", "docx", word.docx_acrobat_export_au, publisher_wording(
        [("overview", "1. Overview", "highlights"), ("situation", "2. Current situation", "situation"),
         ("weather", "3. Weather and flood outlook", "forecast"),
         ("services", "4. Impact on health services", "impacts"),
         ("response", "5. Health response", "response"), ("workforce", "6. Workforce", "workforce"),
         ("costs", "7. Costs", "finance"), ("risks", "8. Risks and issues", "risks"),
         ("communications", "9. Public information", "communications"),
         ("priorities", "10. Priorities – next 24 hours", "next-steps")]),
        "Situation Report No. {n} – {org}", LHD.series, restyle=partial(localise, lang="au")),
    Layout("pdf-gmail-print-ga", "pdf", prints.pdf_gmail_print_ga, publisher_wording(
        [("achoimre", "Achoimre", "highlights"), ("staid", "An staid reatha", "situation"),
         ("aimsir", "Réamhaisnéis na haimsire", "forecast"), ("tionchar", "Tionchar ar an bpobal", "impacts"),
         ("gniomh", "Gníomhartha déanta", "response"), ("foireann", "Foireann agus oibrithe deonacha", "workforce"),
         ("costais", "Costais", "finance"), ("risks", "Rioscaí", "risks"),
         ("eolas", "Eolas don phobal", "communications"),
         ("eile", "Na chéad chéimeanna eile", "next-steps")]),
        "Nuashonrú stoirme uimh. {n} – {org}", OILEAIN.series, restyle=partial(localise, lang="ga")),
)  # fmt: skip


SEED_OFFSET = 2700  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
