"""Sitreps of eight more publishers in layouts nobody tuned for, an eighteenth blind, first-sight measure.

    python benchmarks/blind17_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

An eighteenth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind16_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in Italian, Norwegian Nynorsk, Dutch, Catalan, British
and American English. Each layout is one kind of publisher; its four series are four organisations of that kind,
their content from phrase banks of this set (``blind17_layouts_banks_*``, run through the generator's churn model, so
items continue, change, close and appear from report to report): an Italian region's health directorate's weekly
bulletin on acute respiratory infections as a PDF (the region's arms and "REGIONE TOSCANA" over the directorate and
its unit top left, "Bollettino n. 3" and "Settimana 50/2024" top right, the title in the region's colour with
"Stagione 2024/2025 – Settimana 50 (dal 9 al 15 dicembre 2024)" and "Dati aggiornati a mercoledì 18 dicembre 2024",
an "In sintesi" box of "•" points, numbered headings "1. Andamento epidemiologico" over justified paragraphs
without bullets, a line chart of three seasons' weekly incidence with its axes, legend and "Figura 1 – …" caption,
a "Tabella 1 – …" of positive samples by virus with its caption above it, the risks as "▪" points with "Azioni di
contenimento:" in bold italics, the next bulletin, the authors and the note on provisional data, a running head on
later pages and "Pag. 1 di 2"; "1.250", "12%", "457.000 euro", "18 dicembre", "(settimana precedente: 5)"); a
Norwegian county governor's daily situation report on a storm in Nynorsk as a PDF in two columns (the arms and
"Statsforvaltaren i Vestland" top left, "Vår dato" / "Vår ref." / "Arkivkode" top right, the title "Situasjonsrapport
nr. 3 – ekstremvêret «Ingrid»", "Situasjonen per torsdag 16. januar 2025 kl. 12.00" and the addressees across the
page, then bold blue headings over "•" points flowing down the left column and on into the right, a Kommune |
Straumlause kundar | Stengde vegar table inside the left column under the consequences, "Avbøtande tiltak:" in bold
inside a risk's point, "Neste situasjonsrapport …", "Med helsing", the director's name and "Dokumentet er
elektronisk godkjent", the governor's address and "Side 1 av 1" in the footer; "15 137" with a no-break space, "12
%", "17. januar", "(førre rapport: 5)"); a Dutch water board's "Situatierapport hoogwater" in a Dutch Word (the
board, "Calamiteitenorganisatie" and "Niet voor publicatie" in the page header, the title in the style Dutch Word
calls ``Titel``, a Nummer / Datum en tijd / Opschalingsniveau / Opgesteld door / Volgend situatierapport table with
shaded labels, headings in ``Kop1``, the points entries of ``Lijstopsommingsteken``, "Aanpak:" in bold inside a
risk's entry, a "Tabel 1 Waterstanden …" caption in ``Bijschrift`` over a Meetpunt | Waterstand (m +NAP) |
Verwachting +48 uur | Trend table under the forecast, "Verspreiding:" and "Vastgesteld door:" lines, "Pagina 1 van
2" in the footer; "5.187", "€ 3.400", "5 januari", "(vorig situatierapport: 5)"); an NHS trust's "Critical Incident
Update" on the failure of its laboratory information system in Word ("OFFICIAL", the NHS mark and the trust's name
right-aligned in the page header, the title in NHS blue, the incident and "Update 3 | Wednesday 20 November 2024 |
14:00", an incident status table with a red "CRITICAL INCIDENT – ONGOING" cell, then Word's own multilevel list
numbering the whole report — the headings in Heading 1 at its first level "1.", each point a paragraph at its second
level "1.1", "1.2", restarting under each heading, the numbers in numbering.xml and nowhere in the text —, each risk's
mitigation its next sentence in italics after a line break in the same paragraph, with no lead, "Prepared by:",
"Next update:" and "Enquiries:" lines, "Page 1 of 2" in the footer; "1,870", "7%", "(previous update: 5)"); a
district council's staff page on a ransomware attack in its Google Sites intranet, saved from the browser (skip
links, the site's logo and "Staff Hub", its navigation, the search button, a cover banner whose ``<h1>`` is the
page's name, every text box nested in Sites' tiles of generated classes, "Last updated: …" in italics and a line on
who the page is for, ``<h2 class="zfr3Q JYVBee CDt4Ke">`` headings, ``<ul class="n8H08c">`` lists whose entries each
hold a ``<p>``, the pay section typed as paragraphs, the first section beside an embedded "Service status" sheet,
a "Report a suspicious email" button, "Safeguards:" in a bold span inside a risk's entry, the service desk's band
with the next update, the "Report abuse" / "Page details" / "Google Sites" footer and the cookie notice; "1,250",
"£642,000", "9 March", "(was 5 at the last update)"); a Catalan town council's weekly drought report on its website
("Ves al contingut", the council's header with "CA | ES | EN" and search, the menu, breadcrumbs, the ``<h1>``
"Informe setmanal de la sequera núm. 3", "Data de publicació: …", a "Fase d'emergència 1" badge, the lead paragraph,
``<h2>`` headings over ``<ul>`` points, a reservoirs table with its caption under the first section, "Actuacions en
curs:" in ``<strong>`` inside a risk's point, the PDF download, share links, "Aquesta informació t'ha estat útil?",
the footer and the cookie banner; "1.250", "24 %", "338.000 €", "6 de febrer", "(setmana anterior: 5)"); a train
operator's stakeholder update on a line closed by a landslip, sent from its e-mail marketing service
(multipart/alternative with a List-Unsubscribe header; nested 600-pixel tables: the hidden preheader, "View this
email in your browser", the logo and "Stakeholder Update" on the operator's colour, a photograph of the site and its
italic caption, a "Line status at 07:00" panel of routes with coloured CLOSED / OPEN cells and notes, "Dear
stakeholder," and the covering paragraph, ``<h2>`` headings in Georgia over ``<p>`` paragraphs — the latest news a
``<ul>`` —, "Our plan:" in ``<strong>`` inside a risk's paragraph, "Yours sincerely," and the route director, the
stakeholder team's contacts, social links and the marketing footer with "Unsubscribe"; the plain part as the service
generates it; "8,202", "£1.25m", "11 December", "(5 at our last update)"); and a US school district's closure notice
after an ice storm written in Google Docs and downloaded as Markdown (the logo as ``![][image1]`` with its data URI
at the end of the file, "# District Closure Notice", the update line in bold, the link to the Spanish version,
section headings typed as bold Normal text ``**Meals for students**``, ``*`` points, Google's backslash escapes
before Markdown punctuation ("Wi\\-Fi", "Update 3 \\- Wednesday"), a pipe table of meal pickup sites, each risk's
mitigation after an arrow "→" with no words, the superintendent's sign-off, the hotline, a rule and the italic
distribution note; "5,021", "$3,400", "January 12", "(down from 5,730 yesterday)"). The generator's structure is the
gold; the scorer and linking measure are ``council_layouts.py``'s.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the bulletin's arms, region, directorate,
  "Bollettino n. …" and week, its title and the season and update lines, the chart (axes, values, legend, "settimana")
  and its "Figura 1" caption, the "Tabella 1" caption and table (samples repeated from the items), the next bulletin,
  authors and data note, the running head and footer; the situation report's letterhead, "Vår dato" block, title,
  "Situasjonen per …" and "Til: …" lines, the Kommune table (figures shared out of the items'), "Neste
  situasjonsrapport …", "Med helsing", the name and title, "Dokumentet er elektronisk godkjent" and the footer; the
  situatierapport's page header and footer, title, details table, "Tabel 1" caption and table, "Verspreiding:" and
  "Vastgesteld door:"; the incident update's header, footer, title, incident and update lines, status table,
  "Prepared by:", "Next update:" and "Enquiries:"; the Sites page's skip links, logo, navigation, search, banner
  ``<h1>`` (the page's name, the title), "Last updated: …", the line on who the page is for, the embedded sheet, the
  button, the service desk's band, footer and cookie notice; the drought page's header, menu, breadcrumbs, ``<h1>``,
  dates, badge, lead paragraph, the reservoirs table and its caption, the download, share links, "útil?" prompt,
  footer and cookie banner; the e-mail's preheader, browser link, banner, photograph and caption, the line status panel
  (its routes, CLOSED / OPEN cells and notes), "Dear stakeholder,", the covering paragraph, the sign-off ("Thank you
  for your patience …", "Yours sincerely,", name and title), contacts, social links and footer; the notice's logo and
  its data URI, "# District Closure Notice" (the title), the update line, the Spanish link, the pickup sites table,
  the sign-off, the hotline line, the rule and the distribution note.
- Headings are printed as the reader sees them: the bulletin's typed numbers ("1. Andamento epidemiologico"); the
  incident update's with the numbers Word's list gives them ("1. Summary") though the text holds none; the notice's
  bold lines (``**Where things stand**``) are headings. "In sintesi", the heading of the bulletin's box, is a heading
  over its points. All level 1.
- Items: each point, list entry, paragraph or numbered paragraph is one item, without its "•", "▪", "*" or list
  number ("1.1"), with its wrapped lines joined, Google's backslashes read away ("Wi-Fi").
- Risks with their mitigation are one item, the mitigation printed with its lead: "Azioni di contenimento:" (bold
  italics), "Avbøtande tiltak:" (bold), "Aanpak:" (bold), "Safeguards:" (a bold span), "Actuacions en curs:"
  (``<strong>``), "Our plan:" (``<strong>``). Two forms have no lead: the incident update's mitigation is the risk's
  next sentence, in italics on a line of its own after a line break in the same paragraph (gold: "Risk. Mitigation."
  joined by a space, the mitigation the italic sentence), and the notice's follows an arrow ("Risk. → Mitigation.",
  the mitigation after the arrow). A risk the generator prints without a mitigation has none. Every layout's risk
  section is the generator's "risks" section, so its items are the gold's risks.
- Keys: "In sintesi" and "Samandrag", "Samenvatting", "1. Summary", "The latest" highlights; "1. Andamento
  epidemiologico", "2. Sorveglianza virologica", "Toestand waterkeringen" (the state of the dikes), "2. Current
  position", "Where we are now", "Estat de les reserves", "What's happening at the site" and "Where things stand"
  situation; "Vêr og farevarsel", "Waterstanden en verwachting" and "Previsió meteorològica" forecast; "3. Impatto
  sui servizi sanitari", "Konsekvensar i kommunane", "Kritisk infrastruktur", "3. Impact on patients and services",
  "Systems affected", "Consum i restriccions", "What it means for your journey" and "Buildings and power" impacts;
  "4. Campagna di vaccinazione antinfluenzale", "Innsats og tiltak", "Inzet en maatregelen", "4. Actions taken" (what
  the trust has done), "Actuacions de l'Ajuntament" and "Replacement buses" response; "Working around it" and
  "Learning at home" (what staff and families are asked to do) actions; "Bezetting en aflossing", "5. Staffing" and
  "Information for staff" workforce; "Pay, payments and suppliers" finance; "Recovery progress" and "Repairing the
  railway" recovery; "Ajuts a famílies i empreses" and "Meals for students" assistance; every risk heading ("5.
  Criticità", "Risiko og sårbarheit", "Risico's", "6. Risks and issues", "Risks we are managing", "Riscos", "What
  could affect the reopening date", "What could delay reopening") risks; "6. Comunicazione e raccomandazioni",
  "Informasjon til innbyggjarane", "Communicatie", "7. Communications", "Keeping residents informed", "Consells per
  estalviar aigua", "Keeping passengers informed" and "How we'll let you know" communications; "Vidare arbeid",
  "Vervolg" and "8. Next steps" next-steps.
- Figures as printed in the publisher's conventions: Italian "1.250", "12%", "3.400 euro", "1,25 milioni di euro",
  "18 dicembre"; Nynorsk "1 250" with a no-break space (U+00A0), "12 %", "3 400 kroner", "1,25 mill. kroner", "18.
  desember"; Dutch "1.250", "12%", "€ 3.400", "€ 1,25 miljoen", "18 december"; Catalan "1.250", "12 %", "3.400 €",
  "1,25 milions d'euros", "18 de desembre", "3 d'abril"; British "1,250", "12%", "£3,400", "£1.25m", "18 December";
  American "1,250", "12%", "$3,400", "$1.25 million", "January 12".

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b17base``, before any
change to it; the figures as printed, the columns narrowed):

    layout                       heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-bollettino-ira-it             0.820    0.559          0.497  0.511        0.952    1.000    0.553
    pdf-situasjon-sf-nn               0.995    0.815          0.805  0.106        1.000    1.000    0.811
    docx-situatie-waterschap-nl       0.941    0.938          0.938  0.867        1.000    1.000    0.934
    docx-critical-incident-nhs        1.000    1.000          1.000  0.870        0.259    1.000    1.000
    html-gsites-cyber                 1.000    0.963          0.963  0.699        1.000    1.000    0.962
    html-sequera-ajuntament-ca        1.000    1.000          1.000  0.189        1.000    1.000    1.000
    eml-stakeholder-rail              0.700    0.770          0.770  0.267        0.130    1.000    0.756
    md-gdocs-closure-us               0.933    0.792          0.792  0.450        0.308    1.000    0.783
    TOTAL                             0.915    0.820          0.806  0.504        0.697    1.000    0.814

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                       heading F1  item F1  right heading   key   mitigation  numbers  link F1
    pdf-bollettino-ira-it             0.857    0.520          0.498  0.488        0.609    1.000    0.512
    pdf-situasjon-sf-nn               1.000    0.821          0.792  0.116        0.793    1.000    0.806
    docx-situatie-waterschap-nl       0.941    0.938          0.938  0.907        1.000    1.000    0.934
    docx-critical-incident-nhs        1.000    1.000          1.000  0.811        0.250    1.000    1.000
    html-gsites-cyber                 1.000    0.963          0.963  0.660        1.000    1.000    0.960
    html-sequera-ajuntament-ca        1.000    1.000          1.000  0.160        1.000    1.000    1.000
    eml-stakeholder-rail              0.700    0.775          0.775  0.242        0.273    1.000    0.763
    md-gdocs-closure-us               0.933    0.795          0.795  0.485        0.385    1.000    0.786
    TOTAL                             0.920    0.817          0.809  0.489        0.691    1.000    0.809

No writer was changed after the first run: the documents were written without parsing them and looked at before it
(rendered pages of the PDFs, the Word files through LibreOffice, the web pages and the e-mail's HTML through
weasyprint, the e-mail's plain part and the Markdown as text), and written without error.

Failure classes seen at first sight (``-v``, seed 0): the content is read almost whole (13 items of 1,357 missed in
96 documents, all in the PDFs) and the numbers exactly as printed everywhere; what goes wrong is furniture read as
headings and items, the two unlabelled mitigations and one labelled one, and the keys of languages the parser does
not read. Mitigations: the five new bold leads ("Azioni di contenimento:", "Avbøtande tiltak:", "Aanpak:",
"Safeguards:", "Actuacions en curs:") are split off right wherever the risk's point is read whole, but the rail
e-mail's "Our plan:" in ``<strong>`` is never split (its risk heading "What could affect the reopening date" gets no
key either), nor are the two forms without a lead — the incident update's italic sentence after a line break and the
notice's "→" —, so those three layouts' mitigation figures come only from the risks printed without one. Points cut
in the PDFs: a bulletin risk whose bold "Azioni di contenimento:" ends a line is cut there in two items; in the
two-column situation report the table inside the left column is taken for one across the page: the last line of the
point above it is lost ("… frå bustader i" without "rasutsette område.", in every report) and the sign-off ("Neste
situasjonsrapport …", "Med helsing", the name, "Dokumentet er elektronisk godkjent"), read as items under the last
heading, is read into the section above the table where it stands at the head of the right column beside it; with
seed 11 a point running from the foot of the left column to the head of the right is cut at the column break too.
Furniture read as headings: the bulletin's "Bollettino n. 3" and its capitals title (with the directorate, week,
season and update lines as their items); the e-mail's line status panel, every route and every "CLOSED" / "OPEN"
cell a heading with its note, the greeting and the covering paragraph as items under "OPEN"; the situatierapport's
bold "Verspreiding:" with its value and "Vastgesteld door:" as items; the notice's "# District Closure Notice" with
the update line and the Spanish link as items (its bold ``**…**`` lines are read as headings, Google's backslashes
read away). Furniture read as items: every label of the bulletin's chart (axis values, week numbers, the legend's
seasons, "settimana", "casi per 1.000 assistiti", some twenty items a bulletin, which also spoil its links) and the
"Tabella 1 – …" caption ("Figura 1 – …" is rightly dropped); the e-mail's photograph caption, "Line status at 07:00"
and "Thank you for your patience …" (its "Yours sincerely," and signature rightly dropped); the notice's sign-off,
superintendent, hotline and distribution note under its last heading; the Sites page's line on who the page is for,
under no heading (its navigation, banner, embedded sheet, button and footer rightly left out). In 9 of the 12
bulletins the heading "4. Campagna di vaccinazione antinfluenzale" on the second page is read without its number as
an item of "3. Impatto sui servizi sanitari". The incident update is read perfectly but for its mitigations (Word's
multilevel numbers "1." on the headings kept, "1.1" on the points left out) and so is the drought page but for its
keys. Keys: no Nynorsk or Catalan heading gets one but the risk headings ("Risiko og sårbarheit", "Riscos"); "1.
Andamento epidemiologico", "4. Campagna di vaccinazione antinfluenzale", "Toestand waterkeringen", "Working around
it", "Pay, payments and suppliers", "The latest", "Replacement buses", "Repairing the railway", "Buildings and
power", "Meals for students", "Learning at home" and "How we'll let you know" get none; "2. Sorveglianza virologica"
is taken for surveillance, "What's happening at the site" for activity and "4. Actions taken" for actions.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind17_layouts_mail as mail  # noqa: E402
import blind17_layouts_md as md  # noqa: E402
import blind17_layouts_pdf as pdf  # noqa: E402
import blind17_layouts_web as web  # noqa: E402
import blind17_layouts_word as word  # noqa: E402
from blind17_layouts_banks_en import CYBER, RAIL, SCHOOL, TRUST  # noqa: E402
from blind17_layouts_banks_intl import IRA, SEQUERA, STATSF, WATERSCHAP  # noqa: E402
from blind17_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-bollettino-ira-it", "pdf", pdf.pdf_bollettino_ira, publisher_wording(
        [("sintesi", "In sintesi", "highlights"), ("andamento", "1. Andamento epidemiologico", "situation"),
         ("virologia", "2. Sorveglianza virologica", "situation"),
         ("ospedali", "3. Impatto sui servizi sanitari", "impacts"),
         ("vaccini", "4. Campagna di vaccinazione antinfluenzale", "response"), ("risks", "5. Criticità", "risks"),
         ("comunicazione", "6. Comunicazione e raccomandazioni", "communications")]),
        "Bollettino IRA n. {n} – {org}", IRA.series, restyle=partial(localise, lang="it")),
    Layout("pdf-situasjon-sf-nn", "pdf", pdf.pdf_situasjon_sf, publisher_wording(
        [("samandrag", "Samandrag", "highlights"), ("ver", "Vêr og farevarsel", "forecast"),
         ("konsekvensar", "Konsekvensar i kommunane", "impacts"), ("infrastruktur", "Kritisk infrastruktur", "impacts"),
         ("innsats", "Innsats og tiltak", "response"), ("risks", "Risiko og sårbarheit", "risks"),
         ("info", "Informasjon til innbyggjarane", "communications"), ("vidare", "Vidare arbeid", "next-steps")]),
        "Situasjonsrapport nr. {n} – {service} – {org}", STATSF.series, restyle=partial(localise, lang="nn")),
    Layout("docx-situatie-waterschap-nl", "docx", word.docx_situatie_waterschap, publisher_wording(
        [("samenvatting", "Samenvatting", "highlights"), ("waterstanden", "Waterstanden en verwachting", "forecast"),
         ("keringen", "Toestand waterkeringen", "situation"), ("inzet", "Inzet en maatregelen", "response"),
         ("bezetting", "Bezetting en aflossing", "workforce"), ("risks", "Risico's", "risks"),
         ("communicatie", "Communicatie", "communications"), ("vervolg", "Vervolg", "next-steps")]),
        "Situatierapport hoogwater nr. {n} – {org}", WATERSCHAP.series, restyle=partial(localise, lang="nl")),
    Layout("docx-critical-incident-nhs", "docx", word.docx_critical_incident, publisher_wording(
        [("summary", "1. Summary", "highlights"), ("situation", "2. Current position", "situation"),
         ("impact", "3. Impact on patients and services", "impacts"), ("actions", "4. Actions taken", "response"),
         ("staff", "5. Staffing", "workforce"), ("risks", "6. Risks and issues", "risks"),
         ("comms", "7. Communications", "communications"), ("next", "8. Next steps", "next-steps")]),
        "Critical Incident Update {n} – {org}", TRUST.series, restyle=partial(localise, lang="nhs")),
    Layout("html-gsites-cyber", "html", web.html_gsites_cyber, publisher_wording(
        [("now", "Where we are now", "situation"), ("affected", "Systems affected", "impacts"),
         ("working", "Working around it", "actions"), ("recovery", "Recovery progress", "recovery"),
         ("pay", "Pay, payments and suppliers", "finance"), ("risks", "Risks we are managing", "risks"),
         ("residents", "Keeping residents informed", "communications")]),
        "Cyber incident updates – {org}", CYBER.series, restyle=partial(localise, lang="council")),
    Layout("html-sequera-ajuntament-ca", "html", web.html_sequera_ajuntament, publisher_wording(
        [("estat", "Estat de les reserves", "situation"), ("previsio", "Previsió meteorològica", "forecast"),
         ("consum", "Consum i restriccions", "impacts"), ("actuacions", "Actuacions de l'Ajuntament", "response"),
         ("risks", "Riscos", "risks"), ("ajuts", "Ajuts a famílies i empreses", "assistance"),
         ("consells", "Consells per estalviar aigua", "communications")]),
        "Informe setmanal de la sequera núm. {n} – {org}", SEQUERA.series, restyle=partial(localise, lang="ca")),
    Layout("eml-stakeholder-rail", "eml", mail.email_stakeholder_rail, publisher_wording(
        [("latest", "The latest", "highlights"), ("site", "What's happening at the site", "situation"),
         ("passengers", "What it means for your journey", "impacts"), ("buses", "Replacement buses", "response"),
         ("repair", "Repairing the railway", "recovery"), ("risks", "What could affect the reopening date", "risks"),
         ("informed", "Keeping passengers informed", "communications")]),
        "Stakeholder update {n} – {service} – {org}", RAIL.series, restyle=partial(localise, lang="rail")),
    Layout("md-gdocs-closure-us", "md", md.markdown_gdocs_closure, publisher_wording(
        [("status", "Where things stand", "situation"), ("buildings", "Buildings and power", "impacts"),
         ("meals", "Meals for students", "assistance"), ("learning", "Learning at home", "actions"),
         ("staff", "Information for staff", "workforce"), ("risks", "What could delay reopening", "risks"),
         ("notify", "How we'll let you know", "communications")]),
        "District Closure Notice – Update {n} – {org}", SCHOOL.series, restyle=partial(localise, lang="us")),
)  # fmt: skip


SEED_OFFSET = 1800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=28)


if __name__ == "__main__":
    main()
