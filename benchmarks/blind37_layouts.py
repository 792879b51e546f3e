"""Sitreps of eight more publishers in layouts nobody tuned for, a thirty-eighth blind, first-sight measure.

    python benchmarks/blind37_layouts.py [--series 4] [--reports 3] [--seed 0] [--layout NAME ...]
                                         [--write DIR] [--json] [-v]

A thirty-eighth set beside ``council_layouts.py``, ``unseen_layouts.py``, ``fresh_layouts.py``, ``blind_layouts.py``,
``blind3_layouts.py`` … ``blind36_layouts.py``, written from what eight more publishers send and not from what the
parser expects (the parser's code was not read to write it), this time where a sitrep reaches its reader through
something that stands between the writer and the file — a chat app's export, a radio e-mail gateway's form, a board
printed from the browser, a government file system, a thread unroller, an OCR program, an aggregator's page and a fax
server —: Japanese councils of social welfare running disaster volunteer centres after torrential rain, writing in
Japanese, Alaskan borough emergency operations centres after an earthquake, Australian community recovery committees
after a bushfire, Punjab district animal husbandry offices in an outbreak of lumpy skin disease, writing in Indian
English, Gujarat district collectorates in a cyclone, writing in Gujarati — a language no earlier set printed —,
Tatarstan district executive committees in the spring flood, writing in Tatar — a language no earlier set printed —,
Philippine city and municipal disaster offices after an eruption of Kanlaon Volcano, and Bavarian district offices in a
snow disaster, writing in German; each layout a way real contributors' files are made that no earlier set printed. Each
layout is one kind of publisher; its four series are four organisations of that kind, their content from phrase banks
of this set (``blind37_layouts_banks_en``, ``blind37_layouts_banks_world``, run through the generator's churn model, so
items continue, change, close and appear from report to report) printed in the publisher's own conventions for amounts,
dates, comparisons and a mitigation's lead (``blind37_layouts_content``). The eight: the volunteer centre's daily
report posted in the LINE group where the town office, the prefecture's council and the volunteer groups coordinate,
and saved by the town office from LINE for PC as the talk history (``blind37_layouts_msg``: a text file, CRLF, "[LINE]
…のトーク履歴" and "保存日時：…", the day's line "2026/07/08(水)", each message the time, a tab, the sender, a tab and
the text, a message of several lines in double quotes; the report one such message — its title "【…活動報告 第3報】"
and "7月8日（水）17:00現在", each section a line "■概要", the summary as lines, the other points after "・", "対策："
inside a risk's point, "以上、よろしくお願いいたします。" and the signature —, among the others' messages, "[スタンプ]"
and "[写真]"); the borough EOC's sitrep sent by its amateur radio operator over Winlink as an ICS 213 General Message
form from Winlink Express, as the Winlink system delivers it to the state EOC's e-mail (the same module: ``From: <call
sign>@winlink.org``, the subject "//WL2K R/ ICS 213 …", ``X-Source`` and ``X-Location``, a ``multipart/mixed`` whose
quoted-printable text part is the form as Winlink Express writes it for a reader without the program — "GENERAL MESSAGE
(ICS 213)", the numbered fields 1 to 6, "7. Message:" with the sitrep typed in it (each section's name in capitals on a
line of its own, the summary as lines, the points after "- ", "Mitigation:" inside a risk's point), "8. Approved by:"
with "[NO SIGNATURE]", and "Express Sending Station:", "Express Version:", "Express Template Version:" under a dashed
rule — and the form's data as the base64 attachment "RMS_Express_Form_ICS213_Initial_Viewer.xml", the message again in
its ``<message>``); the recovery committee's weekly sitrep kept as a Trello board (a list per section, a card per
point, the risk's treatment typed into the card's title after "Treatment:") and printed from the board's menu in Chrome
(``blind37_layouts_print``, weasyprint: A4 landscape, Chrome's header and footer, the board header with its star,
"Workspace visible", "Board ⌄", "Filters", the members' initials, "Share", then the lists four across, each its title
and "···" over its cards — a card's labels as coloured chips with their names ("New", "Council", "Red Cross", a risk's
rating "Low" … "Extreme"), its title, its badges drawn (the watch eye, the description lines, comments, a checklist
"1/3", an attachment, a due date "28 Jan" on the coming-up cards) with only their counts and dates as text, the
members' initials —, "+ Add a card" and the template icon at each list's foot); the animal husbandry office's weekly
report to the Director drafted, approved and dispatched in NIC's eOffice, the letter's PDF as eOffice makes it
(``blind37_layouts_pdf``, weasyprint: "File No. … (Computer No. …)" at the top and "Generated from eOffice by …, … on
25/08/2026 10:18 AM" at the foot of every page, the letterhead with the emblem, "To" and the Director's address, "Memo
No. … Dated: …", "Subject:" underlined and "Reference:", "Sir," and the opening sentence "… is as under:-", each
section a bold heading numbered "1." … "11." as typed, the summary as paragraphs, the other points numbered "(i)",
"(ii)" on a hanging indent, "Action taken:" bold inside a risk's point, "This is for your kind information please.",
the digital signature's box ("Signed by …", "Date: …", "Reason: Approved") over the name and post in brackets, then the
endorsement "Endst. No. …", "A copy of the above is forwarded to the following for information and necessary action:-",
its numbered addressees and the second signature); the collectorate's cyclone sitrep posted on X as a thread by the
collector's office account and kept by the State Emergency Operation Centre as the page Thread Reader App makes of it,
saved from the browser (``blind37_layouts_web``: the navigation bar, the author card with "Read on X", then each post
its own ``<div class="content-tweet">`` with its line breaks as ``<br>`` — the first the report's title, time and
hashtags (links) and "🧵👇 (1/8)", then the sitrep packed into posts of at most 280 characters: each section a line "🔶
" and its heading, its points each a line "• " (the summary too), "પગલાં:" inside a risk's point, the post's number
"(3/8)" at its end, a section running on into the next post without its heading again and no point cut —, the IMD map's
image after the second post, the control room's numbers in the last, then "• • •", "Missing some Tweet in this
thread?", "Keep Current with …", "This Thread may be Removed Anytime!" with "Save as PDF", "More from @…" with two
earlier threads' first lines, and the footer); the executive committee's daily "оператив мәгълүмат" typed in Word,
printed, signed and stamped, scanned by the district's duty and dispatch service and turned back into Word with ABBYY
FineReader (Russian interface, "Editable copy") (``blind37_layouts_word``: each scanned page a section of its own, the
styles FineReader makes — "Основной текст (2)" for the body, "Заголовок №1" for the headings (custom styles, no outline
level, the bold set on the runs too), "Колонтитул" for the page number typed at the head of each later page, "Подпись к
таблице", "Основной текст (3)" —, the text's width squeezed, exact line spacing; the letterhead as a borderless table
with the emblem's picture, the address line, the register number and date, the addressee; the centred "ОПЕРАТИВ
МӘГЪЛҮМАТ", what it is about and "№ 3 (… сәгать 08:00 торышына)"; each section a numbered heading ("1. Кыскача
мәгълүмат"), the summary as indented paragraphs, the other points opened with "– ", a point that ran over a page's end
two paragraphs (FineReader does not join across pages; at seed 0 "… җәлеп ителде (узган" | "2" | "хисапта: 344).");
under the damage a captioned table of the villages (not items), the risks a table № | Куркыныч | Чаралар | Җаваплы (one
that runs over a page break two tables, the second without its header row: at seed 11 the header row alone ends page
1); the head's post and name round his signature's picture, the seal's recognised ring of text in a frame, the executor
and his telephone in small type); the disaster office's situational report as ReliefWeb posts it and a reader saves the
page (the same web module: ReliefWeb's header, menu, "Sign in" and search, the country tag, the title, the meta list —
format, source, posted, originally published, origin —, "Attachments" with the PDF's link and preview, the body as
ReliefWeb's editors paste it — each section an ``<h3>``, the points ``<ul>`` lists (the highlights too), "<strong>
Actions taken:</strong>" inside a risk's point —, the report details, "Share", "Related Content" with three other
reports' titles and meta, and the footer); and the district office's "Lagemeldung" written in Word by its disaster
management staff and faxed to the district government, as the government's fax server files it (the PDF module: a page
for each faxed page, the server's text layer standing for its OCR; on every page the sending machine's line at the top
— date, time, the sender's name and number, "S. 02/03" — and the server's receipt line "Fax empfangen: … | Seite 2 von
3" at the foot; the first page the office's "TELEFAX" cover sheet — letterhead, the boxes An, Fax, Von, Datum, Seiten
(inkl. Deckblatt), Betreff, Bemerkung, "☐ Eilt ☒ Zur Kenntnis ☐ Bitte um Rückruf" and the confidentiality note —; then
the report: the office and staff over a rule, "Lagemeldung Nr. 3", "Stand: …, 07:00 Uhr", each section a bold heading
numbered "1." … by Word, the summary as paragraphs, the points after "–", "Maßnahme:" inside a risk's point, "gez."
with the head of the staff, and "Verteiler:" with its list). The generator's structure is the gold; the scorer and
linking measure are ``council_layouts.py``'s with blind24's scorer (``blind24_layouts._scorer``, imported). The
Japanese, Gujarati and Tatar series are told apart by their names in Latin letters
(``blind18_layouts_content.Romanised``).

Conventions of the gold where a reader could argue (../shared/tools/GOLD-FORMAT.md otherwise), agreed before any
scoring:

- Furniture is not an item and no section with heading null is in the gold: the LINE file's header, saved time and
  day's line, every message's time and sender, the others' messages, the report's title and "…17:00現在", "以上、…" and
  the signature; Winlink's headers, the form's fields 1 to 6, "7. Message:", "8. Approved by:", the Express lines and
  the XML attachment; Chrome's header and footer, the Trello board header, each list's "···", "+ Add a card" and
  template icon, the cards' labels, badges, dates and initials; eOffice's file number and "Generated from eOffice"
  lines, the letterhead, address, memo and date, subject, reference, "Sir,", the opening and closing sentences, both
  signature blocks and the whole endorsement; Thread Reader's navigation, author card, "Read on X", the first post
  (title, time, hashtags), the posts' numbers, the image, the last post (the control room's numbers and mentions), "• •
  •", "Missing some Tweet…", the follow and PDF boxes, "More from @…" and the footer; FineReader's letterhead table,
  address line, register number, addressee, "ОПЕРАТИВ МӘГЪЛҮМАТ", its subject and number, the page numbers, the
  villages' table with its caption, the risk table's header row and Җаваплы cells, the signature table, the seal's text
  and the executor; ReliefWeb's header, menu, tag, title, meta, attachments, report details, share links, related
  content and footer; the fax's machine and receipt lines, the whole cover sheet, the report's head line, "Lagemeldung
  Nr. 3", "Stand: …", "gez.", the head's name and post, and "Verteiler:" with its list.
- Headings as printed, all level 1: the LINE lines without their "■" ("概要"), the Winlink capitals ("CURRENT
  SITUATION"), the Trello list titles, the eOffice and fax headings with their numbers ("1. Summary", "1.
  Zusammenfassung"), the thread's lines without "🔶 " ("સારાંશ"), FineReader's headings with their numbers ("1. Кыскача
  мәгълүмат"), ReliefWeb's ``<h3>``.
- Items: each point, line, card or paragraph without its "・", "- ", "•", "(i)" or "–"; a card's or point's wrapped
  lines are one item, and so is the FineReader point parted by the page's end (its two paragraphs). Risks with their
  mitigation are one item, the mitigation printed with its lead ("対策：", "Mitigation:", "Treatment:", "Action
  taken:", "પગલાં:", "Actions taken:", "Maßnahme:"); in the FineReader risk table (``risk_table``) the item is the
  Куркыныч cell and the mitigation the Чаралар cell, empty where a risk is printed without one (a risk whose note says
  it will be dropped has none).
- Keys: a section gets a key only where the heading's own words name the kind of content that follows, as any reader
  would name it from the heading alone (the meanings of ``sitroom.model.SectionKey``); a heading that names only a
  topic or subject gets None, and the scorer counts keys only where the gold names one; where a heading mixes a topic
  with a kind, the kind decides. Every heading of the set: volunteer centre — "概要" (summary) highlights, "現在の状況"
  (current situation) situation, "天気の見通し" (weather outlook) forecast, "被害の状況" (state of the damage) impacts,
  "ニーズの受付" (requests received) None, "ボランティア活動" (volunteer activities) activity, "資機材" (tools and
  equipment) None, "運営スタッフ" (operating staff) workforce, "経費" (expenses) finance, "課題・リスク" (issues and
  risks) risks, "今後の予定" (coming plans) next-steps; earthquake — "SUMMARY" highlights, "CURRENT SITUATION"
  situation, "AFTERSHOCK FORECAST" forecast, "DAMAGE ASSESSMENT" impacts, "SHELTERING" None, "UTILITIES" None,
  "COMMUNICATIONS STATUS" None (the state of the phone, cell and radio links, a topic, not the public information the
  key means), "STAFFING" workforce, "COSTS" finance, "RISKS" risks, "NEXT 24 HOURS" next-steps; bushfire recovery —
  "Snapshot" highlights, "Where things are at" situation, "Fire weather outlook" forecast, "Losses" impacts, "Fencing
  and stock" None, "Recovery hub" None (a place, not the recovery the key means), "Volunteers and crews" workforce,
  "Donations and grants" finance, "Risks" risks, "Advice for residents" advice, "Coming up" next-steps; lumpy skin
  disease — "1. Summary" highlights, "2. Present situation" situation, "3. Disease surveillance" surveillance, "4.
  Vaccination" None, "5. Treatment and medicines" None, "6. Disposal of carcasses" None, "7. Deployment of staff"
  workforce, "8. Financial position" finance, "9. Risks and action taken" risks, "10. Advisory for livestock owners"
  advice, "11. Action plan for the coming week" next-steps; cyclone — "સારાંશ" (summary) highlights, "હાલની પરિસ્થિતિ"
  (present situation) situation, "હવામાનની આગાહી" (weather forecast) forecast, "સ્થળાંતર અને આશ્રયસ્થાનો" (evacuation and
  shelters) None, "નુકસાન" (damage) impacts, "વીજળી અને પાણી પુરવઠો" (power and water supply) None, "બચાવ ટીમો" (rescue
  teams, the teams deployed) workforce, "ખર્ચ" (expenditure) finance, "જોખમો" (risks) risks, "નાગરિકો જોગ અપીલ" (appeal
  to citizens) advice, "આગામી કામગીરી" (coming work) next-steps; spring flood — "1. Кыскача мәгълүмат" (brief
  information) highlights, "2. Хәзерге вазгыять" (current situation) situation, "3. Су дәрәҗәсе һәм һава торышы фаразы"
  (forecast of the water level and weather) forecast, "4. Китерелгән зыян" (damage caused) impacts, "5. Халыкны күчерү"
  (evacuation of the population) None, "6. Юллар һәм күперләр" (roads and bridges) None, "7. Тормыш тәэминаты"
  (life-support utilities) None, "8. Көчләр һәм чаралар" (forces and means, the people and machines at work) workforce,
  "9. Чыгымнар" (expenses) finance, "10. Куркынычлар" (dangers) risks, "11. Киләсе адымнар" (next steps) next-steps;
  volcano — "Highlights" highlights, "Situation overview" situation, "Volcanic activity outlook" forecast, "Affected
  population" None, "Damage to agriculture" impacts, "Relief assistance" assistance, "Deployed personnel" workforce,
  "Cost of assistance" finance, "Gaps and challenges" risks, "Health advisory" advice, "Next steps" next-steps; snow —
  "1. Zusammenfassung" highlights, "2. Aktuelle Lage" situation, "3. Wetterprognose" forecast, "4. Schäden" impacts,
  "5. Straßen und Schiene" None, "6. Stromversorgung" None, "7. Eingesetzte Kräfte" workforce, "8. Kosten" finance, "9.
  Risiken" risks, "10. Hinweise für die Bevölkerung" advice, "11. Weiteres Vorgehen" next-steps.
- Figures as printed: "3,400円", "34万円", "125万円", "1,250人", "7月16日", "（前回：5）", sentences ended with "。";
  "$340,000", "$1.25M", "Nov 16", "(prev 5)"; "$340,000", "$1.25m", "16 January", "(was 5)"; "Rs. 34,000", "Rs. 3.40
  lakh", "Rs. 12.50 lakh", "1,25,000" (Indian grouping), "16.08.2026", "(previous report: 5)"; Gujarati digits, "રૂ.
  ૩.૪૦ લાખ", "૧,૨૫,૦૦૦", "૧૬ જૂન", "(અગાઉ: ૫)"; "340 000 сум", "1,25 млн сум", "1 250", "16 апрель", "(узган хисапта:
  5)"; "PHP 340,000.00", "PHP 1.25 million", "June 16", "(from 5 in the previous report)"; "340.000 €", "1,25 Mio. €",
  "1.250", "12 %", "16. Januar", "(Vormeldung: 5)".

First run (defaults: 4 series × 3 reports per layout, seed 0; measured on the parser of commit d246eb8, before any
change to it for this set; scored with blind24's ``_scorer``; the columns narrowed):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    txt-line-talk-vc-ja                 0.570      0.673      0.276      0.305      1.000      1.000      0.659
    eml-winlink-ics213-quake-us         0.957      0.747      0.747      1.000      1.000      1.000      0.743
    pdf-trello-print-recovery-au        0.438      0.271      0.108      0.260      0.857      0.922      0.176
    pdf-eoffice-lumpy-skin-in           0.910      0.652      0.629      0.442      0.261      1.000      0.630
    html-threadreader-cyclone-gu        0.000      0.517      0.000      0.000      0.464      0.747      0.458
    docx-finereader-tashu-tt            0.917      0.791      0.791      0.206      0.214      0.996      0.807
    html-reliefweb-ashfall-ph           1.000      1.000      1.000      0.827      1.000      1.000      0.996
    pdf-fax-lagemeldung-snow-de         0.917      0.909      0.909      1.000      1.000      1.000      0.904
    TOTAL                               0.752      0.652      0.502      0.535      0.712      0.967      0.629
    96 documents, 64 report pairs linked

With other content (``--seed 11``, 96 documents, 64 pairs; the same first sight):

    layout                         heading F1    item F1  right hd.        key mitigation    numbers    link F1
    txt-line-talk-vc-ja                 0.720      0.725      0.440      0.482      1.000      1.000      0.719
    eml-winlink-ics213-quake-us         0.957      0.756      0.756      1.000      1.000      1.000      0.746
    pdf-trello-print-recovery-au        0.436      0.266      0.097      0.191      0.750      0.913      0.210
    pdf-eoffice-lumpy-skin-in           0.953      0.710      0.665      0.446      0.429      1.000      0.703
    html-threadreader-cyclone-gu        0.000      0.552      0.000      0.000      0.103      0.751      0.479
    docx-finereader-tashu-tt            0.917      0.776      0.776      0.191      0.143      1.000      0.788
    html-reliefweb-ashfall-ph           1.000      1.000      1.000      0.829      1.000      1.000      1.000
    pdf-fax-lagemeldung-snow-de         0.917      0.908      0.908      1.000      1.000      1.000      0.900
    TOTAL                               0.773      0.671      0.522      0.548      0.663      0.965      0.653
    96 documents, 64 report pairs linked

Faults found in this set's writers and banks, none of the gold toward the parser's output. Before any writing, the
kinds first thought of were checked against the layouts printed so far and some replaced: a Microsoft Access report
(blind33 printed one), Word's "Save as Web Page" (Word's HTML was printed in Outlook messages by blind4, blind21 and
blind24) and an Atlassian Statuspage incident page (the page keeps every earlier update under the latest, so a day's
sitrep would sit over the days' before) by the Winlink form, the Thread Reader page and the ReliefWeb page; a Gujarati
fax and a Punjabi eOffice letter were first planned as PDFs, but the machines the set runs on have no Gujarati or
Gurmukhi font, so weasyprint would print boxes and lose the text: Gujarati went to the X thread (HTML), the eOffice
letter is in English as most Punjab district offices send it, and the fax went to a Bavarian district; a Mozambican
FineReader file in Portuguese by the Tatar one (FineReader reads Tatar, and its Russian interface names the styles).
"Gujarati" and "Tatar" were found in no benchmark file, nor a Gujarati letter, nor Tatar's "җ" or its "һәм" ("and");
"Punjabi" only as a word in a blind35 bank. The documents and their gold were then written without parsing them (a
script calling each layout's writer and ``Doc.gold`` alone), and looked at — ``pdftotext`` with and without ``-layout``
and ``pdftoppm`` for the PDFs, a LibreOffice rendering for the Word files, the e-mail parts decoded, the HTML and text
as text and the thread page in Chromium — and every gold heading, item, risk and mitigation was checked to be in the
extracted text (at seeds 0 and 11, all in the plain ``pdftotext`` text of the PDFs, the package's paragraphs of the
Word files, the text part of the e-mails, the text of the HTML pages and the LINE file, but for the one FineReader
point parted by the page's end and its page number; with ``-layout`` the Trello lists' cards interleave, 192 and 186
not found, while the eOffice and fax pages keep every item whole); the fixes of that stage: the ReliefWeb bank's risks
were first under a key of their own ("gaps"), so the generator did not treat them as risks (renamed "risks", the
heading staying "Gaps and challenges"); the shared pattern for "£1.25m" needs a word boundary after the "m", which a
Gujarati suffix does not give ("રૂ. ૩.૨૩mનો" was printed), and the dates before a Japanese or Gujarati suffix ("16
Julyから", "13 Juneના") were missed the same way, both converted by a pass without the boundary; two Japanese
organisations were a village and a city while the bank speaks of "町内" and "町総合体育館" (all four towns now); "a 8%
chance", "1 local roads", "1 kilometres", "1 Kreisstraßen", "1 Gebäude … wurden" were reworded or their figures started
at 2; German "bis 22. Januar", "Seit 16. Januar", "Ab 22. Januar" became "bis zum", "Seit dem", "Ab dem", and Tatar "…
көнгә кадәр" "… көненә кадәр"; the Trello lists were first flex rows, which weasyprint sent whole to page 2 and left
page 1 blank (inline blocks now), and the badges were emoji that no font here draws and Trello never types (drawn icons
now, with only their counts and dates as text); the eOffice summary was first one paragraph for its two points (a
paragraph each now) and all four districts had Ludhiana's telephone code; the eOffice and fax numbers were first added
by the writers (moved into the headings, as printed); FineReader's page model first broke the page half-way down and
gave a kept heading nine lines of the next page, so no point ever ran over a page's end (a heading now kept with one
line, FineReader's exact line spacing and 48 lines a page, which LibreOffice's rendering keeps on the same two pages).
Nothing was changed after the first scored run.

Failure classes seen at first sight (``-v``, seed 0). LINE: in five of the twelve documents every "■" line is a
heading, kept with its mark and a space ("■ 概要", so matched), but the keys slip — "資機材" (tools and equipment)
keyed workforce, "運営スタッフ" and "ボランティア活動" unkeyed (key 0.305) —; in six, the series whose summary has one
line, that line is the only heading and every "■" line an item under it ("概要", "現在の状況" …), and in one there is
no heading at all; in all, the file's header, saved time and day's line and every other message are items, two short
messages are one item ("7:40 清川町社協 佐藤 美紀 おはようございます。… 7:41 田中（役場防災） [スタンプ]"), and so is
the report message's first line with its time, sender, quote, title and "17:00現在"; where a risk is read its "対策："
is found (mitigation 1.000). Winlink: every section heading found and keyed right (key and mitigation 1.000, no point
missed), the text part read and the XML attachment left alone, but "GENERAL MESSAGE (ICS 213)" is a heading (keyed
communications) with the form's fields 1 to 7 as its items, "COMMUNICATIONS STATUS" is keyed communications (gold None,
not counted), and "8. Approved by: …" and the three Express lines are items of "NEXT 24 HOURS". Trello: the board is
read across the page, not list by list — list titles are headings with "···" glued on ("Where things are at··") and in
some documents not at all ("Losses··" the only heading of one), card labels ("Red Cross", "Low", "New", "BlazeAid") and
the first line of a wrapped card are headings ("1,427 bales of donated fodder were"), a card's wrapped lines are parted
and other cards' lines put between them, badge counts are glued onto a card's end ("… for tree clearing. 2") or are
items ("3", "2/3", "21 Jan"), as are the members' initials and "Add a card" (532 extra items, 86 points missed), and
"Workspace visible Board ⌄" is a heading; where a risk card is read whole its "Treatment:" is found (mitigation 0.857),
the glued counts costing numbers (0.922). eOffice: every numbered heading found and the file number, "Generated from
eOffice" lines, letterhead, address, memo, subject and reference all left out, but a point numbered "(i)" that wraps is
parted — its first line a heading ("(i) Antibiotics, anti-inflammatory drugs … at all veterinary"), the rest
("hospitals.") its item —, which is how most risk points lose their "Action taken:" (mitigation 0.261); "Sir," and the
opening sentence are items before the first heading, the last point is joined with "This is for your kind information
please.", and the endorsement ("A copy of the above is forwarded …", its addressees, "Dated: …") and the signature's
post are items of the last section; keys: "2. Present situation" attendees, "4. Vaccination" and "7. Deployment of
staff" response, "9. Risks and action taken" actions, "10. Advisory for livestock owners" communications (key 0.442).
Thread Reader: no section heading found (heading F1 and right heading 0.000) — the only headings are the page's own
``<h3>`` ("Keep Current with …", "This Thread may be Removed Anytime!", "More from @…") —, every "🔶" line is an item,
now and then joined with the point after it and the post's number ("🔶 હાલની પરિસ્થિતિ • છેલ્લા ચોવીસ કલાકમાં … (2/7)", 52
points missed, the posts' numbers costing numbers, 0.747), the first post, "Read on X", "• •", "Missing some Tweet…",
"Follow" and the control room's post are items, and "પગલાં:" is not read as a lead (mitigation 0.464, 0.103 at seed 11:
only the risks printed without one right). FineReader: every "Заголовок №1" heading found, the letterhead table,
signature table, seal and executor left out, and no point missed, but "ОПЕРАТИВ МӘГЪЛҮМАТ" is a heading over the
subject and number and the villages' table caption a heading (its rows not read), the register number and the addressee
are items before the first heading, the page number "2" is an item, the point parted by the page's end is found by its
first part with its second ("хисапта: 344).") an item, and the risk table's Чаралар and Җаваплы cells are items of
their own, the mitigation not linked (0.214, 0.143 at seed 11); only "1. Кыскача мәгълүмат" (highlights) and "4.
Китерелгән зыян" (impacts) are keyed right, "8. Көчләр һәм чаралар" is keyed response and the rest none (key 0.206).
ReliefWeb: every heading, point and mitigation found and all of ReliefWeb's furniture left out (item F1 1.000); only
keys slip, "Volcanic activity outlook" situation and "Health advisory" communications (key 0.827). Fax: the machine's
and server's lines on every page and the cover sheet's boxes left out, every numbered heading found and keyed right
(key and mitigation 1.000), but "Lagemeldung Nr. 3" and "Stand: …" are headings before the first, the tick boxes' line
(its first box lost, "Eilt ☒ Zur Kenntnis ☐ Bitte um Rückruf"), the confidentiality note and the report's head line are
items, in one series the signer's name and post are an item of the last section, and at seed 11 one summary's two
paragraphs are one item. Figures are read as printed wherever an item is found (numbers 0.967; 0.965 at seed 11),
"1,25,000", "Rs. 3.40 lakh", Gujarati digits, "1,25 млн сум", "34万円" and "1,25 Mio. €" included, but for the counts
glued onto Trello cards and thread posts. The run did not crash, and no document was refused as empty. The smoke checks
of ``tests/benchmarks/test_layout_sets.py``, run by hand on this set's eight layouts after the scored runs (one series
of two reports, seed 0, ``council_layouts._scorer`` and the parser's refusals unguarded, names of at most 30
characters), pass; the test's ``SETS`` does not list ``blind37_layouts`` (only this set's files were written)."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind37_layouts_msg as msg  # noqa: E402
import blind37_layouts_pdf as pdf  # noqa: E402
import blind37_layouts_print as prints  # noqa: E402
import blind37_layouts_web as web  # noqa: E402
import blind37_layouts_word as word  # noqa: E402
import council_layouts  # noqa: E402
from blind24_layouts import _parse_or_nothing, _scorer  # noqa: E402
from blind37_layouts_banks_en import ASHFALL, BUSHFIRE, LUMPY, QUAKE  # noqa: E402
from blind37_layouts_banks_world import CYCLONE, SNOW, SPRING_FLOOD, VOLUNTEER  # noqa: E402
from blind37_layouts_content import localise  # noqa: E402
from council_layouts import run  # noqa: E402
from publisher_layouts import Layout, publisher_wording  # noqa: E402

LAYOUTS = (
    Layout("txt-line-talk-vc-ja", "txt", msg.txt_line_vc_ja, publisher_wording(
        [("gaiyo", "概要", "highlights"), ("genjo", "現在の状況", "situation"), ("tenki", "天気の見通し", "forecast"),
         ("higai", "被害の状況", "impacts"), ("needs", "ニーズの受付", None),
         ("katsudo", "ボランティア活動", "activity"), ("shizai", "資機材", None),
         ("staff", "運営スタッフ", "workforce"), ("keihi", "経費", "finance"), ("risks", "課題・リスク", "risks"),
         ("yotei", "今後の予定", "next-steps")]),
        "災害ボランティアセンター活動報告 第{n}報 – {org}", VOLUNTEER.series, restyle=partial(localise, lang="ja")),
    Layout("eml-winlink-ics213-quake-us", "eml", msg.eml_winlink_ics213_ak, publisher_wording(
        [("summary", "SUMMARY", "highlights"), ("situation", "CURRENT SITUATION", "situation"),
         ("forecast", "AFTERSHOCK FORECAST", "forecast"), ("damage", "DAMAGE ASSESSMENT", "impacts"),
         ("sheltering", "SHELTERING", None), ("utilities", "UTILITIES", None),
         ("telecom", "COMMUNICATIONS STATUS", None), ("staffing", "STAFFING", "workforce"),
         ("costs", "COSTS", "finance"), ("risks", "RISKS", "risks"), ("next", "NEXT 24 HOURS", "next-steps")]),
        "ICS 213 Situation Report #{n} – {org} EOC", QUAKE.series, restyle=partial(localise, lang="ak")),
    Layout("pdf-trello-print-recovery-au", "pdf", prints.pdf_trello_recovery_au, publisher_wording(
        [("snapshot", "Snapshot", "highlights"), ("situation", "Where things are at", "situation"),
         ("outlook", "Fire weather outlook", "forecast"), ("losses", "Losses", "impacts"),
         ("fencing", "Fencing and stock", None), ("hub", "Recovery hub", None),
         ("volunteers", "Volunteers and crews", "workforce"), ("money", "Donations and grants", "finance"),
         ("risks", "Risks", "risks"), ("advice", "Advice for residents", "advice"),
         ("coming", "Coming up", "next-steps")]),
        "Recovery sitrep, week {n} – {org}", BUSHFIRE.series, restyle=partial(localise, lang="au")),
    Layout("pdf-eoffice-lumpy-skin-in", "pdf", pdf.pdf_eoffice_lumpy_in, publisher_wording(
        [("summary", "1. Summary", "highlights"), ("situation", "2. Present situation", "situation"),
         ("surveillance", "3. Disease surveillance", "surveillance"), ("vaccination", "4. Vaccination", None),
         ("treatment", "5. Treatment and medicines", None), ("disposal", "6. Disposal of carcasses", None),
         ("staff", "7. Deployment of staff", "workforce"), ("finance", "8. Financial position", "finance"),
         ("risks", "9. Risks and action taken", "risks"), ("advisory", "10. Advisory for livestock owners", "advice"),
         ("plan", "11. Action plan for the coming week", "next-steps")]),
        "Weekly situation report No. {n} regarding Lumpy Skin Disease – {org}", LUMPY.series,
        restyle=partial(localise, lang="in")),
    Layout("html-threadreader-cyclone-gu", "html", web.html_threadreader_gu, publisher_wording(
        [("summary", "સારાંશ", "highlights"), ("situation", "હાલની પરિસ્થિતિ", "situation"),
         ("forecast", "હવામાનની આગાહી", "forecast"), ("shelters", "સ્થળાંતર અને આશ્રયસ્થાનો", None),
         ("damage", "નુકસાન", "impacts"), ("power", "વીજળી અને પાણી પુરવઠો", None),
         ("teams", "બચાવ ટીમો", "workforce"), ("cost", "ખર્ચ", "finance"), ("risks", "જોખમો", "risks"),
         ("appeal", "નાગરિકો જોગ અપીલ", "advice"), ("next", "આગામી કામગીરી", "next-steps")]),
        "'અરુણ' વાવાઝોડા અંગે પરિસ્થિતિ અહેવાલ {n} – {org}", CYCLONE.series, restyle=partial(localise, lang="gu")),
    Layout("docx-finereader-tashu-tt", "docx", word.docx_finereader_tashu_tt, publisher_wording(
        [("summary", "1. Кыскача мәгълүмат", "highlights"), ("situation", "2. Хәзерге вазгыять", "situation"),
         ("forecast", "3. Су дәрәҗәсе һәм һава торышы фаразы", "forecast"),
         ("damage", "4. Китерелгән зыян", "impacts"), ("evacuation", "5. Халыкны күчерү", None),
         ("roads", "6. Юллар һәм күперләр", None), ("utilities", "7. Тормыш тәэминаты", None),
         ("forces", "8. Көчләр һәм чаралар", "workforce"), ("costs", "9. Чыгымнар", "finance"),
         ("risks", "10. Куркынычлар", "risks"), ("next", "11. Киләсе адымнар", "next-steps")]),
        "Язгы ташу барышы турында оператив мәгълүмат № {n} – {org}", SPRING_FLOOD.series, risk_table=True,
        restyle=partial(localise, lang="tt")),
    Layout("html-reliefweb-ashfall-ph", "html", web.html_reliefweb_ph, publisher_wording(
        [("highlights", "Highlights", "highlights"), ("situation", "Situation overview", "situation"),
         ("outlook", "Volcanic activity outlook", "forecast"), ("population", "Affected population", None),
         ("agriculture", "Damage to agriculture", "impacts"), ("relief", "Relief assistance", "assistance"),
         ("personnel", "Deployed personnel", "workforce"), ("cost", "Cost of assistance", "finance"),
         ("risks", "Gaps and challenges", "risks"), ("advisory", "Health advisory", "advice"),
         ("next", "Next steps", "next-steps")]),
        "Kanlaon Volcano Eruption – Situational Report No. {n} – {org}", ASHFALL.series,
        restyle=partial(localise, lang="ph")),
    Layout("pdf-fax-lagemeldung-snow-de", "pdf", pdf.pdf_fax_lagemeldung_de, publisher_wording(
        [("summary", "1. Zusammenfassung", "highlights"), ("situation", "2. Aktuelle Lage", "situation"),
         ("forecast", "3. Wetterprognose", "forecast"), ("damage", "4. Schäden", "impacts"),
         ("traffic", "5. Straßen und Schiene", None), ("power", "6. Stromversorgung", None),
         ("forces", "7. Eingesetzte Kräfte", "workforce"), ("costs", "8. Kosten", "finance"),
         ("risks", "9. Risiken", "risks"),
         ("advice", "10. Hinweise für die Bevölkerung", "advice"), ("next", "11. Weiteres Vorgehen", "next-steps")]),
        "Lagemeldung Nr. {n} – Schneekatastrophe – {org}", SNOW.series, restyle=partial(localise, lang="de")),
)  # fmt: skip


SEED_OFFSET = 3800  # other seeds than the other sets', so that the content is theirs neither


def main() -> None:
    """Print the figures per layout and in total."""
    council_layouts.parse_bytes = _parse_or_nothing
    council_layouts._scorer = _scorer
    run(LAYOUTS, __doc__, seed_offset=SEED_OFFSET, width=30)


if __name__ == "__main__":
    main()
