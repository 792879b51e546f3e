"""Whom a report is addressed to and what it is about: "Circulation: SCG members", "Distribution: Gold group,
Police", "Copy forwarded to:" over a list, "This page is for council staff", "regarding the floods". Such
lines stand in the masthead or close the report; none is an item.
"""

from __future__ import annotations

import re

# Who the report is for: "Circulation: SCG members", "Distribution: Gold group", "Briefing for the
# Strategic Coordinating Group, 6 April 2020."
RECIPIENTS_LABEL = (
    r"circulation|distribution(?:\s+list)?|audience|sent\s+to|shared\s+with|(?:copy|copies)(?:\s+(?:forwarded|sent|circulated|given))?\s+to"
    # "Copies:" over the list of whom they go to, as a letter closes; the French administration's "Ampliations :"
    r"|copies(?=\s*:)|ampliations?(?=\s*:)"
    # ... and in French, Spanish, Italian and Portuguese: "Copie :", "Copie à :", "Copia a:", "Cópias:"
    r"|(?:copie|copia|c[óo]pia)s?(?:\s+(?:à|a))?(?=\s*:)"
    # "Copy for information:", "Copy for information and necessary action to:", as offices in South Asia set it
    r"|(?:copy|copies)\s+for\s+(?:information|necessary\s+action)(?:\s+and\s+necessary\s+action)?(?:\s+to)?"
    # "A copy of the above is forwarded to the following for information and necessary action:-"
    r"|(?:an?\s+)?cop(?:y|ies)\s+of\s+the\s+above\s+(?:is|are)\s+(?:forwarded|sent)\s+to\s+the\s+following"
    r"(?:\s+for\s+(?:information|necessary\s+action)(?:\s+and\s+(?:necessary|further)\s+action)?)?"
    r"|c\.?c\.?|fao|for(?:\s+the)?\s+attention(?:\s+of)?"
    # German, Dutch, French, Spanish: "Verteiler:", "Verzendlijst:", "Diffusion :", "Distribución:"
    r"|verteiler(?:liste)?|verzendlijst|distributielijst|verspreiding(?:slijst)?|diffusion|destinataires|distribuci[óo]n"
    # ... Danish, Norwegian, Swedish, Polish, Czech, Slovak and Finnish: "Fordeling:", "Sändlista:", "Jakelu:"
    r"|destinatarios|fordeling(?:sliste)?|distribusjon(?:sliste)?|s[äa]ndlista|rozdzielnik|rozd[ěe]lovn[íi]k"
    r"|mottagare|modtagere|mottakere"
    r"|rozde[ľl]ovn[íi]k|jakelu"
    # ... Hungarian, Romanian, Croatian, Ukrainian and Greek: "Kapják:", "Difuzare:", "Dostaviti:", "Розсилка:"
    r"|kapj[áa]k|elosztó|difuzare|spre\s+[șş]tiin[țţ][ăa]|dostaviti|dostavljeno|розсилка|розподіл|рассылка|αποδ[έε]κτες|κοινοπο[ίι]ηση"
    r"|(?:εσωτερικ[ήη]\s+)?διανομ[ήη]"  # ... and the Greek (internal) distribution: "Εσωτερική διανομή:"
    # ... Indonesian and Malay, Vietnamese, Turkish, Slovenian and Estonian: "Tembusan:", "Nơi nhận:", "Dağıtım:"
    r"|tembusan|s[ảa]o\s+g[ửu]i|n[ơo]i\s+nh[ậa]n|da[ğg][ıi]t[ıi]m|vro[čc]iti|jaotus|nori|dostaviti|banaketa"
    # ... Macedonian and Serbian: "Доставено до:", "Доставити:", "Dostavljeno:"
    r"|доставено(?:\s+до)?|достав(?:ити|љено)"
    # ... Malay: "s.k.:" (salinan kepada, copy to); Malayalam, Telugu and Hindi: "പകർപ്പ്:" (copy), "ప్రతి:", "प्रतिलिपि:"
    r"|s\.\s?k\.|salinan\s+kepada"
    r"|പകർപ്പ്|ప్రతి|ಪ್ರತಿ|प्रतिलिपि"
    # ... the same copy in Bengali and Assamese (written with either letter r), Gujarati, Odia, Gurmukhi, Marathi,
    # Tamil and Sinhala: "প্ৰতিলিপি:", "অনুলিপি:", "પ્રતિલિપિ:", "નકલ:", "ପ୍ରତିଲିପି:", "ਉਤਾਰਾ:", "प्रत:", "நகல்:"
    r"|প্[রৰ]তিলিপি|অনুলিপি|પ્રતિલિપિ|નકલ|ପ୍ରତିଲିପି|ନକଲ|ਉਤਾਰਾ|ਨਕਲ|ਪ੍ਰਤੀਲਿਪੀ|प्रत(?=\s*:)|நகல்|පිටපත්"
    # ... Lao: "ບ່ອນສົ່ງ:" (where it is sent)
    r"|ບ່ອນສົ່ງ"
    # ... Chinese, Japanese and Korean: "抄送：", "配布先：", "참조:"
    r"|抄送|抄报|抄報|分送|配布先|送付先|참조|배부처"
    # ... Urdu: "نقل برائے اطلاع:" (a copy for information), "نقل:"
    r"|نقل(?:\s+برائے\s+(?:اطلاع|معلومات|کارروائی))?"
    # ... Amharic: "ግልባጭ፦" (copy)
    r"|ግልባጭ"
    # ... Arabic: "نسخة:", "نسخة إلى:" (a copy to), "صورة إلى:", "صورة مع التحية إلى:" (a copy with greetings to)
    r"|نسخ(?:ة|ه)?(?:\s+(?:إلى|الى|ل))?(?=\s*:)|صور(?:ة|ه)(?:\s+مع\s+التحي(?:ة|ه))?(?:\s+(?:إلى|الى|ل))?(?=\s*:)"
)
_CIRCULATION = re.compile(
    rf"(?:^|[.;]\s+)(?:{RECIPIENTS_LABEL}|for|to)\s*[:：]\s*\S"
    r"|^(?:briefing|report|update|paper|note|brief)(?:\s+note)?\s+(?:for|to)\s+(?:the\s+)?[A-Z]"
    # "This page is for council staff.": whom the page is for
    r"|^this\s+(?:page|report|update|document|bulletin|briefing|note)\s+is\s+(?:only\s+)?for\s+\w",
    re.I,
)
# The same label alone on its line, over the list of recipients: "Copy forwarded to:", "Distribution:".
_RECIPIENTS_ALONE = re.compile(rf"^(?:{RECIPIENTS_LABEL})\s*(?::-?|:–)?$", re.I)
CIRCULATION_WORDS = 30
# "Distribution / Diffusion:", a field's label in two languages before its colon
_TWO_LABELS = re.compile(
    r"^(?P<first>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s+/\s+[^\W\d_]+(?: [^\W\d_]+){0,2}(?=\s*:)"
)


