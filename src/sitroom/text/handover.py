"""The covering line of a message that carries a report: the words naming the report ("return", "sitrep",
"rapport", "lipoti") and the words pointing at it ("below", "attached", "please find", "Hemia …"), in the languages
sitroom reads (``sitroom.extract.letter`` reads a line as a covering line when it holds both)."""

from __future__ import annotations

import re

from sitroom.text.scriptletters import any_of

# The report and the words handing it over in Persian, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian and
# Mongolian: "به پیوست گزارش … ارسال می‌گردد", "نرفق لكم تقرير الموقف", "מצורף עדכון המצב", "Ներկայացնում ենք
# տեղեկանքը", "გიგზავნით სიტუაციურ ანგარიშს", "… ақпаратты жолдаймыз", "Изпращаме информация за обстановката",
# "… мэдээг хүргүүлж байна"
_SCRIPT_DOCS = any_of((
    "گزارش", "گزارشی", "تقرير", "التقرير", "تقريرا", "עדכון", "עדכון המצב", "דוח", "דו\"ח", "דיווח", "תמונת המצב",
))  # fmt: skip
_SCRIPT_DOC_STEMS = (
    r"|տեղեկանք\w*|հաշվետվությ\w*|զեկույց\w*|ანგარიშ\w*|ინფორმაცი\w*|ცნობ\w*|ақпарат\w*|мәлімет\w*|анықтама\w*"
    r"|есеп\w*|информаци\w*|справк\w*|доклад\w*|мэдээ\w*|тайлан\w*"
)
_SCRIPT_POINTERS = any_of((
    "به پیوست", "پیوست", "به شرح زیر", "ذیلاً", "ارسال می‌گردد", "ارسال می‌شود", "تقدیم می‌گردد", "مرفق", "نرفق",
    "نوافيكم", "فيما يلي", "أدناه", "طيه",
    "نرفع إليكم", "نرفع لكم", "كالتالي", "كما يلي", "على النحو التالي",
    # Urdu and Sindhi: "عرض ہے کہ …", "عرض آهي ته …" (it is submitted that …), "گزارش ہے کہ …"
    "عرض ہے کہ", "عرض آهي ته", "گزارش ہے کہ", "گذارش آهي ته",
    "מצורף", "מצורפת", "מצ\"ב", "רצ\"ב", "להלן", "ներկայացնում ենք",
    "ուղարկում ենք", "կից", "ստորև", "გიგზავნით", "წარმოგიდგენთ", "თანდართულ", "ქვემოთ", "жолдаймыз",
    "жіберіп отырмыз", "ұсынамыз", "төменде", "изпращаме", "изпращам", "прилагаме", "прилагам", "приложено",
    "в приложение", "по-долу", "хүргүүлж байна", "хүргүүлье", "илгээж байна", "хавсаргав", "доор",
))  # fmt: skip

