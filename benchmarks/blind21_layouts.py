"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-second blind, first-sight measure.

    python benchmarks/blind21_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-second set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind20_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in eight languages no earlier set used — Basque,
Serbian (Latin), Luxembourgish, Haitian Creole, Somali, New Zealand English with te reo Māori, Kinyarwanda and
Azerbaijani —, each layout a way real contributors' files are made that no earlier set printed. Each layout is one
kind of publisher; its four series are four organisations of that kind, their content from phrase banks of this set
(``blind21_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and appear
from report to report) printed in the publisher's own conventions for figures, dates and a mitigation's lead
(``blind21_layouts_content``): a Basque town council's flood "Egoera-txostena" printed, signed, stamped and scanned
to a searchable PDF (``blind21_layouts_scan``: each page one skewed, speckled JPEG, the OCR's words drawn invisibly
in render mode 3 a little off the ink, each stretched to its word's width on its line's tilted baseline, "–" read as
"-", an occasional misread letter in a word, never in a figure; the letterhead, register line, title and date
lines, capitals headings, the place, "Alkatea", a handwritten signature and the round stamp, the footer); a Serbian
emergency staff's "Informacija o stanju odbrane od poplava" in Word as one multilevel numbered list, the sections
its level-0 entries ("1.") and the points its level-1 entries ("1.1."), all ``Pasussalistom`` (List Paragraph), no
heading style (``blind21_layouts_word``; the level-0 entries bold at Šabac and Kraljevo, plain elsewhere; the
republic / city / staff / number / date / place block, the title, the sentence citing the law, the commander and the
"Dostaviti:" lines); a Luxembourg commune's "Situatiounsbericht" in Word as one two-column table (a shaded title row
merged across, a "Stand" row, a narrow grey label column of section names, the points as List Bullet paragraphs in
the right column, the commune in the page header, the crisis cell's line under the table, "Säit 1 vun 1"); a Haitian
communal civil protection committee's "Rapò sitiyasyon" as a WordPress post (``blind21_layouts_web``: the theme's
header and menu, ``h1.entry-title``, the featured image and caption, Gutenberg block comments, ``wp-block-heading``
and ``wp-block-list``, the situation's points as paragraphs, an opening sentence and a closing italic line, "Share
this:", tags, the author box, post navigation, two comments and the form, a sidebar of widgets); a Somali regional
response committee's "Warbixinta xaaladda" typed into an Outlook message (``blind21_layouts_mail``: ``MsoNormal``
headings bold, or bold and underlined at Hiiraan and Gedo, ``mso-list`` bullet paragraphs with their
``<![if !supportLists]>`` bullets, greeting, report line, sign-off, signature with the logo as an inline image,
bilingual confidentiality notice; the plain-text alternative beside it); a New Zealand emergency management group's
bilingual "Pūrongo Āhuatanga | Situation Report" exported from Notion to Markdown (``blind21_layouts_text``: "# …"
title, property lines, an ``<aside>`` callout, "## Whakarāpopototanga | Summary" headings, links to UUID-named
pages, each risk a ``<details>`` toggle with "**Treatment:** …" inside, to-dos, the linked database of earlier
reports as a table); a Rwandan district's "Raporo y'ibihe" as one long message in the export of a WhatsApp group
cut to the day (timestamped lines, the report's lines unprefixed, title and headings between "*" at Ngororero and
Nyabihu, in capitals after an emoji at Rubavu and Musanze, replies, "<Media omitted>"); and an Azerbaijani district
executive authority's report kept in a workbook and printed to PDF (``blind21_layouts_sheet``: gridlines, an
approval block, merged title rows, the header row repeated as print titles, the section number and name in cells
merged down the rows of its points, the tab name and "Page 1 of 2" in the footer). The generator's structure is the
gold; the scorer and linking measure are ``council_layouts.py``'s. Every organisation's name holds Latin letters
that differ from the others', so the four series of a publisher have four series ids and four contents.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the Basque letterhead, register line,
  title, date and addressee line, place and date, "Alkatea", the signature, stamp and footer; the Serbian block at
  the top, the title, the sentence citing the law (a covering sentence, not a point of the report), the commander
  and the "Dostaviti:" lines; the Luxembourg header, the table's title row and "Stand" row (report details, not a
  section), the crisis cell's line and the footer; everything of the WordPress page outside the post's blocks, and
  the post's opening sentence and closing italic line of emergency numbers; the e-mail's headers, greeting, report
  line, sign-off, signature, logo and confidentiality notice (and the plain-text alternative, the same report);
  Notion's title, property lines, ``<aside>`` callout, the rule, the database link and its table; every chat line
  but the report's message, and the message's title, date line, "Murakoze" and the officer's name and post; the
  sheet's approval block, title rows, header row, the preparer's and telephone rows and the footer.
