"""Sitreps of eight more publishers in layouts nobody tuned for, an eleventh blind, first-sight measure.

    python benchmarks/blind10_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

An eleventh set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind9_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind10_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and
appear from report to report): a Belgian province's crisis cell's "point de situation" on floods as a PDF in
two columns (the province and the cell over a rule, "POINT DE SITUATION n° 3", the phase and "jeudi 18 janvier
2024 – situation à 08h00" across the top, blue headings and justified "•" points flowing down the left column
and on into the right, "Mesures prises :" in bold inside a difficulty's point, "Diffusion restreinte …" and the
page at the foot; Belgian figures "6.961", "76 %", "19 janvier"); an Austrian district authority's
"Lagebericht" on snow and avalanche danger typed in a German Word (heading styles under German Word's ids
``berschrift1`` / ``berschrift2``, the numbers "1." and "1.1" typed, bullets of ``Aufzhlungszeichen``, a details
table, a table of forces under "4. Personal", "Für den Bezirkshauptmann:" and a signature, "Seite x von y"
fields; "Gegenmaßnahme:" after a risk, "16. Jänner", "€ 164.000"); a police force's Gold group situation
report filled into its Word template (a details table, every section a row of one two-column table — the
heading in the shaded left cell, Word bullets in the right — the risk register as a Risk | RAG | Mitigation |
Owner table under a bold "Risk register", a handling note, "OFFICIAL-SENSITIVE" head and foot); an integrated
care board's daily system sitrep sent from Outlook on the web (multipart/alternative; ``elementToProof``
divs, bold underlined headings, ``<ul>`` entries wrapping a ``<div role="presentation">``, a Trust | OPEL |
Handovers | occupancy table under "Acute position", "Mitigations:" in italics, "Good morning all,", the
covering line, "Kind regards,", a signature and the mail service's disclaimer between rows of asterisks); a
RAYNET group controller's sitrep as plain text (setext: the title over "=", headings over "-"; an
"Incident:" / "DTG:" / "From:" / "To:" block; "*" and "-" points wrapped at 72 columns under their text, long
words hyphenated at a line's end, "Sitrep ends.", "73 de M0KDR" and a "-- " signature); a veterinary outbreak
team's avian influenza report as Pandoc writes it in Markdown (YAML title, author and date, a covering
paragraph, ``#`` headings with typed numbers "1 Summary" and ``{#sec-…}`` identifiers, "-   " points
hard-wrapped at 72, a pipe table of zones with its ": Zones in force[^1]" caption, the risks as a Risk |
Level | Mitigation | Owner pipe table captioned ": Risk register", the footnote); a Chilean regional emergency
directorate's "reporte de situación" on forest fires as a single-column PDF (an orange band, "REPORTE DE
SITUACIÓN N° 3", an Evento / Región / Fecha / Hora de corte / Fuente table, capitals headings over "–"
points, "Acciones:" in bold inside a risk's point, the director's signature block, a disclaimer, "Página 1 de
1"; "1.321", "16 de febrero"); and an Australian city council's EOC wiki page saved from the browser
(MediaWiki: title, "From EOC Wiki", "Jump to navigation", an infobox of details, an italic note, the
numbered "Contents" box, ``<h2>`` / ``<h3>`` headings each with its "[edit]" link, a Service | Status table
of lozenges under the summary, each risk a list entry with its mitigation on an indented ``<dl><dd>`` line
"Mitigation: …", the categories, "Retrieved from …", personal tools, tabs, search, the sidebar and the
footer). The generator's structure is the gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the point de situation's
  province, cell, "POINT DE SITUATION n° 3", phase and date lines, running head and foot ("Diffusion restreinte
  …", "Page n"); the Lagebericht's authority, "LAGEBERICHT Nr. 3", details table, header, footer, the table of
  forces (figures only) and the signature ("Für den Bezirkshauptmann:", the name, the post); the Gold template's
  title, details table (operation, number, date, commander, author), markings and handling note; the e-mail's
  greeting, covering line, "Kind regards,", "Sam", the signature, the disclaimer and the OPEL table (figures
  only); the RAYNET text's title and its "=" rule, the "Incident:" … "To:" block, "Sitrep ends.", "73 de …" and
  the signature; the Markdown's metadata, the covering paragraph, the table of zones (figures), the table
  captions and the footnote; the reporte's band, title, details table, signature block, disclaimer and footer;
  the wiki page's title, "From EOC Wiki", jump links, infobox, italic note, "Contents" box, service status table
  (status values, not items), categories, "Retrieved from …", navigation, tools and footer.
- Headings are printed as the reader sees them: with their typed numbers ("1.1 Schnee- und Lawinenlage", "1
  Summary"), in capitals ("SITUACIÓN GENERAL"), without the wiki's "[edit]" links (an editing control, not
  part of the heading, as an anchor's "¶" is not). "1. Lage" (the Lagebericht) and "Situation" (the wiki) are
  itemless parents of level 1 over their sub-headings at level 2. In the Gold template a row's left cell is the
  heading of the points in its right cell, at level 1 (the rows are the report's sections, as the SBAR rows of
  the blind7 set), and "Risk register" over its table is a heading of level 1 as well.
- Items: each point or list entry is one item, its wrapped lines joined (the RAYNET text's lines that run on
  under a point's text, a word hyphenated at a line's end joined without its hyphen — "signifi- cant" is
  "significant" — but a hyphen the word has kept: "twelve-hour"); in the risk tables (Gold template, Markdown)
  the item is the Risk cell and its mitigation the Mitigation cell (RAG, Level and Owner are values).
- Risks with their mitigation are one item, the mitigation printed with its lead: "Mesures prises :" (in
  bold), "Gegenmaßnahme:", "Mitigations:" (in italics), "Mitigation:" in the RAYNET text, "Acciones:" (in
  bold) and the wiki's indented "Mitigation:" line (a ``<dd>`` of the risk's own entry, as a nested
  "Mitigation:" bullet is in the earlier sets).
- Keys: "Key points", "Headlines", "Summary" and "1 Summary" highlights; "Situation générale", "1.1 Schnee- und
  Lawinenlage", "Current situation", "Acute position", "Net status", "2 Current situation" and "SITUACIÓN
  GENERAL" situation; "Impact sur la population", "1.2 Auswirkungen", "Community impact", "Ambulance and 111",
  "AFECTACIÓN" and "Health impacts" impacts; "2. Maßnahmen", "Policing response", "Deployments" and "3 Disease
  control measures" response; "Actions engagées", "ACCIONES REALIZADAS" (actions taken) and "Actions for
  today" actions; "Discharge and flow" and "Traffic handled" activity; "Cooling centres and welfare"
  assistance; "4 Surveillance" surveillance; "Weather" and "PRONÓSTICO METEOROLÓGICO" forecast; "Difficultés
  rencontrées", "3. Risiken", "Risk register", "Risks and issues", "Risks", "5 Risks" and "RIESGOS" risks;
  "Moyens engagés", "4. Personal", "Resources" (officers and staff deployed), "Workforce", "Operators", "6
  Resourcing", "RECURSOS DESPLEGADOS" (crews, aircraft and volunteers) and "Staffing" workforce; "5. Kosten"
  finance; "Information à la population", "Media and communications" and "Public messaging" communications;
  "Prochaines étapes", "6. Weitere Vorgangsweise", "Next Gold group", "Next net", "7 Next steps", "PRÓXIMOS
  PASOS" and "Next steps" next-steps.
- Figures as printed in the publisher's conventions: "6.961" and "76 %" Belgian, "€ 164.000" and "16. Jänner"
  Austrian, "1.321" and "6 de febrero" Chilean, "40°C".

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-point-situation-be          0.933    0.937          0.937  0.743        1.000    1.000    0.935
    docx-lagebericht-at             1.000    0.916          0.916  0.888        1.000    1.000    0.911
    docx-gold-template              1.000    0.973          0.973  0.819        1.000    1.000    0.971
    eml-icb-owa                     1.000    0.903          0.903  0.468        1.000    1.000    0.891
    txt-raynet-setext               0.824    0.839          0.839  0.695        1.000    1.000    0.833
    md-pandoc-outbreak              1.000    0.915          0.915  0.831        1.000    1.000    0.912
    pdf-reporte-situacion-cl        0.700    0.826          0.826  0.864        0.333    1.000    0.822
    html-mediawiki-eoc              0.222    0.973          0.266  0.653        1.000    1.000    0.971
    TOTAL                           0.815    0.910          0.825  0.747        0.915    1.000    0.905

    96 documents, 64 report pairs linked.

With other content (``--seed 11 --series 6 --reports 5``, 240 documents, 192 pairs; the same first sight):
heading F1 0.815, item F1 0.906, right heading 0.819, key 0.745, mitigation 0.900, numbers 1.000, links 0.901.

No writer was changed after the first run: the documents were looked at (rendered pages, the raw HTML,
Markdown, text, e-mail and WordprocessingML) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): every item of the gold is found with its text exactly
(hyphenated wraps joined right, the Belgian point carried from the foot of the left column to the head of the
right kept whole), so what is lost is furniture read as content, headings read wrong and keys. Furniture kept:
the wiki's "[edit]" links glued to every heading ("Summary[edit]", heading F1 0.222, and so most items under a
heading the gold does not have) and its italic note kept as an item; the RAYNET title (keyed "areas") and
"DTG: …" line read as headings over "Incident: …", "From: …" and "To: …" as items, "73 de …" read as a heading
over the signature, "Sitrep ends." an item, and the real headings put at level 2 under the title; the
reporte's details table read as five headings ("Evento", "Región", "Fecha", "Hora de corte", "Fuente") over
their values, its director's signature read as a heading (keyed next-steps) over the office's name and the
disclaimer; "POINT DE SITUATION n° 3" read as a heading over the phase and date line, the cell's line an item
with no heading and "Diffusion restreinte …" at the foot an item of whichever section the page ends in; the
e-mail's OPEL table rows kept as items of "Acute position" (header and rows, sometimes run together); the
Lagebericht's signature (three items of "6. Weitere Vorgangsweise"); the Gold template's handling note (an item
of the risk register); the Markdown's covering paragraph and its table captions (": Zones in force", ": Risk
register"). Leads: "Acciones:" (in bold) is not taken for a mitigation lead (the mitigation stays in the risk's
text). Keys: "Information à la population", "6. Weitere Vorgangsweise", "Next Gold group", "Ambulance and
111", "Discharge and flow", "Deployments", "Traffic handled", "Next net", "3 Disease control measures" and
"Cooling centres and welfare" get none; "Moyens engagés" is taken for response, "Resources" and "RECURSOS
DESPLEGADOS" for guidance, "Acute position" for activity, "Health impacts" for situation, and the itemless
parents "1. Lage" and "Situation" are given situation. Read well at first sight: two columns and a point that
runs from one into the other, German Word's style ids, typed heading numbers, table rows as sections with the
risk register under them, Outlook on the web's divs and lists, setext headings, hyphenated wraps, Pandoc's
"-   " points and pipe tables (the zones table left out, the risk table's cells as risk and mitigation), the
MediaWiki chrome (infobox, contents box, navigation, categories, footer) and the ``<dd>`` mitigation line,
"Mesures prises :", "Gegenmaßnahme:" and "Mitigations:", and every figure as printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind10_layouts_mail as mail  # noqa: E402
import blind10_layouts_pdf as pdf  # noqa: E402
import blind10_layouts_web as web  # noqa: E402
import blind10_layouts_word as word  # noqa: E402
from blind10_layouts_banks_health import AVIAN, EOC  # noqa: E402
from blind10_layouts_banks_intl import BEZIRK, PROVINCE, REGION_CL  # noqa: E402
from blind10_layouts_banks_ops import ICB, POLICE, RAYNET  # noqa: E402
from blind10_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402


def _locale(lang: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        localise(doc, lang)

    return restyle


LAGE = "1. Lage"
SITUATION = "Situation"

LAYOUTS = (
    Layout("pdf-point-situation-be", "pdf", pdf.pdf_point_be, publisher_wording(
        [("situation", "Situation générale", "situation"), ("impacts", "Impact sur la population", "impacts"),
         ("actions", "Actions engagées", "actions"), ("risks", "Difficultés rencontrées", "risks"),
         ("workforce", "Moyens engagés", "workforce"),
         ("communications", "Information à la population", "communications"),
         ("next", "Prochaines étapes", "next-steps")]),
        "Point de situation n° {n} – {service}", PROVINCE.series, restyle=_locale("be")),
    Layout("docx-lagebericht-at", "docx", word.docx_lagebericht_at, publisher_wording(
        [("situation", "1.1 Schnee- und Lawinenlage", "situation", LAGE),
         ("impacts", "1.2 Auswirkungen", "impacts", LAGE), ("response", "2. Maßnahmen", "response"),
         ("risks", "3. Risiken", "risks"), ("workforce", "4. Personal", "workforce"),
         ("finance", "5. Kosten", "finance"), ("next", "6. Weitere Vorgangsweise", "next-steps")]),
        "Lagebericht Nr. {n} – {service}", BEZIRK.series, restyle=_locale("at")),
    Layout("docx-gold-template", "docx", word.docx_gold_template, publisher_wording(
        [("highlights", "Key points", "highlights"), ("situation", "Current situation", "situation"),
         ("impacts", "Community impact", "impacts"), ("response", "Policing response", "response"),
         ("workforce", "Resources", "workforce"), ("communications", "Media and communications", "communications"),
         ("next", "Next Gold group", "next-steps"), ("risks", "Risk register", "risks")]),
        "{service} – Gold group situation report {n}", POLICE.series, risk_table=True),
    Layout("eml-icb-owa", "eml", mail.email_icb_owa, publisher_wording(
        [("highlights", "Headlines", "highlights"), ("situation", "Acute position", "situation"),
         ("impacts", "Ambulance and 111", "impacts"), ("activity", "Discharge and flow", "activity"),
         ("workforce", "Workforce", "workforce"), ("risks", "Risks and issues", "risks"),
         ("actions", "Actions for today", "actions")]),
        "System sitrep – {date}", ICB.series, restyle=lead_restyle(mail.ICB_LEAD)),
    Layout("txt-raynet-setext", "txt", mail.text_raynet, publisher_wording(
        [("highlights", "Summary", "highlights"), ("situation", "Net status", "situation"),
         ("response", "Deployments", "response"), ("activity", "Traffic handled", "activity"),
         ("workforce", "Operators", "workforce"), ("risks", "Risks", "risks"), ("next", "Next net", "next-steps")]),
        "{org} - Situation Report {n}", RAYNET.series),
    Layout("md-pandoc-outbreak", "md", web.markdown_pandoc, publisher_wording(
        [("highlights", "1 Summary", "highlights"), ("situation", "2 Current situation", "situation"),
         ("response", "3 Disease control measures", "response"), ("surveillance", "4 Surveillance", "surveillance"),
         ("risks", "5 Risks", "risks"), ("workforce", "6 Resourcing", "workforce"),
         ("next", "7 Next steps", "next-steps")]),
        "{service}: situation report {n}", AVIAN.series, risk_table=True),
    Layout("pdf-reporte-situacion-cl", "pdf", pdf.pdf_reporte_cl, publisher_wording(
        [("situation", "SITUACIÓN GENERAL", "situation"), ("impacts", "AFECTACIÓN", "impacts"),
         ("actions", "ACCIONES REALIZADAS", "actions"), ("workforce", "RECURSOS DESPLEGADOS", "workforce"),
         ("forecast", "PRONÓSTICO METEOROLÓGICO", "forecast"), ("risks", "RIESGOS", "risks"),
         ("next", "PRÓXIMOS PASOS", "next-steps")]),
        "Reporte de situación N° {n} – {service}", REGION_CL.series, restyle=_locale("cl")),
    Layout("html-mediawiki-eoc", "html", web.html_mediawiki, publisher_wording(
        [("highlights", "Summary", "highlights"), ("forecast", "Weather", "forecast", SITUATION),
         ("impacts", "Health impacts", "impacts", SITUATION),
         ("assistance", "Cooling centres and welfare", "assistance"), ("risks", "Risks", "risks"),
         ("workforce", "Staffing", "workforce"), ("communications", "Public messaging", "communications"),
         ("next", "Next steps", "next-steps")]),
        "{service} sitrep {n}", EOC.series),
)  # fmt: skip


SEED_OFFSET = 1100  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
