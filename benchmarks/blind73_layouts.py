"""Sitreps of eight more publishers in layouts nobody tuned for, a seventy-fourth blind, first-sight measure.

    python benchmarks/blind73_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A seventy-fourth set beside ``council_layouts.py`` … ``blind72_layouts.py``, written from what eight more publishers
send and not from what the parser expects (the parser's code was not read to write it), in Spain, the Himalaya, Greece,
the Pacific, the Alps, the Indian Ocean, Mindanao and South America: one of them writing in a language no earlier set
printed — Chavacano, the Spanish creole of Zamboanga —, the others in Valencian, English, Greek, Italian, French and
Spanish, for l'Horta Sud, western and northern Bhutan, Thessaly, Tuvalu, Trentino, Mayotte, Zamboanga City and the
Biobío province, none of them a province, region or country an earlier set printed as a publisher's seat, each publisher
a partner of a council or a regional body (municipalities with the Generalitat's emergency centre, dzongkhag
administrations with the department of disaster management, municipalities with the region's civil protection and
veterinary directorates, island councils with the national disaster management office, comuni with the autonomous
province's civil protection, communes with the prefecture, barangays with the city disaster office, communes with the
regional directorate of the national disaster service) and each in a tool or layout no earlier set printed: the
municipalities of l'Horta Sud after a flash flood (``blind73_layouts_word``: the "informe de situació" written out
through PHPWord by the town hall's emergency register — the town hall in the page header, the title, a table of
particulars, then a borderless table whose left margin column holds each section's name in bold blue and whose right
column holds its points after "— ", "Mesures adoptades:" in bold; place and date, the mayor, "Document signat
electrònicament", the CSV line and "Pàgina 1 de 2" in the footer); the dzongkhag administrations of Bhutan under a
glacial lake outburst flood alert (the same module: the letter typed in Word 2011 for Mac — the letterhead in Dzongkha
and English in the page header, "Ref. No." and "Dated:", "To," and the addressee, "Subject:", "Sir,", each section's
number and name in capitals bold and underlined ("1. GENERAL SITUATION"), points numbered "(i)", "(ii)", "Mitigation
measures:" in bold; "Tashi Delek.", "Yours sincerely,", the Dzongdag, "Prepared by:", "Copy to:", "Page 1 of 2"); the
municipalities of Thessaly in an outbreak of sheep and goat pox (``blind73_layouts_print``: the "ενημερωτικό σημείωμα"
in two columns saved as PDF from the Greek Word — the letterhead, "Αριθ. Πρωτ.:", "ΠΡΟΣ:", "ΚΟΙΝ.:", "ΘΕΜΑ:" over a rule
on the first page, each section's Greek numeral letter and name bold in blue ("Α. Γενική εικόνα"), points after "•",
"Μέτρα που ελήφθησαν:" in bold; the mayor, "Εσωτερική διανομή:", the page header from the second page, "Σελίδα 1 από
2"); the island councils of Tuvalu in a drought (the same module: the report made a PDF with Sejda — the council in a
sea-blue band on every page, the title and the memo lines beside a sidebar box of cistern levels and contacts, each
section's name in white on a teal band, points after "•", "Response:" in bold; "Fakafetai lasi.", "Prepared by:" and
"Approved by:", "Page 1 of 2"); the comuni of the Val di Sole and the Val Rendena after a windstorm
(``blind73_layouts_web``: the "aggiornamento" as a notice of the comune's ComunWEB site, saved — skip links, the
province's top bar, arms, menu, search, breadcrumb, title, subtitle, "Data:", the side index "Indice della pagina"
repeating the section names, ``<h3>`` sections with lists, "Misure adottate:" in bold, "Ultimo aggiornamento", the
rating, contacts and footer); the communes of Mayotte after a cyclone (the same module: the "point de situation" as a
page of the commune's e-monsite site, saved — banner, menu, breadcrumb, title, "Le …", each section's name in capitals
bold and underlined in a paragraph ("BILAN GÉNÉRAL"), points typed after "- ", "Mesures prises :" in bold; the mayor,
the share links, comments, "Dans la même rubrique" and "Créer un site internet avec e-monsite"); the barangays of
Zamboanga City in rotating brownouts (``blind73_layouts_mail``: the situation report in Chavacano sent from Mailspring,
HTML in ``<div>`` lines and the plain text — "Buenas tardes, Sir/Ma'am:" and the covering sentence, each section's
letter and name in bold ("A. Resumen"), points numbered "1. ", "Cosa ya hace:" in bold; the thanks, the punong
barangay's signature and "Sent from Mailspring"); and the communes of the Biobío province in forest fires
(``blind73_layouts_text``: the report kept in Zettlr and sent as Markdown — the YAML front matter, the title after "# ",
a table of particulars, rules, each section's number and name after "## " ("1. Resumen"), points after "- ", "**Acciones
realizadas:**"; the director, "V°B°", "Distribución:" and the note on the ALFA report). Each layout is one kind of
publisher; its four series are four organisations of that kind, their content from this set's banks
(``blind73_layouts_banks_east``, ``blind73_layouts_banks_west``) through the generator's churn model, printed in each
publisher's conventions (``blind73_layouts_content``). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Valencian page header, title, subtitle, the table of particulars, place and date, the mayor's post and
name, "Document signat electrònicament", the CSV line and the page number; the Bhutanese letterhead, "Ref. No." and
"Dated:", the addressee, "Subject:", "Sir," and the covering sentence, "Tashi Delek.", "Yours sincerely,", the
Dzongdag's name and post, "Prepared by:", "Copy to:" and its lines, the page number; the Greek letterhead, place and
date, "Αριθ. Πρωτ.:", "ΠΡΟΣ:", "ΚΟΙΝ.:", "ΘΕΜΑ:", the mayor, "Εσωτερική διανομή:" and its lines, the page header and
footer; the Tuvaluan band, title, memo lines and "Talofa" sentence, the sidebar box, "Fakafetai lasi.", "Prepared
by:" and "Approved by:" with their officers, the page number; ComunWEB's skip links, top bar, arms, menu, search,
breadcrumb, title, subtitle, "Data:", the side index (its heading and links), "Ultimo aggiornamento", rating,
contacts (their headings included) and footer; e-monsite's banner, menu, breadcrumb, title, date, opening sentence,
the mayor, share links, comments, the side column and footer; the Zamboanga mail's headers, greeting, covering
sentence, the thanks, the signature's lines and "Sent from Mailspring" (both parts); the Biobío file's front matter,
title, table of particulars, rules, the director, post, commune, "V°B°", "Distribución:" and the closing note.
Headings as printed, all level 1: the Bhutanese, Greek, Zamboanga and Biobío headings with their mark ("1. GENERAL
SITUATION", "Α. Γενική εικόνα", "A. Resumen", "1. Resumen"), the Mayotte headings in their capitals, the others as
they stand (the Biobío heading without its "## "). Items: each paragraph, list entry or cell paragraph without its
bullet, dash or number ("— ", "(i)", "•", "- ", "1. ", the list markers), its wrapped lines joined. A risk with its
mitigation is one item printed with its lead ("Mesures adoptades:", "Mitigation measures:", "Μέτρα που ελήφθησαν:",
"Response:", "Misure adottate:", "Mesures prises :", "Cosa ya hace:", "Acciones realizadas:", the Markdown's
asterisks not part of it). Keys: summary highlights, situation situation, impacts impacts, the two topic sections
None, help assistance, staff workforce, money finance, risks risks, next steps next-steps, in every publisher.
Figures as printed (``blind73_layouts_content``).

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of every
``blind*_layouts`` file, those of the council, unseen, fresh and publisher layouts, and the organisations of their
banks): no benchmark file held Chavacano or Valencian, nor PHPWord, Word 2011, Sejda, ComunWEB, e-monsite, Mailspring or
Zettlr, nor l'Horta Sud (Paiporta, Catarroja, Alfafar, Massanassa), Bhutan, Thessaly, Tuvalu, Trentino, Mayotte,
Zamboanga or the Biobío as a publisher's seat (Catalan and Greek were printed before; Word for the web, S3WaaS, Yahoo
Mail and Iceland's Reykjanes, printed before, were left aside as tools or seats). Its figures are not written here.
It was written to be read and tuned on while ``blind72_layouts`` stays the held-out measure.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind73_layouts_mail as mail  # noqa: E402
import blind73_layouts_print as printed  # noqa: E402
import blind73_layouts_text as text  # noqa: E402
import blind73_layouts_web as web  # noqa: E402
import blind73_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind73_layouts_banks_east import BROWNOUT, CYCLONE, GLOF, MAVAE  # noqa: E402
from blind73_layouts_banks_west import EVLOGIA, INCENDIO, MALTEMPO, RIUADA  # noqa: E402
from blind73_layouts_content import letters, localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-phpword-margin-riuada-ajuntament-va", "docx", word.docx_phpword_riuada_ajuntament_va,
        publisher_wording(
        [("hl", "Resum", "highlights"), ("sit", "Situació meteorològica", "situation"),
         ("imp", "Danys i afeccions", "impacts"), ("ta", "Vehicles i neteja viària", None),
         ("tb", "Aigua i electricitat", None), ("help", "Atenció a la ciutadania", "assistance"),
         ("staff", "Mitjans humans", "workforce"), ("money", "Despeses", "finance"), ("risks", "Riscos", "risks"),
         ("next", "Pròximes actuacions", "next-steps")]),
        "Informe de situació núm. {n} – {org}", RIUADA.series, restyle=partial(localise, lang="va")),
    Layout("docx-word2011-glof-dzongkhag-bt", "docx", word.docx_word2011_glof_dzongkhag_bt, publisher_wording(
        [("hl", "General Situation", "highlights"), ("sit", "Hydro-meteorological Situation", "situation"),
         ("imp", "Damages and Losses", "impacts"), ("ta", "Evacuation and Relief Camps", None),
         ("tb", "Power and Water Supply", None), ("help", "Relief and Assistance", "assistance"),
         ("staff", "Manpower Deployed", "workforce"), ("money", "Budget and Expenditure", "finance"),
         ("risks", "Risks", "risks"), ("next", "Way Forward", "next-steps")]),
        "Situation Report No. {n} – {org}", GLOF.series,
        restyle=partial(letters, lang="bt", marks="number", upper=True)),
    Layout("pdf-wordgr-twocol-evlogia-dimos-gr", "pdf", printed.pdf_wordgr_evlogia_dimos_gr, publisher_wording(
        [("hl", "Γενική εικόνα", "highlights"), ("sit", "Επιδημιολογική κατάσταση", "situation"),
         ("imp", "Επιπτώσεις", "impacts"), ("ta", "Μέτρα περιορισμού", None), ("tb", "Θανατώσεις και ταφές", None),
         ("help", "Στήριξη κτηνοτρόφων", "assistance"), ("staff", "Ανθρώπινο δυναμικό", "workforce"),
         ("money", "Οικονομικά", "finance"), ("risks", "Κίνδυνοι", "risks"),
         ("next", "Επόμενες ενέργειες", "next-steps")]),
        "Ενημέρωση {n} – {org}", EVLOGIA.series, restyle=partial(letters, lang="el", marks="greek")),
    Layout("pdf-sejda-bands-mavae-kaupule-tv", "pdf", printed.pdf_sejda_mavae_kaupule_tv, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Rainfall and water storage", "situation"),
         ("imp", "Effects on the community", "impacts"), ("ta", "Desalination and school", None),
         ("tb", "Shipping and household tanks", None), ("help", "Help to households", "assistance"),
         ("staff", "Kaupule staff and volunteers", "workforce"), ("money", "Costs", "finance"),
         ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Drought situation report No. {n} – {org}", MAVAE.series, restyle=partial(localise, lang="tv")),
    Layout("html-comunweb-maltempo-comune-tn", "html", web.html_comunweb_maltempo_comune_tn, publisher_wording(
        [("hl", "In sintesi", "highlights"), ("sit", "Situazione meteo e viabilità", "situation"),
         ("imp", "Danni", "impacts"), ("ta", "Frazioni isolate", None), ("tb", "Luce e acqua", None),
         ("help", "Assistenza alla popolazione", "assistance"), ("staff", "Forze in campo", "workforce"),
         ("money", "Spese", "finance"), ("risks", "Rischi", "risks"), ("next", "Prossimi passi", "next-steps")]),
        "Maltempo: aggiornamento n. {n} – {org}", MALTEMPO.series, restyle=partial(localise, lang="it")),
    Layout("html-emonsite-cyclone-commune-mayotte", "html", web.html_emonsite_cyclone_commune_yt, publisher_wording(
        [("hl", "Bilan général", "highlights"), ("sit", "Situation météo et réseaux", "situation"),
         ("imp", "Dégâts", "impacts"), ("ta", "Centres d'accueil", None), ("tb", "Eau potable", None),
         ("help", "Aide aux familles", "assistance"), ("staff", "Moyens engagés", "workforce"),
         ("money", "Dépenses", "finance"), ("risks", "Risques", "risks"), ("next", "Prochaines étapes", "next-steps")]),
        "Cyclone – point de situation n° {n} – {org}", CYCLONE.series,
        restyle=partial(letters, lang="yt", marks="none", upper=True)),
    Layout("eml-mailspring-brownout-barangay-zamboanga", "eml", mail.eml_mailspring_brownout_barangay_zc,
        publisher_wording(
        [("hl", "Resumen", "highlights"), ("sit", "Situacion del corriente", "situation"),
         ("imp", "Efecto na comunidad", "impacts"), ("ta", "Salud", None), ("tb", "Agua y escuela", None),
         ("help", "Ayuda na residente", "assistance"), ("staff", "Personal del barangay", "workforce"),
         ("money", "Gasto", "finance"), ("risks", "Maga riesgo", "risks"), ("next", "Cosa ay hace pa", "next-steps")]),
        "Situation Report No. {n} – {org}", BROWNOUT.series, restyle=partial(letters, lang="cbk", marks="latin")),
    Layout("md-zettlr-incendio-comuna-cl", "md", text.md_zettlr_incendio_comuna_cl, publisher_wording(
        [("hl", "Resumen", "highlights"), ("sit", "Situación del incendio", "situation"),
         ("imp", "Afectación", "impacts"), ("ta", "Albergues", None), ("tb", "Agua y electricidad", None),
         ("help", "Ayuda a las familias", "assistance"), ("staff", "Recursos humanos", "workforce"),
         ("money", "Gastos", "finance"), ("risks", "Riesgos", "risks"), ("next", "Próximos pasos", "next-steps")]),
        "Informe de situación N° {n} – {org}", INCENDIO.series, restyle=partial(letters, lang="cl", marks="number")),
)  # fmt: skip


SEED_OFFSET = 7400  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=44)


if __name__ == "__main__":
    main()
