"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-third blind, first-sight measure.

    python benchmarks/blind22_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-third set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind21_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in eight languages no earlier set used — Uzbek (Latin),
Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba —, each layout a way real contributors'
files are made that no earlier set printed. Each layout is one kind of publisher; its four series are four
organisations of that kind, their content from phrase banks of this set (``blind22_layouts_banks_*``, run through the
generator's churn model, so items continue, change, close and appear from report to report) printed in the
publisher's own conventions for figures, dates and a mitigation's lead (``blind22_layouts_content``): an Uzbek
regional seismological expedition's earthquake "tezkor ma’lumotnoma" typeset by LaTeX's ``article`` class
(``blind22_layouts_latex``: the academy in small capitals, the ``\\maketitle`` block with two authors' ``\\thanks``
marks and the date, numbered sections "1 Qisqacha mazmun" and subsections "6.1 Jalb etilgan kuchlar" under an
itemless "6 Resurslar", the situation and forecast as running paragraphs — the first after a heading not indented,
the others indented —, the other sections ``itemize`` lists, every line justified and a word that would leave a
loose line hyphenated at the line's end, "\\emph{Choralar:}" in italics, superscript footnote marks after three
points with their notes under a short rule at the page's foot, the centred page number; each typed apostrophe
printed "’"); a Faroese municipality's crisis group's storm briefing deck printed as PowerPoint's "Handouts – 3
slides per page" (``blind22_layouts_slides``: three scaled 16:9 slide frames down the left of each A4 page with the
ruled note lines beside them, a title slide, a slide per section with its title over "•" points shrunk to fit,
"Tiltak:" in bold, each slide's own footer and number, a "Spurningar?" slide, the handout's header, date, footer and
page number); a Hebridean community resilience group's Scottish Gaelic storm report exported to Word by its incident
log web app as an ``html-docx-js`` style .docx (``blind22_layouts_word``: ``document.xml`` holds one
``<w:altChunk>`` and nothing else, the report an MHT part of quoted-printable HTML that Word converts on opening —
LibreOffice shows an empty page, Word the report —: the app's export line, ``<h1>``, a details table, ``<h2>``
headings over ``<ul>`` points, the situation as ``<p>``, "<strong>Lasachadh:</strong>", the export and handling
lines); a KwaZulu-Natal local municipality's disaster management centre's isiZulu flood report typed into the
centre's protected Word template of legacy form fields (the municipality and the centre over a rule, the title, a
details table of ``FORMTEXT`` values and a ``FORMCHECKBOX`` status row, each section's label a shaded white-on-green
bold paragraph and its points typed into one boxed ``FORMTEXT`` field, a line each after a line break led by a typed
"• " or "- ", "Ukunciphisa:" plain, the preparer, approver and date fields, "Ikhasi 1 kwangu-2"); a Cebuano municipal
disaster risk reduction and management office's typhoon "Situational Report" as a post on its Facebook page saved
from the browser (``blind22_layouts_web``: Facebook's banner and navigation, the page's name, "3h", the message's
blocks of generated classes and one ``<div dir="auto">`` per line, the emoji as ``<img alt>``, the title lines in
Unicode sans-serif bold, each heading after an emoji — in capitals at Argao and Moalboal, in the pasted Unicode
"mathematical sans-serif bold" letters at Dalaguete and Barili —, points after "🔹" or "▪️", "Aksyon:" plain, the
closing call and hashtags, reactions, comment and share counts, the action bar and two comments); a Malagasy
regional risk and disaster management committee's cyclone report kept as a Jupyter notebook and exported by
``nbconvert --to html`` (the lab template's ``jp-Cell`` divs, the rendered Markdown with "¶" anchor links in every
heading, code cells with "In [3]:" prompts and highlighted Python, a printed line, a pandas ``dataframe`` of figures
by district after "Out[3]:", a matplotlib chart as a base64 PNG, "**Fepetra:**", a closing rule and italic line); a
Papua New Guinean provincial disaster centre's Tok Pisin flood sitrep typed on an iPhone and sent with Apple's Mail
(``blind22_layouts_mail``: ``X-Mailer: iPhone Mail``, ``multipart/alternative`` of the plain text and iOS's HTML of
one ``<div dir="ltr">`` per typed line, the greeting and covering line, the title and date lines, headings typed on
lines of their own — in capitals at East Sepik and Madang, as words at Morobe and Enga —, points typed "- ",
"Wok bilong stretim:" plain, "Tenkyu", the name and post, "Sent from my iPhone" and the administrator's request
quoted under "On … wrote:"); and a Nigerian state emergency management agency's volunteer desk's Yoruba flood note
kept in HackMD and downloaded as Markdown (``blind22_layouts_text``: the YAML block, "# …" title, the ``######
tags:`` line, "[TOC]", an ``:::info`` box of date, editor and a request, "## …" headings over "- " points, ``==…==``
highlights round figures, the risks inside ``:::warning`` with "**Ojútùú:**", the next steps as "- [ ]" / "- [x]"
tasks, an HTML comment, a ``{%youtube … %}`` embed, a rule and a ``[name=…] [time=…] [color=…]`` comment). The
generator's structure is the gold; the scorer and linking measure are ``council_layouts.py``'s. Every
organisation's name holds Latin letters that differ from the others', so the four series of a publisher have four
series ids and four contents.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the LaTeX small-capitals line, title,
  authors, date, footnotes (their marks are not in the points either) and page numbers; the handout's header, date,
  footer and page numbers, the title slide, every slide's footer and number and the "Spurningar?" slide; the
  exported HTML's export line, ``<h1>``, details table, export and handling lines; the form's municipality, centre,
  title, details table and status check boxes, the preparer, approver and date lines and the footer; everything of
  the Facebook page outside the message, and the message's title lines, closing call and hashtags; the notebook's
  title and rerun note, every code cell, prompt, printed line, table and chart, the closing line; the e-mail's
  headers, greeting, covering line, title and date lines, "Tenkyu", name, post, "Sent from my iPhone" and the quoted
  request (and the plain-text alternative, the same report); HackMD's YAML, title, tags line, "[TOC]", the
  ``:::info`` box, the HTML comment, the embed, the rule and the comment.