# "Please find our return below", "Apologies for the delay – this week's update is attached": the line
# that hands the report over, written about the message rather than the situation.
HANDOVER_DOC = re.compile(
    r"\b(?:return|report|sitrep|update|submission|figures|rapport|informe|bericht|actualizaci[óo]n|"
    r"point de situation|relat[óo]rio|relat[óo]riu|\w*rapport(?:en)?|l[äa]gesbild(?:en)?|raport)s?\b"
    r"|izvje[šs][ćc]\w*|jelent[ée]s\w*|informare\w*|зведення|звіт\w*|інформаці\w*|сводк\w*|отч[её]т\w*"
    r"|ενημ[έε]ρωσ\w*|αναφορ\w*"
    # Albanian, Lithuanian, Latvian, Slovak, Icelandic, Malay and Afrikaans: "raportin", "ataskaitą", "ziņojumu"
    r"|raport\w*|ataskait\w*|prane[šs]im\w*|zi[ņn]ojum\w*|spr[áa]v\w*|sk[ýy]rsl\w*|laporan|verslag\w*"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba: "hisobot", "frágreiðing",
    # "aithisg", "umbiko", "taho", "tatitra", "ripot", "ìròyìn"
    r"|hisobot\w*|ma'lumotnoma|fr[áa]grei[ðd]ing\w*|aithisg\w*|umbiko|taho|tatitra|ripot|[ìi]r[òo]y[ìi]n"
    # Irish: "nuashonrú", "tuairisc"
    r"|nuashonr[úu]\w*|tuairisc\w*"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Javanese and Turkmen: "lipoti", "rahoto", "ingxelo", "danevell",
    # "laporan", "hasabat"
    r"|lipoti|rahoto\w*|ingxelo|danevell\w*|hasabat\w*"
    # Dutch and West Frisian: "de laatste informatie", "de lêste ynformaasje"
    r"|informatie|ynformaasje"
    # Upper Sorbian and Hawaiian: "rozprawa" (report), "nūhou" (news); Bambara "kunnafoni sɛbɛn" (the written news)
    r"|rozpraw\w*|n[ūu]hou|kunnafoni"
    rf"|(?<!\w)(?:{_SCRIPT_DOCS})(?!\w){_SCRIPT_DOC_STEMS}"
    # Chinese, Japanese and Korean, written without spaces: "應變處置報告", "状況報告", "상황 보고서"
    r"|報告|报告|通報|通报|快報|快报|報告書|보고서|보고"
    # ... and Burmese: "အစီရင်ခံစာ" (report), "သတင်းပို့ချက်" (report sent in)
    r"|အစီရင်ခံစာ|သတင်းပို့ချက်",
    re.I,
)
HANDOVER_POINTER = re.compile(
    # Irish: "Seo thíos nuashonrú …", "… faoi iamh", "… ceangailte"
    r"^seo th[íi]os\b|\bfaoi iamh\b|\bceangailte\b|"
    # "This is update 1 on …", "Please share this update with your managers": the message speaking of itself
    r"^this is (?:update|report|sitrep|bulletin|briefing) (?:no\.? ?|number )?\d+\b"
    # "Sitrep 3 from children's services, as at 5pm", "Update no. 2 for partners": the message naming itself, its
    # number and who sends it or whom it is for
    r"|^(?:sitrep|update|report|return|bulletin|briefing) (?:no\.? ?|number |#)?\d+ (?:from|for|of)\b"
    r"|^please (?:share|forward|circulate|pass on|cascade) this (?:update|report|message|e-?mail|bulletin)\b|"
    r"\b(?:is|are) (?:below|attached|enclosed)\b|\b(?:attached|enclosed|below|submitted)(?: herewith)? (?:is|are)\b"
    # ... "Respectfully submitted is the situation report of …", "Submitted herewith is …"
    r"|\bplease find\b"
    r"|\bherewith\b|\bas follows\b|\b(?:i|we) (?:attach|enclose)\b|\bhere(?: is|'s)\b|\bsee\b[^.]{0,60}\bbelow\b"
    # "This is our update of Monday 4 November on …", "This is the latest sitrep": the message naming itself
    r"|^this is (?:our|the|my|today's|today’s)\b(?:\s+[\w'’-]+){0,3}?\s+(?:update|report|sitrep|bulletin|briefing"
    r"|return)s?\b"
    r"|\bveuillez trouver\b|\bvous trouverez\b|\b(?:je|nous) vous (?:transmets|transmettons|adresse|adressons|fais"
    r" parvenir|faisons parvenir)\b|\bci-(?:dessous|joint)\b|\ben pi[èe]ce jointe\b|\badjunt[oa]s?\b"
    # "Se remite el informe …", "Les remito …", "Les hacemos llegar …", "Se envía …", "Segue o relatório …"
    r"|\b(?:se|les?|os) (?:remit[eo]|env[íi][ao]|hago llegar|hacemos llegar|traslad[ao])\b|\bremitimos\b"
    r"|\ba continuaci[óo]n\b|\banbei\b|\bem anexo\b|\bsegue abaixo\b|\bsegue(?:m)? (?:o|a|os|as) \w+"
    # "Her er situasjonsrapport nr. 1", "Här är lägesbilden", "Hierbij het rapport", "W załączeniu raport"
    r"|^(?:her|h[äa]r) er\b|^h[äa]r [äa]r\b|\bhierbij\b|\bw za[łl][ąa]czeniu\b|\bprzesy[łl]am\b|\bnedenfor\b"
    r"|\bnedan\b|\bvedlagt\b|\bbifogad\b"
    # Croatian, Hungarian, Romanian, Ukrainian, Russian and Greek: "u nastavku dostavljamo", "mellékelten",
    # "vă transmitem", "надсилаємо", "направляем", "παρακάτω"
    r"|\bu nastavku\b|\bu privitku\b|\bdostavljamo\b|\bmell[ée]kelten\b|\bal[áa]bb\b|\bv[ăa] transmitem\b"
    r"|\bmai jos\b|надсила[єю]мо|у додатку|нижче|направляем|ниже|в приложении|παρακ[άα]τω|επισυν[άα]πτ"
    # "Më poshtë gjeni …", "žemiau", "pielikumā", "nižšie", "Hér er …", "hawn taħt", "berikut", "hieronder"
    r"|\bm[ëe] posht[ëe]\b|\bbashk[ëe]lidhur\b|\b[žz]emiau\b|\bpridedame\b|\bzem[āa]k\b|\bpielikum[āa]\b"
    r"|\bni[žz][šs]ie\b|\bv pr[íi]lohe\b|^h[ée]r (?:er|me[ðd])\b|\bme[ðd]fylgjandi\b|\bhawn ta[ħh]t\b"
    r"|\bmehmu[żz]\b|\bberikut\b|\bdilampirkan\b|\bhieronder\b|\baangeheg\b|\bhierby\b|\bhjir[ûu]nder\b"
    # "Quyida …", "Seo …", "Nansi …", "Ania ang …", "Indro …", "Hia em …", "Èyí ni …"
    r"|\bquyida\b|\bilova\b|^seo\b|\bnansi\b|\bania ang\b|\bnaa dinhi\b|^indro\b|\bato ambany\b|^hia em\b"
    r"|\bdaunbilo\b|^[èe]y[íi] ni\b|\bn[íi] [ìi]s[àa]l[ẹe]\b"
    # "Nayi lipoti …", "Ga rahoton …", "O lenei le lipoti …", "Nantsi ingxelo …", "Setu an danevell …", "Hemia
    # sitrep …", "Punika laporan …", "Ine hasabat …", and their "below": "pansipa", "i lalo", "ngezantsi", "a-is",
    # "i stap daon", "ing ngandhap", "aşakda"
    r"|^nayi\b|\bpansipa\b|^ga\b|\ba [kƙ]asa\b|^o lenei\b|\bi lalo\b|^nantsi\b|\bngezantsi\b|^setu\b"
    r"|\ba-is\b|\bstaget\b|^hemia\b|\bi stap daon\b|^(?:punika|menika|iki)\b|\bing ngandhap\b"
    r"|^ine\b|\ba[şs]akda\b|\bugrad[ýy]ar"
    # Tetum: "Ami haruka relatóriu …" (we send the report); Upper Sorbian "tu je …" and Hawaiian "Eia …" (here is)
    r"|\bharuka\b|^tu je\b|^eia\b"
    # Papiamentu: "Aki bou boso ta haña e informe …" (here below you find the report), "… den e anekso"
    r"|^aki\s+(?:bou|ta)\b|\bden\s+e\s+anekso\b|\bta\s+haña\b"
    # siSwati: "Nangu umbiko …" (here is the report); Bambara: "Nin ye … kunnafoni sɛbɛn … ye" (this is the report)
    r"|^nangu\b|^nin\s+ye\b"
    rf"|(?<!\w)(?:{_SCRIPT_POINTERS})(?!\w)"
    # "檢送本縣…報告，敬請鑒核", "附上…报告，请查收", "…報告を送付します", "…보고서를 송부합니다"
    r"|檢送|检送|隨函|随函|附上|敬請鑒核|敬请审阅|請查照|请查照|请查收|送付いたします|送付します|お送りします|別添|添付"
    r"|송부|첨부|보내드립니다"
    # Burmese, whose words no boundary marks: "… အောက်တွင် တင်ပြအပ်ပါသည်" (is presented below), "ပူးတွဲ" (attached),
    # "ဤအစီရင်ခံစာကို …" (this report, the message speaking of itself)
    r"|အောက်တွင်|အောက်ပါအတိုင်း|ပူးတွဲ|တင်ပြအပ်ပါသည်|ပေးပို့အပ်ပါသည်|ဤအစီရင်ခံစာ",
    re.I,
)
