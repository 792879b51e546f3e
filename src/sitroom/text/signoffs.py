"""The words of a report's sign-off: who prepared, approved or signed it ("Prepared by", "Approved by",
"Rédigé par", "Firmado por", "Godkendt af", "Schválil", "Laatija"), on whose behalf ("Für den Bezirkshauptmann:",
"Pour le préfet,", "Por orden,", "i.A.", "On behalf of …", "73 de G4NWR" as radio operators sign), the post
the signer holds ("Leiterin der Bezirkseinsatzleitung", "Director(a) Regional") and the note that the
report's information is preliminary. They say who answers for the report, not what it reports."""

from __future__ import annotations

import re

from sitroom.text.posts import POST
from sitroom.text.scriptletters import any_of

# Who prepared or approved the report, and the posts signers hold, in Persian, Arabic, Hebrew, Armenian, Georgian,
# Kazakh, Bulgarian, Mongolian and Telugu: "تهیه‌کننده:", "إعداد:", "הוכן על ידי", "Կազմեց՝", "მოამზადა:",
# "Дайындаған:", "Изготвил:", "Бэлтгэсэн:", "జారీ చేసినవారు:" (issued by); "معاون", "محافظ", "ראש העירייה", "Մարզպետի
# տեղակալ", "სამსახურის უფროსი", "әкімінің орынбасары", "Кмет", "Онцгой байдлын газрын дарга".
_SCRIPT_SIGNED = any_of((
    "تهیه‌کننده", "تهیه کننده", "تنظیم‌کننده", "تهیه و تنظیم", "إعداد", "أعده", "أعدته", "اعتماد", "הוכן על ידי",
    "נערך על ידי", "אושר על ידי", "Կազմեց", "Կազմող", "Պատրաստեց", "Հաստատեց", "მოამზადა", "შეადგინა", "დაამტკიცა",
    "Дайындаған", "Орындаған", "Орындаушы", "Изготвил", "Изготвила", "Подготвил", "Подготвила", "Съгласувал",
    "Бэлтгэсэн", "Хянасан", "Боловсруулсан", "జారీ చేసినవారు", "తయారు చేసినవారు",
))  # fmt: skip
# ... and the thanks and closes of their letters: "با تشکر", "شكرا", "תודה", "Շնորհակալություն", "მადლობა",
# "Рахмет", "Благодаря", "Баярлалаа", the Burmese "ကျေးဇူးတင်ပါသည်"; "با احترام", "مع التحية", "בברכה",
# "Հարգանքով", "პატივისცემით", "Құрметпен", "С уважение", "Хүндэтгэсэн"
_SCRIPT_THANKS = any_of((
    "با تشکر", "با سپاس", "سپاسگزاریم", "شكرا", "شكراً", "نشكركم", "תודה", "תודה רבה", "Շնորհակալություն",
    "Շնորհակալ ենք", "მადლობა", "გმადლობთ", "Рахмет", "Благодарим", "Благодаря", "Баярлалаа",
    "ကျေးဇူးတင်ပါသည်", "ကျေးဇူးတင်ပါတယ်",
))  # fmt: skip
_SCRIPT_CLOSES = any_of((
    "با احترام", "با تشکر و احترام", "ارادتمند", "مع التحية", "مع خالص التحية", "مع التقدير", "وتفضلوا بقبول",
    "בברכה", "בכבוד רב", "Հարգանքով", "პატივისცემით", "Құрметпен", "С уважение", "С поздрав",
    "Хүндэтгэсэн",
)) + "|" + any_of((
    # Chinese, Japanese, Korean, Thai, Hindi, Bengali and Tamil: "特此报告。", "此致", "敬礼", "以上", "감사합니다",
    # "จึงเรียนมาเพื่อโปรดทราบ …", "भवदीय,", "বিনীত", "தங்கள் உண்மையுள்ள"
    "特此报告", "特此報告", "特此", "此致", "敬礼", "敬禮", "敬上", "謹上", "以上", "감사합니다", "끝.",
    "จึงเรียนมาเพื่อโปรดทราบ", "ขอแสดงความนับถือ", "भवदीय", "भवदीया", "आपका विश्वासी", "বিনীত", "আপনার বিশ্বস্ত",
    "নিবেদক", "தங்கள் உண்மையுள்ள", "இப்படிக்கு",
    # ... and Burmese: "လေးစားစွာဖြင့်" (with respect)
    "လေးစားစွာဖြင့်", "ရိုသေစွာဖြင့်", "ရိုသေလေးစားစွာဖြင့်",
    # ... Kannada, Telugu and Malayalam: "ತಮ್ಮ ವಿಶ್ವಾಸಿ," (yours faithfully), "భవదీయుడు", "വിശ്വസ്തതയോടെ"
    "ತಮ್ಮ ವಿಶ್ವಾಸಿ", "ತಮ್ಮ ವಿಶ್ವಾಸಿಯು", "భవదీయుడు", "భవదీయురాలు", "വിശ്വസ്തതയോടെ",
))  # fmt: skip

