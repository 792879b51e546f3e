"""Sitreps of eight more publishers in layouts nobody tuned for, a tenth blind, first-sight measure.

    python benchmarks/blind9_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

A tenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind8_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind9_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and
appear from report to report): a community food partnership's weekly winter update written in Google Docs
and downloaded as .docx (the name in the "Title" style over a "Subtitle", section headings typed as bold 14 pt
Normal paragraphs, Arial on every run, bullets of Google's own list definitions "●" / "○" / "■", empty
paragraphs for spacing, "What we're doing:" in bold inside a worry's bullet); a recovery programme office's
one-page weekly highlight report as a PDF (a header band, the summary beside a RAG status box,
"Achievements this period" and "Planned next period" side by side in one ruled table, an ID | Type |
Description | Mitigation | Owner | RAG table of risks and issues, the budget and the decisions asked of the
board); a festival's event control day report exported from Notion as Markdown (the page's properties as
"Key: Value" lines, an ``<aside>`` callout, each risk a toggle whose indented child is "Mitigation: …", a
divider over a to-do list, links to sub-pages whose file names carry Notion's ids); a university's campus
operations post in a Slack channel saved as Markdown (channel and day lines, name and time, an "@channel"
opening line, emoji-led bold lines "🔴 Risks" over "•" points, "_Mitigation:_" in italics, reactions, a
"3 replies" link and the replies quoted under it); a humanitarian coordination office's flash update as a
PDF (a blue title band, "Flash Update No. 3", "As of …", the highlights beside a key figures panel, capitals
headings, the clusters as bold sub-headings under "HUMANITARIAN RESPONSE", a contact block at the end); a
county council's "Flooding: latest updates" web page as a reader prints it from the browser (weasyprint: the
browser's date, time and page title at the head of each sheet, the address and "1/3" at the foot, and all of
the page — skip link, header, menu, breadcrumbs, "Last updated …", an emergency notice, "On this page"
links, "Was this page helpful?", share links, the footer — "What we are doing:" in bold in a risk's
paragraph); a scientific and technical advice cell's summary advice as a PDF ("OFFICIAL-SENSITIVE" head and
foot, a details table, the key messages in a shaded box, bold headings over paragraphs numbered "1." to the
end of the paper across the headings, "Recommended action:" inside a risk's paragraph, the organisations
represented as bullets, "Page x of y"); and an environment agency area's monthly water situation report as
a government HTML publication (cookie banner, skip link, header, breadcrumbs, "Official Statistics", the
title, "Published …", a contents list of the sections, ``<h2>`` headings "1. Summary" whose numbers are a
``<span>``, paragraphs, "Our response:" in bold after a risk, "Print this page", "Is this page useful?",
related content, the footer and its licence). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the Google Doc's Title and
  Subtitle, its italic note to partners and the contact line at its end; the highlight report's header band,
  the RAG status box (status values, not items), the table's column titles and the footer; the Notion page's
  title, its property lines ("Date: …", "Owner: …", "Status: …", "Tags: …", "Event: …"), the ``<aside>``
  callout, the divider and the links to sub-pages; the Slack channel line, the day line, the poster's name and
  time, the "@channel Morning all …" line, the reactions, the "3 replies" link and every reply; the flash
  update's title band, the running head, the key figures panel (figures only), the contact block, the tagline
  and page numbers; the printed web page's browser header and footer (date and time, page title, address,
  "1/3"), the skip link, the header, menu, breadcrumbs, the page title, "Last updated …", the emergency
  notice, the "On this page" links, "Was this page helpful?", the share line and the site's footer; the
  STAC paper's markings, the forum's name, the cell's name and "Summary advice …", the details table, the
  "Prepared by …" line and the footer; the publication's cookie banner, skip link, header, breadcrumbs,
  document type, title, "Published …", the contents list (the headings a second time), "Print this page",
  "Contents", the feedback block, related content and footer.
- Headings are printed as the reader sees them: the Slack post's emoji-led bold lines with their emoji ("🔴
  Risks"; the scorer drops the emoji), the flash update's capitals ("SITUATION OVERVIEW"), the publication's
  numbers ("1. Summary", the number a ``<span>`` of the ``<h2>``). The Google Doc's bold 14 pt lines are
  headings though no heading style marks them. "HUMANITARIAN RESPONSE" is an itemless parent of level 1 over
  the three clusters at level 2. In the highlight report the two titles of the side-by-side table,
  "Achievements this period" and "Planned next period", are headings of level 1 over their cells' bullets,
  the left column read before the right.
- Items: each point, paragraph or list entry is one item; a STAC paragraph is an item without its number
  ("1." … "n." runs on across the headings: it numbers paragraphs, not a list of one section); a Notion
  to-do is an item without its box; in the risk table the item is the Description cell and its mitigation
  the Mitigation cell (ID, Type, Owner and RAG are values).
- Risks with their mitigation are one item, the mitigation printed with its lead: "What we're doing:" (in
  bold) in the Google Doc, the Notion toggle's indented "Mitigation: …" child (the risk's own, as a nested
  "Mitigation:" bullet is in the earlier sets), "_Mitigation:_" in italics in the Slack post, "Mitigation:"
  in the flash update, "What we are doing:" (in bold) on the printed page, "Recommended action:" in the STAC
  paper and "Our response:" (in bold) in the publication.
- Keys: "Summary", "Headlines", "🟢 Headlines", "HIGHLIGHTS", "Key messages" and "1. Summary" highlights;
  "What we're seeing", "Site and crowd", "🏫 Campus today", "SITUATION OVERVIEW", "Current situation" and
  the publication's "2. Rainfall" … "6. Reservoir stocks" situation; "Achievements this period" activity;
  "How we're helping", "Medical and welfare" and "Help and support" assistance; the three clusters
  ("Shelter", "Health", "Water, sanitation and hygiene") response; "Traffic and travel", "Roads, schools and
  services" and "Environmental and health impacts" impacts; "Weather" and "8. Outlook" forecast; "Air
  quality monitoring" surveillance; "Public health advice" advice; "To do" actions; "Worries and risks",
  "Risks and issues", "Risks", "🔴 Risks", "RISKS AND CONSTRAINTS", "Areas at risk", "Risks and
  uncertainties" and "7. Drought risk" risks; "Volunteers", "Staffing" and "👥 Staffing" workforce;
  "Money", "Budget" and "FUNDING" finance; "📣 Comms" communications; "Decisions required" decisions;
  "Organisations represented" attendees; "Coming up", "Planned next period", "⏭️ Next", "What happens next"
  and "Next meeting" next-steps.
- Figures as printed: "US$34 million", "µg/m³", "19°C".

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    docx-google-docs                1.000    0.941          0.941  0.634        1.000    1.000    0.939
    pdf-highlight-report            1.000    0.879          0.841  0.957        0.100    1.000    0.865
    md-notion-export                0.941    0.876          0.876  0.602        1.000    1.000    0.869
    md-slack-thread                 0.000    0.110          0.000  0.000        0.240    1.000    0.099
    pdf-flash-update                0.941    0.969          0.969  1.000        1.000    1.000    0.967
    pdf-browser-print               0.833    0.724          0.724  0.532        1.000    1.000    0.717
    pdf-stac-advice                 0.727    0.886          0.886  0.639        0.257    1.000    0.879
    html-govuk-publication          1.000    1.000          1.000  0.407        0.053    1.000    1.000
    TOTAL                           0.847    0.818          0.804  0.667        0.593    1.000    0.809

    96 documents, 64 report pairs linked.

With other content (``--seed 11 --series 6 --reports 5``, 240 documents, 192 pairs; the same first sight):
heading F1 0.846, item F1 0.815, right heading 0.797, key 0.671, mitigation 0.556, numbers 1.000, links 0.807
(``--seed 11`` with the defaults, 96 documents: heading 0.844, item 0.811, right heading 0.790, key 0.665,
mitigation 0.522, numbers 1.000, links 0.803).

No writer was changed after the first run: the documents were looked at (rendered pages, the raw HTML,
Markdown and WordprocessingML) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): a Slack post's lines run together — the export keeps the
post's line breaks, but with no blank line between them Markdown makes each bold emoji line and its "•" points
one paragraph, so no heading of the post is found, each section is one item under the day line (the channel
line and the day line are read as headings) and the reactions, "3 replies" and every reply are items (heading
F1 0, item F1 0.11); tables read out of order: in the highlight report the risk table's Description cells land
under "Budget" and its Mitigation cells under "Decisions required" (mitigation 0.100), "Risks and issues" is
read before "Planned next period", the right column of the side-by-side table, and the summary's paragraphs
are joined into one; the STAC paper's details table read as headings over their values ("Incident", "Meeting",
"Chair", "Version", "1.0 FINAL", "Distribution"); furniture kept as items: the Google Doc's italic note to
partners and its contact line, the Notion page's property lines (under its title, read as a heading), its
``<aside>`` callout and its links to sub-pages (as items of "To do"), the printed page's title (read as a
heading), menu, breadcrumbs, emergency notice, "Last updated …", its "On this page" links (read as a heading
over the section names) and its share line, the flash update's contact block (read as a heading over the
names), the STAC paper's "Summary advice …" and "Prepared by …" lines; leads not taken: "Recommended action:"
(STAC) and "Our response:" (in bold, the publication) leave the mitigation in the risk's text; keys: "What
we're seeing", "How we're helping", "Site and crowd", "Medical and welfare", "Traffic and travel", "Roads,
schools and services", "Help and support", "Air quality monitoring", "Organisations represented" and the
publication's "2. Rainfall" … "6. Reservoir stocks" get no key, and "Risks and issues", read before "Planned
next period" and left without items, is keyed next-steps (11 of 12 reports). Read well at first sight: the
Google Doc's bold 14 pt headings without heading styles and Google's list definitions, the Notion toggles'
indented "Mitigation: …" children and to-do boxes, the flash update's capitals headings, clusters under their
parent, key figures panel and running head, the browser's print header and footer, the STAC paper's paragraph
numbers (read as list marks) and markings, the government page's cookie banner, contents list, ``<span>``
numbers, feedback block, related content and footer, "What we're doing:" and "What we are doing:" in bold, and
every figure as printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind9_layouts_paper as paper  # noqa: E402
import blind9_layouts_pdf as pdf  # noqa: E402
import blind9_layouts_web as web  # noqa: E402
import blind9_layouts_word as word  # noqa: E402
from blind9_layouts_banks_agency import FLASH, PROGRAMME, STAC, WATER  # noqa: E402
from blind9_layouts_banks_local import CAMPUS, COUNTY_PAGE, FESTIVAL, FOOD  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402

RESPONSE = "HUMANITARIAN RESPONSE"

LAYOUTS = (
    Layout("docx-google-docs", "docx", word.docx_google_docs, publisher_wording(
        [("highlights", "Summary", "highlights"), ("situation", "What we're seeing", "situation"),
         ("assistance", "How we're helping", "assistance"), ("workforce", "Volunteers", "workforce"),
         ("risks", "Worries and risks", "risks"), ("finance", "Money", "finance"),
         ("next", "Coming up", "next-steps")]),
        "{org} – weekly winter update {n}", FOOD.series, restyle=lead_restyle(word.LEAD)),
    Layout("pdf-highlight-report", "pdf", pdf.pdf_highlight_report, publisher_wording(
        [("highlights", "Summary", "highlights"), ("activity", "Achievements this period", "activity"),
         ("next", "Planned next period", "next-steps"), ("risks", "Risks and issues", "risks"),
         ("finance", "Budget", "finance"), ("decisions", "Decisions required", "decisions")]),
        "{service} – weekly highlight report {n}", PROGRAMME.series, risk_table=True),
    Layout("md-notion-export", "md", web.markdown_notion, publisher_wording(
        [("highlights", "Headlines", "highlights"), ("situation", "Site and crowd", "situation"),
         ("assistance", "Medical and welfare", "assistance"), ("impacts", "Traffic and travel", "impacts"),
         ("forecast", "Weather", "forecast"), ("risks", "Risks", "risks"), ("workforce", "Staffing", "workforce"),
         ("actions", "To do", "actions")]),
        "Day {n} – Event Control report", FESTIVAL.series),
    Layout("md-slack-thread", "md", web.markdown_slack, publisher_wording(
        [("highlights", "🟢 Headlines", "highlights"), ("situation", "🏫 Campus today", "situation"),
         ("risks", "🔴 Risks", "risks"), ("workforce", "👥 Staffing", "workforce"),
         ("communications", "📣 Comms", "communications"), ("next", "⏭️ Next", "next-steps")]),
        "{org} – campus update {n}", CAMPUS.series),
    Layout("pdf-flash-update", "pdf", pdf.pdf_flash_update, publisher_wording(
        [("highlights", "HIGHLIGHTS", "highlights"), ("situation", "SITUATION OVERVIEW", "situation"),
         ("shelter", "Shelter", "response", RESPONSE), ("health", "Health", "response", RESPONSE),
         ("wash", "Water, sanitation and hygiene", "response", RESPONSE),
         ("risks", "RISKS AND CONSTRAINTS", "risks"), ("finance", "FUNDING", "finance")]),
        "{service} – Flash Update No. {n}", FLASH.series),
    Layout("pdf-browser-print", "pdf", paper.pdf_browser_print, publisher_wording(
        [("situation", "Current situation", "situation"), ("impacts", "Roads, schools and services", "impacts"),
         ("assistance", "Help and support", "assistance"), ("risks", "Areas at risk", "risks"),
         ("next", "What happens next", "next-steps")]),
        "Flooding: latest updates – {org}", COUNTY_PAGE.series, restyle=lead_restyle(paper.LEAD)),
    Layout("pdf-stac-advice", "pdf", paper.pdf_stac, publisher_wording(
        [("highlights", "Key messages", "highlights"), ("situation", "Current situation", "situation"),
         ("surveillance", "Air quality monitoring", "surveillance"), ("advice", "Public health advice", "advice"),
         ("impacts", "Environmental and health impacts", "impacts"),
         ("risks", "Risks and uncertainties", "risks"), ("attendees", "Organisations represented", "attendees"),
         ("next", "Next meeting", "next-steps")]),
        "STAC summary advice {n}", STAC.series, restyle=lead_restyle("Recommended action:")),
    Layout("html-govuk-publication", "html", web.html_govuk, publisher_wording(
        [("highlights", "1. Summary", "highlights"), ("rainfall", "2. Rainfall", "situation"),
         ("soil", "3. Soil moisture deficit", "situation"), ("rivers", "4. River flows", "situation"),
         ("groundwater", "5. Groundwater levels", "situation"), ("reservoirs", "6. Reservoir stocks", "situation"),
         ("risks", "7. Drought risk", "risks"), ("forecast", "8. Outlook", "forecast")]),
        "Water situation: {date} summary", WATER.series, restyle=lead_restyle(web.LEAD)),
)  # fmt: skip


SEED_OFFSET = 1000  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