- Text as shown, not as encoded: the OCR's misread letters are not in the gold (the page shows the word rightly),
  nor its "-" for the printed "–" bullet; the Word list's numbers "1." and "1.1." are not in the headings or points,
  nor a spreadsheet section's number cell; a Notion link is its text, "*" around a WhatsApp heading or lead are not
  text, nor an emoji before a heading, nor the to-do checkboxes.
- Headings as printed, all level 1: the Basque and Rwandan capitals kept ("LABURPENA", "INCAMAKE"), the Māori and
  English halves of a Notion heading one heading; a table's or sheet's section label is a heading (the table is the
  report's whole body, not a table inside a section); a Notion toggle's summary is a risk, not a heading.
- Items: each point, list entry, ``<li>``, ``mso-list`` paragraph, chat line under a heading or table row of the
  points column (its wrapped lines joined) is one item; the WordPress situation paragraphs are items. Risks with
  their mitigation are one item, the mitigation printed with its lead: "Neurriak:" (bold on paper, plain in the OCR
  text), "Mere:", "Moossnamen:", "Mezi:" and "Tallaabooyinka:" (bold), "Treatment:" (bold, inside the toggle
  under its summary), "Ingamba:" (plain, or between "*") and "Tədbirlər:" (plain, in the same cell); a risk printed
  without one has none. Every risk section is the generator's.
- Keys: the summary sections ("LABURPENA", "Resumé", "Rezime", "Soo koobid", "Whakarāpopototanga | Summary",
  "Incamake", "Xülasə") highlights; "EGOERA OROKORRA", "Opšta situacija", "Lag", "Sitiyasyon an", "Xaaladda guud",
  "Te āhuatanga o nāianei | Current situation", "Uko ibintu bihagaze", "Ümumi vəziyyət" situation; the weather and
  hydrological outlooks forecast; "Abri provizwa" assistance; the impact sections impacts; "EGINDAKO LANAK",
  "Preduzete mere", "Asätz", "Repons", "Jawaabta gargaarka", "Ngā mahi urupare | Response", "Ibyakozwe", "Görülən
  tədbirlər" response; the staff and resources sections workforce; the cost sections finance; every risk heading
  risks; the public information sections communications; the next-steps sections next-steps.
- Figures as printed in the publisher's conventions: Basque "1.250", "%12", "3.400 euro", "martxoaren 12a"; Serbian
  "1.250", "3.400.000 dinara", "16. maja"; Luxembourgish "1.250", "12 %", "3.400 €", "16. Mäerz"; Haitian "1 250",
  "3 400 000 goud", "10 septanm"; Somali "1,250", "$3,400", "5 Nofembar"; New Zealand "1,250", "$3,400", "15
  February"; Kinyarwanda "1.250", "3.400.000 Frw", "28 Mata"; Azerbaijani "1 250", "3 400 manat", "7 aprel". Most
  figures stand after a colon, as those publishers write them, so that no numeral has to agree with its noun.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b21base``, before any
change to it; the figures as printed, the columns narrowed):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-ocr-scan-eu                    0.949    0.903          0.903  0.000       0.310    1.000    0.897
    docx-outline-list-sr               0.783    0.865          0.865  0.580       1.000    1.000    0.857
    docx-sections-table-lb             0.909    0.949          0.949  0.347       1.000    1.000    0.946
    html-wordpress-post-ht             1.000    0.948          0.948  0.105       1.000    1.000    0.945
    eml-outlook-html-so                0.952    0.820          0.820  0.000       0.143    1.000    0.812
    md-notion-export-mi                1.000    0.820          0.820  0.909       0.000    1.000    0.817
    txt-whatsapp-export-rw             0.645    0.800          0.396  0.000       0.150    1.000    0.789
    pdf-spreadsheet-print-az           0.263    0.638          0.088  0.000       0.100    1.000    0.606
    TOTAL                              0.832    0.840          0.711  0.232       0.455    1.000    0.832

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-ocr-scan-eu                    0.941    0.894          0.894  0.000       0.269    1.000    0.889
    docx-outline-list-sr               0.783    0.867          0.867  0.564       1.000    1.000    0.860
    docx-sections-table-lb             0.909    0.944          0.944  0.324       1.000    1.000    0.941
    html-wordpress-post-ht             1.000    0.947          0.947  0.098       1.000    1.000    0.944
    eml-outlook-html-so                0.952    0.814          0.814  0.000       0.160    1.000    0.807
    md-notion-export-mi                1.000    0.877          0.846  0.865       0.269    1.000    0.869
    txt-whatsapp-export-rw             0.645    0.788          0.400  0.000       0.316    1.000    0.779
    pdf-spreadsheet-print-az           0.444    0.593          0.182  0.000       0.154    0.984    0.589
    TOTAL                              0.841    0.829          0.710  0.228       0.481    0.998    0.823