SIGNED_BY = (
    # "Prepared by", "Report compiled by the Site Management Team"
    r"(?:(?:(?:this\s+)?(?:report|sitrep|update|bulletin|briefing)\s+)?"
    r"(?:prepared|noted|approved|reviewed|submitted|certified|signed|compiled|written|verified|validated"
    r"|authori[sz]ed|issued|released|cleared|checked|logged|recorded|exported|generated|updated|edited|posted|completed)"
    r"\s+by"
    # Scottish Gaelic: "Air a às-mhalairt le …" (exported by), "Air a dheasachadh le …" (prepared by)
    r"|air\s+a\s+(?:[àa]s-mhalairt|dheasachadh|sgr[ìi]obhadh|ullachadh)\s+le"
    r"|(?:pr[ée]par[ée]|r[ée]dig[ée]|approuv[ée]|valid[ée]|sign[ée])e?\s+par"
    r"|(?:elaborado|preparado|aprobado|revisado|firmado|validado|autorizado)\s+por"
    # Catalan and Aranese, Spanish and Italian: "Redactat per:", "Redactado por", "Redatto da", "Compilato da", and
    # the Italian field naming the one responsible: "Referente: @Sara Pacini"
    r"|(?:redactat|redactad[oa]|redatt[oa]|compilat[oa]|preparat[oa])\s+(?:per|por|da)|referente"
    # Danish, Norwegian and Swedish: "Godkendt af", "Udarbejdet af", "Godkjent av", "Upprättad av"
    r"|(?:godkendt|udarbejdet|underskrevet|godkjent|utarbeidet|godk[äa]nd|uppr[äa]ttad|sammanst[äa]lld)\s+a[fv]"
    # Dutch: "Opgesteld door", "Vastgesteld door", "Goedgekeurd door"
    r"|(?:opgesteld|vastgesteld|goedgekeurd|ondertekend)\s+door"
    # Czech and Slovak, where the verb alone says who: "Schválil:", "Zpracovala:", "Vypracoval:", "Podpísal:"
    r"|(?:schv[áa]lil|zpracoval|spracoval|vypracoval|vyhotovil|podepsal|podp[íi]sal|ov[ěe]ril)a?"
    # ... and Polish: "Sporządził:", "Zatwierdziła:", "Opracował:"
    r"|(?:sporz[ąa]dzi[łl]|zatwierdzi[łl]|opracowa[łl]|podpisa[łl])a?"
    # Finnish, where the field names the one who did it: "Laatija" (who prepared it), "Hyväksyjä" (approved)
    r"|laatija|hyv[äa]ksyj[äa]|allekirjoittaja"
    # Romanian, Hungarian, Croatian, Ukrainian and Greek: "Întocmit,", "Készítette:", "Izradio:", "Підготував:"
    r"|[îi]ntocmit|avizat|verificat|k[ée]sz[íi]tette|j[óo]v[áa]hagyta|izradi[oa]|odobri[oa]|sastavi[oa]"
    r"|підготува(?:в|ла)|виконав(?:ець)?|подготовил[а]?|συντ[άα]χθηκε\s+απ[όο]"
    # ... and Russian and Belarusian: "Исполнитель:", "Составил:", "Выканаўца:", "Падрыхтаваў:", "Склала:"
    r"|исполнитель|составил[а]?|выканаўца|падрыхтава(?:ў|ла)|склал?[аў]?"
    # ... the executor abbreviated, as the foot of an official letter names who drew it up: "Исп. Е.А. Петрова"
    r"|исп(?=\.)|вик(?=\.)"
    # ... Malagasy: "Namboarin'ny sampana fanaraha-maso" (prepared by the monitoring unit)
    r"|namboarin['’]ny|nomanin['’]ny"
    # ... and Armenian, the note saying it was drawn up (as of an hour): "Տեղեկանքը կազմվել է … դրությամբ"
    r"|(?:\w+\s+)?կազմվել\s+է"
    # Estonian, Turkish, Indonesian, Slovenian, Swahili and Filipino: "Koostas:", "Hazırlayan:", "Disusun oleh"
    r"|koostas|kinnitas|haz[ıi]rlayan|onaylayan|(?:disusun|dibuat|disiapkan)\s+oleh|pripravila?|odobrila?"
    r"|imeandaliwa\s+na|imetolewa\s+na|imeidhinishwa\s+na|inihanda\s+ni"
    # Malay, Lithuanian, Latvian, Icelandic, Maltese, Albanian and Afrikaans: "Disediakan oleh:", "Parengė:",
    # "Sagatavoja:", "Unnið af", "Ippreparat minn", "Përgatiti:", "Plotësuar nga:", "Miratuar nga:", "Opgestel deur"
    r"|disediakan\s+oleh|pareng[ėe]|parengta|sagatavoja|sagatavots|unni[ðd]\s+af|sami[ðd]\s+af"
    r"|ippreparat[a]?\s+minn|p[ëe]rgatiti|(?:p[ëe]rgatitur|plot[ëe]suar|hartuar|miratuar|n[ëe]nshkruar)\s+nga"
    r"|opgestel\s+deur|voorberei\s+deur"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano and Malagasy: "Tayyorladi:", "Tasdiqladi:", "Gjørt av",
    # "Ullachadh le", "Ilungiselelwe ngu:", "Igunyazwe ngu:", "Giandam ni", "Nomanin'i"
    r"|tayyorladi|tasdiqladi|(?:gj[øo]rt|skriva[dð])\s+av|air\s+ullachadh\s+le|ullaichte\s+le"
    r"|(?:ilungiselelwe|igunyazwe|isayinwe)\s+(?:ngu|ngo|ng)|giandam\s+ni|giaprobahan\s+ni"
    r"|nomanin['’]?i|nankatoavin['’]?i"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Javanese and Turkmen: "Lakonzedwa ndi", "An shirya ta hannun",
    # "Saunia e", "Iqulunqwe ngu", "Aozet gant", "Dipundamel dening", "Taýýarlady:"
    r"|(?:lakonzedwa|lavomerezedwa|lasainidwa)\s+ndi|an\s+shirya\s+(?:ta\s+hannun|ta)|wanda\s+ya\s+shirya"
    r"|(?:saunia|faamaonia|fa['ʻ’]amaonia)\s+e|(?:iqulunqwe|yamkelwe|isayinwe)\s+(?:ngu|ngo|ng)"
    r"|(?:aozet|sinet|gwiriet)\s+gant|(?:dipundamel|kaserat|dipunsusun)\s+dening|ta[ýy][ýy]arla(?:dy|n)"
    r"|tassyklady"
    # Sesotho, as Lesotho and South Africa spell it, and Setswana: "E lokisitsoe ke:", "E lokisitswe ke", "E
    # hlophisitsoe ke" (compiled by), "E ngotsoe ke" (written by), "E amohetsoe ke" (approved by), "E baakantswe ke"
    r"|(?:e\s+)?(?:lokisits[ow]e|lokiselits[ow]e|hlophisits[ow]e|ngots[ow]e|amohets[ow]e|saenn[ow]e|netefalits[ow]e"
    r"|baakantswe|rulagantswe|kwadilwe|dumeletswe|saenilwe)\s+ke"
    rf"|{_SCRIPT_SIGNED})(?!\w)"  # (a word of an abugida may end in a vowel sign, which no word boundary follows)
)
# "Prepared by:", "Approved by", "Rédigé par", "Elaborado por": the opening line of a signature block.
SIGNATURE = re.compile("^" + SIGNED_BY, re.I)

