"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-first blind, first-sight measure.

    python benchmarks/blind20_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-first set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind19_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in eight languages no earlier set used — Afrikaans,
Icelandic, Lithuanian, Latvian, Slovak, Malay, Albanian and Maltese —, each layout a way real contributors' files
are made that no earlier set printed. Each layout is one kind of publisher; its four series are four organisations
of that kind, their content from phrase banks of this set (``blind20_layouts_banks_*``, run through the generator's
churn model, so items continue, change, close and appear from report to report) printed in the publisher's own
conventions for figures, dates and a mitigation's lead (``blind20_layouts_content``): a South African local
municipality's disaster management centre's veldfire "Situasieverslag" as a two-column PDF bulletin (the masthead
drawn on the page — "VIR AMPTELIKE GEBRUIK" at the top, the municipality, the centre's address, the bulletin's red
band and number, the date and distribution line —, a table of five key figures spanning both columns, then the
columns as Frames: a fire-perimeter map and its caption "Kaart 1: …", headings in dark red bold, "•" points,
"Teenmaatreëls:" in bold inside a risk's point, the 24-hour number and "Bladsy 1 van 1" in the footer; the bulletins
of this content fit on one page, so the running head written for later pages is never printed); an Icelandic police
district's civil protection operations command's "Stöðuskýrsla" on a volcanic eruption as a PDF saved from its slide
deck (16:9 pages drawn word by word as a presentation program draws them: a title slide, a slide per section with
the heading in a title bar and "ALMANNAVARNIR" at its right, bullets, "Mótvægisaðgerðir:" in bold, the command, the
report and its date in every footer and the slide's number, a closing slide of public information lines); a
Lithuanian district municipality's emergency operations centre's "Informacija apie ekstremaliąją situaciją" on an
ice-jam flood in Word as the officer leaves it after editing the report before with Track Changes on (each point
typed over the old one word by word, ``w:del`` and ``w:ins`` runs, points that no longer hold deleted whole with
their paragraph mark, new ones inserted whole, the report number's old digit deleted, a reviewer's two comments,
headings ``Antrat1`` "1. Bendra situacija", points ``Sraassuenkleliais``, "Priemonės:" in bold, the coordinator and
"Parengta …" line); a Latvian municipality's civil protection commission's "Situācijas pārskats" on a forest fire
typed into the commission's Word template of content controls (a details table of plain-text and date controls
with "Tālrunis" left at its placeholder, each heading a locked control, each section's points a rich-text control,
two sections of the template left unfilled and showing their grey placeholder text, "Pasākumi:" in bold, the
chair's name in a control, the e-signature note in the footer); a Slovak district office's "Situačná správa" on
floods in Word whose key figures stand in a floating text box anchored in the first point (``wps:txbx`` in
``mc:AlternateContent`` with its ``v:textbox`` fallback: "KĽÚČOVÉ ÚDAJE", the date and four label / figure pairs),
the office in the header, the title, subject and "Stav k:" lines, ``Nadpis1`` headings, ``Zoznamsodrkami`` points,
"Opatrenia:" in bold, the head's signature, "Strana 1 z 2"; a Malaysian district disaster management committee's
"Laporan Situasi Banjir" as Google Docs exports it to a web page (generated classes, "TERHAD" in the header
``<div>``, the title ``<p class="title">``, the report and "Disediakan oleh:" lines, headings ``<h2 id="h.…">`` or a
hand-made big bold ``<p>`` in the same document, ``lst-kix_…`` lists, links through ``google.com/url?q=``, a table of
evacuees by "mukim" and its caption, "Tindakan mitigasi:" in a bold span, a reviewer's comment marks "[a]" "[b]"
with their text at the foot); an Albanian prefecture's civil emergency operations room's "Raport situate" on floods
as a plain-text e-mail (``text/plain`` only, quoted-printable, wrapped at 72 with two-space continuation lines, a
reply on the thread "Re: …", "Përshëndetje," and the report's line, headings underlined with "=" (Shkodër) or "-"
(Lezhë) or alone on their line in capitals (Fier, Vlorë), "- " points, "Masat:" inside a risk's point, "Me
respekt," the officer, a "-- " signature, and below it the report before quoted whole with "> " after "Më … shkroi:"
— for a first report the national agency's request); and a Maltese local council's storm "Rapport tas-Sitwazzjoni"
as an Obsidian note (YAML front matter, "# …" title, an ``[!info] Dettalji`` callout, a table of figures, "## …"
headings, ``[[wiki links]]`` in the points — one with an alias, "[[Meteoroloġija Malta|MET Office]]" —, each risk
its own ``> [!warning] Riskju`` callout with the risk and "**Mitigazzjoni:** …" on two lines of one paragraph, the
next steps "- [ ]" / "- [x]" tasks, a rule, "Relatat:" links and tags). The generator's structure is the gold; the
scorer and linking measure are ``council_layouts.py``'s. Every organisation's name holds Latin letters that differ
from the others', so the four series of a publisher have four series ids and four contents.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the Afrikaans masthead, date and
  distribution line, the figures table (figures only), the map and its caption, the footer; the Icelandic title
  slide, title-bar mark, footers, slide numbers and closing slide; the Lithuanian header, title, date and number
  line, place, coordinator and "Parengta …" line, the reviewer's comments; the Latvian header, title, details
  table with its controls and placeholder, the chair and the footer; the Slovak header, title, subject, "Stav k:",
  the text box (a sidebar of figures only, so skipped though it stands inside the first point's paragraph) and the
  signature; the Google Docs header and footer ``<div>``s, title, report and "Disediakan oleh:" lines, the table
  and its caption "Jadual 1: …" and the comments; the e-mail's headers, greeting, report line, "Me respekt," the
  officer, the signature and everything quoted; the Obsidian front matter, title, ``[!info]`` callout, figures
  table, the rule, "Relatat:" line and tags.
- Tracked changes are read as accepted: deleted text (``w:del``, a deleted paragraph) is not in the report, inserted
  text is, and a point edited word by word is its new text. Placeholder text is not content: a template's section
  left at its placeholder is a heading with no items ("Starptautiskā palīdzība", "Citi jautājumi", in the gold
  with ``"items": []``). Comment marks ("[a]") are not in their point's text, nor task checkboxes, nor the "[[" "]]"
  of a wiki link (an aliased link is its alias: "MET Office").
- Headings as printed: the typed numbers of the Lithuanian ones kept, the Albanian capitals of Fier and Vlorë kept
  ("PËRMBLEDHJE"), the setext underline not part of the heading; a slide's title is its heading; Google Docs' big
  bold ``<p>`` headings are headings like its ``<h2>``s. All level 1. An Obsidian risk callout's title "Riskju" (or
  "Riskju għoli") is the callout's kind, not a heading: the risk in it is an item of "Riskji".
- Items: each point, ``<li>``, "- " line (with its wrapped lines joined), bullet, control entry or callout paragraph
  is one item. Risks with their mitigation are one item, the mitigation printed with its lead: "Teenmaatreëls:",
  "Mótvægisaðgerðir:", "Priemonės:", "Pasākumi:", "Opatrenia:" (bold), "Tindakan mitigasi:" (a bold span), "Masat:"
  (plain text) and "**Mitigazzjoni:**"; a risk printed without one has none. Every risk section is the generator's.
- Keys: "Opsomming", "Yfirlit", "Súhrn", "Ringkasan", "Përmbledhje" and "Sommarju" highlights; "Huidige situasie",
  "Staða eldgossins", "1. Bendra situacija", "Situācijas apraksts", "Hydrologická situácia", "Status Semasa",
  "Situata hidrologjike" and "Is-sitwazzjoni" situation; "Weervooruitsig", "Gasmengun og veðurspá", "2.
  Hidrometeorologinė prognozė", "Ramalan Cuaca" and "Parashikimi i motit" forecast; "Impak op gemeenskappe", "Áhrif á
  íbúa og innviði", "3. Padariniai gyventojams", "Ietekme uz iedzīvotājiem", "Dopady na obyvateľstvo", "Kesan kepada
  Infrastruktur", "Dëmet dhe pasojat" and "Impatt fuq ir-residenti" impacts; "Reaksie", "Aðgerðir", "4. Atlikti
  darbai", "Veiktie pasākumi", "Vykonané opatrenia", "Tindakan Agensi", "Masat e marra" and "Azzjonijiet meħuda"
  response; "Pusat Pemindahan Sementara (PPS)" assistance; "Personeel en hulpbronne", "Mannafli", "5. Pajėgos ir
  ištekliai", "Iesaistītie spēki un līdzekļi", "Nasadené sily a prostriedky", "Forcat e angazhuara" and "Ħaddiema u
  riżorsi" workforce; "Koste", "6. Išlaidos", "Náklady" and "Spejjeż" finance; every risk heading risks;
  "Kommunikasie", "Upplýsingamiðlun", "8. Gyventojų informavimas", "Sabiedrības informēšana", "Informovanie
  verejnosti", "Hebahan kepada Orang Awam", "Informimi i publikut" and "Komunikazzjoni" communications; "Næstu
  skref", "9. Tolesni veiksmai", "Turpmākā rīcība", "Ďalší postup", "Tindakan Seterusnya", "Hapat e mëtejshëm" and
  "Il-passi li jmiss" next-steps; the Latvian template's unfilled sections none.
- Figures as printed in the publisher's conventions: Afrikaans "1 250", "12%", "R3 400", "R1,25 miljoen", "27
  Januarie"; Icelandic "1.250", "3.400.000 kr.", "10. febrúar"; Lithuanian "1 250", "12 proc.", "3 400 Eur", "kovo
  3 d."; Latvian "1 250", "12 %", "3 400 EUR", dates in figures "16.07."; Slovak "1 250", "12 %", "3 400 €", "16.
  septembra"; Malay "1,250", "RM3,400", "1 Disember"; Albanian "1.250", "3.400.000 lekë", "13 janar"; Maltese
  "1,250", "€3,400", "10 ta' Novembru". An item ending in an abbreviation ("kovo 6 d.", "9 val.", "24.07.", "8.00
  hod.", "kr.") takes one full stop. Most figures stand after a colon ("Evakuotų gyventojų skaičius: 135"), as those
  publishers write them, so that no numeral has to agree with its noun.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b20base``, before any
change to it; the figures as printed, the columns narrowed):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-two-column-bulletin-af         0.991    0.932          0.914  0.205       0.929    1.000    0.921
    pdf-slide-deck-is                  0.896    0.860          0.855  0.000       0.250    1.000    0.860
    docx-tracked-changes-lt            1.000    0.948          0.948  0.249       1.000    1.000    0.945
    docx-content-controls-lv           1.000    1.000          1.000  0.306       1.000    1.000    1.000
    docx-floating-textbox-sk           0.783    0.815          0.734  0.701       1.000    1.000    0.807
    html-gdocs-export-ms               1.000    0.918          0.918  0.411       1.000    1.000    0.914
    eml-plaintext-quoted-sq            1.000    0.885          0.885  0.000       0.316    1.000    0.878
    md-obsidian-callouts-mt            0.809    0.760          0.735  0.000       0.222    1.000    0.767
    TOTAL                              0.926    0.883          0.865  0.239       0.731    1.000    0.879

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-two-column-bulletin-af         0.977    0.923          0.893  0.211       0.913    1.000    0.913
    pdf-slide-deck-is                  0.900    0.839          0.839  0.000       0.130    1.000    0.833
    docx-tracked-changes-lt            1.000    0.945          0.945  0.259       1.000    1.000    0.941
    docx-content-controls-lv           1.000    1.000          1.000  0.338       1.000    1.000    1.000
    docx-floating-textbox-sk           0.783    0.802          0.737  0.697       1.000    1.000    0.794
    html-gdocs-export-ms               1.000    0.914          0.914  0.333       1.000    1.000    0.911
    eml-plaintext-quoted-sq            1.000    0.882          0.882  0.000       0.136    1.000    0.872
    md-obsidian-callouts-mt            0.812    0.728          0.707  0.000       0.192    1.000    0.720
    TOTAL                              0.926    0.871          0.855  0.234       0.684    1.000    0.865

No writer or bank was changed after the first run: the documents were written without parsing them and looked at
before it (rendered pages of the PDFs, the Word files as their XML and text with the revision marks, controls and
text box shown, the HTML, the e-mail's decoded part and the Markdown as text). Faults fixed while looking, before
the run: the bulletin's figures table was placed over the masthead's date line, and its second build (for "Bladsy 1
van N") reused the first build's flowables and failed; a heading without keep-with-next was left alone at a
column's foot; an Icelandic slot named "{so2}" was printed raw; items ending in an abbreviation took a second full
stop ("kovo 6 d..", "24.07..", "kr.."); and the risks' trend words did not agree with their nouns in six languages
(rephrased "Rizika, kad …", "Risks, ka …", "Hætta á …", "Riziko …", "Rreziku i …", "Ir-riskju ta' …", "Risiko …",
"Die risiko …").

Failure classes seen at first sight (``-v``, seed 0): of the gold items few are missed, and the two hardest Word
constructions are read rightly — tracked changes are read as accepted (no deleted word or paragraph read, every
inserted one read, the comments left out; only the coordinator's lines are extra) and the content-control template
is read whole, its placeholder text left out and its unfilled sections kept as empty headings (every figure but
the keys 1.000); the quoted report under "Më … shkroi:" and the "-- " signature of the e-mail are left out whole, setext
and capitals headings alike are found, and the Obsidian front matter, figures table and task checkboxes are dropped
rightly. What costs is furniture read as headings and items, mitigations and keys. Furniture read as headings: the
Slovak text box — "KĽÚČOVÉ ÚDAJE" and every label a heading, every figure an item under it, the date line too (the
box is not skipped as a sidebar of figures, nor read into its anchor paragraph); the Icelandic title slide's
"Stöðuskýrsla nr. N" (the command and the date its items) and the closing slide's title (the public information line
its item); the Obsidian "# …" title and the ``[!info] Dettalji`` callout's title (its lines its items), and every
risk callout's title "Riskju" taken for a heading of its own, so that the risks fall under it and out of "Riskji";
once or twice the wrapped end of the Afrikaans map caption ("om 06:00"). Furniture read as items: the Afrikaans
date and distribution line and map caption under no heading (the masthead's other lines and the figures table
rightly left out); the Lithuanian coordinator and "Parengta …" lines, the Slovak signature and the Albanian "Me
respekt," and officer under the last heading; the Google Docs report line, "Disediakan oleh:" line and table caption
(the table, header and footer ``<div>``s and the comment texts rightly left out; the comment marks not in the
points); the Albanian greeting and report line; the Obsidian "Relatat:" line. Points split: an Icelandic bullet
whose words are drawn one by one read as three items ("Íbúafundur" / "var" / "haldinn …"); a risk and its mitigation
on two lines of an Obsidian callout read as two items; an Afrikaans risk split at its lead. Text kept
as written, not as shown: the Obsidian wiki links keep their brackets and an aliased link its target
("[[Meteoroloġija Malta|MET Office]]"). Mitigations: "Priemonės:", "Pasākumi:", "Opatrenia:" and "Tindakan
mitigasi:" are always split off (1.000), "Teenmaatreëls:" nearly always; "Mótvægisaðgerðir:", drawn in bold on a
slide, and the plain-text "Masat:" never are, nor "**Mitigazzjoni:**" on its own callout line. Keys: no Icelandic,
Albanian or Maltese heading gets one; of the Afrikaans only "Personeel en hulpbronne" and "Risiko's", of the
Lithuanian and Latvian only the situation and risks headings, of the Malay the summary, situation and risks; the
Slovak ones nearly all, but "Vykonané opatrenia" is taken for actions (gold response) and the text-box headings get
none. Links follow the items: furniture read as items in consecutive reports is linked to itself, and a split point's
pieces cost the links of the point.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind20_layouts_mail as mail  # noqa: E402
import blind20_layouts_md as md  # noqa: E402
import blind20_layouts_pdf as pdf  # noqa: E402
import blind20_layouts_sdt as sdt  # noqa: E402
import blind20_layouts_web as web  # noqa: E402
import blind20_layouts_word as word  # noqa: E402
from blind20_layouts_banks_far import BANJIR_MS, VELDBRAND  # noqa: E402
from blind20_layouts_banks_north import ELDGOS, POTVYNIS, UGUNSGREKS  # noqa: E402
from blind20_layouts_banks_south import MALTEMPATA, PERMBYTJE, POVODEN  # noqa: E402
from blind20_layouts_content import localise, template_sections  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LV_EMPTY = (("Starptautiskā palīdzība", "Iesaistītie spēki un līdzekļi"), ("Citi jautājumi", ""))

LAYOUTS = (
    Layout("pdf-two-column-bulletin-af", "pdf", pdf.pdf_situasieverslag_af, publisher_wording(
        [("opsomming", "Opsomming", "highlights"), ("situasie", "Huidige situasie", "situation"),
         ("weer", "Weervooruitsig", "forecast"), ("impak", "Impak op gemeenskappe", "impacts"),
         ("reaksie", "Reaksie", "response"), ("personeel", "Personeel en hulpbronne", "workforce"),
         ("koste", "Koste", "finance"), ("risks", "Risiko's", "risks"),
         ("kommunikasie", "Kommunikasie", "communications")]),
        "Situasieverslag nr. {n} – {org}", VELDBRAND.series, restyle=partial(localise, lang="af")),
    Layout("pdf-slide-deck-is", "pdf", pdf.pdf_glaerur_is, publisher_wording(
        [("yfirlit", "Yfirlit", "highlights"), ("stada", "Staða eldgossins", "situation"),
         ("gas", "Gasmengun og veðurspá", "forecast"), ("ahrif", "Áhrif á íbúa og innviði", "impacts"),
         ("adgerdir", "Aðgerðir", "response"), ("mannafli", "Mannafli", "workforce"), ("risks", "Áhættur", "risks"),
         ("upplysingar", "Upplýsingamiðlun", "communications"), ("naest", "Næstu skref", "next-steps")]),
        "Stöðuskýrsla nr. {n} – {org}", ELDGOS.series, restyle=partial(localise, lang="is")),
    Layout("docx-tracked-changes-lt", "docx", word.docx_informacija_lt, publisher_wording(
        [("bendra", "1. Bendra situacija", "situation"), ("prognoze", "2. Hidrometeorologinė prognozė", "forecast"),
         ("padariniai", "3. Padariniai gyventojams", "impacts"), ("darbai", "4. Atlikti darbai", "response"),
         ("pajegos", "5. Pajėgos ir ištekliai", "workforce"), ("islaidos", "6. Išlaidos", "finance"),
         ("risks", "7. Rizikos ir jų valdymo priemonės", "risks"),
         ("informavimas", "8. Gyventojų informavimas", "communications"),
         ("veiksmai", "9. Tolesni veiksmai", "next-steps")]),
        "Informacija apie ekstremaliąją situaciją Nr. {n} – {org}", POTVYNIS.series,
        restyle=partial(localise, lang="lt")),
    Layout("docx-content-controls-lv", "docx", sdt.docx_parskats_lv, publisher_wording(
        [("situacija", "Situācijas apraksts", "situation"), ("ietekme", "Ietekme uz iedzīvotājiem", "impacts"),
         ("pasakumi", "Veiktie pasākumi", "response"), ("speki", "Iesaistītie spēki un līdzekļi", "workforce"),
         ("risks", "Riski un to mazināšanas pasākumi", "risks"),
         ("informesana", "Sabiedrības informēšana", "communications"),
         ("turpmak", "Turpmākā rīcība", "next-steps")]),
        "Situācijas pārskats Nr. {n} – {org}", UGUNSGREKS.series,
        restyle=partial(template_sections, lang="lv", empty=LV_EMPTY)),
    Layout("docx-floating-textbox-sk", "docx", word.docx_situacna_sprava_sk, publisher_wording(
        [("suhrn", "Súhrn", "highlights"), ("hydro", "Hydrologická situácia", "situation"),
         ("dopady", "Dopady na obyvateľstvo", "impacts"), ("opatrenia", "Vykonané opatrenia", "response"),
         ("sily", "Nasadené sily a prostriedky", "workforce"), ("naklady", "Náklady", "finance"),
         ("risks", "Riziká", "risks"), ("informovanie", "Informovanie verejnosti", "communications"),
         ("postup", "Ďalší postup", "next-steps")]),
        "Situačná správa č. {n} – {org}", POVODEN.series, restyle=partial(localise, lang="sk")),
    Layout("html-gdocs-export-ms", "html", web.html_gdocs_laporan_ms, publisher_wording(
        [("ringkasan", "Ringkasan", "highlights"), ("status", "Status Semasa", "situation"),
         ("ramalan", "Ramalan Cuaca", "forecast"), ("pps", "Pusat Pemindahan Sementara (PPS)", "assistance"),
         ("kesan", "Kesan kepada Infrastruktur", "impacts"), ("tindakan", "Tindakan Agensi", "response"),
         ("risks", "Risiko", "risks"), ("hebahan", "Hebahan kepada Orang Awam", "communications"),
         ("seterusnya", "Tindakan Seterusnya", "next-steps")]),
        "Laporan Situasi Banjir No. {n} – {org}", BANJIR_MS.series, restyle=partial(localise, lang="ms")),
    Layout("eml-plaintext-quoted-sq", "eml", mail.email_raport_sq, publisher_wording(
        [("permbledhje", "Përmbledhje", "highlights"), ("hidro", "Situata hidrologjike", "situation"),
         ("moti", "Parashikimi i motit", "forecast"), ("demet", "Dëmet dhe pasojat", "impacts"),
         ("masat", "Masat e marra", "response"), ("forcat", "Forcat e angazhuara", "workforce"),
         ("risks", "Rreziqet", "risks"), ("informimi", "Informimi i publikut", "communications"),
         ("hapat", "Hapat e mëtejshëm", "next-steps")]),
        "Raport situate nr. {n} – {org}", PERMBYTJE.series, restyle=mail.restyle_sq),
    Layout("md-obsidian-callouts-mt", "md", md.markdown_obsidian_mt, publisher_wording(
        [("sommarju", "Sommarju", "highlights"), ("sitwazzjoni", "Is-sitwazzjoni", "situation"),
         ("impatt", "Impatt fuq ir-residenti", "impacts"), ("azzjonijiet", "Azzjonijiet meħuda", "response"),
         ("haddiema", "Ħaddiema u riżorsi", "workforce"), ("spejjez", "Spejjeż", "finance"),
         ("risks", "Riskji", "risks"), ("komunikazzjoni", "Komunikazzjoni", "communications"),
         ("passi", "Il-passi li jmiss", "next-steps")]),
        "Rapport tas-Sitwazzjoni Nru {n} – {org}", MALTEMPATA.series, restyle=partial(localise, lang="mt")),
)  # fmt: skip


SEED_OFFSET = 2100  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
