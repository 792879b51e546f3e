"""Sitreps of eight more publishers in layouts nobody tuned for, a fifty-second blind, first-sight measure.

    python benchmarks/blind51_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A fifty-second set beside ``council_layouts.py`` … ``blind50_layouts.py``, written from what eight more publishers send
and not from what the parser expects (the parser's code was not read to write it), four of them writing in languages
the sets had seldom printed — Polish, Finnish, Catalan and Lithuanian — and four in English, in Singapore, Ireland,
Ontario and Scotland, each in a tool no earlier set printed: Polish voivodeship offices in a mass die-off of fish in
the Oder (``blind51_layouts_web``: the voivode's "Komunikat nr 5 … w sprawie sytuacji na rzece Odrze" as an entry of
the office's Biuletyn Informacji Publicznej, the statutory bulletin of every Polish public body, saved from the
browser — old XHTML with no ``<main>``, "Przejdź do treści", the font-size and contrast tools, the BIP logo, the
office's name, the search box, the "Menu podmiotowe" and "Menu przedmiotowe" lists, "Jesteś tutaj:", the title, the
line "Stan na dzień … godz. …", each section a justified bold paragraph after its Roman number ("I. Najważniejsze
informacje"), the points a list, "Działania zaradcze:" in bold, the crisis centre's line, the attachment, the
"Metryczka" register with "Rejestr zmian", "Drukuj" and the footer); Singapore government agencies after an oil spill
reached the southern beaches (the same module: the daily update as a press release on the agency's Isomer site — the
"A Singapore Government Agency Website" masthead with "How to identify", the navigation bar, the title band with its
breadcrumb, the date, ``<h3>`` sections, "Measures taken:" in bold, "ISSUED BY THE …" with its date, the media
contact and the footer with "Report Vulnerability" and "Last Updated"); Finnish cities after a storm cut the power
(``blind51_layouts_mail``: the readiness organisation's release "Myrskytilanne 24.11. – tiedote 2" sent through STT
Info as a subscriber receives it, HTML and plain text — "Lue tiedote verkossa", the logo, "TIEDOTE" with the day,
time and city, the title, the lead in bold, ``<h2>`` sections, "Toimenpiteet:" in bold, the photo's caption,
"Yhteyshenkilöt", "Tietoja julkaisijasta", "Tilaa tiedotteet sähköpostiisi" and the service's line with "Peru
tilaus"); Irish county councils after Storm Éowyn (the same module: the Crisis Management Team's update for the
elected members typed in the new Outlook — Aptos, ``elementToProof`` blocks, ``role="presentation"`` list items — and
posted to the team's Microsoft 365 group: "Dear Members," and a line on which update this is, each section's name a
bold line, "Mitigation:" in bold, "Regards,", the signature in Irish and English, the "Séanadh" / "Disclaimer" and the
group's footer "You're receiving this message because you're a member of the … group" with "View group files" and
"Leave group"); Catalan town councils after an easterly storm wrecked the seafront (``blind51_layouts_print``,
reportlab: the "Informe de situació núm. 3" of the municipal emergency plan as esPublico Gestiona prints a signed
document — the secure verification code, the seat's address, "Document signat electrònicament des de la plataforma
esPublico Gestiona" and "Pàgina 1 de 3" set sideways along the left margin with a QR code under it, the signer's box
with "(1 de 1)", post, "Data Signatura:" and "HASH:" at the top right of the first page, the arms and the council's
name, the file's table ("Expedient núm.", "Procediment", "Assumpte"), the title in capitals, the sections "1. Resum"
in bold, each point a justified paragraph lettered "a)", "b)", "Mesura adoptada:" in bold, "És tot el que s'informa
als efectes oportuns.", the place "a la data de la signatura electrònica", the post, "Document signat electrònicament
al marge" and the address at the foot); Ontario municipalities after a ransomware attack (``blind51_layouts_paged``,
WeasyPrint in the meeting system's place: the staff report in the council agenda that eSCRIBE publishes — the
package's stamp "Page 68 of 247" at the top right, the logo and "Staff Report", the particulars "To", "From",
"Department", "Report Number", "Meeting Date", "Subject", the template's "Recommendation" with its motion, bold
section names, bullets, "Mitigation:" in bold, "Strategic Plan Linkage", "Attachments", "Prepared by" and "Approved
by", and "Report No. …" and "Page 1 of 2" at the foot); Lithuanian municipal administrations while a tyre recycling
plant burns (``blind51_layouts_word``, python-docx: the administration's letter "DĖL EKSTREMALIOSIOS SITUACIJOS
PADĖTIES" on its blank as the Documentation Rules lay it out, in Times New Roman — the arms, the name in bold
capitals, the line of particulars ending "Duomenys kaupiami ir saugomi Juridinių asmenų registre, kodas …" over a rule,
the addressees beside "2026-10-13 Nr. (E)-4.15-9429" and "Į ___ Nr. ___", the title, a first paragraph on which
information this is, each section's name a bold paragraph, each point a justified paragraph indented on its first
line and typed after "– ", "Taikomos priemonės:" in bold, the signer's post and name parted by a tab, the preparer's
line at the end and the page number at the top from the second page on); and Scottish seabird reserves in an outbreak
of avian influenza (``blind51_layouts_text``: the ranger team's weekly Dropbox Paper doc exported as Markdown — the
``#`` title, "**Updated by:** @… · **Shared with:** …", the photo on Paper's attachment server and its italic
caption, ``##`` sections, ``-`` lists, "**Mitigation:**", the next steps as Paper's "- [ ]" checklist, a rule and an
italic link to last week's doc). Each layout is one kind of publisher; its four series are four organisations of that
kind, their content from this set's banks (``blind51_layouts_banks_away``, ``blind51_layouts_banks_home``) through the
generator's churn model, printed in each publisher's conventions (``blind51_layouts_content``). The generator's
structure is the gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer.

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in the
gold — the BIP page's tools, logo, name, search, menus, breadcrumbs, title, "Stan na dzień" line, the centre's line,
attachment, "Metryczka", options and footer; the Isomer page's masthead, navigation, title band, date, "ISSUED BY"
block, media contact and footer; the release's browser line, logo, "TIEDOTE" line, title, lead, photo and caption,
contacts, publisher's box, subscribe button and service line (in both parts); the group mail's greeting and its line,
"Regards,", signature, disclaimer and group footer; the Gestiona document's margin band, QR code, signer's box, arms,
name, file table, title, closing formula, place, post, "Document signat …" and foot; the staff report's stamp, logo,
"Staff Report", particulars, the template's "Recommendation", "Strategic Plan Linkage" and "Attachments" with their
text, the sign-off and foot; the letter's arms, name, particulars, addressees, number, "Į … Nr." line, title, first
paragraph, signer's line, preparer's line and page number; the Paper doc's title, "Updated by" line, photo, caption,
rule and link. Headings as printed, all level 1: the BIP page's with their Roman number ("I. Najważniejsze
informacje"), Gestiona's with theirs ("1. Resum"). Items: each paragraph or point without its bullet, dash ("– "),
letter ("a)") or checkbox ("[ ]"). A risk with its mitigation is one item printed with its lead ("Działania
zaradcze:", "Measures taken:", "Toimenpiteet:", "Mitigation:", "Mesura adoptada:", "Taikomos priemonės:"). Keys:
summary highlights ("Najważniejsze informacje", "Summary", "Tilannekuva lyhyesti", "Resum", "Executive Summary",
"Svarbiausia informacija"), situation situation ("Background", "Padėtis" too), impacts impacts, the two topic sections
None, help assistance ("Pomoc dla mieszkańców i wędkarzy", "Support for the public", "Apu asukkaille", "Community
response", "Atenció a la ciutadania", "Information for Residents", "Pagalba gyventojams", "Visitors and the local
community"), staff workforce ("Zaangażowane siły i środki", "Manpower deployed", "Mitjans i personal", "Pajėgos ir
darbuotojai" too), money finance ("Financial Implications", "Cost econòmic" too), risks risks, next steps next-steps
("Dalsze działania", "Seuraavat toimet", "Properes actuacions", "Tolesni veiksmai" too), in every publisher. Figures as
printed: "3 400 zł", "2,34 mln zł", "1 679", "65%", "14 sierpnia", "(poprzednio: 5)"; "$688,000", "$1.25 million",
"1,786", "28 June", "(previous update: 5)"; "2 000 euroa", "1,25 miljoonaa euroa", "2 615", "12 %", "26.11.",
"(edellinen tiedote: 10)"; "€602,000", "€1.25m", "3,974", "3 February", "(previous update: 39)"; "988.000 €",
"1,25 M€", "1.461", "12 %", "26 de gener", "(informe anterior: 41)"; "$144,000", "$1.25 million",
"4,565", "April 1", "(previous report: 85%)"; "273 000 Eur", "1,25 mln. Eur", "3 796", "12 proc.", "spalio 14 d.",
"(ankstesnėje informacijoje: 3 417)"; "£63,000", "£1.25m", "76%", "25 June", "(last update: 5)". A sentence ending on
a figure printed with its own stop ("26.11.", "12 proc.", "spalio 14 d.") keeps one stop.

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 4a50b70, the commit
this set was branched from, before any change to it for this set, the worktree's own ``src`` first on the path; the
columns narrowed):

    layout                                   heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    html-bip-komunikat-odra-pl                    1.000     1.000     1.000     1.000     1.000     1.000     1.000
    html-isomer-oil-spill-sg                      1.000     0.938     0.938     0.954     1.000     1.000     0.934
    eml-sttinfo-tiedote-storm-fi                  0.900     0.741     0.681     0.735     1.000     1.000     0.730
    eml-m365-group-storm-eowyn-ie                 1.000     0.992     0.992     0.863     1.000     1.000     0.982
    pdf-gestiona-informe-temporal-ca              0.952     0.849     0.849     0.799     1.000     1.000     0.829
    pdf-escribe-staff-report-ransomware-on        0.909     0.943     0.943     0.744     1.000     1.000     0.940
    docx-rastas-tyre-fire-lt                      0.952     0.907     0.907     0.714     1.000     1.000     0.901
    md-dropbox-paper-seabird-flu-sco              1.000     0.969     0.969     0.887     1.000     1.000     0.968
    TOTAL                                         0.963     0.911     0.902     0.838     1.000     1.000     0.902
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    html-bip-komunikat-odra-pl                    1.000     1.000     1.000     1.000     1.000     1.000     0.996
    html-isomer-oil-spill-sg                      1.000     0.938     0.938     0.959     1.000     1.000     0.934
    eml-sttinfo-tiedote-storm-fi                  0.900     0.750     0.675     0.773     1.000     1.000     0.737
    eml-m365-group-storm-eowyn-ie                 1.000     1.000     1.000     0.869     1.000     1.000     1.000
    pdf-gestiona-informe-temporal-ca              0.938     0.868     0.868     0.745     1.000     1.000     0.850
    pdf-escribe-staff-report-ransomware-on        0.909     0.939     0.939     0.743     1.000     1.000     0.937
    docx-rastas-tyre-fire-lt                      0.952     0.909     0.909     0.788     1.000     1.000     0.905
    md-dropbox-paper-seabird-flu-sco              1.000     0.970     0.970     0.903     1.000     1.000     0.969
    TOTAL                                         0.961     0.916     0.905     0.849     1.000     1.000     0.910

Before writing, the kinds were checked against the layouts printed so far: municipal and government pages (Drupal,
TYPO3, Joomla, SiteVision, Liferay, CivicPlus, GOV.UK, the U.S. Web Design System, SHIRASAGI and others), newsletters
and release services (Mailchimp, Constant Contact, Brevo, Laposta, GovDelivery, CleverReach), Outlook in its forms
(Word's HTML, OWA, the new Outlook's blocks, Teams' channel mail, Google Groups, Mailman), government document systems
(SEI, eOffice, Kazakhstan's stamped e-documents), committee and council report templates (``blind49``'s Northern
Ireland report, agenda packs), letters on a blank, and notes apps exported to Markdown (Notion, Obsidian, Logseq,
Joplin, Evernote, HackMD, Outline, Google Docs): no benchmark file printed a BIP entry, Isomer, STT Info, a Microsoft
365 group's mail, esPublico Gestiona, eSCRIBE, a Lithuanian letter on the Documentation Rules' blank or Dropbox Paper,
nor had a river's fish die-off, an oil spill on beaches (``blind45``'s was in a harbour, for its Harbour Master), Storm
Éowyn, an easterly storm on a seafront, a tyre fire or avian influenza in seabirds as its incident; ransomware had
been printed before (``blind17``, ``blind34``, ``blind36``, ``blind39``), never as a staff report to council.
Polish, Finnish, Catalan and Lithuanian had each been printed once or twice before (an OSP's SmartArt, a "raport", a
"tilannekatsaus", an "ajuntament"'s drought page, tracked changes), never in these tools. The fonts needed are
Liberation Sans and Times New Roman's metric twin. The documents and gold were written without parsing them and
looked at (``pdftotext`` and ``pdftoppm`` pages, the Word files through LibreOffice, the pages and mails' HTML in
headless Chromium, the Markdown as text): every gold heading, item, risk and mitigation is in the extracted text at
seeds 0 and 11 (2,423 and 2,466 texts). Fix of that stage: eSCRIBE's stamp counted the agenda's pages with the page
counter, so that the report's own "Page 67 of 2" was wrong — it now has a counter of its own. The figures above are
those of the final code.

Failure classes seen at first sight (``-v``, seeds 0 and 11):

- STT Info release (the plain-text part is read): the release's "TIEDOTE 24.11.2026 14:28:00 EET | Joensuun kaupunki"
  line is read as the first heading (keyed communications), with the title "Myrskytilanne 24.11. – tiedote 2" and the
  lead "Joensuun kaupungin valmiusorganisaatio kertoo …" as its items; the summary's heading "Tilannekuva lyhyesti",
  a name on a line of its own over a paragraph (not over a list), is read as an item of that heading, so the summary
  loses its heading and key in all 24 reports; the publisher's closing blocks — "Yhteyshenkilöt", the contact's post
  and name, "puh. 050 310 4477", "Tietoja julkaisijasta", the city's name and its sentence, "Tämän tiedotteen lähetti
  … STT Infon kautta." — are items of "Seuraavat toimet", which is not keyed next-steps.
- Gestiona document: the sideways margin band, its QR code, the file table and the address at the foot are left out
  and every numbered section heading is right, but the title "INFORME DE SITUACIÓ NÚM. 3" is a heading of its own
  (keyed situation); the signer's box at the top right is an item under no heading ("MARC BUCH I NINOU (1 de 1)
  Alcalde Data Signatura: 24/01/2026 HASH: …") and twice, at seed 11, its first lines and the council's name beside
  the arms are two more headings ("ESTER ORTIZ I PUIG (1 de 1) Alcaldessa", "Ajuntament de Tossa de Mar"); the
  closing formula, place, post and "Document signat electrònicament al marge" are items of the last section, and
  where the last point ends close above the formula the two are one item ("Previsió de reobrir el passeig marítim el
  29 de gener. És tot el que s'informa …"); "Properes actuacions" is keyed response and "Atenció a la ciutadania" not
  keyed.
- Lithuanian letter: the letterhead, addressees, number and page number are left out and every bold section heading
  and dashed point is right, but the title "DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES" is a heading over the first
  paragraph "Informuojame apie ekstremaliosios situacijos …", the signer's line parted by a tab is an item of the last
  section ("Administracijos direktorius: Rimantas Jakštas") and so is the preparer's line ("Laura Vaitkevičienė,
  tel. …, el. p. …"); "Svarbiausia informacija" is not keyed highlights nor "Padėtis" situation.
- eSCRIBE staff report: the stamp, particulars, "Attachments", sign-off and foot are left out and every section and
  point is right, but the template's "Recommendation" and "Strategic Plan Linkage" are sections with their motion
  ("That Report CSC-2026-067, … BE RECEIVED for information.") and plan line as items; "Background" is keyed
  background, "Information for Residents" impacts or nothing, and the topic sections "Restoring Systems" and
  "Payments and Property Taxes" recovery and finance.
- Isomer page: read whole and right but for the release's closing, "ISSUED BY THE NATIONAL PARKS BOARD 17 June 2026"
  and "For media queries, please contact NParks Corporate Communications at …", two items of "Next steps";
  "Manpower deployed" is not keyed workforce in about half the reports, and "Beach clean-up" is keyed recovery.
- Dropbox Paper doc: read whole and right but for the "Updated by: @Callum Doig · Shared with: …" line, an item under
  no heading; "Visitors and the local community" is not keyed assistance, "Monitoring and carcass collection" keyed
  surveillance.
- Microsoft 365 group mail: the greeting, signature, disclaimer in both languages and group footer are left out and
  every bold heading and list point is right; in one report the summary's two lines are one item, and "Community
  response" is keyed response, not assistance.
- BIP page: read whole and right (no ``<main>``, yet the menus, "Metryczka" and footer are left out).

Figures are read as printed wherever an item is found whole, and every mitigation is kept. The run did not crash, no
document was refused and each seed's run took about 8 seconds.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind51_layouts_mail as mail  # noqa: E402
import blind51_layouts_paged as paged  # noqa: E402
import blind51_layouts_print as printed  # noqa: E402
import blind51_layouts_text as text  # noqa: E402
import blind51_layouts_web as web  # noqa: E402
import blind51_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind51_layouts_banks_away import GAISRAS, MYRSKY, ODRA, TEMPORAL  # noqa: E402
from blind51_layouts_banks_home import EOWYN, OILSPILL, RANSOM, SEABIRD  # noqa: E402
from blind51_layouts_content import localise, numbered  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("html-bip-komunikat-odra-pl", "html", web.html_bip_komunikat_odra_pl, publisher_wording(
        [("hl", "Najważniejsze informacje", "highlights"), ("sit", "Sytuacja na rzece", "situation"),
         ("imp", "Skutki dla mieszkańców", "impacts"), ("ta", "Usuwanie śniętych ryb", None),
         ("tb", "Badania wody", None), ("help", "Pomoc dla mieszkańców i wędkarzy", "assistance"),
         ("staff", "Zaangażowane siły i środki", "workforce"), ("money", "Koszty", "finance"),
         ("risks", "Zagrożenia", "risks"), ("next", "Dalsze działania", "next-steps")]),
        "Komunikat nr {n} w sprawie sytuacji na rzece Odrze – {org}", ODRA.series,
        restyle=partial(numbered, lang="pl")),
    Layout("html-isomer-oil-spill-sg", "html", web.html_isomer_oil_spill_sg, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current situation", "situation"),
         ("imp", "Impact on the public", "impacts"), ("ta", "Beach clean-up", None),
         ("tb", "Wildlife and nature areas", None), ("help", "Support for the public", "assistance"),
         ("staff", "Manpower deployed", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Update {n} on the oil spill at Pasir Panjang Terminal – {org}", OILSPILL.series,
        restyle=partial(localise, lang="sg")),
    Layout("eml-sttinfo-tiedote-storm-fi", "eml", mail.eml_sttinfo_tiedote_myrsky_fi, publisher_wording(
        [("hl", "Tilannekuva lyhyesti", "highlights"), ("sit", "Tilanne", "situation"),
         ("imp", "Vaikutukset asukkaille", "impacts"), ("ta", "Sähkö ja vesihuolto", None),
         ("tb", "Tiet ja puiden raivaus", None), ("help", "Apu asukkaille", "assistance"),
         ("staff", "Henkilöstö", "workforce"), ("money", "Kustannukset", "finance"), ("risks", "Riskit", "risks"),
         ("next", "Seuraavat toimet", "next-steps")]),
        "Myrskytilanne – tiedote {n} – {org}", MYRSKY.series, restyle=partial(localise, lang="fi")),
    Layout("eml-m365-group-storm-eowyn-ie", "eml", mail.eml_m365_group_storm_ie, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current position", "situation"), ("imp", "Impacts", "impacts"),
         ("ta", "Roads and fallen trees", None), ("tb", "Water supply", None),
         ("help", "Community response", "assistance"), ("staff", "Council staff", "workforce"),
         ("money", "Costs", "finance"), ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Storm Éowyn – CMT update {n} – {org}", EOWYN.series, restyle=partial(localise, lang="ie")),
    Layout("pdf-gestiona-informe-temporal-ca", "pdf", printed.pdf_gestiona_informe_temporal_ca, publisher_wording(
        [("hl", "Resum", "highlights"), ("sit", "Situació actual", "situation"), ("imp", "Afectacions", "impacts"),
         ("ta", "Platges i passeig marítim", None), ("tb", "Habitatges i equipaments", None),
         ("help", "Atenció a la ciutadania", "assistance"), ("staff", "Mitjans i personal", "workforce"),
         ("money", "Cost econòmic", "finance"), ("risks", "Riscos", "risks"),
         ("next", "Properes actuacions", "next-steps")]),
        "Informe de situació núm. {n} – temporal de llevant – {org}", TEMPORAL.series,
        restyle=partial(numbered, lang="ca")),
    Layout("pdf-escribe-staff-report-ransomware-on", "pdf", paged.pdf_escribe_staff_report_cyber_on,
           publisher_wording(
        [("hl", "Executive Summary", "highlights"), ("sit", "Background", "situation"),
         ("imp", "Impact on Services", "impacts"), ("ta", "Restoring Systems", None),
         ("tb", "Payments and Property Taxes", None), ("help", "Information for Residents", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Financial Implications", "finance"),
         ("risks", "Risks", "risks"), ("next", "Next Steps", "next-steps")]),
        "Cybersecurity incident – update {n} – {org}", RANSOM.series, restyle=partial(localise, lang="on")),
    Layout("docx-rastas-tyre-fire-lt", "docx", word.docx_rastas_gaisras_lt, publisher_wording(
        [("hl", "Svarbiausia informacija", "highlights"), ("sit", "Padėtis", "situation"),
         ("imp", "Poveikis gyventojams", "impacts"), ("ta", "Gaisro gesinimas", None),
         ("tb", "Oro kokybės tyrimai", None), ("help", "Pagalba gyventojams", "assistance"),
         ("staff", "Pajėgos ir darbuotojai", "workforce"), ("money", "Išlaidos", "finance"),
         ("risks", "Rizikos", "risks"), ("next", "Tolesni veiksmai", "next-steps")]),
        "Dėl ekstremaliosios situacijos padėties – informacija Nr. {n} – {org}", GAISRAS.series,
        restyle=partial(localise, lang="lt")),
    Layout("md-dropbox-paper-seabird-flu-sco", "md", text.md_dropbox_paper_seabird_flu_sco, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Where we are", "situation"),
         ("imp", "Impact on visitors", "impacts"), ("ta", "Monitoring and carcass collection", None),
         ("tb", "Research and ringing", None), ("help", "Visitors and the local community", "assistance"),
         ("staff", "Staff and volunteers", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "HPAI update {n} – {org}", SEABIRD.series, restyle=partial(localise, lang="sco")),
)  # fmt: skip


SEED_OFFSET = 5200  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=40)


if __name__ == "__main__":
    main()
