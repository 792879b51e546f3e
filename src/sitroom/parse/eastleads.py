"""A risk's mitigation lead in Chinese, Japanese, Korean, Thai and the Indic scripts (Hindi, Bengali, Punjabi …), for
``sitroom.parse.risks``.

``risks._MITIGATION`` finds its labels after a sentence's full stop, and these writers end a sentence otherwise or
not at all: the Chinese and Japanese "。" with no space after it ("…风险正在上升。应对措施：…"), the danda "।" of
Hindi and Bengali, nothing in Korean (a noun-ending point: "… 위험 관찰 중 조치: …") or Thai (which parts sentences with
a space). So the lead is found after any of these or a space, always with its colon (ASCII or full-width): the measures
taken or to take against the risk ("应对措施", "防范措施", "因應作為", "対応", "対策", "조치", "대책", "มาตรการรองรับ",
"शमन उपाय", "গৃহীত ব্যবস্থা", "தணிப்பு நடவடிக்கை").
"""

from __future__ import annotations

import re

from sitroom.parse.heading_words import ASSAMESE_LETTERS

EAST_MEASURES = (
    # Chinese, Simplified and Traditional
    "应对措施", "防范措施", "防控措施", "处置措施", "管控措施", "整改措施", "防范应对措施", "已采取措施", "采取措施",
    "缓解措施", "应对举措", "应对", "措施", "因應作為", "因應措施", "應變作為", "應變措施", "防範措施", "處置作為",
    "處置措施", "應對措施", "減災措施", "緩解措施", "因應", "對策",
    # ... and Cantonese as it is spoken: "已經做咗：" (what has been done already), "做咗乜：" (what was done)
    "已經做咗", "已经做咗", "做咗乜", "我哋做咗",
    # Japanese
    "対応", "対策", "対応策", "措置", "対応状況", "軽減策", "講じた措置", "今後の対応", "対処", "対処方針",
    # Korean
    "조치", "대책", "조치 사항", "조치 계획", "대응", "대응 방안", "대응 조치", "완화 조치", "조치 내용", "대처",
    # Thai
    "มาตรการรองรับ", "มาตรการ", "มาตรการป้องกัน", "มาตรการแก้ไข", "แนวทางแก้ไข", "การแก้ไข", "มาตรการลดผลกระทบ",
    "การรับมือ", "แนวทางการรับมือ",
    # Hindi
    "शमन उपाय", "शमन", "उपाय", "निवारक उपाय", "बचाव उपाय", "की गई कार्यवाही", "न्यूनीकरण उपाय", "रोकथाम के उपाय",
    "शमन कार्रवाई", "उठाए गए कदम",
    # Marathi
    "उपाययोजना", "केलेली उपाययोजना", "केलेल्या उपाययोजना", "प्रतिबंधात्मक उपाय", "प्रतिबंधात्मक उपाययोजना",
    # Bengali
    "গৃহীত ব্যবস্থা", "ব্যবস্থা", "প্রশমন", "প্রশমন ব্যবস্থা", "প্রতিকার", "গৃহীত পদক্ষেপ", "পদক্ষেপ",
    "ঝুঁকি হ্রাসের ব্যবস্থা", "ঝুঁকি প্রশমন",
    # Tamil
    "தணிப்பு நடவடிக்கை", "தணிப்பு நடவடிக்கைகள்", "தணிப்பு", "மேற்கொள்ளப்பட்ட நடவடிக்கை",
    "மேற்கொள்ளப்பட்ட நடவடிக்கைகள்", "தடுப்பு நடவடிக்கை", "தடுப்பு நடவடிக்கைகள்", "குறைப்பு நடவடிக்கை", "நடவடிக்கை",
    "நடவடிக்கைகள்",
    # Telugu
    "తీసుకున్న చర్యలు", "నివారణ చర్యలు", "ఉపశమన చర్యలు", "చర్యలు",
    # Kannada and Lao: "ಕೈಗೊಂಡ ಕ್ರಮ:" (the action taken), "ມາດຕະການ:" (the measures)
    "ಕೈಗೊಂಡ ಕ್ರಮ", "ಕೈಗೊಂಡ ಕ್ರಮಗಳು", "ಮುನ್ನೆಚ್ಚರಿಕೆ ಕ್ರಮ", "ມາດຕະການ", "ມາດຕະການແກ້ໄຂ", "ການແກ້ໄຂ",
    # Malayalam: "സ്വീകരിച്ച നടപടി:" (the action taken)
    "സ്വീകരിച്ച നടപടി", "സ്വീകരിച്ച നടപടികൾ", "ലഘൂകരണ നടപടികൾ", "പ്രതിരോധ നടപടികൾ",
    # Punjabi and Odia: "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ:" (the action taken), "ଗୃହୀତ ପଦକ୍ଷେପ:" (the steps taken)
    "ਕੀਤੀ ਗਈ ਕਾਰਵਾਈ", "ਬਚਾਅ ਉਪਾਅ", "ਉਪਾਅ", "ଗୃହୀତ ପଦକ୍ଷେପ", "ଗୃହୀତ ବ୍ୟବସ୍ଥା", "ନିବାରଣ ବ୍ୟବସ୍ଥା", "ପଦକ୍ଷେପ",
    # Dhivehi: "އަޅާފައިވާ ފިޔަވަޅު:" (the steps taken), "އެޅި ފިޔަވަޅު:"
    "އަޅާފައިވާ ފިޔަވަޅު", "އަޅާފައިވާ ފިޔަވަޅުތައް", "އެޅި ފިޔަވަޅު", "ފިޔަވަޅު",
)  # fmt: skip
# a letter with a nukta comes precomposed or as its letter and the nukta ("য়", "য়"; "ड़", "ड़")
_NUKTA = {"\u09df": "\u09af\u09bc", "\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u095c": "\u0921\u093c",
          "\u095d": "\u0922\u093c", "\u095e": "\u092b\u093c", "\u095b": "\u091c\u093c"}  # fmt: skip
_NUKTA.update({v: k for k, v in list(_NUKTA.items())})


def _loose(phrase: str) -> str:
    """``phrase`` with its words apart by any space or none (Korean writes "조치 사항" and "조치사항")."""
    for a, b in _NUKTA.items():
        phrase = phrase.replace(a, f"\x00{a}\x01{b}\x02")
    out = re.escape(phrase).replace(r"\ ", r"\s*").replace(" ", r"\s*")
    # Assamese writes the Bengali words with its own r and w ("গৃহীত ব্যৱস্থা" for "গৃহীত ব্যবস্থা")
    for assamese, bengali in ASSAMESE_LETTERS.items():
        out = out.replace(bengali, f"[{bengali}{assamese}]")
    return out.replace("\x00", "(?:").replace("\x01", "|").replace("\x02", ")")


EAST_LEAD = re.compile(
    r"(?:^|(?<=[\s。．.！？!?；;：:，,、)）」』।॥\-–—]))\s*(?P<lead>(?P<em>[*_]{1,2})?(?:"
    + "|".join(_loose(p) for p in sorted(EAST_MEASURES, key=len, reverse=True))
    + r")\s*[:：](?(em)(?P=em)))\s*"
)
