"""Sitreps of eight more publishers in layouts nobody tuned for, a fiftieth blind, first-sight measure.

    python benchmarks/blind49_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A fiftieth set beside ``council_layouts.py`` … ``blind48_layouts.py``, written from what eight more publishers send and
not from what the parser expects (the parser's code was not read to write it), again eight publishers writing in
English — in New Zealand, Australia, Britain and Ireland, Canada, the Channel Islands and the Isle of Man, the United
States, Nigeria and Northern Ireland — in tools no earlier set printed: New Zealand regional councils' public
transport teams after the bus ticketing system failed (``blind49_layouts_web``: the update posted as an incident of
the council's self-hosted Cachet status page and saved from the browser — the banner with the council's logo, "Back
to status page" and "Subscribe", the incident's name as the ``<h1>`` with its date in ``<small>``, the status
"Identified" with its icon, the message as Cachet renders the Markdown typed into it, each section's name a
paragraph of bold alone, the summary as paragraphs, the points a list, "Workaround:" in bold, "Posted 3 hours ago",
the affected components with their status and the footer "Powered by Cachet." with its RSS, Atom and Subscribe
links); national positioning agencies after a faulty receiver firmware update took their GNSS reference stations
offline (the same module: the sitrep kept as a Markdown file in the operations team's Git repository on Bitbucket
and shared raw — the template's HTML comment, the ``#`` title, a table of particulars with a coloured circle for the
status, Bitbucket's ``[TOC]`` marker, ``##`` sections each followed by a "[↑ Back to top](#markdown-header-…)" link,
``-`` lists, "**Mitigation:**", the next steps as "- [ ]" task entries, a "Revision history" table under ``###``
after a rule and an italic source note; each agency's amounts in its own currency); Canadian provincial archives
after a burst sprinkler pipe flooded their storage vaults (``blind49_layouts_print``, reportlab: the briefing for the
deputy minister made in Keynote and exported to PDF, a 16:9 slide a page — the title slide, an "Agenda" slide listing
the sections, a slide per section with its title in bold, the key messages as paragraphs, the other points after "•"
in a body Keynote shrinks to fit, a risk's "Mitigation:" in bold on a line of its own inside the point, typed after
a line break, the logo as a picture in the corner, the archives' name and the slide number at the foot, and a
"Questions?" slide with the contact's e-mail); the governments of Jersey, Guernsey, Alderney and the Isle of Man
after Asian hornet nests were found (``blind49_layouts_paged``, WeasyPrint in the design tool's place: the weekly
"Asian Hornet Update" laid out in Marq, once Lucidpress, as a two-column newsletter and downloaded as a PDF — the
masthead band with the crest, title, issue, date and government, a shaded "At a glance" box across the page holding
the summary, the other sections down two columns with their names in the government's colour, bullets, "Our
response:" in bold, a photograph with its caption, a pull quote repeating the summary's last sentence, the hornet
team's contact box and the web address and "Page 1" at the foot); American state universities' facilities services
after the central heating plant failed in a cold spell (``blind49_layouts_mail``: the day's update sent to a
building coordinator as the plain-text reply on their ticket in the help desk, osTicket — "Re: … [#289984]", the
reply separator "-- reply above this line --", the coordinator's first name and a line on which update this is, each
section's name in capitals on a line of its own, the summary as paragraphs, the points after "- ", "Contingency:",
the agent's signature, the template's "We hope this response has sufficiently answered your questions …" paragraph,
the department's signature and "Ticket Details: …"); American mosquito control districts in a West Nile virus
outbreak (the mail module: the district's weekly post on the neighbourhood network Nextdoor as the network e-mails
it to a resident — HTML with the network's logo and the resident's neighbourhood, the district's name with its
"Agency" badge, "Aug 10 · 158 neighborhoods", the post's subject in bold and the post's plain text with its line
breaks as ``<br>`` in one cell — each section's name a line of its own, the summary as lines, the points after "• ",
"What we're doing:", a closing "Questions? Call us at …" line and the hashtags —, "Thank · Reply · Share" and the
footer with "Unsubscribe" and the network's address, and the plain text beside it); Nigerian state ministries of
health in a Lassa fever outbreak (``blind49_layouts_word``, python-docx: the weekly situation report written in Word
— the ministry's logo and name and "State Epidemiology Unit" in the header, "LASSA FEVER SITUATION REPORT", the
serial number, epi-week and reporting period as "Label: value" lines, a "Key indicators" table of figures, then the
report as one table "Thematic area | Update", a row per section, its name bold in the left cell on a green shade and
its points in the right cell, the highlights as paragraphs, the others bulleted, "Intervention:" in bold, "Prepared
by" and "For" lines and "Page 1 of 2" in the footer); and Northern Ireland councils in a disruption of heating oil
deliveries (the Word module: the situation report on the council's committee report template — the logo and the
council's name in the header, the table of particulars with "Report to", "Subject", "Date", "Reporting Officer",
"Contact Officer" and the template's questions "Is this report restricted for confidential business?" and "Is the
decision eligible for Call-in?" answered "Yes ☐ No ☒", then every paragraph numbered by hand: each section's name
bold as "1.0", a tab and the name, each point "1.1", a tab and the text on a hanging indent, "Mitigation:" in bold,
the template's closing "Recommendation" and "Appendices – Documents Attached" sections, "OFFICIAL SENSITIVE" and
"Page 1 of 2" in the footer). Each layout is one kind of publisher; its four series are four organisations of that
kind, their content from this set's banks (``blind49_layouts_banks_north``, ``blind49_layouts_banks_south``) through
the generator's churn model, printed in each publisher's conventions (``blind49_layouts_content``). The generator's
structure is the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer.

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the status page's banner, links, buttons, the incident's name and date, the status, "Posted … ago", the
affected components and the footer; the Markdown's comment, ``#`` title, particulars table, ``[TOC]``, the "Back to
top" links, the revision history under its heading and the source note; the deck's title, agenda and "Questions?"
slides, the logo, the archives' name and the slide numbers; the newsletter's masthead, the photograph and its
caption, the pull quote (a repeat of the summary), the contact box and the page foot; the reply's separator,
greeting, line on which update this is, the agent's and the department's signatures, the template's closing
paragraph and the ticket's link; the post's neighbourhood, the district's name and badge, the date and reach line,
the subject, the closing "Questions? …" line, the hashtags, the links and the footer; the Lassa report's header and
footer, title, "Label: value" lines, key indicators table, the "Thematic area | Update" header row and the "Prepared
by" and "For" lines; the committee report's header and footer, the particulars table and the template's closing
"Recommendation" and "Appendices – Documents Attached" sections with their paragraphs. Headings as printed, all
level 1 (the Lassa table's left cells are the sections' headings, the committee report's with their numbers: "1.0
Summary"). Items: each paragraph or point without its bullet, check box or typed number ("1.1"); a risk with its
mitigation is one item printed with its lead ("Workaround:", "Mitigation:", "Our response:", "Contingency:", "What
we're doing:", "Intervention:"), in the deck with the lead on its own line inside the point. Keys: summary highlights
("Summary", "Key messages", "At a glance", "Quick summary", "Highlights"), situation situation ("Where things are
at", "Current status", "Current situation", "Where we are", "What we're seeing", "Epidemiological situation",
"Current position"), impacts impacts, the two topic sections None, help assistance, staff workforce, money finance,
risks risks ("Challenges" too), next steps next-steps ("What's next", "What happens next", "Coming up" too), in
every publisher. Figures as printed: "$3,400", "$1.25m", "16 April", "(was 5 at our last update)"; "NZ$3,400",
"£3,400", "A$3,400", "€3,400", "16 March", "(previous sitrep: 5)"; "$3,400", "$1.25 million", "January 16",
"(previous briefing: 5)"; "£3,400", "£1.25m", "16 June", "(last issue: 5)"; "$3,400", "January 16", "(last update:
5)"; "$3,400", "August 16", "(last week: 5)"; "₦3,400", "16th February", "(previous epi-week: 5)"; "£3,400",
"16 February", "(previous report: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 7682fa3, the commit
this set was branched from, before any change to it for this set, the worktree's own ``src`` first on the path; the
columns narrowed):

    layout                                   heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    html-cachet-status-bus-ticketing-nz           1.000     1.000     1.000     1.000     1.000     1.000     1.000
    md-bitbucket-gnss-firmware-intl               1.000     0.737     0.737     0.873     1.000     1.000     0.724
    pdf-keynote-deck-vault-flood-ca               1.000     1.000     1.000     0.865     1.000     1.000     1.000
    pdf-marq-newsletter-hornet-ci                 1.000     1.000     1.000     1.000     1.000     1.000     1.000
    eml-osticket-heating-plant-us                 1.000     0.839     0.839     1.000     1.000     1.000     0.832
    eml-nextdoor-west-nile-us                     0.000     0.573     0.000     0.000     1.000     1.000     0.518
    docx-table-lassa-ng                           1.000     1.000     1.000     1.000     1.000     1.000     1.000
    docx-numbered-heating-oil-ni                  0.769     0.838     0.838     1.000     1.000     1.000     0.826
    TOTAL                                         0.897     0.858     0.775     0.872     1.000     1.000     0.846
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    html-cachet-status-bus-ticketing-nz           1.000     1.000     1.000     1.000     1.000     1.000     1.000
    md-bitbucket-gnss-firmware-intl               1.000     0.754     0.754     0.868     1.000     1.000     0.748
    pdf-keynote-deck-vault-flood-ca               1.000     1.000     1.000     0.866     1.000     1.000     1.000
    pdf-marq-newsletter-hornet-ci                 1.000     1.000     1.000     1.000     1.000     1.000     1.000
    eml-osticket-heating-plant-us                 1.000     0.833     0.833     1.000     1.000     1.000     0.821
    eml-nextdoor-west-nile-us                     0.000     0.570     0.000     0.000     1.000     1.000     0.535
    docx-table-lassa-ng                           1.000     1.000     1.000     1.000     1.000     1.000     1.000
    docx-numbered-heating-oil-ni                  0.769     0.844     0.844     1.000     1.000     1.000     0.834
    TOTAL                                         0.897     0.857     0.774     0.876     1.000     1.000     0.846

Before writing, the kinds were checked against the layouts printed so far: status pages (``blind8``'s, Statuspage in
``blind37``), GitHub's and GitLab's Markdown (``blind12``'s issue with its ``[!IMPORTANT]`` alert, ``blind18``'s
incident and its ``[[_TOC_]]``), decks exported or printed (PowerPoint, Google Slides, Impress notes pages, Beamer,
handouts), two-column newsletters (Microsoft Publisher in ``blind27``, InDesign, Affinity, Scribus), help desks'
mail (Zendesk, Znuny, RTIR), neighbourhood networks (Front Porch Forum in ``blind38``), Word tables with heading cells,
numbered Word reports (``blind46``'s "List Number" headings, ``blind47``'s numbered briefing) and 911 centres
(``blind33``) were printed before, so each layout here differs in its kind, channel or tool: no benchmark file named
Cachet, Bitbucket, Keynote, Marq or Lucidpress, osTicket, Nextdoor, Lassa fever, heating oil, Asian hornets, West Nile
virus, GNSS reference stations, a flooded archive vault or a university's heating plant. The fonts needed are
Liberation Sans and Serif. The documents and gold were written without parsing them and looked at (``pdftotext`` and
``pdftoppm`` pages, the Word files through LibreOffice, the e-mails decoded, the pages' and Markdown's text): every
gold heading, item, risk and mitigation is in the extracted text at seeds 0 and 11 (2,752 and 2,808 texts). Fixes of
that stage: the Lassa report's key indicators gave a case fatality rate of its own beside the one its situation
reported (the table now takes it from the report), its reporting period lost the first day's month where the week
began in the month before, and the reply's "To" named the coordinator by first name only. The figures above are
those of the final code.

Failure classes seen at first sight (``-v``, seed 0):

- Neighbourhood network post: the post's text is one block broken by ``<br>``, and no line of it is read as a heading
  (heading F1 0.000 in all 12 reports, no item under a heading, no key): a section's name followed by prose lines or
  by a single "• " point is joined with them into one item, its bullet kept inside ("Impact on residents • 109 dead
  birds were reported by residents.", "Quick summary 119 mosquito samples … West Nile virus was first found …"); a
  name followed by two points or more is an item of its own; the resident's neighbourhood, the district's name with
  "Agency", the "Aug 10 · 158 neighborhoods" line, the closing "Questions? Call us at …" line and "Thank · Reply ·
  Share" are items (the hashtags are left out). Every risk's "What we're doing:" is split off where the item is found.
- Markdown runbook: every section, point, "**Mitigation:**" and task entry right and the comment, particulars table,
  ``[TOC]``, revision history and source note left out, but the "[↑ Back to top](#markdown-header-…)" link after each
  section is an item of it (10 a document, all 12 documents) and links are made between them across reports;
  "Reference stations" is keyed annex and "User support" not keyed assistance.
- Committee report numbered by hand: every "1.0" section, "1.1" point (its number left out) and "Mitigation:" right,
  but the particulars table's rows after the first three are level-2 headings over their values ("Reporting Officer:"
  over the director, "Contact Officer:", "Is this report restricted for confidential business?" and "Is the decision
  eligible for Call-in?" over "Yes ☐ No ☒"; the "Report to", "Subject" and "Date" rows are left out as the letter's
  head), and the template's closing "11.0 Recommendation" and "12.0 Appendices – Documents Attached" are sections with
  their paragraphs (12 of 12).
- Help desk reply: every capitals heading, point and "Contingency:" right, the separator, greeting, opening line and
  ticket link left out, but the agent's signature (name, post, department, telephone), the template's "We hope this
  response …" paragraph and the department's name are six items of "NEXT STEPS" in every report.
- Keynote deck: read whole and right (title, agenda and "Questions?" slides, logo, foot and slide numbers left out, the
  shrunk text and the mitigation's line of its own read right); only "Supporting researchers and donors" is not keyed
  assistance.
- Status page, newsletter and table report: read whole and right — the status page's banner, components and footer,
  the newsletter's masthead, photograph, pull quote and contact box, the Lassa report's indicators and header row all
  left out.

Figures are read as printed wherever an item is found whole. The run did not crash, no document was refused and each
seed's run took about 16 seconds.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind49_layouts_mail as mail  # noqa: E402
import blind49_layouts_paged as paged  # noqa: E402
import blind49_layouts_print as printed  # noqa: E402
import blind49_layouts_web as web  # noqa: E402
import blind49_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind49_layouts_banks_north import HEATING, HORNET, OIL, VAULTS  # noqa: E402
from blind49_layouts_banks_south import GNSS, LASSA, MOSQUITO, TICKETING  # noqa: E402
from blind49_layouts_content import localise, number_headings  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("html-cachet-status-bus-ticketing-nz", "html", web.html_cachet_status_nz, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Where things are at", "situation"),
         ("imp", "What this means for you", "impacts"), ("ta", "Card readers", None),
         ("tb", "Top-ups and concessions", None), ("help", "Help for passengers", "assistance"),
         ("staff", "Our team", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "What's next", "next-steps")]),
        "Bus ticketing outage – update {n} – {org}", TICKETING.series, restyle=partial(localise, lang="nz")),
    Layout("md-bitbucket-gnss-firmware-intl", "md", web.md_bitbucket_gnss, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current status", "situation"),
         ("imp", "Impact on users", "impacts"), ("ta", "Reference stations", None),
         ("tb", "Correction services", None), ("help", "User support", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "GNSS network outage – sitrep {n} – {org}", GNSS.series, restyle=partial(localise, lang="gnss")),
    Layout("pdf-keynote-deck-vault-flood-ca", "pdf", printed.pdf_keynote_deck_ca, publisher_wording(
        [("hl", "Key messages", "highlights"), ("sit", "Current situation", "situation"),
         ("imp", "Impact on holdings and services", "impacts"), ("ta", "Salvage and drying", None),
         ("tb", "Building repairs", None), ("help", "Supporting researchers and donors", "assistance"),
         ("staff", "Our people", "workforce"), ("money", "Financial", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Vault flood – briefing {n} – {org}", VAULTS.series, restyle=partial(localise, lang="ca")),
    Layout("pdf-marq-newsletter-hornet-ci", "pdf", paged.pdf_marq_newsletter_ci, publisher_wording(
        [("hl", "At a glance", "highlights"), ("sit", "Where we are", "situation"),
         ("imp", "Impact on beekeepers and the public", "impacts"), ("ta", "Nest finding", None),
         ("tb", "Trapping", None), ("help", "Support for beekeepers", "assistance"),
         ("staff", "Our team and volunteers", "workforce"), ("money", "Costs", "finance"),
         ("risks", "Risks", "risks"), ("next", "What happens next", "next-steps")]),
        "Asian Hornet Update – issue {n} – {org}", HORNET.series, restyle=partial(localise, lang="ci")),
    Layout("eml-osticket-heating-plant-us", "eml", mail.eml_osticket_us, publisher_wording(
        [("hl", "SUMMARY", "highlights"), ("sit", "CURRENT STATUS", "situation"),
         ("imp", "IMPACT ON CAMPUS", "impacts"), ("ta", "BOILER REPAIRS", None),
         ("tb", "TEMPORARY HEAT", None), ("help", "SUPPORT FOR STUDENTS AND STAFF", "assistance"),
         ("staff", "STAFFING", "workforce"), ("money", "COSTS", "finance"), ("risks", "RISKS", "risks"),
         ("next", "NEXT STEPS", "next-steps")]),
        "Heating plant outage – update {n} – {org}", HEATING.series, restyle=partial(localise, lang="us")),
    Layout("eml-nextdoor-west-nile-us", "eml", mail.eml_nextdoor_us, publisher_wording(
        [("hl", "Quick summary", "highlights"), ("sit", "What we're seeing", "situation"),
         ("imp", "Impact on residents", "impacts"), ("ta", "Spraying", None),
         ("tb", "Trapping and testing", None), ("help", "Help for residents", "assistance"),
         ("staff", "Our crews", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Coming up", "next-steps")]),
        "West Nile virus update {n} – {org}", MOSQUITO.series, restyle=partial(localise, lang="nd")),
    Layout("docx-table-lassa-ng", "docx", word.docx_table_lassa_ng, publisher_wording(
        [("hl", "Highlights", "highlights"), ("sit", "Epidemiological situation", "situation"),
         ("imp", "Impact on health services", "impacts"), ("ta", "Case management", None),
         ("tb", "Surveillance and contact tracing", None), ("help", "Psychosocial and family support", "assistance"),
         ("staff", "Human resources", "workforce"), ("money", "Funding", "finance"), ("risks", "Challenges", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Lassa fever situation report {n} – {org}", LASSA.series, restyle=partial(localise, lang="ng")),
    Layout("docx-numbered-heating-oil-ni", "docx", word.docx_numbered_oil_ni, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current position", "situation"),
         ("imp", "Impact on residents", "impacts"), ("ta", "Oil deliveries", None),
         ("tb", "Warm spaces and council sites", None), ("help", "Support for vulnerable residents", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Financial implications", "finance"),
         ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Heating oil supply disruption – situation report {n} – {org}", OIL.series,
        restyle=partial(number_headings, lang="ni")),
)  # fmt: skip


SEED_OFFSET = 5000  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=40)


if __name__ == "__main__":
    main()
