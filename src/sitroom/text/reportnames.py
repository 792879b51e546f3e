"""A report's own name with its number ("Situation Report No. 4", "Point de situation n° 3", "Informe de
situación N.º 2", "Lagebericht Nr. 5", "Situační zpráva č. 3", "Sitrep 12"): the line that names the
document, not a section of it.

A section is never numbered as an issue is: "Situation" heads a section, "Situation Report No. 4" names
the report. An issue may carry its year ("nr 3/2024", "č. 3/2024"). The name may follow the sender's or the
subject's ("Highways Sitrep 3") and be followed by a dash and its subject or day ("Sitrep 3 – Flooding"); a
year is no issue number ("Update 2024").
"""

from __future__ import annotations

import re

from sitroom.text.scriptletters import any_of

# The number marks of Persian ("شماره"), Pashto ("ګڼه"), Urdu ("نمبر"), Arabic ("رقم", its number often in
# brackets: "رقم (٢)") and Hebrew ("מס'", "מספר"), Macedonian and Serbian ("бр."); the other languages in scripts
# other than Latin write "№".
SCRIPT_MARKS = r"(?:شماره|نمبر|رقم\s*\(?|מס['׳]|מספר|бр\.|број|ګڼه|ګڼې)"
# A report's name in Persian, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian, Mongolian, Russian, Ukrainian and
# Belarusian:
# "گزارش وضعیت شماره ۳", "تقرير موقف رقم (٢)", "עדכון מצב מס' 2", "Տեղեկանք № 3", "ანგარიში №2", "жедел ақпарат
# № 2", "Информация за обстановката № 3", "Справка №", "мэдээ №2"; these are everyday words too ("information",
# "news", "update"), so they name a report only with the number mark after them.
_SCRIPT_KINDS = (
    "گزارش", "گزارش وضعیت", "گزارش لحظه‌ای", "گزارش روزانه", "گزارش عملیاتی", "تقرير", "تقرير موقف", "تقرير الموقف",
    "تقرير الوضع", "تقرير حالة", "نشرة", "עדכון", "עדכון מצב", "דוח", "דו\"ח", "דו״ח", "דוח מצב", "דו\"ח מצב",
    "תמונת מצב", "דיווח", "տեղեկանք", "հաշվետվություն", "զեկույց", "զեկուցագիր", "տեղեկատվություն", "ანგარიში",
    "სიტუაციური ანგარიში", "ცნობა", "მოხსენება", "ინფორმაცია", "ოპერატიული ინფორმაცია", "ақпарат", "жедел ақпарат",
    "анықтама", "есеп", "мәлімет", "хабарлама", "информация", "оперативна информация", "информация за обстановката",
    "справка", "доклад", "бюлетин", "мэдээ", "мэдээлэл", "шуурхай мэдээ", "тайлан", "илтгэх хуудас", "лавлагаа",
    "донесение", "отчет", "отчёт",
    # Macedonian and Serbian: "Дневен извештај бр. 2", "Извештај о стању бр. 3"
    "извештај", "дневен извештај", "ситуационен извештај", "известување", "информација", "ситуациони извештај",
    # Ukrainian and Belarusian: "Інформація № 3", "Аператыўная інфармацыя № 3", "Зводка № 2", "Справаздача № 4"
    "інформація", "довідка", "звіт", "інфармацыя", "аператыўная інфармацыя", "зводка", "справаздача", "даведка",
    "даклад",
    # Urdu: "روزانہ سیلابی صورتحال رپورٹ نمبر 1"
    "رپورٹ", "صورتحال رپورٹ", "روزانہ رپورٹ",
    # Pashto: "د زلزلې د وضعیت راپور ګڼه ۱" (the report on the earthquake's situation, number 1)
    "راپور", "د وضعیت راپور", "ورځنی راپور",
)  # fmt: skip
SCRIPT_KINDS = rf"(?:{any_of(_SCRIPT_KINDS)})(?=\s*(?:№|{SCRIPT_MARKS}))"

