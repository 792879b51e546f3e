"""Sitreps of eight more publishers in layouts nobody tuned for, a sixty-seventh blind, first-sight measure.

    python benchmarks/blind66_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixty-seventh set beside ``council_layouts.py`` … ``blind65_layouts.py``, written from what eight more publishers
send and not from what the parser expects (the parser's code was not read to write it): five of them writing in
languages no earlier set printed — Kabyle, Saint Lucian Kwéyòl, Chamorro, Wolof and Sango —, the others in Spanish,
French and English, for Algeria, Saint Lucia, Guam, the Gambia, the Central African Republic, Guatemala, Djibouti and
the Marshall Islands, none of them a country an earlier set printed, each publisher a partner of a council or a
regional body (village committees working with their commune, district disaster committees with their constituency
council, village mayors' offices of the Mayors' Council, ward development committees with their area council, the
arrondissements' crisis committees with the city hall, municipal disaster reduction coordinators chaired by the
mayor, regional drought committees of the regional councils, atoll disaster committees of the local governments) and
each in a tool or layout no earlier set printed: the village committees of Kabylie in a summer of forest fires
(``blind66_layouts_word``, python-docx: the report to the head of the commune typed in Kabyle in Word 2021 on the
committee's template — the page header a borderless table of the committee's Kabyle and French names, "Tiẓi Wezzu"
and its registration with the commune over a green rule, the place and date, "Ɣer:" and "Asentel:", the title in
Word's "Title" style and its hour in italics, each section's name in Word 2021's "Heading 2", the summary as
paragraphs, the other points a list of Word's round bullet, "Ayen yettwaxedmen:" in bold; "Tanemmirt.", the
president's block, the address and "Asebter 1 seg 2" in the footer); the district disaster committees of Saint Lucia
in a spell of landslides (``blind66_layouts_print``, reportlab: the "Wapò Sitiyasyon" typed in Kwéyòl in Word with a
shaded text box down the left of the first page and printed through PrimoPDF — the committee, the title, the event,
day and hour over a yellow rule, the sidebar's emergency numbers and open shelters, each section's name in bold blue
over a thin rule, points after "►", "Sa nou ja fè:" in bold, the chair and "Paj 1 / 2" at the foot); the village
mayors' offices of Guam after a typhoon (the same module: the report typed in Chamorro on the Mayors' Council's form
and printed through PDF-XChange — the seal, "OFFICE OF THE MAYOR", the village, mayor and vice mayor over a double
rule, the title and number, a ruled row of village, date, hour and preparer, then one ruled table: each section a
shaded row across it with its number and name, each point a numbered row, the risks "# | Peligro | Ma cho'gue" (an
empty cell where nothing is done yet); "Approved:", the form's name and "Page 1 of 2"); the ward development
committees of the Gambia in a season of floods (``blind66_layouts_mail``: the secretary's evening report to the area
council's disaster focal point typed in Wolof in eM Client, HTML of ``<div>`` lines with the ``css_styles`` block and
its plain text — "Asalaa maalekum," and the covering sentence, each section's number, a parenthesis and its name in
bold ("1) Li gën a am solo"), the summary as lines, the other points a list (" * " in the plain text), "Li ñu def:"
in bold; "Jërëjëf,", name, post, ward and telephone); the arrondissements' crisis committees of Bangui in a cholera
outbreak (the same module: the health officer's weekly report to the city hall's crisis cell typed in Sango on an
Android telephone in BlueMail, ``<div dir="auto">`` lines and plain text — "Balaô Monsieur le Maire," and the covering
sentence, each section's name typed in capitals ("ÂKOTA TËNË"), the summary as lines, the other points numbered under
their section, "Ye so e sâra awe:" in the line of its risk; "Singîla mingi,", name, post, telephone and "Get BlueMail
for Android"); the municipal disaster reduction coordinators (COMRED) of Guatemala in a rainy season of landslides
(``blind66_layouts_web``: the "Informe de situación" posted in the news of the COMRED's Webnode site, saved — the
``generator`` "Webnode 2", Webnode's blocks, the header and menu, title and date, the cut-off line in bold, each
section an ``<h2>`` after its Roman numeral ("I. Resumen del evento"), the summary as paragraphs, the other points a
list, "Acciones realizadas:" in bold; "Volver", the footer, "Creado con Webnode" and the cookie bar); the regional
drought committees of Djibouti (the same module: the weekly "Point de situation" published as a blog post of the
regional council's Odoo website, saved — the ``generator`` "Odoo", the navbar, the post's cover with title and
subtitle, the author and date, one ``s_text_block`` of ``<h2>`` sections, paragraphs and lists, "Mesures prises :" in
bold; "Partager", "Lire ensuite" and the footer "Généré par Odoo"); and the atoll disaster committees of the Marshall
Islands in a drought (``blind66_layouts_text``: the weekly report to the National Disaster Management Office typed in
WordPad and saved as a text document with Windows line ends — the local government, committee and title centred with
spaces, the particulars at tabs, each section's name in capitals underlined with "=", the summary as paragraphs, the
other points lettered "(a)", "(b)", "Action taken:" in the point; the dashes, "Prepared by:", "Endorsed by:" and the
reference). Each layout is one kind of publisher; its four series are four organisations of that kind, their content
from this set's banks (``blind66_layouts_banks_africa``, ``blind66_layouts_banks_oceans``) through the generator's
churn model, printed in each publisher's conventions (``blind66_layouts_content``). The generator's structure is the
gold; the scorer and linking measure are ``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Kabylian page header, place and date, "Ɣer:" and "Asentel:" lines, title and hour, "Tanemmirt.", the
president's block and the footer; the Saint Lucian committee, partnership line, title, event line, the sidebar (its
numbers and shelters' names only), the chair and page number; the Guam seal, letterhead, title, the row of village,
date, hour and preparer, the risks' header row, the rows' numbers, "Approved:" and the signature line, the form's name
and page number; the Gambian mail's headers, greeting, covering sentence, "Jërëjëf,", name, post, ward and telephone
(both parts); the Bangui mail's headers, greeting, covering sentence, "Singîla mingi,", name, post, telephone and
"Get BlueMail for Android" (both parts); Webnode's header, menu, title, date, the cut-off line, "Volver", footer and
cookie bar; Odoo's navbar, cover, title, subtitle, author and date, "Partager", "Lire ensuite" and footer; the
Marshallese text's centred lines, particulars, dashes, "Prepared by:", "Endorsed by:" and reference. Headings as
printed, all level 1: the Chamorro after their number ("1. Mas impottånte"), the Guatemalan after their Roman numeral
("I. Resumen del evento"), the Wolof after their number and a parenthesis ("1) Li gën a am solo"), the Sango and the
Marshallese in capitals ("ÂKOTA TËNË", "SUMMARY"), the others as they stand. Items: each paragraph, list entry or
line without its bullet, number or letter ("•", "►", " * ", "1.", "(a)"), its wrapped lines joined. A risk with its
mitigation is one item printed with its lead ("Ayen yettwaxedmen:", "Sa nou ja fè:", "Li ñu def:", "Ye so e sâra
awe:", "Acciones realizadas:", "Mesures prises :", "Action taken:"); in the Guam form (``risk_table``) the item is
the Peligro cell and the mitigation the Ma cho'gue cell, a risk with no mitigation an empty cell. Keys: summary
highlights, situation situation, impacts impacts, the two topic sections None, help assistance, staff workforce,
money finance, risks risks, next steps next-steps, in every publisher. Figures as printed
(``blind66_layouts_content``).

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of every
``blind*_layouts`` file, and the organisations of their banks): no benchmark file named Kabyle, Kwéyòl, Chamorro,
Wolof, Sango, Word 2021, PrimoPDF, PDF-XChange, eM Client, BlueMail, Webnode, Odoo or WordPad, nor Algeria, Saint
Lucia, Guam, the Gambia, the Central African Republic, Guatemala, Djibouti or the Marshall Islands. The set is kept as
a held-out measure: its figures are not written here, and what the parser gets wrong on it is not described, so that
its failures do not guide the parser's tuning.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind66_layouts_mail as mail  # noqa: E402
import blind66_layouts_print as printed  # noqa: E402
import blind66_layouts_text as text  # noqa: E402
import blind66_layouts_web as web  # noqa: E402
import blind66_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind66_layouts_banks_africa import KOLERA, NDOX, SECHERESSE, TIMES  # noqa: E402
from blind66_layouts_banks_oceans import ATOLL, DESLAVE, GLISMAN, PAKYO  # noqa: E402
from blind66_layouts_content import localise, numbered, paren, roman, upper  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-word2021-aneqqis-times-dz", "docx", word.docx_word2021_aneqqis_times_dz, publisher_wording(
        [("hl", "Agzul", "highlights"), ("sit", "Tagnit tamirant", "situation"), ("imp", "Ixṣaṛen", "impacts"),
         ("ta", "Tizgwa d yigran", None), ("tb", "Aman d trisiti", None), ("help", "Tallelt i yimezdaɣ", "assistance"),
         ("staff", "Imttekkiyen", "workforce"), ("money", "Idrimen", "finance"), ("risks", "Uguren", "risks"),
         ("next", "Tigawin i d-iteddun", "next-steps")]),
        "Aneqqis n tegnit wis {n} – {org}", TIMES.series, restyle=partial(localise, lang="dz")),
    Layout("pdf-primopdf-wapo-glisman-lc", "pdf", printed.pdf_primopdf_wapo_glisman_lc, publisher_wording(
        [("hl", "Sa ki pli enpòtan", "highlights"), ("sit", "Sitiyasyon lapli-a", "situation"),
         ("imp", "Domaj", "impacts"), ("ta", "Glisman tè", None), ("tb", "Chimen épi wout", None),
         ("help", "Èd pou moun", "assistance"), ("staff", "Travayè épi volontè", "workforce"),
         ("money", "Lajan", "finance"), ("risks", "Danjé", "risks"), ("next", "Sa nou kay fè apwé", "next-steps")]),
        "Wapò Sitiyasyon No. {n} – {org}", GLISMAN.series, restyle=partial(localise, lang="lc")),
    Layout("pdf-pdfxchange-sitrep-pakyo-gu", "pdf", printed.pdf_pdfxchange_sitrep_pakyo_gu, publisher_wording(
        [("hl", "Mas impottånte", "highlights"), ("sit", "Estao i pakyo", "situation"),
         ("imp", "Daño gi songsong", "impacts"), ("ta", "Hånom yan kurente", None), ("tb", "Chalan yan hayu", None),
         ("help", "Ayudo para i taotao", "assistance"), ("staff", "Empleao yan boluntario", "workforce"),
         ("money", "Gåstu", "finance"), ("risks", "Peligro siha", "risks"),
         ("next", "Sigiente na che'cho'", "next-steps")]),
        "Ripot Situasion Pakyo {n} – {org}", PAKYO.series, risk_table=True, restyle=partial(numbered, lang="gu")),
    Layout("eml-emclient-ndox-wdc-gm", "eml", mail.eml_emclient_ndox_wdc_gm, publisher_wording(
        [("hl", "Li gën a am solo", "highlights"), ("sit", "Ni taw bi mel", "situation"),
         ("imp", "Lu ndox mi yàq", "impacts"), ("ta", "Kër yi ak yoon yi", None),
         ("tb", "Fi ñu dalal mbooloo mi", None), ("help", "Ndimbal", "assistance"),
         ("staff", "Liggéeykat yi ak volontee yi", "workforce"), ("money", "Xaalis", "finance"),
         ("risks", "Li nu ragal", "risks"), ("next", "Li nu nar a def", "next-steps")]),
        "Rapoor bu nimero {n} – {org}", NDOX.series, restyle=partial(paren, lang="gm")),
    Layout("html-webnode-informe-deslave-gt", "html", web.html_webnode_informe_deslave_gt, publisher_wording(
        [("hl", "Resumen del evento", "highlights"), ("sit", "Condiciones meteorológicas", "situation"),
         ("imp", "Daños y afectación", "impacts"), ("ta", "Deslizamientos y derrumbes", None),
         ("tb", "Albergues habilitados", None), ("help", "Atención humanitaria", "assistance"),
         ("staff", "Personal y recursos desplegados", "workforce"), ("money", "Gastos municipales", "finance"),
         ("risks", "Riesgos identificados", "risks"), ("next", "Acciones a seguir", "next-steps")]),
        "Informe de situación No. {n} – {org}", DESLAVE.series, restyle=partial(roman, lang="gt")),
    Layout("html-odoo-secheresse-region-dj", "html", web.html_odoo_secheresse_region_dj, publisher_wording(
        [("hl", "Faits saillants", "highlights"), ("sit", "Situation pluviométrique et pastorale", "situation"),
         ("imp", "Conséquences sur les populations", "impacts"), ("ta", "Points d'eau", None),
         ("tb", "Cheptel et pâturages", None), ("help", "Assistance apportée", "assistance"),
         ("staff", "Moyens humains", "workforce"), ("money", "Financement", "finance"),
         ("risks", "Risques et préoccupations", "risks"), ("next", "Prochaines étapes", "next-steps")]),
        "Point de situation n° {n} – {org}", SECHERESSE.series, restyle=partial(localise, lang="dj")),
    Layout("eml-bluemail-kolera-arrond-cf", "eml", mail.eml_bluemail_kolera_arrond_cf, publisher_wording(
        [("hl", "Âkota tënë", "highlights"), ("sit", "Kobela nî laso", "situation"),
         ("imp", "Âye so kobela nî asâra", "impacts"), ("ta", "Âda ti nganga", None), ("tb", "Ngû ti nyön", None),
         ("help", "Mungo maboko na âzo", "assistance"), ("staff", "Âzo ti kusala", "workforce"),
         ("money", "Nginza", "finance"), ("risks", "Âsioni ye so alingbi ti sï", "risks"),
         ("next", "Kusala ti pekô", "next-steps")]),
        "Rapôro ti kolera {n} – {org}", KOLERA.series, restyle=partial(upper, lang="cf")),
    Layout("txt-wordpad-drought-atoll-mh", "txt", text.txt_wordpad_drought_atoll_mh, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Rainfall and water levels", "situation"),
         ("imp", "Effects on households", "impacts"), ("ta", "Water catchments and tanks", None),
         ("tb", "Food and crops", None), ("help", "Relief distributions", "assistance"),
         ("staff", "Personnel", "workforce"), ("money", "Expenditure", "finance"), ("risks", "Concerns", "risks"),
         ("next", "Planned actions", "next-steps")]),
        "Drought Situation Report No. {n} – {org}", ATOLL.series, restyle=partial(upper, lang="mh")),
)  # fmt: skip


SEED_OFFSET = 6700  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
