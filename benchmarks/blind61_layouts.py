"""Sitreps of eight more publishers in layouts nobody tuned for, a sixty-second blind, first-sight measure.

    python benchmarks/blind61_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A sixty-second set beside ``council_layouts.py`` … ``blind59_layouts.py`` (a sixty-first, blind60, is written beside
it), written from what eight more publishers send and not from what the parser expects (the parser's code was not
read to write it): four of them writing in languages no earlier set printed or printed once — Lao and Kannada (never),
Malay and Mongolian (once each, for other kinds of publisher) — and four in English, for Namibia, Hong Kong, the
Bahamas and Mauritius, none of them a country an earlier set printed, each publisher a partner of a council or a
regional body (a provincial department, a city's zonal offices, a fire and rescue service, a heating utility, health
directorates, transport operators, island administrators, a police force) and each in a tool no earlier set printed:
Lao provincial departments of labour and social welfare, secretariats of their provinces' disaster committees, in a
Mekong flood (``blind61_layouts_word``, python-docx: the "ບົດລາຍງານ" typed in Word in Phetsarath OT on the state
letter's form — the emblem, "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", the motto and "=====000=====", the province and
department beside "ເລກທີ …" and place and date, the title, "ຮຽນ:", "ເລື່ອງ:", "ອີງຕາມ:", the opening sentence, every
line a "Normal" paragraph, each section's name typed bold after a Roman numeral ("I. ສະຫຼຸບຫຍໍ້"), points after "- ",
"ມາດຕະການ:" in bold, the closing sentence, "ບ່ອນສົ່ງ:" and its list beside the head of department's post and name);
Bengaluru's zonal offices (BBMP) in a week of urban flooding (the same module: the daily "ಮಳೆ ಹಾನಿ" report typed
with Nudi in the Tunga font as a letter — the letterhead over a rule, "ಸಂಖ್ಯೆ:" and "ದಿನಾಂಕ:", "ಇವರಿಂದ:", "ಇವರಿಗೆ:",
"ಮಾನ್ಯರೇ,", "ವಿಷಯ:", "ಉಲ್ಲೇಖ:", "*****", the opening sentence, then the report as a table "ಕ್ರ.ಸಂ. | ವಿವರ | ಮಾಹಿತಿ",
one row a section, its name bold in the second cell and its points paragraphs of the third, "ಕೈಗೊಂಡ ಕ್ರಮ:" in bold;
the closing sentence, "ತಮ್ಮ ವಿಶ್ವಾಸಿ,", "ಸಹಿ/-", the joint commissioner and "ಪ್ರತಿ:"); Mauritius Police Force
divisions under a cyclone warning (the same module: the "SITUATION REPORT" typed in Word 2010 on the division's
template — "RESTRICTED" in header and footer, the crest, "MAURITIUS POLICE FORCE", the headquarters, a From / To /
Copy / Date-Time / Ref table, the title bold and underlined, numbered paragraphs with run-in bold leads "1. Summary."
holding the section's first point, its other points paragraphs indented under it, "Police action:" in bold, "(Sgd)",
the rank, "Distribution:" and "Page 1 of 2"); the fire and rescue zones of Brunei in a monsoon flood
(``blind61_layouts_print``, reportlab: the "Laporan Situasi Banjir" typed in Word 2010 as the department's letter and
saved as PDF — "TERHAD" at the top and foot of every page, the crest, the department, ministry and state over a rule,
"Ruj. Kami:", "Tarikh:" with the Hijri and the Gregorian date, the addressee, "Yang Mulia,", "Assalamualaikum …", the
subject in bold capitals, the opening paragraph, numbered paragraphs "1. RINGKASAN" in bold with their points "1.1",
"1.2" hanging under them, the risks a table "Bil. | Risiko | Langkah Kawalan | Tindakan", "Sekian, dimaklumkan.", the
closing formula, "Yang benar,", the zone commander "b.p." the commissioner, "s.k.:" and its list, the address footer
and "Muka surat 1 daripada 2"); Namibian regional health directorates in an outbreak of hepatitis E (the same
module: the weekly "Situation Bulletin" laid out in Serif PagePlus — a masthead band with the arms, the ministry, the
directorate, the bulletin's name and "Issue No. … | Epi week … | …", the text in two columns, the key highlights in a
shaded box, sections in bold blue, bullets, "Response:" in bold, the epidemic curve and its caption, a contact box,
the running header on later pages and "Page 1 of 2"); Hong Kong's public transport operators under a typhoon signal
(``blind61_layouts_web``: the "Typhoon service update" on the operator's Sitecore site with its Experience
Accelerator, saved from the browser — ``/-/media/`` assets, "繁 简 EN" and the text sizes, logo, menu, search, the
typhoon banner, breadcrumb, title, "Issued at …", the rich-text component with ``<h3>`` sections, the summary as
paragraphs, lists, "Our response:" in bold, the hotline line, "Related links" and the footer); the Family Island
administrators of the Bahamas after a hurricane (the same module: the administrator's "Hurricane Situation Report" as
news on the government's IBM WebSphere Portal — ``/wps/portal/…/!ut/p/z1/…`` addresses, ``ibmCfg``, the
``wptheme`` frame, the official site bar, the arms, menu, breadcrumb, the Web Content Viewer portlet with title,
"Posted:", "Source:" and an opening paragraph, each section's name a bold and underlined paragraph, lists,
"Action:" in bold, the closing line, "- 30 -" and the portal's footer); and Mongolian heating network companies when
mains break in a cold snap (``blind61_layouts_mail``: the dispatch service's "Мэдээ" typed in The Bat! and sent as
plain text — The Bat!'s headers, "Сайн байна уу?", the covering line, "МЭДЭЭ № 3", "… цагийн байдлаар", sections
after their number "1. Товч мэдээлэл", points after "- ", "Авсан арга хэмжээ:" in the line of its risk,
"Хүндэтгэсэн," with the dispatcher's name, post and telephone, and The Bat!'s "-- " signature with "mailto:"). Each
layout is one kind of publisher; its four series are four organisations of that kind, their content from this set's
banks (``blind61_layouts_banks_away``, ``blind61_layouts_banks_home``) through the generator's churn model, printed
in each publisher's conventions (``blind61_layouts_content``). The generator's structure is the gold; the scorer and
linking measure are ``council_layouts.py``'s with blind24's scorer (every script's letters kept).

Conventions of the gold, agreed before any scoring: furniture is not an item and no section with heading null is in
the gold — the Lao emblem, state line, motto, "=====000=====", province and department, number, place and date,
title, "ຮຽນ:", "ເລື່ອງ:", "ອີງຕາມ:", opening and closing sentences, "ບ່ອນສົ່ງ:" and its list, post, name and page
number; the Kannada letterhead, number and date, "ಇವರಿಂದ:", "ಇವರಿಗೆ:", "ಮಾನ್ಯರೇ,", "ವಿಷಯ:", "ಉಲ್ಲೇಖ:", "*****",
opening sentence, the table's header row and serial numbers, closing sentence, signature, "ಪ್ರತಿ:" and its list and
footer; the Mauritian markings, crest, force and headquarters, the From / To table, title, signature, rank, post,
"Distribution:" and its list, page numbers; the Brunei markings, crest, letterhead, "Ruj. Kami:", "Tarikh:",
addressee, greeting, "Assalamualaikum …", subject, opening paragraph, the risk table's header row, "Bil." and
"Tindakan" cells, the closing lines, signature, "s.k.:" and its list and footer; the Namibian masthead, running
header, figure and caption, contact box and footer; Sitecore's top bar, logo, menu, search, banner, breadcrumb,
title, date, hotline line, related links and footer; the portal's bars, arms, menu, search, breadcrumb, title,
"Posted:", "Source:", opening paragraph, closing line, "- 30 -", back link and footer; The Bat!'s headers, greeting,
covering line, "МЭДЭЭ № …" and its time line, sign-off, name, post, telephone and signature. Headings as printed, all
level 1: the Lao after their Roman numeral ("I. ສະຫຼຸບຫຍໍ້"), the Mongolian and the Mauritian after their number
("1. Товч мэдээлэл", "1. Summary", the run-in lead's closing stop not part of it), the Brunei in capitals after their
number ("1. RINGKASAN"), the Kannada the ವಿವರ cell of their row. Items: each paragraph, line, point or cell
paragraph without its bullet, dash or number ("- ", "•", "1.1"); a Mauritian section's first point is the text after
its run-in lead. A risk with its mitigation is one item printed with its lead ("ມາດຕະການ:", "ಕೈಗೊಂಡ ಕ್ರಮ:", "Авсан
арга хэмжээ:", "Police action:", "Response:", "Our response:", "Action:"); in the Brunei risk table (``risk_table``)
the item is the Risiko cell and the mitigation the Langkah Kawalan cell, a risk with no mitigation an empty cell.
Keys: summary highlights, situation situation, impacts impacts, the two topic sections None, help assistance, staff
workforce, money finance, risks risks, next steps next-steps, in every publisher. Figures as printed
(``blind61_layouts_content``).

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit a9ac950, the commit
this set was branched from, the worktree's own ``src`` first on the path; the columns narrowed):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-phetsarath-namthuam-lo                   0.833     0.775     0.775   0.000   0.000    1.000    0.766
    pdf-pageplus-hepatitis-bulletin-na            1.000     1.000     1.000   1.000   1.000    1.000    1.000
    docx-nudi-bbmp-male-kn                        0.800     0.645     0.645   0.000   0.000    1.000    0.630
    html-sitecore-typhoon-transport-hk            1.000     1.000     1.000   0.671   1.000    1.000    1.000
    pdf-word2010-bomba-banjir-bn                  0.857     0.685     0.685   0.867   0.048    1.000    0.669
    html-websphere-hurricane-admin-bs             1.000     0.915     0.915   0.896   1.000    1.000    0.910
    eml-thebat-dulaan-mn                          0.952     0.897     0.897   0.605   1.000    1.000    0.885
    docx-word2010-police-cyclone-mu               0.000     0.636     0.000   0.000   0.429    1.000    0.612
    TOTAL                                         0.855     0.804     0.734   0.522   0.584    1.000    0.793
    96 documents, 64 report pairs linked (about 9 seconds)

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                                   heading F1   item F1 right hd.     key  mitig.  numbers  link F1
    docx-phetsarath-namthuam-lo                   0.833     0.781     0.781   0.000   0.280    1.000    0.771
    pdf-pageplus-hepatitis-bulletin-na            1.000     0.983     0.983   1.000   1.000    1.000    0.972
    docx-nudi-bbmp-male-kn                        0.800     0.648     0.648   0.000   0.333    1.000    0.638
    html-sitecore-typhoon-transport-hk            1.000     1.000     1.000   0.586   1.000    1.000    1.000
    pdf-word2010-bomba-banjir-bn                  0.851     0.685     0.685   0.865   0.037    1.000    0.667
    html-websphere-hurricane-admin-bs             1.000     0.914     0.914   0.883   1.000    1.000    0.910
    eml-thebat-dulaan-mn                          0.952     0.912     0.912   0.664   1.000    1.000    0.908
    docx-word2010-police-cyclone-mu               0.000     0.615     0.000   0.000   0.273    1.000    0.595
    TOTAL                                         0.852     0.799     0.730   0.515   0.600    1.000    0.787

Before writing, the kinds were checked against the layouts printed so far (the layout names and the docstrings of
every ``blind*_layouts`` file): no benchmark file named Phetsarath, Sitecore, WebSphere, PagePlus, The Bat!, Word
2010, Laos, Brunei, Namibia, Hong Kong, the Bahamas, Mauritius, Karnataka, Bengaluru or BBMP; Lao and Kannada had
never been printed, Malay (a Malaysian district committee's flood report exported from Google Docs) and Mongolian (an
aimag emergency department's DokuWiki page) once each. Before the first scored run every document was written without
parsing and the gold checked against its text (pdftotext in content order, the DOCX's XML, the pages with tags
removed, the mails' plain text): every gold heading, item and mitigation is in the text at seeds 0 and 11 (2,641 and
2,578 texts). Looking at those documents, two slips of the writers were mended before the run measured above, neither
chosen from a parse: the Brunei paragraph numbers were drawn in a fallback font instead of the letter's (bold for the
section numbers), and a Mongolian point ended on a genitive with nothing to govern ("… хугацаа: 1 дүгээр сарын
17-ны", now "… 17-ны өдөр бүрэн сэргээхээр ажиллаж байна"). No document was changed after the measured run. The set
is kept as a held-out measure: what the parser got wrong here is not described, so that its failures do not guide the
parser's tuning.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind61_layouts_mail as mail  # noqa: E402
import blind61_layouts_print as printed  # noqa: E402
import blind61_layouts_web as web  # noqa: E402
import blind61_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind61_layouts_banks_away import BANJIR, DULAAN, MALE, NAMTHUAM  # noqa: E402
from blind61_layouts_banks_home import CYCLONE, HEPATITIS, HURRICANE, TYPHOON  # noqa: E402
from blind61_layouts_content import localise, numbered, numbered_upper, roman  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("docx-phetsarath-namthuam-lo", "docx", word.docx_phetsarath_namthuam_lo, publisher_wording(
        [("hl", "ສະຫຼຸບຫຍໍ້", "highlights"), ("sit", "ສະພາບອາກາດ ແລະ ລະດັບນ້ຳ", "situation"),
         ("imp", "ຄວາມເສຍຫາຍ", "impacts"), ("ta", "ການອົບພະຍົບ", None), ("tb", "ການຜະລິດກະສິກຳ", None),
         ("help", "ການຊ່ວຍເຫຼືອຜູ້ປະສົບໄພ", "assistance"), ("staff", "ກຳລັງທີ່ເຂົ້າຮ່ວມ", "workforce"),
         ("money", "ງົບປະມານ", "finance"), ("risks", "ຄວາມສ່ຽງ", "risks"), ("next", "ແຜນການຕໍ່ໜ້າ", "next-steps")]),
        "ບົດລາຍງານສະພາບໄພນ້ຳຖ້ວມ ຄັ້ງທີ {n} – {org}", NAMTHUAM.series, restyle=partial(roman, lang="lo")),
    Layout("pdf-pageplus-hepatitis-bulletin-na", "pdf", printed.pdf_pageplus_hepatitis_bulletin_na, publisher_wording(
        [("hl", "Key highlights", "highlights"), ("sit", "Epidemiological situation", "situation"),
         ("imp", "Impact on health services", "impacts"), ("ta", "Water, sanitation and hygiene", None),
         ("tb", "Laboratory testing", None), ("help", "Support to affected households", "assistance"),
         ("staff", "Human resources", "workforce"), ("money", "Funding", "finance"),
         ("risks", "Challenges and risks", "risks"), ("next", "Way forward", "next-steps")]),
        "Hepatitis E situation bulletin {n} – {org}", HEPATITIS.series, restyle=partial(localise, lang="na")),
    Layout("docx-nudi-bbmp-male-kn", "docx", word.docx_nudi_bbmp_male_kn, publisher_wording(
        [("hl", "ಸಾರಾಂಶ", "highlights"), ("sit", "ಮಳೆಯ ಪ್ರಮಾಣ ಮತ್ತು ಮುನ್ಸೂಚನೆ", "situation"),
         ("imp", "ಹಾನಿಯ ವಿವರ", "impacts"), ("ta", "ಕೆರೆಗಳು ಮತ್ತು ರಾಜಕಾಲುವೆಗಳು", None),
         ("tb", "ರಸ್ತೆಗಳು ಮತ್ತು ಮರಗಳು", None), ("help", "ಸಾರ್ವಜನಿಕರಿಗೆ ನೆರವು", "assistance"),
         ("staff", "ನಿಯೋಜಿತ ಸಿಬ್ಬಂದಿ", "workforce"), ("money", "ವೆಚ್ಚ", "finance"),
         ("risks", "ಅಪಾಯಗಳು", "risks"), ("next", "ಮುಂದಿನ ಕ್ರಮಗಳು", "next-steps")]),
        "ಮಳೆ ಹಾನಿ ವರದಿ ಸಂಖ್ಯೆ {n} – {org}", MALE.series, restyle=partial(localise, lang="kn")),
    Layout("html-sitecore-typhoon-transport-hk", "html", web.html_sitecore_typhoon_transport_hk, publisher_wording(
        [("hl", "Overview", "highlights"), ("sit", "Weather and warning signals", "situation"),
         ("imp", "Service disruption", "impacts"), ("ta", "Network restoration", None),
         ("tb", "Depots and fleet", None), ("help", "Help for passengers", "assistance"),
         ("staff", "Our frontline staff", "workforce"), ("money", "Financial impact", "finance"),
         ("risks", "Operational risks", "risks"), ("next", "Looking ahead", "next-steps")]),
        "Typhoon service update {n} – {org}", TYPHOON.series, restyle=partial(localise, lang="hk")),
    Layout("pdf-word2010-bomba-banjir-bn", "pdf", printed.pdf_word2010_bomba_banjir_bn, publisher_wording(
        [("hl", "Ringkasan", "highlights"), ("sit", "Keadaan Cuaca dan Paras Air", "situation"),
         ("imp", "Kesan Banjir", "impacts"), ("ta", "Operasi Menyelamat", None),
         ("tb", "Pusat Pemindahan Sementara", None), ("help", "Bantuan kepada Mangsa", "assistance"),
         ("staff", "Anggota dan Aset", "workforce"), ("money", "Kos Operasi", "finance"),
         ("risks", "Risiko", "risks"), ("next", "Tindakan Seterusnya", "next-steps")]),
        "Laporan Situasi Banjir Bil. {n} – {org}", BANJIR.series, risk_table=True,
        restyle=partial(numbered_upper, lang="bn")),
    Layout("html-websphere-hurricane-admin-bs", "html", web.html_websphere_hurricane_admin_bs, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Weather conditions", "situation"),
         ("imp", "Damage assessment", "impacts"), ("ta", "Airports and docks", None), ("tb", "Utilities", None),
         ("help", "Relief distribution", "assistance"), ("staff", "Personnel deployed", "workforce"),
         ("money", "Costs", "finance"), ("risks", "Risks", "risks"), ("next", "Next steps", "next-steps")]),
        "Hurricane Situation Report {n} – {org}", HURRICANE.series, restyle=partial(localise, lang="bs")),
    Layout("eml-thebat-dulaan-mn", "eml", mail.eml_thebat_dulaan_mn, publisher_wording(
        [("hl", "Товч мэдээлэл", "highlights"), ("sit", "Цаг агаарын байдал", "situation"),
         ("imp", "Хохирол, нөлөөлөл", "impacts"), ("ta", "Шугам сүлжээний засвар", None),
         ("tb", "Дулааны станцын ажиллагаа", None), ("help", "Хэрэглэгчдэд үзүүлэх туслалцаа", "assistance"),
         ("staff", "Ажиллах хүч", "workforce"), ("money", "Зардал", "finance"),
         ("risks", "Эрсдэл", "risks"), ("next", "Цаашид авах арга хэмжээ", "next-steps")]),
        "Дулаан хангамжийн мэдээ №{n} – {org}", DULAAN.series, restyle=partial(numbered, lang="mn")),
    Layout("docx-word2010-police-cyclone-mu", "docx", word.docx_word2010_police_cyclone_mu, publisher_wording(
        [("hl", "Summary", "highlights"), ("sit", "Meteorological situation", "situation"),
         ("imp", "Incidents and damage", "impacts"), ("ta", "Road network", None), ("tb", "Coastal areas", None),
         ("help", "Assistance to the public", "assistance"), ("staff", "Police resources", "workforce"),
         ("money", "Expenditure", "finance"), ("risks", "Risks", "risks"), ("next", "Future action", "next-steps")]),
        "Situation report {n} – {org}", CYCLONE.series, restyle=partial(numbered, lang="mu")),
)  # fmt: skip


SEED_OFFSET = 6200  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=42)


if __name__ == "__main__":
    main()
