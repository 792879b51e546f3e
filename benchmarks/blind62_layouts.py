"""Sitreps of eight more publishers in layouts nobody tuned for, a sixty-third blind, first-sight measure.

    python benchmarks/blind62_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixty-third set beside ``council_layouts.py`` … ``blind61_layouts.py``, written from what eight more publishers send
and not from what the parser expects (the parser's code was not read to write it): three of them writing in languages
no earlier set printed or printed once — Punjabi and Odia (never) and Bengali (once, for a Bangladeshi district
administration's portal) —, the others in Greek, Romanian, French, Spanish and English, for Cyprus, Moldova, Senegal,
Costa Rica and Botswana, none of them a country an earlier set printed, each publisher a partner of a council or a
regional body (a power utility's distribution circles, health complexes, education offices, a fire service's
district commands, an ambulance service's zonal stations, a sanitation office's regional directorates, a water
utility's management centres, municipal emergency committees) and each in a tool no earlier set printed: the
distribution circles of the Punjab State Power Corporation in a monsoon flood (``blind62_layouts_word``,
python-docx: the daily report to the deputy commissioner typed in Word in Raavi as a letter whose report stands in
the template's own styles — the letterhead with the logo, corporation, registered office, CIN and the superintending
engineer's office over a rule, "ਵੱਲ", "ਮੀਮੋ ਨੰ: …" and "ਮਿਤੀ: …", "ਵਿਸ਼ਾ:", "ਹਵਾਲਾ:", the opening sentence ending
":-", then "Title", "Subtitle", each section a "Heading 1", the summary "Normal" paragraphs, the other points "List
Bullet", "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:" in bold; the closing sentence, the engineer's name and post, the endorsement "ਪਿੱਠ ਅੰਕਣ
ਨੰ: …" with "ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ …:-" and its numbered list, the post again); the district commands of the Cyprus Fire
Service in a wildfire (the same module: the "Αναφορά Κατάστασης" to the district officer typed in Word with no style
but "Normal" — "ΕΠΕΙΓΟΝ", the arms, "ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ", service and command, "Αρ. Φακ.:" and the date,
"Προς:", "Κοιν.:", "Από:", "Θέμα:" at a tab, the hour, each section's number and name typed bold at a tab
("1.<tab>Γενική εικόνα"), the summary as indented paragraphs, the other points "(α)", "(β)" at a hanging tab,
"Μέτρα που λήφθηκαν:" in bold; "Υποβάλλεται για ενημέρωσή σας.", the commander in brackets, post and "για
Αρχηγό …", "Κοιν.:" again, the address in the footer, "- 2 -" over later pages); Bangladesh's upazila health
complexes in a flash flood (``blind62_layouts_table``, python-docx: the upazila health and family planning
officer's daily report to the civil surgeon typed in Word in Nikosh on the government letter's form — the emblem,
"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", office, complex and e-mail, "স্মারক নং: …" and "তারিখ:" with the date in the
Bengali calendar over a rule and the Gregorian under it, "বিষয়:" in bold, "সূত্র:", the opening sentence, then the
report as one ruled table "ক্রমিক নং | বিবরণ": each section a shaded row merged across both columns holding its
number and name in bold, each point a row with its serial ("১.১") and its text, "গৃহীত ব্যবস্থা:" in bold; the
closing sentence, the officer's signature block, "প্রাপক:" after it, the memo number again with "অনুলিপি …
(জ্যেষ্ঠতার ক্রমানুসারে নয়):" and its list, the signature again; every figure in Bengali digits); the zonal stations
of Moldova's prehospital emergency care centre in a blizzard (``blind62_layouts_print``, reportlab: the "Notă
informativă" to the centre's director typed in Word 2016 and signed through MSign — the letterhead with the emblem,
ministry, institution, centre and station over a double rule, "Nr. … din …", the addressee with "Copie:", the title,
its subject and hour, each section's name in bold after a Roman numeral ("I. Informație generală"), points after
"–", the risks a ruled table "Nr. | Riscul | Măsuri întreprinse | Responsabil"; "Se prezintă spre informare.", the
head of station's post and name beside MSign's stamp, "Ex.:" and "pag. 1 din 2"); the regional directorates of
Senegal's sanitation office in the rainy season (the same module: the weekly "Bulletin d'information hivernage" laid
out in CorelDRAW — a masthead band with "RÉPUBLIQUE DU SÉNÉGAL", the motto, the ministry, the office's tile, the
bulletin's name, the directorate and "N° 3 | Semaine du … au …", two columns, each section's name in capitals over a
short rule, the highlights in a shaded box, points after "▪", "Mesures prises :" in bold, a photograph and its
caption, a contact box, the running header on later pages and "Page 1/2"); the management centres of Botswana's Water
Utilities Corporation when the main pipeline bursts (``blind62_layouts_web``: the "Water Supply Situation Update" as
a media release on the corporation's Umbraco site with its block grid, saved from the browser — the cookie notice,
top bar, logo, menu, search, breadcrumb, "MEDIA RELEASE", title and date, the opening paragraph, ``<h2>`` sections,
the summary as paragraphs, lists, "What we are doing:" in bold, the closing regret, "Issued by:", share links,
"Related releases" and the footer); the municipal emergency committees of Costa Rican cantons in a spell of heavy
rain (the same module: the "Informe de situación" typed in Word and pasted into the HTML module of the canton's DNN
Platform site — DNN's comment banner, ``__VIEWSTATE``, "Iniciar sesión", logo, menu, search, the module title in an
``<h2>``, then Word's pasted ``MsoNormal`` markup: the place and date, the opening paragraph, each section's name a
bold paragraph, the summary as paragraphs, the other points ``MsoListParagraphCxSp…`` paragraphs whose bullet is
Word's "·" in the Symbol font and non-breaking spaces, "Acciones realizadas:" in bold, the source line in italics;
the footer and the cookie consent banner); and Odisha's block education offices after a cyclone
(``blind62_layouts_mail``: the block education officer's daily report on the block's schools to the district
education officer typed in Odia into Rediffmail, HTML with its plain text — Rediffmail's headers and
``Message-ID``, "ପ୍ରତି," and the addressee, "ବିଷୟ:", "ସୂତ୍ର:", "ମହାଶୟ," and the opening sentence, each section's
number and name on a line of its own (bold and underlined in HTML), every point after an Odia letter in brackets
("(କ)", "(ଖ)"), "ଗୃହୀତ ପଦକ୍ଷେପ:" in the line of its risk, the closing sentence, "ଭବଦୀୟ" with the officer's name,
post, district and mobile, and Rediffmail's line offering a free website). Each layout is one kind of publisher; its
four series are four organisations of that kind, their content from this set's banks (``blind62_layouts_banks_east``,
``blind62_layouts_banks_west``) through the generator's churn model, printed in each publisher's conventions
(``blind62_layouts_content``). The generator's structure is the gold; the scorer and linking measure are
``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the PSPCL letterhead, "ਵੱਲ" and the addressee, memo number and date, "ਵਿਸ਼ਾ:", "ਹਵਾਲਾ:", the opening and
closing sentences, the "Title" and "Subtitle" paragraphs, name, post, the endorsement and its list, page number; the
Cypriot "ΕΠΕΙΓΟΝ", arms, state, service, command, file number, date, "Προς:", "Κοιν.:", "Από:", "Θέμα:" and their
lines, the hour, "Υποβάλλεται για ενημέρωσή σας.", signature, post, footer and page number; the Bangladeshi emblem,
state, office, complex, e-mail, memo numbers and dates, "বিষয়:", "সূত্র:", opening and closing sentences, the table's
header row and serials, signatures, "প্রাপক:" and its lines, "অনুলিপি …" and its list; the Moldovan letterhead,
number, addressee, "Copie:", title, subject and hour, the risk table's header row, "Nr." and "Responsabil" cells,
"Se prezintă spre informare.", post, name, MSign's stamp, "Ex.:" and its lines, page numbers; the Senegalese
masthead, running header, photograph and caption, contact box and footer; Umbraco's cookie notice, top bar, logo,
menu, search, breadcrumb, label, title, date, opening paragraph, closing regret, "Issued by:" and its lines, share
links, related releases and footer; DNN's login link, logo, menu, search, module title, place and date, opening
paragraph, source line, footer and cookie banner; Rediffmail's headers, "ପ୍ରତି," and the addressee, "ବିଷୟ:",
"ସୂତ୍ର:", "ମହାଶୟ,", the opening and closing sentences, "ଭବଦୀୟ", name, post, district, mobile and the web client's
line. Headings as printed, all level 1: the Punjabi, Botswanan and Costa Rican as they stand, the Bengali the merged
row's text, after its number in Bengali digits ("১. সংক্ষিপ্ত বিবরণ"), the Odia and Greek after their number ("1.
ସଂକ୍ଷିପ୍ତ ବିବରଣୀ", "1. Γενική εικόνα", the tab after the Greek number a space), the Moldovan after a Roman numeral
("I. Informație generală"), the Senegalese in capitals ("POINTS SAILLANTS"). Items: each paragraph, line, list item,
table row's text cell or point without its bullet, dash, letter or serial ("•", "–", "▪", "·", "(α)", "(କ)",
"১.১"). A risk with its mitigation is one item printed with its lead ("ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:", "গৃহীত ব্যবস্থা:", "ଗୃହୀତ
ପଦକ୍ଷେପ:", "Μέτρα που λήφθηκαν:", "Mesures prises :", "What we are doing:", "Acciones realizadas:"); in the
Moldovan risk table (``risk_table``) the item is the Riscul cell and the mitigation the Măsuri întreprinse cell, a
risk with no mitigation an empty cell. Keys: summary highlights, situation situation, impacts impacts, the two topic
sections None, help assistance, staff workforce, money finance, risks risks, next steps next-steps, in every
publisher. Figures as printed (``blind62_layouts_content``).

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 8656ed9, the commit
this set was branched from, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-raavi-pspcl-harh-pa                      0.870     0.547     0.547   0.000   0.000    1.000    0.537
    pdf-msign-amu-viscol-md                       0.863     0.668     0.668   0.351   0.158    1.000    0.667
    docx-nikosh-uhc-bonna-bd                      0.952     0.697     0.697   0.763   1.000    1.000    0.682
    html-umbraco-wuc-water-bw                     1.000     0.941     0.941   1.000   1.000    1.000    0.938
    eml-rediffmail-beo-ghurnibatya-or             1.000     0.716     0.716   0.000   0.148    1.000    0.706
    pdf-coreldraw-onas-hivernage-sn               0.899     0.908     0.809   0.632   1.000    1.000    0.903
    docx-bold-typed-pyrkagia-el                   1.000     0.788     0.788   0.727   1.000    1.000    0.778
    html-dnn-cme-temporal-cr                      1.000     0.969     0.969   0.890   1.000    1.000    0.967
    TOTAL                                         0.944     0.755     0.745   0.550   0.697    1.000    0.747
    96 documents, 64 report pairs linked (about 11 seconds)

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-raavi-pspcl-harh-pa                      0.870     0.568     0.568   0.000   0.458    1.000    0.552
    pdf-msign-amu-viscol-md                       0.879     0.686     0.686   0.355   0.190    1.000    0.685
    docx-nikosh-uhc-bonna-bd                      0.952     0.693     0.693   0.789   1.000    1.000    0.676
    html-umbraco-wuc-water-bw                     1.000     0.935     0.935   1.000   1.000    1.000    0.932
    eml-rediffmail-beo-ghurnibatya-or             1.000     0.706     0.706   0.000   0.346    1.000    0.692
    pdf-coreldraw-onas-hivernage-sn               0.899     0.900     0.808   0.648   1.000    1.000    0.889
    docx-bold-typed-pyrkagia-el                   1.000     0.806     0.806   0.796   1.000    1.000    0.797
    html-dnn-cme-temporal-cr                      1.000     0.969     0.969   0.879   1.000    1.000    0.967
    TOTAL                                         0.947     0.756     0.747   0.550   0.774    1.000    0.745

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of
every ``blind*_layouts`` file): no benchmark file named Raavi, Nikosh, Rediffmail, MSign, CorelDRAW, DNN or
DotNetNuke, PSPCL, ONAS, CNAMUP, the Water Utilities Corporation, Odisha, Cyprus, Moldova, Senegal, Botswana or Costa
Rica, and none held a Gurmukhi or an Odia letter; Umbraco was named only as weighed and left aside (``blind42``,
``blind55``), "Punjabi" only as a word in a ``blind35`` bank and in ``blind37``'s note that no Gurmukhi font was at
hand for a PDF (this set's Punjabi goes in Word, which needs none), and Bengali had been printed once (``blind25``).
Before the first scored run every document was written without parsing and the gold checked against its text
(pdftotext in content order, the DOCX's XML, the pages with tags removed, both parts of the mails): every gold
heading, item and mitigation is in the text at seeds 0 and 11 (3,197 and 3,176 texts). Looking at the generated
text and documents, three slips of the writers were mended before the run measured above, none chosen from a parse:
a Cypriot amount ended on two stops ("€1,60 εκατ.." at a sentence's end, now "€1,60 εκατομμύρια"), a French amount
under two milliards took the plural (now "1,52 milliard FCFA"), and the amounts were sized to each publisher (an
upazila's medicines had cost crores of taka, a zonal ambulance station's fuel tens of millions of lei). No document
was changed after the measured run. The set is kept as a held-out measure: what the parser got wrong here is not
described, so that its failures do not guide the parser's tuning.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind62_layouts_mail as mail  # noqa: E402
import blind62_layouts_print as printed  # noqa: E402
import blind62_layouts_table as table  # noqa: E402
import blind62_layouts_web as web  # noqa: E402
import blind62_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind62_layouts_banks_east import BONNA, GHURNI, HARH, PYRKAGIA  # noqa: E402
from blind62_layouts_banks_west import HIVERNAGE, PIPELINE, TEMPORAL, VISCOL  # noqa: E402
from blind62_layouts_content import localise, numbered, roman, upper  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-raavi-pspcl-harh-pa", "docx", word.docx_raavi_pspcl_harh_pa, publisher_wording(
        [("hl", "ਸੰਖੇਪ ਜਾਣਕਾਰੀ", "highlights"), ("sit", "ਮੌਸਮ ਅਤੇ ਦਰਿਆਵਾਂ ਦੀ ਸਥਿਤੀ", "situation"),
         ("imp", "ਬਿਜਲੀ ਸਪਲਾਈ ਉੱਤੇ ਅਸਰ", "impacts"), ("ta", "ਗਰਿੱਡ ਸਬ-ਸਟੇਸ਼ਨ", None),
         ("tb", "ਟਰਾਂਸਫ਼ਾਰਮਰ ਅਤੇ ਲਾਈਨਾਂ", None), ("help", "ਖਪਤਕਾਰਾਂ ਲਈ ਸਹਾਇਤਾ", "assistance"),
         ("staff", "ਤਾਇਨਾਤ ਅਮਲਾ", "workforce"), ("money", "ਨੁਕਸਾਨ ਅਤੇ ਖ਼ਰਚਾ", "finance"), ("risks", "ਖ਼ਤਰੇ", "risks"),
         ("next", "ਅਗਲੀ ਕਾਰਵਾਈ", "next-steps")]),
        "ਹੜ੍ਹ ਸਥਿਤੀ ਰਿਪੋਰਟ ਨੰ. {n} – {org}", HARH.series, restyle=partial(localise, lang="pa")),
    Layout("pdf-msign-amu-viscol-md", "pdf", printed.pdf_msign_amu_viscol_md, publisher_wording(
        [("hl", "Informație generală", "highlights"), ("sit", "Condițiile meteorologice", "situation"),
         ("imp", "Impactul asupra activității", "impacts"), ("ta", "Apeluri și solicitări", None),
         ("tb", "Accesul la pacienți", None), ("help", "Asistența acordată populației", "assistance"),
         ("staff", "Personal și echipe", "workforce"), ("money", "Cheltuieli suplimentare", "finance"),
         ("risks", "Riscuri", "risks"), ("next", "Acțiuni planificate", "next-steps")]),
        "Notă informativă nr. {n} – {org}", VISCOL.series, risk_table=True, restyle=partial(roman, lang="md")),
    Layout("docx-nikosh-uhc-bonna-bd", "docx", table.docx_nikosh_uhc_bonna_bd, publisher_wording(
        [("hl", "সংক্ষিপ্ত বিবরণ", "highlights"), ("sit", "বন্যা ও আবহাওয়া পরিস্থিতি", "situation"),
         ("imp", "স্বাস্থ্যসেবায় প্রভাব", "impacts"), ("ta", "পানিবাহিত রোগ", None),
         ("tb", "মেডিকেল টিম ও আশ্রয়কেন্দ্র", None), ("help", "বন্যাদুর্গতদের সহায়তা", "assistance"),
         ("staff", "জনবল", "workforce"), ("money", "বরাদ্দ ও ব্যয়", "finance"), ("risks", "ঝুঁকিসমূহ", "risks"),
         ("next", "পরবর্তী পদক্ষেপ", "next-steps")]),
        "বন্যা পরিস্থিতি প্রতিবেদন নং {n} – {org}", BONNA.series, restyle=partial(numbered, lang="bd")),
    Layout("html-umbraco-wuc-water-bw", "html", web.html_umbraco_wuc_water_bw, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current situation", "situation"),
         ("imp", "Impact on customers", "impacts"), ("ta", "Pipeline repairs", None),
         ("tb", "Water bowsers and standpipes", None), ("help", "Support to customers", "assistance"),
         ("staff", "Our teams", "workforce"), ("money", "Costs", "finance"), ("risks", "Risks", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Water Supply Situation Update No. {n} – {org}", PIPELINE.series, restyle=partial(localise, lang="bw")),
    Layout("eml-rediffmail-beo-ghurnibatya-or", "eml", mail.eml_rediffmail_beo_ghurnibatya_or, publisher_wording(
        [("hl", "ସଂକ୍ଷିପ୍ତ ବିବରଣୀ", "highlights"), ("sit", "ପାଣିପାଗ ପରିସ୍ଥିତି", "situation"),
         ("imp", "ବିଦ୍ୟାଳୟ ଉପରେ ପ୍ରଭାବ", "impacts"), ("ta", "ଆଶ୍ରୟସ୍ଥଳୀ ଭାବେ ବ୍ୟବହୃତ ବିଦ୍ୟାଳୟ", None),
         ("tb", "ମଧ୍ୟାହ୍ନ ଭୋଜନ", None), ("help", "ଛାତ୍ରଛାତ୍ରୀଙ୍କ ପାଇଁ ସହାୟତା", "assistance"),
         ("staff", "ଶିକ୍ଷକ ଓ କର୍ମଚାରୀ", "workforce"), ("money", "ମରାମତି ଖର୍ଚ୍ଚ", "finance"),
         ("risks", "ବିପଦ ଆଶଙ୍କା", "risks"), ("next", "ପରବର୍ତ୍ତୀ କାର୍ଯ୍ୟକ୍ରମ", "next-steps")]),
        "ଘୂର୍ଣ୍ଣିବାତ ଦୈନିକ ରିପୋର୍ଟ ନଂ {n} – {org}", GHURNI.series, restyle=partial(numbered, lang="or")),
    Layout("pdf-coreldraw-onas-hivernage-sn", "pdf", printed.pdf_coreldraw_onas_hivernage_sn, publisher_wording(
        [("hl", "Points saillants", "highlights"), ("sit", "Situation pluviométrique", "situation"),
         ("imp", "Zones inondées et impacts", "impacts"), ("ta", "Pompage et drainage", None),
         ("tb", "Stations et réseaux", None), ("help", "Appui aux populations", "assistance"),
         ("staff", "Moyens humains et matériels", "workforce"), ("money", "Situation financière", "finance"),
         ("risks", "Risques", "risks"), ("next", "Perspectives", "next-steps")]),
        "Bulletin d'information hivernage n° {n} – {org}", HIVERNAGE.series, restyle=partial(upper, lang="sn")),
    Layout("docx-bold-typed-pyrkagia-el", "docx", word.docx_bold_typed_pyrkagia_el, publisher_wording(
        [("hl", "Γενική εικόνα", "highlights"), ("sit", "Καιρικές συνθήκες", "situation"),
         ("imp", "Επιπτώσεις", "impacts"), ("ta", "Κατάσβεση και μέτωπα", None),
         ("tb", "Εκκενώσεις κοινοτήτων", None), ("help", "Στήριξη πληγέντων", "assistance"),
         ("staff", "Δυνάμεις και μέσα", "workforce"), ("money", "Κόστος επιχείρησης", "finance"),
         ("risks", "Κίνδυνοι", "risks"), ("next", "Επόμενες ενέργειες", "next-steps")]),
        "Αναφορά Κατάστασης αρ. {n} – {org}", PYRKAGIA.series, restyle=partial(numbered, lang="el")),
    Layout("html-dnn-cme-temporal-cr", "html", web.html_dnn_cme_temporal_cr, publisher_wording(
        [("hl", "Resumen", "highlights"), ("sit", "Condiciones del tiempo", "situation"),
         ("imp", "Afectación", "impacts"), ("ta", "Albergues temporales", None), ("tb", "Red vial cantonal", None),
         ("help", "Ayuda humanitaria", "assistance"), ("staff", "Recurso humano y maquinaria", "workforce"),
         ("money", "Costos de la atención", "finance"), ("risks", "Riesgos", "risks"),
         ("next", "Próximas acciones", "next-steps")]),
        "Informe de situación N.° {n} – {org}", TEMPORAL.series, restyle=partial(localise, lang="cr")),
)  # fmt: skip


SEED_OFFSET = 6300  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