# Signing for someone else or by an abbreviation, whatever follows: "On behalf of the Director", "Signed",
# "i.A. Müller" (im Auftrag), "i.V.", "p.p.", "P.O." (por orden), "P/le préfet", "Par délégation,", "Por orden,",
# the radio operator's "73 de G4NWR" (best regards from the station whose call sign follows), and the conformed
# signature "/s/ …".
_BEHALF = re.compile(
    r"^(?:(?:for\s+and\s+)?on\s+behalf\s+of\b|signed(?:\s*[:,.–-]|$)|sgd\.|gez\.|i\.\s?[av]\.|p\.\s?p\.|p\.\s?o\.|p/\s?\w"
    r"|im\s+auftrag\b|in\s+vertretung\b|par\s+d[ée]l[ée]gation\b|por\s+(?:orden|delegaci[óo]n|ausencia)\b"
    r"|73\s+de\s+[A-Z0-9]{1,3}\d[A-Z0-9/]*\b"
    # "f.to Dott. …", "F.to …": Italian for signed, over a signature printed rather than written
    r"|f\.to\b|firmato\b|sin\.\s*:"
    # "/s/ Denise Whitfield", "/signed/": a conformed signature, as a memo or a filing prints who signed it
    r"|/s/|/signed/"
    # "Fdo.: …", "Firmado: …": Spanish for signed; "Sd/-": signed, over a name typed in for the signature
    r"|fdo\.|firmado\s*:|sd/-?(?=\s|$)"
    # Hausa "Sa hannu:", Swahili "Sahihi:", Malay and Indonesian "Tandatangan:", Tagalog "Lagda:", isiZulu and
    # isiXhosa "Isiginesha:", Turkish "İmza:": a signature's label
    # Hindi "ह०/-" and Bengali "স্বাক্ষরিত/-": signed, over a name typed in for the signature
    r"|ह०\s*/-|ह\.\s*/-|स्वा०\s*/-|স্বাক্ষরিত\s*/-|স্বাঃ\s*/-"
    r"|sa\s+hannu\s*:|sahihi\s*:|tandatangan\s*:|lagda\s*:|isiginesha\s*:|[iİı]mza\s*:)",
    re.I,
)
# "Für den Bezirkshauptmann:", "Pour le préfet,", "Por el Director Regional,", "For the Chief Constable:": for
# whom the writer signs, a lead only when a post is named in the block it opens (see ``names_post``).
_FOR_THE = re.compile(
    r"^(?:f[üu]r\s+(?:den|die|das)|fir\s+(?:d['’]|den|de[nr]?)|pour\s+(?:le|la|l['’])|por\s+(?:el|la)|for\s+the)"
    r"\s*\S[^.;!?]{0,60}[:,]$",
    re.I,
)
# A note that the report's own information is preliminary or may change: "La información contenida en este
# reporte es preliminar y está sujeta a cambios", "Figures in this report are provisional".
_THIS_REPORT = re.compile(
    r"\b(?:this|ce|cette|este|esta|el\s+presente|la\s+presente|diese[mnrs]?)\s+(?:report|document|sitrep|update"
    r"|bulletin|rapport|point\s+de\s+situation|reporte|informe|documento|bolet[íi]n|\w*bericht|dokument)\b",
    re.I,
)
_PROVISIONAL = re.compile(
    r"\b(?:provisional|preliminary|subject\s+to\s+(?:change|revision|confirmation)|provisoires?|pr[ée]liminaires?"
    r"|susceptibles?\s+d.[ée]voluer|sous\s+r[ée]serve|preliminar(?:es)?|provisional(?:es)?"
    r"|sujet[ao]s?\s+a\s+(?:cambios|modificaciones|revisi[óo]n)|vorl[äa]ufig|ohne\s+gew[äa]hr"
    r"|[äa]nderungen\s+vorbehalten)\b",
    re.I,
)
MAX_LEAD_WORDS = 8
MAX_DISCLAIMER_WORDS = 40