# The situation report's name in Danish, Norwegian, Swedish, Polish, Czech and Slovak ("Situationsrapport nr. 3",
# "Raport sytuacyjny", "Situační zpráva č. 3"): one list for the title, the number and the name of a report.
NORTH_EAST_KINDS = (
    r"situations?rapport|situasjonsrapport|l[äa]gesrapport|raport\s+sytuacyjny|situa[čc]n[íi]\s+zpr[áa]va"
    r"|situa[čc]n[áa]\s+spr[áa]va"
    # Croatian, Hungarian, Romanian, Ukrainian, Russian and Greek: "Izvješće o stanju br. 3", "Helyzetjelentés",
    # "Informare", "Notă informativă nr. 2", "Оперативна інформація", "Оперативная сводка", "Ενημέρωση … – Νο 3"
    r"|izvje[šs][ćc]e(?:\s+o\s+stanju)?|izvje[šs]taj(?:\s+o\s+stanju)?|helyzetjelent[ée]s|informare|raport\s+operativ"
    r"|not[ăa]\s+informativ[ăa]"
    r"|оперативн[аеи]\s+(?:інформаці[яю]|зведення|информаци[яю]|сводка)|зведення|сводка"
    r"|ενημ[έε]ρωση|δελτ[ίι]ο\s+(?:τ[ύυ]που|ενημ[έε]ρωσης)"
    # Turkish, Indonesian, Slovenian, Estonian, Vietnamese, Filipino and Swahili: "Durum Raporu", "Laporan
    # Situasi", "Poročilo o stanju", "Olukorra ülevaade", "Báo cáo nhanh", "Ulat sa Sitwasyon", "Ripoti ya Hali"
    r"|durum\s+raporu|laporan(?:\s+(?:situasi|kejadian|harian|perkembangan))?|poro[čc]ilo(?:\s+o\s+stanju)?"
    r"|olukorra\s+[üu]levaade|b[áa]o\s+c[áa]o|ulat(?:\s+sa)?\s+sitwasyon|(?:ripoti|taarifa)\s+ya\s+hali"
    # Lithuanian, Latvian, Icelandic, Maltese, Albanian and Afrikaans: "Situacijos ataskaita", "Situācijas
    # ziņojums", "Stöðuskýrsla", "Rapport tas-Sitwazzjoni", "Raporti i situatës" ("Raport situate"), "Situasieverslag"
    r"|situacijos\s+ataskaita|situ[āa]cijas\s+zi[ņn]ojums|st[öo][ðd]usk[ýy]rsla|rapport\s+tas[- ]sitwazzjoni"
    r"|raport(?:i)?\s+(?:i\s+)?situat[ëe]s?|situasie\s*verslag"
    # Basque, Serbian, Luxembourgish, Haitian Creole, Somali, Māori, Kinyarwanda and Azerbaijani: "Egoera-txostena",
    # "Informacija o stanju", "Situatiounsbericht", "Rapò sitiyasyon", "Warbixinta xaaladda", "Pūrongo āhuatanga",
    # "Raporo y'ibihe", "… vəziyyət haqqında məlumat"
    r"|egoera[- ]txostena|informacija\s+o\s+stanju|izve[šs]taj\s+o\s+stanju|situatiounsbericht|rap[òo]\s+sitiyasyon"
    r"|warbixinta\s+xaaladda|p[ūu]rongo\s+[āa]huatanga|raporo\s+y['’]ibihe|v[əe]ziyy[əe]t\s+haqq[ıi]nda\s+m[əe]lumat"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba: "Tezkor ma'lumotnoma",
    # "Støðufrágreiðing", "Aithisg suidheachaidh", "Umbiko wesimo", "Taho sa kahimtang", "Tatitra", "Ripot",
    # "Ìròyìn ipò"
    # ... and the Faroese notice a municipality issues: "Kunning um óveðrið nr. 2"
    r"|kunning(?:\s+um)?"
    r"|(?:tezkor\s+)?ma['’ʻ‘]lumotnoma|маълумотнома|vaziyat\s+haqida\s+(?:ma['’ʻ‘]lumot|hisobot)|st[øo][ðd]ufr[áa]grei[ðd]ing"
    r"|aithisg(?:\s+suidheachaidh)?|umbiko(?:\s+wesimo(?:\s+senhlekelele)?)?|taho\s+sa\s+kahimtang"
    r"|tatitra(?:\s+momba\s+ny\s+toe-javatra)?|ripot(?:\s+bilong\s+situesen)?|[ìi]r[òo]y[ìi]n(?:\s+ip[òo])?"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton and Turkmen: "Lipoti la …", "Rahoton halin da ake ciki", "Lipoti o
    # le Tulaga", "Ingxelo yemeko", "Danevell war an degouezh", "Hasabat"
    r"|lipoti(?:\s+(?:la\s+ngozi|o\s+le\s+tulaga))?|rahoto(?:n)?(?:\s+halin\s+da\s+ake\s+ciki)?"
    r"|ingxelo(?:\s+ye\s*meko(?:\s+ye\s*ntlekele)?)?|danevell(?:\s+war\s+an\s+degouezh)?|hasabat"
    # Afaan Oromoo: "Gabaasa torbanii" (the weekly report), "Gabaasa haala …" (the report of the situation)
    r"|gabaasa(?:\s+(?:torbanii|guyyaa|ji['’]aa|haala))?"
    # Gujarati and Tatar: "પરિસ્થિતિ અહેવાલ" (the situation report), "оператив мәгълүмат" (operative information)
    r"|(?:પરિસ્થિતિ\s+)?અહેવાલ|оператив\s+мәгълүмат"
    # Romansh, Tetum and Khmer: "Rapport dal stab da crisa" (the crisis staff's report), "Relatóriu situasaun",
    # "របាយការណ៍" (the report)
    r"|rapport\s+dal\s+stab(?:\s+da\s+crisa)?|relat[óo]riu(?:\s+situasaun)?|របាយការណ៍"
    # Sinhala: "තත්ත්ව වාර්තාව" (the situation report), "වාර්තා අංක 03" (report number 03)
    r"|තත්ත්ව\s+වාර්තාව|වාර්තා(?:ව)?\s+අංක"
    # Armenian: "Տեղեկանք" (the information note an administration reports in)
    r"|տեղեկանք"
    # Finnish, Catalan, Polish and Lithuanian: "Tilannekatsaus 2", "Myrskytilanne – tiedote 2", "Informe de situació
    # núm. 3", "Komunikat nr 4", "Pranešimas Nr. 2"
    r"|tilanne(?:katsaus|tiedote|raportti)|tiedote|informe\s+de\s+situaci[óo]|comunicat|komunikat|prane[šs]imas"
    r"|inform[áa]cia|informace"
    # Welsh: "Adroddiad Sefyllfa rhif 3" (the situation report, number 3)
    r"|adroddiad(?:\s+sefyllfa)?"
    # Papiamentu: "Informe di situashon nr. 1"
    r"|informe\s+di\s+situashon"
    # Estonian and Icelandic: "Olukorrateade nr 2", "Staða mála – uppfærsla 2", "Stöðuskýrsla"
    r"|olukorra(?:teade|ülevaade|aruanne)|uppf[æa]rsla|st[öo][ðd]usk[ýy]rsla"
    # Korean: "상황보고 제2보" (situation report, the second), "상황 보고서"
    r"|상황\s*보고(?:서)?|제\s*\d{1,3}\s*보(?![가-힣])"
    rf"|{SCRIPT_KINDS}"
)
# the report's kind, in the languages sitroom reads
_KIND = (
    r"situation\s+report|sit\s*rep|(?:point|rapport|bulletin)\s+de\s+situation|(?:informe|reporte|parte)\s+de"
    r"\s+situaci[óo]n|(?:ponto|relat[óo]rio)\s+de\s+situa[çc][ãa]o|(?:punto|rapporto)\s+di\s+situazione"
    r"|lage(?:bericht|bild|meldung)|situatie(?:rapport|overzicht)|report|update|bulletin|briefing|bolet[íi]n"
    r"|actualizaci[óo]n|informe|reporte|rapport|bericht|" + NORTH_EAST_KINDS
)
# "No.", "Nr.", "#", "n°", "N.º", "número", "numéro", the Czech and Slovak "č." (číslo), the Slovenian "št.", the
# Filipino "Blg." (bilang), the Swahili "Na." (namba), the Indonesian "Nomor", the Vietnamese "số", the Malagasy
# "laharana", the Tok Pisin and Bislama "namba", the Hausa "Na" and "lamba", the Chichewa "nambala", the Samoan
# "Nu." (numera), the isiXhosa "inombolo", the Breton "niv." (niverenn), the Finnish "nro" (numero) and the Welsh
# "rhif"
_MARK = (
    r"(?:no\.?|nr\.?|n[úu]m\.?|number|n[úu]mero|num[ée]ro|#|n\.?\s?[°º]\.?|[čc]\.|br\.|nr\.|№|νο\.?|αρ\."
    rf"|[šs]t\.|blg\.|na\.?|nomor|s[ốo]|nru\.?|zk\.|laharana|namba|nambala|lamba|nu\.|inombolo|niv\.|nro\.?|rhif|{SCRIPT_MARKS})"
)
# ... and a report named by what it is of, its number marked after that: "Relatório de Ocorrências n.º 1", "Report
# of Incidents No. 3", "Informe de Emergencia N.º 2" (the mark is needed: "Update on Ward 3" names a ward)
KIND_OF_MARKED = (
    rf"\b(?:{_KIND}|relat[óo]rio|boletim)\s+(?:de|do|da|dos|das|of|on|des|du|del|della|di|sobre|sur|d['’])\s*"
    rf"[^\W\d_]{{3,}}(?:\s+[^\W\d_]{{3,}}){{0,2}}\s*(?:[-–—:]\s*)?{_MARK}\s*((?!(?:19|20)\d\d\b)\d{{1,4}})(?![\d.,:/]\d)"
)
_NUMBERED = re.compile(
    rf"{KIND_OF_MARKED}|\b(?:{_KIND})\s*(?:[-–—:]\s*)?(?:{_MARK}\s*)?(?!(?:19|20)\d\d\b)\d{{1,4}}"
    r"(?![\d.,:]\d|/(?!(?:19|20)\d\d\b)\d|\d)",
    re.I,
)
# a report's name is a line, not a sentence
NAME_WORDS = 14
# The issue numbers of Chinese, Japanese, Korean, Thai, Hindi, Bengali and Tamil reports, in their own digits too:
# "（第1期）", "第1報", "(제1보)", "ฉบับที่ ๑", "ครั้งที่ ๑", "(संख्या 1)", "প্রতিবেদন নং ১", "প্ৰতিবেদন ৩", "அறிக்கை எண் 1"; a line
# of these scripts sets no space between words, so it is told from a sentence by its length and last stop.
_DIGIT = r"[0-9０-９๐-๙०-९০-৯௦-௯౦-౯൦-൯੦-੯୦-୯]"
# ... and Malayalam and Telugu: "സ്ഥിതി റിപ്പോർട്ട് നമ്പർ 1", "బులెటిన్ నెం. 1" (the number in group 1)
# ... and Bengali and Assamese, Hindi and Tamil: "প্রতিবেদন নং ১", "প্ৰতিবেদন ৩", "रिपोर्ट संख्या 2", "அறிக்கை எண் 1"
INDIC_NAMED = (
    rf"(?:(?:റിപ്പോർട്ട്|ബുള്ളറ്റിൻ|బులెటిన్|నివేదిక|ਰਿਪੋਰਟ|ਬੁਲੇਟਿਨ|ରିପୋର୍ଟ|ବୁଲେଟିନ|ރިޕޯޓު)\s*"
    rf"(?:നമ്പർ|നം\.?|నెం\.?|సంఖ్య|ਨੰਬਰ|ਨੰ\.?|ନମ୍ବର|ନଂ\.?|ނަންބަރު)"
    rf"|(?:প্[রৰ]তিবেদন|বুলেটিন)(?:\s*(?:নং|নম্বর|সংখ্যা))?|(?:रिपोर्ट|प्रतिवेदन|बुलेटिन)\s*(?:संख्या|सं\.|क्रमांक|नं\.?)"
    rf"|அறிக்கை\s*(?:எண்|இல\.?))\s*[-:.]?\s*({_DIGIT}{{1,4}})"
)
_EAST_NUMBERED = re.compile(
    rf"第\s*{_DIGIT}{{1,4}}\s*(?:期|報|报|号|號|回)|제\s*{_DIGIT}{{1,4}}\s*(?:보|호|차)"
    rf"|(?:ฉบับที่|ครั้งที่)\s*{_DIGIT}{{1,4}}|(?:संख्या|सं\.|क्रमांक)\s*[-:]?\s*{_DIGIT}{{1,4}}"
    rf"|{INDIC_NAMED}"
)
EAST_NAME_CHARS = 70


def names_numbered_report(text: str) -> bool:
    """A short line naming the report with its issue number ("POINT DE SITUATION n° 3", "Sitrep 4 – Floods")."""
    text = text.strip()
    if len(text) <= EAST_NAME_CHARS and not text.endswith((".", "。", "।", "，", "：")) and _EAST_NUMBERED.search(text):
        return True
    return len(text.split()) <= NAME_WORDS and not text.endswith(".") and _NUMBERED.search(text) is not None


# A report's name without its number closes on its kind: "DAILY FLOOD SITUATION REPORT", "Situational Report".
_NAMED = re.compile(rf"\b(?:situational\s+report|{_KIND})$", re.I)


def names_report(text: str) -> bool:
    """A short line naming the report: with its issue number, or closing on the report's kind ("DAILY FLOOD
    SITUATION REPORT"); "Situation" alone heads a section."""
    text = text.strip()
    if names_numbered_report(text):
        return True
    return len(text.split()) <= 8 and _NAMED.search(text) is not None and len(text.split()) >= 2
