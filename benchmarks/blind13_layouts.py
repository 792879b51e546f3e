"""Sitreps of eight more publishers in layouts nobody tuned for, a fourteenth blind, first-sight measure.

    python benchmarks/blind13_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A fourteenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind12_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from phrase banks of this set
(``blind13_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and
appear from report to report): a Portuguese municipal civil protection service's "Relatório de situação" on a
storm as a PDF (the municipality and the service beside a logo box, "RELATÓRIO DE SITUAÇÃO N.º 3", a details
line, on the first page a coloured sidebar "EM NÚMEROS" of key figures repeated from the text beside the text
column, numbered headings "1. Ponto de situação" in colour, "•" points, "Medidas:" in bold inside a risk's
point, the address and "Pág. 1/2" in the footer; "1.250", "12%", "13 de novembro"); a Canadian province's
emergency operations centre "Situation Report / Rapport de situation" on wildfires as a PDF (the province and
the centre in both languages, a details table of bilingual labels, each heading one line in both languages
"Impacts / Répercussions" in a light blue band, English "•" points, "Mitigation:" inside a risk's point,
"Distribution / Diffusion: …", "UNCLASSIFIED / NON CLASSIFIÉ" and "Page 1 of 2 / Page 1 de 2"; "1,250",
"12%", "July 22"); a Finnish municipality's preparedness group's "Tilannekatsaus" on contaminated tap water in
a Finnish Word to the Finnish standard layout of official documents (style ids ``Otsikko1`` and
``Numeroituluettelo``, the municipality, "TILANNEKATSAUS", the date and "1 (2)" in the page header, an "Asia"
line, headings at the margin, the text at the 4.6 cm indent, each point an entry of Word's numbered list, a
risk's "Toimenpiteet: …" after a line break inside its entry, "Jakelu" and "Laatija"; "1 250", "12 %",
"16.8."); an NHS acute trust's daily operational pressures (OPEL) report in Word (bold title lines, a Site |
OPEL | ED attendances | Bed occupancy | MFFD table with shaded cells, "Trust OPEL level: 3 (declared …)",
Heading 2 headings over narrative paragraphs with no bullets, "Mitigating actions:" in bold inside a risk's
paragraph, the on-call lines, an "OFFICIAL-SENSITIVE" footer); a Spanish autonomous community's emergency
agency's "Informe de situación" on a DANA in Word (a header table with "INFORME DE SITUACIÓN Nº 3", a Plan /
Situación operativa / Fecha / Hora / Fuente table, Roman-numbered capitals headings "III. INCIDENCIAS" in
Heading 1, a Provincia | Incidencias | Desalojados table above that section's points, Word bullets, a risk's
"Medidas: …" on an indented italic paragraph under its bullet, "EL DIRECTOR DE LA AGENCIA" and "Fdo.: …";
"1.250", "12 %", "29 de octubre"); a Welsh county council's flood update on the Welsh version of its website,
in Welsh only (skip link, header with the "English" switch, menu, an emergency banner, breadcrumbs, ``<h1>``,
"Cyhoeddwyd: …", an introduction, ``<h2>`` headings over ``<ul>`` lists, "Lliniaru:" in bold, share links, "A
oedd y dudalen hon yn ddefnyddiol?", the footer; "19 Chwefror"); a Scottish regional resilience
partnership's sitrep sent from Outlook (Word's HTML: "Good afternoon all,", the covering line, "Handling:
OFFICIAL-SENSITIVE", the title in bold, a Local authority | Status | Resilience centres table, bold underlined
headings over ``<ol>`` lists numbered afresh in each section, "Control measures:" in bold, "Kind regards,",
the signature and a confidentiality notice; the plain part numbered "1." by hand); and a university's
incident update on a campus power failure written in reStructuredText and sent as a text file (the title
over and under "=", a field list ":Issued:" / ":Author:" / ":Status:" / ":Distribution:", ``.. contents::``
and ``.. note::`` directives, headings underlined with "-", "* " points wrapped at 76 columns, a risk's
"*Mitigation:* …" an indented paragraph under its point, a closing comment and a "-- " signature). The
generator's structure is the gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the relatório's heading block, title,
  details line, the whole "EM NÚMEROS" sidebar (its figures repeat items' figures and are not items) and the
  footer; the Canadian report's heading block, title, details table, "Distribution / Diffusion: …" and footer;
  the tilannekatsaus's page header, "Asia" line, the line under it ("Tilanne … Katsaus on laadittu …"),
  "Jakelu" and "Laatija"; the OPEL report's title lines, its site table (labels, not items), "Trust OPEL level:
  …" and the on-call lines; the informe's header table, details table, the Provincia table (labels, not
  items), "EL DIRECTOR DE LA AGENCIA", "Fdo.: …" and the footer; the Welsh page's skip link, header, menu,
  banner, breadcrumbs, ``<h1>``, "Cyhoeddwyd: …", the introduction, share links, feedback form and footer; the
  e-mail's greeting, covering line, "Handling: …", the title, the authorities table, "Kind regards,", the
  signature and the notice; the update's title, field list, directives, the comment and the signature.
- Headings are printed as the reader sees them, with their typed numbers ("1. Ponto de situação", "III.
  INCIDENCIAS"), all at level 1; the Canadian headings are the whole bilingual line ("Impacts /
  Répercussions"), one heading, not two.
- Items: each point, numbered entry or paragraph is one item, without its marker ("•", "* ", "1."). A risk's
  mitigation is part of its item even where it is printed on a line or paragraph of its own (the Finnish line
  break, the Spanish italic paragraph, the reStructuredText paragraph under the point); the item's text is the
  risk, a space, then the lead and the mitigation.
- Risks with their mitigation are one item, the mitigation printed with its lead: "Medidas:" (bold, in the
  relatório; italic on its own paragraph, in the informe), "Mitigation:" (inline in the Canadian report;
  "*Mitigation:*" in the reStructuredText), "Toimenpiteet:" (after a line break), "Mitigating actions:" (bold),
  "Lliniaru:" (bold), "Control measures:" (bold).
- Keys: "Summary" (OPEL report and university) highlights; "1. Ponto de situação", "Situation Overview /
  Aperçu de la situation", "Tilannekuva", "I. SITUACIÓN ACTUAL", "Y sefyllfa bresennol", "Situation" and
  "Emergency Department" situation (the state of the trust's front door; it could be read as impacts, but it
  gives the department's position, not what happens to people because of it); "2. Ocorrências" (what the storm
  did: fallen trees, flooded homes, roads cut), "Impacts / Répercussions", "Vaikutukset kuntalaisiin", "III.
  INCIDENCIAS", "Yr effaith ar drigolion", "Impact on communities" and "Impact on teaching, research and
  halls" impacts; "3. Meios empenhados", "IV. MEDIOS MOVILIZADOS" and "Staffing" workforce; "4. Ações
  desenvolvidas", "Toteutetut toimenpiteet", "V. ACTUACIONES REALIZADAS", "Beth rydyn ni'n ei wneud", "What we
  are doing" and "Actions for the next 24 hours" actions; "Response Activities / Activités d'intervention" and
  "Partner response" response; "Patient flow and discharge" activity; "Evacuations and Reception / Évacuations
  et accueil", "Cymorth i drigolion", "Care for people" and "Support for students and staff" assistance; "5.
  Riscos e medidas", "Risks / Risques", "Riskit", "Risks and mitigating actions", "VI. RIESGOS Y MEDIDAS",
  "Risgiau" and "Risks" risks; "6. Previsão meteorológica" and "II. PREVISIÓN METEOROLÓGICA" forecast; "7.
  Informação à população", "Public Information / Information publique", "Viestintä" and "VII. INFORMACIÓN A
  LA POBLACIÓN" communications; "Next Report / Prochain rapport", "Jatkotoimenpiteet", "Y camau nesaf", "Next
  steps" and "Next update" next-steps.
- Figures as printed in the publisher's conventions: "1.250", "12%", "13 de novembro" Portuguese; "1,250",
  "12%", "$3,400", "July 22" Canadian; "1 250", "12 %", "16.8." Finnish; "1.250", "12 %", "29 de octubre"
  Spanish; "1,250", "12%", "19 Chwefror" Welsh.

First run (defaults: 4 series × 3 reports per layout, seed 0; before any change to the parser; the figures
as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-relatorio-pt                1.000    1.000          1.000  0.734        1.000    1.000    1.000
    pdf-sitrep-ca                   0.737    0.756          0.756  0.725        1.000    1.000    0.748
    docx-tilannekatsaus-fi          0.923    0.877          0.877  0.000        1.000    1.000    0.866
    docx-opel-trust                 0.800    0.831          0.831  0.415        1.000    1.000    0.820
    docx-informe-es                 0.933    0.926          0.926  0.560        1.000    1.000    0.923
    html-diweddariad-cy             1.000    0.959          0.959  0.000        0.200    1.000    0.957
    eml-rrp-sitrep                  0.667    0.784          0.784  0.824        1.000    1.000    0.772
    txt-rst-university              1.000    0.558          0.558  0.602        0.095    1.000    0.541
    TOTAL                           0.864    0.823          0.823  0.487        0.791    1.000    0.814

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-relatorio-pt                1.000    1.000          1.000  0.750        1.000    1.000    1.000
    pdf-sitrep-ca                   0.737    0.736          0.736  0.731        1.000    1.000    0.729
    docx-tilannekatsaus-fi          0.923    0.871          0.871  0.000        1.000    1.000    0.864
    docx-opel-trust                 0.800    0.834          0.834  0.496        1.000    1.000    0.824
    docx-informe-es                 0.933    0.923          0.923  0.611        1.000    1.000    0.918
    html-diweddariad-cy             1.000    0.958          0.958  0.000        0.381    1.000    0.949
    eml-rrp-sitrep                  0.667    0.783          0.783  0.900        1.000    1.000    0.774
    txt-rst-university              1.000    0.584          0.584  0.604        0.211    1.000    0.561
    TOTAL                           0.864    0.823          0.823  0.514        0.812    1.000    0.812

No writer was changed after the first run: the documents were looked at (rendered pages, Word paragraphs and
styles, the text) before it, and written without error.

Failure classes seen at first sight (``-v``, seed 0): items are lost only where a mitigation stands on a
paragraph of its own (the reStructuredText "*Mitigation:*" paragraph is read as an item apart, its risk as
another); otherwise what is lost is furniture read as content, headings and keys, and leads. Furniture kept:
the Canadian report's details table read as headings (each bilingual label a heading, its value an item, the
labels that wrap giving a second item), and "Distribution / Diffusion: …" an item of the last section; the
tilannekatsaus's "Asia" line read as a heading with the line under it as its item, "Jakelu" and "Laatija" as
items; the OPEL report's three title lines read as headings, "Trust OPEL level: …" as an item and the on-call
lines as items of the last section (its site table is left out right); the informe's header table cell as an
item, "EL DIRECTOR DE LA AGENCIA" as a heading over "Fdo.: …" (its details and Provincia tables are left out
right); the Welsh page's introduction as an item (all else of the page left out right); the e-mail's local
authority table read as headings and items (its greeting, covering line, sign-off and notice are left out
right); the reStructuredText field list, directives, note, closing comment and signature as items. The
relatório's sidebar of figures is left out right. Leads: "Lliniaru:" (bold) is mostly not taken for a
mitigation lead, nor "*Mitigation:*" on its own paragraph; "Medidas:", "Mitigation:", "Toimenpiteet:" after a line
break, "Mitigating actions:", "Control measures:" and "Medidas:" in italics on a paragraph of their own are.
Keys: no heading of the tilannekatsaus or of the Welsh page gets one; "2. Ocorrências", "III. INCIDENCIAS",
"V. ACTUACIONES REALIZADAS", "Emergency Department", "Patient flow and discharge" and "Next Report / Prochain
rapport" get none; "3. Meios empenhados" and "IV. MEDIOS MOVILIZADOS" are taken for response, "Evacuations
and Reception / Évacuations et accueil" for impacts, "Care for people" and "Support for students and staff"
for workforce, "What we are doing" for response and "Actions for the next 24 hours" for next-steps.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind13_layouts_mail as mail  # noqa: E402
import blind13_layouts_pdf as pdf  # noqa: E402
import blind13_layouts_web as web  # noqa: E402
import blind13_layouts_word as word  # noqa: E402
from blind7_layouts_content import localise as localise_cy  # noqa: E402
from blind13_layouts_banks_intl import CYNGOR, EMERGENCIAS, PROTECAO, VALMIUS  # noqa: E402
from blind13_layouts_banks_ops import CAMPUS, OPEL, PEOC, RRP  # noqa: E402
from blind13_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from council_layouts_gold import Doc  # noqa: E402
from publisher_layouts import Layout, lead_restyle, publisher_wording  # noqa: E402


def _locale(lang: str) -> Callable[[Doc], None]:
    def restyle(doc: Doc) -> None:
        (localise_cy if lang == "cy" else localise)(doc, lang)

    return restyle


LAYOUTS = (
    Layout("pdf-relatorio-pt", "pdf", pdf.pdf_relatorio_pt, publisher_wording(
        [("situation", "1. Ponto de situação", "situation"), ("impacts", "2. Ocorrências", "impacts"),
         ("workforce", "3. Meios empenhados", "workforce"), ("actions", "4. Ações desenvolvidas", "actions"),
         ("risks", "5. Riscos e medidas", "risks"), ("forecast", "6. Previsão meteorológica", "forecast"),
         ("communications", "7. Informação à população", "communications")]),
        "Relatório de situação n.º {n} – {service}", PROTECAO.series, restyle=_locale("pt")),
    Layout("pdf-sitrep-ca", "pdf", pdf.pdf_sitrep_ca, publisher_wording(
        [("situation", "Situation Overview / Aperçu de la situation", "situation"),
         ("impacts", "Impacts / Répercussions", "impacts"),
         ("response", "Response Activities / Activités d'intervention", "response"),
         ("assistance", "Evacuations and Reception / Évacuations et accueil", "assistance"),
         ("risks", "Risks / Risques", "risks"),
         ("communications", "Public Information / Information publique", "communications"),
         ("next", "Next Report / Prochain rapport", "next-steps")]),
        "Situation Report / Rapport de situation #{n} – {service}", PEOC.series, restyle=_locale("ca")),
    Layout("docx-tilannekatsaus-fi", "docx", word.docx_tilannekatsaus_fi, publisher_wording(
        [("situation", "Tilannekuva", "situation"), ("impacts", "Vaikutukset kuntalaisiin", "impacts"),
         ("actions", "Toteutetut toimenpiteet", "actions"), ("risks", "Riskit", "risks"),
         ("communications", "Viestintä", "communications"), ("next", "Jatkotoimenpiteet", "next-steps")]),
        "{service}, tilannekatsaus {n}", VALMIUS.series, restyle=_locale("fi")),
    Layout("docx-opel-trust", "docx", word.docx_opel_trust, publisher_wording(
        [("summary", "Summary", "highlights"), ("ed", "Emergency Department", "situation"),
         ("flow", "Patient flow and discharge", "activity"), ("workforce", "Staffing", "workforce"),
         ("risks", "Risks and mitigating actions", "risks"), ("actions", "Actions for the next 24 hours", "actions")]),
        "Daily Operational Pressures Report (OPEL) – report {n}", OPEL.series, restyle=lead_restyle(word.OPEL_LEAD)),
    Layout("docx-informe-es", "docx", word.docx_informe_es, publisher_wording(
        [("situation", "I. SITUACIÓN ACTUAL", "situation"), ("forecast", "II. PREVISIÓN METEOROLÓGICA", "forecast"),
         ("impacts", "III. INCIDENCIAS", "impacts"), ("workforce", "IV. MEDIOS MOVILIZADOS", "workforce"),
         ("actions", "V. ACTUACIONES REALIZADAS", "actions"), ("risks", "VI. RIESGOS Y MEDIDAS", "risks"),
         ("communications", "VII. INFORMACIÓN A LA POBLACIÓN", "communications")]),
        "Informe de situación nº {n} – {service}", EMERGENCIAS.series, restyle=_locale("es")),
    Layout("html-diweddariad-cy", "html", web.html_diweddariad_cy, publisher_wording(
        [("situation", "Y sefyllfa bresennol", "situation"), ("impacts", "Yr effaith ar drigolion", "impacts"),
         ("actions", "Beth rydyn ni'n ei wneud", "actions"), ("risks", "Risgiau", "risks"),
         ("assistance", "Cymorth i drigolion", "assistance"), ("next", "Y camau nesaf", "next-steps")]),
        "{service}: diweddariad {n}", CYNGOR.series, restyle=_locale("cy")),
    Layout("eml-rrp-sitrep", "eml", mail.email_rrp_sitrep, publisher_wording(
        [("situation", "Situation", "situation"), ("impacts", "Impact on communities", "impacts"),
         ("response", "Partner response", "response"), ("assistance", "Care for people", "assistance"),
         ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "{service} – RRP Sitrep {n}", RRP.series, restyle=lead_restyle(mail.RRP_LEAD)),
    Layout("txt-rst-university", "txt", web.text_rst_update, publisher_wording(
        [("summary", "Summary", "highlights"), ("impacts", "Impact on teaching, research and halls", "impacts"),
         ("actions", "What we are doing", "actions"), ("risks", "Risks", "risks"),
         ("assistance", "Support for students and staff", "assistance"), ("next", "Next update", "next-steps")]),
        "{service} – incident update {n}", CAMPUS.series),
)  # fmt: skip


SEED_OFFSET = 1400  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
