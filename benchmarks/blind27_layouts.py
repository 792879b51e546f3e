"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-eighth blind, first-sight measure.

    python benchmarks/blind27_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-eighth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind26_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it): an NHS trust, an Irish county council, a UK water
company, a US university, a New Zealand civil defence group, a Canadian conservation authority, a South African
metro and, in Marathi — a language no earlier set printed —, an Indian district surveillance unit; each layout a way
real contributors' files are made that no earlier set printed. Each layout is one kind of publisher; its four series
are four organisations of that kind, their content from phrase banks of this set (``blind27_layouts_banks_home``,
``blind27_layouts_banks_away``, run through the generator's churn model, so items continue, change, close and appear
from report to report) printed in the publisher's own conventions for amounts, dates, comparisons and a mitigation's
lead (``blind27_layouts_content``). The eight: an NHS acute trust's incident management team's sitrep during
resident doctors' industrial action in the trust's Word template (``blind27_layouts_word``: Heading 1 and Heading 2
tied to a multilevel list, so "1." and "2.1" are Word's list numbers and not in the headings' text, a TOC field with
its cached entries, a running header whose ``STYLEREF`` field holds the section's name, "Page 1 of 3" fields,
"List Bullet" points, "Mitigating actions:" bold, a reviewer's margin comments, a footnote, the document control
table); an Irish county council's community update on a flood recovery made in Microsoft Publisher
(``blind27_layouts_pdf``: a masthead band, three linked text boxes a page written into the PDF in the order they were
drawn — third, first, second column —, headings white on green bars, "■" points, a pull quote repeating the first
point, "Continued on page 2 ►", "What we're doing:" bold); a UK water company's supply interruption dashboard
exported from Power BI (the same module: 16:9 pages, the refresh time, an "Incident" slicer, KPI cards, text box
visuals in rows of three with their titles, the risk log a table visual Risk | RAG | Mitigation | Owner with a
coloured dot, visuals written in the order they were added); a US university's emergency management update written
in Google Docs and downloaded as PDF (``blind27_layouts_print``, weasyprint: Docs' header and page number, Title and
Subtitle, Docs' table of contents "with blue links" repeating every heading, a "status at a glance" table of
figures, Heading 1 sections, "●" points, the next steps a "☐" checklist, dates as smart chips "Jan 29, 2026",
"Mitigation strategy:" bold); a New Zealand CDEM group's situation report published as a Microsoft Sway and saved
from the browser (``blind27_layouts_web``: Sway's bar, the navigation pane listing every heading as a link, the title
card, each heading a ``div`` with ``role="heading"`` and no ``h`` element, a text card per point or a card's
``<ul>``, "Treatment:" in Sway's emphasis span, an image card's caption, Sway's footer); an Ontario conservation
authority's flood message forwarded by a township's emergency management co-ordinator with Outlook's "Forward as
Attachment" (``blind27_layouts_mail``: ``multipart/mixed``, the covering note, the original attached whole as
``message/rfc822`` with its own ``multipart/alternative``, bold paragraph headings over ``<ul>`` points,
"Mitigation measures:" plain, the end date, duty officer, "Flood Message Terminology" and unsubscribe line); a
South African metro disaster management centre's sitrep e-mail saved by a partner with Outlook's "Save As > Text
Only" (the same module: the header fields parted by tabs, the sections "1." and a tab as Word's list numbers
become, Symbol bullets as "·" and a tab, each paragraph one line, the risks a table whose rows are cells parted by
tabs, the signature and disclaimer, the whole in the Windows code page cp1252 as Outlook saves text); and a
Maharashtra district surveillance unit's weekly dengue report written in Marathi in R Markdown and knitted to
``github_document`` (``blind27_layouts_web``: the title as a setext heading, the unit and ISO date, knitr's table of
contents as a list of links, an echoed R chunk in a ```` ``` r ```` fence and its output indented with knitr's "## "
lead on every line, a ``kable`` pipe table, the epidemic curve's image link, "-" points, "**उपाययोजना:**" bold).
The generator's structure is the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's
scorer (``blind24_layouts._scorer``, imported, for the Devanagari letters of the Marathi report).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the trust's name, title, subtitle,
  "Contents" and the TOC's entries, the running header (its ``STYLEREF`` section name included) and footer, the
  reviewer's comments, the footnote and its reference mark (the point's text is without it), "Document control" and
  its table; Publisher's masthead, pull quote (a repeat of a point), "Continued on/from page" lines, running head and
  footer; Power BI's title, refresh time, slicer, KPI cards, the risk log's header row, RAG ratings and owners;
  Docs' header, page number, title, subtitle, table of contents and "status at a glance" table; Sway's bar, buttons,
  navigation pane, title card, image card and its caption, footer; the township's covering note, the flood message's
  band, "Issued:" and watershed lines, the end date, contact, "Flood Message Terminology" with its definitions and
  the unsubscribe line; Outlook's header fields, the greeting and covering line, the report's own title, date and
  time lines, the risk table's header row and "Responsible" cells, the signature and disclaimer; knitr's title,
  unit and date lines, table of contents, the R chunk and its output, the ``kable`` table and the image link.
- Headings as printed, with their numbers: the trust's "1. Summary", "2.1 Elective and outpatient activity" (Word's
  list number, a tab after it, collapsed to one space; "2. Operational position" the itemless level 1 over the two
  level 2 children, all others level 1); the metro's "1. SUMMARY" (the tab collapsed); the others as printed, all
  level 1.
- Items: each point, text card, checklist entry or paragraph, without its "•", "■", "●", "☐", "·", "-" or list
  mark, its wrapped lines joined; a point cut by Publisher's column or page break is one item. Risks with their
  mitigation are one item, the mitigation printed with its lead ("Mitigating actions:", "What we're doing:",
  "Mitigation strategy:", "Treatment:", "Mitigation measures:", "उपाययोजना:"); in the Power BI risk log and the
  metro's risk table (``risk_table``) the risk is its Risk cell and the mitigation its Mitigation or Intervention
  cell. A risk printed without one has none. The university's dates are printed as Docs' date chips, and so are in
  the gold ("Jan 29, 2026").
- Keys: the summary sections highlights; "2.2 Urgent and emergency care", "Network status", "Public Safety",
  "Current Watershed Conditions", "2. CURRENT SITUATION", "सद्यस्थिती" situation; the weather sections forecast;
  "2.1 Elective and outpatient activity", "Customer impact", "Lifelines and infrastructure", "Reported Impacts",
  "4. BASIC SERVICES" impacts; the Irish council's housing, supports and roads sections recovery; the action and
  relief sections response; people workforce; money finance; risk sections risks; public information
  communications; next steps next-steps; the trust's parent none.
- Figures as printed: "£1.25m", "(previous report: 5)"; "€1.25m", "(last week: 5)"; "(prev. 5)"; "$1.25M",
  "Jan 29, 2026", "(prior update: 5)"; "(last update: 5)"; "$1.25 million", "March 16", "(5 in the previous
  message)"; "R3 400", "1 250", "R1.25m", "(prev. report: 5)"; "₹3,400", "16 ऑगस्ट", "(मागील अहवाल: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b27base``, before any
change to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-styleref-toc-nhs               0.941      0.899      0.899      0.831      1.000      1.000      0.894
    pdf-publisher-frames-ie             1.000      0.994      0.994      0.716      1.000      1.000      0.995
    pdf-powerbi-export-gb               1.000      0.836      0.836      0.875      0.143      1.000      0.829
    pdf-gdocs-download-us               0.947      0.904      0.904      0.876      1.000      1.000      0.899
    html-sway-cards-nz                  0.000      0.765      0.000      0.000      1.000      1.000      0.753
    eml-rfc822-attached-ca              0.941      0.840      0.840      0.665      1.000      1.000      0.832
    txt-outlook-saveas-za               1.000      0.589      0.589      0.714      0.286      1.000      0.544
    md-rmarkdown-knit-mr                0.941      0.964      0.964      0.216      0.148      1.000      0.962
    TOTAL                               0.905      0.850      0.727      0.598      0.705      1.000      0.839
    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    docx-styleref-toc-nhs               0.941      0.904      0.904      0.840      1.000      1.000      0.898
    pdf-publisher-frames-ie             1.000      0.981      0.981      0.732      1.000      1.000      0.975
    pdf-powerbi-export-gb               1.000      0.830      0.830      0.902      0.375      1.000      0.855
    pdf-gdocs-download-us               0.947      0.906      0.906      0.873      1.000      1.000      0.909
    html-sway-cards-nz                  0.000      0.743      0.000      0.000      1.000      1.000      0.729
    eml-rfc822-attached-ca              0.941      0.832      0.832      0.705      1.000      1.000      0.828
    txt-outlook-saveas-za               1.000      0.667      0.667      0.760      0.143      1.000      0.605
    md-rmarkdown-knit-mr                0.941      0.963      0.963      0.223      0.190      1.000      0.962
    TOTAL                               0.905      0.852      0.744      0.630      0.714      1.000      0.844

Faults found before the first run, in the generator and this set's writers, none of the gold toward the parser's
output (the documents were written without parsing them and looked at first — ``pdftotext``, its word boxes and
``pdftoppm`` for the PDFs, python-docx and a LibreOffice rendering for the Word file, the HTML, e-mail and text as
text — and every gold heading and item was checked to be in the extracted text; in the Publisher PDFs the points
cut by a column or page break were checked column by column, as a reader reads them): the Marathi unit's names and
service, written in Devanagari in the bank, made an empty series path ("/") for all four series — one random stream
for four organisations, and ``--write`` would have written at the root —, so the bank names the series in Latin
letters ("District Surveillance Unit Satara", "Dengue") and the writer prints the unit's Marathi name (furniture); a
water item's slot was missing from its text ("{psr.was}" without "{psr}"); weasyprint cannot lay out a custom
``::marker``, so Docs' "●" and "☐" are inline glyphs under a hanging indent, as Docs' own PDF has them in its text
layer; the slicer's "▾" is not in the font and was dropped. Nothing was changed after the first run, and the run did
not crash (``_parse_or_nothing``, blind24's, guards a refusal; the parser refused none of these documents).

Failure classes seen at first sight (``-v``, seed 0). NHS Word: the list numbers, the TOC, the ``STYLEREF`` header,
comments and footnote are all read right (no item missed); the only extras are the document control table read as a
section "Document control" with its cells as items (36 extras, 24 wrong links); keys read "2. Operational position"
situation and elective activity as activity. Publisher: the linked frames are put back in reading order (item F1
0.994); a point's last word cut to the next page is once an item of no section ("weekdays."); keys read housing as
none and supports as assistance. Power BI: the visual titles are read as headings; the refresh time, the slicer and
every risk log cell apart from the risk — "Green" before the mitigation, the owners — are items under the last
tile's heading, so no mitigation is found with its risk (0.143) and 42 wrong links join the furniture. Google Docs:
the table of contents with blue links is read as items of no section ("Summary Weather Outlook"), the glance table's
"Modified" is read as a heading over "Campus status"; the chips and the checklist are read right. Sway: no heading is
found at all — the ``role="heading"`` cards are items of no section with the image caption (heading F1 0.000, key
0.000); the points are found (item F1 0.765). Forwarded flood message: the attached ``message/rfc822`` is read (no
item missed); the end date and contact are items of "Next Update", "Flood Message Terminology" a section with its
three definitions; "Current Watershed Conditions" unkeyed. Outlook text: the cp1252 "·" is read as a replacement
character and not as a bullet, so each section's points are run together into one item ("� … � …", 71 items missed,
47 links missed); the tab-parted risk rows are read as one item each with their intervention and owner, the header
row an item (mitigation 0.286). R Markdown in Marathi: the setext title is read as a heading over the unit and date;
the TOC list, the fenced and indented chunk output and the ``kable`` table are left out right; only "सारांश" is keyed
(key 0.216) and "**उपाययोजना:**" is never split off (mitigation 0.148). Figures are read as printed everywhere an
item is found (numbers 1.000).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind27_layouts_mail as mail  # noqa: E402
import blind27_layouts_pdf as pdf  # noqa: E402
import blind27_layouts_print as prints  # noqa: E402
import blind27_layouts_web as web  # noqa: E402
import blind27_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind27_layouts_banks_away import CDEM, CONSERVATION, DENGUE, METRO  # noqa: E402
from blind27_layouts_banks_home import CAMPUS, FORUM, TRUST, WATER  # noqa: E402
from blind27_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402


def _us_chips(doc: Doc) -> None:
    """The university's conventions, then its dates as Google Docs' date chips print them."""
    localise(doc, "us")
    prints.chip_restyle(doc)


LAYOUTS = (
    Layout("docx-styleref-toc-nhs", "docx", word.docx_styleref_toc_nhs, publisher_wording(
        [("summary", "1. Summary", "highlights"),
         ("elective", "2.1 Elective and outpatient activity", "impacts", "2. Operational position"),
         ("urgent", "2.2 Urgent and emergency care", "situation", "2. Operational position"),
         ("staffing", "3. Workforce", "workforce"), ("finance", "4. Finance", "finance"),
         ("risks", "5. Risks and issues", "risks"), ("comms", "6. Communications", "communications")]),
        "Industrial Action – IMT Situation Report {n} – {org}", TRUST.series, restyle=partial(localise, lang="nhs")),
    Layout("pdf-publisher-frames-ie", "pdf", pdf.pdf_publisher_frames_ie, publisher_wording(
        [("overview", "At a glance", "highlights"), ("housing", "Housing and accommodation", "recovery"),
         ("supports", "Supports for households and businesses", "recovery"),
         ("roads", "Roads and clean-up", "recovery"), ("volunteers", "Volunteers", "workforce"),
         ("costs", "Costs and funding", "finance"), ("risks", "Risks we are watching", "risks"),
         ("info", "Keeping you informed", "communications")]),
        "Community Update {n} – {org}", FORUM.series, restyle=partial(localise, lang="ie")),
    Layout("pdf-powerbi-export-gb", "pdf", pdf.pdf_powerbi_export_gb, publisher_wording(
        [("summary", "Incident summary", "highlights"), ("network", "Network status", "situation"),
         ("customers", "Customer impact", "impacts"), ("quality", "Water quality", "response"),
         ("people", "Resources deployed", "workforce"), ("costs", "Costs and compensation", "finance"),
         ("risks", "Risk log", "risks"), ("comms", "Customer communications", "communications")]),
        "Supply Interruption dashboard {n} – {org}", WATER.series, risk_table=True,
        restyle=partial(localise, lang="water")),
    Layout("pdf-gdocs-download-us", "pdf", prints.pdf_gdocs_download_us, publisher_wording(
        [("summary", "Summary", "highlights"), ("weather", "Weather Outlook", "forecast"),
         ("operations", "Campus Operations", "response"), ("safety", "Public Safety", "situation"),
         ("staffing", "Staffing", "workforce"), ("costs", "Costs", "finance"),
         ("risks", "Risks and Concerns", "risks"), ("comms", "Communications", "communications"),
         ("next", "Next Steps", "next-steps")]),
        "Winter Storm Situation Update #{n} – {org}", CAMPUS.series, restyle=_us_chips),
    Layout("html-sway-cards-nz", "html", web.html_sway_cards_nz, publisher_wording(
        [("overview", "Overview", "highlights"), ("weather", "Weather and rivers", "forecast"),
         ("welfare", "Welfare", "response"), ("lifelines", "Lifelines and infrastructure", "impacts"),
         ("people", "People and resources", "workforce"), ("finance", "Finance", "finance"),
         ("risks", "Risks", "risks"), ("pim", "Public information", "communications")]),
        "Heavy Rain Event – Situation Report {n} – {org}", CDEM.series, restyle=partial(localise, lang="nz")),
    Layout("eml-rfc822-attached-ca", "eml", mail.eml_rfc822_attached_ca, publisher_wording(
        [("summary", "Summary", "highlights"), ("conditions", "Current Watershed Conditions", "situation"),
         ("forecast", "Weather Forecast", "forecast"), ("impacts", "Reported Impacts", "impacts"),
         ("actions", "Conservation Authority Actions", "response"), ("risks", "Risks", "risks"),
         ("costs", "Costs", "finance"), ("next", "Next Update", "next-steps")]),
        "Flood Warning – Update {n} – {org}", CONSERVATION.series, restyle=partial(localise, lang="ca")),
    Layout("txt-outlook-saveas-za", "txt", mail.txt_outlook_saveas_za, publisher_wording(
        [("summary", "1. SUMMARY", "highlights"), ("situation", "2. CURRENT SITUATION", "situation"),
         ("relief", "3. HUMANITARIAN RELIEF", "response"), ("services", "4. BASIC SERVICES", "impacts"),
         ("resources", "5. RESOURCES DEPLOYED", "workforce"), ("finance", "6. FINANCIAL IMPLICATIONS", "finance"),
         ("risks", "7. RISKS AND INTERVENTIONS", "risks"), ("comms", "8. COMMUNICATION", "communications")]),
        "Situation Report No. {n} – Severe Weather – {org}", METRO.series, risk_table=True,
        restyle=partial(localise, lang="za")),
    Layout("md-rmarkdown-knit-mr", "md", web.md_rmarkdown_knit_mr, publisher_wording(
        [("saransh", "सारांश", "highlights"), ("sthiti", "सद्यस्थिती", "situation"),
         ("sarvekshan", "कीटकशास्त्रीय सर्वेक्षण", "response"), ("niyantran", "डास नियंत्रण उपाययोजना", "response"),
         ("manushybal", "मनुष्यबळ आणि रुग्णालय सज्जता", "workforce"), ("kharch", "खर्च", "finance"),
         ("risks", "धोके", "risks"), ("jagruti", "जनजागृती", "communications")]),
        "डेंग्यू साप्ताहिक अहवाल क्र. {n}", DENGUE.series, restyle=partial(localise, lang="mr")),
)  # fmt: skip


SEED_OFFSET = 2800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
