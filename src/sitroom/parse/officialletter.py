"""An official letter carrying a report: the head a reader skips to reach its sections.

Offices in many countries send a report as a letter. Under the letterhead stand its reference and date, whom it
is addressed to ("To,", "सेवा में,", "Kính gửi:"), a subject line naming the report ("Subject: Daily flood situation
report No. 1", "विषय:- …", "Про паводкову ситуацію …"), the letters it refers to ("Ref.:", "На № … від …"), a
salutation ("Dear Sir,", "महोदय,", "Stimate domnule Prefect,") and a covering paragraph ("With reference to the above
subject, …", "На виконання Вашого листа …"). The subject names the report; none of the rest is a section or an item.
What closes the letter after its last section is ``sitroom.parse.letterfoot``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.model import BlockKind
from sitroom.parse.furniture import gives_contact
from sitroom.parse.metadata import looks_like_title
from sitroom.parse.openingnote import greets
from sitroom.parse.units import Unit
from sitroom.text.salutations import is_greeting
from sitroom.text.spacing import has_unspaced

# The subject line's label in the languages letters are written in; the Thai memo form prints "เรื่อง" with no
# colon after it.
_SUBJECT = re.compile(
    r"^(?:subject|subj|sub|re|objet|asunto|oggetto|assunto|betreff|onderwerp|temat|v[ěe]c|predmet|t[áa]rgy|konu"
    r"|perihal|hal|[äa]rende|emne|aihe|zadeva|предмет|тема|относно|θ[έε]μα|विषय|বিষয়|বিষয়|பொருள்|(?:ال)?موضوع|הנדון|件名|主题|主旨"
    r"|事由|제목|កម្មវត្ថុ|yah|kuhusu|ವಿಷಯ|విషయం|വിഷയം|ເລື່ອງ|ਵਿਸ਼ਾ|ବିଷୟ|މައުޟޫޢު)\s*[:：៖]\s*[-–—]?\s*(?P<value>\S.*)$"
    r"|^เรื่อง\s+(?P<memo>\S.*)$",
    re.I,
)
# ... or, in Lithuanian, Latvian, Russian and Ukrainian letters, no label but the word "about" opening it, the line in
# capitals: "DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES", "PAR ĀRKĀRTAS SITUĀCIJU", "О ХОДЕ ЛИКВИДАЦИИ …"
_SUBJECT_ABOUT = re.compile(r"^(?:DĖL|DEL|PAR|ПРО|О|ОБ)\s+(?P<about>\S.*)$")
# ... or, in Ukrainian letters, in sentence case: "Про паводкову ситуацію на території громади"
_SUBJECT_ABOUT_SENTENCE = re.compile(r"^Про\s+[^\W\d_][^.!?]{3,120}$")
SUBJECT_WORDS = 14
# ... or alone on its line, over the subject ("PREDMET" over "Informacija o minskoj situaciji …, broj 3")
_SUBJECT_ALONE = re.compile(
    r"^(?:subject|subj|sub|objet|asunto|oggetto|assunto|betreff|onderwerp|temat|v[ěe]c|predmet|t[áa]rgy|konu|perihal"
    r"|[äa]rende|предмет|тема|относно|θ[έε]μα|referitor\s+la)\s*[:：]?$",
    re.I,
)
# A covering paragraph handing the report over "as follows:", in the languages letters are written in
_AS_FOLLOWS_LATIN = re.compile(
    r"(?:as\s+follows|kako\s+slijedi|kako\s+sledi|kako\s+slijedi|comme\s+suit|como\s+sigue|wie\s+folgt|come\s+segue"
    r"|jak\s+nast[ęe]puje|takto|n[áa]sledovn[ěe]|как\s+следует|како\s+следи|ως\s+εξής|kama\s+ifuatavyo)\s*[:.]?$",
    re.I,
)
# The letter the subject answers, under it: "Reference: Your office letter No. LSD/2231 dated 21.07.2026"
# ... or the letter's own number over its date, as Sri Lankan letters print it: "මගේ අංකය: … දිනය: …" (my number)
_REFERENCE = re.compile(
    r"^\s*(?:ref(?:erence)?s?\.?|(?:your|my|our)\s+(?:ref(?:erence)?|no|number)\.?|យោង|(?:මගේ|ඔබේ|ඔබගේ)\s+අංකය"
    r"|σχετ(?:ικ[όο])?\.?|[İIi]lgi|ອີງຕາມ|संदर्भ|সূত্র|ਹਵਾਲਾ|ସୂତ୍ର)\s*(?:no\.?)?\s*[:：៖-]\s*\S"
    # ... the letter it answers, in Ukrainian and Russian: "На № 01-27/1381 від 13.03.2026"
    r"|^\s*на\s+№\s*\S"
    # ... and a Swahili letter's own reference, with no colon: "Kumb. Na. MORUWASA/HQ/TM/213/02"
    r"|^\s*kumb(?:ukumbu)?\.?\s+na\.?\s+\S",
    re.I,
)
# ... or its label alone, its value on the line under it, as a letter set in a table's cells prints it ("ΣΧΕΤ.:")
_REFERENCE_ALONE = re.compile(r"^\s*(?:ref(?:erence)?s?|σχετ(?:ικ[όο])?|ಉಲ್ಲೇಖ|సూచిక|പരാമർശം)\.?\s*[:：]?$", re.I)
# Whom the letter is addressed to, alone on its line over the addressee: "To,", "सेवा में,", "প্রাপক:"
# ... "Kính gửi:" (respectfully sent to), over the addressees' list, as Vietnamese official letters set it
_ADDRESSEE = re.compile(
    r"^(?:to|from|सेवा\s+में|प्रति|প্রাপক|বরাবর|គោរពជូន|kính\s+gửi|c[ăa]tre|ಇವರಿಗೆ|ಇವರಿಂದ|గారికి|ഇവർക്ക്"
    r"|ਵੱਲ|ਸੇਵਾ\s+ਵਿਖੇ|ପ୍ରତି|ପ୍ରେରକ)\s*[,:：៖]?$",
    re.I,
)
# The covering paragraph's opening, pointing back at the subject: "With reference to the above subject",
# "उपर्युक्त विषय के संबंध में", "উপর্যুক্ত বিষয়ের প্রেক্ষিতে"
_COVERING = re.compile(
    r"^(?:with|in)\s+reference\s+to\s+(?:the\s+)?(?:above|subject)|^(?:with\s+)?reference\s+(?:the\s+)?above"
    r"|^(?:as\s+per|regarding|in\s+connection\s+with)\s+the\s+(?:above|subject)|^i\s+am\s+directed\s+to"
    r"|^i\s+have\s+the\s+honou?r\s+to|^(?:उपर्युक्त|उपरोक्त|उपरिलिखित)\s+विषय|^विषयांकित"
    r"|^(?:উপর্যুক্ত|উপরোক্ত|উপরিউক্ত)\s+বিষ|^តបតាម"
    # ... in Punjabi and Odia: "ਉਪਰੋਕਤ ਵਿਸ਼ੇ ਅਤੇ ਹਵਾਲੇ ਅਧੀਨ …", "ଉପରୋକ୍ତ ବିଷୟ ଓ ସୂତ୍ର ସମ୍ପର୍କରେ …"
    r"|^ਉਪਰੋਕਤ\s+ਵਿਸ਼ੇ|^ਉਪਰੋਕਤ\s+ਵਿਸ਼ਾ|^ଉପରୋକ୍ତ\s+ବିଷୟ"
    # "Informuojame apie …" (we inform of), "Informējam, ka …", "Информируем о …", "Інформуємо про …"
    r"|^(?:informuojame|informējam|informejam|информируем|сообщаем|інформуємо|повідомляємо)\b"
    # "Σε συνέχεια του ανωτέρω σχετικού, …" (further to the above reference), "İlgi yazı gereği, …" (as the letter
    # referred to asks)
    r"|^σε\s+συνέχεια\s+του\s+(?:ανωτέρω|παραπάνω)|^[İIi]lgi\s+(?:\(?[a-z]\)?\s+)?(?:yaz[ıi]|kay[ıi]t)"
    # "На виконання Вашого листа …" (Ukrainian: in fulfilment of your letter), "Во исполнение …", "У відповідь на …"
    r"|^(?:на\s+виконання|во\s+исполнение|у\s+відповідь\s+на|в\s+ответ\s+на)\b"
    # "Vă transmitem, mai jos, situația …" (Romanian: we send you, below, …), "Vă informăm că …"
    r"|^v[ăa]\s+(?:transmitem|inform[ăa]m|comunic[ăa]m|prezent[ăa]m)\b"
    # "Husika na kichwa cha habari hapo juu." (Swahili: refer to the heading above), "Rejea barua yako …"
    r"|^(?:husika\s+na|rejea)\s"
    # "ಮೇಲ್ಕಂಡ ವಿಷಯಕ್ಕೆ ಸಂಬಂಧಿಸಿದಂತೆ, …" (Kannada: with reference to the above subject)
    r"|^ಮೇಲ್ಕಂಡ\s+ವಿಷಯ|^ಮೇಲಿನ\s+ವಿಷಯ|^పై\s+విషయ|^മേൽ\s+വിഷയ"
    # ... "… ຂໍລາຍງານສະພາບ …" (Lao: the office would like to report the situation)
    r"|^[^.]{0,120}ຂໍລາຍງານ"
    # "U nastavku dostavljamo izvješće …" (Croatian, Bosnian, Serbian: below we deliver the report), "U prilogu …"
    r"|^u\s+(?:nastavku|prilogu)\s+(?:vam\s+)?dostavljamo\b|^dostavljamo\s+(?:vam\s+)?"
    # ... "Ве известуваме за …" (Macedonian: we inform you of), "Обавештавамо вас …" (Serbian)
    r"|^ве\s+известуваме\b|^обавештавамо\b|^у\s+прилогу\s+(?:вам\s+)?достављамо\b"
    # ... "Dengan hormatnya saya merujuk kepada perkara di atas." (Malay: with respect I refer to the above matter)
    r"|^dengan\s+(?:segala\s+)?hormatnya\b|^bersama-sama\s+ini\s+(?:dikemukakan|disertakan)\b",
    re.I,
)

# Above the subject: at most this many lines of reference, date and addressee, each this short.
HEAD_LINES, HEAD_WORDS = 10, 25
COVER_WORDS = 90


def subject_of(text: str) -> str | None:
    """The report's name a letter's subject line states ("Subject: Daily flood report No. 1"), or None."""
    text = text.strip()
    if _SUBJECT_ABOUT.match(text) is not None and text.isupper():
        return text  # the subject is the whole line, its "about" with it
    if _SUBJECT_ABOUT_SENTENCE.match(text) is not None and len(text.split()) <= SUBJECT_WORDS:
        return text
    m = _SUBJECT.match(text)
    if m is None:
        return None
    return (m.group("value") or m.group("memo")).strip().rstrip("।.").strip() or None


def letter_head(body: list[Unit], is_heading: Callable[[Unit], bool]) -> tuple[int, str, int] | None:
    """Where the report's first section starts below a letter's head, the subject naming the report, and how many
    covering paragraphs were skipped; None when the body does not open as a letter (a subject line among its first
    short lines, before any list)."""
    head = body[: HEAD_LINES + 1]
    at, subject = next(((k, s) for k, u in enumerate(head) if (s := subject_of(u.text)) is not None), (None, ""))
    alone = next((k for k, u in enumerate(head[:-1]) if _SUBJECT_ALONE.match(u.text.strip())), None)
    if at is None and alone is not None:
        at, subject = alone + 1, body[alone + 1].text.strip().rstrip("।.").strip()  # the label over its subject
    if at is None:
        return (
            _addressed_under_title(body)
            or _referenced_and_addressed(body)
            or _saluted(body, is_heading)
            or _covered(body, is_heading)
            or _fielded(body, is_heading)
        )
    # (a letterhead's line of address, numbers and registration may run long: it says how to reach the office; a
    # numbered addressee, "1. Δήμαρχο Θήρα", is no list of the report's)
    if any(
        (u.bullet is not None and not _addressee_entry(u))
        or (len(u.text.split()) > HEAD_WORDS and not gives_contact(u.text))
        for u in head[:at]
    ):
        return None
    end, saluted = at + 1, False
    end = _addressee_under_subject(body, end)
    while end < len(body) and (
        is_greeting(body[end].text)
        or _ADDRESSEE.match(body[end].text.strip())
        or _REFERENCE.match(body[end].text)
        or (_REFERENCE_ALONE.match(body[end].text) and end + 1 < len(body))
    ):
        saluted = saluted or is_greeting(body[end].text)
        end += 2 if _REFERENCE_ALONE.match(body[end].text) else 1
    # (under a salutation stands the letter's text: a cover naming the report is no title)
    if (
        end < len(body)
        and not saluted
        and looks_like_title(body[end].text)
        and not _COVERING.match(body[end].text.strip())
    ):
        return None  # the report's own title under the subject: a masthead of fields over it, not a letter
    covering = 0
    if end + 1 < len(body) and not is_heading(body[end]) and is_heading(body[end + 1]):
        text = body[end].text.strip()
        if len(text.split()) <= COVER_WORDS and (saluted or _COVERING.match(text) or _AS_FOLLOWS_LATIN.search(text)):
            covering = 1
    elif (
        end + 2 < len(body)
        and not is_heading(body[end])
        and not is_heading(body[end + 1])
        and is_heading(body[end + 2])
    ):
        # the covering paragraph pointing back at the subject, then the one handing the report over "as follows:"
        first, then = body[end].text.strip(), body[end + 1].text.strip()
        if _COVERING.match(first) and _AS_FOLLOWS_LATIN.search(then) and len(f"{first} {then}".split()) <= COVER_WORDS:
            covering = 2
    return end + covering, subject, covering


def _covered(body: list[Unit], is_heading: Callable[[Unit], bool]) -> tuple[int, str, int] | None:
    """A letter's covering paragraph pointing back at its subject ("With reference to the above subject, …", "ଉପରୋକ୍ତ
    ବିଷୟ ଓ ସୂତ୍ର ସମ୍ପର୍କରେ …") opening the body right over the first section, the head above it gone with a mail's
    greeting; None where the body opens otherwise."""
    if len(body) < 2 or is_heading(body[0]) or not is_heading(body[1]):
        return None
    text = body[0].text.strip()
    return (1, "", 1) if len(text.split()) <= COVER_WORDS and _COVERING.match(text) is not None else None


def _saluted(body: list[Unit], is_heading: Callable[[Unit], bool]) -> tuple[int, str, int] | None:
    """A letter naming no subject on a line of its own: its head down to the salutation ("Stimate domnule Prefect,")
    and the covering paragraph under it that hands the report over ("Vă transmitem, mai jos, situația …"), right over
    the first section; None where a point or a sentence of the report stands above the salutation."""
    for k, unit in enumerate(body[: HEAD_LINES + 1]):
        if unit.kind is BlockKind.HEADING or not is_greeting(unit.text):
            continue
        # (the addressee's last line ends with a stop too: "Battaramulla.", "Colombo 07."; its lines may be read as one)
        told = [
            u
            for u in body[:k]
            if u.kind is not BlockKind.HEADING
            and _SENTENCE_END.search(u.text.strip())
            and len(u.text.split()) > ADDRESS_LINE_WORDS
            and not _joined_address(u.text)
        ]
        if any(u.bullet is not None and not _addressee_entry(u) for u in body[:k]) or told:
            return None
        # the subject may stand under the salutation, set as a heading and naming the report, over the cover; a
        # greeting may follow the salutation ("Yang Mulia," over "Assalamualaikum Warahmatullahi Wabarakatuh.")
        at, subject = k + 1, ""
        while at + 2 < len(body) and body[at].kind is not BlockKind.HEADING and greets(body[at].text):
            at += 1
        if at + 2 < len(body) and body[at].kind is BlockKind.HEADING and looks_like_title(body[at].text):
            at, subject = at + 1, body[at].text.strip()
        cover = body[at] if at + 1 < len(body) else None
        if cover is None or not is_heading(body[at + 1]) or not _covers(cover.text.strip()):
            return None
        return at + 1, subject, 1
    return None


# a letter's field: a label of a word to three, its colon, its value ("Na: Golfe 1 commune ƒe Meɖa", "PIMAN : …")
_FIELD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:\s[^\W\d_][^\W\d_'’.-]*){0,2}\s?[:：]\s*\S")
# the salutation: a few words with no figure, ended by a comma or a bang ("Mido gbe na mi,", "Dear all,")
_SALUTATION = re.compile(r"^[^\W\d_][^\d:：.!?]{0,40}[,!،，]$")
FIELD_RUN = 3


def _fielded(body: list[Unit], is_heading: Callable[[Unit], bool]) -> tuple[int, str, int] | None:
    """A letter's head in words no vocabulary reads: short lines of the letterhead, then three fields or more, a line
    each ("Na: …", "Tso: …", "Nya: …", "Ŋkeke: …": to, from, subject, date), then the salutation on a line of its
    own, and the covering paragraph right over the first section. The fields alone, over a heading, are the head
    too where no heading stands over them (under one they are its section's); a paragraph under them with no
    salutation over it may be the report's own, and stays."""
    n, headed = 0, False
    while n < len(body) and n < HEAD_LINES and not _FIELD.match(body[n].text.strip()):
        unit = body[n]
        if unit.bullet is not None or len(unit.text.split()) > HEAD_WORDS:
            return None
        headed = headed or is_heading(unit)
        n += 1
    fields = n
    while fields < len(body) and body[fields].bullet is None and _FIELD.match(body[fields].text.strip()):
        fields += 1
    if fields - n < FIELD_RUN or fields >= len(body):
        return None
    if is_heading(body[fields]):
        # (with no letterhead over them, fields under the report's title are its particulars, read as they stand)
        return None if headed or not n else (fields, "", 0)
    if not _SALUTATION.match(body[fields].text.strip()) or fields + 2 >= len(body):
        return None
    if is_heading(body[fields + 1]):
        return fields + 1, "", 0
    if is_heading(body[fields + 2]) and len(body[fields + 1].text.split()) <= COVER_WORDS:
        return fields + 2, "", 1
    return None


def _joined_address(text: str) -> bool:
    """An addressee's lines read as one paragraph: three parts or more between commas, each a few words (a post, an
    office, a street, a town: "Pengarah, Pusat Pengurusan Bencana Kebangsaan, …, Bandar Seri Begawan BB3910.")."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    return len(parts) >= 3 and all(0 < len(p.split()) <= ADDRESS_WORDS for p in parts)


def _covers(text: str) -> bool:
    """The covering paragraph handing the report over: pointing back at the subject, or saying the report is set out
    below ("The situation of the national roads … is reported below for your information.")."""
    return _COVERING.match(text) is not None or (len(text.split()) <= COVER_WORDS and _BELOW.search(text) is not None)


_BELOW = re.compile(
    r"\b(?:is|are)\s+(?:reported|given|set\s+out|furnished|presented|summari[sz]ed)\s+(?:below|as\s+under|hereunder)\b",
    re.I,
)


# an addressee's line ending with a stop: a word or three
ADDRESS_LINE_WORDS = 3
# a sentence of the report, ended by its stop ("… 54 schools are closed."), as no line of a letter's head ends
_SENTENCE_END = re.compile(r"\w{3,}[.!?]$")


def _addressee_under_subject(body: list[Unit], k: int) -> int:
    """Past the addressee a letter sets under its subject, in capitals, with its office in brackets under it ("ANKARA
    VALİLİĞİNE" over "(İl Afet ve Acil Durum Müdürlüğü)"), as Turkish letters address theirs; only where the letter's
    reference or covering paragraph follows it (a heading in capitals under the subject is else the report's)."""
    j = k
    if j < len(body) and _in_capitals(body[j].text) and len(body[j].text.split()) <= ADDRESS_WORDS:
        j += 1
        while j < len(body) and re.fullmatch(r"\([^()]{2,80}\)", body[j].text.strip()):
            j += 1
    if j == k or j >= len(body):
        return k
    text = body[j].text.strip()
    return j if _REFERENCE.match(text) or _REFERENCE_ALONE.match(text) or _COVERING.match(text) else k


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not re.match(r"^\s*\d", text)


def head_lines(units: list[Unit]) -> list[str]:
    """The lines of a letter's head for its masthead, without the letters it refers to ("Ref.: our letter … of 3
    July", "ΣΧΕΤ.:" over "Το υπ' αριθ. 1728/08-02-2026 έγγραφό μας"): their dates are those letters', not the
    report's."""
    out: list[str] = []
    skip = False
    for u in units:
        alone = _REFERENCE_ALONE.match(u.text) is not None
        if not (skip or alone or _REFERENCE.match(u.text)):
            out.append(u.text)
        skip = alone
    return out


# an addressee's lines: a post, an office, a street, a town ("Director General,", "Colombo 07.")
ADDRESS_LINES, ADDRESS_WORDS = 6, 8


def _addressee_entry(unit: Unit) -> bool:
    """A numbered addressee in a letter's head ("1. Δήμαρχο Θήρα"): a few words, no sentence."""
    text = unit.text.strip()
    return len(text.split()) <= ADDRESS_WORDS and not text.endswith((".", "!", "?", ":"))


def _referenced_and_addressed(body: list[Unit]) -> tuple[int, str, int] | None:
    """A letter opening with its reference line ("My No.: DMC/…/103 Date: 2026.06.03", "Ref: …"), its addressee's
    lines under it (each but the last ending with a comma) and its subject set as a heading naming the report, with
    no label, as Sri Lankan and other South Asian offices set their letters: the subject names the report, and the
    report starts under it."""
    k = next((k for k, u in enumerate(body[:HEAD_LINES]) if _REFERENCE.match(u.text)), None)
    if k is None:
        return None
    end = k + 1
    while end < len(body) and end - k <= ADDRESS_LINES and _address_line(body[end]):
        end += 1
    lines = body[k + 1 : end]
    ends = [u.text.rstrip()[-1:] for u in lines]
    if not ends or ends[-1] not in ",." or any(e != "," for e in ends[:-1]):
        return None
    if end >= len(body) or body[end].kind is not BlockKind.HEADING or not looks_like_title(body[end].text):
        return None
    return end + 1, body[end].text.strip(), 0


def _address_line(unit: Unit) -> bool:
    return unit.kind is not BlockKind.HEADING and unit.bullet is None and len(unit.text.split()) <= ADDRESS_WORDS


# A Chinese official document's addressee, under its title: an office's name and a colon ("九江市应急管理局：")
_CJK_ADDRESSEE = re.compile(r"^[^\s，。；、：:！？]{2,30}[：:]$")
# ... and its opening paragraph's close, handing the report over: "现将…有关情况报告如下：" (reported as follows)
# ... in Vietnamese, "… báo cáo như sau:" (reports as follows)
_AS_FOLLOWS = re.compile(r"(?:如下|如次|以下の通り|以下のとおり|ដូចខាងក្រោម|như\s+sau)\s*[：:。៖]?$", re.I)
OPENING_LINES = 3


def _addressed_under_title(body: list[Unit]) -> tuple[int, str, int] | None:
    """A document set as a Chinese or Vietnamese official letter: its title ("…关于…的报告（第1期）"), the office it is
    addressed to ("九江市应急管理局：", or "Kính gửi:" over a list of them), and the opening paragraph ending "reported
    as follows:" over the first section. The title names the report
    ("" when it stands above the body, as the document's title); None when the body does not open so."""
    # (the title may stand above the body, set as the document's title: then the addressee opens the body)
    for at in range(-1, min(HEAD_LINES, len(body) - 2)):
        line = body[at + 1].text.strip()
        labelled = _ADDRESSEE.match(line) is not None
        if not labelled and (not _CJK_ADDRESSEE.match(line) or not has_unspaced(line)):
            continue
        # under a label, the addressees one a line ("- Ban Chỉ đạo …;", "- Bộ …")
        listed = at + 2
        while labelled and listed < len(body) and listed - at - 2 < ADDRESS_LINES and body[listed].bullet is not None:
            listed += 1
        if labelled and listed == at + 2:
            return None
        for end in range(listed, min(listed + OPENING_LINES, len(body))):
            if body[end].kind is BlockKind.HEADING:
                break
            if _AS_FOLLOWS.search(body[end].text.strip()):
                return end + 1, body[at].text.strip() if at >= 0 else "", end - at - 1
        return None
    return None
