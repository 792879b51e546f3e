"""Sitreps of eight more publishers in layouts nobody tuned for, a fifty-seventh blind, first-sight measure.

    python benchmarks/blind56_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A fifty-seventh set beside ``council_layouts.py`` … ``blind55_layouts.py``, written from what eight more publishers
send and not from what the parser expects (the parser's code was not read to write it), four of them writing in
languages the sets had printed once at most — Bulgarian, Thai, Galician and Albanian — and four in English, for the
Philippines, Kenya, the Channel Islands and the Isle of Man, and Nigeria, each in a tool no earlier set printed:
Bulgarian water and sewerage companies while a drought puts villages on a water regime (``blind56_layouts_word``,
python-docx in Word for the web's place: the "Информация" to the regional governor on the company's template — the
header table with logo, company, address and ЕИК over a rule, "Изх. № …", "ДО" and the governor at the right,
"ОТНОСНО:", "УВАЖАЕМИ ГОСПОДИН ОБЛАСТЕН УПРАВИТЕЛ,", the opening sentence, "Heading 2" sections after their Roman
number, bulleted "List Paragraph" points, "Предприети мерки:" in bold, "С уважение,", the manager, "Изготвил:" and
"стр. 1 от 2"); Thai provincial disaster prevention offices in a river flood (``blind56_layouts_chat``: the flood
report posted in the province's LINE group and saved with LINE's chat history export, Thai interface — the header,
"วันที่บันทึก:", a line per day, "time<TAB>sender<TAB>text", the report one quoted message of many lines among photos,
stickers and acknowledgements, its sections after their number and no full stops); Galician town councils after a
wave of wildfires (``blind56_layouts_mail``: the "Boletín informativo" built in Mailjet's editor, MJML's markup,
"Ver no navegador", the arms band, title and date, "Veciñas e veciños:" and a line, the 112 box, the mayor's post and
name, social icons, footer, "Darse de baixa", ``mjt.lu`` links and pixel, in both parts); Nigerian electricity
distribution companies after floods submerged substations (the same module: the "Flood Outage Update" sent through
Sendy — "View in browser", logo, band, "Dear Valued Customer,", ``<h3>`` sections, "Thank you for your patience.",
the signer, contact band and Sendy's footer, in both parts); Albanian municipalities in a winter flood
(``blind56_layouts_paged``, WeasyPrint in wkhtmltopdf's place: the "Raport situate" filled in a Bootstrap web
reporting system and downloaded with its "Shkarko PDF" — the system's header, the fields table, one card per section
with its numbered name in the card header, "Plotësuar nga" and "Miratuar nga", and the footer "Gjeneruar më …" and
"Faqe 1 / 2"); Kenyan water service providers rationing water in a drought (``blind56_layouts_print``, reportlab: the
weekly "Drought Response Situation Report" typed in Word and converted with Nitro Pro — the centred letterhead with
"P.O. Box …" and the ISO line, "REF:" and "DATE:" ("16th February, 2026") over a rule, "TO:" and "CC:", the title
underlined, "Reporting period: …", "1.0 HIGHLIGHTS" style headings, bullets, "Mitigation measures:" in bold, the
"Prepared by / Approved by" table and the footer with the slogan and "Page 1 of 2"); Philippine Ports Authority port
management offices in a typhoon (``blind56_layouts_script``: the "Typhoon Situation Report" a Google Sheet's Apps
Script builds and sends with ``GmailApp.sendEmail`` — the plain text part only the script's ``body`` argument, "This
report is best viewed in an HTML-enabled email client.", the HTML a grey header table, ``<h4>`` sections, lists with
"Countermeasures:" in bold, "Prepared by:" and "Noted by:" and the script's footer); and the ports and airports of
Jersey, Guernsey, the Isle of Man and Alderney in a winter storm (``blind56_layouts_web``: the "Storm travel update"
of a Webflow CMS collection saved from the browser — ``data-wf-page``, the navbar, live strip, breadcrumb, title,
"Updated …", tag, the ``w-richtext`` body with ``<h3>`` sections and "Our response:" in bold, the call-out, "Latest
updates", footer, "Made in Webflow" and ``webflow.js``). Each layout is one kind of publisher; its four series are
four organisations of that kind, their content from this set's banks (``blind56_layouts_banks_away``,
``blind56_layouts_banks_home``) through the generator's churn model, printed in each publisher's conventions
(``blind56_layouts_content``). The generator's structure is the gold; the scorer and linking measure are
``council_layouts.py``'s with blind24's scorer.

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Bulgarian header table, number, addressee, "ОТНОСНО:", salutation, opening sentence, "С уважение,",
signer, "Изготвил:" and footer; the LINE export's header, day lines, every other message, the report message's
sender and time, its title, number and date lines, rule and close ("จึงเรียนมาเพื่อโปรดทราบ", the centre, hotline);
Mailjet's preview, browser link, band, title, date, greeting and its line, 112 box, signature, social icons and
footer (both parts); Sendy's browser link, logo, band, greeting and its line, thanks, signer, contact band and footer
(both parts); the Albanian system header, "Raport situate", fields table, "Plotësuar nga"/"Miratuar nga" and page
footer; the Kenyan letterhead, REF/DATE, TO/CC, title, reporting period, signature table and footer; the Apps Script
placeholder text part, header table, "Prepared by:"/"Noted by:" and footer; Webflow's head, navbar, strip,
breadcrumb, title, date, tag, call-out, "Latest updates", footer and scripts. Headings as printed, all level 1: the
Bulgarian with their Roman number ("I. Обща обстановка"), the Thai and Albanian with their number
("1. สรุปสถานการณ์", "1. Përmbledhje"), the Kenyan in capitals with "1.0" ("1.0 HIGHLIGHTS"). Items: each paragraph,
line or point without its bullet or dash. A risk with its mitigation is one item printed with its lead ("Предприети
мерки:", "มาตรการ:", "Medidas adoptadas:", "Masat e marra:", "Countermeasures:", "Mitigation measures:", "Our
response:", "What we are doing:"). Keys: summary highlights, situation situation, impacts impacts, the two topic
sections None, help assistance ("Информация за потребителите", "การช่วยเหลือผู้ประสบภัย", "Atención á veciñanza",
"Ndihma për banorët", "Assistance to stranded passengers", "Customer communication", "Advice for passengers",
"Safety and support"), staff workforce, money finance ("Damage and costs", "Cost of damage" too), risks risks, next
steps next-steps, in every publisher. Figures as printed (``blind56_layouts_content``).

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit 55bce2d, the commit
this set was branched from, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                                      heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    docx-word-web-informatsiya-vodorezhim-bg       1.000     1.000     1.000     0.645     1.000     1.000     1.000
    txt-line-chat-export-namthuam-th               1.000     0.760     0.760     0.890     1.000     1.000     0.746
    eml-mailjet-boletin-incendios-gl               0.870     0.797     0.797     0.903     1.000     1.000     0.785
    pdf-wkhtmltopdf-raport-permbytje-sq            0.909     0.929     0.929     1.000     1.000     1.000     0.926
    eml-apps-script-typhoon-ports-ph               0.000     0.000     0.000       nan     0.000       nan     0.000
    pdf-nitro-word-drought-water-ke                0.952     0.879     0.879     0.882     1.000     1.000     0.885
    html-webflow-storm-travel-update-ci            1.000     1.000     1.000     0.658     1.000     1.000     1.000
    eml-sendy-flood-outage-ng                      1.000     0.977     0.977     1.000     1.000     1.000     0.975
    TOTAL                                          0.897     0.839     0.839     0.858     0.889     1.000     0.835
    96 documents, 64 report pairs linked (about 15 seconds)

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                      heading F1   item F1 right hd.       key    mitig.   numbers   link F1
    docx-word-web-informatsiya-vodorezhim-bg       1.000     1.000     1.000     0.642     1.000     1.000     1.000
    txt-line-chat-export-namthuam-th               1.000     0.742     0.742     0.864     1.000     1.000     0.741
    eml-mailjet-boletin-incendios-gl               0.870     0.793     0.793     0.874     1.000     1.000     0.785
    pdf-wkhtmltopdf-raport-permbytje-sq            0.909     0.920     0.920     1.000     1.000     1.000     0.914
    eml-apps-script-typhoon-ports-ph               0.000     0.000     0.000       nan     0.000       nan     0.000
    pdf-nitro-word-drought-water-ke                0.952     0.883     0.883     0.901     1.000     1.000     0.896
    html-webflow-storm-travel-update-ci            1.000     1.000     1.000     0.641     1.000     1.000     1.000
    eml-sendy-flood-outage-ng                      1.000     0.977     0.977     1.000     1.000     1.000     0.976
    TOTAL                                          0.897     0.832     0.832     0.845     0.870     1.000     0.831

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of
every ``blind*_layouts`` file): no benchmark file named Word for the web, a LINE chat export, Mailjet, Sendy,
wkhtmltopdf, Nitro, Apps Script or Webflow (WPS, ONLYOFFICE, Google Docs, Pages and Google Slides had been printed
and were left alone), nor had water companies on a water regime, provincial disaster offices in a LINE group, town
councils after wildfires, a municipality's web reporting system, water service providers rationing, port management
offices in a typhoon, island ports and airports or electricity distribution companies after floods as a publisher.
Bulgarian, Thai, Galician and Albanian had each been printed in one earlier set at most. The machine has no Thai
font, so Thai goes in a text file. After the first run the gold was checked against each document's text (pdftotext,
python-docx, the mails' HTML and the pages with tags removed): every gold heading and item is in the text at seeds 0
and 11 (2,468 and 2,448 texts) but a Kenyan risk whose mitigation runs over a page break, the footer between its
halves. No document was changed after the first run.

Failure classes seen at first sight (``-v``, seeds 0 and 11):

- Apps Script mail (Philippines): nothing is read — the parser takes the plain text part, which holds only the
  script's ``body`` argument ("This report is best viewed in an HTML-enabled email client.", the one item found, under
  no heading), and leaves the HTML part with the whole report unread.
- LINE chat export (Thai): every numbered section is found, but the chat around the report is items under no heading
  ("[LINE] ประวัติการแชทของกลุ่ม … วันที่บันทึก: 14/10/2569 18:49", "อ. 13/10/2569", "19:56 Nok สสจ.นว. [รูปภาพ]",
  "08:35 สมชาย ปภ.นว. "📢 รายงานสถานการณ์อุทกภัย …", "ฉบับที่ 3 ประจำวันที่ 14 ตุลาคม 2569 เวลา 08.00 น."), and where the
  summary's two lines have no stop they are one item ("ตั้งแต่วันที่ 9 ตุลาคม เกิดน้ำท่วม… จำนวนอำเภอที่ประสบอุทกภัย: 6").
  "6. การช่วยเหลือผู้ประสบภัย" is keyed impacts.
- Mailjet bulletin (Galician): sections and points right, but the arms band's name ("Concello de Ourense") and the
  title ("Boletín informativo n.º 1: incendios forestais") are headings, the date, "Veciñas e veciños:" and the
  opening line items of the title; the 112 box and the mayor's post ("A alcaldesa") are items of "Próximos pasos",
  and the mayor's name is a heading over the footer ("Recibes este correo porque …", "Darse de baixa"). "Efectivos"
  is not keyed.
- Nitro-converted Word report (Kenya): the sections and points are right, but the company's name is a heading over
  the letterhead's contact line, "REF: … DATE: 16th February, 2026", "TO: The Chief Executive Officer, …" and "CC: …",
  and the signature table's "Name: Joseph Kiprono" lines are items of "10.0 WAY FORWARD". "6.0 CUSTOMER
  COMMUNICATION" is keyed communications.
- Web reporting system PDF (Albanian; item F1 0.93): the cards read right and the fields table left out, but the
  system header is a heading ("REPUBLIKA E SHQIPËRISË AGJENCIA KOMBËTARE E MBROJTJES CIVILE") over "Sistemi i
  raportimit të emergjencave civile", "Raport situate" an empty heading, and the "Plotësuar nga"/"Miratuar nga"
  names and posts ("Pjerin Ndreu", "Kryetar i Bashkisë Lezhë") items of "10. Hapat e mëtejshëm".
- Read whole and right: the Word for the web letter (Bulgarian; keys: "I. Обща обстановка" situation, "III.
  Засегнато население" and "VI. Информация за потребителите" nothing), the Webflow page (keys: "Weather outlook"
  forecast, "Advice for passengers" advice, "Damage and costs" impacts) and the Sendy mail ("Thank you for your
  patience." an item of "Next steps").
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind56_layouts_chat as chat  # noqa: E402
import blind56_layouts_mail as mail  # noqa: E402
import blind56_layouts_paged as paged  # noqa: E402
import blind56_layouts_print as printed  # noqa: E402
import blind56_layouts_script as script  # noqa: E402
import blind56_layouts_web as web  # noqa: E402
import blind56_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind56_layouts_banks_away import LUMES, NAMTHUAM, PERMBYTJE, VODA  # noqa: E402
from blind56_layouts_banks_home import DROUGHT, GALE, GRID, TYPHOON  # noqa: E402
from blind56_layouts_content import localise, numbered, roman, upper_numbered  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-word-web-informatsiya-vodorezhim-bg", "docx", word.docx_word_web_informatsiya_vodorezhim_bg,
           publisher_wording(
        [("hl", "Обща обстановка", "highlights"), ("sit", "Състояние на водоизточниците", "situation"),
         ("imp", "Засегнато население", "impacts"), ("ta", "Аварии и ремонти", None),
         ("tb", "Доставка на вода с водоноски", None), ("help", "Информация за потребителите", "assistance"),
         ("staff", "Ангажирани екипи и техника", "workforce"), ("money", "Разходи", "finance"),
         ("risks", "Рискове", "risks"), ("next", "Предстоящи действия", "next-steps")]),
        "Информация за водоснабдяването {n} – {org}", VODA.series, restyle=partial(roman, lang="bg")),
    Layout("txt-line-chat-export-namthuam-th", "txt", chat.txt_line_chat_export_namthuam_th, publisher_wording(
        [("hl", "สรุปสถานการณ์", "highlights"), ("sit", "สถานการณ์น้ำ", "situation"),
         ("imp", "ผลกระทบ", "impacts"), ("ta", "การอพยพและศูนย์พักพิง", None),
         ("tb", "การระบายน้ำและสาธารณูปโภค", None), ("help", "การช่วยเหลือผู้ประสบภัย", "assistance"),
         ("staff", "กำลังพลและอุปกรณ์", "workforce"), ("money", "งบประมาณ", "finance"),
         ("risks", "ความเสี่ยงและข้อควรระวัง", "risks"), ("next", "แผนการดำเนินงานต่อไป", "next-steps")]),
        "รายงานสถานการณ์อุทกภัย {n} – {org}", NAMTHUAM.series, restyle=partial(numbered, lang="th")),
    Layout("eml-mailjet-boletin-incendios-gl", "eml", mail.eml_mailjet_boletin_incendios_gl, publisher_wording(
        [("hl", "Resumo", "highlights"), ("sit", "Situación dos lumes", "situation"),
         ("imp", "Afección á veciñanza", "impacts"), ("ta", "Auga e traídas", None),
         ("tb", "Estradas e pistas", None), ("help", "Atención á veciñanza", "assistance"),
         ("staff", "Efectivos", "workforce"), ("money", "Gastos e axudas", "finance"),
         ("risks", "Riscos", "risks"), ("next", "Próximos pasos", "next-steps")]),
        "Boletín informativo {n} – {org}", LUMES.series, restyle=partial(localise, lang="gl")),
    Layout("pdf-wkhtmltopdf-raport-permbytje-sq", "pdf", paged.pdf_wkhtmltopdf_raport_permbytje_sq,
           publisher_wording(
        [("hl", "Përmbledhje", "highlights"), ("sit", "Situata hidrometeorologjike", "situation"),
         ("imp", "Dëmet dhe pasojat", "impacts"), ("ta", "Evakuimi dhe strehimi", None),
         ("tb", "Rrugët dhe infrastruktura", None), ("help", "Ndihma për banorët", "assistance"),
         ("staff", "Forcat dhe mjetet e angazhuara", "workforce"), ("money", "Shpenzimet", "finance"),
         ("risks", "Rreziqet", "risks"), ("next", "Hapat e mëtejshëm", "next-steps")]),
        "Raport situate {n} – {org}", PERMBYTJE.series, restyle=partial(numbered, lang="sq")),
    Layout("eml-apps-script-typhoon-ports-ph", "eml", script.eml_apps_script_typhoon_ports_ph, publisher_wording(
        [("hl", "Highlights", "highlights"), ("sit", "Weather and sea conditions", "situation"),
         ("imp", "Status of port operations", "impacts"), ("ta", "Passenger terminals", None),
         ("tb", "Cargo operations", None), ("help", "Assistance to stranded passengers", "assistance"),
         ("staff", "Personnel deployed", "workforce"), ("money", "Funds utilised", "finance"),
         ("risks", "Risks and concerns", "risks"), ("next", "Next actions", "next-steps")]),
        "Typhoon situation report {n} – {org}", TYPHOON.series, restyle=partial(localise, lang="ph")),
    Layout("pdf-nitro-word-drought-water-ke", "pdf", printed.pdf_nitro_word_drought_water_ke, publisher_wording(
        [("hl", "Highlights", "highlights"), ("sit", "Water resources situation", "situation"),
         ("imp", "Impact on customers", "impacts"), ("ta", "Network management", None),
         ("tb", "Water trucking", None), ("help", "Customer communication", "assistance"),
         ("staff", "Human resources", "workforce"), ("money", "Financial implications", "finance"),
         ("risks", "Risks and mitigation", "risks"), ("next", "Way forward", "next-steps")]),
        "Drought response situation report {n} – {org}", DROUGHT.series, restyle=partial(upper_numbered, lang="ke")),
    Layout("html-webflow-storm-travel-update-ci", "html", web.html_webflow_storm_travel_update_ci, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Weather outlook", "situation"),
         ("imp", "Impact on passengers", "impacts"), ("ta", "Flights", None),
         ("tb", "Sailings", None), ("help", "Advice for passengers", "assistance"),
         ("staff", "Our teams", "workforce"), ("money", "Damage and costs", "finance"),
         ("risks", "Safety risks", "risks"), ("next", "What happens next", "next-steps")]),
        "Storm travel update {n} – {org}", GALE.series, restyle=partial(localise, lang="je")),
    Layout("eml-sendy-flood-outage-ng", "eml", mail.eml_sendy_flood_outage_ng, publisher_wording(
        [("hl", "Key points", "highlights"), ("sit", "Current situation", "situation"),
         ("imp", "Affected customers", "impacts"), ("ta", "Substation restoration", None),
         ("tb", "Priority customers", None), ("help", "Safety and support", "assistance"),
         ("staff", "Our crews", "workforce"), ("money", "Cost of damage", "finance"),
         ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Flood outage update {n} – {org}", GRID.series, restyle=partial(localise, lang="ng")),
)  # fmt: skip


SEED_OFFSET = 5700  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
