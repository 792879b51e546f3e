"""Sitreps of eight more publishers in layouts nobody tuned for, an eighth blind, first-sight measure.

    python benchmarks/blind7_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                        [--write DIR] [--json] [-v]

An eighth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py``, ``blind4_layouts.py``, ``blind5_layouts.py`` and ``blind6_layouts.py``, written from what
eight more publishers send and not from what the parser expects (the parser's code was not read to write
it). Each layout is one kind of publisher; its four series are four organisations of that kind, their
content from phrase banks of this set (``blind7_layouts_banks_*``, run through the generator's churn model,
so items continue, change, close and appear from report to report): a German district crisis staff's
"Lagebericht" on a river flood as a PDF (the protective marking "VS – NUR FÜR DEN DIENSTGEBRAUCH", a ruled
header grid with "LAGEBERICHT Nr. 3" and "Stand: 09.01.2024, 07:00 Uhr", decimal headings "1. Lage" /
"1.1 Allgemeine Lage" in bold body type, "-" items, "Maßnahme:" in italics inside a risk's paragraph, German
figures "1.250", "12 %", "3.400 €", "11. Januar", "Seite 1 von 2", "gez." and the next report's time); a Dutch
safety region's "situatierapport" of its regional operational team in Word (a details table, the BOB order
in heading styles — "Beeld" over a sub-heading per discipline, "Oordeel", "Besluiten" — the agreed actions
in a Nr | Actie | Wie | Gereed table, "Beheersmaatregel:" after a risk, "€ 3.400", "14 februari"); a Welsh
council's storm report in both languages in Word (one two-column table, Welsh on the left and English on
the right, a shaded row per heading, a row per point, each cell's point a typed "•" and a tab); a health
board's SBAR paper in Word (a To / From / Date table, then four rows whose left cell is a big white "S" over
"Situation" on blue and whose right cell holds the bullets, "Action in place:" after a risk); an ambulance
service's METHANE message as its control room sends it as text (FROM / TO / DTG / SUBJECT, "M – Major
incident" … "E – Emergency services" each over "- " points, "Control measures:" after a hazard, "Message
ends"); a recovery co-ordinating group's action tracker as a spreadsheet prints it to PDF (landscape, one
gridded Ref | Action | Lead | Due | Status | Latest update table, its column titles repeated on each page, a
grey band spanning the row for each workstream, then the risk log sheet as Ref | Risk | Likelihood | RAG |
Mitigation | Owner); a county council's staff news page saved from its SharePoint intranet (suite bar, site
header and navigation, the title region and byline, a text web part of ``<h2>`` headings and lists, quick
links and contacts beside it, likes, views and comments, "What we're doing about it:" in bold in a risk's
bullet); and a town's flood wardens' WhatsApp group exported to text (the sitrep one message among the
group's chatter, "*River levels*" lines over "- " points, "Plan:" after a worry). The generator's structure
is the gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: titles and message subjects,
  the protective markings ("VS – NUR FÜR DEN DIENSTGEBRAUCH", "OFFICIAL-SENSITIVE"), the Lagebericht's header
  grid, "Nächster Lagebericht: …", "gez. …", page headers and footers ("Seite 1 von 2", the workbook's file
  name, "Page 1 of 2"); the details tables of the situatierapport and the SBAR paper (Veiligheidsregio …
  Opgesteld door; To … Purpose), "Volgend ROT-overleg: …"; the bilingual report's names and title cells, its
  "Cymraeg | English" row and the line that it is available in Welsh; the METHANE message's FROM / TO / DTG
  / SUBJECT, its rules, "Message ends …" and "Passed by …"; the tracker's title and version lines and its
  header rows; the SharePoint page's suite bar, site header, navigation, topic header, byline, web part
  titles ("Useful links", "Contacts") and their contents, the social bar, "Comments" and the comments; the
  WhatsApp export's encryption notice, every message other than the sitrep, the sitrep's first line (its
  title in asterisks) and its sign-off ("Shout if I've missed anything").
- A heading is printed as the reader sees it: with its number ("1.1 Allgemeine Lage", "2. Infrastructure
  and utilities"), with the METHANE letter ("H – Hazards": the letter is the mnemonic, as a number is),
  without a WhatsApp line's asterisks ("River levels"). "1. Lage" and "Beeld" are itemless parents of level
  1 over their sub-headings at level 2. The SBAR's left cell prints a big letter over its word: the heading
  is the word ("Situation"), the letter being the framework's mark. The tracker's workstream bands are
  headings over the rows under them, and its second sheet's title "Risk log" is a heading.
- The Welsh council's report is the same report twice, in two languages: the gold is the English column
  (its headings and points, once), as an e-mail's two parts are the message once; the Welsh column is its
  translation (a parse that keeps it as well has extra items).
- Items: each point ("-", "•", a bullet, a list entry, a row of a table) is one item, its wrapped lines
  joined; in the tracker and the Actie table the item is the Action / Actie cell, and the row's Ref, Lead or
  Wie, Due or Gereed, Status and Latest update are its fields, not items; in the risk log the item is the
  Risk cell (its mitigation is in the Mitigation cell).
- Risks with their mitigation are one item, the mitigation printed with its lead: "Maßnahme:" (in italics),
  "Beheersmaatregel:", "Action in place:", "Control measures:", "What we're doing about it:" (in bold),
  "Plan:"; the English risks of the Welsh report keep "Mitigation:".
- Keys: "1.1 Allgemeine Lage", "Algemeen", "Current situation", "What's happening", "River levels", "T – Type
  of incident" and "M – Major incident" (the state of the declaration) situation; "1.2 Wetter und
  Pegelprognose" forecast; "1.3 Auswirkungen …", "Impact on residents and services", "Services affected",
  "Houses" and "N – Number of casualties" impacts; "2. Getroffene Maßnahmen" actions (taken), and so is the
  Dutch "Acties" table (actions agreed, each with its owner); "Brandweer", "Politie", "Council response",
  "What we're doing", "Sandbags and barriers" and "E – Emergency services" response; "Bevolkingszorg" and
  "1. Humanitarian assistance" assistance; the tracker's other workstreams ("Infrastructure and utilities",
  "Business and economy", "Environment and clean-up") recovery; "Oordeel" (the judgement of the position,
  written as its problems and risks), "Assessment" (in the SBAR, risks each with the action in place),
  "3. Gefahren und Risiken", "H – Hazards", "Worries" and "Risk log" risks; "Besluiten" decisions, and so is
  the SBAR's "Recommendation" (each point asks the Executive Team to approve, note or agree: a decision
  sought, not advice); "Background" background; "4. Eingesetzte Kräfte", "Staffing", "If you can't get to
  work" and "Wardens" workforce; "5. Warnung und Information …", "Communicatie", "Communications" and
  "5. Communications and engagement" communications; "6. Weiteres Vorgehen", "Next steps", "Coming up" and
  "Next" next-steps; "E – Exact location" and "A – Access" have no key.
- Figures as printed in the publisher's conventions: "1.250" and "12 %" are German, "€ 3.400" Dutch; a
  casualty count "4 P1 casualties" is a count.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-lagebericht-de              1.000    0.924          0.924  0.550      0.324    1.000    0.921
    docx-situatierapport-nl         0.885    0.913          0.791  0.338      1.000    1.000    0.915
    docx-bilingual-cy-en            0.667    0.653          0.653  1.000      1.000    1.000    0.652
    docx-sbar-paper                 0.667    1.000          1.000  0.559      0.310    1.000    1.000
    text-methane-message            1.000    0.966          0.966  0.000      1.000    1.000    0.960
    pdf-action-tracker              0.569    0.113          0.113  1.000      1.000    1.000    0.108
    html-sharepoint-news            1.000    1.000          1.000  0.383      0.333    1.000    1.000
    text-whatsapp-export            1.000    0.914          0.914  0.000      0.310    1.000    0.912
    TOTAL                           0.829    0.757          0.739  0.457      0.664    1.000    0.757

    96 documents, 64 report pairs linked.

With other content (``--seed 11 --series 6 --reports 5``, 240 documents, 192 pairs; the same first sight):
heading F1 0.822, item F1 0.762, right heading 0.744, key 0.448, mitigation 0.569, numbers 1.000, links 0.761.

Failure classes seen at first sight (``-v``): in the tracker each row's Ref and Action are read as one
heading ("1.01 Run the community assistance centre …") and its Lead, Due, Status and Latest update cells
as items under it, so nearly every action is lost as an item; the bilingual table is read cell by cell, the
Welsh heading a heading of its own before the English one and every Welsh point an item under the English
heading before it (the Welsh availability line too); the SBAR's big letters ("S", "B", "A", "R") are
headings of their own before their words; the Actie table's references ("A1.1") are headings and the
owners items under them; no key at all is given to a heading of the two text exports (the METHANE letters,
the WhatsApp "*…*" lines), nor to "Algemeen", "Brandweer", "Politie", "Bevolkingszorg", "Oordeel", "4.
Eingesetzte Kräfte", "5. Warnung und Information …", "6. Weiteres Vorgehen", "What we're doing", "Coming
up", "Assessment"; "2. Getroffene Maßnahmen" is taken for response, "What's happening" and "If you can't
get to work" for activity, "Recommendation" for advice; "Maßnahme:", "Action in place:", "What we're doing
about it:" and "Plan:" are not taken for mitigation leads ("Beheersmaatregel:" and "Control measures:"
are); furniture kept as items: the Lagebericht's distribution cell, "Nächster Lagebericht …" and "gez. …",
"Volgend ROT-overleg …", METHANE's "Message ends … Passed by …", the WhatsApp encryption notice and the
chatter before the sitrep run into one item (the sitrep's first line with them), the sign-off and the
chatter after it into another. Read well at first sight: the SharePoint page's chrome (suite bar,
navigation, byline, web parts, social bar and comments), German and Dutch figures, decimal headings in bold
body type, the METHANE and WhatsApp headings, the ruled header grid and the protective marking.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind7_layouts_pdf as pdf  # noqa: E402
import blind7_layouts_text as text  # noqa: E402
import blind7_layouts_word as word  # noqa: E402
from blind7_layouts_banks_europe import KRISENSTAB, VEILIGHEIDSREGIO  # noqa: E402
from blind7_layouts_banks_ops import INTRANET, METHANE, TRACKER, WARDENS  # noqa: E402
from blind7_layouts_banks_wales import HEALTH_BOARD, STORM_CY, STORM_EN  # noqa: E402
from blind7_layouts_content import bilingual, localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402


def _german(doc: Doc) -> None:
    localise(doc, "de")


def _dutch(doc: Doc) -> None:
    localise(doc, "nl")


LAGE = "1. Lage"
BEELD = "Beeld"

LAYOUTS = (
    Layout("pdf-lagebericht-de", "pdf", pdf.pdf_lagebericht, publisher_wording(
        [("situation", "1.1 Allgemeine Lage", "situation", LAGE),
         ("forecast", "1.2 Wetter und Pegelprognose", "forecast", LAGE),
         ("impacts", "1.3 Auswirkungen auf die Bevölkerung", "impacts", LAGE),
         ("actions", "2. Getroffene Maßnahmen", "actions"), ("risks", "3. Gefahren und Risiken", "risks"),
         ("workforce", "4. Eingesetzte Kräfte", "workforce"),
         ("communications", "5. Warnung und Information der Bevölkerung", "communications"),
         ("next", "6. Weiteres Vorgehen", "next-steps")]),
        "Lagebericht Nr. {n} – {service}", KRISENSTAB.series, restyle=_german),
    Layout("docx-situatierapport-nl", "docx", word.docx_situatierapport, publisher_wording(
        [("general", "Algemeen", "situation", BEELD), ("brandweer", "Brandweer", "response", BEELD),
         ("politie", "Politie", "response", BEELD), ("bevolkingszorg", "Bevolkingszorg", "assistance", BEELD),
         ("risks", "Oordeel", "risks"), ("decisions", "Besluiten", "decisions"), ("acties", "Acties", "actions"),
         ("communicatie", "Communicatie", "communications")]),
        "Situatierapport {n} – {service}", VEILIGHEIDSREGIO.series, restyle=_dutch),
    Layout("docx-bilingual-cy-en", "docx", word.docx_bilingual, publisher_wording(
        [("situation", "Current situation", "situation"),
         ("impacts", "Impact on residents and services", "impacts"),
         ("response", "Council response", "response"), ("risks", "Risks and mitigation", "risks"),
         ("workforce", "Staffing", "workforce"), ("communications", "Communications", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{service} – Situation Report {n}", bilingual(STORM_EN, STORM_CY)),
    Layout("docx-sbar-paper", "docx", word.docx_sbar, publisher_wording(
        [("situation", "Situation", "situation"), ("background", "Background", "background"),
         ("risks", "Assessment", "risks"), ("recommendation", "Recommendation", "decisions")]),
        "SBAR: {service} – week {n}", HEALTH_BOARD.series, restyle=lead_restyle("Action in place:")),
    Layout("text-methane-message", "txt", text.text_methane, publisher_wording(
        [("major", "M – Major incident", "situation"), ("location", "E – Exact location", None),
         ("type", "T – Type of incident", "situation"), ("risks", "H – Hazards", "risks"),
         ("access", "A – Access", None), ("casualties", "N – Number of casualties", "impacts"),
         ("services", "E – Emergency services", "response")]),
        "Major incident – {service} – METHANE update {n}", METHANE.series, restyle=lead_restyle("Control measures:")),
    Layout("pdf-action-tracker", "pdf", pdf.pdf_action_tracker, publisher_wording(
        [("humanitarian", "1. Humanitarian assistance", "assistance"),
         ("infrastructure", "2. Infrastructure and utilities", "recovery"),
         ("business", "3. Business and economy", "recovery"),
         ("environment", "4. Environment and clean-up", "recovery"),
         ("communications", "5. Communications and engagement", "communications"),
         ("risks", "Risk log", "risks")]),
        "{org} – {service} Action Tracker", TRACKER.series, risk_table=True),
    Layout("html-sharepoint-news", "html", text.html_sharepoint_news, publisher_wording(
        [("situation", "What's happening", "situation"), ("impacts", "Services affected", "impacts"),
         ("response", "What we're doing", "response"), ("risks", "Risks we're managing", "risks"),
         ("workforce", "If you can't get to work", "workforce"), ("next", "Coming up", "next-steps")]),
        "{service}: staff update {n}", INTRANET.series, restyle=lead_restyle("What we're doing about it:")),
    Layout("text-whatsapp-export", "txt", text.text_whatsapp, publisher_wording(
        [("levels", "River levels", "situation"), ("properties", "Houses", "impacts"),
         ("sandbags", "Sandbags and barriers", "response"), ("risks", "Worries", "risks"),
         ("volunteers", "Wardens", "workforce"), ("next", "Next", "next-steps")]),
        "{service} update {n}", WARDENS.series, restyle=lead_restyle("Plan:")),
)  # fmt: skip


SEED_OFFSET = 800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