- Text as shown, not as encoded: a LaTeX section's number is printed and kept ("1 Qisqacha mazmun", "6.1 Jalb etilgan
  kuchlar", the parent "6 Resurslar" an itemless level-1 heading, its subsections level 2); a hyphen at a line's end
  that splits a word is not in the text; the Unicode bold letters of a Facebook heading are the letters a reader
  sees ("Kahimtang"), the emoji before a heading or point are not text, nor "¶" after a notebook heading, nor
  HackMD's "==" or the task boxes, nor the typed "• " and "- " of the form's lines or the e-mail's points.
- Headings as printed, all level 1 but the LaTeX subsections: the capitals of Argao, Moalboal, East Sepik and Madang
  kept ("KAHIMTANG", "SITUESEN NAU").
- Items: each ``itemize`` entry or paragraph (its wrapped lines joined), slide bullet, ``<li>`` or ``<p>``, line of a
  form field, line of a Facebook block or of the e-mail under a heading, Markdown list entry is one item. Risks with
  their mitigation are one item, the mitigation printed with its lead: "Choralar:" (italic), "Tiltak:" (bold),
  "Lasachadh:" and "Fepetra:" and "Ojútùú:" (bold), "Ukunciphisa:", "Aksyon:" and "Wok bilong stretim:" (plain); a
  risk printed without one has none. Every risk section is the generator's.
- Keys: the summary sections highlights; "2 Seysmik holat", "Støðan", "An suidheachadh", "Isimo samanje",
  "Kahimtang", "Toe-javatra ankehitriny", "Situesen nau", "Ipò tó wà báyìí" situation; the weather and aftershock
  outlooks forecast; "Evacuation centers" assistance; the impact sections impacts; the response sections response;
  the staff and resources sections workforce; the cost sections finance; every risk heading risks; the public
  information sections communications; the next-steps sections next-steps; "6 Resurslar" none.
- Figures as printed in the publisher's conventions: Uzbek "1 250", "12 %", "3 400 000 so’m", "17-mart"; Faroese
  "1.250", "12 %", "3.400 kr.", "14. januar"; Gaelic "1,250", "£3,400", "28 Faoilleach"; isiZulu "1 250", "R3 400",
  "15 Ephreli"; Cebuano "1,250", "₱3,400", "16 Hulyo"; Malagasy "1 250", "3 400 000 Ariary", "12 Febroary"; Tok Pisin
  "1,250", "K3,400", "5 Mas"; Yoruba "1,250", "₦3,400,000", "17 Òkúdu". Most figures stand after a colon.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b22base``, before any
