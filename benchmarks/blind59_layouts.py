"""Sitreps of eight more publishers in layouts nobody tuned for, a sixtieth blind, first-sight measure.

    python benchmarks/blind59_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixtieth set beside ``council_layouts.py`` … ``blind58_layouts.py``, written from what eight more publishers send
and not from what the parser expects (the parser's code was not read to write it): four of them writing in
languages printed at most once before — Armenian, Georgian, Croatian and Maltese — and four in English, of sectors
no set had printed (a coast guard, forestry agencies, the probation service, a postal corporation), each in a tool
or template no earlier set printed: Armenian regional administrations in a winter of snowstorms
(``blind59_layouts_web``: the daily "Տեղեկատվություն" on the marzpetaran's 1C-Bitrix site saved from the browser —
the top bar with the hotline and languages, the arms and the administration's name, the menu, ``bx-breadcrumb``,
``<h1>``, date and time, picture, an opening paragraph, each section a bold paragraph, lists, "Ձեռնարկված միջոցներ՝"
in bold, the department's line in italics, views and "Կիսվել", "Այլ նորություններ" and the footer); Australian
state forestry agencies in a bushfire season (the same module: the "Bushfire update" page on Squiz Matrix — skip
link, the Triple Zero banner, logo and search, menu, breadcrumb, ``<h1>`` and "Last updated", the highlights in a
callout box, ``<h2>`` sections, "Controls:" in bold, "Related links", "Was this page helpful?", the Acknowledgement
of Country and the footer); Energo-Pro Georgia's regions after heavy snow (``blind59_layouts_mail``: the outage
newsletter from Salesforce Marketing Cloud — preheader, "იხილეთ ბრაუზერში", the logo band, title and date,
"ძვირფასო აბონენტო," and a line, ``<h2>`` sections, "მიღებული ზომები:" in bold, "გმადლობთ მოთმინებისთვის!",
"პატივისცემით,", the hotline band, icons and the footer "ეს წერილი გამოგზავნილია:", in both parts); PHLPost's area
offices after a typhoon (the same module: a memorandum typed in SquirrelMail and sent as plain text — "MEMORANDUM",
"FOR :", "THRU :", "FROM :", "SUBJECT :", "DATE :", a rule, "Respectfully submitted …", sections in capitals after a
Roman numeral "I. HIGHLIGHTS", points lettered "a.", "Action taken:" in the line, "For the information of the
Postmaster General.", the director's name and post, the confidentiality notice); Hrvatske vode's water management
departments in a flood defence (``blind59_layouts_print``, reportlab: the PDF of a Word letter — "HRVATSKE VODE"
and the department beside the logo, "KLASA:", "URBROJ:", place and date, the ministry on the right, "PREDMET:",
"Poštovani,", an opening sentence, bold sections "1. Sažetak", points after "–", "Poduzete mjere:" in bold, "S
poštovanjem,", the head of flood defence, "M.P.", "Dostaviti:" and its list, the OIB footer and "Stranica 1 od 2");
the Canadian Coast Guard's regions in an oil spill (the same module: the bilingual Government of Canada template —
"Fisheries and Oceans Canada / Pêches et Océans Canada", "Canadian Coast Guard / Garde côtière canadienne",
"UNCLASSIFIED / NON CLASSIFIÉ" at the top and foot of every page, the title in English and French, a table of
particulars, bold sections over a red rule, bullets, "Actions:" in bold, "Approved by:", the "Canada" wordmark and
"Page 1 of 2"); districts of Malta's Water Services Corporation in a summer of water cuts (``blind59_layouts_word``,
python-docx: the header with logo and the corporation's Maltese and English names, the "Title", a table of
particulars, "Heading 1" sections, "List Bullet" points, "Miżuri meħuda:" in bold, the contact line in italics and
"Paġna 1 minn 2"); and the Probation Service's regions after a national IT outage (the same module: the business
continuity SITREP on HMPPS's template — "OFFICIAL-SENSITIVE" in the header and footer, the crest and "HM Prison &
Probation Service", the title, a table of particulars with the RAG status, bold sections typed "1. Summary", bullets,
"Mitigation:" in bold, "Completed by:", "Distribution:", the handling note and "Page 1 of 2"). Each layout is one
kind of publisher; its four series are four organisations of that kind, their content from this set's banks
(``blind59_layouts_banks_away``, ``blind59_layouts_banks_home``) through the generator's churn model, printed in each
publisher's conventions (``blind59_layouts_content``). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — Bitrix's bars, menu, breadcrumb, title, date, picture, opening paragraph, department's line, views,
share line, side list and footer; Squiz's skip link, banner, header, menu, breadcrumb, title, "Last updated",
related links, feedback, acknowledgement and footer; Marketing Cloud's preheader, browser line, band, title, date,
greeting and its line, thanks, "პატივისცემით," and signature, hotline band, icons and footer (both parts); the
memorandum's heading block, rule, "Respectfully submitted …", closing line, name, post and notice; the Croatian
letterhead, KLASA, URBROJ, place and date, addressee, "PREDMET:", "Poštovani,", opening sentence, "S poštovanjem,",
signer, "M.P.", "Dostaviti:" and its list and footer; the Canadian markings, signatures, titles, particulars,
"Approved by:" and footer; the Maltese header, title, particulars, contact line and footer; the probation markings,
masthead, title, particulars, "Completed by:", "Distribution:", handling note and footer. Headings as printed, all
level 1: the Croatian and probation after their number ("1. Sažetak", "1. Summary"), the Philippine in capitals
after their numeral ("I. HIGHLIGHTS"). Items: each paragraph, line or point without its bullet, dash or letter
("a."). A risk with its mitigation is one item printed with its lead ("Ձեռնարկված միջոցներ՝", "მიღებული ზომები:",
"Poduzete mjere:", "Miżuri meħuda:", "Actions:", "Controls:", "Mitigation:", "Action taken:"). Keys: summary
highlights, situation situation, impacts impacts, the two topic sections None, help assistance, staff workforce,
money finance, risks risks, next steps next-steps, in every publisher. Figures as printed
(``blind59_layouts_content``).

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit e9579e9, the commit
this set was branched from, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    html-bitrix-marzpetaran-dzyun-hy              1.000     0.941     0.941   0.781   1.000    1.000    0.937
    eml-salesforce-energo-tovli-ka                1.000     1.000     1.000   0.662   1.000    1.000    0.991
    pdf-hrvatske-vode-klasa-poplave-hr            0.870     0.891     0.891   0.665   1.000    1.000    0.887
    docx-wsc-ilma-mt                              1.000     1.000     1.000   0.856   1.000    1.000    1.000
    pdf-ccg-bilingual-oil-spill-ca                0.952     0.838     0.838   0.680   1.000    1.000    0.831
    html-squiz-forest-fire-au                     1.000     1.000     1.000   0.719   1.000    1.000    1.000
    docx-probation-sitrep-official-uk             1.000     0.970     0.970   0.729   1.000    1.000    0.969
    eml-squirrelmail-phlpost-typhoon-ph           0.000     0.000     0.000     nan   0.000      nan    0.000
    TOTAL                                         0.909     0.878     0.878   0.727   0.889    1.000    0.873
    96 documents, 64 report pairs linked (about 5 seconds)

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    html-bitrix-marzpetaran-dzyun-hy              1.000     0.942     0.942   0.745   1.000    1.000    0.938
    eml-salesforce-energo-tovli-ka                1.000     1.000     1.000   0.629   1.000    1.000    1.000
    pdf-hrvatske-vode-klasa-poplave-hr            0.870     0.887     0.887   0.658   1.000    1.000    0.881
    docx-wsc-ilma-mt                              1.000     1.000     1.000   0.878   1.000    1.000    1.000
    pdf-ccg-bilingual-oil-spill-ca                0.952     0.837     0.837   0.632   1.000    1.000    0.830
    html-squiz-forest-fire-au                     1.000     1.000     1.000   0.745   1.000    1.000    1.000
    docx-probation-sitrep-official-uk             1.000     0.969     0.969   0.777   1.000    1.000    0.967
    eml-squirrelmail-phlpost-typhoon-ph           0.000     0.000     0.000     nan   0.000      nan    0.000
    TOTAL                                         0.909     0.878     0.878   0.723   0.886    1.000    0.875

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of
every ``blind*_layouts`` file): no benchmark file named 1C-Bitrix, Squiz Matrix, Salesforce Marketing Cloud,
SquirrelMail, KLASA and URBROJ, Hrvatske vode, Energo-Pro, the Water Services Corporation, Fisheries and Oceans or
PHLPost, and no set had a coast guard, forestry agencies, the probation service or a postal corporation as publisher.
Armenian, Georgian, Croatian and Maltese had each been printed in one set before. After the first run the gold was
checked against each document's text (pdftotext, python-docx, the pages and the mails' HTML and plain text with
tags removed): every gold heading, item and mitigation is in the text at seeds 0 and 11 (2,465 and 2,451 texts).
One generator slip was mended after the first run and before these figures: the Croatian letter's opening sentence
cut the department's name in the middle of a word (furniture; no gold text changed). No document was shaped to the
parser.

Failure classes seen at first sight (``-v``, seeds 0 and 11):

- A memorandum's heading block lined up with spaces before its colons ("FOR     : …", "THRU    : …", "FROM    :
  …", "SUBJECT : …", "DATE    : …") in a plain-text mail is taken for a quoted message's header: the parse keeps
  one item under no heading ("THRU : THE ASSISTANT POSTMASTER GENERAL FOR OPERATIONS") and drops everything below
  it, every section of the report included (PHLPost, 0.000 everywhere).
- What comes before the first section is read as structure. A letterhead's bold name, the addressee and the subject
  become headings and the lines under them their items: "HRVATSKE VODE" over "pravna osoba za upravljanje vodama
  VODNOGOSPODARSKI ODJEL …" and "KLASA: 325-08/26-01/01"; "MINISTARSTVO GOSPODARSTVA"; "PREDMET: Izvješće o stanju
  obrane od poplava br. 1 – dostavlja se" over "Poštovani," and the opening sentence; the Canadian title
  "Environmental Response – Incident Situation Report" (keyed situation) over its French line "Intervention
  environnementale – Rapport de situation". Drawn header and footer text is kept as items under no heading: "Fisheries
  and Oceans Pêches et Océans", "Canadian Coast Guard", "Garde côtière canadienne" and the "Canada" wordmark (twice a
  document). The Bitrix page's opening paragraph is an item under no heading ("Շիրակի մարզպետարանը տեղեկացնում է …").
- What comes after the last section is kept as its item where it is not a known closing: the Armenian department's
  italic line "Մարզպետարանի հասարակայնության հետ կապերի բաժին" and the probation "Completed by: Sarah Whitfield,
  Head of Operations, North West" are items of the last section ("Հետագա քայլեր", "10. Next steps").
- Keys: weather sections are keyed forecast ("Fire weather", "Weather and on-scene conditions", "Եղանակային
  պայմաններ", "2. Hidrometeorološka situacija"); "Forest closures" impacts, "4. Stanje nasipa" situation,
  "Containment and recovery" recovery, "Public and Indigenous engagement" communications, "Resources on scene"
  guidance, "7. Angažirane snage" response; Georgian "ამინდის პირობები", "ინფორმაცია აბონენტებისთვის" and "ბრიგადები"
  none; Maltese "Servizz lill-konsumaturi" and Armenian "Աջակցություն բնակչությանը" none.
- Read whole and right: Marketing Cloud's Georgian mail, the Maltese Word report and the Squiz page (item F1 1.000),
  every mitigation where the document was read (1.000, the Armenian "՝" lead included) and every figure.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind59_layouts_mail as mail  # noqa: E402
import blind59_layouts_print as printed  # noqa: E402
import blind59_layouts_web as web  # noqa: E402
import blind59_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind59_layouts_banks_away import DZYUN, ILMA, POPLAVE, TOVLI  # noqa: E402
from blind59_layouts_banks_home import FOREST, POSTAL, PROBATION, SPILL  # noqa: E402
from blind59_layouts_content import localise, numbered, roman_upper  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("html-bitrix-marzpetaran-dzyun-hy", "html", web.html_bitrix_marzpetaran_dzyun_hy, publisher_wording(
        [("hl", "Ամփոփում", "highlights"), ("sit", "Եղանակային պայմաններ", "situation"),
         ("imp", "Հետևանքներ", "impacts"), ("ta", "Ճանապարհների մաքրում", None),
         ("tb", "Կրթական հաստատություններ", None), ("help", "Աջակցություն բնակչությանը", "assistance"),
         ("staff", "Ներգրավված ուժեր", "workforce"), ("money", "Ծախսեր", "finance"),
         ("risks", "Ռիսկեր", "risks"), ("next", "Հետագա քայլեր", "next-steps")]),
        "Տեղեկատվություն {n} – {org}", DZYUN.series, restyle=partial(localise, lang="hy")),
    Layout("eml-salesforce-energo-tovli-ka", "eml", mail.eml_salesforce_energo_tovli_ka, publisher_wording(
        [("hl", "მოკლე მიმოხილვა", "highlights"), ("sit", "ამინდის პირობები", "situation"),
         ("imp", "დაზიანებები", "impacts"), ("ta", "აღდგენითი სამუშაოები", None),
         ("tb", "სარეზერვო კვება", None), ("help", "ინფორმაცია აბონენტებისთვის", "assistance"),
         ("staff", "ბრიგადები", "workforce"), ("money", "ხარჯები", "finance"),
         ("risks", "რისკები", "risks"), ("next", "შემდეგი ნაბიჯები", "next-steps")]),
        "ინფორმაცია ელექტრომომარაგების შესახებ {n} – {org}", TOVLI.series, restyle=partial(localise, lang="ka")),
    Layout("pdf-hrvatske-vode-klasa-poplave-hr", "pdf", printed.pdf_hrvatske_vode_klasa_poplave_hr, publisher_wording(
        [("hl", "Sažetak", "highlights"), ("sit", "Hidrometeorološka situacija", "situation"),
         ("imp", "Posljedice", "impacts"), ("ta", "Stanje nasipa", None),
         ("tb", "Retencije i crpne stanice", None), ("help", "Obavijesti građanima", "assistance"),
         ("staff", "Angažirane snage", "workforce"), ("money", "Troškovi", "finance"),
         ("risks", "Rizici", "risks"), ("next", "Daljnje aktivnosti", "next-steps")]),
        "Izvješće o stanju obrane od poplava {n} – {org}", POPLAVE.series, restyle=partial(numbered, lang="hr")),
    Layout("docx-wsc-ilma-mt", "docx", word.docx_wsc_ilma_mt, publisher_wording(
        [("hl", "Sommarju", "highlights"), ("sit", "Is-sitwazzjoni tal-produzzjoni", "situation"),
         ("imp", "Impatt fuq il-konsumaturi", "impacts"), ("ta", "Ġibjuni", None),
         ("tb", "Tiswijiet", None), ("help", "Servizz lill-konsumaturi", "assistance"),
         ("staff", "Ħaddiema", "workforce"), ("money", "Spejjeż", "finance"),
         ("risks", "Riskji", "risks"), ("next", "Il-passi li jmiss", "next-steps")]),
        "Rapport dwar il-provvista tal-ilma {n} – {org}", ILMA.series, restyle=partial(localise, lang="mt")),
    Layout("pdf-ccg-bilingual-oil-spill-ca", "pdf", printed.pdf_ccg_bilingual_oil_spill_ca, publisher_wording(
        [("hl", "Key points", "highlights"), ("sit", "Weather and on-scene conditions", "situation"),
         ("imp", "Environmental impacts", "impacts"), ("ta", "Containment and recovery", None),
         ("tb", "Source control", None), ("help", "Public and Indigenous engagement", "assistance"),
         ("staff", "Resources on scene", "workforce"), ("money", "Costs", "finance"),
         ("risks", "Risks and concerns", "risks"), ("next", "Planned activities", "next-steps")]),
        "Incident situation report {n} – {org}", SPILL.series, restyle=partial(localise, lang="ca")),
    Layout("html-squiz-forest-fire-au", "html", web.html_squiz_forest_fire_au, publisher_wording(
        [("hl", "At a glance", "highlights"), ("sit", "Fire weather", "situation"),
         ("imp", "Impact on state forests", "impacts"), ("ta", "Forest closures", None),
         ("tb", "Harvesting and roads", None), ("help", "Information for visitors and neighbours", "assistance"),
         ("staff", "Our firefighters", "workforce"), ("money", "Costs", "finance"),
         ("risks", "Risks", "risks"), ("next", "What happens next", "next-steps")]),
        "Bushfire update {n} – {org}", FOREST.series, restyle=partial(localise, lang="au")),
    Layout("docx-probation-sitrep-official-uk", "docx", word.docx_probation_sitrep_official_uk, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Current position", "situation"),
         ("imp", "Impact on service delivery", "impacts"), ("ta", "Approved premises and risk assessment", None),
         ("tb", "Unpaid work", None), ("help", "People on probation and victims", "assistance"),
         ("staff", "Staffing", "workforce"), ("money", "Finance", "finance"),
         ("risks", "Risks and issues", "risks"), ("next", "Next steps", "next-steps")]),
        "Business continuity SITREP {n} – {org}", PROBATION.series, restyle=partial(numbered, lang="uk")),
    Layout("eml-squirrelmail-phlpost-typhoon-ph", "eml", mail.eml_squirrelmail_phlpost_typhoon_ph, publisher_wording(
        [("hl", "Highlights", "highlights"), ("sit", "Weather situation", "situation"),
         ("imp", "Damage to postal facilities", "impacts"), ("ta", "Mail operations", None),
         ("tb", "Payment services", None), ("help", "Customer advisory", "assistance"),
         ("staff", "Personnel", "workforce"), ("money", "Cost of damage", "finance"),
         ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Typhoon situation report {n} – {org}", POSTAL.series, restyle=partial(roman_upper, lang="ph")),
)  # fmt: skip


SEED_OFFSET = 6000  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