# A letter's close alone on its line, over the writer's name: "Regards", "Kind regards,", "Best wishes".
_CLOSE = re.compile(
    r"^(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes)|^(?:yours\s+)?(?:sincerely|faithfully)|^with\s+thanks"
    r"|^(?:bien\s+)?cordialement|^saludos(?:\s+cordiales)?|^atentamente|^cordialmente|^(?:cordiali|distinti)\s+saluti"
    r"|^atenciosamente|^(?:com\s+os\s+)?melhores\s+cumprimentos|^(?:viele|beste|freundliche)\s+gr[üu](?:ß|ss)e"
    r"|^mit\s+freundlichen\s+gr[üu](?:ß|ss)en|^met\s+vriendelijke\s+groet(?:en)?|^mvh|^(?:med\s+)?vennlig\s+hilsen"
    r"|^(?:med\s+)?v[äa]nliga\s+h[äa]lsningar|^pozdrawiam"
    # Nynorsk and Danish: "Med helsing", "Venleg helsing", "Med venlig hilsen"
    r"|^(?:med\s+)?(?:venn?leg\s+)?helsing|^(?:med\s+)?venlig\s+hilsen|^med\s+hilsen"
    # Croatian, Hungarian, Romanian, Ukrainian, Russian and Greek
    r"|^s\s+s?po[šs]tovanjem|^со\s+почит|^с\s+поштовањем|^[üu]dv[öo]zlettel|^tisztelettel|^cu\s+stim[ăa]|^з\s+повагою|^с\s+уважением"
    r"|^με\s+εκτ[ίι]μηση"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu and Malagasy: "Hurmat bilan", "Vinarliga", "Le dùrachd",
    # "Ozithobayo", "Amim-panajana"
    r"|^hurmat\s+bilan|^(?:vi[ðd]\s+)?vinarlig(?:a|ari\s+kve[ðd]ju)|^le\s+(?:deagh\s+)?dh?[ùu]rachd"
    r"|^ozithobayo|^amim-panajana"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Javanese and Turkmen: "Ndine wanu", "Wassalam", "Ma le
    # faaaloalo", "Ozithobileyo", "A-greiz kalon", "Salam taklim", "Hormat bilen"
    r"|^ndine\s+wanu|^wassalam|^ma\s+le\s+fa['ʻ’]?a['ʻ’]?aloalo|^ozithobileyo|^a-greiz\s+kalon"
    r"|^gant\s+ma\s+gwella[ñn]\s+gourc['’]hemenno[ùu]|^salam\s+taklim|^hormat\s+bilen"
    rf"|^(?:{_SCRIPT_CLOSES})",
    re.I,
)


