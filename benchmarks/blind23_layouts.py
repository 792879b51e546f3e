"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-fourth blind, first-sight measure.

    python benchmarks/blind23_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-fourth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind22_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in eight languages no earlier set used — Chichewa,
Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen —, each layout a way real contributors' files are made
that no earlier set printed. Each layout is one kind of publisher; its four series are four organisations of that
kind, their content from phrase banks of this set (``blind23_layouts_banks_*``, run through the generator's churn
model, so items continue, change, close and appear from report to report) printed in the publisher's own conventions
for figures, dates and a mitigation's lead (``blind23_layouts_content``): a Malawian district council's civil
protection committee's flood report in Chichewa, last report's Word file edited with Track Changes on and saved as
PDF with "All Markup" showing (``blind23_layouts_markup``: the page narrowed for Word's grey markup area, the text
inserted since the last report in the reviser's red and underlined, a change bar beside each changed line, the
deleted words and whole deleted points in "Deleted: …" balloons joined to their place by dotted lines, two comments
"Commented [TB11]: …" on shaded words, the council, committee, title and changed date line, bold headings, the
situation as paragraphs, "•" points, "Njira zochepetsera:" in bold, the district commissioner, "Tsamba 1 mwa 2"); a
Nigerian state emergency management agency's Hausa flood report written in Word and printed "2 pages per sheet" to
PDF (``blind23_layouts_print``: A4 landscape sheets each holding two A4 pages at 68 %, each page with its running
header, rule and "Shafi 1 cikin 3", the state and agency centred, title and event line, dark green bold headings,
"•" points with a hanging indent, a point broken across two pages side by side, "Matakan kariya:" in bold, the
executive secretary's signature); a Samoan district disaster committee's report designed in Canva as an infographic
(``blind23_layouts_canva``: the title band, three stat circles of figures repeated from the points with captions,
rounded cards in two columns read down the left and then the right, each heading white in a coloured pill, "•"
lines of letter-spaced text objects, the layers written as a designer stacks them — panels, then every card's
points, then every heading pill brought to the front —, "Gaioiga:" in bold, the footer band); an Eastern Cape local
municipality's isiXhosa storm bulletin laid out in Word with every section in a floating text box of its own
(``blind23_layouts_word``: ``wps`` text boxes with their VML fallback, "resize to fit text", placed on the page in
two columns and all anchored in one empty paragraph of their page, the heading a bold white paragraph on the box's
coloured band, "List Bullet" points, the situation plain paragraphs, "Isisombululo:" in bold, the municipality, unit,
title and date in the body above the boxes, the hotline and "Iphepha 1 ku-2" in the footer); a Breton commune's
crisis cell's storm report saved from LibreOffice Writer as HTML (``blind23_layouts_web``: Writer's doctype,
generator and style sheet, ``<div title="header">`` and ``<div title="footer">`` with ``<sdfield type=PAGE>``, the
Title as a centred ``<p>`` of ``<font>``, a details table, the "Taolenn" index of ``__RefHeading___Toc`` links with a
tab and page number, ``<h1 class="western">`` headings with their anchors — the parent "Moioù" an itemless ``<h1>``
over two ``<h2>`` —, the situation as ``<p>``, ``<ul><li><p>`` points, "<b>Diarbenn:</b>", the mayor's lines); a
Vanuatu provincial emergency operations centre's Bislama cyclone sitrep as one message of the clusters' Mailman
plain-text digest (``blind23_layouts_mail``: the list's boilerplate, "Today's Topics:", three messages each after a
rule with its own Date / From / Subject / Message-ID lines — a question on fuel, the sitrep, a cluster lead's reply
quoting two points of the last sitrep after "> " —; in the sitrep the greeting, covering lines, title and date,
headings in capitals at Sanma and Shefa or as words underlined with "-" at Tafea and Malampa, "- " points
hard-wrapped at 72 columns with no indent, "Rod blong stretem:" plain, the sign-off and signature, "An HTML attachment
was scrubbed…", the digest footer); a Javanese village disaster group's report on Merapi evacuees kept in OneNote
and sent with its "Email Page" (``blind23_layouts_mail``: multipart/alternative of Outlook's plain text and OneNote's
HTML — ``Generator`` "Microsoft OneNote 15", the covering lines typed above the page, the page title in 20 pt
Calibri Light, its date and time in grey, outline ``<div>``s, headings OneNote's "Heading 2" as 14 pt blue ``<p>``,
``<ul type=disc>`` points, the situation as ``<p>`` lines, "Pangatasan:" in a bold span, next steps after a "To Do"
tag image of a ``multipart/related`` part, "Created with OneNote."); and a Turkmen provincial water utility's report
on a burst main kept in its Redmine wiki and downloaded with the page's "TXT" link (``blind23_layouts_text``:
Textile with CRLF ends, ``{{>toc}}``, "h1." title, a ``p(note).`` line, a ``|_. …|`` table of key figures, "h2."
headings — the parent "Serişdeler" over two "h3." —, "* " points, the situation as paragraphs with a ``<pre>`` of
the pumping station's log after them, "*Görülýän çäreler:*" in bold, ``!shema.png!`` and its italic caption, the
``{{last_updated_by}}`` macros and the history line). The generator's structure is the gold; the scorer and linking
measure are ``council_layouts.py``'s. Every organisation's name holds Latin letters that differ from the others', so
the four series of a publisher have four series ids and four contents.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the markup PDF's council, committee,
  title, date line, balloons (deletions and comments), signature and page numbers; the 2-up sheets' running headers,
  page numbers, the state, agency, title and event lines and the signature; the infographic's title band, stat
  circles and captions and footer band; the Word bulletin's municipality, unit, title and date lines and footer;
  Writer's header and footer divs, title, details table, the "Taolenn" index and the mayor's lines; everything of the
  digest but the sitrep's sections (the boilerplate, topics, message headers, the other two messages and the quoted
  points, the sitrep's greeting, covering lines, title and date lines, sign-off, signature and scrubbing note);
  OneNote's covering lines, page title, date and time, "Created with OneNote." (and the plain-text alternative, the
  same report); Redmine's macros, title, note line, key-figure table, ``<pre>`` log, image and caption, rule and
  history line.
