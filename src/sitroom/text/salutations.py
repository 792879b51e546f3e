"""The words that open and close a letter: "Dear all," and "Kind regards," in the languages sitroom reads."""

from __future__ import annotations

import re

from sitroom.text.handover import HANDOVER_DOC, HANDOVER_POINTER
from sitroom.text.scriptletters import any_of
from sitroom.text.signoffs import is_thanks

# Persian, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian and Mongolian greetings: "با سلام و احترام",
# "السادة الزملاء", "תושבים יקרים", "Հարգելի գործընկերներ", "ძვირფასო კოლეგებო", "Құрметті әріптестер", "Уважаеми
# колеги", "Эрхэм хүндэт"; and the address whose "dear" follows it ("همکاران گرامی", "צוות יקר", "חברים יקרים")
_SCRIPT_GREETINGS = any_of((
    "با سلام", "سلام", "همکار گرامی", "السلام عليكم", "تحية طيبة", "السيد", "السيدة", "السادة", "الأخ", "الزملاء",
    "שלום", "לכבוד", "Հարգելի", "Սիրելի", "Բարև", "ძვირფასო", "პატივცემულო", "გამარჯობა", "Құрметті",
    "Сәлеметсіз бе", "Қайырлы күн", "Уважаеми", "Уважаема", "Здравейте", "Добър ден", "Скъпи", "Скъпа",
    "Эрхэм", "Хүндэт", "Сайн байна уу", "Сайн байцгаана уу",
    # Urdu and Sindhi: "جناب عالی!", "جناب عالي،" (respected sir)
    "جناب",
)) + r"|\S+(?:\s+\S+)?\s+(?:گرامی|عزیز|محترم|יקר(?:ים|ות|ה)?)"  # fmt: skip
# ... and their closing words: "با احترام", "وتفضلوا بقبول فائق الاحترام", "בברכה", "Հարգանքով", "პატივისცემით",
# "Құрметпен", "С уважение", "Хүндэтгэсэн"
SCRIPT_CLOSES = any_of((
    "با احترام", "با تشکر", "با تشکر و احترام", "با سپاس", "ارادتمند", "مع التحية", "مع خالص التحية", "مع التقدير",
    "وتفضلوا بقبول فائق الاحترام", "وتفضلوا بقبول وافر الاحترام", "وتفضلوا بقبول وافر الاحترام والتقدير",
    "وتفضلوا بقبول فائق الاحترام والتقدير", "تحياتي", "בברכה", "בכבוד רב", "בברכה ובתודה", "Հարգանքով",
    "Հարգանքներով", "პატივისცემით", "Құрметпен", "С уважение", "С поздрав", "Поздрави", "Хүндэтгэсэн",
    "په درنښت", "په درناوي",
)) + "|" + any_of((
    # ... Chinese, Japanese, Korean, Thai, Hindi, Bengali and Tamil: "特此报告。", "此致", "以上", "감사합니다",
    # "จึงเรียนมาเพื่อโปรดทราบ …", "भवदीय,", "বিনীত"
    "特此报告", "特此報告", "此致", "敬礼", "敬禮", "敬上", "謹上", "以上", "감사합니다", "จึงเรียนมาเพื่อโปรดทราบ",
    "ขอแสดงความนับถือ", "भवदीय", "भवदीया", "বিনীত", "தங்கள் உண்மையுள்ள", "இப்படிக்கு",
    # ... Punjabi and Odia: "ਭਵਦੀਯ", "ଭବଦୀୟ" (yours faithfully)
    "ਭਵਦੀਯ", "ਆਪ ਜੀ ਦਾ ਵਿਸ਼ਵਾਸਪਾਤਰ", "ଭବଦୀୟ", "ଆପଣଙ୍କ ବିଶ୍ୱସ୍ତ",
    # ... Amharic: "ከሰላምታ ጋር" (with greetings), "ከአክብሮት ጋር" (with respect), "ከምስጋና ጋር" (with thanks)
    "ከሰላምታ ጋር", "ከአክብሮት ጋር", "ከምስጋና ጋር",
    # ... Burmese: "လေးစားစွာဖြင့်" (with respect), "ရိုသေစွာဖြင့်" (humbly), "ကျေးဇူးတင်ပါသည်" (thank you)
    "လေးစားစွာဖြင့်", "လေးစားစွာ", "ရိုသေစွာဖြင့်", "ရိုသေလေးစားစွာဖြင့်", "ကျေးဇူးတင်ပါသည်", "ကျေးဇူးတင်ပါတယ်",
))  # fmt: skip
# The greetings and addressee lines of letters in scripts whose words no space or word boundary sets apart:
# "各位長官、同仁，您好：", "敬启者", "拝啓", "수신:", "เรียน …", "महोदय,", "सेवा में,", "মহোদয়,", "அன்புடையீர்,"
_EAST_GREETING = re.compile(
    r"^(?:(?:各位|諸位|尊敬的)[^。.!?！？]{0,20}(?:您?好|：|:)|敬启者|敬啟者|拝啓|拝啟|前略|各位|您好|大家好"
    # "関係各位" (to all concerned), "〇〇各位", "お疲れ様です", "お世話になっております"; "관계자 여러분께"
    r"|[^。.!?！？\s]{0,12}各位|お疲れ様です。?|お世話になっております。?|[^.!?\s]{0,12}\s?여러분(?:께|들께)?"
    r"|안녕하십니까|안녕하세요|수신\s*[:：]|เรียน\s|महोदय|महोदया|सेवा\s+में|প্রিয়|মহোদয়|মহোদয়|জনাব"
    r"|அன்புடையீர்|மதிப்பிற்குரிய|பெறுநர்|ಮಾನ್ಯರೇ|ಮಾನ್ಯರೆ|ಮಹೋದಯರೇ|అయ్యా|മഹോദയ|ਸ੍ਰੀਮਾਨ|ਮਹੋਦਯ|ମହାଶୟ|ମହୋଦୟ)[^。.!?！？]{0,60}$"
    # ... and the Dhivehi greeting after the subject, closed by its stop: "ސަލާމަށްފަހު ދަންނަވަމެވެ." (after greetings,
    # I submit)
    r"|^ސަލާމަށްފަހު[^!?]{0,40}$"
)
# A Burmese letter's greeting: "မင်္ဂလာပါ" (hello), "လေးစားအပ်ပါသော …" (respected …), or those it greets, then the
# polite "ခင်ဗျာ" or "ရှင့်": "မိတ်ဖက်အဖွဲ့အစည်းများ အားလုံး ခင်ဗျာ," (all partner organisations). Burmese marks no
# word's edge, so these are matched apart from the words below.
_BURMESE_GREETING = re.compile(
    r"^(?:မင်္ဂလာပါ|လေးစားအပ်ပါသော|လေးစားရပါသော|ချစ်ခင်ရပါသော|ချစ်ခင်လေးစားရပါသော)[^။]{0,60}$"
    r"|^[^။]{0,60}(?:ခင်ဗျာ|ခင်ဗျား|ရှင့်)\s*[,၊!]?$"
)