# The place and date a letter is signed at, alone on its line over the signature: "Valdorca, 16/01/2024",
# "Paris, le 16 janvier 2024", "Madrid, 16 de enero de 2024", "Wien, am 16. Jänner 2024", "Kraków, dnia 16.01.2024",
# or the day of the electronic signature: "Calella, a la data de la signatura electrònica", "Madrid, a fecha de firma".
_DATELINE = re.compile(
    r"^[A-ZÀ-ÞĀ-Ž][\w'’. -]{1,40},\s+(?:(?:le|den|am|il|el|lì|li|dnia|d\.)\s+)?"
    r"(?:(?:a|en)\s+(?:la\s+)?(?:data|fecha)\s+de\s+(?:la\s+)?(?:signatura|firma)(?:\s+electr[òóo]nica)?"
    r"|na\s+data\s+da\s+assinatura(?:\s+eletr[ôóo]nica|\s+digital)?|on\s+the\s+date\s+of\s+(?:the\s+)?(?:electronic\s+)?"
    r"signature"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]{3,12}\.?\s+(?:de\s+)?\d{4}"
    r"|\d{4}\.\s+[^\W\d]{3,12}\s+\d{1,2}|\d{4}eko\s+[^\W\d]{3,14}\s+\d{1,2}an?|\d{4}\s*m\.\s+[^\W\d]{3,12}\s+\d{1,2}\s*d)\.?$"
)
# A note that the signature is printed, electronic or not needed: "(Firma autografa sostituita a mezzo stampa
# …)", "This document is signed electronically", "Document signé électroniquement", "Ohne Unterschrift gültig".
_SIGNATURE_NOTE = re.compile(
    r"\b(?:firma\s+autografa|firmato\s+digitalmente|signed\s+electronically|electronically\s+signed"
    r"|no\s+signature\s+(?:is\s+)?required|sign[ée]\s+[ée]lectroniquement|signature\s+[ée]lectronique"
    r"|firmado\s+electr[óo]nicamente|elektronisch\s+(?:signiert|unterschrieben)|ohne\s+unterschrift"
    r"|podpisan[ya]\s+elektronicznie|signat\s+electr[òo]nicament|assinado\s+(?:eletr[ôo]nica|digital)mente"
    # Norwegian, Swedish and Danish: "Dokumentet er elektronisk godkjent", "… elektroniskt undertecknat"
    r"|elektronisk\s+(?:godkjent|godkjend|godkendt|signert|signeret)|elektroniskt\s+(?:godk[äa]nt|undertecknat|signerat))\b",
    re.I,
)


