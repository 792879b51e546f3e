"""Sitreps of eight more publishers in layouts nobody tuned for, a twenty-sixth blind, first-sight measure.

    python benchmarks/blind25_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A twenty-sixth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind24_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), and the first whose publishers write without spaces
between words or in Brahmic scripts — Chinese (Simplified and Traditional), Japanese, Korean, Thai, Hindi, Bengali and
Tamil —, each layout a way real contributors' files are made that no earlier set printed. Each layout is one kind of
publisher; its four series are four organisations of that kind, their content from phrase banks of this set
(``blind25_layouts_banks_*``, run through the generator's churn model, so items continue, change, close and appear
from report to report; each series told apart by its name in Latin letters, as ``blind18_layouts_content.Romanised``
does) printed in the publisher's own conventions for figures, dates, full stops and a mitigation's lead
(``blind25_layouts_content``). The machine has no CJK, Thai or Indic font: the three PDFs name reportlab's CID fonts
(Adobe's CJK collections, not embedded, no font file needed — STSong-Light, HeiseiMin-W3 / HeiseiKakuGo-W5,
HYSMyeongJo-Medium / HYGothic-Medium), bold faked by stroking the letters as a word processor does for a face without
a bold; Thai, Hindi, Bengali and Tamil go in Word, HTML and Markdown. The eight: a Chinese county emergency management
bureau's flood "情况报告" typeset as a 公文 to the national standard GB/T 9704-2012 (``blind25_layouts_gongwen``: the
red issuing-authority mark "永修县应急管理局文件", the number "永应急〔2025〕30号", the red rule, the two-line title
"…关于强降雨洪涝灾害 / 有关情况的报告（第3期）", the addressee "九江市应急管理局：", the text in lines of 28
characters each set full to the measure by letter spacing but a paragraph's last, paragraphs and headings indented two
characters, headings "一、总体情况" bold, "（一）力量投入" and "（二）资金保障" plain under the itemless
"六、力量投入和资金保障", every point a paragraph numbered "1." "2." with no space after the number, the situation's
points plain paragraphs, the measures taken run in one paragraph "一是……。二是……。三是……。", "应对措施：" bold,
"特此报告。", the authority and "2025年7月3日" at the right under the red round seal — a star and the authority's name
drawn letter by letter round the rim —, the contact note "（联系人：…；联系电话：…）", at the foot of the last page the
imprint "抄送：…。" and "永修县应急管理局办公室 2025年7月3日印发" between rules, "— 1 —" at the right of odd pages and
the left of even ones); a Japanese city disaster headquarters' "被害状況等について（第3報）" kept on a 方眼 ("graph
paper") Excel sheet — every column as narrow as a row is high — and printed to PDF (``blind25_layouts_grid``: "第3報"
boxed at the top right, the title with the Reiwa year in a merged row, "令和7年7月9日（水）8時00分現在" and the
headquarters and its secretariat at the right, a ruled box of the set-up (本部設置, 配備体制, 本部会議), each heading
"■ 概要" a row filled light blue across the sheet, "● 職員の配備" and "● 災害対応経費" under the itemless "■
配備体制及び経費", the points "・" in one cell and their text from the next, every point longer than about 33
characters broken by its author into rows since a cell does not wrap, the situation rows opening with an ideographic
space, "対応：" plain (a cell is of one style), under the damage a ruled 人的被害 / 住家被害 table of figures, "以上",
the sheet's name at the top right and "1 / 2" at the foot, every cell's string drawn on its own); a Korean city's
disaster and safety countermeasures headquarters' "집중호우 대처 상황보고(제3보)" written in Hangul (HWP) on the
office's report template and saved as PDF (``blind25_layouts_hwp``: the title in a box of a thick and a thin rule,
"2025. 7. 16.(수) 06:00 현재" and the headquarters at the right, the parts "Ⅰ. 상황 개요", "Ⅱ. 대처 상황", "Ⅲ. 향후
계획" on shaded bars, the sections "□ …" in the gothic face under them, the points "○ …" in the myeongjo face broken
between words and set full with hanging lines, a risk's mitigation a line "- 조치: …" under its "○" with "조치:" bold,
the source note "※ 자료: …" under the forecast, "붙임 1. … 1부. / 2. … 1부. 끝.", "- 1 -"; the points in the noun-ending
style without a full stop); a Taiwanese county's disaster response centre's typhoon "災害應變處置報告" sent from an
Outlook set up in Traditional Chinese, which writes Big5 (``blind25_layouts_mail``: ``=?big5?B?…?=`` encoded words in
the address and subject lines, a ``multipart/alternative`` of Outlook's plain text and Word's HTML both
``charset="big5"`` in base64, the HTML's ``<meta>`` saying big5 too, ``MsoNormal`` paragraphs in 標楷體; the greeting
and covering line, the title block centred with "資料時間：中華民國114年8月13日16時00分" — the Republic of China's
years —, bold headings "一、災情概述" … "十、後續工作", each point a paragraph numbered by hand "（一）" with a hanging
indent, the situation as paragraphs indented two ideographic spaces, "因應作為：" bold, the staff group's sign-off,
contact and telephone, the confidentiality note in grey; in the plain part the headings and points are lines with no
blank line between); a Thai
provincial disaster prevention and mitigation office's flood report typed as a "บันทึกข้อความ", the civil service's
internal memorandum, in Word (``blind25_layouts_word``: the Garuda beside "บันทึกข้อความ" in large bold letters, the
form's lines "ส่วนราชการ", "ที่" with "วันที่", "เรื่อง" with bold labels and dotted-underlined values, "เรียน" and the
governor, the opening paragraph, bold headings numbered by hand in Thai digits "๑. สถานการณ์โดยสรุป", each point a
paragraph numbered by hand "๑.๑" and a tab under a hanging indent, the situation's points paragraphs, "มาตรการรองรับ:"
bold, "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ", the director's name in brackets and title; every run TH SarabunPSK
16 pt as a complex script — ``w:cs``, ``w:szCs``, ``w:bCs``, ``w:lang w:bidi="th-TH"`` —, Thai justification, the page
number "- ๒ -" at the head of later pages only, ``w:pgNumType w:fmt="thaiNumbers"``; Thai digits, Buddhist Era
years and no full stops throughout); an Indian state disaster management authority's daily flood report in Hindi typed
as an Indian government letter in Word (``blind25_layouts_patra``: Mangal as a complex script, ``w:lang
w:bidi="hi-IN"``; the authority, the government and the address centred over a double rule, "पत्रांक:" and "दिनांक:
06.08.2025" on one line, "सेवा में," and the addressee, "विषय:-" in bold, "महोदय,", the opening paragraph ending
"निम्नवत है:-", bold underlined headings numbered by hand "1. सारांश:-" with the colon and dash of Indian official
Hindi, the points entries of a Word list lettered "(क)", "(ख)" by ``w:numFmt w:val="hindiConsonants"`` — the letters
nowhere in the text, each section's list restarted —, the situation as justified paragraphs, "शमन उपाय:" bold, under
the damage the bold caption "जिलावार विवरण:-" and a ruled table of districts with a "कुल" row, the closing request,
"भवदीय," and the signature "ह०/-", the endorsement "ज्ञापांक:" with "प्रतिलिपि: … प्रेषित:-" and a typed numbered list
of five copies, the signature again, "पृष्ठ 1 का 2" in the footer); a Bangladeshi district administration's daily
flood report published as a notice of the district's page of the national portal (``blind25_layouts_web``: the top
bar, language switch and search, the district and office, the main menu with drop-down lists, breadcrumbs, the notice's
``<h2>`` and date, then the letter as pasted into the editor: "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", office and branch, a
table of "স্মারক নং: …" and the date in the Bengali and Gregorian calendars ("০৪ আষাঢ় ১৪৩২ বঙ্গাব্দ" over "১৮ জুন ২০২৫
খ্রিস্টাব্দ"), "বিষয়:" in bold, the opening sentence, bold ``<p>`` headings numbered by hand "১। সংক্ষিপ্ত বিবরণ", the
points ``<li>`` of ``<ol style="list-style-type: bengali">``, the situation as ``<p>``, "<strong>গৃহীত
ব্যবস্থা:</strong>", a ruled table of upazilas with a "মোট" row under the damage, the deputy commissioner's signature
block, "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):" over an ``<ol>`` of recipients, the attachment's link, a sidebar of
hotlines, the notice board and the anthem under ``<h3>`` headings, the portal's footer; Bengali digits); and a Tamil
Nadu district disaster management authority's north-east monsoon report kept as a post of the district's Jekyll site
(``blind25_layouts_md``, the Minimal Mistakes theme: YAML front matter, the authority and time of report as a bold
paragraph with the kramdown attribute list ``{: .notice--info}``, ``<!--more-->``, "## …" headings each with an explicit
id ``{#surukkam}``, the parent "## வளங்கள்" itemless over two "### …", "- " points, the situation as paragraphs, every
risk a paragraph of its own followed by ``{: .notice--warning}``, "**தணிப்பு நடவடிக்கை:**", a footnote mark ``[^1]``
after the first point and its note at the end, under the damage a Liquid ``{% include figure … %}`` and a kramdown table
of taluks with ``{: .table}``, a rule and the italic signature line). The generator's structure is the gold; the scorer
and linking measure are ``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``, imported), whose
text normalisation keeps the letters and digits of every script. Under it the combining vowel signs and viramas of
Thai, Devanagari, Bengali and Tamil (not letters to Python's ``\\w``) separate a word into pieces ("सारांश" → "स र श"),
alike in gold and parse; the marks "■", "●", "□", "○", "・" normalise to nothing.

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise):

- Furniture is not an item and no section with heading null is in the gold: the 公文's authority mark, number, red
  rule, title, addressee, opening paragraph, "特此报告。", signature, date, seal, contact note, imprint and page
  numbers; the sheet's "第3報" box, title, date and headquarters lines, set-up box, damage table, "以上", sheet name and
  page numbers; the Korean title box, date and headquarters lines, source note "※ 자료: …", "붙임 …  끝." lines and
  page numbers; the e-mail's greeting, covering line, title block, sign-off, contact, telephone and confidentiality
  note; the memo's Garuda, "บันทึกข้อความ", form lines, "เรียน" line, opening paragraph, closing line, name, title and
  page numbers; the letter's letterhead, number and date, addressee, "विषय:-", "महोदय,", opening paragraph, district
  table and its caption, closing request, signatures, endorsement, copies list and footer; the portal's bars, menus,
  breadcrumbs, ``<h2>``, date, letterhead, memo number and dates, "বিষয়:", opening sentence, upazila table,
  signature block, distribution list, attachment, sidebar (its ``<h3>`` headings and lists too) and footer; the post's
  front matter, notice paragraph and attribute lists, ``<!--more-->``, figure include, taluk table, rule, signature
  line and footnote.
- Headings as printed, with their numbering and marks: "一、总体情况", "（一）力量投入"; "■ 概要", "● 職員の配備";
  "Ⅰ. 상황 개요", "□ 개요", "□ 인력ㆍ장비 동원" (the Korean typist's "ㆍ" for a middle dot); "一、災情概述"; "๑.
  สถานการณ์โดยสรุป"; "1. सारांश:-"; "১। সংক্ষিপ্ত বিবরণ"; the Tamil ones without their ``{#…}`` ids. Levels: the
  itemless "六、力量投入和资金保障", "■ 配備体制及び経費", "Ⅰ.", "Ⅱ.", "Ⅲ." parts and "வளங்கள்" level 1, their children
  ("（一）", "（二）", "●", every "□", the two "###") level 2; all others level 1.
- Items: each point, paragraph, list entry or run-in sentence, without its "1.", "一是" / "二是", "・", "○", "（一）",
  "๑.๑", Word's "(क)", the browser's "১." or "- ", its lines joined; the Chinese, Japanese and Korean items are the
  generator's text, with no space where a line breaks (the scorer's ratio bears one or two). The 公文's measures run
  in one paragraph are one item per "一是" sentence. A Korean risk's "- 조치: …" line belongs to its "○" point: the
  item is "risk 조치: mitigation" (the line's "-" dropped as a mark). Risks with their mitigation are one item, the
  mitigation printed with its lead: "应对措施：", "対応：", "조치:", "因應作為：", "มาตรการรองรับ:", "शमन उपाय:",
  "গৃহীত ব্যবস্থা:", "தணிப்பு நடவடிக்கை:" (bold in every layout but the Japanese sheet and the e-mail's plain part); a
  risk printed without one has none. The Tamil footnote mark ``[^1]`` is not in its item. Every risk section is the
  generator's.
- Keys: the summary sections highlights; "二、雨情水情", "■ 現在の状況", "□ 현재 상황", "二、當前狀況", "๒.
  สถานการณ์ปัจจุบัน", "2. वर्तमान स्थिति:-", "২। বর্তমান পরিস্থিতি", "தற்போதைய நிலைமை" situation; the weather sections
  forecast; the damage sections impacts; the response sections response; the people and equipment sections workforce;
  the cost sections finance; every risk heading risks; the public information sections communications; the
  next-steps sections next-steps; the parents none.
- Figures as printed in the publisher's conventions: "10,353人", "45.4万元", "7月5日", "（上期：12,509）";
  "19,648世帯", "783,000千円", "7月10日", "（前回：18,028）"; "1,283명", "672,000천원", "7. 17.(목)", "(직전: 1,035)";
  "1,469人", "新臺幣53.5萬元", "8月14日", "（前次：1,839）"; Thai digits "๔,๐๘๙ ครัวเรือน", "๕๑๓,๐๐๐ บาท",
  "๑๙ กันยายน ๒๕๖๘", "(รายงานครั้งก่อน ๖,๘๑๓)"; the Indian grouping "2,28,030", "₹7,54,000", "7 अगस्त", "(पिछली
  रिपोर्ट में 2,05,725)"; Bengali digits "৬৮,৮০৮", "৪,৬৩,০০০ টাকা", "২০ জুন", "(আগের প্রতিবেদনে ২৯১)"; "28,247",
  "₹1,42,000", "27 நவம்பர்", "(முந்தைய அறிக்கையில் 7)". The full stop is "。" in Chinese and Japanese, the danda "।"
  in Hindi and Bengali, none at a Korean or Thai item's end.

First run (defaults: 4 series × 3 reports per layout, seed 0; the frozen parser of ``/work/b25base``, before any
change to it; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-gongwen-zh                      0.000      0.477      0.000      0.000      0.219      0.156      0.466
    pdf-hougan-excel-ja                 0.000      0.508      0.000      0.000      0.333      1.000      0.486
    pdf-hwp-report-ko                   0.000      0.570      0.000      0.000      0.115      1.000      0.562
    eml-outlook-big5-zh-tw              0.000      0.191      0.000      0.000      0.138      1.000      0.142
    docx-memo-th                        0.686      0.940      0.940      0.000      0.385      1.000      0.937
    docx-patra-hi                       0.611      0.727      0.709      0.000      0.240      1.000      0.710
    html-portal-notice-bn               0.909      0.823      0.823      0.000      0.333      1.000      0.817
    md-jekyll-post-ta                   1.000      0.972      0.972      0.000      0.261      1.000      0.972
    TOTAL                               0.540      0.621      0.357      0.000      0.245      0.896      0.606

    96 documents, 64 report pairs linked.

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    pdf-gongwen-zh                      0.000      0.515      0.000      0.000      0.625      0.151      0.502
    pdf-hougan-excel-ja                 0.000      0.524      0.000      0.000      0.174      1.000      0.509
    pdf-hwp-report-ko                   0.000      0.601      0.000      0.000      0.304      1.000      0.597
    eml-outlook-big5-zh-tw              0.000      0.182      0.000      0.000      0.217      1.000      0.140
    docx-memo-th                        0.678      0.922      0.922      0.000      0.158      1.000      0.926
    docx-patra-hi                       0.606      0.727      0.717      0.000      0.125      1.000      0.720
    html-portal-notice-bn               0.909      0.821      0.821      0.000      0.158      1.000      0.813
    md-jekyll-post-ta                   1.000      0.972      0.972      0.000      0.250      1.000      0.970
    TOTAL                               0.538      0.630      0.352      0.000      0.257      0.892      0.616

No writer, bank or gold was changed after the first run, and the run did not crash (``_parse_or_nothing``, blind24's,
guards a refusal; no document was refused). The documents were written without parsing them and looked at before it:
the PDFs extracted by ``pdftotext`` and rendered by ``pdftoppm`` (poppler has no CJK glyphs here, so the pages show the
layout with boxes for letters), the Word files converted by LibreOffice and extracted (no Thai or Indic font either:
boxes again, text right), the HTML, the e-mail's decoded parts and the Markdown as text; every gold item and heading
was checked to be in the extracted text (the Korean risks apart, whose mitigation is on the line under them). Faults
fixed while looking, before the run: in the CJK PDFs the stroking of a bold line and the letter spacing of a full line
carried into every later line of the page (a PDF keeps both past the text object; now set on every line); the middle
dot "·" of "인력·장비" is not in the Korean CID font's mapping and came out as spaces (written "ㆍ", as Korean typists
write it); the Japanese sheet's measure was so wide that almost no point was broken into rows (narrowed to about 33
characters); the Indian grouping was applied twice to an amount ("৪,৪,০০০" for "৪,০৪,০০০"); the Korean and Japanese
amounts were printed in thousands once too often ("672천원" for "672,000천원"); the e-mail's encoded words were labelled
"big5_tw" (Python's codec name) and quoted (now "big5", unquoted, as Outlook writes them); the Hindi list entries had
explicit zero indents that overrode their list's; a Thai telephone number had a Lao digit; the Hindi district table
gave every district the same share when no point gave the damaged houses.

Failure classes seen at first sight (``-v``, seed 0): where the format carries the structure in markup or styles, these
scripts cost little — the Tamil post is read item for item (its ``{#…}`` ids, attribute lists, Liquid include, table,
footnote and front matter all kept out; only the notice paragraph is an extra item), the Bengali portal and the Thai
memo lose only furniture (menus, sidebar and tables rightly left out), and every figure is read as printed, Thai and
Bengali digits, the Indian grouping, "千円", "천원" and "新臺幣…萬元" included —; what costs is a PDF of Chinese,
Japanese or Korean text, headings told only by the numbering or marks of these scripts, a plain-text part with no
blank lines, and the meaning of every heading and mitigation lead. Lines of a CJK PDF not joined: in the 公文 every
printed line is an item — paragraphs and points of two lines or more are cut at each line's end ("1.山区乡镇发生山洪
和地质灾害的风险正在上升。应对措施：" / "提前转移危险区群众，…"), whether the line is set full or not —, so nearly every
risk (26 missed) and the measures run in one paragraph (16 missed; "二是紧急转移安置受威胁群众6,527人。三是组织专家对
病险水" one item) are lost while a point of one line is found; the sheet's points broken by hand into rows lose their
last row ("している。" an item), and the sheet's "・" is not taken for a bullet — it stays in the item, which the
scorer's normalisation forgives —, so under "● …" headings, where the points stand one column further in, consecutive
points are joined into one item ("・ 配備職員数1,117人。 ・ 他自治体からの応援職員10人。"; most of the sheet's 20
missed items); in the Korean report a line drawn in two runs of different weight is split at the
change, "조치:" an item of its own and the rest of its line another, and the "- 조치: …" line is never joined to its
"○" point (every Korean risk with a mitigation missed). Headings of these scripts not seen (heading F1 0.000 in the
three PDFs and the e-mail, so right heading 0.000 and no key): the 公文's one heading is the first line of its title
("永修县应急管理局关于强降雨洪涝灾害", bold, 21 pt; its second line is the first item), its "一、总体情况" (bold) and
"（一）力量投入" lines are items; the sheet's "■ 概要" rows and "● 職員の配備" lines and the Korean "□ 개요" lines are
read as bullet points, the mark stripped as a bullet ("概要", "개요" items), the Korean "Ⅰ. 상황 개요" parts items; the
e-mail's "一、災情概述" lines items. A list number with no space after it kept in its item: the 公文's "1.受强降雨影响…"
is matched (the scorer drops the mark) but carries the number "1" (numbers 0.156). The e-mail read from its plain part:
the Big5 is decoded right, but lines with no blank line between them are joined into one item — each section's "（一）…"
"（二）…" points one item, a section of one point joined to its heading ("七、經費 （一）已動支…") —, 161 gold items
missed (item F1 0.191); the HTML part, a paragraph per point under bold headings, is not used. Furniture read as
headings, in the Word files and the portal: bold lines — the Thai memo's "บันทึกข้อความ" and its form lines with bold
labels ("ส่วนราชการ …", "ที่ … วันที่ …", "เรื่อง …", "เรียน …"), closing line and signature; the Hindi "पत्रांक: …
दिनांक: …", the addressee's last line, "विषय:- …", the table's caption "जिलावार विवरण:-", "ह०/-", the name and "संयुक्त
सचिव" (twice), "ज्ञापांक: …", "प्रतिलिपि: …"; the Bengali "বিষয়: …" —, and a short situation paragraph after a
heading taken for a heading of its own ("ระดับน้ำ…", "संचालित राहत शिविरों की संख्या 61।"; the Thai and Hindi missed
items are these). Furniture read as items: the Hindi addressee, "महोदय,", opening paragraph, closing request, "भवदीय,"
and the five copies of the typed numbered list (items of "प्रतिलिपि: …"); the Bengali opening sentence, signature block
(one item) and the recipients' ``<ol>`` (under the last heading); the 公文's addressee, opening paragraph, "特此报告。",
signature, date and imprint (its seal's letters and page numbers are left out); the sheet's title, date, headquarters,
set-up box and the damage table's heads and figures ("0", "232 1,054"; the last point before the table joined to its
head row, "・ 床下浸水1,054棟。 人的被害（人） 住家被害（棟） 死者 …"), "以上" with the next page's sheet name; the
Korean date and headquarters lines, source note and "2. … 끝." (the enclosure's "2." stripped as a list number); the
e-mail's greeting, covering line, title block, sign-off and note; the Tamil notice paragraph. Keys: no heading in any of
the eight languages gets a key, not even the Thai, Hindi, Bengali and Tamil ones found (key 0.000 everywhere).
Mitigations: no lead is split off in any language ("应对措施：", "対応：", "조치:", "因應作為：", "มาตรการรองรับ:", "शमन
उपाय:", "গৃহীত ব্যবস্থা:", "தணிப்பு நடவடிக்கை:"); the column scores the risks printed without one. Links follow the items:
furniture read alike in consecutive reports is linked to itself (239 wrong links of the sheet, 230 of the 公文, 184 of
the e-mail, 168 Korean, 96 Hindi, 64 Bengali, 8 Thai, 8 Tamil), and the e-mail's joined points lose 107 gold links.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind25_layouts_gongwen as gongwen  # noqa: E402
import blind25_layouts_grid as grid  # noqa: E402
import blind25_layouts_hwp as hwp  # noqa: E402
import blind25_layouts_mail as mail  # noqa: E402
import blind25_layouts_md as md  # noqa: E402
import blind25_layouts_patra as patra  # noqa: E402
import blind25_layouts_web as web  # noqa: E402
import blind25_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind25_layouts_banks_east import HONGLAO, HOU, OOAME, TAIFENG  # noqa: E402
from blind25_layouts_banks_south import BAADH, BONNA, UTHOKKAPHAI, VELLAM  # noqa: E402
from blind25_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("pdf-gongwen-zh", "pdf", gongwen.pdf_gongwen_zh, publisher_wording(
        [("zongti", "一、总体情况", "highlights"), ("yuqing", "二、雨情水情", "situation"),
         ("qushi", "三、天气趋势", "forecast"), ("zaiqing", "四、灾情损失", "impacts"),
         ("chuzhi", "五、应对处置工作", "response"),
         ("liliang", "（一）力量投入", "workforce", "六、力量投入和资金保障"),
         ("zijin", "（二）资金保障", "finance", "六、力量投入和资金保障"), ("risks", "七、风险隐患及防范措施", "risks"),
         ("xinxi", "八、信息发布", "communications"), ("xiabu", "九、下一步工作", "next-steps")]),
        "关于强降雨洪涝灾害有关情况的报告（第{n}期）– {org}", HONGLAO.series, restyle=partial(localise, lang="zh")),
    Layout("pdf-hougan-excel-ja", "pdf", grid.pdf_hougan_ja, publisher_wording(
        [("gaiyo", "■ 概要", "highlights"), ("genjo", "■ 現在の状況", "situation"),
         ("kisho", "■ 気象の見通し", "forecast"), ("higai", "■ 被害の状況", "impacts"),
         ("taio", "■ 市の対応状況", "response"), ("haibi", "● 職員の配備", "workforce", "■ 配備体制及び経費"),
         ("keihi", "● 災害対応経費", "finance", "■ 配備体制及び経費"), ("risks", "■ 懸念事項", "risks"),
         ("koho", "■ 市民への広報", "communications"), ("yotei", "■ 今後の予定", "next-steps")]),
        "大雨に係る被害状況等について（第{n}報）– {org}", OOAME.series, restyle=partial(localise, lang="ja")),
    Layout("pdf-hwp-report-ko", "pdf", hwp.pdf_hwp_ko, publisher_wording(
        [("gaeyo", "□ 개요", "highlights", "Ⅰ. 상황 개요"), ("hyeonhwang", "□ 현재 상황", "situation", "Ⅰ. 상황 개요"),
         ("jeonmang", "□ 기상 전망", "forecast", "Ⅰ. 상황 개요"), ("pihae", "□ 피해 현황", "impacts", "Ⅰ. 상황 개요"),
         ("jochi", "□ 조치 사항", "response", "Ⅱ. 대처 상황"),
         ("inryeok", "□ 인력ㆍ장비 동원", "workforce", "Ⅱ. 대처 상황"),
         ("yesan", "□ 소요 예산", "finance", "Ⅱ. 대처 상황"),
         ("risks", "□ 위험 요인 및 대책", "risks", "Ⅲ. 향후 계획"),
         ("hongbo", "□ 대국민 홍보", "communications", "Ⅲ. 향후 계획"),
         ("hyanghu", "□ 향후 조치 계획", "next-steps", "Ⅲ. 향후 계획")]),
        "집중호우 대처 상황보고(제{n}보) – {org}", HOU.series, restyle=partial(localise, lang="ko")),
    Layout("eml-outlook-big5-zh-tw", "eml", mail.email_big5_tw, publisher_wording(
        [("gaishu", "一、災情概述", "highlights"), ("zhuangkuang", "二、當前狀況", "situation"),
         ("yubao", "三、氣象預報", "forecast"), ("zaisun", "四、災損情形", "impacts"),
         ("yingbian", "五、應變作為", "response"), ("renli", "六、人力及機具", "workforce"),
         ("jingfei", "七、經費", "finance"), ("risks", "八、潛在風險", "risks"),
         ("xuandao", "九、民眾宣導", "communications"), ("houxu", "十、後續工作", "next-steps")]),
        "颱風災害應變處置報告（第{n}報）– {org}", TAIFENG.series, restyle=partial(localise, lang="tw")),
    Layout("docx-memo-th", "docx", word.docx_memo_th, publisher_wording(
        [("sarup", "๑. สถานการณ์โดยสรุป", "highlights"), ("patjuban", "๒. สถานการณ์ปัจจุบัน", "situation"),
         ("khadkan", "๓. การคาดการณ์สภาพอากาศ", "forecast"), ("siahai", "๔. ความเสียหาย", "impacts"),
         ("chuailuea", "๕. การให้ความช่วยเหลือ", "response"),
         ("kamlang", "๖. กำลังพลและเครื่องจักรกล", "workforce"), ("ngop", "๗. งบประมาณ", "finance"),
         ("risks", "๘. ความเสี่ยงและมาตรการรองรับ", "risks"), ("prachasamphan", "๙. การประชาสัมพันธ์", "communications"),
         ("tonpai", "๑๐. การดำเนินการต่อไป", "next-steps")]),
        "รายงานสถานการณ์อุทกภัย ครั้งที่ {n} – {org}", UTHOKKAPHAI.series, restyle=partial(localise, lang="th")),
    Layout("docx-patra-hi", "docx", patra.docx_patra_hi, publisher_wording(
        [("saransh", "1. सारांश:-", "highlights"), ("sthiti", "2. वर्तमान स्थिति:-", "situation"),
         ("poorvanuman", "3. मौसम पूर्वानुमान:-", "forecast"), ("kshati", "4. क्षति का विवरण:-", "impacts"),
         ("rahat", "5. राहत एवं बचाव कार्य:-", "response"),
         ("maanav", "6. तैनात मानव संसाधन एवं उपकरण:-", "workforce"), ("vyay", "7. व्यय:-", "finance"),
         ("risks", "8. जोखिम एवं शमन उपाय:-", "risks"), ("suchna", "9. जन-जागरूकता एवं सूचना प्रसार:-", "communications"),
         ("aage", "10. आगामी कार्यवाही:-", "next-steps")]),
        "बाढ़ की स्थिति पर दैनिक प्रतिवेदन संख्या {n} – {org}", BAADH.series, restyle=partial(localise, lang="hi")),
    Layout("html-portal-notice-bn", "html", web.html_portal_bn, publisher_wording(
        [("songkhep", "১। সংক্ষিপ্ত বিবরণ", "highlights"), ("porishthiti", "২। বর্তমান পরিস্থিতি", "situation"),
         ("purbabhas", "৩। আবহাওয়ার পূর্বাভাস", "forecast"), ("khoykhoti", "৪। ক্ষয়ক্ষতির বিবরণ", "impacts"),
         ("tran", "৫। ত্রাণ ও উদ্ধার কার্যক্রম", "response"), ("jonobol", "৬। জনবল ও সরঞ্জাম", "workforce"),
         ("byay", "৭। ব্যয়", "finance"), ("risks", "৮। ঝুঁকি ও গৃহীত ব্যবস্থা", "risks"),
         ("procharona", "৯। জনসচেতনতা ও প্রচারণা", "communications"), ("poroborti", "১০। পরবর্তী করণীয়", "next-steps")]),
        "বন্যা পরিস্থিতি সংক্রান্ত দৈনিক প্রতিবেদন নং {n} – {org}", BONNA.series, restyle=partial(localise, lang="bn")),
    Layout("md-jekyll-post-ta", "md", md.md_jekyll_ta, publisher_wording(
        [("surukkam", "சுருக்கம்", "highlights"), ("nilaimai", "தற்போதைய நிலைமை", "situation"),
         ("munnarivippu", "வானிலை முன்னறிவிப்பு", "forecast"), ("pathippu", "பாதிப்புகள்", "impacts"),
         ("nivaranam", "நிவாரணப் பணிகள்", "response"),
         ("panibalam", "பணியாளர்கள் மற்றும் உபகரணங்கள்", "workforce", "வளங்கள்"),
         ("selavu", "செலவினம்", "finance", "வளங்கள்"), ("risks", "அபாயங்கள்", "risks"),
         ("thagaval", "பொதுமக்களுக்கான தகவல்", "communications"), ("aduthu", "அடுத்தகட்ட நடவடிக்கைகள்", "next-steps")]),
        "வடகிழக்குப் பருவமழை – நிலை அறிக்கை எண் {n} – {org}", VELLAM.series, restyle=partial(localise, lang="ta")),
)  # fmt: skip


SEED_OFFSET = 2600  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