_GREETING = re.compile(
    r"^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening|day)|greetings|"
    # an official letter's "Sir,", "Madam,", "Respected Sir,"
    r"(?:respected\s+)?(?:sir|madam|sir\s*/\s*madam)(?=\s*,?$)|"
    # "Morning all,", "Afternoon everyone": the greeting without its "good", to whom it is said after it
    r"(?:morning|afternoon|evening)(?=,?\s+(?:all|everyone|everybody|team|folks|both|colleagues)\b)|"
    r"bonjour|bonsoir|cher|ch[èe]re|chers|ch[èe]res|madame|monsieur|estimad[oa]s?|hola|buenos d[íi]as|"
    # Bambara: "I ni ce", "I ni sɔgɔma", "I ni wula" (greetings of the day)
    r"i\s+ni\s+(?:ce|s[ɔo]g[ɔo]ma|tile|wula|su)|"
    r"buenas tardes|querid[oa]s?|"
    # German, Dutch, Nordic and Polish: "Hallo zusammen,", "Beste collega's,", "Hei alle,", "Hej alla,"
    r"hallo|liebe|lieber|sehr geehrte[rn]?|guten (?:morgen|tag)|b[êe]ste|goedemorgen|goedemiddag|hei|hej|hallå|"
    r"god morgen|godmorgon|dzie[ńn] dobry|szanowni|szanown[ay]|witam|"
    # Croatian, Slovenian, Hungarian, Romanian, Ukrainian, Russian and Greek: "Poštovani,", "Spoštovani,", "Tisztelt
    # Címzettek!", "Stimate domnule,", "Шановні колеги,", "Уважаемые коллеги,", "Αγαπητοί συνάδελφοι,"
    r"s?po[šs]tovan[ia]|drag[ia]|tisztelt|kedves|stimat[eă]|bun[ăa] ziua|шановн(?:і|ий|а)|добр(?:ий|ого) д(?:е|н)"
    r"|вітаю|уважаем(?:ые|ый|ая)|здравствуйте|добрый день|αγαπητ(?:οί|έ|ή)|καλημ[έε]ρα"
    # ... Mongolian: "Сайн байна уу?", "Сайн байцгаана уу?" (hello, to one and to all)
    r"|сайн\s+байна\s+уу|сайн\s+байцгаана\s+уу"
    # ... Macedonian and Serbian in Cyrillic: "Почитувани,", "Поштовани,"
    r"|почитуван[иа]|поштован[иа]"
    # Albanian, Lithuanian, Latvian, Slovak, Icelandic, Maltese, Malay and Afrikaans: "Përshëndetje,", "Laba
    # diena,", "Labdien,", "Dobrý deň,", "Góðan dag,", "Għażiż", "Salam sejahtera,", "Geagte" (Dutch "Geachte")
    r"|p[ëe]rsh[ëe]ndetje|t[ëe] nderuar|i nderuar|laba diena|gerbiam\w*|labdien|cien[īi]jam\w*|dobr[ýy] de[ňn]"
    r"|v[áa][žz]en[íiáaýyée]\w*|g[óo][ðd]an dag|s[æa]l(?:ir|ar|l)?|g[ħh]a[żz]i[żz]\w*|bon[ġg]u|salam sejahtera"
    r"|tuan/puan|geagte|geachte|goeie m[ôo]re"
    # Basque, Luxembourgish, Haitian Creole, Somali, Māori, Kinyarwanda and Azerbaijani: "Kaixo", "Moien",
    # "Bonjou", "Salaan", "Kia ora", "Tēnā koutou", "Muraho", "Mwaramutse", "Hörmətli"
    r"|kaixo|egun on|moien|l[ée]if|bonjou|bonzour|bonswar|salaan|mudane|kia ora|t[ēe]n[āa] koutou|muraho|mwaramutse"
    r"|h[öo]rm[əe]tli|kia orana"  # ... and Cook Islands Māori
    # Irish: "A chairde,", "A chara,", "Dia dhaoibh"
    r"|a chairde|a chara|a dhaoine uaisle|dia dhaoibh|dia duit"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba: "Assalomu alaykum",
    # "Góðan morgun", "A charaidean", "Sanibonani", "Maayong buntag", "Manao ahoana", "Gutpela moning", "Ẹ kú àárọ̀"
    r"|assalomu alaykum|hurmatli|g[óo][ðd]an morgun|k[æa]ru|a charaidean|a charaid|madainn mhath|feasgar math"
    r"|sanibonani|sawubona|maayong (?:buntag|hapon|gabii)|manao ahoana|tompoko|gutpela (?:moning|apinun)|gude"
    r"|ẹ\s?k[úu]"
    # Northern Sami and Sardinian: "Buorre beaivi!", "Bures buohkat", "Bona die", "Salude a totus"
    r"|buorre (?:beaivi|i[đd]it|eahket)|bures(?: buohkat)?|bona die|salude(?: a totus)?"
    # Upper Sorbian and Hawaiian: "Česćeni knjeni a knježa,", "Lubi susodźa,", "Aloha mai kākou,"
    r"|[čc]es[ćc]en[ia]|lubi|dobry dźe[nń]|dobry dze[nń]|aloha(?: mai)?"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen: "Moni nonse", "Sannu", "Talofa
    # lava", "Molweni", "Demat", "Gud moning olgeta", "Sugeng enjing", "Hormatly"
    # ... and Swahili: "Ndugu Mteja,", "Mpendwa mteja,", "Wapendwa wateja,"
    r"|ndugu|mpendwa|wapendwa|waheshimiwa"
    r"|moni|muli bwanji|okondedwa|sannu|barka da (?:safiya|rana|yamma)|assalamu['’ ]?\s*['’]?alaikum"
    r"(?:\s+warahmatullahi(?:\s+wabarakatuh)?)?|yang\s+mulia|yang\s+berhormat|talofa"
    r"|susuga|molweni"
    r"|molo|demat|gud (?:moning|aftenun|ivining)|halo olgeta|sugeng (?:enjing|siang|sonten|dalu)|kulanuwun"
    r"|hormatly|gadyrly|salam"
    # Portuguese and Tetum letters: "Ex.mo Sr. Diretor,", "Excelentíssimo Senhor", "Prezados colegas,"
    r"|ex\.?m[oa]s?|excelent[íi]ssim[oa]s?|prezad[oa]s?"
    rf"|{_SCRIPT_GREETINGS})\b[^.!?]{{0,60}}[,:!،?]?$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm))\s+(?:regards|wishes|thanks)|regards|"
    r"cheers|sincerely|yours (?:sincerely|faithfully|truly)|best|thanks|thank you|many thanks|"
    # "With thanks and best wishes", "Thanks and kind regards"
    r"(?:with )?(?:many )?thanks(?: and (?:best|kind|warm) (?:regards|wishes))?|"
    r"thanks (?:again|all|everyone)|all the best|cordialement|bien cordialement|bien [àa] vous|"
    r"salutations|meilleures salutations|sinc[èe]res salutations|merci|merci beaucoup|saludos|"
    r"saludos cordiales|un saludo|atentamente|cordialmente|"
    # German, Dutch, Nordic and Polish: "Viele Grüße", "Met vriendelijke groet", "Mvh", "Med vänliga hälsningar"
    r"(?:viele|beste|freundliche|mit freundlichen) gr[üu](?:ß|ss)en?|mfg|lg|met vriendelijke groet(?:en)?|mvg|"
    r"groeten|mei freonlike groet(?:nis|en)?|"
    r"mvh|med vennlig hilsen|vennlig hilsen|hilsen|med v[äa]nliga h[äa]lsningar|v[äa]nliga h[äa]lsningar|"
    # Croatian, Hungarian, Romanian, Ukrainian, Russian and Greek
    r"s s?po[šs]tovanjem|со почит|с поштовањем|lijep pozdrav|srda[čc]an pozdrav|[üu]dv[öo]zlettel|tisztelettel|"
    r"cu stim[ăa]|cu respect|"
    r"з повагою|с уважением|με εκτ[ίι]μηση|φιλικ[άα]|"
    r"h[äa]lsningar|med venlig hilsen|venlig hilsen|pozdrawiam|z powa[żz]aniem|serdecznie pozdrawiam|"
    # Albanian, Lithuanian, Latvian, Slovak, Icelandic, Maltese, Malay and Afrikaans
    r"me (?:r)?respekt|me nderime|pagarbiai|ar cie[ņn]u|s pozdravom|s [úu]ctou|(?:bestu )?kve[ðd]ju(?:r)?|kve[ðd]ja"
    r"|vir[ðd]ingarfyllst|b'rispett|tislijiet|sekian,? terima kasih|yang benar|(?:vriendelike )?groete|die uwe"
    r"|agur bero bat|adeitasunez|mat beschte gr[ée]iss|m[èe]si(?: anpil)?|mahadsanid|si diiran"
    r"|ng[āa] mihi(?: nui| maioha| mahana)?"
    r"|n[āa]ku noa,? n[āa]|murakoze(?: cyane)?|h[öo]rm[əe]tl[əe]"
    # Estonian: "Lugupidamisega", "Parimate soovidega", "Tervitustega"
    r"|lugupidamisega|parimate soovidega|tervitustega"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen: "Zikomo kwambiri", "Na gode",
    # "Faafetai lava", "Ozithobileyo", "A-greiz kalon", "Tankyu tumas", "Matur nuwun", "Hormat bilen"
    r"|zikomo(?: kwambiri)?|ndine wanu|na gode|wassalam|fa['ʻ’]?afetai(?: lava)?|ma le fa['ʻ’]?a['ʻ’]?aloalo"
    r"|enkosi|ozithobileyo|trugarez(?: deoc['’]h)?|a-greiz kalon|tankyu(?: tumas)?|matur nuwun|salam taklim"
    r"|hormat bilen|sag bolu[ňn]?"
    # Irish: "Le meas,", "Is mise le meas,", "Le dea-mhéin", "Go raibh maith agaibh"
    r"|(?:is mise )?le meas|le dea-mh[ée]in|go raibh (?:mile )?maith agaibh|go raibh (?:mile )?maith agat"
    # Welsh: "Diolch,", "Diolch yn fawr", "Cofion,", "Cofion cynnes", "Yn gywir"
    r"|diolch(?: yn fawr)?|cofion(?: cynnes| gorau)?|yn gywir|yr eiddoch yn gywir"
    # Czech, Northern Sami and Sardinian: "S pozdravem", "Děkuji", "Dearvvuođat", "Ollu giitu", "Cun istima"
    r"|s (?:p[řr][áa]telsk[ýy]m )?pozdravem|d[ěe]kuji|d[ěe]kujeme|dearvvuo[đd]at|buriin dearvvuo[đd]aiguin"
    r"|(?:ollu )?giitu|cun istima|gr[àa]tzias(?: meda)?"
    # Upper Sorbian and Hawaiian: "Z přećelnym postrowom", "Z wutrobnym postrowom", "Me ke aloha"
    r"|z (?:p[řr]e[ćc]elnym|wutrobnym) postrowom|me ke aloha(?: pumehana)?|mahalo(?: nui)?"
    rf"|{SCRIPT_CLOSES})\W*$",
    re.I,
)

