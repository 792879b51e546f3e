"""An administrative letter carrying a report, in the forms Vietnamese, Greek and Turkish offices send: the report's
kind ("BÁO CÁO") over its subject, whom it is sent to ("Kính gửi:" over a list of offices), and the covering paragraph
ending "as follows:" ("… như sau:"); or the subject and the letter it refers to each under a label standing apart
("ΘΕΜΑ:", "ΣΧΕΤ.:"; "Subject:", "Ref.:") under the numbered addressees, and the covering paragraph ("Σε συνέχεια του
ανωτέρω σχετικού, … ως εξής:"); or the number and the subject ("Sayı :", "Konu :") over the addressee in capitals with
its office in brackets ("ANKARA VALİLİĞİNE") and the reference ("İlgi : …"). After the sections, the sender
"respectfully reports" it ("… trân trọng báo cáo./.") or asks that it be noted ("Bilgilerinize arz ederim."), over what
is enclosed ("Ek:", "Enclosures:") and whom copies go to ("Dağıtım:", "Distribution:", "Nakala:"), an entry of which may
name offices at length. A Swahili letter is named by "YAH:" and covered in two paragraphs, the first pointing back at
the subject ("Husika na kichwa cha habari hapo juu."), its signer's name and post one bold line. A Sri Lankan letter
sets its subject bold under the salutation, over a cover saying the report is "reported below", and signs with the
name alone in bold. The subject is the title; none of the frame is a section or a point. In Word and in a PDF."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = {
    "vi": [
        ("I. TÌNH HÌNH CHUNG", ["Số hộ dân phải di dời khẩn cấp: 1.041 hộ."]),
        ("II. THIỆT HẠI VỀ NGƯỜI VÀ TÀI SẢN", ["Số nhà bị sập, hư hỏng do sạt lở: 622 nhà."]),
        ("III. NHIỆM VỤ TRONG THỜI GIAN TỚI", ["Tổ công tác của tỉnh kiểm tra các điểm sạt lở vào ngày 8/9."]),
    ],
    "el": [
        ("Α. Σύνοψη", ["Καταγράφηκαν 950 σεισμοί μεγέθους άνω του 3,0."]),
        ("Β. Στήριξη κατοίκων", ["Η Κοινωνική Υπηρεσία επικοινώνησε με 85 ευπαθείς κατοίκους."]),
    ],
    "tr": [
        ("1. Genel Durum", ["Ulaşıma kapalı devlet ve il yolu sayısı: 22."]),
        ("2. Planlanan Çalışmalar", ["Kapalı yolların 13 Ocak tarihine kadar açılması planlanmaktadır."]),
    ],
    "uk": [
        ("1. Загальна обстановка", ["Унаслідок тривалих дощів з 14 березня на території громади триває паводок."]),
        ("2. Подальші заходи", ["Наступну довідку буде подано 17 березня."]),
    ],
    "ro": [
        ("1. Situația generală", ["Numărul unităților de învățământ cu cursuri suspendate: 54."]),
        ("2. Măsuri următoare", ["Reluarea cursurilor este estimată pentru 18 septembrie."]),
    ],
    "in": [
        ("1. Highlights", ["47 trains have been cancelled, short-terminated or diverted."]),
        ("2. Action plan", ["Normal services are expected to be restored by 16 July."]),
    ],
    "sw": [
        ("1. MUHTASARI", ["Idadi ya wateja wasiopata huduma ya maji: 52,206."]),
        ("2. HATUA ZINAZOFUATA", ["Taarifa inayofuata itatolewa tarehe 22 Aprili."]),
    ],
    "lk": [
        ("1. Summary", ["Heavy rains since 30th May have caused flooding on national roads in the province."]),
        ("2. Way forward", ["All closed national roads are expected to reopen by 6th June."]),
    ],
    "en": [
        ("1. Summary", ["The treatment works returned to service at 14:00."]),
        ("2. Next steps", ["Sampling continues at 12 sites until Friday."]),
    ],
}
LETTERS = {
    "vi": {
        "head": ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 319/BC-UBND"],
        "kind": "BÁO CÁO",
        "subject": "Nhanh tình hình thiệt hại do mưa lớn, sạt lở đất và công tác ứng phó",
        "to": ("Kính gửi:", ["- Ban Chỉ đạo Phòng thủ dân sự quốc gia;", "- Bộ Nông nghiệp và Môi trường."]),
        "cover": "Thực hiện chế độ báo cáo trong tình huống thiên tai, Ủy ban nhân dân tỉnh Lào Cai báo cáo nhanh "
        "tình hình thiệt hại và công tác ứng phó như sau:",
        "close": "Ủy ban nhân dân tỉnh Lào Cai trân trọng báo cáo./.",
    },
    "el": {
        "head": ["ΔΗΜΟΣ ΘΗΡΑΣ", "ΓΡΑΦΕΙΟ ΠΟΛΙΤΙΚΗΣ ΠΡΟΣΤΑΣΙΑΣ"],
        "to": ("ΠΡΟΣ:", ["1. Δήμαρχο Θήρα"]),
        "labels": [("ΘΕΜΑ:", "«Ενημέρωση αρ. 1 για τη σεισμική δραστηριότητα»"),
                   ("ΣΧΕΤ.:", "Το υπ' αριθ. 1728/08-02-2026 έγγραφό μας")],
        "cover": "Σε συνέχεια του ανωτέρω σχετικού, σας ενημερώνουμε για την εξέλιξη της σεισμικής "
        "δραστηριότητας και τις ενέργειες του Δήμου ως εξής:",
    },
    "tr": {
        "head": ["T.C.", "ULAŞTIRMA VE ALTYAPI BAKANLIĞI", "Karayolları Genel Müdürlüğü"],
        "labels": [("Sayı :", "E-61436754-754.01-11231355"), ("Konu :", "Kar ve Buzlanma ile Mücadele Bilgi Notu (1)")],
        "addressee": ["ANKARA VALİLİĞİNE", "(İl Afet ve Acil Durum Müdürlüğü)"],
        "ref": "İlgi : Valilik Makamının 11.01.2026 tarihli ve E-23031354 sayılı yazısı.",
        "cover": "İlgi yazı gereği, Bölge Müdürlüğümüz sorumluluğundaki yollarda yürütülen çalışmalara ilişkin bilgi "
        "notu aşağıda sunulmuştur.",
        "foot": ["Bilgilerinize arz ederim.", "Ek:", "1- Kapalı yollar listesi (1 sayfa)", "Dağıtım:",
                 "Gereği: Ankara Valiliği (İl Afet ve Acil Durum Müdürlüğü) Bilgi: Karayolları Genel Müdürlüğü "
                 "(Bakım Dairesi Başkanlığı)"],
    },
    # a letter set line by line: the letterhead, its number and date, whom it is for, its subject, its cover
    "uk": {
        "lines": [("head", "ХУСТСЬКА МІСЬКА РАДА", True), ("head", "ВИКОНАВЧИЙ КОМІТЕТ", True),
                  ("head", "вул. Карпатської Січі, 2, м. Хуст, 90400, тел. (03142) 5-33-48, e-mail: "
                   "vykonkom@khust-rada.gov.ua", False),
                  ("head", "16.03.2026 № 02-14/682", False), ("head", "На № 01-27/1381 від 13.03.2026", False),
                  ("right", "Управлінню з питань цивільного захисту обласної державної адміністрації", False),
                  ("head", "Про паводкову ситуацію на території громади", False)],
        "title": "Про паводкову ситуацію на території громади",
        "cover": "На виконання Вашого листа від 13.03.2026 № 01-27/1381 надаємо інформацію щодо паводкової "
        "ситуації на території громади.",
    },
    "ro": {
        "lines": [("head", "MINISTERUL EDUCAȚIEI", True), ("head", "INSPECTORATUL ȘCOLAR JUDEȚEAN BACĂU", True),
                  ("head", "Nr. 9.543/15.09.2026", False), ("right", "Către", True),
                  ("right", "INSTITUȚIA PREFECTULUI – JUDEȚUL BACĂU", False), ("right", "Spre știință", True),
                  ("right", "MINISTERUL EDUCAȚIEI – Direcția Generală Învățământ Preuniversitar", False),
                  ("centre", "INFORMARE", True),
                  ("centre", "privind situația unităților de învățământ afectate de inundații (nr. 1)", True),
                  ("head", "Stimate domnule Prefect,", False)],
        "cover": "Vă transmitem, mai jos, situația unităților de învățământ din județul Bacău afectate de inundații.",
    },
    "in": {
        "lines": [("head", "GOVERNMENT OF INDIA MINISTRY OF RAILWAYS WESTERN RAILWAY", True),
                  ("head", "Office of the Principal Chief Operations Manager, Churchgate, Mumbai – 400 020", False),
                  ("head", "Date: 14.07.2026", False),
                  ("head", "To, The Member (Operations), Railway Board, Rail Bhavan, New Delhi – 110 001.", False),
                  ("label", "Sub\tMonsoon disruption on Western Railway – Situation Report No. 1.", True),
                  ("head", "Ref: Railway Board's letter No. 2026/Safety(DM)/6/1 dated 10.06.2026.", False)],
        "title": "Monsoon disruption on Western Railway – Situation Report No. 1",
        "cover": "With reference to the above, the position of train services on Western Railway is as under.",
        "foot": ["This issues with the approval of the competent authority."],
    },
    # a Swahili letter: its reference with no colon, "YAH:" naming it, a cover of two paragraphs (pointing back at the
    # subject, then "… kama ifuatavyo:"), the request to note it, the signer with the post in one bold line, "Nakala:"
    "sw": {
        "lines": [("head", "JAMHURI YA MUUNGANO WA TANZANIA", True), ("head", "WIZARA YA MAJI", True),
                  ("head", "MAMLAKA YA MAJISAFI NA USAFI WA MAZINGIRA MOROGORO", True),
                  ("head", "Kumb. Na. MORUWASA/HQ/TM/213/02", False), ("head", "21 Aprili, 2026", False),
                  ("head", "Mkuu wa Mkoa,", False), ("head", "Mkoa wa Morogoro,", False), ("head", "MOROGORO.", False),
                  ("head", "YAH: TAARIFA YA HALI YA HUDUMA YA MAJI – TAARIFA NA. 2", True),
                  ("head", "Husika na kichwa cha habari hapo juu.", False)],
        "title": "TAARIFA YA HALI YA HUDUMA YA MAJI – TAARIFA NA. 2",
        "cover": "Mamlaka inapenda kukujulisha hali ya huduma ya maji hadi tarehe 21 Aprili, 2026 kama ifuatavyo:",
        "foot_lines": [("body", "Naomba kuwasilisha.", False),
                       ("head", "Mhandisi Halima Mbwana MKURUGENZI MTENDAJI", True), ("head", "Nakala:", True),
                       ("head", "Katibu Mkuu, Wizara ya Maji, S.L.P. 456, DODOMA.", False),
                       ("head", "Mwenyekiti wa Kamati ya Maafa ya Mkoa wa Morogoro.", False)],
    },
    # a Sri Lankan office's letter: the addressee's lines (the last ended by a stop), the salutation, the subject set
    # bold under it, the cover saying the report is "reported below"; the signer's name alone in bold, the copies
    "lk": {
        "lines": [("head", "Director General,", False), ("head", "Road Development Authority,", False),
                  ("head", "'Sethsiripaya',", False), ("head", "Battaramulla.", False), ("head", "Dear Sir,", False),
                  ("head", "FLOOD SITUATION REPORT NO. 2 – NATIONAL ROADS IN WESTERN PROVINCE", True)],
        "title": "FLOOD SITUATION REPORT NO. 2 – NATIONAL ROADS IN WESTERN PROVINCE",
        "cover": "The situation of the national roads in the Western Province as at 0800 hrs on 03.06.2026 is reported "
        "below for your information.",
        "foot_lines": [("head", "Eng. R. M. S. Bandara", True), ("head", "Provincial Director (Western)", False),
                       ("head", "Road Development Authority", False), ("head", "Copies:", True),
                       ("head", "1. Director General, Disaster Management Centre – f.i.", False),
                       ("head", "2. District Secretary, Gampaha – f.i.", False)],
    },
    "en": {
        "head": ["NORTHFIELD WATER", "Incident Management Team"],
        "to": ("To:", ["1. Chief Executive, Northfield Council"]),
        "labels": [("Subject:", "Update 2 on the treatment works failure"),
                   ("Ref.:", "Our letter NW/IMT/114 of 3 July")],
        "cover": "Further to the above letter, we set out the position as follows:",
        "foot": ["I would request that the above be noted.", "Enclosures:", "1. Map of the closed roads",
                 "Distribution:", "For action: Northfield Council (Emergency Planning and Resilience Unit) For "
                 "information: Northfield Water (Operations Directorate)"],
    },
}  # fmt: skip


def _lines(lang: str) -> list[tuple[str, str, bool]]:
    """The letter as (where, text, bold) lines: "head", "body", "point", "label" (a label and its value)."""
    r = LETTERS[lang]
    out = [("head", line, True) for line in r.get("head", [])]
    if "lines" in r:
        out += r["lines"]
    elif "kind" in r:
        out += [("centre", r["kind"], True), ("centre", r["subject"], True), ("centre", r["to"][0], False)]
        out += [("centre", line, False) for line in r["to"][1]]
    elif "addressee" in r:  # the number and the subject, then whom it is sent to, in capitals, and the reference
        out += [("label", f"{label}\t{value}", False) for label, value in r["labels"]]
        out += [("centre", line, n == 0) for n, line in enumerate(r["addressee"])]
        out.append(("body", r["ref"], False))
    else:
        out += [("right", r["to"][0], True)] + [("right", line, False) for line in r["to"][1]]
        out += [("label", f"{label}\t{value}", True) for label, value in r["labels"]]
    out.append(("body", r["cover"], False))
    for heading, points in SECTIONS[lang]:
        out.append(("heading", heading, True))
        out += [("point", point, False) for point in points]
    if "close" in r:
        out.append(("body", r["close"], False))
    return out + [("body", line, False) for line in r.get("foot", [])] + r.get("foot_lines", [])


def _word(lang: str) -> tuple[bytes, str]:
    d = docx.Document()
    for where, text, bold in _lines(lang):
        if where == "label":  # the label, a tab stop, the value
            label, value = text.split("\t")
            p = d.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(f"\t{value}").bold = label.startswith(("ΘΕΜΑ", "Subject"))
            continue
        p = d.add_paragraph()
        p.add_run(f"- {text}" if where == "point" else text).bold = bold
        if where == "centre":
            p.alignment = 1
        elif where == "right":
            p.alignment = 2
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "letter.docx"


def _pdf(lang: str) -> tuple[bytes, str]:
    pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("SerifBold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for where, text, bold in _lines(lang):
        font = "SerifBold" if bold else "Serif"
        c.setFont(font, 12)
        if where == "label":
            label, value = text.split("\t")
            c.drawString(60, y, label)
            c.setFont("SerifBold" if label.startswith(("ΘΕΜΑ", "Subject")) else "Serif", 12)
            c.drawString(120, y, value)
        elif where == "centre":
            c.drawCentredString(297, y, text)
        elif where == "right":
            c.drawString(340, y, text)
        elif where == "head":
            c.drawString(60, y, text)
        else:
            words, line, x = text.split(), "", 85 if where != "point" else 75
            for word in words:
                if c.stringWidth(f"{line} {word}", font, 12) > 535 - x:
                    c.drawString(x, y, line)
                    y, line, x = y - 15, "", 60
                line = f"{line} {word}".strip()
            text = line
            c.drawString(x, y, f"- {text}" if where == "point" and x == 75 else text)
        y -= 26 if where in ("heading", "label", "centre") else 22  # the space between paragraphs
    c.save()
    return buf.getvalue(), "letter.pdf"


@pytest.mark.parametrize("make", [_word, _pdf])
@pytest.mark.parametrize("lang", list(LETTERS))
def test_the_letter_s_labels_and_addressees_are_its_frame(lang: str, make) -> None:
    letter = LETTERS[lang]
    report = parse_bytes(*make(lang))[0]
    subject = letter.get("title") or letter.get("subject")
    subject = subject or (letter["labels"][-1 if lang == "tr" else 0][1] if "labels" in letter else None)
    if subject is not None:  # (a letter naming no subject is titled by its letterhead's lines)
        assert report.title == subject
    assert [s.heading for s in report.sections] == [h for h, _ in SECTIONS[lang]]
    assert [[i.text for i in s.items] for s in report.sections] == [points for _, points in SECTIONS[lang]]
