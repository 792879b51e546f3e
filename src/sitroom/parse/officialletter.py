"""An official letter carrying a report: the frame a reader skips to reach its sections.

Offices in many countries send a report as a letter. Under the letterhead stand its reference and date, whom it
is addressed to ("To,", "सेवा में,"), a subject line naming the report ("Subject: Daily flood situation report
No. 1", "विषय:- …", "বিষয়: …", "เรื่อง …"), a salutation ("Dear Sir,", "महोदय,", "เรียน …") and a covering
paragraph ("With reference to the above subject, …"). After the last section come a request to note it ("I
request that the above be noted."), the close ("Yours faithfully,", "भवदीय,"), the signature ("Sd/-", a name in
brackets, a post), the copy's endorsement under its own reference, and whom copies go to ("Copy to the
following for information:", "प्रतिलिपि:", "বিতরণ:") over their list. The subject names the report; none of the
rest is a section or an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitroom.model import BlockKind
from sitroom.parse.addressing import RECIPIENTS_LABEL
from sitroom.parse.enclosures import is_enclosures_label
from sitroom.parse.furniture import gives_contact
from sitroom.parse.message import is_service_notice
from sitroom.parse.metadata import looks_like_title
from sitroom.parse.units import Unit
from sitroom.text.salutations import is_greeting, is_sign_off
from sitroom.text.signoffs import is_thanks
from sitroom.text.spacing import has_unspaced

# The subject line's label in the languages letters are written in; the Thai memo form prints "เรื่อง" with no
# colon after it.
_SUBJECT = re.compile(
    r"^(?:subject|subj|sub|re|objet|asunto|oggetto|assunto|betreff|onderwerp|temat|v[ěe]c|predmet|t[áa]rgy|konu"
    r"|perihal|hal|[äa]rende|emne|aihe|предмет|тема|относно|θ[έε]μα|विषय|বিষয়|বিষয়|பொருள்|موضوع|הנדון|件名|主题|主旨"
    r"|事由|제목|កម្មវត្ថុ)\s*[:：៖]\s*[-–—]?\s*(?P<value>\S.*)$"
    r"|^เรื่อง\s+(?P<memo>\S.*)$",
    re.I,
)
# ... or, in Lithuanian, Latvian, Russian and Ukrainian letters, no label but the word "about" opening it, the line in
# capitals: "DĖL EKSTREMALIOSIOS SITUACIJOS PADĖTIES", "PAR ĀRKĀRTAS SITUĀCIJU", "О ХОДЕ ЛИКВИДАЦИИ …"
_SUBJECT_ABOUT = re.compile(r"^(?:DĖL|DEL|PAR|ПРО|О|ОБ)\s+(?P<about>\S.*)$")
# ... or alone on its line, over the subject ("PREDMET" over "Informacija o minskoj situaciji …, broj 3")
_SUBJECT_ALONE = re.compile(
    r"^(?:subject|objet|asunto|oggetto|assunto|betreff|onderwerp|temat|v[ěe]c|predmet|t[áa]rgy|konu|perihal"
    r"|[äa]rende|предмет|тема|относно|θ[έε]μα)\s*[:：]?$",
    re.I,
)
# A covering paragraph handing the report over "as follows:", in the languages letters are written in
_AS_FOLLOWS_LATIN = re.compile(
    r"(?:as\s+follows|kako\s+slijedi|kako\s+sledi|kako\s+slijedi|comme\s+suit|como\s+sigue|wie\s+folgt|come\s+segue"
    r"|jak\s+nast[ęe]puje|takto|n[áa]sledovn[ěe]|как\s+следует|како\s+следи|ως\s+εξής)\s*[:.]?$",
    re.I,
)
# The letter the subject answers, under it: "Reference: Your office letter No. LSD/2231 dated 21.07.2026"
# ... or the letter's own number over its date, as Sri Lankan letters print it: "මගේ අංකය: … දිනය: …" (my number)
_REFERENCE = re.compile(
    r"^\s*(?:ref(?:erence)?s?\.?|(?:your|my|our)\s+(?:ref(?:erence)?|no|number)\.?|យោង|(?:මගේ|ඔබේ|ඔබගේ)\s+අංකය"
    r"|σχετ(?:ικ[όο])?\.?|[İIi]lgi)\s*(?:no\.?)?\s*[:：៖-]\s*\S",
    re.I,
)
# ... or its label alone, its value on the line under it, as a letter set in a table's cells prints it ("ΣΧΕΤ.:")
_REFERENCE_ALONE = re.compile(r"^\s*(?:ref(?:erence)?s?|σχετ(?:ικ[όο])?)\.?\s*[:：]$", re.I)
# Whom the letter is addressed to, alone on its line over the addressee: "To,", "सेवा में,", "প্রাপক:"
# ... "Kính gửi:" (respectfully sent to), over the addressees' list, as Vietnamese official letters set it
_ADDRESSEE = re.compile(r"^(?:to|सेवा\s+में|प्रति|প্রাপক|বরাবর|គោរពជូន|kính\s+gửi)\s*[,:：៖]?$", re.I)
# The covering paragraph's opening, pointing back at the subject: "With reference to the above subject",
# "उपर्युक्त विषय के संबंध में", "উপর্যুক্ত বিষয়ের প্রেক্ষিতে"
_COVERING = re.compile(
    r"^(?:with|in)\s+reference\s+to\s+(?:the\s+)?(?:above|subject)|^(?:with\s+)?reference\s+(?:the\s+)?above"
    r"|^(?:as\s+per|regarding|in\s+connection\s+with)\s+the\s+(?:above|subject)|^i\s+am\s+directed\s+to"
    r"|^i\s+have\s+the\s+honou?r\s+to|^(?:उपर्युक्त|उपरोक्त|उपरिलिखित)\s+विषय|^विषयांकित"
    r"|^(?:উপর্যুক্ত|উপরোক্ত|উপরিউক্ত)\s+বিষ|^តបតាម"
    # "Informuojame apie …" (we inform of), "Informējam, ka …", "Информируем о …", "Інформуємо про …"
    r"|^(?:informuojame|informējam|informejam|информируем|сообщаем|інформуємо|повідомляємо)\b"
    # "Σε συνέχεια του ανωτέρω σχετικού, …" (further to the above reference), "İlgi yazı gereği, …" (as the letter
    # referred to asks)
    r"|^σε\s+συνέχεια\s+του\s+(?:ανωτέρω|παραπάνω)|^[İIi]lgi\s+(?:\(?[a-z]\)?\s+)?(?:yaz[ıi]|kay[ıi]t)",
    re.I,
)
# The request to note the report, set over the close: "I request that the above information be noted.",
# "This is for your kind information and necessary action.", "अनुरोध है कि …", "অনুরোধ করা হলো"
_REQUEST = re.compile(
    r"^(?:i|we)\s+(?:would\s+)?(?:request|ask)|^(?:it\s+is|you\s+are)\s+(?:therefore\s+|kindly\s+)?requested"
    r"|^kindly\s|^(?:this\s+is\s+)?(?:submitted\s+)?for\s+(?:your\s+)?(?:kind\s+)?(?:information|perusal|records)"
    r"|^submitted\s+for|^अनुरोध|^सादर|^कृपया|অনুরোধ|^সদয়|^সদয়|^អាស្រ័យ|ជ្រាបជាព័ត៌មាន|^ඉහත[^.]*දැනගැනීම",
    re.I,
)
# ... the request as it runs on after the last point: for information, or that the above be noted (not a "Kindly …"
# of the report's own advice)
_NOTE_THE_ABOVE = re.compile(
    r"^(?:this\s+is\s+|the\s+above\s+(?:is|are)\s+)?(?:submitted\s+|furnished\s+)?for\s+(?:your\s+)?(?:kind\s+)?"
    r"(?:information|perusal|records)"
    r"|^(?:i|we)\s+(?:would\s+)?request\s+that\s+the\s+above|^it\s+is\s+(?:therefore\s+)?requested\s+that\s+the\s+above"
    # ... in Spanish, Catalan and Portuguese: "Lo que se informa a los efectos oportunos", "És tot el que s'informa als
    # efectes oportuns", "É o que se informa", "À consideração superior"
    r"|^(?:(?:es\s+)?(?:todo\s+)?(?:lo|cuanto)\s+(?:que\s+)?se\s+(?:informa|comunica)|[ée]s\s+tot\s+(?:el\s+)?(?:que|quant)\s+"
    r"s['’](?:informa|comunica)|el\s+que\s+s['’]informa|[ée]\s+o\s+que\s+(?:se\s+)?(?:informa|cumpre\s+informar)"
    r"|[àa]\s+considera[çc][ãa]o\s+superior)\b"
    # ... in Indonesian and Malay, "Demikian informasi ini kami sampaikan." (thus we convey this information)
    r"|^demikian\s+(?:(?:informasi|laporan|pemberitahuan|surat|maklumat)\s+)?(?:ini\s+)?(?:kami\s+)?"
    r"(?:sampaikan|laporkan|maklumkan)"
    # ... in Turkish, "Bilgilerinize arz ederim." (I submit it for your information), "Gereğini arz ederim."
    r"|^(?:gereğini\s+)?(?:ve\s+)?bilgilerinize\s+(?:arz|rica)\s+ederim|^gereğini\s+(?:arz|rica)\s+ederim"
    # ... in Vietnamese, the sender "respectfully reports" it: "Ủy ban nhân dân tỉnh … trân trọng báo cáo./."
    r"|^[^.]{0,80}\btrân\s+trọng\s+báo\s+cáo\b"
    # ... in Khmer: "អាស្រ័យដូចបានគោរពជម្រាបជូនខាងលើ … មេត្តាជ្រាបជាព័ត៌មាន។" (accordingly … kindly take it as information)
    r"|^អាស្រ័យ[^។]*ព័ត៌មាន"
    # ... and in Sinhala: "ඉහත කරුණු කාරුණිකව ඔබගේ දැනගැනීම සඳහා ඉදිරිපත් කරමි." (the above, for your kind information)
    r"|^ඉහත[^.]*දැනගැනීම",
    re.I,
)
# A signature marked as signed on the original: "Sd/-", "(Signed)", "ह०/-", "स्वाक्षरित/-", "স্বাক্ষরিত/-"
_SIGN_MARK = r"(?:sd|signed|ह०|ह\.|हस्ताक्षरित|स्वाक्षरित|স্বাক্ষরিত|স্বাঃ)"
_SIGNED = re.compile(rf"^(?:\({_SIGN_MARK}\)|{_SIGN_MARK}\s*/-|{_SIGN_MARK}\.?$)(?:\s|$)", re.I)
# Whom copies go to, leading a line that ends in a colon: "Copy to the following for information and necessary
# action:", "प्रतिलिपि: निम्नलिखित को सूचनार्थ … प्रेषित:-", "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "สำเนาเรียน"
_COPIES = re.compile(
    rf"^(?:(?:{RECIPIENTS_LABEL})(?![^\W\d_])|प्रतिलिपि|অনুলিপি|বিতরণ|สำเนา|ចម្លងជូន|පිටපත්)[^\n]{{0,120}}[:：፦៖]-?$",
    re.I,
)

# The endorsement of a copy, under its own reference and date: "Ref: EPU/FL/2025/341 Date: 4 August 2025",
# "ज्ञापांक: …/341 दिनांक: 04.08.2025", "স্মারক নং: …"
_ENDORSEMENT = re.compile(
    r"^(?:(?:our\s+)?ref(?:erence)?|memo|letter|no|endst|endorsement|पत्रांक|ज्ञापांक|स्मारक|পত্র|স্মারক)\.?"
    r"(?:\s+no\.?|\s+নং)?\s*[:：]?"
    r"\s*\S*\d[^\n]{0,60}$",
    re.I,
)

# A sentence of four words or more: no line of a signature ("The depot reopens on Monday.")
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){3,}(?<=\w{3}[.!?])$")

# Above the subject: at most this many lines of reference, date and addressee, each this short.
HEAD_LINES, HEAD_WORDS = 10, 25
COVER_WORDS = 90
# The close stands among the body's last lines; a line of the signature, endorsement or copy list is short.
FOOT_LINES, FOOT_WORDS, SIGNED_WORDS = 18, 15, 40
REQUEST_WORDS = 40
POST_WORDS = 4
# The close, with the signer's name after it on its line: "Le meas, Máire Ní Fhlatharta"
CLOSE_WORDS = 7
# Under thanks closing a message, at most this many lines of who sends it and how to reach them.
THANKED_LINES = 5
NAME_WORDS = 8


def subject_of(text: str) -> str | None:
    """The report's name a letter's subject line states ("Subject: Daily flood report No. 1"), or None."""
    text = text.strip()
    if _SUBJECT_ABOUT.match(text) is not None and text.isupper():
        return text  # the subject is the whole line, its "about" with it
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
        at, subject = alone + 1, body[alone + 1].text.strip()  # the label over the subject it labels
    if at is None:
        return _addressed_under_title(body) or _referenced_and_addressed(body)
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
    if end < len(body) and looks_like_title(body[end].text) and not _COVERING.match(body[end].text.strip()):
        return None  # the report's own title under the subject: a masthead of fields over it, not a letter
    covering = 0
    if end + 1 < len(body) and not is_heading(body[end]) and is_heading(body[end + 1]):
        text = body[end].text.strip()
        if len(text.split()) <= COVER_WORDS and (saluted or _COVERING.match(text) or _AS_FOLLOWS_LATIN.search(text)):
            covering = 1
    return end + covering, subject, covering


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


def letter_foot(body: list[Unit]) -> int | None:
    """Where a letter's foot opens at the end of the body: the request to note the report, the close or the
    signature marked as signed (or the request with the signer's lines right under it), then only short lines of
    signature, endorsement and whom copies go to (their list's entries under that label). None when the body does not
    end so."""
    start = max(1, len(body) - FOOT_LINES)
    for k in range(start, len(body)):
        text = body[k].text.strip()
        signed = _SIGNED.match(text) is not None and len(text.split()) <= SIGNED_WORDS
        closes = signed or (is_sign_off(text) and len(text.split()) <= CLOSE_WORDS)
        # thanks closing the message, with only the sending team's lines under it ("Adult Social Care Commissioning")
        closes = closes or (
            is_thanks(text) and k + 1 < len(body) and k + 1 + THANKED_LINES >= len(body) and _names(body[k + 1].text)
        )
        # the request to note the report, where the signer's lines follow it with no close between
        closes = closes or (k + 1 < len(body) and is_note_request(body[k]))
        copies = not closes and _COPIES.match(text) is not None and k + 1 < len(body)
        if not (closes or copies) or not _foot_lines(body[k + 1 :], copies):
            continue
        # the endorsement over the copy list, and the request to note the report over the close
        while k > 1 and len(body[k - 1].text.split()) <= FOOT_WORDS and _ENDORSEMENT.match(body[k - 1].text.strip()):
            k -= 1
        above = body[k - 1].text.strip()
        asks = len(above.split()) <= REQUEST_WORDS and (_REQUEST.search(above) is not None or is_thanks(above))
        return k - 1 if asks and k > 1 else k
    return None


def trim_request(unit: Unit) -> bool:
    """The request to note the report run on at the end of the last point ("… by 24.08.2026. This is for your kind
    information please."), as a page's text run together sets it: taken off the point; whether there was one."""
    parts = re.split(r"(?<=[.!?।])\s+", unit.text.strip())
    last = parts[-1]
    if len(parts) >= 2 and len(last.split()) <= REQUEST_WORDS and _NOTE_THE_ABOVE.search(last):
        unit.text = " ".join(parts[:-1])
        return True
    return False


def is_note_request(unit: Unit) -> bool:
    """A line of its own asking the reader to note the report ("This is for your kind information please."), as it
    stands over a close already taken off."""
    text = unit.text.strip()
    return unit.bullet is None and len(text.split()) <= REQUEST_WORDS and _NOTE_THE_ABOVE.search(text) is not None


def is_endorsement(text: str) -> bool:
    """The reference the copies of a letter are endorsed under ("Endst. No. DDAH/LDH/1863", "Memo No. 1862")."""
    return len(text.split()) <= FOOT_WORDS and _ENDORSEMENT.match(text.strip()) is not None


def _foot_lines(units: list[Unit], copies: bool) -> bool:
    """Every line is the signature's, the endorsement's or the copy list's (``copies``: under its label)."""
    for unit in units:
        text = unit.text.strip()
        if unit.kind is BlockKind.HEADING and len(text.split()) > POST_WORDS:
            return False  # a section under the close; only a signer's post may be set like a heading
        if _COPIES.match(text) or is_enclosures_label(text):
            copies = True  # the list under it: whom copies go to, or what is enclosed
        elif unit.bullet is not None:
            if not copies:
                return False
        elif is_service_notice(text):
            continue  # the mail service's own line: "Do not reply to this email …"
        elif _SIGNED.match(text) or gives_contact(text):
            if len(text.split()) > SIGNED_WORDS:
                return False  # a signature run into one line with its name, post and how to reach them
        elif len(text.split()) > (SIGNED_WORDS if copies else FOOT_WORDS) or (
            not copies and _SENTENCE.search(text) and not _capitalised(text)
        ):
            # (an entry of the copy list may name an office at length: "Gereği: Ankara Valiliği (İl Afet …)")
            return False  # a sentence under the close is the report's, not the signature's (an office's name is)
    return True


def _capitalised(text: str) -> bool:
    """Every word but the small ones opens with a capital: a name, a post or an office ("District Disaster
    Management Coordination Unit, Kegalle."), not a sentence."""
    return all(w[:1].isupper() for w in text.split() if len(w) > 3)


def _names(text: str) -> bool:
    """A line naming who sends the message: a few words, each capitalised but the small ones ("Adult Social Care
    Commissioning", "Jo Bloggs"), no sentence ("Stay safe everyone x")."""
    words = text.split()
    return 0 < len(words) <= NAME_WORDS and _capitalised(text) and text[-1:].isalnum()
