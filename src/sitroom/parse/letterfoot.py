"""A letter's foot, closing the report it carries: the request to note the report ("I request that the above be
noted.", "Bilgilerinize arz ederim."), the close ("Yours faithfully,", "भवदीय,"), the signature ("Sd/-", a name in
brackets, a post), the copy's endorsement under its own reference, what is enclosed and whom copies go to ("Copy to
the following for information:", "प्रतिलिपि:", "Dağıtım:") over their list. None of it is a section or an item; the
letter's head is ``sitroom.parse.officialletter``'s.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.addressing import RECIPIENTS_LABEL
from sitroom.parse.enclosures import is_enclosures_label
from sitroom.parse.furniture import gives_contact
from sitroom.parse.message import is_service_notice
from sitroom.parse.units import Unit
from sitroom.text.salutations import is_sign_off
from sitroom.text.signoffs import is_thanks

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
    r"^(?:this\s+is\s+|the\s+above\s+(?:is|are)\s+)?(?:submitted\s+|furnished\s+)?for\s+(?:the\s+|your\s+)?(?:kind\s+)?"
    r"(?:information|perusal|records)"
    r"|^(?:i|we)\s+(?:would\s+)?request\s+that\s+the\s+above|^it\s+is\s+(?:therefore\s+)?requested\s+that\s+the\s+above"
    # ... in Spanish, Catalan and Portuguese: "Lo que se informa a los efectos oportunos", "És tot el que s'informa als
    # efectes oportuns", "É o que se informa", "À consideração superior"
    r"|^(?:(?:es\s+)?(?:todo\s+)?(?:lo|cuanto)\s+(?:que\s+)?(?:se\s+(?:informa|comunica)|informo|informamos|comunico"
    r"|comunicamos)|[ée]s\s+tot\s+(?:el\s+)?(?:que|quant)\s+"
    r"s['’](?:informa|comunica)|el\s+que\s+s['’]informa|[ée]\s+o\s+que\s+(?:se\s+)?(?:informa|cumpre\s+informar)"
    r"|[àa]\s+considera[çc][ãa]o\s+superior)\b"
    # ... the French letter's formula of politeness: "Veuillez agréer, Monsieur le Président, l'expression de notre
    # haute considération.", "Je vous prie d'agréer …", "Recevez, Madame, l'assurance de …"
    r"|^(?:veuillez|je\s+vous\s+prie\s+d['’]|nous\s+vous\s+prions\s+d['’])\s*(?:agr[ée]er|recevoir)\b"
    r"|^(?:recevez|agr[ée]ez),?\s[^.]{0,80}\bl['’](?:expression|assurance)\b"
    # ... as Indian offices close a letter: "This issues with the approval of the competent authority."
    r"|^this\s+(?:issues|is\s+issued)\s+with\s+the\s+approval\s+of\s+the\s+competent\s+authority"
    # ... in Indonesian and Malay, "Demikian informasi ini kami sampaikan." (thus we convey this information)
    r"|^demikian\s+(?:(?:informasi|laporan|pemberitahuan|surat|maklumat)\s+)?(?:ini\s+)?(?:kami\s+)?"
    r"(?:sampaikan|laporkan|maklumkan)"
    # ... and as Brunei and Malaysian offices close: "Sekian, dimaklumkan." (that is all, for your information), and
    # the closing prayer "Wabillahi Taufiq Walhidayah, Wassalamualaikum …"
    r"|^sekian,?\s+(?:dimaklumkan|untuk\s+makluman|terima\s+kasih)|^wabillahi\s+taufiq|^wassalamu['’]?\s*alaikum"
    # ... in Turkish, "Bilgilerinize arz ederim." (I submit it for your information), "Gereğini arz ederim."
    r"|^(?:gereğini\s+)?(?:ve\s+)?bilgilerinize\s+(?:arz|rica)\s+ederim|^gereğini\s+(?:arz|rica)\s+ederim"
    # ... in Vietnamese, the sender "respectfully reports" it: "Ủy ban nhân dân tỉnh … trân trọng báo cáo./."
    r"|^[^.]{0,80}\btrân\s+trọng\s+báo\s+cáo\b"
    # ... in Khmer: "អាស្រ័យដូចបានគោរពជម្រាបជូនខាងលើ … មេត្តាជ្រាបជាព័ត៌មាន។" (accordingly … kindly take it as information)
    r"|^អាស្រ័យ[^។]*ព័ត៌មាន"
    # ... and in Sinhala: "ඉහත කරුණු කාරුණිකව ඔබගේ දැනගැනීම සඳහා ඉදිරිපත් කරමි." (the above, for your kind information)
    r"|^ඉහත[^.]*දැනගැනීම"
    # ... in Swahili: "Naomba kuwasilisha." (I beg to submit), "Nawasilisha kwa taarifa yako."
    r"|^(?:naomba\s+kuwasilisha|nawasilisha|tunawasilisha)\b"
    # ... in Lao: "ດັ່ງນັ້ນ, ຈຶ່ງລາຍງານມາຍັງທ່ານ ເພື່ອຊາບ …" (so we report it to you, for your information)
    r"|^ດັ່ງນັ້ນ[^.]{0,80}ເພື່ອຊາບ"
    # ... in Kannada: "ಮೇಲ್ಕಂಡ ಮಾಹಿತಿಯನ್ನು ತಮ್ಮ ಅವಗಾಹನೆಗಾಗಿ ಸಲ್ಲಿಸಲಾಗಿದೆ." (the above is submitted for your perusal)
    r"|^ಮೇಲ್ಕಂಡ[^.]{0,80}(?:ಅವಗಾಹನೆಗಾಗಿ|ಮಾಹಿತಿಗಾಗಿ)"
    # ... in Punjabi, Bengali and Odia, the report sent for kind information and necessary action: "ਇਹ ਰਿਪੋਰਟ ਆਪ ਜੀ ਦੀ
    # ਜਾਣਕਾਰੀ … ਹਿੱਤ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।", "বিষয়টি সদয় অবগতি … প্রেরণ করা হলো।", "ଏହା ଆପଣଙ୍କ ସଦୟ ଅବଗତି … ଦାଖଲ କରାଗଲା।"
    r"|^[^।.]{0,80}ਜਾਣਕਾਰੀ[^।.]{0,80}(?:ਭੇਜੀ|ਭੇਜਿਆ|ਭੇਜੇ)|^[^।.]{0,40}অবগতি[^।.]{0,80}(?:প্রেরণ|পেশ)"
    r"|^[^।.]{0,40}ଅବଗତି[^।.]{0,80}(?:ଦାଖଲ|ପ୍ରେରଣ|ପଠାଗଲା)"
    # ... in Greek and Romanian, submitted for the reader's information: "Υποβάλλεται για ενημέρωσή σας.", "Se prezintă
    # spre informare."
    r"|^(?:υποβ[άα]λλεται|υποβ[άα]λλονται|παρακαλ[ώο]\s+για)\s+(?:για\s+)?(?:την\s+)?(?:ενημ[έε]ρωσ|ενημερ)"
    r"|^(?:se\s+)?(?:prezint[ăa]|transmite|înainteaz[ăa]|inainteaz[ăa])\s+spre\s+(?:informare|examinare|cunoștință|cunostinta)"
    r"|^spre\s+(?:informare|știință|stiinta)\b"
    # ... and in Dhivehi, "ވީމާ، މި ކަން ދެންނެވީ އަދަބާއެކުއެވެ." (so this is submitted with respect)
    r"|^ވީމާ[،,]?\s",
    re.I,
)
# A signature marked as signed on the original: "Sd/-", "(Signed)", "(Sgd) J. P. Lagesse", "ह०/-", "স্বাক্ষরিত/-"
_SIGN_MARK = r"(?:sd|sgd|signed|ಸಹಿ|సంతకం|ഒപ്പ്|ह०|ह\.|हस्ताक्षरित|स्वाक्षरित|স্বাক্ষরিত|স্বাঃ)"
_SIGNED = re.compile(rf"^(?:\({_SIGN_MARK}\)|{_SIGN_MARK}\s*/-|{_SIGN_MARK}\.?$)(?:\s|$)", re.I)
# Whom copies go to, leading a line that ends in a colon: "Copy to the following for information and necessary
# action:", "प्रतिलिपि: निम्नलिखित को सूचनार्थ … प्रेषित:-", "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "สำเนาเรียน", "Nakala:"
_COPIES = re.compile(
    rf"^(?:(?:{RECIPIENTS_LABEL})(?![^\W\d_])|प्रतिलिपि|অনুলিপি|বিতরণ|สำเนา|ចម្លងជូន|පිටපත්|nakala|ކޮޕީ|کاپي"
    # ... or the copy named inside the line: "ਉਪਰੋਕਤ ਦਾ ਉਤਾਰਾ ਹੇਠ ਲਿਖਿਆਂ ਨੂੰ … ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ:-" (a copy of the above
    # goes to the following), "সদয় অবগতি … অনুলিপি প্রেরণ করা হলো (…):"
    r"|[^\n:]{0,80}(?:ਉਤਾਰਾ|ਨਕਲ|অনুলিপি|प्रतिलिपि|ପ୍ରତିଲିପି|ନକଲ))[^\n]{0,120}[:：፦៖]-?$",
    re.I,
)

# The endorsement of a copy, under its own reference and date: "Ref: EPU/FL/2025/341 Date: 4 August 2025",
# "ज्ञापांक: …/341 दिनांक: 04.08.2025", "স্মারক নং: …"
_ENDORSEMENT = re.compile(
    r"^(?:(?:our\s+)?ref(?:erence)?|memo|letter|no|endst|endorsement|पत्रांक|ज्ञापांक|स्मारक|পত্র|স্মারক"
    r"|ਪਿੱਠ\s+ਅੰਕਣ|ਮੀਮੋ|ପତ୍ରାଙ୍କ|ପତ୍ର\s+ସଂଖ୍ୟା)\.?"
    r"(?:\s+no\.?|\s+নং|\s+ਨੰ\.?|\s+ନଂ)?\s*[:：]?"
    r"\s*\S*\d[^\n]{0,60}$",
    re.I,
)

# The signer's post a French administration's letter closes with, over the signer's name: "Le Président du Comité,",
# "La Directrice régionale,", "Pour le Maire et par délégation,"
_POST_SIGNS = re.compile(
    r"^(?:[Pp]/\s*|[Pp]our\s+)?(?:[Ll]e|[Ll]a|[Ll]['’])\s*[A-ZÉÈ][\w'’ -]{2,50}(?:\s+et\s+par\s+d[ée]l[ée]gation)?,$"
)

# A sentence of four words or more: no line of a signature ("The depot reopens on Monday.")
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){3,}(?<=\w{3}[.!?])$")

# The close stands among the body's last lines; a line of the signature, endorsement or copy list is short.
FOOT_LINES, FOOT_WORDS, SIGNED_WORDS = 18, 15, 40
REQUEST_WORDS = 40
POST_WORDS = 4
# The close, with the signer's name after it on its line: "Le meas, Máire Ní Fhlatharta"
CLOSE_WORDS = 7
# Under thanks closing a message, at most this many lines of who sends it and how to reach them.
THANKED_LINES = 5
NAME_WORDS = 8


def letter_foot(body: list[Unit]) -> int | None:
    """Where a letter's foot opens at the end of the body: the request to note the report, the close or the
    signature marked as signed (or the request with the signer's lines right under it), then only short lines of
    signature, endorsement and whom copies go to (their list's entries under that label). None when the body does not
    end so."""
    start = max(1, len(body) - FOOT_LINES)
    for k in range(start, len(body)):
        text = body[k].text.strip()
        signed = _SIGNED.match(text) is not None and len(text.split()) <= SIGNED_WORDS
        closes = (
            signed or (is_sign_off(text) and len(text.split()) <= CLOSE_WORDS) or _POST_SIGNS.match(text) is not None
        )
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
        if unit.kind is BlockKind.HEADING and len(text.split()) > POST_WORDS and not _signer_and_post(text):
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


def _signer_and_post(text: str) -> bool:
    """The signer's name and post set as one bold line ("Mhandisi Halima Mbwana MKURUGENZI MTENDAJI"): a few words,
    each capitalised, the post in capitals, no figure."""
    words = text.split()
    posted = sum(1 for w in words if len(w) > 1 and w.isupper()) >= 1
    return len(words) <= NAME_WORDS and _capitalised(text) and posted and not any(c.isdigit() for c in text)


def _capitalised(text: str) -> bool:
    """Every word but the small ones opens with a capital: a name, a post or an office ("District Disaster
    Management Coordination Unit, Kegalle."), not a sentence."""
    return all(w[:1].isupper() for w in text.split() if len(w) > 3)


def _names(text: str) -> bool:
    """A line naming who sends the message: a few words, each capitalised but the small ones ("Adult Social Care
    Commissioning", "Jo Bloggs"), no sentence ("Stay safe everyone x")."""
    words = text.split()
    return 0 < len(words) <= NAME_WORDS and _capitalised(text) and text[-1:].isalnum()