# Where the office's seal goes beside the signature: "M.P." (mjesto pečata), "М.П.", "L.S." (locus sigilli)
_SEAL = re.compile(r"^\(?(?:m\.\s?p\.|м\.\s?п\.|l\.\s?s\.|seal|stamp|peč[aa]t)\)?$", re.I)


def is_signature_note(text: str) -> bool:
    """The note that the signature above is printed, electronic or not needed, or the mark of the seal's place:
    part of the signature block."""
    text = text.strip()
    if _SEAL.match(text):
        return True
    return len(text.split()) <= MAX_DISCLAIMER_WORDS and _SIGNATURE_NOTE.search(text) is not None


# A close of a few more words, alone on its line: "With thanks and best wishes,", "Thanks and kind regards".
_LONG_CLOSE = re.compile(
    r"^(?:with\s+)?(?:many\s+)?thanks\s+and\s+(?:best|kind|warm|warmest)\s+(?:wishes|regards)[,.!]?$", re.I
)


def is_place_and_date(text: str) -> bool:
    """The place and day a document is signed or issued at, alone on its line ("Calella, 26 de gener de 2026",
    "Northfield, 16/01/2024", "Calella, a la data de la signatura electrònica")."""
    return _DATELINE.match(text.strip()) is not None


def _dated_post(text: str) -> bool:
    """The place and date a letter is signed at with the signer's post after them on one line ("Tolosan,
    2025eko martxoaren 10an Alkatea")."""
    words = text.split()
    return any(
        _DATELINE.match(" ".join(words[:-k])) and names_post(" ".join(words[-k:])) for k in range(1, min(4, len(words)))
    )


# The writer's name or office then the close, as a Chinese or Japanese letter signs: "… 幕僚參謀組 敬上"
_EAST_SIGNED = re.compile(r"\S\s*(?:敬上|謹上|敬呈|謹呈|敬具)$")


def _east_signed(text: str) -> bool:
    return len(text) <= 40 and _EAST_SIGNED.search(text) is not None