- Text as it stands, not as it was: the markup PDF's gold is the report with every change accepted — inserted words
  kept, deleted words (in balloons) out; the letter spacing of the infographic's text is not text; the Textile
  marks "*" "_" are not text, nor the typed "- " of the digest's points, whose wrapped lines are joined.
- Headings as printed, all level 1 but "Tud ha danvez" / "Koustoù" (Breton) and "Işgärler we tehnika" /
  "Çykdajylar" (Turkmen) at level 2 under their itemless parents; the capitals of Sanma and Shefa kept ("SAMARI");
  the "-" underlines of Tafea and Malampa are not text.
- Items: each paragraph or "•" point (its wrapped lines joined, also across the two pages of a sheet), each text box
  paragraph, ``<li>``, ``<p>`` line, Textile point or paragraph, To Do line. Risks with their mitigation are one item,
  the mitigation printed with its lead: "Njira zochepetsera:", "Matakan kariya:", "Gaioiga:", "Isisombululo:",
  "Diarbenn:", "Pangatasan:" and "Görülýän çäreler:" (bold), "Rod blong stretem:" (plain); a risk printed without one
  has none. Every risk section is the generator's.
- Keys: the summary sections highlights; "Momwe zinthu zilili", "Halin da ake ciki", "Tulaga o loo i ai nei",
  "Imeko yangoku", "Stad an traoù", "Situesen naoia", "Kawontenan samenika", "Häzirki ýagdaý" situation; the weather,
  Merapi and repair outlooks forecast; the impact sections impacts; the response sections response; the staff and
  resources sections workforce; the cost sections finance; every risk heading risks; the public information sections
  communications; the next-steps sections next-steps; "Moioù" and "Serişdeler" none.
- Figures as printed in the publisher's conventions: Chichewa "1,250", "MK3,400,000", "16 Januwale"; Hausa "1,250",
  "₦3,400,000", "18 ga Agusta"; Samoan "1,250", "$3,400 tala", "16 Ianuari"; isiXhosa "1 250", "R3 400", "9 Juni";
  Breton "1 250", "12 %", "3 400 €", "16 a viz C'hwevrer"; Bislama "1,250", "VT3,400,000", "16 Maj"; Javanese
  "1.250", "Rp3.400.000", "16 Nopember"; Turkmen "1 250", "3 400 manat", "16-njy dekabr". Most figures stand after a
  colon.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b23base``, before any
