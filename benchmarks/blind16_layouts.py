"""Sitreps of eight more publishers in layouts nobody tuned for, a seventeenth blind, first-sight measure.

    python benchmarks/blind16_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A seventeenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind15_layouts.py``, written from what eight more publishers send and not from what
the parser expects (the parser's code was not read to write it), in French, Swiss German, Brazilian Portuguese
and English. Each layout is one kind of publisher; its four series are four organisations of that kind, their
content from phrase banks of this set (``blind16_layouts_banks_*``, run through the generator's churn model, so
items continue, change, close and appear from report to report): a French regional health agency's (ARS) daily
"Point de situation" on a heatwave as a PDF (the State's block "RÉPUBLIQUE FRANÇAISE / Liberté Égalité
Fraternité" beside the agency's mark, a teal band "POINT DE SITUATION N° 3" over the episode and "Situation au
mardi 30 juillet 2024 à 11 h 00", a "CHIFFRES CLÉS" row of four figures with captions, then each section a framed
box whose first row is its heading white on teal over "›" points justified inside the box, "Mesures de gestion :"
in bold inside a risk's point, "Prochain point de situation :" and "Contacts :" lines, a running head on later
pages and "1/2" in the footer; "1 250" and "12 %" with narrow no-break spaces, "558 000 €", "1,25 M€", "1er août",
"(contre 5 au point précédent)"); a Swiss cantonal command staff's "Lagebericht" on storms and debris flows in a
German Word (the canton, "Kantonaler Führungsstab (KFS)" and "INTERN" in the page header, the title, an Ereignis /
Stand / Verfasser / Klassifizierung table, headings in the styles German Word calls ``berschrift1`` and
``berschrift2`` numbered "1", "1.1" by a multilevel list linked to those styles — the numbers are in
numbering.xml, nowhere in the text —, the points entries of a "–" list in ``Listenabsatz``, "Eingeleitete
Massnahmen:" in bold inside a risk's entry, "Nächster Lagebericht:", "Verteiler:" and the Chef Lage's signature,
"Seite 1 von 2" in the footer; "1’250", "12 %", "CHF 1.25 Mio.", "22. Juni", "(letzter Lagebericht: 5)"); a
UNICEF country office's fortnightly "Humanitarian Situation Report" on a cyclone response as a PDF (a cyan band
with the mark and "Humanitarian Situation Report No. 3", "Reporting Period: …", on the first page "Highlights" as
"•" points and a photograph with its credit in the left column beside a drawn "Situation in Numbers" sidebar with
the appeal and a funding bar, the text flowing on from the narrow column to the full page, paragraphs without
bullets, the sectors as bold sub-headings under "Summary Analysis of Programme Response", "Mitigating measures:"
in bold inside a risk's paragraph, "Next SitRep: …", a three-column "Who to contact for further information:"
table and the "Annex A – Summary of Programme Results" table; "1,250", "12 per cent", "US$6.82 million", "(down
from 5 in the previous reporting period)"); a blood service's "Blood Stocks Update" to hospital transfusion teams
in Word ("OFFICIAL" in the page header, the service, the title and "Amber Alert – Update 3 | Thursday 8 August
2024, 12:00", a "Table 1" of blood groups with their days of stock and filled status cells, Heading 1 headings
with typed numbers "1. Summary", Word bullets, real Word footnotes on some points — the reference a superscript
after the point's full stop, the notes at the foot of the page —, "Actions in hand:" in bold inside a risk's
bullet, "Issued by:", "Next update:" and "Contact:" lines, "Page 1 of 2"; "(last update: 5)"); a national park
authority's moorland fire update written in Google Docs and downloaded as a web page (one ``<style>`` of
generated classes, the running header and footer in ``<div>``s, the logo an ``<img>`` in a sized ``<span>``,
``<p class="title">`` and ``<p class="subtitle">``, section headings typed as bold green 14 pt text — a ``<p>``
whose ``<span>`` has a bold class, no ``<h*>`` —, ``lst-kix_…`` lists, empty paragraphs for spacing, "Action we're
taking:" in a bold span inside a risk's point, a closures table under the access section, a reviewer's comment
anchored in a point as ``<sup><a href="#cmnt1">[a]</a></sup>`` with its text at the end, the duty ranger's
sign-off; "(yesterday: 5)"); a container port's "Customer Notice" on storm disruption sent by its port community
system (multipart/alternative; nested 600-pixel tables: a navy band with the port and "Customer Notice", an amber
"PORT STATUS: OPEN – RESTRICTED OPERATIONS" pill, "Update No. 3 | Issued 06:00, … | Next update: 14:00", the
covering line, each heading in capitals white on navy in a table row of its own, each point a row whose first
cell is an orange "■", "Contingency:" in bold inside a risk's point, a Berth | Vessel | Line | Status | ETD table,
the operations centre's numbers and the notification footer with "Unsubscribe"; the plain part with the capitals
headings and "■ " points; "(prev. 5)"); a Brazilian state civil defence's morning "boletim" on floods as a news
page of the state's gov.br portal (skip links "Ir para o conteúdo 1", the gov.br header with "Entrar com gov.br",
menu, breadcrumbs, a news headline ``<h1>``, the description, "Publicado em 07/05/2024 09h00 Atualizado em …",
share links, four balance cards, ``<h3>`` headings over ``<ul>`` points, "Ações adotadas:" in bold inside a risk's
point, tags, "Leia também", the footer with the emergency numbers, the LGPD cookie bar and the VLibras widget;
"1.250", "R$ 1,25 milhão", "1º de maio", "(no boletim anterior: 5)"); and a maritime rescue co-ordination
centre's oil pollution sitrep as a plain-text e-mail in format=flowed ("UNCLASSIFIED", FROM / TO / INFO / SUBJ /
DTG lines, lettered capitals headings "A. SITUATION", points numbered "1." afresh under each, every line of a
point broken at 66 columns with the trailing space of a soft line break, "Countermeasures:" inside a risk's
point, "NEXT SITREP: 031900Z OCT 24 …" and the duty officer's signature; "(previously 5)"). The generator's
structure is the gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the point de situation's State block,
  the agency's mark, the title band, "CHIFFRES CLÉS" and its figures and captions (figures repeated from the
  items), "Prochain point de situation : …", "Contacts : …", the running head and footer; the Lagebericht's page
  header, title, details table, "Nächster Lagebericht: …", "Verteiler: …", the signature lines and the footer; the
  UNICEF report's band, "Reporting Period: …", the photograph and its credit, the whole "Situation in Numbers"
  sidebar, "Next SitRep: …", the crisis page's address, the contacts heading and table and the Annex A table (its
  heading included: results repeated from the text); the stocks update's header, the service, the title, the
  "Amber Alert – Update …" line, the stock table and its caption, the footnotes and their reference marks (not
  part of the point's text), "Issued by:", "Next update:", "Contact:" and the footer; the Google Docs page's
  header and footer ``<div>``s, logo, title, subtitle, the closures table (routes and their status, not items),
  the comment and its "[a]" anchor (a reviewer's note, not content), the sign-off and contact lines; the port
  notice's band, status pill, update line, covering line, vessel table, the operations centre's line and the
  notification footer; the gov.br page's skip links, header, menu, breadcrumbs, ``<h1>`` (a news headline),
  description, dates, share links, the balance cards (figures repeated from the items), tags, "Leia também",
  footer, cookie bar and widget; the sitrep's "UNCLASSIFIED", FROM / TO / INFO / SUBJ / DTG lines, "NEXT SITREP:
  …" and the signature.
- Headings are printed as the reader sees them: the Lagebericht's with the numbers Word gives them ("1.1 Wetter und
  Hydrologie") though the text holds none; the stocks update's with their typed numbers ("1. Summary"); the
  sitrep's with their letters ("A. SITUATION"); the port's in the capitals they are typed in. Level 1, but the
  Lagebericht's "1.1 …" and "1.2 …", level 2 under "1 Lage", and the UNICEF sectors ("Health and Nutrition", "Water,
  Sanitation and Hygiene (WASH)", "Education and Child Protection"), level 2 under "Summary Analysis of Programme
  Response": both parents are level-1 headings without items of their own. The Google Docs headings are bold
  green text in a ``<p>`` and the port's are navy table cells: both are headings, as the reader sees them.
- Items: each point, list entry, paragraph or "■" row is one item, without its "›", "–", "•", "■" or typed number
  ("1.") and with a flowed point's lines joined; UNICEF's "Highlights" points and its paragraphs alike.
- Risks with their mitigation are one item, the mitigation printed with its lead: "Mesures de gestion :" (bold,
  a no-break space before the colon), "Eingeleitete Massnahmen:" (bold), "Mitigating measures:" (bold), "Actions
  in hand:" (bold), "Action we're taking:" (a bold span), "Contingency:" (bold), "Ações adotadas:" (bold),
  "Countermeasures:" (plain text). A risk the generator prints without a mitigation has none.
- Keys: "Highlights", "1. Summary", "Summary" and "SUMMARY" highlights; "Situation sanitaire", "Situation Overview
  and Humanitarian Needs", "2. Stock position", "Fire activity", "TERMINAL OPERATIONS", "Balanço geral" and "A.
  SITUATION" situation; "Vigilance et prévisions météorologiques", "1.1 Wetter und Hydrologie", "Weather and fire
  danger", "WEATHER AND MARINE", "Previsão do tempo" and "B. WEATHER ON SCENE" forecast; "Établissements de santé et
  médico-sociaux" (the strain on hospitals and care homes), "1.2 Schadenlage", "Access and closures", "HAULAGE AND
  GATE", "Rodovias e serviços" and "C. POLLUTION AND SHORELINE" impacts; "Actions engagées par l'ARS", "2
  Massnahmen der Einsatzkräfte", the three UNICEF sectors, "3. Donations and collection", "Partners on the ground",
  "Ações de resposta" and "D. RESPONSE ACTIONS" response; "4. Actions for hospitals" (what hospitals are asked to
  do) actions; "3 Betreuung der Bevölkerung" and "Doações" assistance; "Funding Overview and Partnerships" finance;
  every risk heading ("Points de vigilance", "4 Gefahren und mögliche Entwicklungen", "Challenges and Risks", "5.
  Risks", "Things we're keeping an eye on", "RISKS AND CONTINGENCIES", "Riscos e alertas", "E. RISKS") risks;
  "Communication et prévention", "5 Information der Bevölkerung", "6. Communications", "Messages for visitors",
  "CUSTOMER INFORMATION", "Orientações à população" and "F. MEDIA AND PUBLIC" communications; "G. FUTURE PLANS"
  next-steps.
- Figures as printed in the publisher's conventions: French "1 250" and "12 %" with U+202F narrow no-break
  spaces, "3 400 €" and "1,25 M€" with a no-break space before the sign, "1er août"; Swiss "1’250" (U+2019), "12
  %", "CHF 3’400", "CHF 1.25 Mio.", "22. Juni"; UNICEF "1,250", "12 per cent", "US$3,400", "US$1.25 million";
  British "1,250", "12%", "£3,400", "18 April"; Brazilian "1.250", "12%", "R$ 3.400", "R$ 1,25 milhão", "1º de
  maio".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b16base``, before any
change to it; the figures as printed, the columns narrowed):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-point-ars-fr                0.655    0.771          0.771  0.595        0.038    1.000    0.782
    docx-lagebericht-kfs-ch         1.000    0.829          0.829  0.634        0.320    1.000    0.816
    pdf-sitrep-unicef               0.893    0.940          0.940  0.452        0.304    1.000    0.952
    docx-stocks-blood               0.923    0.886          0.886  0.764        0.316    1.000    0.881
    html-gdocs-park                 0.000    0.571          0.000  0.000        0.194    1.000    0.560
    eml-notice-port                 0.000    0.710          0.000  0.000        0.419    1.000    0.700
    html-boletim-br                 1.000    0.859          0.859  0.247        0.316    1.000    0.850
    eml-sitrep-mrcc                 1.000    0.820          0.820  0.817        0.316    1.000    0.814
    TOTAL                           0.779    0.775          0.574  0.435        0.275    1.000    0.769

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                     heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-point-ars-fr                0.618    0.730          0.730  0.680        0.200    1.000    0.728
    docx-lagebericht-kfs-ch         1.000    0.834          0.834  0.623        0.300    1.000    0.825
    pdf-sitrep-unicef               0.881    0.906          0.906  0.432        0.000    1.000    0.911
    docx-stocks-blood               0.923    0.897          0.897  0.859        0.273    1.000    0.892
    html-gdocs-park                 0.000    0.555          0.000  0.000        0.321    1.000    0.538
    eml-notice-port                 0.000    0.716          0.000  0.000        0.074    1.000    0.702
    html-boletim-br                 1.000    0.870          0.870  0.256        0.190    1.000    0.868
    eml-sitrep-mrcc                 1.000    0.803          0.803  0.789        0.188    1.000    0.795
    TOTAL                           0.769    0.766          0.572  0.452        0.210    1.000    0.758

No writer was changed after the first run: the documents were looked at (rendered pages of the PDFs, the Word
files through LibreOffice, the HTML pages and the port e-mail's HTML through weasyprint, the e-mails' plain
parts) before it, and written without error. One fix to the gold, not to the documents, was made after it: the
Swiss and Brazilian phrase banks named their risk sections "risiken" and "riscos", and the gold lists as risks only
the items of the generator's "risks" section, so those two layouts had no risks in the gold (mitigation "nan");
the two sections were renamed "risks", the printed documents staying the same text (word/document.xml and the
HTML unchanged), and the run was repeated: the tables above are that run's, the same as the one before but for
the two layouts' mitigation column.

Failure classes seen at first sight (``-v``, seed 0): the content is read almost whole in every layout (three
items missed in 96 documents); what goes wrong is headings not seen, furniture read as headings and items, and
the leads and keys. No mitigation is taken anywhere: none of the eight leads ("Mesures de gestion :",
"Eingeleitete Massnahmen:", "Mitigating measures:", "Actions in hand:", "Action we're taking:", "Contingency:",
"Ações adotadas:", "Countermeasures:") is known, so each risk keeps its mitigation inside its text and the
mitigation figures come only from the risks printed without one; in the UNICEF PDF a bold "Mitigating measures:"
that starts a line of a justified paragraph is even taken for a heading, cutting the risk's paragraph in three
(the risk, then its mitigation's lines as two items under "Mitigating measures:"). Headings not seen: the Google
Docs page's bold green ``<p><span class>`` headings are read as items, with every point, under no heading (section
item F1 0); the port notice's navy heading cells likewise, its amber status pill ("PORT STATUS: OPEN – RESTRICTED
OPERATIONS") being taken for the one heading over everything. Furniture read as headings: the French masthead
("RÉPUBLIQUE", "FRANÇAISE", "ARS") and the key figures ("1 386–", a figure run into the "–" of an empty box) as
headings, their captions as items, "Prochain point de situation :" and "Contacts :" as headings with their values
as items; the stocks update's "Contact:", UNICEF's "Next SitRep:" and "Who to contact for further information:"
as headings over their lines. Furniture read as items: the
Lagebericht's "Nächster Lagebericht:", "Verteiler:" and signature under its last heading (the
auto-numbered headings themselves are read right, numbers included), the stocks update's "Amber Alert – Update …"
and "Next update:" lines (its Word footnotes are rightly left out), the Google Docs title, subtitle, every cell of
the closures table, the reviewer's comment and the sign-off, the port's banner, update and covering lines and
heading cells, the boletim's four balance cards (the gov.br chrome around them is rightly left out), the sitrep's
TO / INFO lines run into one item, "NEXT SITREP" and the signature under "G. FUTURE PLANS" (its format=flowed
lines are joined right). Keys: "Établissements de santé et médico-sociaux", "3 Betreuung der Bevölkerung", "3.
Donations and collection", "C. POLLUTION AND SHORELINE", "Balanço geral", "Rodovias e serviços", "Doações" and
"Orientações à população" get none; "Actions engagées par l'ARS" and "Ações de resposta" are taken for actions,
"1.2 Schadenlage" for situation, "Situation Overview and Humanitarian Needs" for activity, "Summary Analysis of
Programme Response" for highlights and its three sectors with it. Numbers are read as printed wherever items are
read, narrow no-break spaces, "1’250" and "R$ 1,25 milhão" included.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind16_layouts_mail as mail  # noqa: E402
import blind16_layouts_pdf as pdf  # noqa: E402
import blind16_layouts_web as web  # noqa: E402
import blind16_layouts_word as word  # noqa: E402
from blind16_layouts_banks_intl import ARS, DEFESA, KFS, UNICEF  # noqa: E402
from blind16_layouts_banks_uk import BLOOD, MRCC, PARK, PORT  # noqa: E402
from blind16_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAGE = "1 Lage"
PROGRAMME = "Summary Analysis of Programme Response"

LAYOUTS = (
    Layout("pdf-point-ars-fr", "pdf", pdf.pdf_point_ars, publisher_wording(
        [("meteo", "Vigilance et prévisions météorologiques", "forecast"),
         ("sante", "Situation sanitaire", "situation"),
         ("etab", "Établissements de santé et médico-sociaux", "impacts"),
         ("actions", "Actions engagées par l'ARS", "response"), ("risks", "Points de vigilance", "risks"),
         ("comm", "Communication et prévention", "communications")]),
        "Point de situation n° {n} – {service} – {org}", ARS.series, restyle=partial(localise, lang="fr")),
    Layout("docx-lagebericht-kfs-ch", "docx", word.docx_lagebericht_ch, publisher_wording(
        [("wetter", "1.1 Wetter und Hydrologie", "forecast", LAGE), ("schaden", "1.2 Schadenlage", "impacts", LAGE),
         ("massnahmen", "2 Massnahmen der Einsatzkräfte", "response"),
         ("betreuung", "3 Betreuung der Bevölkerung", "assistance"),
         ("risks", "4 Gefahren und mögliche Entwicklungen", "risks"),
         ("info", "5 Information der Bevölkerung", "communications")]),
        "Lagebericht Nr. {n} – {org}", KFS.series, restyle=partial(localise, lang="ch")),
    Layout("pdf-sitrep-unicef", "pdf", pdf.pdf_sitrep_unicef, publisher_wording(
        [("highlights", "Highlights", "highlights"), ("funding", "Funding Overview and Partnerships", "finance"),
         ("situation", "Situation Overview and Humanitarian Needs", "situation"),
         ("health", "Health and Nutrition", "response", PROGRAMME),
         ("wash", "Water, Sanitation and Hygiene (WASH)", "response", PROGRAMME),
         ("education", "Education and Child Protection", "response", PROGRAMME),
         ("risks", "Challenges and Risks", "risks")]),
        "{org} Humanitarian Situation Report No. {n}", UNICEF.series, restyle=partial(localise, lang="unicef")),
    Layout("docx-stocks-blood", "docx", word.docx_stocks_blood, publisher_wording(
        [("summary", "1. Summary", "highlights"), ("stocks", "2. Stock position", "situation"),
         ("collection", "3. Donations and collection", "response"),
         ("hospitals", "4. Actions for hospitals", "actions"), ("risks", "5. Risks", "risks"),
         ("comms", "6. Communications", "communications")]),
        "Blood Stocks Update {n} – {org}", BLOOD.series, restyle=partial(localise, lang="blood")),
    Layout("html-gdocs-park", "html", web.html_gdocs_park, publisher_wording(
        [("summary", "Summary", "highlights"), ("fire", "Fire activity", "situation"),
         ("weather", "Weather and fire danger", "forecast"), ("access", "Access and closures", "impacts"),
         ("partners", "Partners on the ground", "response"), ("risks", "Things we're keeping an eye on", "risks"),
         ("messages", "Messages for visitors", "communications")]),
        "Moorland Fire Update {n} – {org}", PARK.series, restyle=partial(localise, lang="npa")),
    Layout("eml-notice-port", "eml", mail.email_notice_port, publisher_wording(
        [("summary", "SUMMARY", "highlights"), ("terminal", "TERMINAL OPERATIONS", "situation"),
         ("haulage", "HAULAGE AND GATE", "impacts"), ("marine", "WEATHER AND MARINE", "forecast"),
         ("risks", "RISKS AND CONTINGENCIES", "risks"), ("customers", "CUSTOMER INFORMATION", "communications")]),
        "Customer Notice: {service} – Update {n} – {org}", PORT.series, restyle=partial(localise, lang="port")),
    Layout("html-boletim-br", "html", web.html_boletim_br, publisher_wording(
        [("balanco", "Balanço geral", "situation"), ("previsao", "Previsão do tempo", "forecast"),
         ("rodovias", "Rodovias e serviços", "impacts"), ("acoes", "Ações de resposta", "response"),
         ("risks", "Riscos e alertas", "risks"), ("doacoes", "Doações", "assistance"),
         ("orientacoes", "Orientações à população", "communications")]),
        "Boletim n.º {n} – {service} – {org}", DEFESA.series, restyle=partial(localise, lang="br")),
    Layout("eml-sitrep-mrcc", "eml", mail.email_sitrep_mrcc, publisher_wording(
        [("situation", "A. SITUATION", "situation"), ("weather", "B. WEATHER ON SCENE", "forecast"),
         ("pollution", "C. POLLUTION AND SHORELINE", "impacts"), ("response", "D. RESPONSE ACTIONS", "response"),
         ("risks", "E. RISKS", "risks"), ("media", "F. MEDIA AND PUBLIC", "communications"),
         ("plans", "G. FUTURE PLANS", "next-steps")]),
        "SITREP {n} – {service} – {org}", MRCC.series, restyle=partial(localise, lang="mrcc")),
)  # fmt: skip


SEED_OFFSET = 1700  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=26)


if __name__ == "__main__":
    main()
