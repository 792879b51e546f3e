"""Sitreps of eight more publishers in layouts nobody tuned for, a ninth blind, first-sight measure.

    python benchmarks/blind8_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

A ninth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind7_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind8_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and
appear from report to report): a council's incident briefing deck for its members exported from PowerPoint
to PDF (16:9 pages, a title slide, each section a slide under a coloured title band, "•" points and "–"
points indented under them, a risk's "Mitigation: …" an indented point under it, the staffing and costs
side by side on one "Resources" slide, a "Questions?" slide, the logo text, "OFFICIAL" and the slide
number on each slide); a housing service's weekly report in Word made from last week's copy with its
tracked changes left in (new text in ``w:ins``, last week's text in ``w:del`` — figures changed word by word,
points deleted whole in place — a reviewer's comments, Heading styles, bullets of a real Word list); a
waste service's daily update sent from Outlook as a reply in its thread (Word's HTML with ``MsoListParagraph``
bullets behind ``<![if !supportLists]>``, "Hi all," and "Please see today's update below.", a signature with
phone numbers and a confidentiality notice, then the "From: … Sent: … To: … Subject: RE: …" block over
yesterday's update quoted whole); a US county's wildfire status summary as a flattened ICS 209 style form
(ruled identification cells, numbered narrative boxes "12. Significant Events" … "18. Estimated Costs to
Date" whose typed "- " points wrap back to the box's edge, "ICS 209, Page 1" and "Page 1 of 3", US figures
and dates "$2.33 million", "August 9"); a water company's formal report to its board in Word (a cover page,
a table of contents field with its cached entries, headings numbered "1." and "2.1" by a multilevel list
linked to the heading styles, the numbers typed nowhere, paragraphs under them, a running header and a
"Page x of y" footer); an Italian regional civil protection agency's bulletin page (cookie banner, slim
header, menu, breadcrumb, "Aggiornamento del …", ``<h2>`` and ``<h3>`` sections "Situazione", "Criticità",
"Interventi in corso", "Volontariato", "Prossimi aggiornamenti", "Misure:" in bold after a ``<br>``, Italian
figures "1.250", "3,5 mm", "12%", share buttons, a rating widget and the footer); an IT service's status page
in a git wiki (front matter, ``[[_TOC_]]``, a "> **Note**" notice, a System | Status | ETA table, nested
points, a task list, the risks as a Risk | RAG | Mitigation | Owner table); and a resilience forum's weekly
bulletin in two columns (a masthead banner, an "At a glance" box of figures at the head of the right column,
headings, paragraphs and bullets flowing down the left column and on into the right, a pull quote between
rules, a running head and footers). The generator's structure is the gold; the scorer and linking measure
are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the deck's title slide, its
  "Questions?" slide and contact line, the logo text, "OFFICIAL", the footer line and slide numbers; the
  Word report's title, its "Week ending … | Prepared by …" line, header and footer, and every comment; the
  e-mail's "Hi all,", "Please see today's update below.", "Thanks,", the name, signature and notice, and
  all of the quoted message under the "From: …" block (yesterday's report is not content of today's); the
  form's title row, the identification cells 1–11 and their values (repeated at the top of each page), the
  approval cells 19 and 20, "ICS 209, Page n", "*Required when applicable." and "Page n of 3"; the board
  report's cover page, the "Contents" title and every entry of the table of contents, the header and the
  footer; the bulletin page's cookie banner, headers, menu, breadcrumb, title, "Aggiornamento del …", share
  buttons, topics, "Ultimo aggiornamento …", the rating widget and the footer; the wiki page's front
  matter, ``[[_TOC_]]``, title, "Last updated …", the "> **Note**" notice and the edit footer; the
  bulletin's masthead, running head and footers, the "At a glance" box (figures only) and the pull quote
  (a headline printed a second time).
- Text struck through as a tracked deletion is not in the document: a point deleted whole is no item, and an
  edited point is its text with the changes accepted ("16 people have moved on … (up from 15 last week).").
- A heading is printed as the reader sees it: the board report's headings with the numbers Word gives them
  ("1. Summary", "2.1 Water quality"), though the text holds none; the form's box labels with their numbers
  ("12. Significant Events"). "Resources", "Service delivery", "2. Incident position", "Interventi in
  corso" and "Partner updates" are itemless parents of level 1 over their sub-headings at level 2; on the
  deck's "Resources" slide the two column titles "Staffing" and "Costs" are those sub-headings, the left
  column read before the right.
- Items: each point, paragraph or list entry is one item, its wrapped lines joined (a form's "- " point with
  the lines that wrap back to the box's edge, a bulletin paragraph that runs from the foot of one column to
  the head of the next); an indented point ("–" on the deck, a nested list entry in the wiki) is an item of
  its own after the point above it; a task list entry is an item without its box; in the risk table the item
  is the Risk cell and its mitigation is the Mitigation cell; the System | Status | ETA table is a table of
  values, not items.
- Risks with their mitigation are one item, the mitigation printed with its lead: the deck's indented
  "Mitigation: …" point (the risk's own, as a nested "Mitigation:" bullet is in the earlier sets), "Mitigation:"
  in the Word report, "Mitigating action:" (in italics) in the e-mail, "Mitigation measures:" on the form,
  "Mitigating actions:" in the board report, "Misure:" (in bold, after a line break) on the Italian page,
  "What partners are doing:" (in bold) in the bulletin.
- Keys: "Situation overview", "Current position", "Today's collections", "12. Significant Events", "2.1 Water
  quality", "Situazione" and "Current status" situation; "16. Weather Concerns", "Previsioni meteo" and
  "Weather and outlook" forecast; "Impact on residents", "Missed collections", "15. Evacuations and
  Structures Threatened", "2.2 Customers affected" and "Impact" impacts; "Council response", "Outreach",
  "Contingency arrangements", "3. Incident response", "Vigili del fuoco", "Comuni e Regione" and the three
  partner updates ("Health and social care", "Local authorities", "Utilities") response; "Accommodation"
  (emergency beds for people sleeping rough) and "Assistenza alla popolazione" assistance; "Actions" (the
  task list, done and to do) actions; "Risks and mitigations", "Risks and issues", "Risks", "13.
  Threats/Risks", "4. Risks", "Criticità" and "Risks to watch" risks; "7. Recommendations" (each asks the
  Board to note, approve or agree) decisions; "Staffing", "14. Resources" and "Volontariato" workforce;
  "Costs", "18. Estimated Costs to Date" and "6. Financial implications" finance; "Communications", "5.
  Customer and stakeholder communications", "Comms" and "Warning and informing" communications; "Recovery"
  recovery; "1. Summary", "Summary" and "Headlines" highlights; "Next steps", "Next 24 hours", "17. Planned
  Actions for Next Operational Period", "Prossimi aggiornamenti", "Next update" and "Dates for your diary"
  next-steps.
- Figures as printed in the publisher's conventions: "1.250" and "3,5 mm" are Italian, "$2.33 million" and
  "August 9" US.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pptx-deck-pdf                   1.000    0.944          0.927  0.982      1.000    1.000    0.942
    docx-tracked-changes            1.000    0.964          0.964  0.738      1.000    1.000    0.961
    eml-outlook-reply               0.727    0.902          0.388  0.430      1.000    1.000    0.894
    pdf-ics209-form                 0.875    0.944          0.944  0.529      1.000    1.000    0.936
    docx-numbered-legal             0.783    0.946          0.946  0.758      1.000    1.000    0.944
    html-protezione-civile-it       1.000    0.910          0.910  0.841      1.000    1.000    0.902
    md-gfm-wiki                     1.000    0.911          0.911  1.000      1.000    1.000    0.903
    pdf-two-column-bulletin         0.866    0.960          0.848  0.545      0.143    1.000    0.962
    TOTAL                           0.906    0.936          0.861  0.726      0.892    1.000    0.933

    96 documents, 64 report pairs linked.

With other content (``--seed 11 --series 6 --reports 5``, 240 documents, 192 pairs; the same first sight):
heading F1 0.908, item F1 0.932, right heading 0.858, key 0.710, mitigation 0.909, numbers 1.000, links 0.927.

No writer was changed after the first run: the documents were looked at (rendered pages, the raw HTML,
Markdown, e-mail and WordprocessingML) before it, and checked to open with ``sitroom parse``.

Failure classes seen at first sight (``-v``), by the items they cost: keys (441 of the 1,607 matched items
keyed wrong or not at all) — "15. Evacuations and Structures Threatened", the three partner updates
("Health and social care", "Local authorities", "Utilities"), "2.1 Water quality", "Dates for your diary",
"Prossimi aggiornamenti" and "Volontariato" get no key, "12. Significant Events" is taken for activity,
"14. Resources" for guidance, "Accommodation" and "Outreach" for activity, "7. Recommendations" for advice;
furniture kept as items (144 items): the Word report's "Week ending … | Prepared by …" line, the Italian
page's "Aggiornamento del …", its topics (run together, "ArgomentiMaltempo …") and "Ultimo aggiornamento …",
the wiki's "Last updated …", its "> **Note**" notice and its edit footer, the deck's "Questions?", the board
report's "Classification: …" and "Author: …" under its cover page's date, which is read as a heading as
are the company's name, "Report to the Board", the title and "Report no. n" (five false headings a
report), and the form's approval cells 19 and 20, read as headings over their values ("R. Delgado" losing
its initial as if it were a list letter); in the e-mail only the bold underlined headings whose words are
known are headings ("Risks", "Staffing", "Communications", "Next 24 hours"), so "Today's collections",
"Missed collections" and "Contingency arrangements" are items of a section with no heading and the 94
items under them fall under no heading; columns read across: on the deck's "Resources" slide the two
columns are read line by line, so a "Staffing" point that wraps is cut into its lines and put under
"Costs", and in the bulletin a paragraph's line carried from the foot of the left column to the head of the
right ("all depots.", "week.") is read as a heading, a last word alone on its line ("year.") as an item,
a heading at the head of the right column can be read after it with its items left under the heading
before, and the pull quote and "At a glance" are read as headings (in some issues the box's figures as
headings over their labels, the items after it under it); "What partners are doing:" (in bold) is not
taken for a mitigation lead (4 of 28 risks right). Read well at first sight: tracked changes (no deleted
text read, inserted text read, comments left out), heading numbers that only numbering.xml holds ("2.1
Water quality") and a TOC field's cached entries left out, the Outlook reply's quoted message, greeting,
signature and notice left out, the form's identification cells and page furniture, the deck's title
slide, logo text, marking, footer, slide numbers and indented points, the wiki's front matter,
``[[_TOC_]]``, status table, risk table, task list and nested lists, the Italian site's cookie banner,
header, menu, breadcrumb, share buttons, rating widget and footer, Italian and US figures, and the leads
"Mitigating action:", "Mitigation measures:", "Mitigating actions:" and "Misure:" after a line break.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind8_layouts_mail as mail  # noqa: E402
import blind8_layouts_pdf as pdf  # noqa: E402
import blind8_layouts_slides as slides  # noqa: E402
import blind8_layouts_web as web  # noqa: E402
import blind8_layouts_word as word  # noqa: E402
from blind7_layouts_content import mitigation_lead  # noqa: E402
from blind8_layouts_banks_council import DECK, HOUSING, WASTE  # noqa: E402
from blind8_layouts_banks_it import PROTEZIONE_CIVILE  # noqa: E402
from blind8_layouts_banks_ops import FORUM, IT_OUTAGE, WATER_BOARD, WILDFIRE  # noqa: E402
from blind8_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402


def _us(doc: Doc) -> None:
    localise(doc, "us")
    mitigation_lead(doc, "Mitigation measures:")


def _italian(doc: Doc) -> None:
    localise(doc, "it")


RESOURCES = "Resources"
DELIVERY = "Service delivery"
POSITION = "2. Incident position"
INTERVENTI = "Interventi in corso"
PARTNERS = "Partner updates"

LAYOUTS = (
    Layout("pptx-deck-pdf", "pdf", slides.pdf_briefing_deck, publisher_wording(
        [("situation", "Situation overview", "situation"), ("impacts", "Impact on residents", "impacts"),
         ("response", "Council response", "response"), ("risks", "Risks and mitigations", "risks"),
         ("workforce", "Staffing", "workforce", RESOURCES), ("finance", "Costs", "finance", RESOURCES),
         ("communications", "Communications", "communications"), ("next", "Next steps", "next-steps")]),
        "{service} – member briefing {n}", DECK.series),
    Layout("docx-tracked-changes", "docx", word.docx_tracked_changes, publisher_wording(
        [("situation", "Current position", "situation"),
         ("accommodation", "Accommodation", "assistance", DELIVERY), ("outreach", "Outreach", "response", DELIVERY),
         ("risks", "Risks and issues", "risks"), ("workforce", "Staffing", "workforce"),
         ("finance", "Costs", "finance"), ("next", "Next steps", "next-steps")]),
        "{service} (SWEP) – Situation Report {n}", HOUSING.series),
    Layout("eml-outlook-reply", "eml", mail.email_outlook_reply, publisher_wording(
        [("situation", "Today's collections", "situation"), ("impacts", "Missed collections", "impacts"),
         ("response", "Contingency arrangements", "response"), ("risks", "Risks", "risks"),
         ("workforce", "Staffing", "workforce"), ("communications", "Communications", "communications"),
         ("next", "Next 24 hours", "next-steps")]),
        "RE: {service} – daily update", WASTE.series, restyle=lead_restyle(mail.LEAD)),
    Layout("pdf-ics209-form", "pdf", pdf.pdf_ics209_form, publisher_wording(
        [("situation", "12. Significant Events", "situation"), ("risks", "13. Threats/Risks", "risks"),
         ("workforce", "14. Resources", "workforce"),
         ("impacts", "15. Evacuations and Structures Threatened", "impacts"),
         ("forecast", "16. Weather Concerns", "forecast"),
         ("next", "17. Planned Actions for Next Operational Period", "next-steps"),
         ("finance", "18. Estimated Costs to Date", "finance")]),
        "Incident Status Summary (ICS 209) – {service} – report {n}", WILDFIRE.series, restyle=_us),
    Layout("docx-numbered-legal", "docx", word.docx_board_report, publisher_wording(
        [("highlights", "1. Summary", "highlights"), ("situation", "2.1 Water quality", "situation", POSITION),
         ("impacts", "2.2 Customers affected", "impacts", POSITION),
         ("response", "3. Incident response", "response"), ("risks", "4. Risks", "risks"),
         ("communications", "5. Customer and stakeholder communications", "communications"),
         ("finance", "6. Financial implications", "finance"), ("decisions", "7. Recommendations", "decisions")]),
        "{service}: position and response – report no. {n}", WATER_BOARD.series,
        restyle=lead_restyle("Mitigating actions:")),
    Layout("html-protezione-civile-it", "html", web.html_protezione_civile, publisher_wording(
        [("situation", "Situazione", "situation"), ("forecast", "Previsioni meteo", "forecast"),
         ("risks", "Criticità", "risks"), ("vvf", "Vigili del fuoco", "response", INTERVENTI),
         ("comuni", "Comuni e Regione", "response", INTERVENTI),
         ("assistance", "Assistenza alla popolazione", "assistance"), ("workforce", "Volontariato", "workforce"),
         ("next", "Prossimi aggiornamenti", "next-steps")]),
        "{service} – Aggiornamento n. {n}", PROTEZIONE_CIVILE.series, restyle=_italian),
    Layout("md-gfm-wiki", "md", web.markdown_wiki, publisher_wording(
        [("highlights", "Summary", "highlights"), ("situation", "Current status", "situation"),
         ("impacts", "Impact", "impacts"), ("actions", "Actions", "actions"), ("risks", "Risks", "risks"),
         ("communications", "Comms", "communications"), ("next", "Next update", "next-steps")]),
        "{service} – status update {n}", IT_OUTAGE.series, risk_table=True),
    Layout("pdf-two-column-bulletin", "pdf", pdf.pdf_bulletin, publisher_wording(
        [("highlights", "Headlines", "highlights"), ("forecast", "Weather and outlook", "forecast"),
         ("health", "Health and social care", "response", PARTNERS),
         ("councils", "Local authorities", "response", PARTNERS), ("utilities", "Utilities", "response", PARTNERS),
         ("risks", "Risks to watch", "risks"), ("recovery", "Recovery", "recovery"),
         ("communications", "Warning and informing", "communications"),
         ("next", "Dates for your diary", "next-steps")]),
        "Resilience Bulletin – Issue {n}", FORUM.series, restyle=lead_restyle(pdf.LEAD)),
)  # fmt: skip


SEED_OFFSET = 900  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