change to it; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-word-markup-ny                  0.811      0.855      0.855      0.000      0.125      1.000      0.863
    pdf-print-2up-ha                    0.909      0.930      0.930      0.000      0.120      1.000      0.924
    pdf-canva-infographic-sm            0.858      0.898      0.669      0.000      0.130      0.995      0.882
    docx-textboxes-xh                   0.710      0.661      0.661      0.053      0.000      1.000      0.460
    html-writer-export-br               0.815      0.881      0.881      0.000      0.156      1.000      0.874
    eml-mailman-digest-bi               0.000      0.000      0.000        nan      0.000        nan      0.000
    eml-onenote-page-jv                 0.889      0.807      0.696      0.342      0.115      1.000      0.791
    txt-redmine-textile-tk              0.000      0.571      0.000      0.000      0.364      1.000      0.558
    TOTAL                               0.709      0.726      0.576      0.057      0.127      0.999      0.701

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-word-markup-ny                  0.808      0.856      0.856      0.000      0.179      1.000      0.861
    pdf-print-2up-ha                    0.861      0.936      0.927      0.000      0.143      1.000      0.931
    pdf-canva-infographic-sm            0.782      0.892      0.599      0.000      0.429      1.000      0.895
    docx-textboxes-xh                   1.000      1.000      1.000      0.091      0.286      1.000      1.000
    html-writer-export-br               0.815      0.874      0.874      0.000      0.368      1.000      0.867
    eml-mailman-digest-bi               0.000      0.000      0.000        nan      0.000        nan      0.000
    eml-onenote-page-jv                 0.889      0.810      0.675      0.333      0.000      1.000      0.805
    txt-redmine-textile-tk              0.000      0.586      0.000      0.000      0.323      1.000      0.574
    TOTAL                               0.732      0.759      0.592      0.062      0.212      1.000      0.755