def is_circulation_line(text: str) -> bool:
    """A line saying whom the report is for ("Circulation: SCG members", "Briefing for the Strategic
    Coordinating Group, 6 April 2020. Circulation: …"): the masthead's, not an item."""
    text = text.strip()
    return len(text.split()) <= CIRCULATION_WORDS and _CIRCULATION.search(text) is not None


def is_recipients_label(text: str) -> bool:
    """A line that is only the label over a list of whom the report goes to ("Copy forwarded to:", "Cc:",
    "Distribution list")."""
    return _RECIPIENTS_ALONE.match(text.strip()) is not None


def is_distribution_list(text: str) -> bool:
    """A line that is nothing but whom the report goes to, led by its label ("Distribution: Gold group,
    Police", "Fordeling: Kommunens krisestab, Politiet"): the report's list of recipients, wherever it
    stands, not an item. A label in two languages ("Distribution / Diffusion: …") is read by its first half."""
    text = _TWO_LABELS.sub(r"\g<first>", text.strip())
    m = _CIRCULATION.match(text)
    if m is None or not re.search("[:：]", m.group(0)) or re.match(r"(?:for|to)\b", text, re.I):
        return False  # "Briefing for the …" names its readers in a sentence; "To:" heads a memo
    return len(text.split()) <= CIRCULATION_WORDS


# What the report is about, under its name: "privind situația operativă …", "regarding the floods", "щодо …"
_REGARDING = re.compile(
    r"^(?:regarding|concerning|re\s*:|concernant|betreffend|relativ[oa]\s+a|acerca\s+de|privind|referitor\s+la"
    r"|dotycz[ąa]c[ay]|ang[åa]ende|vedr[øo]rende|щодо|відносно|относительно|σχετικ[άα]\s+με)\s+\S"
    # ... or the Russian and Ukrainian "about", in lower case under the name: "о ходе ликвидации …", "про хід …"
    r"|^(?-i:о|об|про)\s+\w"
    # ... or closing with it, as Armenian sets the word after its subject ("… իրավիճակի վերաբերյալ (№ 2)")
    r"|^.{0,300}?\S\s+վերաբերյալ(?:\s*[(（][^()（）]{1,12}[)）])?$",
    re.I,
)
REGARDING_WORDS = 40