# The writer's name or office then the close, as a Chinese or Japanese letter signs: "花蓮縣災害應變中心
# 幕僚參謀組 敬上"
_EAST_SIGNED = re.compile(r"(?:敬上|謹上|敬呈|謹呈|敬具)$")
_EAST_SIGNED_CHARS = 40
# a Khmer letter's close, asking its reader to accept the writer's respect: "… មេត្តាទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់អំពីយើងខ្ញុំ។"
_KHMER_CLOSE = re.compile(r"ទទួល(?:នូវ)?(?:ការ)?គោរព[^។]{0,40}។?$")
_KHMER_CLOSE_CHARS = 120


# A greeting in any language to the readers named after it, closed by a comma: "Boozhoo relatives,", "Tânisi
# relatives,", "Kia ora whānau,", "Hello neighbours," — a word or two, then whom it greets.
_TO_READERS = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:relatives|friends|neighbou?rs|colleagues|everyone|everybody|all|team|members|residents"
    r"|families|parents|community|whānau|whanau)\s*[,!]$",
    re.I,
)


_HONORIFIC = re.compile(r"\b(Sr|Sra|Srs|Dr|Dra|Mr|Mrs|Ms|Prof|Eng|Hon)\.", re.I)


def is_greeting(text: str) -> bool:
    """ "Dear all," or "Hi team": a greeting word, then a few words closed by a comma or nothing more; or a word
    or two of greeting in any language, then the readers it greets ("Boozhoo relatives,")."""
    text = _HONORIFIC.sub(r"\1", text.strip())  # "Ex.mo Sr. Diretor,": a title's stop ends no sentence
    if _TO_READERS.match(text):
        return True
    words = len(text.split())
    if (_EAST_GREETING.match(text) or _BURMESE_GREETING.match(text)) and len(text.split()) <= 8 and len(text) <= 60:
        return True
    return bool(_GREETING.match(text)) and (words <= 4 or (words <= 8 and text.endswith((",", "!", ":", "،"))))