_RUN_ON_NAME = 8  # words of a name or an office run on after the close
_CONFORMED = re.compile(r"^/s(?:igned)?/\s", re.I)


# the line drawn to sign on, run on after the close
_SIGNING_LINE = re.compile(r"\s*_{4,}$")


def opens_signature(text: str) -> bool:
    """The line opens a signature on whatever follows: "Prepared by:", "On behalf of …", "i.A.", "73 de …",
    the place and date it is signed at ("Valdorca, 16/01/2024"), or a letter's close alone ("Regards"), the line drawn
    to sign on run on after it ("Cordialmente,______")."""
    t = _SIGNING_LINE.sub("", text.strip())
    close = (_CLOSE.match(t) is not None and len(t.rstrip(",.!").split()) <= 3) or _LONG_CLOSE.match(t) is not None
    # ... or the close with the sender's name run on after it, where the line break was lost ("Freundliche Grüße Ihr
    # Zweckverband Wasserversorgung", "Kind regards Jo Patel, Duty Manager")
    close = close or (
        _CLOSE.match(t) is not None and len(t.split()) <= 3 + _RUN_ON_NAME and not t.endswith((".", "!", "?", ":"))
    )
    lead = SIGNATURE.match(t) or _BEHALF.match(t) or _DATELINE.match(t) or _dated_post(t) or _east_signed(t)
    # a conformed signature run together with the name and post under it: "/s/ J. Smith J. Smith 911 Director"
    conformed = _CONFORMED.match(t) is not None and len(t.split()) <= 2 * MAX_LEAD_WORDS
    # the place and day hold a few words more when the day is the signature's ("… a la data de la signatura")
    return conformed or _DATELINE.match(t) is not None or (len(t.split()) <= MAX_LEAD_WORDS and bool(lead or close))


def signs_for(text: str) -> bool:
    """The line names for whom the writer signs ("Für den Bezirkshauptmann:", "Pour le préfet,"): a lead
    when the block it opens names a post."""
    t = text.strip()
    return len(t.split()) <= MAX_LEAD_WORDS and _FOR_THE.match(t) is not None


def names_post(text: str) -> bool:
    """The line names a signer's post ("Director(a) Regional de Emergencias", "Leiterin der …")."""
    return POST.search(text) is not None


def signs_name_and_post(text: str) -> bool:
    """A line that is a person's name then the post they hold ("Professor Helen Ashworth Chief Operating
    Officer and Incident Director"): two capitalised words or more before the post, no sentence."""
    t = text.strip()
    # "(Dr. H. S. Grewal) Deputy Director, Ludhiana.": the name in brackets over the post, its place closing it
    if t.startswith("(") and (close := t.find(")")) > 0:
        t = f"{t[1:close]} {t[close + 1 :]}".strip()
        last = t.rsplit(",", 1)[-1].strip().rstrip(".")
        if t.endswith(".") and "," in t and 0 < len(last.split()) <= 2 and last[:1].isupper():
            t = t[:-1]
    if _INDIC_SIGNER.match(t) and not t.endswith((".", "।", ":")) and len(t.split()) <= 14:
        return True
    m = POST.search(t)
    if m is None or t.endswith((".", "!", "?", ":")) or len(t.split()) > 14:
        return False
    post, colon, after = t.partition(":")
    if colon and POST.search(post) and 2 <= len(after.split()) <= 4 and all(w[:1].isupper() for w in after.split()):
        return True  # the post, then the name after a colon: "Deputy Governor: Armen Sargsyan"
    name = t[: m.start()].split()
    # the post's own first words ("Chief Operating", "District Medical and Health") are capitalised too, but for the
    # small words joining them: a name is two capitalised words before them
    return (
        len(name) >= 2
        and all(w[:1].isupper() for w in name[:2])
        and all(w[:1].isupper() or w in _JOINING for w in name)
    )