def is_regarding_line(text: str) -> bool:
    """A line saying what the report is about, opening with "regarding" in the reader's language: the report's
    subject under its name, no point of it."""
    return len(text.split()) <= REGARDING_WORDS and _REGARDING.match(text.strip()) is not None


# The registration or reference number an office gives a letter, alone on its line under the report's name:
# "Ref: 2025/1237", "Nomor: 360/001/BPBD/2025", "Sayı : E-40712307-310.01-87", "Số: 53/BC-BCH", "Broj: 3"
_REFERENCE = re.compile(
    r"^(?:(?:our\s+|your\s+)?ref(?:erence)?(?:\s+no)?|reg(?:istration)?\s+no|file\s+no|nomor|no|nr|n[°º]|number"
    r"|say[ıi]|s[ốo]|[šs]t|broj|[čc][íi]slo|sz[áa]m|numer|№|бр|број|നമ്പർ|నెం|संख्या|पत्रांक)\.?\s*:?\s*[\w./-]*\d[\w./-]*"
    # ... with the letter's date after it, as South Asian offices set it: "No. DDMA/Flood/2025/296 Dated: 24 August",
    # and in the Balkans: "Бр. 09-579/2 Датум: 27.01.2026 година", "Broj: 3 Datum: …"; in Malayalam "നമ്പർ: … തീയതി: …"
    r"(?:\s+(?:dated|dt\.|date|datum|датум|дата|തീയതി|తేదీ|दिनांक)\s*:?\s*\S.{0,40})?$"
    # ... and in Urdu, the office's initials spaced: "نمبر: ڈی ڈی ایم اے/فلڈ/2025/296 مورخہ: 24 اگست 2025"
    r"|^نمبر\s*:\s*\S[^:]{0,50}?\d[\w./-]*(?:\s+مورخہ\s*:?\s*\S.{0,40})?$"
    # a Chinese official document's number: the issuer's short name, the year in brackets, the number
    # ("某应急〔2025〕28号")
    r"|^[^\s，。：]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,5}\s*[号號]$",
    re.I,
)
# A Chinese official document's header over its number: the issuing office's name and "document" ("某县应急管理局文件")
_ISSUER_HEADER = re.compile(r"^[^\s，。：]{2,30}文件$")


def is_reference_line(text: str) -> bool:
    """A line giving only the letter's registration or reference number: the masthead's, not a point."""
    return _REFERENCE.match(text.strip()) is not None


def is_issuer_header(text: str) -> bool:
    """The header a Chinese official document sets over its number: who issues it, not what it reports."""
    return _ISSUER_HEADER.match(text.strip()) is not None


# The law an office reports under, cited in the sentence opening an official report: "Pursuant to section 24 of the
# Civil Contingencies Act …", "Na osnovu člana 43. Zakona o …", "En virtud del artículo 12 de la Ley …"
_LEGAL_BASIS = re.compile(
    r"^(?:pursuant\s+to|in\s+accordance\s+with|under)\s+(?:section|article|art\.|regulation)\s+\d"
    r"|^na\s+osnovu\s+(?:[čc]lana|[čc]l\.)\s+\d|^temeljem\s+[čc]lanka\s+\d|^на\s+основу\s+члана\s+\d"
    r"|^en\s+virtud\s+de(?:l)?\s+(?:art[íi]culo|art\.)\s+\d|^conforme\s+(?:al?|o)\s+(?:art[íi]go|art[íi]culo|art\.)\s+\d"
    r"|^(?:[îi]n\s+temeiul|conform)\s+(?:art\.|articolului)\s+\d|^zgodnie\s+z\s+art\.\s+\d|^gem[äa](?:ß|ss)\s+§\s*\d"
    r"|^conform[ée]ment\s+[àa]\s+l['’]article\s+\d|^ai\s+sensi\s+dell['’]art(?:icolo|\.)\s+\d"
    r"|^v\s+skladu\s+s\s+[čc]lenom\s+\d|^podle\s+§\s*\d|^pod[ľl]a\s+§\s*\d",
    re.I,
)
LEGAL_BASIS_WORDS = 60


def is_legal_basis(text: str) -> bool:
    """The sentence citing the law under which the report is made, under its name: the masthead's, no point."""
    return len(text.split()) <= LEGAL_BASIS_WORDS and _LEGAL_BASIS.match(text.strip()) is not None