No writer or bank was changed after the first run: the documents were written without parsing them and looked at
before it (rendered pages of the PDFs and of the Word files, the OCR text layer as a PDF reader extracts it, the
e-mail's decoded parts, the HTML, the Markdown and the chat as text). Faults fixed while looking, before the run: a
bold lead on the scanned page was spaced with the regular face's width and ran into the next word; the place, mayor
and signature could be split across two pages; the mayor's title stood under the signature instead of over it; the
Luxembourg table's column widths were set on the cells only, so the grid kept two equal columns; the sheet's last
page lacked the repeated header row; Outlook's empty paragraphs carried two ``<o:p>``; and Notion's page UUIDs were
mostly zeros.

Failure classes seen at first sight (``-v``, seed 0): the hardest encodings are read: the OCR layer's words join
into lines and points despite the tilt and the misread letters (their points matched), the Word outline list's two
levels give headings and points although no heading style is used, the WordPress post is read without its theme,
share buttons, author box, comments or sidebar, and the Outlook ``mso-list`` bullets without their ``supportLists``
glyphs. What costs is furniture taken for structure, headings lost inside tables and chats, mitigations and keys.
Furniture read as headings: the scan's title line and now and then the council's name; the Serbian top block's
"REPUBLIKA SRBIJA", city, letter-spaced place and "KOMANDANT ŠTABA"; the Luxembourg title row and "Stand"; the
Outlook confidentiality notice's lead "OGEYSIIS SIRTA AH"; the WhatsApp report's title; the sheet's approval block,
authority and subject rows. Furniture read as items: the scan's service, register, date and addressee lines and
the place / mayor / signature lines under the last heading; the Serbian number, date and the law's sentence; the
Luxembourg "Stand" value and the crisis cell's line; the WordPress opening sentence and closing line; the e-mail's
greeting, report line, sign-off, signature lines and the logo's "[cid:…]" of the plain part; Notion's ``<aside>``;
the WhatsApp date line, "Murakoze" and the officer's name and post. Headings as printed but not as the gold: the
Word list's numbers kept in the headings ("1. Opšta situacija"). Headings lost: in two of the four WhatsApp series
(capitals after an emoji) no heading at all is found, every heading an item of no section; in the spreadsheet the
merged section cells are read as cells — the section numbers as items, two-line section names split into a heading
and an item, some names joined to the next point, whole sections' points under the wrong heading or missed, one
sheet read with no section below its title rows. Points split or mispaired: each Notion toggle's "Treatment:" line
read as its own item and the summaries shifted so that each risk takes the next risk's treatment and the last
summary falls into the next section; a sheet's risk cell split at its lead. Mitigations: "Mere:", "Moossnamen:" and
"Mezi:" always split off (1.000); "Neurriak:" in the OCR text, "Tallaabooyinka:" in bold in Outlook, "Ingamba:" and
"Tədbirlər:" seldom. Keys: none for any Basque, Somali, Kinyarwanda or Azerbaijani heading; of the Haitian only "Risk
yo"; of the Luxembourgish "Resumé", "Personal" and "Risiken"; of the Serbian situation, forecast, impacts, finance and
risks but not "Preduzete mere", the workforce, communications or next-steps headings; the bilingual Notion headings
nearly all by their English halves, but not "Next steps". Links follow the items: furniture read as items in
consecutive reports is linked to itself, and a split or mispaired point costs the links of the point.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind21_layouts_mail as mail  # noqa: E402
import blind21_layouts_scan as scan  # noqa: E402
import blind21_layouts_sheet as sheet  # noqa: E402
import blind21_layouts_text as text  # noqa: E402
import blind21_layouts_web as web  # noqa: E402
import blind21_layouts_word as word  # noqa: E402
from blind21_layouts_banks_east import AWHIOWHIO, DASQIN, FATAHAAD, IBIZA  # noqa: E402
from blind21_layouts_banks_west import HEICHWAASSER, POPLAVE, SIKLON, UHOLDEAK  # noqa: E402
from blind21_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-ocr-scan-eu", "pdf", scan.pdf_egoera_txostena_eu, publisher_wording(
        [("laburpena", "LABURPENA", "highlights"), ("egoera", "EGOERA OROKORRA", "situation"),
         ("iragarpena", "EGURALDI-IRAGARPENA", "forecast"), ("eragina", "ERAGINA HERRITARRENGAN", "impacts"),
         ("erantzuna", "EGINDAKO LANAK", "response"), ("baliabideak", "GIZA BALIABIDEAK ETA MATERIALAK", "workforce"),
         ("kostuak", "KOSTUAK", "finance"), ("risks", "ARRISKUAK ETA NEURRIAK", "risks"),
         ("komunikazioa", "HERRITARREI INFORMAZIOA", "communications"),
         ("hurrengo", "HURRENGO URRATSAK", "next-steps")]),
        "Egoera-txostena {n}. zk. – {org}", UHOLDEAK.series, restyle=partial(localise, lang="eu")),
    Layout("docx-outline-list-sr", "docx", word.docx_informacija_sr, publisher_wording(
        [("opste", "Opšta situacija", "situation"), ("hidro", "Hidrološka prognoza", "forecast"),
         ("posledice", "Posledice po stanovništvo", "impacts"), ("mere", "Preduzete mere", "response"),
         ("snage", "Angažovane snage i sredstva", "workforce"), ("troskovi", "Troškovi", "finance"),
         ("risks", "Rizici", "risks"), ("informisanje", "Informisanje javnosti", "communications"),
         ("naredni", "Naredne aktivnosti", "next-steps")]),
        "Informacija o stanju odbrane od poplava br. {n} – {org}", POPLAVE.series,
        restyle=partial(localise, lang="sr")),
    Layout("docx-sections-table-lb", "docx", word.docx_situatiounsbericht_lb, publisher_wording(
        [("resume", "Resumé", "highlights"), ("lag", "Lag", "situation"), ("wieder", "Wiederprognos", "forecast"),
         ("impakt", "Impakt", "impacts"), ("asatz", "Asätz", "response"), ("personal", "Personal", "workforce"),
         ("kaschten", "Käschten", "finance"), ("risks", "Risiken", "risks"),
         ("kommunikatioun", "Kommunikatioun", "communications"), ("schrett", "Nächst Schrëtt", "next-steps")]),
        "Situatiounsbericht Nr. {n} – Héichwaasser – {org}", HEICHWAASSER.series,
        restyle=partial(localise, lang="lb")),
    Layout("html-wordpress-post-ht", "html", web.html_wordpress_rapo_ht, publisher_wording(
        [("rezime", "Rezime", "highlights"), ("sitiyasyon", "Sitiyasyon an", "situation"),
         ("meteyo", "Previzyon meteyo", "forecast"), ("enpak", "Enpak sou popilasyon an", "impacts"),
         ("abri", "Abri provizwa", "assistance"), ("repons", "Repons", "response"),
         ("resous", "Resous imen", "workforce"), ("risks", "Risk yo", "risks"),
         ("kominikasyon", "Kominikasyon", "communications"), ("etap", "Pwochen etap", "next-steps")]),
        "Rapò sitiyasyon #{n} – Siklòn nan", SIKLON.series, restyle=partial(localise, lang="ht")),
    Layout("eml-outlook-html-so", "eml", mail.email_warbixin_so, publisher_wording(
        [("kooban", "Soo koobid", "highlights"), ("xaalad", "Xaaladda guud", "situation"),
         ("saadaal", "Saadaasha cimilada", "forecast"), ("saameyn", "Saameynta bulshada", "impacts"),
         ("gargaar", "Jawaabta gargaarka", "response"), ("shaqaale", "Shaqaalaha iyo kheyraadka", "workforce"),
         ("kharash", "Kharashka", "finance"), ("risks", "Khataraha", "risks"),
         ("war", "Wargelinta dadweynaha", "communications"), ("tallaabo", "Tallaabooyinka xiga", "next-steps")]),
        "Warbixinta Xaaladda Fatahaadda No. {n} – {org}", FATAHAAD.series, restyle=partial(localise, lang="so")),
    Layout("md-notion-export-mi", "md", text.markdown_notion_mi, publisher_wording(
        [("summary", "Whakarāpopototanga | Summary", "highlights"),
         ("situation", "Te āhuatanga o nāianei | Current situation", "situation"),
         ("outlook", "Matapae huarere | Weather outlook", "forecast"), ("impacts", "Ngā pānga | Impacts", "impacts"),
         ("response", "Ngā mahi urupare | Response", "response"), ("workforce", "Ngā kaimahi | Workforce", "workforce"),
         ("costs", "Ngā utu | Costs", "finance"), ("risks", "Ngā tūraru | Risks", "risks"),
         ("comms", "Whakapā atu | Communications", "communications"),
         ("next", "Ngā mahi e whai ake nei | Next steps", "next-steps")]),
        "Pūrongo Āhuatanga {n} | Situation Report {n} – Cyclone", AWHIOWHIO.series,
        restyle=partial(localise, lang="mi")),
    Layout("txt-whatsapp-export-rw", "txt", text.text_whatsapp_rw, publisher_wording(
        [("incamake", "Incamake", "highlights"), ("uko", "Uko ibintu bihagaze", "situation"),
         ("iteganyagihe", "Iteganyagihe", "forecast"), ("ingaruka", "Ingaruka", "impacts"),
         ("ibyakozwe", "Ibyakozwe", "response"), ("abakozi", "Abakozi n'ibikoresho", "workforce"),
         ("amafaranga", "Amafaranga", "finance"), ("risks", "Ibyago bishobora kubaho", "risks"),
         ("itumanaho", "Itumanaho", "communications"), ("ibikurikira", "Ibikurikiraho", "next-steps")]),
        "Raporo y'ibihe No {n} – {org}", IBIZA.series, restyle=text.restyle_rw),
    Layout("pdf-spreadsheet-print-az", "pdf", sheet.pdf_melumat_az, publisher_wording(
        [("xulase", "Xülasə", "highlights"), ("umumi", "Ümumi vəziyyət", "situation"),
         ("proqnoz", "Hidrometeoroloji proqnoz", "forecast"), ("neticeler", "Daşqının nəticələri", "impacts"),
         ("tedbirler", "Görülən tədbirlər", "response"), ("quvveler", "Cəlb olunmuş qüvvə və vasitələr", "workforce"),
         ("xercler", "Xərclər", "finance"), ("risks", "Risklər", "risks"),
         ("melumat", "Əhalinin məlumatlandırılması", "communications"), ("novbeti", "Növbəti addımlar", "next-steps")]),
        "Daşqınla bağlı vəziyyət haqqında məlumat № {n} – {org}", DASQIN.series, restyle=partial(localise, lang="az")),
)  # fmt: skip


SEED_OFFSET = 2200  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