change to it; the columns narrowed):

    layout                        heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-latex-article-uz                0.898      0.817      0.817      0.000      0.154      1.000      0.808
    pdf-pptx-handout-fo                 1.000      0.275      0.275      0.200      0.000      1.000      0.252
    docx-altchunk-html-gd               0.000      0.000      0.000        nan      0.000        nan      0.000
    docx-legacy-formfields-zu           1.000      0.283      0.283      0.000      0.250      1.000      0.258
    html-facebook-post-ceb              0.000      0.591      0.000      0.000      0.111      1.000      0.581
    html-jupyter-nbconvert-mg           1.000      0.737      0.737      0.000      0.261      1.000      0.727
    eml-iphone-mail-tpi                 0.952      0.900      0.900      0.000      0.115      1.000      0.896
    md-hackmd-note-yo                   0.952      0.916      0.916      0.000      0.150      1.000      0.909
    TOTAL                               0.833      0.628      0.501      0.009      0.133      1.000      0.615

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                        heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-latex-article-uz                0.898      0.807      0.807      0.000      0.167      1.000      0.794
    pdf-pptx-handout-fo                 1.000      0.178      0.178      0.088      0.000      1.000      0.171
    docx-altchunk-html-gd               0.000      0.000      0.000        nan      0.000        nan      0.000
    docx-legacy-formfields-zu           1.000      0.275      0.275      0.000      0.310      1.000      0.231
    html-facebook-post-ceb              0.000      0.577      0.000      0.000      0.259      1.000      0.565
    html-jupyter-nbconvert-mg           1.000      0.753      0.753      0.000      0.182      1.000      0.739
    eml-iphone-mail-tpi                 0.952      0.896      0.896      0.000      0.043      1.000      0.891
    md-hackmd-note-yo                   0.952      0.925      0.925      0.000      0.333      1.000      0.909
    TOTAL                               0.833      0.619      0.502      0.003      0.164      1.000      0.603

The parser refuses the altChunk .docx ("EmptyDocument: the document holds no text"), which ended the first run
before any figure; :func:`_parse_or_nothing` scores such a refusal as a report of nothing read (no heading, no item,
no link) instead — the only change after the first run, to the measure's driving and not to a writer, bank or gold.
No writer or bank was changed after the first run: the documents were written without parsing them and looked at
before it (the rendered pages of the PDFs and of the form through LibreOffice, the PDFs' text as ``pdftotext``
extracts it, the altChunk's HTML decoded from its MHT part — LibreOffice shows the altChunk file empty —, the
Facebook and notebook pages' text, the e-mail's decoded parts and the Markdown). Faults fixed while looking, before
the run: the LaTeX footnotes were drawn over the page number and measured at the body's size; "6 Resurslar" was left
alone at a page's foot; a figure's digit groups "394 000 000" could be stretched or broken across lines as words; the
Uzbek title kept the organisation's typed apostrophe; the form's section labels could end a page apart from their
field; the notebook's district table named the same districts in every region; the iPhone's date was in UTC.