def is_sign_off(text: str) -> bool:
    """ "Kind regards," alone, or run together with the name under it ("Kind regards, Jane Doe")."""
    if _SIGN_OFF.match(text) or (len(text) <= _EAST_SIGNED_CHARS and _EAST_SIGNED.search(text)):
        return True
    # thanks closed by a comma, over the name it leads into: "Thank you for all you do,"
    if text.rstrip().endswith(",") and is_thanks(text.rstrip().rstrip(",")):
        return True
    if len(text) <= _KHMER_CLOSE_CHARS and _KHMER_CLOSE.search(text):
        return True
    head, sep, rest = text.partition(",")
    # the name, post and office may run on after it, as a printed mail joins the signature's lines
    if sep and _SIGN_OFF.match(head.strip()) and len(rest.split()) <= 24 and not rest.rstrip().endswith("."):
        return True
    # ... or with a name of two to four words after it on the same line, no comma between ("Murakoze 🙏 Eric
    # Habimana", "Kind regards Jane Doe"); one word alone ("Best") is no sign-off before capitals ("Best Practice")
    words = text.split()
    return any(
        _SIGN_OFF.match(" ".join(words[:k]))
        and (k > 1 or not words[0][-1].isalnum())
        and 2 <= len(words) - k <= 4
        and all(w[:1].isupper() for w in words[k:])
        for k in range(1, min(len(words), 5))
    )


# Sentences of a paragraph: a stop, then a capital (the closing lines are split so too).
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def greets_and_hands_over(text: str) -> bool:
    """A greeting run together with the line handing the update over, and thanks at most after it: "Hi everyone,
    here is today's update on the payments incident. Thank you for all you are doing for our customers." The
    writer speaking to the readers, not a point of the report."""
    head, comma, rest = text.strip().partition(",")
    if not comma or not is_greeting(head + ","):
        return False
    first, *others = SENTENCES.split(rest.strip())
    handed = bool(HANDOVER_DOC.search(first) and HANDOVER_POINTER.search(first))
    return handed and all(is_thanks(s) for s in others)
