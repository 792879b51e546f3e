"""Sitreps of eight more publishers in layouts nobody tuned for, a twentieth blind, first-sight measure.

    python benchmarks/blind19_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twentieth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind18_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), in seven languages no earlier set used — Turkish,
Indonesian, Slovenian, Estonian, Vietnamese, Filipino and Swahili — and Australian English. Each layout is one kind
of publisher; its four series are four organisations of that kind, their content from phrase banks of this set
(``blind19_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and appear
from report to report): a Turkish provincial disaster and emergency directorate's earthquake "Durum Raporu" as a PDF
("T.C.", the governorship and the directorate centred, "Sayı:" and "Konu:" left, the date right, the title and "(…
saat 08.00 itibarıyla)", headings typed "1. ÖZET" in bold capitals over justified paragraphs with a first-line
indent, "Alınan tedbir:" in bold inside a risk's paragraph, superscript footnote marks after the first paragraph of
three sections and the footnotes under a short rule at the foot of their page, the director's signature, "Sayfa 1 /
2"; "1.250", "%12" with the sign before the figure, "3.400 TL", "16 Şubat"); an Indonesian regency disaster
management agency's flood "Laporan Situasi" as a PDF on landscape pages (the letterhead with the agency's round mark
over a thick and a thin rule, the title, "Nomor:" and the period, a "DAFTAR ISI" of the headings with dotted leaders
and the pages they stand on, headings "A. RINGKASAN KEJADIAN" in orange capitals, typed "1." "2." points restarting
under each heading with a hanging indent across the wide page, "Upaya penanganan:" in bold inside a risk's point,
the place, date and the head's signature with his NIP, a "Tembusan:" list of numbered addressees, a running head on
later pages, "Halaman 1 dari 2"; "1.250", "12%", "Rp3.400.000", "20 Januari"); a Slovenian municipal civil protection
staff's "Poročilo o stanju" on floods in a Slovenian Word (the municipality and the staff in the page header, the
title in ``Naslov``, a Številka / Datum / Stanje ob / Pripravil table with shaded labels, headings in the style
Slovenian Word calls ``Naslov1`` with typed numbers "1. Splošno stanje", the points entries of ``Oznaenseznam`` (List
Bullet), "Ukrepi:" in bold inside a risk's entry, a landscape section after the response holding only "Preglednica
1: Intervencije po naseljih" and its table — the page turned for the wide table, then turned back —, the commander's
name right-aligned, "Stran 1 od 4"; "1.250", "12 %", "3.400 EUR", the dates in figures "8. 8."); an Estonian
rescue board region's "Olukorra ülevaade" on a storm that cut the power in Word (the region and "ASUTUSESISESEKS
KASUTAMISEKS" in the page header, the title, "Seisuga …", "Sündmus:" and "Järgmine ülevaade:" lines, a "Sisukord"
TOC field built from outline levels with its cached entries linked to bookmarks, the headings Normal paragraphs in
bold whose outline level is set on the paragraph itself — ``w:outlineLvl``, no heading style —, each point an entry
of a "–" list, "Meetmed:" in bold inside a risk's entry, "Koostas:" and the officer, "1/2"; "5 234" with a plain
space, "12%", "3 400 eurot", "17. jaanuar"); a Vietnamese provincial steering committee's "Báo cáo nhanh" on floods
as the province's web portal publishes it (banner, search, menu, breadcrumbs, the article's ``<h1>``, time and
source, then the official document as pasted into the CMS: the two-cell header table "UBND TỈNH … / BAN CHỈ HUY …
/ Số: …/BC-BCH" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and the place and date,
"BÁO CÁO NHANH" and its subject centred, "Kính gửi:", headings "I. TÌNH HÌNH MƯA LŨ" as bold ``<p>``, each point a
justified ``<p>`` opening with a typed "- ", "Biện pháp:" in bold italics inside a risk's point, the "Nơi nhận:"
list and the "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / (Đã ký)" signature side by side in a table, the attached file, the
view count, related news and footer; "1.250", "12%", "3.400 triệu đồng", "16/9"); a Philippine city disaster office's
"Ulat Sitwasyon" in Filipino as a Bootstrap dashboard page (navbar, a red alert ribbon, the title and "As of" line
in ``<div>``s, a row of key-figure tiles, then each section a card whose heading is its ``<div
class="card-header">`` with an icon — no ``<h*>`` element in the page — over a ``list-group`` of points, a table of
evacuation centres in that section's card, "Tugon:" in ``<b>`` inside a risk's point, the hotline footer; "1,250",
"12%", "₱3,400", "Hulyo 22"); a Tanzanian regional secretariat's flood "Taarifa ya Hali" in Swahili sent by e-mail
as an attached Word file (multipart/mixed: a covering note as multipart/alternative, plain text and Gmail-style
HTML — "Ndugu Wadau," two sentences, "Wako katika ujenzi wa taifa," name, title, office, telephone —, then the
report as a .docx: the republic, the office and the region centred, "TAARIFA YA HALI YA MAFURIKO", "Na. 3 – …",
Heading 1 headings "1. Muhtasari", List Bullet points, "Hatua:" in bold inside a risk's point, "Imeandaliwa na:",
"Ukurasa 1 kati ya 2"; "1,250", "12%", "TSh 3,400,000", "16 Aprili"); and an Australian regional hospital's
heatwave log kept as a Logseq page and shared as its Markdown file (page properties ``title::``, ``tags::``,
``author::``, ``organisation::``, a first block "Logged by [[…]] …" with an ``id::`` property, every line a "- "
block indented by tabs, the headings blocks "- ## Summary" with their points as child blocks, ``collapsed:: true``
under the risks heading, the next steps ``TODO`` / ``DONE`` tasks, an "Open tasks" block with a ``{{query}}``, the
next log's link; "1,250", "12%", "$3,400", "21 January", "(up from 5 yesterday)"). The generator's structure is
the gold; the scorer and linking measure are ``council_layouts.py``'s. Every organisation's name holds Latin
letters that differ from the others' (the Vietnamese and Turkish ones with their diacritics dropped by the series
id), so the four series of a publisher have four series ids and four contents.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the Turkish "T.C." block, "Sayı:" /
  "Konu:" and the date, the title and its "(… itibarıyla)" line, the signature, the footnotes and "Sayfa"; the
  Indonesian letterhead, title, "Nomor:", period, the whole "DAFTAR ISI" (its entries repeat the headings), the
  place, date and signature, "Tembusan:" and its numbered addressees (not points), running head and page line; the
  Slovenian header, title, details table, the landscape page's caption and table (figures only), the commander and
  the footer; the Estonian header, title, "Seisuga" / "Sündmus:" / "Järgmine ülevaade:" lines, "Sisukord" and its
  entries, "Koostas:" and the officer; the Vietnamese portal's banner, menu, breadcrumbs, ``<h1>``, time and source,
  the document's header table, "BÁO CÁO NHANH" and its subject, "Kính gửi:", the "Nơi nhận:" / signature table, the
  attachment, view count, related news and footer; the Filipino page's navbar, alert ribbon, title, "As of" line,
  figure tiles (repeated from items), the evacuation centres table and the footer; the e-mail's headers and
  covering note (greeting, two sentences, sign-off, signature, in both alternatives) and the attached report's
  centred lines, title, "Na. …" line, "Imeandaliwa na:" lines and footer; the Logseq page properties, the "Logged
  by" block and its ``id::``, ``collapsed::``, the "Open tasks" block and its query, and the "Next log" block.
- Headings are printed as the reader sees them, typed numbers and letters kept ("1. ÖZET", "A. RINGKASAN
  KEJADIAN", "1. Splošno stanje", "I. TÌNH HÌNH MƯA LŨ", "1. Muhtasari") and capitals as printed; the Estonian
  headings are headings though no style says so (bold, own line, an outline level that the table of contents
  lists); a Filipino card header is a heading without its icon; a Logseq block "## Summary" is a heading without
  "- " and "##" (its child blocks its items). All level 1.
- Items: each paragraph, point, numbered point, list entry, ``<li>``, card entry or child block is one item, without
  its "-", "–", "•", "1." or "\t- ", with its wrapped lines joined. A footnote's superscript mark is not in its
  paragraph's text (the gold ends at the full stop; "…yapılmaktadır." not "…yapılmaktadır.3"). A Logseq task's
  ``TODO`` / ``DONE`` marker is its checkbox, not its text.
- Risks with their mitigation are one item, the mitigation printed with its lead: "Alınan tedbir:" (bold), "Upaya
  penanganan:" (bold), "Ukrepi:" (bold), "Meetmed:" (bold), "Biện pháp:" (bold italics), "Tugon:" (``<b>``), "Hatua:"
  (bold) and "**Controls:**" (Markdown bold). A risk printed without a mitigation has none. Every layout's risk
  section is the generator's "risks" section.
- Keys: "1. ÖZET", "A. RINGKASAN KEJADIAN", "Olukorra kokkuvõte", "Buod ng Sitwasyon", "1. Muhtasari" and "Summary"
  highlights; "2. DEPREM VE ARTÇI SARSINTILAR", "B. KONDISI TERKINI", "1. Splošno stanje", "I. TÌNH HÌNH MƯA LŨ",
  "Kasalukuyang Lagay", "2. Hali ilivyo sasa" and "Emergency department" situation; "2. Vremenska in hidrološka
  napoved", "Ilmaprognoos" and "II. DỰ BÁO" forecast; "3. HASAR TESPİT VE ETKİLER", "C. DAMPAK BENCANA", "3.
  Posledice za prebivalce", "Elektrivarustus" (customers without power), "Mõju elanikele ja teenustele", "III. THIỆT
  HẠI BAN ĐẦU" (the first damage), "Mga Apektado", "3. Athari" and "Patient impacts" impacts; "4. MÜDAHALE
  ÇALIŞMALARI", "D. UPAYA PENANGANAN", "4. Izvedeni ukrepi in sile", "Päästeameti tegevus", "IV. CÔNG TÁC ỨNG PHÓ",
  "Mga Ginawang Tugon", "4. Hatua zilizochukuliwa" and "Actions today" response; "5. BARINMA VE BESLENME" (shelter
  and food), "E. PENGUNGSIAN DAN BANTUAN", "5. Pomoč prizadetim", "Mga Evacuation Center" and "5. Misaada ya
  kibinadamu" assistance; "6. GÖREVLİ PERSONEL VE ARAÇLAR", "F. SUMBER DAYA" (personnel and boats) and "Staffing"
  workforce; "6. Ocena škode in stroški", "Pondo at Gastos" and "6. Gharama" finance; "Taastamistööd" recovery;
  every risk heading risks; "8. KAMUOYUNUN BİLGİLENDİRİLMESİ", "8. Obveščanje javnosti", "Elanike teavitamine", "V.
  CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN", "Mga Paalala sa Publiko", "8. Mawasiliano kwa umma" and "Communications"
  communications; "H. RENCANA TINDAK LANJUT", "9. Naloge za naslednje obdobje", "Järgmised sammud", "VII. NHIỆM VỤ
  TIẾP THEO", "9. Hatua zinazofuata" and "Tomorrow" next-steps.
- Figures as printed in the publisher's conventions: Turkish "1.250", "%12", "3.400 TL", "1,25 milyon TL", "16
  Şubat"; Indonesian "1.250", "12%", "Rp3.400.000", "Rp1,25 miliar", "20 Januari"; Slovenian "1.250", "12 %",
  "3.400 EUR", "1,25 mio. EUR", dates in figures "8. 8."; Estonian "1 250" with a plain space, "12%", "3 400 eurot",
  "1,25 miljonit eurot", "17. jaanuar"; Vietnamese "1.250", "12%", "3.400 triệu đồng", "1,25 tỷ đồng", "16/9";
  Filipino "1,250", "12%", "₱3,400", "₱1.25 milyon", "Hulyo 22"; Swahili "1,250", "12%", "TSh 3,400,000", "TSh
  bilioni 1.25", "16 Aprili"; Australian "1,250", "$3,400", "$1.25 million", "21 January". Most figures of the
  Turkish, Slovenian, Estonian, Filipino and Swahili banks stand after a colon ("Yaralı vatandaş sayısı: 129",
  "Število evakuiranih prebivalcev: 30"), as those publishers write them, so that no numeral has to agree with its
  noun.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b19base``, before any
change to it; the figures as printed, the columns narrowed):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-durum-raporu-tr                0.889    0.805          0.805  0.000       0.217    0.990    0.793
    pdf-laporan-landscape-id           0.800    0.947          0.947  0.103       1.000    1.000    0.944
    docx-porocilo-landscape-sl         1.000    0.901          0.901  0.486       0.000    1.000    0.896
    docx-outline-level-et              0.900    0.670          0.670  0.000       0.556    1.000    0.661
    html-portal-bao-cao-vi             0.824    0.694          0.694  0.000       0.133    1.000    0.685
    html-dashboard-cards-fil           1.000    0.732          0.732  0.072       0.118    1.000    0.718
    eml-attached-docx-sw               1.000    0.921          0.921  0.000       0.387    1.000    0.915
    md-logseq-heatwave-au              0.941    0.915          0.915  0.598       1.000    1.000    0.912
    TOTAL                              0.917    0.815          0.815  0.163       0.437    0.999    0.806

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                        heading F1  item F1  right heading    key  mitigation  numbers  link F1
    pdf-durum-raporu-tr                0.889    0.802          0.802  0.000       0.292    1.000    0.800
    pdf-laporan-landscape-id           0.800    0.942          0.942  0.107       1.000    1.000    0.939
    docx-porocilo-landscape-sl         1.000    0.899          0.899  0.432       0.148    1.000    0.890
    docx-outline-level-et              0.900    0.673          0.673  0.000       0.357    1.000    0.658
    html-portal-bao-cao-vi             0.824    0.689          0.689  0.000       0.333    1.000    0.671
    html-dashboard-cards-fil           1.000    0.748          0.748  0.097       0.464    1.000    0.738
    eml-attached-docx-sw               1.000    0.917          0.917  0.000       0.417    1.000    0.912
    md-logseq-heatwave-au              0.941    0.914          0.914  0.586       1.000    1.000    0.912
    TOTAL                              0.917    0.813          0.813  0.155       0.480    1.000    0.804

No writer or bank was changed to better the figures after the first run: the documents were written without
parsing them and looked at before it (rendered pages of the PDFs, the Word files through LibreOffice, the HTML pages
and the e-mail's parts and attachment as text, the Markdown as it is), and written without error. One fault was
fixed while looking, before the run: the Slovenian style ids were renamed after the paragraphs were added, so the
headings and bullets named styles that no longer existed and printed as plain paragraphs. One was fixed after it, a
real bug of the printed furniture only: the Turkish province was put in capitals by Python's rules ("BINGÖL
VALİLİĞİ") and not Turkish ones ("BİNGÖL"); the figures of that layout were the same before and after the fix.

Failure classes seen at first sight (``-v``, seed 0): of the gold items not one is missed — every point of every
layout is read, under the right heading, with its figures as printed (one Turkish figure apart) —, so what costs is
furniture read as headings and items, the leads of six more languages, and the keys of every language but English
and, in part, Slovenian. Furniture read as headings: the Turkish "T.C. … VALİLİĞİ İl Afet ve Acil Durum
Müdürlüğü" block and the title "… İLİ DEPREM DURUM RAPORU" (with "Sayı:", "Konu:", the date and "(… itibarıyla)" as
their items); the Indonesian letterhead's two lines, the round mark's "BPBD" (the address its item) and the title
("Nomor:" its item; the "DAFTAR ISI" with its dotted leaders, the signature and "Tembusan:" rightly left out); the
Estonian title "OLUKORRA ÜLEVAADE NR 1" and "Sisukord", every cached table-of-contents entry read as an item
("Olukorra kokkuvõte: 1", the tab before the page made a colon), though the headings given only an outline level
are all found; the Vietnamese header table's left cell run together across its ``<br>`` ("UBND TỈNH QUẢNG
NGÃIBAN CHỈ HUY PCTT VÀ TKCN Số: 53/BC-BCH") and "BÁO CÁO NHANH", with the republic's motto, the place and date,
the subject and "Kính gửi:" as items, and "Nơi nhận:" taken for a heading over the addressees and the whole
signature ("KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN", "(Đã ký)", the name) — the portal's menu, breadcrumbs, ``<h1>``,
related news and footer rightly left out; the Logseq "Open tasks" block (its query rightly dropped, the "Next log"
block its item). Furniture read as items: the Turkish footnote marks, split from their paragraphs and read as items
"1", "2", "3" (the paragraphs themselves read whole; the footnotes at the foot rightly left out); the signatures
and sign-off lines at the end of the Turkish, Slovenian, Estonian and Swahili reports under the last heading; the
Slovenian landscape page's caption "Preglednica 1: …" (its table rightly left out, the turned page read in order);
the Filipino title, badge, "As of" line and every key-figure tile's figure and label under no heading ("2,993",
"Apektadong pamilya") — the card headers themselves, ``<div>``s with an icon, are all found (heading F1 1.000) and
the evacuation centres table is left out; the Logseq "Logged by [[…]]" block and the ``collapsed:: true`` property
read as a point (the page properties, ``id::`` and the ``TODO`` / ``DONE`` markers rightly dropped). The attached
Word report of the Swahili e-mail is read whole and the covering note left out in both its alternatives (headings
1.000, item F1 0.921, only the "Imeandaliwa na:" lines extra). Mitigations: "Upaya penanganan:" and the Logseq
"**Controls:**" are always split off (1.000); "Alınan tedbir:", "Ukrepi:", "Meetmed:", "Biện pháp:", "Tugon:" and
"Hatua:" never are (those layouts' figures come only from risks printed without one). Keys: no Turkish, Estonian,
Vietnamese or Swahili heading gets one but "I. TÌNH HÌNH MƯA LŨ", taken for forecast; of the Indonesian only "G.
POTENSI RISIKO" and of the Filipino only "Pondo at Gastos"; the Slovenian situation, impacts and assistance
headings are keyed, its forecast, response, finance, risks, communications and next steps not; in English
"Emergency department" and "Tomorrow" get none and "Actions today" is taken for actions (gold response). Links
follow the items: furniture read as items in consecutive reports is linked to itself (most of the wrong links), and
a single gold link is missed.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind19_layouts_mail as mail  # noqa: E402
import blind19_layouts_md as md  # noqa: E402
import blind19_layouts_pdf as pdf  # noqa: E402
import blind19_layouts_web as web  # noqa: E402
import blind19_layouts_word as word  # noqa: E402
from blind19_layouts_banks_other import HEATWAVE, MAFURIKO  # noqa: E402
from blind19_layouts_banks_south import BAGYO, BANJIR, MUALU  # noqa: E402
from blind19_layouts_banks_west import DEPREM, POPLAVE, TORM  # noqa: E402
from blind19_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-durum-raporu-tr", "pdf", pdf.pdf_durum_raporu_tr, publisher_wording(
        [("ozet", "1. ÖZET", "highlights"), ("deprem", "2. DEPREM VE ARTÇI SARSINTILAR", "situation"),
         ("hasar", "3. HASAR TESPİT VE ETKİLER", "impacts"), ("mudahale", "4. MÜDAHALE ÇALIŞMALARI", "response"),
         ("barinma", "5. BARINMA VE BESLENME", "assistance"), ("personel", "6. GÖREVLİ PERSONEL VE ARAÇLAR",
                                                                "workforce"),
         ("risks", "7. RİSKLER VE ALINAN TEDBİRLER", "risks"), ("bilgi", "8. KAMUOYUNUN BİLGİLENDİRİLMESİ",
                                                                "communications")]),
        "Deprem Durum Raporu No: {n} – {org}", DEPREM.series, restyle=partial(localise, lang="tr")),
    Layout("pdf-laporan-landscape-id", "pdf", pdf.pdf_laporan_situasi_id, publisher_wording(
        [("ringkasan", "A. RINGKASAN KEJADIAN", "highlights"), ("kondisi", "B. KONDISI TERKINI", "situation"),
         ("dampak", "C. DAMPAK BENCANA", "impacts"), ("penanganan", "D. UPAYA PENANGANAN", "response"),
         ("pengungsi", "E. PENGUNGSIAN DAN BANTUAN", "assistance"), ("sumberdaya", "F. SUMBER DAYA", "workforce"),
         ("risks", "G. POTENSI RISIKO", "risks"), ("rencana", "H. RENCANA TINDAK LANJUT", "next-steps")]),
        "Laporan Situasi Bencana Banjir No. {n} – {org}", BANJIR.series, restyle=partial(localise, lang="id")),
    Layout("docx-porocilo-landscape-sl", "docx", word.docx_porocilo_sl, publisher_wording(
        [("stanje", "1. Splošno stanje", "situation"), ("napoved", "2. Vremenska in hidrološka napoved", "forecast"),
         ("posledice", "3. Posledice za prebivalce", "impacts"), ("ukrepi", "4. Izvedeni ukrepi in sile", "response"),
         ("pomoc", "5. Pomoč prizadetim", "assistance"), ("stroski", "6. Ocena škode in stroški", "finance"),
         ("risks", "7. Tveganja", "risks"), ("obvescanje", "8. Obveščanje javnosti", "communications"),
         ("naloge", "9. Naloge za naslednje obdobje", "next-steps")]),
        "Poročilo o stanju št. {n} – {org}", POPLAVE.series, restyle=partial(localise, lang="sl")),
    Layout("docx-outline-level-et", "docx", word.docx_ulevaade_et, publisher_wording(
        [("kokkuvote", "Olukorra kokkuvõte", "highlights"), ("ilm", "Ilmaprognoos", "forecast"),
         ("elekter", "Elektrivarustus", "impacts"), ("mojud", "Mõju elanikele ja teenustele", "impacts"),
         ("tegevused", "Päästeameti tegevus", "response"), ("taastamine", "Taastamistööd", "recovery"),
         ("risks", "Riskid", "risks"), ("teavitus", "Elanike teavitamine", "communications"),
         ("edasi", "Järgmised sammud", "next-steps")]),
        "Olukorra ülevaade nr {n} – {org}", TORM.series, restyle=partial(localise, lang="et")),
    Layout("html-portal-bao-cao-vi", "html", web.html_bao_cao_nhanh_vi, publisher_wording(
        [("tinhhinh", "I. TÌNH HÌNH MƯA LŨ", "situation"), ("dubao", "II. DỰ BÁO", "forecast"),
         ("thiethai", "III. THIỆT HẠI BAN ĐẦU", "impacts"), ("ungpho", "IV. CÔNG TÁC ỨNG PHÓ", "response"),
         ("thongtin", "V. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN", "communications"),
         ("risks", "VI. NGUY CƠ VÀ BIỆN PHÁP", "risks"), ("nhiemvu", "VII. NHIỆM VỤ TIẾP THEO", "next-steps")]),
        "Báo cáo nhanh tình hình mưa lũ số {n} – {org}", MUALU.series, restyle=partial(localise, lang="vi")),
    Layout("html-dashboard-cards-fil", "html", web.html_ulat_sitwasyon_fil, publisher_wording(
        [("buod", "Buod ng Sitwasyon", "highlights"), ("lagay", "Kasalukuyang Lagay", "situation"),
         ("apektado", "Mga Apektado", "impacts"), ("evac", "Mga Evacuation Center", "assistance"),
         ("tugon", "Mga Ginawang Tugon", "response"), ("pondo", "Pondo at Gastos", "finance"),
         ("risks", "Mga Panganib", "risks"), ("paalala", "Mga Paalala sa Publiko", "communications")]),
        "Ulat Sitwasyon Blg. {n} – {org}", BAGYO.series, restyle=partial(localise, lang="fil")),
    Layout("eml-attached-docx-sw", "eml", mail.email_taarifa_sw, publisher_wording(
        [("muhtasari", "1. Muhtasari", "highlights"), ("hali", "2. Hali ilivyo sasa", "situation"),
         ("athari", "3. Athari", "impacts"), ("hatua", "4. Hatua zilizochukuliwa", "response"),
         ("misaada", "5. Misaada ya kibinadamu", "assistance"), ("fedha", "6. Gharama", "finance"),
         ("risks", "7. Hatari", "risks"), ("mawasiliano", "8. Mawasiliano kwa umma", "communications"),
         ("zijazo", "9. Hatua zinazofuata", "next-steps")]),
        "Taarifa ya Hali ya Mafuriko Na. {n} – {org}", MAFURIKO.series, restyle=partial(localise, lang="sw")),
    Layout("md-logseq-heatwave-au", "md", md.markdown_logseq_au, publisher_wording(
        [("summary", "Summary", "highlights"), ("ed", "Emergency department", "situation"),
         ("impacts", "Patient impacts", "impacts"), ("actions", "Actions today", "response"),
         ("staffing", "Staffing", "workforce"), ("risks", "Risks", "risks"),
         ("comms", "Communications", "communications"), ("next", "Tomorrow", "next-steps")]),
        "Heatwave sitrep {n} – {org}", HEATWAVE.series, restyle=partial(localise, lang="au")),
)  # fmt: skip


SEED_OFFSET = 2000  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