_JOINING = frozenset({"and", "of", "for", "the", "&"})
# In scripts without capitals, the signer's honorific opens the name, and a post follows it: "డా. ఎం. సుహాసిని …
# శాఖాధికారి, ఎన్టీఆర్ జిల్లా" (Telugu: Dr …, District … Officer), "डॉ. … मुख्य चिकित्सा अधिकारी" (Hindi)
_INDIC_SIGNER = re.compile(
    r"^(?:డా\.|డాక్టర్|శ్రీమతి|శ్రీ|डॉ\.|डॉक्टर|श्रीमती|श्री|ডা\.|ডাঃ|শ্রীমতী|শ্রী)\s*\S.*"
    r"(?:ధికారి|ధికారిణి|కలెక్టర్|కమిషనర్|అధిపతి|धिकारी|आयुक्त|कलेक्टर|निदेशक|আধিকারিক|কর্মকর্তা|পরিচালক)"
)


# The writer's thanks set over the signature: "Thank you for your patience while we repair the railway."
_THANKS = re.compile(
    r"^(?:thank\s+you|(?:many\s+)?thanks|we\s+(?:thank|appreciate)"
    # ... in Tok Pisin, Cebuano, isiZulu, Scottish Gaelic, Faroese, Uzbek, Malagasy and Yoruba: "Tenkyu",
    # "Salamat", "Ngiyabonga", "Tapadh leibh", "Takk fyri", "Rahmat", "Misaotra", "Ẹ ṣé"
    r"|tenkyu(?:\s+tru)?|(?:daghang\s+)?salamat|ngiyabonga|siyabonga|tapadh\s+leibh|takk(?:\s+fyri)?"
    r"|an\s+b[ɛe]\s+barika\s+da"
    r"|(?:katta\s+)?rahmat|misaotra|ẹ\s+ṣ[ée]\u0301?|e\u0323\s+s\u0323e\u0301?"
    # ... in Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen: "Zikomo", "Na gode",
    # "Faafetai", "Enkosi", "Trugarez", "Tankyu", "Matur nuwun", "Sag boluň"
    r"|zikomo|na\s+gode|fa['ʻ’]?afetai|enkosi|ndiyabulela|siyabulela|trugarez|tankyu|matur\s+nuwun|sag\s+bolu[ňn]?"
    # ... in Portuguese and Tetum: "Muito obrigado", "Obrigadu barak"
    r"|(?:muito\s+)?obrigad[oau]"
    # ... in Slovak, Czech and Polish: "Ďakujeme za trpezlivosť", "Děkujeme za spolupráci", "Dziękujemy za …"
    r"|[ďd]akujeme|d[ěe]kujeme|dzi[ęe]kujemy"
    # ... in French, Mauritian Kreol, Spanish, German, Italian and Dutch: "Merci pour votre coopération.", "Mersi pou
    # ou kooperasion.", "Gracias por su comprensión."
    r"|merci|mersi|(?:muchas\s+)?gracias|danke|vielen\s+dank|grazie|bedankt|dank\s+(?:u|je)"
    rf"|{_SCRIPT_THANKS})(?!\w)",
    re.I,
)
_THANKS_WORDS = 25


def is_thanks(text: str) -> bool:
    """A sentence of thanks, as a writer closes with it over the sign-off."""
    t = text.strip()
    return _THANKS.match(t) is not None and len(t.split()) <= _THANKS_WORDS


def is_report_disclaimer(text: str) -> bool:
    """The note that this report's information is preliminary or may change: the publisher's caveat, not a
    point of the report (a point names what is provisional, "Ward figures are provisional", not the report)."""
    t = text.strip()
    return len(t.split()) <= MAX_DISCLAIMER_WORDS and bool(_THIS_REPORT.search(t) and _PROVISIONAL.search(t))


# A person's name alone on its line: two to four capitalised words ("Milan Jovanović", "Mehmet ÖZDEMİR", "J. Patel"),
# a given name or a surname joined by a hyphen or an apostrophe as one ("Dr Marie-Claire Ebongue", "Nadine
# Sainte-Rose", "Mary O'Brien")
PERSON_NAME = re.compile(r"^(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?\s+){1,3}[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))+$")
