"""Sitreps of eight more publishers in layouts nobody tuned for, a twelfth blind, first-sight measure.

    python benchmarks/blind11_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twelfth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind10_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind11_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and
appear from report to report): a Swedish county administrative board's "Lägesbild" on a long power cut as a
PDF (the board top left, "LÄGESBILD", the date, "Dnr …" and the page as "1 (2)" top right, the title and
"Gäller: … kl. 08.00", headings in bold body type, each item a paragraph of its own with no bullet, "Åtgärd:"
in italics inside a risk's paragraph, the board's address in the footer; "1 250", "12 %", "16 januari"); a
university's business continuity incident report after a cyber attack in Word (a cover page with a Version |
Date | Author | Change table, a "Contents" page of Word's TOC field with cached entries, "1. Executive summary"
… in Heading 1, "Mitigation:" in bold inside a risk's bullet, "Appendix A – Incident management team" over a
contacts table, a footer with a PAGE field); a strategic coordinating group's meeting record and decision log
in Word ("OFFICIAL" head and foot, a details table, agenda items "Item 1 – Situation update (Fire)" in Heading
2, the risks as a Risk | Likelihood | Impact | Mitigation table, the decisions as a No. | Decision |
Rationale | Owner | Time table under "Decision log", the secretariat's note); a hospital trust's digital team's
Microsoft Loop page on an outage of its patient record saved from the browser (app bar, breadcrumb, emoji,
"Last edited by …", a Workstream | Status | Owner table of labels, Loop's ``<h2>`` and lists, a risk's
"Mitigation: …" a nested bullet, the actions a task list of checkboxes each ending in an @mention, reactions
and comment bar); a health protection team's measles outbreak note in an Obsidian vault (front matter, "Up:
[[…]]", the key points in a ``> [!summary] Key points`` callout, ``##`` headings, an embedded chart, a risk's
"**Mitigation:**" a nested bullet, "- [ ]" tasks, a ``%%…%%`` comment, tags); a Norwegian municipality's
crisis staff's "Situasjonsrapport" on a landslide sent from Gmail as a reply in the thread (bold larger
headings in ``<div>``s, ``<ul>`` lists, "Tiltak:", "Hei alle,", the covering line, "Mvh", the signature after
"-- " and the quoted question of the day before; "1 250", "16. februar"); an electricity network operator's
storm update to the resilience forum as plain text (a capitals title, "Issued:" / "Next update:" /
"Classification:", headings "1) NETWORK POSITION", "- " points wrapped at 70 columns, a risk's "Mitigation -"
on the line under it, the sign-off and signature); and a Polish voivodeship crisis management centre's
"Raport sytuacyjny" on a river flood as a PDF (the voivode's office and the centre centred at the top,
"RAPORT SYTUACYJNY nr 3/2024", "stan na dzień …", Roman-numbered capitals headings "I. SYTUACJA
HYDROLOGICZNA", items numbered "1)", a table of river gauges, "Działania:" inside a threat's item, "Sporządził:
…", "Strona 1 z 2"; "1 250", "16 września"). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the lägesbild's board, "LÄGESBILD",
  date, "Dnr", page "1 (2)", title line, "Gäller: …" line and footer; the BC report's cover page (university,
  title, incident, report line, classification, version table), the "Contents" page and its entries, the
  footer, and the appendix (its heading and contacts table: reference, not the report's content); the SCG
  record's markings, title, meeting line, details table and the secretariat's note; the Loop page's app bar,
  breadcrumb, emoji, title, "Last edited by …", the workstream status table (labels, not items), reactions,
  comment bar and footer; the Obsidian note's front matter, "Up: … · Previous: …", the embedded chart, the
  ``%%`` comment and the tags line; the e-mail's "Hei alle,", covering line, "Mvh", "Kari", the signature and
  the quoted message with its "Den … skrev …:" line; the storm update's title, "Issued:" / "Next update:" /
  "Classification:" lines, "Regards" and the signature; the raport's heading block, the gauge table (figures
  only), "Sporządził: …", "Zatwierdził: …" and "Strona x z y".
- Headings are printed as the reader sees them, with their typed numbers ("1. Executive summary", "1) NETWORK
  POSITION", "I. SYTUACJA HYDROLOGICZNA", "Item 1 – Situation update (Fire)"), all at level 1. The lägesbild's
  bold lines are headings; the Obsidian callout's title "Key points" is the heading of the bullets in the
  callout (the "[!summary]" marker is Obsidian's syntax, not text). "Decision log" over its table is a
  heading and its table's rows are its items.
- Items: each bullet, list entry, task, numbered point or (in the lägesbild) paragraph is one item, its wrapped
  lines joined, without its marker ("1)", "- [ ]", the checkbox). A Loop task's closing @mention is the
  owner, a value, not part of the item's text. In the SCG's tables the item is the Risk cell (its mitigation
  the Mitigation cell) and the Decision cell (Likelihood, Impact, No., Rationale, Owner and Time are values).
- Risks with their mitigation are one item, the mitigation printed with its lead: "Åtgärd:" (in italics),
  "Mitigation:" (in bold in the BC report; a nested bullet on the Loop page; "**Mitigation:**" a nested
  bullet in the Obsidian note), "Tiltak:", "Mitigation -" on the line under the risk, "Działania:".
- Keys: "1. Executive summary", "Summary" and "Key points" highlights; "Aktuellt läge", "2. Current
  situation", "Item 1 – Situation update (Fire)", "Where we are", "Situasjonsbeskrivelse", "1) NETWORK
  POSITION" and "I. SYTUACJA HYDROLOGICZNA" situation; "Konsekvenser för samhället", "3. Impact on university
  activities", "Item 2 – Community impact (Council)", "Clinical impact", "Konsekvenser" and "II. SKUTKI
  POWODZI" impacts; "Vidtagna åtgärder", "Actions" and "III. PODJĘTE DZIAŁANIA" actions; "Item 3 –
  Multi-agency response (Fire / Police)", "Public health actions" and "Iverksatte tiltak" response; "4.
  Recovery progress" recovery; "Surveillance" surveillance; "2) CUSTOMER WELFARE" assistance; "Risker och
  sårbarheter", "5. Risks and issues", "Item 4 – Risk assessment", "Risks", "Risiko og sårbarhet", "4) RISKS"
  and "IV. ZAGROŻENIA" risks; "3) RESOURCES" and "V. SIŁY I ŚRODKI" workforce; "VI. PROGNOZA POGODY"
  forecast; "Kriskommunikation", "6. Communications", "Item 5 – Warning and informing (Comms cell)" and
  "Informasjon til innbyggerne" communications; "Decision log" decisions; "Nästa lägesbild", "Next meeting",
  "Next steps", "Videre plan" and "5) NEXT STEPS" next-steps.
- Figures as printed in the publisher's conventions: "1 250" with a space, "12 %", "16 januari" Swedish; "1
  250", "16. februar" Norwegian; "1 250", "12%", "16 września" Polish.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-lagesbild-se                1.000    0.829          0.829  0.740        0.094    1.000    0.804
    docx-bc-report                  0.923    0.959          0.959  0.871        1.000    1.000    0.956
    docx-scg-log                    1.000    0.901          0.901  1.000        1.000    1.000    0.899
    html-loop-page                  1.000    0.651          0.651  1.000        1.000    1.000    0.637
    md-obsidian-outbreak            1.000    0.857          0.857  0.778        1.000    1.000    0.850
    eml-kommune-gmail               1.000    0.859          0.859  0.459        0.107    1.000    0.850
    txt-dno-storm                   0.909    0.833          0.833  0.717        1.000    1.000    0.824
    pdf-raport-pl                   0.964    0.912          0.861  0.648        0.333    1.000    0.909
    TOTAL                           0.974    0.851          0.845  0.773        0.637    1.000    0.842

    96 documents, 64 report pairs linked.

With other content (``--seed 11 --series 6 --reports 5``, 240 documents, 192 pairs; the same first sight):
heading F1 0.976, item F1 0.855, right heading 0.851, key 0.781, mitigation 0.652, numbers 1.000, links 0.851.

No writer was changed after the first run: the documents were looked at (rendered pages, the Markdown, text
and e-mail) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): headings are found almost everywhere (typed numbers,
Roman numerals, capitals, the Obsidian callout title, Loop's headings, Heading 2 agenda items); what is lost
is furniture read as content, items run together, leads and keys. Items: the lägesbild's unbulleted,
unpunctuated paragraphs are often run together two by two (the second taken for the first's continuation);
the Loop tasks keep their owner's @mention. Furniture kept: the lägesbild's "Gäller: …" line; the BC report's
classification line and its appendix read as a section (keyed annex); the SCG's Rationale cells of the decision
log read as items and the secretariat's note an item of "Next meeting"; Loop's workstream status table (its
first column as items of "Summary") and the reactions line; Obsidian's embedded chart, ``%%`` comment and tags
line; the e-mail's "Hei alle," and covering line, "Mvh" and "Kari" (the quoted message and the signature are
left out right); the storm update's "Next update:" and "Classification:" lines, "Regards" read as a heading over
the signature; the raport's "stan na dzień …" line and its "Sporządził: … Zatwierdził: …" joined into an item
of the last section; in one series "II. SKUTKI POWODZI" after the gauge table is lost. Leads: "Åtgärd:"
(italics), "Tiltak:" and "Działania:" are not taken for mitigation leads; "Mitigation:" in bold, as a nested
bullet, "**Mitigation:**" and "Mitigation -" on the next line are. Keys: "Kriskommunikation", "Situasjonsbeskrivelse",
"Iverksatte tiltak", "Informasjon til innbyggerne" and "V. SIŁY I ŚRODKI" get none; "Nästa lägesbild" is taken
for situation, "4. Recovery progress" and "III. PODJĘTE DZIAŁANIA" for activity, "Public health actions" for
actions, "2) CUSTOMER WELFARE" for impacts and "3) RESOURCES" for guidance.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind11_layouts_mail as mail  # noqa: E402
import blind11_layouts_pdf as pdf  # noqa: E402
import blind11_layouts_web as web  # noqa: E402
import blind11_layouts_word as word  # noqa: E402
from blind11_layouts_banks_health import EPR, MEASLES  # noqa: E402
from blind11_layouts_banks_intl import KOMMUNE, LANSSTYRELSE, WCZK  # noqa: E402
from blind11_layouts_banks_ops import DNO, SCG, UNIVERSITY  # noqa: E402
from blind11_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402


def _locale(lang: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        localise(doc, lang)

    return restyle


LAYOUTS = (
    Layout("pdf-lagesbild-se", "pdf", pdf.pdf_lagesbild_se, publisher_wording(
        [("situation", "Aktuellt läge", "situation"), ("impacts", "Konsekvenser för samhället", "impacts"),
         ("actions", "Vidtagna åtgärder", "actions"), ("risks", "Risker och sårbarheter", "risks"),
         ("communications", "Kriskommunikation", "communications"), ("next", "Nästa lägesbild", "next-steps")]),
        "Lägesbild nr {n} – {service}", LANSSTYRELSE.series, restyle=_locale("se")),
    Layout("docx-bc-report", "docx", word.docx_bc_report, publisher_wording(
        [("highlights", "1. Executive summary", "highlights"), ("situation", "2. Current situation", "situation"),
         ("impacts", "3. Impact on university activities", "impacts"),
         ("recovery", "4. Recovery progress", "recovery"), ("risks", "5. Risks and issues", "risks"),
         ("communications", "6. Communications", "communications")]),
        "Business Continuity Incident Report {n} – {service}", UNIVERSITY.series),
    Layout("docx-scg-log", "docx", word.docx_scg_log, publisher_wording(
        [("situation", "Item 1 – Situation update (Fire)", "situation"),
         ("impacts", "Item 2 – Community impact (Council)", "impacts"),
         ("response", "Item 3 – Multi-agency response (Fire / Police)", "response"),
         ("risks", "Item 4 – Risk assessment", "risks"),
         ("communications", "Item 5 – Warning and informing (Comms cell)", "communications"),
         ("decisions", "Decision log", "decisions"), ("next", "Next meeting", "next-steps")]),
        "Strategic Coordinating Group – {service}", SCG.series, risk_table=True),
    Layout("html-loop-page", "html", web.html_loop_page, publisher_wording(
        [("highlights", "Summary", "highlights"), ("situation", "Where we are", "situation"),
         ("impacts", "Clinical impact", "impacts"), ("actions", "Actions", "actions"), ("risks", "Risks", "risks")]),
        "{service} – incident log and sitrep {n}", EPR.series),
    Layout("md-obsidian-outbreak", "md", web.markdown_obsidian, publisher_wording(
        [("highlights", "Key points", "highlights"), ("surveillance", "Surveillance", "surveillance"),
         ("response", "Public health actions", "response"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "{service} – sitrep {n}", MEASLES.series),
    Layout("eml-kommune-gmail", "eml", mail.email_kommune_gmail, publisher_wording(
        [("situation", "Situasjonsbeskrivelse", "situation"), ("impacts", "Konsekvenser", "impacts"),
         ("response", "Iverksatte tiltak", "response"), ("risks", "Risiko og sårbarhet", "risks"),
         ("communications", "Informasjon til innbyggerne", "communications"), ("next", "Videre plan", "next-steps")]),
        "Situasjonsrapport – {service}", KOMMUNE.series, restyle=_locale("no")),
    Layout("txt-dno-storm", "txt", mail.text_dno_update, publisher_wording(
        [("situation", "1) NETWORK POSITION", "situation"), ("assistance", "2) CUSTOMER WELFARE", "assistance"),
         ("workforce", "3) RESOURCES", "workforce"), ("risks", "4) RISKS", "risks"),
         ("next", "5) NEXT STEPS", "next-steps")]),
        "{service} - {org} - LRF update {n}", DNO.series, restyle=lead_restyle(mail.DNO_LEAD)),
    Layout("pdf-raport-pl", "pdf", pdf.pdf_raport_pl, publisher_wording(
        [("situation", "I. SYTUACJA HYDROLOGICZNA", "situation"), ("impacts", "II. SKUTKI POWODZI", "impacts"),
         ("actions", "III. PODJĘTE DZIAŁANIA", "actions"), ("risks", "IV. ZAGROŻENIA", "risks"),
         ("workforce", "V. SIŁY I ŚRODKI", "workforce"), ("forecast", "VI. PROGNOZA POGODY", "forecast")]),
        "Raport sytuacyjny nr {n} – {service}", WCZK.series, restyle=_locale("pl")),
)  # fmt: skip


SEED_OFFSET = 1200  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
