"""Sitreps of eight more publishers in layouts nobody tuned for, a sixty-fifth blind, first-sight measure.

    python benchmarks/blind64_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixty-fifth set beside ``council_layouts.py`` … ``blind63_layouts.py``, written from what eight more publishers send
and not from what the parser expects (the parser's code was not read to write it): three of them writing in languages
no earlier set printed or printed once — Pashto and siSwati (never) and Samoan (once, for a Samoan district disaster
committee) —, the others in Spanish, Portuguese, English, French and Catalan, for Bolivia, Afghanistan, São Tomé and
Príncipe, Sierra Leone, French Polynesia, American Samoa, Andorra and Eswatini, none of them a country an earlier set
printed, each publisher a partner of a council or a regional body (municipal risk management units, the provincial
directorates of a national authority, district civil protection commissions, district health management teams,
communes' crisis cells, village mayors, parish councils' services, constituency council centres) and each in a tool or
layout no earlier set printed: the risk management units of Bolivian municipal governments in a season of forest fires
(``blind64_layouts_word``, python-docx: the "Informe técnico" to the mayor typed in Word 2019 on the municipality's
template — the logo, municipality, unit and department in the page header over a rule, "INFORME TÉCNICO" and its cite,
the routing block at a tab ("A:", "VÍA:", "DE:", each name with its post in capitals under it, "REF.:", "FECHA:"), a
double rule, each section's name typed in bold capitals after a Roman numeral and closed by ".-" ("I. RESUMEN.-"), the
summary as paragraphs, the other points a list whose arrowhead Word draws from Wingdings, "Medidas adoptadas:" in
bold; "Es cuanto informo …", "Atentamente,", the head of unit's name and post, "c.c.:" lines, initials, the address
and "Página 1 de 2" in the footer); the provincial directorates of Afghanistan's national disaster management
authority after an earthquake (the same module: the report to the provincial disaster management committee typed
right to left in Word in Bahij Nassim — the letterhead in a right-to-left table, Pashto at the right, the emblem, the
English at the left, a double rule, "ګڼه:", "نېټه:" with the Solar Hijri date, the committee with "ته!", "موضوع:",
"السلام علیکم …" and the sentence with the hour, the title and the day centred, each section's name bold and white on
the dark band of a shaded paragraph, the summary as paragraphs, the other points a right-to-left list of Word's
bullets, "نیول شوي تدابیر:" in bold; "په درنښت", the director's name and post, "کاپي:" and its list, the address and
page number in the footer; Persian digits throughout); the district civil protection commissions of São Tomé and
Príncipe in torrential rain (``blind64_layouts_print``, reportlab: the "Boletim Informativo" typed in Apache
OpenOffice Writer and exported as PDF — the emblem, "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE", the motto, the
district council and the commission over a rule, the bulletin's name, the rain, place and hour, the highlights in a
shaded, ruled box across the page, then the text in a section of two columns spread evenly as Writer spreads them,
each section's name in bold green over a thin rule, points after "•", "Medidas em curso:" in bold, a ruled box of
contacts, "Página 1 de 1"); the district health management teams of Sierra Leone in an mpox outbreak (the same
module: the daily sitrep typed in Word and printed to PDF through CutePDF Writer — the coat of arms and the ministry's
tile either side of "GOVERNMENT OF SIERRA LEONE", "MINISTRY OF HEALTH" and the DHMT, the title bold and underlined, a
ruled table of particulars, "Table 1: Key indicators" over a ruled table of figures, each section's number and name
("1.0 Highlights") in bold blue, points after "•", the challenges a ruled table "S/N | Challenge | Action taken |
Responsible" (empty cells where nothing has been done), "Prepared by:" and "Approved by:", the sitrep's name and
"Page 1 of 2" at the foot); the communes of French Polynesia when heavy rain makes the tap water unfit to drink
(``blind64_layouts_web``: the crisis cell's "point de situation" as an article of the commune's SPIP site, saved —
the ``generator`` "SPIP 4.2…", the dist templates' header, slogan in Tahitian and menu, the "arbo" breadcrumb, the
"cartouche" with date, author and title, the "chapo" ("Ia ora na," and the opening paragraph), then the text as SPIP's
typography renders it: ``<h2 class="spip">`` sections, the summary as paragraphs, ``<ul class="spip" role="list">``,
"Actions engagées :" in bold, the apostrophe "’" and a no-break space before each colon; the "ps" with telephone
numbers, "Documents joints", "Dans la même rubrique" and "Plan du site | Se connecter | Contact | RSS 2.0"); the comuns
of Andorra in a heavy snowfall (the same module: the "Comunicat" posted as news on the comú's Kentico site, saved —
ASP.NET's form with ``__CMSCsrfToken`` and ``__VIEWSTATE``, ``/CMSPages/GetResource.ashx``, the language bar, the logo
from ``/getmedia/``, ``CMSListMenu`` and ``CMSBreadCrumbs``, the news item's title, date and teaser, then the rich text:
``<h2>`` sections, the summary as paragraphs, lists, "Mesures adoptades:" in bold; "Comparteix", the aside of useful
numbers, the footer and the cookie bar); the village mayors (pulenu'u) of American Samoa after a tropical cyclone
(``blind64_layouts_mail``: the evening report to the Department of Samoan Affairs typed on an iPhone in Outlook for iOS
on the government's Exchange mailbox, HTML of one ``<div dir="ltr">`` a line and its plain text — "Talofa lava Afioga
i le Failautusi," and the sentence with the report's number, village and hour, each section's name typed in capitals
on a line of its own ("AOTELEGA"), every point after "- ", "Gaioiga ua faia:" in its risk's line with no bold;
"Faafetai tele,", the mayor's name, title and telephone, "Get Outlook for iOS"; Samoan without the macron and mostly
without the glottal stop, as most type it on a telephone); and the Tinkhundla (constituency council centres) of
Eswatini in a drought (the same module: the Inkhundla secretary's weekly report to the Regional Administrator typed
in siSwati into Kerio Connect's webmail and sent as plain text only — Kerio's headers, "Mphatsi weSifundza
loHloniphekile," and the covering sentence, each section's number and name in capitals ("1. EMAPHUZU LAMCOKA"), every
point after "* ", "Lokwentiwako:" in its risk's line; "Ngiyabonga.", the secretary's name, post, Inkhundla and
telephone, "--" and the government's disclaimer in English). Each layout is one kind of publisher; its four series
are four organisations of that kind, their content from this set's banks (``blind64_layouts_banks_landlocked``,
``blind64_layouts_banks_coast``) through the generator's churn model, printed in each publisher's conventions
(``blind64_layouts_content``). The generator's structure is the gold; the scorer and linking measure are
``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Bolivian page header, "INFORME TÉCNICO", the cite, "A:", "VÍA:", "DE:", "REF.:", "FECHA:" and their
lines, "Es cuanto informo …", "Atentamente,", name, post, "c.c.:" lines, initials, footer and page number; the Afghan
letterhead, number, date, addressee, "موضوع:" and the subject, greeting, opening sentence, title and day, "په درنښت",
name, post, "کاپي:" and its list, footer and page number; the São Tomé emblem, state, motto, council, commission,
bulletin's name, rain, place and hour, the contacts box, running header and page number; the Sierra Leonean arms and
tile, state, ministry, DHMT, title, particulars table, "Table 1: Key indicators" and its table, the challenge table's
header row, "S/N" and "Responsible" cells, "Prepared by:" and "Approved by:" with their lines, and the footer; SPIP's
header, slogan, menu, breadcrumb, date, author, title, "chapo", "ps", "Documents joints", "Dans la même rubrique" and
footer; Kentico's language bar, logo, menu, breadcrumb, title, date, teaser, "Comparteix", the previous news link, the
aside of numbers, footer and cookie bar; Outlook's and Exchange's headers, the greeting, covering sentence, "Faafetai
tele,", name, title, telephone and "Get Outlook for iOS" (both parts); Kerio's headers, the greeting, covering
sentence, "Ngiyabonga.", name, post, Inkhundla, telephone and disclaimer. Headings as printed, all level 1: the
Bolivian after their Roman numeral and closed by ".-" ("I. RESUMEN.-"), the Sierra Leonean after their number and
".0" ("1.0 Highlights"), the siSwati in capitals after their number ("1. EMAPHUZU LAMCOKA"), the Samoan in capitals
("AOTELEGA"), the French with the typographic apostrophe ("L’essentiel"), the others as they stand. Items: each
paragraph, list entry or point without its bullet, dash or asterisk ("", "•", "- ", "* "). A risk with its
mitigation is one item printed with its lead ("Medidas adoptadas:", "نیول شوي تدابیر:", "Medidas em curso:", "Actions
engagées :", "Mesures adoptades:", "Gaioiga ua faia:", "Lokwentiwako:"); in the Sierra Leonean challenge table
(``risk_table``) the item is the Challenge cell and the mitigation the Action taken cell, a risk with no mitigation an
empty cell. Keys: summary highlights, situation situation, impacts impacts, the two topic sections None, help
assistance, staff workforce, money finance, risks risks, next steps next-steps, in every publisher. Figures as
printed (``blind64_layouts_content``).

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit dd68e0c, the commit
this set was branched from, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-word2019-informe-ugr-incendios-bo        1.000     0.968     0.968   0.872   1.000    1.000    0.966
    pdf-openoffice-boletim-chuvas-st              1.000     1.000     1.000   1.000   1.000    1.000    1.000
    eml-outlook-ios-afa-pulenuu-as                1.000     1.000     1.000   0.763   1.000    1.000    1.000
    html-spip-eau-commune-pf                      1.000     1.000     1.000   0.738   1.000    1.000    1.000
    docx-bahij-andma-zalzala-af                   0.870     0.892     0.892   0.108   0.607    1.000    0.886
    pdf-cutepdf-dhmt-mpox-sl                      0.909     1.000     1.000   1.000   1.000    1.000    1.000
    html-kentico-nevada-comu-ad                   1.000     1.000     1.000   0.727   1.000    1.000    1.000
    eml-kerio-somiso-inkhundla-sz                 1.000     0.971     0.971   0.000   0.348    1.000    0.969
    TOTAL                                         0.970     0.976     0.976   0.636   0.851    1.000    0.975
    96 documents, 64 report pairs linked (about 5 seconds)

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-word2019-informe-ugr-incendios-bo        1.000     0.969     0.969   0.885   1.000    1.000    0.967
    pdf-openoffice-boletim-chuvas-st              1.000     1.000     1.000   1.000   1.000    1.000    1.000
    eml-outlook-ios-afa-pulenuu-as                1.000     1.000     1.000   0.762   1.000    1.000    1.000
    html-spip-eau-commune-pf                      1.000     1.000     1.000   0.747   1.000    1.000    1.000
    docx-bahij-andma-zalzala-af                   0.870     0.889     0.889   0.117   0.000    1.000    0.882
    pdf-cutepdf-dhmt-mpox-sl                      0.909     1.000     1.000   1.000   1.000    1.000    1.000
    html-kentico-nevada-comu-ad                   1.000     1.000     1.000   0.713   1.000    1.000    1.000
    eml-kerio-somiso-inkhundla-sz                 1.000     0.968     0.968   0.000   0.000    1.000    0.966
    TOTAL                                         0.970     0.977     0.977   0.661   0.783    1.000    0.976

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of every
``blind*_layouts`` file): no benchmark file named Pashto (``blind41`` weighed it and left it aside), siSwati, Bahij,
SPIP, Kentico, Kerio, Outlook for iOS, OpenOffice, CutePDF, Word 2019, Bolivia, Afghanistan, São Tomé, Sierra Leone,
Eswatini, French Polynesia, American Samoa or Andorra; Samoan had been printed once (``blind23``, a Samoan district
disaster committee; American Samoa's villages write it under another government), Catalan twice (a Catalan town
council and ``blind51``), and a Red Crescent provincial branch in Persian (``blind24``) is another kind of publisher
than a disaster authority's directorate. Before the first scored run every document was written without parsing and
the gold checked against its text (the DOCX's XML, pdftotext — the São Tomé pages column by column as well, since
pdftotext's reading order runs across the two columns —, the pages with tags removed, both parts of the mails): every
gold heading, item and mitigation is in the text at seeds 0 and 11 (2,887 and 2,970 texts). The documents were opened
as a person would: the Word files in LibreOffice (the Pashto right to left, in a fallback font for Bahij Nassim), the
PDFs as page images, the pages and the Samoan mail's HTML in a headless browser, the mails' plain text. Looking at
them, seven slips of the writers were mended before the run measured above, none chosen from a parse: the São Tomé
highlights' box stood over a gap the height of a paragraph, a section's name could end a column with its points in the
next, and the text filled one column only (now the box as high as its text, a name kept with its first point, the
columns spread evenly as Writer does); the Sierra Leonean key indicators had lost the percent sign of a positivity
(now the figure as its point prints it); the Bolivian "REF.:" line ran back under its label (now a hanging indent);
the Samoan mail was dated in UTC before the evening it reports on and had lost its ``Content-Language`` (now the next
morning in UTC, and the header kept); and the Samoan verb for the cyclone striking the island was a word for touching
(now "Na taia le motu e le afa"). No document was changed after the measured run. The set is kept as a held-out
measure: what the parser got wrong here is not described, so that its failures do not guide the parser's tuning.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind64_layouts_mail as mail  # noqa: E402
import blind64_layouts_print as printed  # noqa: E402
import blind64_layouts_web as web  # noqa: E402
import blind64_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind64_layouts_banks_coast import AFA, CHUVAS, EAU, MPOX  # noqa: E402
from blind64_layouts_banks_landlocked import INCENDIOS, NEVADA, SOMISO, ZALZALA  # noqa: E402
from blind64_layouts_content import (  # noqa: E402
    apostrophes,
    decimal,
    localise,
    numbered_upper,
    pashto,
    roman_upper,
    upper,
)
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-word2019-informe-ugr-incendios-bo", "docx", word.docx_word2019_informe_ugr_incendios_bo,
           publisher_wording(
        [("hl", "Resumen", "highlights"), ("sit", "Situación actual", "situation"), ("imp", "Afectaciones", "impacts"),
         ("ta", "Focos de calor e incendios activos", None), ("tb", "Comunidades evacuadas", None),
         ("help", "Asistencia humanitaria", "assistance"), ("staff", "Personal y equipos", "workforce"),
         ("money", "Gastos", "finance"), ("risks", "Riesgos", "risks"), ("next", "Acciones a seguir", "next-steps")]),
        "Informe de situación N° {n} – Incendios forestales – {org}", INCENDIOS.series,
        restyle=partial(roman_upper, lang="bo")),
    Layout("pdf-openoffice-boletim-chuvas-st", "pdf", printed.pdf_openoffice_boletim_chuvas_st, publisher_wording(
        [("hl", "Destaques", "highlights"), ("sit", "Situação meteorológica", "situation"),
         ("imp", "Impactos nas comunidades", "impacts"), ("ta", "Deslizamentos de terras", None),
         ("tb", "Famílias desalojadas", None), ("help", "Apoio às populações", "assistance"),
         ("staff", "Meios empenhados", "workforce"), ("money", "Custos", "finance"), ("risks", "Riscos", "risks"),
         ("next", "Próximas ações", "next-steps")]),
        "Boletim Informativo n.º {n} – {org}", CHUVAS.series, restyle=partial(localise, lang="st")),
    Layout("eml-outlook-ios-afa-pulenuu-as", "eml", mail.eml_outlook_ios_afa_pulenuu_as, publisher_wording(
        [("hl", "Aotelega", "highlights"), ("sit", "Tulaga o le tau", "situation"), ("imp", "Aafiaga", "impacts"),
         ("ta", "Auala ma alalaupapa", None), ("tb", "Nofoaga e sulufai ai", None),
         ("help", "Fesoasoani i aiga", "assistance"), ("staff", "Tagata faigaluega", "workforce"),
         ("money", "Tupe faaalu", "finance"), ("risks", "Lamatiaga", "risks"), ("next", "Isi laasaga", "next-steps")]),
        "Lipoti o le Tulaga #{n} – {org}", AFA.series, restyle=partial(upper, lang="sm")),
    Layout("html-spip-eau-commune-pf", "html", web.html_spip_eau_commune_pf, publisher_wording(
        [("hl", "L'essentiel", "highlights"), ("sit", "Situation météorologique", "situation"),
         ("imp", "Qualité de l'eau distribuée", "impacts"), ("ta", "Réseau d'eau potable", None),
         ("tb", "Distribution d'eau en bouteilles", None), ("help", "Aide aux administrés", "assistance"),
         ("staff", "Moyens mobilisés", "workforce"), ("money", "Coûts", "finance"), ("risks", "Risques", "risks"),
         ("next", "Prochaines étapes", "next-steps")]),
        "Eau non potable : point de situation n° {n} – {org}", EAU.series, restyle=partial(apostrophes, lang="pf")),
    Layout("docx-bahij-andma-zalzala-af", "docx", word.docx_bahij_andma_zalzala_af, publisher_wording(
        [("hl", "لنډیز", "highlights"), ("sit", "د سیمې اوسنی وضعیت", "situation"),
         ("imp", "مرګ ژوبله او زیانونه", "impacts"), ("ta", "لټون او ژغورنه", None), ("tb", "روغتیایي خدمتونه", None),
         ("help", "له زیانمنو سره مرسته", "assistance"), ("staff", "بشري ځواک", "workforce"),
         ("money", "لګښتونه", "finance"), ("risks", "خطرونه", "risks"), ("next", "راتلونکي ګامونه", "next-steps")]),
        "د زلزلې د وضعیت راپور ګڼه {n} – {org}", ZALZALA.series, restyle=partial(pashto, lang="ps")),
    Layout("pdf-cutepdf-dhmt-mpox-sl", "pdf", printed.pdf_cutepdf_dhmt_mpox_sl, publisher_wording(
        [("hl", "Highlights", "highlights"), ("sit", "Epidemiological situation", "situation"),
         ("imp", "Impact on health services", "impacts"), ("ta", "Case management and isolation", None),
         ("tb", "Contact tracing and vaccination", None), ("help", "Psychosocial and nutrition support", "assistance"),
         ("staff", "Human resources", "workforce"), ("money", "Funding", "finance"), ("risks", "Challenges", "risks"),
         ("next", "Next steps", "next-steps")]),
        "Mpox outbreak situation report No. {n} – {org}", MPOX.series, risk_table=True,
        restyle=partial(decimal, lang="sl")),
    Layout("html-kentico-nevada-comu-ad", "html", web.html_kentico_nevada_comu_ad, publisher_wording(
        [("hl", "Resum", "highlights"), ("sit", "Situació meteorològica", "situation"),
         ("imp", "Afectacions", "impacts"), ("ta", "Xarxa viària i neteja de neu", None),
         ("tb", "Risc d'allaus", None), ("help", "Atenció a la població", "assistance"),
         ("staff", "Mitjans humans i materials", "workforce"), ("money", "Despeses", "finance"),
         ("risks", "Riscos", "risks"), ("next", "Properes actuacions", "next-steps")]),
        "Comunicat núm. {n} – Nevada – {org}", NEVADA.series, restyle=partial(localise, lang="ad")),
    Layout("eml-kerio-somiso-inkhundla-sz", "eml", mail.eml_kerio_somiso_inkhundla_sz, publisher_wording(
        [("hl", "Emaphuzu lamcoka", "highlights"), ("sit", "Simo selitulu nemanti", "situation"),
         ("imp", "Umtselela ebantfwini", "impacts"), ("ta", "Emanti ekunwa", None), ("tb", "Tifuyo netilimo", None),
         ("help", "Lusito lolunikwe imindeni", "assistance"), ("staff", "Basebenti", "workforce"),
         ("money", "Timali", "finance"), ("risks", "Tingoti", "risks"), ("next", "Lokutawentiwa", "next-steps")]),
        "Umbiko wesomiso nombolo {n} – {org}", SOMISO.series, restyle=partial(numbered_upper, lang="ss")),
)  # fmt: skip


SEED_OFFSET = 6500  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