No writer, bank or gold was changed after the first run, and the run did not crash (``_parse_or_nothing`` guards a
refusal as blind22's does; no document was refused). The documents were written without parsing them and looked at
before it (the PDFs rendered by ``pdftoppm`` and extracted by ``pdftotext``, the Word bulletin rendered through
LibreOffice, the HTML, the e-mails' decoded parts and the Textile as text). Faults fixed while looking, before the
run: the Hausa hooked letters "ɓ ɗ ƙ" and "₦" printed as empty boxes (the older Liberation Sans lacks them; the
PDFs now embed Liberation Sans 2); the 2-up report fitted on one page, so the type was set larger to run to two or
three pages as Word's would; the markup PDF's comment shading was drawn over its words; a long heading's pill on the
infographic ran into its icon; Writer's HTML escaped every apostrophe as ``&#x27;``; the Word bulletin's second page
of boxes was anchored in the paragraph holding the page break (so on the first page); the Bislama digest's third
message of a first report was a reply to itself, and a Tafea sitrep named Luganville's wharf.

Failure classes seen at first sight (``-v``, seed 0): where a report is plain HTML or plain PDF lines it is read,
and what costs is where the report is inside another document, drawn out of order, or marked up as text.
Nothing read: the Mailman digest — reading stops at the first message's "Date: …" line, as if the rest were a
quoted history, so the only heading is "Today's Topics:" and the only items the list's boilerplate, the topics and
"Message: 1" (every sitrep point missed, 0 in every column). Text boxes: the Word bulletin is read perfectly where
all its boxes stand on one page (every box, heading band and point, seed 11: 1.000), but where the boxes run onto a
second page only the last page's anchor paragraph is read — the first page's sections are lost whole (6 of 12
documents at seed 0, "headings got ['Amanyathelo alandelayo']"). Markup not read as markup: Textile is plain text
to the parser — no heading at all, "h2. Gysgaça maglumat", "{{>toc}}", "p(note). …", the table rows, "<pre>",
"!shema.png!", "_Surat 1: …_" and the history line all items of no section; the "* " points themselves are found
(item F1 0.571) with their "*Görülýän çäreler:*" marks. Balloons read as the report: every "Deleted: …" balloon
becomes a heading "Deleted" with the old text as an item (a dropped point read back in), and each comment a heading
"Commented [TB11]" over its text; the inserted words are read in place. Reading order of a designed page: the
infographic's headings are taken row by row across the two columns ("Aotelega", then the right column's "Tagata
faigaluega ma meafaigaluega", then the left column's "Tulaga o loo i ai nei" …), three or four right-hand headings
are not found at all, and their points fall under the left column's headings (right heading 0.669); the stat
circles' captions are items. Headings of plain paragraphs missed: in the OneNote page a heading followed by ``<p>``
lines ("Kawontenan samenika", "Langkah salajengipun") is read as an item of the section before, one followed by a
``<ul>`` is found. Furniture read as headings: the markup PDF's council and title lines; the 2-up pages' state,
agency and title lines; Writer's title and the details table's labels "Deiziad", "Degouezh", "Aozet gant",
"Danevell da-heul" (their values items). Furniture read as items: the 2-up running header "SEMA Jihar … – Rahoton …
Na 2", the event line; the markup PDF's committee, date line and signature; the infographic's footer band; Writer's
header line; OneNote's covering lines, page title with its date, time and "Created with OneNote.". Points split: a
Hausa point broken across the two pages of a sheet ends as two items ("… gargaɗin jama'a ta" and "rediyo."). Keys:
none for Chichewa, Hausa, Samoan, Breton or Turkmen headings; of isiXhosa only "Abasebenzi nezixhobo" (workforce); of
Javanese the forecast, impacts and response headings. Mitigations: almost none split off in any language (the column
scores the risks printed without one). Links follow the items: furniture read alike in consecutive reports is linked
to itself (211 wrong links of the Textile lines, 69 of the digest's boilerplate, 69 of OneNote's furniture, 42 of
the markup balloons), and a lost page of boxes costs the links of its points.
"""

from __future__ import annotations

import dataclasses
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind23_layouts_canva as canva  # noqa: E402
import blind23_layouts_mail as mail  # noqa: E402
import blind23_layouts_markup as markup  # noqa: E402
import blind23_layouts_print as prints  # noqa: E402
import blind23_layouts_text as text  # noqa: E402
import blind23_layouts_web as web  # noqa: E402
import blind23_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind23_layouts_banks_east import LOLOGA, NGUNGSI, SAEKLON, SUW  # noqa: E402
from blind23_layouts_banks_west import AMBALIYA, BARR_AMZER, ISAQHWITHI, MADZI  # noqa: E402
from blind23_layouts_content import localise, upper_headings  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-word-markup-ny", "pdf", markup.pdf_markup_ny, publisher_wording(
        [("chidule", "Chidule", "highlights"), ("momwe", "Momwe zinthu zilili", "situation"),
         ("nyengo", "Zanyengo", "forecast"), ("zotsatira", "Zotsatira za ngozi", "impacts"),
         ("zochitika", "Zomwe zachitika", "response"), ("ogwira", "Ogwira ntchito ndi zipangizo", "workforce"),
         ("ndalama", "Ndalama", "finance"), ("risks", "Zoopsa", "risks"),
         ("kudziwitsa", "Kudziwitsa anthu", "communications"), ("kenako", "Zomwe zichitike kenako", "next-steps")]),
        "Lipoti la Ngozi ya Kusefukira kwa Madzi Na. {n} – {org}", MADZI.series, restyle=partial(localise, lang="ny")),
    Layout("pdf-print-2up-ha", "pdf", prints.pdf_two_up_ha, publisher_wording(
        [("takaitawa", "Taƙaitawa", "highlights"), ("hali", "Halin da ake ciki", "situation"),
         ("hasashe", "Hasashen yanayi", "forecast"), ("illoli", "Illolin ambaliya", "impacts"),
         ("matakai", "Matakan da aka ɗauka", "response"), ("maaikata", "Ma'aikata da kayan aiki", "workforce"),
         ("kudade", "Kuɗaɗe", "finance"), ("risks", "Haɗurra", "risks"),
         ("wayar", "Wayar da kan jama'a", "communications"), ("gaba", "Matakai na gaba", "next-steps")]),
        "Rahoton Halin da Ake Ciki Na {n} – {org}", AMBALIYA.series, restyle=partial(localise, lang="ha")),
    Layout("pdf-canva-infographic-sm", "pdf", canva.pdf_canva_sm, publisher_wording(
        [("aotelega", "Aotelega", "highlights"), ("tulaga", "Tulaga o loo i ai nei", "situation"),
         ("vaaiga", "Vaaiga o le tau", "forecast"), ("aafiaga", "Aafiaga", "impacts"),
         ("galuega", "Galuega ua faia", "response"), ("tagata", "Tagata faigaluega ma meafaigaluega", "workforce"),
         ("tupe", "Tupe faaalu", "finance"), ("risks", "Lamatiaga", "risks"),
         ("faasalalauga", "Faasalalauga", "communications"), ("laasaga", "Laasaga e sosoo ai", "next-steps")]),
        "Lipoti o le Tulaga Nu. {n} – {org}", LOLOGA.series, restyle=partial(localise, lang="sm")),
    Layout("docx-textboxes-xh", "docx", word.docx_textboxes_xh, publisher_wording(
        [("isishwankathelo", "Isishwankathelo", "highlights"), ("imeko", "Imeko yangoku", "situation"),
         ("uqikelelo", "Uqikelelo lwemozulu", "forecast"), ("iimpembelelo", "Iimpembelelo eluntwini", "impacts"),
         ("amanyathelo", "Amanyathelo athathiweyo", "response"), ("abasebenzi", "Abasebenzi nezixhobo", "workforce"),
         ("iindleko", "Iindleko", "finance"), ("risks", "Imingcipheko", "risks"),
         ("unxibelelwano", "Unxibelelwano noluntu", "communications"),
         ("alandelayo", "Amanyathelo alandelayo", "next-steps")]),
        "Ingxelo yeMeko yeNtlekele {n} – {org}", ISAQHWITHI.series, restyle=partial(localise, lang="xh")),
    Layout("html-writer-export-br", "html", web.html_writer_br, publisher_wording(
        [("berradenn", "Berradenn", "highlights"), ("stad", "Stad an traoù", "situation"),
         ("diougan", "Diougan an amzer", "forecast"), ("levezon", "Levezon war an annezidi", "impacts"),
         ("oberou", "Oberoù kaset da benn", "response"), ("tud", "Tud ha danvez", "workforce", "Moioù"),
         ("koustou", "Koustoù", "finance", "Moioù"), ("risks", "Dañjeroù", "risks"),
         ("kelaouin", "Kelaouiñ an dud", "communications"), ("pazennou", "Ar pazennoù da-heul", "next-steps")]),
        "Danevell war an degouezh niv. {n} – {org}", BARR_AMZER.series, restyle=partial(localise, lang="br")),
    Layout("eml-mailman-digest-bi", "eml", mail.email_digest_bi, publisher_wording(
        [("samari", "Samari", "highlights"), ("situesen", "Situesen naoia", "situation"), ("weta", "Weta", "forecast"),
         ("damej", "Ol damej", "impacts"), ("wok", "Wanem PEOC i mekem", "response"),
         ("wokman", "Ol wokman mo ol samting", "workforce"), ("mani", "Mani", "finance"),
         ("risks", "Ol risk", "risks"), ("toktok", "Toktok long pablik", "communications"),
         ("nekis", "Nekis step", "next-steps")]),
        "Sitrep Namba {n} – {org}", SAEKLON.series,
        restyle=partial(upper_headings, lang="bi", orgs=mail.CAPS_BI)),
    Layout("eml-onenote-page-jv", "eml", mail.email_onenote_jv, publisher_wording(
        [("ringkesan", "Ringkesan", "highlights"), ("kawontenan", "Kawontenan samenika", "situation"),
         ("prakiraan", "Prakiraan aktivitas Merapi", "forecast"), ("dampak", "Dampak dhateng warga", "impacts"),
         ("tindakan", "Tindakan ingkang sampun dipuntindakaken", "response"),
         ("relawan", "Relawan lan piranti", "workforce"), ("beaya", "Beaya", "finance"),
         ("risks", "Bebaya", "risks"), ("informasi", "Informasi dhateng warga", "communications"),
         ("langkah", "Langkah salajengipun", "next-steps")]),
        "Laporan Kawontenan Pengungsian No. {n} – {org}", NGUNGSI.series, restyle=partial(localise, lang="jv")),
    Layout("txt-redmine-textile-tk", "txt", text.textile_tk, publisher_wording(
        [("gysgaca", "Gysgaça maglumat", "highlights"), ("yagday", "Häzirki ýagdaý", "situation"),
         ("caklama", "Çaklama", "forecast"), ("tasir", "Täsiri", "impacts"),
         ("chareler", "Görülen çäreler", "response"),
         ("isgarler", "Işgärler we tehnika", "workforce", "Serişdeler"),
         ("cykdajy", "Çykdajylar", "finance", "Serişdeler"), ("risks", "Howplar", "risks"),
         ("habar", "Ilata habar bermek", "communications"), ("indiki", "Indiki ädimler", "next-steps")]),
        "Suw üpjünçiligi barada maglumat № {n} – {org}", SUW.series, restyle=partial(localise, lang="tk")),
)  # fmt: skip


SEED_OFFSET = 2400  # other seeds than the other sets', so that the content is theirs neither


def _parse_or_nothing(data: bytes, name: str, *args, **kwargs):
    """The parser's reading of a document, or, where it refuses the document as holding no text, a report of
    nothing read, scored as such instead of ending the run."""
    from sitroom.errors import EmptyDocument

    try:
        return PARSE(data, name, *args, **kwargs)
    except EmptyDocument:
        blank = PARSE(b"-", "blank.txt")[0]
        return [dataclasses.replace(blank, source=name, format=Path(name).suffix[1:], sections=[])]


PARSE = council_layouts.parse_bytes


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