Failure classes seen at first sight (``-v``, seed 0): where the report is in the file's plain structure it is read —
the LaTeX sections and subsections with their numbers, the slide titles, the form's shaded labels, the notebook's
``<h2>`` (its "¶" costs nothing), the e-mail's typed headings in capitals and in words, HackMD's ``##``; what costs is
text the parser never reaches or reads in the wrong order, furniture, mitigations and keys. Nothing read: the
altChunk .docx, all twelve refused as empty (0 in every column). Words read out of order: the handout's slide bullets,
set at under 6 pt on a 7 pt pitch in the scaled frames, are joined across lines word by word ("Hús Eingin uttan hevur
streym: fingið 695 …"), two or three points into one garbled item and every slide number an item; the slide titles
and the title slide's line survive. Points joined: the form's lines after ``<w:br/>`` inside one ``FORMTEXT`` field
are one item per section, the typed "•" / "-" of the later lines kept inside it; the LaTeX situation and forecast
paragraphs joined when the first is one line and only the second's indent tells them apart. Headings lost: every
Facebook heading — in capitals or in Unicode bold after an emoji ``<img>`` — is read as an item of no section, no
heading at all in the post (the points themselves, their "🔹" / "▪️" dropped, are found). Furniture read as
headings: the LaTeX small-capitals line, title's first line and first author ("B. Qodirov*"); the e-mail's title line
"SITREP 2 – EAST SEPIK PROVINCIAL DISASTER CENTRE"; HackMD's "###### tags:" line. Furniture read as items: the LaTeX
title's second line, second author, date, the footnotes and their marks (under the last heading of the page); the
handout's title-slide line and slide numbers; the form's preparer, approver and date lines; the Facebook page's "3h ·",
title lines, closing call, hashtags, reaction counts, commenters, comments, "Like" and "Reply"; the notebook's rerun
note, "In [n]:" and "Out[n]:" prompts, the code and its printed line, and the closing italic line; the e-mail's
greeting, covering line, date line and "Tenkyu"; HackMD's ``:::info`` lines and the ``[name=…]`` comment. Mitigations:
almost none split off in any language — "Choralar:" in italics, "Tiltak:" in bold on the slides (where it is also
scrambled), "Fepetra:" and "Ojútùú:" in bold, the plain "Ukunciphisa:", "Aksyon:" and "Wok bilong stretim:" (what
the column scores above zero is the risks printed without a mitigation; the only mitigations found are the
handout's scrambled words). Keys:
none for any Uzbek, Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin or Yoruba heading, of the Faroese only "Kostnaður"
(finance). Links follow the items: furniture read alike in consecutive reports is linked to itself (578 wrong links
in all), and a joined or scrambled point costs the links of its points.
"""

from __future__ import annotations

import dataclasses
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind22_layouts_latex as latex  # noqa: E402
import blind22_layouts_mail as mail  # noqa: E402
import blind22_layouts_slides as slides  # noqa: E402
import blind22_layouts_text as text  # noqa: E402
import blind22_layouts_web as web  # noqa: E402
import blind22_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind22_layouts_banks_north import ODN, STOIRM, ZAMCOLO, ZILZILA  # noqa: E402
from blind22_layouts_banks_south import BAGYO, IKUNOMI, RIVODOZA, WARA  # noqa: E402
from blind22_layouts_content import localise, restyle_uz, upper_headings  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-latex-article-uz", "pdf", latex.pdf_malumotnoma_uz, publisher_wording(
        [("xulosa", "1 Qisqacha mazmun", "highlights"), ("holat", "2 Seysmik holat", "situation"),
         ("prognoz", "3 Afershoklar prognozi", "forecast"), ("oqibat", "4 Zilzila oqibatlari", "impacts"),
         ("choralar", "5 Ko'rilgan choralar", "response"),
         ("kuchlar", "6.1 Jalb etilgan kuchlar", "workforce", "6 Resurslar"),
         ("xarajat", "6.2 Xarajatlar", "finance", "6 Resurslar"), ("risks", "7 Xavflar", "risks"),
         ("aholi", "8 Aholini xabardor qilish", "communications"), ("keyingi", "9 Keyingi qadamlar", "next-steps")]),
        "Zilzila to'g'risida tezkor ma'lumotnoma № {n} – {org}", ZILZILA.series, restyle=restyle_uz),
    Layout("pdf-pptx-handout-fo", "pdf", slides.pdf_handout_fo, publisher_wording(
        [("samandrattur", "Samandráttur", "highlights"), ("stodan", "Støðan", "situation"),
         ("vedur", "Veðurforsøgn", "forecast"), ("avleidingar", "Avleiðingar", "impacts"),
         ("tiltok", "Tiltøk", "response"), ("starvsfolk", "Starvsfólk og tilfeingi", "workforce"),
         ("kostnadur", "Kostnaður", "finance"), ("risks", "Vandar", "risks"), ("kunning", "Kunning", "communications"),
         ("naestu", "Næstu stig", "next-steps")]),
        "Støðufrágreiðing nr. {n} – {org}", ODN.series, restyle=partial(localise, lang="fo")),
    Layout("docx-altchunk-html-gd", "docx", word.docx_altchunk_gd, publisher_wording(
        [("gearr", "Geàrr-chunntas", "highlights"), ("suidheachadh", "An suidheachadh", "situation"),
         ("sid", "Ro-aithris na sìde", "forecast"), ("buaidh", "Buaidh air a' choimhearsnachd", "impacts"),
         ("gniomhan", "Gnìomhan", "response"), ("luchd", "Luchd-obrach is goireasan", "workforce"),
         ("cosgaisean", "Cosgaisean", "finance"), ("risks", "Cunnartan", "risks"),
         ("conaltradh", "Conaltradh", "communications"), ("ath", "Na h-ath cheumannan", "next-steps")]),
        "Aithisg Suidheachaidh {n} – Stoirm", STOIRM.series, restyle=partial(localise, lang="gd")),
    Layout("docx-legacy-formfields-zu", "docx", word.docx_umbiko_zu, publisher_wording(
        [("isifinyezo", "Isifinyezo", "highlights"), ("isimo", "Isimo samanje", "situation"),
         ("izulu", "Isimo sezulu", "forecast"), ("umthelela", "Umthelela emphakathini", "impacts"),
         ("izinyathelo", "Izinyathelo ezithathiwe", "response"), ("abasebenzi", "Abasebenzi nezinsiza", "workforce"),
         ("izindleko", "Izindleko", "finance"), ("risks", "Izingozi", "risks"),
         ("ukwazisa", "Ukwazisa umphakathi", "communications"), ("okulandelayo", "Okulandelayo", "next-steps")]),
        "Umbiko Wesimo Senhlekelele {n} – {org}", ZAMCOLO.series, restyle=partial(localise, lang="zu")),
    Layout("html-facebook-post-ceb", "html", web.html_facebook_ceb, publisher_wording(
        [("katingbanan", "Katingbanan", "highlights"), ("kahimtang", "Kahimtang", "situation"),
         ("panahon", "Panahon", "forecast"), ("epekto", "Epekto", "impacts"),
         ("evacuation", "Evacuation centers", "assistance"), ("pagtubag", "Pagtubag", "response"),
         ("personahe", "Personahe ug kagamitan", "workforce"), ("risks", "Mga peligro", "risks"),
         ("pahibalo", "Pahibalo sa publiko", "communications"), ("sunod", "Sunod nga lakang", "next-steps")]),
        "Situational Report No. {n} – {org}", BAGYO.series,
        restyle=partial(upper_headings, lang="ceb", orgs=("MDRRMO Argao", "MDRRMO Moalboal"))),
    Layout("html-jupyter-nbconvert-mg", "html", web.html_notebook_mg, publisher_wording(
        [("famintinana", "Famintinana", "highlights"), ("toejavatra", "Toe-javatra ankehitriny", "situation"),
         ("toetrandro", "Toetr'andro andrasana", "forecast"), ("fiantraikany", "Fiantraikany", "impacts"),
         ("fandraisana", "Fandraisana andraikitra", "response"), ("mpiasa", "Mpiasa sy fitaovana", "workforce"),
         ("fandaniana", "Fandaniana", "finance"), ("risks", "Loza mety hitranga", "risks"),
         ("fampahafantarana", "Fampahafantarana ny vahoaka", "communications"),
         ("dingana", "Dingana manaraka", "next-steps")]),
        "Tatitra momba ny rivodoza laharana {n} – {org}", RIVODOZA.series, restyle=partial(localise, lang="mg")),
    Layout("eml-iphone-mail-tpi", "eml", mail.email_sitrep_tpi, publisher_wording(
        [("poin", "Ol bikpela poin", "highlights"), ("situesen", "Situesen nau", "situation"),
         ("weda", "Weda", "forecast"), ("bagarap", "Bagarap", "impacts"), ("wok", "Wok mipela i mekim", "response"),
         ("wokman", "Ol wokman na ol samting", "workforce"), ("mani", "Mani", "finance"),
         ("risks", "Ol hevi", "risks"), ("toksave", "Toksave", "communications"),
         ("nekis", "Nekis wok", "next-steps")]),
        "Sitrep {n} – {org}", WARA.series, restyle=mail.restyle_tpi),
    Layout("md-hackmd-note-yo", "md", text.markdown_hackmd_yo, publisher_wording(
        [("akotan", "Àkótán", "highlights"), ("ipo", "Ipò tó wà báyìí", "situation"),
         ("asotele", "Àsọtẹ́lẹ̀ ojú ọjọ́", "forecast"), ("ipa", "Ipa lórí àwọn ará ìlú", "impacts"),
         ("igbese", "Ìgbésẹ̀ tí a ti gbé", "response"), ("osise", "Òṣìṣẹ́ àti ohun èlò", "workforce"),
         ("inawo", "Ìnáwó", "finance"), ("risks", "Ewu", "risks"), ("ikede", "Ìkéde fún aráàlú", "communications"),
         ("tokan", "Ìgbésẹ̀ tó kàn", "next-steps")]),
        "Ìròyìn Ipò Ìkún-omi No. {n} – {org}", IKUNOMI.series, restyle=partial(localise, lang="yo")),
)  # fmt: skip


SEED_OFFSET = 2300  # other seeds than the other sets', so that the content is theirs neither


def _parse_or_nothing(data: bytes, name: str, *args, **kwargs):
    """The parser's reading of a document, or, where it refuses the document as holding no text (the Word file
    whose report is an ``altChunk``), a report of nothing read, scored as such instead of ending the run."""
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
